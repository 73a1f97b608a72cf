"""The literal kind's readers of command lines, tool options, setter calls and console commands
that take a secret where no credential-named key stands beside it.

- Tool options, known per tool, since a letter means a password for one tool and a port or a
  keychain's name for the next: signtool's `/p`, osslsigncode's `-pass`, macOS `security`'s
  `-p` (create-keychain, unlock-keychain), `-P` (import, export), `-w` (add-*-password), `-k`
  (set-key-partition-list); sshpass's `-p`; sqlcmd's and bcp's `-P`; mosquitto_pub/sub's `-P`
  (its `-p` is the port); ipmitool's `-P`; keytool's and jarsigner's `-storepass`/`-keypass`;
  openssl's `-passin/-passout/-pass/-password pass:…` and enc's `-k`; the monitoring plugins'
  (Nagios, Icinga, NRPE): check_http's and check_curl's `-a user:password`, check_redis's `-x`,
  check_mysql's and check_pgsql's and check_mongodb's `-p` (their `-P` is the port),
  check_ldap's and check_smtp's `-P`, check_snmp's `-C` community and `-A`/`-X` (SNMPv3), the Manubulon
  check_snmp_*.pl plugins' `-C`/`-x`/`-X`, any SNMP plugin's `-C`, any plugin's `--community`/`--authpassword`/
  `--privpassword`; smbclient's `-U user%password`,
  FreeRDP's `/p:`; Samba's `-U user%password` (net, samba-tool, smbcacls…) and smbpasswd's `-w`; FreeIPA's
  installers' `-p`/`-a`/`-w`; Cypress's and Currents' `--key`, HyperExecute's `--key`, k6's `--token`; the
  same options in a variable named for the tool (`IPA_SERVER_INSTALL_OPTS="… -p …"`).
- Ed-Fi's load tools' (the Bulk Load Client, the API Loader, the Smoke Test console) `-s|--secret`; a known tool run
  through a variable a line above assigns its path (`set BULK=C:\\…\\EdFi.BulkLoadClient.Console.exe`, then
  `"%BULK%" … ^` and its options on the continued lines; `TOOL=/opt/…/tool` then `"$TOOL" …`).
- Positional logins: steamcmd's `+login <user> <password>`, rabbitmqctl's `add_user|change_password
  <user> <password>` (also through a variable standing for it), htpasswd's `-b [file] <user> <password>`,
  mosquitto_passwd's `-b <file> <user> <password>`,
  `rclone obscure <password>`, `mc alias set <alias> <url> <access key> <secret key>`, the Backblaze B2 CLI's
  `b2 account authorize <key id> <application key>` (`authorize-account`, `authorize_account`), Windows' `net use …
  /user:D\\U <password>` (cmd expands no `$`: a `$` inside the word is a character), the share a variable or a
  server's variable and a path (`"$nas\\data"`, `%NAS%\\data`), the user too (`/user:$user`).
- An SMB mount's login in its scheme-less path: macOS' `mount_smbfs //[domain;]user:password@server/share`,
  `mount -t smbfs //…`, `smbutil view //…`.
- GStreamer pipeline descriptions, in a command or a language's string (split over adjacent strings too): an SRT
  element's `passphrase=`, an RTSP or HTTP element's `user-pw=`/`proxy-pw=`, a curl sink's `passwd=`, an AWS
  element's `secret-access-key=`, WHIP's/WHEP's `auth-token=`, each read for the element it follows.
- A literal piped into a tool reading a password on its input (`echo '…' | realm join`, adcli, kinit, iRODS'
  iinit, chpasswd, `sudo -S`, a registry login's `--password-stdin`, openssl's `-passin stdin`, gpg's
  `--passphrase-fd 0`, OpenConnect's `--passwd-on-stdin`, `zfs load-key`, AnyDesk's `--set-password`) or given to one
  as a here-string (`kinit svc@REALM <<< '…'`), PowerShell's pipeline too (`'…' | & "…\\AnyDesk.exe" --set-password`);
  or a variable a line above assigns the literal (`echo "$PW" | …`, `$pw | docker login … --password-stdin`), reported
  there; or written to a file named for a password; in double quotes, a `$` its writer meant
  as a character (`echo "Bosun$Slipway8216" | docker login …`) is kept.
- Settings given on a command line: kcadm's list-valued `-s 'config.bindCredential=["…"]'`, occ's
  `ldap:set-config <config> <key> <value>`, Solr's `-Dbasicauth=user:password`, ZooKeeper's digest
  `addauth digest user:password`; an Ansible expect task's answer to a password's prompt; a WordPress
  application password given as a user's password (its shape proves it).
- Setter calls taking a user and a password, or a password: paho-mqtt's `username_pw_set("u", "pw")`,
  `set_credentials`/`setCredentials("u", "pw")`, Java's `setPassword("…")` and any method named for
  taking one (`withPassword`, Bamboo Specs' `authenticateWithPassword`).
- A MySQL client's glued `-p<pw>` in an exec-form list (a compose healthcheck); a Vault AppRole
  `secret_id` UUID beside its role_id; a one-line Consul ACL `tokens { … }`; the one line of a
  here-document written to a file named for a secret (Chef's encrypted_data_bag_secret).
- Console command files: Tasmota's `Backlog Cmd value; Cmd value` (each command a name and a value).
- Telematics devices' command scripts: Queclink's `AT+GT<CMD>=<password>,…` (AT+GTCFG's new password too),
  Teltonika's SMS commands `<login> <password> <command>` (in documentation too, a fleet page's code spans and code
  blocks: documented_sms_commands, judged as documentation's logins are); an AT command whose name says it sets a key, its hex field
  (`AT+MWVENCRYPT=2,<key>`, `AT+APPKEY=<key>`); a device console's key commands (MAVProxy's `signing setup|key
  <passphrase>`, Microchip's `mac set appkey <hex>`).
- A licence key given to a command's activation option (`--activate`, `--license`, `--product-key`); a PowerShell
  cmdlet's parameter named *Key/*Password/*Secret/*Token given a literal (read where a console's history is text).
- A setting given by `--name <setting> --set <value>` (Moodle's cfg.php), judged under its name; bimmer_connected's
  `bimmerconnected <command> <user> <password> <region>`; Conan's `remote login`/`user` `-p`; curl's `-u` of a
  variable's user (or a user in parts about a variable: `svc;${APPID}`, `${DOMAIN}\\svc`) and a literal password, and of an API key as the user with no password or a stand-in (`<key>:x`); the access key (`?key=`, `?auth=`) of the URL a browser is launched on.
- kdb+ (q) connection handles `:host:port:user:password` (hopen's symbol or string, a symbol cast `` `$":…" ``, a
  variable's value, kdb+tick's `-tp`, a q script's arguments; a string alone is not read: `":` opens every JSON value); Heritrix's `-a [user:]password`; atmoz/sftp's `user:pass[:e][:uid…]` (a container's
  arguments, `SFTP_USERS`); X-Road's software token PIN written to `/etc/xroad/autologin`. A command inside another
  language's string keeps its escaped quotes' value one token (`bat "sqlcmd … -P \\"pw\\""`).
- An FTP client's script (`open <host>`, then the user's and the password's lines, `user <name> <password>`, or
  `user <name>` alone and the password on the next line), in a file of its own (a `.txt` too: `ftp -s:upload.txt`
  reads commands, no prose) or as a script writes it with `echo`: `echo <line> >> <file>`,
  cmd's redirection first (`>> <file> echo <line>`), `(echo <line>) >> <file>`, or a `(` … `) > <file>` block of echoes
  (the value as written, cmd's `^` escapes and all); as a program writes it a string literal a line (VBScript's
  `f.WriteLine "…"`, `f.write("…\\n")`, `sw.WriteLine("…")`, PHP's `fwrite($fp, "…")`, Perl's `print $fh "…"`, VB's
  `Print #1, "…"`, PowerShell's `Add-Content`/`Set-Content`/`Out-File`).
- Environment-setting commands: Tcl/csh modulefiles' and Apache's `setenv NAME value`
  (`SetEnv`), Lmod's `pushenv`, Windows' `setx NAME value`.
- An environment (or project property) read with a literal fallback: Groovy's and Kotlin's
  `System.getenv("X") ?: "…"`, `providers.environmentVariable("X").getOrElse("…")`,
  `findProperty("x") ?: "…"`.

A value that is a reference (`$VAR`, `%VAR%`, `${{ secrets.X }}`, `env:X`, `file:…`) is none:
each reader leaves what is no literal to the kind's value judgement (`_is_credential`), and
drops `$`-expansions itself (a `$` after a literal part and before a mixed-case word or digits,
`Copper$Orbit3364`, `Falcon$2024`, is read as the character its writer meant).
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    LastFileMemo, here_document_body, is_placeholder, is_stand_in_password, line_text, looks_generated, named_like_an_account,
    shown_user, steps_up, xml_unescaped,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers, Words
from secretfence.prefilter.spec import Headed, fold, lazy_regex

# (what it is, the key the value is judged under, the value)
Found = Tuple[str, str, str]

# Tools whose options name a password: tool -> {option: how its value is read}. "value": the next
# token; "pair": `user:password`; "pass:": openssl's `pass:<password>` (env:, file:, fd: are references);
# "smb": `user%password`; "glued": the option and the value in one token (`/p:pw`); "userpass":
# `[user:]password` (`@file`: a file holding it).
_TOOL_OPTIONS: Dict[str, Dict[str, str]] = {
    "signtool": {"/p": "value"},
    "osslsigncode": {"-pass": "value"},
    "sshpass": {"-p": "value"},
    "sqlcmd": {"-P": "value"},
    "bcp": {"-P": "value"},
    "mosquitto_pub": {"-P": "value"},
    "mosquitto_sub": {"-P": "value"},
    "mosquitto_rr": {"-P": "value"},
    "ipmitool": {"-P": "value"},
    "keytool": {"-storepass": "value", "-keypass": "value", "-srcstorepass": "value", "-deststorepass": "value",
                "-srckeypass": "value", "-destkeypass": "value", "-new": "value"},
    "jarsigner": {"-storepass": "value", "-keypass": "value"},
    "openssl": {"-passin": "pass:", "-passout": "pass:", "-pass": "pass:", "-password": "pass:", "-k": "value"},
    "check_http": {"-a": "pair"},
    "check_curl": {"-a": "pair"},
    "check_redis": {"-x": "value"},
    "check_mysql": {"-p": "value"},
    "check_pgsql": {"-p": "value"},
    "check_mongodb": {"-p": "value"},
    "check_ldap": {"-P": "value"},
    "check_ldaps": {"-P": "value"},
    "check_smtp": {"-P": "value"},
    # monitoring-plugins' check_snmp: `-C|--community`, SNMPv3's `-A|--authpasswd` and `-X|--privpasswd` (its `-a`/`-x`
    # name the protocols); more SNMP plugins below (_monitoring_plugin_options)
    "check_snmp": {"-C": "value", "--community": "value", "-A": "value", "--authpasswd": "value", "-X": "value",
                   "--privpasswd": "value"},
    "smbclient": {"-U": "smb", "--user": "smb"},
    "xfreerdp": {"/p:": "glued"},
    "wlfreerdp": {"/p:": "glued"},
    "sdl-freerdp": {"/p:": "glued"},
    # Windows: schtasks' `/RP` (the task's account password; `/RP` alone or `*` prompts), Sysinternals'
    # psexec (and paexec) `-p`
    "schtasks": {"/rp": "value"},
    "psexec": {"-p": "value"},
    "psexec64": {"-p": "value"},
    "paexec": {"-p": "value"},
    # CLIs whose `-t` is their upload or API token (a repository's Codecov upload token is a UUID)
    "codecov": {"-t": "value", "--token": "value"},
    "codecovcli": {"-t": "value", "--token": "value"},
    "vercel": {"-t": "value", "--token": "value"},
    "doctl": {"-t": "value", "--access-token": "value"},
    # Offensive-security tools (what operators run against a network): CrackMapExec/NetExec's,
    # evil-winrm's, BloodHound.py's, smbmap's, hydra's and medusa's `-p` (a single password; `-P`
    # is a wordlist), sqlmap's `--auth-cred user:password`, rpcclient's `-U user%password`.
    "crackmapexec": {"-p": "value"},
    "cme": {"-p": "value"},
    "nxc": {"-p": "value"},
    "netexec": {"-p": "value"},
    "evil-winrm": {"-p": "value"},
    "bloodhound-python": {"-p": "value"},
    "bloodhound": {"-p": "value"},
    "smbmap": {"-p": "value"},
    "hydra": {"-p": "value"},
    "medusa": {"-p": "value"},
    "sqlmap": {"--auth-cred": "pair"},
    "rpcclient": {"-U": "smb", "--user": "smb"},
    # OpenLDAP's clients: `-w` is the bind password (`-W` prompts, `-y` reads a file)
    "ldapsearch": {"-w": "value"},
    "ldapwhoami": {"-w": "value"},
    "ldapmodify": {"-w": "value"},
    "ldapadd": {"-w": "value"},
    "ldapdelete": {"-w": "value"},
    "ldappasswd": {"-w": "value", "-s": "value"},
    "ldapcompare": {"-w": "value"},
    "ldapmodrdn": {"-w": "value"},
    "ldapexop": {"-w": "value"},
    # Container tools: skopeo's `--creds`/`--src-creds`/`--dest-creds USER[:PASSWORD]` (and their old
    # `--screds`/`--dcreds`, the newer `--src-password`, a registry's bearer token), buildah's and
    # podman's `--creds` (push, pull, from, build); their `-p` is login's only (`_LOGIN_OPTIONS`).
    "skopeo": {"--creds": "pair", "--src-creds": "pair", "--dest-creds": "pair", "--screds": "pair",
               "--dcreds": "pair", "--src-password": "value", "--dest-password": "value",
               "--src-registry-token": "value", "--dest-registry-token": "value", "--registry-token": "value"},
    "buildah": {"--creds": "pair"},
    "podman": {"--creds": "pair"},
    # OMERO's CLI: `-w` is the password wherever it stands (`omero login -s h -u u -w pw`, `omero import … -w`);
    # its `-p` is the port.
    "omero": {"-w": "value", "--password": "value"},
    # GnuPG's `--passphrase <words>` (`--passphrase-file`, `--passphrase-fd` read it from elsewhere)
    "gpg": {"--passphrase": "value"},
    "gpg2": {"--passphrase": "value"},
    # lftp's `-u user,password` (`-u user` alone prompts), Vertica's vsql `-w`, Info-ZIP's `-P` (zip, unzip)
    "lftp": {"-u": "comma", "--user": "comma"},
    "vsql": {"-w": "value"},
    "zip": {"-P": "value", "--password": "value"},
    "unzip": {"-P": "value"},
    # Samba's tools: `-U [DOMAIN\\]user%password`, `--user=…`, `-Uuser%password` (net ads join, net rpc,
    # samba-tool, smbcacls…; `-U user` alone prompts); smbpasswd's `-w` stores the LDAP admin's password in secrets.tdb; wbinfo's `-a user%password`.
    # (`net` is a Windows tool too: its options are read lowered, and Windows' `net` has no `-U`.)
    "net": {"-u": "smb", "--user": "smb"},
    "smbpasswd": {"-w": "value"},
    "samba-tool": {"-U": "smb", "--user": "smb", "--password": "value"},
    "smbcacls": {"-U": "smb", "--user": "smb"},
    "smbcquotas": {"-U": "smb", "--user": "smb"},
    "smbget": {"-U": "smb", "--user": "smb"},
    "smbtree": {"-U": "smb", "--user": "smb"},
    "winexe": {"-U": "smb", "--user": "smb"},
    "wbinfo": {"-a": "smb", "--authenticate": "smb"},
    # Joining a realm: realmd's and adcli's one-time (computer) password.
    "realm": {"--one-time-password": "value"},
    "adcli": {"--one-time-password": "value"},
    # FreeIPA's installers: the Directory Manager's (`-p`) and admin's (`-a`, `-w`) passwords, the PKCS#12
    # pins. (ipa-client-install's `-p` is the principal, its `-w` the password.)
    "ipa-server-install": {"-p": "value", "--ds-password": "value", "-a": "value", "--admin-password": "value",
                           "-P": "value", "--master-password": "value", "--dirsrv-pin": "value", "--http-pin": "value",
                           "--pkinit-pin": "value"},
    "ipa-replica-install": {"-p": "value", "--password": "value", "-w": "value", "--admin-password": "value",
                            "--dirsrv-pin": "value", "--http-pin": "value", "--pkinit-pin": "value"},
    "ipa-client-install": {"-w": "value", "--password": "value"},
    "ipa-adtrust-install": {"-a": "value", "--admin-password": "value"},
    "ipa-ca-install": {"-p": "value", "--password": "value", "-w": "value", "--admin-password": "value"},
    "ipa-kra-install": {"-p": "value", "--password": "value"},
    # Test and load-test clouds: Cypress's (and Currents') record key, LambdaTest's HyperExecute key,
    # k6's cloud token (`k6 login cloud --token …`).
    "cypress": {"--key": "value", "-k": "value"},
    "currents": {"--key": "value", "-k": "value"},
    "hyperexecute": {"--key": "value"},
    "k6": {"--token": "value"},
    # Localization platforms' CLIs: Lokalise's `lokalise2 --token`, Transifex's `tx --token` (its old
    # `tx init --token`; txjs-cli's `--token`/`--secret`), Crowdin's `-T`/`--token`, Phrase's `--access_token`.
    # (Transifex's `-t` is `--translations`, Lokalise's `-t` none: long options only there.)
    "lokalise2": {"--token": "value"},
    # InfluxDB 2's CLI: `-t`/`--token` (`influx config create … --token`, `influx write -t`), `-p`/`--password` (`influx
     # setup`, `influx user password`); InfluxDB 1's shell: `-password`
    "influx": {"-t": "value", "--token": "value", "-p": "value", "--password": "value", "-password": "value"},
    "tx": {"--token": "value"},
    "txjs-cli": {"--token": "value", "--secret": "value"},
    "crowdin": {"--token": "value", "-T": "value"},
    "phrase": {"--access_token": "value", "--access-token": "value"},
    # Arduino's (ESP8266/ESP32) OTA uploader: `espota.py -i <ip> -a <password>`, `--auth=<password>`.
    "espota": {"-a": "value", "--auth": "value"},
    # Yocto's shadow tools (the extrausers class's EXTRA_USERS_PARAMS): `-P` is a clear-text password
    # (`-p` takes a crypt hash).
    "useradd": {"-P": "value", "--clear-password": "value"},
    "usermod": {"-P": "value", "--clear-password": "value"},
    "groupadd": {"-P": "value", "--clear-password": "value"},
    "groupmod": {"-P": "value", "--clear-password": "value"},
    # Tunnels' and error trackers' CLIs: ngrok's `--authtoken`, Sentry's `--auth-token`, cloudflared's
    # `tunnel run --token`, Hugging Face's `login --token`.
    "ngrok": {"--authtoken": "value"},
    "sentry-cli": {"--auth-token": "value"},
    "cloudflared": {"--token": "value"},
    "huggingface-cli": {"--token": "value"},
    # Heritrix 3's web console login: `-a|--web-admin [user:]password` (a password alone is admin's;
    # `@file` names a file holding the line)
    "heritrix": {"-a": "userpass", "--web-admin": "userpass"},
    # Ed-Fi's load tools (the Bulk Load Client, the API Loader, the Smoke Test console): `-s|--secret` is the API
    # client's secret (`-k|--key` its key, the client's id)
    "edfi.bulkloadclient.console": {"-s": "value", "--secret": "value"},
    "edfi.apiloader.console": {"-s": "value", "--secret": "value"},
    "edfi.smoketest.console": {"-s": "value", "--secret": "value"},
    "edfi.loadtools.smoketest.console": {"-s": "value", "--secret": "value"},
}
# (stop 67) Net-SNMP's command-line tools: `-c` the community (v1, v2c), SNMPv3's `-A` authentication and `-X` privacy
# pass phrases (`-a`, `-x` name their protocols, `-u` the user); net-snmp-create-v3-user's `-A`/`-X` likewise. A
# configuration's or a script's line is _network_keys' too; here they are a known tool's options, which documentation's
# command lines read (a page's `snmpwalk -v3 … -A '…'` pasted from the team's console).
_NET_SNMP_OPTIONS = {"-c": "value", "-A": "value", "-X": "value"}
for _snmp_tool in ("snmpwalk", "snmpbulkwalk", "snmpget", "snmpgetnext", "snmpbulkget", "snmpset", "snmptable", "snmptrap",
                   "snmpinform", "snmpdelta", "snmpdf", "snmpstatus", "snmpnetstat", "snmptest", "snmpusm", "snmpvacm",
                   "net-snmp-create-v3-user"):
    _TOOL_OPTIONS[_snmp_tool] = _NET_SNMP_OPTIONS
# (review 68) Net-SNMP's option parser (getopt's) takes a short option's value glued to it as well, `-cpublic`,
# `-A<pass phrase>`, as its older manuals and many scripts write the community: read so for its tools.
_GLUED_VALUE_TOOLS = frozenset(tool for tool, options in _TOOL_OPTIONS.items() if options is _NET_SNMP_OPTIONS)
# The Manubulon SNMP plugins (Patrick Proy's check_snmp_*.pl, Icinga's manubulon-snmp): `-C|--community`, SNMPv3's
# `-x|--passwd` (auth) and `-X|--privpass` (their `-l` is the login, `-A` check_snmp_int's ifAlias flag).
_MANUBULON_OPTIONS = {"-C": "value", "--community": "value", "-x": "value", "--passwd": "value", "-X": "value",
                      "--privpass": "value"}
for _plugin in ("storage", "int", "process", "load", "mem", "env", "vrrp", "cpfw", "win", "css", "css_main", "nsbox",
                "boostedge", "linkproof_nhr"):
    _TOOL_OPTIONS[f"check_snmp_{_plugin}"] = _MANUBULON_OPTIONS
# Any other monitoring plugin: a long option named for an SNMP community or an SNMPv3 password is one (ConSol's
# check_nwc_health, check_ups_health: `--community`, `--authpassword`, `--privpassword`); `-C` is the community in
# a plugin named for SNMP or interfaces (check_ifstatus, check_ifoperstatus, check_interface_table_v3t) only
# (check_procs' `-C` is a command's name, check_http's the certificate's days).
_PLUGIN_LONG_OPTIONS = {"--community": "value", "--authpassword": "value", "--authpasswd": "value",
                        "--privpassword": "value", "--privpasswd": "value"}
_SNMP_PLUGIN_OPTIONS = {"-C": "value", **_PLUGIN_LONG_OPTIONS}
# Tools whose `-p` (`--password`) is a password in their `login` only (elsewhere docker's and podman's
# `-p` publishes a port): `docker login -u u -p pw`, `helm registry login`, `crane auth login`, Cloud
# Foundry's `cf login -a api -u u -p pw`, OpenShift's `oc login`, Azure's `az login -u app -p secret`.
# Conan's `conan remote login <remote> <user> -p <pw>` (Conan 2) and `conan user -p <pw> -r <remote> <user>` (Conan 1).
_LOGIN_TOOLS = frozenset({"docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "helm", "crane", "cf", "oc", "az", "conan"})
# A tool whose login is another subcommand too (Conan 1's `conan user`).
_LOGIN_WORDS: Dict[str, FrozenSet[str]] = {"conan": frozenset({"login", "user"})}
_LOGIN_OPTIONS: Dict[str, str] = {"-p": "value", "--password": "value"}
_SHADOW_TOOLS = frozenset({"useradd", "usermod", "groupadd", "groupmod"})
for _login_tool in _LOGIN_TOOLS:
    _TOOL_OPTIONS[f"{_login_tool} login"] = {**_TOOL_OPTIONS.get(_login_tool, {}), **_LOGIN_OPTIONS}
# (the subcommand is among the tool's first words: `helm registry login`, `crane auth login`, `sudo podman login`)
_SUBCOMMAND_READ = 4
# Windows tools: options in any case, and a value opening with `/` is the next option (`/RP /RL HIGHEST`).
_WINDOWS_TOOLS = frozenset({"schtasks", "psexec", "psexec64", "paexec", "net", "nssm"})
# macOS `security`: the option that is a password depends on the subcommand (`import -k` names the keychain).
_SECURITY_OPTIONS: Dict[str, FrozenSet[str]] = {
    "create-keychain": frozenset({"-p"}), "unlock-keychain": frozenset({"-p"}),
    "set-keychain-password": frozenset({"-o", "-p"}), "import": frozenset({"-P"}), "export": frozenset({"-P"}),
    "add-generic-password": frozenset({"-w"}), "add-internet-password": frozenset({"-w"}),
    "set-key-partition-list": frozenset({"-k"}),
}
_POSITIONAL_TOOLS = ("steamcmd", "rabbitmqctl", "htpasswd", "mosquitto_passwd", "net", "nssm", "mkstore", "teamserver", "rclone", "mc",
                     "wandb", "ngrok", "snyk", "balena", "dvc", "heroku", "dokku", "fly", "flyctl", "supabase",
                     "kubectl", "bimmerconnected", "b2", "b2v3", "b2v4", "backblaze-b2", "aws", "vault")
# Impacket's scripts take their login in the target: `[[domain/]user[:password]]@host` (no password: it prompts).
_IMPACKET_TOOLS = frozenset({"psexec", "smbexec", "wmiexec", "atexec", "dcomexec", "secretsdump", "getuserspns",
                             "getnpusers", "gettgt", "getst", "mssqlclient", "lookupsid", "smbclient", "rdp_check",
                             "addcomputer", "ticketer", "getadusers", "findDelegation".lower(), "dacledit", "owneredit",
                             "rbcd", "reg", "services", "samrdump", "changepasswd", "ntlmrelayx"})
_IMPACKET_TARGET = lazy_regex(r"""^(?:(?P<domain>[\w.-]{1,255})/)?(?P<user>[^:/@\s]{1,128}):(?P<pw>[^\s]{1,256})@(?P<host>[\w.:\[\]-]{1,255})$""")
# Oracle's clients taking `user/password[@connect]` (sqlplus, SQL*Loader, Data Pump, RMAN's target/catalog).
_ORACLE_TOOLS = frozenset({"sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl"})
# A tool's name as a command's first word: after a blank, a path, a quote, `$` (PowerShell's
# `& $signtool …`), `=` (NRPE's `command[x]=/usr/lib/…/check_redis.pl`); a script suffix allowed.
# Searched case-sensitively on the folded line (`_tools_on`): `re` checks an alternation's literal
# first characters quickly only when they are case-sensitive.
_TOOL = lazy_regex(
    r"""(?:^|(?<=[\s=/\\"'`($&|;%]))(?P<tool>signtool|osslsigncode|sshpass|sqlcmd|bcp|mosquitto_(?:pub|sub|rr|passwd)|ipmitool"""
    r"""|keytool|jarsigner|openssl|check_[a-z][a-z0-9_]{1,40}|smbclient|(?:xf|wlf|sdl-f)reerdp|security|steamcmd|rabbitmqctl|htpasswd"""
    r"""|schtasks|psexec(?:64)?|paexec|net|nssm|mkstore|sqlplus|sqlldr|expdp|impdp|rman|dgmgrl|codecov(?:cli)?|vercel|doctl"""
    r"""|crackmapexec|cme|nxc|netexec|evil-winrm|bloodhound-python|bloodhound\.py|smbmap|hydra|medusa|sqlmap|rpcclient"""
    r"""|teamserver|ldap(?:search|whoami|modify|add|delete|passwd|compare|modrdn|exop)|(?:impacket-)?(?:smbexec|wmiexec|atexec|dcomexec|secretsdump|getuserspns|getnpusers|gettgt|getst"""
    r"""|mssqlclient|lookupsid|rdp_check|addcomputer|ticketer|getadusers|finddelegation|dacledit|owneredit|rbcd"""
    r"""|samrdump|changepasswd|ntlmrelayx)|impacket-(?:psexec|smbclient|reg|services)"""
    r"""|skopeo|buildah|podman|docker|nerdctl|oras|helm|crane|cf|oc|az|omero|gpg2?|lftp|vsql|(?:un)?zip"""
    r"""|smbpasswd|samba-tool|smbcacls|smbcquotas|smbget|smbtree|winexe|wbinfo|realm|adcli"""
    r"""|ipa-(?:server|replica|client|adtrust|ca|kra)-install|cypress|currents|hyperexecute|k6|rclone|mc"""
    r"""|lokalise2|influx|tx|txjs-cli|crowdin|phrase|espota|useradd|usermod|groupadd|groupmod|ngrok|sentry-cli|cloudflared"""
    r"""|huggingface-cli|wandb|snyk|balena|dvc|heroku|dokku|fly|flyctl|supabase|kubectl|bimmerconnected|conan|heritrix|b2(?:v[34])?|backblaze-b2"""
    r"""|aws|vault"""
    r"""|snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform|delta|df|status|netstat|test|usm|vacm)|net-snmp-create-v3-user"""
    r"""|edfi\.(?:bulkloadclient|apiloader|smoketest|loadtools\.smoketest)\.console)"""
    # (Codecov's old uploader is run as `bash <(curl -s https://codecov.io/bash) -t …`, or piped to the shell with its
    # options after `bash -s --`: `curl -s https://codecov.io/bash | bash -s -- -t …`)
    r"""(?:\.(?:exe|pl|py|sh|dll)|\.io/bash(?:\)|[ \t]*\|[ \t]*(?:ba)?sh(?:[ \t]+-s)?(?:[ \t]+--)?))?(?=[\s"'`%!]|$)"""
)


class _ToolsOnLine:
    """The tools `_TOOL` finds on one line, read as far as a reader asks and kept: command_line_secrets and
    continued_tool_options both read a hinted line's tools (two passes over a minified bundle's 90 KB line, 7 ms
    each, were one)."""

    __slots__ = ("line", "_found", "_reading")

    def __init__(self, line: str) -> None:
        self.line = line
        self._found: List[Tuple[str, int]] = []
        self._reading = _read_tools(line)

    def __iter__(self) -> Iterator[Tuple[str, int]]:
        found = self._found
        position = 0
        while True:
            if position == len(found):
                tool = next(self._reading, None)
                if tool is None:
                    return
                found.append(tool)
            yield found[position]
            position += 1


# (the last line's, replaced whole: a thread scanning another file has its own line object, never this one)
_LAST_TOOLS_ON: Optional[_ToolsOnLine] = None


def _tools_on(line: str) -> Iterator[Tuple[str, int]]:
    """_read_tools of the line, the last line's kept (see _ToolsOnLine)."""
    global _LAST_TOOLS_ON
    last = _LAST_TOOLS_ON
    if last is None or last.line is not line:
        last = _LAST_TOOLS_ON = _ToolsOnLine(line)
    return iter(last)


def _read_tools(line: str) -> Iterator[Tuple[str, int]]:
    """(the tool's name as the line writes it, lowered; where its match ends) of each tool `_TOOL`
    finds on the line, in any case. Folding keeps offsets and turns every character IGNORECASE
    equates with an ASCII letter into it (prefilter.spec.fold): the same matches as `(?i)` on the
    line, 2.6 times faster on botocore's 14,500 long lines that hold a tool's word (`performance`,
    `security`, `getStatus`), where the case-blind branches were tried after every blank."""
    for found in _TOOL.finditer(fold(line)):
        tool = line[found.start("tool"):found.end("tool")].lower()
        if line.startswith("!", found.end()) and not tool.startswith("check_"):
            continue  # (`!` ends only a monitoring check's name: a Nagios object's `check_command`, see _tool_secrets)
        yield tool, found.end()


# A command line's tokens: a quoted string (its quotes dropped), or a word. A command written inside
# another language's double-quoted string escapes its own quotes (a Jenkinsfile's `bat "sqlcmd … -P \"pw\""`,
# a JSON or YAML string's `\"…\"`): such a string is one token too.
_TOKEN = lazy_regex(r"""\\"(?P<eq>[^"\\\n]{0,512})\\"|"(?P<dq>[^"\n]{0,512})"|'(?P<sq>[^'\n]{0,512})'|(?P<word>[^\s"']{1,512})""")
_TOKENS_READ = 64
_CHECK_ARGUMENTS_READ = 4096  # characters of a check command's `!`-separated arguments read
# Commands read a line at most (a line of thousands of tool names is read that far).
_TOOLS_A_LINE = 16
# steamcmd `+login <user> [<password>]` (quoted or not; the next `+command` ends it).
_STEAM_LOGIN = "+login"
_RABBIT_USER_COMMANDS = frozenset({"add_user", "change_password"})
# paho's `username_pw_set("user", "pw")`, `set_credentials("user", "pw")`, `setCredentials(…)`,
# and a single-literal password setter (`ds.setPassword("…")`: Java's DataSource, RabbitMQ's factory; a generated
# request class's `setOdfl4MePassword("…")`, digits in the service's name).
_SETTER_PAIR = lazy_regex(
    r"""\b(?P<call>username_pw_set|set_credentials|setCredentials)\([ \t]*(?:username[ \t]*=[ \t]*)?(?P<q1>["'])(?P<user>[^"'\n]{1,128})(?P=q1)"""
    r"""[ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?(?P<q2>["'])(?P<pw>[^"'\n]{1,256})(?P=q2)[ \t]*\)"""
    # (any method whose name says it takes the password: `.withPassword("…")`, Bamboo Specs'
    # `.authenticateWithPassword("…")`, `.setAdminPassword("…")`; a getter's or a check's literal is a name)
    # (not a form's field or its text: `setShowPassword`, `setForgotPasswordText`, `setPasswordHint`)
    r"""|\.(?P<call2>(?:set|with|authenticateWith|loginWith|use)"""
    r"""(?!Show|Hide|Forgot|Reset|Toggle|Visible|Confirm|Min|Max|Default|Require|Remember|Mask|Enable|Disable)"""
    r"""(?:[A-Z][A-Za-z0-9]{0,30})?(?:Password|Passwd|Passphrase))"""
    r"""\([ \t]*(?P<q3>["'])(?P<pw2>[^"'\n]{1,256})(?P=q3)[ \t]*\)"""
)
_SETTER_WORDS = ("username_pw_set", "redentials(", "Password(", "Passwd(", "Passphrase(")
# An exec-form argument list (a compose healthcheck's `["CMD", "mariadb-admin", …, "-p<pw>"]`,
# `subprocess.run([…])`): the MySQL clients take their password glued to -p (`-p` alone prompts)
# or as `--password=…`.
_LISTED_MYSQL = lazy_regex(
    r"""["'](?:[\w./-]{0,200}/)?(?P<tool>mysql|mysqladmin|mysqldump|mysqlcheck|mysqlimport|mysqlshow|mysqlpump|mariadb"""
    r"""|mariadb-admin|mariadb-dump|mariadb-check|mariadb-import|mariadb-show)["']"""
)
_GLUED_LISTED_PASSWORD = lazy_regex(r"""(?P<q>["'])(?:-p|--password=)(?P<value>[^"'\s$][^"'\n]{0,255})(?P=q)""")
# Tasmota's console: `Backlog MqttHost h; MqttUser u; MqttPassword pw`.
_BACKLOG = lazy_regex(r"""^[ \t]*Backlog0?[ \t]+""")
_CONSOLE_COMMAND = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_]{1,63})[ \t]+(?P<value>[^\s;]{1,512})[ \t]*$""")
# `setenv NAME value` (Tcl/csh modulefiles, Apache's SetEnv), Lmod's pushenv, Windows' setx.
_SETENV = lazy_regex(
    r"""^[ \t]*(?:(?i:setenv)|pushenv|setx)[ \t]+(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]+"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"';]{1,512}))[ \t]*(?:;[ \t]*)?$"""
)
# The environment variables tools read a password from whose names no credential-named key reads: sshpass's
# `SSHPASS` (`sshpass -e`, documented), set by `export`, a `VAR=… cmd` prefix, a CI file's `variables:`/`env:`,
# a Dockerfile's ENV, PowerShell's `$env:`, Python's `os.environ[…]`, a dict's item.
_TOOL_PASSWORD_VARIABLES = frozenset({"SSHPASS"})
_TOOL_PASSWORD_VARIABLE = lazy_regex(
    r"""(?<![\w${.-])(?P<name>SSHPASS)["']?\]?(?P<sep>[ \t]*(?:=(?![=~])|:(?![-=+?:])|=>)[ \t]*|[ \t]+(?=[^\s=:]))"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'`;|<>,)}\]]{1,512}))"""
)
# 1C:Enterprise's client launched in batch mode (its documented command line, its.1c.ru): `1cv8.exe DESIGNER /F"<dir>"
# /N"<user>" /P"<password>" /DumpIB …`, `ENTERPRISE /S"<server>\<base>" /N … /P …`, `CREATEINFOBASE …`; from a .bat, a
# PowerShell `& $exe DESIGNER …` (the executable in a variable), a Start-Process argument list (`""…""`). The mode, then
# the infobase's or the user's option beside `/P`: the password, glued to it or apart, quoted or bare.
# (its modes' first letters tested first, in a lookahead: one set test a character of a long line, not the lookbehind
# and three case-blind branches)
_ONEC_LAUNCH = lazy_regex(r"""(?=[CDEcde])(?<![\w/.-])(?i:DESIGNER|ENTERPRISE|CREATEINFOBASE)(?=[ \t"'])""")
_ONEC_OPTION = lazy_regex(
    r"""(?:^|(?<=[ \t"']))/(?P<option>(?i:IBConnectionString|IBName|N|P|S|F))(?![\w:])[ \t]*"""
    r"""(?:""(?P<ddq>[^"\n]{1,256})""|"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`/][^\s"'`]{0,255}))?""")
# (a reference where a password stands: PowerShell's and a shell's `$pw`, `$(…)`, `${…}`, cmd's `%PW%` and `!PW!`)
_ONEC_REFERENCE = lazy_regex(r"""\$[A-Za-z_{(]|%[A-Za-z_][\w]{0,63}%|![A-Za-z_][\w]{0,63}!""")
_ONEC_OPTIONS_A_LINE = 32


def _onec_passwords(line: str) -> Iterator[Found]:
    """The `/P` password of a 1C:Enterprise launch (_ONEC_LAUNCH) whose infobase or user is given beside it."""
    launch = _ONEC_LAUNCH.search(line)
    if launch is None:
        return
    password: Optional[str] = None
    user: Optional[str] = None
    selected = False  # (an infobase or a user given: the `/P` is 1C's, not a path's or another tool's)
    for count, found in enumerate(_ONEC_OPTION.finditer(line, launch.end(), launch.end() + _DEVICE_LINE_READ)):
        if count >= _ONEC_OPTIONS_A_LINE:
            break
        option = found.group("option").upper()
        value = next((found.group(group) for group in ("ddq", "dq", "sq", "bare") if found.group(group) is not None), None)
        if option == "P":
            password = value if password is None else password
        else:
            selected = True
            if option == "N" and value is not None:
                user = value
    if not selected or not password or _ONEC_REFERENCE.search(password) is not None:
        return
    who = f" of user {user}" if user and _ONEC_REFERENCE.search(user) is None else ""
    yield f"1C:Enterprise's /P password{who} (its batch-mode command line)", "password", password


# A bare value that is a call's name and its opening `(` (a Jenkinsfile's `SSHPASS = credentials('id')`, Groovy's
# `env.get(…)` in a pipeline's `environment {}`): an expression, which no shell's assignment writes so.
_BARE_CALL = lazy_regex(r"""[A-Za-z_][\w.]{0,127}\($""")
# An environment (or property) read and its literal fallback: `System.getenv("X") ?: "…"`,
# `System.getenv("X") || "…"`, `providers.environmentVariable("X").getOrElse("…")`.
_READ_FALLBACK = lazy_regex(
    r"""\b(?:getenv|environmentVariable|findProperty)\([ \t]*(?P<nq>["'])(?P<name>[\w.-]{1,128})(?P=nq)[ \t]*\)"""
    r"""(?:\.get\(\))?[ \t]*(?:\?:|\|\||\?\?|\.getOrElse\(|\.orElse\()[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)

# Teltonika's SMS commands (device_script_secrets), those no other text writes alone before a blank.
TELTONIKA_COMMAND_WORDS = (
    "setparam", "getparam", "getstatus", "getgps", "ggps", "getver", "getinfo", "getio", "readio", "setdigout",
    "cpureset", "resetprof", "defaultcfg", "getrecord", "getimeiccid", "getops", "getcfgtime", "deleterecords",
    "web_connect", "lvcangetinfo", "countrecs", "odinfo", "sdformat", "allver", "fwstats", "getweektime")

# What a registry command's line holds (`reg add`, `reg.exe add`, `Set-ItemProperty`/`New-ItemProperty`; see
# _REG_ADD): the prefilter's, and both readers' triggers (registry_values, _continued_registry_values).
_REGISTRY_HEADS = ("reg add", "reg.exe add", "itemproperty")

# The prefilter: what puts a line before `find` for these forms (lower-case literals, and
# patterns on the folded text for heads too common alone).
KEYWORDS = ("signtool", "osslsigncode", "sshpass", "sqlcmd", "mosquitto_", "ipmitool", "keytool", "jarsigner",
            "steamcmd", "rabbitmqctl", "htpasswd", "smbclient", "freerdp", "username_pw_set", "set_credentials",
            "setcredentials", "password(", "passwd(", "passphrase(", "backlog", "setenv", "pushenv", "setx ", "schtasks", "psexec", "paexec",
            "net use", "net user", "nssm", "mkstore", "sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl",
            ":setvar", "u1 setvar", '"wlan.', '{}{"', "vercel env add", "gh secret set", "gcloud secrets", "docker secret create",
            "podman secret create", "secret put", "secretsmanager", "keyvault secret set", "functions:secrets:set",
            "doppler secrets set", "netlify env:set", "codecov", "vercel", "doctl", "crackmapexec", "cme ", "nxc ",
            "netexec", "evil-winrm", *_REGISTRY_HEADS,
            "bloodhound", "smbmap", "hydra", "medusa", "sqlmap", "rpcclient", "teamserver", "smbexec", "wmiexec",
            "atexec", "dcomexec", "secretsdump", "getuserspns", "getnpusers", "gettgt", "getst", "mssqlclient",
            "lookupsid", "impacket", "rdp_check", "addcomputer", "ticketer", "getadusers", "finddelegation",
            "dacledit", "owneredit", "rbcd", "samrdump", "changepasswd", "ntlmrelayx", "ldapsearch", "ldapwhoami",
            "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapcompare", "ldapmodrdn", "ldapexop",
            "skopeo", "buildah", "podman", "omero", "--passphrase", "lftp", "vsql",
            "smbpasswd", "samba-tool", "smbcacls", "smbcquotas", "smbget", "smbtree", "winexe", "wbinfo", "realm ", "adcli",
            "ipa-server-install", "ipa-replica-install", "ipa-client-install", "ipa-adtrust-install", "ipa-ca-install", "ipa-kra-install",
            "cypress", "currents", "hyperexecute", "k6 ", "rclone", "mc alias", "mc config", "net ads", "net rpc", "net rap",
            "net sam", "net dom", "net join", "net groupmap", "add_user", "change_password", ":set-config", "config:system:set", "config:app:set", "server-command", "basicauth=", "addauth",
            "addauthinfo", '"digest"', "lokalise2", "influx ", "tx ", "txjs-cli", "crowdin", "--access_token", "--access-token",
            "espota", "useradd", "usermod", "groupadd", "groupmod", "ngrok", "sentry-cli", "cloudflared", "huggingface-cli",
            "wandb login", "snyk auth", "balena env", "dvc remote", "dvc config", "config:set", "secrets set", "<arguments>",
            "configure set",  # (stop 66: the AWS CLI's `aws configure set <setting> <value>`)
            "configure --profile",  # (review 67: and `aws configure --profile <p> set …`)
            "set env", "--from-literal",  # (stop 63: kubectl's and oc's `set env`, `create secret generic --from-literal=`)
            "bimmerconnected", "conan user", "heritrix", "sftp_users", "atmoz/sftp", "account authorize", "authorize-account",
            "authorize_account", "smbfs", "smbutil", "edfi.")
_FOLDED_SECURITY = rb"""security[ \t]+(?:create-keychain|unlock-keychain|set-keychain-password|import|export|add-generic-password|add-internet-password|set-key-partition-list)\b"""
_FOLDED_OPENSSL = rb"""openssl\b[^\n]{0,300}?[ \t]-(?:pass|k[ \t])"""
_FOLDED_CHECK = (rb"""check_[a-z][a-z0-9_]{1,40}(?:\.(?:pl|py|sh))?[ \t!][^\n]{0,300}?[ \t!]"""
                 rb"""(?:-[apx][ \t]|--(?:community|authpassw(?:or)?d|privpassw(?:or)?d|privpass|passwd)[ \t=])""")
# (an SNMP plugin's `-C` community folds to `-c`, every plugin's critical threshold: read where the name says SNMP)
_FOLDED_SNMP_CHECK = rb"""check_[a-z0-9_]{0,40}?(?:snmp|if|interface)[a-z0-9_]{0,40}(?:\.(?:pl|py|sh))?[ \t!][^\n]{0,300}?[ \t!]-c[ \t]"""
_FOLDED_BCP = rb"""bcp[ \t][^\n]{0,300}?[ \t]-p[ \t]"""
# 1C:Enterprise's launch in batch mode (see _ONEC_LAUNCH): its mode, then its `/P` password (glued or apart).
_FOLDED_ONEC = rb"""(?:designer|enterprise|createinfobase)[^\n]{0,400}?(?:^|[ \t"'])/p(?![a-z0-9_:])"""
# An FTP client's script (`open host` alone on its line; JCL's `//INPUT DD *`), a heredoc fed to ftp.
# (or echoed into a file by a script: `echo open host> ftp.txt`, `echo "open host" >> ftp.txt`, `(echo open host)> …`)
_FOLDED_FTP = rb"""open[ \t]+[a-z0-9][a-z0-9.-]{0,252}(?:[ \t]+[0-9]{1,5})?[ \t]*(?:\r?\n|["')]{0,2}[ \t]*[0-9]?>)"""
_FOLDED_FTP_INPUT = rb"""//input[ \t]+dd[ \t]+\*"""
_FOLDED_FTP_HEREDOC = rb"""ftp[ \t][^\n]{0,200}?<<"""
# (a program writing it: a string literal that is its `open <host>` line, alone or before a `\n`)
_FOLDED_WRITTEN_FTP = rb"""["']open[ \t]+[a-z0-9][a-z0-9.-]{0,252}(?:[ \t]+[0-9]{1,5})?[ \t]*(?:\\r)?(?:\\n|["'])"""
# A JCL JOB card's `PASSWORD=` (the card's continuation lines open with `//` too).
_FOLDED_JCL_PASSWORD = rb"""password=[a-z0-9@#$]{1,8}(?:[,\s(]|$)"""
# .curlrc's user line (`user = "name:password"`; `-u name:password` is read as a command line's).
_FOLDED_CURLRC = rb"""user[ \t]*[=:][ \t]*"?[^\s":]{1,128}:[^\s"]"""
_FOLDED_SECRET_FILE_HEREDOC = rb"""(?:cat|tee)[ \t][^\n]{0,200}?(?:secret|token|pass|api[_-]?key|xroad/autologin|psk|pre-?shared)[^\s<]{0,64}["']?[ \t]*<<"""
# A literal echoed into a file named for a secret; a literal piped into a tool reading a password on its input.
_FOLDED_ECHO_TO_FILE = rb"""(?:echo|printf)[ \t][^\n]{0,600}?(?:>\|?|tee[ \t])[ \t]*[^\s]{0,200}?(?:secret|token|pass|api[_-]?key|xroad/autologin|psk|pre-?shared)"""
# (the tools' names as the line's lowered bytes show them; _STDIN_PASSWORD_TOOL says how each reads its password)
_STDIN_TOOL_WORDS = ("realm", "adcli", "kinit", "passwd", "chpasswd", "sudo", "smbpasswd", "pdbedit", "htpasswd", "cryptsetup", "vault",
                     "docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "crane", "helm", "iinit", "openssl", "gpg",
                     "gpg2", "openconnect", "zfs", "anydesk")
_FOLDED_STDIN_TOOL = rb"""(?:""" + "|".join(_STDIN_TOOL_WORDS).encode() + rb""")(?:\.exe)?(?:[\s;&|)"'`]|$)"""
_FOLDED_PIPED_TO_LOGIN = (rb"""(?:echo|printf|write-output)[ \t][^\n]{0,600}?\|[ \t]*(?:sudo[ \t]+)?(?:&[ \t]*)?"""
                          rb"""(?:["'][^"'\n|<>]{0,200}[\\/]|[\w.:\\/-]{0,200}[\\/])?""" + _FOLDED_STDIN_TOOL)
# (AnyDesk's password option, whatever feeds its input: PowerShell's pipeline needs no echo, `$pw | & "…\AnyDesk.exe" …`)
_FOLDED_ANYDESK_PASSWORD = rb"""anydesk(?:\.exe)?["']?[ \t][^\n]{0,200}?--set-password"""
# (a here-string given to one: `kinit svc@REALM <<< 'pw'`, `<<< "$PW"` a variable a line above assigns)
_FOLDED_HERE_STRING_TO_LOGIN = (rb"""(?:""" + "|".join(_STDIN_TOOL_WORDS).encode()
                                + rb""")[ \t][^\n]{0,300}?<<<[ \t]*["']?[^\s"']""")
# An expect task's responses (its answers read below).
_FOLDED_EXPECT_RESPONSES = rb"""responses[ \t]*:[ \t]*\r?(?:\n|$)"""
_FOLDED_LISTED_MYSQL = rb"""(?:mysql|mariadb)[\w-]{0,16}["'][^\n]{0,300}?["'](?:-p[^"'\s]|--password=)"""
_FOLDED_FALLBACK = rb"""(?:getenv|environmentvariable|findproperty)\([^\n]{0,200}?(?:\?:|\|\||\?\?|orelse\()"""
# A login's password (`cf login … -p`, `docker login \`), a generic `-u <user> … -p|-w <password>`, a
# Mule runtime's secure-properties key (`-Dmule.key=…`).
_FOLDED_LOGIN = rb"""(?:docker|nerdctl|oras|helm|crane|conan)(?:\.exe)?[\s"'`][^\n]{0,80}?login"""
_FOLDED_SHORT_LOGIN = rb"""(?:cf|oc|az)[ \t][^\n]{0,80}?login|cf[ \t]+auth"""
_FOLDED_USER_PASSWORD = rb"""-u[ \t]+[^\s-][^\n]{0,300}?[ \t]-[pw][ \t]+[^\s$-]"""
_FOLDED_LONG_USER_PASSWORD = rb"""--user(?:name)?[ \t=]+[^\s-][^\n]{0,300}?[ \t]--pass(?:word|wd)?[ \t=]+[^\s$-]|-u=[^\s-][^\n]{0,300}?[ \t]-p=[^\s$-]"""
# (a host option's SSH destination naming its user, then a `--password` of the same command: Fabric's `fab -H deploy@web1
# --password '…'`, `--hosts`; led by the option, as a one-character head (`@`) the compiled scanner cannot take)
_FOLDED_AT_USER_PASSWORD = (rb"""(?:-h|--hosts?)[ \t=]+["']?[\w.-]{1,64}@[a-z0-9][\w.-]{0,253}(?::[0-9]{1,5})?["']?[ \t]"""
                            rb"""(?:[^\n]{0,300}?[ \t])?(?:--pass(?:word|wd)?[ \t=]+|-p[ \t]+)[^\s$-]""")
_FOLDED_PROPERTY_KEY = rb"""\.key=[^\s$]"""
# (the user's option on a line its command continues from; the password's below: _continued_user_and_password)
_FOLDED_USER_CONTINUED = rb"""(?:-u|--user(?:name)?)[ \t=]+["']?[^\s$"'-][^\n]{0,300}?[\\^`][ \t]*\r?\n"""
# Device scripts (device_script_secrets): Queclink's AT commands, Teltonika's SMS commands after a login and a
# password (a page's code span ends after the command: documented_sms_commands); a URL's access key a browser is
# launched on (_browser_url_keys); a setting's --name and --set.
_FOLDED_QUECLINK = rb"""at\+gt[a-z]{3}=[0-9a-z]{4,20},"""
_FOLDED_TELTONIKA = (rb"""(?:""" + "|".join(TELTONIKA_COMMAND_WORDS).encode() + rb""")(?:[ \t`]|\r?\n|$)""")
# (a TK103-family tracker's `password<old> <new>`: _tracker_passwords)
_FOLDED_TRACKER_PASSWORD = rb"""(?<![a-z0-9_])password[0-9]{4,8}[ \t]+[0-9a-z]{4}"""
_URL_KEY_HEADS = tuple(f"{sign}{name}=" for sign in "?&" for name in ("key", "auth", "passkey", "access_key", "accesskey"))
_FOLDED_URL_KEY = rb"""[?&](?:key|auth|passkey|access_?key)=[a-z0-9_.~-]{16}"""
_FOLDED_NAMED_SETTING = rb"""--name[ \t=][^\n]{0,400}?--set[ \t=]"""
# (the value first, `--set=… --name=…`; the name on a line the command continues from, its --set below)
_FOLDED_SET_THEN_NAME = rb"""--set[ \t=][^\n]{0,400}?--name[ \t=]"""
_FOLDED_NAME_CONTINUED = rb"""--name[ \t=][^\n]{0,400}?[\\^`][ \t]*\r?\n"""
# curl's `-u` of a variable's user and a literal password (curl_users)
# (in parts, `svc;${APPID}`, `${DOMAIN}\\svc`: literal parts and separators about the variable)
_FOLDED_USER_VARIABLE = rb"""\$(?:[({]?[a-z_][\w.]{0,63}[)}]?|\{\{[ \t]{0,4}[a-z_][\w.-]{0,63}[ \t]{0,4}\}\})"""
_FOLDED_USER_PART = rb"""(?:""" + _FOLDED_USER_VARIABLE + rb"""|[\w.@-]{1,64})"""
_FOLDED_REFERENCE_USER = (rb"""(?:-u|--user)[ \t=]+["']?(?:""" + _FOLDED_USER_PART + rb"""(?:;|\\{1,2})){0,3}""" + _FOLDED_USER_VARIABLE
                          + rb"""(?:(?:;|\\{1,2})""" + _FOLDED_USER_PART + rb"""){0,3}:[^\s"'$`]""")
_FOLDED_ZIP = rb"""zip(?:\.exe)?(?:[ \t][^\n]{0,200}?)?[ \t]-p[ \t]"""
# kcadm's list-valued `-s 'name=["value"]'`; a variable of a tool's options (`IPA_SERVER_INSTALL_OPTS="… -p …"`).
_FOLDED_LISTED_SETTING = rb"""(?:-s|--set)[ \t]+['"]?[a-z][\w.-]{0,80}=\[[ \t]*\\?"[^"\n$]"""
_FOLDED_OPTIONS_VARIABLE = rb"""_(?:opts|args|options)[ \t]*[=:][ \t]*["'][^\n]{0,1024}?(?:^|[ \t"'])-"""
# kdb+ connection handles (_kdb_handles): a leading colon's after a symbol's backtick, a quote, `=`, a blank; after
# `-tp`; an argument of a q script's command line. atmoz/sftp's users as a container's arguments (_sftp_users).
# (A quote then a colon opens every JSON member's value, `":` some 58,000 times in botocore's models: a
# string handle is looked for after `hopen` or a symbol cast's `$`.)
_KDB_OPENERS = ("`:", '$":', "$':", "=:")
_FOLDED_KDB_HANDLE = rb"""(?:\$["']|[`=]):(?:(?:tcps|unix)://)?[a-z0-9.-]{0,253}:[0-9]{1,5}:[a-z_][\w.-]{0,63}:[^\s"'`;)\]]"""
_FOLDED_KDB_HOPEN = (rb"""hopen[ \t]*(?:[\[(][ \t]*)?(?:`\$)?["'`]:(?:(?:tcps|unix)://)?[a-z0-9.-]{0,253}:[0-9]{1,5}:"""
                     rb"""[a-z_][\w.-]{0,63}:[^\s"'`;)\]]""")
_FOLDED_KDB_TP = rb"""-tp[ \t]+:?[a-z0-9.-]{1,253}:[0-9]{1,5}:[a-z_][\w.-]{0,63}:[^\s"'`;)\]]"""
_FOLDED_Q_SCRIPT = (rb"""q(?:\.exe)?[ \t]+[^\s]{0,256}?\.[qk][ \t]+(?:[^\s]{1,256}[ \t]+){0,8}?"""
                    rb""":?[a-z0-9.-]{0,253}:[0-9]{1,5}:[a-z_][\w.-]{0,63}:[^\s"'`;)\]]""")
_FOLDED_SFTP_ARGUMENTS = rb"""(?:command|args):[ \t]*(?:[\["'][ \t]*)?["']?[a-z_][\w.-]{0,31}:[^\s:"',\]]{1,256}"""
# A long option named for a key, a token or a secret, its value followed by a word (a subcommand, a file: `deepl
# --auth-key <key> usage`), which the kind's credential hint (an option's value before the next option, a quote or
# the line's end) leaves out; the kind's option reading (`_OPTION`) judges the value under the option's name.
_FOLDED_KEY_OPTION_THEN_WORD = rb"""--(?:[a-z0-9][a-z0-9_-]{0,47}?)?(?:key|token|secret)[ \t]+["']?[^\s"'$<{%-][^\s"']{7,511}["']?[ \t]+[^\s]"""
# A licence's activation on a command line (`metashape.sh --activate <key>`, `--license <key>`): the key in groups.
_FOLDED_ACTIVATION = (rb"""(?:activat(?:e|ion[-_]?(?:key|code))|licen[cs]e(?:[-_]?(?:key|code))?|product[-_]?key)(?:=|[ \t]+)"""
                      rb"""["']?[a-z0-9]{4,8}(?:-[a-z0-9]{4,8}){2,7}""")
# An AT command whose name says it sets a key (`AT+MWVENCRYPT=2,<hex>`, LoRaWAN modules' `AT+APPKEY=<hex>`).
_FOLDED_AT_KEY = (rb"""at\+[a-z0-9_]{0,24}?(?:key|encrypt|aes|psk)[a-z0-9_]{0,16}[=:](?:[^\n,]{0,24},){0,8}[ \t]*["']?(?:0x)?"""
                  rb"""[0-9a-f]{32}""")
# (blind rounds GI-GN) An AT command carrying a password in the field its module's AT manual documents: a cellular
# modem's packet data login (the APN's user and password), an FTP, SMTP or MQTT client's login, a Wi-Fi module's network
# passphrase; in a bring-up script, a trace logged as the host sent it (`>> AT+QICSGP=1,1,"<apn>","<user>","<pw>",1`) or
# a firmware's command string (`"AT+CWJAP=\"<ssid>\",\"<pw>\""`). By position (command -> the password's fields):
_AT_PASSWORD_FIELDS: Dict[str, Tuple[int, ...]] = {
    # 3GPP TS 27.007's `<cid>,<auth_prot>,<userid>,<password>`; SIMCom's SIM7500/SIM7600 put `<passwd>` before `<user>`:
    # both fields are judged (a user's name is rarely a password's shape)
    "+CGAUTH": (3, 2),
    "^SGAUTH": (2,),  # Cinterion: <cid>,<auth_type>,<passwd>,<user>
    "$QCPDPP": (2,),  # Qualcomm: <cid>,<auth_type>,<password>,<username>
    "+UAUTHREQ": (3,),  # u-blox SARA: <cid>,<auth_type>,<username>,<password>
    "#SGACT": (3,),  # Telit: <cid>,<stat>,<userId>,<pwd>
    "#TCPATRUNAUTH": (2,),  # Telit: <action>,<userid>,<passw>
    "+CSTT": (2,),  # SIMCom SIM800: <apn>,<user>,<pwd>
    "+QIREGAPP": (2,),  # Quectel M95: <apn>,<user>,<pwd>
    # Quectel BG96, EC2x: <contextID>,<context_type>,<APN>,<username>,<password>[,<authentication>] (M95's, no
    # context type: <mode>,<APN>,<username>,<password>; see _at_password_fields)
    "+QICSGP": (4,),
    "+KCNXCFG": (4,),  # Sierra Wireless HL: <cnx cnf>,"GPRS",<apn>,<login>,<password>
    "+CFTPSLOGIN": (3,),  # SIMCom: <host>,<port>,<username>,<password>
    "#FTPOPEN": (2,),  # Telit: <server:port>,<username>,<password>,<mode>
    "+QFTPPASS": (0,),  # Quectel M95: <password>
    "+FTPPW": (0,),  # SIMCom SIM800: <pass>
    "+SMTPAUTH": (2,),  # SIMCom SIM800: <mode>,<username>,<password>
    "+QMTCONN": (3,),  # Quectel's MQTT: <client_idx>,<clientID>,<username>,<password>
    "+CMQTTCONNECT": (5,),  # SIMCom's MQTT: <client_index>,<server_addr>,<keepalive_time>,<clean_session>,<user>,<pass>
    "+MQTTUSERCFG": (4,),  # Espressif's ESP-AT: <LinkID>,<scheme>,<client_id>,<username>,<password>,…
    # ESP-AT's station join and soft AP: <ssid>,<pwd>[,…] (the Wi-Fi network's passphrase)
    "+CWJAP": (1,), "+CWJAP_CUR": (1,), "+CWJAP_DEF": (1,), "+CWSAP": (1,), "+CWSAP_CUR": (1,), "+CWSAP_DEF": (1,),
}
# After a tag naming it (command -> the tag's field, the tags naming a password, the password's field): u-blox's
# `AT+UPSD=<profile_id>,3,"<password>"`, SIMCom's `AT+SAPBR=3,<cid>,"PWD","<password>"`, Cinterion's connection and
# service profiles' `AT^SICS=0,"passwd","<password>"`, Quectel's `AT+QFTPCFG="account","<user>","<password>"`.
_AT_TAGGED_PASSWORDS: Dict[str, Tuple[int, FrozenSet[str], int]] = {
    "+UPSD": (1, frozenset({"3"}), 2),
    "+SAPBR": (2, frozenset({"pwd"}), 3),
    "^SICS": (1, frozenset({"passwd"}), 2),
    "^SISS": (1, frozenset({"passwd"}), 2),
    "+QFTPCFG": (0, frozenset({"account"}), 2),
    "+QSMTPCFG": (0, frozenset({"account"}), 2),
    "+SMCONF": (0, frozenset({"password"}), 1),  # SIMCom's MQTT: "PASSWORD",<value>
    "+UFTP": (0, frozenset({"3"}), 1),  # u-blox: <op_code>,<param>; 3 the password
    "+UMQTT": (0, frozenset({"4"}), 2),  # u-blox: 4,<username>,<password>
}
# (the prefilter: one of those commands, a quoted field after its `=`; in a string literal its quote escaped)
_FOLDED_AT_PASSWORD = (rb"""at(?:""" + "|".join(re.escape(command.lower()) for command in sorted(
    set(_AT_PASSWORD_FIELDS) | set(_AT_TAGGED_PASSWORDS), key=lambda command: (-len(command), command))).encode() + rb""")=[^\n"]{0,64}\\?\"""")
# A device console's command setting a key from a passphrase or a hex key (MAVProxy's `signing setup|key <passphrase>`,
# Microchip's LoRaWAN modules' `mac set appkey|appskey|nwkskey <hex>`).
_FOLDED_CONSOLE_KEY = rb"""signing[ \t]+(?:setup|key)[ \t]+[^\s]|mac[ \t]+set[ \t]+(?:appkey|appskey|nwkskey)[ \t]+[0-9a-f]"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_SECURITY, ("security",)),
        (_FOLDED_OPENSSL, ("openssl",)),
        (_FOLDED_CHECK, ("check_",)),
        (_FOLDED_SNMP_CHECK, ("check_",)),
        (_FOLDED_BCP, ("bcp",)),
        (_FOLDED_ONEC, ("designer", "enterprise", "createinfobase")),
        (_FOLDED_FTP, ("open",)),
        (_FOLDED_FTP_INPUT, ("//input",)),
        (_FOLDED_FTP_HEREDOC, ("ftp",)),
        (_FOLDED_WRITTEN_FTP, ('"open', "'open")),
        (_FOLDED_JCL_PASSWORD, ("password=",)),
        (_FOLDED_CURLRC, ("user",)),
        (_FOLDED_FALLBACK, ("getenv", "environmentvariable", "findproperty")),
        (_FOLDED_LISTED_MYSQL, ("mysql", "mariadb")),
        (_FOLDED_LOGIN, ("docker", "nerdctl", "oras", "helm", "crane", "conan")),
        (_FOLDED_SHORT_LOGIN, ("cf ", "cf\t", "oc ", "oc\t", "az ", "az\t")),
        (_FOLDED_USER_PASSWORD, ("-u",)),
        (_FOLDED_LONG_USER_PASSWORD, ("--user", "-u=")),
        (_FOLDED_AT_USER_PASSWORD, ("-h", "--host")),
        (_FOLDED_USER_CONTINUED, ("-u", "--user")),
        (_FOLDED_PROPERTY_KEY, (".key=",)),
        (_FOLDED_REFERENCE_USER, ("-u", "--user")),
        (_FOLDED_QUECLINK, ("at+gt",)),
        (_FOLDED_TELTONIKA, TELTONIKA_COMMAND_WORDS),
        (_FOLDED_TRACKER_PASSWORD, ("password",)),
        (_FOLDED_URL_KEY, _URL_KEY_HEADS),
        (_FOLDED_NAMED_SETTING, ("--name",)),
        (_FOLDED_SET_THEN_NAME, ("--set",)),
        (_FOLDED_NAME_CONTINUED, ("--name",)),
        (_FOLDED_ZIP, ("zip",)),
        (_FOLDED_LISTED_SETTING, ("-s", "--set")),
        (_FOLDED_OPTIONS_VARIABLE, ("_opts", "_args", "_options")),
        # (led by the command and its blank: `cat` alone is in every `location`, `application`)
        (_FOLDED_SECRET_FILE_HEREDOC, ("cat ", "cat\t", "tee ", "tee\t")),
        (_FOLDED_ECHO_TO_FILE, ("echo", "printf")),
        (_FOLDED_EXPECT_RESPONSES, ("responses",)),
        (_FOLDED_PIPED_TO_LOGIN, ("echo", "printf", "write-output")),
        (_FOLDED_HERE_STRING_TO_LOGIN, _STDIN_TOOL_WORDS),
        (_FOLDED_ANYDESK_PASSWORD, ("anydesk",)),
        (_FOLDED_KDB_HANDLE, _KDB_OPENERS),
        (_FOLDED_KDB_HOPEN, ("hopen",)),
        (_FOLDED_KDB_TP, ("-tp",)),
        (_FOLDED_Q_SCRIPT, ("q ", "q\t", "q.exe")),
        (_FOLDED_SFTP_ARGUMENTS, ("command", "args")),
        (_FOLDED_KEY_OPTION_THEN_WORD, ("--",)),
        (_FOLDED_ACTIVATION, ("activat", "licen", "product")),
        (_FOLDED_AT_KEY, ("at+",)),
        (_FOLDED_AT_PASSWORD, ("at+", "at#", "at^", "at$")),
        (_FOLDED_CONSOLE_KEY, ("signing", "mac")),
    )
)
# The tools' names a line must hold (looked for in the lowered line: _hinted).
_HINT_WORDS = (
    "signtool", "osslsigncode", "sshpass", "sqlcmd", "bcp", "mosquitto_", "ipmitool", "keytool", "jarsigner", "openssl",
    "check_", "smbclient", "freerdp", "security", "steamcmd", "rabbitmqctl", "htpasswd", "schtasks", "psexec", "paexec",
    "nssm", "mkstore", "sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl", "codecov", "vercel", "doctl",
    "crackmapexec", "cme", "nxc", "netexec", "evil-winrm", "bloodhound", "smbmap", "hydra", "medusa", "sqlmap",
    "rpcclient", "teamserver", "smbexec", "wmiexec", "atexec", "dcomexec", "secretsdump", "getuserspns", "getnpusers",
    "gettgt", "getst", "mssqlclient", "lookupsid", "impacket", "rdp_check", "addcomputer", "ticketer", "getadusers",
    "finddelegation", "dacledit", "owneredit", "rbcd", "samrdump", "changepasswd", "ntlmrelayx", "ldapsearch",
    "ldapwhoami", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapcompare", "ldapmodrdn", "ldapexop",
    "skopeo", "buildah", "podman", "omero", "gpg", "lftp", "vsql",
    "smbpasswd", "samba-tool", "smbcacls", "smbcquotas", "smbget", "smbtree", "winexe", "wbinfo", "realm ", "adcli",
    "ipa-server-install", "ipa-replica-install", "ipa-client-install", "ipa-adtrust-install", "ipa-ca-install", "ipa-kra-install",
    "cypress", "currents", "hyperexecute", "k6 ", "rclone", "mc alias", "mc config", "net ads", "net rpc", "net rap", "net sam", "net dom", "net join", "net groupmap",
    "lokalise2", "influx ", "txjs-cli", "crowdin", "espota", "useradd", "usermod", "groupadd", "groupmod", "ngrok", "sentry-cli",
    "cloudflared", "huggingface-cli", "wandb login", "snyk auth", "balena env", "dvc remote", "dvc config", "config:set",
    "configure set", "configure --profile", "secrets set", "set env", "--from-literal", "bimmerconnected", "conan user", "heritrix", "account authorize", "authorize-account", "authorize_account",
    "edfi.",
    "snmpwalk", "snmpbulkwalk", "snmpget", "snmpbulkget", "snmpset", "snmptable", "snmptrap", "snmpinform", "snmpdelta",
    "snmpdf", "snmpstatus", "snmpnetstat", "snmptest", "snmpusm", "snmpvacm", "net-snmp-create-v3-user",
    "operator unseal", "vault unseal",  # (stop 67, notes: Vault's unseal key share, _vault_unseal)
)
# (the tools whose password is their login's: the line says `login`; `cf`, `oc`, `az` only so; zip's
# password option: `zip` alone is in every Python `zip(`) The prefilter's patterns, on the lowered line.
_LOGIN_HINT = "|".join(pattern.decode() for pattern in (_FOLDED_LOGIN, _FOLDED_SHORT_LOGIN, _FOLDED_ZIP))
# (Transifex's `tx` and Phrase's `phrase` are words too common alone: their token's option on the line)
_SHORT_TOOL_HINT = r"""(?<![\w.-])tx[ \t][^\n]{0,200}?--token|(?<![\w.-])phrase[ \t][^\n]{0,300}?--access[_-]token"""
# The hint's words are found by one pass of the compiled scanner (Words), not by their trie tried at every
# character (20 ms on a minified bundle's line of 140 KB, searched by several readers); its patterns only on a
# line holding the literal each needs (`net +use`: `net `; a login's: `login` or cf's `auth`; zip's: `zip`;
# Transifex's and Phrase's: their token option).
_HINT_PRESENT = Words()
_HINT_WORD_GROUP = _HINT_PRESENT.add(_HINT_WORDS)
_HINT_PATTERN_GROUP = _HINT_PRESENT.add(("net ", "login", "auth", "zip", "--token", "--access"))
_HINT_PATTERNS = lazy_regex("net +use|net +user|" + _LOGIN_HINT + "|" + _SHORT_TOOL_HINT)


def _hinted(lowered: str) -> bool:
    """Whether the lowered line names a known tool: one of its words, or a login's or a short tool's command."""
    present = _HINT_PRESENT.of(lowered)
    if present & _HINT_WORD_GROUP:
        return True
    return bool(present & _HINT_PATTERN_GROUP) and _HINT_PATTERNS.search(lowered) is not None


# GStreamer pipeline descriptions (gst-launch-1.0's, the string given to Gst.parse_launch / gst_parse_launch /
# gst::parse::launch, split or not over a language's adjacent strings): an element, then its `property=value`s up to
# the next `!`. The properties holding a secret, by the elements they are that of: the SRT elements' `passphrase`,
# the RTSP and HTTP sources' and sinks' `user-pw`/`proxy-pw`, the curl sinks' `passwd`/`proxy-passwd`, the AWS
# elements' `secret-access-key`/`session-token`, WHIP's and WHEP's `auth-token` (Bearer). A shell's own
# `passphrase=…` word is read by the kind's key-value reading too; a language's string is read here only.
_SRT_ELEMENTS = frozenset({"srtsrc", "srtsink", "srtclientsrc", "srtserversrc", "srtclientsink", "srtserversink"})
_HTTP_ELEMENTS = frozenset({"rtspsrc", "rtspclientsink", "souphttpsrc", "souphttpclientsink", "reqwesthttpsrc"})
_AWS_ELEMENTS = frozenset({"awss3sink", "awss3src", "awss3putobjectsink", "awss3hlssink", "awstranscriber"})
_GST_SECRET_PROPERTIES: Dict[str, FrozenSet[str]] = {
    "passphrase": _SRT_ELEMENTS,
    "user-pw": _HTTP_ELEMENTS, "proxy-pw": _HTTP_ELEMENTS,
    "passwd": frozenset({"curlhttpsink", "curlftpsink", "curlsmtpsink", "curlsftpsink", "curlfilesink"}),
    "proxy-passwd": frozenset({"curlhttpsink"}),
    "secret-access-key": _AWS_ELEMENTS, "session-token": _AWS_ELEMENTS,
    "auth-token": frozenset({"whipsink", "whepsrc"}),
}
_GST_PROPERTY_HEADS = tuple(f"{name}=" for name in _GST_SECRET_PROPERTIES)
# (a value in a language's string: bare up to a blank, a quote, `!`, `\`; in the pipeline's own quotes, escaped
# inside the language's string or not, one word: `"` right after `=` closes a code string as often, `"…=" + pw`)
_GST_PROPERTY = lazy_regex(
    r"""(?<![\w.:-])(?P<name>passphrase|user-pw|proxy-pw|passwd|proxy-passwd|secret-access-key|session-token|auth-token)="""
    r"""(?:\\"(?P<eq>[^"\\\s]{1,256})\\"|(?P<q>["'])(?P<quoted>[^"'\s]{1,256})(?P=q)(?=[\s!"',;)]|$)"""
    r"""|(?P<bare>[^\s"'!\\,;()]{1,256}))""")
_GST_ELEMENT = lazy_regex(
    r"""(?<![\w.-])(?:srt(?:client|server)?(?:src|sink)|rtspsrc|rtspclientsink|souphttp(?:src|clientsink)|reqwesthttpsrc"""
    r"""|curl(?:http|ftp|smtp|sftp|file)sink|awss3(?:sink|src|putobjectsink|hlssink)|awstranscriber|whipsink|whepsrc)(?![\w-])""")
_GST_LINES_ABOVE = 8  # lines above a property its element may stand on (a pipeline split over adjacent strings)
_GST_READ = 2048  # characters of a line (before the property, at the end of a line above) read for its element


def _gstreamer_properties(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A GStreamer element's secret property in a pipeline description (see _GST_SECRET_PROPERTIES): the element
    is the last one since the last `!` before the property, on its line or the lines above."""
    line = line_text(lines, index)
    above: Optional[str] = None  # the element the lines above leave open ("": none), found once a line
    # (the text before each property is read once a line: the last element seen, where it ends, and how far
    # the line was read; a line of 16 properties each 2 KB after the last `!` read 2 KB, not 32 KB)
    last: Optional[Tuple[str, int]] = None
    read_to = 0
    for count, found in enumerate(_GST_PROPERTY.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        value = found.group("eq") or found.group("quoted") or found.group("bare") or ""
        if not _literal(value) or value.startswith(("{", "@")):
            continue  # (a format's field `{pw}`, a template's `@PW@`, `%s`, `$PW`)
        link = line.rfind("!", 0, found.start())
        floor = max(link + 1, found.start() - _GST_READ)
        for seen in _GST_ELEMENT.finditer(line, max(floor, read_to), found.start()):
            last = (seen.group(0), seen.start())
        read_to = found.start()
        if last is not None and last[1] >= floor:
            element = last[0]
        elif link >= 0:
            continue
        else:
            if above is None:
                above = _gstreamer_element_above(lines, index)
            element = above
        name = found.group("name")
        if element in _GST_SECRET_PROPERTIES[name]:
            yield f"the GStreamer element {element}'s {name}", "password", value


def _gstreamer_element_above(lines: Sequence[str], index: int) -> str:
    """The last element on the lines above (after the last `!` of the nearest line holding one) before a
    property opening its line's pipeline text ("" where none stands within _GST_LINES_ABOVE)."""
    tails = _GST_TAILS.of(lines)
    for above in range(index - 1, max(-1, index - 1 - _GST_LINES_ABOVE), -1):
        tail = tails.get(above)
        if tail is None:  # (each line's tail read once a file: consecutive properties ask of the same lines)
            text = line_text(lines, above)[-_GST_READ:]
            elements = _GST_ELEMENT.findall(text, text.rfind("!") + 1)
            tail = tails[above] = (str(elements[-1]) if elements else "", "!" in text)
        if tail[0]:
            return tail[0]
        if tail[1]:
            return ""
    return ""


# Each line's tail as _gstreamer_element_above reads it (line number -> its last element after its last `!`, or
# "", and whether it holds a `!`), for the file being read.
_GST_TAILS: "LastFileMemo[Dict[int, Tuple[str, bool]]]" = LastFileMemo(lambda lines: {})


# What a line must hold for command_line_secrets to find anything on it (the literal kind's per-line
# dispatch, kinds/_triggers.py): a tool's name (_hinted), a setter's or an environment read's word, a
# MySQL client's, Tasmota's Backlog, setenv/pushenv/setx.
COMMAND_LINE_TRIGGERS: Triggers = Triggers(
    exact=_SETTER_WORDS + ("SSHPASS", "etenv", "nvironmentVariable", "indProperty", "mysql", "mariadb", "acklog", "add_user",
                           "change_password", ":set-config", "config:system:set", "config:app:set", "server-command", '=["', "_OPTS",
                           "_ARGS", "_OPTIONS", "digest", "<Arguments>") + _KDB_OPENERS + ("-tp", "hopen") + _GST_PROPERTY_HEADS,
    folded=_HINT_WORDS + ("net ", "setenv", "pushenv", "setx", "login", "cf auth", ".key=", "zip", "basicauth=", "smbfs", "smbutil",
                          "activat", "licen", "product") + _REGISTRY_HEADS,
    # (a generic `-u <user> … -p <password>`: _user_and_password; Transifex's and Phrase's token options;
    # curl's -u: curl_users)
    pairs=(("-u ", "-p "), ("-u ", "-w "), ("--user", "--pass"), ("-u=", "-p="), ("@", "--pass"), ("@", "-p "), ("tx", "--token"),
           ("phrase", "--access"),
           ("curl", "-u"), ("curl", "--user"), ("q ", ".q"), ("q ", ".k"), ("q\t", ".q"), ("q\t", ".k"),
           # (1C:Enterprise's batch-mode launch and its /P password: _onec_passwords)
           *((mode, option) for mode in ("DESIGNER", "ENTERPRISE", "CREATEINFOBASE", "Designer", "Enterprise", "designer",
                                         "enterprise") for option in ("/P", "/p"))))


def command_line_secrets(lines: Sequence[str], index: int, in_code: bool) -> Iterator[Found]:
    """(what it is, the key to judge it under, the value) of each secret the line's command lines,
    setter calls, console commands and environment settings hold as a literal."""
    line = lines[index] if index < len(lines) else ""
    lowered = line.lower()
    if _hinted(lowered):
        yield from _tool_secrets(line)
    if "(" in line:
        if any(word in line for word in _SETTER_WORDS):
            for found in _SETTER_PAIR.finditer(line):
                if found.group("call") is not None:
                    user = found.group("user")
                    who = f" for user {user}" if not looks_generated(user) else ""  # (a key sent as the user)
                    yield f"{found.group('call')}(…){who}", "password", found.group("pw")
                else:
                    yield f"{found.group('call2')}(…)", "password", found.group("pw2")
        if "etenv" in line or "nvironmentVariable" in line or "indProperty" in line:
            for found in _READ_FALLBACK.finditer(line):
                yield f"the literal fallback of a read of {found.group('name')}", found.group("name"), found.group("value")
    if ("-p" in line or "--password=" in line) and ("mysql" in line or "mariadb" in line):
        tool = _LISTED_MYSQL.search(line)
        if tool is not None:
            for count, found in enumerate(_GLUED_LISTED_PASSWORD.finditer(line, tool.end())):
                if count >= _TOOLS_A_LINE:
                    break
                yield f"{tool.group('tool')}'s password in an argument list", "password", found.group("value")
    if ("-u " in line and ("-p " in line or "-w " in line)) or ("--user" in line and "--pass" in line) \
            or ("-u=" in line and "-p=" in line) or ("@" in line and "--pass" in line) \
            or ("@" in line and "-p " in line and _HOST_OPTION.search(line) is not None):
        yield from _user_and_password(lines, index)  # (a user as an SSH destination too: `-H deploy@web1 --password …`)
    if "digest" in line:
        yield from digest_auths(line)
    if "add_user" in line or "change_password" in line:
        yield from _rabbit_through_variable(lines, line)
    if ":set-config" in line or "config:system:set" in line or "config:app:set" in line:
        yield from _occ_settings(line)
    if "server-command" in line:
        yield from _papercut_settings(line)
    if '=["' in line and ("-s" in line or "--set" in line):
        for count, found in enumerate(_LISTED_SETTING.finditer(line)):
            if count >= _TOOLS_A_LINE:
                break
            yield f"the setting {found.group('name')} of a -s option", found.group("name").rsplit(".", 1)[-1], found.group("value")
    if "asicauth=" in lowered:
        for count, found in enumerate(_BASICAUTH_PROPERTY.finditer(line)):
            if count >= _TOOLS_A_LINE:
                break
            yield f"the Java property -D{found.group('name')} of user {found.group('user')}", "password", found.group("pw")
    if "_OPTS" in line or "_ARGS" in line or "_OPTIONS" in line:
        yield from _tool_options_variable(line)
    if ("/P" in line or "/p" in line) and _ONEC_LAUNCH.search(line) is not None:
        yield from _onec_passwords(line)
    if "SSHPASS" in line:
        yield from _tool_password_variables(line, in_code)
    if "<Arguments>" in line:
        yield from _task_arguments(lines, index)
    if "=" in line and any(head in line for head in _GST_PROPERTY_HEADS):
        yield from _gstreamer_properties(lines, index)
    if ":" in line and (any(opener in line for opener in _KDB_OPENERS) or "-tp" in line or "hopen" in line
                        or (("q " in line or "q\t" in line) and (".q" in line or ".k" in line))):
        yield from _kdb_handles(line)
    if ("-u" in line or "--user" in line) and "curl" in lowered:
        yield from curl_users(line)
    if "//" in line and ("smbfs" in lowered or "smbutil" in lowered):
        yield from _smb_mount_logins(line)
    if ".key=" in line:
        for count, found in enumerate(_PROPERTY_KEY.finditer(line)):
            name = found.group("name")
            if count >= _TOOLS_A_LINE:
                break
            if name.lower() in _SECURE_PROPERTIES_KEYS or "mule" in lowered:
                value = found.group("dq") or found.group("sq") or found.group("bare") or ""
                yield f"the secure-properties key -D{name}", "encryption key", value
    if "activat" in lowered or "licen" in lowered or "product" in lowered:
        yield from licence_activations(line)
    if ("reg" in lowered and "/v" in lowered and "/d" in lowered) or ("itemproperty" in lowered and ("-value" in lowered or "set-itemproperty" in lowered)):
        yield from registry_values(line)
    if not in_code:
        yield from console_commands(line)
        if "setenv" in lowered or "pushenv" in lowered or "setx" in lowered:
            found = _SETENV.match(line)
            if found is not None:
                value = found.group("dq") or found.group("sq") or found.group("bare") or ""
                key = found.group("key")
                yield f"setenv {key}", "password" if key in _TOOL_PASSWORD_VARIABLES else key, value


# kdb+ (q) connection handles: `:host:port:user:password` (hopen's symbol `` `:h:5010:u:pw ``, its string
# `"…"`, `` `$":…" ``; `tcps://` and `unix://` hosts, an empty host for the local one), the same in a variable
# (`TP_CONN=:h:5010:u:pw`); without its leading colon after kdb+tick's `-tp` (chainedtick.q) and as an argument
# of a q script's command line (`q tick/r.q tp:5010:u:pw hdb:5012`). A handle's password ends at a blank, a
# quote, a backtick, `;`, `)` or `]`.
_KDB_HANDLE = lazy_regex(
    r""":(?:(?:tcps|unix)://)?(?P<host>[A-Za-z0-9.-]{0,253}):(?P<port>[0-9]{1,5}):(?P<user>[A-Za-z_][\w.-]{0,63})"""
    r""":(?P<pw>[^\s"'`;)\]]{1,256})""")
# (a symbol's backtick, a string's quote, an assignment's `=`; a blank, a parenthesis, a bracket, `;` or `,` too on
# a line that opens a handle (`hopen`) or runs q)
_KDB_HANDLE_OPENERS = frozenset("`\"'=")
_KDB_LINE_OPENERS = frozenset(" \t([;,")
_KDB_ADDRESS = lazy_regex(
    r"""^:?(?:(?:tcps|unix)://)?(?P<host>[A-Za-z0-9.-]{1,253}):(?P<port>[0-9]{1,5}):(?P<user>[A-Za-z_][\w.-]{0,63})"""
    r""":(?P<pw>[^\s"'`;)\]]{1,256})$""")
_Q_SCRIPT_LINE = lazy_regex(r"""(?<![\w.-])q(?:\.exe)?[ \t]+[^\s]{0,256}?\.[qk](?=[\s"']|$)""")
_KDB_TP_OPTION = "-tp"
_KDB_HANDLES_A_LINE = 16
_KDB_LINE_READ = 8192  # characters of a line handles are looked for in


def _kdb_handles(line: str) -> Iterator[Found]:
    """kdb+ connection handles' passwords on the line (see _KDB_HANDLE)."""
    if ":" not in line:
        return
    script = _Q_SCRIPT_LINE.search(line, 0, _KDB_LINE_READ) if ".q" in line or ".k" in line else None
    q_line = script is not None or "hopen" in line or _KDB_TP_OPTION in line
    for found in itertools.islice(_KDB_HANDLE.finditer(line, 0, _KDB_LINE_READ), _KDB_HANDLES_A_LINE * 4):
        start = found.start()
        if start and line[start - 1] not in _KDB_HANDLE_OPENERS and not (q_line and line[start - 1] in _KDB_LINE_OPENERS):
            continue
        yield f"a kdb+ connection handle of user {found.group('user')}", "password", found.group("pw")
    if script is None and _KDB_TP_OPTION not in line:
        return
    tokens = _tokens(line, script.end() if script is not None else 0)
    for position, token in enumerate(tokens):
        if token.startswith(":") or ":" not in token:
            continue  # (a leading colon's handle is read above)
        if script is None and (position == 0 or tokens[position - 1] != _KDB_TP_OPTION):
            continue
        address = _KDB_ADDRESS.match(token)
        if address is not None and _literal(token):
            yield f"a kdb+ connection handle of user {address.group('user')}", "password", address.group("pw")


def _tool_password_variables(line: str, in_code: bool) -> Iterator[Found]:
    """A literal set to an environment variable a tool reads its password from (_TOOL_PASSWORD_VARIABLES):
    `export SSHPASS='…'`, `SSHPASS=… sshpass -e ssh …`, `SSHPASS: "…"`, `ENV SSHPASS …`. (Not a
    reference: `$VAR`, `${{ secrets.X }}`, `$(cat f)`; nor, in code, a bare expression; nor the name
    in prose, a blank after it, unless a Dockerfile's `ENV` sets it so.)"""
    dockerfile_env = line.lstrip()[:4].upper() in ("ENV ", "ENV\t")
    for count, found in enumerate(_TOOL_PASSWORD_VARIABLE.finditer(line, 0, _DEVICE_LINE_READ)):
        if count >= _TOOLS_A_LINE:
            return
        if not found.group("sep").strip() and not dockerfile_env:
            continue  # (`ENV SSHPASS value` sets it with a blank; prose names it so)
        if found.group("sq") is not None:
            value = found.group("sq")
            if value.startswith("$") or "${" in value or "$(" in value:
                continue  # (a reference of another language in single quotes: `'${{ secrets.X }}'`)
        else:
            value = found.group("dq") if found.group("dq") is not None else found.group("bare")
            if found.group("bare") is not None and (in_code or _BARE_CALL.match(value)):
                continue  # (an expression: anywhere, a call's name and its `(`, as a Jenkinsfile's `credentials('id')`)
            if "$" in value and not _inert_dollars(value) and not (
                    found.group("sep").strip() == ":" and _MAPPED_LITERAL_DOLLARS.match(value) is not None):
                continue  # (a shell's, a CI's expansion)
        yield f"the {found.group('name')} variable (sshpass -e reads it)", "password", value


# (stop 61) A mapping's value (a CI file's `variables:`, `env:`) whose every `$` stands inside it before a run no variable is
# named by (`Kilim$Rojbin1355`: mixed case, digits): a chosen password's symbol, as the keyword judgement reads it; a
# variable's upper-case name after it (`deploy-$CI_ENVIRONMENT`, `$DEPLOY_PW`), `${…}`, `$(…)` or a leading `$` is a reference.
_MAPPED_LITERAL_DOLLARS = lazy_regex(r"""^[^\s$](?:[^$\s]|\$(?![A-Z_][A-Z0-9_]*(?!\w)|[{(]))*$""")


# A generic `-u <user> … -p <password>` in one command (a site's script run with its login: `%PROPY%
# rebuild.py -s https://… -u admin -p …`, `cf login -u … -p …`, a `podman login` continued): a `-p` beside
# a user is a password, as a reader takes it; `-w` so in a login (`… login -u u -w pw`). Not where `-p`
# alone prompts and the word after it is a database (the MySQL clients), nor a port (`-p 2222`), a
# published port (`-p 8080:80`), a path: the value is judged as a password.
_PROMPTING_TOOLS = ("mysql", "mariadb")
_PROMPTING = lazy_regex(r"(?i)mysql|mariadb")
_NOT_PASSWORD_VALUE = lazy_regex(r"""^(?:[\d.:\[\],-]{1,64}(?:/(?:tcp|udp|sctp))?|[^\s]{0,64}://[^\s]{0,512})$""")
_REDIRECTIONS = (">", "<", "2>", "1>", "&>")
# (a user's option, and a password's beside it: `-u u -p pw`, `--user u --password pw`, `-u=u -p=pw`)
_USER_OPTIONS = frozenset({"-u", "--user", "--username"})
_PASSWORD_OPTIONS = frozenset({"-p", "--password", "--pass", "--passwd"})
_PYTHON = lazy_regex(r"""^(?:[^\s]{0,200}[/\\])?(?:python[0-9.]{0,5}|py|pypy3?)(?:\.exe)?$""", re.IGNORECASE)
# (review stop 61) A host option before an SSH destination naming its user (Fabric 1's `fab -H deploy@web1 -p '…'`: its
# `-p` is the password): the line read for `-p` beside a destination only where a host option names it (ssh's `-p` after
# `user@host` is a port, a number, which _NOT_PASSWORD_VALUE passes).
_HOST_OPTION = lazy_regex(r"""(?:^|[ \t])(?:-H|--hosts?)[ \t=]+["']?[A-Za-z_][\w.-]{0,31}@""")
# An SSH destination naming its user (`deploy@web1.acme.rw`, `ops@10.0.0.5:2222`), what Fabric's `-H`, ssh and scp take:
# the user a `--password` beside it logs in as.
_USER_AT_HOST = lazy_regex(r"""^[A-Za-z_][\w.-]{0,31}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){0,8}[A-Za-z0-9-]{1,63}(?::[0-9]{1,5})?$""")


def _user_and_password(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    lowered = line.lower()
    if any(tool in lowered for tool in _PROMPTING_TOOLS):
        return
    # (a command continued from the lines above: a MySQL client there prompts for its `-p` too)
    above = index - 1
    while above >= 0 and index - above <= _CONTINUATIONS_READ and lines[above].rstrip().endswith(_CONTINUED):
        if any(tool in lines[above].lower() for tool in _PROMPTING_TOOLS):
            return
        above -= 1
    found = _login_in_tokens(_tokens(line, 0))
    if found is not None:
        _, option, user, password = found
        yield f"a command's {option} beside {user}", "password", password


def _login_in_tokens(tokens: Sequence[str]) -> Optional[Tuple[int, str, str, str]]:
    """(the password's token position, its option, the user, the password) of the first `-u <user> … -p
    <password>` (`--user`/`--password`, `-u=`/`-p=`, a login's `-w`) of one command in the tokens, or None."""
    user = ""
    login = False
    for position, token in enumerate(tokens):
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            user, login = "", False  # the next command's options are its own
            continue
        option, glued, following = token.partition("=")
        if not glued:
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
        elif option not in _USER_OPTIONS and option not in _PASSWORD_OPTIONS:
            continue
        if token == "login":
            login = True
        elif option in _USER_OPTIONS and _argument(following) and "://" not in following \
                and not (position and _PYTHON.match(tokens[position - 1])):
            user = following  # (python's own `-u` is unbuffered output: the word after it is the script)
        elif not user and "@" in token and not token.startswith("-") and _USER_AT_HOST.match(token) is not None:
            user = token.partition("@")[0]  # (an SSH destination, as a host option or alone: Fabric's `-H deploy@web1`)
        elif user and (option in _PASSWORD_OPTIONS or (option == "-w" and login)) and _argument(following) \
                and not _NOT_PASSWORD_VALUE.match(following) and not following.startswith(_REDIRECTIONS):
            return position + (0 if glued else 1), option, user, following
    return None


# The same `-u <user>` on a line its command continues from (`\`, cmd's `^`, PowerShell's backtick) and the
# password's option on a line below, an option a line as scripts write a long command (Veeva Vault Loader's
# `java -jar VaultDataLoader.jar \` / `-dns … \` / `-u … \` / `-p '…' \`): read from the user's line.
_LINE_TOKENS_READ = 4096  # characters of a continued line tokenized (its first _TOKENS_READ tokens are read)


def _continued_user_and_password(lines: Sequence[str], index: int) -> Iterator[Placed]:
    read = _read_below(lines, index)
    if not read.continues(index) or read.prompts(index):
        return
    above = index - 1  # (a MySQL client the command starts with, above, prompts for its `-p`)
    while above >= 0 and index - above <= _CONTINUATIONS_READ and read.continues(above):
        if read.prompts(above):
            return
        above -= 1
    tokens: List[str] = []
    ends: List[int] = []  # (each line's last token's position + 1)
    offset = 0
    while True:
        if offset and read.prompts(index + offset):
            return
        tokens.extend(read.words(index + offset))
        ends.append(len(tokens))
        if not read.continues(index + offset) or offset >= _CONTINUATIONS_READ or index + offset + 1 >= len(lines):
            break
        offset += 1
    found = _login_in_tokens(tokens)
    if found is None or found[0] < ends[0]:
        return  # (none, or on the user's line itself: the one-line reading's)
    at, option, user, password = found
    yield bisect.bisect_right(ends, at), f"a command's {option} beside {user} (continued lines)", "password", password, \
        Judgement.NAMED_AND_JUDGED


# A Java system property holding a Mule runtime's secure-properties key (`mvn deploy -Dmule.key=…`,
# `mule -M-Dmule.key=…`): the key `secure-properties:config key="${mule.key}"` decrypts every `![…]` value with.
# Its name is the project's choice: known names, or any `*.key` on a line that runs Mule.
_PROPERTY_KEY = lazy_regex(
    r"""(?<![\w-])(?:-M)?-D(?P<name>[A-Za-z][\w.-]{0,64}\.key)=(?:"(?P<dq>[^"\n$]{1,256})"|'(?P<sq>[^'\n]{1,256})'"""
    r"""|(?P<bare>[^\s"'`$;|&<>\\]{1,256}))"""
)
_SECURE_PROPERTIES_KEYS = frozenset({"mule.key", "secure.key", "mule.secure.key", "mule.encryption.key",
                                     "secure.properties.key", "mule.securekey"})


def tool_option_secrets(line: str) -> Iterator[Found]:
    """The password options of the known tools a line runs (documentation's command lines; curl's API key sent as
    its user is documented_curl_keys')."""
    lowered = line.lower()
    if _hinted(lowered):
        yield from _tool_secrets(line)
    yield from digest_auths(line)
    if ("-u" in line or "--user" in line) and "curl" in lowered:
        yield from curl_users(line, keys=False)


def documented_curl_keys(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str, str]]:
    """(offset, what, key, value) of an API key given as curl's `-u` user with no password or a stand-in one, on a
    line running curl or continuing a curl command (documentation's command lines: an example's key, which the
    literal kind reports as a warning, as it does the values documentation shows)."""
    line = lines[index] if index < len(lines) else ""
    if "-u" not in line and "--user" not in line:
        return
    if "curl" in line.lower():
        for what, key, value in curl_users(line):
            if key == "api_key":
                yield 0, what, key, value
    elif index and lines[index - 1].rstrip().endswith(_CONTINUED):
        for offset, what, key, value, _ in _continued_curl_users(lines, index):
            if key == "api_key":
                yield offset, what, key, value



# --- documentation's container runs and curl headers (blind round FW-FZ) -------------------------------------

# A container's environment given on its command line, as a page's code block starts one (`docker run … -e
# DOCKER_INFLUXDB_INIT_PASSWORD=… \`, `--env MYSQL_ROOT_PASSWORD="…"`, `-e "GF_SECURITY_ADMIN_PASSWORD=…"`): the
# variable's name and its literal (a script's is the keyword rules' `NAME=value`; a page's is read here, the
# literal kind's documentation bar deciding how sure). On the command's own line, or on a line continuing it.
# (review 64: Kubernetes' `kubectl run NAME --image=… --env=NAME=…`, OpenShift's `oc run`, as docker's run)
_CONTAINER_RUN = lazy_regex(
    r"""(?<![\w.-])(?:(?:docker|podman|nerdctl|finch)(?:\.exe)?(?:[ \t]+(?:container|compose|service))?[ \t]+(?:run|create)"""
    r"""|(?:kubectl|oc)(?:\.exe)?[ \t]+run)(?![\w-])""")
_CONTAINER_ENV = lazy_regex(
    r"""(?<![\w-])(?:-e|--env)(?:[ \t]+|=)(?P<q>["']?)(?P<name>[A-Za-z_][A-Za-z0-9_]{0,127})="""
    r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`\\;|&<>]{1,256}))(?=[\s"'\\]|$)""")
_CONTAINER_LINE_READ = 4096  # characters of a line its options are looked for in


def _continues_command(lines: Sequence[str], index: int, pattern: "re.Pattern[str]") -> bool:
    """The line holds the command `pattern` finds, or continues one begun on a line above (each line between
    ending with `\\`, cmd's `^` or PowerShell's backtick)."""
    if pattern.search(lines[index][:_CONTAINER_LINE_READ]) is not None:
        return True
    for above in range(index - 1, max(-1, index - 1 - _CONTINUATIONS_READ), -1):
        text = lines[above].rstrip()
        if not text.endswith(_CONTINUED):
            return False
        if pattern.search(text[:_CONTAINER_LINE_READ]) is not None:
            return True
    return False


def documented_container_env(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(what, key, value) of each variable a container's run sets on the line (see _CONTAINER_ENV): a literal,
    no shell expansion (`$PW`, `${PW}`, `$(cat pw)`; single quotes keep a `$` as written)."""
    line = lines[index] if index < len(lines) else ""
    if ("-e" not in line and "--env" not in line) or "=" not in line or not _continues_command(lines, index, _CONTAINER_RUN):
        return
    for count, found in enumerate(_CONTAINER_ENV.finditer(line, 0, _CONTAINER_LINE_READ)):
        if count >= _TOOLS_A_LINE:
            return
        value = found.group("sq") if found.group("sq") is not None else (found.group("dq") or found.group("bare") or "")
        if found.group("sq") is None and "$" in value and not _inert_dollars(value):
            continue
        name = found.group("name")
        yield f"the container's environment variable {name} (docker run -e)", name, value


# (stop 63) What a line setting a deployment's environment holds (_ENVIRONMENT_SETTERS' subcommands): the gate before
# documented_environment_settings reads its tools.
ENVIRONMENT_SETTING_HINTS = ("config:set", "secrets set", "set env", "--from-literal", "env add", "env set")


def documented_environment_settings(line: str) -> Iterator[Found]:
    """(what, key, value) of each variable a deployment's environment setter sets on the line (`kubectl set env
    deploy/x NAME=…`, `heroku config:set NAME=…`; _ENVIRONMENT_SETTERS): detect-secrets' keyword plugin reads the same
    `NAME=…` at the line's end as a documentation page's warning, which would stand in for this kind's reading."""
    if not any(hint in line for hint in ENVIRONMENT_SETTING_HINTS):
        return
    for what, key, value in _tool_secrets(line[:_CONTAINER_LINE_READ]):
        if what.split(" ", 1)[0] in _ENVIRONMENT_SETTERS:
            yield what, key, value


# curl's header naming a key or a token, quoted, on a line running curl or continuing a curl command (`-H "VeeziAccessToken:
# …"`, `--header 'X-Shop-Token: …'`): the header's name and its value (the Authorization header is the kind's own
# reading; the service kind's listed headers, `X-Api-Key`, its). The URL the command sends it to is returned too: a
# documentation or loopback host is a tutorial's.
_CURL = lazy_regex(r"""(?<![\w.-])curl(?:\.exe)?(?=[ \t]|$)""")
_CURL_HEADER = lazy_regex(
    r"""(?<![\w-])(?:-H|--header)(?:[ \t]+|=)?(?P<q>["'])(?P<name>[A-Za-z][A-Za-z0-9_-]{0,63})[ \t]*:[ \t]*"""
    r"""(?P<value>[^\s"']{1,512})(?P=q)""")
_CURL_URL_HOST = lazy_regex(r"""https?://(?:[^\s/@"']{1,256}@)?(?P<host>[A-Za-z0-9.-]{1,253})""")


def _command_url_host(lines: Sequence[str], index: int) -> str:
    """The host of the first URL on the lines of the command line `index` stands in (its lines continued above and
    below it), or `""`."""
    first = index
    while first > 0 and index - first < _CONTINUATIONS_READ and lines[first - 1].rstrip().endswith(_CONTINUED):
        first -= 1
    last = index
    while last + 1 < len(lines) and last - index < _CONTINUATIONS_READ and lines[last].rstrip().endswith(_CONTINUED):
        last += 1
    for at in range(first, last + 1):
        url = _CURL_URL_HOST.search(lines[at][:_CONTAINER_LINE_READ]) if "://" in lines[at] else None
        if url is not None:
            return url.group("host")
    return ""


def command_url_host(lines: Sequence[str], index: int) -> str:
    """The host of the first URL of the command line `index` stands in (see _command_url_host), or `""`."""
    return _command_url_host(lines, index)


def documented_curl_headers(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, str, str]]:
    """(what, key, value, host) of each curl header on the line naming a key or a token (see _CURL_HEADER); the host
    of the command's first URL on its lines up to this one (`""`: none written)."""
    line = lines[index] if index < len(lines) else ""
    if ("-H" not in line and "--header" not in line) or not _continues_command(lines, index, _CURL):
        return
    from secretfence.kinds._service_reading import AUTH_HEADERS

    host = _command_url_host(lines, index)
    for count, found in enumerate(_CURL_HEADER.finditer(line, 0, _CONTAINER_LINE_READ)):
        if count >= _TOOLS_A_LINE:
            return
        name = found.group("name")
        if name.lower() in AUTH_HEADERS or name.lower() == "authorization":
            continue  # (read by the service kind, and the Authorization header by the literal kind's own reading)
        yield f"curl's {name} header", name, found.group("value"), host

# A Windows scheduled task's action (its XML, as Task Scheduler exports it or keeps it in System32\Tasks, a
# file without an extension): `<Command>sqlcmd.exe</Command>` then `<Arguments>-S h -U u -P pw</Arguments>`,
# the arguments XML-escaped (`&quot;`): read as the command's line.
_TASK_ARGUMENTS = lazy_regex(r"""<Arguments>(?P<args>[^<\n]{1,4096})</Arguments>""")
_TASK_COMMAND = lazy_regex(r"""<Command>[ \t]*(?P<command>[^<\n]{1,512}?)[ \t]*</Command>""")
_TASK_COMMAND_LINES = 3
def _task_arguments(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    found = _TASK_ARGUMENTS.search(line)
    if found is None:
        return
    command = None
    for spot in range(index, max(-1, index - 1 - _TASK_COMMAND_LINES), -1):
        command = _TASK_COMMAND.search(lines[spot])
        if command is not None:
            break
    program = xml_unescaped(command.group("command")).strip('"') if command is not None else ""
    program = program.replace("\\", "/").rsplit("/", 1)[-1]
    text = f"{program} {xml_unescaped(found.group('args'))}"
    if _hinted(text.lower()):
        for what, key, value in _tool_secrets(text):
            yield f"{what} in a scheduled task's arguments", key, value


# curl's `-u user:password` where the form the literal kind reads leaves it: the password holding a `$` that
# starts no shell variable's conventional name (`Copper$Orbit3364`: `$Orbit3364` is mixed case, a word of the
# password, as in a Jenkins job DSL's shell step), and an API key sent as the user with no password
# (`-u <key>:`, Stripe's, Phrase's, Chargebee's way; the key looks generated) or with a stand-in password the
# service ignores (`-u <key>:x`, `-u <key>:X`: Elvanto's, Freshdesk's, BambooHR's, Harvest's; `<key>:api_token`,
# Toggl's; `<key>:x-oauth-basic`, GitHub's), the key being the credential.
# (curl takes a short option's value joined to it, `-uKEY:x`, as getopt does)
_CURL_OPTION_USER = lazy_regex(
    r"""(?<![\w-])(?:-u(?:[ \t]+|=)?|--user(?:[ \t]+|=))(?P<q>["']?)(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"']{0,256})(?P=q)(?=[\s;|&)]|$)"""
)
# (a `$` before a name or digits: `$Orbit3364`, `$97`)
_DOLLAR_WORD = lazy_regex(r"""\$(?P<name>[A-Za-z_][A-Za-z0-9_]{0,63}|[0-9]{1,16}(?![0-9A-Za-z_]))""")
# curl's `-u` whose user is a variable (make's `$(NDC_USER)`, the shell's `${USER}`) and whose password is a literal:
# the user comes from elsewhere, the password is written here.
_KEY_AS_USER = lazy_regex(r"""(?i)token|key|secret|pat\b""")
_USER_REFERENCE = (r"""\$\([A-Za-z_][\w.]{0,63}\)|\$\{[A-Za-z_]\w{0,63}\}|\$[A-Za-z_]\w{0,63}"""
                   # (a CI expression, GitHub Actions' `${{ secrets.ART_USER }}`)
                   r"""|\$\{\{[ \t]{0,4}[A-Za-z_][\w.-]{0,63}[ \t]{0,4}\}\}""")
# (a user in parts, a variable among them: a domain's `${DOMAIN}\\svc`, `CORP\\$USER`; Genetec's Web SDK
# `<user>;<application id>`, `svc_foh;${APPID}`)
_USER_PART = r"""(?:""" + _USER_REFERENCE + r"""|[\w.@-]{1,64})"""
_CURL_REFERENCE_USER = lazy_regex(
    r"""(?<![\w-])(?:-u(?:[ \t]+|=)?|--user(?:[ \t]+|=))(?P<q>["']?)(?P<user>""" + _USER_PART
    + r"""(?:(?:;|\\{1,2})""" + _USER_PART + r"""){0,3})"""
    r""":(?P<pw>[^\s"'$`]{1,256})(?P=q)(?=[\s;|&)]|$)"""
)


def _dollar_in_literal(value: str) -> bool:
    """A value whose `$`s each stand after a literal part and before a mixed-case name or digits (no `$VAR`,
    `$var`, `${…}`, `$(…)`, a `$1` alone): a shell would expand it (`$97` as the ninth argument and a 7), but the
    writer meant the `$` as a character (`Copper$Orbit3364`, `Falcon$2024`)."""
    if value.find("$") < 3 or "${" in value or "$(" in value:
        return False
    names = 0
    for found in _DOLLAR_WORD.finditer(value):
        name = found.group("name").strip("_")
        names += 1
        if names > 4 or not name or (not name.isdigit() and (name.isupper() or name.islower())):
            return False
    return names > 0 and names == value.count("$")


# (a password's literal run before its first `$`: ten letters and digits or more)
_LITERAL_BEFORE_DOLLAR = lazy_regex(r"""^[A-Za-z0-9]{10,128}(?=\$)""")


def _generated_before_dollar(value: str) -> bool:
    """A value whose literal run before its first `$` is a generated password on its own (both cases, a digit, eight
    distinct: `Uh7zcgWP5gz1u$e49`): whatever the shell makes of the `$` and what follows it (a variable, nothing), the
    password was written here. (`$USER`, `${PW}`, `prefix$NAME`, `secret$x` hold no such run.)"""
    run = _LITERAL_BEFORE_DOLLAR.match(value)
    if run is None:
        return False
    text = run.group(0)
    return (any(character.isupper() for character in text) and any(character.islower() for character in text)
            and any(character.isdigit() for character in text) and len(set(text)) >= 8)


def curl_users(line: str, keys: bool = True) -> Iterator[Found]:
    """curl's `-u` given a password with a literal `$`, or an API key with no password or a stand-in one (see
    _CURL_OPTION_USER; _helpers.is_stand_in_password); `keys`: the API keys too (documentation reads them apart)."""
    for count, found in enumerate(_CURL_OPTION_USER.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        user, password = found.group("user"), found.group("pw")
        if is_stand_in_password(password):
            if keys and looks_generated(user) and not user.startswith("+") and not named_like_an_account(user):
                how = "no password" if not password else "a stand-in password"
                yield f"an API key given as curl's -u user with {how}", "api_key", user
        elif "$" in password and (found.group("q") == "'" or _dollar_in_literal(password) or _generated_before_dollar(password)):
            yield f"curl's -u password of user {user}", "password", password
    if ":" in line and "$" in line:
        for count, found in enumerate(_CURL_REFERENCE_USER.finditer(line)):
            if count >= _TOOLS_A_LINE:
                return
            user, password = found.group("user"), found.group("pw")
            if "$" not in user:
                continue  # (a literal user's pair: the kind's pairs read it)
            variable = user.strip("${}() \t").rsplit(".", 1)[-1]  # (`${{ secrets.ART_USER }}` names ART_USER)
            if (_KEY_AS_USER.search(variable) and ";" not in user and "\\" not in user) or is_stand_in_password(password):
                continue  # (a token sent as the user: the password is the scheme's filler, GitHub's `x-oauth-basic`)
            yield f"curl's -u password of user {user}", "password", password


# macOS' (and the BSDs') SMB mounts take the login in the share's path, scheme-less:
# `mount_smbfs //[domain;][user[:password]@]server/share <mountpoint>`, `mount -t smbfs //…`, `smbutil view //…`
# (a `@` or `:` of the password is written raw or percent-encoded; the host follows the last `@`).
_SMB_MOUNT_TOOL = lazy_regex(r"""(?i)(?:(?:^|[\s;&|(`"'/])(?P<tool>mount_smbfs|smbutil)|[ \t]-t[ \t]*smbfs)(?=[\s"'`,]|$)""")
_MOUNT_READ = 200  # characters before `-t smbfs` its `mount` is looked for in
_SMB_MOUNT_PATH = lazy_regex(
    r"""(?<![\w:/])//(?:(?P<domain>[^\s;/@:"'`]{1,64});)?(?P<user>[^\s;/@:"'`]{1,128}):(?P<pw>[^\s/"'`]{1,256})"""
    r"""@(?P<host>[A-Za-z0-9._-]{1,253}|\[[0-9A-Fa-f:.]{2,64}\])(?=[:/\s"'`]|$)"""
)


def _smb_mount_logins(line: str) -> Iterator[Found]:
    """The password of an SMB mount's `//[domain;]user:password@server/share` (see _SMB_MOUNT_PATH)."""
    tool = _SMB_MOUNT_TOOL.search(line)
    if tool is None or (tool.group("tool") is None and "mount" not in line[max(0, tool.start() - _MOUNT_READ):tool.start()].lower()):
        return
    for count, found in enumerate(_SMB_MOUNT_PATH.finditer(line, tool.end())):
        if count >= _TOOLS_A_LINE:
            return
        password = found.group("pw")
        if "$" in password and not (_inert_dollars(password) or _dollar_in_literal(password)):
            continue  # (`//$USER:$PASS@host/share`, `//u:${PW}@…`: expanded)
        domain = found.group("domain")
        who = f"{domain};{found.group('user')}" if domain else found.group("user")
        yield f"an SMB mount's path //{who}@{found.group('host')}", "password", password


# ZooKeeper's digest authentication `user:password`: zkCli's `addauth digest u:pw`, the Java client's
# `addAuthInfo("digest", "u:pw".getBytes())`, Curator's `.authorization("digest", "u:pw".getBytes())`.
_DIGEST_AUTH = lazy_regex(
    r"""(?:\baddauth[ \t]+digest[ \t]+(?P<q>["']?)(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"']{1,256})(?P=q)(?=[\s;]|$)"""
    r"""|\b(?:addAuthInfo|authorization)\([ \t]*"digest"[ \t]*,[ \t]*"(?P<user2>[^\s:"$]{1,128}):(?P<pw2>[^"\n]{1,256})")"""
)


def continued_tool_options(lines: Sequence[str], index: int, keys: bool = True) -> Iterator[Placed]:
    """A known tool's password options on the lines continuing its command, or given a variable a line above
    assigns a literal (documentation's command lines; `keys`: curl's API key sent as its user too)."""
    line = lines[index] if index < len(lines) else ""
    continued = line.rstrip().endswith(_CONTINUED)
    if (continued or "$" in line) and _hinted(line.lower()):
        if continued:
            yield from _continued_options(lines, index)
        if "$" in line:
            yield from _referenced_options(lines, index)
    if ("-u" in line or "--user" in line) and index and lines[index - 1].rstrip().endswith(_CONTINUED) and "curl" not in line:
        yield from _continued_curl_users(lines, index, keys)


# A known tool's secret option given a variable (`lokalise2 --token "$LOKALISE_TOKEN"`) that a line a little
# above assigns a literal (`export LOKALISE_TOKEN=…`, `ENV NAME=…`, `$env:NAME = '…'`): the literal is the
# tool's secret, whatever the variable's name. (The assignment's line is reported.)
_REFERENCE = lazy_regex(r"""^\$\{?(?P<name>[A-Za-z_][A-Za-z0-9_]{0,63})\}?$""")
_REFERENCES_ABOVE = 12


# (PowerShell's variable, `$pw = '…'`: its literal is quoted; a bare right side is an expression, `$p = [Marshal]::…(`)
_ASSIGNMENT = lazy_regex(
    r"""^[ \t]*(?:export[ \t]+|ENV[ \t]+|set[ \t]+|\$env:|(?P<powershell>\$))?(?P<name>[A-Za-z_][A-Za-z0-9_]{0,63})[ \t]*:?=[ \t]*"""
    r"""(?:"(?P<dq>[^"\n$`\\]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?(powershell)(?!)|(?P<bare>[^\s"'$`\\;|&<>#]{1,512})))?"""
)
_ASSIGNMENT_END = lazy_regex(r"""[ \t]*(?:$|[;#])""")


def _assigned_above(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(offset, value) of the nearest literal assigned to `name` on the lines above (None: none, or the
    nearest assignment is no literal: a command's output, another variable)."""
    for above in range(index - 1, max(-1, index - 1 - _REFERENCES_ABOVE), -1):
        text = lines[above]
        if name not in text:
            continue
        found = _ASSIGNMENT.match(text)
        if found is None or found.group("name") != name:
            continue
        value = found.group("dq") or found.group("sq") or found.group("bare")
        if value is None or _ASSIGNMENT_END.match(text, found.end()) is None:
            return None
        return above - index, value
    return None


def _referenced_options(lines: Sequence[str], index: int) -> Iterator[Placed]:
    line = lines[index]
    seen: List[str] = []
    for count, (tool, end) in enumerate(_tools_on(line)):
        if count >= _TOOLS_A_LINE:
            return
        tokens = _tokens(line, end)
        key = _options_key(tool, tokens)
        options = _TOOL_OPTIONS.get(key or "", {})
        windows = tool in _WINDOWS_TOOLS
        for position, token in enumerate(tokens[:-1]):
            if token in _COMMAND_ENDS:
                break
            option, sign, given = token.partition("=")
            if not sign:
                given = tokens[position + 1]
            elif not given:
                continue
            if options.get(option.lower() if windows else option) != "value":
                continue
            reference = _REFERENCE.match(given)
            if reference is None or reference.group("name") in seen:
                continue
            seen.append(reference.group("name"))
            if len(seen) > _TOOLS_A_LINE:
                return
            assigned = _assigned_above(lines, index, reference.group("name"))
            if assigned is not None and assigned[1]:
                offset, value = assigned
                yield offset, f"{tool}'s option {option} given ${reference.group('name')}", "password", value, \
                    Judgement.NAMED_AND_JUDGED


# A known tool's path assigned to a variable (`set BULK=C:\…\EdFi.BulkLoadClient.Console.exe`, `set "TOOL=…"`,
# `TOOL=/opt/…/tool`, PowerShell's `$exe = "…"`), the command below run through the variable (`"%BULK%" -s … ^`,
# `call %BULK% …`, `"$TOOL" …`, `& $exe …`): the tool's options are read on that command and the lines continuing it.
_TOOL_PATH_ASSIGNMENT = lazy_regex(
    r"""^[ \t]*(?:@?(?i:set)[ \t]+"?|export[ \t]+|\$)?(?P<name>[A-Za-z_][\w]{0,63})[ \t]*=[ \t]*["']?(?P<path>[^"'\n;&|<>]{1,400})""")
_ASSIGNMENT_CLOSE = lazy_regex(r"""["']?[ \t]*\r?$""")
_TOOL_VARIABLE_RUN = lazy_regex(
    r"""^[ \t]*(?:@?(?i:call)[ \t]+|&[ \t]*)?["']?(?:%(?P<cmd>[A-Za-z_][\w]{0,63})%|\$\{?(?P<sh>[A-Za-z_][\w]{0,63})\}?)["']?(?=[ \t]|$)""")
_COMMAND_BELOW = 12  # lines below a tool's path assignment read for the command run through it


def _variable_tool_commands(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A known tool's options on a command run through the variable this line assigns the tool's path to."""
    assigned = _TOOL_PATH_ASSIGNMENT.match(lines[index])
    if assigned is None or _ASSIGNMENT_CLOSE.match(lines[index], assigned.end()) is None:
        return
    name = assigned.group("name")
    base = re.split(r"[/\\]", assigned.group("path").rstrip())[-1].lower()
    tool = _TOOL.match(base)
    if tool is None or tool.end() != len(base):
        return
    key = _options_key(tool.group("tool"), ())
    if key is None:
        return
    for below in range(index + 1, min(len(lines), index + 1 + _COMMAND_BELOW)):
        text = lines[below]
        if name not in text:
            continue
        command = _TOOL_VARIABLE_RUN.match(text)
        if command is None or name not in (command.group("cmd"), command.group("sh")):
            again = _TOOL_PATH_ASSIGNMENT.match(text)
            if again is not None and again.group("name") == name:
                return  # (the variable assigned again)
            continue
        for what, option_key, value in _option_values(key, _TOOL_OPTIONS[key], _tokens(text, command.end())):
            through = f"%{name}%" if command.group("cmd") else f"${name}"
            yield below - index, f"{what} (run through {through})", option_key, value, Judgement.NAMED_AND_JUDGED
        if text.rstrip().endswith(_CONTINUED):
            for offset, what, option_key, value, how in _options_below(lines, below, [key]):
                yield below - index + offset, what, option_key, value, how


def _continued_curl_users(lines: Sequence[str], index: int, keys: bool = True) -> Iterator[Placed]:
    """curl_users on a line continuing a curl command (`curl "https://…" \\` then `  -u <key>:`)."""
    for above in range(index - 1, max(-1, index - 1 - _CONTINUATIONS_READ), -1):
        text = lines[above]
        if not text.rstrip().endswith(_CONTINUED):
            return
        if "curl" in text and _CURL_WORD.search(text) is not None:
            for what, key, value in curl_users(lines[index], keys):
                yield 0, what, key, value, Judgement.NAMED_AND_JUDGED
            return


_CURL_WORD = lazy_regex(r"""(?:^|[\s;&|(`"'])curl(?:\.exe)?[ \t]""")


def digest_auths(line: str) -> Iterator[Found]:
    """ZooKeeper's digest `user:password` given to zkCli's addauth or to a client's addAuthInfo."""
    if "digest" not in line:
        return
    for count, found in enumerate(_DIGEST_AUTH.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        user = found.group("user") or found.group("user2") or ""
        password = found.group("pw") or found.group("pw2") or ""
        if _literal(password):
            yield f"ZooKeeper's digest auth of {user}", "password", password


# RabbitMQ's `add_user <user> <password>`, `change_password <user> <password>` given to a variable standing for
# rabbitmqctl (`CTL := docker exec rmq rabbitmqctl`, `$(CTL) add_user …`; `& $ctl change_password …`), in a file
# naming rabbitmqctl.
_RABBIT_FILE = LastFileMemo(lambda lines: any("rabbitmqctl" in text for text in itertools.islice(lines, 100_000)))
_VARIABLE_COMMAND = lazy_regex(r"""^(?:\$\([\w.-]{1,64}\)|\$\{[\w.-]{1,64}\}|\$[\w]{1,64}|%[\w]{1,64}%|!\w{1,64}!)$""")


def _rabbit_through_variable(lines: Sequence[str], line: str) -> Iterator[Found]:
    if "rabbitmqctl" in line or not _RABBIT_FILE.of(lines):
        return  # (rabbitmqctl named on the line is read as the tool's)
    tokens = _tokens(line, 0, 16)
    for position, token in enumerate(tokens):
        if token in _RABBIT_USER_COMMANDS and position + 2 < len(tokens):
            command = tokens[:position]
            if command and command[0] == "&":
                command = command[1:]  # (PowerShell's call operator)
            if command and _VARIABLE_COMMAND.match(command[0]) and _argument(tokens[position + 1]) \
                    and _argument(tokens[position + 2]):
                yield f"rabbitmqctl {token} of {tokens[position + 1]}", "password", tokens[position + 2]
            return


# Nextcloud's occ: `occ ldap:set-config <config> <key> <value>`, `occ config:system:set <key> --value=<value>`,
# `occ config:app:set <app> <key> --value <value>`: the value judged under its key (`ldapAgentPassword`,
# `mail_smtppassword`).
_OCC_SETTERS = {"ldap:set-config": 2, "config:system:set": 1, "config:app:set": 2}


def _occ_settings(line: str) -> Iterator[Found]:
    tokens = _tokens(line, 0, 32)
    for position, token in enumerate(tokens):
        keyed = _OCC_SETTERS.get(token)
        if keyed is None:
            continue
        rest = tokens[position + 1:]
        operands = [item for item in rest if not item.startswith("-")]
        if len(operands) < keyed:
            return
        key = operands[keyed - 1]
        value = ""
        if token == "ldap:set-config":
            value = operands[2] if len(operands) > 2 else ""
        else:
            for spot, item in enumerate(rest):
                if item.startswith("--value=") and len(item) > len("--value="):
                    value = item[len("--value="):]
                elif item in ("--value", "--value=") and spot + 1 < len(rest):
                    value = rest[spot + 1]  # (`--value 'x'`, `--value='x'`: the quoted part its own token)
        if value and _argument(value) and key.replace("_", "").isalnum():
            yield f"occ {token} {key}", key, value
        return


# PaperCut's server-command (NG / MF, `[app-path]/server/bin/<platform>/server-command`, `server-command.exe` on Windows):
# `server-command set-config <key> <value>` sets a configuration key of the Config Editor (`auth.webservices.auth-token`,
# the web services API's token; `system.mail.smtp-password`): the value judged under the key's last part
# (`auth-token`, `smtp-password`), its dots and dashes read as a name's words.
_PAPERCUT_COMMAND = lazy_regex(r"""(?:^|[\\/\s"'&;])server-command(?:\.exe)?["']?$""")


def _papercut_settings(line: str) -> Iterator[Found]:
    tokens = _tokens(line, 0, 32)
    for position, token in enumerate(tokens[:-2]):
        if token != "set-config" or position == 0 or _PAPERCUT_COMMAND.search(tokens[position - 1]) is None:
            continue
        key, value = tokens[position + 1], tokens[position + 2]
        name = key.rsplit(".", 1)[-1].replace("-", "_")
        if value and _argument(value) and name.replace("_", "").isalnum():
            yield f"PaperCut server-command set-config {key}", name, value
        return


# A list-valued setting given to `-s` (Keycloak's kcadm: `-s 'config.bindCredential=["…"]'`): the value
# judged under the setting's name.
_LISTED_SETTING = lazy_regex(
    r"""(?:^|[\s])(?:-s|--set)[ \t]+(?P<q>['"]?)(?P<name>[A-Za-z][\w.-]{0,80})=\[[ \t]*\\?"(?P<value>[^"\\\n$]{1,256})\\?"[ \t]*\]"""
)
# Solr's `SOLR_AUTHENTICATION_OPTS="-Dbasicauth=user:password"` (bin/solr's and SolrCLI's basic auth).
_BASICAUTH_PROPERTY = lazy_regex(
    r"""(?<![\w-])-D(?P<name>(?:solr\.)?(?i:basicauth))=(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"'`$]{1,256})"""
)
# A variable holding a known tool's options, named for the tool (the FreeIPA container's
# `IPA_SERVER_INSTALL_OPTS="-U -r REALM -p <password> …"`): read as that tool's command line.
_TOOL_OPTIONS_VARIABLE = lazy_regex(
    r"""(?:^|[\s;])(?P<name>[A-Za-z][A-Za-z0-9_]{1,60}?)_(?i:opts|args|options)[ \t]*[=:][ \t]*(?:"(?P<dq>[^"\n]{1,1024})"|'(?P<sq>[^'\n]{1,1024})')"""
)


def _tool_options_variable(line: str) -> Iterator[Found]:
    for count, found in enumerate(_TOOL_OPTIONS_VARIABLE.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        tool = found.group("name").lower().replace("_", "-")
        if tool in _TOOL_OPTIONS and tool not in _LOGIN_TOOLS and tool not in _WINDOWS_TOOLS:
            tokens = _tokens(found.group("dq") or found.group("sq") or "", 0)
            for what, key, value in _option_values(tool, _TOOL_OPTIONS[tool], tokens):
                yield f"{what} in the variable of {tool}'s options", key, value


# A licence's activation key given on a command line: `--activate <key>` (Agisoft Metashape's node-locked licence),
# `--activation-key|--activation-code`, `--license|--licence <key>`, `--product-key`; the key as vendors issue one,
# groups of four to eight capitals and digits joined by `-` (`XXXXX-XXXXX-…`). Not a licence's name (`--license
# Apache-2.0`, `--license MIT`), nor a placeholder's groups (`XXXXX-XXXXX-…`, `ABCDE-12345-…` counting up).
_ACTIVATION = lazy_regex(
    r"""(?<![\w-])(?:--?|/)(?P<option>(?i:activate|activation[-_]?(?:key|code)|licen[cs]e(?:[-_]?(?:key|code))?|product[-_]?key))"""
    r"""(?:=|[ \t]+)(?P<q>["']?)(?P<value>[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,7})(?P=q)(?![\w-])""")
_ACTIVATION_READ = 4096  # characters of a line searched for activations


def _issued_licence_key(value: str) -> bool:
    """Groups as a vendor issues them: letters and digits mixed, ten distinct, no group counting up (see _ACTIVATION)."""
    return (looks_generated(value.replace("-", "")) and any(character.isalpha() for character in value)
            and not any(steps_up(group) for group in value.split("-")) and not is_placeholder(value))


def licence_activations(line: str) -> Iterator[Found]:
    """A licence key given to a command's activation option (see _ACTIVATION), judged as a licence key."""
    for count, found in enumerate(_ACTIVATION.finditer(line, 0, _ACTIVATION_READ)):
        if count >= _TOOLS_A_LINE:
            break
        if _issued_licence_key(found.group("value")):
            yield f"the licence key given to {found.group('option')}", "license-key", found.group("value")


# A PowerShell cmdlet's parameter named for a key, a password, a secret, a token or a pre-shared key given a literal
# (`New-AzStorageContext -StorageAccountName x -StorageAccountKey "…"`, `Connect-X -ApiKey '…'`, `Add-VpnConnection …
# -L2tpPsk "…"`), as a console's history or a pasted session holds it: a variable (`$key`, `$env:KEY`), a subexpression
# or a placeholder is none.
_CMDLET = lazy_regex(r"""(?<![\w-])[A-Z][a-z]{1,15}-[A-Z][A-Za-z0-9]{1,63}(?![\w-])""")
_CMDLET_SECRET_PARAMETER = lazy_regex(
    r"""(?<![\w-])-(?P<key>(?:[A-Za-z][A-Za-z0-9]{0,47})?(?:Key|Password|Passphrase|Secret|Token|Psk))[ \t]*(?::[ \t]*|[ \t]+)"""
    r"""(?:"(?P<dq>[^"`$\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'`$(@<{|;,][^\s"'`|;,)]{0,511}))(?=[\s;|)]|$)""")
_CMDLET_READ = 4096  # characters of a line searched for a cmdlet's parameters


def cmdlet_secret_parameters(line: str) -> Iterator[Found]:
    """(what, key, value) of each literal a PowerShell cmdlet's secret-named parameter is given (see
    _CMDLET_SECRET_PARAMETER), on a line that runs a cmdlet (`Verb-Noun`)."""
    found_cmdlet = _CMDLET.search(line, 0, _CMDLET_READ)
    if found_cmdlet is None:
        return
    for count, found in enumerate(_CMDLET_SECRET_PARAMETER.finditer(line, found_cmdlet.end(), _CMDLET_READ)):
        if count >= _TOOLS_A_LINE:
            break
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        yield f"{found_cmdlet.group(0)}'s -{found.group('key')}", found.group("key"), value


# A registry value written by a command, under its value's name: `reg add <key> /v <name> [/t REG_SZ] /d <data> [/f]`
# (its options in any order and case), PowerShell's `Set-ItemProperty|New-ItemProperty … -Name <name> … -Value <data>`.
# Winlogon's autologon (`/v DefaultPassword /d …`), a service's or an application's key under `/v ApiKey`: the name
# says what the data is, judged as any key's (a `%VAR%`, `$var` or `!VAR!` is a reference).
_REG_ADD = lazy_regex(r"""(?i)(?:^|(?<=[\s"'(&|;@]))(?:[\w:\\%.~-]{0,128}\\)?reg(?:\.exe)?["']?[ \t]+add[ \t]""")
_ITEM_PROPERTY = lazy_regex(r"""(?i)(?<![\w-])(?:Set|New)-ItemProperty(?![\w-])""")
_REG_OPTIONS = {"/v": "name", "/d": "data"}
_ITEM_PROPERTY_OPTIONS = {"-name": "name", "-value": "data"}
# (stop 67) The cmdlets' parameters bound by position where no name is given: `Set-ItemProperty $key "DefaultPassword"
# "…"` or `… "DefaultPassword" -Value "…"` (Path, Name, then Value: Set-ItemProperty's positions 0 to 2; New-ItemProperty
# takes its Value by name only), and their other parameters that take a value (a switch takes none; `-Force:$true` is one token).
_ITEM_PROPERTY_POSITIONS = {"set-itemproperty": ("path", "name", "data"), "new-itemproperty": ("path", "name")}
_ITEM_PROPERTY_VALUED = frozenset({"-path", "-literalpath", "-name", "-value", "-type", "-propertytype", "-credential",
                                   "-filter", "-include", "-exclude", "-inputobject"})


def _registry_value(tokens: Sequence[str], windows: bool, cmdlet: str = "") -> Optional[Tuple[str, str, int]]:
    """(the value's name, its data, the data's token's position) of a registry command's arguments, or None;
    `cmdlet`: the PowerShell cmdlet's name (its positional parameters, _ITEM_PROPERTY_POSITIONS)."""
    options = _REG_OPTIONS if windows else _ITEM_PROPERTY_OPTIONS
    given: Dict[str, Tuple[str, int]] = {}
    positional: List[Tuple[str, int]] = []
    skip = False
    for position, token in enumerate(tokens):
        if token in _COMMAND_ENDS or (not windows and token == "|"):
            break
        if skip:
            skip = False
            continue
        lowered = token.lower()
        form = options.get(lowered)
        if form is not None and position + 1 < len(tokens) and form not in given:
            given[form] = tokens[position + 1], position + 1
        if not windows:
            if lowered in _ITEM_PROPERTY_VALUED:
                skip = True
                if lowered in ("-path", "-literalpath"):
                    given.setdefault("path", (tokens[position + 1] if position + 1 < len(tokens) else "", position + 1))
            elif not (token.startswith("-") and len(token) > 1):
                positional.append((token, position))
    # (a parameter bound by name leaves its position to the next one: `-Path $key "DefaultPassword" "…"`)
    open_forms = [form for form in (_ITEM_PROPERTY_POSITIONS.get(cmdlet.lower(), ()) if not windows else ()) if form not in given]
    for form, (token, position) in zip(open_forms, positional):
        given[form] = token, position
    (name, _), (data, at) = given.get("name", ("", 0)), given.get("data", ("", 0))
    if name and data and _literal(name) and (_windows_argument(data) if windows else _powershell_literal(data)):
        return name, data, at
    return None


def registry_values(line: str) -> Iterator[Found]:
    """(what, the value's name, its data) of a registry value written by `reg add` or a PowerShell
    `*-ItemProperty` cmdlet (see _REG_ADD)."""
    for pattern, windows in ((_REG_ADD, True), (_ITEM_PROPERTY, False)):
        found = pattern.search(line, 0, _CMDLET_READ)
        if found is None:
            continue
        written = _registry_value(_tokens(line, found.end()), windows, found.group(0))
        if written is not None:
            yield f"the registry value {written[0]}", written[0], written[1]


def _continued_registry_values(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A registry value written by a command continued over lines (cmd's `reg add "HKLM\\…" ^` then `/v … /d …`,
    PowerShell's `Set-ItemProperty -Path $p `` then `-Name …` and `-Value …`, an option a line): its options read
    across the lines, the data reported on its own line (see registry_values)."""
    line = lines[index]
    for pattern, windows in ((_REG_ADD, True), (_ITEM_PROPERTY, False)):
        found = pattern.search(line, 0, _CMDLET_READ)
        if found is None:
            continue
        read = _read_below(lines, index)
        tokens: List[str] = list(_tokens(line.rstrip()[:-1], found.end()))
        ends: List[int] = [len(tokens)]
        offset = 1
        while offset <= _CONTINUATIONS_READ and index + offset < len(lines):
            tokens.extend(read.words(index + offset))
            ends.append(len(tokens))
            if not read.continues(index + offset):
                break
            offset += 1
        written = _registry_value(tokens, windows, found.group(0))
        if written is not None and written[2] >= ends[0]:  # (on the command's line: registry_values reads it)
            name, data, at = written
            yield bisect.bisect_right(ends, at), f"the registry value {name} (continued lines)", name, data, \
                Judgement.NAMED_AND_JUDGED


def _powershell_literal(token: str) -> bool:
    """A PowerShell argument that is a literal: no variable (`$pw`, `$env:PW`), no subexpression, no option."""
    return _literal(token) and not token.startswith(("$", "(", "@"))


def console_commands(line: str) -> Iterator[Found]:
    """Tasmota's `Backlog Cmd value; Cmd value`: each command's name and value (its key)."""
    if "acklog" not in line:
        return
    found = _BACKLOG.match(line)
    if found is None:
        return
    for command in line[found.end():].split(";", _TOKENS_READ)[:_TOKENS_READ]:
        item = _CONSOLE_COMMAND.match(command)
        if item is not None:
            yield f"the console command {item.group('key')}", item.group("key"), item.group("value")


_COMMAND_ENDS = frozenset({"|", "&&", "||", ";", "`", "&", "^", ")"})
_HARBOR_ROBOT = lazy_regex(r"^robot\$(?=[\w.-]{1,128}\+)")


class _SingleQuoted(str):
    """A token written in single quotes: a shell (and PowerShell) expands nothing in it (`'Pylon$Quartz25'`)."""

    __slots__ = ()


def _token_text(found: "re.Match[str]") -> str:
    text = found.group("dq")
    if text is None:
        text = found.group("eq")
    if text is None:
        single = found.group("sq")
        text = _SingleQuoted(single) if single is not None and "$" in single else single
    if text is None:
        text = found.group("word")
    return text


class _LineTokens:
    """A line's tokens from one position on, read as far as asked and kept: the tools on a line
    each read the tokens after them (64 at most), and two readers ask for each tool's, so a line of
    a dozen commands was tokenized some twenty times over.

    A token found where a search starts does not depend on where it started (the token regex has
    no anchor and no look-behind), so the tokens after position `start` are this stream's from the
    first token starting at or after `start`, provided the token before it ends at or before
    `start` (else `start` lies inside a token, and the line is read from there as before)."""

    __slots__ = ("line", "origin", "starts", "ends", "texts", "resume", "exhausted")

    def __init__(self, line: str, origin: int) -> None:
        self.line = line
        self.origin = origin
        self.starts: List[int] = []
        self.ends: List[int] = []
        self.texts: List[str] = []
        self.resume = origin
        self.exhausted = False

    def _read(self, until_start: int, count: int) -> None:
        """Read on until a token starts at or after `until_start` and `count` tokens are kept."""
        if self.exhausted:
            return
        for found in _TOKEN.finditer(self.line, self.resume):
            self.starts.append(found.start())
            self.ends.append(found.end())
            self.texts.append(_token_text(found))
            self.resume = found.end()
            if len(self.starts) >= count and found.start() >= until_start:
                return
        self.exhausted = True

    def after(self, start: int, most: int) -> Optional[List[str]]:
        """The tokens after `start` (`most` at most), or None where this stream cannot tell."""
        if start < self.origin:
            return None
        if not self.starts or self.starts[-1] < start:
            self._read(start, 0)
        first = bisect.bisect_left(self.starts, start)
        if first and self.ends[first - 1] > start:
            return None
        if len(self.starts) < first + most:
            self._read(start, first + most)
        return self.texts[first : first + most]


class _TokensMemo:
    # The last line's stream, replaced whole by the next line (a thread scanning another file has
    # its own lines: it replaces the memo, and never extends a stream another thread reads).
    last: Optional[_LineTokens] = None


# A stream is read on from a tool to the next only this far (a line of megabytes with tools far
# apart is read from each tool, as before, not kept whole).
_TOKENS_KEPT_GAP = 4096


def _tokens(line: str, start: int, most: int = _TOKENS_READ) -> List[str]:
    memo = _TokensMemo.last
    if memo is None or memo.line is not line or start < memo.origin or (
            memo.starts and start - memo.resume > _TOKENS_KEPT_GAP):
        memo = _TokensMemo.last = _LineTokens(line, start)
    tokens = memo.after(start, most)
    if tokens is not None:
        return tokens
    return [_token_text(found) for found in itertools.islice(_TOKEN.finditer(line, start), most)]


def _single_quoted_literal(token: str) -> bool:
    """A single-quoted token holding a `$` that is no reference of another language (`'${{ secrets.X }}'`,
    `'$(VAR)'`, `'${VAR}'` in a file a tool expands, a whole `'$VAR'`)."""
    return isinstance(token, _SingleQuoted) and "${" not in token and "$(" not in token and not token.startswith("$")


def _inert_dollars(token: str) -> bool:
    """Every `$` of the token is one a shell leaves as it is: the last character, or before one that
    starts no expansion (`"Summer2025$"`, `"Ab$ 1"`; not `$VAR`, `${X}`, `$(cmd)`, `$1`, `$$`)."""
    at = token.find("$")
    while at >= 0:
        after = token[at + 1:at + 2]
        if after and (after.isalnum() or after in "_{(@*#?!$-"):
            return False
        at = token.find("$", at + 1)
    return True


def _literal(token: str) -> bool:
    """A token that is no option and no expansion (`$VAR`, `${{ secrets.X }}`, `%VAR%`, `$(cmd)`)."""
    return bool(token) and ("$" not in token or _single_quoted_literal(token) or _inert_dollars(token)) and not (token.startswith("%") and token.endswith("%")) and not (
        token.startswith("-") and len(token) > 1) and not token.startswith(("`", "<"))


def _tool_secrets(line: str) -> Iterator[Found]:
    for count, (tool, end) in enumerate(_tools_on(line)):
        if count >= _TOOLS_A_LINE:
            return
        if line.startswith(("\"", "'", "`", "%"), end):
            end += 1  # the quote closing a quoted command (`"$STEAMCMD" +login …`), a cmd variable's (`%NSSM% set …`)
        if line.startswith("!", end):
            # A Nagios (Icinga 1, Naemon, Shinken) object's `check_command check_snmp!-C <community> -o …`: the command's
            # arguments (`$ARG1$`, `$ARG2$`…), `!` between them, each standing in its command line: the plugin's options.
            tokens = _tokens(line[end:end + _CHECK_ARGUMENTS_READ].replace("!", " "), 0)
        else:
            tokens = _tokens(line, end)
            if "--entrypoint" in line and _entrypoint_tool(line, tool, end):
                tokens = _after_entrypoint_image(tokens)
        if tool.startswith("impacket-") or tool in _IMPACKET_TOOLS:
            yield from _impacket_targets(tool, tokens)
        if tool == "security":
            options = _SECURITY_OPTIONS.get(tokens[0] if tokens else "", frozenset())
            yield from _option_values(f"security {tokens[0] if tokens else ''}", {option: "value" for option in options}, tokens)
        elif tool in _POSITIONAL_TOOLS:
            yield from _positional(tool, tokens)
            if tool in _TOOL_OPTIONS:  # (Samba's `net ads join -U user%password`)
                yield from _option_values(tool, _TOOL_OPTIONS[tool], tokens)
        elif tool in _ORACLE_TOOLS:
            yield from _oracle_logins(tool, tokens)
            # a password in Oracle's double quotes, escaped inside the shell's (`"user/\"pw\"@db"`)
            quoted = _ORACLE_QUOTED_LOGON.search(line, end, end + _ORACLE_LOGON_READ)
            if quoted is not None and "$" not in quoted.group("pw"):
                yield f"{tool}'s logon of {quoted.group('user')}", "password", quoted.group("pw")
        else:
            if tool == "smbclient" and len(tokens) >= 2 and tokens[0].startswith(("//", "\\\\")) and (
                    not tokens[1].startswith("-") and tokens[1] not in _COMMAND_ENDS and _argument(tokens[1])):
                # `smbclient //server/share [password] [options]`: the password given after the service
                yield f"smbclient's password for {tokens[0]}", "password", tokens[1]
            if tool == "cf" and len(tokens) >= 3 and tokens[0] == "auth" and _argument(tokens[1]) and _argument(tokens[2]):
                # Cloud Foundry's `cf auth <user> <password>` (`--client-credentials`: a client's id and secret)
                yield f"cf auth of {tokens[1]}", "password", tokens[2]
            if tool == "oc":
                # (stop 63: OpenShift's `oc set env`, `oc create secret generic … --from-literal=`, as kubectl's; `oc`
                # is a login tool, its `login -p` read below)
                yield from _environment_settings(tool, tokens)
            name = tool if tool in _TOOL_OPTIONS else tool.rsplit(".", 1)[0]
            key = _options_key(name, tokens)
            if key is not None:
                yield from _option_values(key, _TOOL_OPTIONS[key], tokens)
            elif name.startswith("check_"):
                yield from _option_values(name, _monitoring_plugin_options(name), tokens)


# (stop 63) A container run whose entrypoint is the tool (`docker run --rm --entrypoint htpasswd httpd:2 -Bbn ci '…'`):
# the tool's arguments are those after the image, as the run passes them to it.
# (review 64: the entrypoint given quoted, `--entrypoint "htpasswd"`, or by its path, `--entrypoint
# /usr/local/apache2/bin/htpasswd`, is the same tool)
_ENTRYPOINT_BEFORE = lazy_regex(r"""--entrypoint(?:[ \t]+|=)["']?(?:[^\s"'/]{0,128}/){0,16}$""")
_ENTRYPOINT_READ = 512  # characters before the tool `--entrypoint` and the tool's path are looked for in


def _entrypoint_tool(line: str, tool: str, end: int) -> bool:
    """The tool found ending at `end` (or a closing quote after it) is a container run's `--entrypoint`."""
    if line[end - 1:end] in ("\"", "'", "`", "%"):
        end -= 1  # (the quote closing a quoted entrypoint, stepped over above)
    seen = line[max(0, end - len(tool) - 8):end].lower()
    at = seen.rfind(tool)
    if at < 0:
        return False
    start = end - len(seen) + at
    return _ENTRYPOINT_BEFORE.search(line, max(0, start - _ENTRYPOINT_READ), start) is not None


# (review 64) A container run's options that take no value (docker's, podman's, nerdctl's, `docker compose run`'s): every
# other option takes the token after it, unless written `--name=value` (`-v ./auth:/auth`, `-e TZ=UTC`, `--name mk`,
# `--network host`, `-w /auth`, `--user 1000`). Before, only flags were skipped before the image, so an option's value
# was taken for the image and the image for the tool's first argument: `htpasswd -Bbn ci '…'` went unread.
_RUN_FLAGS = frozenset({
    "--rm", "--detach", "--interactive", "--tty", "--init", "--privileged", "--read-only", "--publish-all", "--sig-proxy",
    "--no-healthcheck", "--oom-kill-disable", "--quiet", "--disable-content-trust", "--help", "--replace", "--rmi",
    "--no-hosts", "--read-only-tmpfs", "--env-host", "--http-proxy", "--rootfs", "--no-deps", "--service-ports",
    "--use-aliases", "--build", "--remove-orphans", "--no-TTY", "--debug", "--verbose", "--insecure",
})
_RUN_SHORT_FLAGS = frozenset("ditPqT")
_RUN_OPTIONS_READ = 48  # options read before the image at most


def _after_entrypoint_image(tokens: List[str]) -> List[str]:
    """The tokens after a container run's image: its options skipped before it, each option's value with it."""
    at = 0
    while at < len(tokens) and at < _RUN_OPTIONS_READ and tokens[at].startswith("-") and len(tokens[at]) > 1:
        option = tokens[at]
        if option.startswith("--"):
            at += 1 if "=" in option or option in _RUN_FLAGS else 2
            continue
        letters = option[1:]
        valued = next((place for place, letter in enumerate(letters) if letter not in _RUN_SHORT_FLAGS), None)
        # getopt's reading: flags up to a letter taking a value; the value is the rest of the token, or the next token
        at += 2 if valued is not None and valued == len(letters) - 1 else 1
    return tokens[at + 1:]


def _monitoring_plugin_options(plugin: str) -> Dict[str, str]:
    """The SNMP options of a monitoring plugin `_TOOL_OPTIONS` does not list (see _SNMP_PLUGIN_OPTIONS)."""
    if "snmp" in plugin or plugin.startswith(("check_if", "check_interface")):
        return _SNMP_PLUGIN_OPTIONS
    return _PLUGIN_LONG_OPTIONS


def _options_key(tool: str, tokens: Sequence[str]) -> Optional[str]:
    """The key of `_TOOL_OPTIONS` the tool's options are read under: `podman login` where the tool's
    subcommand (among its first words) is its login, else the tool's own (None: no options known)."""
    if tool in _LOGIN_TOOLS:
        words = _LOGIN_WORDS.get(tool, frozenset({"login"}))
        for token in tokens[:_SUBCOMMAND_READ]:
            if token in words:
                return f"{tool} login"
            if token in _COMMAND_ENDS:
                break
    return tool if tool in _TOOL_OPTIONS else None


def _option_values(tool: str, options: Dict[str, str], tokens: Sequence[str]) -> Iterator[Found]:
    windows = tool in _WINDOWS_TOOLS
    for position, token in enumerate(tokens):
        if token in _COMMAND_ENDS:
            return  # the next command's options are not this tool's
        form = options.get(token.lower() if windows else token)
        joined = ""
        if form is None and token.startswith("--") and "=" in token:
            # `--auth-cred=user:password`, `--auth-cred="user:password"` (the quoted part the next token)
            token, _, joined = token.partition("=")
            form = options.get(token)
            if form is not None and not joined:
                joined = tokens[position + 1] if position + 1 < len(tokens) else ""
            if not joined:
                continue
        if form is None and len(token) > 2 and token[0] == "-" and token[1] != "-":
            # Samba's `-Uuser%password` (its option parser takes a short option's value glued to it)
            glued = next((option for option, how in options.items()
                          if how == "smb" and len(option) == 2 and (token.lower() if windows else token).startswith(option)), None)
            if glued is not None:
                form, token, joined = "smb", glued, token[len(glued):]
        if form is None and tool in _GLUED_VALUE_TOOLS and len(token) > 2 and token[0] == "-" and token[1] != "-" \
                and options.get(token[:2]) == "value":
            form, token, joined = "value", token[:2], token[2:]  # (`snmpwalk -cpublic`: see _GLUED_VALUE_TOOLS)
        if form is None:
            glued = next((option for option, how in options.items() if how == "glued" and token.startswith(option)), None)
            if glued is not None and _literal(token[len(glued):]):
                yield f"{tool}'s password option {glued}", "password", token[len(glued):]
            continue
        value = joined or (tokens[position + 1] if position + 1 < len(tokens) else None)
        if value is None or (windows and value.startswith("/")):
            continue
        if form == "pair":
            user, sign, value = value.partition(":")
            # (a Harbor robot account is named `robot$<project>+<name>`, written in single quotes: no expansion)
            if not sign or not user or not _literal(value) or not _literal(_HARBOR_ROBOT.sub("robot", user, 1)):
                continue
        elif not (_windows_argument(value) if windows and tool != "net" else (_literal(value) or _dollar_in_literal(value))) or (
                tool in _SHADOW_TOOLS and "/" in value):
            # (a `$` after a literal part, before a mixed-case word or digits, `sshpass -p "Copper$Orbit3364"`: the
            # character its writer meant, as curl's and smbclient's readers read it; see _dollar_in_literal)
            continue  # (shadow's own `-P` is `--prefix <dir>`: Yocto's patched tools' `-P` the clear password)
        elif form == "smb":
            user, sign, value = value.partition("%")
            if not sign:
                continue
        elif form == "userpass":
            if value.startswith("@"):
                continue  # (`-a @file`: the login is read from the file)
            user, sign, password = value.partition(":")
            value = password if sign and user else value
        elif form == "comma":
            user, sign, value = value.partition(",")
            if not sign or not user or not value:
                continue
        elif form == "pass:":
            if not value.startswith("pass:"):
                continue  # env:, file:, fd:, stdin: where the password is read from
            value = value[len("pass:"):]
        yield f"{tool}'s password option {token}", "password", value


# mosquitto_passwd's batch mode: `mosquitto_passwd [-H hash] [-I iterations] [-c] -b <file> <user> <password>` (the
# flags apart or joined, `-cb`); without `-b` the tool prompts for the password, and `-D`/`-U` take none.
_MOSQUITTO_VALUED = frozenset({"-H", "-I"})


def _mosquitto_batch(tokens: Sequence[str]) -> Iterator[Found]:
    flags, skip = "", False
    operands: List[str] = []
    for token in tokens:
        if skip:
            skip = False
        elif token in _COMMAND_ENDS or token.startswith(("#", ">", "2>")):
            break
        elif token in _MOSQUITTO_VALUED:
            skip = True
        elif len(token) > 1 and token.startswith("-") and not operands:
            flags += token[1:]
        else:
            operands.append(token)
            if len(operands) == 3:
                break
    if "b" in flags and "D" not in flags and "U" not in flags and len(operands) == 3 and _argument(operands[2]):
        yield f"mosquitto_passwd's password of {operands[1]}", "password", operands[2]


def _positional(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    if tool == "steamcmd":
        for position, token in enumerate(tokens):
            if token == _STEAM_LOGIN and position + 2 < len(tokens):
                user, password = tokens[position + 1], tokens[position + 2]
                if not password.startswith("+") and _literal(user) and _literal(password):
                    yield f"steamcmd's +login of {user}", "password", password
    elif tool == "rabbitmqctl":
        for position, token in enumerate(tokens):
            if token in _RABBIT_USER_COMMANDS and position + 2 < len(tokens) and _literal(tokens[position + 2]):
                yield f"rabbitmqctl {token} of {tokens[position + 1]}", "password", tokens[position + 2]
    elif tool == "htpasswd" and tokens and tokens[0].startswith("-") and "b" in tokens[0]:
        # `htpasswd -b[c] file user password`, `htpasswd -nb user password`
        flags = tokens[0]
        operands = [token for token in tokens[1:] if not token.startswith("-")]
        wanted = 2 if "n" in flags else 3
        if len(operands) >= wanted and _literal(operands[wanted - 1]):
            yield f"htpasswd's password of {operands[wanted - 2]}", "password", operands[wanted - 1]
    elif tool == "mosquitto_passwd":
        yield from _mosquitto_batch(tokens)
    elif tool == "net" and tokens:
        yield from _net_passwords(tokens)
    elif tool == "nssm" and len(tokens) >= 5 and tokens[0].lower() == "set" and tokens[2].lower() == "objectname":
        # `nssm set <service> ObjectName <account> <password>` (no password: a built-in account)
        if _argument(tokens[4]):
            yield f"nssm's log-on password of {tokens[3]}", "password", tokens[4]
    elif tool == "rclone":
        # `rclone obscure <password>`: the password obscured for a remote's config (`--webdav-pass "$(rclone obscure …)"`)
        if len(tokens) >= 2 and tokens[0] == "obscure" and _argument(tokens[1]) and tokens[1] != "-":
            yield "rclone obscure's password", "password", tokens[1]
    elif tool == "mc":
        yield from _mc_alias(tokens)
    elif tool == "bimmerconnected":
        yield from _bimmer_login(tokens)
    elif tool in _B2_TOOLS:
        yield from _b2_authorize(tokens)
    elif tool == "vault":
        yield from _vault_unseal(tokens)
    elif tool in _LOGIN_OPERAND:
        yield from _login_operand(tool, tokens)
    elif tool in _ENVIRONMENT_SETTERS:
        yield from _environment_settings(tool, tokens)
    elif tool == "dvc":
        yield from _dvc_settings(tokens)
    elif tool == "aws":
        yield from _aws_configure_set(tokens)
    elif tool == "teamserver":
        # Cobalt Strike's `./teamserver <host> <password> [profile] [kill date]`
        operands = [token for token in tokens[:4] if token not in _COMMAND_ENDS]
        if len(operands) >= 2 and not operands[0].startswith("-") and _argument(operands[1]):
            yield "the team server's password", "password", operands[1]
    elif tool == "mkstore":
        # `mkstore -wrl <wallet> -createCredential <alias> <user> [<password>]` (no password: it prompts);
        # `-createEntry <name> [<value>]`
        for position, token in enumerate(tokens):
            option = token.lower()
            wanted = 3 if option in ("-createcredential", "-modifycredential") else 2 if option in (
                "-createentry", "-modifyentry") else 0
            if wanted and position + wanted < len(tokens):
                given = list(tokens[position + 1:position + wanted + 1])
                if all(_argument(argument) for argument in given):
                    yield f"mkstore {token} {given[0]}", "password", given[-1]


# A CLI's login given its key as an operand: `wandb login [--relogin] [--host URL] <key>`, `ngrok authtoken <token>`
# (`ngrok config add-authtoken <token>`), `snyk auth <token>`; no operand: it prompts or opens a browser.
# tool -> (the subcommand's words, the key the operand is judged under, the options taking a value)
_LOGIN_OPERAND: Dict[str, Tuple[Tuple[Tuple[str, ...], ...], str, FrozenSet[str]]] = {
    "wandb": ((("login",),), "api_key", frozenset({"--host", "--anonymously"})),
    "ngrok": ((("authtoken",), ("config", "add-authtoken")), "authtoken", frozenset({"--config", "--log"})),
    "snyk": ((("auth",),), "api_token", frozenset()),
}


def _login_operand(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    commands, key, valued = _LOGIN_OPERAND[tool]
    command = next((words for words in commands if tuple(tokens[:len(words)]) == words), None)
    if command is None:
        return
    skip = False
    for token in tokens[len(command):len(command) + 8]:
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            return
        if skip:
            skip = False
            continue
        if token.startswith("-"):
            skip = token in valued  # (`--host https://…`; `--host=…` is one token)
            continue
        if _argument(token):
            yield f"{tool} {' '.join(command)}'s key", key, token
        return


# Commands setting a deployment's (a fleet's, an app's) environment variable or secret, the value judged under
# its name: balena's `env add|set NAME VALUE`, Heroku's and Dokku's `config:set NAME=VALUE…`, Fly's and
# Supabase's `secrets set NAME=VALUE…`; (stop 63) Kubernetes' and OpenShift's `set env <workload> NAME=VALUE…` and
# `create secret generic <name> --from-literal=NAME=VALUE…` (an incident's fix typed into the cluster by hand).
# tool -> (its subcommand's words, the form: "pair" NAME VALUE, "assign" NAME=VALUE).
_ENVIRONMENT_SETTERS: Dict[str, Tuple[Tuple[Tuple[str, ...], ...], str]] = {
    "kubectl": ((("set", "env"), ("create", "secret", "generic")), "assign"),
    "oc": ((("set", "env"), ("create", "secret", "generic")), "assign"),
    "balena": ((("env", "add"), ("env", "set")), "pair"),
    "heroku": ((("config:set",),), "assign"),
    "dokku": ((("config:set",),), "assign"),
    "fly": ((("secrets", "set"),), "assign"),
    "flyctl": ((("secrets", "set"),), "assign"),
    "supabase": ((("secrets", "set"),), "assign"),
}
# balena's options taking a value (`--fleet acme/scanners`, `-d <uuid>`, `--service main`)
_BALENA_VALUED = frozenset({"--fleet", "-f", "--device", "-d", "--service", "-s", "--application", "-a", "--release"})
_ENVIRONMENT_NAME = lazy_regex(r"""^[A-Za-z_][A-Za-z0-9_.-]{0,127}$""")
# kubectl's and oc's global options taking a value, written before the subcommand (`kubectl -n prod set env …`)
_CLUSTER_VALUED = frozenset({"-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-s", "--server"})
_FROM_LITERAL = "--from-literal"


def _environment_settings(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    commands, form = _ENVIRONMENT_SETTERS[tool]
    if tool in ("kubectl", "oc"):
        start = 0
        while start < min(len(tokens), 6) and tokens[start].startswith("-"):
            start += 1 if "=" in tokens[start] or tokens[start] not in _CLUSTER_VALUED else 2
        tokens = [token[len(_FROM_LITERAL) + 1:] if token.startswith(_FROM_LITERAL + "=") else token for token in tokens[start:]]
    command = next((words for words in commands if tuple(tokens[:len(words)]) == words), None)
    if command is None:
        return
    rest = list(tokens[len(command):len(command) + 32])
    if form == "pair":
        operands: List[str] = []
        skip = False
        for token in rest:
            if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
                break
            if skip or token.startswith("-"):
                skip = not skip and token in _BALENA_VALUED
                continue
            operands.append(token)
        if len(operands) >= 2 and _ENVIRONMENT_NAME.match(operands[0]) and _argument(operands[1]):
            yield f"{tool} {' '.join(command)} {operands[0]}", operands[0], operands[1]
        return
    for position, token in enumerate(rest):
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            return
        name, sign, value = token.partition("=")
        if not sign or token.startswith("-") or not _ENVIRONMENT_NAME.match(name):
            continue
        if not value and position + 1 < len(rest):
            value = rest[position + 1]  # (`NAME='value'`: the quoted part its own token)
        if value and _argument(value):
            yield f"{tool} {' '.join(command)} {name}", name, value


# DVC's remote settings: `dvc remote modify [--local] <remote> <option> <value>`, `dvc config [--local]
# remote.<remote>.<option> <value>`: the value judged under its option (`password`, `secret_access_key`,
# `account_key`, `sas_token`, `gdrive_client_secret`; `user`, `url` are none). (`--unset` takes no value.)
_DVC_FLAGS = frozenset({"--local", "--global", "--system", "--project", "-q", "--quiet", "-v", "--verbose"})


def _dvc_settings(tokens: Sequence[str]) -> Iterator[Found]:
    if tokens[:2] == ["remote", "modify"]:
        start, wanted = 2, 3
    elif tokens[:1] == ["config"]:
        start, wanted = 1, 2
    else:
        return
    operands: List[str] = []
    for token in tokens[start:start + 12]:
        if token in _COMMAND_ENDS or token in ("-u", "--unset"):
            return
        if token in _DVC_FLAGS:
            continue
        operands.append(token)
        if len(operands) == wanted:
            break
    if len(operands) < wanted:
        return
    option, value = operands[-2].rsplit(".", 1)[-1], operands[-1]
    if _argument(value) and _ENVIRONMENT_NAME.match(option):
        yield f"dvc's remote option {option}", option, value


# (stop 66) The AWS CLI's settings: `aws [--profile p] configure set [--profile p] <[profile.<p>.|default.]setting>
# <value>` writes the value into ~/.aws/credentials (`aws_secret_access_key`, `aws_session_token`) or config: judged under
# the setting's own name (`aws_access_key_id`, `region`, `output` are none), as an operator's shell history keeps it.
_AWS_VALUED = frozenset({"--profile", "--region", "--output", "--endpoint-url", "--query", "--ca-bundle", "--color",
                         "--cli-read-timeout", "--cli-connect-timeout", "--cli-binary-format"})
_AWS_GLOBALS_READ = 8


def _aws_configure_set(tokens: Sequence[str]) -> Iterator[Found]:
    start = 0
    while start < min(len(tokens), _AWS_GLOBALS_READ) and tokens[start].startswith("-"):
        start += 1 if "=" in tokens[start] or tokens[start] not in _AWS_VALUED else 2
    if list(tokens[start:start + 1]) != ["configure"]:
        return
    # (review 67: a global option between the command and its verb too, `aws configure --profile prod set …`, as the
    # interactive `aws configure --profile prod` is written)
    verb = start + 1
    while verb < min(len(tokens), start + 1 + _AWS_GLOBALS_READ) and tokens[verb].startswith("-"):
        verb += 1 if "=" in tokens[verb] or tokens[verb] not in _AWS_VALUED else 2
    if list(tokens[verb:verb + 1]) != ["set"]:
        return
    operands: List[str] = []
    skip = False
    for token in tokens[verb + 1:verb + 11]:
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            break
        if skip or token.startswith("-"):
            skip = not skip and "=" not in token and token in _AWS_VALUED
            continue
        operands.append(token)
        if len(operands) == 2:
            break
    if len(operands) < 2:
        return
    setting, value = operands[0].rsplit(".", 1)[-1], operands[1]
    if _argument(value) and _ENVIRONMENT_NAME.match(setting):
        yield f"aws configure set {setting}", setting, value


def _mc_alias(tokens: Sequence[str]) -> Iterator[Found]:
    # MinIO's client: `mc alias set <alias> <url> <access key> <secret key>` (`mc config host add …`, its old form);
    # without the keys it prompts.
    start = 2 if tokens[:2] == ["alias", "set"] else 3 if tokens[:3] == ["config", "host", "add"] else 0
    operands: List[str] = []
    skip = False
    for token in tokens[start:start + 10] if start else ():
        if token in _COMMAND_ENDS:
            break
        if skip or token.startswith("-"):
            skip = token in ("--api", "--path")  # (their value follows)
            continue
        operands.append(token)
    if len(operands) >= 4 and all(_argument(operand) for operand in operands[2:4]) and "://" in operands[1]:
        yield f"mc alias {operands[0]}'s secret key", "secret_key", operands[3]


def _impacket_targets(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    """Impacket's target `[domain/]user:password@host` (Impacket splits the password at the last `@`)."""
    for token in tokens:
        if token in _COMMAND_ENDS:
            return
        if ":" in token and "@" in token and "$" not in token:
            found = _IMPACKET_TARGET.match(token)
            if found is not None:
                yield f"{tool}'s target of {found.group('user')}", "password", found.group("pw")


# bimmer_connected's CLI: `bimmerconnected <command> [options] <username> <password> <region>`, the region one
# of its three (the operands before it are the login: an option's value stands before them or after).
_BIMMER_REGIONS = frozenset({"north_america", "china", "rest_of_world"})
_BIMMER_READ = 16
_BIMMER_VALUED = frozenset({"--lat", "--lng", "--vin", "--captcha-token", "--oauth-store", "--name"})


def _bimmer_login(tokens: Sequence[str]) -> Iterator[Found]:
    for position, token in enumerate(tokens[:_BIMMER_READ]):
        if token in _COMMAND_ENDS:
            return
        if token in _BIMMER_REGIONS and position >= 3:
            user, password = tokens[position - 2], tokens[position - 1]
            if _argument(user) and _argument(password) and tokens[position - 3] not in _BIMMER_VALUED:
                yield f"bimmerconnected's login of {user}", "password", password
            return


# The Backblaze B2 CLI's `b2 account authorize [-h] [applicationKeyId] [applicationKey]` (v4; `authorize-account`
# before it, `authorize_account` in the oldest), global options before the command (`--profile NAME`), its own before the
# operands (`--environment URL`, `--dev`, `--staging`); `b2v3`/`b2v4` its pinned entry points, `backblaze-b2` Debian's.
# No operands, or the id alone: it prompts (or reads B2_APPLICATION_KEY_ID and B2_APPLICATION_KEY).
_B2_TOOLS = frozenset({"b2", "b2v3", "b2v4", "backblaze-b2"})
_B2_AUTHORIZE = (("account", "authorize"), ("authorize-account",), ("authorize_account",))
_B2_VALUED = frozenset({"--profile", "--environment", "--log-config"})
_B2_READ = 12


def _b2_authorize(tokens: Sequence[str]) -> Iterator[Found]:
    operands: List[str] = []
    valued = False
    command = False
    position = 0
    while position < min(len(tokens), _B2_READ):
        token = tokens[position]
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            break
        if valued:
            valued = False
        elif token.startswith("-"):
            valued = token in _B2_VALUED  # (`--profile=NAME` is one token)
        elif not command:
            words = next((words for words in _B2_AUTHORIZE if tuple(tokens[position:position + len(words)]) == words), None)
            if words is None:
                return  # another command (`b2 sync …`), or an operand before any
            command = True
            position += len(words)
            continue
        else:
            operands.append(token)
            if len(operands) == 2:
                break
        position += 1
    if len(operands) == 2 and _argument(operands[0]) and _argument(operands[1]):
        yield f"b2 account authorize of key {shown_user(operands[0])}", "application_key", operands[1]


# (stop 67, notes) HashiCorp Vault's `vault operator unseal [options] [KEY]` (`vault unseal` before 0.9.2): one of the
# unseal key shares `vault operator init` printed, base64 or hex, given as the operand (none, or `-`: it prompts or reads
# stdin). A runbook's `vault operator unseal <share>` is a keyholder's share written down: enough of them unseal the
# store. Flags are `-name=value` or bare (`-migrate`, `-reset`: no key then); `-address` and the other valued ones may
# take the next token.
_VAULT_UNSEAL = (("operator", "unseal"), ("unseal",))
_VAULT_VALUED = frozenset({"-address", "-agent-address", "-ca-cert", "-ca-path", "-client-cert", "-client-key", "-namespace",
                           "-ns", "-tls-server-name", "-format", "-mfa", "-header", "-wrap-ttl", "-policy-override"})
_VAULT_READ = 16


def _vault_unseal(tokens: Sequence[str]) -> Iterator[Found]:
    words = next((words for words in _VAULT_UNSEAL if tuple(tokens[:len(words)]) == words), None)
    if words is None:
        return  # another command (`vault status`, `vault operator init`)
    valued = False
    for token in tokens[len(words):_VAULT_READ]:
        if token in _COMMAND_ENDS or token.startswith(_REDIRECTIONS):
            return
        if valued:
            valued = False
        elif token.startswith("-") and len(token) > 1:
            if token in ("-reset", "--reset"):
                return  # (forgets the shares given so far: no key)
            valued = "-" + token.lstrip("-") in _VAULT_VALUED  # (`-address=URL` is one token)
        else:
            if _argument(token) and token != "-":
                yield "Vault unseal key share given to vault operator unseal", "unseal_key", token
            return


def _argument(token: str) -> bool:
    """A literal argument: no option (`-x`, Windows' `/x`), no expansion, no prompt (`*`), no shell operator."""
    return _literal(token) and not token.startswith(("/", ">", "2>", "*")) and token not in _COMMAND_ENDS


def _windows_argument(token: str) -> bool:
    """A literal argument of a Windows command (cmd expands `%VAR%` and `!VAR!`, never `$`): a `$` inside
    the word is a character (`Apollo$Minuteman916`); a word opening with `$`, or holding `$(`, `${` or
    PowerShell's `$env:`, is a reference there."""
    if "$" not in token or _argument(token):
        return _argument(token)
    lowered = token.lower()
    return not token.startswith("$") and "$(" not in token and "${" not in token and "$env:" not in lowered \
        and _argument(token.replace("$", "S"))


def _net_passwords(tokens: Sequence[str]) -> Iterator[Found]:
    r"""`net use [<device>] \\host\share [<password>|*] [/user:…]`; `net user <name> [<password>|*] [/add]`."""
    verb = tokens[0].lower()
    if verb == "use":
        user = next((item[6:] for item in tokens[:_TOKENS_READ] if item.lower().startswith("/user:")), "")
        share = _net_share(tokens)
        if share:
            position, token = share
            if position + 1 < len(tokens) and _windows_argument(tokens[position + 1]):
                yield f"net use of {token}" + (f" as {user}" if user else ""), "password", tokens[position + 1]
            elif user:
                # the password after the account (`net use \\host\share /user:DOM\name <password>`)
                for option, following in zip(tokens[position + 1:], tokens[position + 2:]):
                    if following in _COMMAND_ENDS:
                        break
                    if option.lower().startswith("/user:") and _windows_argument(following) and not _NET_DEVICE.match(following):
                        yield f"net use of {token} as {user}", "password", following
                        break
    elif verb == "user" and len(tokens) >= 3 and _argument(tokens[1]) and _windows_argument(tokens[2]):
        yield f"net user {tokens[1]}", "password", tokens[2]


# An Oracle logon whose password is in Oracle's double quotes, escaped in a shell's: `"user/\"pw\"@db"`.
_ORACLE_QUOTED_LOGON = lazy_regex(r"""(?<![\w$#/])(?P<user>[A-Za-z_][\w$#]{0,127})/\\?"(?P<pw>[^"\\\n]{1,256})\\?"(?=@|\\?["'\s]|$)""")
_ORACLE_LOGON_READ = 600
# A device `net use` maps (`P:`, `*`, `LPT1:`); a share given by a variable (`%SHARE%`, `!SHARE!`, `$share`), alone
# or a server's variable then the share's path (`%NAS%\data`, `"$nas\cruise"`, `${nas}\raw`; PowerShell's
# `"$env:NAS\data"`, `"$($nas)\data"`).
_NET_DEVICE = lazy_regex(r"^(?:[A-Za-z]:|\*|(?i:lpt|com)[1-9]:?)$")
_NET_SHARE_VARIABLE = lazy_regex(r"^(?:%[\w.-]{1,64}%|![\w.-]{1,64}!|\$\{?[\w.]{1,64}\}?|\$(?i:env):[\w.]{1,64}|\$\(\$[\w.]{1,64}\))"
                                 r"(?:\\[^\s\\]{1,255}){0,8}\\?$")


def _net_share(tokens: Sequence[str]) -> "Tuple[int, str] | None":
    """(position, text) of the share `net use` maps: `\\\\host\\share`, a WebDAV URL, or a variable holding
    one after the device (`net use P: %SHARE% …`)."""
    for position, token in enumerate(tokens[1:4], start=1):
        if token.startswith("\\\\") or token.lower().startswith(("http://", "https://")):
            return position, token
    position = 2 if len(tokens) > 2 and _NET_DEVICE.match(tokens[1]) else 1
    if position < len(tokens) and _NET_SHARE_VARIABLE.match(tokens[position]):
        return position, tokens[position]
    return None


def _oracle_logins(tool: str, tokens: Sequence[str]) -> Iterator[Found]:
    """`sqlplus [-s] user/password[@connect]`, `sqlldr userid=user/password@db`, RMAN's `target user/password@db`;
    `/nolog`, `/ as sysdba` and `/@wallet_alias` hold none."""
    candidates: List[str] = []
    for position, token in enumerate(tokens):
        if token in _COMMAND_ENDS or token.startswith(("<", ">")):
            break
        lowered = token.lower()
        if lowered.startswith("userid="):
            candidates.append(token[len("userid="):])
        elif tool in ("rman", "dgmgrl") and lowered in ("target", "catalog", "auxiliary") and position + 1 < len(tokens):
            candidates.append(tokens[position + 1])
        elif tool == "rman" and lowered.startswith(("target=", "catalog=")):
            candidates.append(token.partition("=")[2])
        elif not candidates and tool not in ("rman",) and not token.startswith("-") and "=" not in token:
            candidates.append(token)  # the first operand is the logon
            if tool == "sqlplus":
                break
    for logon in candidates:
        user, sign, rest = logon.partition("/")
        if rest.startswith('"') and '"' in rest[1:]:
            password = rest[1:].split('"', 1)[0]  # Oracle's quoted password (`'user/"p@ss"@db'`)
        else:
            password = rest.split("@", 1)[0]
        if sign and user and password and _literal(user) and _literal(password) and not user.startswith("@"):
            yield f"{tool}'s logon of {user}", "password", password


# (lines below the one read, what it is, the key to judge it under, the value, how the kind judges it:
# PROVEN when already judged a password here, else NAMED_AND_JUDGED)
Placed = Tuple[int, str, str, str, Judgement]
# A command continued on the next lines: cmd's `^`, a shell's `\`, PowerShell's backtick.
_CONTINUED = ("^", "\\", "`")
_CONTINUATIONS_READ = 20
# sqlcmd's `:setvar Name "value"` (a sqlcmd script's variable).
_SETVAR = lazy_regex(r"""^[ \t]*:(?i:setvar)[ \t]+(?P<key>[A-Za-z_][\w.-]{0,127})[ \t]+(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\s"]{1,512}))[ \t]*$""")
# Zebra's Set-Get-Do (SGD) commands (Link-OS printers: a `.zpl`/`.txt` sent to the printer, a script's string):
# `! U1 setvar "<setting>" "<value>"`, and the JSON form `{}{"<setting>":"<value>", …}`. A setting holding a
# secret by its name: the WLAN's `wlan.wpa.psk`, WEP's `wlan.wep.key1`…`key4`, an EAP account's `wlan.password`,
# `wlan.kerberos.password`, `wlan.private_key_password`, `…_password`, SNMP's `ip.snmp.*_community_name`, a
# WebLink connection's `weblink.ip.conn1.authentication.add "<server> <user> <password>"`.
_SGD_SETVAR = lazy_regex(r'''![ \t]?U1[ \t]+(?i:setvar)[ \t]+"(?P<name>[A-Za-z][\w.]{1,127})"[ \t]+"(?P<value>[^"\n]{1,512})"''')
_SGD_JSON = lazy_regex(
    r'''"(?P<name>(?:wlan|weblink|ip|bluetooth|wired|internal_wired|device)\.[\w.]{1,120})"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,512})"'''
)
_SGD_LINE_READ = 16384  # (a JSON SGD line sets many settings)
# (a script's printf sending one setting, its value the format's argument: `printf '! U1 setvar "device.password" "%s"\r\n'
# "$PIN" | nc -w 3 "$IP" 9100`, the variable assigned a literal a line above: _assigned_above)
_SGD_PRINTF_ARGUMENT = lazy_regex(r"""printf[ \t]+'[^'\n]{0,512}'[ \t]+(?P<vq>")?\$\{?(?P<var>[A-Za-z_]\w{0,63})\}?(?(vq)")(?![\w-])""")
_SGD_SECRET_LAST = lazy_regex(r"""^(?:psk|password|passphrase|passkey|[\w]{0,40}_(?:password|passphrase|psk)|key[1-4])$""")
# An FTP client's script: `open <host> [port]`; `user <name> <password>`, `quote PASS <password>`.
_FTP_OPEN = lazy_regex(r"""^[ \t]*(?i:open)[ \t]+[A-Za-z0-9][A-Za-z0-9.-]{0,252}(?:[ \t]+[0-9]{1,5})?[ \t]*$""")
_FTP_INPUT = lazy_regex(r"""^//(?i:input)[ \t]+(?i:dd)[ \t]+\*""")
_FTP_HEREDOC = lazy_regex(r"""(?i)(?:^|[\s/\\"'`;&|(])ftp(?:\.exe)?[ \t][^\n]{0,200}?<<""")
_FTP_USER = lazy_regex(r"""^[ \t]*(?i:user)[ \t]+(?P<user>[^\s]{1,128})[ \t]+(?P<pw>[^\s]{1,256})[ \t]*$""")
# (`user <name>` alone: the client, started with -n, prompts for the password and reads it from the next line)
_FTP_USER_ALONE = lazy_regex(r"""^[ \t]*(?i:user)[ \t]+(?P<user>[^\s]{1,128})[ \t]*$""")
_FTP_PASS = lazy_regex(r"""^[ \t]*(?i:quote|literal)[ \t]+(?i:pass)[ \t]+(?P<pw>[^\s]{1,256})[ \t]*$""")
_FTP_QUOTED_USER = lazy_regex(r"""^[ \t]*(?i:quote|literal)[ \t]+(?i:user)[ \t]+[^\s]{1,128}[ \t]*$""")
_FTP_LOGIN_PAIR = lazy_regex(r"""^[ \t]*(?P<user>[A-Za-z0-9@#$][\w@#$.-]{0,63})[ \t]+(?P<pw>[^\s]{1,256})[ \t]*$""")
_FTP_WORD = lazy_regex(r"""^[ \t]*(?P<word>[^\s]{1,256})[ \t]*$""")
# The FTP client's own commands, which are no user name or password line.
_FTP_COMMANDS = frozenset({"ascii", "binary", "bin", "bye", "quit", "close", "get", "put", "mget", "mput", "cd", "lcd",
                           "prompt", "hash", "verbose", "user", "quote", "literal", "type", "dir", "ls", "pwd", "status",
                           "passive", "open", "debug", "glob", "mkdir", "delete", "rename", "site", "locsite", "ebcdic"})
_FTP_ANONYMOUS = frozenset({"anonymous", "ftp"})
# (a word on an FTP login line that is no user: a command, or anonymous FTP's conventional users)
_FTP_NOT_USERS = _FTP_COMMANDS | _FTP_ANONYMOUS
_FTP_LINES_READ = 6
# A file that is an FTP client's script (`ftp -s:upload.txt`, saved as `.txt`): its first line, after blank ones,
# `open <host> [<port>]`, and a line of the client's commands after it (`user …`, `binary`, `put …`, `bye`); each of its
# lines a command (a transfer's or a login's three words at most, a server's raw command any), or a lone word (the user's,
# the password's line). A line of prose (`Open Questions`, then `We still need…`) is no script's.
_FTP_SCRIPT_HEAD_LINES = 40
_FTP_SCRIPT_COMMANDS = _FTP_COMMANDS - {"open"}
_FTP_LONG_COMMANDS = frozenset({"quote", "literal", "site", "mget", "mput", "mdelete"})


def ftp_client_script(lines: Sequence[str]) -> bool:
    """The file is an FTP client's script (see _FTP_SCRIPT_HEAD_LINES): commands, no prose."""
    opened = commanded = False
    for number in range(min(len(lines), _FTP_SCRIPT_HEAD_LINES)):
        words = line_text(lines, number).split()
        if not words:
            continue
        if not opened:
            if _FTP_OPEN.match(line_text(lines, number)) is None:
                return False
            opened = True
            continue
        command = words[0].lower()
        if command in _FTP_SCRIPT_COMMANDS and (len(words) <= 3 or command in _FTP_LONG_COMMANDS):
            commanded = True
        elif len(words) > 1:
            return False  # (prose)
    return commanded
# An FTP script written by a script, a line an `echo`: `echo <line> >> <file>`, cmd's redirection first
# (`>> <file> echo <line>`), `(echo <line>) >> <file>`, or the bare `echo <line>` lines of a block redirected
# whole (`(` … `) > <file>`); the text echoed is the script's line. (cmd's `echo.` writes a blank line.)
_ECHO_REDIRECT_FIRST = lazy_regex(
    r"""^[ \t]*@?[0-9]?>>?[ \t]*(?P<file>"[^"\n]{1,260}"|[^\s"<>|&()]{1,260})[ \t]+(?P<open>\([ \t]*)?@?(?i:echo)"""
    r"""(?:[ \t]+(?P<text>\S[^\n]{0,511}))?[ \t]*$""")
_ECHO_REDIRECT_AFTER = lazy_regex(
    r"""^[ \t]*@?(?P<open>\([ \t]*)?(?i:echo)(?:[ \t]+(?P<text>[^>\s][^>\n]{0,511}))?[ \t]*>>?[ \t]*"""
    r"""(?P<file>"[^"\n]{1,260}"|[^\s"<>|&()]{1,260})[ \t]*\r?$""")
_ECHO_BARE = lazy_regex(r"""^[ \t]*@?(?i:echo)(?:[ \t]+(?P<text>[^<>|&\s][^<>|&\n]{0,511}))?[ \t]*$""")
_BLOCK_REDIRECTED = lazy_regex(r"""^[ \t]*\)[ \t]*[0-9]?>>?[ \t]*[^\s]""")
_SCRIPT_ASIDE = lazy_regex(r"""^[ \t]*(?:@?(?i:rem)(?:[ \t][^\n]*)?|::[^\n]*|#[^\n]*)?\r?$""")
_ECHO_BLOCK_READ = 24  # lines below a block's `echo open` read for its closing `) > <file>`
# An FTP script a program writes a line at a time, each line a string literal written to one file: a method call
# (VBScript's and VB.NET's `f.WriteLine "…"`, `"…" & vbCrLf`; `sw.WriteLine("…")`, `f.write("…\n")`, `out.println("…")`,
# Ruby's `f.puts "…"`), a function given the file first (PHP's `fwrite($fp, "…\r\n")`, `fputs`, C's `fprintf(fp, "…\n")`,
# Node's `fs.appendFileSync(file, "…\n")`, VB's `Print #1, "…"`), Python's `print("…", file=f)`, Perl's `print FH "…\n";`,
# PowerShell's `Add-Content|Set-Content [-Path] <file> [-Value] "…"` and `"…" | Out-File <file>` (`"…" >> <file>`). A
# string holding `\n`s writes that many lines. A string joined to a variable, an f-string, a format: no literal line.
_WRITTEN_STRING = r"""(?:"(?P<dq>(?:[^"\\\n]|\\.|""){0,512})"|'(?P<sq>(?:[^'\\\n]|\\.){0,512})')"""
# (after the string: a line end joined to it, PHP's FILE_APPEND, the call's closing, a statement's `;`)
_WRITTEN_TAIL = (r"""[ \t]*(?:[&+][ \t]*(?:vbCrLf|vbLf|vbNewLine|Environment\.NewLine|PHP_EOL|os\.linesep|"\\r?\\n"|'\\r?\\n')[ \t]*)?"""
                 r"""(?:,[ \t]*FILE_APPEND[ \t]*)?(?:\)[ \t]*)?(?:;[ \t]*)?\r?$""")
_WRITE_METHOD = lazy_regex(
    r"""^[ \t]*(?:Call[ \t]+)?(?P<sink>[A-Za-z_$@][\w$]{0,63}(?:(?:\.|->|::)[A-Za-z_$][\w$]{0,63}){0,3})(?:\.|->)"""
    r"""(?i:write(?:line|ln)?|println|print|puts|append(?:line)?)(?:[ \t]*\([ \t]*|[ \t]+)""" + _WRITTEN_STRING + _WRITTEN_TAIL)
_WRITE_FUNCTION = lazy_regex(
    r"""^[ \t]*(?:Call[ \t]+)?(?:(?i:fwrite|fputs|fprintf|file_put_contents)|(?:[A-Za-z_$][\w$]{0,31}\.)?(?:appendFile|writeFile)(?:Sync)?"""
    r"""|(?i:print)[ \t]*#)[ \t]*(?:\([ \t]*)?(?P<sink>[$#]?[\w.]{1,64})[ \t]*,[ \t]*""" + _WRITTEN_STRING + _WRITTEN_TAIL)
_PRINT_TO_FILE = lazy_regex(
    r"""^[ \t]*print[ \t]*\([ \t]*""" + _WRITTEN_STRING + r"""[ \t]*,[ \t]*file[ \t]*=[ \t]*(?P<sink>[A-Za-z_][\w.]{0,127})[ \t]*\)[ \t]*\r?$""")
_PERL_PRINT = lazy_regex(
    r"""^[ \t]*print[ \t]+(?:\{[ \t]*)?(?P<sink>\$?[A-Za-z_]\w{0,63})(?:[ \t]*\})?[ \t]+""" + _WRITTEN_STRING + r"""[ \t]*;[ \t]*\r?$""")
_POWERSHELL_CONTENT = lazy_regex(r"""^[ \t]*(?i:Add-Content|Set-Content|ac|sc)[ \t]+(?P<rest>[^\n]{1,1024})$""")
_POWERSHELL_PIPED = lazy_regex(
    r"""^[ \t]*""" + _WRITTEN_STRING + r"""[ \t]*(?:(?P<redirect>[0-9]?>>?)|\|[ \t]*(?i:Out-File|Add-Content|Set-Content|ac|sc)(?=[ \t]))"""
    r"""[ \t]*(?P<rest>[^\n]{1,1024})$""")
_POWERSHELL_PATH_OPTIONS = frozenset({"-path", "-literalpath", "-filepath", "-pspath", "-lp"})
_POWERSHELL_VALUED = frozenset({"-encoding", "-width", "-stream", "-filter", "-include", "-exclude", "-credential"})
_WRITTEN_OPEN = lazy_regex(r"""(?i)["']open[ \t]+[a-z0-9][a-z0-9.-]{0,252}(?:[ \t]+[0-9]{1,5})?[ \t]*(?:\\r)?(?:\\n|["'])""")
_WRITTEN_NEWLINE = lazy_regex(r"""(?:\\r)?\\n""")
_CODE_ASIDE = lazy_regex(r"""^[ \t]*(?:(?:'|//|#|--|(?i:rem)(?![\w-]))[^\n]*)?\r?$""")
# A JCL card's `PASSWORD=` (a JOB card and its continuations; `&SYMBOL` is a reference).
_JCL_PASSWORD = lazy_regex(r"""[ ,](?i:password)=(?P<pw>[A-Za-z0-9@#$]{1,8})(?=[,\s]|$)""")
# A mainframe (RACF, ACF2, Top Secret) password: up to 8 of A-Z, 0-9, @#$, a letter and a digit in it.
_MAINFRAME_PASSWORD = lazy_regex(r"""^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9@#$]{6,8}$""")
# .curlrc: `user = "name:password"`, `--user name:password`, `-u name:password` (and the proxy's).
_CURLRC_USER = lazy_regex(
    r"""^[ \t]*(?:(?:--)?(?:proxy-)?user(?:[ \t]*[=:][ \t]*|[ \t]+)|-[uU][ \t]*)(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\s"]{1,512}))[ \t]*$""")
# A literal piped into a command that stores it as a secret (or a deployment's environment value):
# `echo -n '…' | gcloud secrets versions add NAME --data-file=-`, `printf '%s' '…' | vercel env add NAME production`.
_PIPED_LITERAL = lazy_regex(
    r"""(?:^|[;&(]|\$\()[ \t]*(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?P<fq>["'])%s(?:\\n)?(?P=fq))?)[ \t]+"""
    r"""(?:"(?P<dq>[^"\n`\\]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'$`\\;|&<>]{1,512}))[ \t]*\|[ \t]*"""
    r"""(?P<store>(?:npx[ \t]+)?vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set|gcloud[ \t]+secrets[ \t]+(?:create|versions[ \t]+add)"""
    r"""|(?:docker|podman)[ \t]+secret[ \t]+create|(?:npx[ \t]+)?wrangler[ \t]+(?:pages[ \t]+)?secret[ \t]+put"""
    r"""|firebase[ \t]+functions:secrets:set|doppler[ \t]+secrets[ \t]+set)[ \t]+(?P<name>[\w.-]{1,128})"""
)
# A secret given as an argument of such a command: `gh secret set NAME --body "…"`, `aws secretsmanager
# create-secret|put-secret-value … --secret-string "…"`, `az keyvault secret set … --value "…"`, `netlify env:set NAME …`.
_STORE_ARGUMENT = lazy_regex(
    r"""(?:\bgh[ \t]+secret[ \t]+set[ \t]+(?P<ghname>[\w.-]{1,128})[^\n|;&]{0,200}?[ \t](?:--body[ \t=]|-b[ \t]?)"""
    r"""|\bsecretsmanager[ \t]+(?:create-secret|put-secret-value|update-secret)[^\n|;&]{0,300}?[ \t]--secret-string[ \t=]"""
    r"""|\bkeyvault[ \t]+secret[ \t]+set[^\n|;&]{0,300}?[ \t]--value[ \t=]"""
    r"""|\bnetlify[ \t]+env:set[ \t]+(?P<nname>[\w.-]{1,128})[ \t]+)[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'`;|&<>]{1,512}))"""
)


# Vault's AppRole login: a `secret_id` (`SECRET_ID=`, `VAULT_SECRET_ID=`, `secret_id=` given to `vault write`)
# holding a UUID, where the script logs in by AppRole (its role_id or the approle path nearby). A
# UUID alone under `secret_id` may name a stored secret (Bitwarden's, a secret manager's id).
_SECRET_ID = lazy_regex(
    r"""(?i)(?:^|(?<=[\s;"']))(?:export[ \t]+)?(?P<key>[A-Za-z_]{0,40}secret[_-]?id)[ \t]*[=:][ \t]*["']?"""
    r"""(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"""
)
_APPROLE_WORDS = lazy_regex(r"""(?i)role[_-]?id|approle""")
_APPROLE_LINES = 12
# Consul's (Nomad's) ACL tokens block written on one line: `acl { … tokens { agent = "<uuid>" } }`.
_ONE_LINE_TOKENS = lazy_regex(r"""\btokens"?[ \t]*(?:[:=][ \t]*)?\{(?P<body>[^{}\n]{1,1024})\}""")
_ONE_LINE_TOKEN_ITEM = lazy_regex(
    r'''(?:^|[\s,;])"?(?P<key>[A-Za-z_]\w{0,63})"?[ \t]*[:=][ \t]*"(?P<value>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"'''
)
# A here-document written to a file whose name says it holds a secret (Chef's
# `cat > /etc/chef/encrypted_data_bag_secret <<EOF`, a `.vault-token`, an `api_key` file): its one
# line is the secret. (A PEM body is a private key's, read as such.)
_SECRET_FILE_HEREDOC = lazy_regex(
    r"""(?:^|[\s;&|(])(?:cat|tee(?:[ \t]+-a)?)[ \t]*>{0,2}[ \t]*["']?(?P<path>[^\s"'<>;|&]{1,512})["']?[ \t]*"""
    r"""<<-?[ \t]*["']?(?P<end>[A-Za-z_]\w{0,31})["']?[ \t]*$"""
)
# (or a pre-shared key's file, its one line the key: Zabbix's `/etc/zabbix/zabbix_agentd.psk` that `TLSPSKFile` names, a
# `tunnel.psk`, WireGuard's `preshared.key`)
_SECRET_FILE_NAME = lazy_regex(r"""(?i)(?:secret|token|passw|passphrase|api[_-]?key|(?<![a-z])pass(?![a-z])|(?<![a-z])psk(?![a-z]|[_.-]?(?:id|hint))"""
                               r"""|pre-?shared)[^/\\]{0,64}$""")
# (a file named for a password holds one a person chose: any one word, judged as a password)
_PASSWORD_FILE_NAME = lazy_regex(r"""(?i)(?:passw|passphrase|(?<![a-z])pass(?![a-z]))[^/\\]{0,64}$""")
# Files a tool reads a password or PIN from whose names say no such thing: X-Road's `/etc/xroad/autologin`
# (the security server's software token PIN, entered at start by xroad-autologin).
_PASSWORD_FILE_PATH = lazy_regex(r"""(?i)(?:^|/)xroad/autologin$""")
_PASSWORD_LINE = lazy_regex(r"""^[ \t]*(?P<value>[^\s]{6,256})[ \t]*$""")
# A literal echoed into such a file: `echo 'pw' > /etc/restic/password`, `printf '%s' 'pw' | sudo tee ~/.vault_pass`;
# the redirection with its descriptor (`1> …`, `1>> …`, `&> …`) or past noclobber (`>| …`); the path, then the
# command's end or tee's own output redirected (`| sudo tee <file> >/dev/null`).
_ECHO_TO_SECRET_FILE = lazy_regex(
    r"""(?:^|[;&(\s])(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?P<fq>["'])%s(?:\\n)?(?P=fq))?)[ \t]+"""
    r"""(?:"(?P<dq>[^"\n`\\]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'$`\\;|&<>]{1,512}))[ \t]*"""
    r"""(?:[1&]?>(?:>|\|(?![ \t]*(?:sudo[ \t]+)?tee))?|\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?)[ \t]*["']?(?P<path>[^\s"'<>;|&]{1,512})["']?[ \t]*(?:$|[;&|#]|[12]?>)"""
)
# A literal piped into a tool that reads a password (or a token) on its standard input: realmd's and adcli's
# joins, kinit, iRODS' iinit, `passwd --stdin` (and passwd reading its new password twice, `echo -e "pw\npw" |
# passwd user`), chpasswd's `user:password`, `sudo -S`, `smbpasswd -s` (its options in any order, `-a -s`), pdbedit's
# `-t` (`--password-from-stdin`), a registry login's `--password-stdin`, `htpasswd -i`, cryptsetup's passphrase,
# `vault login -`, openssl's pass phrase argument `stdin` (`-passin stdin`), gpg's `--passphrase-fd 0`, OpenConnect's
# `--passwd-on-stdin`, `zfs load-key`, AnyDesk's `--set-password` (its unattended access password, as AnyDesk's command
# line documents it: `echo <pw> | AnyDesk.exe --set-password`); or given to one as a here-string (`kinit svc@REALM <<<
# 'pw'`). The literal stands as written, or in a variable a line above assigns it (`echo "$PW" | …`, PowerShell's `$pw |
# & "…\AnyDesk.exe" --set-password`, its pipeline's literal `'pw' | …`: see _PIPED_STATEMENT_TO_LOGIN).
_STDIN_PASSWORD_TOOL = (
    r"""(?P<tool>realm[ \t]+join|adcli[ \t]+[a-z-]{2,20}|kinit|iinit|passwd[ \t][^|;&<\n]{0,100}?--stdin|passwd|chpasswd|sudo[ \t]+-S"""
    r"""|smbpasswd[ \t][^|;&<\n]{0,100}?(?<![\w-])-[a-z]{0,4}s"""
    r"""|pdbedit[ \t][^|;&<\n]{0,100}?(?:(?<![\w-])-[a-z]{0,4}t|--password-from-stdin)|htpasswd[ \t]+-[a-z]{0,4}i|cryptsetup|vault[ \t]+login[ \t]+-(?=[\s]|$)"""
    r"""|(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|helm(?:[ \t]+registry)?)[ \t]+(?:auth[ \t]+)?login[^|;&<\n]{0,200}?--password-stdin"""
    r"""|openssl[ \t][^|;&<\n]{0,200}?[ \t]-pass(?:in|out)?[ \t]+stdin(?=[\s]|$)"""
    r"""|gpg2?[ \t][^|;&<\n]{0,200}?--passphrase-fd(?:[ \t]+|=)0(?=[\s]|$)|openconnect[ \t][^|;&<\n]{0,200}?--passwd-on-stdin"""
    r"""|zfs[ \t]+load-key|(?i:anydesk)(?:\.exe)?["']?[ \t][^|;&<\n]{0,200}?--set-password)(?![\w-])"""
)
# (the tool's path before it: a directory's, a Windows path quoted for its blanks, after PowerShell's call operator `&`)
_TOOL_PATH = r"""(?:&[ \t]*)?(?:"[^"\n|<>]{0,200}[\\/]|'[^'\n|<>]{0,200}[\\/]|[\w.:\\/-]{0,200}[\\/])?"""
# (a variable's value, bare or double-quoted: `"$PW"`, `${PW}`, PowerShell's `$pw`; a line above assigns it)
_VARIABLE = r"""(?P<vq>")?\$\{?(?P<var>[A-Za-z_]\w{0,63})\}?(?(vq)")(?![\w-])"""
# (a double-quoted literal's `\n`: `echo -e "pw\npw"`, the password and its confirmation, a line each; a bare word holds no
# `(` or `)`, the shell's own: `(echo pw; echo pw) | …` closes its group after `pw`)
_LITERAL_ECHOED = r"""(?:""" + _VARIABLE + r"""|"(?P<dq>(?:[^"\n`\\]|\\n){1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'$`\\;|&<>()]{1,512}))"""
# (printf's format's further arguments, each a line of input: `printf '%s\n' 'pw' 'pw'`, `printf "%s\n%s\n" "pw" "pw"`)
_FURTHER_ARGUMENTS = r"""(?(fq)(?:[ \t]+(?:"[^"\n`\\]{1,512}"|'[^'\n]{1,512}')){0,2})"""
# (the last command of a group whose output is piped: `(echo "pw"; echo "pw") | smbpasswd -s -a user`, `{ …; }`)
_GROUP_CLOSED = r"""(?:;[ \t]*)?(?P<close>[)}][ \t]*)?"""
_PIPED_TO_LOGIN = lazy_regex(
    r"""(?:^|[;&(\s"'`{]|\$\()(?:[\w./-]{0,200}/)?(?:echo(?:[ \t]+-[neE]{1,3})*|(?i:write-output)"""
    r"""|printf(?:[ \t]+(?P<fq>["'])%s(?:\\n%s){0,2}(?:\\n)?(?P=fq))?)[ \t]+"""
    + _LITERAL_ECHOED + _FURTHER_ARGUMENTS + r"""[ \t]*""" + _GROUP_CLOSED
    + r"""\|[ \t]*(?:sudo[ \t]+(?:-[A-Za-z][ \t]+)*)?""" + _TOOL_PATH + _STDIN_PASSWORD_TOOL
)
# PowerShell's pipeline, a statement's value piped with no echo (`$pw | & "…\AnyDesk.exe" --set-password`, `'pw' | …`): a
# variable or a quoted literal only (a bare word there is a command: `hostname | kinit`).
_PIPED_STATEMENT_TO_LOGIN = lazy_regex(
    r"""(?:^|[;{(])[ \t]*(?:""" + _VARIABLE + r"""|'(?P<sq>[^'\n]{1,512})'|"(?P<dq>[^"\n`\\]{1,512})")[ \t]*"""
    r"""\|[ \t]*(?:sudo[ \t]+(?:-[A-Za-z][ \t]+)*)?""" + _TOOL_PATH + _STDIN_PASSWORD_TOOL
)
# (the tool in a command's place: the line's start, after a separator, a quote opening a command string, a keyword
# (a condition's `if`/`while`/`!` too) or a variable's assignment; not a word of another command's, `grep kinit <<< "$log"`)
_COMMAND_PLACE = (r"""(?:^|[;&|(`"']|\$\(|(?<![\w-])(?:then|do|else|time|exec|nohup|command|if|elif|while|until|!)(?=[ \t]))[ \t]*"""
                  r"""(?:[A-Za-z_]\w{0,63}=[^\s;|&"'`]{0,256}[ \t]+){0,4}""")
_HERE_STRING_TO_LOGIN = lazy_regex(
    _COMMAND_PLACE + r"""(?:sudo(?:[ \t]+-[A-Za-z]{1,4}(?:[ \t]+(?!-)[\w.@-]{1,64})?){0,4}[ \t]+)?(?:[\w./-]{0,200}/)?""" + _STDIN_PASSWORD_TOOL
    # (`… <<< 'pw' >/dev/null`; a command string's end: `ssh host "kinit svc <<< 'pw'"`)
    + r"""[^|;&<>\n]{0,300}?<<<[ \t]*""" + _LITERAL_ECHOED + r"""[ \t]*(?:$|[;&|#)"`]|\d?>)"""
)


def _quoted_as_written(value: str) -> bool:
    """An echoed double-quoted text with no `$`, or whose `$`s its writer meant as characters (`"Bosun$Slipway8216"`,
    `"Summer2025$"`: see _dollar_in_literal); `"$PASS"`, `"${PW}"`, `"pre$pw"` are a variable's value."""
    return "$" not in value or _inert_dollars(value) or _dollar_in_literal(value)


# (a log is named for the step it records: `/var/log/psk-install.log`)
_NOT_SECRET_FILE = (".pub", ".crt", ".cer", ".pem", ".sh", ".py", ".rb", ".conf", ".yml", ".yaml", ".json", ".hcl", ".tf",
                    ".log")
_SECRET_LINE = lazy_regex(r"""^[ \t]*(?P<value>[A-Za-z0-9+/=_.:-]{16,1024})[ \t]*$""")
_HEREDOC_LINES = 8


# Settings given by name and value on a command line: Moodle's `php admin/cli/cfg.php [--component=…]
# --name=<setting> --set=<value>` (often through a variable standing for the script, `$CFG --name=… --set=…`):
# the value is judged under the setting's name, which must name a credential (a few other options between).
_NAMED_SETTING = lazy_regex(
    r"""(?<![\w-])--name(?:=|[ \t]+)(?P<nq>["']?)(?P<name>[A-Za-z_][\w.:/-]{0,127})(?P=nq)[ \t]+"""
    r"""(?:--[\w-]{1,40}(?:=[^\s]{0,200})?[ \t]+){0,3}"""
    r"""--set(?:=|[ \t]+)(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"';|&`]{1,512}))"""
)


# (cfg.php reads its options in any order: the value may come first, `--set=… --name=…`)
_SET_THEN_NAME = lazy_regex(
    r"""(?<![\w-])--set(?:=|[ \t]+)(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"';|&`]{1,512}))[ \t]+"""
    r"""(?:--[\w-]{1,40}(?:=[^\s]{0,200})?[ \t]+){0,3}"""
    r"""--name(?:=|[ \t]+)(?P<nq>["']?)(?P<name>[A-Za-z_][\w.:/-]{0,127})(?P=nq)(?=[\s;|&)]|$)"""
)
_HELM_VALUE = lazy_regex(r"""^[\w.\[\]-]{1,128}=""")
_NAMED_LINES_READ = 8  # lines a command continued from a `--name` line is read over
_NAMED_PART_READ = 4096  # characters of each continued line joined


def _named_settings(line: str, split: int = -1) -> Iterator[Tuple[int, str, str]]:
    """(where the value starts, name, value) of each setting given by --name and --set on the command
    (either order); `split` >= 0: only a name before it with its value after it (a continued command's)."""
    for pattern in (_NAMED_SETTING, _SET_THEN_NAME):
        if pattern is _SET_THEN_NAME and split >= 0:
            return  # (a continued command: its name above, its value below)
        for count, found in enumerate(pattern.finditer(line)):
            if count >= _TOOLS_A_LINE:
                break
            group = "sq" if found.group("sq") is not None else "dq" if found.group("dq") is not None else "bare"
            value = found.group(group) or ""
            if split >= 0 and not found.start("name") < split <= found.start(group):
                continue  # (the pair on one line: that line's own)
            if group != "sq" and "$" in value:
                continue  # (a variable's value, `--set="$SECRET"`)
            if group == "bare" and _HELM_VALUE.match(value):
                continue  # (Helm 2's `--name <release> --set key=value`: a chart's value, judged where it is named)
            yield found.start(group), found.group("name"), value


def _named_setting_values(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """Settings given by --name and --set on the line, and a command continued from it (`--name=smtppass \\`
    then `--set='…'` below): the value at its own line."""
    line = lines[index]
    if "--set" in line:
        for _, name, value in _named_settings(line):
            yield 0, f"the setting {name} given by --name and --set", name, value, Judgement.NAMED_AND_JUDGED
    if not line.rstrip().endswith(_CONTINUED):
        return
    parts, position = [line.rstrip()[-_NAMED_PART_READ:][:-1]], index
    while position + 1 < len(lines) and position - index < _NAMED_LINES_READ:
        position += 1
        below = lines[position].rstrip()
        continued = below.endswith(_CONTINUED)
        parts.append((below[:-1] if continued else below)[:_NAMED_PART_READ])
        if not continued:
            break
    starts = list(itertools.accumulate(len(part) + 1 for part in parts))
    joined = " ".join(parts)
    if "--set" not in joined:
        return
    for start, name, value in _named_settings(joined, starts[0]):
        offset = bisect.bisect_right(starts, start)
        yield offset, f"the setting {name} given by --name and --set", name, value, Judgement.NAMED_AND_JUDGED


# A browser launched on a page whose URL carries its access key (a kiosk's or a signage screen's launcher:
# `chromium-browser --kiosk "https://signage.example/display/7?key=…"`): the key, on the launching line or on
# a line continuing it. (`token=`, `api_key=` are credential-named keys the kind reads anywhere; `key=` and
# `auth=` only here, where the URL is a page a screen opens unattended.)
_BROWSER = lazy_regex(
    r"""(?:^|[\s/\\"'=@;&|(])(?:chromium(?:-browser)?|google-chrome(?:-stable|-beta|-unstable)?|chrome|firefox(?:-esr)?"""
    r"""|microsoft-edge(?:-stable)?|msedge|epiphany(?:-browser)?|midori|surf|cog|qutebrowser|kweb3?|luakit|falkon)"""
    r"""(?:\.exe)?(?=[\s"']|$)"""
)
_URL_ACCESS_KEY = lazy_regex(
    r"""://[^\s"'?#]{1,512}\?(?:[^\s"'#]{0,512}?&)?(?P<name>(?i:key|auth|passkey|access_?key))="""
    r"""(?P<value>[A-Za-z0-9_.~-]{16,256})(?=[&#"'\s]|$)"""
)
_BROWSER_LINES_ABOVE = 20
_HEX_KEY = lazy_regex(r"""^[0-9a-fA-F-]{24,256}$""")


def _random_key(value: str) -> bool:
    """A key as a service issues it: upper and lower case letters and digits mixed, or hex (a UUID); not
    a screen's or a page's name (`screen-lobby-left-01`)."""
    if not looks_generated(value):
        return False
    if _HEX_KEY.match(value):
        return sum(character.isalpha() for character in value) >= 4
    return any(character.isupper() for character in value) and any(character.islower() for character in value)


def _browser_url_keys(lines: Sequence[str], index: int) -> Iterator[Placed]:
    line = lines[index]
    found = _URL_ACCESS_KEY.search(line)
    if found is None:
        return
    value = found.group("value")
    if not _random_key(value):
        return  # (`?key=screen-lobby-left-01`: a name, no secret)
    launched = _BROWSER.search(line, 0, found.start()) is not None
    spot = index
    while not launched and spot > 0 and index - spot < _BROWSER_LINES_ABOVE and lines[spot - 1].rstrip().endswith("\\"):
        spot -= 1
        launched = _BROWSER.search(lines[spot]) is not None
    if launched:
        yield 0, f"the {found.group('name')} of the URL a browser is launched on", "token", value, Judgement.JUDGED


# Telematics devices' command scripts (kept as the bench sends them).
# Queclink's @Track AT commands: `AT+GT<CMD>=<password>,…,<serial>$`, the device's password first (4 to 20 letters
# and digits; its default is the model's name, `gv300`, `gl300w`, published in the manuals); AT+GTCFG's second
# field is the new password it sets.
_QUECLINK_COMMAND = lazy_regex(r"""(?i:AT\+GT)(?P<command>[A-Za-z]{3})=(?P<pw>[0-9A-Za-z]{4,20}),(?:(?P<new>[0-9A-Za-z]{4,20}),)?""")
_QUECLINK_DEFAULT = lazy_regex(r"""^(?i:g[a-z]{1,2}[0-9]{2,4}[a-z]{0,4})$""")
_MIXED_DEVICE_PASSWORD = lazy_regex(r"""^(?=[^0-9]*[0-9])(?=[^A-Za-z]*[A-Za-z])[0-9A-Za-z]{6,20}$""")
# Teltonika's SMS commands: `<login> <password> <command> [arguments]` (no login and password set: two blanks),
# as a batch of SMS texts lists them (`fleetadm …  setparam 2001:apn.example`).
_TELTONIKA_COMMANDS = frozenset(TELTONIKA_COMMAND_WORDS)
_TELTONIKA_SMS = lazy_regex(r"""^[ \t]*(?P<login>[^\s#;"'<>\[\]{}]{1,32})[ \t]+(?P<pw>[^\s"'<>\[\]{}]{1,64})[ \t]+[a-z_]{4,16}(?:[ \t]|$)""")
# ... and with no login set but a password: the empty login's one blank opens the text (`␣<password> <command>`)
_TELTONIKA_SMS_NO_LOGIN = lazy_regex(r"""^ (?P<pw>[^\s"'<>\[\]{}]{1,64})[ \t]+[a-z_]{4,16}(?:[ \t]|$)""")
_DEVICE_LINE_READ = 4096


# An AT command whose name says it sets a key (a radio modem's link encryption, Microhard's `AT+MWVENCRYPT=<type>,<key>`;
# a LoRaWAN module's `AT+APPKEY=<key>`, `AT+NWKSKEY=`), a field of it a key in hex of an AES key's length.
_AT_KEY_COMMAND = lazy_regex(
    r"""(?<![A-Za-z0-9])(?i:AT\+)(?P<command>[A-Za-z0-9_]{0,24}?(?i:key|encrypt|aes|psk)[A-Za-z0-9_]{0,16})[=:](?P<args>[^\n]{1,512})""")
_AT_KEY_FIELD = lazy_regex(r"""^[ \t]*["']?(?:0[xX])?(?P<key>[0-9A-Fa-f]{32}|[0-9A-Fa-f]{48}|[0-9A-Fa-f]{64})["']?[ \t]*$""")
_AT_FIELDS_READ = 16
# A device console's command setting a key: MAVProxy's `signing setup <passphrase>` (the MAVLink 2 signing key, the
# passphrase's SHA-256) and `signing key <passphrase>`; Microchip's LoRaWAN modules' (RN2483, RN2903) `mac set appkey|
# appskey|nwkskey <hex>`.
_SIGNING_PASSPHRASE = lazy_regex(r"""^[ \t]*signing[ \t]+(?P<command>setup|key)[ \t]+(?P<value>[^\s]{1,256})[ \t]*$""")
_MAC_SET_KEY = lazy_regex(r"""^[ \t]*mac[ \t]+set[ \t]+(?P<command>appkey|appskey|nwkskey)[ \t]+(?P<value>[0-9A-Fa-f]{32})[ \t]*$""")
_HEX_KEY_DISTINCT = 8  # (one in fifty of 32 random hex digits shows fewer than eleven distinct)


def _random_hex_key(value: str) -> bool:
    """Hex drawn at random: eight distinct digits at least, not counting up (`0123…ef0123…`), no placeholder."""
    lowered = value.lower()
    return len(set(lowered)) >= _HEX_KEY_DISTINCT and "01234567" not in lowered and "fedcba98" not in lowered \
        and not is_placeholder(value)


def _device_key_commands(line: str) -> Iterator[Placed]:
    """An AT command's key field (see _AT_KEY_COMMAND), a device console's key command (see _SIGNING_PASSPHRASE)."""
    if "AT+" in line or "at+" in line or "At+" in line:
        for count, found in enumerate(_AT_KEY_COMMAND.finditer(line, 0, _DEVICE_LINE_READ)):
            if count >= _TOOLS_A_LINE:
                break
            for field in found.group("args").split(",", _AT_FIELDS_READ)[:_AT_FIELDS_READ]:
                key = _AT_KEY_FIELD.match(field)
                if key is not None and _random_hex_key(key.group("key")):
                    # (judged as the kind judges a key: a specification's test vector, `2B7E1516…`, or counting bytes,
                    # `000102…0F`, are a tutorial's, not a device's own)
                    yield 0, f"key set by the AT command AT+{found.group('command')}", "encryption key", key.group("key"), \
                        Judgement.JUDGED
    if "signing" in line:
        found = _SIGNING_PASSPHRASE.match(line)
        if found is not None:
            yield 0, f"MAVLink signing passphrase (signing {found.group('command')})", "passphrase", found.group("value"), \
                Judgement.NAMED_AND_JUDGED
    if "mac" in line:
        found = _MAC_SET_KEY.match(line)
        if found is not None and _random_hex_key(found.group("value")):
            yield 0, f"LoRaWAN key set by mac set {found.group('command')}", "appkey", found.group("value"), Judgement.JUDGED


_AT_PASSWORD_COMMAND = lazy_regex(r"""(?<![A-Za-z0-9])(?i:AT)(?P<command>[+#^$][A-Za-z][A-Za-z0-9_]{1,15})=(?P<args>[^\n]{1,512})""")
_AT_PASSWORD_COMMAND_HEADS = ("AT+", "AT#", "AT^", "AT$", "at+", "at#", "at^", "at$", "At+")
_AT_ARGUMENTS_READ = 512


def _at_fields(args: str) -> List[Tuple[str, bool]]:
    """An AT command's fields from its `=` (each its text and whether it was quoted), up to _AT_FIELDS_READ: a quoted
    field between its quotes, a bare one up to a comma; the command ends at a blank or a quote that opens no field.
    A command written inside a string literal (`"AT+CWJAP=\\"…\\",\\"…\\""`) is read with its quotes unescaped."""
    if '\\"' in args:
        args = args.replace('\\"', '"')
    fields: List[Tuple[str, bool]] = []
    position, end = 0, min(len(args), _AT_ARGUMENTS_READ)
    while len(fields) < _AT_FIELDS_READ:
        if position < end and args[position] == '"':
            close = args.find('"', position + 1, end)
            if close < 0:
                break
            fields.append((args[position + 1:close], True))
            position = close + 1
        else:
            stop = position
            while stop < end and args[stop] not in ',"' and not args[stop].isspace():
                stop += 1
            fields.append((args[position:stop], False))
            position = stop
        if position >= end or args[position] != ",":
            break
        position += 1
    return fields


def _at_password_fields(command: str, fields: List[Tuple[str, bool]]) -> Tuple[int, ...]:
    """The fields of an AT command (see _AT_PASSWORD_FIELDS, _AT_TAGGED_PASSWORDS) that hold its password."""
    if command in _AT_TAGGED_PASSWORDS:
        tag, tags, value = _AT_TAGGED_PASSWORDS[command]
        return (value,) if tag < len(fields) and fields[tag][0].lower() in tags else ()
    if command == "+QICSGP" and len(fields) > 1 and fields[1][1]:
        return (3,)  # (Quectel M95's: the APN second, no context type before it)
    return _AT_PASSWORD_FIELDS.get(command, ())


def _at_passwords(line: str) -> Iterator[Placed]:
    """The password an AT command's documented field holds (see _AT_PASSWORD_FIELDS), a quoted field's; a bare
    one is a number or a name of the command's."""
    for count, found in enumerate(_AT_PASSWORD_COMMAND.finditer(line, 0, _DEVICE_LINE_READ)):
        if count >= _TOOLS_A_LINE:
            break
        command = found.group("command").upper()
        if command not in _AT_PASSWORD_FIELDS and command not in _AT_TAGGED_PASSWORDS:
            continue
        fields = _at_fields(found.group("args"))
        slots = _at_password_fields(command, fields)
        for slot in slots:
            if slot < len(fields) and fields[slot][1] and fields[slot][0]:
                # (a field of two a manual's orders differ on is judged as any value; the one documented, in a
                # password's slot)
                how = Judgement.JUDGED if len(slots) > 1 else Judgement.PASSWORD_SLOT
                yield 0, f"password given to the AT command AT{command}", "password", fields[slot][0], how


# (stop 70, commands) The SMS commands of the TK102/TK103 family's GPS trackers (Coban's, Xexun's and their clones: a
# fleet's cheap boxes), each command's word glued to the device's password: `begin123456`, `admin<pw> <phone>`,
# `adminip<pw> <ip> <port>`, `apn<pw> <apn>`, `gprs<pw>`, `fix030s005n<pw>`, `tracker<pw>`, `stop<pw>` (it cuts the
# engine). `password<old> <new>` sets the password: the new one, where the file's other commands send it glued to their
# word (the fleet's own, whoever has it commands the boxes by SMS), is reported; the factory's `123456`, a stand-in
# (`<nouveau>`, `xxxxxx`) or digits counting up are none. A line with no such command beside it is judged as a password
# in its slot is.
_TRACKER_PASSWORD_CHANGE = lazy_regex(r"""(?<![A-Za-z0-9_])(?i:password)(?P<old>[0-9]{4,8})[ \t]+(?P<new>[0-9A-Za-z]{4,16})(?![^\s.,;)])""")
_TRACKER_COMMAND_WORDS = (r"""(?:begin|admin|noadmin|adminip|apn|apnuser|apnpasswd|gprs|sms|tracker|monitor|nofix|imei|check|reset"""
                          r"""|arm|disarm|stop|resume|timezone|speed|nospeed|move|nomove|shock|noshock|upload|angle|quickstop"""
                          r"""|fix[0-9]{3}[smh](?:[0-9]{3}|\*{3})n|t[0-9]{3}[smh](?:[0-9]{3}|\*{3})n)""")
_TRACKER_FACTORY_PASSWORD = "123456"
_TRACKER_LINES_READ = 200  # lines of the file read for the new password glued to another command


def _tracker_passwords(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A TK103-family tracker's new password set by SMS (see _TRACKER_PASSWORD_CHANGE)."""
    line = line_text(lines, index)[:_DEVICE_LINE_READ]
    for found in itertools.islice(_TRACKER_PASSWORD_CHANGE.finditer(line), _TOOLS_A_LINE):
        new = found.group("new")
        if new == _TRACKER_FACTORY_PASSWORD or new == found.group("old") or is_placeholder(new) or steps_up(new) or steps_up(new[::-1]) \
                or len(set(new)) < 3:
            continue
        glued = re.compile(r"(?<![A-Za-z0-9_])(?i:" + _TRACKER_COMMAND_WORDS + r")" + re.escape(new) + r"(?![A-Za-z0-9])")
        sent = any(glued.search(line_text(lines, position)[:_DEVICE_LINE_READ]) is not None
                   for position in range(max(0, index - _TRACKER_LINES_READ), min(len(lines), index + _TRACKER_LINES_READ))
                   if new in line_text(lines, position))
        yield 0, "GPS tracker's password set by SMS (`password<old> <new>`, TK103's)", "password", new, \
            Judgement.PROVEN if sent else Judgement.PASSWORD_SLOT


def device_script_secrets(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """The device password a telematics command script gives: Queclink's AT commands' first field,
    Teltonika's SMS commands' `<login> <password> <command>`; a Zebra printer's SGD setting holding a secret;
    an AT command's password (a modem's APN login, a module's FTP, MQTT or Wi-Fi password)."""
    line = lines[index] if index < len(lines) else ""
    if '"wlan.' in line or "U1" in line or '{}{' in line:
        yield from _sgd_settings(line, lines, index)
    if "+" in line or "signing" in line or "mac" in line:
        yield from _device_key_commands(line)
    if any(head in line for head in _AT_PASSWORD_COMMAND_HEADS):
        yield from _at_passwords(line)
    if "T+G" in line or "t+g" in line:
        for count, found in enumerate(_QUECLINK_COMMAND.finditer(line, 0, _DEVICE_LINE_READ)):
            if count >= _TOOLS_A_LINE:
                break
            command = found.group("command").upper()
            for value in (found.group("pw"), found.group("new") if command == "CFG" else None):
                if value is None or _QUECLINK_DEFAULT.match(value):
                    continue  # (the factory default: the model's name)
                proven = _MIXED_DEVICE_PASSWORD.match(value) is not None and len(set(value)) >= 5 and not is_placeholder(value)
                yield 0, f"device password of a Queclink AT+GT{command} command", "password", value, \
                    Judgement.PROVEN if proven else Judgement.PASSWORD_SLOT
    if "assword" in line or "ASSWORD" in line:
        yield from _tracker_passwords(lines, index)
    parts = line[:_DEVICE_LINE_READ].split(None, 3)
    if len(parts) >= 3 and parts[2] in _TELTONIKA_COMMANDS:
        found = _TELTONIKA_SMS.match(line)
        if found is not None:
            yield 0, f"SMS password of login {found.group('login')} in a Teltonika SMS command", "password", \
                found.group("pw"), Judgement.PASSWORD_SLOT
    elif len(parts) >= 2 and parts[1] in _TELTONIKA_COMMANDS and line[:1] == " " and line[1:2] not in (" ", "\t"):
        # (no login set, a password set: the text opens with the empty login's one blank, `␣<password> <command>`)
        found = _TELTONIKA_SMS_NO_LOGIN.match(line)
        if found is not None:
            yield 0, "SMS password (no login) in a Teltonika SMS command", "password", found.group("pw"), Judgement.PASSWORD_SLOT


# A fleet page's own Teltonika SMS commands, as its table's or list's code spans give them (`| Status | `fleet … getstatus`
# |`) or a code block's line: the units' SMS login and password, the same on every unit (the literal kind judges the
# password as documentation's logins are: where it looks drawn, it is the fleet's own, no reader's example).
_CODE_SPAN = lazy_regex(r"""`(?P<text>[^`\n]{1,256})`""")
_SPANS_READ = 16


def documented_sms_commands(line: str) -> Iterator[Tuple[str, str]]:
    """(what, password) of each Teltonika SMS command (_TELTONIKA_SMS) a documentation line gives: in its code spans,
    or as the whole line (a code block's)."""
    text = line[:_DEVICE_LINE_READ]
    spans = [found.group("text") for found in itertools.islice(_CODE_SPAN.finditer(text), _SPANS_READ)] if "`" in text else [text]
    for span in spans:
        parts = span.split(None, 3)
        if len(parts) >= 3 and parts[2] in _TELTONIKA_COMMANDS:
            found = _TELTONIKA_SMS.match(span)
            if found is not None:
                yield f"SMS password of login {found.group('login')} in a Teltonika SMS command", found.group("pw")
        elif len(parts) >= 2 and parts[1] in _TELTONIKA_COMMANDS and span[:1] == " " and span[1:2] not in (" ", "\t"):
            found = _TELTONIKA_SMS_NO_LOGIN.match(span)  # (no login set: its one blank opens the text)
            if found is not None:
                yield "SMS password (no login) in a Teltonika SMS command", found.group("pw")


# atmoz/sftp's users, `user:pass[:e][:uid[:gid[:dir1[,dir2]…]]]` separated by blanks (`:e`: the password is a
# crypt hash), given as the container's arguments (a compose `command:`, a pod's `args:`, `docker run …
# atmoz/sftp[:tag] <users>`) or in its `SFTP_USERS` variable.
_SFTP_USER = lazy_regex(r"""^(?P<user>[A-Za-z_][\w.-]{0,31}):(?P<pw>[^:\s]{1,256})(?P<rest>(?::[^:\s]{0,256}){0,5})$""")
_SFTP_USERS_VARIABLE = lazy_regex(
    r"""(?<![\w.$-])SFTP_USERS["']?[ \t]*(?:=|:(?![-=+?:])|[ \t](?=[ \t]*[\w"']))[ \t]*(?P<value>[^\n]{1,2048})""")
_SFTP_ARGUMENTS = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?(?:command|args):[ \t]*(?P<value>[^\s#&|;](?:[^\n#]|(?<![ \t])#){0,2047})""")
_SFTP_IMAGE = "atmoz/sftp"
_SFTP_IMAGE_RUN = lazy_regex(r"""(?<![\w.-])atmoz/sftp(?::[\w.-]{1,128})?[ \t]+(?P<value>(?:[^\n&|;<>#]|(?<![ \t])#){1,2048})""")
_SFTP_FILE = LastFileMemo(lambda lines: any(_SFTP_IMAGE in text for text in itertools.islice(lines, 100_000)))
_SFTP_USERS_READ = 16


def _sftp_users(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """atmoz/sftp's users' passwords (see _SFTP_USER) on this line."""
    line = lines[index]
    values: List[str] = []
    if "SFTP_USERS" in line:
        values.extend(found.group("value") for found in itertools.islice(_SFTP_USERS_VARIABLE.finditer(line), _TOOLS_A_LINE))
    if _SFTP_IMAGE in line:
        values.extend(found.group("value") for found in itertools.islice(_SFTP_IMAGE_RUN.finditer(line), _TOOLS_A_LINE))
    elif ("command:" in line or "args:" in line) and _SFTP_FILE.of(lines):
        found = _SFTP_ARGUMENTS.match(line)
        if found is not None:
            values.append(found.group("value"))
    for value in values:
        for word in itertools.islice(value.replace(",", " ").split(), _SFTP_USERS_READ):
            spec = _SFTP_USER.match(word.strip("\"'[]"))
            if spec is None:
                continue
            rest = spec.group("rest").split(":")
            if len(rest) > 1 and rest[1] == "e":
                continue  # (an encrypted password: a crypt hash)
            if len(rest) > 1 and rest[1] and not rest[1].isdigit():
                continue  # (no uid after the password: not a user's line)
            yield 0, f"atmoz/sftp's password of user {spec.group('user')}", "password", spec.group("pw"), Judgement.NAMED_AND_JUDGED


# What a line must hold for script_secrets to find anything on it (kinds/_triggers.py).
SCRIPT_TRIGGERS: Triggers = Triggers(
    exact=("|", '"wlan.', "U1", "{}{", "env:set", "ecret", "ECRET", "tokens", "<<", "//", "ftp", "FTP", "PASS", "responses", "-u", "--user", "-a", "--set", "--name",
           "SFTP_USERS", _SFTP_IMAGE, "command:", "args:",
           "T+G", "t+g", "AT+", "at+", "At+", "AT#", "AT^", "AT$", "at#", "at^", "at$", "signing", "mac") + tuple(sorted(_TELTONIKA_COMMANDS)),
    folded=_HINT_WORDS + ("net ", "etvar", "open", "login", "curl", "key=", "auth=", "password") + _REGISTRY_HEADS,
    pairs=(("echo", ">"), ("printf", ">")),
    names=lambda lowered_name: lowered_name.endswith("curlrc"))


_GROUP_OPENS = lazy_regex(r"""(?:^|[\s;&|`])[({][ \t]*(?:[\w./-]{0,200}/)?(?:echo|printf)(?![\w-])""")


def _given_on_input(pattern: "re.Pattern[str]", lines: Sequence[str], index: int, how: str) -> Iterator[Placed]:
    """Each literal the pattern finds given to a tool that reads its password on its standard input (see
    _STDIN_PASSWORD_TOOL): the literal, or a chpasswd line's password; a variable's, at the line above assigning it."""
    line = lines[index]
    for found, value in _literals_found(pattern, line):
        offset = 0
        if found.groupdict().get("var") is not None:
            assigned = _assigned_above(lines, index, found.group("var"))
            if assigned is None:
                continue
            offset, value = assigned
        if "close" in found.re.groupindex and found.group("close") is not None and not _GROUP_OPENS.search(line, 0, found.start()):
            continue  # (a `)` closing no group of commands: a command substitution's or a string's)
        tool = " ".join(found.group("tool").replace('"', "").replace("'", "").split()[:2])
        for part in dict.fromkeys(value.split("\\n")):  # (each line the tool reads, once: a password and its confirmation)
            if tool == "chpasswd":
                user, sign, part = part.partition(":")  # (`user:password`, a line each)
                if not sign:
                    continue
            if part:
                given = f"${found.group('var')}" if found.groupdict().get("var") is not None else "a literal"
                yield offset, f"{given} {how} {tool}", "password", part, Judgement.NAMED_AND_JUDGED


def script_secrets(lines: Sequence[str], index: int, in_code: bool, lowered_name: str) -> Iterator[Placed]:
    """Secrets a command or a script holds on this line or the lines below it: a command's options
    continued on the next lines, an FTP client's script (its user and password lines), a JCL card's
    PASSWORD=, sqlcmd's `:setvar`, .curlrc's user, a literal piped into (or given to) a secret store."""
    line = lines[index] if index < len(lines) else ""
    yield from continued_tool_options(lines, index)
    if "=" in line and ("/" in line or "\\" in line):
        yield from _variable_tool_commands(lines, index)  # (a tool's path assigned: it holds a separator)
    if "|" in line or "secret" in line or "env:set" in line:
        yield from _stored_secrets(line)
    if "|" in line:
        if "echo" in line or "printf" in line or "rite-" in line or "RITE-" in line:
            yield from _given_on_input(_PIPED_TO_LOGIN, lines, index, "piped into")
        if "$" in line or "'" in line or '"' in line:
            yield from _given_on_input(_PIPED_STATEMENT_TO_LOGIN, lines, index, "piped into")
    if "<<<" in line:
        yield from _given_on_input(_HERE_STRING_TO_LOGIN, lines, index, "given as a here-string to")
    yield from device_script_secrets(lines, index)
    if ("-u" in line or "--user" in line) and line.rstrip().endswith(_CONTINUED):
        yield from _continued_user_and_password(lines, index)
    if line.rstrip().endswith(_CONTINUED) and ("reg" in line.lower() or "temProperty" in line):
        yield from _continued_registry_values(lines, index)
    if ("open" in line or "OPEN" in line or "Open" in line) and _WRITTEN_OPEN.search(line):
        script, offsets = _written_script(lines, index)  # (an FTP script a program writes, code or not)
        for offset, what, key, value, how in _ftp_script(script, 0) if script else ():
            yield offsets[offset], f"{what} (written by a program)", key, value, how
    if in_code:
        return
    if "--name" in line:
        yield from _named_setting_values(lines, index)
    if "://" in line and "=" in line:
        lowered = line.lower()
        if "key=" in lowered or "auth=" in lowered:
            yield from _browser_url_keys(lines, index)
    if ("ecret" in line or "ECRET" in line) and "-" in line:
        yield from _approle_secret_ids(lines, index)
    if "tokens" in line and "}" in line:
        for body in _ONE_LINE_TOKENS.finditer(line):
            for count, item in enumerate(_ONE_LINE_TOKEN_ITEM.finditer(body.group("body"))):
                if count < _TOOLS_A_LINE:
                    yield 0, f"ACL token {item.group('key')} in a tokens block", "token", item.group("value"), Judgement.PROVEN
    if "<<" in line and ("cat" in line or "tee" in line):
        yield from _secret_file_heredoc(lines, index)
    if "SFTP_USERS" in line or _SFTP_IMAGE in line or "command:" in line or "args:" in line:
        yield from _sftp_users(lines, index)
    if ("echo" in line or "printf" in line) and (">" in line or "tee" in line):
        for count, found in enumerate(_ECHO_TO_SECRET_FILE.finditer(line)):
            path = found.group("path")
            if count >= _TOOLS_A_LINE:
                break
            known = _PASSWORD_FILE_PATH.search(path) is not None
            if (known or _SECRET_FILE_NAME.search(path)) and not path.lower().endswith(_NOT_SECRET_FILE) and "$" not in path.rsplit("/", 1)[-1]:
                value = found.group("dq") or found.group("sq") or found.group("bare") or ""
                if found.group("dq") is not None and not _quoted_as_written(value):
                    continue
                name = path.rstrip("/").rsplit("/", 1)[-1]
                yield 0, f"a literal written to {name}", "password" if known else _file_key(name), value, Judgement.NAMED_AND_JUDGED
    if "responses" in line:
        yield from _expect_responses(lines, index)
    if ":" in line and "etvar" in line.lower():
        found = _SETVAR.match(line)
        if found is not None:
            yield 0, f"sqlcmd's :setvar {found.group('key')}", found.group("key"), found.group("dq") or found.group("bare") or "", Judgement.NAMED_AND_JUDGED
    if lowered_name.endswith("curlrc"):
        found = _CURLRC_USER.match(line)
        if found is not None:
            user, sign, password = (found.group("dq") or found.group("bare") or "").partition(":")
            if sign and user and password:
                yield 0, f".curlrc's user {user}", "password", password, Judgement.NAMED_AND_JUDGED
    if line.startswith("//") and "=" in line:
        for found in _JCL_PASSWORD.finditer(line):
            password = found.group("pw")
            if _MAINFRAME_PASSWORD.match(password):
                yield 0, "a JCL card's PASSWORD=", "password", password, Judgement.PROVEN
    if "PASS" in line:
        yield from _logged_ftp_login(lines, index, line)
    if _FTP_OPEN.match(line) or _FTP_INPUT.match(line) or (("ftp" in line or "FTP" in line) and _FTP_HEREDOC.search(line)):
        yield from _ftp_script(lines, index)
    elif ("echo" in line or "ECHO" in line or "Echo" in line) and ("open" in line or "OPEN" in line):
        script, offsets = _echoed_script(lines, index, lowered_name.endswith((".bat", ".cmd")))
        if script:
            for offset, what, key, value, how in _ftp_script(script, 0):
                yield offsets[offset], what, key, value, how


# (Blind rounds HA-HF) An FTP login as a log records the protocol's commands (RFC 959's `USER <name>`, then `PASS
# <password>`): a sync job's or an app's debug line (`ftp login: USER admin / PASS …`), a client's trace a line each
# (`---> USER admin` then `---> PASS …`, curl's `> PASS …`, a server's `"PASS …"`). The PASS command with the USER
# command before it, on its line or one of the two lines above: the password, judged as any (a client's `PASS XXXX`, a
# server's `(hidden)` or `<password>` mask is none). A `PASS` alone is a test's verdict as often (`PASS tests/…`).
# (The protocol ends each command with CRLF: a trace or a capture kept as it came ends its lines so.)
_LOGGED_FTP_PASS = lazy_regex(r"""(?<![\w-])PASS[ \t]+(?P<pw>[^\s"']{1,256})(?=["']?(?:[ \t\r]|$))""")
_LOGGED_FTP_USER = lazy_regex(r"""(?<![\w-])USER[ \t]+(?P<user>[^\s"'/]{1,128})(?=["']?(?:[ \t\r]|$))""")
_LOGGED_FTP_LINES_ABOVE = 2
_LOGGED_LINE_READ = 4096


def _logged_ftp_login(lines: Sequence[str], index: int, line: str) -> Iterator[Placed]:
    """The password of a logged FTP login (see _LOGGED_FTP_PASS)."""
    text = line[:_LOGGED_LINE_READ]
    found = _LOGGED_FTP_PASS.search(text)
    if found is None:
        return
    user = _LOGGED_FTP_USER.search(text, 0, found.start())
    for above in range(index - 1, max(-1, index - 1 - _LOGGED_FTP_LINES_ABOVE), -1):
        if user is not None:
            break
        user = _LOGGED_FTP_USER.search(lines[above][:_LOGGED_LINE_READ])
    if user is None or user.group("user").lower() in _FTP_ANONYMOUS or not _argument(found.group("pw")):
        return
    yield 0, f"a logged FTP login's PASS of {user.group('user')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED


def _sgd_settings(line: str, lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A Zebra printer's SGD setting holding a secret (see _SGD_SETVAR); a script's printf giving it as its format's
    argument, a variable a line above assigns (_SGD_PRINTF_ARGUMENT), at that line."""
    pattern = _SGD_SETVAR if "etvar" in line.lower() else _SGD_JSON
    for count, found in enumerate(pattern.finditer(line, 0, _SGD_LINE_READ)):
        if count >= _TOOLS_A_LINE:
            return
        name, value = found.group("name"), found.group("value")
        offset = 0
        if value == "%s":
            argument = _SGD_PRINTF_ARGUMENT.search(line)
            assigned = _assigned_above(lines, index, argument.group("var")) if argument is not None else None
            if assigned is None:
                continue
            offset, value = assigned
        parts = name.lower().split(".")
        last = parts[-1]
        if parts[-2:] == ["authentication", "add"] and parts[0] == "weblink":
            words = value.split()
            if len(words) == 3:  # (`<server> <user> <password>`)
                yield 0, f"a WebLink server's password (Zebra SGD {name}, user {words[1]})", "password", words[2], Judgement.NAMED_AND_JUDGED
            continue
        if _SGD_SECRET_LAST.match(last) and (not last.startswith("key") or "wep" in parts) \
                or (last.endswith("community_name") and "snmp" in parts):
            yield offset, f"a Zebra printer's SGD setting {name}", "password", value, Judgement.NAMED_AND_JUDGED


def _approle_secret_ids(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A UUID under a `secret_id` name where the script logs in by Vault's AppRole."""
    line = lines[index]
    found = _SECRET_ID.search(line)
    if found is None:
        return
    near = lines[max(0, index - _APPROLE_LINES):index + _APPROLE_LINES + 1]
    if any(_APPROLE_WORDS.search(other) for other in near):
        yield 0, f"Vault AppRole {found.group('key')}", "secret_id", found.group("value"), Judgement.PROVEN


def _file_key(name: str) -> str:
    """The key a value written to a file so named is judged under."""
    return "password" if _PASSWORD_FILE_NAME.search(name) else "token" if "token" in name.lower() else "secret"


# Ansible's expect module: `responses:` maps a prompt (a regex) to its answer (`"Password for svc_join": "…"`,
# `(?i)password: "…"`); the answer to a password's prompt is the password. Read from the `responses:` line.
_EXPECT_RESPONSE = lazy_regex(
    r"""^(?P<indent>[ \t]*)(?:"(?P<p1>[^"\n]{0,80}(?i:passw|passphrase)[^"\n]{0,80})"|'(?P<p2>[^'\n]{0,80}(?i:passw|passphrase)[^'\n]{0,80})'"""
    r"""|(?P<p3>[^\s"'#][^"'\n#]{0,80}(?i:passw|passphrase)[^"'\n#]{0,80}?))[ \t]*:[ \t]+"""
    r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'#{\[|>&*][^\n#]{0,255}?))[ \t]*$"""
)
_RESPONSES = lazy_regex(r"""^(?P<indent>[ \t]*)responses[ \t]*:[ \t]*$""")
_EXPECT_MODULE = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?(?:ansible\.builtin\.|ansible\.legacy\.)?expect[ \t]*:[ \t]*$""")
_EXPECT_LINES = 12
_RESPONSE_LINES = 24


def _expect_responses(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """The answers to password prompts in an Ansible expect task's `responses:` (this line) block."""
    found = _RESPONSES.match(lines[index])
    if found is None or not any(_EXPECT_MODULE.match(lines[spot]) for spot in range(max(0, index - _EXPECT_LINES), index)):
        return
    indent = len(found.group("indent").expandtabs())
    for offset in range(1, _RESPONSE_LINES + 1):
        if index + offset >= len(lines):
            return
        text = lines[index + offset]
        if not text.strip():
            continue
        if len(text) - len(text.lstrip()) <= indent and len(text.expandtabs()) - len(text.expandtabs().lstrip()) <= indent:
            return  # (the block ended)
        response = _EXPECT_RESPONSE.match(text)
        if response is not None:
            prompt = (response.group("p1") or response.group("p2") or response.group("p3") or "").strip()
            value = response.group("dq") or response.group("sq") or (response.group("bare") or "").strip()
            yield offset, f"the expect module's answer to {prompt!r}", "password", value, Judgement.NAMED_AND_JUDGED


def _secret_file_heredoc(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """The one line of a here-document written to a file named for a secret."""
    found = _SECRET_FILE_HEREDOC.search(lines[index])
    if found is None:
        return
    path = found.group("path")
    known = _PASSWORD_FILE_PATH.search(path) is not None
    if not (known or _SECRET_FILE_NAME.search(path)) or path.lower().endswith(_NOT_SECRET_FILE) or "$" in path:
        return
    held, ended = here_document_body(lines, index, found.group("end"), _HEREDOC_LINES)
    if not ended:
        return  # (no end within a few lines: not a one-line key)
    body = [(offset, text) for offset, text in held if text.strip()]
    if len(body) == 1:
        value = _SECRET_LINE.match(body[0][1])
        name = path.rstrip("/").rsplit("/", 1)[-1]
        if value is not None and looks_generated(value.group("value")) and not known:
            yield body[0][0], f"a here-document written to {name}", "secret", value.group("value"), Judgement.PROVEN
        elif known or _PASSWORD_FILE_NAME.search(name):
            # (a password file's one word: restic's `--password-file`, Ansible's vault password file)
            word = _PASSWORD_LINE.match(body[0][1])
            if word is not None and "$" not in word.group("value"):
                yield body[0][0], f"a here-document written to {name}", "password", word.group("value"), Judgement.NAMED_AND_JUDGED


def _continued_options(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """The password options of a tool on this line, read on the lines that continue its command."""
    tools = []
    for count, (tool, end) in enumerate(_tools_on(lines[index])):
        if count >= _TOOLS_A_LINE * 4:
            break
        key = _options_key(tool, _tokens(lines[index], end, _SUBCOMMAND_READ) if tool in _LOGIN_TOOLS else ())
        if key is not None:
            tools.append(key)
        if len(tools) >= _TOOLS_A_LINE:
            break
    yield from _options_below(lines, index, list(dict.fromkeys(tools)))  # (a tool named twice reads the same values)


def _options_below(lines: Sequence[str], index: int, tools: List[str]) -> Iterator[Placed]:
    """The tools' (`_TOOL_OPTIONS` keys) password options on the lines continuing the command on line `index`."""
    read = _read_below(lines, index)
    offset = 0
    while tools and offset < _CONTINUATIONS_READ and read.continues(index + offset):
        offset += 1
        if index + offset >= len(lines):
            return
        named = read.tools_named(index + offset)
        if named:
            # (a tool named again starts its own command: what follows is its, read from its own line)
            tools = [tool for tool in tools if tool.split(" ", 1)[0] not in named]
        if not read.has_options(index + offset):
            continue
        for tool in tools:
            for what, key, value in read.values(index + offset, tool):
                yield offset, what, key, value, Judgement.NAMED_AND_JUDGED


# Every tool's password options (lowered: Windows tools' are read in any case), and the glued ones.
_OPTION_WORDS = frozenset(option.lower() for options in _TOOL_OPTIONS.values() for option in options)
_GLUED_OPTIONS = tuple({option for options in _TOOL_OPTIONS.values() for option, how in options.items() if how == "glued"})


class _ReadBelow:
    """A file's continuation lines as read: by line number whether the line continues, its tokens
    and whether one is a tool's password option, and by (line number, tool) the tool's password
    options there. A script of thousands of continued tool lines reads each line once, not once
    for each of the 20 tool lines above it."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines  # (held: its identity stands for the file)
        self.continued: Dict[int, bool] = {}
        self.tokens: Dict[int, List[str]] = {}
        self.found: Dict[Tuple[int, str], List[Found]] = {}
        self.named: Dict[int, FrozenSet[str]] = {}
        self.prompting: Dict[int, bool] = {}
        self.line_words: Dict[int, List[str]] = {}
        self.kept_from = 0

    def prompts(self, position: int) -> bool:
        """The line names a MySQL client (whose `-p` alone prompts: the word after it is a database)."""
        known = self.prompting.get(position)
        if known is None:
            known = self.prompting[position] = _PROMPTING.search(self.lines[position]) is not None
        return known

    def words(self, position: int) -> List[str]:
        """The line's tokens, its continuation mark dropped (cmd's `^` and a backtick end a command)."""
        known = self.line_words.get(position)
        if known is None:
            text = self.lines[position].rstrip()
            if text.endswith(_CONTINUED):
                text = text[:-1]
            known = self.line_words[position] = _tokens(text[:_LINE_TOKENS_READ], 0)
        return known

    def tools_named(self, position: int) -> FrozenSet[str]:
        """The tools a continued line names (one named again starts its own command)."""
        named = self.named.get(position)
        if named is None:
            line = self.lines[position]
            named = self.named[position] = frozenset(
                tool for tool, _ in itertools.islice(_tools_on(line), _TOOLS_A_LINE)) if _hinted(line.lower()) else frozenset()
        return named

    def drop_above(self, index: int) -> None:
        """A file is read line after line: what stands above the line read is dropped, now and then."""
        if index - self.kept_from < _CONTINUATIONS_READ * 64:
            return
        self.continued = {number: known for number, known in self.continued.items() if number >= index}
        self.tokens = {number: known for number, known in self.tokens.items() if number >= index}
        self.found = {key: known for key, known in self.found.items() if key[0] >= index}
        self.named = {number: known for number, known in self.named.items() if number >= index}
        self.prompting = {number: known for number, known in self.prompting.items() if number >= index}
        self.line_words = {number: known for number, known in self.line_words.items() if number >= index}
        self.kept_from = index

    def continues(self, position: int) -> bool:
        known = self.continued.get(position)
        if known is None:
            known = self.continued[position] = self.lines[position].rstrip().endswith(_CONTINUED)
        return known

    def has_options(self, position: int) -> bool:
        """A token of the line is a tool's password option (no token is: no tool finds a value there)."""
        tokens = self.tokens.get(position)
        if tokens is None:
            tokens = _tokens(self.lines[position], 0)
            if not any(token.lower() in _OPTION_WORDS or token.startswith(_GLUED_OPTIONS)
                       or (token.startswith("--") and token.partition("=")[0] in _OPTION_WORDS) for token in tokens):
                tokens = []
            self.tokens[position] = tokens
        return bool(tokens)

    def values(self, position: int, tool: str) -> List[Found]:
        """The tool's password options on the line (`has_options` asked first)."""
        found = self.found.get((position, tool))
        if found is None:
            found = self.found[(position, tool)] = list(_option_values(tool, _TOOL_OPTIONS[tool], self.tokens[position]))
        return found


_READ_BELOW = LastFileMemo(_ReadBelow)


def _read_below(lines: Sequence[str], index: int) -> _ReadBelow:
    cached = _READ_BELOW.of(lines)
    cached.drop_above(index)
    return cached


def _literals_found(pattern: "re.Pattern[str]", line: str) -> Iterator[Tuple["re.Match[str]", str]]:
    """The pattern's first _TOOLS_A_LINE matches on the line, each with its literal (`dq`, `sq` or `bare`; a
    double-quoted one only where the shell keeps it as written; none, a variable: see _VARIABLE)."""
    for count, found in enumerate(pattern.finditer(line)):
        if count >= _TOOLS_A_LINE:
            return
        value = found.group("dq") or found.group("sq") or found.groupdict().get("bare") or ""
        if found.group("dq") is not None and not _quoted_as_written(value):
            continue
        yield found, value


def _stored_secrets(line: str) -> Iterator[Placed]:
    # (each pattern searched only on a line holding the word every match of it holds: a long line's
    # `|` alone would have it tried at every character)
    for found, value in _literals_found(_PIPED_LITERAL, line) if "echo" in line or "printf" in line else ():
        store = " ".join(found.group("store").split())
        # what a deployment's environment holds is judged under its name; a secret store's value is a secret
        key = found.group("name") if "env" in store else "secret"
        yield 0, f"a literal piped into {store} {found.group('name')}", key, value, Judgement.NAMED_AND_JUDGED
    for count, found in enumerate(_STORE_ARGUMENT.finditer(line) if "secret" in line or "env:set" in line else ()):
        if count >= _TOOLS_A_LINE:
            return
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        name = found.group("nname")
        yield 0, f"a secret given to {'netlify env:set ' + name if name else 'a secret store'}", name or "secret", value, Judgement.NAMED_AND_JUDGED


def _echoed(line: str, windows: bool) -> Optional[Tuple[str, str]]:
    """(the text, the file) an `echo` redirected to a file writes (the file "" for a bare `echo`), else None."""
    after = False
    found = _ECHO_REDIRECT_FIRST.match(line) if line.lstrip("@ \t0123456789").startswith(">") else None
    if found is None and ">" in line:
        found, after = _ECHO_REDIRECT_AFTER.match(line), True
    elif found is None:
        found = _ECHO_BARE.match(line)
    if found is None:
        return None
    groups = found.groupdict()
    text = (groups["text"] or "").strip()
    if groups.get("open") is not None and text.endswith(")"):
        text = text[:-1].rstrip()  # (`(echo <line>) >> <file>`)
    if after and len(text) >= 2 and text[-1].isdigit() and text[-2] in " \t":
        text = text[:-1].rstrip()  # (`echo <line> 1>> <file>`: the handle redirected)
    # (reported as written: cmd's `^&` and `%%` stand in the file so; cmd's echo writes a shell's quotes)
    if not windows and len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]  # (a shell's quotes; cmd's echo writes them)
    return text, (groups.get("file") or "").strip('"').lower()


def _string_text(found: "re.Match[str]") -> str:
    text = found.group("dq")
    return found.group("sq") or "" if text is None else text


def _powershell_content(rest: str, value: Optional[str]) -> Optional[Tuple[str, str]]:
    """(the text, the file) of PowerShell's `Add-Content`/`Set-Content` options `rest` (`value`: the string piped in),
    the file by `-Path` or first, the value by `-Value` or second; None where the value is no string literal."""
    path = None
    pending = None
    for count, found in enumerate(_TOKEN.finditer(rest)):
        if count >= _TOKENS_READ:
            break
        word = found.group("word")
        if pending is not None:
            if pending == "value":
                if word is not None:
                    return None  # (a variable's value, an expression)
                value = _token_text(found)
            elif pending == "path":
                path = _token_text(found)
            pending = None
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            lowered = word.lower()
            pending = "path" if lowered in _POWERSHELL_PATH_OPTIONS else "value" if lowered == "-value" else (
                "skip" if lowered in _POWERSHELL_VALUED else None)
            continue
        if word is not None and word in ("|", ";"):
            break
        if path is None:
            path = _token_text(found)
        elif value is None:
            if word is not None:
                return None
            value = _token_text(found)
    if path is None or value is None:
        return None
    return value, path.lower()


def _code_written(line: str) -> Optional[Tuple[str, str]]:
    """(the text, the file or the writer it goes to, lower-cased) a program's statement writes to a file (see
    _WRITE_METHOD), else None."""
    stripped = line.lstrip()
    head = stripped[:1]
    if head in "\"'":
        found = _POWERSHELL_PIPED.match(line)
        if found is None:
            return None
        rest = found.group("rest")
        if found.group("redirect") is not None:  # (`"…" >> <file>`: the file the first word after it)
            words = rest.split(None, 1)
            sink = words[0].strip("\"'") if words else ""
            return (_string_text(found), sink.lower()) if sink else None
        return _powershell_content(rest, _string_text(found))
    lowered = stripped[:12].lower()
    if lowered.startswith(("add-content", "set-content", "ac ", "sc ")):
        found = _POWERSHELL_CONTENT.match(line)
        return _powershell_content(found.group("rest"), None) if found is not None else None
    for pattern in (_WRITE_METHOD, _WRITE_FUNCTION, _PRINT_TO_FILE, _PERL_PRINT):
        found = pattern.match(line)
        if found is not None:
            return _string_text(found), found.group("sink").lower()
    return None


def _written_script(lines: Sequence[str], index: int) -> Tuple[List[str], List[int]]:
    """The script a program writes to one file from a statement writing `open <host>` (see _WRITE_METHOD): its lines
    ([]: none), and each one's line offset from the first (blank lines and remarks between the statements passed over)."""
    first = _code_written(lines[index])
    if first is None:
        return [], []
    pieces = _WRITTEN_NEWLINE.split(first[0])
    if not _FTP_OPEN.match(pieces[0]):
        return [], []
    sink = first[1]
    script: List[str] = []
    offsets: List[int] = []

    def add(text: str, offset: int) -> None:
        parts = _WRITTEN_NEWLINE.split(text)
        if len(parts) > 1 and parts[-1] == "":
            parts.pop()  # (the line's own `\n`)
        script.extend(parts)
        offsets.extend([offset] * len(parts))

    add(first[0], 0)
    for below in range(index + 1, min(len(lines), index + 2 + _FTP_LINES_READ)):
        if len(script) > _FTP_LINES_READ + 1:
            break
        if _CODE_ASIDE.match(lines[below]):
            continue
        written = _code_written(lines[below])
        if written is None or written[1] != sink or _FTP_OPEN.match(written[0]):
            break  # (another file's line, no write, or the next script's opening)
        add(written[0], below - index)
    return script, offsets


def _echoed_script(lines: Sequence[str], index: int, windows: bool) -> Tuple[List[str], List[int]]:
    """The script a run of `echo` lines writes to one file, from an `echo open <host>` line (redirected
    to the file, or inside a `(` … `) > <file>` block): the echoed lines ([]: none), and each one's line offset
    from the first (blank lines and remarks between them are passed over)."""
    first = _echoed(lines[index], windows)
    if first is None or not _FTP_OPEN.match(first[0]):
        return [], []
    text, file = first
    if not file:
        # a bare echo: its block's closing redirects it (`) > ftp.txt`), the lines between bare echoes
        for below in range(index + 1, min(len(lines), index + 1 + _ECHO_BLOCK_READ)):
            if _BLOCK_REDIRECTED.match(lines[below]):
                break
            echoed = _echoed(lines[below], windows)
            if echoed is None or echoed[1]:
                return [], []
        else:
            return [], []
    script, offsets = [text], [0]
    for below in range(index + 1, min(len(lines), index + 2 + _FTP_LINES_READ)):
        if _SCRIPT_ASIDE.match(lines[below]):
            continue  # (a blank line, a remark between the echoes: the script goes on below it)
        echoed = _echoed(lines[below], windows)
        if echoed is None or echoed[1] != file:
            break
        script.append(echoed[0])
        offsets.append(below - index)
    return script, offsets


def _ftp_password_below(lines: Sequence[str], index: int, position: int, user: str) -> Iterator[Placed]:
    """The password's line below `user <name>` (at `position`, `index` the script's opening): a word alone, no client
    command (a script that goes on with `binary` logs in with no password); anonymous FTP's is an e-mail address."""
    below = position + 1
    word = _FTP_WORD.match(lines[below]) if below < len(lines) else None
    if word is None or user.lower() in _FTP_NOT_USERS:
        return
    password = word.group("word")
    if password.lower() not in _FTP_COMMANDS and _argument(password) and not lines[below].startswith(("//", "/*")):
        yield below - index, f"an FTP script's password line of {user}", "password", password, \
            Judgement.PROVEN if _MAINFRAME_PASSWORD.match(password) else Judgement.NAMED_AND_JUDGED


def _ftp_script(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """Below `open <host>` (or JCL's `//INPUT DD *` then the host, or `ftp … <<EOF`): `user <name> <password>`,
    `quote PASS <password>`, or the user's line then the password's line, as the client prompts for them."""
    start = index + 1
    if _FTP_INPUT.match(lines[index]):
        start += 1  # the host's line
        # z/OS FTP reads the user and the password from the line after the host, one blank between them
        pair = _FTP_LOGIN_PAIR.match(lines[start]) if start < len(lines) else None
        if pair is not None and pair.group("user").lower() not in _FTP_NOT_USERS \
                and _argument(pair.group("pw")) and not pair.group("pw").isdigit():
            yield start - index, f"an FTP script's login line of {pair.group('user')}", "password", pair.group("pw"), \
                Judgement.PROVEN if _MAINFRAME_PASSWORD.match(pair.group("pw")) else Judgement.NAMED_AND_JUDGED
            return
    elif not _FTP_OPEN.match(lines[index]):
        # a heredoc: its `open` line, if any, then the user command
        if start < len(lines) and _FTP_OPEN.match(lines[start]):
            start += 1
    bare: List[Tuple[int, str]] = []
    for position in range(start, min(len(lines), start + _FTP_LINES_READ)):
        text = lines[position]
        found = _FTP_USER.match(text)
        if found is not None:
            if found.group("user").lower() not in _FTP_ANONYMOUS and _argument(found.group("pw")):
                yield position - index, f"an FTP script's user {found.group('user')}", "password", found.group("pw"), \
                    Judgement.PROVEN if _MAINFRAME_PASSWORD.match(found.group("pw")) else Judgement.NAMED_AND_JUDGED
            return
        alone = _FTP_USER_ALONE.match(text)
        if alone is not None:
            yield from _ftp_password_below(lines, index, position, alone.group("user"))
            return
        if _FTP_QUOTED_USER.match(text):
            continue  # `quote USER <name>`, its PASS below
        found = _FTP_PASS.match(text)
        if found is not None:
            if _argument(found.group("pw")):
                yield position - index, "an FTP script's PASS", "password", found.group("pw"), \
                    Judgement.PROVEN if _MAINFRAME_PASSWORD.match(found.group("pw")) else Judgement.NAMED_AND_JUDGED
            return
        word = _FTP_WORD.match(text)
        if word is None or word.group("word").lower() in _FTP_COMMANDS or text.startswith(("//", "/*")):
            break
        bare.append((position, word.group("word")))
        if len(bare) == 2:
            break
    if len(bare) == 2 and bare[0][1].lower() not in _FTP_ANONYMOUS and _argument(bare[1][1]) and bare[1][0] == bare[0][0] + 1:
        position, password = bare[1]
        yield position - index, f"an FTP script's password line of {bare[0][1]}", "password", password, \
            Judgement.PROVEN if _MAINFRAME_PASSWORD.match(password) else Judgement.NAMED_AND_JUDGED


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook). Generated values."""
    return (
        Sample("define command {\n    command_name  check_tx_power\n    command_line  $USER1$/check_snmp -H $HOSTADDRESS$ "
               "-C Dosm?zTRO6mg -o $ARG1$ -w $ARG2$ -c $ARG3$\n}\n", "nagios/objects/commands.cfg", "check_snmp's -C community"),
        # (Blind round HR) a service's check_command: the command's `!`-separated arguments hold the plugin's options
        Sample("define service {\n    host_name            ups-01\n    check_command        check_snmp!-C r94l2PJHM7Gb6R2t "
               "-o .1.3.6.1.4.1.318.1.1.1.2.2.1.0 -w 50: -c 20:\n}\n", "nagios/objects/ups.cfg",
               "check_snmp's -C community in a check_command's arguments"),
        Sample("    check_command        check_snmp_load!-C Sc47SM4zSdn71MB6!-w 80 -c 90\n"
               "    check_command        check_http!-H intranet -a ops:a852kaWcPd7RzrXm -u /status\n", "objects/services.cfg",
               "a check_command's community in its first argument; check_http's -a login"),
        Sample("command[if_core]=/usr/lib/nagios/plugins/check_snmp_int.pl -H 10.1.1.1 -l mon -x eUgYFwCizrk5 -X iJxzA69cNuwv "
               "-L sha,aes -n Gi0/1\n", "nrpe.d/net.cfg", "a Manubulon plugin's SNMPv3 passwords"),
        Sample("  command_line  $USER1$/check_nwc_health --hostname $HOSTADDRESS$ --community=tuNaf5KfeqbJ --mode uptime\n",
               "objects/switches.cfg", "a plugin's --community"),
        Sample("  command_line  $USER1$/check_ifoperstatus -H $HOSTADDRESS$ -C hjx9tm3i7Fkz -k $ARG1$\n",
               "objects/switches.cfg", "an interface plugin's -C"),
        Sample("b2 account authorize 00ce432a6420e71532f71f116 K3lzFumHUh5WM8nj2BHfhQdVxsaDIdu\nb2 sync /data b2://bkt/data\n",
               "backup/offsite.sh", "b2 account authorize's application key"),
        Sample("backblaze-b2 authorize-account --environment production 00ce432a6420e71532f71f117 'syCnW5EOAXmv9MlxQ4RWIy85rxvPmdE'\n",
               "cron/b2.sh", "b2 authorize-account's key after an option"),
        Sample("PIPELINE = (\n    \"mpegtsmux name=mux ! \"\n    \"srtsink uri=srt://playout.example.net:9740 mode=caller \"\n"
               "    \"passphrase=4RWIy85rxvPmdE9Uq pbkeylen=32\"\n)\npipeline = Gst.parse_launch(PIPELINE)\n", "ingest/srt_out.py",
               "an SRT sink's passphrase over a Python pipeline's adjacent strings"),
        Sample('  pipeline = gst_parse_launch ("rtspsrc location=rtsp://cam4.example.net/live user-id=viewer "\n'
               '      "user-pw=ixkjwSNDbeEeTu8u ! rtph264depay ! fakesink", &error);\n', "src/cam.c",
               "an RTSP source's user-pw in a C pipeline string"),
        Sample("install -d -m 700 /etc/restic\ncat > /etc/restic/password <<'EOF'\nOrchid*Lamp4471\nEOF\n", "bootstrap/restic.sh",
               "a here-document written to a password file"),
        Sample("echo 'Velvet#Crane2084' > /etc/restic/password\nchmod 600 /etc/restic/password\n", "setup.sh",
               "a literal echoed into a password file"),
        Sample("  --webdav-pass \"$(rclone obscure 'Tq8Lm-xR2vK-pW9zN-hB4cJ')\" \\\n", "sync.sh", "rclone obscure's password"),
        Sample("mc alias set dc2 https://s3.dc2.example.internal Q7KXW2ZLM9RTB4VNC8HD Vx7Lq2Zt9Km4Wr7NpB3cHd8Jf5Gs0Ak2Xm8Vq4Tz "
               "--api S3v4\n", "mirror.sh", "mc alias set's secret key"),
        Sample("CTL := docker exec rmq-1 rabbitmqctl\n\nusers:\n\t$(CTL) add_user svc_orders 'Maple#Quiver5520'\n", "Makefile",
               "rabbitmqctl's add_user through a make variable"),
        Sample('SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr:Cobalt*Wren8813"\n', "solr/bin/solr.in.sh", "Solr's -Dbasicauth"),
        Sample('zk.addAuthInfo("digest", "ops:Lantern!Fig6620".getBytes());\n', "src/main/java/Zk.java",
               "ZooKeeper's digest auth"),
        Sample("$KC create components -r staff \\\n  -s 'config.bindCredential=[\"Rk8vQz2LmT7xWp4N\"]' \\\n  -s name=ad\n",
               "keycloak/setup.sh", "kcadm's list-valued setting"),
        Sample("$OCC ldap:set-config s01 ldapAgentPassword 'Falcon$Ridge7734'\n", "nextcloud/ldap.sh",
               "occ ldap:set-config's agent password"),
        Sample("echo -n 'Basil*Tundra6612' | realm join -U svc-join corp.example.com\n", "ks/post.sh",
               "a literal piped into realm join"),
        Sample("printf '%s' 'Lq7Xv2Rk9Tz4Wm' | adcli join --stdin-password --domain=corp.example.com\n", "join.sh",
               "a literal piped into adcli join"),
        Sample("echo 'Saffron!Pike4418' | kinit svc-etl@CORP.EXAMPLE.COM\n", "etl/ingest.sh", "a literal piped into kinit"),
        Sample("net ads join -U 'Administrator%Nimbus-Otter52' createcomputer=Servers\n", "setup.sh", "Samba net's -U user%password"),
        Sample("smbpasswd -w 'Prism$Valley3391'\n", "pdc.sh", "smbpasswd -w"),
        Sample("smbclient //fs01.corp.example/finance 'Quartz!Otter4417' -U svc_fin -c 'ls'\n", "sync.sh",
               "smbclient's password after the service"),
        Sample("ipa-server-install -U -r LAB.EXAMPLE -n lab.example \\\n  -a 'Quartz%Heron5521' --setup-dns\n", "ipa.sh",
               "ipa-server-install's -a continued"),
        Sample('ENV IPA_SERVER_INSTALL_OPTS="-U -r TEST.EXAMPLE --no-ntp -p Dm8Lq2Zt9Kx4Wr --setup-dns"\n', "Containerfile",
               "a variable of ipa-server-install's options"),
        Sample("- ansible.builtin.expect:\n    command: realm join --user=svc ad.example.local\n    responses:\n"
               "      \"Password for svc\": \"Kestrel%Glade7516\"\n", "join.yml", "an expect task's answer to a password prompt"),
        Sample('{\n  "scripts": {\n    "cy:ci": "cypress run --record --key 5b1e7c2a-9d4f-4e8b-a3c6-0f2d8e7b1a94 --parallel"\n  }\n}\n',
               "e2e/package.json", "Cypress's record key"),
        Sample("    python export.py --server dc01 \\\\\n        --user 'CORP\\\\svc' --password 'Juniper!Atlas3370' \\\\\n",
               "export.py", "a usage example's --user and --password"),
        Sample("crowdin upload sources -T 4c7e1a9d3f5b8e2c0a6d4f1b9e3c7a5d2f8b0e6c4a1d9f3b7e5c2a8d0f6b4e1c\n", "ci/i18n.sh",
               "Crowdin's -T token"),
        Sample("python3 tools/espota.py -i 192.168.4.20 -p 3232 --auth=Marble!Otter5147 -f build/fw.bin\n", "ota.sh",
               "espota's --auth"),
        Sample('EXTRA_USERS_PARAMS = "usermod -P \'Amber#Lynx4406\' root;"\n', "conf/local.conf", "Yocto's usermod -P"),
        Sample("wandb login 7d3f9a1c5e8b2d4f6a0c3e5b7d9f1a2c4e6b8d0f\n", "jobs/train.sbatch", "wandb login's key"),
        Sample("balena env add MQTT_PASSWORD 'Cobalt$Reed2231' --fleet acme/edge\n", "fleet.sh", "balena env add's value"),
        Sample("# Hotfix\n\n    kubectl -n prod set env deploy/validator QR_SIGNING_SECRET=Vq7Rk2Lx9Tw4Zm8NcB3Hd6Jp --overwrite\n",
               "docs/incidents/hotfix.md", "kubectl set env's value, in documentation too (stop 63)"),
        Sample("# Hotfix\n\n    oc create secret generic qr --from-literal=QR_SIGNING_SECRET=Vq7Rk2Lx9Tw4Zm8NcB3Hd6Jp -n prod\n",
               "docs/incidents/hotfix.md", "oc create secret generic's literal, in documentation too (stop 63)"),
        Sample("\tdvc remote modify --local store secret_access_key Rk7Lq2Zt9Vx4Wm8NpB3cHd6Jf0Gs5Ak1Xm8Vq4Tz\n", "Makefile",
               "dvc remote modify's secret"),
        Sample("    <Command>sqlcmd.exe</Command>\n    <Arguments>-S db01 -U etl -P Tundra@Finch3390 -Q &quot;EXEC x&quot;</Arguments>\n",
               "Tasks/Nightly ETL", "a scheduled task's sqlcmd arguments"),
        Sample("    curl -fsS -u ci-bot:Granite$Willow8824 -T out.csv https://drop.example.net/in/\n", "jobs/push.groovy",
               "curl -u with a literal $ in the password"),
        Sample('curl "https://api.example.com/v2/projects" \\\n  -u 8e4b2d7f1a9c3e5b0d6f8a2c4e7b9d1f3a5c8e0b2d4f6a9c1e3b5d7f0a2c4e6b:\n',
               "api.sh", "an API key as curl's user with no password"),
        Sample("0 18 * * 4 www-data curl -s -u 'U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oo:x' 'https://api.example.org/v1/rosters.json' -o /tmp/r.json\n",
               "ops/cron.d/rosters", "an API key as curl's user with a one-letter stand-in password, in a cron.d line"),
        Sample('curl --user "U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oo:api_token" https://api.example.org/api/v9/me\n',
               "scripts/me.sh", "an API key as curl's user with a documented filler password"),
        Sample("export LK=5b9e2c7a4d1f8e3b6a0c9d2f5e8b1a4c7d0f3e6b\nlokalise2 --token \"$LK\" file download\n", "i18n.sh",
               "a tool's token given a variable assigned above"),
        # Blind round 9: a setting's --name and --set, a vehicle CLI's login, Conan's login, curl's password beside
        # a variable's user, a kiosk browser's URL key, telematics devices' command scripts
        Sample("CFG=\"php admin/cli/cfg.php\"\n$CFG --component=mod_x --name=x_shared_secret --set=Lp4Qz8Rk2Vw7Xn3Tb9Mc6Hd1Jf5Gs0Ak\n",
               "scripts/provision-lms.sh", "Moodle cfg.php's --name and --set"),
        # (review adv9: the value first; the command continued, its --set a line below its --name)
        Sample("sudo -u www-data php admin/cli/cfg.php --set='Wq7!Ln2Xr9Tz' --name=smtppass\n"
               "sudo -u www-data php admin/cli/cfg.php --component=auth_ldap --name=bind_pw \\\n"
               "    --set=\"Hv3#Kd8Mp2Rs\"\n", "scripts/provision-lms.sh", "cfg.php's --set before --name, continued below it"),
        Sample("bimmerconnected status --json ops@example.org 'Copper!Walrus4471' rest_of_world\n", "scripts/ev.sh",
               "bimmerconnected's username and password before the region"),
        Sample("  script:\n    - conan remote login corp ci-bot -p 'Hazel@Gantry6620'\n", ".gitlab-ci.yml", "conan remote login's -p"),
        Sample("smoke:\n\tcurl -sS -u '$(API_USER):Tidal%Marten2287' $(API_URL)/ping\n", "Makefile",
               "curl -u of a make variable's user and a literal password"),
        # (review adv9: a CI expression's user, GitHub Actions' `${{ secrets.… }}`)
        Sample("    steps:\n      - run: curl -u ${{ secrets.ART_USER }}:Tv4Lq9Zr2Wk7 -T dist.zip https://repo.acme.io/libs/\n",
               ".github/workflows/publish.yml", "curl -u of a workflow secret's user and a literal password"),
        Sample("chromium-browser --kiosk --incognito \\\n  \"https://signage.example.net/display/4?key=Wq7Ln2Xr9Tz4Vk8Mb3Hc6Jd1Fs5Ga0P\"\n",
               "kiosk/start.sh", "a kiosk browser's URL key on a continued line"),
        Sample("; bench setup\nAT+GTBSI=Rv5Tq8Lw,apn.example.m2m,,,,,,,FFFF$\n", "provisioning/gv/init.txt",
               "a Queclink AT command's device password"),
        Sample("# format: <login> <password> <command>\nvanops Falcon!Drum6604 setparam 2001:apn.example.net\n",
               "provisioning/fmc/sms_batch.txt", "a Teltonika SMS command's login and password"),
        Sample("| What for | SMS to send |\n|---|---|\n| Status | `fleet VjOwg7khmDWo68 getstatus` |\n",
               "docs/fleet/trackers-fmb920.md", "a fleet page's Teltonika SMS command in a table's code span"),
        # (stop 70) a TK103-family tracker's password set by SMS, sent with the file's other commands
        Sample("1) begin123456\n2) password123456 70418263\n3) adminip70418263 203.0.113.25 5013\n", "fleet/trackers/sms.txt",
               "a GPS tracker's new password set by SMS and sent glued to its other commands"),
        # (blind round 11: sshpass's SSHPASS variable; a -u on a continued line, its -p below; Zebra's SGD settings)
        Sample("deploy:\n  script:\n    - export SSHPASS='Pesto&Pretzel7731'\n    - sshpass -e rsync -az ./ ops@10.0.0.5:/srv/\n",
               ".gitlab-ci.yml", "sshpass's SSHPASS exported in a CI script"),
        Sample("SSHPASS=Tv4Lq9Zr2Wk7 sshpass -e ssh ops@10.0.0.5 uptime\n", "bin/check.sh", "SSHPASS as a command's prefix"),
        Sample("    env:\n      SSHPASS: \"Harbor!Quay4417\"\n    run: sshpass -e scp build.tgz ops@edge:/srv/\n",
               ".github/workflows/deploy.yml", "SSHPASS in a workflow's env"),
        Sample("FROM alpine:3.20\nENV SSHPASS Lantern.Osprey4471\n", "Dockerfile", "SSHPASS set by a Dockerfile's ENV"),
        Sample("java -jar VaultDataLoader.jar \\\n  -dns acme.veevavault.com \\\n  -u loader@acme.com \\\n  -p 'Quill-Harbor8826' \\\n"
               "  -export documents\n", "loader/export.sh", "a command's -u on a continued line, its -p on the next"),
        Sample("report.exe --user svc_report `\n  --password \"Birch-Lattice5713\" `\n  --out C:\\out\n", "jobs/report.ps1",
               "--user and --password on PowerShell's continued lines"),
        Sample('! U1 setvar "wlan.essid" "LAB-DEVICES"\n! U1 setvar "wlan.wpa.psk" "Fennel!Cobalt3390"\n',
               "printers/zt411.zpl", "a Zebra printer's WPA PSK by SGD"),
        Sample('{}{"wlan.essid":"LAB","wlan.wpa.psk":"Juniper*willow3271"}\n', "printers/zq620.json",
               "a Zebra printer's WPA PSK by JSON SGD"),
        Sample('! U1 setvar "weblink.ip.conn1.authentication.add" "cloud.acme.io printer Tq4Wz8Lm2Nx7"\n',
               "printers/weblink.txt", "a Zebra WebLink connection's server, user and password"),
        Sample("h:hopen `:rdb.corp.internal:5011:svc_gw:Quill7Harbor\n", "gw/gw.q", "kdb+ hopen's symbol handle"),
        Sample('h:hopen (`$":tcps://tp.corp.internal:5010:feed:Larch$Ember4418";5000)\n', "feed/fh.q",
               "kdb+ hopen's string handle with a timeout"),
        Sample('Environment="RDB_CONN=:rdb.corp.internal:5011:sub_rdb:Osprey!Lantern62"\n', "deploy/rdb.service",
               "a kdb+ handle in a systemd environment value"),
        Sample("q chainedtick.q \\\n  -tp tp.corp.internal:5010:ctp:Wr7NpB3cHd8J -p 5110\n", "bin/ctp.sh",
               "kdb+tick's -tp handle"),
        Sample("$QHOME/l64/q tick/r.q tp.corp.internal:5010:rdb:Birch-Lattice5713 hdb.corp.internal:5012 -p 5011\n",
               "bin/rdb.sh", "a handle as a q script's argument"),
        Sample('            steps {\n                bat "sqlcmd -S DB01\\\\OPS -U batch -P \\"Fennel!Cobalt3390\\" -i run.sql"\n',
               "Jenkinsfile", "sqlcmd's -P in escaped quotes inside a Jenkins step"),
        Sample("ExecStart=/opt/heritrix/bin/heritrix -a admin:Velvet#Crane2084 -b 0.0.0.0 -p 8443\n", "heritrix.service",
               "Heritrix's -a user:password"),
        Sample("./heritrix-3.4.0/bin/heritrix --web-admin Juniper*willow3271 -j jobs\n", "start-crawler.sh",
               "Heritrix's --web-admin password alone"),
        Sample("services:\n  sftp:\n    image: atmoz/sftp\n    command: partner:Maple#Quiver5520:1001\n", "docker-compose.yml",
               "atmoz/sftp's user in a compose command"),
        Sample('services:\n  sftp:\n    image: atmoz/sftp:alpine\n    environment:\n      SFTP_USERS: "bob:Tq4Wz8Lm2Nx7:1002:100:upload"\n',
               "compose.yaml", "atmoz/sftp's SFTP_USERS"),
        Sample("docker run -p 2222:22 -d atmoz/sftp foo:Quill-Harbor8826:::upload\n", "run-sftp.sh", "atmoz/sftp's user given to docker run"),
        Sample("cat > /etc/xroad/autologin <<EOF\nOrchid*Lamp4471\nEOF\n", "provision/ss.sh", "X-Road's autologin PIN by a here-document"),
        Sample("echo 'Cobalt*Wren8813' > /etc/xroad/autologin\n", "provision/ss.sh", "X-Road's autologin PIN echoed"),
        # Blind rounds CQ, CU: a `$` the writer meant as a character before digits (a shell would expand `$9`),
        # Windows' net use (cmd expands no `$`), macOS' SMB mount with the login in the share's path
        Sample("publish:\n  script:\n    - >\n      curl -sf -u svc-deploy:Kestrel$2291\n      -T build/app.bin \"$REPO_URL/app.bin\"\n",
               ".gitlab-ci.yml", "curl -u of a password holding a `$` before digits"),
        Sample("@echo off\nnet use P: \\\\fs02\\projects /user:CORP\\svc-build Harbor$Lantern482 /persistent:yes\n",
               "scripts/map_drives.bat", "net use with a `$` in its password"),
        Sample("schtasks /Create /TN Nightly /TR C:\\jobs\\run.cmd /SC DAILY /RU CORP\\svc-job /RP Willow$Ferry7731\n",
               "deploy/task.cmd", "schtasks' /RP with a `$` in its password"),
        Sample("mount_smbfs \"//STUDIO;svc_edit:Tq8@Lw2Zk44@isilon.stor.lan/$share\" \"/Volumes/$share\"\n",
               "ops/scripts/mount_mac.sh", "mount_smbfs' //domain;user:password@server path"),
        Sample("sudo mount -t smbfs //backup:Vm4Kq9Lx2Wz@nas.example.lan/backups /mnt/backups\n", "bin/backup.sh",
               "mount -t smbfs' user:password@server path"),
        Sample("smbutil view //admin:Rz7Kq2Lw9Vt@fs01.example.lan\n", "bin/check_share.sh", "smbutil's user:password@server"),
        Sample("@echo off\n> %TEMP%\\feed.ftp echo open ftp.partner.example\n>> %TEMP%\\feed.ftp echo feed_upload\n"
               ">> %TEMP%\\feed.ftp echo Marble#Otter3390\n>> %TEMP%\\feed.ftp echo put out.csv\nftp -s:%TEMP%\\feed.ftp\n",
               "jobs/feed.cmd", "an FTP script echoed by cmd, the redirection first"),
        Sample("echo open ftp.partner.example> ftp.txt\necho feed_upload>> ftp.txt\necho Cob^&alt7Wren>> ftp.txt\n"
               "echo bye>> ftp.txt\nftp -s:ftp.txt\n", "upload.bat", "an FTP script echoed by cmd (a caret-escaped password)"),
        Sample("(\n  echo open ftp.partner.example\n  echo user feed_upload Saffron!Pike4418\n  echo bye\n) > ftp.txt\n"
               "ftp -n -s:ftp.txt\n", "upload.cmd", "an FTP script's block of echoes, redirected whole"),
        Sample('echo "open ftp.partner.example" > /tmp/ftp.in\necho "user feed_upload Velvet#Crane2084" >> /tmp/ftp.in\n'
               "ftp -n < /tmp/ftp.in\n", "bin/push.sh", "an FTP script echoed by a shell, quoted"),
        Sample("open 10.8.4.21\nuser routeadm\nTq8Wm2Lx5Kz\nbinary\nget routes.dat\nbye\n", "jobs/pull.ftp",
               "an FTP script's `user <name>` alone, the password on the next line"),
        Sample('Set f = fso.CreateTextFile("C:\\Temp\\ftp.txt", True)\nf.WriteLine "open ftp.partner.example"\n'
               'f.WriteLine "user feed_upload Juniper~Flint5527"\nf.WriteLine "binary"\n', "legacy/Upload.vbs",
               "an FTP script a VBScript writes a line at a time"),
        Sample('with open(path, "w") as f:\n    f.write("open ftp.partner.example\\n")\n    f.write("user feed_upload\\n")\n'
               '    f.write("Quarry!Lantern5821\\n")\n', "tools/ftp_job.py", "an FTP script a Python program writes, the password's line"),
        Sample('curl -sk -u "svc_foh;${APPID}:Bolero*Fresco4471" "$SC/report/EntityConfiguration"\n', "tools/doors.sh",
               "curl's -u of a user in parts about a variable (Genetec's user;application id) and a literal password"),
        Sample("set BULK=C:\\EdFi\\BulkLoadClient\\EdFi.BulkLoadClient.Console.exe\n\n"
               '"%BULK%" -b https://ods.example.org/api/ -d D:\\Interchanges ^\n  -k q7WNzFDstQLnFGvFSvr5 -s Lm4Xb8hdZP8hXUZKQqrdcWx2 ^\n'
               "  -y 2026\n", "bulkload/run.cmd", "Ed-Fi's Bulk Load Client run through a variable, its secret on a continued line"),
        Sample("dotnet EdFi.BulkLoadClient.Console.dll --baseUrl https://ods.example.org/api/ --key q7WNzFDstQLnFGvFSvr5 "
               "--secret Lm4Xb8hdZP8hXUZKQqrdcWx2 -d ./xml\n", "load.sh", "Ed-Fi's Bulk Load Client's --secret"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form: references, prompts, placeholders, stock values."""
    return (
        Sample("  command_line  $USER1$/check_snmp -H $HOSTADDRESS$ -C <%comm%> -o $ARG1$\n"
               "  command_line  $USER1$/check_snmp -H $HOSTADDRESS$ -C $USER3$ -o $ARG1$\n"
               "  command_line  $USER1$/check_snmp -H $HOSTADDRESS$ -C public -o $ARG1$\n", "objects/commands.cfg",
               "check_snmp's community: a template's, a macro, the stock one"),
        Sample("    check_command        check_snmp!-C public -o sysUpTime.0\n"
               "    check_command        check_snmp!-C $USER3$ -o sysUpTime.0\n    check_command        check_snmp!-o .1.3.6.1.2.1.1.3.0 -C $ARG1$\n"
               "    check_command        check_procs!-C httpdWorker2 -w 5\n    check_command        check_local_disk!20%!10%!/\n",
               "objects/services.cfg", "check_commands' communities: the stock one, macros; -C of no SNMP plugin; thresholds"),
        Sample("  command_line  $USER1$/check_procs -C httpdWorker2 -w 5 -c 10\n  command_line  $USER1$/check_http -H x -C 30,14\n"
               "  command_line  $USER1$/check_snmp_int.pl -H $HOSTADDRESS$ -C $USER7$ -n eth0 -A -w 80,90 -c 90,95\n",
               "objects/commands.cfg", "-C of plugins not for SNMP; a Manubulon plugin's macro community and -A flag"),
        Sample('b2 account authorize "$B2_APPLICATION_KEY_ID" "$B2_APPLICATION_KEY"\nb2 account authorize\n'
               "b2 authorize-account <applicationKeyId> <applicationKey>\nb2 account authorize 00ce432a6420e71532f71f116\n",
               "backup/offsite.sh", "b2's login from the environment, prompted, a placeholder, the key id alone"),
        Sample('p = Gst.parse_launch(f"srtsrc uri=srt://:7001 passphrase={passphrase} ! fakesink")\n'
               'q = Gst.parse_launch("srtsrc uri=srt://:7001 passphrase=" + PASSPHRASE + " ! fakesink")\n'
               'r = Gst.parse_launch("srtsrc uri=srt://:7001 passphrase=%s ! fakesink" % pw)\n', "ingest/srt_in.py",
               "an SRT passphrase from a format's field, a variable, a %-format"),
        Sample('p = Gst.parse_launch("srtsrc uri=srt://:7001 ! queue ! filesink location=o.ts passwd=hjx9tm3i7Fkz")\n',
               "ingest/rec.py", "a property no element before it takes as a secret"),
        Sample("cat > /etc/restic/password <<EOF\n$RESTIC_PASSWORD\nEOF\necho \"$PW\" > /etc/restic/password\n", "restic.sh",
               "a password file written from a variable"),
        Sample("echo 'changeme' > /etc/restic/password\n", "restic.sh", "a placeholder written to a password file"),
        Sample("h:hopen `:rdb.corp.internal:5011\nh2:hopen `::5010:svc:`$getenv`KDB_PASS\nTP_CONN=:tp.corp.internal:5010:rdb:$TP_PASS\n"
               "q tick/r.q :tp.corp.internal:5010 :hdb.corp.internal:5012\n", "gw/gw.q", "kdb+ handles without or with a referenced password"),
        Sample("q chainedtick.q -tp tp.corp.internal:5010 -p 5110\nssh -L 8080:localhost:80:x host\nt: 12:30:45:678\n", "bin/ctp.sh",
               "-tp without a login; a port forward; a time"),
        Sample('bat "sqlcmd -S DB01 -U batch -P \\"${env.SQL_PW}\\" -i run.sql"\n', "Jenkinsfile", "sqlcmd's -P of Groovy's variable"),
        Sample("ExecStart=/opt/heritrix/bin/heritrix -a @/etc/heritrix/admin.login -b 0.0.0.0\n"
               "heritrix -a admin:$HERITRIX_PASS\n", "heritrix.service", "Heritrix's -a from a file, from a variable"),
        Sample("services:\n  sftp:\n    image: atmoz/sftp\n    command: foo:$$1$$0G2g0GSt$$ewU0t6GXG15.0hWoOX8X9.:e:1001\n"
               "  app:\n    image: app\n    command: serve --bind 0.0.0.0\n", "docker-compose.yml",
               "atmoz/sftp's encrypted password; another service's command"),
        Sample('SFTP_USERS="foo:pass:1001 bar:${SFTP_PASS}:1002"\n', ".env", "SFTP_USERS of the docs' placeholder and a variable"),
        Sample("cat > /etc/xroad/autologin <<EOF\n${TOKEN_PIN}\nEOF\n", "provision/ss.sh", "X-Road's autologin PIN from a variable"),
        Sample('X=$(rclone obscure "$WEBDAV_PASS")\nrclone obscure - < pw.txt\n', "sync.sh", "rclone obscure of a variable, of stdin"),
        Sample('mc alias set local http://localhost:9000 "$MINIO_ACCESS_KEY" "$MINIO_SECRET_KEY"\n'
               "mc alias set local http://localhost:9000 minioadmin minioadmin\n", "minio.sh", "mc alias of variables, MinIO's default"),
        Sample('CTL := rabbitmqctl\nusers:\n\t$(CTL) add_user svc_billing "$(SVC_PASS)"\n', "Makefile", "add_user of a make variable"),
        Sample('SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr:${SOLR_PW}"\naddauth digest super:$ZK_PASS\n', "solr.in.sh",
               "basic auth and digest auth of variables"),
        Sample('curl --user "admin:xxxx xxxx xxxx xxxx xxxx xxxx" https://cms.example.org/\n'
               'curl --user "admin:abcd efgh ijkl mnop qrst uvwx" https://cms.example.org/\n', "wp.sh",
               "an application password's placeholders"),
        Sample('smbclient //fs01/finance -U alice -c "ls"\nsmbclient //fs01/public -N\nsmbclient //fs01/share "$SMB_PASS" -U alice\n'
               "smbclient -L //fs01 -U alice\n", "smb.sh", "smbclient prompting, anonymous, a variable's password, a listing"),
        Sample("$KC create components -s 'config.bindCredential=[\"${BIND_PW}\"]' -s 'config.vendor=[\"ad\"]'\n", "kc.sh",
               "kcadm's setting of a variable"),
        Sample('$OCC ldap:set-config s01 ldapAgentPassword "$LDAP_PW"\n$OCC ldap:set-config s01 ldapPort 636\n'
               '$OCC config:system:set mail_smtppassword --value="$SMTP_PASS"\n', "nc.sh", "occ settings of variables"),
        Sample('echo "$JOIN_PW" | realm join -U admin corp.example.com\necho "user:$PW" | chpasswd\n', "join.sh",
               "a variable piped into a login"),
        Sample('net ads join -U Administrator\nsmbpasswd -w "$LDAP_ADMIN_PW"\n', "samba.sh", "Samba's prompt, a variable"),
        Sample('ipa-server-install -U -p "$DM_PW" -a "$ADMIN_PW"\nipa-client-install -p admin -w "$PW" --unattended\n',
               "ipa.sh", "FreeIPA installers given variables; ipa-client-install's -p is the principal"),
        Sample("- expect:\n    command: passwd svc\n    responses:\n      \"(?i)password\": \"{{ svc_password }}\"\n",
               "pw.yml", "an expect answer of a template variable"),
        Sample("cypress run --record --key $CYPRESS_RECORD_KEY\nk6 login cloud --token $K6_CLOUD_TOKEN\n", "ci.sh",
               "record key and token of variables"),
        Sample("tx --token ${{ secrets.TX_TOKEN }} push -s\ncrowdin upload -T %CROWDIN_TOKEN%\nlokalise2 --token <token> file download\n",
               "i18n.sh", "localization tokens of variables, a placeholder"),
        Sample("export LOKALISE_TOKEN=your_token_here\nlokalise2 --token \"$LOKALISE_TOKEN\" file download\n"
               "export LK=$(vault kv get -field=token secret/lk)\nlokalise2 --token \"$LK\" file upload\n", "i18n.sh",
               "a variable assigned a placeholder, a command's output"),
        Sample("python espota.py -i 10.0.0.5 -a \"$OTA_PASSWORD\" -f fw.bin\npython espota.py -i 10.0.0.5 -p 3232 -f fw.bin\n", "ota.sh",
               "espota given a variable, no password"),
        Sample("EXTRA_USERS_PARAMS = \"usermod -p '\\$6\\$Qz8x\\$Lk2' root; usermod -P '${ROOT_PW}' root;\"\nuseradd -P /mnt/sysroot bob\n",
               "conf/local.conf", "a crypt hash's -p, a variable, shadow's -P prefix"),
        Sample("wandb login\nwandb login $WANDB_API_KEY\nwandb login --relogin --host https://wandb.example.com\n", "job.sbatch",
               "wandb login prompting, given a variable"),
        Sample('balena env add WIFI_PSK "$PSK" --fleet acme/x\nbalena env add LOG_LEVEL debug --fleet acme/x\n', "fleet.sh",
               "balena env of a variable, of a setting"),
        Sample('\tdvc remote modify --local r password "$DVC_PW"\n\tdvc remote modify r url s3://bucket/dvc\n'
               "\tdvc remote modify --local r user dvc-bot\n", "Makefile", "dvc remote settings of a variable, a URL, a user"),
        Sample("<Command>sqlcmd.exe</Command>\n<Arguments>-S db -U sa -P %SA_PW% -Q x</Arguments>\n"
               "<Command>sqlcmd</Command><Arguments>-E -S db</Arguments>\n", "Tasks/Backup", "a task's sqlcmd of a variable, of Windows auth"),
        Sample('curl -u "$USER:$PASS" https://a.example\ncurl -u admin:$PASSWORD https://a.example\ncurl -u ci:pre$HOME https://a.example\n'
               'curl -u "$API_KEY:" https://a.example\ncurl -u user: https://a.example\n', "c.sh", "curl -u of variables, no key"),
        Sample("ngrok authtoken <YOUR_AUTHTOKEN>\nngrok config add-authtoken $NGROK_AUTHTOKEN\nsnyk auth\nsnyk auth $SNYK_TOKEN\n"
               "heroku config:set DEBUG=false SECRET_KEY=$(openssl rand -hex 32)\n", "setup.sh", "logins prompting, variables"),
        Sample("kubectl set env deploy/validator QR_SIGNING_SECRET=$QR_SECRET\nkubectl set env deploy/validator --from=secret/qr\n"
               "kubectl create secret generic qr --from-file=key=./qr.key\n", "hotfix.sh",
               "kubectl's settings of a variable, a secret, a file (stop 63)"),
        Sample('$CFG --name=x_shared_secret --set="$BBB_SECRET"\n$CFG --name=smtphosts --set=mail.example.com:587\n'
               "helm install --name app-token-svc --set replicas=3 ./chart\n", "lms.sh",
               "cfg.php's --set of a variable, of a setting not a secret; Helm 2's --name and --set"),
        Sample("helm install ./chart --set image.tag=1.4.2 --name app-secret-svc\n"
               "php admin/cli/cfg.php --name=smtppass \\\n    --set=\"$SMTP_PASS\"\n"
               "php admin/cli/cfg.php --name=passwordpolicy \\\n    --set=1\n", "lms.sh",
               "Helm 2's value before its release's name; a continued cfg.php of a variable, of a policy flag"),
        Sample('bimmerconnected status "$BMW_USER" "$BMW_PASS" rest_of_world\nconan remote login corp ci -p "$CONAN_PW"\n'
               "conan remote login corp ci -p\nconan create . -pr default\n", "ci.sh",
               "a vehicle CLI's and Conan's logins of variables, prompting; conan's profile option"),
        Sample('curl -u "$(USER):$(PASS)" https://a.example\ncurl -u "${USER}:<password>" https://a.example\n'
               'curl -u "$API_KEY:X" https://a.example\n', "c.mk", "curl -u of a variable's user and a placeholder or no password"),
        Sample("curl -u YOUR_API_KEY:x https://api.example.org/v1/x\ncurl -u 'admin:X' https://a.example\n"
               "curl -u '<api_key>:x' https://a.example\n", "scripts/api.sh",
               "curl -u of a placeholder key or a name with a stand-in password"),
        Sample("      - run: curl -u ${{ secrets.GH_TOKEN }}:x-oauth-basic https://api.github.com/user\n"
               "      - run: curl -u ${{ secrets.ART_USER }}:${{ secrets.ART_PASS }} https://repo.acme.io/\n",
               ".github/workflows/ci.yml", "curl -u of a workflow's token with GitHub's filler, of two secrets"),
        Sample('chromium --kiosk "https://signage.example.net/d?key=screen-lobby-left-01"\n'
               'chromium --kiosk "https://signage.example.net/d?key=$SCREEN_KEY"\n'
               'wget "https://files.example.net/d?key=Wq7Ln2Xr9Tz4Vk8Mb3Hc6Jd1Fs5Ga0P"\n', "kiosk.sh",
               "a kiosk URL's key naming a screen, a variable; a key on a URL no browser opens"),
        Sample("AT+GTBSI=gv300,cmnet,,,,,,,FFFF$\nAT+GTCFG=gv300,gv300,gv300,0,0.0,0,0,3F,0,,1,1,1,FFFF$\n"
               "AT+GTBSI=<password>,apn,,,,,,,FFFF$\n", "provisioning/gv/init.txt", "Queclink's factory default, a placeholder"),
        Sample("  getstatus\nuser pass getver\nthen send getstatus\n<login> <password> setparam 2001:apn\n",
               "provisioning/fmc/sms.txt", "Teltonika SMS commands with no login, stand-ins, prose"),
        Sample("The format is `<login> <password> <command>`, e.g. `asd 123 getgps`; with no login set, `  getver`.\n",
               "docs/fleet/trackers.md", "a fleet page's Teltonika SMS command stand-ins and examples"),
        Sample('export SSHPASS="$DEPLOY_PASSWORD"\nSSHPASS=$(cat /run/secrets/ssh_pw) sshpass -e ssh ops@edge true\n'
               "# SSHPASS is read by sshpass -e\nexport SSH_ASKPASS=/usr/libexec/openssh/ssh-askpass\n"
               'echo "${SSHPASS:-unset}"\n', "deploy.sh", "SSHPASS from a variable, a file; named in a comment; SSH_ASKPASS"),
        Sample("    env:\n      SSHPASS: ${{ secrets.EDGE_SSH_PASSWORD }}\n", ".github/workflows/deploy.yml",
               "SSHPASS from a workflow secret"),
        Sample('import os\nenv = {"SSHPASS": password}\nos.environ["SSHPASS"] = get_password()\n', "deploy.py",
               "SSHPASS set from an expression in code"),
        Sample("mysql -h db.internal \\\n  -u backup \\\n  -p appdb < dump.sql\ndocker run -u 1000 \\\n  -p 8080:80 nginx\n"
               "java -jar VaultDataLoader.jar \\\n  -u loader@acme.com \\\n  -p \"$VAULT_PASSWORD\" \\\n  -export documents\n",
               "jobs/run.sh", "a MySQL client's prompting -p, a published port, a variable on continued lines"),
        Sample('! U1 setvar "wlan.wpa.psk" "{{ zebra_psk }}"\n! U1 getvar "wlan.wpa.psk"\n! U1 setvar "wlan.security" "wpa2 psk"\n'
               '! U1 setvar "wlan.wep.key1" "**********"\n! U1 setvar "device.friendly_name" "ZT411-LAB-2"\n',
               "printers/zt411.zpl", "Zebra SGD: a templated PSK, a getvar, the security mode, a masked key, a name"),
        # (blind rounds CQ, CU: the references beside a `$` written as a character, an SMB mount's path)
        Sample("mount_smbfs \"//$SMB_DOMAIN;$SMB_USER:$SMB_PASS@nas.example.lan/$share\" \"/Volumes/$share\"\n"
               "mount -t smbfs //guest:@nas.example.lan/pub /Volumes/pub\nmount_smbfs //render@nas.example.lan/projects /Volumes/p\n"
               "smbutil view \"//admin:${NAS_PASSWORD}@nas.example.lan\"\n", "ops/mount.sh",
               "SMB mounts: variables, a guest with no password, no password, a braced variable"),
        Sample("net use W: \\\\fs01\\runs /user:LAB\\op %DAQ_PW% /persistent:no\nnet use W: \\\\fs01\\runs /user:LAB\\op $env:DAQ_PW\n"
               "net use R: \\\\fs01\\runs /user:LAB\\op *\n", "scripts/map.cmd", "net use of a cmd variable, an environment read, a prompt"),
        Sample("    - curl -sf -u ci:$1 -T out.tgz https://repo.example.net/\n    - curl -sf -u ci:$CI_JOB_TOKEN https://repo.example.net/\n",
               ".gitlab-ci.yml", "curl -u of a script's argument, a CI variable"),
        Sample("> ftp.txt echo open ftp.partner.example\n>> ftp.txt echo %FTP_USER%\n>> ftp.txt echo %FTP_PASS%\n"
               ">> ftp.txt echo bye\necho open ftp.mirror.example> a.txt\necho anonymous>> a.txt\necho guest@example.org>> a.txt\n",
               "jobs/feed.cmd", "echoed FTP scripts of variables, an anonymous login"),
        Sample("echo open ftp.partner.example\necho Then log in as\necho your account\n", "howto.cmd",
               "echoes on the console, no script"),
        Sample('f.WriteLine "open ftp.partner.example"\nf.WriteLine "user " & strUser & " " & strPass\n'
               'g.WriteLine "open ftp.partner.example"\ng.WriteLine "user anonymous"\ng.WriteLine "ops@example.org"\n', "legacy/Upload.vbs",
               "a written FTP script's login joined from variables, an anonymous login"),
        Sample("open 10.8.4.21\nuser %FTP_USER%\n%FTP_PASS%\nbinary\n", "jobs/pull.ftp", "`user` alone, its password a variable"),
        Sample('curl -sk -u "svc_foh;${APPID}:${SC_PASSWORD}" "$SC/entity"\n', "tools/doors.sh",
               "curl's -u in parts, the password a variable"),
        Sample("set BULK=C:\\EdFi\\EdFi.BulkLoadClient.Console.exe\n\"%BULK%\" -b https://ods.example.org/api/ ^\n"
               "  -k %EDFI_KEY% -s %EDFI_SECRET% ^\n  -d D:\\x\nset TOOL=C:\\bin\\curl.exe\n"
               "\"%TOOL%\" -s https://example.org/health -k Lm4Xb8hdZP8hXUZKQqrdcWx2\n", "load.cmd",
               "Ed-Fi's secret from a variable; another tool's -s through a variable"),
    )
