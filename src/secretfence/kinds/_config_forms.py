"""The literal kind's readers of configuration forms whose secret stands where no credential-named
key holds it on its line, or under a key the keyword rules do not read as one.

- Cloud IaC parameters given a literal: SAM's `parameter_overrides = "DbPassword=\\"…\\" …"` (and
  the CLI's `--parameter-overrides`, `ParameterKey=X,ParameterValue=…`); a CloudFormation parameter
  declared `NoEcho: true` with a literal `Default:`; an ARM template's `securestring` parameter
  with a literal `defaultValue`; Bicep's `@secure()` then `param x string = '…'`; an ARM parameters
  file's (and Heroku app.json's env) `"<credential key>": {"value": "…"}`, on one line or below
  an opening line; a DigitalOcean app spec's env item declared `type: SECRET` with a plaintext
  `value:` (its `EV[…]` encrypted values are none).
- Dotfiles: OCI's `pass_phrase=`, OfflineIMAP's `remotepass =` (and a service's glued `<x>pass`),
  himalaya's `….auth.raw = "…"`/`passwd.raw`; Leiningen's and EDN's `:password "…"`; NuGet.Config's
  `<add key="ClearTextPassword" value="…"/>` and its `<apikeys>` (keyed by the feed's URL), .NET's
  `<add key="…" value="…"/>` settings; rclone's bare `key =` (B2's and Azure's account key);
  fetchmail's `password "…"` inside a `poll` entry; HexChat's servlist `P=`/`B=` passwords.
- A vendor token whose head is a word the value judgement reads as made up: `secret_` and 24 to 64 letters
  and digits of both cases and a digit (Notion's legacy integration token, 43; Ecwid's secret token, 32;
  judged by its body).
- A CloudFormation (SAM) parameter's literal `Default:` where the parameter's name names a credential
  (`Parameters:` → `DBPassword:` → `Default: "…"`, YAML or pretty-printed JSON), with or without `NoEcho`.
- A YAML mapping's bare `key:` beside the `url:` of the service it is sent to (a dashboard's widget:
  Homepage's `widget: {type: sonarr, url: …, key: <API key>}`), when the key looks generated; beside
  an API's root (`base_url:`, `api_url:`) a hex key of a digest's length too; an INI section's bare `key =`
  beside the section's `url =` the same way (dimcli's dsl.ini: `[instance.live]`, `url=…`, `key=…`).
- A service's personal access token under `<SERVICE>_PAT` (osfr's `OSF_PAT` in an .Renviron, `GITHUB_PAT`,
  `AZURE_DEVOPS_PAT`), when the value is a token's characters and looks generated.
- A payment gateway's salt beside its merchant key (PayU's, Easebuzz's `SALT = "…"` a line from
  `MERCHANT_KEY = "…"`): the secret half of the pair, which signs every transaction's hash; a
  salt alone is a hash's.
- Files that are credential lists by their role, read whole: rsyncd.secrets' `user:password`, davfs2's
  secrets `url user password`, Jetty's realm `user: password, role` (MD5:/CRYPT:/OBF: none),
  artemis-users.properties' `user = password` (ENC(…) none), a JAAS file's `user_<name>="…"` (and
  one on a LoginModule's line), autorestic's backend `key:` (its restic repository's password), Koha's
  passwd (`/etc/koha/passwd`, `koha-passwd`: `instance:dbuser:dbpassword:dbname[:dbhost]`), a FOLIO edge
  module's Ephemeral store (ephemeral.properties: `<tenant>=<user>,<password>`; `tenants=` is its list).
- A settings table's value set by an SQL UPDATE (`UPDATE systempreferences SET value = '…' WHERE variable =
  'XClientSecret'`, WordPress's `option_value`/`option_name`, Magento's `path`), on one line or over lines
  (kinds/_sql_tables.py `settings_updates`): judged under the setting's name (its path's last part); an
  attribute-value store's row (Rock RMS's `AttributeValue`) picked by its attribute's key in a subquery or
  in the lookup that set the WHERE's variable (`DECLARE @AttrId int = (SELECT … WHERE a.[Key] = '…')`).
- Settings the keyword rules read as other words: an environment's `*_PASSWORDS` list (Bitnami's
  Kafka), RabbitMQ's Erlang cookie (`erlangCookie`, `RABBITMQ_ERLANG_COOKIE`), Kibana's
  `xpack.<x>.encryptionKey`, a bare `key:` under an `algolia:` mapping (Hugo's, for atomic-algolia).
- Build and launch files: a C macro defined on a compiler's flags (PlatformIO's `build_flags =
  -DWIFI_PASS=\\"…\\"`, a Makefile's `CFLAGS += -DAPI_KEY='"…"'`, CMake's `add_definitions(-D…)`), a
  BitBake fetcher's URL parameters (`SRC_URI = "https://…;user=…;pswd=…"`), a ROS launch file's
  argument default (`<arg name="password" default="…"/>`).
- A Tuya device's local key (tinytuya's devices.json and snapshot.json, Tuya's device lists: `"key"`
  or `"local_key"`, 16 characters, beside the device's `"id"`): it encrypts the device's LAN protocol.
- A name and its value on lines (or elements) of their own: an OCPP 2.0.1 device model's variable
  (`"BasicAuthPassword": {` … `"attributes": [{… "value": "…"}]`, or any variable whose characteristics
  say `"dataType": "passwordString"`); a header's name and value set apart (SteVe's `webapi.key =
  STEVE-API-KEY` / `webapi.value = …`, YAML's `key: X-Api-Key` / `value: …`); a Salesforce custom
  metadata record's `<field>Client_Secret__c</field>` then `<value …>…</value>`; a Windows WLAN
  profile's `<keyMaterial>` where `<protected>false</protected>` (its plain Wi-Fi passphrase; `true`
  is a DPAPI blob); a symmetric key written beside its algorithm (`"algorithm": "AES-128-CMAC"`,
  `"value": "<32 hex digits>"`: an AUTOSAR SecOC key, an encryption config's key), its hex as long as
  the algorithm's key, no test vector's object.
- Blind rounds BU-BX: Orthanc's `"RegisteredUsers": {"<user>": "<password>"}` (in a file named for Orthanc
  or beside its settings) and `"OrthancPeers": {"<peer>": ["<url>", "<user>", "<password>"]}`, in
  orthanc.json or the same JSON in a compose file or Helm values; an XStream map entry's value under its
  `<string>` key (Mirth's configurationMap.xml: `<entry><string>x.secret</string>…<value>…</value>`).

- Credentials a vendor's documentation names with words the keyword rules read as something else,
  read where the file says it is that vendor's: an X12 interchange's ISA04 Security Information (the
  trading partner's password when ISA03 is `01`: `isa04_security_info`, `ISA04`, `securityInformation`
  beside other ISA fields); Huawei FusionSolar's northbound `systemCode` (the password its
  `/thirdData/login` takes with `userName`), where the file names FusionSolar; a web service's
  `authorization_id` holding a GUID beside the service's address (Viewpoint Spectrum's Data Exchange
  takes its generated Authorization ID as the credential; without an address a GUID under an id's
  name stays an id).
- Round 14: an element whose `name` attribute names a credential and whose `value` attribute holds it on
  the same tag (PTC Windchill's xconf `<Property name="ie.ldap.managerPw" … value="…"/>`: a prefilter hint, the
  pair read by engine/carriers.py's named_pairs); a setting's `user:password@host:port` without a scheme
  (Polarion's `com.polarion.platform.internalPG=`); an INI section's bare `key` beside its `server`/`host`/
  `endpoint` URL (the ShotGrid event daemon's `[shotgun]`); a product's registration code under its name (HP
  Anyware's `registration_code`); an Ansible INI inventory's `[group:vars]` value opening with `#` (the rest
  of the line is the value there).
- Blind rounds CW-DB: a secret store's Terraform resource and the argument that holds its secret (an `aws_ssm_parameter`'s
  `value` when its `type` is SecureString, `azurerm_key_vault_secret`'s `value`, GitHub's `plaintext_value`, a Workers
  secret's `secret_text`, a `tfe_variable` marked `sensitive` or a GitLab variable `masked`); an SSM SecureString's
  `value` beside its `type` in YAML or JSON (Pulumi, Ansible's `string_type`, put-parameter's input); a Markdown
  settings table's row (`| Password | `…` |`) in a runbook or an operator's notes, not in documentation.
- An ODBC connection string's `PWD=`/`Password=` beside another of its attributes (`DSN=`, `DRIVER=`,
  `DBQ=`, `UID=`…) in one string or split over adjacent literals (Python's implicit concatenation): a
  file-based driver's string names no server (the database kind reads those that do).
- Blind rounds DC-DH: a runbook's or an operator's notes' value in a code span after its label (`- user key
  (compliance@): `…``, `**API token**: `…``) or right after its credential's word in a sentence (`user `ops`,
  password `…``, `the API token is `…``), judged under the label's words; documentation's are examples, not read.
- Blind rounds DO-DT: in documentation, the same forms where the label names a password (a settings table's
  `| VNC password | `…` |`, bare and padded too; `user `maint`, password `…``; a list item's `- Password: …`):
  `documented_passwords`, which the kind reports as documentation's other passwords (a block where the value looks
  generated or chosen with care, a warning otherwise); a key's or a token's rows stay the docs' examples.
- Blind rounds GC-GH: a sign-in sentence's pair said in words (`Log in as `ops` with `…``, `using the password `…``,
  `and password `…``; a bare `with`/`using` span only where it looks like a password, not a tool's name) or wrapped before
  its `as` (continued_sign_in); and documentation's short password drawn for a device (drawn_device_password: a VNC
  server's eight characters) beside the device's address on the team's network (beside_a_device_address).
- Blind rounds GI-GN: German documentation's forms (a label's word before what it is for, `- Passwort DiagnosticTool:
  `…``; a sentence's `Schlüssel `…``, `Kennwort `…``, `lautet `…``; `Anmeldung als `ops` mit `…``; `Zugangsdaten: `ops` /
  `…``; a settings table's `Wert`), judged as the English ones; a label's aside set off by a dash, and a person's password
  on a line saying it is the one on every device (stated_in_use).
- Blind rounds GI-GN, too: documentation that is the team's own record reads a key's, a token's and a secret's label as a
  password's (a handover note, _helpers.is_handover_note; a settings table that records its credential's owner,
  creation, rotation or expiry, records_its_credential), at documentation's bar; a label's note in brackets before its
  colon (`- DB password (prod): …`), in documentation and in runbooks and notes (bare_value_past_the_keyword_rules);
  a Google app password under a label naming an app password.
- Blind rounds GO-GT: Spanish documentation's forms, and Portuguese's, French's and Italian's where the same rule serves
  (a label's password word before what it is for, `- Contraseña del .p12: `…``, `- Senha do roteador: …`, `- Mot de
  passe du NAS : `…``, `- Password del router: `…``; a sentence's `la contraseña es `…``, `usuario `admin`, contraseña
  `…``; a Wi-Fi network's `Clave de red`, `Clave WPA2`, `Contraseña de la wifi`; `Iniciar sesión como `ops` con `…``;
  `Credenciales: `ops` / `…``; a settings table's `Valor`), judged as the English ones.
- Blind rounds GO-GT, too: a SIP trunk's account list names its host and user in SIP's words (`Registrar:`, `Outbound proxy:`,
  `Auth ID:`), and a handover note's account list its host whatever its name (in_account_list's own_note); a key's, a
  passphrase's or a password's line beside an SSID's (`SSID: …` / `Passphrase: …`, beside_an_ssid) is the Wi-Fi
  network's passphrase, and a passphrase of words as a generator draws them (word_passphrase) is judged as its drawn
  keys are; a service's key set beside the service's own API address in a page's block (`HEARTH_API_BASE=https://…`
  then `HEARTH_API_KEY=…`: keys_beside_their_service_url) is the team's, where it looks issued.
- Blind rounds GW-GZ: a list item's login pair after a later clause's label (`- Door controller at 192.168.… (warehouse).
  Local admin: `ops` / `…``: _CLAUSE_START), an Apple ID's or iCloud's label naming the account; a Google app
  password alone in the block below the sentence naming an app password (app_password_below); on the team's own record (a
  handover note, an incident's write-up: _helpers.is_teams_own_record) a password a person chose or a generator drew
  (persons_password with a symbol: a draw of upper case, digits and symbols), and a settings row whose name carries a note in brackets (`| Server
  API token (Orders) | … |`: the prefilter's _FOLDED_TABLE_NAME).
- Blind rounds HA-HF: a login's pair with its user written plain and only the password in a span (`Fuel portal login:
  office@… / `…``: _PLAIN_USER_PAIR), a note in brackets among a label's words (`- Shop firewall (pfSense) admin: …`),
  a login's word with no colon before its pair, after a clause's comma or colon (`…, login `service` / `…``); a short
  drawn device password beside its machine's remote-support ID (`TeamViewer ID: 1 482 …`: _REMOTE_SUPPORT_ID) or in a
  key/value table whose device's own row gives its address (`| PLC | …, IP 10.… |`: _device_row_address); a list's
  key, token or secret under a lead-in saying the list is the team's own account's or app's (`Our developer app on the
  … portal:`: under_own_lead_in), read as a handover note's are.
- Blind set HE: an account list's host and user labels in the other languages read (`Servidor`, `Usuario`, `Utilizador`,
  `Benutzer`, `Utilisateur`…: in_account_list), and a list item's bare pre-shared key (`- PSK: …`, `- Chave
  pré-partilhada: …`) judged as the passphrase it is, as its code span's is (a VPN tunnel's, with no SSID beside it);
  a page leaving the team a note to move its values into a secret store (`TODO: tirar isso daqui e colocar no Secrets
  Manager`, `FIXME: move these to Vault`: values_move_to_a_store) read as the team's own record is.
- Stop 57 (older misses): Japanese's account words before a login pair (`- fs01: 管理者 `…` / `…``, LOGIN_WORDS and
  _CLAUSE_START), a pair alone below the list item's lead-in naming its account (pair_below_account_lead_in), a
  Japanese line naming the store of the page's credentials (`接続情報は 1Password の…`, _NAMED_STORE's line), a
  configuration's comment signing in with a plain pair (`# Copiers log in as scanuser / …`, _COMMENTED_SIGN_IN), and
  a RADIUS or TACACS+ shared secret read as a password in documentation (_SHARED_SECRET_LABEL).

Each reader yields (line offset, what it is, the key to judge it under, the value): the kind's key
and value judgements (`_credential_key`, `_is_credential`) decide, so a reference (`%PAT%`,
`${X}`), a placeholder or a command (`passwordeval`, `PassCmd`, `auth.cmd`: other keys) is none.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    CODE_SUFFIXES, DOCUMENT_SUFFIXES, FOLDED_GERMANIC_PASSWORD_WORDS, GERMANIC_PASSWORD_WORDS, GUID,
    INDIC_PASSWORD_SPELLINGS, INDIC_PASSWORD_WORDS, INI_SECTION, INITIAL_PASSWORD_WORDS, THAANA_PASSWORD_SPELLINGS, THAANA_PASSWORD_WORDS,
    YIDDISH_PASSWORD_SPELLINGS, YIDDISH_PASSWORD_WORDS,
    LOCALIZED_PRE_SHARED_KEY, LastFileMemo, both_ways, generated_password,
    is_credentials_note, is_log_text, is_no_document,
    json_ancestor_keys, line_text, looks_generated, looks_like_a_password, name_start,
    table_cells, table_delimiter_row, xml_unescaped,
    yaml_ancestor_keys,
)
from secretfence.kinds._managed_files import FOLDED_HINTS as _MANAGED_FILE_HINTS
from secretfence.kinds._managed_files import managed_key_files
from secretfence.kinds._quoted_files import FOLDED_HINTS as _QUOTED_FILE_HINTS
from secretfence.kinds._quoted_files import TRIGGERS as _QUOTED_FILE_TRIGGERS
from secretfence.kinds._quoted_files import quoted_credential_files, written_keyed_files
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value)
Found = Tuple[int, str, str, str]

# (stop 65) French's password word with its `de` elided, as Walloon writes it and spoken French types it (`li mot d' passe`,
# `le mot d'passe`), and French's and Walloon's `c'est` (it is), the copula a note's sentence gives the value after (`le
# mot de passe, c'est …`, `li mot d' passe c' est …`): one pattern each for the readers of French's sentences.
_MOT_DE_PASSE = r"""mot[ \t]+d(?:e[ \t]+|['\u2019][ \t]?)passe"""
_FRENCH_CEST = r"""c['\u2019][ \t]?est"""
_FOLDED_MOT_DE_PASSE = rb"""mot[ \t]d(?:e[ \t]|'[ \t]?|\xe2\x80\x99[ \t]?)passe"""
_FOLDED_CEST = rb"""c(?:'|\xe2\x80\x99)[ \t]?est"""

# Files read whole (their lines hold no credential word): fetchmail's rc file, HexChat's server list.
# Files that are credential lists by their role: rsync's secrets file (`user:password`), davfs2's
# secrets (`url user password`), Jetty's realm (ActiveMQ's `jetty-realm.properties`: `user: password,
# role`), Artemis' users (`user = password`), a JAAS file (`user_<name>="…"`), autorestic's config
# (a backend's `key:`, its restic repository's password).
_ROLE_LISTS = (r"rsyncd?[-_.]secrets?(?:\.[^/\\!]{1,16})?|davfs2?[-_./\\]secrets(?:\.[^/\\!]{1,16})?"
               r"|(?:jetty-)?realm\.properties|artemis-users\.properties|[^/\\!]{0,64}jaas[^/\\!]{0,64}\.(?:conf|cfg)"
               r"|[^/\\!]{1,64}\.jaas|\.?autorestic\.ya?ml|koha[-_/\\]passwd|ephemeral\.properties"
               # EZproxy's user.txt, in a directory named for EZproxy (user.txt alone is any list of users)
               r"|[^/\\!]{0,64}ezproxy[^/\\!]{0,64}[/\\](?:[^/\\!]{1,128}[/\\]){0,3}user\.txt")
WHOLE_FILES = r"(?:^|[/\\!])(?:\.?fetchmailrc|servlist_?\.conf|" + _ROLE_LISTS + r")$"
_ROLE_LIST_NAME = lazy_regex(r"(?:^|[/\\!])(?:" + _ROLE_LISTS + r")$")
# Lines put before `find` for these forms (lower-case literals): a NoEcho or secure parameter, an
# app spec's secret, .NET's `<add key=…>` setting (NuGet's apikeys are keyed by a URL).
KEYWORDS = ("noecho", "@secure(", "type: secret", "<add key=", "</name><value>", "</name> <value>", "salt =", "salt=",
            "salt:",
            # (stop 58) a gateway's salt as JSON's member or a Spring bean's property (`"integritySalt": "…"`)
            'salt":', "salt':", 'salt" value=',
            # (stop 58) ECPay's and NewebPay's HashIV beside their HashKey (credential_keys' _HASHING_KEY_NAMES)
            "hashiv", "hash_iv",
            "erlang", "loginmodule", "xpack.", ";pswd=", "<arg ",
            # a WLAN profile's key, a custom metadata record's field, a symmetric key's algorithm (its value below)
            "<keymaterial>", "</field>", '"aes-', '"aes_', '"aes1', '"aes2', ": aes-", ": aes1", ": aes2",
            "= aes-", "= aes1", "= aes2", "=aes-", "=aes1", "=aes2",
            # a header's name set apart from its value (`webapi.key = …`, `x.header-name = …`)
            ".key =", ".key=", ".header =", ".header=", ".header-name", ".header_name",
            # Orthanc's users and peers (their passwords on the lines below)
            '"registeredusers"', '"orthancpeers"', "orthanc__registered_users", "orthanc__orthanc_peers",
            # a vendor's credential named with other words (an X12 ISA04, FusionSolar's systemCode, an authorization id)
            "security_info", "securityinfo", "security-info", "security_information", "isa04", "isa_04", "isa4",
            "systemcode", "system_code", "system-code", "authorization_id", "authorizationid", "authorization-id",
            "authorisation_id",
            # an ODBC string's password beside its other attributes
            "pwd=", "password=",
            # a login's user and password in code spans after any label or a sign-in's `as` (`Sign in as `ops` / `…``)
            "` / `", "`/`", " as `", "** / **", "**/**", " as **",
            # (stop 67, pages: the user in bold, the password in a span, `Entrar com **kafecoop** / `…``; an HTML page's
            # pair in its elements, the page read as Markdown only where its own line is a candidate: `<b>…</b> /
            # <code>…</code>`, `<code>…</code> / <code>…</code>`)
            "** / `", "**/`", "</b> / <", "</b>/<", "</strong> / <", "</strong>/<", "</code> / <", "</code>/<",
            "</kbd> / <", "</kbd>/<",
            # (a device's administrator account and its password in one bold span after any label: `Router: **admin /
            # …**`, _ADMIN_ACCOUNT)
            "**admin / ", "**admin/", "**root / ", "**root/",
            # (and bare after its label, a plain text note's: `Winbox:    admin / …`, `NVR: root / …`: login_word_pair)
            " admin / ", " admin/", "\tadmin / ", "\tadmin/", " root / ", " root/", "\troot / ", "\troot/",
            # an UPDATE's `SET value = '…'` on a line of its own, its setting's name in the WHERE below
            "set value", "set option_value", "set config_value", "set setting_value", "set `value`", 'set "value"',
            "set [value]",
            # a product's registration code (judged by credential_keys under its name)
            "registration_code", "registrationcode", "registration-code",
            # a secret store's Terraform resource (its secret in an argument below)
            '"aws_ssm_parameter"', '"azurerm_key_vault_secret"', '"aws_secretsmanager_secret_version"',
            '"google_secret_manager_secret_version"', '"google_secret_manager_regional_secret_version"', '"github_actions_',
            '"github_dependabot_', '"github_codespaces_', '"cloudflare_worker_secret"', '"cloudflare_workers_secret"',
            '"tfe_variable"', '"gitlab_project_variable"', '"gitlab_group_variable"', '"gitlab_instance_variable"',
            # a `psw` setting beside its login (SMSC's API pair: `SMSC_LOGIN` / `SMSC_PSW`)
            "psw")
# (A credential word before `": {`, or `": {"value"` on one line, and a parameter override's
# `DbPassword=` already pass the kind's own credential pattern.)

_LOOKED_AT = 16  # lines read around a parameter's declaration for its siblings (a dozen properties at most)
_PARAMETER_OVERRIDE = lazy_regex(
    r"""(?:^|(?<=[\s"',]))(?P<key>[A-Za-z][A-Za-z0-9_.-]{0,127})=(?:\\?"(?P<dq>[^"\\\n]{1,512})\\?"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'\\,]{1,512}))"""
)
_PARAMETER_KEY_VALUE = lazy_regex(
    r"""ParameterKey=(?P<key>[A-Za-z][A-Za-z0-9]{0,127}),ParameterValue=(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\s,"']{1,512}))"""
)
# A CloudFormation (SAM) parameter's name opening its mapping (`  DBPassword:`, `"DBPassword": {`; its names are
# letters and digits), and its literal `Default:` below it (a bare value holds no blank: a lazy run before the line's
# end backtracks).
_PARAMETER_NAME = lazy_regex(r"""^(?P<indent>[ \t]*)(?P<quote>["']?)(?P<key>[A-Za-z][A-Za-z0-9]{0,254})(?P=quote)[ \t]*:[ \t]*(?:\{[ \t]*)?$""")
_PARAMETER_DEFAULT = lazy_regex(
    r"""^[ \t]*["']?Default["']?[ \t]*:[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#,{}\[\]&*!|>]\S{0,511}?))[ \t]*(?:,[ \t]*)?(?:(?<=[ \t])#.*)?$""")
# (the words of a credential's name a parameter's holds, as the reader's triggers spell them: `DBPassword`, `ApiKey`,
# `GitHubToken`, `WebhookSecret`; `DBUser` and `Env` are not read)
_PARAMETER_CREDENTIAL_WORDS = ("ass", "ASS", "key", "Key", "oken", "OKEN", "ecret", "SECRET")
_PARAMETERS_READ = 2048  # lines walked up from a parameter for its `Parameters:` (YAML's walk jumps its siblings)
_JSON_PARAMETERS_READ = 256  # the same in pretty-printed JSON, read line by line (fifty parameters' worth)
_NO_ECHO = lazy_regex(r"""^[ \t]*["']?NoEcho["']?[ \t]*:[ \t]*["']?(?i:true)["']?[ \t]*(?:,[ \t]*)?$""")
_SECURE_STRING = lazy_regex(
    r"""^[ \t]*["']?(?P<key>type|Type|string_type|parameter_type)["']?[ \t]*:[ \t]*["']?(?P<type>(?i:secure(?:string|object)))["']?"""
    r"""[ \t]*(?:,[ \t]*)?$""")
_DO_SECRET = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?type[ \t]*:[ \t]*["']?SECRET["']?[ \t]*$""")
# (a bare value's `#` after no blank is the value's, as YAML reads it: `Default: Quarry#Heron55`)
_SIBLING = lazy_regex(
    r"""^(?P<indent>[ \t]*(?:-[ \t]+)?)["']?(?P<key>[A-Za-z][\w-]{0,127})["']?[ \t]*:[ \t]*"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){0,512})"|'(?P<sq>[^'\n]{0,512})'|(?P<bare>[^\s"'#,{}\[\]](?:[^#,]|(?<=\S)#){0,511}))?,?[ \t]*$"""
)
_BICEP_PARAM = lazy_regex(r"""^[ \t]*param[ \t]+(?P<name>[A-Za-z_]\w{0,127})[ \t]+\w+[ \t]*=[ \t]*'(?P<value>[^'\\\n]{1,512})'[ \t]*$""")
_VALUE_OBJECT = lazy_regex(r"""^[ \t]*"(?P<key>[^"\\\n]{1,128})"[ \t]*:[ \t]*\{[ \t]*"value"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){1,512})\"""")
_JSON_VALUE = lazy_regex(r"""^[ \t]*"(?P<key>[^"\\\n]{1,128})"[ \t]*:[ \t]*(?:"(?P<value>(?:[^"\\\n]|\\.){0,512})"|[^\s"])""")
# An INI/TOML setting: its key and its value (quoted or bare).
_SETTING = lazy_regex(
    r"""^[ \t]*(?P<key>[A-Za-z][\w.-]{0,127})[ \t]*[=:][ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#;][^\s#;]{0,511}))[ \t]*(?:[#;].*)?$"""
)
# Keys that name a password the keyword rules read as another word: OCI's `pass_phrase`, a
# service's glued `remotepass`/`smtppass`, himalaya's `auth.raw`/`passwd.raw` (its `auth.cmd` is a command).
_PASSPHRASE_KEY = lazy_regex(r"""(?i)(?:^|[_.-])pass[_-]phrase$""")
_GLUED_PASS_KEY = lazy_regex(
    r"""(?i)^(?:remote|local|smtp|imap|pop3?|db|mail|ldap|bind|proxy|admin|root|user|ftp|sasl|nick|server|irc|auth)pass$"""
)
# SMSC's (smsc.ru, smsc.kz, smsc.ua) HTTP and SMTP APIs name the account's password `psw`, beside `login`
# (`send.php?login=…&psw=…`), and its clients keep the pair as settings or constants (`SMSC_LOGIN` / `SMSC_PSW` of its
# own PHP and Python libraries, a Ruby class's `LOGIN` / `PSW`, a YAML's `login:` / `psw:`). `psw` alone is
# other things too (a CPU's program status word), so a literal under it counts where a login is set beside it.
_PSW_KEY = lazy_regex(r"""(?i)^(?:[a-z0-9]{1,40}[_.-])?psw$""")
# (the pair as a mapping's quoted items too, the way a client builds the request's query: PHP's
# `http_build_query(['login' => '…', 'psw' => '…'])`, a Python dict's `"psw": "…",`)
_PSW_ITEM = lazy_regex(
    r"""^[ \t]*(?P<kq>["'])(?P<key>(?:[A-Za-z0-9]{1,40}[_.-])?(?:psw|PSW|Psw))(?P=kq)[ \t]*(?:=>|:)[ \t]*"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})')[ \t]*(?:,[ \t]*)?(?:(?://|#).*)?$""")
_LOGIN_SETTING = lazy_regex(
    r"""(?i)^[ \t]*(?:(?P<q>["'])(?:[a-z0-9]{1,40}[_.-])?login(?P=q)[ \t]*(?:=>|:)|(?:[a-z0-9]{1,40}[_.-])?login[ \t]*(?:=|:))"""
    r"""[ \t]*["']?[^\s"'(]""")
_PSW_LOGIN_LINES = 3  # lines either side where the login is set
# A bare value that is a call of a string or a name (`os.Getenv("DB_PASS"),`, `env("SMTP_PASS")`, `credentials('id')`):
# an expression, as a Go struct literal or a Jenkinsfile writes it; an INI or TOML file's bare password is no call.
_BARE_CALL = lazy_regex(r"""[A-Za-z_][\w.:]{0,127}\((?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[A-Za-z_][\w.]{0,127})?\)[,;]?$""")
# (a conversion of the literal it is given, no lookup: Go's `string("…")`, the AWS SDK's and Pulumi's `aws.String("…")`,
# `pulumi.String("…")`, Rust's `String::from("…")`, `fmt.Sprint("…")`: the literal is the password)
_LITERAL_CONVERSION = lazy_regex(r"""(?i)^(?:[\w.:]{0,120}[.:])?(?:string|str|sprint|sprintf|from|strdup|securestring)\((?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})')\)[,;]?$""")


def _bare_expression(bare: str) -> bool:
    """A bare value that is a call (_BARE_CALL) reading the password from elsewhere, no conversion of a literal."""
    return _BARE_CALL.match(bare) is not None and _LITERAL_CONVERSION.match(bare) is None


_RAW_SECRET_KEY = lazy_regex(r"""(?i)(?:^|[.-])(?:auth|passwd|password|pass|secret|token)\.raw$""")
# The settings sections ASP.NET apps keep their JWT signing key in (`Jwt`, `JwtSettings`, `JWTOptions`, `JwtConfig`).
_JWT_SECTION = lazy_regex(r"(?i)^(?:app|auth|authentication[:.])?jwt(?:bearer)?(?:settings?|options|config(?:uration)?|token)?$")
_EDN_SUFFIXES = (".clj", ".cljs", ".cljc", ".edn", ".boot")
_EDN_STRING = lazy_regex(r"""(?<![\w:/*+!?-]):(?P<key>[A-Za-z][\w.*+!?-]{0,127})[ \t,]+"(?P<value>(?:[^"\\\n]|\\.){1,512})\"""")
_ADD_SETTING = lazy_regex(
    r"""<add[ \t]+key[ \t]*=[ \t]*"(?P<key>[^"\n]{1,256})"[ \t]+value[ \t]*=[ \t]*"(?P<value>[^"\n]{1,1024})\""""
)
_RCLONE_KEY = lazy_regex(r"""^[ \t]*key[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\s"']\S{0,511}))[ \t]*$""")
# (stop 64) rclone's configuration under any name of its own (`rclone.conf`, `rclone_backup.conf`, `rclone-nas.conf`): the
# file's base name says rclone and ends in `.conf`.
_RCLONE_CONFIG_NAME = lazy_regex(r"""(?:^|[/\\!])[^/\\!]{0,64}rclone[^/\\!]{0,64}\.conf$""")


def _is_rclone_config(lowered_name: str) -> bool:
    return lowered_name.endswith(".conf") and "rclone" in lowered_name and _RCLONE_CONFIG_NAME.search(lowered_name) is not None


# rclone's backends whose bare `key` is the account's key: Backblaze B2's application key, Azure's.
_RCLONE_KEYED = lazy_regex(r"""^[ \t]*type[ \t]*=[ \t]*"?(?:b2|azureblob|azurefiles)"?[ \t]*$""")
_FETCHMAIL_PASSWORD = lazy_regex(r"""(?:^|[ \t])pass(?:word)?[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"']{1,512}))""")
_HEXCHAT_PASSWORD = lazy_regex(r"""^(?P<field>[PB])=(?P<value>\S.{0,511})$""")
_HEXCHAT_FIELDS = {"P": "server password", "B": "NickServ/SASL password"}
# A Hadoop/Spark/Hive XML property written on one line (`<property><name>fs.s3a.secret.key</name><value>…</value>`);
# the kind reads the pretty-printed form, `<name>` and `<value>` on lines of their own.
_ONE_LINE_PROPERTY = lazy_regex(r"""<name>[ \t]*(?P<key>[\w.:-]{1,200})[ \t]*</name>[ \t]*<value>(?P<value>[^<\n]{1,1024})</value>""")
_PROPERTIES_A_LINE = 16
# (stop 65) An element holding one value inside XML written on one line: after another element's tag (`…</login><pwd>…</pwd>`)
# or opening a quoted string (a shell's `curl -d "<auth><appKey>…</appKey></auth>"`, a code string's SOAP body, an SMS
# gateway's request, an XML file on one line). The element's name is the value's key (a namespace prefix says no more);
# the pretty-printed form, an element alone on its line, is read in XML files (engine/carriers.py's typed_assignments)
# and a string's document over lines as the file it is.
_INLINE_ELEMENT = lazy_regex(
    r"""(?<=[>"'])[ \t]{0,16}<(?P<qualified>(?:[A-Za-z_][\w.-]{0,63}:)?[A-Za-z_][\w.-]{0,63})>"""
    r"""[ \t]*(?P<value>[^<>\s][^<>\n]{0,1023}?)[ \t]*</(?P=qualified)>""")
_INLINE_ELEMENTS_A_LINE = 32
# A YAML mapping's bare `key:` and the `url:` beside it.
_BARE_KEY = lazy_regex(r"""^(?P<indent>[ \t]*)(?:-[ \t]+)?key[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#{}\[\]&*!|>]\S{0,511}))[ \t]*(?:#.*)?$""")
# (or an API's root, `base_url:`/`api_url:`: no download's address, so a 40- or 64-hex key beside it is
# the API's key, not a fingerprint: Galaxy Digital's `galaxy: {base_url: …/api, key: <40 hex>}`)
_URL_SIBLING = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?(?:(?P<api>base|api|api[_-]?base)[_-]?)?url[ \t]*:[ \t]*["']?(?P<url>[a-z][a-z0-9+.-]{1,20}://[^\s"']{1,256})""", re.IGNORECASE)
_DIGEST_OR_FINGERPRINT = lazy_regex(r"""^(?:0x)?(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$""")
_KEY_FILE_SUFFIXES = (".gpg", ".asc", ".key", ".pub", ".pem", ".sig")  # (a url to the key's own file: a signing key's)
# An INI file's bare `key =` (or `key:`) and the `url =` of its section (dimcli's dsl.ini: `[instance.live]`,
# `url=https://…`, `key=<API key>`), and the section's header (`[name]`, `[name.sub]`, `[name "sub"]`).
# (`key` or `Key`, as INI readers fold a name's case; a comment after the value, `;` or `#` after a blank, is no part of it)
_INI_BARE_KEY = lazy_regex(
    r"""^[ \t]*[Kk]ey[ \t]*[=:][ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"';#]\S{0,511}))"""
    r"""[ \t]*(?:(?<=[ \t])[;#].*)?$""")
# (or its `server =`/`host =`/`endpoint =` holding the service's URL: the ShotGrid event daemon's `[shotgun]`
# section, `server: https://<site>.shotgrid.autodesk.com`, `name:` its script, `key:` the script's key)
_INI_URL_SIBLING = lazy_regex(
    r"""^[ \t]*(?:(?:(?P<api>base|api|api[_-]?base)[_-]?)?url|(?:server|host|endpoint)(?=[ \t]*[=:][ \t]*["']?https?://))[ \t]*[=:][ \t]*["']?"""
    r"""(?P<url>[a-z][a-z0-9+.-]{1,20}://[^\s"']{1,256})""",
    re.IGNORECASE)
_SECTION_NAME_READ = 64  # characters of a section's name read as a key's qualifier
_INI_SECTION_LINES = 32  # a section's key reads up to 31 lines each way for its url and its header (range's end)
# A service's personal access token named `<SERVICE>_PAT` (`GITHUB_PAT`, `AZURE_DEVOPS_PAT`, osfr's `OSF_PAT`
# in an .Renviron, `githubPat`): an environment file's, a shell's or a setting's assignment, or R's
# `Sys.setenv(OSF_PAT = "…")`. (The keyword rules read no `pat`: it opens `path` and `pattern`.)
_PAT_SETTING = lazy_regex(
    r"""(?:^|(?<=[\s"'{,(]))(?P<key>[A-Za-z][\w.-]{0,63}?(?:[_.-](?:PAT|pat|Pat)|[a-z0-9]Pat))["']?[ \t]*(?::=|=|:)[ \t]*"""
    r"""(?:"(?P<dq>[^"\\\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'`$#;,(){}\[\]]\S{0,511}))"""
)
_PATS_A_LINE = 8
# What a token is written with (letters, digits, `_-.~+/=`): a pattern's or a glob's syntax is none of it.
_TOKEN_CHARACTERS = lazy_regex(r"""^[A-Za-z0-9_.~+/=-]{20,512}$""")
# A salt's setting (its name's last word `salt`) and a merchant's key or id in the same block.
_SALT_LINE = lazy_regex(
    r"""^[ \t]*(?:export[ \t]+)?["']?(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]*(?::|=)[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#]\S{0,511}))[ \t]*(?:,[ \t]*)?(?:#.*)?$"""
)
# The role lists' lines (`_ROLE_LISTS`) and the settings read beside them.
_ROLE_LIST_WORDS = ("secret", "realm", "users.prop", "jaas", "autorestic", "passwd", "ephemeral", "ezproxy")
_RSYNC_SECRET = lazy_regex(r"""^(?P<user>@?[^\s:#@][^\s:]{0,63}):(?P<password>\S.{0,255})$""")
_DAVFS_SECRET = lazy_regex(
    r"""^(?P<where>[^\s"#]\S{0,511})[ \t]+(?P<user>"(?:[^"\\\n]|\\.){1,128}"|[^\s"]{1,128})"""
    r"""(?:[ \t]+(?P<password>"(?:[^"\\\n]|\\.){1,256}"|[^\s"]{1,256}))?[ \t]*$"""
)
_JETTY_REALM_LINE = lazy_regex(r"""^(?P<user>[\w.@-]{1,128})[ \t]*[:=][ \t]*(?P<password>[^\s,][^,]{0,255}?)[ \t]*(?:,.*)?$""")
_JETTY_VERIFIERS = ("MD5:", "CRYPT:", "OBF:")  # (a hash, a crypt verifier; OBF: the format's obfuscation, shown as such)
_PROPERTY_LINE = lazy_regex(r"""^(?P<user>[\w.@-]{1,128})[ \t]*[:=][ \t]*(?P<password>\S.{0,255}?)[ \t]*$""")
_JAAS_USER = lazy_regex(r"""(?<![\w.])user_(?P<user>[\w.@-]{1,64})[ \t]*=[ \t]*"(?P<password>[^"\\\n]{1,256})(?=")""")
_AUTORESTIC_KEY = lazy_regex(r"""^[ \t]+key[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#{}\[\]&*!|>]\S{0,511}))[ \t]*(?:#.*)?$""")
# Koha's /etc/koha/passwd (koha-create's --request-db/--populate-db): `instance:dbuser:dbpassword:dbname[:dbhost]`.
_KOHA_PASSWD = lazy_regex(r"""^(?P<instance>[\w.-]{1,64}):(?P<user>[^\s:]{1,128}):(?P<password>[^:\n]{1,256}):[\w$.-]{1,128}(?::[^\s:]{1,253})?$""")
# EZproxy's user.txt (OCLC's "user.txt" pages): `username:password[:option…]` local accounts, an
# `::LDAP` block's `BindPassword` (`-Obscure` before an obscured one), a `::Ticket` block's shared secret
# (`MD5 <secret>`, `SHA1`/`SHA256`/`SHA512`); a block runs from `::Name` to `/Name`.
_EZPROXY_USER = lazy_regex(r"""^(?P<user>[^\s:#;/][^\s:]{0,127}):(?P<password>[^\s:/][^\s:]{0,255})(?::\S{0,256})?$""")
_EZPROXY_DIRECTIVE = lazy_regex(r"""^(?P<directive>(?i:bindpassword|md5|sha1|sha256|sha512))[ \t]+(?P<value>\S{1,256})[ \t]*$""")
_EZPROXY_BLOCK_LINES = 200  # lines looked back for the block a directive stands in
# FOLIO edge modules' Ephemeral secure store (edge-common's ephemeral.properties): `<tenant>=<user>,<password>`
# beside `secureStore.type=` and `tenants=` (dotted keys and `tenants` are settings).
_EPHEMERAL_TENANT = lazy_regex(r"""^(?P<tenant>[\w-]{1,64})[ \t]*[=:][ \t]*(?P<user>[^,\s]{1,128})[ \t]*,[ \t]*(?P<password>\S.{0,255}?)[ \t]*$""")
_SETTING_PATH = lazy_regex(r"""[/.:]""")  # a setting's path (Magento's `payment/gateway/api_key`, `smtp.password`)
_PASSWORD_LIST = lazy_regex(
    r"""(?:^|[\s"'-])(?P<key>[A-Z][A-Z0-9_]{0,100}_PASSWORDS)["']?[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,1024})"|'(?P<sq>[^'\n]{1,1024})'|(?P<bare>[^\s"'#]{1,1024}))"""
)
_ERLANG_COOKIE = lazy_regex(
    r"""(?:^|[\s"'.{,-])(?P<key>(?:[A-Za-z][\w]{0,63}[_.-])?(?:erlang|Erlang|ERLANG)[_.-]?(?:cookie|Cookie|COOKIE))["']?[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#,}]{1,512}))"""
)
_KIBANA_KEY = lazy_regex(
    r"""^[ \t]*(?P<key>xpack\.[A-Za-z][\w.]{0,127}\.encryptionKey)[ \t]*:[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#]\S{0,511}))[ \t]*(?:#.*)?$"""
)
_MERCHANT_KEY = lazy_regex(r"""(?i)merchant[_.-]?(?:key|id)(?![a-z])""")
# A C macro defined on a compiler's command line or a build's flags: `-DNAME=\\"value\\"` (PlatformIO's
# build_flags, a Makefile's escaped quotes), `-DNAME='"value"'`, `"-DNAME=\\"value\\""`, `-DNAME="value"`,
# `-DNAME=value`. (A Java property, `-Dspring.datasource.password=…`, has dots: the command-line reader's.)
_MACRO_DEFINE = lazy_regex(
    r"""(?<![\w-])-D[ \t]?(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})=(?:\\"(?P<esc>(?:[^"\\\n]|\\[^"\n]){1,256})\\"|"""
    r"""'"(?P<sqdq>[^"'\n]{1,256})"'|"(?P<dq>[^"\\\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'\\,;)]{1,256}))"""
)
_MACROS_A_LINE = 16
# BitBake's fetcher parameters after a URL (`;user=…;pswd=…`, the wget, FTP and Subversion fetchers'
# basic-auth password).
_BITBAKE_PSWD = lazy_regex(r""";pswd=(?P<value>[^;"'\s]{1,256})""")
_BITBAKE_USER = lazy_regex(r""";user=(?P<user>[^;"'\s]{1,128})""")
# A ROS launch file's argument (roslaunch's and ROS 2's XML `<arg name="…" default="…"/>`): its default
# is the value the nodes are given; `value=` is read with name/value pairs already.
_LAUNCH_ARG = lazy_regex(r"""<arg\b[^<>]{0,512}>""")
_ARG_NAME = lazy_regex(r"""\bname[ \t]*=[ \t]*"(?P<name>[^"\n]{1,128})\"""")
_ARG_DEFAULT = lazy_regex(r"""\bdefault[ \t]*=[ \t]*"(?P<value>[^"\n]{1,512})\"""")
# A Tuya device's local key as tinytuya (devices.json, snapshot.json) and Tuya's device lists write it:
# 16 characters under `"key"`/`"local_key"`/`"localKey"`, the device's `"id"` (20 or 22 letters and
# digits) in the same object, with another of its fields (`"mac"`, `"ip"`, `"version"`…).
_TUYA_KEY = lazy_regex(r""""(?:key|local_key|localKey)"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){16,32})\"""")
_TUYA_ID = lazy_regex(r""""(?:id|device_id|devId|gwId)"[ \t]*:[ \t]*"(?=[0-9a-z]{0,21}[0-9])(?=[0-9a-z]{0,21}[a-z])[0-9a-z]{20,22}\"""")
_TUYA_FIELD = lazy_regex(r""""(?:mac|ip|version|product_name|product_id|productKey|category|uuid|icon|sub)"[ \t]*:""")
# lower-case words joined by dots, pluses, dashes or underscores: a name, no key the cloud generated
_JOINED_WORDS = lazy_regex(r"""^[a-z]{1,16}(?:[.+_:/-][a-z0-9]{1,16})+$""")
_TUYA_LINES = 12  # lines of a device's object around its key (tinytuya writes a dozen fields)
_FOLDED_TUYA_KEY = rb'''"(?:key|local_?key)"[ \t]*:[ \t]*"(?:[^"\\\n]|\\.){16,32}"'''
# The prefilter's patterns for these forms, on folded lines (literal_credential's FOLDED_HINTS).
# (blind rounds BU-BX) an XStream map entry's key naming a credential (its value in a sibling element below)
_FOLDED_ENTRY_KEY = rb"""<string>[\w.:-]{0,64}(?:secret|pass|pwd|token|key|credential|auth)[\w.:-]{0,64}</string>"""
# a `<service>_PAT` assigned (its value judged by the reader)
_FOLDED_PAT = rb"""pat["']?[ \t]*(?::=|=|:)"""
# an element's `name` attribute (as XML writes it, `name="`) naming a credential and its `value` attribute on
# the same tag (PTC Windchill's xconf `<Property name="ie.ldap.managerPw" … value="…"/>`, Ant's `<property
# name=… value=…/>`): the line is then read as its `name="value"` pair (engine/carriers.py, named_pairs),
# where the kind's key reading judges it
# (the name's credential word found by a lookahead, then the name read once: no nested backtracking)
_FOLDED_NAMED_ATTRIBUTES = (rb"""name=["'](?=[\w.:-]{0,128}?(?:pass|pw|token|secret|key|auth|cred))[\w.:-]{1,192}["']"""
                            rb"""[^<>\n]{0,512}?[ \t]value[ \t]*=[ \t]*["'][^"'\s]""")
# a setting's `user:password@host:port`, no scheme (Polarion's `com.polarion.platform.internalPG=`), by the
# address that ends its line (the reader checks the login before it)
_FOLDED_AUTHORITY_END = rb"""@[a-z0-9][a-z0-9.-]{0,252}:[0-9]{2,5}(?:/[\w.-]{0,128})?["']?[ \t]*(?=\r?\n|\Z)"""
# a settings table's row naming a token, a secret or a key before its value's cell (`| API token | … |`, a handover
# note's `| Provider key | … |`), its cell padded as an aligned table pads it; a note in brackets may say whose or which
# it is before the cell ends (`| Server API token (Orders) | … |`, `| Webhook secret (prod) | … |`), as the row's
# reader (_key_value_table_row) reads the name
# (stop 64: a pre-shared key's row too, `| IPsec PSK | `…` |`)
_FOLDED_TABLE_NAME = rb"""(?:token|secret|key|psk|pwd?)[*_` \t]{0,64}(?:\([^()\n|]{0,64}\)[*_` \t]{0,16})?\|[ \t]*[^\s|]"""
# (stop 64) a note's own language's copula between an English credential's word and its span, as `is` stands there:
# Sesotho's, Setswana's and Sepedi's `ke` (`password ke `…``), Swahili's `ni`, Tagalog's `ay`, Malay's and Indonesian's
# `adalah` / `ialah`
SPOKEN_COPULAS = r"""ke|ni|ay|adalah|ialah"""
# a runbook's value in a code span after its name (`- user key (compliance@): `…``, `password `…``, `token is `…``)
# (`pw `…``, `WPA2-PSK: `…``, `password use: `…``: documentation's spoken spans, _SPOKEN_SPAN)
# (Hungarian's key, `kulcs`, as English's: `- Onfleet API kulcs (a régi integrációé): `…``; Icelandic's, `- API lykill: `…``)
_FOLDED_SPAN_NAME = (rb"""(?:pass|pw|psk|shared[ \t]key|token|secret|key|kulcs|lykil)[\w.-]{0,64}?[*_]{0,2}(?:[ \t]*\([^()\n`]{0,64}\))?[*_]{0,2}"""
                     rb"""(?:[ \t]+(?:is|was|use|enter|type|set[ \t]+to|to[ \t]+use(?:[ \t]+is)?|""" + SPOKEN_COPULAS.encode() + rb""")[*_]{0,2})?"""
                     rb"""(?:[ \t]*[:=])?[*_]{0,2}[ \t]*`[^`\s]""")
# a password's word, what it is for, then `is` or a colon before its span or its value (`admin password for the NVRs
# is `…``, `- **Password for unattended access**: `…``: _SPOKEN_SPAN's, _LABELLED_SPAN's and _LISTED_BARE's labels); what
# it is for may be emphasised or quoted, or an address (`password for **admin** is`, `for "svc" is`, `for ops@host is`)
# (what a password is for: one to six words or code spans, each may be emphasised or quoted, or an address)
_QUALIFIER = r"""(?:[ \t]+(?:`[^`\s]{1,64}`|[*"]{0,2}[\w./'@-]{1,32}[*"]{0,2})){1,6}?"""
# (stop 69, notes: the Philippine languages' `sa`, `sang`, `ng`, `han`, as _QUALIFYING_WORDS; and the value's span on the
# line below the label's colon, `password sa umpisa:` then `` `…` ``: password_span_below)
_FOLDED_QUALIFIED_NAME = (rb"""(?:pass(?:word|phrase|wd)?|pword|pwd|pw|psk|token|secret|key)[ \t]+(?:for|of|on|to|sa|sang|ng|han)"""
                          + _QUALIFIER.encode() + rb"""[*_]{0,2}(?:[ \t]*\([^()\n`]{0,64}\))?"""
                          rb"""(?:[ \t]+(?:is|was)(?:[ \t]*:)?[ \t]*`|[ \t]*:[*_]{0,2}[ \t]*[^\s]|[ \t]*:[ \t]*\r?\n[ \t]*`[^`\s])""")
# documentation's sentence giving a password bold or bare after its word (_SAID_BARE)
# (what the password is for or when, a preposition's phrase before the sentence's `is`: `the admin password after restore
# is …`, `the password for the VPS is …`)
_FOLDED_SAID_FOR = rb"""[ \t]+(?:for|after|on|of|at|to|in)(?:[ \t]+[\w./@:-]{1,32}){1,2}?(?=[ \t]+(?:is|was)[ \t])"""
_FOLDED_SAID_BARE = (rb"""(?:pass(?:word|phrase|wd)|pwd|pw)(?:""" + _FOLDED_SAID_FOR + rb""")?(?:[ \t]+(?:is|was|ke))?(?:[ \t]*:)?[ \t]+"""
                     rb"""(?:\*\*[^\s*]|[^\s`*"'<\[({][^\s`]{11})""")
# (stop 61) a Wi-Fi network's name and its passphrase split by `/` after a label naming the network (`Wi-Fi: ZozanDepo /
# …`: _wifi_network_pair)
_FOLDED_NETWORK_PAIR = rb"""(?:wi-?fi|wlan|wireless|ssid)[^\n:/]{0,64}:[ \t]*`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*[^\s]"""
_NETWORK_PAIR_HEADS = ("wi-fi", "wifi", "wlan", "wireless", "ssid")
# (stop 61) a Wi-Fi network's name in bold or a span, then Danish's and Norwegian's `kode` before its span (`Wi-Fi for the
# crew: **PolarRaaja-Crew**, kode `…``: _NORDIC_NETWORK_CODE_SPAN; an HTML page's raw line too, its name and the code in
# tags, `<b>PolarRaaja-Crew</b>, kode <code>…</code>`, which the page's text reads as Markdown)
_FOLDED_NETWORK_CODE = rb"""(?:wi-?fi|wlan|ssid)[^\n]{0,200}?(?:[,;/]|[ \t]og)[ \t]*(?:adgangs)?kode"""
# (stop 61) a note's sentence, its password after its word and its language's copula or `the new one is` (`it wachtwurd
# is …`, `root password bụ …`: _NOTE_SAID_WITH_COPULA)
# (stop 66: or the change said as done, `… password has been changed to …`, `is now …`, `was reset to …`: _NOTE_CHANGED)
_FOLDED_NOTE_CHANGED = (rb"""(?:is|was)[ \t]+(?:now|still|currently)(?:[ \t]+set[ \t]+to)?"""
                        # (review 67: the auxiliary left out, as a handover's line says it, `Admin password changed to …`,
                        # and `has now been`)
                        rb"""|(?:(?:has|have)(?:[ \t]+now)?[ \t]+been[ \t]+|(?:was|got|is)[ \t]+)?"""
                        rb"""(?:changed|reset|set|updated|rotated)[ \t]+to""")
_FOLDED_NOTE_SAID = (rb"""(?:pass(?:word|wd)|pwd|pw|wachtwoord|wachtwurd|okwu[ \t]?ntughe)(?:[^.\n!?`]{0,80}?[ \t](?:the[ \t]+)?new[ \t]+one)?"""
                     rb"""[ \t]+(?:""" + _FOLDED_NOTE_CHANGED + rb"""|is|was|b(?:\xe1\xbb\xa5|u)|ke)[ \t]+[^\s`*"'<\[({][^\s`"']{7}""")
# a runbook's login given as two code spans after its label (`admin login: `ops` / `…``)
# (or both in one span, code or bold: `Console login: `ops / …``, `- **Login:** **ops / …**`)
# (German's words for a login's details too: `- Zugangsdaten: `ops` / `…``, `Anmeldung: ops / …`)
# (Spanish's, Portuguese's, French's and Italian's: `Credenciales: `ops` / `…``, `Datos de acceso: ops / …`, `Identifiants`)
_FOLDED_LOGIN_WORD = (rb"""(?:login|logon|log-in|sign-in|credentials|creds|zugang(?:sdaten)?|anmeldung|anmeldedaten"""
                      rb"""|credenciales|credenciais|identifiants|credenziali|acceso|acesso|accesso"""
                      rb"""|g[ae]litaan(?:ka)?"""  # (stop 66, notes: Somali's `gelitaanka`)
                      rb"""|dost(?:\xc4\x99|\xc3\xa3|e)p)""")  # (stop 67, notes: Polish's `dostęp`, Kashubian's `dostãp`)
_LOGIN_WORD_HEADS = ("login", "logon", "log-in", "sign-in", "credentials", "creds", "zugang", "anmeldung", "anmeldedaten",
                     "credenciales", "credenciais", "identifiants", "credenziali", "acceso", "acesso", "accesso",
                     "gelitaan", "galitaan", "dost")  # (stop 67: `dostęp`, `dostãp`, `dostep` from their ASCII head)
# (stop 66, notes: Somali's login word, what it signs in to after it, `waa`, then the pair: `gelitaanka RDP waa `ops` / `…``)
_FOLDED_SOMALI_LOGIN_SAID = (rb"""g[ae]litaan(?:ka)?(?:[ \t]+[\w./-]{1,32}){0,3}?[ \t]+waa[ \t]+"""
                             rb"""`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]""")
# (stop 64: who the login is for in the other languages whose notes give a login's pair: German's `für` (`fuer`),
# Luxembourgish's `fir`, `vum`, `vun`, Dutch's `voor`, `van`, French's `pour`, Spanish's and Portuguese's `para`,
# Italian's `per`, the Scandinavian languages' `til`, `för`: `WaWi Login fir d'Keess: …`; in bytes as folded, `ü` two)
_FOLDED_FOR_WHOM_WORDS = rb"""f(?:\xc3\xbc|ue|i)r|vum|vun|voor|van|von|pour|para|per|til|f(?:\xc3\xb6|o)r"""
_FOR_WHOM_WORDS = r"""f(?:ü|ue|i)r|vum|vun|voor|van|von|pour|para|per|til|för"""
_FOLDED_LOGIN_PAIR = (_FOLDED_LOGIN_WORD + rb"""(?:[*_]{0,2}[ \t]*\([^()\n`]{0,64}\))?[*_]{0,2}[ \t]*:"""
                      rb"""[*_]{0,2}[ \t]*(?:`[^`\s]{1,128}`[ \t]*/[ \t]*`|(?:`|\*\*)[^`\s/*]{1,128}(?:\*\*)?[ \t]*/[ \t]*(?:\*\*)?)[^`\s]""")
# a login's pair after the word saying so, or after a label naming it, plain or in code spans (`- Jackrabbit (…): login
# office@… / …`, `- Portal login: ops / …`: _LOGIN_WORD_PAIR)
# (who the login is for may stand between its word and the colon: `VRM login for base techs: ops@… / …`, `SQL login used
# by the fitting bridge: …`; two systems it signs in to, `Login for the web UI and iVMS-4200: …`: _LOGIN_FOR_WHOM's six
# words)
_FOLDED_LOGIN_WORD_PAIR = (_FOLDED_LOGIN_WORD + rb"""(?:(?:[ \t]+used)?[ \t]+(?:for|of|by|""" + _FOLDED_FOR_WHOM_WORDS + rb""")(?:[ \t]+[\w.&'-]{1,32}){1,6}[ \t]*:)?"""
                           rb"""[ \t]*:?[ \t]+`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]""")
# (stop 63: or a sentence saying the login is the pair, `is` for its colon: `the booking site login for the new divemaster
# is seru.dm / …`: login_said_pair)
_FOLDED_LOGIN_SAID_PAIR = (_FOLDED_LOGIN_WORD + rb"""(?:(?:[ \t]+used)?[ \t]+(?:for|of|by|""" + _FOLDED_FOR_WHOM_WORDS + rb""")(?:[ \t]+[\w.&'-]{1,32}){1,6})?"""
                           rb"""[ \t]+(?:is|was|=)[ \t]+`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]""")
# (stop 62: or after a label naming the protocol it signs in with, among the label's words: `accessu FTP di u tema per
# l'agenzia: … / …`, _LABEL_NAMES_A_SIGN_IN_PROTOCOL)
_FOLDED_PROTOCOL_PAIR = (rb"""(?:ftp|ssh|scp|rdp|vnc|telnet|webdav)[^:\n]{0,160}:[ \t]*`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]""")
_PROTOCOL_PAIR_HEADS = ("ftp", "ssh", "scp", "rdp", "vnc", "telnet", "webdav")
# (or after a label and the word naming the pair's first half, the user: `- OnePay merchant portal: user khaen.accounts / …`)
_FOLDED_USER_WORD_PAIR = rb"""user(?:name)?[ \t]*:?[ \t]+`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]"""
# a settings table's row naming a login, its value's cell a pair (`| NVR admin login | admin / … |`: _login_row_pair)
_FOLDED_LOGIN_ROW = (_FOLDED_LOGIN_WORD + rb"""(?:(?:[ \t]+used)?[ \t]+(?:for|of|by|""" + _FOLDED_FOR_WHOM_WORDS + rb""")(?:[ \t]+[\w.&'-]{1,32}){1,6})?[*_` \t]{0,16}"""
                     rb"""(?:\([^()\n|]{0,64}\)[*_` \t]{0,16})?\|[ \t]*(?:`|\*\*)?[\w.@\\+-]{1,128}(?:`|\*\*)?[ \t]*/"""
                     rb"""[ \t]*(?:`|\*\*)?[^\s`*|]""")
# a label naming an account, then its sign-in's pair, the user a mail address (`* Deco app owner account: ops@… / …`:
# _LABEL_NAMES_AN_ACCOUNT)
# (stop 66, notes: or a name alone, the password then judged drawn or chosen with care: `Weather vendor account: kisikair /
# …`)
_FOLDED_ACCOUNT_PAIR = (rb"""accounts?(?:[ 	]+(?:for|of)(?:[ 	]+[\w.&'-]{1,32}){1,6})?[*_]{0,2}[ 	]*:[*_]{0,2}[ 	]*"""
                        rb"""`?[\w.+-]{1,64}(?:@[\w.-]{1,128})?`?[ 	]*/[ 	]*`?[^\s`]""")
# (stop 60) a chat's message that is one token alone (`[12/04/24, 06:15] Habib: …`: chat_message_credential), found from
# the message's `: ` after its sender (a head opens its match)
# (review: the token in a code span, or WhatsApp's note after it, `<This message was edited>`: chat_message_credential)
# (stop 66) a Markdown transcript's message after its sender in bold, a token in a span after a few words (`**Joe:** this
# one `…``: markdown_chat_token), found from the bold's `**`
_FOLDED_MARKDOWN_CHAT_TOKEN = (rb"""\*\*[^*\n]{1,64}(?::\*\*|\*\*:)[ \t]+(?:[^\s`]{1,24}[ \t]+){0,6}`[a-z0-9+/=_.~-]{20}""")
# (stop 70, chats: or a JSON Web Token, longer: chat_message_credential's _CHAT_JWT)
_FOLDED_CHAT_TOKEN = rb""": `?(?:[a-z0-9+/=_.~-]{20,256}|eyj[a-z0-9_-]{8,1024}\.eyj[a-z0-9_-]{8,4096}\.[a-z0-9_-]{0,1024})`?[ \t]*(?:(?:\xe2\x80\x8e)?<[a-z ]{6,32}>)?[ \t]*\r?(?:\n|\Z)"""
# (stop 61) a chat's message that is a login's pair alone (`… - Zarghun: workshop_kdh / …`: chat_message_credential's
# _CHAT_PAIR), found from the message's `: ` after its sender
# (review: the pair in a code span, or WhatsApp's note after it, as _FOLDED_CHAT_TOKEN reads a token)
# (stop 68, notes) a chat's message that is an app password alone (`… - Dimas: boojbvwfqcfloakp`: _chat_app_password)
_FOLDED_CHAT_APP_PASSWORD = rb""": `?(?:[a-z]{16}|[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})`?[ \t]*(?:(?:\xe2\x80\x8e)?<[a-z ]{6,32}>)?[ \t]*\r?(?:\n|\Z)"""
_FOLDED_CHAT_PAIR = (rb""": `?(?:(?:user(?:[ \t_-]?name)?|usr|login)[ \t]*:?[ \t]+)?[\w.@+-]{2,64}[ \t]+(?:/|->|=>|\xe2\x86\x92)[ \t]+[^\s/`]{8,128}`?[ \t]*(?:(?:\xe2\x80\x8e)?<[a-z ]{6,32}>)?[ \t]*"""
                     rb"""\r?(?:\n|\Z)""")
# (stop 69, chats) a chat's message giving a drawn token after a label of its own words or in a code span after a few
# words, a note in brackets after it (`… - Sonu: नया वाला इ बा: …`, `… ini, pero temporary la: `…` (Zone:DNS:Edit la)`:
# chat_message_credential's _CHAT_SAID_TOKEN), found from the message's `: `
_FOLDED_CHAT_SAID_TOKEN = (rb""": (?:[^\s`]{1,24}[ \t]+){0,8}`?(?:[a-z0-9+/=_.~-]{20,256}|eyj[a-z0-9_-]{8,1024}\.eyj[a-z0-9_-]{8,4096}\.[a-z0-9_-]{0,1024})`?(?:[ \t]+\([^()\n]{1,120}\))?"""
                           rb"""[ \t]*(?:[.!][ \t]*)?\r?(?:\n|\Z)""")
# (stop 69, chats) a chat's message giving a login's pair after a label of its own, an aside after it (`… - Mae: an kiosk
# admin: kioskadmin / … . ayaw la ipakita`: chat_message_credential's _CHAT_LABELLED_PAIR), found from the message's `: `
_FOLDED_CHAT_LABELLED_PAIR = (rb""": (?:[^\n:]{1,80}:[ \t]+)?(?:(?:user(?:[ \t_-]?name)?|usr|login)[ \t]*:?[ \t]+)?"""
                              rb"""[\w.@+-]{2,64}[ \t]+(?:/|->|=>|\xe2\x86\x92)[ \t]+[^\s/`]{8,128}"""
                              rb"""(?:[ \t]+(?:[-.,;!]|\xe2\x80[\x93\x94])[ \t]|[ \t]+\(|[.,;!]?[ \t]*\r?(?:\n|\Z))""")
# (stop 64) a chat's reply ending in a password chosen with care after a few words (`… - Mugisha IT: Yee. Empya: …
# (…)`: _chat_reply_password), found from the message's `: `; a symbol between its letters or digits narrows it
_FOLDED_CHAT_REPLY = (rb""": (?:[^\s]{1,25}[ \t]+){0,15}[^\s`"'<\[({][^\s`"']{0,64}[a-z0-9][!#$%&*+=?@^~][a-z0-9][^\s`"']{0,64}"""
                      rb"""(?:[ \t]+\([^()\n]{1,120}\))?(?:[ \t]*[.!])?[ \t]*\r?(?:\n|\Z)""")
# (stop 64) a note's key label, then a few words (key_label_then_words): the compound name's last word, a few words, a colon and sixteen characters)
_FOLDED_KEY_LABEL_THEN_WORDS = rb"""(?:key|token|secret)(?:[ \t]+[^\s:]{1,24}){1,3}[ \t]*:[ \t]*[^\s`"']{16}"""
# (stop 64) a sentence's password after `with the password` (said_with_password), found from the password's word, the
# value on its line or the next
_FOLDED_WITH_PASSWORD = (rb"""(?:password|passphrase|passwort|kennwort|wachtwoord|senord|passord|adgangskode|loynior"""
                         rb"""|mot de passe|contrase|senha)[^\s]{0,8}[ \t]*(?:\r?\n[ \t]*|\r[ \t]*)?[^\s`*"'<\[({][^\s`"']{9}""")
_WITH_PASSWORD_HEADS = ("password", "passphrase", "passwort", "kennwort", "wachtwoord", "senord", "passord", "adgangskode",
                        "loynior", "mot de passe", "contrase", "senha")
# (stop 63) a note's sentence giving a secret bare after its word and its copula, English's, Spanish's or Portuguese's
# (`the secret is …`, `la secreta es …`, `la clave secreta es …`: said_secret_bare)
# (stop 64) a note's or a chat's login pair said after its words, no colon (`user deploy, pass … (rotate monthly)`:
# spoken_user_pass_pair's _SPOKEN_USER_PASS), found by its user word where no other line names a password
# (review 64: and in the Romance languages' and German's words, `usuario packfloor, clave …`, `usuário …, senha …`,
# `utilisateur …, mot de passe …`, `Benutzer …, Passwort …`)
# (stop 68, chats: the account's word too, `compte "bord", mdp …`, `account ops; password …`; the user quoted; a qualifier
# between its word and the user, `usuario de prueba guia.nuevo / clave …`; the password's abbreviation and the Turkic
# languages' words, `mdp`, `parol`, `parola`, `şifre`)
_FOLDED_SPOKEN_USER_PASS = (rb"""(?:user(?:[ \t_-]?name)?|login|usr|usuari[oa]|usu\xc3\xa1ri[oa]|utilisateur|utente"""
                            rb"""|benutzer(?:name)?|compte|account|cuenta|conta|konto)"""
                            rb"""(?:[ \t]+(?:de|of|du|da|di|von)[ \t]+[^\W\d_]{2,16})?(?:[ \t]*[=:][ \t]*|[ \t]+)"""
                            rb"""(?:["']|\xc2\xab|\xe2\x80\x9c)?[\w.@-]{1,64}(?:["']|\xc2\xbb|\xe2\x80\x9d)?[ \t]*[,;/][ \t]*"""
                            rb"""(?:[^\s,;/:=`"'<\[({]{1,96}[ \t]+){0,2}?(?:pass(?:word|wd)?|pwd|contrase(?:\xc3\xb1|n)a|clave|senha|mot[ \t]de[ \t]passe|passwort|kennwort"""
                            rb"""|mdp|parol|(?:\xc5\x9f|s)ifre"""
                            # (stop 70, chats: a word saying the password is a temporary or first one, `login …,
                            # provisoire …`: INITIAL_PASSWORD_WORDS, read from their stems)
                            rb"""|inizial|inicial|initial|tempor|temp|provis|provvis)"""
                            rb"""[^\s]{0,6}[ \t]+[^\s`"'<\[({-]""")
_FOLDED_SECRET_SAID = (rb"""secret(?:o|a)?(?:[ \t]+(?:access[ \t]+)?key)?(?:(?:-?nya|-ne|-e)(?:[ \t]+(?:adalah|ialah|yaitu|yaiku|iku))?"""
                       rb"""|[ \t]+(?:is|was|es|era|\xc3\xa9|adalah|ialah|yaitu|yaiku|iku))[ \t]+"""
                       rb"""[^\s`*"'<\[({][^\s`"']{15}""")
# (stop 61) a note's sentence giving the password bare after its word, its copula and when (`Ger-tremen merour Odoo a zo
# bremañ …`: said_bare_localized's _NOTE_SAID_BARE_LOCALIZED)
_FOLDED_SAID_LOCALIZED = (rb"""(?:ger[ \t-]tremen|er(?:a|e)yga[ \t]sirta|upu[ \t]fa'?alilolilo|teny[ \t]miafina"""
                          rb"""|kalmar[ \t](?:sirri|wucewa)|f(?:h)?acal[ -]faire|i?phasiwedi|passwuert|""" + FOLDED_GERMANIC_PASSWORD_WORDS
                          + rb"""|kupuhipa|vosa[ \t]vuni|contras(?:e(?:\xc3\xb1|ny?)a|inal)|senhal?|palavra-passe|pleds?-clav|clave"""
                          + rb"""|""" + _FOLDED_MOT_DE_PASSE + rb"""|password"""
                          # (stop 66, notes: Igbo's `okwu ntughe` and `paswọọdụ`, its dotted vowels in either case, its
                          # copula `bụ`)
                          + rb"""|okwu[ \t]?ntughe|pasw(?:\xe1\xbb[\x8c\x8d]|o(?:\xcc\xa3)?){1,2}d(?:\xe1\xbb[\xa4\xa5]|u(?:\xcc\xa3)?)"""
                          # (stop 67, notes: the West Slavic languages' words, Polish's `hasło`, Czech's and Slovak's
                          # `heslo`, Upper Sorbian's `hesło`, with their copulas `jest`, `je`)
                          + rb"""|h[ae]s(?:\xc5[\x82\x81]|l)o|geslo|lozinka"""  # (review 68: Slovene's, Croatian's `… je …`)
                          # (stop 68, notes: Hmong's `lus zais`, Indonesian's and Javanese's `sandi`, Yiddish's `parol`,
                          # a possessive suffix after the word, `-nya`, `-ne`, `-e`; their copulas below)
                          + rb"""|lus[ \t]zais|sandi|parol)(?:nya|ne|-nya|-ne|-e)?"""
                          + rb"""\)?(?:[ \t]+[^\s]{1,32}){0,5}?[ \t]+(?:a[ \t]+zo|zo|eo|waa|ni|dia|ko|kay|ay|b\xe1\xbb[\xa4\xa5]|ist|lautet|is|luidt|\xc3\xa4r"""
                          rb"""|er|on|ir|yra|es|\xc3\xa9|est|""" + _FOLDED_CEST + rb"""|\xc3\xa8|jest|je|este|e|yog|adalah|ialah|yaitu|yaiku|iku|iz)(?:[ \t]+[^\s]{1,12})?[ \t]*:?[ \t]+"""
                          rb"""`?[^\s`*"'<\[({][^\s`"']{11}""")  # (stop 62: Māori's `kupuhipa … ko `…``, five words between)
# (stop 69, notes) the same sentence wrapped after the password's word, its copula and value opening the next line
# (`…, le mot de passe` then `  c'est … (…)`: said_bare_over_two_lines), found from the word at its line's end
_SUFFIX_AFTER_SAID_WORD = rb"""(?:nya|ne|-nya|-ne|-e)?"""
_FOLDED_SAID_WRAPPED = (_FOLDED_SAID_LOCALIZED[:_FOLDED_SAID_LOCALIZED.index(_SUFFIX_AFTER_SAID_WORD)] + _SUFFIX_AFTER_SAID_WORD
                        + rb"""[ \t]*\r?\n[ \t]*(?:[^\s]{1,12}[ \t]+){1,2}[^\s`*"'<\[({][^\s`"']{9}""")
# (stop 63: Fijian's `vosa vuni`, a hidden word, and its `e`: `Na vosa vuni e …`; the Romance languages' words, `la
# contraseña es …`)
_SAID_LOCALIZED_HEADS = ("ger-tremen", "ger tremen", "ger\ttremen", "erayga", "ereyga", "upu fa", "upu\tfa", "teny miafina",
                         "teny\tmiafina", "kalmar", "facal", "fhacal", "iphasiwedi", "phasiwedi", "passwuert", "passwort",
                         "kennwort", "wachtwoord", "senord", "passord", "adgangskode", "salasana", "wagwoord", "wachtwurd", "password",
                         "kupuhipa",  # (stop 62: Māori's)
                         "vosa vuni", "vosa\tvuni",  # (stop 63: Fijian's)
                         # (stop 63: the Romance languages' words; Occitan's `senhal` is found by `senha`)
                         "contrase", "contrasinal", "senha", "palavra-passe", "mot de passe", "mot\tde\tpasse",
                         "mot de\tpasse", "mot\tde passe", "mot d", "mot\td",  # (stop 65: `mot d' passe`, `mot d’passe`)
                         "pled-clav", "pleds-clav",  # (stop 64, md: Romansh's, a key word: `Il pled-clav da l'admin es …`)
                         "clave",  # (stop 66, notes: Spanish's `clave de administrador es …`)
                         "okwu", "pasw",  # (stop 66, notes: Igbo's `okwu ntughe`, `paswọọdụ`: `Paswọọdụ router admin bụ …`)
                         "has", "hes",  # (stop 67, notes: `hasło`, `heslo`, `hesło`: `nachwilne hesło je …`)
                         "geslo", "lozinka",  # (review 68: Slovene's `geslo je …`, Croatian's and Bosnian's `lozinka je …`)
                         "lus zais", "lus\tzais", "sandi", "parol")  # (stop 68, notes: `Password yog …`, `sandine yaiku …`)
# (stop 60) a label that is the service's host name, then its sign-in's pair, the user a mail address (`Eskiz.uz:
# it@… / … (nickname 4546)`: login_word_pair's _LABEL_IS_A_HOST), found from the address' `@` (a head opens its match)
_FOLDED_HOST_LABEL_PAIR = rb"""@[a-z0-9][\w.-]{0,127}\.[a-z]{2,24}`?[ \t]*/[ \t]*`?[^\s`]"""
# a list item's device or system address, then a login's pair (`- Kennel NVR (cameras): http://10.40.0.2  admin / …`:
# _LOGIN_WORD_PAIR's address; a bare IPv4 address has no head to find it by, and is read where a login's word stands)
_FOLDED_ADDRESS_PAIR = (rb"""(?:https?|rtsp)://[^\s/]{1,255}(?:/[^\s]{0,255})?(?:[ \t]+\(?|[ \t]*,[ \t]*|[ \t]+(?:-|\xe2\x80[\x93\x94])[ \t]+)"""
                        # (an en or em dash too, as _LOGIN_WORD_PAIR's address: a page's typography turns ` - ` into ` – `;
                        # the pair's parts in code spans as that reader takes them, `… - admin / `…``)
                        rb"""`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`]""")
# a key's lead-in saying live, production or generated, its line's end, then the value indented below (key_below_lead_in)
# (each alternative holds an ASCII head of two letters or more, so the compiled scanner finds its lines: French's
# accented `généré` has none, and is read where the lead-in says live or production)
# (stop 63: or issued to the team, a letter's `the API token you gave us:`, Setswana's `e re e neilweng`, that was given us)
_FOLDED_KEY_LEAD_IN = (rb"""(?:live|prod|generat|generiert|generado|gerad|genere|vygenerov|wygenerow|canl"""
                       rb"""|olu\xc5\x9ftur|olustur|neilweng|gave[ \t]us|sent[ \t]us)[^\n:]{0,160}:(?:\*\*|__)?[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}(?:[ ]{2,16}|\t)[^\s]""")
# a list item naming a credential, its line's end a colon (or a note to rotate the one below), then the value alone in a
# code span on the item's next line (key_below_its_item)
# a list item naming its key, wrapped onto indented lines, the last ending in its colon, then the value's span alone
# (`- Razer: **secret key** not moved yet, still in the old cron.` / `  Current value:` / `  `…``: _key_below_wrapped_item)
_FOLDED_WRAPPED_ITEM_KEY = (rb"""(?:token|secret|key)[^\n]{0,200}(?:\r?\n[ \t]{1,16}[^\s][^\n]{0,200}){1,3}?:[ \t]*\r?\n"""
                            rb"""[ \t]{2,16}`[^\s`]{12}""")
_FOLDED_SPAN_BELOW_ITEM = (rb"""(?:token|secret|key|kulcs|klucz|avain|rotate|revoke|regenerate|invalidate)[^\n]{0,200}"""
                           rb"""\r?\n[ \t]{2,16}`[^\s`]{12}""")
# German documentation's password or key word before its value, with what it is for after it in German's order, or
# after `ist` / `lautet` (is): `- Passwort DiagnosticTool: `…``, `Kennwort für den Router: …`, `Netz `Team`, Schlüssel
# `…``, `das Passwort lautet `…`` (_LABELLED_SPAN's, _LISTED_BARE's and _GERMAN_SPOKEN_SPAN's forms); `ü` in UTF-8 or
# spelled `ue`. Dutch builds its words as German does (`Wachtwoord`, `beheerderswachtwoord`, `Sleutel`,
# `wifi-sleutel`; `is` / `luidt`): `- Wachtwoord voor de router: …`, `het wachtwoord is `…``. Finnish's word too
# (`salasana`, `WLAN-salasana`; `on`, is): `WPA2-PSK, salasana `…``, `salasana on `…``.
# (stop 64: a span among what it is for, `Loyniorð til `operator` á routaranum: `…``; Faroese's `loyniorð` from its
# ASCII `loynior`, its key `lykil`, `API lykilin til …: `…``)
_FOLDED_GERMAN_NAME = (rb"""(?:""" + FOLDED_GERMANIC_PASSWORD_WORDS + rb"""|schl(?:\xc3[\xbc\x9c]|ue)ssel|sleutel"""
                       rb"""|loynior(?:\xc3[\xb0\x90]|d)(?:i(?:\xc3[\xb0\x90]|d))?|lykil(?:in)?)"""
                       rb"""(?:[ \t]+(?:`[^`\s]{1,64}`|[^\s`:|]{1,32})){0,7}?"""
                       rb"""[*_]{0,2}(?:[ \t]+(?:ist|lautet|war|is|luidt|\xc3\xa4r|er|on))?(?:[ \t]*[:=][*_]{0,2}[ \t]*[^\s]|[ \t]*`[^`\s]"""
                       rb"""|[ \t]+\*\*[^\s*][^\s]{11,255}?\*\*)""")  # (bold after a blank: `Passwort **…**`, as _FOLDED_ROMANCE_NAME)
# a Danish or Norwegian login's pair in spans, its password called `kode` (`bruger `admin`, kode `…``: _NORDIC_LOGIN_CODE_SPAN)
_FOLDED_NORDIC_LOGIN_CODE = (rb"""bru(?:g|k)er(?:navn)?(?:[ \t]*:)?[ \t]*`[^`\s]{1,128}`[ \t]*(?:[,;/]|[ \t]og)[ \t]*"""
                             rb"""kode(?:n|ord(?:et)?)?(?:[ \t]+er)?(?:[ \t]*[:=])?[ \t]*`[^`\s]""")
# a German sign-in sentence's pair in spans (`Anmeldung als `ops` mit `…``, `einloggen mit `ops` / `…``):
# _GERMAN_SIGN_IN_PAIR_SPAN, its verb checked by the reader
_FOLDED_GERMAN_SIGN_IN = rb"""(?:als|mit)[ \t](?:\*\*|`)[\w.@\\-]{1,128}(?:\*\*|`)?[ \t]*(?:/|,|(?:mit|und)[ \t])"""
# Spanish, Portuguese, French and Italian documentation's password word before its value, with what it is for after it
# (`- Contraseña del .p12: `…``, `- Senha do roteador: …`, `- Mot de passe du NAS : `…``, `- Password del router: `…``,
# `- Clave WPA2: …`), or after `es` / `é` / `est` / `è` (is): `la contraseña del router es `…`` (_LABELLED_SPAN's,
# _LISTED_BARE's and _ROMANCE_SPOKEN_SPAN's forms); `ñ` in UTF-8 or spelled `n`. Italian writes English's `password`,
# read here only before its preposition (English's own order is the hints above). Polish orders its words so too
# (`- Hasło do routera: …`, `- Hasło serwisowe: `…``, `hasło to `…``; `ł` in UTF-8 or spelled `l`), and Czech and Slovak
# (`heslo pro router: …`, `heslo je `…``), Romanian and Turkish do (`parola `…``, `parolă root: …`, `Şifre: …`; Turkish's
# `şifre` read from its ASCII `ifre`, its `ş` being UTF-8's two bytes or written `s`); Croatian, Serbian and Bosnian (`lozinka za
# NAS je `…``) and Slovene (`geslo je `…``) too. Galician's `contrasinal` is read beside Spanish's word (`Contrasinal da
# conta: `…``), Uzbek's `parol` beside Romanian's, without its ending (`parol: `…``).
# (stop 63: Occitan's `senhal`, `senhals`, on Portuguese's `senha`: `lo senhal es `…``)
# (stop 65: Ladino's `kontrasenya` and Papiamento's `kontraseña`, Spanish's word spelled with `k`: `usuario `…`,
# kontrasenya `…``)
_FOLDED_ROMANCE_WORD = (rb"""(?:contras(?:e(?:\xc3[\xb1\x91]|ny?)a|inal)|kontrase(?:\xc3[\xb1\x91]|ny?)a|clave|senha(?:ls?)?|palavra-passe|""" + _FOLDED_MOT_DE_PASSE + rb"""|has(?:\xc5[\x82\x81]|l)o|heslo"""
                        # (stop 67: Upper Sorbian's `hesło`, Lower Sorbian's `gronidło`, `ł` in UTF-8 or spelled `l`)
                        rb"""|hes\xc5[\x82\x81]o|gronid(?:\xc5[\x82\x81]|l)o"""
                        # (stop 66: Catalan's and Aragonese's `clau`, a password as Spanish's `clave` is: `- Clau de
                        # l'administrador (toda la flota): `…``)
                        rb"""|clau(?![a-z])"""
                        # (stop 68: the Turkic possessives, `parolı`, `parolası`, `parolü`, `şifresi`)
                        rb"""|parol(?:\xc4[\x83\x82]|as\xc4\xb1|asi|a|e|\xc4\xb1|i|u|\xc3\xbc)?|ifr(?:e|\xc9\x99|\xc6\x8f)(?:si|ni)?|lozinka|geslo"""
                        # (Latvian's `parole`, Estonian's `parool`, Lithuanian's `slaptažodis` / `slaptažodį`, its `ž` UTF-8's
                        # two bytes or written `z`)
                        rb"""|parool|slapta(?:\xc5[\xbe\xbd]|z)od(?:is|\xc4[\xaf\xae]|i)"""
                        rb"""|jelsz(?:\xc3[\xb3\x93]|o|ava)"""  # (Hungarian's `jelszó`, its possessive `jelszava`)
                        rb"""|password[ \t]+(?:de|del|della|dello|di|per|para|do|da|du|pour)(?![a-z])"""
                        # (stop 66: an elided preposition, `password dell'utente`; a device's bare noun before the span,
                        # `password wi-fi `…``)
                        rb"""|password[ \t]+(?:d|dell|dall|nell)(?:'|\xe2\x80\x99)|password[ \t]+(?:wi-?fi|wlan|wireless|router|modem|nas|vpn)(?![a-z]))""")
_ROMANCE_WORD_HEADS = ("contrase", "kontrase", "clave", "clau", "senha", "palavra-passe", "mot de passe", "mot d", "mot\td", "password", "has", "heslo", "hes", "gronid", "parol", "ifr",
                       "lozinka", "geslo", "jelsz", "parool", "slapta", "contrasinal")
_FOLDED_ROMANCE_NAME = (_FOLDED_ROMANCE_WORD + rb"""(?:[ \t]+[^\s`:|]{1,32}){0,5}?[*_]{0,2}"""
                        # (a note in brackets before the colon, as _LABELLED_SPAN reads it: `Nova contrasenya (provisional,
                        # canviar-la quan tornem de la fira): `…``; its words are no label's)
                        rb"""(?:[ \t]*\([^()\n`]{0,64}\)[*_]{0,2})?"""
                        rb"""(?:[ \t]+(?:es|era|fue|\xc3\xa9|est|""" + _FOLDED_CEST + rb"""|\xc3\xa8|jest|to|je|este))?(?:[ \t]*[:=][*_]{0,2}[ \t]*[^\s]|[ \t]*`[^`\s]"""
                        # (stop 62: or an HTML page's code element, the span as its page writes it, `clave <code>…</code>`:
                        # the page is read as Markdown only where a line of it is a candidate, engine/carriers.py html_page)
                        rb"""|[ \t]*<(?:code|kbd|samp|tt)>[^<\s]"""
                        # (or bold after a blank, as _SAID_BOLD_LOCALIZED reads it, `parole **…**`: closed on its line and twelve
                        # characters or more, as documented_password_blocks takes no shorter; a page of short lines of `parole **x`,
                        # `parola **sì**`, makes no candidate line of each)
                        rb"""|[ \t]+\*\*[^\s*][^\s]{11,255}?\*\*)""")
# a Spanish, Portuguese, French or Italian sign-in sentence's pair in spans (`Iniciar sesión como `ops` con `…``, `entrar
# como `ops` com a senha `…``, `se connecter en tant que `ops` avec `…``, `accedere come `ops` / `…``):
# _ROMANCE_SIGN_IN_PAIR_SPAN, its verb checked by the reader
_FOLDED_ROMANCE_SIGN_IN = (rb"""(?:como|come|que)[ \t](?:\*\*|`)[\w.@\\-]{1,128}(?:\*\*|`)?[ \t]*"""
                           rb"""(?:/|,|(?:con|com|avec|y|e|et)[ \t])""")
_ROMANCE_SIGN_IN_HEADS = tuple(f"{word}{blank}{mark}" for word in ("como", "come", "que") for blank in " \t"
                               for mark in ("**", "`"))
# a password's label, then an aside set off by a dash before its colon (`4. Change the admin password -- **we use the
# same one on every truck**: `…``, `- Admin-Passwort – überall gleich: …`): _LABELLED_SPAN's and _LISTED_BARE's asides
_FOLDED_ASIDE_NAME = (rb"""(?:pass(?:word|phrase|wd|wort)?|pwd|pw|kennwort|wachtwoord)[*_]{0,2}[ \t]+(?:--?|\xe2\x80[\x93\x94])[ \t]+"""
                      rb"""[^\n`:]{1,80}?[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*[^\s]""")
# a note's label led by its password's word, what it is for after it, then its colon and a bare value (`password SIP: …`,
# `Passwort SIP: …`, `Contraseña admin: …`, `Senha caixa: …`: _HEAD_FIRST_LINE; `mot de passe` is _FOLDED_ROMANCE_NAME's)
# (stop 63: Occitan's `senhal`, Portuguese's `senha` and an `l`, led by the same head: `senhal del wifi: …`)
_FOLDED_HEAD_FIRST = (rb"""(?:password|passwort|kennwort|wachtwoord|senord(?:et)?|passord(?:et)?|adgangskoden?|contras(?:e(?:\xc3[\xb1\x91]|ny?)a|inal)|senhal?"""
                      rb"""|has(?:\xc5[\x82\x81]|l)o|heslo|(?:bp|ph|p)asfhocai?l|f(?:h)?acal-faire|kalmar[ \t](?:sirri|wucewa)|i?phasiwedi|facal[ -]faire"""
                      # (stop 61: Malagasy's `tenimiafina`, Samoan's `upu fa'alilolilo`, Somali's `erayga sirta`, Breton's
                      # `ger-tremen`: `Erayga sirta SFTP: …`, `Ger-tremen merour: …`)
                      rb"""|teni[ \t]?miafin[ay]|teny[ \t]miafina|upu[ \t]fa(?:'|\xe2\x80[\x98\x99]|\xca\xbb)?alilolilo|er[ae]yga[ \t]sirta"""
                      rb"""|ger[ \t-]tremen"""
                      rb"""|okwu[ \t]?ntughe|wachtwurd"""  # (stop 61: Igbo's, West Frisian's)
                      rb"""|mawu[ \t]achinsinsi)"""  # (stop 64: Chichewa's: `Mawu achinsinsi atsopano: …`)
                      # (Cyrillic's words are no ASCII heads: their lines are the literal kind's by its exact keywords, `парол`)
                      # (stop 61: five words, what it is for after a possessive and a preposition: `Password ya sa kuri
                      # SQL Express: …`, Kinyarwanda's, the sa login's on SQL Express)
                      rb"""(?:[ \t]+(?:[^\s`:|(]{1,32}|`[\w.@\\-]{1,64}`)){1,5}"""
                      rb"""[ \t]*(?:\([^()\n`]{0,64}\)[ \t]*)?:[ \t]*[^\s`]""")
# a sentence's user in a span, then its password's word in another language and the value after it, no colon between
# (`con el usuario `admin` y la contraseña …`: _INLINE_USER_PASS; English's `password …` is _FOLDED_SAID_BARE's)
# (its user's word as ASCII opens it, the compiled scanner's heads: Portuguese's accented `usuário` from its `usu`,
# Irish's `úsáideoir` (`usaideoir` unaccented) from its `ideoir`: the hint holds wherever the reader's form does)
_FOLDED_SPAN_USER_THEN_WORD = (rb"""(?:usu(?:ari[oa]|\xc3[\xa1\x81]rio)|utilizador|utilisateur|utente|benutzer|gebruiker|ideoir|benotzer)"""
                               rb"""(?:[ \t]*[:=])?[ \t]*`[^`\s]{1,128}`[ \t]*,?[ \t]+"""
                               rb"""(?:(?:y|e|et|und|en|agus)[ \t]+)?(?:(?:el|la|le|il|o|a|das|het|an)[ \t]+)?(?:d(?:'|\xe2\x80\x99))?"""
                               rb"""(?:contras|senha|mot de passe|passwort|kennwort|wachtwoord|(?:bp|ph|p)asfhoca|passwuert)""")
_SPAN_USER_HEADS = ("usu", "utilizador", "utilisateur", "utente", "benutzer", "gebruiker", "ideoir", "benotzer")
# (Irish's `pasfhocal` leads its label too, whatever its mutation: `Pasfhocal an teastais: …`)
_HEAD_FIRST_HEADS = ("password", "passwort", "kennwort", "wachtwoord", "senord", "passord", "adgangskode", "contrase", "senha", "has", "heslo",
                     "contrasinal", "pasfhoca", "phasfhoca", "bpasfhoca",
                     # (Scottish Gaelic's `facal-faire`, Hausa's `kalmar sirri` lead theirs: `Facal-faire an router: …`)
                     "facal-faire", "fhacal-faire", "kalmar",
                     # (stop 60: Zulu's `iphasiwedi`, what it is for after it as a possessive, `Iphasiwedi ye-PayFast: …`;
                     # Scottish Gaelic's written apart, `Facal faire a' bhùtha: …`)
                     "iphasiwedi", "phasiwedi", "facal faire",
                     # (stop 61: Malagasy's `tenimiafina`, Samoan's `upu fa'alilolilo`, Somali's `erayga sirta`, Breton's
                     # `ger-tremen`, what it is for after them: `Upu fa'alilolilo a le pule (admin): …`, `Erayga sirta ah
                     # ee Grafana: …`)
                     "tenimiafin", "teni miafin", "teni\tmiafin", "teny miafina", "teny\tmiafina", "upu fa", "upu\tfa",
                     "erayga sirta", "erayga\tsirta", "ereyga sirta", "ereyga\tsirta", "ger-tremen", "ger tremen", "ger\ttremen",
                     # (stop 61: Igbo's `okwuntughe`, what it is for after it, `okwuntughe root ugbu a: …` (root's password
                     # now), written apart too; West Frisian's `wachtwurd`, as Dutch's)
                     "okwuntughe", "okwu ntughe", "okwu\tntughe", "wachtwurd",
                     # (stop 64: Chichewa's `mawu achinsinsi`, what it is for after it, an adjective or a possessive's
                     # phrase: `Mawu achinsinsi atsopano: …` (the new password), `Mawu achinsinsi a weighbridge: …`)
                     "mawu achinsinsi", "mawu\tachinsinsi")
# a note's Wi-Fi network's line, then a key's line in its block below (`Wi-Fi équipe : …` then `Clé : …`, `SSID: …` then
# `Key: …`: network_key_beside_its_ssid)
_FOLDED_SSID_THEN_KEY = (rb"""(?:essid|ssid|wi-?fi|wlan)[^\n:=]{0,48}[:=][^\n]{0,128}\n(?:[ \t]*[^\s][^\n]{0,255}\n){0,2}?"""
                         rb"""[ \t]*(?:[-*+][ \t]+)?(?:(?:network|security|wi-?fi|wpa2?)[ \t]+)?"""
                         rb"""(?:key|passphrase|cl(?:\xc3[\xa9\x89]|e)f?|clave|chave|chiave|schl(?:\xc3[\xbc\x9c]|ue)ssel)"""
                         rb"""[ \t]*(?:[:=]|\xef\xbc\x9a)""")
_SSID_HEADS = ("essid", "ssid", "wi-fi", "wifi", "wlan")
# a sentence signing in with a login's pair, in code or bold spans (`Log into the admin page at http://… with **ops / …**`,
# `sign in using `ops` / `…``): _SIGN_IN_PAIR_SPAN, the sign-in's verb checked by the reader (led by `with` or `using`
# and the span: a verb's window searched at each `log in` cost 18 times a plain scan of a line repeating it; (stop 64) the
# user's span ended by a comma as well as by `/`: `Log in with `admin`, `…``)
_FOLDED_SIGN_IN_PAIR = rb"""(?:with|using)[ \t](?:\*\*|`)[\w.@\\-]{1,128}(?:(?:\*\*|`)?[ \t]*/|(?:\*\*|`)[ \t]*,)"""
# a list item's label bold or ending in a verb, then its colon and a bare value (`- **Password to use**: …`,
# `- Password to use: …`: _LISTED_BARE), a note in brackets before the colon or an `=` (`app password (printer +
# scanner):  …`, `DB password (prod) = …`: _ASSIGNED_LINE's noted label)
_FOLDED_LISTED_LABEL = (rb"""(?:pass(?:word|phrase|wd)?|pwd|pw)(?:[ \t]+(?:is|was|use|enter|type|set[ \t]+to|to[ \t]+use"""
                        rb"""(?:[ \t]+is)?))?(?:\*\*|__)?(?:[ \t]*\([^()\n`]{0,64}\)(?:\*\*|__)?[ \t]*[:=]|[ \t]*:)"""
                        rb"""(?:\*\*|__)?[ \t]*[^\s`]""")
# a Wi-Fi network listed with its security before its key (`- `Staff` (VLAN 10, WPA2/WPA3): `…``: _WIFI_NETWORK_ITEM)
_FOLDED_WIFI_ITEM = (rb"""(?:wpa[23]?|wep|psk)(?![a-z])(?:[^\n()`:]{0,64}\)[ \t]*|[\w/ \t-]{0,32})(?:\*\*|__)?:"""
                     rb"""(?:\*\*|__)?[ \t]*[^\s]""")
# a sentence wrapped right after its password's word, its span opening the line below (`… the shared password` then
# `` `…` for the kiosk``: password_span_below)
_FOLDED_WRAPPED_WORD = rb"""(?:password|passphrase|passwd|pwd)(?:[ \t]+(?:is|was))?[ \t]*(?::[ \t]*)?\r?\n[ \t]*`[^`\s]"""
# (stop 67, pages) the same with what the password is or is for opening the line below in words before its span (`…, mot
# de passe` then ``actuel ``…````; a reStructuredText page's literal in double backticks): password_span_below
_FOLDED_WRAPPED_LABEL = (rb"""(?:password|passphrase|passwd|pwd|passe|senha|contrase(?:\xc3\xb1|ny?)a|clave)[ \t]*\r?\n"""
                         rb"""[ \t]*(?:[^\s`]{1,32}[ \t]+){1,5}``?[^`\s]""")
# (stop 67, pages) a password's or a pre-shared key's label ending its line, then its value alone in a code block below,
# indented or fenced (`Pre-shared key (…):`, a blank, `    …`): password_block_below (heads in ASCII, as the compiled
# scanner takes them: Polish's `hasło` is admitted by its other hints)
_FOLDED_BLOCK_BELOW_LABEL = (rb"""(?:password|passwort|kennwort|wachtwoord|senha|contrase(?:\xc3\xb1|ny?)a|clave|passe"""
                             rb"""|haslo|heslo|parol|psk|pre-?shared|passphrase)[^\n`]{0,128}:[ \t]*\r?\n"""
                             rb"""(?:[ \t]*\r?\n){0,2}(?:[ \t]{0,3}(?:```|~~~)[^\n]{0,32}\r?\n[ \t]{0,3}|[ ]{2,16}|\t{1,2})"""
                             rb"""[^\s`<\[({][^\s`]{7,255}[ \t]*\r?(?:\n|\Z)""")
# (stop 64) the same wrapped after a Germanic, a Nordic or English password word's preposition, what it is for opening the
# line below in a span before the colon (`Neit Passwuert fir` then `` `kbg_conf_in`: `…` ``): password_span_below
_FOLDED_WRAPPED_GERMANIC = (rb"""(?:""" + FOLDED_GERMANIC_PASSWORD_WORDS + rb"""|loynior(?:\xc3[\xb0\x90]|d)(?:i(?:\xc3[\xb0\x90]|d))?|password|passphrase|passwd)"""
                            rb"""[ \t]+(?:f(?:\xc3\xbc|ue|u)r|fir|vum|von|vom|voor|van|for|of|til|f(?:\xc3\xb6|o)r|fyri)[ \t]*\r?\n"""
                            rb"""[ \t]*`[^`\s]{1,64}`[ \t]*:[ \t]*`[^`\s]""")
# a comment's sign-in pair written plain (`# Copiers log in as scanuser / …`): _COMMENTED_SIGN_IN, its comment and verb
# checked by the reader
_FOLDED_SIGN_IN_AS = rb"""(?:in|on) as[ \t]+["'`]?[\w.@\\-]{1,64}["'`]?[ \t]*/[ \t]*[^\s/]"""
# a network access server's shared secret in a span after its label's other words (`Shared secret configured on the APs:
# `…``): documented_passwords' _SHARED_SECRET_LABEL
_FOLDED_SHARED_SECRET = rb"""shared[ \t](?:secret|key)[^`\n]{0,96}`[^`\s]"""
# an SNMP community in a span after its word (`SNMP: community for towers is `…``, `| SNMP community (RO) | `…` |`):
# _SNMP_COMMUNITY_SPAN, documented_passwords' _SNMP_COMMUNITY_LABEL
_FOLDED_SNMP_COMMUNITY = rb"""community[^`\n]{0,96}`[^`\s]"""
# a list item's key, secret, token or salt bare after its label and colon, the rest of the line one drawn-looking run
# (`- Hash key (live): …`: _LISTED_BARE, read where the page shows it the team's own, as beside its shop's number)
_FOLDED_LISTED_KEY = (rb"""(?:key|secret|token|salt)(?:[ \t]*\([^()\n`]{0,64}\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*"""
                      rb"""[a-z0-9][\w-]{11,255}[ \t]*(?=\r?\n|\Z)""")
# (stop 65) An element of one-line XML named for a credential, its text after it (_INLINE_ELEMENT: `…<pwd>…</pwd>`,
# `"<auth><appKey>…</appKey>`); the other languages' words are the literal kind's localized hint's.
_FOLDED_INLINE_ELEMENT = rb"""(?:pass|pw|token|secret|key|auth|cred|sess|psk)[\w.-]{0,64}>[ \t]*[^<>\s][^<>\n]{0,1023}?</"""
# (stop 67, notes) a login's pair alone on the indented line below the line ending in a password's or a login's word
# (`shared password for the tablets` then `  ops / …`: pair_below_its_label; the other scripts' words are the literal
# kind's exact keywords)
_FOLDED_PAIR_BELOW_LABEL = (rb"""(?:password|passwd|passwort|kennwort|login|logon|credentials|creds)[^\n]{0,96}\r?\n"""
                            rb"""[ \t]{2,16}`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`/]""")
_PAIR_BELOW_LABEL_HEADS = ("password", "passwd", "passwort", "kennwort", "login", "logon", "credentials", "creds")
# (stop 70, notes: or below a line ending in the address of the device it signs in to, `Box Orange 4G : 192.168.8.1`
# then `  admin / …`: a URL, or a private network's IPv4 address, as a network's note lists its boxes: pair_below_its_label)
_FOLDED_PAIR_BELOW_ADDRESS = (rb"""(?:(?:https?|rtsp)://[^\s]{1,255}|(?:192\.168|10|172)(?:\.[0-9]{1,3}){2,3}(?::[0-9]{1,5})?)"""
                              rb"""[ \t)]*\r?\n[ \t]{2,16}`?[\w.@\\+-]{1,128}`?[ \t]*/[ \t]*`?[^\s`/]""")
_PAIR_BELOW_ADDRESS_HEADS = ("http://", "https://", "rtsp://", "192.168.", "10.", "172.")
FOLDED_HINTS = (Headed(lazy_regex(_FOLDED_PAIR_BELOW_LABEL), _PAIR_BELOW_LABEL_HEADS,
                       lazy_regex(_FOLDED_PAIR_BELOW_LABEL, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_PAIR_BELOW_ADDRESS), _PAIR_BELOW_ADDRESS_HEADS,
                       lazy_regex(_FOLDED_PAIR_BELOW_ADDRESS, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LISTED_KEY), ("key", "secret", "token", "salt"),
                       lazy_regex(_FOLDED_LISTED_KEY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_INLINE_ELEMENT), ("pass", "pw", "token", "secret", "key", "auth", "cred", "sess", "psk"),
                       lazy_regex(_FOLDED_INLINE_ELEMENT, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WRAPPED_WORD), ("password", "passphrase", "passwd", "pwd"),
                       lazy_regex(_FOLDED_WRAPPED_WORD, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WRAPPED_LABEL), ("password", "passphrase", "passwd", "pwd", "passe", "senha",
                                                           "contrase", "clave"),
                       lazy_regex(_FOLDED_WRAPPED_LABEL, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_BLOCK_BELOW_LABEL), ("password", "passwort", "kennwort", "wachtwoord", "senha",
                                                               "contrase", "clave", "passe", "haslo", "heslo",
                                                               "parol", "psk", "preshared", "pre-shared", "passphrase"),
                       lazy_regex(_FOLDED_BLOCK_BELOW_LABEL, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WRAPPED_GERMANIC), ("passwort", "kennwort", "wachtwoord", "senord", "passord",
                                                              "adgangskode", "salasana", "wagwoord", "passwuert", "wachtwurd",
                                                              "loynior", "password", "passphrase", "passwd"),
                       lazy_regex(_FOLDED_WRAPPED_GERMANIC, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SNMP_COMMUNITY), ("community",), lazy_regex(_FOLDED_SNMP_COMMUNITY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SIGN_IN_AS), ("in as", "on as"), lazy_regex(_FOLDED_SIGN_IN_AS, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SHARED_SECRET), ("shared secret", "shared key", "shared\tsecret", "shared\tkey"),
                       lazy_regex(_FOLDED_SHARED_SECRET, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LISTED_LABEL), ("pass", "pw"), lazy_regex(_FOLDED_LISTED_LABEL, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WIFI_ITEM), ("wpa", "wep", "psk"), lazy_regex(_FOLDED_WIFI_ITEM, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_QUALIFIED_NAME), ("pass", "pw", "psk", "token", "secret", "key"),
                       lazy_regex(_FOLDED_QUALIFIED_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_TUYA_KEY), ('"key"', '"local_key"', '"localkey"'),
                       lazy_regex(_FOLDED_TUYA_KEY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_NAMED_ATTRIBUTES), ('name="', "name='"),
                       lazy_regex(_FOLDED_NAMED_ATTRIBUTES, re.IGNORECASE)),
                # (heads of two characters, as the compiled scanner takes them: `@` and the host's first)
                Headed(lazy_regex(_FOLDED_AUTHORITY_END),
                       tuple("@" + first for first in "abcdefghijklmnopqrstuvwxyz0123456789"),
                       lazy_regex(_FOLDED_AUTHORITY_END, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_PAT), ("pat",), lazy_regex(_FOLDED_PAT, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ENTRY_KEY), ("<string>",), lazy_regex(_FOLDED_ENTRY_KEY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_TABLE_NAME), ("token", "secret", "key", "psk", "pw"), lazy_regex(_FOLDED_TABLE_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SPAN_NAME), ("pass", "pw", "psk", "shared", "token", "secret", "key", "kulcs", "lykil"),
                       lazy_regex(_FOLDED_SPAN_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SAID_BARE), ("pass", "pw"), lazy_regex(_FOLDED_SAID_BARE, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_NETWORK_PAIR), _NETWORK_PAIR_HEADS, lazy_regex(_FOLDED_NETWORK_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_NETWORK_CODE), ("wi-fi", "wifi", "wlan", "ssid"), lazy_regex(_FOLDED_NETWORK_CODE, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_NOTE_SAID), ("pass", "pw", "wachtwoord", "wachtwurd", "okwu"),
                       lazy_regex(_FOLDED_NOTE_SAID, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LOGIN_PAIR), _LOGIN_WORD_HEADS, lazy_regex(_FOLDED_LOGIN_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LOGIN_WORD_PAIR), _LOGIN_WORD_HEADS, lazy_regex(_FOLDED_LOGIN_WORD_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LOGIN_SAID_PAIR), _LOGIN_WORD_HEADS, lazy_regex(_FOLDED_LOGIN_SAID_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SOMALI_LOGIN_SAID), ("gelitaan", "galitaan"),
                       lazy_regex(_FOLDED_SOMALI_LOGIN_SAID, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SECRET_SAID), ("secret",), lazy_regex(_FOLDED_SECRET_SAID, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SPOKEN_USER_PASS), ("user", "login", "usr", "usu", "utilisateur", "utente", "benutzer",
                                                              "compte", "account", "cuenta", "conta", "konto"),
                       lazy_regex(_FOLDED_SPOKEN_USER_PASS, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_USER_WORD_PAIR), ("user",), lazy_regex(_FOLDED_USER_WORD_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_PROTOCOL_PAIR), _PROTOCOL_PAIR_HEADS, lazy_regex(_FOLDED_PROTOCOL_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_LOGIN_ROW), _LOGIN_WORD_HEADS, lazy_regex(_FOLDED_LOGIN_ROW, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ADDRESS_PAIR), ("http://", "https://", "rtsp://"),
                       lazy_regex(_FOLDED_ADDRESS_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ACCOUNT_PAIR), ("account",), lazy_regex(_FOLDED_ACCOUNT_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_CHAT_TOKEN), (": ",), lazy_regex(_FOLDED_CHAT_TOKEN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_CHAT_PAIR), (": ",), lazy_regex(_FOLDED_CHAT_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_CHAT_APP_PASSWORD), (": ",), lazy_regex(_FOLDED_CHAT_APP_PASSWORD, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_CHAT_REPLY), (": ",), lazy_regex(_FOLDED_CHAT_REPLY, re.IGNORECASE)),
                # (stop 69, chats: a token after a label or in a span ending a reply; a pair after a label, an aside after it)
                Headed(lazy_regex(_FOLDED_CHAT_SAID_TOKEN), (": ",), lazy_regex(_FOLDED_CHAT_SAID_TOKEN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_CHAT_LABELLED_PAIR), (": ",),
                       lazy_regex(_FOLDED_CHAT_LABELLED_PAIR, re.IGNORECASE)),
                # (stop 66: a Markdown transcript's message after its sender in bold, a token in a span: markdown_chat_token)
                Headed(lazy_regex(_FOLDED_MARKDOWN_CHAT_TOKEN), ("**",),
                       lazy_regex(_FOLDED_MARKDOWN_CHAT_TOKEN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WITH_PASSWORD), _WITH_PASSWORD_HEADS,
                       lazy_regex(_FOLDED_WITH_PASSWORD, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_KEY_LABEL_THEN_WORDS), ("key", "token", "secret"),
                       lazy_regex(_FOLDED_KEY_LABEL_THEN_WORDS, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SAID_LOCALIZED), _SAID_LOCALIZED_HEADS,
                       lazy_regex(_FOLDED_SAID_LOCALIZED, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SAID_WRAPPED), _SAID_LOCALIZED_HEADS,
                       lazy_regex(_FOLDED_SAID_WRAPPED, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_HOST_LABEL_PAIR), tuple("@" + first for first in "abcdefghijklmnopqrstuvwxyz0123456789"),
                       lazy_regex(_FOLDED_HOST_LABEL_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SPAN_BELOW_ITEM), ("token", "secret", "key", "kulcs", "klucz", "avain", "rotate",
                                                             "revoke", "regenerate", "invalidate"),
                       lazy_regex(_FOLDED_SPAN_BELOW_ITEM, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_WRAPPED_ITEM_KEY), ("token", "secret", "key"),
                       lazy_regex(_FOLDED_WRAPPED_ITEM_KEY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_KEY_LEAD_IN), ("live", "prod", "generat", "generiert", "generado", "gerad", "genere",
                                                         "vygenerov", "wygenerow", "canl", "olu", "neilweng",
                                                         "gave", "sent"),
                       lazy_regex(_FOLDED_KEY_LEAD_IN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_GERMAN_NAME), ("passwort", "kennwort", "schl", "wachtwoord", "sleutel", "senord", "passord", "adgangskode",
                                                        "salasana", "wagwoord", "passwuert", "wachtwurd", "loynior", "lykil"),
                       lazy_regex(_FOLDED_GERMAN_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_NORDIC_LOGIN_CODE), ("bruger", "bruker"),
                       lazy_regex(_FOLDED_NORDIC_LOGIN_CODE, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_GERMAN_SIGN_IN), ("als **", "als `", "als\t**", "als\t`", "mit **", "mit `",
                                                            "mit\t**", "mit\t`"),
                       lazy_regex(_FOLDED_GERMAN_SIGN_IN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ROMANCE_NAME), _ROMANCE_WORD_HEADS, lazy_regex(_FOLDED_ROMANCE_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ROMANCE_SIGN_IN), _ROMANCE_SIGN_IN_HEADS,
                       lazy_regex(_FOLDED_ROMANCE_SIGN_IN, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_HEAD_FIRST), _HEAD_FIRST_HEADS, lazy_regex(_FOLDED_HEAD_FIRST, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SPAN_USER_THEN_WORD), _SPAN_USER_HEADS,
                       lazy_regex(_FOLDED_SPAN_USER_THEN_WORD, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SSID_THEN_KEY), _SSID_HEADS, lazy_regex(_FOLDED_SSID_THEN_KEY, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_ASIDE_NAME), ("pass", "pw", "kennwort", "wachtwoord"), lazy_regex(_FOLDED_ASIDE_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_SIGN_IN_PAIR), ("with **", "with `", "with\t**", "with\t`", "using **", "using `",
                                                          "using\t**", "using\t`"),
                       lazy_regex(_FOLDED_SIGN_IN_PAIR, re.IGNORECASE))) + _MANAGED_FILE_HINTS + _QUOTED_FILE_HINTS
_PAIR_LINES = 6  # lines read around a salt for its merchant's key (a settings block's neighbours)
# (stop 57) A payment gateway's client in code: a class's property or constant named a bare `key` (`private string $key =
# '…';`, `KEY = "…"`, `key: '…'`), beside the property naming the account it signs for, the gateway's client or
# merchant id (Besteron's `$cid`, a `merchantId`, a `shop_id`): the pair a gateway issues, the key its secret. A bare
# `key` alone is a cache's, a sort's, a map's; a drawn value beside an account's id is that account's key. (An
# `app_id` beside a `key` is Pusher's, whose app key is public.)
_CODE_BARE_KEY = lazy_regex(
    r"""^[ \t]*(?:(?:public|private|protected|internal|static|final|readonly|const|var|let|val)[ \t]+){0,4}"""
    r"""(?:\??[A-Za-z][\w.]{0,31}[ \t]+)?(?:\$|this\.|self\.|@)?["']?(?:key|Key|KEY)["']?[ \t]*"""
    r"""(?::[ \t]*\??[A-Za-z]\w{0,31}[ \t]*)?(?:=>|=|:)[ \t]*(?P<q>["'])(?P<value>[A-Za-z0-9]{16,128})(?P=q)[ \t]*(?:[;,][ \t]*)?(?:(?://|#).*)?$""")
_ACCOUNT_ID_SIBLING = lazy_regex(
    r"""^[ \t]*(?:(?:public|private|protected|internal|static|final|readonly|const|var|let|val)[ \t]+){0,4}"""
    r"""(?:\??[A-Za-z][\w.]{0,31}[ \t]+)?(?:\$|this\.|self\.|@)?["']?(?i:cid|mid|(?:client|merchant|partner|shop|store|account|"""
    r"""terminal|pos|vendor|seller)[_-]?id)["']?[ \t]*(?::[ \t]*\??[A-Za-z]\w{0,31}[ \t]*)?(?:=>|=|:)[ \t]*["']?[A-Za-z0-9_-]{1,64}["']?""")
_ACCOUNT_ID_LINES = 4  # lines read around a bare key for its account's id (a class's properties, a settings block)


def _inline_elements(line: str) -> Iterator[Found]:
    """Each one-value element of XML written on one line (see _INLINE_ELEMENT), its name the key judged."""
    for count, found in enumerate(_INLINE_ELEMENT.finditer(line)):
        if count >= _INLINE_ELEMENTS_A_LINE:
            break
        name = found.group("qualified").rsplit(":", 1)[-1]
        yield 0, f"literal <{name}> element of one-line XML", name, xml_unescaped(found.group("value"))


def judged_part(value: str) -> str:
    """What of a value the kind's value judgement reads: a vendor token's body where its head is a
    word the judgement takes for a made-up value (Notion's and Ecwid's `secret_`)."""
    from secretfence.compat.detect_secrets.credential_keys import secret_headed_body

    return secret_headed_body(value) or value


# An e-mail saved as its client exports it (RFC 822 text: headers, a blank line, the body): its body is prose, a note's.
_SAVED_MAIL_SUFFIXES = (".eml", ".emlx", ".mbox")


# What a line (or its file's name) must hold for config_form_secrets to find anything on it
# (kinds/_triggers.py).
CONFIG_FORM_TRIGGERS: Triggers = Triggers(
    exact=("arameter", "NoEcho", "ecure", "SECRET", "</name>", '"value"', "<add", '"Key"', '"SecretKey"', '"SigningKey"',
           "ass", "ASS", ".raw", "secret_", "key", "salt", "SALT", "Salt", "rlang", "RLANG", "LoginModule", "xpack.",
           "-D", ";pswd=", "<arg", "localKey", "<keyMaterial>", "</field>", ".header", '"RegisteredUsers"', '"OrthancPeers"',
           "<string>", "ORTHANC__", "PAT", "Pat", "_pat", "-pat", ".pat", "@", "=#", "= #", "egistration",
           "EGISTRATION", 'resource "', "content", "** / **", "**/**",
           # (a CloudFormation parameter's name, its Default below: `ApiKey:`, `GitHubToken:`, `DbSecret:`)
           "Key", "oken", "OKEN", "ecret",
           # (a comment's sign-in pair: `# Copiers log in as scanuser / …`)
           "in as ", "on as ",
           # (a `psw` setting beside its login: SMSC's `login` / `psw`)
           "psw", "PSW", "Psw",
           # (stop 70, notes: a device's address ending the line above its login's pair: pair_below_its_label)
           "://", "192.168.", "10.", "172.") + _QUOTED_FILE_TRIGGERS,
    pairs=(
           # (stop 65: an element of one-line XML, after another's tag or opening a string: _inline_elements)
           ("</", "><"), ("</", "> <"), ("</", '"<'), ("</", "'<"),
           # (stop 60: a chat's message after its time and sender, `[…] Name: …`, `… - Name: …`: chat_message_credential)
           ("] ", ": "), (" - ", ": "),
           # (stop 64, notes: a head-first label led by password's abbreviation, what it is for after it: `pw vpn: …`,
           # `PWD router: …`; `passwd` holds `ass`)
           ("pw", ":"), ("PW", ":"), ("Pw", ":"),
           # (stop 66: a settings table's row named by the abbreviation, `|Admin pw|…|`: _key_value_table_row)
           ("pw", "|"), ("PW", "|"), ("Pw", "|"),
           # (stop 63: a note's sentence saying a login is a pair, `the portal login is ops / …`: login_said_pair)
           *((word, " / ") for word in ("ogin ", "OGIN ", "ogon ", "og-in ", "ign-in ", "redentials ", "reds ")),
           # (stop 60: a note's password bare after its word in another script, its blank after it: said_bare_in_script)
           *((word, " ") for word in ("পাসও", "पासवर्ड", "கடவுச்சொல்", "ароль", "АРОЛЬ", "арола", "АРОЛА", "озинка", "ОЗИНКА",
                                      "асло", "АСЛО", "сырсөз", "нууц", "գաղտնաբառ", "პაროლი", "κωδικ", "ΚΩΔΙΚ", "סיסמ",
                                      "ពាក្យសម្ងាត់", "මුරපදය", "รหัสผ่าน",
                                      # (stop 64: Sinhala's borrowed `පාස්වර්ඩ්`, from its second syllable)
                                      "\u0dc3\u0dca\u0dc0\u0dbb\u0dca\u0da9\u0dca",
                                      # (stop 65: India's other scripts' borrowed word, _helpers')
                                      *INDIC_PASSWORD_SPELLINGS,
                                      # (stop 62: Tatar's `серсүз`, Kazakh's `құпия сөз`, Maori's `kupuhipa`, Tibetan's
                                      # `གསང་ཚིག` with its syllables' mark)
                                      "ерсүз", "ЕРСҮЗ", "ұпия сөз", "ҰПИЯ СӨЗ", "upuhipa", "UPUHIPA", "серсүз",
                                      "གསང་ཚིག",
                                      # (stop 65, notes: Amharic's `የይለፍ ቃል` and its possessive `የይለፍ ቃሉ`, from its stem)
                                      "ይለፍ ቃል", "ይለፍ ቃሉ",
                                      # (stop 66, notes: Tigrinya's `ቃል ምሕላፍ`, `መሕለፊ ቃል`; Central Kurdish's `وشەی
                                      # نهێنی`, `وشەی تێپەڕ`)
                                      "ቃል ምሕላፍ", "መሕለፊ ቃል", "وشەی نهێنی", "وشەی تێپەڕ",
                                      # (stop 66, the lead: Persian's, Arabic's and Urdu's; `رمز` covers its compounds)
                                      "رمز", "کلمه", "كلمة", "كلمه", "گذرواژه", "پاس ورڈ", "پاس‌ورڈ", "پاسورڈ",
                                      # (stop 67, pages: Uyghur's `پارول`, Russian's word in its Arabic script)
                                      "پارول")),
           # (stop 64: a sentence's password after `with the password` in the languages whose word holds no `ass`, its
           # blank after it or the line's end: said_with_password, `… við loyniorðinum` then `… og …`)
           *((word, " ") for word in ("oyniorð", "OYNIORÐ", "oyniord", "OYNIORD", "ennwort", "ENNWORT", "achtwoord",
                                      "ACHTWOORD", "senord", "SENORD", "gangskode", "GANGSKODE", "ontrase", "ONTRASE",
                                      "enha", "ENHA")),
           ("SET ", "'"), ("set ", "'"), ("Set ", "'"), ("SET\t", "'"), ("set\t", "'"),
           # (review 64: a note's login pair said in Spanish's or Portuguese's words, `usuario packfloor, clave …`:
           # spoken_user_pass_pair)
           ("suari", "lave "), ("suari", "ontrase"), ("suári", "enha "), ("suari", "enha "),
           # (stop 68, chats: the pair after the account's word, the password's abbreviation or a Turkic word, `compte
           # "bord", mdp …`, `login admin, parol …`, `cuenta ventas, clave …`: spoken_user_pass_pair)
           *((user, word) for user in ("ser", "SER", "ogin", "OGIN", "ompte", "OMPTE", "ccount", "CCOUNT", "uenta", "UENTA",
                                       "onta", "ONTA", "onto", "ONTO")
             for word in ("dp ", "DP ", "arol", "AROL", "ifre", "IFRE", "lave ", "LAVE ", "enha ", "ENHA ")),
           # (stop 70, chats: or a word saying the password is a temporary or first one, `login mngouabi, provisoire …`,
           # `usuario caja2, temporal …`: spoken_user_pass_pair)
           *((user, word) for user in ("ser", "SER", "ogin", "OGIN", "ompte", "OMPTE", "ccount", "CCOUNT", "uenta", "UENTA",
                                       "onta", "ONTA", "onto", "ONTO", "suari", "SUARI", "suári", "tilisateur", "TILISATEUR",
                                       "tente", "TENTE")
             for word in ("emp", "EMP", "rovis", "ROVIS", "nitial", "NITIAL", "nicial", "NICIAL", "nizial", "NIZIAL")),
           # (stop 66, notes: a Markdown transcript's message after its sender in bold, a token in a span: markdown_chat_token)
           (":** ", "`"), ("**: ", "`"),
           # (stop 66, notes: Spanish's `clave`, then its copula, in a note's sentence: `si pide clave de administrador es …`,
           # said_bare_localized)
           ("lave ", " es "), ("lave ", " era "), ("LAVE ", " ES "), ("LAVE ", " ERA "),
           ("|", "oken"), ("|", "OKEN"), ("|", "ecret"), ("|", "ECRET"), ("|", "Key"), ("|", "KEY"),
           ("`", "oken"), ("`", "OKEN"), ("`", "ecret"), ("`", "ECRET"), ("`", "Key"), ("`", "KEY"),
           # (stop 62, pages: a MediaWiki table's header cells after `!`, `! Service !! Owner !! Key`, which hold no `|`; Northern
           # Sami's key, `čoavdda` / `čoavddaš`, from its second letter: `| Čoavddaš |`, `! … !! Čoavddaš`)
           ("!", "Key"), ("!", "KEY"), *((mark, word) for mark in "|!`" for word in ("oavdda", "OAVDDA")),
           # (a login's two code spans after its label: `admin login: `ops` / `…``)
           ("`", "ogin"), ("`", "OGIN"), ("`", "ogon"), ("`", "OGON"), ("`", "og-in"), ("`", "OG-IN"), ("`", "ign-in"),
           ("`", "IGN-IN"), ("`", "redentials"), ("`", "REDENTIALS"), ("`", "reds"), ("`", "REDS"),
           # (a settings table's login row, its pair plain: `| NVR admin login | admin / … |`: _login_row_pair)
           ("|", "ogin"), ("|", "OGIN"), ("|", "ogon"), ("|", "OGON"), ("|", "redential"), ("|", "REDENTIAL"),
           # (stop 61: a cell's pair after its label, its account an administrator's: `| beheer iisbaan: admin / … |`)
           ("|", "admin /"), ("|", "Admin /"), ("|", "ADMIN /"), ("|", "root /"), ("|", "Root /"),
           # (a login's spans after any label or a sign-in's `as`: `admin: `ops` / `…``, `Sign in as `ops` / `…``;
           # a password's abbreviation or a Wi-Fi key before its span: `pw `…``, `WPA2-PSK: `…``)
           # (stop 64: a sign-in's pair split by a comma, `Log in with `admin`, `…``, or in one span, `Log in with
           # `admin/…``, after the words each sign-in sentence's pair follows)
           *((word, part) for word in (" as `", " with `", " using `", " als `", " mit `", " como `", " come `", " que `",
                                       " con `", " com `", " avec `", " ndi `", " na `", " kwa `", " ngati `", " kama `")
             for part in ("`,", "/")),
           ("`", "` / `"), ("`", "`/`"), ("`", "` with `"), ("`", "` using `"), ("`", "pw"), ("`", "PW"), ("`", "Pw"), ("`", "psk"), ("`", "PSK"), ("`", "Psk"),
           ("`", "hared key"), ("`", "HARED KEY"),
           # (stop 60: Scottish Gaelic's and Irish's key leading in a note's value below it: `iuchair live (…):`)
           (":", "iuchair"), (":", "Iuchair"), (":", "IUCHAIR"), (":", "eochair"), (":", "Eochair"), (":", "EOCHAIR"),
           # (an operator's notes' Wi-Fi network listed with its security, `- Staff (WPA2): …`, or its key bare)
           (":", "WPA"), (":", "wpa"), (":", "Wpa"), (":", "WEP"),
           # (German's words before a span: `Kennwort `…``, `Schlüssel `…``, `Zugangsdaten: `ops` / `…``, `Anmeldung als
           # `ops` mit `…``; `Passwort` holds `ass`)
           ("`", "ennwort"), ("`", "ENNWORT"), ("`", "ssel"), ("`", "SSEL"), ("`", "ugang"), ("`", "UGANG"), ("`", "nmeld"),
           ("`", "NMELD"), ("`", "` mit `"), ("|", "ennwort"), ("|", "ENNWORT"),
           # (Spanish's, Portuguese's, French's and Italian's: `Contraseña `…``, `Clave WPA2: `…``, `Senha `…``,
           # `Credenciales: `ops` / `…``, `como `ops` con `…``; `mot de passe` and Italian's `password` hold `ass`)
           ("`", "ontrase"), ("`", "ONTRASE"), ("`", "lave"), ("`", "LAVE"), ("`", "enha"), ("`", "ENHA"),
           ("`", "redencia"), ("`", "REDENCIA"), ("`", "cceso"), ("`", "CCESO"), ("`", "cesso"), ("`", "CESSO"),
           ("`", "` con `"), ("`", "` com `"), ("`", "` avec `"), ("|", "ontrase"), ("|", "ONTRASE"), ("|", "lave"),
           ("|", "LAVE"), ("|", "enha"), ("|", "ENHA"),
           # (Catalan's key, `Clau SHA-256 `…``, `| Clau API |`: its `contrasenya` holds `ontrase`)
           # (Galician's `contrasinal`, which holds no `ontrase`: `Contrasinal da conta: `…``, `| Contrasinal |`,
           # `Contrasinal VNC: …`)
           ("`", "ontrasinal"), ("`", "ONTRASINAL"), ("|", "ontrasinal"), ("|", "ONTRASINAL"), (":", "ontrasinal"),
           (":", "ONTRASINAL"),
           ("`", "Clau"), ("`", "clau"), ("`", "CLAU"), ("|", "Clau"), ("|", "clau"), ("|", "CLAU"),
           # (a note's head-first label before its colon: `Contraseña del router: …`, `Senha caixa: …`, `Kennwort SIP: …`)
           (":", "ontrase"), (":", "ONTRASE"), (":", "enha"), (":", "ENHA"), (":", "ennwort"), (":", "ENNWORT"),
           # (Dutch's, as German's: `Wachtwoord `…``, `beheerderswachtwoord: `…``, `Sleutel `…``, `| Wachtwoord |`,
           # `Wachtwoord SIP: …`)
           ("`", "achtwoord"), ("`", "ACHTWOORD"), ("`", "leutel"), ("`", "LEUTEL"), ("|", "achtwoord"),
           ("|", "ACHTWOORD"), (":", "achtwoord"), (":", "ACHTWOORD"),
           # (Polish's `hasło`, whose ASCII is its `has`: `Hasło `…``, `| Hasło |`, `Hasło serwisowe: …`)
           ("`", "has"), ("`", "Has"), ("`", "HAS"), ("|", "has"), ("|", "Has"), ("|", "HAS"), (":", "has"), (":", "Has"),
           (":", "HAS"),
           # (Czech's and Slovak's `heslo`, read beside it: `Heslo `…``, `| Heslo |`, `heslo pro router: …`; Swedish's
           # `lösenord`, Norwegian's `passord` and Danish's `adgangskode`, read beside German's words)
           # (stop 67, notes: the West Slavic words in a sentence, no colon: `nachwilne hesło je …`, `hasło jest …`,
           # `heslo je …`: said_bare_localized)
           ("hasł", " "), ("Hasł", " "), ("HASŁ", " "), ("hesł", " "), ("Hesł", " "), ("HESŁ", " "),
           ("eslo", " "), ("ESLO", " "), ("haslo", " "), ("Haslo", " "), ("HASLO", " "),
           ("`", "eslo"), ("`", "ESLO"), ("|", "eslo"), ("|", "ESLO"), (":", "eslo"), (":", "ESLO"), ("`", "senord"),
           ("`", "SENORD"), ("|", "senord"), ("|", "SENORD"), (":", "senord"), (":", "SENORD"), ("`", "assord"),
           ("`", "ASSORD"), ("|", "assord"), ("|", "ASSORD"), (":", "assord"), (":", "ASSORD"), ("`", "angskode"),
           ("`", "ANGSKODE"), ("|", "angskode"), ("|", "ANGSKODE"), (":", "angskode"), (":", "ANGSKODE"),
           # (Romanian's `parolă` / `parola` and Turkish's `şifre`, whose ASCII is its `ifre`: `parola `…``, `| Şifre |`)
           ("`", "arol"), ("`", "AROL"), ("`", "ifre"), ("`", "IFRE"), ("|", "arol"), ("|", "AROL"), ("|", "ifre"),
           ("|", "IFRE"), ("`", "ifrə"), ("`", "IFRƏ"), ("|", "ifrə"), ("|", "IFRƏ"),  # (Azerbaijani's `şifrə`)
           # (Greek's `κωδικός` and `συνθηματικό`, in its alphabet: `κωδικός `…``, `| Κωδικός |`)
           ("`", "ωδικ"), ("`", "ΩΔΙΚ"), ("`", "υνθηματικ"), ("`", "ΥΝΘΗΜΑΤΙΚ"), ("|", "ωδικ"), ("|", "ΩΔΙΚ"),
           ("|", "υνθηματικ"), ("|", "ΥΝΘΗΜΑΤΙΚ"),
           # (Hungarian's `jelszó`, read from its ASCII `jelsz`: `jelszó: `…``, `| Jelszó |`)
           ("`", "elsz"), ("`", "ELSZ"), ("|", "elsz"), ("|", "ELSZ"),
           # (Estonian's `parool` (Latvian's `parole` is Romanian's `arol`), Lithuanian's `slaptažodis`, read from its ASCII
           # `lapta`; Hebrew's `סיסמה` / `סיסמא` / `סיסמת`, in its script: `Parool: `…``, `| Slaptažodis |`, `סיסמה `…``)
           ("`", "aroo"), ("`", "AROO"), ("|", "aroo"), ("|", "AROO"), ("`", "lapta"), ("`", "LAPTA"), ("|", "lapta"),
           ("|", "LAPTA"), ("`", "סיסמ"), ("|", "סיסמ"),
           # (Icelandic's `lykilorð`, read from its ASCII `lykilor`; Serbian's `лозинка` in Cyrillic; Georgian's `პაროლი`;
           # Persian's `رمز` (`رمز عبور`) and `گذرواژه`, in their scripts: `lykilorð `…``, `| Лозинка |`, `პაროლი `…``,
           # `رمز: `…``)
           ("`", "ykilor"), ("`", "YKILOR"), ("|", "ykilor"), ("|", "YKILOR"), ("`", "озинк"), ("`", "ОЗИНК"),
           # (stop 64: Faroese's `loyniorð` and its key `lykil`, read from `oynior` and `ykil`: `Loyniorð til `operator`:
           # `…``, `API lykilin til …: `…``)
           ("`", "oynior"), ("`", "OYNIOR"), ("`", "ykil"), ("`", "YKIL"),
           ("|", "озинк"), ("|", "ОЗИНК"), ("`", "პაროლ"), ("|", "პაროლ"), ("`", "رمز"), ("|", "رمز"), ("`", "گذرواژه"),
           # (stop 65: Tajik's `рамз`, Persian's `رمز` in Cyrillic, from its second letter: `рамз `…``, `| Рамз |`)
           ("`", "амз"), ("`", "АМЗ"), ("|", "амз"), ("|", "АМЗ"),
           ("|", "گذرواژه"),
           # (stop 67, pages: Uyghur's `پارول`, Russian's `пароль` in its Arabic script: `- پارول: `…``, `| پارول |`)
           ("`", "پارول"), ("|", "پارول"),
           # (Swahili's `nenosiri`, Basque's `pasahitza` read from its ASCII `asahitz`; Mongolian's `нууц үг`, Armenian's
           # `գաղտնաբառ`, Bengali's `পাসওয়ার্ড`, in their scripts: `nenosiri `…``, `| Pasahitza |`, `| Нууц үг |`,
           # `գաղտնաբառ `…``)
           ("`", "nenosiri"), ("`", "NENOSIRI"), ("|", "nenosiri"), ("|", "NENOSIRI"), ("`", "asahitz"), ("`", "ASAHITZ"),
           ("|", "asahitz"), ("|", "ASAHITZ"), ("`", "ууц үг"), ("`", "УУЦ ҮГ"), ("|", "ууц үг"), ("|", "УУЦ ҮГ"),
           ("`", "աղտնաբառ"), ("`", "ԱՂՏՆԱԲԱՌ"), ("|", "աղտնաբառ"), ("|", "ԱՂՏՆԱԲԱՌ"), ("`", "পাসও"), ("|", "পাসও"),
           # (Albanian's `fjalëkalim` read from its second letter, its `ë` written or spelled `e`; Kyrgyz's `сырсөз`;
           # Nepali's and Hindi's `पासवर्ड`; Tamil's `கடவுச்சொல்`: `Fjalëkalimi: `…``, `| Сырсөз |`, `पासवर्ड: `…``)
           ("`", "jalëkalim"), ("`", "JALËKALIM"), ("|", "jalëkalim"), ("|", "JALËKALIM"), ("`", "jalekalim"),
           ("`", "JALEKALIM"), ("|", "jalekalim"), ("|", "JALEKALIM"), ("`", "ырсөз"), ("`", "ЫРСӨЗ"), ("|", "ырсөз"),
           ("|", "ЫРСӨЗ"), ("`", "पासवर्ड"), ("|", "पासवर्ड"), ("`", "கடவுச்சொல்"), ("|", "கடவுச்சொல்"),
           # (stop 65: India's other scripts' borrowed word, _helpers': `ಪಾಸ್‌ವರ್ಡ್: `…``, `| పాస్‌వర్డ్ |`)
           *((mark, word) for mark in "`|" for word in INDIC_PASSWORD_SPELLINGS),
           # (stop 62, pages: Tatar's `серсүз`, Kazakh's `құпия сөз` apart, Maori's `kupuhipa`, Wolof's `baat bu kumpa`, read
           # from their second letters: `Серсүз: `…``, `| Құпия сөз |`, `| Kupuhipa |`, a list table's `- Baat bu kumpa`)
           *((mark, word) for mark in "`|:-" for word in (
               "ерсүз", "ЕРСҮЗ", "ұпия сөз", "ҰПИЯ СӨЗ", "upuhipa", "UPUHIPA", "aat bu kumpa", "AAT BU KUMPA")),
           # (stop 63, pages: Occitan's `senhal`, from its second letter: `| Senhal |`, `- Senhal: `…``)
           *((mark, word) for mark in "`|:-" for word in ("enhal", "ENHAL")),
           # (stop 68, notes: Indonesian's, Malay's and Balinese's password words before a span or a colon: `sandi `…``,
           # `kruna sandi: …`, `Kata laluan: …`: _malay_spoken_spans, head_first_labelled_value)
           *((mark, word) for mark in "`:" for word in ("sandi", "Sandi", "SANDI", "aluan", "ALUAN")),
           # (stop 68, notes: Yiddish's and Dhivehi's words in their scripts before a label's colon, whatever their points:
           # `- דאָס פּאַראָל פֿון דעם NAS (admin): …`, `ޕާސްވޯޑް: …`: head_first_labelled_value)
           *((":", word) for word in YIDDISH_PASSWORD_SPELLINGS + THAANA_PASSWORD_SPELLINGS),
           # (stop 62: a label's last phrase, Quechua's `pakasqa simi`, Yoruba's `ọ̀rọ̀ aṣínà`: `Router admin pakasqa simi: …`)
           (":", "akasqa simi"), (":", "AKASQA SIMI"), (":", "akasqa Simi"), (":", "ṣínà"), (":", "ṢÍNÀ"), (":", "r asina"),
           # (stop 63: Sindhi's `ڳجهو لفظ`, a secret word, `ه` or `ھ`: `ڳجهو لفظ: …`)
           (":", "ڳجهو لفظ"), (":", "ڳجھو لفظ"),
           # (stop 65, notes: Tajik's `рамз` (Persian's `رمز` in Cyrillic), from its second letter whatever the case of the
           # first, its label's note in brackets before the colon: `Рамз (ҳамаи мошинҳо як хел): …`, `| Рамз |`)
           *((mark, word) for mark in "`|:" for word in ("амз", "АМЗ")),
           # (stop 63, notes: Sakha's `кистэлэҥ тыл`, a hidden word, whatever the case of its first letter: `… кистэлэҥ тыла: …`)
           (":", "истэлэҥ тыл"), (":", "ИСТЭЛЭҤ ТЫЛ"),
           # (review 64: Sakha's `ҥ` typed as `ӈ` or `н`)
           (":", "истэлэӈ тыл"), (":", "ИСТЭЛЭӇ ТЫЛ"), (":", "истэлэн тыл"), (":", "ИСТЭЛЭН ТЫЛ"),
           # (Afrikaans's `wagwoord`, as Dutch's: `Wagwoord `…``, `| Wagwoord |`, `Onbewaakte toegang wagwoord: …`)
           ("`", "agwoord"), ("`", "AGWOORD"), ("|", "agwoord"), ("|", "AGWOORD"), (":", "agwoord"), (":", "AGWOORD"),
           # (Swahili's `nenosiri` written apart, `neno la siri`, which holds no `nenosiri`: `Neno la siri: `…``)
           ("`", "eno la siri"), ("`", "ENO LA SIRI"), ("|", "eno la siri"), ("|", "ENO LA SIRI"),
           # (Irish's `pasfhocal` read from its third letter, whatever its mutation (`phasfhocal`, `bpasfhocal`); Khmer's
           # `ពាក្យសម្ងាត់`, Sinhala's `මුරපදය`: `pasfhocal `…``, `| Pasfhocal |`, `| ពាក្យសម្ងាត់ |`)
           ("`", "sfhoca"), ("`", "SFHOCA"), ("|", "sfhoca"), ("|", "SFHOCA"), ("`", "ពាក្យសម្ងាត់"),
           ("|", "ពាក្យសម្ងាត់"), ("`", "මුරපද"), ("|", "මුරපද"),
           (":", "sfhoca"), (":", "SFHOCA"),  # (head first before its colon, `Pasfhocal an teastais: …`)
           # (Scottish Gaelic's `facal-faire`, whatever its lenition (`fhacal-faire`), Hausa's `kalmar sirri`, `kalmar
           # wucewa`, read from their second letters; Amharic's `የይለፍ ቃል` from its stem: `| Facal-faire |`, `Facal-faire an
           # router: …`, `| Kalmar sirri |`, `| የይለፍ ቃል |`)
           ("`", "acal-faire"), ("`", "ACAL-FAIRE"), ("|", "acal-faire"), ("|", "ACAL-FAIRE"), ("|", "acal faire"),
           ("|", "ACAL FAIRE"), (":", "acal-faire"), (":", "ACAL-FAIRE"), ("`", "almar sirri"), ("`", "ALMAR SIRRI"),
           ("|", "almar sirri"), ("|", "ALMAR SIRRI"), (":", "almar sirri"), (":", "ALMAR SIRRI"), ("`", "almar wucewa"),
           ("|", "almar wucewa"), ("`", "ይለፍ ቃል"), ("|", "ይለፍ ቃል"), (":", "ይለፍ ቃል"),
           # (review: their title case, `- Kalmar Sirri: `…``, `| Facal-Faire |`)
           ("`", "almar Sirri"), ("|", "almar Sirri"), (":", "almar Sirri"), ("`", "almar Wucewa"), ("|", "almar Wucewa"),
           ("`", "acal-Faire"), ("|", "acal-Faire"), (":", "acal-Faire"), ("|", "acal Faire"),
           # (stop 61: Malagasy's `tenimiafina` (`teny miafina` apart), Samoan's `upu fa'alilolilo`, Somali's `erayga
           # sirta`, read from their second letters, whatever the case of the first: `| Tenimiafina |`, `- Tenimiafina:
           # `…``, `| Upu fa'alilolilo |`, `Upu fa'alilolilo a le pule (admin): `…``, `| Erayga sirta |`, `Erayga sirta ah
           # ee Grafana: `…``)
           ("`", "enimiafin"), ("`", "ENIMIAFIN"), ("|", "enimiafin"), ("|", "ENIMIAFIN"), (":", "enimiafin"),
           (":", "ENIMIAFIN"), ("`", "eny miafina"), ("|", "eny miafina"), (":", "eny miafina"),
           ("`", "alilolilo"), ("`", "ALILOLILO"), ("|", "alilolilo"), ("|", "ALILOLILO"), (":", "alilolilo"),
           (":", "ALILOLILO"), ("`", "yga sirta"), ("`", "YGA SIRTA"), ("|", "yga sirta"), ("|", "YGA SIRTA"),
           (":", "yga sirta"), (":", "YGA SIRTA"), ("`", "yga Sirta"), ("|", "yga Sirta"), (":", "yga Sirta"),
           # (stop 61: Somali's `erayga sirta` (`ereyga sirta`), Breton's `ger-tremen`, Samoan's `upu faalilolilo`, Malagasy's
           # `teny miafina`, from their second letters, whatever their case; Pashto's `پټنوم`: `erayga sirta: …`, `Ger-tremen
           # merour: …`, `| Upu faalilolilo |`, `پټنوم `…``)
           *((mark, word) for mark in (":", "|", "`") for word in (
               "rayga sirta", "RAYGA SIRTA", "rayga Sirta", "reyga sirta", "REYGA SIRTA", "reyga Sirta", "er-tremen",
               "ER-TREMEN", "er-Tremen", "er tremen", "ER TREMEN", "er Tremen", "pu faalilolilo", "PU FAALILOLILO",
               "pu Faalilolilo", "pu fa'alilolilo", "pu Fa'alilolilo", "ENY MIAFINA", "eny Miafina", "پټنوم")),
           # (stop 61: the same words in a sentence, a blank after them: `Ger-tremen merour Odoo a zo bremañ …`)
           *((word, " ") for word in ("rayga sirta", "reyga sirta", "er-tremen", "er tremen", "er-Tremen", "ER-TREMEN",
                                      "pu faalilolilo", "pu fa'alilolilo", "eny miafina", "پټنوم")),
           # (review stop 61: the sentence reader's Germanic words with no `ass` in them, no colon on the line: Dutch's
           # `Wachtwoord van de router is nu …`, Swedish's `Lösenordet till routern är nu …`, German's `Kennwort`, Danish's,
           # Finnish's, Afrikaans's; said_bare_localized reads them, and no trigger brought their lines to it)
           *((word, " ") for word in ("achtwoord", "ACHTWOORD", "ennwort", "ENNWORT", "senord", "SENORD", "dgangskode",
                                      "DGANGSKODE", "alasana", "ALASANA", "agwoord", "AGWOORD")),
           # (stop 61: Pashto's borrowing `پاسورډ`; Kinyarwanda's `ijambo ry'ibanga` by its last word, whatever its
           # apostrophe, and `ijambobanga`: `| پاسورډ |`, `Ijambo ry'ibanga rya admin: `…``)
           *((mark, word) for mark in ("`", "|", ":") for word in ("پاسورډ", "ibanga", "IBANGA")),
           # (stop 61, pages: Greenlandic's `isissutissaq`, Igbo's `okwuntughe`, West Frisian's `wachtwurd`, Guarani's
           # `ñe'ẽñemi`, Kurmanji's `şîfre`, read from their second letters, whatever the case of the first; Central
           # Kurdish's `وشەی نهێنی`, Tigrinya's `መሕለፊ ቃል`: `| Isissutissaq |`, `- Okwuntughe: `…``, `| Ñe'ẽñemi |`,
           # `ñe'ẽñemi temporal `…``, `- وشەی نهێنی: …`)
           *((mark, word) for mark in "`|:" for word in (
               "sissutiss", "SISSUTISS", "kwuntughe", "KWUNTUGHE", "achtwurd", "ACHTWURD", "ẽñemi", "ẼÑEMI", "îfre", "ÎFRE",
               "وشەی نهێنی", "وشەی تێپەڕ", "መሕለፊ ቃል")),
           # (stop 62: Tatar's `серсүз` and Kazakh's `құпия сөз` written apart, from their second letters, whatever the
           # case of the first: `- Серсүз: `…``, `| Құпия сөз |`, `- Уақытша құпия сөз: …`)
           *((mark, word) for mark in "`|:" for word in ("ерсүз", "ЕРСҮЗ", "ұпия сөз", "ҰПИЯ СӨЗ")),
           # (stop 63: Sindhi's `ڳجهو لفظ`, a secret word: `| ڳجهو لفظ | `…` |`, `ڳجهو لفظ: …`)
           *((mark, word) for mark in "`|:" for word in ("ڳجهو لفظ",)),
           # (review: Kinyarwanda's one word holds no `ibanga`, `Ijambobanga rya admin: …`)
           *((mark, word) for mark in ("`", "|", ":") for word in ("jambobanga", "JAMBOBANGA")),
           # (Hungarian's key, `kulcs`: `API kulcs: `…``, `| Titkos kulcs |`)
           ("`", "ulcs"), ("`", "ULCS"), ("|", "ulcs"), ("|", "ULCS"),
           # (Ukrainian's and Russian's `пароль` and Ukrainian's `гасло`, in their alphabet: `пароль `…``, `Пароль мерчанта:
           # `…``, `| Пароль |`)
           # (Tajik's `парол`, the word without its soft sign, is read from the same letters: `парол `…``)
           ("`", "арол"), ("`", "АРОЛ"), ("`", "асло"), ("`", "АСЛО"), ("|", "арол"), ("|", "АРОЛ"),
           ("|", "асло"), ("|", "АСЛО"),
           # (Bulgarian's `парола`, its definite `паролата`: `- парола: `…``, `Wi-Fi `…`, парола `…``, `| Парола |`)
           ("`", "арола"), ("`", "АРОЛА"), ("|", "арола"), ("|", "АРОЛА"),
           # (stop 60: Cyrillic's password words head first before their colon, from their second letter, whatever its
           # case: `пароль консоли: …`, `root пароли консол: …`, `Гасло адміна: …`)
           (":", "арол"), (":", "АРОЛ"), (":", "асло"), (":", "АСЛО"),
           # (Turkmen's key, `açar`, its possessive `açary`, from its second letter: a note's `API açary (täze): …`)
           (":", "çar"), (":", "ÇAR"),
           # (review: the key judgement's other key words in a note's label of several words before its colon, last or
           # first: `API anahtarı: …`, `API Schlüssel: …`, `API kulcs: …`, `API ключ: …`, `Clé API: …`, `Clave API: …`,
           # `Chave API: …`, `Chiave API: …`, `API sleutel: …`, `API avain: …`, `API lykill: …`, `API кілті: …`)
           (":", "ahtar"), (":", "AHTAR"), (":", "chlüssel"), (":", "CHLÜSSEL"), (":", "chluessel"), (":", "ulcs"),
           (":", "ULCS"), (":", "люч"), (":", "ЛЮЧ"), (":", "lé "), (":", "LÉ "), (":", "lave "), (":", "LAVE "),
           (":", "have "), (":", "HAVE "), (":", "hiave "), (":", "HIAVE "), (":", "leutel"), (":", "LEUTEL"),
           (":", "vain"), (":", "VAIN"), (":", "ykill"), (":", "YKILL"), (":", "ілт"), (":", "ІЛТ"), (":", "ljuč"),
           (":", "LJUČ"), (":", "aktas"), (":", "AKTAS"), (":", "tslēg"), (":", "TSLĒG"), (":", "õti"), (":", "ÕTI"),
           (":", "unci "), (":", "UNCI "), (":", "lau "), (":", "LAU "),
           # (stop 61: Guarani's `ñe'ẽñemi` from its last syllables, its glottal stop written or not, and Igbo's `okwu
           # ntughe` written apart: `- Ñe'ẽñemi: `…``, `| Ñe'ẽñemi |`, `okwu ntughe: …`)
           ("`", "ñemi"), ("`", "ÑEMI"), ("|", "ñemi"), ("|", "ÑEMI"), (":", "ñemi"), (":", "ÑEMI"), (":", "wu ntughe"),
           (":", "WU NTUGHE"),
           # (stop 61: Igbo's `okwuntughe` and West Frisian's `wachtwurd` head first before their colon, `okwuntughe root
           # ugbu a: …`, `wachtwurd router: …`; Frisian's column and span as Dutch's, `| Wachtwurd |`, `wachtwurd `…``)
           (":", "ntughe"), (":", "NTUGHE"), (":", "achtwurd"), (":", "ACHTWURD"), ("`", "achtwurd"), ("`", "ACHTWURD"),
           ("|", "achtwurd"), ("|", "ACHTWURD"),
           # (stop 66, pages: Igbo's borrowed `paswọọdụ`, its dotted `ọ` in either case, from its second letter: `Tinye
           # paswọọdụ MQTT: `…``, `| Paswọọdụ |`; spelled without its dots, `paswoodu`, among the folded words below)
           *((mark, word) for mark in "`|:" for word in ("aswọ", "ASWỌ")),
           # (Japanese's `パスワード`, `パスフレーズ`, `暗証番号`, in its script: `共通パスワード: `…``, `パスワードは `…``)
           ("`", "パスワード"), ("`", "パスフレーズ"), ("`", "暗証番号"),
           # (Danish's and Norwegian's login pair, its password called `kode`: `bruger `admin`, kode `…``)
           ("`", "ruger"), ("`", "RUGER"), ("`", "ruker"), ("`", "RUKER"), ("|", "パスワード"), ("|", "パスフレーズ"),
           ("|", "暗証番号")),
    # (a note's Wi-Fi network's line, its key's below it: `Wi-Fi équipe : …` then `Clé : …`)
    folded=("aes", "security", "isa", "system", "authori", "pwd", "password", "ssid", "wi-fi", "wifi", "wlan",
            # (stop 61: Malagasy's, Samoan's, Somali's password words in any case, a sentence's too: `Ny tenimiafina dia
            # **…**`, `Erayga sirta waa` with its value wrapped onto the next line)
            "tenimiafin", "teny miafina", "alilolilo", "yga sirta",
            # (stop 61: a note's sentence in West Frisian, Dutch or Igbo, `it wachtwurd is …`: note_said_with_copula)
            "wachtwurd", "wachtwoord", "ntughe",
            # (stop 66, notes: Igbo's borrowed `paswọọdụ`, its dotted vowels past its fourth letter: `Paswọọdụ router
            # admin bụ …`: said_bare_localized)
            "pasw",
            # (stop 66, pages: Igbo's borrowed `paswọọdụ` (`paswọdụ`, `paswoodu`) before what it is for and its span:
            # `Tinye paswọọdụ MQTT: `…``)
            "paswood", "paswodu",
            # (review: Kinyarwanda's, in a sentence giving its value in bold: `Ijambo ry'ibanga rya admin ni **…**`)
            "ibanga", "jambobanga",
            # (stop 62: Wolof's `baat bu kumpa`, Quechua's `pakasqa simi`, Northern Sami's `beassansátni`, Corsican's
            # `parolla` in any case: `| Baat bu kumpa |`, `pakasqa siminqa **…**`, `| Beassansátni (password) |`, `A
            # parolla d'ordine hè `…``; Māori's `kupuhipa`, a sentence's too: `ko te kupuhipa hou … ko `…``)
            "kumpa", "pakasqa", "beassans", "parolla", "kupuhipa", "pakasqa simi",
            # (stop 63: Fijian's `vosa vuni` in a sentence, `Na vosa vuni e …`; Occitan's `senhal`, `| Senhal |`)
            "vosa vuni", "senhal",
            # (stop 63, pages: Afaan Oromoo's `jecha darbii`, a column's or a sentence's: `| Jecha darbii |`, `jecha darbii
            # **…** qaba`)
            "jecha darbii",
            # (stop 64: Chichewa's `mawu achinsinsi` in any case, a runbook's or a note's: `Mawu achinsinsi a `pi`: **…**`)
            "achinsinsi",
            # (stop 64, md: Romansh's `pled-clav`, a key word, its plural `pleds-clav`, in any case: a runbook's `Pled-clav:
            # `…``, a wiki's `| pled-clav |`, a handover's `Il pled-clav da l'admin es …`)
            "pled-clav", "pleds-clav",
            # (review 68: Slovene's `geslo`, Croatian's and Bosnian's `lozinka`, a sentence's with `je`; stop 68, notes:
            # Hmong's `lus zais`, Indonesian's and Javanese's `sandi`, Yiddish's `parol` in YIVO's spelling, a sentence's with
            # its copula or a label's: `Lozinka je …`, `Lo lus zais … yog …`, `sandine … yaiku …`, `dos parol far …: …`)
            "geslo", "lozinka", "lus zais", "lus\tzais", "sandi", "parol"),
    # (a note named for the passwords it keeps, `office-passwords.txt`: each line a login's, no word of it needed)
    names=lambda lowered_name: lowered_name.endswith(_EDN_SUFFIXES + ("rclone.conf", "servlist.conf", "servlist_.conf"))
    or _is_rclone_config(lowered_name)
    or is_credentials_note(lowered_name)
    or _is_role_list(lowered_name)
    or lowered_name.endswith(_SAVED_MAIL_SUFFIXES))  # (stop 61: a saved e-mail's body, a note's prose)


def _is_role_list(lowered_name: str) -> bool:
    """The file is a credential list by its role (`_ROLE_LISTS`), by its (lowered) name."""
    return any(word in lowered_name for word in _ROLE_LIST_WORDS) and _ROLE_LIST_NAME.search(lowered_name) is not None


# A configuration's or a script's comment telling who signs in with what, the login's pair written plain after `as`
# (smb.conf's `# Copiers in exam rooms 1-4 log in as scanuser / …`, `; the kiosks sign in as kiosk / …`, `// logs on as
# svc-backup / …`): the account the file's service is used with, its password beside it. Plain words split by `/` are
# as often a choice (`log in as admin / operator`): the second is a password only where a person chose it or a
# generator drew it (_config_forms.persons_password, looks_like_a_password), no stock example's word.
_COMMENTED_SIGN_IN = lazy_regex(
    r"""^[ \t]*(?:#|;|//|--|/?\*|(?i:rem)[ \t])[^\n]{0,160}?(?i:\blog(?:s|ged)?[ \t-]?(?:in|on)|\bsign(?:s|ed)?[ \t-]?in"""
    r"""|\blog(?:in|on))[ \t]+(?i:as)[ \t]+(?P<uq>["'`]?)(?P<user>[\w.@\\-]{1,64})(?P=uq)"""
    # (each quoted too: `# log in as 'scanuser' / '…'`)
    r"""[ \t]*/[ \t]*(?P<vq>["'`]?)(?P<value>[^\s/]{1,128}?)(?P=vq)[.,;)]?(?=\s|$)""")


def _commented_sign_in_pair(text: str) -> Iterator[Found]:
    """The password of a comment's sign-in pair (see _COMMENTED_SIGN_IN), where it looks chosen or drawn."""
    from secretfence.kinds._helpers import looks_like_a_password, spells_an_example_password

    found = _COMMENTED_SIGN_IN.match(text)
    if found is None:
        return
    value = found.group("value")
    if (persons_password(value) or looks_like_a_password(value)) and not spells_an_example_password(value):
        yield 0, f"password of {found.group('user')} in a comment's sign-in", "password", value


# (stop 68, notes) A meeting's transcript or captions saved as WebVTT or SubRip (`transkrip-rapat-zoom.vtt`, Zoom's and
# Teams' recordings' `.vtt`, a `.srt`): each cue's text is what a person said, its speaker before it (`Dimas: …`, WebVTT's
# voice tag `<v Dimas>…`), the team's own talk on its own systems, read with a note's sentence readers (`the client secret
# is …`, `password yog …`, `Client secret-e …`, `user ops, pass …`); its cue timings and numbers are no value.
_TRANSCRIPT_SUFFIXES = (".vtt", ".srt")
# (review 69: only a cue its speaker opens is read: a film's or a course video's subtitles (`intro.srt`, `film.vtt`) carry
# what actors and narrators say, no speaker's name before it, and `The password is Moneypenny007` blocked there. A
# speaker is WebVTT's voice tag, or a name before a colon, its words capitalized (or of a script with no case) or numbers,
# a few particles between them (`Dimas:`, `Ana de la Cruz:`, `Speaker 2:`): `The default password is: …` is no speaker.)
_TRANSCRIPT_SPEAKER = lazy_regex(r"""^[ \t]*(?:<v(?:\.[^\s>]{1,32})?[ \t]+[^>\n]{1,48}>|(?:-[ \t]*)?(?P<name>[^\W\d_][^:\n<>]{0,47}):[ \t]+)""")
_SPEAKER_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
                                "den", "ten", "ter", "bin", "binti", "bint", "al", "el", "y", "e"})
_SPEAKER_WORDS = 4


def _names_a_speaker(name: str) -> bool:
    """A cue's speaker (see _TRANSCRIPT_SPEAKER): a few words, each capitalized, uncased, a number or a particle."""
    words = name.split()
    return 1 <= len(words) <= _SPEAKER_WORDS and all(
        word.isdigit() or word in _SPEAKER_PARTICLES or not word[:1].islower() for word in words) and not (
        words[0] in _SPEAKER_PARTICLES)


def transcript_line_secrets(line: str) -> Iterator[Found]:
    """A transcript cue's sentence giving a credential bare after its word (see _TRANSCRIPT_SUFFIXES), after its speaker."""
    speaker = _TRANSCRIPT_SPEAKER.match(line)
    if speaker is None or (speaker.group("name") is not None and not _names_a_speaker(speaker.group("name"))):
        return  # (a film's or a course's subtitle, no one named saying it)
    text = line[speaker.end():].replace("</v>", "")
    if "-->" in text:
        return  # (a cue's timing line)
    yield from said_bare_password(text)
    yield from note_said_with_copula(text)
    yield from said_secret_bare(text)
    yield from said_bare_localized(text)
    yield from spoken_user_pass_pair(text)


def config_form_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value) of each secret the line's
    configuration forms hold (see the module's doc); documentation holds none (a credential list by its
    role, EZproxy's `user.txt`, is none)."""
    role_list = _is_role_list(lowered_name)
    line = lines[index] if index < len(lines) else ""
    if lowered_name.endswith(_TRANSCRIPT_SUFFIXES) and " " in line:
        yield from transcript_line_secrets(line[:_SPAN_LINE_READ])  # (stop 68: a meeting's `Dimas: Client secret-e …`)
        return
    if lowered_name.endswith(DOCUMENT_SUFFIXES):
        if role_list:
            yield from _role_list_secrets(lines, index, line, lowered_name)
        if line.lstrip().startswith("|") and lowered_name.endswith((".md", ".mdx", ".markdown")) and is_no_document(lowered_name):
            yield from _key_value_table_row(lines, index, line)  # (a runbook's, an operator's notes' settings table)
            yield from _labelled_cells(line[:_SPAN_LINE_READ])  # (a cell's `password: …`)
            if "`" in line:
                yield from _spoken_spans(line[:_SPAN_LINE_READ])  # (a cell's `pw `…``)
        elif "`" in line and is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from _labelled_code_spans(line, True)  # (a runbook's, an operator's notes' `- API key: `…``, `password `…``)
            if ":" in line:
                yield from key_label_then_words(line[:_SPAN_LINE_READ])  # (stop 66: `- Token API per `cnc-upload`: **…**`)
            yield from continued_sign_in(lines, index)  # (`log in to the portal at …` and below it `as `ops` / `…``)
            yield from pair_below_account_lead_in(lines, index)  # (`- NAS admin login:` and below it `  `ops` / `…``)
            yield from pair_carried_below_login_said(lines, index)  # (stop 64: `… login is` and below it `` `ops` / `…` ``)
            if "**" in line and "/" in line:
                yield from _bold_login_pair(line[:_SPAN_LINE_READ])  # (stop 68, pages: `… `/admin/` - login **ops / …**`)
        elif "**" in line and is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from _bold_login_pair(line[:_SPAN_LINE_READ])  # (a runbook's `Sign in as **ops** / **…**`)
        if ("ass" in line or "pw" in line or "PW" in line or "ASS" in line) and is_no_document(lowered_name) \
                and not is_log_text(lowered_name):
            # (a runbook's, an operator's notes' sentence: `the admin password after restore is …`, ``ssh deploy@…`,
            # password is …`)
            yield from said_bare_password(line[:_SPAN_LINE_READ])
        if is_no_document(lowered_name) and not is_log_text(lowered_name):
            # (stop 61: a runbook's, an operator's notes' sentence giving the password in bold after its word, in any
            # language read: `its password is **…**`, `o lona upu fa'alilolilo o le **…**`; or wrapped before the value)
            if "**" in line:
                yield from _said_bold(line[:_SPAN_LINE_READ])
            yield from said_bold_over_two_lines(lines, index)
            yield from said_bare_over_two_lines(lines, index)  # (stop 69: `…, le mot de passe` then `  c'est … (…)`)
            yield from bold_after_a_password_label(lines, index)  # (stop 67: `Temporary password for …: **…** (…)`)
            yield from said_with_password(lines, index)  # (stop 64: `… við loyniorðinum …og endurbyrjaði`)
            # (stop 67, pages: a label ending its line and its value's span opening the line below, `App password (created
            # 14.10):` then `` `…` ``, read on a documentation page only before)
            yield from password_span_below(lines, index, own_record=True)
            if line.rstrip().endswith(":"):
                yield from password_block_below(lines, index, own_record=True)  # (`PSK (…):` then `    …`)
            yield from pair_below_its_label(lines, index)  # (stop 67: `…, общий пароль` then `  ops / …`)
        if "`" not in line and (":" in line or "=" in line) and is_no_document(lowered_name) and not is_log_text(lowered_name):
            if ":" in line:
                yield from _listed_wifi_key(line[:_SPAN_LINE_READ])  # (`- WPA2 key: …`, `- Staff (WPA2): …`)
                head_first = list(head_first_labelled_value(line[:_SPAN_LINE_READ]))  # (`password SIP: …`, `Mot de passe : …`)
                yield from head_first
                if not head_first:  # (stop 63: `Papy abongoli mot de passe ya admin ya ledger: … (…)`)
                    head_first = list(head_first_labelled_in_a_sentence(line[:_SPAN_LINE_READ]))
                    yield from head_first
                if not head_first:  # (stop 70: `- Odoo : compte secretariat@…, mot de passe : …`)
                    yield from head_first_labelled_in_a_clause(line[:_SPAN_LINE_READ])
                yield from phrase_last_labelled_value(line[:_SPAN_LINE_READ])  # (stop 62: `Router admin pakasqa simi: …`)
                if ")" in line:
                    yield from glossed_password_label(line[:_SPAN_LINE_READ])  # (stop 64: `ger-tremena (password): …`)
                yield from network_key_beside_its_ssid(lines, index)  # (`Wi-Fi équipe : …` then `Clé : …`)
            # (`- DB password (prod): …`, `app password:  xxxx xxxx xxxx xxxx`)
            yield from bare_value_past_the_keyword_rules(line[:_SPAN_LINE_READ])
            if ":" in line:
                yield from key_label_then_words(line[:_SPAN_LINE_READ])  # (stop 64: `API key gye tukozesa: …`)
            if ":" in line and is_credentials_note(lowered_name):
                yield from credentials_note_value(line[:_SPAN_LINE_READ])  # (`NAS (192.168.1.10) admin : …`)
        if not line.isascii() and is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from said_bare_in_script(line[:_SPAN_LINE_READ])  # (`…, পাসওয়ার্ড … (…)`)
        if is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from said_bare_localized(line[:_SPAN_LINE_READ])  # (stop 61: `Ger-tremen merour Odoo a zo bremañ …`)
            yield from said_right_after_romance_word(line[:_SPAN_LINE_READ])  # (stop 65: `… y la contraseña … (…)`)
        if " " in line and is_no_document(lowered_name) and not is_log_text(lowered_name) \
                and not lowered_name.endswith((".md", ".mdx", ".markdown", ".rst")):
            # (stop 61: a note's `it wachtwurd is …`, `password bụ …`, `…, the new one is …`)
            yield from note_said_with_copula(line[:_SPAN_LINE_READ])
            yield from spoken_user_pass_pair(line[:_SPAN_LINE_READ])  # (stop 63: a chat's `user packfloor, pass …`)
            if "/" in line:
                yield from login_said_pair(line[:_SPAN_LINE_READ])  # (stop 63: `the portal login is ops / …`)
            if "ecret" in line or "ECRET" in line:
                yield from said_secret_bare(line[:_SPAN_LINE_READ])  # (stop 63: `la secreta es …`, `the secret is …`)
        if ": " in line and is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from chat_message_credential(lines, index)  # (`[12/04/24, 06:15] Habib: …` below `new secret …`)
        if line.startswith("**") and "`" in line and is_no_document(lowered_name) and not is_log_text(lowered_name):
            yield from markdown_chat_token(lines, index)  # (stop 66: `**Joe:** this one `…`` below `**Marie:** which token?`)
        if line.rstrip().endswith(":") and is_no_document(lowered_name) and not is_log_text(lowered_name):
            # (stop 60: an operator's note's key below its lead-in, as documentation's is read: `live key (from the
            # dashboard):` then `  …`; the value is judged as documentation's, drawn or chosen with care)
            from secretfence.kinds._helpers import documented_password_blocks

            for offset, what, key, value in key_below_lead_in(lines, index):
                if documented_password_blocks(value):
                    yield offset, what, key, value
        return
    if lowered_name.endswith(_SAVED_MAIL_SUFFIXES):
        # (stop 61: an e-mail saved as it was sent, `notes/mail-from-….eml`: its body is a note's prose, read with a
        # note's sentence and label readers, as an operator's `.txt` note is: `د SMS پینل نوی پټنوم دا دی: …`)
        text = line[:_SPAN_LINE_READ]
        if not line.isascii():
            yield from said_bare_in_script(text)
        if "ass" in line or "pw" in line or "PW" in line or "ASS" in line:
            yield from said_bare_password(text)
        yield from said_bare_localized(text)
        yield from said_right_after_romance_word(text)
        if ":" in line:
            head_first = list(head_first_labelled_value(text))
            yield from head_first
            if not head_first:  # (stop 63: a mail's sentence ending in the label, `… a changé le mot de passe admin : …`)
                head_first = list(head_first_labelled_in_a_sentence(text))
                yield from head_first
            if not head_first:  # (stop 70: a mail's `Odoo : compte …, mot de passe : …`)
                yield from head_first_labelled_in_a_clause(text)
            if "`" not in line:
                # (stop 68, pages: a mail's settings listed as a note lists them, the value past the keyword rules: a Google
                # app password's four groups, `  app password:  xxxx xxxx xxxx xxxx`, which they cut at its first blank; a
                # label's note in brackets, `SMTP password (orders@):  …`; a key named in words apart, `API key: …`)
                yield from bare_value_past_the_keyword_rules(text)
    if ":" in line and "`" not in line and lowered_name.endswith(".org") and is_no_document(lowered_name):
        # (an operator's notes kept as an Emacs org-mode outline, `notes/servers.org`: its list items' head-first labels,
        # as a notes `.txt` is read, `   - root пароли консол: …`)
        yield from head_first_labelled_value(line[:_SPAN_LINE_READ])
        # (review: and its items' keys named in words apart, `- API key: …`, `   - API açary: …`, as a notes `.txt`'s)
        yield from bare_value_past_the_keyword_rules(_ORG_HEADING_STARS.sub("", line[:_SPAN_LINE_READ], count=1))
    if ":" in line and lowered_name.endswith((".yaml", ".yml")):
        yield from _yaml_wifi_key(line[:_SPAN_LINE_READ])  # (a site's inventory: `- WPA2 key: …`, `wifi key: "…"`)
    if ":" in line and any(word in line for word in _NOTE_FIELD_WORDS):
        yield from _note_field_labels(line[:_SPAN_LINE_READ])  # (pgAdmin's `"Comment": "contraseña de postgres: …"`)
    if ("in as " in line or "on as " in line) and "/" in line:
        yield from _commented_sign_in_pair(line[:_SPAN_LINE_READ])  # (`# Copiers log in as scanuser / …`)
    if ")" in line and ":" in line and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _noted_commented_password(line[:_SPAN_LINE_READ])  # (stop 66: `# contraseña (mientras …): …`)
    if "arameter" in line:
        yield from _parameter_overrides(line)
    if line.rstrip().endswith((":", "{")) and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _parameter_default(lines, index, line)
    if "NoEcho" in line and _NO_ECHO.match(line.rstrip("\r")):
        yield from _declared_secret(lines, index, "Default", "the NoEcho parameter")
    if "ecure" in line:
        declared = _SECURE_STRING.match(line)
        if declared is not None and declared.group("key") in ("type", "Type") and declared.group("type").lower() == "securestring":
            # an ARM template's parameter (`defaultValue`) or an SSM parameter's (Pulumi's, the CLI's JSON: `value`)
            yield from _declared_secret(lines, index, ("defaultValue", "value", "Value"), "the SecureString parameter")
        elif declared is not None and declared.group("key") in ("type", "Type"):
            yield from _declared_secret(lines, index, "defaultValue", "the secure parameter")
        elif declared is not None and declared.group("type").lower() == "securestring":
            yield from _declared_secret(lines, index, "value", "the SecureString parameter")  # (Ansible's ssm_parameter)
    if "resource" in line and '"' in line:
        yield from _secret_store_resource(lines, index, line)
    if "SECRET" in line and _DO_SECRET.match(line):
        yield from _declared_secret(lines, index, "value", "the app spec's SECRET env item")
    if "@secure()" in line:
        yield from _bicep_secure_param(lines, index)
    if "</name>" in line and "<value>" in line:
        for count, found in enumerate(_ONE_LINE_PROPERTY.finditer(line)):
            if count >= _PROPERTIES_A_LINE:
                break
            yield 0, f"literal value of the XML property {found.group('key')}", found.group("key"), xml_unescaped(found.group("value").strip())
    if "</" in line and ("><" in line or "> <" in line or '"<' in line or "'<" in line):
        yield from _inline_elements(line)
    if '"value"' in line:
        found = _VALUE_OBJECT.match(line)
        if found is not None:
            yield 0, f"literal value of the parameter {found.group('key')}", found.group("key"), _unescaped(found.group("value"))
    if "<add" in line:
        yield from _add_settings(lines, index, line)
    if lowered_name.endswith(_EDN_SUFFIXES) and ":" in line:
        for found in _EDN_STRING.finditer(line):
            yield 0, f"literal :{found.group('key')} of a Clojure map", found.group("key"), _unescaped(found.group("value"))
    if "key" in line and _is_rclone_config(lowered_name):
        found = _RCLONE_KEY.match(line)
        if found is not None and _rclone_keyed_section(lines, index):
            yield 0, "rclone's account key (key =)", "secret_key", found.group("dq") or found.group("bare") or ""
    if lowered_name.endswith("fetchmailrc") and "pass" in line:
        for found in _FETCHMAIL_PASSWORD.finditer(line):
            yield 0, "fetchmail's password", "password", found.group("dq") or found.group("sq") or found.group("bare") or ""
    if lowered_name.endswith(("servlist.conf", "servlist_.conf")) and line[1:2] == "=":
        found = _HEXCHAT_PASSWORD.match(line.rstrip("\r\n"))
        if found is not None:
            yield 0, f"HexChat's {_HEXCHAT_FIELDS[found.group('field')]} ({found.group('field')}=)", "password", found.group("value")
    if '"Key"' in line or '"SecretKey"' in line or '"SigningKey"' in line:
        yield from _jwt_settings_key(lines, index, line)
    if ("=" in line or ":" in line) and ("ass" in line or "ASS" in line or ".raw" in line or "secret_" in line):
        yield from _renamed_settings(line)  # (a passphrase's, a glued pass's, a raw secret's key; Notion's head)
    if "psw" in line or "PSW" in line or "Psw" in line:
        yield from _login_paired_psw(lines, index, line)
    if "key" in line and lowered_name.endswith((".yaml", ".yml")):
        yield from _keyed_service(lines, index, line)
    elif ("key" in line or "Key" in line) and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _keyed_section(lines, index, line.rstrip("\r"))
    if "PAT" in line or "Pat" in line or "_pat" in line or "-pat" in line or ".pat" in line:
        yield from _personal_access_tokens(line, lowered_name.endswith(CODE_SUFFIXES))
    if ("key" in line or "Key" in line or "KEY" in line) and lowered_name.endswith(CODE_SUFFIXES):
        yield from _gateway_key_beside_its_account(lines, index, line)
    if "salt" in line or "SALT" in line or "Salt" in line:
        yield from _merchant_salt(lines, index, line, lowered_name.endswith(CODE_SUFFIXES))
    if role_list:
        yield from _role_list_secrets(lines, index, line, lowered_name)
    elif "LoginModule" in line and "user_" in line:
        yield from _jaas_users(line)  # (a JAAS entry on one line: `sasl.jaas.config=… PlainLoginModule required … user_x="…";`)
    if "_PASSWORDS" in line and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _password_lists(line)  # (an environment's name; code's `safe_user_passwords: Collection[str]` is a type)
    if "rlang" in line or "RLANG" in line:
        found = _ERLANG_COOKIE.search(line)
        if found is not None:
            yield 0, f"RabbitMQ's Erlang cookie ({found.group('key')})", "secret", _quoted_or_bare(found)
    if "xpack." in line:
        found = _KIBANA_KEY.match(line)
        if found is not None:
            yield 0, f"Kibana's encryption key ({found.group('key')})", "encryption_key", _quoted_or_bare(found)
    if "key" in line and lowered_name.endswith((".yaml", ".yml", ".toml")):
        yield from _algolia_key(lines, index, line)
    if "-D" in line:
        yield from _macro_definitions(line)
    if ";pswd=" in line:
        found = _BITBAKE_PSWD.search(line)
        if found is not None:
            user = _BITBAKE_USER.search(line)
            who = f" of user {user.group('user')}" if user is not None else ""
            yield 0, f"BitBake fetcher's password{who} (;pswd= in a URL's parameters)", "password", found.group("value")
    if "<arg" in line:
        yield from _launch_arg_default(line)
    if ("key" in line or "localKey" in line) and lowered_name.endswith(".json"):
        yield from _tuya_local_key(lines, index, line)
    if "<keyMaterial>" in line:
        yield from _wlan_key_material(lines, index, line)
    if "</field>" in line:
        yield from _metadata_field_value(lines, index, line)
    if ("key" in line or ".header" in line) and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _header_pair_value(lines, index, line, lowered_name.endswith((".yaml", ".yml")))
    if ("aes" in line or "AES" in line or "Aes" in line) and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _symmetric_key_beside_algorithm(lines, index, line)
    if '"RegisteredUsers"' in line or '"OrthancPeers"' in line or "ORTHANC__" in line:
        yield from _orthanc_accounts(lines, index, line, lowered_name)
    if "<string>" in line and "</string>" in line:
        yield from _map_entry_value(lines, index, line)
    lowered = line.lower()
    if ("security" in lowered or "isa" in lowered or "system" in lowered or "authori" in lowered) and any(
            hint in lowered.replace("_", "").replace("-", "").replace(".", "") for hint in _VENDOR_HINTS_JOINED):
        # (the hint's words joined, found with `in` first: the case-blind search over botocore's long
        # documentation lines, which say "system" and "authorization" often, cost 0.13 s of a wheel)
        yield from _vendor_named_secrets(lines, index, line, lowered_name)
    if ("pwd" in lowered or "password" in lowered) and "=" in line:
        yield from _odbc_passwords(lines, index, line, lowered_name.endswith(CODE_SUFFIXES))
    if ("SET" in line or "set" in line or "Set" in line) and "'" in line and "=" in line:
        yield from _updated_settings(lines, index)
    if "@" in line and not lowered_name.endswith(CODE_SUFFIXES):
        yield from _schemeless_login(line)
    if "egistration" in line or "EGISTRATION" in line:
        yield from _registration_codes(line)
    if "=#" in line or "= #" in line:
        yield from _inventory_vars_value(lines, index, line)
    if "content" in line:
        yield from managed_key_files(lines, index)  # (a key file's content written by Ansible, Salt, Puppet, Chef)
    if line.rstrip().endswith((":", "*/")):
        yield from quoted_credential_files(lines, index)  # (a credentials file's lines quoted in a comment below)
    if "key" in line and "\\n" in line:
        yield from written_keyed_files(lines, index)  # (a `.cdsapirc`'s lines in a literal, written by code)


# A Markdown table of settings, a name and its value a row (`| Setting | Value |`, then `| Password | `…` |`), in
# a runbook or an operator's notes (documentation's tables are examples: not read): the row's first cell names
# the credential (markup and blanks aside: `**DB password**`), the next holds it (its code span's text), where the
# header's second column names values (see _VALUE_COLUMNS).
_TABLE_CELLS_READ = 8
_TABLE_LINE_READ = 1024
_TABLE_HEADER_READ = 64  # rows looked up for the table's header
# (a name's letters any alphabet's: Turkish's `Şifre`, Greek's `Κωδικός` open with none of ASCII's)
# (stop 65: with their marks, which are no word characters: combining accents, the vowel signs and viramas of India's and
# Sri Lanka's scripts (credential_keys' _UNICODE_RUN) and the joiners between them: `| पासवर्ड |`, `| கடவுச்சொல் |`,
# `| මුරපදය |`)
_TABLE_NAME = lazy_regex(r"""^[^\W\d_](?:[\w .'/()\u0300-\u036f\u0900-\u0dff\u200c\u200d-]){0,62}(?:[^\W_]|[\u0900-\u0dff]|\))$|^[^\W\d_]$""")
_TABLE_VALUE = lazy_regex(
    r"""^(?:``?(?P<ticked>[^`]{1,256})``?|\*\*(?P<bold>[^\s*|][^*|]{0,254}[^\s*|])\*\*|(?P<bare>[^\s`*_|][^\s`|]{0,255}))$""")
# (the words CONFIG_FORM_TRIGGERS admit a row by: English's, German's, Spanish's and Portuguese's, Dutch's and
# Polish's words for a password, a secret, a token or a key)
# (stop 66: and the password's abbreviations, `| Admin pw |`, `|Root pwd|`: the row's key judgement reads them as a password's)
_TABLE_CREDENTIAL_WORDS = ("pass", "pw", "secret", "token", "key", "kennwort", "contrase", "clave", "senha", "wachtwoord", "hasło",
                           "hesło", "gronidło", "gronidlo",  # (stop 67: Upper and Lower Sorbian's)
                           "clau",  # (Catalan's key: `Clau SHA-256`, `Clau API`)
                           # (stop 66: Portuguese's, Italian's, Corsican's key and Latin America's, a login's password where
                           # a user's row stands beside it: PAIRED_KEY_WORDS)
                           "chave", "chiave", "chjave", "llave",
                           "haslo", "heslo", "senord", "passord", "adgangskode",
                           "contrasinal",  # (Galician's; Uzbek's `parol` is read with Romanian's)
                           "parol", "ifre", "ifrə",  # (Romanian's `parolă`, Turkish's `şifre`, Azerbaijani's `şifrə`)
                           # (Estonian's `parool` (Latvian's `parole` is Romanian's `parol`), Lithuanian's `slaptažodis`,
                           # Hebrew's `סיסמה`)
                           "parool", "slapta", "סיסמ",
                           # (Icelandic's `lykilorð`, Serbian's Cyrillic `лозинка`, Georgian's `პაროლი`, Persian's `رمز`,
                           # `گذرواژه`)
                           "lykilor", "лозинк", "პაროლ", "رمز", "گذرواژه",
                           "پارول",  # (stop 67, pages: Uyghur's, Russian's word in its Arabic script)
                           # (Swahili's `nenosiri`, Basque's `pasahitza`, Mongolian's `нууц үг`, Armenian's `գաղտնաբառ`,
                           # Bengali's `পাসওয়ার্ড`)
                           "nenosiri", "pasahitz", "нууц үг", "գաղտնաբառ", "পাসও",
                           # (Albanian's `fjalëkalim`, Kyrgyz's `сырсөз`, Nepali's `पासवर्ड`, Tamil's `கடவுச்சொல்`, Afrikaans's
                           # `wagwoord`)
                           "fjalëkalim", "fjalekalim", "сырсөз", "पासवर्ड", "கடவுச்சொல்", "wagwoord", "wachtwurd",
                           *INDIC_PASSWORD_SPELLINGS,  # (stop 65: India's other scripts' borrowed word, _helpers')
                           "серсүз", "құпия сөз", "kupuhipa", "baat bu kumpa",  # (stop 62: Tatar's, Kazakh's, Maori's, Wolof's)
                           "passwuert",  # (Luxembourgish's)
                           "wachtwurd",  # (stop 61: West Frisian's)
                           "lozinka", "geslo",  # (Serbian's Latin `Lozinka`, Slovene's `Geslo`: a row's under `| Vrednost |`)
                           "sfhoca", "ពាក្យសម្ងាត់", "මුරපද",  # (Irish's `pasfhocal`, Khmer's, Sinhala's)
                           # (Scottish Gaelic's `facal-faire`, Hausa's `kalmar sirri` / `kalmar wucewa`, Amharic's `የይለፍ ቃል`)
                           "acal-faire", "acal faire", "kalmar sirri", "kalmar wucewa", "kalmomin sirri", "ይለፍ ቃል",
                           # (stop 61: Malagasy's `tenimiafina`, Samoan's `upu fa'alilolilo`, Somali's `erayga sirta`)
                           "tenimiafin", "teny miafina", "alilolilo", "yga sirta",
                           # (stop 61, pages: Greenlandic's `isissutissaq`, Igbo's `okwuntughe`, Guarani's `ñe'ẽñemi`,
                           # Kurmanji's `şîfre`, Central Kurdish's `وشەی نهێنی`, Tigrinya's `መሕለፊ ቃል`; West Frisian's
                           # `wachtwurd` above)
                           "isissutiss", "okwuntughe", "ẽñemi", "îfre", "وشەی نهێنی", "وشەی تێپەڕ", "መሕለፊ ቃል",
                           "κωδικ", "συνθηματικ",  # (Greek's `κωδικός`, `συνθηματικό`: lower-cased first)
                           "jelsz",  # (Hungarian's `jelszó`, its possessive `jelszava`)
                           "пароль", "гасло",  # (Ukrainian's and Russian's `Пароль`, Ukrainian's `Гасло`)
                           "парол",  # (Tajik's `парол`, Russian's word without its soft sign)
                           "парола",  # (Bulgarian's `Парола`)
                           "パスワード", "パスフレーズ", "暗証番号",  # (Japanese's, compounds too: `管理者パスワード`)
                           "トークン", "キー",  # (Japanese's token and key: `API トークン (閲覧のみ)`, `API キー`)
                           # (stop 61: Pashto's `پټنوم`, `پاسورډ`; Breton's `ger-tremen`; Kinyarwanda's `ijambo ry'ibanga`,
                           # `ijambobanga`; Somali's `erayga sirta`)
                           "پټنوم", "پاسورډ", "tremen", "ibanga", "yga sirta",
                           # (stop 62: Tatar's `серсүз`, Kazakh's `құпия сөз` apart, Wolof's `baat bu kumpa`, Quechua's
                           # `pakasqa simi`, Northern Sami's `beassansátni`, Corsican's `parolla d'ordine`)
                           "серсүз", "құпия сөз", "bu kumpa", "pakasqa simi", "beassans", "parolla",
                           "ڳجهو لفظ",  # (stop 63: Sindhi's, a secret word)
                           "awu achinsinsi",  # (stop 64: Chichewa's `mawu achinsinsi`, secret words)
                           "psk",  # (stop 64: a tunnel's or a Wi-Fi network's pre-shared key, `| IPsec PSK | … |`)
                           "рамз")  # (stop 65: Tajik's `рамз`, Persian's `رمز` in Cyrillic: `| Рамз | `…` |`)
# (a header's second column that names the values below it: none, `Value`, the credential's, an environment's, German's
# `Wert`, Dutch's `Waarde`, Polish's `Wartość`, Spanish's and Portuguese's `Valor`, French's `Valeur`, Italian's `Valore`; `Default`,
# `Description`, `Type`,
# `Vault path`… describe the setting instead)
# (stop 66) A row's name holding password's abbreviation as a word (`Admin pw`, `Root PWD`): judged as the word written out
# (`Admin password`), so that what the key judgement says of a password's policy, hint or length row it says of `PW policy`.
_PASSWORD_ABBREVIATION = lazy_regex(r"""(?i)(?<![^\W_])pwd?(?![^\W_])""")


def _row_key(label: str) -> str:
    """The key a settings table row's label is judged under: its words joined, password's abbreviation written out."""
    if "w" in label or "W" in label:
        label = _PASSWORD_ABBREVIATION.sub("password", label)
    return "_".join(label.split())


_VALUE_COLUMNS = frozenset({"", "value", "values", "val", "setting value", "current value", "secret", "password", "credential",
                            "credentials", "login", "prod", "production", "live", "staging", "stage", "uat", "test", "qa",
                            "dev", "development", "wert", "werte", "aktueller wert", "passwort", "kennwort", "zugangsdaten",
                            "valor", "valores", "valor actual", "valor atual", "valeur", "valeurs", "valore", "valori",
                            "contraseña", "contrasena", "senha", "mot de passe", "credenciales", "credenciais",
                            "contrasinal", "parol",  # (Galician's, Uzbek's)
                            "contrasenya", "credencials",  # (Catalan's)
                            # (stop 66: the datum's and the detail's words, what a page's table of facts heads its values
                            # with: Spanish's `| Qué | Dato |`, Portuguese's `Dado`, Italian's `Dato`, Catalan's `Dada`,
                            # French's `Donnée`, and English's `Detail`, `Data`)
                            "dato", "datos", "dado", "dados", "dati", "dada", "dades", "donnée", "données", "donnee",
                            "donnees", "detalle", "detalles", "detalhe", "detalhes", "dettaglio", "dettagli", "détail",
                            "détails", "detail", "details", "data",
                            "credencial", "credenziale",  # (stop 66: the singular, Spanish's, Portuguese's, Italian's)
                            "identifiants", "credenziali", "waarde", "waarden", "huidige waarde", "wachtwoord",
                            "wäert", "waert", "passwuert",  # (Luxembourgish's `Wäert`, `Passwuert`)
                            "wearde", "wachtwurd",  # (stop 61: West Frisian's `Wearde`, `Wachtwurd`)
                            "inloggegevens", "wartość", "wartosc", "wartości", "hasło", "haslo", "dane logowania",
                            # (Czech's and Slovak's `Hodnota`, `Heslo`; Swedish's `Värde`, `Lösenord`; Norwegian's
                            # `Verdi`, `Passord`; Danish's `Værdi`, `Adgangskode`)
                            "hodnota", "heslo", "värde", "varde", "lösenord", "losenord", "verdi", "passord", "værdi",
                            "adgangskode",
                            # (Turkish's `Değer`, Romanian's `Valoare`, Greek's `Τιμή`, with or without its accent)
                            "değer", "deger", "valoare", "τιμή", "τιμη", "τιμές", "τιμες",
                            # (Hungarian's `Érték`, `Jelszó`, with or without their accents)
                            "érték", "ertek", "jelszó", "jelszo",
                            # (Estonian's `Väärtus`, `Parool`; Latvian's `Vērtība`, `Parole`; Lithuanian's `Reikšmė`,
                            # `Slaptažodis`; Hebrew's `ערך`, `סיסמה`; with or without their accents)
                            "väärtus", "vaartus", "parool", "vērtība", "vertiba", "parole", "reikšmė", "reiksme",
                            "slaptažodis", "slaptazodis", "ערך", "סיסמה", "סיסמא",
                            # (Ukrainian's `Значення`, Russian's `Значение`, their plurals, and their `Пароль`)
                            "значення", "значение", "значения", "пароль",
                            # (Bulgarian's `Стойност`, its plural, and its `Парола`)
                            "стойност", "стойности", "парола",
                            # (Macedonian's and Serbian's `Вредност` / `Vrednost` and their `Лозинка`; Albanian's `Vlera`,
                            # `Fjalëkalimi`; Afrikaans's `Waarde`, `Wagwoord`; Kyrgyz's `Маани`, `Сырсөз`)
                            "вредност", "вредности", "vrednost", "vrijednost", "лозинка", "lozinka", "vlera", "vlerë",
                            "vlere", "fjalëkalimi", "fjalekalimi", "fjalëkalim", "wagwoord", "wachtwurd", "маани", "сырсөз",
                            "серсүз", "құпия сөз", "kupuhipa",  # (stop 62: Tatar's, Kazakh's apart, Maori's)
                            # (Scottish Gaelic's `Luach` and Irish's `Luach`, their `Facal-faire`; Hausa's `Kima`, `Daraja`
                            # and its `Kalmar sirri`; Amharic's `ዋጋ` and its `የይለፍ ቃል`)
                            "luach", "facal-faire", "kima", "daraja", "kalmar sirri", "ዋጋ", "የይለፍ ቃል",
                            "እሴት",  # (stop 65: Amharic's other word for a value, a wiki table's `||ነገር||እሴት||`)
                            # (stop 61: Pashto's `ارزښت` and its `پټنوم`; Breton's `Talvoud` and its `Ger-tremen`;
                            # Kinyarwanda's `Agaciro` and its `Ijambo ry'ibanga`; Somali's `Qiime` / `Qiimaha` and its
                            # `Erayga sirta`)
                            "ارزښت", "پټنوم", "talvoud", "ger-tremen", "agaciro", "ijambo ry'ibanga", "ijambo ry’ibanga",
                            "ijambobanga", "qiime", "qiimaha", "erayga sirta",
                            # (stop 61, pages: Greenlandic's `Nalinga` (its value), Igbo's `Uru`, Kurmanji's `Nirx`, Central
                            # Kurdish's `بەها`, and their password words; Tigrinya's value is Amharic's `ዋጋ`)
                            "nalinga", "uru", "nirx", "بەها", "isissutissaq", "okwuntughe", "şîfre", "وشەی نهێنی",
                            "መሕለፊ ቃል",
                            # (stop 62: Northern Sami's `Árvu` and its `Beassansátni`; Tatar's `Кыйммәт` and its `Серсүз`;
                            # Kazakh's `Мәні` and its `Құпия сөз`; Wolof's `Baat bu kumpa`; Quechua's `Chanin`)
                            "árvu", "arvu", "beassansátni", "beassansatni", "кыйммәт", "серсүз", "мәні", "құпия сөз",
                            "baat bu kumpa", "chanin",
                            # (stop 63: Sindhi's `قدر` and its `ڳجهو لفظ`)
                            "قدر", "ڳجهو لفظ",
                            # (stop 64: Sesotho's and Setswana's `Boleng` (a value: `| Ntho | Boleng |`), Chichewa's
                            # `Mawu achinsinsi`)
                            "boleng", "mawu achinsinsi",
                            # (Japanese's `値`, `設定値`, `内容` (content), and its `パスワード`)
                            "値", "設定値", "内容", "パスワード",
                            # (stop 64: Luganda's `Ekiri` (what is there, a settings table's `Ekintu | Ekiri`), its
                            # `Omuwendo` (value) and its `Ekigambo ky'ekyama` (password))
                            "ekiri", "omuwendo", "ekigambo ky'ekyama", "ekigambo ky’ekyama",
                            # (stop 64: Nepali's and Hindi's `मान` (value), Hindi's and Marathi's `मूल्य`: `| सेटिङ | मान |`)
                            "मान", "मूल्य",
                            # (stop 65: Tajik's `Қимат` and `Арзиш` (value), Uzbek's `Қиймат` / `Qiymat`, and Tajik's
                            # `Рамз`: `| Чиз | Қимат |`; the value of India's other scripts: Kannada's `ಮೌಲ್ಯ`, Telugu's
                            # `విలువ`, Tamil's `மதிப்பு`, Malayalam's `മൂല്യം`, Gujarati's `મૂલ્ય`, Bengali's `মান`,
                            # Punjabi's `ਮੁੱਲ`, Odia's `ମୂଲ୍ୟ`: `| ಐಟಂ | ಮೌಲ್ಯ |`)
                            "қимат", "арзиш", "қиймат", "qiymat", "рамз",
                            "ಮೌಲ್ಯ", "విలువ", "மதிப்பு", "മൂല്യം", "મૂલ્ય", "মান", "ਮੁੱਲ", "ମୂଲ୍ୟ",
                            # (stop 67, pages: Kashubian's `Wôrtnosc` (value), its `ô` and `ò` written or left off, a
                            # wiki's `| Co | Wôrtnosc |`; its password word is Polish's `hasło`, above)
                            "wôrtnosc", "wòrtnosc", "wortnosc", "wôrtnota", "wortnota"})


def _table_cells(line: str) -> List[str]:
    return table_cells(line[:_TABLE_LINE_READ], _TABLE_CELLS_READ)


# A table's cell giving a password bare after its word and a colon, the whole cell (a handover note's systems table, its
# notes column: `| CCTV NVR | 192.168.1.64 | admin | password: … |`, `| pw: … |`, `| Admin password: … |`): as a list
# item's `- Password: …` (_LISTED_BARE), the cell's bar ending the value where the line's end ends the item's. A cell
# saying where it is (`password: see 1Password`, `password: in the safe`) holds more than one word: none.
_LABELLED_CELL = lazy_regex(
    r"""\|[ \t]*(?:\*\*|__)?(?P<label>(?:[^\W\d_][\w.-]{0,31}[ \t]){0,2}(?i:password|passwd|passphrase|pwd|pw))(?:\*\*|__)?"""
    r"""[ \t]*[:=](?:\*\*|__)?[ \t]*(?P<value>[^\s`|*<\[({][^\s`|]{0,255})[ \t]*(?=\|)""")
_LABELLED_CELLS_A_LINE = 8


def _labelled_cells(text: str) -> Iterator[Found]:
    """Each password a table row's cell gives bare after its word (_LABELLED_CELL), and each login's pair a cell gives
    after its label, as a list item's (login_word_pair)."""
    if ":" not in text and "=" not in text:
        return
    for found in itertools.islice(_LABELLED_CELL.finditer(text), _LABELLED_CELLS_A_LINE):
        label = found.group("label")
        yield 0, f"{label} given in a table's cell", _bare_key(label), found.group("value")
    if "/" in text and ":" in text:
        # (stop 61: a cell's login after what it opens, its account an administrator's or its label saying login, as a
        # team's wiki table of who has which access gives it: `| Jelle | webside | beheer iisbaan: admin / … |`)
        for cell in itertools.islice((cell for cell in _table_cells(text) if ":" in cell and "/" in cell), _LABELLED_CELLS_A_LINE):
            for _, what, key, value in login_word_pair(cell.strip()):
                yield 0, f"{what} in a table's cell", key, value


# A settings table's row naming a login (`| NVR admin login | `admin` / `…` |`, `| Portal credentials | ops / … |`,
# `| SQL login used by the bridge | … |`), its value's cell the login's user and password split by `/`, in code spans,
# bold or plain, as a login column's cell gives them (_tool_outputs' _LOGIN_PAIR_CELL): the password the pair's second
# part, judged under `password` as a list item's `- NVR admin login: `admin` / `…`` is.
_LOGIN_ROW_WORDS = ("log", "cred", "sign", "zugang", "anmeld", "acce", "cess")


def _login_row_pair(name: str, cell: str) -> Optional[Tuple[str, str]]:
    """(user, password) of a settings table's row whose name says login and whose value's cell is a pair (see
    _LOGIN_ROW_WORDS' note), or None."""
    from secretfence.kinds._tool_outputs import login_pair_cell

    if "/" not in cell:
        return None  # (the cheap test first: a pair's cell holds its `/`)
    if not any(word in name.lower() for word in _LOGIN_ROW_WORDS) or \
            _LABEL_NAMES_A_LOGIN.search(name.partition("(")[0].strip()) is None:
        return _spanned_account_pair(name, cell)
    return login_pair_cell(cell)


# (stop 61) A settings table's row whose value's cell is a login's pair in two code spans (`| Router admin | `admin` /
# `…` |`, a Kinyarwanda team's station page under `| Ikintu | Agaciro |`): a login as a list item's spans after any
# label are (_labelled_login_pair) where the row's name names an account (`admin`, `portal`, `console`) or the pair's
# user is an administrator's account. Plain, the pair is a ratio or a path as often (`| Split | 3 / 4 |`): not read.
_SPANNED_ROW_PAIR = lazy_regex(r"""^`(?P<user>[\w.@\\-]{1,64})`[ \t]*/[ \t]*`(?P<pw>[^`\s]{1,256})`$""")


def _spanned_account_pair(name: str, cell: str) -> Optional[Tuple[str, str]]:
    """(user, password) of a row's pair in code spans under a name naming an account, or an administrator's (see
    _SPANNED_ROW_PAIR), or None."""
    if "`" not in cell:
        return None
    pair = _SPANNED_ROW_PAIR.match(cell.strip())
    if pair is None or (_ACCOUNT_LABEL.search(name.partition("(")[0]) is None
                        and _ADMIN_ACCOUNT.match(pair.group("user")) is None):
        return None
    return pair.group("user"), pair.group("pw")


# A table's cell giving a device's or a system's address, then a login's user and password split by `/` (`| DGT LiveChess
# admin | http://10.0.5.2:1982 - `arbiter` / `…` |`, `| NVR | 192.168.1.64, admin / … |`): a login whatever the row's
# name and the table's header say, as a list item's address before its pair is (_LOGIN_WORD_PAIR's address).
_ADDRESS_PAIR_CELL = lazy_regex(
    r"""^(?:(?:https?|rtsp)://[^\s/`]{1,255}(?:/[^\s`]{0,255})?|[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?)"""
    r"""(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+[-\u2013\u2014][ \t]+)"""
    r"""(?:`(?P<tuser>[\w.@\\+-]{1,128})`|(?P<user>[\w.@\\+-]{1,128}))[ \t]*/[ \t]*"""
    r"""(?:`(?P<tvalue>[^\s`]{1,256})`|(?P<value>[^\s`]{1,256}))$""")


def _address_pair_cell(cell: str) -> Optional[Tuple[str, str]]:
    """(user, password) of a cell's address and login pair (see _ADDRESS_PAIR_CELL), or None."""
    if "/" not in cell or not cell[:1].isalnum():
        return None
    found = _ADDRESS_PAIR_CELL.match(cell)
    if found is None:
        return None
    return found.group("tuser") or found.group("user"), found.group("tvalue") or found.group("value")


def _glosses_a_password(label: str, note: str) -> bool:
    """A label's note in brackets is its gloss, naming a password the label's words in the team's language do not read
    as (`Isissutissaq (password)`, `Okwu nzuzo (password)`): the row is judged under the gloss. A label naming a
    credential already keeps its own words (`Admin password (rotated)`)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password

    return len(note) <= 32 and names_a_password(note) and not names_a_credential(label)


# (stop 65, notes) A settings table in Confluence's wiki markup, as a wiki page exported to plain text keeps it: its header
# row's cells between double bars, `||Item||Value||`, its rows' between single ones, `|Password|…|`, and no delimiter row
# (an Amharic team's `||ነገር||እሴት||` then `|የይለፍ ቃል|…|`). A row is read as a Markdown settings table's is: its first
# cell names the value, the header's second names the value column (_VALUE_COLUMNS).
_CONFLUENCE_HEADER = lazy_regex(r"""^[ \t]*\|\|[^|\n]{1,64}\|\|[^|\n]{0,64}\|\|""")


def confluence_table_row(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The value a Confluence wiki markup table's row gives under its name (see _CONFLUENCE_HEADER)."""
    cells = _table_cells(line)
    if len(cells) < 2 or "\\|" in line:
        return
    name = cells[0].strip("*_` ").rstrip(":").rstrip()
    if not any(word in name.lower() for word in _TABLE_CREDENTIAL_WORDS) or not _TABLE_NAME.match(name):
        return
    value = _TABLE_VALUE.match(cells[1].strip())
    if value is None:
        return
    for distance in range(1, min(index, _TABLE_HEADER_READ) + 1):
        above = line_text(lines, index - distance)
        if _CONFLUENCE_HEADER.match(above) is not None:
            header = _table_cells(above.replace("||", "|"))
            if len(header) < 2 or header[1].strip("*_` ").lower() not in _VALUE_COLUMNS:
                return
            label = name.partition("(")[0].strip()
            key = "wifi_passphrase" if _PRE_SHARED_KEY.search(label) else _row_key(label)
            yield 0, f"a wiki table's {name} row", key, value.group("ticked") or value.group("bold") or value.group("bare") or ""
            return
        if not above.lstrip().startswith("|") or above.lstrip().startswith("||"):
            return  # (a row of a table without Confluence's header above it)


def _key_value_table_row(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    cells = _table_cells(line)
    if len(cells) < 2 or "\\|" in line:
        return  # (an escaped `|` inside a cell: the cells are not where the split puts them)
    name = cells[0].strip("*_` ").rstrip(":").rstrip()
    addressed = _address_pair_cell(cells[1].strip())
    if addressed is not None and _TABLE_NAME.match(name) and not table_delimiter_row(line):
        yield 0, f"password of {addressed[0]} at the address in a table's {name} row", "password", addressed[1]
        return
    pair = _login_row_pair(name, cells[1])
    if pair is None and not any(word in name.lower() for word in _TABLE_CREDENTIAL_WORDS):
        return  # (a host's, a user's row: the key judgement would read none)
    value = _TABLE_VALUE.match(cells[1])
    if (value is None and pair is None) or not _TABLE_NAME.match(name) or table_delimiter_row(line):
        return
    header = None
    for distance in range(1, min(index, _TABLE_HEADER_READ) + 1):
        above = line_text(lines, index - distance)
        if not above.lstrip().startswith("|"):
            return  # no separator row above: no table
        if table_delimiter_row(above):
            header = _table_cells(line_text(lines, index - distance - 1)) if index - distance >= 1 else []
            break
    if header is None or len(header) < 2 or header[1].strip("*_` ").lower() not in _VALUE_COLUMNS:
        return
    if pair is not None:
        yield 0, f"password of {pair[0]} in a settings table's {name} row", "password", pair[1]
        return
    assert value is not None
    yield 0, f"a settings table's {name} row", _settings_row_key(name), \
        value.group("ticked") or value.group("bold") or value.group("bare") or ""


def _settings_row_key(name: str) -> str:
    """The key a settings table's row is judged under, from the name in its first cell."""
    label, _, note = name.partition("(")  # (`Admin password (prod)`: the environment's note aside)
    label, note = label.strip(), note.partition(")")[0].strip()
    if note and _glosses_a_password(label, note):
        label = note  # (a label in the team's language glossed in English: `Isissutissaq (password)`)
    # (a tunnel's pre-shared key, `| Pre-shared key | `…` |`, `| IPsec PSK | … |`, is its passphrase, as a list item's is:
    # _bare_key)
    key = "wifi_passphrase" if _PRE_SHARED_KEY.search(label) else _row_key(label)
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    if not names_a_credential(key):
        # (stop 66: what the password is for after its word and a preposition, as a list item's label is read:
        # `| Password della console di rete del negozio | `…` |`, `| Password for the kiosk | … |`)
        key = _bare_key(label)
    return key


# (stop 67) An AsciiDoc table (`|===` … `|===`), as an AsciiDoc wiki page writes its settings: a row on a line of its
# own, each cell opened by `|` (`|Gateway |vpn.…`, `|Pre-shared key (PSK) |…`), read as a Markdown settings table's row:
# its first cell names the value, its second holds it. A header row (the first, a blank line below it, or any table whose
# attributes say `header`) must name values in its second cell (_VALUE_COLUMNS), as a Markdown table's does; a table of
# name and value rows with no header is one by its shape (two cells a row). Limits: a row's cells each on a line of their
# own, and a table of other separators (`!===`, CSV's `,===`), are not read.
ASCIIDOC_PAGES = (".adoc", ".asciidoc", ".asc")
_ASCIIDOC_DELIMITER = lazy_regex(r"""^[ \t]*\|={3,}[ \t]*\r?$""")
_ASCIIDOC_HEADER_OPTION = lazy_regex(r"""^\[[^\]\n]{0,200}?(?:options?[ \t]*=[ \t]*"?[\w, \t]{0,64}?header|%header)""")
_ASCIIDOC_ROWS_READ = 64  # lines looked up for the table's opening delimiter
_ASCIIDOC_MARKUP = "*_`+ "


def asciidoc_table_row(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The value an AsciiDoc table's name-and-value row gives under its name (see ASCIIDOC_PAGES' note)."""
    if not line.lstrip().startswith("|") or _ASCIIDOC_DELIMITER.match(line) is not None or "\\|" in line:
        return
    cells = _table_cells(line)
    if len(cells) != 2:
        return
    name = cells[0].strip(_ASCIIDOC_MARKUP).rstrip(":").rstrip()
    if not any(word in name.lower() for word in _TABLE_CREDENTIAL_WORDS) or not _TABLE_NAME.match(name):
        return
    cell = cells[1].strip()
    if len(cell) > 2 and cell[0] == cell[-1] == "*" and "**" not in cell:
        cell = f"*{cell}*"  # (AsciiDoc's bold, `*…*`, read as Markdown's)
    value = _TABLE_VALUE.match(cell)
    if value is None:
        return
    opening = -1
    for above in range(index - 1, max(-1, index - 1 - _ASCIIDOC_ROWS_READ), -1):
        text = line_text(lines, above)
        if _ASCIIDOC_DELIMITER.match(text) is not None:
            opening = above
            break
        if text.strip() and not text.lstrip().startswith("|"):
            return  # (prose or a block: no table's row)
    if opening < 0:
        return
    first = opening + 1
    header = _ASCIIDOC_HEADER_OPTION.match(line_text(lines, opening - 1)) is not None if opening else False
    header = header or (first < index and not line_text(lines, first + 1).strip())
    if header:
        if first == index:
            return
        named = _table_cells(line_text(lines, first))
        if len(named) < 2 or named[1].strip(_ASCIIDOC_MARKUP).lower() not in _VALUE_COLUMNS:
            return
    yield 0, f"an AsciiDoc table's {name} row", _settings_row_key(name), \
        value.group("ticked") or value.group("bold") or value.group("bare") or ""


# A value a runbook or an operator's notes give in a code span after its name (documentation's are examples: not
# read), as Markdown writes a list of settings or a sentence: a label and a colon (`- user key (compliance@):
# `…``, `**API token**: `…``, its words the key, a parenthesized note aside), or a credential's word right before
# the span in a sentence (`console login: user `ops`, password `…``, `the API token is `…``). Judged under the
# label's words (`user_key`: a generated value under `<X> key`), as the keyword rules judge a key's. An aside set off
# by a dash may stand before the colon as a note does (`Change the admin password -- **same on every unit**: `…``).
# The label in a code span of its own as a setting's name is written (`- `client_secret`: `…``).
_LABEL_ASIDE = r"""[ \t]+(?:--?|\u2013|\u2014)[ \t]+(?P<aside>[^`\n:=]{1,80}?)"""
# (stop 61: a word whose letters a glottal stop's apostrophe splits is one word, as Guarani writes its password's,
# `Ñe'ẽñemi`, with `'`, `’` or `ʼ`; the key judgement reads its parts as a phrase)
_APOSTROPHE_IN_WORD = r"""['\u2019\u02bc](?=[^\W\d_])"""
# (a label's word may hold an apostrophe standing for a glottal stop or an elided vowel: Samoan's `Upu fa'alilolilo a le
# pule (admin): `…``, Malagasy's `Tenimiafin'ny admin: `…``)
_LABELLED_SPAN = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:\*\*|__|`)?(?P<label>[^\W\d_][\w./'\u2019-]{0,31}?(?:[ \t][\w./'\u2019-]{1,32}?){0,5}?)"""
    r"""(?:\*\*|__|`)?(?:[ \t]*\((?P<note>[^()\n`]{0,64})\)|""" + _LABEL_ASIDE + r""")?(?:\*\*|__)?[ \t]*[:=\uff1a\u1365\u1366](?:\*\*|__)?[ \t]*"""
    r"""`(?P<value>[^`\s]{1,256}|[a-z]{4}(?: [a-z]{4}){3})`"""  # (a Google app password's four groups too)
    # (stop 68, notes: or a note after a dash or an arrow, no other label's span in it: `- Password Workspace ops sementara:
    # `…` - Dewi tolong ganti setelah login`, please change it after signing in)
    r"""[ \t]*(?:\([^()\n`]{0,80}\)[ \t]*)?[.;,]?(?:[ \t]+(?:<-{1,2}|<=|\u2190|\u27f5|--?|\u2013|\u2014)[ \t]+[^\n:`\uff1a]{1,160}?)?[ \t]*\r?$""")
# (a password's word, its abbreviations too (`pw`, `pwd`; `pass` only before its colon, a verb elsewhere), a Wi-Fi
# network's pre-shared key (`WPA2-PSK`); then `is`, `use`, `enter`, `set to`, `to use is` before the span: `the `sa`
# password use: `…``, `shared desk login, pw `…``; or the word, what it is for and then `is` or a colon: `our local
# admin password for the site's NVRs is `…``, `password for unattended access: `…``, `the password of `svc` is `…``)
_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?:[A-Za-z][A-Za-z0-9]{1,19}[ \t])?(?i:password|passphrase|passwd|pword|pwd|pw|token|secret|key"""
    r"""|pass(?=[ \t]*[:=])|(?:wpa[23]?-?)?psk|pre-?shared[ \t]key))"""
    # (stop 68, notes: the word borrowed with a possessive suffix, Indonesian's and Malay's `-nya`, Javanese's `-ne`, `-e`:
    # `iki private key-ne: `…``, `password-nya: `…``, `Client secret-e `…``)
    r"""(?:-?(?i:nya)|-(?i:ne|e))?"""
    r"""(?:[ \t]+(?i:for|of|on|to)""" + _QUALIFIER + r"""(?:[ \t]*\([^()\n`]{0,64}\))?(?:[ \t]+(?i:is|was)(?:[ \t]*:)?|[ \t]*:)"""
    r"""|(?:[ \t]+(?i:(?:is|was)[ \t]+(?:now|still|currently)(?:[ \t]+set[ \t]+to)?"""
    # (review 66: and the change said as done, `… password has been changed to `…``, `was reset to`, `is now set to`)
    # (review 67: its auxiliary left out, as a changelog's line says it, `- 2024-06-01: admin password changed to `…``)
    r"""|(?:(?:has(?:[ \t]+now)?[ \t]+been|was|got)[ \t]+)?(?:changed|reset|set|updated|rotated)[ \t]+to|is|was|use|enter|type|to[ \t]+use(?:[ \t]+is)?|""" + SPOKEN_COPULAS + r"""))?(?:[ \t]*[:=])?)"""
    r"""[ \t]*`(?P<value>[^`\s]{1,256})`""")


# A login's user and password split by `/`, in two code spans (`` `ops` / `…` ``) or both in one (`` `ops / …` ``, as a
# bold `**ops / …**` reads once made a span): the password the second part.
_ONE_SPAN_PAIR = r"""`(?P<user1>[\w.@\\-]{1,128})[ \t]*/[ \t]*(?P<value1>[^`\s]{1,256})`"""
# (the user written plain and only the password in its span, as a note marks the part to copy: `Fuel portal login:
# office@… / `…``, `- Firewall admin: admin / `…``)
_PLAIN_USER_PAIR = r"""(?P<user2>[\w.@\\+-]{1,128})[ \t]*/[ \t]*`(?P<value2>[^`\s]{1,256})`"""
# (a note in brackets among a label's words, naming the product: `- Shop firewall (pfSense) admin: …`)
_LABEL_NOTE = r"""\([^()\n`]{1,64}\)"""


def _pair_span(label: str, user: str, colon: str = ":") -> Any:
    """A list item's label (`label`), its colon (`colon`: `:?` where the label's word says login, `login `ops` / `…``),
    then a login's user (`user`) and its password in code spans split by `/`: the password the second span (bold around
    the label or the colon allowed, a note in brackets too; the user may stand plain, _PLAIN_USER_PAIR)."""
    return lazy_regex(
        r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:\*\*|__)?(?P<label>""" + label + r""")"""
        r"""(?:\*\*|__)?(?:[ \t]*\([^()\n`]{0,64}\))?(?:\*\*|__)?[ \t]*""" + colon + r"""(?:\*\*|__)?[ \t]*(?:`(?P<user>""" + user
        + r""")`[ \t]*/[ \t]*`(?P<value>[^`\s]{1,256})`|""" + _ONE_SPAN_PAIR + r"""|""" + _PLAIN_USER_PAIR + r""")(?![^\s.,;)])""")


def _pair(found: Any) -> Tuple[str, str]:
    """(user, password) of a pair's match, in two spans or one (_ONE_SPAN_PAIR), or its user plain (_PLAIN_USER_PAIR)."""
    groups = found.groupdict()
    return (groups["user"] or groups["user1"] or groups.get("user2") or "",
            groups["value"] or groups["value1"] or groups.get("value2") or "")


# A login given as its user and its password in code spans split by `/`, after a label whose last word says
# login (`LoggerNet admin login: `ops` / `…``, `- **Console credentials:** `admin` / `…``): the password is the
# second span, judged under `password`.
# (the words naming a login's details, English and German: `Zugangsdaten`, `Zugang`, `Anmeldung`, `Anmeldedaten`;
# Spanish, Portuguese, French and Italian: `Credenciales`, `Datos de acceso`, `Credenciais`, `Identifiants`, `Credenziali`)
LOGIN_WORDS = (r"""(?:login|logon|log-in|sign-in|credentials|creds|zugang(?:sdaten)?|anmeldung|anmeldedaten"""
               r"""|credenciales|credenciais|identifiants|credenziali|acceso|acesso|accesso"""
               # (Korean's and Vietnamese's account and login: `- 계정: admin / …`, `- Tài khoản: admin / …`, `Đăng nhập: …`)
               r"""|계정|로그인|t(?:à|a)i[ \t]kho(?:ả|a)n|đăng[ \t]nhập"""
               # (Japanese's administrator, account, login and credentials, in its script: a handover's `- fs01: 管理者
               # `Administrator` / `…``, `- アカウント: `ops` / `…``, `- ログイン情報：`ops` / `…``, `- 認証情報: …`)
               r"""|管理者|アカウント|ログイン(?:情報)?|認証情報"""
               # (Armenian's, Mongolian's and Bengali's login, its entry: `- Մուտք: admin / …`, `- Нэвтрэх: …`, `- লগইন: …`)
               r"""|մուտք(?:ը)?|нэвтрэх|লগইন"""
               # (stop 66, notes: Somali's `gelitaan`, an entering, with its article `-ka`, `galitaan` as it is written too:
               # `- Gelitaanka: `ops` / `…``)
               r"""|g[ae]litaan(?:ka)?"""
               # (stop 67, notes: Polish's `dostęp`, an access, Kashubian's `dostãp`, in ASCII `dostep`: `# dostęp: warsztat /
               # …`, `- Dostãp: `ops` / `…``)
               r"""|dost(?:ę|ã|e)p)""")
# (its colon may be left out, the login's word reading as the sentence's verb or noun: `…, login `ops` / `…`, then …`;
# stop 64: or said with `is` / `was` where the colon stands, `The pgbouncer admin login is `ops` / `…` (…).`)
# (stop 66, notes: Somali's login word, what it signs in to after it as the language's noun phrase holds it, then its `is`,
# `waa`: a meeting's `gelitaanka RDP waa `ops` / `…` ilaa Jimcaha`, the RDP login is … until Friday)
_SOMALI_LOGIN_SAID = r"""(?i:g[ae]litaan(?:ka)?)(?:[ \t]+[\w./-]{1,32}){0,3}?(?=[ \t]+(?i:waa)[ \t])"""
_LOGIN_PAIR_SPAN = _pair_span(r"""(?:(?:[A-Za-z][\w./-]{0,31}|""" + _LABEL_NOTE + r""")[ \t]){0,5}(?i:""" + LOGIN_WORDS + r""")"""
                              r"""(?:(?:[ \t]+(?i:used))?[ \t]+(?i:for|of|by)(?:[ \t]+[\w.&'-]{1,32}){1,4}(?=[ \t]*:))?"""
                              r"""|""" + _SOMALI_LOGIN_SAID,
                              r"""[^`\s]{1,128}""", "(?:[:\uff1a]|(?<=[ \t])(?i:is|was|waa)(?=[ \t]))?")
# A login's user and password in code spans split by `/` after any label and its colon (`- Web UI / ONVIF admin:
# `admin` / `…``), or after a sign-in's verb and `as` (`3. Sign in as `operator` / `…`.`, `log in to the console as
# `ops` / `…``): the user a name's characters, the password the second span.
_LABELLED_PAIR_SPAN = _pair_span(r"""[^\W\d_][\w./-]{0,31}(?:[ \t](?:[\w./-]{1,32}|""" + _LABEL_NOTE + r""")){0,5}""",
                                 r"""[\w.@\\-]{1,128}""")
# (the label of _LABELLED_PAIR_SPAN must name what is signed in to or with: two spans split by `/` after any other
# label are a list's pair, `- Branches: `main` / `release-2024.10``, `- Regions: `us-east-1` / `eu-west-1``)
_ACCOUNT_LABEL = lazy_regex(
    r"""(?i)(?<![a-z])(?:admin\w*|root|super-?user|users?|user-?names?|accounts?|log-?(?:in|on)s?|sign-?ins?|credentials?"""
    r"""|creds|pass\w*|pw|pwd|operators?|consoles?|ui|gui|web|portal|dashboard|front[ -]?end|ssh|rdp|vnc|access"""
    # (a person's account at a platform, its login an address: Apple's `Apple ID`, `iCloud`)
    r"""|apple[ -]?id|icloud"""
    # (German's words for a user, an account, a login's details and a password: Benutzer, Konto, Zugangsdaten, Kennwort)
    r"""|benutzer\w*|konto|konten|zugang\w*|anmeld\w*|kennwort"""
    # (Dutch's: gebruiker, gebruikersnaam, inloggegevens, wachtwoord)
    r"""|gebruiker\w*|inloggegevens|\w*wachtwoord|\w*wagwoord|\w*wachtwurd"""
    r"""|benotzer\w*|\w*passwuert"""  # (Luxembourgish's `Benotzer`, `Passwuert`)  # (Afrikaans's `gebruiker`, `wagwoord` too)
    r"""|br(?:û|u)ker\w*|\w*wachtwurd"""  # (stop 61: West Frisian's `Brûker`, `Wachtwurd`)
    # (Polish's: użytkownik, konto, dane logowania, hasło)
    r"""|u(?:ż|z)ytkownik\w*|konto|dane[ \t]logowania|has(?:ł|l)o|heslo"""
    # (Czech's and Slovak's: uživatel, používateľ, účet, přihlášení; Swedish's, Norwegian's and Danish's: användare,
    # bruker, bruger, inloggning, lösenord, passord, adgangskode)
    r"""|u(?:ž|z)ivatel\w*|pou(?:ž|z)(?:í|i)vate(?:ľ|l)\w*|(?:ú|u)(?:č|c)et|p(?:ř|r)ihl(?:á|a)(?:š|s)en(?:í|i)"""
    r"""|anv(?:ä|a)ndare?\w*|bruke?r\w*|bruger\w*|inloggning|innlogging|\w*l(?:ö|o)senord|\w*passord|\w*adgangskode"""
    # (Turkish's: kullanıcı, yönetici, hesap, şifre, parola; Romanian's: utilizator, parolă; Greek's: χρήστης,
    # διαχειριστής, λογαριασμός, κωδικός)
    r"""|kullan(?:ı|i)c(?:ı|i)\w*|y(?:ö|o)netici\w*|hesa(?:p|b)\w*|(?:ş|s)ifr(?:e|ə)\w*|utilizator\w*|parol(?:ă|a)?\w*"""
    r"""|χρ(?:ή|η)στ\w*|διαχειριστ\w*|λογαριασμ\w*|κωδικ\w*"""
    # (Spanish's, Portuguese's, French's and Italian's: usuario, cuenta, acceso, contraseña; usuário, conta, senha;
    # utilisateur, compte, identifiants; utente, credenziali)
    r"""|usuarios?|usu(?:á|a)rios?|cuentas?|contas?|acceso|acesso|accesso|credenciales|credenciais|contras(?:e(?:ñ|ny?)a|inal)|clave|senha"""
    r"""|utilisateurs?|comptes?|identifiants|utenti|utente|credenziali"""
    # (Catalan's: usuari, accés, credencials; its compte is French's)
    r"""|usuaris?|acc(?:é|e)s|credencials)(?![a-z])"""
    # (stop 63, notes: Russian's and Ukrainian's: вход, вхід (a sign-in, an entrance), логин, доступ, пользователь,
    # пароль, учётная запись: a wiki's `оперативный вход: **dispatcher** / **…**`; whole words, `входящие` is an inbox;
    # pages: аккаунт, as pages in Russia's republics write it beside their own languages, and the inflected forms:
    # `- Общий аккаунт карты (Wialon): **dispatch** / **…**`)
    r"""|(?<!\w)(?i:вход|вхід|логин\w*|доступ|пользовател\w*|пароль|аккаунт\w*|уч(?:ё|е)тн\w*[ \t]запис\w*)(?!\w)"""
    # (stop 70, notes: a service's personal account, Russian's and Ukrainian's `личный кабинет`, `особистий кабінет`, its
    # customer portal (`Личный кабинет ОФД: buh@… / …`); French's and Italian's portal, `portail`, `portale`; Indonesian's
    # and Malay's account, `akun`, `akaun`)
    r"""|(?<!\w)(?i:кабинет\w{0,2}|кабінет\w{0,2}|portail|portale|portais|akun|akaun)(?!\w)""")
# (`as`, or `with` / `using` before the pair: `Log into the admin page at http://… with **admin / …**`; `into` and
# `onto` as their own words, `Log into`, and any place after them, a page's address too). The user and the password
# split by `/` or `,`, or said as a sentence says them: `Log in as `ops` with `…``, `as `ops` using the password `…``,
# `as `ops` and password `…`` (`and` only before the password's word: `as `ops` and open `Settings`` is no pair). A bare
# `with` or `using` may name a tool (`connect as `ro` using `pgAdmin4``): its span is a password only where it looks
# like one (generated or chosen with care, see _login_pair_spans).
_PASSWORD_SAID = r"""(?i:password|passphrase|pw|pwd)(?:[ \t]*:)?"""
_SIGN_IN_PAIR_SPAN = lazy_regex(
    r"""(?i:\b(?:log|sign)(?:ged)?[ \t-]?(?:in|on)(?:to)?|\blog(?:in|on)|\bconnect|\bauthenticate)(?:[ \t]+(?i:to|into|on|at)?[ \t]*[^`\n]{1,64}?)?"""
    r"""[ \t]+(?i:as|with|using)[ \t]+(?:(?:`|\*\*)(?P<user>[\w.@\\-]{1,128})(?:`|\*\*)(?:[ \t]*(?:/|,)[ \t]*(?:""" + _PASSWORD_SAID + r"""[ \t]*)?"""
    r"""|[ \t]+(?P<verb>(?i:with|using))[ \t]+(?:(?i:the|its)[ \t]+)?(?P<said>""" + _PASSWORD_SAID + r"""[ \t]+)?"""
    r"""|[ \t]*,?[ \t]+(?i:and)[ \t]+(?:(?i:the|its)[ \t]+)?""" + _PASSWORD_SAID + r"""[ \t]+)"""
    r"""`(?P<value>[^`\s]{1,256})`|""" + _ONE_SPAN_PAIR + r""")(?![^\s.,;)])""")
# (stop 67, pages: the user's name in bold as well as in a span, as an HTML page writes it in `<b>` beside the password's
# `<code>`: `Entrar com <b>kafecoop</b> / <code>…</code>`, read as `Entrar com **kafecoop** / `…``; in each language's
# sentence below too)
# The same sentence in German: a sign-in's verb (`anmelden`, `Anmeldung`, `melde dich … an`, `einloggen`, `Login`,
# `verbinden`), then `als` or `mit` and the user's span, the password's after `/` or `,`, or said as German says it:
# `Anmeldung als `ops` mit `…``, `als `ops` mit dem Passwort `…``, `als `ops` und Kennwort `…`` (a bare `mit` span only
# where it looks like a password, as the English `with`: `als `ro` mit `pgAdmin4`` names a tool).
_GERMAN_PASSWORD_SAID = r"""(?i:passwort|kennwort|pw|pwd)(?:[ \t]*:)?"""
_GERMAN_SIGN_IN_PAIR_SPAN = lazy_regex(
    r"""(?i:\b(?:an(?:ge)?meld\w{0,6}|meld\w{0,3}|einlogg\w{0,3}|eingeloggt|log(?:ge)?[ \t-]?in|login|zugang|verbind\w{0,4}))"""
    r"""(?:[ \t]+[^`\n]{1,64}?)?[ \t]+(?i:als|mit)[ \t]+(?:(?:`|\*\*)(?P<user>[\w.@\\-]{1,128})(?:`|\*\*)(?:[ \t]*(?:/|,)[ \t]*(?:"""
    + _GERMAN_PASSWORD_SAID + r"""[ \t]*)?"""
    r"""|[ \t]+(?P<verb>(?i:mit))[ \t]+(?:(?i:dem|seinem|ihrem)[ \t]+)?(?P<said>""" + _GERMAN_PASSWORD_SAID + r"""[ \t]+)?"""
    r"""|[ \t]*,?[ \t]+(?i:und)[ \t]+(?:(?i:dem|das)[ \t]+)?""" + _GERMAN_PASSWORD_SAID + r"""[ \t]+)"""
    r"""`(?P<value>[^`\s]{1,256})`|""" + _ONE_SPAN_PAIR + r""")(?![^\s.,;)])""")
# The same sentence in Spanish, Portuguese, French and Italian: a sign-in's verb (`iniciar sesión`, `entrar`, `acceder`,
# `conectarse`, `ingresar`; `fazer login`, `acessar`; `se connecter`, `s'identifier`; `accedere`, `collegarsi`), then
# `como` / `come` / `en tant que` (or `con` / `com` / `avec`) and the user's span, the password's after `/` or `,`, or said
# as each says it: `Iniciar sesión como `ops` con `…``, `entrar como `ops` com a senha `…``, `se connecter en tant que
# `ops` avec le mot de passe `…``, `accedere come `ops` e password `…`` (a bare `con` span only where it looks like a
# password, as the English `with`).
_ROMANCE_PASSWORD_SAID = r"""(?i:contras(?:e(?:ñ|ny?)a|inal)|clave|senha|palavra-passe|mot[ \t]+de[ \t]+passe|password|pw)(?:[ \t]*:)?"""
_ROMANCE_ARTICLE = r"""(?:(?i:la|a|le|il|el|su|sua|o|sa|son|tu|ta)[ \t]+)?"""
_ROMANCE_SIGN_IN_PAIR_SPAN = lazy_regex(
    r"""(?i:\b(?:inici\w{0,3}[ \t]+(?:la[ \t]+)?sesi(?:ó|o)n|entr[ae]r?\w{0,2}|acced\w{0,5}|acess\w{0,3}|conect\w{0,6}"""
    r"""|connect\w{0,6}|connexion|logu?e\w{0,5}|logar|ingres\w{0,3}|login|identifi\w{0,5}|collega\w{0,3}|fa(?:ç|c)a[ \t]+login"""
    r"""|fazer[ \t]+login))"""
    r"""(?:[ \t]+[^`\n]{1,64}?)?[ \t]+(?i:como|come|en[ \t]+tant[ \t]+que|con|com|avec)[ \t]+(?:(?:`|\*\*)(?P<user>[\w.@\\-]{1,128})(?:`|\*\*)"""
    r"""(?:[ \t]*(?:/|,)[ \t]*(?:""" + _ROMANCE_PASSWORD_SAID + r"""[ \t]*)?"""
    r"""|[ \t]+(?P<verb>(?i:con|com|avec))[ \t]+""" + _ROMANCE_ARTICLE + r"""(?P<said>""" + _ROMANCE_PASSWORD_SAID + r"""[ \t]+)?"""
    r"""|[ \t]*,?[ \t]+(?i:y|e|et)[ \t]+""" + _ROMANCE_ARTICLE + _ROMANCE_PASSWORD_SAID + r"""[ \t]+)"""
    r"""`(?P<value>[^`\s]{1,256})`|""" + _ONE_SPAN_PAIR + r""")(?![^\s.,;)])""")
# (stop 64) The same sentence in Chichewa and Swahili: a sign-in's verb (Chichewa's `lowa`, enter, its plural imperative
# `lowani`, its subjunctive `mulowe`; Swahili's `ingia`, `ingieni`), where after it, then `ndi` / `na` / `kwa` (with) or
# `ngati` / `kama` (as) and the pair split by `/` or `,`, or the password said after a second `ndi` / `na`: a chat's `Lowani
# ndi `…` / `…` mpaka …`, `Ingia kama `ops` na nenosiri `…``. A bare second span only where it looks like a password, as
# the English `with`.
_BANTU_PASSWORD_SAID = r"""(?i:mawu[ \t]achinsinsi|nenosiri|neno[ \t]la[ \t]siri|password|pw)(?:[ \t]*:)?"""
_BANTU_SIGN_IN_PAIR_SPAN = lazy_regex(
    r"""(?i:\b(?:lowa(?:ni)?|mulowe|ingia|ingieni)\b)(?:[ \t]+[^`\n]{1,64}?)?[ \t]+(?i:ndi|na|kwa|ngati|kama)[ \t]+"""
    r"""(?:(?:`|\*\*)(?P<user>[\w.@\\-]{1,128})(?:`|\*\*)(?:[ \t]*(?:/|,)[ \t]*(?:""" + _BANTU_PASSWORD_SAID + r"""[ \t]*)?"""
    r"""|[ \t]+(?P<verb>(?i:ndi|na))[ \t]+(?P<said>""" + _BANTU_PASSWORD_SAID + r"""[ \t]+)?)"""
    r"""`(?P<value>[^`\s]{1,256})`|""" + _ONE_SPAN_PAIR + r""")(?![^\s.,;)])""")
_BANTU_SIGN_IN_WORD = lazy_regex(r"""(?i)\b(?:lowa(?:ni)?|mulowe|ingia|ingieni)\b""")
# (what a line holds for the Romance sentence to be read: its `como`, `come`, `que` or `con` / `com` / `avec`)
_ROMANCE_SIGN_IN_WORDS = ("como ", "come ", "que ", "con ", "com ", "avec ", "como\t", "come\t", "con\t")
_SPANS_A_LINE = 8
_SPAN_LINE_READ = 2048
# (stop 70, notes) A label's note naming a digest's algorithm or a fingerprint (`(SHA-256, domin audit)`, `(md5)`,
# `(fingerprint)`), the span a digest's hex: what a note keeps of a revoked key to recognise it, no key.
_DIGEST_NOTE = lazy_regex(r"""(?i)(?<![a-z0-9])(?:sha-?(?:1|224|256|384|512)|sha-?[23]|md5|fingerprint|thumbprint|digest)(?![a-z0-9])""")
# (the algorithm a key signs or encrypts with is no digest of it: `Webhook signing key (HMAC-SHA256)`, `AES key (SHA-256 KDF)`)
_KEYED_DIGEST = lazy_regex(r"""(?i)hmac|sign|secret|encrypt|cipher|aes|jwt|kdf|derive|salt|pepper|seed|private""")
_DIGEST_SPAN = lazy_regex(r"""^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}"""
                          r"""|[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15,63})$""")
_PUBLIC_NOTE = lazy_regex(r"""(?i)^(?![^\n]*\b(?:not|never|private|secret|admin|server)\b)[^\n]*\b(?:public|publishable|"""
                          r"""safe (?:for|in) (?:the )?browsers?|client[ -]side)\b""")


# Where a list item's later clause opens, its own label before its colon (`- Door controller at 192.168.… (warehouse).
# Local admin: `ops` / `…``, `- NAS01, admin login: …`, `- Printer -- web UI: …`): after a sentence's end, a
# semicolon, a comma, a colon (`- Till PC: login `till` / `…``) or a dash set off by blanks, the next word's letter (a label's) or
# its emphasis.
# (a Japanese label opens its clause too, its script's word having no case: `- fs01: 管理者 `…` / `…``; after
# Japanese's full-width colon or comma no blank need stand: `- fs01：管理者 `…` / `…``)
_CLAUSE_START = lazy_regex(r"""(?:[.;,!?:]|[ \t](?:--?|\u2013|\u2014))[ \t]+(?=[A-Za-z*_\u3040-\u30ff\u4e00-\u9fff])"""
                           r"""|[\uff1a\u3001][ \t]*(?=[\u3040-\u30ff\u4e00-\u9fff])""")
_CLAUSES_A_LINE = 4  # later clauses read on a line for a login's label


# A device's administrator account, the pair's user (`- MikroTik: `admin` / `…``, `- NVR: `root` / `…``): the pair a
# login's whatever its label names (a device's, a place's), as a list's pair of other spans is none (`- Roles: `editor` /
# `viewer``: its second span no password's shape either).
_ADMIN_ACCOUNT = lazy_regex(r"""(?i)^(?:admin|administrator|administrador|administrateur|amministratore|root|superuser|sysadmin"""
                            r"""|администратор)$""")


# (stop 70, notes) A label naming the database server the pair signs in to, its product or its word (`- MySQL prod
# (readonly muna): `readonly` / `…``, `- Postgres staging: `app` / `…``, `- База данных: `1c` / `…``): a login's pair where
# the second span is a password drawn or chosen with care, as documentation's is judged (`- Databases: `mysql` /
# `postgres``, `- DB: `primary` / `replica``, a list of engines or roles, hold none).
_DATASTORE_LABEL = lazy_regex(
    r"""(?i)(?<![a-z])(?:mysql|mariadb|postgres(?:ql)?|psql|pg|mongo(?:db)?|mssql|sql[ \t-]?server|oracle|redis|clickhouse"""
    r"""|cassandra|couchdb|elasticsearch|opensearch|rabbitmq|db|dbs|database|datenbank|base[ \t]de[ \t]donn(?:é|e)es"""
    r"""|base[ \t]de[ \t]datos|banco[ \t]de[ \t]dados|basis[ \t]data|pangkalan[ \t]data)(?![a-z])"""
    r"""|(?<!\w)(?i:баз\w{0,2}[ \t]данных|бд)(?!\w)""")


def _labelled_login_pair(text: str) -> Any:
    """The match of a login's pair after its label opening `text` (_LOGIN_PAIR_SPAN, or _LABELLED_PAIR_SPAN where the
    label names what is signed in to: _ACCOUNT_LABEL, or a database server, its password drawn or chosen with care:
    _DATASTORE_LABEL), or None."""
    pair = _LOGIN_PAIR_SPAN.match(text)
    if pair is None:
        pair = _LABELLED_PAIR_SPAN.match(text)
        if pair is not None and _ACCOUNT_LABEL.search(pair.group("label")) is None \
                and _ADMIN_ACCOUNT.match(_pair(pair)[0]) is None and not _datastore_pair(pair):
            pair = None
    return pair


def _datastore_pair(pair: Any) -> bool:
    """The pair's label names a database server (_DATASTORE_LABEL) and its password was drawn or chosen with care."""
    from secretfence.kinds._helpers import documented_password_blocks

    user, value = _pair(pair)
    return _DATASTORE_LABEL.search(pair.group("label")) is not None and user != value \
        and documented_password_blocks(value) and not prose_compound(value)


def _login_pair_spans(text: str, spans: str = "code spans") -> Iterator[Found]:
    """A login's user and password in two spans: after a label naming a login or an account (opening the item, or one
    of its later clauses: _CLAUSE_START), or a sign-in's `as`."""
    pair = _labelled_login_pair(text)
    if pair is None and "/" in text:
        for count, clause in enumerate(_CLAUSE_START.finditer(text)):
            if count >= _CLAUSES_A_LINE:
                break
            pair = _labelled_login_pair(text[clause.end():])
            if pair is not None:
                break
    if pair is not None:
        user, value = _pair(pair)
        yield 0, f"password of {user} in the {pair.group('label')} {spans}", "password", value
        return
    signed_in = False
    if "as" in text or "with" in text or "using" in text:
        for found in _signed_in_pair(_SIGN_IN_PAIR_SPAN.finditer(text), spans):
            signed_in = True
            yield found
    if not signed_in and ("als " in text or "mit " in text):
        for found in _signed_in_pair(_GERMAN_SIGN_IN_PAIR_SPAN.finditer(text), spans):
            signed_in = True
            yield found
    if not signed_in and any(word in text for word in _ROMANCE_SIGN_IN_WORDS):
        for found in _signed_in_pair(_ROMANCE_SIGN_IN_PAIR_SPAN.finditer(text), spans):
            signed_in = True
            yield found
    if not signed_in and _BANTU_SIGN_IN_WORD.search(text) is not None:  # (stop 64: `Lowani ndi `…` / `…``)
        yield from _signed_in_pair(_BANTU_SIGN_IN_PAIR_SPAN.finditer(text), spans)


_SIGN_INS_A_LINE = 4  # sign-in sentences read on a line (a tool's one passed over, the next one's pair read)


def _signed_in_pair(found: Iterator[Any], spans: str, start: int = 0) -> Iterator[Found]:
    """The password of the first sign-in sentence's pair among _SIGN_IN_PAIR_SPAN's matches `found` (its password at
    `start` or after) that names a password: a sentence naming a tool (`Connect as `ro` using `pgAdmin4``) is passed
    over, and a pair after it on the line read (`…, then sign in as `admin` / `…``)."""
    for signed_in in itertools.islice(found, _SIGN_INS_A_LINE):
        user, value = _pair(signed_in)
        if signed_in.start("value" if signed_in.group("value") is not None else "value1") < start:
            continue
        if signed_in.group("verb") is not None and signed_in.group("said") is None and not (
                looks_like_a_password(value) or generated_password(value)):
            continue  # (`as `ro` using `pgAdmin4``: a tool the sign-in uses, no password)
        yield 0, f"password of {user} given to sign in with in {spans}", "password", value
        return


# A sign-in sentence wrapped before its `as` (`2. Faire orders: log in to the brand portal at faire.com/…` and below it
# `   as `wholesale@…` / `…` and accept the order`): the line opens with `as`, `with` or `using` and a span, and carries
# on the line above it (prose: no blank, no heading, table row or fence), whose verb the pair is read with.
_CONTINUED_SIGN_IN = lazy_regex(r"""^[ \t]*(?i:as|with|using)[ \t]+`""")
_CONTINUED_LINE_READ = 256  # characters of the line above read for the sentence's verb (it stands near its end)


def continued_sign_in(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A login's pair on a line carrying on the sign-in sentence of the line above (see _CONTINUED_SIGN_IN)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if "`" not in text or index < 1 or _CONTINUED_SIGN_IN.match(text) is None:
        return
    above = line_text(lines, index - 1).rstrip()
    if not above.strip() or above.lstrip().startswith(("#", "|", "```", "~~~", ">")) or above.endswith("."):
        return  # (a blank, a heading, a table's row, a fence: no sentence; a sentence ended above)
    head = above[-_CONTINUED_LINE_READ:] + " "
    yield from _signed_in_pair(_SIGN_IN_PAIR_SPAN.finditer(head + text.lstrip()), "code spans", len(head))


# A login's pair alone on the line carrying on a list item whose lead-in names the account and ends with its colon
# (`- Domain controller `dc01.…`, service account for the field app:` and below it `  `svc-fieldapp` / `…``; `- NAS
# admin login:` then `  `admin` / `…``): the pair the lead-in names, as if written after its colon. The lead-in must
# name an account (_ACCOUNT_LABEL, LOGIN_WORDS): two spans below any other item are a list's pair (`- Branches:` then
# `  `main` / `release``).
_PAIR_BELOW_LEAD_IN = lazy_regex(r"""^[ \t]+`(?P<user>[\w.@\\-]{1,128})`[ \t]*/[ \t]*`(?P<value>[^`\s]{1,256})`"""
                                 r"""(?![^\s.,;)])""")
_LIST_ITEM_LEAD_IN = lazy_regex(r"""^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?P<text>[^\n]{1,256}?)(?:\*\*|__)?[:\uff1a](?:\*\*|__)?$""")
_NAMES_A_LOGIN = lazy_regex(r"""(?i)(?<![a-z])""" + LOGIN_WORDS + r"""(?![a-z])""")


# (stop 64) The same pair on the line carrying on a sentence that says a login is it, wrapped before the pair (`3. …
# and reload. The pgbouncer admin login is` and below it `   `pgb_admin` / `…` (…).`): the line above prose (no blank,
# heading, table row, fence or quote) ending with a login's word and `is` / `was`, as _LOGIN_PAIR_SPAN reads the
# sentence on one line.
_PAIR_CARRIED_ON = lazy_regex(r"""^[ \t]*`(?P<user>[\w.@\\-]{1,128})`[ \t]*/[ \t]*`(?P<value>[^`\s]{1,256})`"""
                              r"""(?![^\s.,;)])""")
_LOGIN_SAID_ABOVE = lazy_regex(r"""(?i)(?<![\w-])""" + LOGIN_WORDS + r"""[ \t]+(?:is|was)$""")


def pair_carried_below_login_said(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A login's pair opening the line below a sentence ending `… login is` (see _PAIR_CARRIED_ON)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if index < 1 or "/" not in text:
        return
    pair = _PAIR_CARRIED_ON.match(text)
    if pair is None:
        return
    above = line_text(lines, index - 1).rstrip()
    if len(above) > _SPAN_LINE_READ or above.lstrip().startswith(("#", "|", "```", "~~~", ">")):
        return  # (a heading, a table's row, a fence, a quote: no sentence carried on)
    if _LOGIN_SAID_ABOVE.search(above[-_CONTINUED_LINE_READ:]) is None:
        return
    yield 0, f"password of {pair.group('user')} in the sentence above giving its login", "password", pair.group("value")


def pair_below_account_lead_in(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A login's pair on the line below the list item's lead-in naming its account (see _PAIR_BELOW_LEAD_IN)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if index < 1 or "/" not in text:
        return
    pair = _PAIR_BELOW_LEAD_IN.match(text)
    if pair is None:
        return
    above = line_text(lines, index - 1).rstrip()
    lead_in = _LIST_ITEM_LEAD_IN.match(above) if len(above) <= _CONTINUED_LINE_READ else None
    if lead_in is None:
        return
    words = lead_in.group("text")
    if _ACCOUNT_LABEL.search(words) is None and _NAMES_A_LOGIN.search(words) is None:
        return
    yield 0, f"password of {pair.group('user')} below the lead-in naming its account", "password", pair.group("value")


# A bold span (`**admin**`), read as a code span where a login's pair is written bold (`Sign in as **admin** / **…**`);
# a lone `*` inside it is the text's (`**Lynx*Heron74**`: a password's character, no emphasis).
_BOLD_SPAN = lazy_regex(r"""(?<!\*)\*\*(?P<text>[^\s*`](?:[^*`\n]|\*(?!\*)){0,255}?)\*\*(?!\*)""")


# A list item's bold label and its colon (`- **Login:**`, `- **Console login**:`): kept bold, the label it is.
_BOLD_LABEL = lazy_regex(r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?\*\*[^*`\n]{1,64}?(?::\*\*|\*\*[ \t]*:)""")


def _bold_login_pair(text: str) -> Iterator[Found]:
    if "**" in text and "/" in text:  # (two bold spans, `**ops** / **…**`, or one holding the pair, `**ops / …**`)
        label = _BOLD_LABEL.match(text)
        head = label.group(0) if label is not None else ""
        yield from _login_pair_spans(head + _BOLD_SPAN.sub(lambda found: f"`{found.group('text')}`", text[len(head):]),
                                     "bold spans")


# A Wi-Fi network's key as a network page lists it: a list item naming the network (its SSID in a code span, bold or
# plain words) and its security (`WPA2`, `WPA3-SAE`, `WPA2-PSK`, `WEP`) in a note or after a dash, then the key in a
# code span or bare (`- `Staff` (VLAN 10, WPA2/WPA3): `…``, `- **Guest** - WPA2-Personal: …`): judged as the
# network's passphrase. (No security named, `- `eth0` (VLAN 10): `…``, is a list of anything.)
_WIFI_SECURITY = lazy_regex(r"""(?i)(?<![a-z0-9])(?:wpa[23]?|wep|psk)(?![a-z])""")
_WIFI_NETWORK_ITEM = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)(?:(?i:ssid)[ \t]*(?::[ \t]*)?)?"""
    r"""(?:`[^`\n]{1,64}`|\*\*[^*\n]{1,64}\*\*|[A-Za-z0-9][\w.-]{0,31}(?:[ \t][\w.-]{1,32}){0,3})[ \t]*"""
    r"""(?:\((?P<note>[^()\n`]{1,64})\)|[-,\u2013\u2014][ \t]*(?P<said>[^:()\n`]{1,32}))[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*"""
    r"""(?:`(?P<value>[^`\s]{1,256})`|(?P<bare>[^\s`*_(<\[][^\s`]{0,255}))[ \t]*(?:[.;,][ \t]*)?\r?$""")


def _wifi_network_item(text: str) -> Iterator[Found]:
    """A list item's Wi-Fi network, its security named, and its key (_WIFI_NETWORK_ITEM)."""
    if "wpa" not in text.lower() and "wep" not in text.lower() and "psk" not in text.lower():
        return
    found = _WIFI_NETWORK_ITEM.match(text)
    if found is not None and _WIFI_SECURITY.search(found.group("note") or found.group("said") or "") is not None:
        key = found.group("value") or found.group("bare")
        yield 0, "a Wi-Fi network's key listed with its security", "wifi_passphrase", key


# (stop 66) A runbook's step naming a tunnel's pre-shared key (`PSK`, `pre-shared key`) and, later in the item and in
# any language's words, giving the value after a colon in a code span that ends the item (`3. If it fails, check the
# PSK — current one: `…``, Tigrinya's `3. እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ — ሕጂ ዘሎ: `…``): the tunnel's passphrase, as a
# `PSK: `…`` label's is. A Wi-Fi mode's `WPA2-PSK` names no key; words between naming what is no key (an SSID, a
# network's or a file's name, a mode, an identity, a cipher) or saying an example or the reader's (`your`) name none.
_PSK_NAMED_ITEM = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)[^`\n]{0,120}?(?<![A-Za-z0-9-])(?:PSK|psk|Psk|(?i:pre-?shared[ \t]key))"""
    r"""(?![A-Za-z0-9-])(?![^`:\n]*\b(?i:ssid|network|name|mode|file|path|id|identity|type|group|cipher|proposal|lifetime"""
    r"""|example|sample|your)\b)[^`:\n]{0,120}?[ \t]*[:\u1365\u1366][ \t]*`(?P<value>[^`\s]{8,256})`[ \t]*(?:[.;,\u1362][ \t]*)?\r?$""")


def _psk_named_item(text: str) -> Iterator[Found]:
    """A list item's tunnel pre-shared key, named earlier in its text, given last in a code span (_PSK_NAMED_ITEM)."""
    if "sk" not in text and "SK" not in text and "shared" not in text.lower():
        return
    found = _PSK_NAMED_ITEM.match(text)
    if found is not None and _ADDRESSES_THE_READER.search(text) is None:
        yield 0, "a pre-shared key named in a list item and given after its colon", "wifi_passphrase", found.group("value")


# A list item naming a Wi-Fi network by its words and its SSID in a code span, then its key's label and the key (`- Staff
# wifi `Studio-Staff` password: …`, `- Office Wi-Fi network `HQ` passphrase: `…``): the network's passphrase. A network
# its words say is for guests, visitors or customers is one whose code the team posts for them (`- Guest wifi `Lobby`
# password: …`): none.
_SSID_SPAN_ITEM = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)(?:\*\*|__)?(?P<network>(?:[A-Za-z][\w'-]{0,31}[ \t]+){0,3}"""
    r"""(?i:wi-?fi|wlan|wireless|ssid)(?:[ \t]+(?i:network|ssid))?)[ \t]+`(?P<ssid>[^`\n]{1,64})`[ \t]+"""
    r"""(?P<label>(?i:password|passphrase|pass|key|psk|pw|(?:wpa[23]?|network)[ \t-]?key))(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*"""
    r"""(?:`(?P<value>[^`\s]{1,256})`|(?P<bare>[^\s`*_(<\[][^\s`]{0,255}))[ \t]*(?:\([^()\n`]{0,80}\)[ \t]*)?[.;,]?[ \t]*\r?$""")
# (Catalan's and Spanish's guests, visitors and customers too: the Wi-Fi pair's list items are a Catalan shop's, `- Wi-Fi
# convidats: `Botiga-Convidats` / `…``, `- Invitados: …`)
_FOR_GUESTS = lazy_regex(r"""(?i)\b(?:guests?|visitors?|customers?|public|patrons?|clients?"""
                         r"""|convidats?|invitats?|visitants?|p(?:ú|u)blica?|invitados?|clientes|hu(?:é|e)spedes|visitantes)\b""")


def _ssid_span_item(text: str) -> Iterator[Found]:
    """A list item's Wi-Fi network, its SSID in a code span, and its key (_SSID_SPAN_ITEM); a guests' network's none."""
    found = _SSID_SPAN_ITEM.match(text)
    if found is not None and _FOR_GUESTS.search(found.group("network") + " " + found.group("ssid")) is None:
        yield (0, f"the {found.group('label')} of the Wi-Fi network {found.group('ssid')} in a list item", "wifi_passphrase",
               found.group("value") or found.group("bare"))


# A Wi-Fi network's SSID and key written as a login's pair of spans, in a list item under an item naming Wi-Fi (a shop's
# opening checklist: `2. Wi-Fi` then `   - Interna (TPV, tauleta): `Shop-Intern` / `…``, `   - Staff: `HQ-Staff` /
# `…``), or in an item whose label names it (`- Wi-Fi interna: `Shop-Intern` / `…``): the network's passphrase. A
# network its label says is for guests, clients or customers (`- Clients: `Papereria`, sense contrasenya`) is posted for
# them: none.
_SSID_PAIR_ITEM = lazy_regex(
    r"""^(?P<indent>[ \t]*)(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?P<label>[^`\n:]{1,80}?)[ \t]*:[ \t]*`(?P<ssid>[^`\n]{1,64})`"""
    r"""[ \t]*/[ \t]*`(?P<value>[^`\s]{1,256})`[ \t]*(?:[.;,][ \t]*)?\r?$""")
_INDENTED_LIST_ITEM = lazy_regex(r"""^(?P<indent>[ \t]*)(?:[-*+]|[0-9]{1,3}[.)])[ \t]+""")
# (Catalan's `Wi-Fi`, `xarxa sense fils` too)
_NAMES_WIFI = lazy_regex(r"""(?i)wi-?fi|(?<![a-z])(?:w?lan|wireless|ssid)(?![a-z])|sense[ \t]fils""")
_PARENT_ITEM_READ = 8  # lines above a list item read for the item it is under
# (a label naming a property of the radio or its hardware, whose pair of spans is two of its values, no network: adapters,
# drivers, chipsets, encryption, security, bands, modes, standards, channels, firmware; Catalan's too)
_WIFI_PROPERTY = lazy_regex(r"""(?i)(?<![a-z])(?:adapters?|adaptadors?|drivers?|controladors?|chipsets?|cards?|targetes?|modules?|m(?:ò|o)duls?"""
                            r"""|encryption|xifratge|security|seguretat|bands?|bandes?|modes?|standards?|est(?:à|a)ndards?|channels?"""
                            r"""|canals?|frequenc(?:y|ies)|freq(?:ü|u)(?:è|e)ncies?|firmware|models?|vendors?|antennas?|antenes?"""
                            r"""|protocols?|versions?|versi(?:ó|o)ns?)(?![a-z])""")


def _ssid_pair_item(lines: Sequence[str], index: int, text: str) -> Iterator[Found]:
    """A list item's Wi-Fi network as a pair of spans, its SSID and its key, under an item naming Wi-Fi (see above)."""
    found = _SSID_PAIR_ITEM.match(text)
    if found is None or _FOR_GUESTS.search(found.group("label")) is not None:
        return
    if _WIFI_PROPERTY.search(found.group("label")) is not None:
        return  # (a radio's property, two of its values: `- Wi-Fi encryption: `WPA2-Personal` / `WPA3-Personal``)
    named = _NAMES_WIFI.search(found.group("label")) is not None
    indent = len(found.group("indent").expandtabs(4))
    for above in range(index - 1, max(-1, index - 1 - _PARENT_ITEM_READ), -1):
        if named:
            break
        parent = line_text(lines, above)[:_SPAN_LINE_READ]
        item = _INDENTED_LIST_ITEM.match(parent)
        if not parent.strip() or (item is not None and len(item.group("indent").expandtabs(4)) >= indent):
            continue  # (a blank line, the item's siblings)
        named = item is not None and _NAMES_WIFI.search(parent) is not None
        break
    if named:
        yield (0, f"the key of the Wi-Fi network {found.group('ssid')} ({found.group('label')}) in a list item", "wifi_passphrase",
               found.group("value"))


def _listed_wifi_key(text: str) -> Iterator[Found]:
    """A list item's bare Wi-Fi key: the network listed with its security, or a label naming the key (`- WPA2 key: …`)."""
    network = list(_wifi_network_item(text))
    if network:
        yield from network
        return
    bare = _LISTED_BARE.match(text)
    if bare is not None and _bare_key(bare.group("label")) == "wifi_passphrase":
        yield 0, f"{bare.group('label')} given in a list item", "wifi_passphrase", bare.group("value")


# A YAML member (or a list item's) named in words for a Wi-Fi network's key (`- WPA2 key: …`, `Wi-Fi passphrase: "…"`,
# `wlan_key: …`), as a site's inventory lists its networks: the network's passphrase, judged as one.
_YAML_WORDED_MEMBER = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?["']?(?P<label>[A-Za-z][\w.-]{0,31}(?:[ \t][\w.-]{1,32}){0,3})["']?[ \t]*:[ \t]+"""
    r"""(?:"(?P<dq>[^"\\\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'#&*!|>{\[][^\s]{0,255}))[ \t]*(?:#[^\n]*)?\r?$""")


# A Wi-Fi security mode's name (`wpa2-personal`, `WPA2/WPA3`, `wpa3-sae`): what a network's key member is given where
# an inventory names the mode, not the key.
_SECURITY_MODE = lazy_regex(r"""(?i)^(?:wpa[23]?|wep|psk|sae|owe|open|none)(?:[-_/ +](?:wpa[23]?|personal|enterprise|psk|sae|aes"""
                            r"""|tkip|ccmp|mixed|transition|eap)){0,4}$""")


def _yaml_wifi_key(text: str) -> Iterator[Found]:
    """A YAML member's Wi-Fi key named in words (_YAML_WORDED_MEMBER, _WIFI_NETWORK_KEY); a security mode's name is none."""
    lowered = text.lower()
    if "wpa" not in lowered and "wi" not in lowered and "wlan" not in lowered:
        return
    found = _YAML_WORDED_MEMBER.match(text)
    if found is not None and _WIFI_NETWORK_KEY.search(found.group("label")) is not None:
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if _SECURITY_MODE.match(value) is None:
            yield 0, f"{found.group('label')} in a YAML member", "wifi_passphrase", value


# (stop 63) A sentence's end inside a list item, outside a code span: what follows may be a label of its own before the
# item's last span (`2. Sign in as user `clerk`. Password ya beke e: `…` (changed Mondays).`), in any language's words.
_SENTENCE_BREAK = lazy_regex(r"""[.!?][ \t]+(?=[^\W\d_])""")
_SENTENCE_BREAKS_READ = 3


def _last_sentence_labelled_span(text: str) -> Optional[Any]:
    """_LABELLED_SPAN's match on one of the line's last sentences (see _SENTENCE_BREAK's note): the label and its span
    ending the line, judged as a list item's own label is; None where no sentence after a break is so labelled."""
    if "`" not in text or (": `" not in text and ":`" not in text and ":**`" not in text):
        return None
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(text) if text.count("`", 0, found.start()) % 2 == 0]
    for at in reversed(breaks[-_SENTENCE_BREAKS_READ:]):
        labelled = _LABELLED_SPAN.match(text[at:])
        if labelled is not None:
            return labelled
    return None


def _labelled_code_spans(line: str, own_record: bool = False) -> Iterator[Found]:
    text = line[:_SPAN_LINE_READ]
    network = list(_wifi_network_item(text)) or list(_ssid_span_item(text)) or list(_psk_named_item(text))
    if network:
        yield from network
        return
    spans = list(_login_pair_spans(text))
    pairs = spans or list(login_word_pair(text))
    if pairs:
        yield from pairs
        if spans or login_pair_ends_the_line(text):
            return  # (a note after a bare pair is read on: `- Router: admin / admin (Wi-Fi key `…`)`)
    labelled = _LABELLED_SPAN.match(text) or _last_sentence_labelled_span(text)
    if labelled is not None:
        label = labelled.group("label")
        if _PUBLIC_NOTE.search(labelled.group("note") or "") or "dsn" in label.lower():
            return  # (a key its note declares public, `(public, safe for browsers)`; a DSN's key is sent by every client)
        if _DIGEST_NOTE.search(labelled.group("note") or "") and _DIGEST_SPAN.match(labelled.group("value")) \
                and _KEYED_DIGEST.search(label + " " + (labelled.group("note") or "")) is None:
            return  # (stop 70: a key's digest its note names, `- Old Mono key (SHA-256, for the audit): `<hex>``)
        yield 0, f"value of {label} in a code span", _bare_key(label, own_record), labelled.group("value")
        # (stop 66: a far language's password word inside the label, a verb before it and what it is for after it,
        # `Tinye paswọọdụ MQTT: `…``, is read as its sentence's word is: the label's words name no key the judgement knows)
        if not label.lower().endswith(_SPOKEN_VERBS) and _FAR_WORD.search(label) is None:
            return
    # (a label ending in the verb a password's word leads, `- Password use: `…``, is read as the sentence's form)
    yield from _spoken_spans(text)


_SPOKEN_VERBS = (" is", " was", " use", " enter", " type", " set to", " to use", " to use is")

# (stop 67, notes) A login's user and password in code spans after their words, the password's word shortened to `pass`
# with no colon (`test login: user `lhkk_test`, pass `…` (sandbox SFTP)`): _SPOKEN_SPAN reads `pass` only before `:` or
# `=` (`pass `--flag`` is an instruction as often); after a user's span it is the login's password.
_USER_SPAN_THEN_PASS = lazy_regex(
    r"""(?<![\w`-])(?i:user(?:[ \t_-]?name)?|login|usr)[ \t]*(?:[:=][ \t]*)?`[^`\s]{1,128}`[ \t]*(?:[,;/][ \t]*)?(?:(?i:and)[ \t]+)?"""
    r"""(?P<label>(?i:pass))[ \t]*(?:[:=][ \t]*)?`(?P<value>[^`\s]{1,256})`""")


# (stop 62) A sentence giving the value first, in a code span, then saying what it is after `as` (`The integration uses
# `…` as its secret`, `set `…` as the admin password`, `use `…` as our API token for now`): judged under the word
# and what it is (`secret`, `admin_password`), as the label before a span is. A word going on after the credential's
# word makes it another thing's name (`as the token name`, `as its secret key file`); a connective may (`as the
# password for the NAS`).
_SPAN_AS_ITS_CREDENTIAL = lazy_regex(
    r"""`(?P<value>[^`\s]{1,256})`[ \t]+(?i:as)[ \t]+(?:(?i:its|the|our|their|your|my|his|her|a|an)[ \t]+)?"""
    r"""(?P<label>(?:[\w-]{1,24}[ \t]+){0,2}?(?i:secret|password|passphrase|token|api[ \t]key|signing[ \t]key|secret[ \t]key"""
    r"""|shared[ \t]secret))(?![\w-])"""
    r"""(?![ \t]+(?!(?i:for|of|on|in|to|when|if|and|until|so|because|but|from|with|at)\b)[\w`])""")
_AS_ITS_WORDS = (" as ", " AS ", " As ")


# (stop 68, notes) Indonesian's and Malay's `kata sandi`, Javanese's `sandi` alone and Malay's `kata laluan` before a code
# span, as English's password word is read (_SPOKEN_SPAN): what the password is for and whether it is new after the word,
# Indonesian's, Malay's and Javanese's order (`sandi anyar`, `kata sandi baru`, `sandi wifi kantor`), its possessive
# suffix (`sandine`, `kata sandinya`), then a colon or a copula (`adalah`, `ialah`, `yaitu`, Javanese's `yaiku`, `iku`):
# `ganti sandi, sandi anyar: `…`` (the password changed, the new password: …), `Kata sandi WiFi kantor adalah `…``.
# Javanese's `sandi` alone is the password; Indonesian's is a code as often, and the key judgement reads only `kata
# sandi`: the span is judged as a password's.
_NUSANTARA_PASSWORD_WORD = r"""(?i:(?:kata[ \t]+)?sandi|kata[ \t]+laluan)"""
_NUSANTARA_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`-])(?P<label>""" + _NUSANTARA_PASSWORD_WORD + r""")(?i:-?nya|-?ne|-e)?"""
    r"""(?:[ \t]+(?!(?i:adalah|ialah|yaitu|yaiku|iku)(?![\w-]))[\w.@-]{1,24}){0,3}"""
    r"""(?:[ \t]*:|[ \t]+(?i:adalah|ialah|yaitu|yaiku|iku)(?:[ \t]*:)?)[ \t]*`(?P<value>[^`\s]{1,256})`""")


def _spoken_spans(text: str) -> Iterator[Found]:
    if "andi" in text or "ANDI" in text or "aluan" in text or "ALUAN" in text:
        for found in itertools.islice(_NUSANTARA_SPOKEN_SPAN.finditer(text), _SPANS_A_LINE):
            yield 0, f"{found.group('label')} given in a code span", "password", found.group("value")
    if any(word in text for word in _AS_ITS_WORDS):
        for found in itertools.islice(_SPAN_AS_ITS_CREDENTIAL.finditer(text), _SPANS_A_LINE):
            label = found.group("label")
            yield 0, f"{label} given in a code span before its word", _bare_key(label), found.group("value")
    if "ass" in text or "ASS" in text:
        for found in itertools.islice(_USER_SPAN_THEN_PASS.finditer(text), _SPANS_A_LINE):
            yield 0, "pass given in a code span after its user's", "password", found.group("value")
    for count, found in enumerate(_SPOKEN_SPAN.finditer(text)):
        if count >= _SPANS_A_LINE:
            return
        label = found.group("label")
        key, value = _bare_key(label), found.group("value")
        if _NETWORK_KEY_LABEL.match(label) and _NAMES_A_WIFI_NETWORK.search(text, 0, found.start("value")) is not None:
            if _SECURITY_MODE.match(value) is not None:
                continue  # (`WPA3, key management `SAE``: the mode, no key)
            key = "wifi_passphrase"  # (`- **Staff** (VLAN 10): WPA2-Personal, key `…``: the network's passphrase)
        yield 0, f"{label} given in a code span", key, value
    if _GERMAN_WORD.search(text) is not None:
        yield from _german_spoken_spans(text)
    if _ROMANCE_WORD.search(text) is not None:
        yield from _romance_spoken_spans(text)
    yield from _cyrillic_key_spans(text)  # (`Жаңа API кілті: `…``, `API ключ: `…``)
    if _FAR_WORD.search(text) is not None:  # (`Ijambo ry'ibanga rya admin: `…``, `ger-tremen root MySQL: `…``)
        yield from _spans_after_the_word(_FAR_SPOKEN_SPAN, _ROMANCE_KEY_LABEL, text, bare_key_is_a_key=False)
    if "ode" in text or "ODE" in text:
        for count, found in enumerate(_NORDIC_LOGIN_CODE_SPAN.finditer(text)):
            if count >= _SPANS_A_LINE:
                break
            yield 0, f"{found.group('label')} of {found.group('user')} given in a code span", "password", found.group("value")
        for found in itertools.islice(_NORDIC_NETWORK_CODE_SPAN.finditer(text), _SPANS_A_LINE):
            if _FOR_GUESTS.search(text, 0, found.start("label")) is None:  # (a guests' network's code is posted for them)
                yield 0, f"{found.group('label')} of the Wi-Fi network given in a code span", "wifi_passphrase", found.group("value")
    if not text.isascii() and any(word in text for word in _JAPANESE_PASSWORD_WORDS):
        yield from _japanese_spoken_spans(text)
    if not text.isascii() and _THAI_PASSWORD_WORD in text:
        yield from thai_spoken_values(text)
    if "khẩu" in text or "KHẨU" in text:
        yield from _vietnamese_spoken_spans(text)
    if any(word in text for word in _MALAY_SPAN_WORDS):
        yield from _malay_spoken_spans(text)
    if ("ommunit" in text or "OMMUNIT" in text) and _NAMES_SNMP.search(text) is not None:
        for found in itertools.islice(_SNMP_COMMUNITY_SPAN.finditer(text), _SPANS_A_LINE):
            yield 0, "SNMP community given in a code span", "password", found.group("value")


# An SNMP community said in a sentence on a line naming SNMP (`SNMP: community for towers is `…``, `the SNMP community
# string is `…``, `snmp community `…` (RO)`): the password a v1/v2c agent and its poller share, as a configuration's
# `snmp-server community …` gives it (kinds/_network_configs.py). Judged as documentation's passwords are (a stock
# `public` or `private` is none).
_NAMES_SNMP = lazy_regex(r"""(?i)(?<![a-z])snmp""")
_SNMP_COMMUNITY_SPAN = lazy_regex(
    r"""(?i)(?<![\w-])community(?:[ \t]+string)?(?:[ \t]+(?:for|of|on)(?:[ \t]+[\w./-]{1,32}){1,3})?"""
    r"""(?:[ \t]+(?:is|was|to[ \t]+use))?(?:[ \t]*[:=])?[ \t]*`(?P<value>[^`\s]{1,256})`""")
# A label naming an SNMP community (`SNMP community`, `snmp_community`, `Community string`, `SNMPv2 community (RO)`)
_SNMP_COMMUNITY_LABEL = lazy_regex(r"""(?i)(?:^|_)community(?:_string)?(?:_|$)""")


# A Danish or Norwegian login's pair in code spans, its password called by the everyday word `kode` (`koden`, `kodeord`)
# right after its user's (`bruger `admin`, kode `…``, `brugernavn: `drift`; koden er `…``, `bruker `admin` og kode `…``).
# `kode` alone names any code (`kildekode`, a discount's `rabatkode`, an error's): read only after the user's span.
_NORDIC_LOGIN_CODE_SPAN = lazy_regex(
    r"""(?<![\w`])(?i:bru(?:g|k)er(?:navn)?)(?:[ \t]*:)?[ \t]*`(?P<user>[^`\s]{1,128})`[ \t]*(?:[,;/]|[ \t](?i:og))"""
    r"""[ \t]*(?P<label>(?i:kode(?:n|ord(?:et)?)?))(?:[ \t]+(?i:er))?(?:[ \t]*[:=])?[ \t]*`(?P<value>[^`\s]{1,256})`""")
# (stop 61) The same word right after a Wi-Fi network's name in bold or a span, as a Danish, Norwegian or Greenlandic
# team's page gives a network (`Wi-Fi for the crew: **PolarRaaja-Crew**, kode `…``, `WLAN `Kontor` og adgangskode `…``):
# the network's passphrase.
_NORDIC_NETWORK_CODE_SPAN = lazy_regex(
    r"""(?<![\w-])(?i:wi-?fi|wlan|ssid|tr(?:å|aa)dl(?:ø|o)st[ \t]net)[^`*\n]{0,64}?(?:\*\*[^*\n]{1,64}\*\*|`[^`\n]{1,64}`)"""
    r"""[ \t]*(?:[,;/]|[ \t](?i:og))[ \t]*(?P<label>(?i:(?:adgangs)?kode(?:n|ord(?:et)?)?))(?:[ \t]+(?i:er))?(?:[ \t]*[:=])?[ \t]*"""
    r"""`(?P<value>[^`\s]{1,256})`""")


# German documentation's credential words (a German team's runbook, handover note or onboarding page): a password
# (`Passwort`, `Kennwort`, in compounds too: `Admin-Passwort`, `WLAN-Kennwort`) and a key (`Schlüssel`, `WLAN-Schlüssel`,
# `Netzwerkschlüssel`: a Wi-Fi network's where the line names the network, a key of anything elsewhere). Dutch's, which
# compounds them the same way: `Wachtwoord`, `beheerderswachtwoord`, `Sleutel`, `wifi-sleutel`, `netwerksleutel`.
# (stop 64: Faroese's `loyniorð`, its definite `loyniorðið`, `ð` written or spelled `d`, and its key `lykil`, definite
# `lykilin`, after what it is a key of, written apart: `Loyniorð til `operator` á routaranum: `…``, `API lykilin til …: `…``)
_NORDIC_SPAN_WORDS = r"""loynior(?:ð|d)(?:ið|id)?|lykil(?:in)?"""
_GERMAN_WORD = lazy_regex(r"(?i)" + GERMANIC_PASSWORD_WORDS + r"|schl(?:ü|ue)ssel|sleutel|" + _NORDIC_SPAN_WORDS)
# (stop 64) What a Germanic or Nordic password or key is for, after its preposition (German's `für`, `vom`, `zum`,
# Luxembourgish's `fir`, `vum`, Dutch's `voor`, `van`, the Nordic languages' `til`, `for`, `för`, `fyri`, `på`, `af`):
# one to six words or code spans, then `is` or a colon before the span, as English's `password for `svc` on the NAS: `…``
# (`Neit Passwuert fir `kbg_conf_in`: `…``, `Kennwort für den Router: `…``, `Loyniorð til `operator` á routaranum: `…``).
_GERMANIC_QUALIFIER = (r"""[ \t]+(?i:f(?:ü|ue|u)r|fir|vum|fum|von|vom|zum|zur|voor|van|for|til|f(?:ö|o)r|fyri|p(?:å|aa)|af)"""
                       r"""(?:[ \t]+(?:`[^`\s]{1,64}`|[*"]{0,2}[\w./'@-]{1,32}[*"]{0,2})){1,6}?""")
_GERMANIC_VERBS = r"""(?i:ist|lautet|war|hei(?:ß|ss)t|is|luidt|är|er|on)"""
# A German sentence's or list item's value in a code span right after its word, or after `ist` / `lautet` (is) or a
# colon (`Netz `Team`, Schlüssel `…``, `Benutzer `admin`, Passwort `…``, `das Kennwort lautet `…``; Dutch's `het
# wachtwoord is `…``, `gebruiker `admin`, wachtwoord `…``; Finnish's `WPA2-PSK, salasana `…``, `salasana on `…``): as
# _SPOKEN_SPAN reads an English one. (The word ends there: `Passwortmanager `Bitwarden`` names a tool.)
_GERMAN_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`])(?P<label>(?:[^\W\d_]\w{0,23}?-?)?(?i:""" + GERMANIC_PASSWORD_WORDS + r"""|schl(?:ü|ue)ssel|sleutel|loynior(?:ð|d)(?:ið|id)?)"""
    # (Faroese's key after what it is a key of, written apart, as Icelandic's `API lykill`: `API lykilin`)
    r"""|(?:[^\W\d_][\w-]{1,19}[ \t])?(?i:lykil(?:in)?))"""
    r"""(?:""" + _GERMANIC_QUALIFIER + r"""(?:[ \t]+""" + _GERMANIC_VERBS + r"""(?:[ \t]*:)?|[ \t]*[:=])"""
    r"""|(?:[ \t]+""" + _GERMANIC_VERBS + r""")?(?:[ \t]*[:=])?)[ \t]*`(?P<value>[^`\s]{1,256})`""")
# The German key's words: alone, or after the network's (`Netzwerkschlüssel`, `WLAN-Schlüssel`; Dutch's `netwerksleutel`,
# `wifi-sleutel`).
_GERMAN_KEY_LABEL = lazy_regex(r"""(?i)^(?:netzwerk|netwerk|wlan-?|wifi-?|wi-fi-?)?(?:schl(?:ü|ue)ssel|sleutel)$""")


def _german_spoken_spans(text: str) -> Iterator[Found]:
    """A German sentence's value after its password's or key's word (_GERMAN_SPOKEN_SPAN): a key is a Wi-Fi network's
    passphrase where the label or the line before it names the network (`WLAN`, `WPA2`, `SSID`), else a key of
    anything (judged as none of a password's)."""
    return _spans_after_the_word(_GERMAN_SPOKEN_SPAN, _GERMAN_KEY_LABEL, text, bare_key_is_a_key=False)


def _spans_after_the_word(spoken: Any, key_label: Any, text: str, bare_key_is_a_key: bool) -> Iterator[Found]:
    """Each value in a code span `spoken` finds after its credential word, judged under its label's key: a Wi-Fi
    network's passphrase where the label (a `key_label` word or a password's) or the text before it names the network
    (`WPA2, Schlüssel `PSK``, `- Wi-Fi `Oficina` (WPA2), clave `…``: the mode is no key); `bare_key_is_a_key`: a bare
    key word's value is then a key of anything (`la clave `…` del objeto`, as English's `the key `…``)."""
    for count, found in enumerate(spoken.finditer(text)):
        if count >= _SPANS_A_LINE:
            return
        label, value = found.group("label"), found.group("value")
        key = _bare_key(label)
        if key != "wifi_passphrase" and (key_label.match(label) or names_a_password_word(label)) and \
                _NAMES_A_WIFI_NETWORK.search(text, 0, found.start("value")) is not None:
            if _SECURITY_MODE.match(value) is not None:
                continue
            key = "wifi_passphrase"
        elif bare_key_is_a_key and key_label.match(label):
            # (stop 62: right after a user's span the bare word is that login's password, as Latin America writes a
            # panel's login, `usuario `admin`, clave `…``; elsewhere a key of anything)
            key = "password" if _AFTER_A_USER_SPAN.search(text, 0, found.start()) is not None else "key"
        yield 0, f"{label} given in a code span", key, value


# A user's label and its code span ending where the next word stands (`usuario `admin`, `, `user: `ops` y la `).
_AFTER_A_USER_SPAN = lazy_regex(
    r"""(?i)(?<![\w-])(?:usuari[oa]s?|usu(?:á|a)rio|utilizador|utilisateur|utente|user(?:[ \t_-]?name)?|login)(?:[ \t]*:)?[ \t]*"""
    r"""`[^`\s]{1,128}`(?:[ \t]*[,;/])?[ \t]*(?:(?:y|e|et|and)[ \t]+)?(?:(?:la|a|le|the|su|sua)[ \t]+)?$""")


# Spanish, Portuguese, French and Italian documentation's credential words: a password (`contraseña`, `clave`, `senha`,
# `palavra-passe`, `mot de passe`; Italian's `password` before its preposition or its verb; Polish's `hasło`, which
# orders what it is for after it as they do: `hasło do routera`, `hasło serwisowe`; Romanian's `parolă` / `parola` and
# Turkish's `şifre` / `sifre` and Greek's `κωδικός` / `συνθηματικό` too: `utilizator `admin`, parola `…``, `Λογαριασμός
# διαχειριστή: `itadmin`, κωδικός `…``; Croatian's, Serbian's and Bosnian's `lozinka`, Slovene's `geslo`, what it is for
# after `za` or `od`: `lozinka za NAS je `…``) and a key (`clave`, `chave`,
# `clé`: a Wi-Fi network's where the line names the network).
# (Swahili's `nenosiri` (written apart, `neno la siri`), Basque's `pasahitza`, its stem and plural, Mongolian's `нууц үг`
# and its cases, Armenian's `գաղտնաբառ`, its article `գաղտնաբառը` / `գաղտնաբառն` and genitive `գաղտնաբառի`, Bengali's
# `পাসওয়ার্ড`, its `য়` one letter or two: the words alone, matched case-blind)
_MORE_PASSWORD_WORDS = (r"""nenosiri|neno[ \t]la[ \t]siri|pasahitz(?:ak|a)?|нууц[ \t]үг(?:ийг|ийн|ээ)?|գաղտնաբառ(?:ը|ն|ի)?"""
                        r"""|পাসও(?:\u09df|\u09af\u09bc)ার্ড"""
                        # (Albanian's `fjalëkalim`, its `ë` written or spelled `e`, definite `fjalëkalimi`, object
                        # `fjalëkalimin`, genitive `fjalëkalimit`, plural `fjalëkalime`; Kyrgyz's `сырсөз` (a secret word, as
                        # Kazakh's `құпиясөз`), its possessive `сырсөзү`, object `сырсөздү`; Nepali's and Hindi's `पासवर्ड`;
                        # Tamil's `கடவுச்சொல்`: `- Fjalëkalimi: `…``, `WiFi `…`, fjalëkalimi `…``, `- сырсөз: `…``)
                        r"""|fjal(?:ë|e)kalim(?:i[nt]?|e)?|сырсөз(?:ү|дү|үн)?|पासवर्ड|கடவுச்சொல்"""
                        # (stop 65: India's other scripts' borrowed word, _helpers': `- ಪಾಸ್‌ವರ್ಡ್: `…``)
                        r"""|""" + INDIC_PASSWORD_WORDS +
                        # (stop 62, pages: Tatar's `серсүз`, its possessive `серсүзе`; Kazakh's `құпия сөз` apart; Maori's
                        # `kupuhipa`; Wolof's `baat bu kumpa`: `Серсүз: <code>…</code>`, `- Kupuhipa: `…``, `логин `…`, серсүз `…``)
                        r"""|серсүз(?:е|не)?|құпия[ \t]сөз(?:і)?|kupuhipa|baat[ \t]bu[ \t]kumpa"""
                        # (stop 63, pages: Bashkir's `серһүҙ`, a secret word, its possessive `серһүҙе`: `логин `…`, серһүҙ
                        # `…``, `Ҡушымта серһүҙе: `…``)
                        r"""|сер[һh](?:ү|у)[ҙз]е?"""
                        # (Irish's `pasfhocal`, its genitive `pasfhocail`, lenited `phasfhocal` and eclipsed `bpasfhocal`;
                        # Khmer's `ពាក្যសម្ងាត់`; Sinhala's `මුරපදය` and its stem: `úsáideoir `admin`, pasfhocal `…``)
                        r"""|(?:bp|ph|p)asfhocai?l|ពាក្យសម្ងាត់|මුරපද(?:ය)?"""
                        # (stop 64: Sinhala's English word borrowed, `පාස්වර්ඩ්`, its long `ා` written or left out:
                        # `user: *nightaudit* පස්වර්ඩ් *…*`)
                        r"""|ප\u0dcf?ස\u0dcaවර\u0dcaඩ\u0dca"""
                        # (stop 63, pages: Afaan Oromoo's `jecha darbii`, a passing word, its value in bold before the
                        # verb: `herregni `staff-vpn` jecha darbii **…** qaba`, the account has the password …)
                        r"""|jecha[ \t]darbii"""
                        # (stop 64: Chichewa's `mawu achinsinsi`, secret words: `dzina `mkulu`, mawu achinsinsi `…``)
                        r"""|mawu[ \t]achinsinsi"""
                        # (Scottish Gaelic's `facal-faire`, lenited `fhacal-faire`; Hausa's `kalmar sirri`, `kalmar
                        # wucewa`; Amharic's `የይለፍ ቃል`, its possessive `የይለፍ ቃሉ`: `- Facal-faire: `…``, `kalmar sirri `…``)
                        r"""|f(?:h)?acal-faire|kalmar[ \t](?:sirri|wucewa)|(?:የ)?ይለፍ[ \t]ቃ(?:ል|ሉ)"""
                        # (stop 61: Malagasy's `tenimiafina`, Samoan's `upu fa'alilolilo`, Somali's `erayga sirta`:
                        # `- Tenimiafina: `…``, `* Upu fa'alilolilo: `…``)
                        r"""|teni[ \t]?miafin[ay]|teny[ \t]miafina|upu[ \t]fa['\u2018\u2019\u02bb]?alilolilo|er[ae]yga[ \t]sirta"""
                        # (stop 61, pages: Greenlandic's `isissutissaq`, Igbo's `okwuntughe`, Kurmanji's `şîfre`, Central
                        # Kurdish's `وشەی نهێنی` / `وشەی تێپەڕ`, Tigrinya's `መሕለፊ ቃል`: `- Okwuntughe: `…``, `- وشەی نهێنی:
                        # …`, `መሕለፊ ቃል **…**`; Guarani's `ñe'ẽñemi` is read with Spanish's, whose qualifiers it takes)
                        r"""|isissutissa[qt]|okwuntughe|(?:ş|s)îfre|وشەی[ \t](?:نهێنی|تێپەڕ)|መሕለፊ[ \t]ቃል"""
                        # (stop 62: Tatar's `серсүз`, its possessive `серсүзе`; Kazakh's `құпия сөз` written apart, its
                        # possessive `құпия сөзі`; Wolof's `baat bu kumpa`; Quechua's `pakasqa simi`, its possessive
                        # `pakasqa siminqa`, `simiyki`; Northern Sami's `beassansátni`; Corsican's `parolla d'ordine`, and
                        # `parolla` alone as Italian's `parola` is read: `A parolla d'ordine hè `…``, `utente `…`, parolla
                        # `…``, `- Уақытша құпия сөз: …`, `pakasqa siminqa **…**`)
                        r"""|серсүзе?|құпия[ \t]сөзі?|baat[ \t]bu[ \t]kumpa|pakasqa[ \t]simi(?:nqa|yki|y)?"""
                        r"""|beassans(?:á|a)tni|parolla(?:[ \t]d['\u2019]ordine)?""")
# (Italian's `password` is English's word too: a bare noun after it only where it names a network or a device, `Password
# Wi-Fi `…``, `password router `…``; `password field `…``, `password hash `…`` are English prose)
_BARE_DEVICE_NOUN = r"""(?i:wi-?fi|wlan|wireless|router|modem|nas|vpn)"""
_ROMANCE_WORD = lazy_regex(r"(?i)contras(?:e(?:ñ|ny?)a|inal)|kontrase(?:ñ|ny?)a|clave|senha|palavra-passe|" + _MOT_DE_PASSE + r"|chave|cl[ée][ \t]+`|has(?:ł|l)o|heslo"
                           # (stop 67: Upper Sorbian's `hesło`, Lower Sorbian's `gronidło`: `wužiwar `admin`, hesło `…``)
                           r"|hesło|gronid(?:ł|l)o"
                           r"|parol(?:ă|a)?|(?:ş|s)ifr(?:e|ə)|lozinka|geslo|κωδικ(?:ό|ο)|συνθηματικ(?:ό|ο)|jelsz(?:ó|o|ava)"
                           r"|пароль|гасло|парола|парол|рамзи?"  # (stop 65: Tajik's `рамз`)
                           r"|parole|parool|slapta(?:ž|z)od(?:is|į|i)|סיסמ(?:ה|א|ת)"
                           r"|lykilor(?:ð|d)|лозинк|პაროლ|رمز|گذرواژه|پارول|ñe['\u2018\u2019\u02bc]?ẽñemi|" + _MORE_PASSWORD_WORDS +
                           r"|password[ \t]+(?:de|del|della|dello|di|per|para|do|da|du|pour|è|é|es|est)[ \t]"
                           # (stop 66: an elided preposition, `Password dell'utente `admin`: `…``; a device's bare noun,
                           # `Password Wi-Fi `…``)
                           r"|password[ \t]+(?:d|dell|dall|nell)['\u2019]|password[ \t]+" + _BARE_DEVICE_NOUN + r"[ \t]+`")
# (what the password is for, after the preposition: one to five words or code spans, `del router`, `de la wifi`; Catalan,
# French and Italian elide the preposition before a vowel, its first word written on to it: `d'accés`, `d'administrador`,
# `dell'admin`)
_ROMANCE_QUALIFIER_WORD = r"""(?:`[^`\s]{1,64}`|[*"]{0,2}[\w./'@-]{1,32}[*"]{0,2})"""
_ROMANCE_QUALIFIER = (r"""(?:[ \t]+(?i:de|del|para|do|da|du|pour|di|della|dello|per|dla|pro|pre|ke|ku|k|pentru|za|od)[ \t]+"""
                      r"""|[ \t]+(?i:d|dell|dall|nell)['\u2019])""" + _ROMANCE_QUALIFIER_WORD
                      + r"""(?:[ \t]+""" + _ROMANCE_QUALIFIER_WORD + r"""){0,4}?""")
# (stop 66) What the password is for after its word as a bare noun, no preposition between, then the span: `Contraseña
# Wi-Fi `…``, `Senha roteador `…``, `Mot de passe Wi-Fi `…`` (the head-first label _HEAD_FIRST_PASSWORD reads before a
# colon). One word, not the sentence's verb nor a word saying the value is no password in clear (`contraseña cifrada`,
# `senha criptografada`, `mot de passe chiffré`, `hash`: a digest or a ciphertext follows).
# Not after a key's word (`clave`, `chave`, `clé`): `Chave PIX `…``, `Clave elector `…`` name an account's public id.
_ROMANCE_BARE_QUALIFIER = (r"""(?<!(?i:clave))(?<!(?i:chave))(?<!(?i:cl[ée]))[ \t]+"""
                           r"""(?!(?i:es|era|fue|é|est|était|è|jest|to|je|este)(?![\w-]))"""
                           r"""(?!(?i:cifr|chiffr|cript|crypt|hash|encr|codif))"""
                           r"""[^\W\d_][\w-]{1,31}(?=[ \t]*(?:[:=][ \t]*)?`)""")
# (what the password is, an adjective after its word: `contraseña temporal`, `senha provisória`, `mot de passe initial`,
# `password provvisoria`, `contraseña nueva`: the new or first password a newcomer is given, no example's)
# (stop 65) A qualifier does not end before a code span that a colon, `=` or the sentence's verb and a span follow: that
# span names whose the password is (`Contraseña del usuariu `guarda`: `…``, `la senha do utilizador `ops` é `…``), the
# value the span after it.
# (review 66: a span after the colon or `=` too, as after the verb: `Contraseña del router `…`: cambiar cada mes` is the
# router's password and a note, no user's span, and blocked before stop 65)
_ROMANCE_QUALIFIER_END = (r"""(?![ \t]*`[^`\s]{1,64}`(?:\*\*|__)?(?:[ \t]*[:=]|[ \t]+(?i:es|era|fue|é|est|était|è|jest|to|je|este))"""
                          r"""[ \t]*(?:\*\*|__)?`)""")
_ROMANCE_ADJECTIVE = (r"""[ \t]+(?i:temporal|tempor(?:á|a)ria|temporaire|temporanea|provisional|provis(?:ó|o)ri[ao]|provisoire"""
                      r"""|provvisori[ao]|inicial|initiale?|iniziale|nuev[ao]|nov[ao]|nouveau|nouvelle|nuova|actual|atual"""
                      r"""|actuel(?:le)?|attuale)""")
# (what a Ukrainian or Russian password is for, after it: a preposition's phrase, `для входу`, `від роутера`, `до
# адмінки`, or a noun's genitive alone, `пароль мерчанта`, `пароль адміністратора`; one to three words)
# (stop 66: a product's or a device's Latin name among them, as Russian and Tajik notes write it, `Пароль Wi-Fi`, `Пароль
# от Wi-Fi`, `Рамзи Wi-Fi`)
_CYRILLIC_QUALIFIER = r"""(?:[ \t]+(?:для|від|до|от|к|на|у|в))?(?:[ \t]+[\u0400-\u04ffA-Za-z0-9'\u2019\u02bc-]{1,32}){1,3}?"""
# (what a Hebrew password is for, after it: its construct state's noun, a prefixed preposition's phrase or a product's
# name, `סיסמת API למסוף`, `סיסמה לראוטר`, `סיסמת מנהל`; one to three words)
_HEBREW_QUALIFIER = r"""(?:[ \t]+[\u05d0-\u05ea\w'"\u05f3\u05f4.-]{1,32}){1,3}?"""
# (what a Serbian password is for, after it, in Cyrillic: a preposition's phrase, `за рутер`, `од налога`, or a noun's
# genitive, `лозинка администратора`; one to three words)
_SERBIAN_QUALIFIER = r"""(?:[ \t]+(?:за|од))?(?:[ \t]+[\u0400-\u04ff\w.-]{1,32}){1,3}?"""
# (what a Persian password is for, after it, as its ezafe joins them: `رمز وای‌فای`, `رمز عبور مدیر`; one or two words,
# a zero-width non-joiner inside one)
_PERSIAN_QUALIFIER = r"""(?:[ \t]+[\u0600-\u06ff\u200c\w.-]{1,32}){1,2}?"""
# (stop 67, pages) Uyghur's password word, Russian's `пароль` in Uyghur's Arabic script, and its possessives and object
# (`پارولى`, `پارولىڭىز`, `پارولنى`)
_UYGHUR_PASSWORD_WORD = r"""پارول(?:ى|ىڭىز|ىمىز|نى)?"""
# (the sentence's `is`: Spanish's `es`, `era`, `fue`; Portuguese's `é`; French's `est`, `était`; Italian's `è`; Polish's
# `jest`, `to`; Czech's `je`; Romanian's `este`; Greek's `είναι`)
_ROMANCE_VERB = r"""[ \t]+(?i:es|era|fue|é|est|""" + _FRENCH_CEST + r"""|était|è|jest|to|je|este|είναι|ειναι)"""
# A Spanish, Portuguese, French or Italian sentence's or list item's value in a code span right after its word, what it
# is for, its verb or a colon (`Usuario `admin`, contraseña `…``, `la contraseña del router es `…``, `a senha do roteador
# é `…``, `le mot de passe est `…``, `Wi-Fi `Oficina` (WPA2), clave `…``): as _SPOKEN_SPAN reads an English one.
# (Italian's `password` is English's word: read here only before its preposition or its verb.)
# (stop 63: Occitan's `senhal` (a sign, a token), its plural `senhals`, read as Portuguese's `senha` is: what it is for
# after `del`, `de`, `per`, its `is` `es` as Spanish's: `lo senhal es `…``, `Senhal del ret staff: `…``)
# (stop 65: Ladino's `kontrasenya` and Papiamento's `kontraseña`, as Spanish's: `usuario `…`, kontrasenya `…``)
_ROMANCE_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`])(?P<label>(?i:contras(?:e(?:ñ|ny?)a|inal)|kontrase(?:ñ|ny?)a|clave|senha(?:ls?)?|palavra-passe|""" + _MOT_DE_PASSE + r"""|chave|cl[ée]|has(?:ł|l)o|heslo"""
    r"""|hesło|gronid(?:ł|l)o"""  # (stop 67: Upper and Lower Sorbian's, what it is for after `za`, `do`)
    r"""|parol(?:ă|a|ası|asi|ı|i|u|ü)?|(?:ş|s)ifr(?:e|ə)(?:si|ni)?|lozinka|geslo"""  # (stop 68: the Turkic possessives, `root parolı `…``)
    r"""|κωδικ(?:ό|ο)ς?|συνθηματικ(?:ό|ο)"""
    r"""|jelsz(?:ó|o|ava)"""
    # (stop 61, pages: Guarani's `ñe'ẽñemi`, its glottal stop an apostrophe, a modifier letter or left out, which a
    # Paraguayan team writes among Spanish's words and qualifiers: `ñe'ẽñemi temporal `…``, `Ñe'ẽñemi del router: `…``)
    r"""|ñe['\u2018\u2019\u02bc]?ẽñemi)"""
    r"""(?:""" + _ROMANCE_ADJECTIVE + r""")?(?:""" + _ROMANCE_QUALIFIER + _ROMANCE_QUALIFIER_END + r"""|""" + _ROMANCE_BARE_QUALIFIER + r""")?"""
    r"""(?=(?:""" + _ROMANCE_VERB + r""")?(?:[ \t]*[:=])?[ \t]*`)"""
    # (stop 65: Tajik's `рамз`, Persian's `رمز` in Cyrillic, its izafet `рамзи` before what it is for: `рамзи Wi-Fi `…``)
    r"""|(?i:пароль|гасло|парола(?:та)?|парол|рамзи?)(?:""" + _CYRILLIC_QUALIFIER + r""")?(?=(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    # (Latvian's `parole`, Estonian's `parool`, Lithuanian's `slaptažodis` (`slaptažodį`, its object): what they are
    # for written before them, a genitive, `rūtera parole`; their `is`, `ir`, `on`, `yra`, read after these words only)
    r"""|(?i:parole|parool|slapta(?:ž|z)od(?:is|į|i))(?=(?:[ \t]+(?i:ir|on|yra))?(?:[ \t]*[:=])?[ \t]*`)"""
    # (Hebrew's `סיסמה` / `סיסמא`, its construct `סיסמת`, after the article `ה` and the conjunction `ו` as its script
    # joins them: `סיסמה `…``, `סיסמת API למסוף: `…``, `הסיסמה היא `…``)
    r"""|(?:ו?ה)?סיסמ(?:ה|א|ת)(?:""" + _HEBREW_QUALIFIER + r""")?(?=(?:[ \t]+(?:היא|הוא))?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    # (Icelandic's `lykilorð`, its definite `lykilorðið`, its `is` `er`: `notandi `ops`, lykilorð `…``, `Lykilorðið er
    # `…``; Serbian's `лозинка` in Cyrillic, what it is for after it as its Latin `lozinka`'s, its `is` `је`: `корисник
    # `root@pam`, лозинка `…``, `лозинка за рутер је `…``; Georgian's `პაროლი`, its `is` `არის`: `მომხმარებელი `…`, პაროლი
    # `…``; Persian's `رمز`, `رمز عبور` and `گذرواژه`, what it is for after them (its ezafe's noun, one or two words):
    # `- رمز عبور: `…``, `رمز وای‌فای: `…``)
    r"""|(?i:lykilor(?:ð|d)(?:ið|id)?)(?=(?:[ \t]+(?i:er))?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    r"""|(?i:лозинк(?:а|у))(?:""" + _SERBIAN_QUALIFIER + r""")?(?=(?:[ \t]+(?i:је))?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    r"""|პაროლი(?=(?:[ \t]+არის)?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    # (stop 67, pages: Uyghur's `پارول`, Russian's word in its Arabic script, its possessives `پارولى` (its), `پارولىڭىز`
    # (your) and object `پارولنى`: `- پارول: `…``)
    r"""|(?:رمز(?:[ \t]+عبور)?|گذرواژه|""" + _UYGHUR_PASSWORD_WORD + r""")(?:""" + _PERSIAN_QUALIFIER + r""")?"""
    r"""(?=(?:[ \t]*[:=\u2014\u2013])?[ \t]*`)"""
    # (Swahili's `nenosiri`, its `is` `ni`; Basque's `pasahitza`, what it is for before it as a genitive, its `is` `da`;
    # Mongolian's `нууц үг`, its topic's `нь`; Armenian's `գաղտնաբառ`, its `is` `է` and its colon `՝`; Bengali's
    # `পাসওয়ার্ড`: `erabiltzailea `admin`, pasahitza `…``, `գաղտնաբառ `…``, `нууц үг: `…``, `nenosiri ni `…``)
    # (stop 62: Corsican's `is`, `hè`: `A parolla d'ordine hè `…``)
    r"""|(?i:""" + _MORE_PASSWORD_WORDS + r""")(?=(?:[ \t]+(?:ni|da|нь|է|hè))?(?:[ \t]*[:=\u2014\u2013\u055d\u1365\u1366])?[ \t]*`)"""
    r"""|(?i:password)(?:""" + _ROMANCE_QUALIFIER + _ROMANCE_QUALIFIER_END + r"""(?=(?:""" + _ROMANCE_VERB + r""")?(?:[ \t]*[:=])?[ \t]*`)"""
    r"""|(?=""" + _ROMANCE_VERB + r"""[ \t]*`)|[ \t]+""" + _BARE_DEVICE_NOUN + r"""(?=(?:""" + _ROMANCE_VERB + r""")?(?:[ \t]*[:=])?[ \t]*`)))"""
    r"""(?:""" + _ROMANCE_VERB + r"""|[ \t]+(?i:ir|on|yra|היא|הוא|er|је|არის|ni|da|нь|է|hè))?(?:[ \t]*[:=\u2014\u2013\u055d\u1365\u1366])?[ \t]*"""
    r"""`(?P<value>[^`\s]{1,256})`""")
# (stop 61) Pashto's, Breton's, Kinyarwanda's and Somali's password words (`پټنوم`, `ger-tremen`, `ijambo ry'ibanga`,
# `erayga sirta`), what the password is for after them as their possessive's or preposition's phrase (`Ijambo ry'ibanga
# rya admin kuri firmware ya Avery: `…``, `ger-tremen root MySQL: `…``), their `is` (`ni`, `eo`, `waa`), then the value in
# a code span: judged under the word alone, as English's `password for …` is (_unqualified), what it is for no part of
# its key.
_FAR_PASSWORD_WORDS = (r"""ijambo[ \t]+ry['\u2019]?[ \t]?ibanga|ijambobanga|amagambo[ \t]+y['\u2019]?[ \t]?ibanga|[gk]er-tremen"""
                       # (stop 66, notes: `erayga` as Somali writes it most, `ereyga` too; `ere?yga` took the rarer alone,
                       # and `eryga`, no word: `Erayga sirta ah waa **…**`)
                       r"""|er[ae]yga[ \t]+sirta|پټنوم|پاسورډ"""
                       # (stop 62: Wolof's `baat bu kumpa`, what it is for after it as its relative's phrase, `bu compte
                       # `backup``, its article `bi`; Corsican's `parolla d'ordine`, after its preposition, `di u servore`)
                       r"""|baat[ \t]+bu[ \t]+kumpa|parolla[ \t]+d['\u2019]ordine"""
                       # (stop 64: Chichewa's `mawu achinsinsi`, whose it is after it as its possessive's `a`, `a `pi``)
                       r"""|mawu[ \t]+achinsinsi"""
                       # (stop 66: Igbo's borrowed `paswọọdụ`, its `ọ` doubled or not, its dots below written or left
                       # off, what it is for after it as Igbo orders its nouns: `Tinye paswọọdụ MQTT: `…``, the MQTT
                       # password; its own `okwuntughe` is read as a label's word)
                       r"""|pasw[oọ]\u0323?(?:[oọ]\u0323?)?d[uụ]\u0323?(?![\w])""")
_FAR_WORD = lazy_regex(r"(?i)" + _FAR_PASSWORD_WORDS)
_FAR_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:""" + _FAR_PASSWORD_WORDS + r"""))"""
    r"""(?:[ \t]+(?:`[^`\s]{1,64}`|[\w'\u2019./@-]{1,32})){0,6}?(?:[ \t]*\([^()\n`]{0,64}\))?"""
    r"""(?:[ \t]+(?i:ni|eo|waa))?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`(?P<value>[^`\s]{1,256})`""")
# (Russian and Ukrainian write a sentence's `is` as a dash, `Пароль — `…``, `Гасло від роутера – `…``: read before
# the Cyrillic words only, as their lookahead says; the other languages' before a colon, a verb or nothing)
# The Romance key's words alone (`clave`, `chave`, `clé`): a key of anything, a Wi-Fi network's on a line naming one.
_ROMANCE_KEY_LABEL = lazy_regex(r"""(?i)^(?:clave|chave|cl[ée])$""")


# A key's or a token's word in Cyrillic right before its span, after the word saying what it is (a qualifier: `API`,
# `секретный`, Kazakh's `құпия`), as a Kazakh or a Russian team's note gives one: `Жаңа API кілті: `…``, `API ключ:
# `…``, `Токен: `…``. Kazakh's key, `кілт`, and its possessive `кілті` (the API's key), its token `токен` and `токені`;
# Russian's and Ukrainian's `ключ`, `токен`. Judged under the label's words, as _SPOKEN_SPAN's English `API key `…``
# (a bare `ключ` / `кілт` without its qualifier is any key's: the key judgement reads it as none).
_CYRILLIC_KEY_SPAN = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?:[^\W\d_][\w-]{0,19}[ \t])?(?i:кілт(?:і|ің)?|ключ(?:а)?|токен(?:і|ің)?))"""
    r"""(?:[ \t]*\([^()\n`]{0,64}\))?(?:[ \t]*[:=\u2014\u2013])?[ \t]*`(?P<value>[^`\s]{1,256})`""")
_CYRILLIC_KEY_WORDS = ("кілт", "Кілт", "КІЛТ", "ключ", "Ключ", "КЛЮЧ", "токен", "Токен", "ТОКЕН")


def _cyrillic_key_spans(text: str) -> Iterator[Found]:
    """A Kazakh, Russian or Ukrainian note's key or token after its word (_CYRILLIC_KEY_SPAN), judged under the label."""
    if text.isascii() or not any(word in text for word in _CYRILLIC_KEY_WORDS):
        return
    for found in itertools.islice(_CYRILLIC_KEY_SPAN.finditer(text), _SPANS_A_LINE):
        label = found.group("label")
        yield 0, f"{label} given in a code span", "_".join(label.split()), found.group("value")


def _romance_spoken_spans(text: str) -> Iterator[Found]:
    """A Spanish, Portuguese, French or Italian sentence's value after its password's or key's word
    (_ROMANCE_SPOKEN_SPAN): a Wi-Fi network's passphrase where the label or the line before it names the network
    (`Wi-Fi`, `WPA2`, `SSID`), else judged under the label's words."""
    return _spans_after_the_word(_ROMANCE_SPOKEN_SPAN, _ROMANCE_KEY_LABEL, text, bare_key_is_a_key=True)


# Japanese documentation's password words (`パスワード`, `パスフレーズ`, `暗証番号`), compounded with what the password is for
# written before them and no space between (`初期パスワード`, `共通パスワード`, `ショップパスワード`), then its span right after,
# after the topic's `は` (is) or a colon, half- or full-width: `パスワード `…``, `SSID `Staff` / パスワード `…``, `初期パスワードは
# `…``, `暗証番号：`…``. As _SPOKEN_SPAN reads an English one: the word ends the label (`パスワードを `passwd` で変更` is a
# command, `パスワード変更` a task), and a password's word beside a Wi-Fi network's name is its passphrase.
_JAPANESE_PASSWORD_WORDS = ("パスワード", "パスフレーズ", "暗証番号")
_JAPANESE_SPOKEN_SPAN = lazy_regex(
    r"""(?P<word>パスワード|パスフレーズ|暗証番号)(?:[ \t]*(?:は|[:=\uff1a]))?[ \t]*`(?P<value>[^`\s]{1,256})`""")
_JAPANESE_COMPOUND_READ = 16  # letters read before the word for what the password is for (`ショップ`, `管理者`)
# (the word alone, as a Wi-Fi network's line gives its passphrase: `SSID `Staff` / パスワード `…``)
_JAPANESE_KEY_LABEL = lazy_regex(r"""^(?:パスワード|パスフレーズ)$""")


def _japanese_spoken_spans(text: str) -> Iterator[Found]:
    """A Japanese sentence's or list item's value after its password's word (_JAPANESE_SPOKEN_SPAN), judged under the
    word and the letters compounded before it (read back from the word: a pattern opening with them would try them at
    every letter of the line): a Wi-Fi network's passphrase where the word stands alone and the line names the network
    before it (`Wi-Fi`, `SSID`)."""
    for count, found in enumerate(_JAPANESE_SPOKEN_SPAN.finditer(text)):
        if count >= _SPANS_A_LINE:
            return
        opening = found.start()
        while opening > 0 and found.start() - opening < _JAPANESE_COMPOUND_READ and text[opening - 1].isalpha():
            opening -= 1
        if opening > 0 and text[opening - 1] == "`":
            continue  # (the word inside a code span: `パスワード` `…` names a field)
        label, value = text[opening:found.end("word")], found.group("value")
        key = _bare_key(label)
        if key != "wifi_passphrase" and _JAPANESE_KEY_LABEL.match(label) and \
                _NAMES_A_WIFI_NETWORK.search(text, 0, found.start("value")) is not None:
            if _SECURITY_MODE.match(value) is not None:
                continue
            key = "wifi_passphrase"
        yield 0, f"{label} given in a code span", key, value


# Vietnamese documentation's password word `mật khẩu`, what it is for after it (`mật khẩu wifi`, `mật khẩu của router`), then
# its span after `là` (is), a colon or nothing: `…, mật khẩu `…``, `mật khẩu wifi là `…``, `- Mật khẩu quản trị: `…``.
_VIETNAMESE_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`])(?P<label>(?i:mật[ \t]+khẩu)(?:[ \t]+[^\W\d_][\w-]{0,15}){0,3}?)(?:[ \t]+(?i:là)(?:[ \t]*:)?|[ \t]*:)?"""
    r"""[ \t]*`(?P<value>[^`\s]{1,256})`""")


def _vietnamese_spoken_spans(text: str) -> Iterator[Found]:
    """A Vietnamese sentence's or list item's value after its password's word (_VIETNAMESE_SPOKEN_SPAN)."""
    return _spoken_spans_of(_VIETNAMESE_SPOKEN_SPAN, text)


def _spoken_spans_of(pattern: Any, text: str) -> Iterator[Found]:
    """Each span `pattern` finds after its password's word (its groups `label` and `value`), the first _SPANS_A_LINE: a
    Wi-Fi network's passphrase where the label or the text before it names the network."""
    for count, found in enumerate(pattern.finditer(text)):
        if count >= _SPANS_A_LINE:
            return
        wifi = _NAMES_A_WIFI_NETWORK.search(text, 0, found.start("value")) is not None
        yield 0, f"{found.group('label')} given in a code span", "wifi_passphrase" if wifi else "password", found.group("value")


# (stop 68, notes) Indonesian's and Malay's password words, `kata sandi`, `kata laluan`, and `sandi` alone as Indonesian
# software and its users say it, Balinese's `kruna sandi`; what it is for after them (`sandi wifi kantor`), then its span
# after `adalah`/`ialah`/`yaitu`/`iaitu` (is), a colon or nothing: an SOP's step `Login akun bersama shift pagi:
# `…@…`, sandi `…``, a note's `- Kata sandi admin adalah `…``. (`sandi` alone is a code of any kind too, `sandi Morse`:
# the value is judged as a password's, a word or a stand-in none.)
_MALAY_SPOKEN_SPAN = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:(?:kata|kruna)[ \t]+(?:sandi|laluan)|sandi)(?:[ \t]+[^\W\d_][\w-]{0,15}){0,3}?)"""
    r"""(?:[ \t]+(?i:adalah|ialah|yaitu|yakni|iaitu)(?:[ \t]*:)?|[ \t]*[:=])?[ \t]*`(?P<value>[^`\s]{1,256})`""")
_MALAY_SPAN_WORDS = ("andi", "ANDI", "aluan", "ALUAN")


def _malay_spoken_spans(text: str) -> Iterator[Found]:
    """An Indonesian, Malay or Balinese sentence's or list item's value after its password's word (_MALAY_SPOKEN_SPAN)."""
    return _spoken_spans_of(_MALAY_SPOKEN_SPAN, text)


# A sentence wrapped right after its password's word, its span opening the line below (`…: `sftp ops@files.…`, mật khẩu`
# then `   `…` – đổi giúp em nhé.`; `… the shared password` then `` `…` for the kiosk``): read as the sentence's one
# line, in any language the spoken readers read (_spoken_spans); the line below is its continuation (no blank, heading,
# table row or fence), and the value is its first span.
_OPENING_SPAN = lazy_regex(r"""^[ \t]*`(?P<value>[^`\s]{1,256})`(?:[ \t.,;:!)\u2013\u2014-]|\r?$)""")
# (stop 64) What the password is for opening the line below in a span, then its colon and the value's span (`Neit Passwuert
# fir` then `` `kbg_conf_in`: `…` -- …``): the value the second span.
_OPENING_QUALIFIED_SPAN = lazy_regex(r"""^[ \t]*`[^`\s]{1,64}`[ \t]*:[ \t]*`(?P<value>[^`\s]{1,256})`(?:[ \t.,;!)\u2013\u2014-]|\r?$)""")
# (stop 67, pages) What the password is or is for opening the line below in words, one to five, then the value's span, a
# paragraph wrapped inside its label (`… Utilisateur ``tresoriere``, mot de passe` then ``actuel ``…`` (…)``, the current
# password; `… the admin password` then ``for the NAS `…```): the label is read whole on the joined line, and the value is
# the span the sentence's reader finds there.
_OPENING_WORDS_SPAN = lazy_regex(r"""^[ \t]*(?:[^\W\d_][\w'\u2019.-]{0,31}[ \t]+){1,5}`(?P<value>[^`\s]{1,256})`"""
                                 r"""(?:[ \t.,;:!)\u2013\u2014-]|\r?$)""")
_WRAPPED_WORD_READ = 96  # characters of the line's end read with the line below (the word and its label stand there)


# (stop 69) Where a long line's last clause opens: after a dash set off by blanks, a semicolon or a sentence's full stop
# (stop 70, notes: or a comma, as a handover's item lists a mail server's settings and then the label of its password, a
# note in brackets before its colon: `- SMTP: smtp.gmail.com port 587, pakai App Password (bukan password login):` then
# `` `…` ``)
_CLAUSE_BREAK = lazy_regex(r"""(?:[ \t][-\u2013\u2014]|[;.,])[ \t]+(?=[^\n]*:[ \t]*$)""")


def _last_clause(text: str) -> str:
    """A long line's last clause (see _CLAUSE_BREAK), where it is short enough to be a label; else nothing."""
    starts = [found.end() for found in _CLAUSE_BREAK.finditer(text, max(0, len(text) - _WRAPPED_WORD_READ))]
    clause = text[starts[-1]:].strip() if starts else ""
    return clause if 0 < len(clause) <= _WRAPPED_WORD_READ else ""


def password_span_below(lines: Sequence[str], index: int, own_record: bool = False) -> Iterator[Found]:
    """(1, what, key, value) of the span opening line `index + 1` where line `index`'s sentence ends in a password's
    word (see _OPENING_SPAN's note); `own_record`: the page is the team's own (a runbook, an operator's notes), its label
    judged as _labelled_code_spans judges one there."""
    text = line_text(lines, index).rstrip()
    if not text or text.endswith((".", "`", "|", "*")) or text.lstrip().startswith(("#", "|", "```", "~~~")):
        return
    below = line_text(lines, index + 1)[:_SPAN_LINE_READ]
    opening = (_OPENING_QUALIFIED_SPAN.match(below) or _OPENING_SPAN.match(below) or _OPENING_WORDS_SPAN.match(below)
               if "`" in below else None)
    if opening is None:
        return
    tail = text[-_WRAPPED_WORD_READ:]
    if tail.count("`") % 2:
        tail = tail[tail.index("`") + 1:]  # (the read began inside a span: from its end)
    joined = tail + " " + below.strip()
    read: Iterable[Found] = _spoken_spans(joined)
    clause = _last_clause(text) if text.endswith(":") else ""
    for label_line in (text.strip() if len(text) <= _WRAPPED_WORD_READ else "", clause if clause != text.strip() else ""):
        if not text.endswith(":") or not label_line:
            continue
        # (stop 67, pages: a whole line labelling the span below, a note in brackets before its colon, `Пароль для
        # внешних приложений (создан 14.10, для сайта и бота):` then ```…```: read as the label and its span on one line)
        # (stop 69, notes: on a longer line, its last clause after a dash, a semicolon or a sentence's end, as a meeting's
        # item gives the label last: `3. **IT**: … (board@…) — password sa umpisa:` then `` `…` — ilisan …``)
        read = itertools.chain(read, _labelled_code_spans(label_line + " " + below.strip(), own_record))
    for _, what, key, value in read:
        if value == opening.group("value") and not any(found[3] == value for found in _spoken_spans(below)):
            yield 1, what, key, value
            return


# Thai documentation's password word `รหัสผ่าน`, written with no blank between words: what the password is for compounded
# before it (`ใช้รหัสผ่าน`, uses the password), a qualifier after it before its colon (`รหัสผ่านเครื่องสแกน:`, the scanner's
# password; `รหัสผ่าน admin:`), then its value in a code span after the word, `คือ` (is) or a colon, or bare after the colon
# or `คือ` to the line's end (`- รหัสผ่าน: …`, `…ใช้รหัสผ่าน: …`, `รหัสผ่านคือ `…``). Its short `รหัส` (code) says password
# only beside a Wi-Fi network's name (`Wi-Fi พนักงาน: `Staff` รหัส `…``, `รหัส Wi-Fi: …`): a Wi-Fi network's passphrase;
# elsewhere it is any code (`รหัสสินค้า`, a product's; `รหัสไปรษณีย์`, a postcode). The word inside a code span names a
# field; a line saying example (`ตัวอย่าง`), test (`ทดสอบ`) or made up (`สมมติ`) shows an example's.
_THAI_PASSWORD_WORD = "รหัส"
_THAI_LETTERS = "\u0e01-\u0e5b"
# (each run read atomically, a lookahead's group matched again: a run that fails what follows is not shortened and
# retried, which on a line of the word repeated cost a qualifier's and a value's lengths at every word)
_THAI_SPOKEN_VALUE = lazy_regex(
    r"""(?P<word>รหัส(?:ผ่าน)?)(?P<qualifier>(?=(?P<letters>[""" + _THAI_LETTERS + r"""]{1,24}))(?P=letters)"""
    r"""|[ \t](?=(?P<latin>[A-Za-z][\w-]{0,15}))(?P=latin)|[ \t]*\(?(?i:wi-?fi)\)?)?"""
    r"""(?:\*\*|__)?[ \t]*(?:(?P<said>[:=\uff1a]|คือ)(?:\*\*|__)?[ \t]*)?"""
    r"""(?:`(?=(?P<span>[^`\s]{1,256}))(?P=span)`|(?<=[:=\uff1a\u0e2d \t*])(?P<bare>(?=(?P<run>[^\s`|]{1,256}))(?P=run))[ \t]*\r?$)""")
_THAI_SAID = "คือ"  # (is: `รหัสผ่านคือ` then the span, read as the qualifier's last letters)
_THAI_EXAMPLE_WORDS = ("ตัวอย่าง", "ทดสอบ", "สมมติ")
_THAI_WIFI = lazy_regex(r"""(?i)(?<![a-z0-9])(?:wi-?fi|wlan|ssid)(?![a-z])|ไวไฟ""")
_THAI_COMPOUND_READ = 24  # letters read before the word for what the password is for


def thai_spoken_values(text: str) -> Iterator[Found]:
    """A Thai sentence's, list item's or cell's password after its word (see _THAI_SPOKEN_VALUE), judged as a password, a
    Wi-Fi network's passphrase where the line names the network."""
    if _THAI_PASSWORD_WORD not in text or any(word in text for word in _THAI_EXAMPLE_WORDS):
        return
    for count, found in enumerate(_THAI_SPOKEN_VALUE.finditer(text)):
        if count >= _SPANS_A_LINE:
            return
        value = found.group("span") or found.group("bare") or ""
        qualifier = found.group("qualifier") or ""
        said = found.group("said") is not None or qualifier.endswith(_THAI_SAID)
        qualifier = qualifier[:-len(_THAI_SAID)] if qualifier.endswith(_THAI_SAID) else qualifier
        if found.group("bare") and not said:
            continue  # (a bare value only after the colon or `คือ`: `รหัสผ่าน admin` is no value)
        opening = found.start()
        while opening > 0 and found.start() - opening < _THAI_COMPOUND_READ and "\u0e01" <= text[opening - 1] <= "\u0e5b":
            opening -= 1
        compound = text[opening:found.start()]
        if opening > 0 and text[opening - 1] == "`":
            continue  # (the word inside a code span names a field)
        wifi = _THAI_WIFI.search(qualifier) is not None or _THAI_WIFI.search(text, 0, found.start()) is not None
        if found.group("word") == _THAI_PASSWORD_WORD and not wifi:
            continue  # (`รหัส` alone is any code off a Wi-Fi network's line)
        if qualifier and found.group("word") == _THAI_PASSWORD_WORD and _THAI_WIFI.search(qualifier) is None:
            continue  # (`รหัสสินค้า: …`, a product's code, on a line that names Wi-Fi elsewhere)
        label = (compound + found.group("word") + qualifier).strip()
        yield 0, f"value after Thai's password word ({label})", "wifi_passphrase" if wifi else "password", value


def names_a_password_word(label: str) -> bool:
    """The label is a password's word alone, in any language the keys are read in (`Passwort`, `Kennwort`, `pw`,
    `contraseña` with its accent, French's three words `mot de passe`)."""
    from secretfence.compat.detect_secrets.credential_keys import LOCALIZED_PASSWORD_WORDS, PASSWORD_WORDS, key_words

    lowered = label.lower()
    if lowered in PASSWORD_WORDS or lowered in LOCALIZED_PASSWORD_WORDS:
        return True
    words = key_words(label) if not lowered.isascii() or " " in lowered else ()
    return (len(words) == 1 and (words[0] in PASSWORD_WORDS or words[0] in LOCALIZED_PASSWORD_WORDS)) or words in _PASSWORD_PHRASES


# (and as another language names it: `Clave precompartida`, `Clé pré-partagée`: _helpers.LOCALIZED_PRE_SHARED_KEY)
# (stop 64: MikroTik's and strongSwan's name for an L2TP/IPsec tunnel's pre-shared key, `IPsec secret`, RouterOS'
# `ipsec-secret=`; a `pre-shared secret` as some routers' screens say it)
_PRE_SHARED_KEY = lazy_regex(r"(?i)(?:^|[\s_-])(?:wpa[23]?-?)?psk$|pre-?shared[ \t_](?:secret[ \t_])?key$"
                             r"|(?:^|[\s_-])ipsec[ \t_-]secret$|pre-?shared[ \t_]secret$"
                             r"|(?:^|[\s_-])" + LOCALIZED_PRE_SHARED_KEY + "$")
# A Wi-Fi network's key by its security's or the network's name (`WPA2 key`, `Wi-Fi key`): its passphrase. (A bare
# `Pre-Shared Key :` line is also a VPN's, AWS' generic configuration as text: the device configuration readers'.)
# German names it so too (`WLAN-Passwort`, `WLAN-Schlüssel`, `WLAN Kennwort`, Windows' `Netzwerkschlüssel`).
_WIFI_NETWORK_KEY = lazy_regex(r"(?i)(?:^|[\s_-])(?:wpa[23]?|wi-?fi|wlan)(?:[ \t_-]personal)?[ \t_-](?:key|passphrase)$"
                               r"|(?:^|[\s_-])(?:wpa[23]?|wi-?fi|wlan)[ \t_-]?(?:passwort|kennwort|schl(?:ü|ue)ssel"
                               r"|wachtwoord|wagwoord|passwuert|wachtwurd|sleutel|l(?:ö|o)senord(?:et)?|passord(?:et)?|adgangskoden?)$"
                               r"|(?:^|[\s_-])netzwerk(?:sicherheits)?schl(?:ü|ue)ssel$|(?:^|[\s_-])netwerksleutel$"
                               # (Spanish, Portuguese, French and Italian name the network after the word: `Clave de red`,
                               # `Clave WPA2`, `Contraseña de la wifi`, `Senha do Wi-Fi`, `Mot de passe Wi-Fi`, `Clé WPA`,
                               # Windows' `Clave de seguridad de red`, `Chave de segurança da rede`, `Clé de sécurité réseau`)
                               r"|^(?:clave|contras(?:e(?:ñ|ny?)a|inal)|senha|chave|cl[ée]|mot[ \t]de[ \t]passe|password|has(?:ł|l)o|heslo)"
                               r"(?:[ \t]+(?:de[ \t]+)?(?:seguridad|segurança|seguranca|s[ée]curit[ée]))?"
                               r"(?:[ \t]+(?:de|del|de[ \t]la|do|da|du|della|del[ \t]la))?[ \t_-]*"
                               r"(?:la[ \t]+)?(?:red|rede|r[ée]seau|rete|wi-?fi|wlan|wpa[23]?(?:-psk)?)$")
# A label's verb after the password's word (`Password to use`, `Password is`): the key is the words before it.
_LABEL_VERB = lazy_regex(r"(?i)[ \t]+(?:is|was|use|enter|type|set[ \t]+to|to[ \t]+use(?:[ \t]+is)?)$")


# A key's or a passphrase's bare word, or after an article or a word naming the network (`key`, `the key`, `network key`):
# said on a line that names a Wi-Fi network's security or its SSID before it, the network's key. (The key's word in the
# team's language too: French's `Clé`, Spanish's `Clave`, Portuguese's `Chave`, Italian's `Chiave`, German's `Schlüssel`.)
_NETWORK_KEY_LABEL = lazy_regex(r"""(?i)^(?:(?:the|its|our|their|this|network|wireless|wi-?fi|wlan|ssid|shared|security)[ \t])?"""
                                r"""(?:key|passphrase|cl[ée]f?|clave|chave|chiave|schl(?:ü|ue)ssel|sleutel)$""")
_NAMES_A_WIFI_NETWORK = lazy_regex(r"""(?i)(?<![a-z0-9])(?:wpa[23]?|wep|psk|ssid|wi-?fi|wlan)(?![a-z])""")
# A password's word and then what it is for (`Password for unattended access`, `Admin password of the NVRs`; German's
# `WLAN-Passwort für Gäste`, `Kennwort vom Diagnose-Laptop`; Spanish's, Portuguese's, French's and Italian's `Contraseña
# del .p12`, `Senha do roteador`, `Mot de passe du NAS`, `Password della stampante`): the password, named by the words
# up to its own.
_QUALIFYING_WORDS = frozenset({"for", "of", "on", "to", "für", "fuer", "von", "vom", "zum", "zur", "des", "der", "im", "bei",
                               "voor", "van", "op",  # (Dutch's: `Wachtwoord voor de router`, `Wachtwoord van de NAS`)
                               "pentru",  # (Romanian's: `Parola pentru router`)
                               "dla",  # (Polish's: `Hasło dla serwisu`; its `do`, `Hasło do routera`, is Portuguese's too)
                               # (Czech's and Slovak's: `Heslo pro router`, Slovak's `Heslo pre router`, `Heslo na NAS`,
                               # `Heslo ke kamerám`, `Heslo k routeru`)
                               "pro", "pre", "na", "ke", "k", "ku",
                               # (Swedish's, Norwegian's and Danish's: `Lösenord för routern`, `Lösenord till NAS:en`,
                               # `Passord til ruteren`, `Adgangskode til routeren`; their `for` is English's)
                               "för", "till", "til", "på", "av", "af",
                               "za", "od",  # (Croatian's, Serbian's, Bosnian's and Slovene's: `Lozinka za NAS`, `Lozinka od routera`)
                               "de", "del", "para", "do", "da", "dos", "das", "du", "pour", "di", "della", "dello",
                               "dei", "degli", "delle", "per",
                               # (stop 61: Kinyarwanda's and Swahili's possessive, of: `Password ya sa kuri SQL Express`,
                               # `Nenosiri ya router`)
                               "ya",
                               # (stop 65: Friulian's `par`, for: `password gnove par "ispetor"`; French's `par défaut`
                               # says the password is a stock one, _DEFAULT_AFTER_PAR, and stays the label's)
                               "par",
                               # (stop 68, notes: Yiddish's `far` (for) and `fun` (of), in YIVO's letters and its Hebrew
                               # script, `dos parol far dem tablet`, `דאָס פּאַראָל פֿון דעם NAS`; Indonesian's and Malay's
                               # `untuk`, Javanese's `kanggo`, Hmong's `rau`)
                               "far", "fun", "\u05e4\u05bf\u05d0\u05b7\u05e8", "\u05e4\u05d0\u05e8", "\u05e4\u05bf\u05d5\u05df",
                               "\u05e4\u05d5\u05df", "untuk", "kanggo", "rau",
                               # (stop 69, notes: the Philippine languages' `sa` (at, for, on), Hiligaynon's `sang` and
                               # Tagalog's `ng` (of), Waray's `han` (of): a board's minutes' `password sa umpisa: …`, the
                               # password at the start; `password sang email sang board: …`)
                               "sa", "sang", "ng", "han"})
_DEFAULT_AFTER_PAR = ("défaut", "defaut", "default")
# (stop 65) An adjective saying the password is new or temporary, after the word as the Romance languages order it, before
# the preposition: `password gnove par "ispetor"` (Friulian's), `contraseña nueva para …`, `mot de passe temporaire pour …`.
_NEW_ADJECTIVES = frozenset({"new", "gnove", "gnûf", "gnuf", "nuevo", "nueva", "nouveau", "nouvelle", "nuovo", "nuova",
                             "novo", "nova", "temporary", "temporal", "temporaire", "temporanea", "provisoire",
                             # (stop 68: Tahitian's `'āpī`, its glottal stop written or not)
                             "'āpī", "\u2018āpī", "\u2019āpī", "\u02bbāpī", "āpī"})
# (French's password is three words: `Mot de passe du NAS`)
_PASSWORD_PHRASE = ("mot", "de", "passe")
_PASSWORD_PHRASES = (_PASSWORD_PHRASE, ("mot", "d", "passe"))  # (stop 65: its `de` elided, Walloon's `mot d' passe`)
# Spanish's `clave` is a password and a key: what a key of a kind is for after it (`Clave de API`, `Clave del producto`,
# `Clave de licencia`, `Clave de cifrado`, AWS' `Clave de acceso`) names that key, no password.
_KEY_KIND_WORDS = frozenset({"api", "producto", "licencia", "cifrado", "encriptación", "encriptacion", "firma",
                             "registro", "activación", "activacion", "acceso", "cliente", "servicio", "integración",
                             "integracion", "webhook", "sesión", "sesion",
                             # (stop 66: Catalan's and Aragonese's `clau`: `Clau de producte`, `Clau de llicència`, `Clau
                             # de xifratge`, `Clau de l'API`, `Clau d'accés` read whole)
                             "producte", "llicència", "llicencia", "xifratge", "signatura", "registre", "activació",
                             "activacio", "accés", "acces", "servei", "integració", "integracio", "sessió", "sessio"})
# (an article or a preposition elided before a word with an apostrophe, Catalan's and French's `l'API`, `d'accés`)
_ELIDED_ARTICLE = lazy_regex(r"""^(?:l|d)['\u2019]""")
_ITALIAN_ELIDED_PREPOSITION = lazy_regex(r"""(?i)(?<![\w'\u2019])(dell|dall|nell)['\u2019](?=\w)""")


# (a clause saying the team uses it between the word and what it is for: `Password we use for the p12 file`,
# Swedish's `Lösenord vi använder för p12-filen`, German's `Passwort wir nutzen für …`, Dutch's `Wachtwoord wij
# gebruiken voor …`: its pronoun, then its verb)
_WE_USE_PRONOUNS = frozenset({"we", "vi", "wir", "wij", "nous", "noi", "my"})
_WE_USE_CLAUSE_WORDS = 2


def _unqualified(label: str, keys_too: bool = False) -> str:
    """The label's words up to a password's word that a preposition follows (`Password for unattended access` gives
    `Password`, `WLAN-Passwort für Gäste` gives `WLAN-Passwort`, `Mot de passe du NAS` gives `Mot de passe`); any other
    label as it is (`Clave de API`, see _KEY_KIND_WORDS)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password

    # (stop 66: Italian's preposition elided onto the next word, `Password dell'utente `admin``, read as `della utente`)
    words = (_ITALIAN_ELIDED_PREPOSITION.sub(r"\1a ", label) if "'" in label or "\u2019" in label else label).split()
    for at in range(1, len(words) - 1):
        if words[at].lower() not in _QUALIFYING_WORDS or (
                words[at].lower() == "par" and words[at + 1].lower().startswith(_DEFAULT_AFTER_PAR)):
            continue
        clause = _WE_USE_CLAUSE_WORDS if at >= 3 and words[at - 2].lower() in _WE_USE_PRONOUNS else 0
        if not clause and at >= 2 and words[at - 1].lower() in _NEW_ADJECTIVES and names_a_password(words[at - 2].strip("*_").lower()):
            clause = 1  # (`password gnove par …`: the adjective stands as a clause would, the password's word before it)
        head = words[at - 1 - clause].strip("*_").lower()
        if not (names_a_password(head) or head == "clau" or tuple(word.lower() for word in words[max(0, at - 3):at]) == _PASSWORD_PHRASE):
            # (stop 64, `keys_too`: a runbook's or an operator's notes' key, token or secret (documentation's readers judge
            # the label whole), what it is for after its words, `API key for SSL`, Faroese's
            # `API lykilin til SSL`: the words before, where they still name a credential with what it is for read before
            # them as English writes it, `SSL API key`; `API key for testing`, `for the public site` say it is none)
            before = "_".join(word.strip("*_") for word in words[:at])
            if not keys_too or clause or at > 3 or not names_a_credential(before) \
                    or not names_a_credential("_".join(words[at + 1:]) + "_" + before):
                continue
            return " ".join(words[:at])
        if head in ("clave", "clau") and any(_ELIDED_ARTICLE.sub("", word.lower().strip(".,;")) in _KEY_KIND_WORDS
                                            for word in words[at + 1:]):
            return label  # (`Clave de API`, `Clau de l'API`: an API key's label)
        if head == "clau":
            # (stop 66: Catalan's and Aragonese's `clau` before whose it is names that account's password, as Spanish's
            # `clave` does: a router page's `Clau de l'administrador (toda la flota)`; alone it names a dict's or a
            # cache's entry as often, English's `key`: catalan_round_57_test)
            return "password"
        return " ".join(words[:at - clause])
    return label


# A Wi-Fi network's details as a page notes them, a line each (`SSID: Depot-Tablets` then `Passphrase: …`, in an indented
# or fenced block, a list or plain lines): the SSID's line beside a key's, a passphrase's or a password's makes that the
# network's passphrase. Read within the lines' block (a blank line ends it), a few lines each way. The network is named
# by its Wi-Fi word and whose it is, before or after it, in the team's language (`Staff Wi-Fi: …`, `Wi-Fi équipe : …`,
# `Wi-Fi clientes: …`, `Réseau Wi-Fi : …`, `Rete WiFi ospiti: …`, `WLAN Team: …`), no credential's word among them (`Wi-Fi password: …`
# is the key's own line).
_NOT_A_NETWORK_WORD = r"""(?!(?:key|pass\w*|psk|pw|pwd|code|pin|cl[ée]f?|clave|chave|chiave|mot|contrase\w*|senha|schl\w*|kennwort)(?![\w-]))"""
_SSID_LINE = lazy_regex(r"""(?i)^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:e?ssid|network[ \t]name"""
                        r"""|(?:(?:r[ée]seau|red|rede|rete)[ \t]+|""" + _NOT_A_NETWORK_WORD + r"""[^\W\d_][\w'-]{0,23}[ \t]+)?(?:wi-?fi|wlan)"""
                        r"""(?:[ \t]+""" + _NOT_A_NETWORK_WORD + r"""[^\W\d_][\w'-]{0,23}){0,2})"""
                        r"""(?:\*\*|__)?[ \t]*[:=]""")
_SSID_LINES_READ = 3
# A note's line giving a Wi-Fi network's key bare after a key's word alone, English's or the team's language's (`Key: …`,
# `Passphrase: …`, French's `Clé : …`, Spanish's `Clave: …`, Portuguese's `Chave: …`, Italian's `Chiave: …`, German's
# `Schlüssel: …`): read from the network's line above it (network_key_beside_its_ssid).
_NOTE_NETWORK_KEY_LINE = lazy_regex(
    r"""(?i)^[ \t]*(?:[-*+][ \t]+)?(?:(?:network|security|wi-?fi|wpa2?)[ \t]+)?(?P<label>key|passphrase|cl[ée]f?|clave|chave"""
    r"""|chiave|schl(?:ü|ue)ssel)[ \t]*[:=\uff1a][ \t]*(?P<value>[^\s`"'<\[({][^\s`]{0,255})[ \t]*\r?$""")


def network_key_beside_its_ssid(lines: Sequence[str], index: int) -> Iterator[Found]:
    """In a team's notes, line `index` naming a Wi-Fi network (_SSID_LINE) and a key's line in its block, up to
    _SSID_LINES_READ lines below or above it (_NOTE_NETWORK_KEY_LINE): the network's passphrase (`Wi-Fi équipe : …` then
    `Clé : …`), the network's name first as notes give it. A password's line is the keyword rules' own."""
    if _SSID_LINE.match(line_text(lines, index)[:_SPAN_LINE_READ]) is None:
        return
    for at in range(index + 1, min(len(lines), index + 1 + _SSID_LINES_READ)):
        text = line_text(lines, at)[:_SPAN_LINE_READ]
        if not text.strip():
            return
        found = _NOTE_NETWORK_KEY_LINE.match(text)
        if found is not None and _SECURITY_MODE.match(found.group("value")) is None:  # (`Key: WPA2-PSK`: the mode)
            yield at - index, f"{found.group('label')} of the Wi-Fi network named above it", "wifi_passphrase", found.group("value")
            return


def beside_an_ssid(lines: Sequence[str], index: int) -> bool:
    """An SSID's line (_SSID_LINE) stands in line `index`'s block, up to _SSID_LINES_READ lines above or below it."""
    for step in (-1, 1):
        for at in range(index + step, index + step * (_SSID_LINES_READ + 1), step):
            text = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            if not text.strip():
                break
            if _SSID_LINE.match(text) is not None:  # (anchored: it stops at the line's first word)
                return True
    return False


def _network_key(label: str, key: str, lines: Sequence[str], index: int) -> str:
    """`key`, or the Wi-Fi network's passphrase where the label names a key, a passphrase or a password and an SSID's
    line stands beside it (beside_an_ssid)."""
    if key != "wifi_passphrase" and (_NETWORK_KEY_LABEL.match(label) or _PRE_SHARED_KEY.search(label)
                                     or names_a_password_word(label)) and beside_an_ssid(lines, index):
        return "wifi_passphrase"
    return key


# A passphrase a generator draws of words (as Bitwarden's generator does, `pebble-juniper-basalt-kestrel6`; diceware,
# `orbit walnut copper glacier`): words of three letters or more, each with a vowel, lower case or capitalised, joined
# by one separator, a number on one of them or standing alone; three words with a number, or four words and more.
_PASSPHRASE_WORD = lazy_regex(r"^(?:[a-z]{3,12}|[A-Z][a-z]{2,11})[0-9]{0,4}$")
_PASSPHRASE_NUMBER = lazy_regex(r"^[0-9]{1,4}$")
_WORD_VOWEL = lazy_regex(r"[aeiouyAEIOUY]")


def word_passphrase(value: str) -> bool:
    """A passphrase of words a generator drew (see _PASSPHRASE_WORD), no stock example's (`correct-horse-battery-staple`,
    `my-secret-passphrase`) nor a placeholder's."""
    from secretfence.compat.detect_secrets.credential_keys import is_famous_example
    from secretfence.kinds._helpers import is_placeholder, spells_an_example_password

    if not 14 <= len(value) <= 128 or not value.isascii():
        return False
    separators = [separator for separator in "-_. " if separator in value]
    if len(separators) != 1:
        return False
    parts = value.split(separators[0])
    words = [part for part in parts if _PASSPHRASE_WORD.match(part) and _WORD_VOWEL.search(part)]
    if len(parts) > 10 or len(words) + sum(1 for part in parts if _PASSPHRASE_NUMBER.match(part)) != len(parts):
        return False
    numbered = any(character.isdigit() for character in value)
    if len(words) < 3 or (len(words) < 4 and not numbered):
        return False
    return not (spells_an_example_password(value) or is_famous_example(value) or is_placeholder(value))


# (stop 65, pages: Walloon's `mot d' passe`, French's word with its `de` elided, the apostrophe apart or not, read as
# French's: `* Mot d' passe: …`)
_ELIDED_MOT_DE_PASSE = lazy_regex(r"""(?i)(?<![\w'])mot[ \t]+d['\u2019][ \t]?passe(?![\w'])""")


# (stop 68, notes) A credential's word borrowed with Indonesian's and Malay's possessive suffix, `-nya`, or Javanese's, `-ne`,
# `-e` (`password-nya`, `passwordnya`, `key-ne`, `secret-e`): the word's own key.
# (stop 69, notes: Sundanese's `-na` too, `API key-na`, `password-na`)
_POSSESSIVE_SUFFIX = lazy_regex(r"""(?i)(?<![\w-])(password|passwd|pwd|passphrase|secret|token|key)(?:-?nya|-na|-ne|-e)(?![\w-])""")


def _bare_key(label: str, keys_too: bool = False) -> str:
    """The key a bare value's label judges it under: a Wi-Fi network's key, or a tunnel's pre-shared key (`- Pre-shared
    key: …`, `- Clave precompartida: …`: _PRE_SHARED_KEY, in a list item or a code span), as its passphrase,
    else the label's words before any verb (`Password to use`: `Password`) or what the password is for (`Password for
    the kiosk`)."""
    if _WIFI_NETWORK_KEY.search(label) or _PRE_SHARED_KEY.search(label):
        return "wifi_passphrase"
    label = _ELIDED_MOT_DE_PASSE.sub("mot de passe", label)
    if "-" in label or "nya" in label or "NYA" in label:
        label = _POSSESSIVE_SUFFIX.sub(r"\1", label)  # (stop 68: `password-nya`, `key-ne`, `secret-e`)
    unqualified = _unqualified(_LABEL_VERB.sub("", label), keys_too)
    if unqualified != label and _WIFI_NETWORK_KEY.search(unqualified):
        return "wifi_passphrase"  # (`WLAN-Passwort für Gäste`: the guests' network's passphrase)
    return "_".join(_head_last(unqualified).split())


# A label led by its password's word with what the password is for after it and no preposition between, as Italian,
# French, Spanish and Portuguese notes write one (`password SIP`, `Mot de passe gérante`, `Contraseña admin`, `Senha
# caixa`; German's `Passwort SIP` too): English puts the word last (`SIP password`), the order the key judgement reads.
# (Irish orders it so too, what it is for after the word as a genitive: `Pasfhocal an teastais`, `Pasfhocal WordPress`)
# (Russian's, Ukrainian's, Bulgarian's and Tajik's words lead theirs too, what it is for after the word as a genitive or
# an izafet: `пароль консоли`, `парола за админ`, `пароли консол`; an account's name may stand before the word, the
# account whose password it is: `root пароли консол`, `admin Passwort SIP`; Scottish Gaelic's and Hausa's, what it is for
# after them: `Facal-faire an router`, `Kalmar sirri ta admin`; stop 63: Occitan's `senhal`, `senhal del wifi`)
# (stop 68, notes: the password's word after a PIN's, `PIN/Password KlikBCA`, a bank's sign-in that asks for either;
# Indonesian's and Malay's `kata sandi`, `kata laluan` and Balinese's `kruna sandi`, head first as those languages order
# them: `Kata sandi wifi kantor`, `kruna sandi dashboard`)
_HEAD_FIRST_PASSWORD = lazy_regex(r"(?i)^(?P<account>(?:root|admin|administrator|superuser)[ \t]+)?(?:pin[ \t]*/[ \t]*)?"
                                  r"(?P<head>kata[ \t]+(?:sandi|laluan)|kruna[ \t]+sandi|password|passwort|kennwort|wachtwoord|l(?:ö|o)senord(?:et)?|passord(?:et)?|adgangskoden?|contras(?:e(?:ñ|ny?)a|inal)|senhal?|has(?:ł|l)o|heslo"
                                  r"|mot[ \t]+de[ \t]+passe|(?:bp|ph|p)asfhocai?l|пароль|парол[аи]?|гасло|рамзи?"
                                  r"|f(?:h)?acal-faire|kalmar[ \t](?:sirri|wucewa)|i?phasiwedi|facal[ -]faire"
                                  # (stop 61: Malagasy's, Samoan's, Somali's, Breton's, Pashto's: `Upu fa'alilolilo a le
                                  # pule`, `Erayga sirta ah ee Grafana`, `Ger-tremen merour`)
                                  r"|teni[ \t]?miafin[ay]|teny[ \t]miafina|upu[ \t]fa['\u2018\u2019\u02bb]?alilolilo|er[ae]yga[ \t]sirta"
                                  r"|ger[ \t-]tremen|پټنوم|okwu[ \t]?ntughe|wachtwurd"
                                  # (review: Kinyarwanda's, Pashto's borrowing: `Ijambo ry'ibanga rya router`)
                                  r"|ijambo[ \t]+ry['\u2019]?[ \t]?ibanga|amagambo[ \t]+y['\u2019]?[ \t]?ibanga|ijambobanga|پاسورډ"
                                  r"|parau[ \t]+huna"  # (stop 68: Tahitian's, `parau huna 'āpī`)
                                  r"|pwd|pw|passwd)"  # (stop 64, notes: English's abbreviations, `pw vpn`)
                                  r"(?P<rest>(?:[ \t]+[^\W\d_][\w'.-]{0,31}){1,3})$")
# (a word after it saying the label is about passwords, no password: `Password manager`, `Password reset`, `Mot de passe
# oublié`, `Password dimenticata`, `Contraseña mínima`, `Senha expira`)
_ABOUT_PASSWORDS = frozenset({
    "manager", "managers", "reset", "policy", "policies", "hint", "hints", "length", "expiry", "expires", "expiration",
    "expired", "change", "changed", "changes", "recovery", "rotation", "rotated", "strength", "rules", "requirements",
    "history", "complexity", "vault", "store", "safe", "file", "field", "hash", "hashed", "required", "protected",
    "protection", "prompt", "generator", "example", "gestionnaire", "oublié", "oublie", "réinitialisation",
    "reinitialisation", "politique", "règles", "regles", "longueur", "exemple", "gestor", "gestore", "cambio", "recupero",
    "dimenticata", "olvidada", "olvido", "esqueci", "esquecida", "lunghezza", "longitud", "mínima", "minima", "scadenza",
    "caducidad", "expira", "regole", "reglas", "esempio", "ejemplo", "exemplo", "vergessen", "richtlinie",
    # (Dutch's: `Wachtwoord vergeten`, `Wachtwoord beleid`, `Wachtwoord wijzigen`, `Wachtwoord kluis`)
    "vergeten", "beleid", "wijzigen", "gewijzigd", "kluis", "lengte", "voorbeeld", "beheer", "beheerder",
    # (Irish's: `Pasfhocal dearmadta` (forgotten), `Pasfhocal a athshocrú` (reset), `Bainisteoir pasfhocal` reads none)
    "dearmadta", "athshocrú", "athshocru", "athrú", "athru", "polasaí", "polasai", "sampla",
    # (Polish's: `Hasło zapomniane`, `Hasło wygasa`, `Menedżer haseł` reads no `hasło`; `Hasło zmienione: …`, password
    # changed, gives the new one, as German's `Passwort geändert: …` does)
    "zapomniane", "zapomniałem", "polityka", "przykład", "przyklad", "długość", "dlugosc",
    "menedżer", "menedzer", "wygasa", "wymagania",
    # (Russian's, Ukrainian's, Bulgarian's: `Пароль менеджер`, `Политика паролей` reads no head; `Пароль забыт`, `Пароль
    # пример`, `Пароль длина`, `Парола за пример`; review: the genitive `менеджера` is the manager's, `Пароль менеджера:
    # …` a shop manager's password, as `Пароль администратора` is the administrator's: no word about passwords)
    "менеджер", "политика", "длина", "довжина", "пример", "приклад", "подсказка", "підказка", "забыт",
    "забыли", "забули", "требования", "вимоги", "хранилище", "сховище", "восстановление", "відновлення",
})


def _head_last(label: str) -> str:
    """A head-first password label (_HEAD_FIRST_PASSWORD) in English's order, the password's word last (`password SIP`
    gives `SIP password`, `Mot de passe gérante` gives `gérante Mot de passe`); any other label as it is."""
    found = _HEAD_FIRST_PASSWORD.match(label)
    if found is None:
        return label
    rest = found.group("rest").split()
    # (a word's possessive is the word's: `Password manager's entry` is about a manager, as `Password manager` is)
    bare = [word.lower().rsplit("'", 1)[0].rsplit("\u2019", 1)[0] if word.lower().endswith(("'s", "\u2019s")) else word.lower()
            for word in rest]
    # (review 66: French's `par défaut` is no preposition naming what it is for, as _unqualified reads it since stop 65
    # took Friulian's `par`: `mot de passe par défaut : …` is the default password's label, `défaut mot de passe`)
    if any((word in _QUALIFYING_WORDS and not (word == "par" and bare[at + 1:at + 2] and bare[at + 1].startswith(_DEFAULT_AFTER_PAR)))
           or word in _ABOUT_PASSWORDS for at, word in enumerate(bare)):
        return label
    return " ".join((found.group("account") or "").split() + rest + found.group("head").split())


# A note's line giving a password bare after a label led by the password's word (_HEAD_FIRST_PASSWORD's order, or what
# it is for after a preposition: `Mot de passe gérante : …`, `password SIP: …`, `Contraseña del router: …`, `Passwort
# SIP: …`; French's three words alone, `Mot de passe : …`), which the keyword rules, reading one word before the colon,
# do not read: judged under the English order's key (_bare_key). A note in brackets before the colon is the writer's
# aside (`Password menu tecnico (uguale su tutte): …`).
_HEAD_FIRST_LABEL = (
    r"""(?P<label>(?i:(?:(?:root|admin|administrator|superuser)[ \t]+)?"""  # (its account first)
    r"""(?:pin[ \t]*/[ \t]*)?"""  # (stop 68, notes: a PIN's word before it, `PIN/Password KlikBCA: …`)
    # (stop 68, notes: Indonesian's and Malay's `kata sandi`, `kata laluan`, Balinese's `kruna sandi`: `kruna sandi: …`)
    r"""(?:kata[ \t]+(?:sandi|laluan)|kruna[ \t]+sandi|mot[ \t]+de[ \t]+passe|password|passwort|kennwort|wachtwoord|l(?:ö|o)senord(?:et)?|passord(?:et)?|adgangskoden?|contras(?:e(?:ñ|ny?)a|inal)"""
    r"""|senhal?|has(?:ł|l)o|heslo|(?:bp|ph|p)asfhocai?l"""  # (Irish's: `Pasfhocal an teastais: …`; stop 63: Occitan's `senhal`)
    r"""|f(?:h)?acal-faire|kalmar[ \t](?:sirri|wucewa)"""  # (Scottish Gaelic's, Hausa's: `Facal-faire an router: …`)
    r"""|пароль|парол[аи]?|гасло"""  # (Russian's, Ukrainian's, Bulgarian's and Tajik's: `пароли консол: …`)
    r"""|рамзи?"""  # (stop 65, notes: Tajik's other, its izafet `рамзи`: `рамзи роутер: …`)
    r"""|teni[ \t]?miafin[ay]|teny[ \t]miafina|upu[ \t]fa['\u2018\u2019\u02bb]?alilolilo|er[ae]yga[ \t]sirta"""  # (stop 61: Malagasy's, Samoan's, Somali's: `Upu fa'alilolilo a le pule: …`)
    r"""|ger[ \t-]tremen|پټنوم"""  # (stop 61: Breton's, Pashto's: `Ger-tremen merour Odoo: …`)
    r"""|okwu[ \t]?ntughe|wachtwurd"""  # (stop 61: Igbo's, West Frisian's: `okwuntughe root ugbu a: …`)
    # (review: Kinyarwanda's `ijambo ry'ibanga`, its plural and its one word, Pashto's borrowing `پاسورډ`: a note's
    # `Ijambo ry'ibanga: …`, `Ijambo ry'ibanga rya router: …`, as the other languages' labels are read)
    r"""|ijambo[ \t]+ry['\u2019]?[ \t]?ibanga|amagambo[ \t]+y['\u2019]?[ \t]?ibanga|ijambobanga|پاسورډ"""
    r"""|i?phasiwedi|facal[ -]faire"""  # (stop 60: Zulu's, Scottish Gaelic's apart: `Iphasiwedi ye-PayFast dashboard: …`)
    r"""|mawu[ \t]achinsinsi"""  # (stop 64: Chichewa's, what it is for after it: `Mawu achinsinsi atsopano: …`)
    r"""|parau[ \t]+huna"""  # (stop 68: Tahitian's, a hidden word, new after it: `Teie te parau huna 'āpī : …`)
    # (stop 64, notes: English's abbreviations, what it is for after them as a notes pad writes it: `pw vpn: …`, `pwd
    # wifi gäste: …`, `passwd router: …`; alone, `pw: …`, the keyword rules')
    r"""|pwd|pw|passwd"""
    # (stop 68, notes: Yiddish's `parol` in YIVO's romanization and in its Hebrew script, `פּאַראָל` (`פּאַסוואָרט`), its
    # article before it, what it is for after `far` or `fun`: `- dos parol far dem tablet in oyto (Square Team app): …`,
    # `- דאָס פּאַראָל פֿון דעם NAS (admin): …`; Indonesian's and Malay's `kata sandi`, Javanese's `sandi`, what it is for
    # after them: `Kata sandi WiFi kantor: …`, `sandi router: …`; Dhivehi's `ޕާސްވޯޑް`, Hmong's `lo lus zais`)
    r"""|(?:(?:dos|di|dem)[ \t]+)?parol|(?:(?:\u05d3(?:\ufb2f|\u05d0\u05b8?)\u05e1|\u05d3\u05e2\u05dd)[ \t]+)?(?:""" + YIDDISH_PASSWORD_WORDS
    + r""")|(?:kata[ \t]+)?sandi|""" + THAANA_PASSWORD_WORDS + r"""|(?:lo[ \t]+)?lus[ \t]+zais))"""
    # (what it is for may name its account in a code span: `Contrasenya de l'usuari `operari`: …`)
    # (stop 61: up to five words: `Password ya sa kuri SQL Express (TeaScale): …`)
    # (stop 65: or in double quotes, as a note quotes an account's name: `une password gnove par "ispetor": …`, a new
    # password for "ispetor")
    # (stop 68: a word opened by a glottal stop, as Polynesian languages write one: Tahitian's `'āpī`, new)
    r"""(?:[ \t]+(?:['\u2018\u2019\u02bb]?[^\W\d_][\w\u0591-\u05c7\u07a6-\u07b0'.-]{0,31}|`[\w.@\\-]{1,64}`|"[\w.@\\-]{1,64}"|\u201c[\w.@\\-]{1,64}\u201d)){0,5})"""
    r"""(?:[ \t]*\([^()\n`]{0,64}\))?[ \t]*[:\uff1a][ \t]*"""
    r"""(?P<value>[^\s`"'<\[({][^\s`]{0,255})""")
# (stop 66, notes: or a numbered step's, as a runbook lists them: `3. Erayga sirta: …`, `2) Kalmar sirri: …`)
# (stop 67, notes: in a quoted mail's or a Markdown quote's lines too, `> hasło tymczasowe: …`, a supplier's mail pasted
# into the notes; nested quotes three deep)
# (stop 68, notes: a note after the value, in brackets or after an arrow or a dash, as a note's writer adds one: `PIN/Password
# KlikBCA: …   <- tulis di sini biar ga lupa`, write it here so I don't forget; `… (ganti bulan depan)`: VALUE_ASIDE; no colon
# nor code span in an arrow's or a dash's note, which would be another label's value: `- User: admin - Password: …`)
VALUE_ASIDE = r"""(?:[ \t]+\([^()\n]{1,80}\)|[ \t]+(?:<-{1,2}|<=|\u2190|\u27f5|--?|\u2013|\u2014)[ \t]+[^\n:`\uff1a]{1,160}?)?"""
_HEAD_FIRST_LINE = lazy_regex(r"""^[ \t]*(?:>[ \t]?){0,3}(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?""" + _HEAD_FIRST_LABEL + VALUE_ASIDE
                              + r"""[ \t]*\r?$""")
# (stop 63) The same label after a sentence's first words, who did what to the password, a meeting's notes' line: Lingala's
# `Papy abongoli mot de passe ya admin ya ledger: …` (Papy changed the ledger's admin password, French's word and
# Lingala's `ya`, of), French's `Papy a changé le mot de passe de l'admin du ledger : …`, English's `Papy reset the
# password of the ledger admin: …`; four words at most before it (stop 65: ten, where it was set, `Pal panel de
# tracciabilitât o ai metût une password gnove par "ispetor": …`), and a note in brackets after the value, as a meeting's
# notes add one (`(kotinda yango na WhatsApp te!)`, don't send it on WhatsApp). Its value is judged as documentation's
# password is (drawn or chosen with care), prose having led to it.
# (stop 65, notes: or after the day's stamp a crew's log opens each line with, its time too: `07-09  New BESS installer pw
# after vendor visit: … (Jimmy)`, `2024-07-09 14:10 …`)
_HEAD_FIRST_IN_A_SENTENCE = lazy_regex(
    r"""^[ \t]*(?:[0-9]{1,4}[-/.][0-9]{1,2}(?:[-/.][0-9]{1,4})?(?:[ \t]+[0-9]{1,2}:[0-9]{2})?:?[ \t]+)?"""
    r"""(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:[^\W\d_][\w'.-]{0,31}[ \t]+){1,10}?""" + _HEAD_FIRST_LABEL
    + r"""(?:[ \t]+\([^()\n]{1,80}\))?[ \t]*(?:[.!][ \t]*)?\r?$""")


# (stop 61) A settings file's free-text field (a comment, a description, notes, remarks: pgAdmin's servers.json
# `"Comment"`, an inventory's `description:`) holding a note's line, a head-first password label and its value
# (`"Comment": "contraseña de postgres: …"`): read as the note's line it is.
_NOTE_FIELD = lazy_regex(r"""(?<![\w-])["']?(?i:comments?|description|notes?|remarks?)["']?[ \t]*(?::|=)[ \t]*"""
                         r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})')""")
_NOTE_FIELD_WORDS = ("omment", "OMMENT", "escription", "ESCRIPTION", "ote", "OTE", "emark", "EMARK")


def _note_field_labels(line: str) -> Iterator[Found]:
    for _, found in zip(range(_NOTE_FIELDS_A_LINE), _NOTE_FIELD.finditer(line)):
        text = found.group("dq") if found.group("dq") is not None else found.group("sq")
        if ":" in text:
            yield from head_first_labelled_value(text.strip())


_NOTE_FIELDS_A_LINE = 4


# (stop 62) A note's label whose last words are a password's phrase of two words, what it is for before it, as English
# writes `Router admin password: …` (the keyword rules read that one word; a phrase's last word alone names nothing):
# Quechua's `pakasqa simi` (a hidden word), Malagasy's `teny miafina`, Hausa's `kalmar sirri` / `kalmar wucewa`, Somali's
# `erayga sirta`, Igbo's `okwu ntughe`, Yoruba's `ọ̀rọ̀ aṣínà` (tones written or not): `Router admin pakasqa simi: …`. The
# value is judged under the label's words joined, as a head-first label's is. (stop 63: Sindhi's `ڳجهو لفظ`, a secret
# word, its aspirate's `ه` written as Sindhi's `ھ` too: `ڳجهو لفظ: …` below a Wi-Fi network's `نالو:`, its name)
# (stop 63, notes: Sakha's `кистэлэҥ тыл`, a hidden word, its possessive `кистэлэҥ тыла`, what it is for before it; a
# note in brackets after the value, as a shift note adds one: `Весы панелин саҥа кистэлэҥ тыла: … (эргэтэ үлэлээбэт).`,
# the scales panel's new password (the old one no longer works))
_PHRASE_LAST_LINE = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+)?(?P<label>(?:[^\W\d_][\w'.-]{0,31}[ \t]+){0,3}"""
    r"""(?i:pakasqa[ \t]simi|teny[ \t]miafina|kalmar[ \t](?:sirri|wucewa)|er[ae]yga[ \t]sirta|okwu[ \t]ntughe"""
    r"""|(?:ọ|o)\u0300?r(?:ọ|o)\u0300?[ \t]a(?:ṣ|s)(?:í|i)n(?:à|a)|ڳج[هھ]و[ \t]لفظ|кистэлэ[ҥӈн][ \t]тыла?))"""
    r"""(?:[ \t]*\([^()\n`]{0,64}\))?[ \t]*[:\uff1a][ \t]*(?P<value>[^\s`"'<\[({][^\s`]{0,255})"""
    r"""(?:[ \t]+\([^()\n]{1,80}\)[ \t]*(?:[.!][ \t]*)?)?[ \t]*\r?$""")


# (stop 64, notes) A label in the note's own language glossed by English's word in brackets before its colon, as a
# bilingual runbook writes one for the reader who knows only English (Cornish's `… is till_sync, ger-tremena (password):
# …`, Welsh's `cyfrinair (password): …`): the gloss says what the value is, whatever the label's language and wherever
# the label stands on the line (a sentence may lead to it). The value ends the line (a full stop after it) and is judged
# as documentation's password (drawn or chosen with care, no prose compound).
# (stop 67, notes: the gloss in the language the team writes beside its own, French's, Spanish's, Portuguese's, German's
# (Ewe's `Gbeƒãɖeɖenya (mot de passe): …`), and what the password is for after it, three words at most before the colon:
# `Gbeƒãɖeɖenya (mot de passe) routeur admin: …`, the router admin's password)
_GLOSS_WORDS = r"""password|passwd|passphrase|pw|""" + _MOT_DE_PASSE + r"""|contrase(?:ñ|n)a|senha|passwort|kennwort"""
_GLOSSED_PASSWORD_LABEL = lazy_regex(
    r"""(?<![\w'\u2019-])(?P<label>[^\W\d_][\w'\u2019-]{1,31})[ \t]*\((?P<gloss>(?i:""" + _GLOSS_WORDS + r"""))\)"""
    r"""(?P<what>(?:[ \t]+[^\W\d_][\w.-]{0,23}){0,3})"""
    r"""[ \t]*[:\uff1a][ \t]*(?P<value>[^\s`"'<\[({][^\s`"']{7,127}?)\.?[ \t]*\r?$""")


def glossed_password_label(text: str) -> Iterator[Found]:
    """A note's password after a label glossed `(password)` (_GLOSSED_PASSWORD_LABEL), drawn or chosen with care."""
    from secretfence.kinds._helpers import documented_password_blocks

    found = _GLOSSED_PASSWORD_LABEL.search(text)
    if found is None:
        return
    value = found.group("value")
    if documented_password_blocks(value) and not prose_compound(value):
        yield 0, f"{found.group('label')} ({found.group('gloss')}){found.group('what')} given in a note", "password", value


def phrase_last_labelled_value(text: str) -> Iterator[Found]:
    """A note's bare value after a label ending in a password's phrase of two words (_PHRASE_LAST_LINE)."""
    found = _PHRASE_LAST_LINE.match(text)
    if found is None:
        return
    label = found.group("label")
    yield 0, f"{label} given in a note", "_".join(label.split()), found.group("value")


def head_first_labelled_value(text: str) -> Iterator[Found]:
    """A note's bare value after its head-first password label (_HEAD_FIRST_LINE); a label of one word (`Password:`,
    `Senha:`) is the keyword rules' own."""
    yield from _head_first_labelled(_HEAD_FIRST_LINE.match(text))


def head_first_labelled_in_a_sentence(text: str) -> Iterator[Found]:
    """A note's sentence ending in a head-first password label and its value (_HEAD_FIRST_IN_A_SENTENCE), the value
    drawn or chosen with care."""
    from secretfence.kinds._helpers import documented_password_blocks

    found = _HEAD_FIRST_IN_A_SENTENCE.match(text)
    if found is not None and _SENTENCE_WORDS_READ < sum(
            1 for word in text[:found.start("label")].split() if word[:1].isalpha()) and not set_for_an_account(found.group("label")):
        return  # (a meeting's talk over a password, `Nous avons discuté … de la politique sur le mot de passe admin: …`)
    for offset, what, key, value in _head_first_labelled(found):
        value = value[:-1] if value.endswith(".") else value  # (the sentence's full stop, `…: Koro!Tavola3600.`)
        if documented_password_blocks(value):
            yield offset, what, key, value


# (stop 70, notes) A head-first password label opening a line's later clause: after a comma or a semicolon, or after the
# item's own label and its colon, as a handover's or an office's note gives a system's account and then its password on
# one line (`- Odoo : compte secretariat@…, mot de passe : …`, `- Kasse: Konto kasse; Passwort für Kasse: …`, `- Odoo :
# mot de passe : …`). The label is read as one opening the line is (head_first_labelled_value), its value judged as
# documentation's password (drawn or chosen with care, no prose compound): `Politique : mot de passe : 12 caractères`
# is none.
_LATER_CLAUSE = lazy_regex(r"""[,;][ \t]+|(?<![:/])[ \t]?:[ \t]+""")


def head_first_labelled_in_a_clause(text: str) -> Iterator[Found]:
    """A head-first password label and its value opening one of the line's later clauses (_LATER_CLAUSE), four read."""
    from secretfence.kinds._helpers import documented_password_blocks

    for count, clause in enumerate(_LATER_CLAUSE.finditer(text)):
        if count >= _CLAUSES_A_LINE:
            return
        found = list(head_first_labelled_value(text[clause.end():]))
        for offset, what, key, value in found:
            if value[-1:] in ('"', "'") and text.count(value[-1], 0, clause.end()) % 2 == 1:
                value = value[:-1]  # (the clause inside a quoted value, `- Odoo = "compte …, mot de passe : …"`: its close)
            if documented_password_blocks(value) and not prose_compound(value):
                yield offset, what, key, value
        if found:
            return


# (merge of stop 65) Past four words before the label, or on a documentation page, the sentence must say for whom the
# password was set (an account's name in quotes, `par "ispetor"`) or that it is new: `o ai metût une password gnove par
# "ispetor": …`; a meeting's talk (notes_stop63_test) and a how-to's step (`To reset the admin password: **Settings/…**`,
# old_forms_round59_test) are no such sentence.
_SENTENCE_WORDS_READ = 4


def set_for_an_account(label: str) -> bool:
    """The label says for whom the password was set (a quoted account name) or that it is a new one."""
    return '"' in label or "\u201c" in label or any(word.strip('"\u201c\u201d').lower() in _NEW_ADJECTIVES
                                                    for word in label.split())


# (stop 68, notes) Yiddish's Hebrew-script and Dhivehi's Thaana password words (_helpers), which the key judgement does not
# read: a label holding one names a password whatever its other words (`דאָס פּאַראָל פֿון דעם NAS`), alone too
# (`ޕާސްވޯޑް: …`: the keyword rules read no such word)
_SCRIPT_PASSWORD_LABEL = lazy_regex(YIDDISH_PASSWORD_WORDS + r"|" + THAANA_PASSWORD_WORDS)


# (stop 69, notes) `sandi` as a label's one word, with its possessive (`sandinya`, `sandi-na`, Sundanese's `-na`)
_LONE_SANDI = lazy_regex(r"""(?i)sandi(?:-?nya|-?na|-?ne)?$""")


def _head_first_labelled(found: "Optional[re.Match[str]]") -> Iterator[Found]:
    if found is None:
        return
    label = found.group("label")
    in_script = not label.isascii() and _SCRIPT_PASSWORD_LABEL.search(label) is not None
    lone_sandi = _LONE_SANDI.match(label) is not None
    if " " not in label and "\t" not in label and not in_script and not lone_sandi:
        return
    if lone_sandi:
        # (stop 69, notes) Indonesian's and Sundanese's `sandi` alone as a note's or a mail's label, its value aligned
        # after it (`SSID : …` then `Sandi    : …`, `  email : …` then `  sandi : …`): the keyword rules read no such word,
        # and `sandi` is a code of any kind too (`Sandi Morse`), so the value must look drawn or chosen with care
        from secretfence.kinds._helpers import documented_password_blocks

        value = found.group("value")
        if documented_password_blocks(value):
            yield 0, f"{label} given in a note", "password", value
        return
    key = "password" if in_script else _bare_key(label)
    if key == "_".join(label.split()) and _HEAD_FIRST_PASSWORD.match(label) is not None:
        return  # (`Password manager: …`: a label about passwords, left as it is)
    value = found.group("value")
    for mark in ("**", "__"):  # (a bold value: `Passwort für die p12-Datei: **…**`)
        if len(value) > 2 * len(mark) and value.startswith(mark) and value.endswith(mark):
            value = value[len(mark):-len(mark)]
    yield 0, f"{label} given in a note", key, value


# A label's note in brackets before its colon (`- DB password (prod): …`, `app password (printer + scanner):  …`), as
# _LABELLED_SPAN takes one before a code span: the writer's aside, not the label's words.
_LABEL_NOTE = r"""(?:[ \t]*\((?P<note>[^()\n`]{0,64})\))?"""


# A line of a note its name says keeps passwords (`office-passwords.txt`, `creds.md`: is_credentials_note): a label of
# any words (what the login is for, its device's address, its account: `NAS (192.168.1.10) admin`, `wifi PATTU-OFFICE`),
# the values lined up after it, a colon and one word (`… admin : …`). The file's name says what each value is.
# (no quote nor `=` in the label: the configuration reading's `NAS = "admin : …"`, a heading's line and the entry indented
# below it joined, is no line of the note's, its value's closing quote no part of the password)
_NOTE_LISTED_VALUE = lazy_regex(r"""^[ \t]*(?:[-*+][ \t]+)?(?P<label>[^\W_][^:\n`"'=]{0,79}?)[ \t]*:[ \t]*"""
                                r"""(?P<value>[^\s`"'<\[({][^\s`]{5,127})[ \t]*\r?$""")


def credentials_note_value(text: str) -> Iterator[Found]:
    """The password a credentials note's line lists after its label (_NOTE_LISTED_VALUE): a provider's generated one,
    or one chosen with care as documentation's are judged (a word, `no password`, a version, an address is none)."""
    from secretfence.kinds._helpers import documented_password_blocks

    found = _NOTE_LISTED_VALUE.match(text)
    if found is None:
        return
    value = found.group("value")
    if generated_password(value) or documented_password_blocks(value):
        yield 0, f"{found.group('label').strip()} listed in a passwords note", "password", value


def bare_value_past_the_keyword_rules(text: str) -> Iterator[Found]:
    """A runbook's or an operator's notes' bare value after its label (_LISTED_BARE's or _ASSIGNED_LINE's form) where
    the keyword rules, which read `password: …` there, do not: after a label and its note in brackets (`- DB password
    (prod): …`, `app password (printer + scanner):  …`), or a value they cut at its first blank (a Google app password's
    four groups, `app password:  xxxx xxxx xxxx xxxx`, drawn as Google draws one: `abcd efgh …` counts up), or a key
    named in words apart (`secret key: …`, `App Key: …`: the keyword rules join no words, and read a bare `key` as no
    credential's). A note declaring the value public or an example says it is none."""
    from secretfence.kinds._mail_configs import drawn_app_password

    for pattern, label_group, what in ((_LISTED_BARE, "label", "given in a list item"), (_ASSIGNED_LINE, "key", "set in a note"),
                                       (_SPACED_KEY_LINE, "key", "set in a note")):
        found = pattern.match(text)
        if found is None:
            continue
        note, value = found.group("note"), found.group("value")
        spaced_key = note is None and " " not in value and _SPACED_KEY_LABEL.search(found.group(label_group)) is not None
        if spaced_key and not _spaced_key_s_value(found.group(label_group), value):
            return
        if (note is not None or " " in value or spaced_key) and (
                " " not in value or drawn_app_password(value)) and (
                note is None or (_PUBLIC_NOTE.search(note) is None and _SAYS_EXAMPLE.search(note) is None)):
            label = found.group(label_group)
            yield 0, f"{label}{f' ({note})' if note is not None else ''} {what}", _bare_key(label), value
        return


# (stop 60) A label naming a key in words apart, `key` its last (`secret key`, `App Key`, `API key`, `merchant key`):
# judged under its words joined (`secret_key`), as a key spelled so in a configuration is. (review: in the team's
# language too, the key judgement's localized key words, last (`API açary`, Turkish's `API anahtarı`, `API Schlüssel`,
# `API ключ`, `Секретный ключ`) or first, what the key is for after it (`Clé API`, `Clave API`, `ключ API`))
LOCALIZED_KEY_LAST = (r"""key|clave|chiave|chave|cl(?:é|e)|clau|schl(?:ü|ue|u)ssel|sleutel|anahtar(?:ı|i)?|ключ|avain|kulcsa?"""
                       r"""|klju(?:č|c)|raktas|atsl(?:ē|e)ga|v(?:õ|o)ti|kunci|lykill(?:inn)?|кілті?|a(?:ç|c)ary?""")
LOCALIZED_KEY_FIRST = r"""clave|chiave|chave|cl(?:é|e)|clau|kunci|ключ"""
# (stop 69, notes: the key's word borrowed with a possessive suffix, Indonesian's `-nya`, Sundanese's `-na`, Javanese's
# `-ne`: `API key-na: …`, `API key-nya: …`)
_SPACED_KEY_LABEL = lazy_regex(r"""(?i)[^\W_][ \t]+(?:""" + LOCALIZED_KEY_LAST + r""")(?:-?nya|-na|-ne)?$"""
                               r"""|^(?:""" + LOCALIZED_KEY_FIRST + r""")[ \t]+[^\W\d_]""")
# (review) A note's line whose label's words are in another script (`API ключ: …`, `Секретный ключ: …`), which
# _ASSIGNED_LINE's Latin words after its first do not take: a spaced key's label only (_SPACED_KEY_LABEL), read so.
_SPACED_KEY_LINE = lazy_regex(
    r"""^[ \t]*(?P<key>[^\W\d_][\w.-]{0,31}(?:[ \t][^\W\d_][\w.-]{0,31}){1,3})(?P<note>(?!))?[ \t]*[:\uff1a][ \t]*"""
    # (stop 69, notes: a note in brackets after the value, and the sentence going on after it, as a meeting's notes give a
    # key: `API key-na: … (akun rizal@…). Dede rek nyieun cron jam 05.00.`)
    r"""(?P<value>[^\s"'`<\[({][^\s`]{0,255}?)[.,;]?(?:[ \t]+\([^()\n]{1,80}\)(?:[.,;:]?[ \t]+[^\n`]{1,160})?[.,;:]?)?[ \t]*\r?$""")
# A key named in words apart that is no secret's by what it names: a host's or an SSH or OpenPGP key (published: its
# value a fingerprint or the public key's body), a KMS key (its id); a public key in the team's language (Russian's
# `Публичный ключ`, `Открытый ключ`, Turkish's `Açık anahtar`, `Genel anahtar`, Turkmen's `Açyk açar`, German's
# `Öffentlicher Schlüssel`, Dutch's `Publieke sleutel`, the Romance languages' `Clé publique`, `Clave pública`), which
# the key judgement reads as a key; a test's or an example's key (`Clave de prueba`, `Тестовый ключ`, `Sandbox key`)
_SPACED_PUBLIC_KEY_LABEL = lazy_regex(
    r"""(?i)(?<![^\W_])(?:host|ssh|gpg|pgp|openpgp|kms)[ \t-]+key$"""
    r"""|(?<![^\W_])(?:public|publiek|publi(?:c|qu)|p(?:ú|u)blic|pubblic|(?:ö|oe|o)ffentlich|nyilv(?:á|a)nos|julkinen|публичн|открыт"""
    r"""|a(?:ç|c)(?:ı|i|y)k|genel|test|sandbox|example|exemple|ejemplo|exemplo|esempio|beispiel|voorbeeld|(?:ö|o)rnek|prueba"""
    r"""|teste|тест|пример|synag|mysal)""")
# a path's value (`uploads/2024/03/report.pdf`, `~/.ssh/id_ed25519`)
_PATH_VALUE = lazy_regex(r"""^(?:[~.]?/|[\w.-]+(?:/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$)""")
_ORG_HEADING_STARS = lazy_regex(r"""^\*{2,8}(?=[ \t])""")  # (an org outline's heading below the first: `** API key: …`)
_SSH_BLOB_TYPES = (b"ssh-", b"ecds", b"sk-s", b"sk-e")


# (stop 64) A note's label naming a key or a token by its compound name, then a few words of what or whose it is in the
# note's language before the colon, as a support ticket's line writes one (Luganda's `API key gye tukozesa: …`, the API
# key we use; `API key we use: …`, `Secret key ya prod: …`): the key's value, read where it looks generated. A word after
# the name saying the value is something else (its id, name, file, hash, a test's or a public one) makes it none.
# (stop 66, notes: the name in the Romance languages' order too, `Token API`, and what it is for in a code span, the value
# in bold: Ladin's `- Token API per `cnc-upload`: **…**`, Italian's `Token API per `…`: …`)
_KEY_LABEL_THEN_WORDS = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+)?(?P<head>(?i:(?:api|secret|access|auth|client|private|app|merchant|subscription)[ \t_-]?"""
    r"""(?:key|token|secret)|token[ \t_-]?api))(?P<words>(?:[ \t]+(?:[^\W\d_][\w'\u2019.-]{0,23}|`[^`\s]{1,48}`)){0,3})"""
    r"""[ \t]*[:\uff1a][ \t]*(?P<star>\*\*)?(?P<value>[^\s"'`*<\[({][^\s`"'*]{15,255})(?(star)\*\*)[ \t]*\r?$""")
_NOT_THE_KEYS_VALUE_WORDS = frozenset((
    "id", "ids", "name", "names", "file", "path", "hash", "digest", "fingerprint", "prefix", "suffix", "length", "format",
    "type", "header", "param", "parameter", "url", "link", "location", "reference", "ref", "example", "sample", "test",
    "sandbox", "demo", "public", "rotation", "expiry", "expires", "owner", "policy", "version", "label", "alias", "scope"))


def key_label_then_words(text: str) -> Iterator[Found]:
    """A key's generated value after its compound name and a few words before the colon (_KEY_LABEL_THEN_WORDS)."""
    from secretfence.kinds._helpers import looks_generated

    found = _KEY_LABEL_THEN_WORDS.match(text)
    if found is None:
        return
    head, value = found.group("head"), found.group("value")
    if not found.group("words") and head[:5].lower() != "token":
        return  # (English's `API key: …` alone is the keyword rules'; `Token API: …` alone no rule's but this)
    words = [word.lower().strip(".'\u2019`") for word in found.group("words").split()]
    if any(word in _NOT_THE_KEYS_VALUE_WORDS for word in words) or not _spaced_key_s_value(f"{head} {' '.join(words)}", value):
        return
    if looks_generated(value) and not prose_compound(value):
        # (`Token API` is judged as English's order names it, `API_token`: its last word names the credential)
        key = "api_token" if head[:5].lower() == "token" else "_".join(head.replace("-", " ").split())
        yield 0, f"{head} given in a note ({found.group('words').strip()})", key, value


def _spaced_key_s_value(label: str, value: str) -> bool:
    """The value of a key named in words apart may be its secret: no public key's label (_SPACED_PUBLIC_KEY_LABEL), no
    path, no SSH public key's body (`AAAAC3NzaC1lZDI1NTE5…`: its length, then its type `ssh-ed25519`)."""
    import base64
    import binascii

    if not value.isascii() or _SPACED_PUBLIC_KEY_LABEL.search(label) is not None or _PATH_VALUE.match(value) is not None:
        return False  # (a value in the label's own letters is words: `clé-secrète-ici`, `gizlin-açar-şu-ýerde`)
    if value.startswith("AAAA") and len(value) >= 16:
        try:
            blob = base64.b64decode(value[:16])
        except (binascii.Error, ValueError):
            return True
        return blob[4:8] not in _SSH_BLOB_TYPES
    return True
# A bare value is the rest of the line; a Google app password is four groups of four letters, as Google shows it.
_APP_PASSWORD_GROUPS = r"""[a-z]{4}(?: [a-z]{4}){3}"""
# A Markdown list item giving a value bare after its label, the item's whole rest (`- Password: …`, `   - **Admin
# password**: …`, another language's label and its full-width colon, `- 密码：…`, a note after the label, `- DB password
# (prod): …`): read in documentation (elsewhere the keyword rules read `Password: …` as an assignment; a noted label,
# which they do not read, see bare_value_past_the_keyword_rules).
_LISTED_BARE = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)(?:\*\*|__)?(?P<label>[^\W\d_][\w./-]{0,31}?(?:[ \t]?(?<=[^\W\d_])['\u2019][ \t]?[\w./-]{1,32}?|[ \t][\w./-]{1,32}?){0,5}?)"""
    r"""(?:\*\*|__)?""" + _LABEL_NOTE + r"""(?:\*\*|__)?[ \t]*[:\uff1a\u1365\u1366](?:\*\*|__)?[ \t]*"""
    r"""(?P<value>""" + _APP_PASSWORD_GROUPS + r"""|[^\s`*_(<\[][^\s`]{0,255})""" + VALUE_ASIDE + r"""[ \t]*\r?$""")
# (stop 65) A list item's label in another language with English's word for it in brackets, as a bilingual team's
# notes gloss their own words (`- ᐱᖁᑎ (password): …`, `- ᐊᑐᖅᑎ (user): …`): the gloss names what the value is, and the
# value is judged under it where it names a credential.
_CREDENTIAL_GLOSS = lazy_regex(r"""(?i)^[ \t]*(?:password|passphrase|passwd|pin|secret|api[ _-]?key|token)[ \t]*$""")
# A line that is a whole assignment, as a page's code block shows a configuration, an environment or a call's
# keyword (`password = …` in an INI block, `export RESTIC_PASSWORD='…'`, `password="…",`, `"password": "…",`) or an
# operator's notes pad a setting (`Service password : …`, `app password (printer + scanner):  …`).
# (a note's label in another script is its key too, its letters' marks with them: a Khmer office's `ពាក្យសម្ងាត់:    …`,
# a Sinhala one's `මුරපදය: …`, a Russian one's `пароль: …`; the key judgement says whether it names a credential)
_ASSIGNED_LINE = lazy_regex(
    r"""^[ \t]*(?:export[ \t]+|set[ \t]+|\$env:)?(?P<kq>["']?)(?P<key>[^\W\d](?:[\w.-]|[\u0900-\u0dff\u0eb0-\u0ecd\u17b4-\u17d3]"""
    r"""|(?<=[^\W\d_])""" + _APOSTROPHE_IN_WORD + r"""){0,63}"""
    r"""(?:[ \t][A-Za-z][\w.-]{0,31}){0,2})(?P=kq)"""
    + _LABEL_NOTE + r"""[ \t]*[=:][ \t]*(?P<q>["']?)(?P<value>""" + _APP_PASSWORD_GROUPS + r"""|[^\s"'`]{1,256})(?P=q)"""
    # (stop 62: a note in brackets after the value, where it was seen, as an incident's pasted log marks it:
    # `WAVE_WEBHOOK_SECRET=… (env of pod api-7f9c)`; the value is the assignment's, the note the writer's aside)
    r"""(?:[ \t]+\([^()\n]{1,80}\))?[ \t]*(?:,[ \t]*)?\r?$""")
# A sentence's password right after its word, bold or bare (`start with the password **…** and`, `log in as
# "night", password …`): read only where the value would block (a sentence's word after `password` is prose). A
# bare value ends its clause (a comma, a parenthesis, the sentence's or the line's end): a word going on after it
# is the sentence's subject, not its password (`Each password is PBKDF2-HMAC-SHA256 hashed before storage`).
# (an aside set off by a dash: `password … — change it quarterly`; stop 69, notes: or the dash ending the line, its aside
# wrapped onto the next, as a runbook's numbered step goes on: `… the gate VLAN password is … —` then `   the IT folks …`)
_DASHED_ASIDE = r"""[ \t]+[-\u2013\u2014](?:[ \t]|\r?$)"""
# (stop 66, notes: or before a clause saying how long it holds or on what terms, opened by its conjunction: `its password
# is … until we rotate it in spring`, `… till the audit`, `… unless IT changed it`; a sentence's word after the value
# that opens no clause is its prose, `password is PBKDF2-HMAC-SHA256 hashed`)
_CLAUSE_OPENER = r"""[ \t]+(?i:until|till|unless|while|but)[ \t]"""
_SAID_COPULA = lazy_regex(r"""(?i)[ \t](?:is|was)(?![\w])""")
_SAID_BARE = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:password|passphrase|passwd|pwd|pw))"""
    r"""(?:[ \t]+(?i:for|after|on|of|at|to|in)(?:[ \t]+[\w./@:-]{1,32}){1,2}?(?=[ \t]+(?i:is|was)[ \t]))?"""
    # (stop 63, notes: or Setswana's and Sesotho's copula `ke`, English's word borrowed: `password ke … - Onalenna o e itse`)
    # (stop 65: and an adverb saying since when after the copula, as a handover note says the password changed: `the
    # kiosk admin password is now … (changed after …)`)
    # (review 66: and the change said as done, `is now set to …`, `has been changed to …`, `was reset to …`)
    r"""(?:[ \t]+(?i:is|was|ke)(?:[ \t]+(?i:now|still|currently))?(?:[ \t]+(?i:set)[ \t]+(?i:to))?"""
    r"""|[ \t]+(?i:(?:has(?:[ \t]+now)?[ \t]+been|was|got)[ \t]+)?(?i:changed|reset|set|updated|rotated)[ \t]+(?i:to))?(?:[ \t]*:)?[ \t]+"""
    r"""(?:(?P<star>\*\*?)(?P<bold>[^\s*]\S{0,255}?)(?P=star)(?!\*)(?=[\s,;)]|\.?\r?$|\.\s)"""
    r"""|(?P<bare>[^\s`*"'<\[({][^\s`"']{11,255}?)(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|""" + _DASHED_ASIDE + r"""|"""
    + _CLAUSE_OPENER + r"""))""")
# A sentence's bare password after its word in a script other than Latin (Bengali's `পোর্টালের পাসওয়ার্ড … — প্রতি তিন মাসে
# বদলাতে হবে`, Russian's `пароль … для входа`): a run of ASCII after a word of another script is no word of the sentence's
# prose, as a Latin-script language's bare word after its password's word would be (bold only there,
# _SAID_BOLD_LOCALIZED). Its clause ends as _SAID_BARE's does, or where the sentence goes on in its own script. Read where
# the value would block.
# (a page's reader of its own: an operator's notes' sentence in another script is _NOTE_SAID_BARE_IN_SCRIPT's, below, its
# `value` group; one name for both had the later pattern replace this one, and this reader ask it for `bare`: IndexError)
# (stop 66, notes: Tigrinya's `ቃል ምሕላፍ`, a word of passing, and its `መሕለፊ ቃል`; Central Kurdish's `وشەی نهێنی`, a
# secret's word, and its `وشەی تێپەڕ`, a passing word, with their definite ending `…یەکە`: a page's and a note's sentence
# in their scripts, `ሓድሽ ቃል ምሕላፍ ሂበዮ: …`, `بە بەکارهێنەری `office` و وشەی نهێنی …`)
_ETHIOPIC_AND_SORANI_PASSWORD_WORDS = r"""ቃል[ \t]ምሕላፍ|መሕለፊ[ \t]ቃል|وشەی[ \t](?:نهێنی|تێپەڕ)(?:یەکە|ەکە)?"""
# (stop 66, the lead: Persian's `رمز عبور`, `کلمه عبور` (`کلمه‌ی عبور`), `گذرواژه` and `رمز` alone; Arabic's `كلمة المرور`,
# `كلمة السر`, `رمز المرور`; Urdu's `پاس ورڈ`: a note's `- رمز عبور: …` and `كلمة المرور هي …` gave no finding, only a
# table's column and a code span were read. Arabic's `كلمة` alone is a word, no password's)
# (review 67: `رمز` alone is a code of any kind in Arabic, a product's, an order's tracking, a discount's, a currency's, and a
# few in Persian: `رمز المنتج: SKU-…`, `رمز التتبع: 1Z…`, `رمز ارز` (a cryptocurrency), `رمز رهگیری` blocked as passwords;
# before such a noun it is none, before any other (`رمز وای‌فای`, `رمز الدخول`, `رمز دوم`) a password still)
_NOT_A_PASSWORDS_CODE = (r"""(?![ \t\u200c]*(?:ال)?(?:منتج|خصم|تتبع|شحن|طلب|بريد|دولة|دولي|عملة|فاتورة|كوبون|قسيمة|ترويج"""
                         r"""|استجابة|شريط|ضريب|مصدر|خطأ|خطا|حالة|منطقة|لون|صنف|مخزون|حجز|مطار|هاتف|ارز|رهگیری|پیگیری|تخفیف"""
                         r"""|محصول|کالا|پستی|ملی|سفارش|رزرو|کشور|رنگ|منبع|رهگيري))""")
_ARABIC_SCRIPT_PASSWORD_WORDS = (r"""(?:ال)?رمز(?:[ \t](?:عبور|(?:ال)?مرور|السر)|""" + _NOT_A_PASSWORDS_CODE + r""")|(?:ال)?(?:کلمه|كلمة|كلمه)(?:\u200c?ی)?[ \t]"""
                                 r"""(?:عبور|(?:ال)?مرور|السر|سر)|گذرواژه|پاس[ \t\u200c]?ورڈ"""
                                 r"""|""" + _UYGHUR_PASSWORD_WORD)  # (stop 67, pages: Uyghur's `پارول`)
_SCRIPT_PASSWORD_WORDS = (r"""পাসও(?:\u09df|\u09af\u09bc)ার্ড|पासवर्ड|கடவுச்சொல்|գաղտնաբառ(?:ը|ն|ի)?|ពាក្យសម្ងាត់|මුරපද(?:ය)?"""
                          r"""|""" + INDIC_PASSWORD_WORDS +  # (stop 65: India's other scripts' borrowed word, _helpers')
                          r"""|(?:የ)?ይለፍ[ \t]ቃ(?:ል|ሉ)|პაროლ(?:ი|ის)|пароль|парола(?:та)?|гасло|лозинк(?:а|у)|сырсөз(?:ү)?"""
                          r"""|нууц[ \t]үг|κωδικ(?:ό|ο)ς?|(?:ו?ה)?סיסמ(?:ה|א|ת)"""
                          # (stop 62: Kazakh's `құпия сөз` written apart, Tatar's `серсүз`, Tibetan's `གསང་ཚིག`: `- Уақытша құпия сөз: …`)
                          r"""|құпия[ \t]?сөзі?|серсүзе?|གསང་ཚིག་?"""
                          # (stop 66, notes: Tigrinya's `ቃል ምሕላፍ`, a word of passing, and its `መሕለፊ ቃል`; Central
                          # Kurdish's `وشەی نهێنی`, a secret's word, its `وشەی تێپەڕ` and their definite `…یەکە`)
                          r"""|""" + _ETHIOPIC_AND_SORANI_PASSWORD_WORDS + r"""|""" + _ARABIC_SCRIPT_PASSWORD_WORDS)
_SAID_BARE_IN_SCRIPT_ON_A_PAGE = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:""" + _SCRIPT_PASSWORD_WORDS + r"""))"""
    # (stop 66, notes: or up to three words of the sentence's own script, then its colon, as a handover's sentence says
    # what was done with it: `ሓድሽ ቃል ምሕላፍ ሂበዮ: …`, I gave it a new password: …; the Ethiopic colons `፥`, `፦`)
    r"""(?:(?:[ \t]+[^\x00-\x7f\s]{1,16}){1,3}[ \t]*[:\u1365\u1366]|(?:[ \t]*[:\u055d\u1365\u1366])?)[ \t]+"""
    r"""(?P<bare>(?![*<\[({])[!#-&(-_a-~][!#-&(-_a-~]{11,255}?)(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|""" + _DASHED_ASIDE
    + r"""|[ \t]+[^\x00-\x7f])""")
# The same sentence's bold password after its word in the languages whose labels are read (German's, Dutch's and the
# Nordic languages' words, the Romance languages', the Slavic languages', Hungarian's, Greek's, the Baltic languages',
# Hebrew's): a handover note's `lietotājs **noma-admin**, parole **…**`, `uživatel **ops**, heslo **…**`, `Passwort:
# **…**`, `סיסמה **…**`. Bold only (a bare word after them is prose, and Spanish's `clave` a key's as often), read where
# the value would block, as _SAID_BARE's.
_SAID_BOLD_LOCALIZED = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?:ו?ה)?סיסמ(?:ה|א|ת)|(?i:""" + GERMANIC_PASSWORD_WORDS + r"""|contras(?:e(?:ñ|ny?)a|inal)|senha|palavra-passe"""
    r"""|mot[ \t]+de[ \t]+passe|has(?:ł|l)o|heslo|parol(?:ă|a|e)?|parool|slapta(?:ž|z)od(?:is|į|i)|(?:ş|s)ifr(?:e|ə)|lozinka|geslo"""
    r"""|jelsz(?:ó|o|ava)|κωδικ(?:ό|ο)ς?|συνθηματικ(?:ό|ο)|пароль|гасло|парола(?:та)?|парол|""" + _MORE_PASSWORD_WORDS + r"""))"""
    # (stop 67, pages: what the password is for after its word, a preposition's phrase or a bare noun, one to three
    # words, then its colon or dash, as these languages order a label: `пароль postgres: **…**` in a step's brackets,
    # `contraseña de postgres: **…**`, `mot de passe postgres : **…**`, `hasło do routera: **…**`)
    r"""(?:(?:[ \t]+(?i:de|del|da|do|du|di|della|per|para|pour|dla|za|od|для|від|до|от|к|на|у|в))?"""
    r"""(?:[ \t]+[\w'\u2019.@-]{1,32}){1,3}?(?=[ \t]*[:\u2014\u2013]))?"""
    # (Armenian's colon, `՝`, after its word: `ադմին գաղտնաբառը՝ **…**`)
    # (stop 61: Samoan's `o le` (is the), Malagasy's `dia`, Somali's `waa`: `o lona upu fa'alilolilo o le **…**`,
    # `ny tenimiafina dia **…**`, `erayga sirta waa **…**`)
    r"""(?:[ \t]+(?i:ist|lautet|is|luidt|är|er|on|ir|yra|es|é|est|è|jest|to|je|este|היא|הוא|ni|da|нь|է|o[ \t]+le|dia|waa|hè))?"""
    r"""(?:[ \t]*[:=\u055d])?[ \t]+"""
    # (stop 64: or emphasised with one star, Confluence's wiki markup's bold and Markdown's emphasis: `පස්වර්ඩ් *…*`)
    r"""(?P<star>\*\*?)(?P<bold>[^\s*]\S{0,255}?)(?P=star)(?!\*)(?=[\s,;)]|\.?\r?$|\.\s)""")
_BLOCK_OPENING_READ = 40  # lines looked up for the code block a line stands in


# A line saying its value is an example (`For example, the password `…` is accepted`, `e.g. `…``): a tutorial's. (In
# the languages whose labels are read too: Spanish's `por ejemplo`, `p. ej.`; Portuguese's `por exemplo`; French's `par
# exemple`, `p. ex.`; Italian's `per esempio`, `ad esempio`; German's `zum Beispiel`, `z. B.`)
_SAYS_EXAMPLE = lazy_regex(r"(?i)\bexamples?\b|(?<![\w.])e\.g\.|\bfor instance\b|\bsuch as\b"
                           # (Spanish's `ej.`, `Ej:`, `ejemplo`: Swedish's `ej` alone is its `not`, `Lösenord: `…` (byt ej)`, no
                           # example)
                           r"|\bej(?:emplos?\b|\.|:)|\bexemp(?:los?|les?)\b|\besemp(?:io|i)\b|\bp\.[ \t]?(?:ej|ex)\.|\bbeispiele?\b|\bz\.[ \t]?b\."
                           # (stop 60's languages, whose labels are read now: Luxembourgish's `Beispill`, Tajik's `масалан`,
                           # Hausa's `misali`, Scottish Gaelic's `eisimpleir`, Amharic's `ለምሳሌ`, Faroese's and Icelandic's
                           # `til dømis`, `til dæmis`, `t.d.`)
                           r"|\bbeispill(?:er)?\b|\bмасалан\b|\bmisali\b|\beisimpleir\b|ለምሳሌ|\btil[ \t]+d(?:ø|o|æ|ae)mis\b|\bt\.[ \t]?d\."
                           # (Russian's and Ukrainian's `пример`, `например`, `приклад`, `наприклад`; Japanese's and
                           # Chinese's `例` standing alone (`例：`, `（例）`, `例えば`, `の例は`; not `定例`, `比例`), `示例`, `例如`,
                           # `サンプル`, `のような` (such as), whose labels are read too)
                           r"|\b(?:на)?(?:пример|приклад)(?:а|у|ом|ы|и)?\b"
                           r"|(?:^|[\s(（【\[]|の)例(?:[:：)）】\]\s]|えば|は|$)|示例|例如|例子|样例|範例|サンプル|のような")


def _introduced_as_example(lines: Sequence[str], index: int) -> bool:
    """The line stands in a code block (a Markdown fence, reStructuredText's indented block after `::` or a
    `.. code-block::`) whose opening or the sentence before it says example (`For example::`)."""
    for above in range(index - 1, max(-1, index - 1 - _BLOCK_OPENING_READ), -1):
        text = line_text(lines, above)
        stripped = text.strip()
        if stripped.startswith(("```", "~~~")) or stripped.endswith("::") or stripped.startswith(".. code"):
            before = next((line_text(lines, at) for at in range(above - 1, max(-1, above - 4), -1)
                           if line_text(lines, at).strip()), "")
            return _SAYS_EXAMPLE.search(text[:_SPAN_LINE_READ]) is not None or _SAYS_EXAMPLE.search(
                before[:_SPAN_LINE_READ]) is not None
    return False


# A login's pair after the word saying so, as a team's handover note lists its systems (`- Jackrabbit (class management):
# login office@… / …`, `VPN: sign-in jsmith / …`, in code spans or not), or plain after a label that names the login
# (`- Portal login: office@… / …`), or plain after a label and the address of the device or the system it signs in to
# (`- Kennel NVR (cameras): http://10.40.0.2  admin / …`, `- Pansiyon NVR: 10.40.0.2  admin / …`: an address then a pair is
# a login whatever the label's words): the user (a name, an address, a domain's `SHOP\\user`) and its password split
# by `/`, the password the item's last word. (German's words for a login's details too: `Zugangsdaten`, `Zugang`, `Anmeldung`.)
_LOGIN_WORDS = LOGIN_WORDS
# (a password's word after the pair's `/`, in the languages whose login words are read: English's, German's, Dutch's,
# the Romance languages', Uzbek's and Romanian's `parol`, Turkish's `şifre`, the Slavic languages', Hungarian's, Russian's)
_PAIR_PASSWORD_WORDS = (r"""password|passwort|pass|pwd|pw|kennwort|wachtwoord|contrase(?:ñ|n)a|senha|mot[ \t]de[ \t]passe"""
                        r"""|parol(?:ă|a|e)?|parool|(?:ş|s)ifre|has(?:ł|l)o|heslo|lozinka|geslo|jelsz(?:ó|o)|пароль""")
_LOGIN_WORD_PAIR = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:\*\*|__)?(?P<label>[^\W\d_][\w./&'-]{0,31}(?:[ \t][\w./&'-]{1,32}){0,7}?)"""
    r"""(?:\*\*|__)?(?:[ \t]*\([^()\n]{0,64}\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*"""
    # (a device's or a system's address before its pair: `- Kennel NVR (cameras): http://10.40.0.2  admin / …`)
    r"""(?:(?P<address>(?:https?|rtsp)://[^\s/]{1,255}(?:/\S{0,255})?|[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?)"""
    # (stop 67, notes: or the pair in brackets after the address, `- Grafana: http://grafana.local:3000 (admin / `…`)`)
    r"""(?:[ \t]+(?P<bracket>\()?|[ \t]*,[ \t]*|[ \t]+[-\u2013\u2014][ \t]+))?"""
    # (or the word naming the pair's first half, the user: `- OnePay merchant portal: user khaen.accounts / …`)
    r"""(?:(?P<word>(?i:""" + _LOGIN_WORDS + r"""|user(?:name)?))[ \t]*:?[ \t]+)?"""
    r"""`?(?P<user>[\w.@\\+-]{1,128})`?[ \t]*/[ \t]*"""
    # (stop 60: the password's word before it, as the login's word before the user: `login admin / password …`, Uzbek's
    # `login admin / parol …`)
    r"""(?:(?i:""" + _PAIR_PASSWORD_WORDS + r""")[ \t]*:?[ \t]+)?`?(?P<value>[^\s`]{1,256}?)`?(?(bracket)\))[ \t]*"""
    # (stop 61: an aside set off by a dash after the pair, as a comment left in a page says to delete it: `login admin /
    # … - peeruk! (remove before launch)`)
    r"""(?:(?<=[ \t])[-\u2013\u2014][ \t]+(?P<aside>[^()\n]{1,80}?)(?=[ \t]\(|[ \t]*\r?$))?"""
    # (a note in brackets after the pair, set off by a blank: `… / … (change this after you log in!)`)
    r"""(?:[ \t]\((?P<note>[^()\n]{0,80})\)[ \t]*(?:[.!][ \t]*)?)?[ \t]*\r?$""")
# (who the login is for after its word, `VRM login for base techs:`, `Portal login for the night shift:`, what uses it,
# `SQL login used by the fitting bridge:`, `Login by the backup job:`: still a login;
# the systems it signs in to, two of them, `Login for the web UI and iVMS-4200:`, six words at most)
_LOGIN_FOR_WHOM = r"""(?:(?:[ \t]+(?i:used))?[ \t]+(?i:for|of|by|""" + _FOR_WHOM_WORDS + r""")(?:[ \t]+[\w.&'-]{1,32}){1,6})?"""
_LABEL_NAMES_A_LOGIN = lazy_regex(r"""(?i)(?<![a-z])""" + _LOGIN_WORDS + _LOGIN_FOR_WHOM + r"""$""")
# (a label naming the account the pair signs in to, its user a mail address: `* Deco app owner account: ops@… / …`,
# `- Router admin account: …@… / …`: the account's sign-in; its user a name alone, `Account: Billing / Invoices`, is a
# menu's path as often)
_LABEL_NAMES_AN_ACCOUNT = lazy_regex(r"""(?i)(?<![a-z])accounts?""" + _LOGIN_FOR_WHOM + r"""$""")
# (stop 69) A login's word heading its label, what it signs in to after it without a preposition, as the languages that
# put the head first write it (Indonesian's and Malay's `login admin Resik:`, `login cPanel toko:`): read so only where the
# pair's user is an address or its password was drawn or chosen with care (`Login flow: OAuth / SAML` is a choice)
_LABEL_OPENS_WITH_A_LOGIN = lazy_regex(r"""(?i)^""" + _LOGIN_WORDS + r"""(?:[ \t]+[\w.&'-]{1,32}){1,3}$""")
# (review 70) English's words after a login's word that say what about the login a label gives, not what it signs in to
# (`Login help: support@… / +62-21-…`, `Login issues: it@… / ext.4411`, `Login page`, `Login flow`): English puts its head
# last, so such a label's pair is a contact's or a choice, its user an address as often; it blocked as a login's pair.
_ABOUT_A_LOGIN = frozenset({"help", "helpdesk", "support", "issue", "issues", "problem", "problems", "trouble",
                            "troubleshooting", "contact", "contacts", "question", "questions", "faq", "info", "flow",
                            "flows", "option", "options", "method", "methods", "page", "pages", "url", "urls", "link",
                            "links", "redirect", "hint", "hints", "tip", "tips", "attempts", "error", "errors", "form",
                            "screen", "button", "provider", "providers", "type", "types", "mode", "modes", "via", "with"})


def _label_opens_with_a_login(label: str) -> bool:
    """A login's word heading the label, what it signs in to after it (see _LABEL_OPENS_WITH_A_LOGIN), not what about the
    login it gives (_ABOUT_A_LOGIN)."""
    if _LABEL_OPENS_WITH_A_LOGIN.match(label) is None:
        return False
    return not any(word.lower().strip(".") in _ABOUT_A_LOGIN for word in label.split()[1:])
# (stop 63) A note's or a chat message's sentence saying a login is a pair, `is` where a label has its colon: `the booking
# site login for the new divemaster is seru.dm / …`, `the login for the portal was ops / …`: what the login is for before
# its word (four words at most) or after it (_LOGIN_FOR_WHOM), the pair the sentence's last words, a note in brackets
# after it. The password is judged as a label's pair's is (`the login is admin / admin`, a stock pair, `first.last /
# birthday`, a rule, are none; `login is by e-mail / SMS`, a choice, is no pair).
_LOGIN_SAID_PAIR = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:[^\W\d_][\w'.&-]{0,31}[ \t]+){0,4}?"""
    r"""(?P<label>(?i:""" + _LOGIN_WORDS + _LOGIN_FOR_WHOM + r"""))[ \t]+(?i:is|was|=)[ \t]+"""
    r"""`?(?P<user>[\w.@\\+-]{1,128})`?[ \t]*/[ \t]*`?(?P<value>[^\s`/]{1,256}?)`?"""
    r"""(?:[ \t]+\((?P<note>[^()\n]{0,80})\))?[ \t]*(?:[.!][ \t]*)?\r?$""")


def login_said_pair(text: str) -> Iterator[Found]:
    """The password of a sentence saying a login is a pair (_LOGIN_SAID_PAIR), judged as a label's pair is."""
    if "/" not in text:
        return
    found = _LOGIN_SAID_PAIR.match(text)
    if found is None:
        return
    value = found.group("value")
    if value != found.group("user") and not prose_compound(value):
        yield 0, f"password of {found.group('user')} in a sentence giving the {found.group('label')}", "password", value


# (stop 61) A label naming a Wi-Fi network before such a pair (`Wi-Fi: ZozanDepo / …`, `- Office WLAN: HQ-5G / …`): the
# network's name and its passphrase split by `/`, as a note lists them, judged as documentation's password is (drawn or
# chosen with care: `2.4 GHz / 5 GHz`, `on / off` are none); a guests' network's is posted for them (_FOR_GUESTS). The
# label names the network itself, whose it is before its word (`Staff Wi-Fi`), no thing after it (`Wi-Fi adapters:
# `Intel-AX210` / `Realtek-8852BE``, `Wi-Fi channels`: a pair of products, of settings).
# (stop 69, notes: or where the network is after the word, a preposition's or an article's phrase of one to three words,
# as a pilot's or a site's notes place it: `Wi-Fi a hangar`, `Wi-Fi at the depot`, `WiFi di kantor`, `Wi-Fi du bureau`,
# `WLAN im Lager`; a thing after the word stays none, `Wi-Fi adapters`, `Wi-Fi channels`)
_LABEL_NAMES_A_NETWORK = lazy_regex(r"""(?i)^(?:[\w'-]{1,32}[ \t]+){0,2}(?:wi-?fi|wlan|wireless|ssid)"""
                                    r"""(?:[ \t]+(?:network|net|ssid|name|(?:2\.4|5|6)[ \t]?ghz)"""
                                    r"""|[ \t]+(?:at|in|on|a|er|sa|di|ke|en|au|aux|à|du|de|des|del|da|do|na|im|am|bei|auf|op|w|v|во?)"""
                                    r"""(?:[ \t]+[^\W\d_][\w'.-]{0,31}){1,3})?$""")


def _wifi_network_pair(found: "re.Match[str]") -> Iterator[Found]:
    """The passphrase of a Wi-Fi network's pair after a label naming the network (_LABEL_NAMES_A_NETWORK)."""
    from secretfence.kinds._helpers import documented_password_blocks

    label, value = found.group("label"), found.group("value")
    if found.group("word") is None and _LABEL_NAMES_A_NETWORK.match(label) is not None \
            and _FOR_GUESTS.search(label) is None and _SECURITY_MODE.match(value) is None \
            and _SECURITY_MODE.match(found.group("user")) is None and documented_password_blocks(value):
        # (a pair of security modes is a setting's choice, `Xifratge Wi-Fi: `WPA2-Personal` / `WPA3-Personal``)
        yield 0, f"passphrase of the Wi-Fi network {found.group('user')} after its {label} label", "wifi_passphrase", value


_ACCOUNT_LABEL_WORDS = 4


def login_word_pair(text: str) -> Iterator[Found]:
    """A login's user and password split by `/` after the word `login` (or a label naming it): see _LOGIN_WORD_PAIR."""
    from secretfence.kinds._helpers import documented_password_blocks

    if "/" not in text or ":" not in text:
        return
    found = _LOGIN_WORD_PAIR.match(text)
    if found is None:
        # (stop 61: an HTML table's row as its page's text reads it, each cell set off by blanks: the last cell before the
        # colon opens the pair's label, `Jelle  webside  beheer iisbaan: admin / …`)
        cut = text.rfind("  ", 0, text.find(":"))
        if cut > 0 and text[:cut].strip():
            found = _LOGIN_WORD_PAIR.match(text[cut + 2:])
    if found is not None and found.group("address") is None and ("i" in found.group("label") or "I" in found.group("label")
                                                                  or "l" in found.group("label").lower()):
        network = list(_wifi_network_pair(found))
        if network:
            yield from network
            return
    # (a device's administrator account as the pair's user says a login whatever the label names, a device's tool or
    # a place, as a pair of code spans does: `Winbox:    admin / …` in a router's README.txt, `NVR: root / …`)
    if found is None:
        yield from _admin_pair_ending_a_note(text)
        return
    if (found.group("word") is None and found.group("address") is None
            and _ADMIN_ACCOUNT.match(found.group("user")) is None
            and _LABEL_NAMES_A_LOGIN.search(found.group("label")) is None
            and not _protocol_login(found.group("label"), found.group("value"))
            and not ("@" in found.group("user") and (_LABEL_NAMES_AN_ACCOUNT.search(found.group("label"))
                                                     or _LABEL_IS_A_HOST.match(found.group("label"))))
            # (stop 66, notes: an account's pair whose user is a name alone, where the password was drawn or chosen with
            # care, as documentation's is judged: `- Weather vendor account: kisikair / …`; a menu's path, `Account:
            # Billing / Invoices`, holds no such word)
            and not (_LABEL_NAMES_AN_ACCOUNT.search(found.group("label")) and documented_password_blocks(found.group("value")))
            # (stop 70, notes: or whose label names an account or a portal among its words, in the languages a pair of
            # spans is read in (_ACCOUNT_LABEL: `compte M-Pesa agent (portail G2) : 8512-AG-07 / …`, `Личный кабинет ОФД:
            # buh@… / …`), four words at most (more are a sentence's clause: `Der Login klappt nicht immer wenn man
            # tippt: …`), its password drawn or chosen with care and no security mode's name)
            and not (len(found.group("label").split()) <= _ACCOUNT_LABEL_WORDS and _ACCOUNT_LABEL.search(found.group("label"))
                     and documented_password_blocks(found.group("value")) and _SECURITY_MODE.match(found.group("value")) is None)
            and not (_label_opens_with_a_login(found.group("label"))
                     and ("@" in found.group("user") or documented_password_blocks(found.group("value"))))):
        return
    yield 0, f"password of {found.group('user')} in the {found.group('label')} login", "password", found.group("value")


# (stop 67, notes) A configuration file's comment giving a login's pair after its label (nginx's `# dostęp: warsztat / …
# (zmienić po sezonie)` above `auth_basic`, the site's access): its mark dropped, read as a note's line is. Not a page's
# (documentation's readers read those), nor code's.
_CONFIG_COMMENT_MARK = lazy_regex(r"""^[ \t]*(?:#|;)[ \t]*""")


def config_comment_login(line: str, lowered_name: str) -> Iterator[Found]:
    """The password of a login's pair in a configuration file's comment (see _CONFIG_COMMENT_MARK)."""
    if lowered_name.endswith(DOCUMENTED_PASSWORD_PAGES) or ":" not in line:
        return
    mark = _CONFIG_COMMENT_MARK.match(line)
    if mark is not None:
        yield from login_word_pair(line[mark.end():_SPAN_LINE_READ])


# (stop 62) A device's or an application's administrator account and its password split by `/`, ending a note whatever
# words stand between its colon and it, in any language (`TODO remove: for testing admin / …`, an HTML comment's `тест үшін admin / …`):
# the account names the login as a label would; its password judged as documentation's is (drawn or chosen with care:
# `admin / operator`, a choice of roles, is none).
_ADMIN_PAIR_ENDING_A_NOTE = lazy_regex(
    r"""(?:^|(?<![>\u203a\u00bb\u2192])[ \t])"""  # (no menu's path, `Settings > admin / Users-And-Groups2`)
    r"""(?P<user>(?i:admin|administrator|root|superuser|sysadmin|администратор))[ \t]*/[ \t]*"""
    r"""(?P<value>[^\s`/]{1,256}?)[ \t]*(?:\((?P<note>[^()\n]{0,80})\)[ \t]*)?[.!]?[ \t]*\r?$""")


def _admin_pair_ending_a_note(text: str) -> Iterator[Found]:
    from secretfence.kinds._helpers import documented_password_blocks

    """The password of an administrator's pair ending a note after its colon (_ADMIN_PAIR_ENDING_A_NOTE)."""
    found = _ADMIN_PAIR_ENDING_A_NOTE.search(text)
    if found is not None and documented_password_blocks(found.group("value")):
        yield 0, f"password of {found.group('user')} ending a note", "password", found.group("value")


# (stop 62) A label naming the protocol the pair signs in with, a file transfer's or a remote shell's, among words in any
# language (`FTP: …`, `accessu FTP di u tema per l'agenzia: …`, `SSH for the agency: …`): a login, as `login` says one.
# The protocol's word names no thing of it after (`FTP server: vsftpd / …`, `SSH keys: …`, `FTP mode: active / passive`:
# a pair of products, of settings), and the password is judged as documentation's is (drawn or chosen with care).
_LABEL_NAMES_A_SIGN_IN_PROTOCOL = lazy_regex(
    r"""(?i)(?<![\w-])(?:s?ftps?|ssh|scp|rdp|vnc|telnet|webdav)(?![\w-])(?![ \t]+(?:servers?|clients?|modes?|ports?|keys?"""
    r"""|transfers?|tunnels?|software|daemons?|versions?|options|settings|config\w*|protocols?|hosts?)\b)""")


def _protocol_login(label: str, value: str) -> bool:
    """The pair's label names a sign-in protocol (_LABEL_NAMES_A_SIGN_IN_PROTOCOL) and its password is one."""
    from secretfence.kinds._helpers import documented_password_blocks

    return _LABEL_NAMES_A_SIGN_IN_PROTOCOL.search(label) is not None and documented_password_blocks(value)


# (stop 60) A label that is the service's own host name (`Eskiz.uz: it@… / … (nickname 4546)`, `portal.example.co.uk:
# ops@… / …`), the pair's user a mail address: the sign-in to that service, as an account's label names one.
_LABEL_IS_A_HOST = lazy_regex(r"""(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?!(?:sh|py|ya?ml|json|txt|md|conf|cfg|ini|js|ts|rb|php"""
                              r"""|sql|xml|csv|log|env|toml|lock|bat|ps1|cs|java|kt|html?|tf|pem|key|ppk|pub|service|timer)$)[a-z]{2,24}$""")
# (review: a file's name is no host's, `backup.sh: root@db1.example.com / var-backups-2024`, `config.yaml: deploy@… / …`:
# the file's user and its path or setting)


def login_pair_ends_the_line(text: str) -> bool:
    """The login's pair (login_word_pair) is all the line gives: no note in brackets after it. A note may give another
    credential, the line's other readers' to read (`- Router: admin / admin (WPA2 key: `…`)`: the pair's password a
    stock one, the Wi-Fi key the note's)."""
    found = _LOGIN_WORD_PAIR.match(text)
    return found is None or not found.group("note")


# A key given alone on an indented line below the list item that leads it in (`- API key for the live environment
# (generated in admin.… > Profile > Security):`, a blank, then the value indented as a code block; Romanian's `- Cheia API
# pentru mediul live (generata in …):`): the lead-in names a key, a token or a secret (in the team's language too: `cheia`,
# `cheie`, `klíč`, `clave`, `chave`, `clé`, `Schlüssel`, `sleutel`, `klucz`, `nyckel`, `anahtar`) and says it is the live or
# production environment's, or where it was generated: the team's own key, no example's. The value is the block's only
# line, one word (a block of code or of several lines is a sample's, not read). (stop 60: a plain-text note indents its
# value by two blanks as often, `iuchair live (bho dashboard > Developers):` then `  …`; Scottish Gaelic's key,
# `iuchair`, and Irish's, `eochair`, name one too)
_KEY_LEAD_IN = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:\*\*|__)?(?P<label>(?i:(?:[\w-]{1,32}[ \t]){0,3}"""
    r"""(?:key|token|secret|cheia|cheie|kl(?:í|i)(?:č|c)|clave|chave|cl(?:é|e)|schl(?:ü|ue)ssel|sleutel|klucz|nyckel|anahtar(?:ı|i)?"""
    r"""|iuchair|eochair)"""
    r"""(?:[ \t][\w-]{1,32}){0,2}))[ \t]+(?P<rest>[^\n]{1,256}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*\r?$""")
_LIVE_OR_GENERATED = lazy_regex(
    r"""(?i)\b(?:live|production|prod|produc(?:ț|t)ie|produkce|produkcja|produktion|producci(?:ó|o)n|produ(?:çã|ca)o"""
    r"""|canl(?:ı|i)|generated|generat(?:a|ă|e)?|generiert|generado|gerad[ao]|g(?:é|e)n(?:é|e)r(?:é|e)e?|vygenerov(?:á|a)n"""
    r"""|wygenerowan[ya]|olu(?:ş|s)turul(?:an|du)"""
    # (stop 63: or given to the team by its issuer (`issued` alone is any key's, `their token (issued on request)`): `the API token you gave us …:`,
    # Setswana's `Token ya API e re e neilweng …:`, the API token that was given us)
    r"""|neilweng|gave[ \t]+us|sent[ \t]+us)\b""")
_INDENTED_WORD = lazy_regex(r"""^(?:[ ]{2,16}|\t{1,2})(?P<value>[^\s`<\[({][^\s`]{11,255})[ \t]*\r?$""")
_LEAD_IN_BLANKS = 2  # blank lines between the lead-in and its value


def key_below_lead_in(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a key alone on the indented line below its lead-in (see _KEY_LEAD_IN)."""
    line = line_text(lines, index)
    if not line.rstrip().endswith(":") or len(line) > _SPAN_LINE_READ:
        return
    offset = 1  # (the value's line first: a cheap test most lines ending in a colon fail)
    while offset <= _LEAD_IN_BLANKS and not line_text(lines, index + offset).strip() and index + offset < len(lines):
        offset += 1
    value = _INDENTED_WORD.match(line_text(lines, index + offset)[:_SPAN_LINE_READ])
    after = line_text(lines, index + offset + 1)
    if value is None or (after.strip() and after[:1] in " \t"):  # (the block goes on: a sample's lines)
        return
    found = _KEY_LEAD_IN.match(line)
    if found is None:
        # (stop 63: the lead-in a paragraph's last sentence, a letter's `Thanks for yesterday. The API token you gave us
        # works on staging:`, read as a line of its own)
        breaks = [at.end() for at in _SENTENCE_BREAK.finditer(line[:_SPAN_LINE_READ])]
        found = _KEY_LEAD_IN.match(line[breaks[-1]:]) if breaks else None
    if found is None or _LIVE_OR_GENERATED.search(found.group("label") + " " + found.group("rest")) is None:
        return
    yield offset, f"the {found.group('label')} given below its lead-in", "api_key", value.group("value")


# (stop 67, pages) A password's or a pre-shared key's value alone in a code block below the line labelling it (`Pre-shared
# key (hanesan ba filial hotu, troka tinan-tinan):`, a blank, then the value indented or fenced, its block's only line):
# the label and the value read as the label and its span on one line are (`Pre-shared key: `…``), judged as a page's
# password is (drawn or chosen with care). A key's or a token's label needs its lead-in to say live or generated
# (key_below_lead_in): the docs' examples show keys so, and a tutorial gives no password so.
_FENCED_WORD = lazy_regex(r"""^[ \t]{0,3}(?P<value>[^\s`<\[({][^\s`]{7,255})[ \t]*\r?$""")
_BLOCK_WORD = lazy_regex(r"""^(?:[ ]{2,16}|\t{1,2})(?P<value>[^\s`<\[({][^\s`]{7,255})[ \t]*\r?$""")


def password_block_below(lines: Sequence[str], index: int, own_record: bool = False) -> Iterator[Found]:
    """(offset, what, key, value) of a password's value alone in the code block below line `index`, its label (see
    _BLOCK_WORD's note)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    text = line_text(lines, index)[:_SPAN_LINE_READ].rstrip()
    if not text.endswith(":") or text.lstrip().startswith(("#", "|", "```", "~~~", ">")):
        return
    offset = 1
    while offset <= _LEAD_IN_BLANKS and not line_text(lines, index + offset).strip() and index + offset < len(lines):
        offset += 1
    below = line_text(lines, index + offset)
    if below.lstrip().startswith(("```", "~~~")):
        fence = below.lstrip()[:3]
        value = _FENCED_WORD.match(line_text(lines, index + offset + 1)[:_SPAN_LINE_READ])
        if value is None or not line_text(lines, index + offset + 2).lstrip().startswith(fence):
            return  # (a fence of more lines than the value's: a sample's)
        offset += 1
    else:
        after = line_text(lines, index + offset + 1)
        value = _BLOCK_WORD.match(below[:_SPAN_LINE_READ]) if offset > 1 else None
        if value is None or (after.strip() and after[:1] in " \t"):
            return  # (the block goes on: a sample's lines)
    label = text.rstrip(":").rstrip(":").rstrip()  # (reStructuredText's `::` before its literal block)
    if not label:
        return
    for _, what, key, found in _labelled_code_spans(label + ": `" + value.group("value") + "`", own_record):
        if found == value.group("value") and names_a_password(key):
            yield offset, what.replace("in a code span", "in a code block below its label"), key, found
            return


# A list item naming a credential whose value stands alone on the item's next line, in a code span (`- Onfleet API kulcs
# (… még nincs a vaultban):` then `  `224e…``; `- [ ] rotate the Cloudflare token below after the migration` then
# `      `Eo-C…` (zone edit)`): the team's own value where the page is its own record (`own_note`: a handover note, a page
# naming its credentials' store) and the item's label ends in its colon, or on any page where the item tells the team
# to rotate, revoke or regenerate the credential below (a tutorial tells no one to rotate its example). The value is
# judged drawn (drawn_credential); the line holds the span and at most a note in brackets after it.
_SPAN_BELOW_ITEM = lazy_regex(r"""^[ \t]{2,16}`(?P<value>[^\s`]{12,256})`[ \t]*(?:\([^()\n]{0,120}\)[ \t]*)?[.,;]?[ \t]*\r?$""")
_ITEM_LABEL = lazy_regex(r"""^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?(?P<label>[^\s:`(][^:`(\n]{0,96}?)"""
                         r"""[ \t]*(?:\([^()\n]{0,160}\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*\r?$""")
_ROTATE_BELOW = lazy_regex(r"""(?i)^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[^\n]{0,80}?\b(?:rotate|revoke|regenerate"""
                           r"""|roll|reset|invalidate)\b[^\n]{0,80}?\b(?P<label>(?:[\w-]{1,32}[ \t]){0,2}(?:token|key|secret))\b"""
                           r"""[^\n]{0,40}?\bbelow\b""")


_ARTICLE = lazy_regex(r"""(?i)^(?:the|our|this|that|a|an)[ \t]+""")


def key_below_its_item(lines: Sequence[str], index: int, own_note: bool) -> Iterator[Found]:
    """(1, what, key, value) of the code span standing alone on the line below line `index`'s list item naming its
    credential (see _SPAN_BELOW_ITEM's note)."""
    item = line_text(lines, index)[:_SPAN_LINE_READ]
    if index + 1 >= len(lines):
        return
    if not item.rstrip().endswith(":") and "below" not in item:
        if own_note and line_text(lines, index + 1).startswith((" ", "\t")):
            yield from _key_below_wrapped_item(lines, index)  # (an item wrapped onto the lines below, its colon there)
        return  # (the cheap test first: an item's colon, or its word for the value below)
    text = line_text(lines, index + 1)[:_SPAN_LINE_READ]
    below = _SPAN_BELOW_ITEM.match(text) if "`" in text else None
    if below is None or not drawn_credential(below.group("value")):
        return
    labelled = _ITEM_LABEL.match(item) if own_note and item.rstrip().endswith(":") else None
    found = labelled or (_ROTATE_BELOW.search(item) if "below" in item else None)
    if found is None and own_note and item.rstrip().endswith(":") and _LIST_ITEM.match(item) is not None:
        found = _ITEM_CREDENTIAL_WORDS.search(item.replace("**", "").replace("__", ""))  # (`- Razer: **secret key** …, value:`)
    if found is None:
        return
    label = _ARTICLE.sub("", found.group("label").strip())
    yield 1, f"the {label} given below its list item", "_".join(label.split()), below.group("value")


# A list item on the team's own record whose sentence names its credential and goes on to say its value follows, the
# colon ending the item's last line, wrapped or not (`- Razer Merchant Services: **secret key** not moved to Secrets
# Manager yet, still in the old server's cron. Current value:` then the span alone; a Malay note's `… Nilai semasa:`):
# the credential's words, a key's, a token's or a secret's (what it is for, two words, before them), name the value
# below as an item's own label does. Read from the item's opening line, where its words stand (the prefilter's hint,
# _FOLDED_WRAPPED_ITEM_KEY), down its wrapped lines (indented).
_ITEM_CREDENTIAL_WORDS = lazy_regex(r"""(?i)(?<![\w-])(?P<label>(?:[\w-]{1,32}[ \t]){0,2}(?:key|token|secret))(?![\w-])""")
_WRAPPED_ITEM_LINES = 4  # lines of a wrapped list item read down from its opening to its colon


def _key_below_wrapped_item(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of the span alone below the last line of the list item opening on line `index`,
    wrapped onto indented lines, the last ending in its colon, where the item names its credential (see
    _ITEM_CREDENTIAL_WORDS' note)."""
    if _LIST_ITEM.match(line_text(lines, index)) is None:
        return
    for last in range(index + 1, min(len(lines) - 1, index + _WRAPPED_ITEM_LINES)):
        text = line_text(lines, last)[:_SPAN_LINE_READ]
        if not text.startswith((" ", "\t")) or not text.strip() or _LIST_ITEM.match(text) is not None:
            return  # (the item ends: a paragraph, a blank, the next item)
        if text.rstrip().endswith(":"):
            break
    else:
        return
    below = line_text(lines, last + 1)[:_SPAN_LINE_READ]
    value = _SPAN_BELOW_ITEM.match(below) if "`" in below else None
    if value is None or not drawn_credential(value.group("value")):
        return
    item = " ".join(line_text(lines, at)[:_SPAN_LINE_READ] for at in range(index, last + 1))
    found = _ITEM_CREDENTIAL_WORDS.search(item.replace("**", "").replace("__", ""))
    if found is not None:
        label = _ARTICLE.sub("", found.group("label").strip())
        yield last + 1 - index, f"the {label} given below its list item", "_".join(label.split()), value.group("value")


# A login's user and password each after its own label on one line, as a note lists a system's address and login
# (`Booking system: https://…/admin  user: office  pass: …`, `user: ops, password: …`, `username=ops / pwd=…`): the
# password the second label's bare value, which ends its clause (the line's or the sentence's end, a comma, a
# semicolon, a parenthesis, two blanks or a separator set off by blanks: a word going on after it is prose, `pass: ask
# Lisa`). The user's label before it says the pair is a login (a lone `pass:` in a sentence is a verb as often).
# (the user may stand in a code span, its label's colon then left out: `login `admin`, password: …`; and the labels in
# a Kazakh or a Russian note's words, `логин `admin`, пароль: …`, `пайдаланушы: admin, құпиясөз: …`, a Turkish or an
# Azerbaijani one's, `kullanıcı: admin, şifre: …`, `istifadəçi: admin, şifrə: …`)
# (a sentence giving the user in a span says its password's word and the value after it, no colon between, its `and`
# and its article before the word in the sentence's language: `con el usuario `admin` y la contraseña …`, `with the user
# `admin` and the password …`, `avec l'utilisateur `admin` et le mot de passe …`; the value ends its clause as above)
# (stop 64: the Nordic languages' words, Faroese's user `brúkari` (its object `brúkaran`) and password `loyniorð` (its
# definite `loyniorðið`), Danish's and Norwegian's `bruger` / `bruker` and `adgangskode` / `passord`, Swedish's `användare`
# and `lösenord`, Icelandic's `notandi` and `lykilorð`, their `and` `og` / `och`: `brúkaran `support` og loyniorðið …`)
_INLINE_USER_PASS_HEAD = (
    r"""(?<![\w-])(?i:user(?:[ \t_-]?name)?|login|usr|логин|пользователь|пайдаланушы|kullan(?:ı|i)c(?:ı|i)"""
    r"""|istifad(?:ə|e)(?:ç|c)i"""
    r"""|usuari[oa]|usu(?:á|a)rio|utilizador|utilisateur|utente|benutzer(?:name)?|gebruiker(?:snaam)?|(?:ú|u)s(?:á|a)ideoir|benotzer"""
    r"""|br(?:ú|u)kar(?:i|a|an|in)|bru(?:g|k)er(?:en|navn)?|anv(?:ä|a)ndare(?:n|namn)?|notand(?:i|a|ann|anafn))"""
    r"""(?:[ \t]*[:=][ \t]*(?P<user>[^\s,;|/`"'<>()\[\]]{1,128})|(?:[ \t]*[:=])?[ \t]*`(?P<ticked>[^\s`]{1,128})`)"""
    r"""(?:[ \t]*[,;|/][ \t]*|[ \t]+)(?:(?i:and|и|және|ve|və|y|e|et|und|en|agus|og|och)[ \t]+)?"""
    r"""(?:(?i:the|el|la|le|il|o|a|das|het|an)[ \t]+)?(?:(?i:d)['\u2019])?"""  # (Luxembourgish's elided article: `d'Passwuert`)
    r"""(?P<label>(?i:pass(?:word|wd)?|pwd|pw|пароль|парол|құпия[ \t]?сөз|(?:ş|s)ifr(?:e|ə)|parola"""
    r"""|contrase(?:ñ|n)a|senha|mot[ \t]de[ \t]passe|passwort|kennwort|wachtwoord|(?:bp|ph|p)asfhocal|passwuert"""
    r"""|loynior(?:ð|d)(?:ið|id)?|adgangskoden?|passord(?:et)?|l(?:ö|o)senord(?:et)?|lykilor(?:ð|d)(?:ið|id)?"""
    # (stop 62: Spanish's `clave` after a user's label is its password, as Latin America writes a panel's login:
    # `usuario `admin`, clave `…``; alone it is a key's word as often, `clave API`)
    r"""|clave))"""
    r"""(?(ticked)(?:[ \t]*[:=][ \t]*|[ \t]+)|[ \t]*[:=][ \t]*)""")
# (stop 64: a dash set off by blanks ends the clause, typed as two or three hyphens too: `Passwuert … -- w.e.g. änneren`)
_CLAUSE_END = r"""(?=[.,;]?[ \t]*\r?$|[,;)][ \t]|[ \t]{2,}\S|[ \t]+(?:[|/\u2013\u2014]|-{1,3})[ \t]|[ \t]+\()"""
_INLINE_USER_PASS = lazy_regex(
    _INLINE_USER_PASS_HEAD + r"""(?P<value>[^\s`"'<\[({][^\s`"']{0,255}?)""" + _CLAUSE_END)
# (stop 64) The same pair in a sentence, the user in its span, the password's value going on into the sentence's next words
# (`brúkar brúkaran `support` og loyniorðið … inntil tú fært tín egna`, `with the user `support` and the password … until
# you get yours`): read where a person chose the value or a generator drew it (inline_user_pass_pair), prose's next word
# no clause's end.
_SENTENCE_USER_PASS = lazy_regex(
    _INLINE_USER_PASS_HEAD + r"""(?P<value>[^\s`"'<\[({][^\s`"']{7,255}?)[.,;]?[ \t]+(?=[^\W\d_])""")
_INLINE_PAIRS_A_LINE = 4
# (stop 63, notes) The same pair said in a chat's message or a note's clause, each label's word before its value with no
# colon, a comma between (`user packfloor, pass …`, `login ops; pwd …`): a login's pair, as `user: …, pass: …` is. The
# password's value, bare, ends its clause; no colon says it is no label's, so it blocks only where a person chose it or
# it looks drawn (`user admin, pass the word on` is prose).
# (review 64: the same pair in the Romance languages' and German's words, as the labelled pair reads them: `usuario
# packfloor, clave …`, `utilisateur packfloor, mot de passe …`, `Benutzer packfloor, Passwort …`)
# (stop 64, notes: the user given with `=` or a colon, `user = kiosk`; a word or two of the message's language before the
# password's, `புது password …` (Tamil's new), `new password …`; the value's clause ended by a comma set apart, `… , try
# pannunga`)
# (stop 68, chats: the account's word as the user's, `compte "bord", mdp … (…)`, `account ops; password …`; the user in
# quotes; a qualifier between its word and the user, `Usuario de prueba guia.nuevo / clave …`; the password's French
# abbreviation `mdp` and the Turkic languages' words after a user, `login admin, parol … ve …` (Crimean Tatar's and
# Uzbek's `parol`, Turkish's `parola`, `şifre`); the value's clause ended by `and` in the note's language too, `… ve
# "Reboot" basıñız`, `… y entra`)
# (stop 70, chats: the password's word a word saying it is a temporary or first one, as a reset's reply gives it,
# `login mngouabi, provisoire …`, `user ops, temp …`, `usuario caja2, temporal …`: INITIAL_PASSWORD_WORDS)
_SPOKEN_USER_PASS = lazy_regex(
    r"""(?<![\w-])(?i:user(?:[ \t_-]?name)?|login|usr|usuari[oa]|usu(?:á|a)ri[oa]|utilisateur|utente|benutzer(?:name)?"""
    r"""|compte|account|cuenta|conta|konto)"""
    r"""(?:[ \t]+(?i:de|of|du|da|di|von)[ \t]+[^\W\d_]{2,16})?"""
    r"""(?:[ \t]*[=:][ \t]*|[ \t]+)["'\u201c\u00ab]?(?P<user>[\w.@-]{1,64})["'\u201d\u00bb]?[ \t]*[,;/][ \t]*"""
    r"""(?:[^\s,;/:=`"'<\[({]{1,24}[ \t]+){0,2}?"""
    r"""(?P<label>(?i:pass(?:word|wd)?|pwd|contrase(?:ñ|n)a|clave|senha|mot[ \t]de[ \t]passe|passwort|kennwort"""
    r"""|mdp|parol(?:a|ı|i|u|ü)?|(?:ş|s)ifre(?:si)?|""" + INITIAL_PASSWORD_WORDS + r"""))[ \t]+"""
    r"""(?P<value>[^\s`"'<\[({-][^\s`"']{7,255}?)"""
    r"""(?=[.,;]?[ \t]*\r?$|[,;)][ \t]|[ \t]{2,}\S|[ \t]+[|/\u2013\u2014-][ \t]|[ \t]+\(|[ \t]+[,;][ \t]"""
    r"""|[ \t]+(?i:and|ve|va|və|y|et|und|e|i|и)[ \t]+\S)""")


def spoken_user_pass_pair(text: str) -> Iterator[Found]:
    """A note's or a chat message's login pair said after its words with no colon (_SPOKEN_USER_PASS), where a person
    chose the password or it looks drawn."""
    from secretfence.kinds._helpers import documented_password_blocks

    lowered = text.lower()
    if not any(word in lowered for word in ("user", "login", "usr", "usu", "utili", "utente", "benutzer", "compte", "account",
                                            "cuenta", "conta", "konto")) or not any(
            word in lowered for word in ("pass", "pwd", "contrase", "clave", "senha", "wort", "mdp", "parol", "ifre", "temp",
                                         "provis", "provvis", "initial", "inicial", "inizial")):
        return
    for spoken in itertools.islice(_SPOKEN_USER_PASS.finditer(text), _INLINE_PAIRS_A_LINE):
        value = spoken.group("value").rstrip(".,;")
        if not any(word in value.lower() for word in _STORE_WORDS) and not prose_compound(value) \
                and (persons_password(value) or documented_password_blocks(value)):
            yield 0, f"password of {spoken.group('user')} after its {spoken.group('label')} word", "password", value
            return


def inline_user_pass_pair(text: str) -> Iterator[Found]:
    """A login's user and password after labels of their own on one line (see _INLINE_USER_PASS)."""
    lowered = text.lower()
    if not any(word in lowered for word in _INLINE_USER_WORDS) or not any(word in lowered for word in _INLINE_PASSWORD_WORDS):
        return
    for found in itertools.islice(_INLINE_USER_PASS.finditer(text), _INLINE_PAIRS_A_LINE):
        user, value = found.group("user") or found.group("ticked"), found.group("value")
        if any(word in value.lower() for word in _STORE_WORDS):
            return  # (where the password is kept, in the note's language: `пароль: KeePass-та`, `pass: 1Password`)
        yield 0, f"password of {user} after its {found.group('label')} label", "password", value
        return
    if "`" in text:
        yield from _sentence_user_pass_pair(text)


def _sentence_user_pass_pair(text: str) -> Iterator[Found]:
    """A sentence's login pair, its user in a span, its password's value going on into prose (_SENTENCE_USER_PASS),
    where a person chose the value or a generator drew it."""
    from secretfence.kinds._helpers import documented_password_blocks

    for found in itertools.islice(_SENTENCE_USER_PASS.finditer(text), _INLINE_PAIRS_A_LINE):
        value = found.group("value")
        if found.group("ticked") is None or any(word in value.lower() for word in _STORE_WORDS) or prose_compound(value):
            continue
        if persons_password(value) or documented_password_blocks(value):
            yield 0, f"password of {found.group('ticked')} after its {found.group('label')} word", "password", value
            return


_INLINE_USER_WORDS = ("user", "login", "usr", "логин", "пользователь", "пайдаланушы", "kullan", "istifad",
                      "usuari", "usuári", "utiliza", "utilisat", "utente", "benutzer", "gebruiker", "sáideoir",
                      "saideoir", "benotzer", "brúkar", "brukar", "bruger", "bruker", "användar", "anvandar", "notand")
_INLINE_PASSWORD_WORDS = ("pass", "pw", "парол", "құпия", "ifr", "parola", "contrase", "clave", "senha", "kennwort", "wachtwoord",
                          "sfhocal", "loynior", "angskode", "passord", "senord", "ykilor")


# (review, stop 60) A sentence's or a comment's words joined by hyphens saying what is done to a password or what it must
# be, no password (`the password for the VPS is SHA512-hashed.`, `# password: AES256-encrypted`, `; password =
# SHA256-hash-of-it`, `Must-be-12-chars`, `WPA2-Personal`): a descriptive last word after a technical term (a digit in
# it, an acronym) or after a grammar word. A generator's words joined by hyphens (`correct-horse-battery-staple`), a
# person's (`Tarbert-Uist-2291`) have neither.
_PROSE_COMPOUND_TAILS = frozenset({
    "hashed", "hash", "encrypted", "encoded", "based", "protected", "managed", "obfuscated", "salted", "generated", "derived",
    "signed", "long", "only", "compatible", "compliant", "chars", "characters", "digits", "personal", "enterprise", "it",
    "them", "required", "enforced", "minimum", "maximum"})
_PROSE_COMPOUND_GRAMMAR = frozenset({"be", "is", "of", "it", "the", "as", "at", "to", "per", "than", "least", "same", "min",
                                     "max", "a", "an"})


def prose_compound(value: str) -> bool:
    """The value is a description in words joined by hyphens, no password (see _PROSE_COMPOUND_TAILS)."""
    parts = value.rstrip(".").split("-")
    if not 2 <= len(parts) <= 5 or not all(part.isascii() and part.isalnum() for part in parts) \
            or parts[-1].lower() not in _PROSE_COMPOUND_TAILS:
        return False
    first = parts[0]
    return any(character.isdigit() for character in first) or (len(first) >= 2 and first.isupper()) \
        or any(part.lower() in _PROSE_COMPOUND_GRAMMAR for part in parts[:-1])


# A code block's comment opening a line (`# `, `// `, `-- `, `; `, `REM `): a shell session's note of the password it
# asks for (`ssh admin@10.20.0.21` then `# parol: …`, `# Passwort: …`), in any language's word.
_COMMENT_MARK = lazy_regex(r"""^[ \t]*(?:#|//|--|;|(?i:rem)[ \t])[ \t]*""")


def _commented_password(text: str) -> Iterator[Found]:
    """A code block's comment giving a password after its word and a colon or `=` (_COMMENT_MARK, then _ASSIGNED_LINE's
    form): the word in any language (`# parol: …`, `# Passwort: …`, `-- contraseña: …`) where it names a password; a
    key's or a token's word in a comment is a commented-out setting as often, left to the keyword rules."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    mark = _COMMENT_MARK.match(text)
    assigned = _ASSIGNED_LINE.match(text[mark.end():]) if mark is not None else None
    if assigned is not None and not assigned.group("q") and names_a_password(assigned.group("key")) \
            and not prose_compound(assigned.group("value")):
        yield 0, f"{assigned.group('key')} noted in a code block's comment", assigned.group("key"), assigned.group("value")


# (stop 66, notes) A configuration's comment giving a password after its word and a note in brackets saying when or
# why, before the colon (an SSH client's config: `# contraseña (mientras se configura la llave): …`, `# password
# (until the key is deployed): …`): the keyword rules read a comment's `password: …` but no label with a note. Read as
# a code block's comment is (_commented_password), where the note is one; a note calling the value an example or public
# says it is none, and one naming a hash or a cipher says the value is its verifier (`# password (bcrypt): $2b$…`).
_VERIFIER_NOTE = lazy_regex(r"""(?i)hash|digest|crypt|sha-?\d|md5|argon|pbkdf|scrypt|verifier""")


def _noted_commented_password(text: str) -> Iterator[Found]:
    """A configuration comment's password after its word and a note in brackets (see the note above)."""
    mark = _COMMENT_MARK.match(text)
    assigned = _ASSIGNED_LINE.match(text[mark.end():]) if mark is not None else None
    note = assigned.group("note") if assigned is not None else None
    if note and _SAYS_EXAMPLE.search(note) is None and _PUBLIC_NOTE.search(note) is None \
            and _VERIFIER_NOTE.search(note) is None:
        yield from _commented_password(text)


# (stop 64) A record's sentence saying how a secret was handed over before its colon and the value bare (a meeting's
# minutes: `Ramesh shared the production ASP secret over phone: … - Murugan to move it into Vault before Friday.`, its
# item wrapped so the line opens with the label): the credential's word, then `over` / `by` / `via` / `on` / `in` and
# the channel it came by (a call, mail, a chat app), its colon, the value, and an aside after a dash or in brackets.
# Judged under the credential's words (`ASP_secret`), as documented_passwords judges a label's: on the team's own record
# a key's or a secret's, elsewhere a password's only.
_HANDED_OVER_CHANNEL = (r"""(?i:(?:the|a|an)[ \t]+)?(?i:phone|tele-?phone|call|(?:phone|video|zoom|teams)[ \t]call|e-?mail|mail"""
                        r"""|slack|teams|whatsapp|signal|telegram|chat|sms|text|zoom|meet|the[ \t]phone)""")
_SECRET_HANDED_OVER = lazy_regex(
    r"""^[ \t]*(?:[-*+][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?:[^\W\d_][\w'.&-]{0,31}[ \t]+){0,8}?"""
    r"""(?P<label>(?:[^\W\d_][\w.-]{0,31}[ \t]+){0,2}(?i:secret|token|api[ \t]key|key|password|passphrase))"""
    r"""[ \t]+(?i:over|by|via|on|in|through)[ \t]+""" + _HANDED_OVER_CHANNEL + r"""[ \t]*[:\uff1a][ \t]*"""
    r"""(?P<value>[^\s`*_(<\[][^\s`]{7,255}?)[.,;]?"""
    r"""(?:[ \t]+(?:--?|\u2013|\u2014)[ \t]+[^\n]{0,160}?|[ \t]+\([^()\n]{0,80}\)[.,;]?)?[ \t]*\r?$""")


def secret_handed_over(text: str) -> Iterator[Found]:
    """The value of a sentence saying how its secret was handed over (see _SECRET_HANDED_OVER)."""
    if ":" not in text and "\uff1a" not in text:
        return
    found = _SECRET_HANDED_OVER.match(text)
    if found is not None:
        label = found.group("label")
        yield 0, f"{label} handed over in a sentence", "_".join(label.split()), found.group("value")


def _bare_documented_values(lines: Sequence[str], index: int, text: str) -> Iterator[Found]:
    from secretfence.kinds._helpers import documented_password_blocks

    handed_over = list(secret_handed_over(text))  # (stop 64: `… shared the ASP secret over phone: … - …`)
    if handed_over:
        yield from handed_over
        return
    if _THAI_PASSWORD_WORD in text:
        thai = list(thai_spoken_values(text))  # (`- รหัสผ่าน: …`, `…ใช้รหัสผ่าน: …`)
        if thai:
            yield from thai
            return
    if ":" in text:
        network = list(_wifi_network_item(text))  # (`- Staff (WPA2): …`)
        if network:
            yield from network
            return
    pair = list(login_word_pair(text))
    if pair:
        yield from pair
        if login_pair_ends_the_line(text):
            return  # (a note after the pair is read on: `- Router: admin / admin (WPA2 key: …)`)
    # (a login's pair after labels of their own is read, and the line's other readers read on: the pair's password may
    # be a stand-in where another label on the line gives the real one, `user: office, pass: n/a; admin password: …`)
    yield from inline_user_pass_pair(text)
    if ":" in text or "\uff1a" in text:
        bare = _LISTED_BARE.match(text)
        if bare is not None:
            label = bare.group("label")
            if not label.isascii() and _CREDENTIAL_GLOSS.match(bare.group("note") or "") is not None:
                label = bare.group("note").strip()  # (stop 65: `- ᐱᖁᑎ (password): …`, the label's word glossed)
            if _PUBLIC_NOTE.search(bare.group("note") or "") is None:  # (`- API key (public, for the browser): …`)
                yield 0, f"{label} given in a list item", _network_key(label, _bare_key(label), lines, index), bare.group("value")
            return
    if (":" in text or "=" in text) and _COMMENT_MARK.match(text) is not None:
        yield from _commented_password(text)
    if "=" in text or ":" in text:
        assigned = _ASSIGNED_LINE.match(text)
        if assigned is not None:
            value, key = assigned.group("value"), assigned.group("key")
            # (code's bare `password2 = forms.CharField(`: a call opening, its value an expression)
            opens_a_call = not assigned.group("q") and value.endswith(("(", "[", "{"))
            if not opens_a_call and not _introduced_as_example(lines, index) and _PUBLIC_NOTE.search(
                    assigned.group("note") or "") is None:
                yield 0, f"{key} assigned in a code block or a note", _network_key(key, _bare_key(key), lines, index), value
            return
    if ":" in text or "：" in text:
        # (a note's label led by its password's word, longer than an assignment's key: `Password we use for the p12
        # file: **…**`, `Lösenord vi använder för p12-filen: **…**`)
        head_first = list(head_first_labelled_value(text))
        if not head_first:
            # (stop 65: a handover's sentence ending in the label, who set the password and for whom: `o ai metût une
            # password gnove par "ispetor": …`, I set a new password for "ispetor"; judged as documentation's value)
            head_first = [found for found in head_first_labelled_in_a_sentence(text) if set_for_an_account(found[1])]
        if head_first:
            yield from head_first
            return
        # (stop 65, notes: a site note's Wi-Fi network named in the label's words, its SSID among them, more words than an
        # assignment's key holds: `field wifi GRID-FIELD psk: …`; the network's passphrase, judged as one)
        worded = _YAML_WORDED_MEMBER.match(text) if _NAMES_WIFI.search(text) is not None else None
        if worded is not None and worded.group("bare") and _NAMES_WIFI.search(worded.group("label")) is not None \
                and _bare_key(worded.group("label")) == "wifi_passphrase":
            yield 0, f"{worded.group('label')} given in a note", "wifi_passphrase", worded.group("bare")
            return
    pairs = list(_bold_login_pair(text))
    if pairs:
        yield from pairs
        return
    for count, found in enumerate(_SAID_BARE.finditer(text)):
        bold = (found.group("bold") or "").rstrip(".")
        value = bold or (found.group("bare") or "").rstrip(".")
        if count >= _SPANS_A_LINE:
            return
        if not bold and _crosses_a_cell(text, value):
            continue
        if (documented_password_blocks(value) and (bold or not prose_compound(value))) or (bold and _bold_persons_password(bold)):
            yield 0, f"{found.group('label')} given in a sentence", found.group("label"), value
    yield from _said_bold_localized(text)
    # (stop 63: a page's sentence giving the password bare after its word and copula in another Latin-script language,
    # as English's `password is …` is read above, judged alike: `Na vosa vuni e … - kakua ni wasea`, `Das Passwort ist
    # jetzt …`)
    yield from said_bare_localized(text, on_a_page=True)
    if not text.isascii():
        for found in itertools.islice(_SAID_BARE_IN_SCRIPT_ON_A_PAGE.finditer(text), _SPANS_A_LINE):
            value = found.group("bare").rstrip(".")
            if documented_password_blocks(value):
                yield 0, f"{found.group('label')} given in a sentence", "password", value


def _crosses_a_cell(text: str, value: str) -> bool:
    """(stop 66) A sentence's bare value that runs over a table row's cell bars (`|Password policy|min-12-chars|`: the
    row's name's second word and the next cell) is no sentence's value: the row is the table readers'."""
    return "|" in value and text.lstrip().startswith("|")


# (stop 60) An operator's note's sentence giving a password bare after its word in a script other than Latin's (Bengali's
# `লাইভ স্টোর: …, পাসওয়ার্ড … (হাবিব ভাইয়ের ফোনে আছে)`, Hindi's `पासवर्ड …`, Russian's `пароль …`): a run of ASCII after the
# word is no word of the sentence's language, as English's `password …` may be. The run ends its clause (a comma, a
# bracket, the line's end) and is judged drawn or chosen with care, as documentation's are. (Documentation's own
# sentence in another script is _SAID_BARE_IN_SCRIPT_ON_A_PAGE's, its clause ended by a dash too.)
# (stop 61: Pashto's `پټنوم`, and up to three words of the sentence's own script between the word and the value, a colon
# after them: `د SMS پینل نوی پټنوم دا دی: …`, the SMS panel's new password is this: …)
_NOTE_SAID_BARE_IN_SCRIPT = lazy_regex(
    r"""(?<!\w)(?P<label>পাসও(?:\u09df|\u09af\u09bc)ার্ড|पासवर्ड|கடவுச்சொல்|(?i:пароль|парола|лозинка|гасло)|сырсөз|нууц[ \t]үг"""
    r"""|գաղտնաբառ|პაროლი|(?i:κωδικός|κωδικος)|סיסמה|סיסמא|ពាក្យសម្ងាត់|මුරපදය|รหัสผ่าน|پټنوم"""
    # (stop 62: Tatar's `серсүз`; Tibetan's `གསང་ཚིག`, a secret word, its syllables' mark after it: `གསང་ཚིག་ …`)
    r"""|(?i:серсүз)|གསང་ཚིག་?"""
    # (stop 65, notes: Amharic's `የይለፍ ቃል`, a pass's word, and its possessive `የይለፍ ቃሉ`, the value before the copula
    # `ነው` as the language's verb ends its clause: `የይለፍ ቃሉ … ነው፤`, its password is …)
    r"""|(?:የ)?ይለፍ[ \t]ቃ(?:ል|ሉ)"""
    r"""|""" + _ETHIOPIC_AND_SORANI_PASSWORD_WORDS +  # (stop 66, notes: Tigrinya's and Central Kurdish's, above)
    r"""|""" + _ARABIC_SCRIPT_PASSWORD_WORDS +  # (stop 66, the lead: Persian's, Arabic's and Urdu's, above)
    r"""|""" + INDIC_PASSWORD_WORDS + r""")\w{0,4}"""  # (stop 65: India's other scripts' borrowed word, _helpers')
    r"""(?:[ \t]+[^\x00-\x7f\s]{1,16}){0,3}[ \t]*[:\u061b\u1365\u1366]?[ \t]+"""
    r"""(?P<value>[!#-&*-_a-~][!-_a-~]{11,127}?)(?=[ \t]*[,;(]|[ \t]*\r?$|\.[ \t]|[ \t]+[^\x00-\x7f])""")


# (stop 61) An operator's note's sentence giving a password bare after its word and the copula of the note's language
# (English's, Dutch's and West Frisian's `is`, Igbo's `bụ`, stop 63: Setswana's `ke`: `it wachtwurd is …`, `root password
# bụ … (gbanwee ya!)`), or
# after a clause saying it was changed, then `the new one is` (`the portal password was reset today, the new one is …
# (Hans knows)`). The value ends its clause as _SAID_BARE's does. A note is read as any file, where the keyword rules
# block `password: …` whatever its length: a password a person chose (eight characters or more, three classes, no stock
# example's or common word) blocks here too, as one drawn or chosen with care does.
_NOTE_PASSWORD_WORD = r"""(?i:password|passwd|pwd|pw|wachtwoord|wachtwurd|okwu[ \t]?ntughe)"""
# (stop 66, notes: or the change said as done, as a handover note says it: `the kiosk admin password has been changed to …
# (Jimmy)`, `… is now …`, `… was reset to …`; the docs' sentence readers take it since review 66)
_NOTE_CHANGED = _FOLDED_NOTE_CHANGED.decode("ascii")
_NOTE_SAID_WITH_COPULA = lazy_regex(
    r"""(?<![\w`-])(?P<label>""" + _NOTE_PASSWORD_WORD + r""")"""
    r"""(?:[^.\n!?`]{0,80}?[ \t](?i:the[ \t]+)?(?i:new)[ \t]+(?i:one))?[ \t]+(?i:""" + _NOTE_CHANGED + r"""|is|was|b(?:\u1ee5|u)|ke)[ \t]+"""
    r"""(?P<value>[^\s`*"'<\[({][^\s`"']{7,255}?)(?=[ \t]*[,;)]|[.!]?[ \t]*\r?$|[.!]\s|[ \t]+\(|""" + _DASHED_ASIDE + r""")""")
_NOTE_SAID_WORDS = ("pass", "pw", "wachtwoord", "wachtwurd", "ntughe")


def note_said_with_copula(text: str) -> Iterator[Found]:
    """A note's password bare after its word and its language's copula, or after `the new one is` (_NOTE_SAID_WITH_COPULA),
    where a person chose it or it looks drawn."""
    from secretfence.kinds._helpers import documented_password_blocks

    lowered = text.lower()
    if not any(word in lowered for word in _NOTE_SAID_WORDS):
        return
    for found in itertools.islice(_NOTE_SAID_WITH_COPULA.finditer(text), _SPANS_A_LINE):
        value = found.group("value")
        if (persons_password(value) or documented_password_blocks(value)) and not prose_compound(value):
            yield 0, f"{found.group('label')} given in a note's sentence", "password", value


def said_bare_in_script(text: str) -> Iterator[Found]:
    """A note's password bare after its word in another script (_NOTE_SAID_BARE_IN_SCRIPT), drawn or chosen with care."""
    from secretfence.kinds._helpers import documented_password_blocks, generated_password

    for found in itertools.islice(_NOTE_SAID_BARE_IN_SCRIPT.finditer(text), _SPANS_A_LINE):
        value = found.group("value").rstrip(".,;")
        if len(value) > 4 and value.startswith("**") and value.endswith("**") and "*" not in value[2:-2]:
            value = value[2:-2]  # (stop 67, notes: a value set in bold is the password without its marks, `пароль …: **…** — …`)
        if value.isascii() and (generated_password(value) or documented_password_blocks(value)):
            yield 0, f"{found.group('label')} given in a sentence", "password", value


# (stop 61) An operator's note's sentence giving a password bare after its word in a Latin-script language, what it is
# for and the language's copula between, an adverb saying when after it (Breton's `Ger-tremen merour Odoo a zo bremañ …
# (cheñchet d'ar Meurzh).`, the Odoo admin's password is now …; Somali's `erayga sirta SFTP waa …`; German's `Das
# Passwort vom NAS ist jetzt …`; Kinyarwanda's `Password ya router ni …`). The value ends its clause (a comma, a bracket,
# the sentence's or the line's end) and is judged as documentation's, drawn or chosen with care, no prose compound: a
# word of the sentence after a copula is prose (`… ist abgelaufen`). English's `password … is …` is _SAID_BARE's.
# (the words _FOLDED_SAID_LOCALIZED finds the line by: the languages read so far, and English's borrowed word)
_IGBO_BORROWED_PASSWORD = r"""pasw(?:\u1ecd|o\u0323?){1,2}d(?:\u1ee5|u\u0323?)"""
_LATIN_SAID_WORDS = (r"""ger[ \t-]tremen|er(?:a|e)yga[ \t]sirta|upu[ \t]fa'?alilolilo|teny[ \t]miafina|kalmar[ \t](?:sirri|wucewa)"""
                     r"""|f(?:h)?acal[ -]faire|i?phasiwedi|passwuert|""" + GERMANIC_PASSWORD_WORDS + r"""|password"""
                     r"""|kupuhipa"""  # (stop 62: Māori's)
                     # (stop 63: the Romance languages' words, Spanish's, Catalan's, Galician's, Portuguese's, French's,
                     # Occitan's, with their copulas `es`, `é`, `est`, below: `la contraseña es … (la cambia …)`, `a senha
                     # é …`, `lo senhal es …`; Spanish's `clave` is a key's as often: not read here)
                     r"""|contras(?:e(?:ñ|ny?)a|inal)|senha|palavra-passe|""" + _MOT_DE_PASSE + r"""|senhal"""
                     # (stop 64, md: Romansh's `pled-clav`, a key word, its plural `pleds-clav`, with its copula `es`:
                     # `Il pled-clav da l'admin es … – per plaschair müdar …`)
                     r"""|pleds?-clav"""
                     # (stop 66, notes: Spanish's `clave`, a password as Latin America says it and a key of anything: read
                     # here as the others, its value judged as theirs (drawn or chosen with care; `la clave es que …`, `la
                     # clave primaria es id_cliente` are prose): `si pide clave de administrador es … (cambiarla después)`)
                     r"""|clave"""
                     # (stop 66, notes: Igbo's `okwu ntughe`, an opening word, and its borrowing `paswọọdụ` (`paswọọdu`,
                     # `paswọdụ`, its dots written or not), with its copula `bụ`, below: `Paswọọdụ router admin bụ … - biko
                     # agwala ndị ọkwọ ụgbọala`, the router admin's password is … - please don't tell the drivers)
                     r"""|okwu[ \t]?ntughe|""" + _IGBO_BORROWED_PASSWORD + r""""""
                     # (stop 67, notes: the West Slavic languages' words, Polish's `hasło` with its `jest`, Czech's and
                     # Slovak's `heslo` and Upper Sorbian's `hesło` with their `je`, below: `nachwilne hesło je … - prošu
                     # po prěnim přizjewjenju změnić!`, the temporary password is … - please change it after the first
                     # sign-in; `hasło jest wymagane`, `heslo je příliš krátké` are prose, no value)
                     r"""|h[ae]s(?:ł|l)o"""
                     # (review 68: and the South Slavic words with the same `je`, Slovene's `geslo`, Croatian's and
                     # Bosnian's `lozinka`: `geslo za router je …`, `lozinka je …`)
                     r"""|geslo|lozinka"""
                     # (stop 68, notes: Hmong's `lo lus zais` (the hidden word) with its copula `yog`, Indonesian's,
                     # Malay's and Javanese's `sandi` (`kata sandi`) with `adalah`, `ialah`, `yaitu`, Javanese's `yaiku`,
                     # `iku`, and Yiddish's `parol` (YIVO's romanization) with its `iz`, below: `Password yog …`, `kata
                     # sandi wifi kantor adalah …`, `dos parol iz …`)
                     r"""|lus[ \t]zais|sandi|parol""")
# (stop 63: Fijian's `vosa vuni`, a hidden word; its copula, `e`, is Italian's and Portuguese's `and` too: read after
# Fijian's word alone, `Na vosa vuni e …`, the password is …)
_FIJIAN_SAID_WORD = r"""vosa[ \t]vuni"""
_NOTE_SAID_BARE_LOCALIZED = lazy_regex(
    # (stop 62: five words between, `ko te kupuhipa hou mo te kaute Eventfinda ko …`, the new password for the
    # Eventfinda account is …)
    r"""(?<![\w`-])(?P<label>(?i:""" + _LATIN_SAID_WORDS + r""")|(?P<fijian>(?i:""" + _FIJIAN_SAID_WORD + r""")))"""
    # (stop 68, notes: the word's possessive suffix in Indonesian and Malay, `-nya`, and in Javanese, `-ne`, `-e`, written
    # on it or after a hyphen on a borrowed word: `password-nya adalah …`, `sandine yaiku …`, `password-e iku …`)
    r"""(?:(?<=[Ii])(?i:ne|nya)|-(?i:nya|ne|e)|(?<=[Dd])(?i:nya))?"""
    # (stop 66, notes: the word closing a gloss in brackets, the team's own language's words before it: Nahuatl's `in
    # tlahtolli tlatzacuilli (la contraseña) del panel de pagos es …`, the password of the payments panel is …)
    r"""\)?(?:[ \t]+[^\W\d_][\w'.-]{0,31}){0,5}?"""
    # (the copula: Breton's `a zo`, `zo`, `eo`; Somali's `waa`; Kinyarwanda's and Swahili's `ni`; Malagasy's `dia`; the
    # Germanic, Romance and Slavic languages' as _SAID_BOLD_LOCALIZED reads them; stop 62: Māori's `ko`; stop 63: Fijian's
    # `e` after its word; stop 67, notes: Cebuano's `kay` and Tagalog's `ay`, `ang password sa kiosk-admin karon kay …`,
    # the kiosk admin's password now is …)
    r"""[ \t]+(?P<copula>(?(fijian)(?i:e)|(?i:a[ \t]+zo|zo|eo|waa|ni|dia|ko|kay|ay|b\u1ee5|ist|lautet|is|luidt|är|er|on|ir|yra|es|é|est|""" + _FRENCH_CEST + r"""|è|jest|je|este"""
    r"""|yog|adalah|ialah|yaitu|yaiku|iku|iz)))"""
    # (and when: now, Breton's `bremañ`, German's `jetzt`, Dutch's and Swedish's `nu`, Somali's `hadda`, Swahili's `sasa`,
    # Cebuano's `karon`, Tagalog's `ngayon`)
    r"""(?:[ \t]+(?i:breman|bremañ|now|jetzt|nun|nu|nå|nyt|ahora|agora|maintenant|ora|teraz|sada|hadda|sasa|sekarang|kini"""
    r"""|karon|ngayon|saiki|itst|tam[ \t]sim[ \t]no))?"""
    r"""[ \t]*:?[ \t]+(?:(?P<value>[^\s`*"'<\[({][^\s`"']{11,127}?)|`(?P<span>[^\s`]{12,128})`)"""
    # (stop 63: or before an aside set off by a dash, as _SAID_BARE's: `… e Vatu$… - kakua ni wasea`, do not share it)
    r"""(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|""" + _DASHED_ASIDE + r""")""")  # (stop 62: or in a code span, a Markdown note's)
# (stop 64, notes: on a page English's `password` is _SAID_BARE's only after an English word between it and its value,
# `is`, or `on`, `er` that an English sentence holds as often; after another language's copula it is that language's
# borrowing, read here: Italian's `la password è … (cambiala appena puoi)`, Spanish's `la password es …`)
_ENGLISH_COPULAS = frozenset({"is", "on", "er"})
_NOTE_SAID_LOCALIZED_GATE = lazy_regex(r"(?i)" + _LATIN_SAID_WORDS + r"|" + _FIJIAN_SAID_WORD)


def said_bare_localized(text: str, on_a_page: bool = False) -> Iterator[Found]:
    """A note's password bare after its word, its copula and when in a Latin-script language (_NOTE_SAID_BARE_LOCALIZED),
    drawn or chosen with care, no prose compound. On a documentation page (`on_a_page`) English's `password … is …` is
    _SAID_BARE's, which reads fewer words between (_ENGLISH_COPULAS)."""
    from secretfence.kinds._helpers import documented_password_blocks

    if _NOTE_SAID_LOCALIZED_GATE.search(text) is None:
        return
    for found in itertools.islice(_NOTE_SAID_BARE_LOCALIZED.finditer(text), _SPANS_A_LINE):
        value = (found.group("value") or found.group("span")).rstrip(".,;")
        if on_a_page and found.group("label").lower() == "password" and found.group("copula").lower() in _ENGLISH_COPULAS:
            continue
        if documented_password_blocks(value) and not prose_compound(value):
            yield 0, f"{found.group('label')} given in a sentence", "password", value


# (stop 65, notes) An operator's note's sentence giving a password bare right after its word in a Romance language, no
# copula between, as English's `and the password …` is _SAID_BARE's: Asturian's and Spanish's `tien l'usuariu "refuxu" y
# la contraseña … (camudala en mayu)`, Portuguese's `a senha …, troca em maio`, French's `avec le mot de passe … (à
# changer)`. The value ends its clause and is judged as _SAID_BARE's is, drawn or chosen with care, no prose compound: a
# word of the sentence after the password's word is prose (`la contraseña nueva`, `la contraseña caducada`).
_ROMANCE_SAID_WORDS = r"""contras(?:e(?:ñ|ny?)a|inal)|kontrasenya|senha|palavra-passe|mot[ \t]de[ \t]passe|senhal"""
_NOTE_SAID_RIGHT_AFTER_ROMANCE = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:""" + _ROMANCE_SAID_WORDS + r"""))[ \t]+"""
    r"""(?P<value>[^\s`*"'<\[({][^\s`"']{11,127}?)(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|""" + _DASHED_ASIDE + r""")""")
_ROMANCE_SAID_GATE = lazy_regex(r"(?i)" + _ROMANCE_SAID_WORDS)


def said_right_after_romance_word(text: str) -> Iterator[Found]:
    """A note's password bare right after its word in a Romance language (_NOTE_SAID_RIGHT_AFTER_ROMANCE), drawn or
    chosen with care, no prose compound."""
    from secretfence.kinds._helpers import documented_password_blocks

    if _ROMANCE_SAID_GATE.search(text) is None:
        return
    for found in itertools.islice(_NOTE_SAID_RIGHT_AFTER_ROMANCE.finditer(text), _SPANS_A_LINE):
        value = found.group("value").rstrip(".,;")
        if documented_password_blocks(value) and not prose_compound(value):
            yield 0, f"{found.group('label')} given in a sentence", "password", value


# (stop 60) A chat's export saved among an operator's notes (WhatsApp's `[12/04/24, 06:15] Name: text`, its Android
# form `12/04/2024, 06:15 - Name: text`, Telegram's and Signal's alike): a message that is one drawn token alone, a
# message above it (three at most) asking for or naming a secret, a key, a token or a password (`new secret needed,
# copy it from the portal`): the credential pasted in answer. The token is judged drawn (looks_generated, both cases
# or a symbol: no hash, no id), its message's whole text.
# (stop 67, notes: or its time alone in brackets, as IRC clients and a chat's copied day write it: `[09:15] Inday: …`)
_CHAT_MESSAGE = lazy_regex(r"""^(?:\[(?:[^\]\n]{6,40}|[0-2]?[0-9]:[0-5][0-9])\][ \t]|[^\s\[][^\n]{5,38}?[ \t][-\u2013][ \t])(?P<who>[^:\n]{1,48}):[ \t]+"""
                           r"""(?P<text>[^\n]{0,512}?)[ \t]*\r?$""")
# (stop 70, chats: or a JSON Web Token, longer than a key as a service's API token often is, Wildberries' of some 360
# characters: `новый токен, категория Маркетплейс: eyJ…`)
_CHAT_JWT = r"""eyJ[A-Za-z0-9_-]{8,1024}\.eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{0,1024}"""
_CHAT_TOKEN = lazy_regex(r"""^(?:[A-Za-z0-9+/=_.~-]{20,256}|""" + _CHAT_JWT + r""")$""")
# (stop 69, chats) Or the token after the reply's own words, ending it: after a label of a few words (`नया वाला इ बा: …`,
# the new one is this: …; `ini, pero temporary la: `…``, here, but it's temporary: …), or in a code span after a few
# words (`use `…` for now`), a note in brackets after it (`(Zone:DNS:Edit la)`). Words alone before a bare token say no
# credential's (`the sheet is …`): a label's colon or a span sets it apart; a label naming an id (`Tracking:`, `commit:`,
# `doc link:`) gives the id.
_CHAT_SAID_TOKEN = lazy_regex(r"""^(?:(?P<label>(?:[^\s`]{1,24}[ \t]+){0,8}?[^\s`]{0,23}[^\s`:]:)[ \t]+(?P<span>`)?"""
                              r"""|(?P<words>(?:[^\s`]{1,24}[ \t]+){0,8})`)(?P<value>[A-Za-z0-9+/=_.~-]{20,256}|""" + _CHAT_JWT
                              + r""")`?"""
                              r"""(?:[ \t]+\([^()\n]{1,120}\))?[ \t]*[.!]?$""")
# (a bare token's label says it is the new one, in the chat's language: `नया वाला इ बा:` (the new one is this:), `token
# mpya:`, `yang baru:`, `la nueva es:`; or names the credential, `Cloudflare token:`)
_CHAT_SAYS_NEW = lazy_regex(r"""(?i)(?<!\w)(?:new|новий|новый|нове|новое|новая|nuevo|nueva|nouveau|nouvelle|novo|nova|neu"""
                            r"""|neuer|neue|neues|nuovo|nuova|nowy|nowa|yañı(?:sı)?|yeni(?:si)?|yangi(?:si)?|baru|bago|bag-o"""
                            r"""|mpya|नया|नयाँ|नई|नयी|नवीन|नवा|নতুন|نیا|نئی|جديد|جدید)(?!\w)""")
_CHAT_ID_LABEL = lazy_regex(r"""(?i)(?<![a-z])(?:ids?|uuid|guid|tracking|commit|sha(?:1|256)?|md5|hash|checksum|digest|link"""
                            r"""|url|file|doc|document|sheet|folder|order|invoice|ticket|ref|reference|build|version|session"""
                            r"""|request|trace|job|run)[ \t]*(?:(?:#|no\.?|number)[ \t]*)?:$""")
# (review: `pass` alone and `key` before a noun are a sentence's words, no credential asked for: `can you pass me the doc
# id?`, `key takeaways from the call?`, each followed by a Drive file's or a playlist's drawn id; `key` before a
# function word or ending its clause asks for one: `send me the key`, `the key for the portal?`)
_CHAT_ASKS_A_CREDENTIAL = lazy_regex(
    r"""(?i)(?<![a-z])(?:secret|token|api[ _-]?key|password|passwd|pwd|pass(?:word|code|key|phrase)|"""
    r"""key(?![ \t]+(?!(?:for|to|of|is|was|please|pls|plz|now|again|here|asap|from|in|on|and|or|we|you|i|it|that|pls)(?![a-z]))[a-z]))"""
    r"""(?![a-z])|পাসও|সিক্রেট|пароль|ключ|токен|секрет|कुंजी|पासवर्ड|सीक्रेट|""" + INDIC_PASSWORD_WORDS +
    # (stop 68, chats: the Turkic languages' key, Turkish's and Crimean Tatar's `anahtar` (`anahtarını`), Azerbaijani's
    # `açar`, Uzbek's `kalit`; German's `Schlüssel`, Polish's `klucz`, Portuguese's `chave`, Italian's `chiave`)
    r"""|(?i:(?<![a-z])(?:anahtar|açar|kalit|schl(?:ü|ue)ssel|klucz)\w{0,6}|(?<![a-z])chi?ave(?![a-z]))""" +
    # (stop 63, notes: Bashkir's `серһүҙ` and Tatar's `серсүз`, a secret word: `staging-тағы Redis серһүҙе ниндәй ине?`,
    # what was the staging Redis's password?)
    r"""|(?i:сер[һh](?:ү|у)[ҙз]|серс(?:ү|у)з)""")
# (stop 63, notes) A message giving the token after a short label of its own naming it, as a chat answers a question
# about a key: `новый ключ: …` (the new key), `new token: …`, `ключ: …`: the token read as the message's alone.
_CHAT_TOKEN_LABEL = lazy_regex(r"""^(?:[^\W\d_]{1,24}[ \t]+){0,2}(?i:key|token|secret|ключ|токен|секрет)[ \t]*:[ \t]*""")
# (stop 68, chats) Or after a word saying it is the new one, a short sentence of the reply's own before it (`Я, старий
# відкликали. Новий: …`, I did, the old one was revoked. New: …; `new one: …`, `nueva: …`, `yañısı: …`): the token read as
# the message's alone. Where a label names it so, a key of 32 lower-case hex digits is read too (many a service's API key
# is one: Nova Poshta's, Mailchimp's body), drawn, no sequence; a commit's 40 stay none.
_CHAT_NEW_TOKEN_LABEL = lazy_regex(
    r"""^(?:(?:[^\W\d_][\w'’-]{0,23},?[ \t]+){0,5}[^\W\d_][\w'’-]{0,23}[.!][ \t]+)?"""
    r"""(?i:new|новий|новый|нове|новое|новая|nuevo|nueva|nouveau|nouvelle|novo|nova|neu|neuer|neue|yañı(?:sı)?|yeni(?:si)?"""
    r"""|yangi(?:si)?)(?:[ \t]+(?i:one|key|token|ключ|токен|clave|cl(?:é|e)|chave|schl(?:ü|ue)ssel|anahtar|açar))?[ \t]*:[ \t]*""")
_CHAT_HEX_KEY = lazy_regex(r"""^(?:[0-9a-f]{32}|[0-9a-f]{64})$""")
# (stop 64, notes) Or a password chosen with care given as a reply's last word, after a few words of the reply's own
# language and a note in brackets after it (`Leka Maloti$…9205 (ka litlhaku tse kholo …)`, Sesotho's try …; `Yee.
# Empya: Nakawa*…1145 (…)`, Luganda's yes, the new one: …), below a message naming a password (_CHAT_ASKS_A_PASSWORD):
# the answer to it, whatever the reply's words. The value is judged as documentation's password (chosen with care, a
# letter, a digit and a symbol among it; a tutorial's stock one, a word, a version are none).
# (stop 67, notes: a short sentence of the reply's own before those words, `giilisan na to. Bag-o: …`, it was changed.
# New: …)
# (stop 68, chats: a reply's words naming the account in quotes, a colon set apart before the value as French writes it,
# `session "tri" : …` below `le PC redemande le mdp`)
# (stop 69, chats: a longer clause of the reply's own before the value, its commas kept, ended by a stop, a comma or a
# colon: `henteu kang, tos diganti. root: …` (no, it was changed. root: …), `ara sa Bitwarden, pero wala ka pa access.
# Ari: …` (it is in Bitwarden, but you have no access yet. Here: …), `пароль от кабинета поменял, новый: …`, `it's the same
# as the wifi in the shop: …`)
_CHAT_REPLY_VALUE = lazy_regex(r"""^(?:(?:[^\W\d_][\w'’-]{0,23},?[ \t]+){0,11}[^\W\d_][\w'’-]{0,23}[.!?,;:][ \t]+)?"""
                               r"""(?:(?:[^\W\d_][\w'’.-]{0,23}|["\u201c\u00ab][^\W\d_][\w'’.-]{0,23}["\u201d\u00bb])"""
                               r"""(?:[.,!:]|[ \t]:)?[ \t]+){0,3}(?P<value>[^\s`"'<\[({][^\s`"']{9,127})"""
                               r"""(?:[ \t]+\([^()\n]{1,120}\))?(?:[ \t]*[.!])?[ \t]*$""")
# (stop 68, notes: the password's word in the languages of the notes read since: Yiddish's `parol` (YIVO's
# romanization, Uzbek's and a Russian speaker's Latin too) and its Hebrew-script `פּאַראָל`, Indonesian's, Malay's and
# Javanese's `sandi` (`kata sandi`, `sandi aplikasi`) and Malay's `kata laluan`, Hmong's `lo lus zais`, Dhivehi's
# `ޕާސްވޯޑް`: `vos iz dos parol far dem nayem gmail?`, `sandi wifi-ne apa mas?`)
# (stop 68, chats: the Romance languages' words, French's abbreviation and the Turkic languages' `parol` / `şifre`: `la
# clave del correo cambió?`, `le PC redemande le mdp`, `Routerniñ parolı ne?`)
# (stop 69, chats: a device's code, `the alarm panel is asking for the installer code again`, `door code?`, and a Wi-Fi
# network, whose password a chat names by the network alone, `what's the wifi?`, `same as the wifi in the shop: …`)
_CHAT_ASKS_A_PASSWORD = lazy_regex(r"""(?i)(?<![a-z])(?:password|passwd|pwd|passcode|passphrase|clave|contrase(?:ñ|n)a|senha"""
                                   r"""|(?:installer|alarm|door|gate|keypad|master|unlock|entry)[ \t-]?code"""
                                   r"""|wi-?fi|wlan"""
                                   r"""|mot[ \t]de[ \t]passe|mdp|parol[a-zıü]{0,4}|(?:ş|s)ifre[a-zıü]{0,3}|sandi(?:ne|nya)?"""
                                   r"""|kata[ \t]laluan|lus[ \t]zais)(?![a-z])|пароль|(?i:"""
                                   + GERMANIC_PASSWORD_WORDS + r""")|""" + YIDDISH_PASSWORD_WORDS + r"""|"""
                                   + THAANA_PASSWORD_WORDS
                                   # (stop 70, chats: the password words notes and pages are read by in more languages,
                                   # Hausa's `kalmar sirri`, Swahili's `nenosiri`, Igbo's `okwuntughe`, Albanian's
                                   # `fjalëkalim`: `Na canza kalmar sirri ta wifi`, I changed the Wi-Fi's password)
                                   + r"""|(?:""" + _MORE_PASSWORD_WORDS + r""")""")
# (stop 69, chats: a UUID ending a reply is an id, `Xo'p. Tracking: 7bd6…-…`, no password chosen with care)
_LAST_WORD = lazy_regex(r"""[\s,.;!?]+""")  # (what splits a clause's words: its last is a label's)
_CHAT_UUID = lazy_regex(r"""^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$""")
_CHAT_LOOK_BACK = 3
_CHAT_LINES_BACK = 8  # (lines looked back at most, a message's continued lines among them)
# (review) what a chat's export adds after a message's text (WhatsApp's `<This message was edited>`, its left-to-right
# mark before it), and a code span a pasted token is wrapped in
_CHAT_EDITED = lazy_regex(r"""[ \t]*\u200e?<(?:This message was edited|Edited)>$""")
# (stop 61) Or a login's pair alone, `user / password` (`workshop_kdh / …`), below a message naming the login, the portal
# or the account it opens in the chat's language (`د فرمایشونو پورټال ته ننوځه`, log in to the orders portal; `вход в
# портал`, `entra al portal`): the pair pasted for it, its password judged as a note's, drawn or chosen with care.
# (stop 62: or `user@host -> password`, an arrow between them, `root@api-02 -> …`)
# (stop 68, notes: or the user after its own word, `user ops / …`, `login: ops / …`, as a chat answers `what's the login?`)
_CHAT_PAIR = lazy_regex(r"""^(?:(?i:user(?:[ \t_-]?name)?|usr|login)[ \t]*:?[ \t]+)?"""
                        r"""(?P<user>[\w.@+-]{2,64})[ \t]+(?:/|->|=>|\u2192)[ \t]+(?P<password>[^\s/`]{8,128})$""")
# (stop 69, chats) Or the pair after a label of the message's own, an aside after it (see chat_message_credential).
_CHAT_LABELLED_PAIR = lazy_regex(r"""^(?:[^\n:]{1,80}?:[ \t]+)?(?:(?i:user(?:[ \t_-]?name)?|usr|login)[ \t]*:?[ \t]+)?"""
                                 r"""(?P<user>[\w.@+-]{2,64})[ \t]+(?:/|->|=>|\u2192)[ \t]+(?P<password>[^\s/`]{8,128}?)[.,;!]?"""
                                 r"""(?:[ \t]+(?:[-\u2013\u2014.,;!][ \t]+[^\n]{1,120}|\([^()\n]{1,120}\)[^\n]{0,40}))?$""")
# (stop 62: or the password itself, `Ko e hā 'a e password 'o e admin …?` (what is the admin's password?), or the
# superuser's account whose password is asked for, `kan moo am baat bu root bi?` (who has root's word?))
_CHAT_NAMES_A_LOGIN = lazy_regex(
    r"""(?i)(?<![a-z])(?:log[ \t-]?in|sign[ \t-]?in|portal|portail|account|credentials?|creds|acceso|acesso|cuenta|conta"""
    r"""|compte|zugang|konto|anmeld\w*|akaunti|ingia|password|passwd|pwd|passcode|root)(?![a-z])"""
    r"""|пароль|логин|портал|вход|вхід|акаунт|аккаунт"""
    # (stop 65, notes: Tajik's password words, `парол` without Russian's soft sign and `рамз` (Persian's `رمز`), its
    # izafet `рамзи`: `рамзи SQL-и fuelcards чист?`, what is the SQL's password?)
    r"""|парол|рамз"""
    # (Pashto's and Persian's portal, enter, account: `پورټال`, `پورتال`, `ننوځه`, `ورود`, `حساب`; their password words)
    r"""|پورټال|پورتال|ننوځ|ورود|حساب|پټنوم|رمز|گذرواژه""")


# (stop 62: the people a message is addressed to, before its text: `@Tunde `, `@Ana, @Ben: `)
_CHAT_MENTIONS = lazy_regex(r"""^(?:@[\w.-]{1,32}[,:]?[ \t]+){1,4}""")


def _chat_asks(lines: Sequence[str], index: int, asks: "re.Pattern[str]") -> bool:
    """A message above the line's (three at most, a message's continued lines among them) matches `asks`."""
    messages = 0
    continued: List[str] = []
    for above in range(index - 1, max(-1, index - 1 - _CHAT_LINES_BACK), -1):
        text = line_text(lines, above)[:_SPAN_LINE_READ]
        message = _CHAT_MESSAGE.match(text)
        if message is None:
            if not text.strip():
                return False  # (a blank line: no message continued above it)
            continued.append(text)
            continue
        messages += 1
        if any(asks.search(part) is not None for part in [message.group("text"), *continued]):
            return True
        continued = []
        if messages >= _CHAT_LOOK_BACK:
            return False
    return False


def _chat_reply_password(lines: Sequence[str], index: int, text: str) -> Iterator[Found]:
    """A password chosen with care ending a chat's reply below a message naming a password (_CHAT_REPLY_VALUE)."""
    from secretfence.kinds._helpers import documented_password_blocks

    found = _CHAT_REPLY_VALUE.match(text)
    if found is None:
        return
    value = found.group("value").rstrip(".,;!")
    if not (any(character.isalpha() for character in value) and any(character.isdigit() for character in value)
            and not value.isalnum()) or "://" in value or ("@" in value and "." in value.split("@")[-1]) \
            or _CHAT_UUID.match(value) is not None:
        return  # (no letter, digit and symbol: a word, a number, a version; a URL, an e-mail address; an id, a UUID)
    if not documented_password_blocks(value) or prose_compound(value):
        return
    before = text[:found.start("value")]
    if _CHAT_ASKS_A_PASSWORD.search(before) is not None:
        # (stop 69, chats: the reply names the password itself, `пароль от кабинета поменял, новый: …`)
        yield 0, "a password given in a chat's message naming the password", "password", value
    elif _chat_asks(lines, index, _CHAT_ASKS_A_PASSWORD):
        yield 0, "a password given in a chat's reply below a message naming the password", "password", value
    elif before.rstrip().endswith(":") and _ADMIN_ACCOUNT.match(_LAST_WORD.split(before.rstrip()[:-1].strip())[-1]) \
            and _chat_asks(lines, index, _CHAT_NAMES_A_LOGIN):
        # (stop 69, chats: or after a superuser's label below a message naming the login, `login root VPS masih nu
        # kamari?` (is the VPS's root login yesterday's still?) then `henteu kang, tos diganti. root: …`; a label of
        # another word, `Bag-o: …` below `can't log in`, says no account's)
        yield 0, "a password given after its label in a chat's reply below a message naming the login", "password", value


# (stop 68, notes) Or an app password alone, sixteen lower-case letters in four groups or run together as a mailer takes
# them (Google's, Microsoft's and Yahoo's: _mail_configs.drawn_app_password), below a message naming an app password in
# the chat's language (English's `app password`, Indonesian's and Javanese's `sandi aplikasi`, Malay's `kata laluan
# aplikasi`, Spanish's `contraseña de aplicación`, Portuguese's `senha de app`, French's `mot de passe d'application`,
# German's `App-Passwort`, Dutch's `app-wachtwoord`): `Sing dienggo sandi aplikasi mbak` (use the app password), the
# account's address, then `boojbvwfqcfloakp`. A word of sixteen letters a message sends alone is drawn by no generator.
_CHAT_NAMES_AN_APP_PASSWORD = lazy_regex(
    r"""(?i)(?<![a-z])app(?:lication)?[ _-]?(?:specific[ _-]?)?(?:pass(?:word)?|pw|pwd|passw(?:ort|örter|oerter))(?![a-z])"""
    r"""|(?<![a-z])(?:(?:kata[ \t]+)?sandi|kata[ \t]+laluan)(?:[ \t]+khusus)?[ \t]+aplikasi(?![a-z])"""
    r"""|(?<![a-z])(?:contrase(?:ñ|n)as?|senhas?|mots?[ \t]+de[ \t]+passe)[ \t]+d(?:e|['\u2019])[ \t]*(?:la[ \t]+)?"""
    r"""(?:app(?:s|lication)?|aplicaci(?:ó|o)n|aplicativo|aplica(?:ç|c)(?:ã|a)o)(?![a-z])|(?<![a-z])app-wachtwoord""")


def _chat_app_password(lines: Sequence[str], index: int, value: str) -> Iterator[Found]:
    """An app password a chat's message gives alone below a message naming one (_CHAT_NAMES_AN_APP_PASSWORD)."""
    from secretfence.kinds._mail_configs import drawn_app_password, drawn_app_password_run_together

    drawn = drawn_app_password(value) if " " in value else drawn_app_password_run_together(value)
    if drawn and _chat_asks(lines, index, _CHAT_NAMES_AN_APP_PASSWORD):
        yield 0, "an app password pasted into a chat below a message naming an app password", "password", value


def chat_message_credential(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The drawn token a chat's message gives alone below a message naming the credential (see _CHAT_MESSAGE), or a
    login's pair alone below one naming the login (_CHAT_PAIR); a message continued on lines of its own (no time, no
    sender) is read whole."""
    from secretfence.compat.detect_secrets.credential_keys import drawn_short_password
    from secretfence.kinds._helpers import documented_password_blocks, is_sequential, looks_generated

    found = _CHAT_MESSAGE.match(line_text(lines, index)[:_SPAN_LINE_READ])
    if found is None:
        return
    value = _CHAT_EDITED.sub("", found.group("text"))
    if len(value) > 2 and value.startswith("`") and value.endswith("`"):
        value = value[1:-1]
    if ":" in value:
        # (stop 62: a message giving a head-first label and its value, after the people it is for:
        # `@Tunde password dashboard Termii tuntun: …`, read as a note's line)
        yield from head_first_labelled_value(_CHAT_MENTIONS.sub("", value, count=1))
    if "/" in value and _CHAT_PAIR.match(value) is None:
        # (stop 63: a message giving a login's pair after its label or in a sentence, as a note's line does: `booking
        # site login: seru.dm / …`, `the booking site login for the new divemaster is seru.dm / …`)
        said = _CHAT_MENTIONS.sub("", value, count=1)
        yield from login_word_pair(said)
        yield from login_said_pair(said)
    pair = _CHAT_PAIR.match(value)
    if pair is None and "/" in value:
        # (stop 69, chats: or after a label of the message's own, an aside after it, `an kiosk admin: kioskadmin / …
        # . ayaw la ipakita ha iba ha` (don't show it to others), `wifi lantai 2: Lt2-Staff / … (ganti bulan depan)`)
        pair = _CHAT_LABELLED_PAIR.match(value)
    if pair is not None:
        password = pair.group("password").rstrip(".,;")
        # (stop 65, notes: or drawn short, letters in random case around a digit, as a database's or a device's
        # generator draws one, `fuel_app / YLUHW…J6`: credential_keys.drawn_short_password)
        # (stop 70, chats: or below a message naming a password or a Wi-Fi network, whose pair is its name and its
        # key, `Na canza kalmar sirri ta wifi` then `KanemGum-Ofis / …`: _CHAT_ASKS_A_PASSWORD)
        if password != pair.group("user") and (_chat_asks(lines, index, _CHAT_NAMES_A_LOGIN)
                                                or _chat_asks(lines, index, _CHAT_ASKS_A_PASSWORD)) \
                and (documented_password_blocks(password) or drawn_short_password(password)) \
                and not prose_compound(password):
            yield 0, f"a login's password pasted into a chat below a message naming the login (user {pair.group('user')})", \
                "password", password
        return
    labelled = _CHAT_TOKEN_LABEL.match(value) or _CHAT_NEW_TOKEN_LABEL.match(value)
    if labelled is not None:
        value = value[labelled.end():]
    if len(value) in (16, 19) and value.islower() and value.replace(" ", "").isalpha():
        yield from _chat_app_password(lines, index, value)  # (stop 68, notes: `… - Dimas: boojbvwfqcfloakp`)
        return
    said = None
    if _CHAT_TOKEN.match(value) is None:
        said = _CHAT_SAID_TOKEN.match(value) if labelled is None else None
        if said is not None and (_CHAT_ID_LABEL.search(said.group("label") or said.group("words") or "") is not None or (
                said.group("label") is not None and not said.group("span")
                and _CHAT_SAYS_NEW.search(said.group("label")) is None
                and _CHAT_ASKS_A_CREDENTIAL.search(said.group("label")) is None)):
            said = None  # (a label naming an id, `commit:`; a bare token's label saying neither new nor the credential)
        if said is None:
            yield from _chat_reply_password(lines, index, value)
            return
        value = said.group("value")
    tokens = list(_chat_token(lines, index, value, labelled, said))
    yield from tokens
    if said is not None and not tokens:
        yield from _chat_reply_password(lines, index, _CHAT_EDITED.sub("", found.group("text")))


def _chat_token(lines: Sequence[str], index: int, value: str, labelled: Optional["re.Match[str]"],
                said: Optional["re.Match[str]"]) -> Iterator[Found]:
    """The drawn token a chat's message gives (alone, after its label, or in a reply's words: _CHAT_SAID_TOKEN) below a
    message asking for a credential."""
    from secretfence.kinds._helpers import is_sequential, looks_generated

    # (stop 70, chats: a label of the message's own saying both that the token is a new one and which credential it is,
    # `выпустила новый токен, категория Маркетплейс: …` (I issued a new token, category Marketplace), `new API key: …`,
    # gives it whatever the messages above say: the sender says it is the credential)
    own = (said.group("label") or "") if said is not None else (labelled.group(0) if labelled is not None else "")
    # (a JSON Web Token only: a drawn id after `новый ключ:` below `какой билд?` stays a build's, stop 63's near miss)
    asked = bool(own) and value.startswith("eyJ") and _CHAT_SAYS_NEW.search(own) is not None \
        and _CHAT_ASKS_A_CREDENTIAL.search(own) is not None
    messages = 0
    continued: List[str] = []
    for above in range(index - 1, max(-1, index - 1 - _CHAT_LINES_BACK), -1):
        if asked:
            break
        text = line_text(lines, above)[:_SPAN_LINE_READ]
        message = _CHAT_MESSAGE.match(text)
        if message is None:
            if not text.strip():
                return  # (a blank line: no message continued above it)
            continued.append(text)
            continue
        messages += 1
        if any(_CHAT_ASKS_A_CREDENTIAL.search(part) is not None for part in [message.group("text"), *continued]):
            asked = True
            break
        continued = []
        if messages >= _CHAT_LOOK_BACK:
            break
    # (the token is judged last, the costliest test: a chat of many drawn ids asks for no credential above them)
    if asked and looks_generated(value) and any(character.isupper() for character in value) and (
            any(character.islower() for character in value) or not value.isalnum()):
        yield 0, "a credential pasted into a chat in answer to a message asking for it", "secret", value
    elif asked and labelled is not None and _CHAT_HEX_KEY.match(value) is not None and looks_generated(value) \
            and not is_sequential(value):
        # (stop 68: a key of lower-case hex digits after its label, `Новий: …`)
        yield 0, "a key pasted into a chat after its label in answer to a message asking for it", "secret", value


# (stop 66, notes) A chat pasted into a Markdown note as a transcript, each message after its sender in bold (`**Joe
# (office):** …`, `**Marie**: …`), no time: a message giving a drawn token in a code span after a few words (six at most: `this one
# `…``, `use `…``, `here: `…``), below a message of another sender (three at most) asking for or naming a secret, a key,
# a token or a password (`which token are you using?`). A bold label naming a credential (`**API key:** …`) is a
# runbook's label, no sender; the token is judged as a chat's pasted one (drawn, both cases or a symbol).
_MARKDOWN_CHAT_MESSAGE = lazy_regex(
    r"""^\*\*(?P<who>[^\W\d_][\w.'\u2019-]{0,23}(?:[ \t][^\W\d_][\w.'\u2019-]{0,23})?(?:[ \t]\([^()\n*]{1,32}\))?)"""
    r"""(?::\*\*|\*\*:)[ \t]+(?P<text>[^\n]{0,512}?)[ \t]*\r?$""")
_MARKDOWN_CHAT_TOKEN = lazy_regex(r"""^(?:[^\s`]{1,24}[ \t]+){0,6}`(?P<value>[A-Za-z0-9+/=_.~-]{20,256})`[ \t]*[.!]?$""")


def markdown_chat_token(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The drawn token a Markdown transcript's message gives below another sender's message asking for a credential
    (see _MARKDOWN_CHAT_MESSAGE)."""
    from secretfence.kinds._helpers import looks_generated

    found = _MARKDOWN_CHAT_MESSAGE.match(line_text(lines, index)[:_SPAN_LINE_READ])
    if found is None or _CHAT_ASKS_A_CREDENTIAL.search(found.group("who")) is not None:
        return
    token = _MARKDOWN_CHAT_TOKEN.match(found.group("text"))
    if token is None:
        return
    sender = found.group("who").split(" (")[0].lower()
    asked = False
    messages = 0
    for above in range(index - 1, max(-1, index - 1 - _CHAT_LINES_BACK), -1):
        message = _MARKDOWN_CHAT_MESSAGE.match(line_text(lines, above)[:_SPAN_LINE_READ])
        if message is None:
            if line_text(lines, above).strip():
                return  # (a line of another form: no transcript above)
            continue
        messages += 1
        if message.group("who").split(" (")[0].lower() != sender \
                and _CHAT_ASKS_A_CREDENTIAL.search(message.group("who")) is None \
                and _CHAT_ASKS_A_CREDENTIAL.search(message.group("text")) is not None:
            asked = True
            break
        if messages >= _CHAT_LOOK_BACK:
            break
    value = token.group("value")
    if asked and looks_generated(value) and any(character.isupper() for character in value) and (
            any(character.islower() for character in value) or not value.isalnum()):
        yield 0, "a credential pasted into a Markdown chat transcript in answer to a message asking for it", "secret", value


# A UI path or a menu's trail in bold (`**Admin/Users2**`, `**System>Security**`): words a page tells its reader to
# open, no password.
_BOLD_PATH = lazy_regex(r"[A-Za-z]{2}[/\\>][A-Za-z]")


def _bold_persons_password(value: str) -> bool:
    """A sentence's bold value after a password's word that reads as a password a person chose (persons_password: three
    classes, no stock word; a digit among them, no UI path): read as a code span's is, documented_password_judged
    deciding (a team's own record's blocks, as its `…` does; a tutorial's stays a warning)."""
    return any(character.isdigit() for character in value) and _BOLD_PATH.search(value) is None and persons_password(value)


def _said_bold_localized(text: str) -> Iterator[Found]:
    """A sentence's bold password after its word in another language (_SAID_BOLD_LOCALIZED)."""
    from secretfence.kinds._helpers import documented_password_blocks

    if "*" in text and (not text.isascii() or _ROMANCE_WORD.search(text) is not None or _GERMAN_WORD.search(text) is not None
                        or _MORE_PASSWORD_WORD.search(text) is not None):
        for found in itertools.islice(_SAID_BOLD_LOCALIZED.finditer(text), _SPANS_A_LINE):
            value = found.group("bold").rstrip(".")
            if documented_password_blocks(value) or _bold_persons_password(value):
                yield 0, f"{found.group('label')} given in a sentence", "password", value
    if "**" in text and _FAR_WORD.search(text) is not None:
        # (review: Kinyarwanda's, Breton's, Somali's and Pashto's words, what the password is for after them, their is,
        # the value in bold: `Ijambo ry'ibanga rya admin ni **…**`, `Ger-tremen ar merour eo **…**`)
        for found in itertools.islice(_FAR_SAID_BOLD.finditer(text), _SPANS_A_LINE):
            value = found.group("bold").rstrip(".")
            if documented_password_blocks(value) or _bold_persons_password(value):
                yield 0, f"{found.group('label')} given in a sentence", "password", value


# (review) _FAR_SPOKEN_SPAN's sentence with its value in bold (Markdown's `**…**`) rather than in a code span.
_FAR_SAID_BOLD = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:""" + _FAR_PASSWORD_WORDS + r"""))"""
    r"""(?:[ \t]+(?:`[^`\s]{1,64}`|[\w'\u2019./@-]{1,32})){0,6}?(?:[ \t]*\([^()\n`]{0,64}\))?"""
    r"""(?:[ \t]+(?i:ni|eo|zo|a[ \t]+zo|waa))?(?:[ \t]*[:=\u2014\u2013])?[ \t]+"""
    r"""\*\*(?P<bold>[^\s*]\S{0,255}?)\*\*(?!\*)(?=[\s,;)]|\.?\r?$|\.\s)""")


# (stop 61: the other languages' words in ASCII, `upu fa'alilolilo`, `tenimiafina`, `erayga sirta`, `kalmar sirri`: a
# sentence's bold value after them is read as the Romance and Germanic languages' is)
_MORE_PASSWORD_WORD = lazy_regex(r"(?i)(?<![\w-])(?:" + _MORE_PASSWORD_WORDS + r")")


# A sentence wrapped before its bold password: its word (and its verb) end the line, the value opens the next in bold
# (`…; o lona upu fa'alilolilo o le` then `   **…** (na suia …)`, `…; its password is` then `   **…**`). Read as the one
# line it is (_said_bold), the value reported on its own line.
_ENDS_IN_A_WORD = lazy_regex(r"[^\W\d_](?:[ \t]*[:\u055d])?[ \t]*\r?$")


def said_bold_over_two_lines(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The bold password opening line `index + 1` after its sentence's word ending line `index` (see _ENDS_IN_A_WORD)."""
    below = line_text(lines, index + 1)[:_SPAN_LINE_READ].lstrip()
    if not below.startswith("**") or below.startswith("***"):
        return
    text = line_text(lines, index)[:_SPAN_LINE_READ].rstrip()
    if not text.strip() or _ENDS_IN_A_WORD.search(text) is None:
        return
    for _, what, key, value in _said_bold(text + " " + below):
        if below.startswith("**" + value):
            yield 1, what, key, value


# (stop 69, notes) A note's sentence wrapped between its password's word and its value, as a list item's text goes on
# indented below it (`- … avec le compte "caisse", le mot de passe` then `  c'est … (on le change au retour)`, `… and
# the admin password` then `  is … until Friday`): read as the one line it is (said_bare_localized, said_bare_password),
# the value reported on its own line where it opens there. The word must stand in the line's last words (the gate, so
# that a line is joined to the next only where it ends in the sentence's password), and the line below must go on the
# same item (indented, no new item, no label of its own before the value).
_WRAPPED_WORD_TAIL = 40  # (the label line's last characters that must hold the password's word)


def said_bare_over_two_lines(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A note's bare password opening line `index + 1`, its sentence's word ending line `index` (see above)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ].rstrip()
    if not text or _ENDS_IN_A_WORD.search(text) is None or text.endswith(":"):
        return
    tail = text[-_WRAPPED_WORD_TAIL:]
    if _NOTE_SAID_LOCALIZED_GATE.search(tail) is None and _SAID_BARE_WORD.search(tail) is None:
        return
    raw_below = line_text(lines, index + 1)[:_SPAN_LINE_READ]
    if _ITEM_CONTINUED.match(raw_below) is None or _WRAPPED_WORD_IN_A_FIELD.search(tail) is not None:
        return  # (a field list's header, `# hostname:port:database:username:password`, is no sentence)
    below = raw_below.strip()
    joined = text + " " + below
    seen = set()
    for _, what, key, value in itertools.chain(said_bare_localized(joined), said_bare_password(joined)):
        at = joined.rfind(value)
        if at > len(text) and value not in seen:
            seen.add(value)
            yield 1, what, key, value


_SAID_BARE_WORD = lazy_regex(r"""(?i)(?<![\w`-])(?:password|passphrase|passwd|pwd)""")
_WRAPPED_WORD_IN_A_FIELD = lazy_regex(r"""[:|,;=/][^\s:|,;=/]{0,32}[ \t]*\r?$""")  # (the word glued to a field's separator)


# (stop 67, notes) A list item's label led by a password's word, what it is for after it (words, an account's name in a
# code span, a note in brackets: twelve at most), its colon, then the value in bold and perhaps an aside: a meeting's
# `3. Временный пароль для подрядчика по холодильникам (учётка `frost-contractor` на сервере мониторинга): **…** — Баир
# отключит после 20.12.` (the refrigeration contractor's temporary password … Bair disables it after the 20th), English's
# `Temporary password for the contractor: **…** (until Friday)`. The label may wrap onto the item's indented next line,
# the value there: read as the one line it is (_ITEM_CONTINUED). Judged as a sentence's bold password (drawn or chosen
# with care, or a person's: `**Settings/Security**`, `**required**` are none).
_BOLD_AFTER_PASSWORD_LABEL = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:password|passwort|kennwort|wachtwoord|mot[ \t]+de[ \t]+passe|contras(?:e(?:ñ|ny?)a|inal)|senha"""
    r"""|h[ae]s(?:ł|l)o|пароль|парол[аи]?|гасло|passwd|pwd))"""
    r"""(?:[ \t]+(?:[^\W\d_][\w'.-]{0,31}|`[^`\s]{1,64}`|\([^()\n]{1,96}\))){0,12}?[ \t]*[:\uff1a][ \t]*"""
    r"""\*\*(?P<bold>[^\s*]\S{0,255}?)\*\*(?!\*)(?=[\s,;)]|\.?\r?$|\.\s)""")
_ITEM_OPENS = lazy_regex(r"""^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+\S""")
_ITEM_CONTINUED = lazy_regex(r"""^[ \t]{2,16}(?![-*+][ \t]|[0-9]{1,3}[.)][ \t])\S""")


def bold_after_a_password_label(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The bold password after a label led by a password's word (_BOLD_AFTER_PASSWORD_LABEL), on the line or, the label
    wrapping onto the list item's next line, there (reported on its own line)."""
    from secretfence.kinds._helpers import documented_password_blocks

    text = line_text(lines, index)[:_SPAN_LINE_READ].rstrip("\r")
    below = line_text(lines, index + 1)[:_SPAN_LINE_READ]
    wrapped = "**" in below and _ITEM_OPENS.match(text) is not None and _ITEM_CONTINUED.match(below) is not None
    if "**" not in text and not wrapped:
        return
    joined = text + " " + below.strip() if wrapped else text
    for found in itertools.islice(_BOLD_AFTER_PASSWORD_LABEL.finditer(joined), _SPANS_A_LINE):
        value = found.group("bold").rstrip(".")
        if _BOLD_PATH.search(value) is not None:
            continue  # (a menu's trail the page tells its reader to open: `Password reset: **Settings/Security2**`)
        if documented_password_blocks(value) or _bold_persons_password(value):
            yield (1 if found.start("bold") > len(text) else 0), f"{found.group('label')} given in bold after its label", "password", value


# (stop 64, notes) A sentence saying what was done with a password and giving it bare, as a support ticket writes it:
# Faroese's `Loggaði inn … við loyniorðinum …og endurbyrjaði …` (logged in … with the password … and restarted …),
# English's `logged in with the password … and restarted`, German's `mit dem Passwort … angemeldet`: with (using) a
# password's word, its article's forms too (Faroese's `loyniorðið`, `loyniorðinum`), then the value, ending its clause
# or before a conjunction opening the next one (and, og, och, und, en, et, y, e, ja) or one or two words ending it (a
# German clause's verb: `mit dem Passwort … angemeldet.`); the value may open the line below
# where the word ends its line. Judged as documentation's password is (drawn or chosen with care, no prose compound).
_WITH_PASSWORD_WORDS = (r"""password|passphrase|passwort|kennwort|wachtwoord|l(?:ö|o)senord(?:et)?|passord(?:et)?"""
                        r"""|adgangskoden?|loyni(?:orð|ord)(?:ið|id|inum|i)?|mot[ \t]de[ \t]passe|contrase(?:ñ|n)a|senha""")
_SAID_WITH_PASSWORD = lazy_regex(
    r"""(?<![\w`-])(?i:with|using|mit|met|med|við|vid|avec|con|com|amb)[ \t]+(?:[^\W\d_][\w'-]{0,23}[ \t]+){0,2}?"""
    r"""(?P<label>(?i:""" + _WITH_PASSWORD_WORDS + r"""))[ \t]*(?P<wrap>\r?\n)?[ \t]*"""
    r"""(?P<value>[^\s`*"'<\[({][^\s`"']{9,127}?)"""
    r"""(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|[ \t]+(?i:and|og|och|und|en|et|y|e|ja)[ \t]"""
    # (stop 64: or one or two words before the clause's end, the verb a German or Dutch clause ends with, `mit dem
    # Passwort … angemeldet.`, `met het wachtwoord … ingelogd`, or an English adverb, `… just now.`)
    r"""|(?:[ \t]+[^\W\d_]{2,24}){1,2}(?=[ \t]*[,;!]|\.?[ \t]*\r?$|\.\s))""", re.MULTILINE)
_WITH_PASSWORD_GATE = lazy_regex(r"(?i)(?:with|using|mit|met|med|við|vid|avec|con|com|amb)[ \t]")
_WITH_PASSWORD_ENDING = lazy_regex(r"(?i)(?:" + _WITH_PASSWORD_WORDS + r")[ \t]*\r?$")


def said_with_password(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A sentence's password given bare after `with the password` (_SAID_WITH_PASSWORD), on its line or opening the
    line below where the word ends the line."""
    from secretfence.kinds._helpers import documented_password_blocks

    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if _WITH_PASSWORD_GATE.search(text) is None:
        return
    if _WITH_PASSWORD_ENDING.search(text) is not None and index + 1 < len(lines):
        text = text.rstrip("\r") + "\n" + line_text(lines, index + 1)[:_SPAN_LINE_READ]
    for found in itertools.islice(_SAID_WITH_PASSWORD.finditer(text), _SPANS_A_LINE):
        value = found.group("value").rstrip(".,;")
        if documented_password_blocks(value) and not prose_compound(value):
            yield (1 if found.group("wrap") else 0), f"{found.group('label')} given in a sentence", "password", value


# (stop 67, notes) A login's pair alone on an indented line below the line naming it, that line ending in a password's or a
# login's word and what it is for (two words at most, a colon or none): a handover note's `- Планшеты гидов: …, общий
# пароль синхронизации группы` then `  guide-tablet / …` (the group's shared sync password), English's `shared login for
# the tablets:` then `  ops / …`. The pair is the line's whole text (`user / password`, in code spans or not); the
# password is judged as documentation's is (drawn or chosen with care, no prose compound): `  2.4 GHz / 5 GHz`, `  on /
# off` below `password` are none.
_NAMES_A_LOGIN_AT_ITS_END = lazy_regex(
    r"""(?i)(?<![\w-])(?:""" + _PAIR_PASSWORD_WORDS + r"""|пароль\w{0,3}|логин\w{0,2}|вход|вхід|уч(?:ё|е)тк\w{1,2}|доступ\w{0,2}"""
    r"""|""" + LOGIN_WORDS + r""")(?:[ \t]+(?:(?:for|of|для|от)[ \t]+)?[^\W\d_][\w-]{0,31}){0,2}[ \t]*(?::[ \t]*)?\r?$""")
# (stop 70, notes: or ending in the address of the device or the system the pair signs in to, as a network's note lists
# its boxes, `Box Orange 4G : 192.168.8.1` then `  admin / …`, `- NVR http://10.0.0.5:8000` then `  admin / …`: an address
# then a pair is a login whatever the label's words, as on one line (_LOGIN_WORD_PAIR's address))
_ENDS_IN_AN_ADDRESS = lazy_regex(r"""(?:^|[ \t:(])(?:(?:https?|rtsp)://[^\s/]{1,255}(?:/[^\s]{0,255})?"""
                                 r"""|[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?)[ \t)]*\r?$""")
_PAIR_ALONE = lazy_regex(r"""^[ \t]{2,16}`?(?P<user>[\w.@\\+-]{1,128})`?[ \t]*/[ \t]*`?(?P<value>[^\s`/]{1,256}?)`?[ \t]*\r?$""")


def pair_below_its_label(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The password of a pair alone on the indented line below (_PAIR_ALONE) where line `index` ends in a login's or a
    password's word (_NAMES_A_LOGIN_AT_ITS_END): read from the label's line, which names it (the pair's holds no word)."""
    from secretfence.kinds._helpers import documented_password_blocks

    below = line_text(lines, index + 1)[:_SPAN_LINE_READ]
    if "/" not in below or below[:1] not in (" ", "\t"):
        return
    found = _PAIR_ALONE.match(below)
    if found is None or found.group("user") == found.group("value"):
        return
    label = line_text(lines, index)[:_SPAN_LINE_READ]
    if _NAMES_A_LOGIN_AT_ITS_END.search(label) is None and _ENDS_IN_AN_ADDRESS.search(label) is None:
        return
    if documented_password_blocks(found.group("value")) and not prose_compound(found.group("value")):
        yield 1, f"password of {found.group('user')} below its label", "password", found.group("value")


def said_bare_password(text: str, copula_only: bool = False) -> Iterator[Found]:
    """A sentence's bare password after its word (_SAID_BARE's bare value: `password is …`, `the admin password after
    restore is …`) on an operator's notes or a runbook, where the value looks generated or chosen with care, as
    documentation's (a verb or a word after it is prose: `password is automatically rotated`). `copula_only`: the
    sentence's form alone, `is` or `was` between, no label's colon (a page's labelled value is its list readers', which
    know a guests' network's key: `- Guest wifi `Studio-Guest` password: …`)."""
    from secretfence.kinds._helpers import documented_password_blocks

    for found in itertools.islice(_SAID_BARE.finditer(text), _SPANS_A_LINE):
        between = text[found.end("label"):found.start("bare")] if found.group("bare") else ""
        if copula_only and (":" in between or _SAID_COPULA.search(between) is None):
            continue
        value = (found.group("bare") or "").rstrip(".")
        if value and documented_password_blocks(value) and not prose_compound(value) and not _crosses_a_cell(text, value):
            yield 0, f"{found.group('label')} given in a sentence", "password", value


# (stop 63) A note's sentence giving a secret bare after its word and its copula, as `password is …` gives a password
# (said_bare_password): English's `the secret is …`, `the secret key is …`, Spanish's `la secreta es …` (the secret one,
# an AWS key's pair named the line before: `AWS clave: AKIA nueva …;` then `la secreta es …`), `la clave secreta es …`,
# `el secreto es …`, Portuguese's `a chave secreta é …`. The value ends its clause, and looks generated (16 characters or
# more): a sentence's word after `secret is` is prose (`the secret is out`, `el secreto es que …`).
# (stop 68, notes: or the word borrowed with a possessive suffix and no copula, as Javanese says it, `Client secret-e …`
# (its client secret: …), Indonesian's `secret-nya …`, or with their copulas, `secret-nya adalah …`; and before an aside
# set off by a dash, `… — ning engko tak lebokke Bitwarden`, but I'll put it in Bitwarden later)
_SECRET_SAID_BARE = lazy_regex(
    r"""(?<![\w`-])(?P<label>(?i:secret(?:[ \t]+(?:access[ \t]+)?key)?|(?:clave[ \t]+)?secreta|secreto|chave[ \t]+secreta))"""
    r"""(?:(?i:-?nya|-ne|-e)(?:[ \t]+(?i:adalah|ialah|yaitu|yaiku|iku))?|[ \t]+(?i:is|was|es|era|é|adalah|ialah|yaitu|yaiku|iku))"""
    r"""[ \t]+(?P<value>[^\s`*"'<\[({][^\s`"']{15,255}?)(?=[ \t]*[,;)]|\.?[ \t]*\r?$|\.\s|[ \t]+\(|""" + _DASHED_ASIDE + r""")""")


def said_secret_bare(text: str) -> Iterator[Found]:
    """A note's sentence's bare secret after its word and copula (_SECRET_SAID_BARE), where the value looks generated."""
    from secretfence.kinds._helpers import looks_generated

    for found in itertools.islice(_SECRET_SAID_BARE.finditer(text), _SPANS_A_LINE):
        value = found.group("value").rstrip(".")
        if looks_generated(value) and not prose_compound(value):
            yield 0, f"{found.group('label')} given in a sentence", "secret", value


def _said_bold(text: str) -> Iterator[Found]:
    """A sentence's bold password after its word on a line whose code span is another thing's (a note after it naming
    the account, `- 1C admin password **…** (user `Admin`)`, `գաղտնաբառը՝ **…** (օգտվող `…`)`): _SAID_BARE's and
    _SAID_BOLD_LOCALIZED's bold values, as a line without a span has them read."""
    from secretfence.kinds._helpers import documented_password_blocks

    for found in itertools.islice(_SAID_BARE.finditer(text), _SPANS_A_LINE):
        value = (found.group("bold") or "").rstrip(".")
        if value and (documented_password_blocks(value) or _bold_persons_password(value)):
            yield 0, f"{found.group('label')} given in a sentence", found.group("label"), value
    yield from _said_bold_localized(text)


# The pages documented_passwords reads: Markdown's, reStructuredText's, a plain text note's
DOCUMENTED_PASSWORD_PAGES = (".md", ".mdx", ".markdown", ".rst", ".txt")


def may_document_password(line: str) -> bool:
    """The line holds what one of documented_passwords' forms needs (a cheap test before its patterns)."""
    return (line.lstrip().startswith("|") or "`" in line or ":" in line or "=" in line or "\uff1a" in line
            or "pw" in line or "PW" in line or "Pw" in line or "ass" in line or "ASS" in line or "** / **" in line
            or "**/**" in line or ("**" in line and "/" in line)  # (a pair in one bold span: `with **ops / …**`)
            or (not line.isascii() and _SAID_BARE_IN_SCRIPT_ON_A_PAGE.search(line) is not None)  # (`পাসওয়ার্ড … —`)
            or _THAI_SAID in line  # (Thai's `รหัสผ่าน คือ …`, its value after `คือ`, is, written apart: thai_spoken_values)
            # (a bold password after another language's word: `lietotājs **…**, parole **…**`, _SAID_BOLD_LOCALIZED)
            or ("**" in line and (not line.isascii() or _ROMANCE_WORD.search(line) is not None
                                  or _GERMAN_WORD.search(line) is not None))
            # (stop 63: a bare password after another Latin-script language's word and copula: `Na vosa vuni e …`,
            # said_bare_localized)
            or _NOTE_SAID_LOCALIZED_GATE.search(line) is not None)


def documented_password_judged(lines: Sequence[str], index: int, value: str, key: str = "", own_note: bool = False) -> bool:
    """Documentation's password in a runbook's form blocks where it looks generated or chosen with care and spells
    no stock example (_helpers.documented_password_blocks), or is a Google app password as Google draws one on a
    page that names Google's mail (`| Password | `irbx wflc …` |` below `smtp.gmail.com`) or under a label naming an
    app password (`app password (printer + scanner):  …`: what its shape is, said). A Wi-Fi network's key
    blocks too where it is drawn from an alphabet (`Hq4TzR8wLm27`: both cases, digits in two runs or more;
    `k3j9x8m2p4q7`: letters and digits alternating), or of words as a passphrase generator draws them (word_passphrase:
    `pebble-juniper-basalt-kestrel6`), in any form (a note's `Passphrase: …` under its `SSID: …`, a code block's
    assignment) as a controller or a person generating one draws it; an example's is words and a number run together
    (`MyWifiKey123`). A list item's short generated password (`g4eiSbAM9zLQ0o`), or a person's (three classes, no stock
    word), blocks where the list gives its account's host and user (in_account_list: the login a provider issued the team; on a
    handover note, `own_note`, whatever host it names), any password a person chose or a generator drew (persons_password:
    three classes of characters, a symbol among them, no stock word: a draw of upper case, digits and
    symbols holds no lower case) on the team's own record (`own_note`: a
    handover note, an incident's write-up), where no tutorial's example stands, a short
    drawn one (drawn_device_password) where its device's address on the team's network stands beside it (its table row,
    its section's lines above: beside_a_device_address), a Windows domain account's password beside its
    `DOMAIN\\user` where a person chose it (domain_login_password), and a person's password on a line saying it is the
    one in use on every device (stated_in_use: `we use the same one on every truck`)."""
    from secretfence.compat.detect_secrets.credential_keys import _drawn_key, character_classes, names_a_password
    from secretfence.kinds._helpers import (documented_password_blocks, generated_password, looks_chosen, looks_generated,
                                            spells_an_example_password)
    from secretfence.kinds._mail_configs import (beside_google_mail, drawn_app_password, drawn_app_password_run_together,
                                                 relay_issued_password)

    if key == "wifi_passphrase" and (_drawn_key(value) or generated_password(value) or word_passphrase(value)) and \
            not spells_an_example_password(value):
        return True
    if key != "wifi_passphrase" and _on_a_wifi_row(lines, index, value) and names_a_password(key or "password") and (
            _drawn_key(value) or generated_password(value) or word_passphrase(value)) and not spells_an_example_password(value):
        # (stop 67: a table's password cell in the row of a Wi-Fi network, `| Wi-Fi «Sklad» | — | — | … |` in an inventory of
        # devices and their logins: the network's key, judged as one wherever it stands)
        return True
    if key and beside_its_drawn_identifier(lines, index, key, value):
        return True  # (a vendor's secret beside the identifier it was issued with, both drawn: the pair a team pasted)
    if own_note and key and drawn_credential(value) and not names_a_password(key):
        return True  # (the team's own record's key, token or secret as its vendor drew it, in any form: a block's too)
    if relay_issued_password(lines, index, value):
        return True  # (a mail relay's SMTP password as its provider issues one, the provider named: Mailgun's)
    if drawn_app_password(value) and (_APP_PASSWORD_KEY.search(key) is not None or beside_google_mail(lines, index)):
        return True  # (Google's app password, its shape named or its mail: in any form, a code block's line too)
    if _APP_PASSWORD_KEY.search(key) is not None and drawn_app_password_run_together(value):
        return True  # (an app password as pasted into a mailer's settings, its groups run together, under its name)
    if drawn_app_password_run_together(value) and said_an_app_password(lines, index):
        # (the same sixteen letters under a plain password's label, said an app password beside it, `password `…` (it's
        # an app password)`: Google, Microsoft and Yahoo draw theirs so; a page naming Google's mail alone says no more
        # than that sixteen letters may be any word's)
        return True
    if (generated_password(value) or persons_password(value) and (not value.isalnum() or drawn_mixed_case(value))) and \
            in_account_list(lines, index, own_note):
        # (an account's details listed, its host and user beside it, in items of their own or said in a sentence, `FTP
        # `ftp.….in`, user `…``: a provider's generated password, or one of three classes drawn or chosen, `F3…t`; a
        # word and a year, the vendor's name and 2024, is a stand-in as often)
        return True
    if own_note and persons_password(value) and not value.isalnum():
        # (the team's own record, no tutorial: a password a person chose or a generator drew, its symbols too; a word and
        # a year, the vendor's name and 2024, is a stand-in as often)
        return True
    if drawn_device_password(value) and beside_a_device_address(lines, index):
        return True  # (a device's own short password beside its address on the team's network: a VNC's, a printer's)
    if persons_password(value) and character_classes(value) == 4 and on_a_device_row(lines, index):
        # (an inventory's row: the device, its address on the team's network and its login, a person's choice of all
        # four classes; a draw of upper case, digits and symbols stays at documentation's bar off the team's own record)
        return True

    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if domain_login_password(text, value):
        return True  # (a Windows domain's account and its password: `SHOP\\rentallead` / `…`)
    if _LIST_ITEM.match(text) is None and _block_under_own_lead_in(lines, index):
        return documented_password_blocks(value)  # (the team's own block: judged as its list's items are)
    if stated_in_use(text) and persons_password(value):
        return True  # (the line says the password is the one on every device: `we use the same one on every truck`)
    if looks_generated(value) and not spells_an_example_password(value) and binds_a_teams_directory(lines, index):
        return True  # (a service account's bind DN in the team's own directory, its drawn password below it)
    if ("=" in text or ":" in text) and _ASSIGNED_LINE.match(text) is not None:
        if documented_password_blocks(value) and names_a_password(key or "password") and own_relay_login(lines, index):
            return True  # (stop 63: the organisation's own mail relay, its host and account on one domain beside it)
        # (a code block's assignment blocks where a person chose the password, every class mixed: an example's
        # configuration shows a value drawn of letters and digits, `password = Tq7Wz2Nx9Lk4Rt6V`, the keyword rule's
        # own decision for a README's INI block, compat/detect_secrets/credential_keys.py's false samples)
        return looks_chosen(value) and not spells_an_example_password(value)
    return documented_password_blocks(value)


# (stop 63) A settings block's host and account lines around its password (`host = smtp.deltamokoro.co.bw`, `user =
# reservations@deltamokoro.co.bw`, then `password = …` in a page's INI or YAML block): where the account's mail domain is
# the host's own, the block is the organisation's own relay's login, as a URL's userinfo at that host would be (a
# tutorial's is at an example's host, or at a public provider's, `smtp.gmail.com` with `you@gmail.com`). (review 64: the
# keys quoted too, a Python dict's or a JSON object's `'EMAIL_HOST': 'smtp.…',`)
_SETTINGS_HOST = lazy_regex(r"""^[ \t]*["']?(?:[\w-]{0,32}[._-])?(?i:host|hostname|server|relay|smarthost)["']?[ \t]*[:=][ \t]*["']?"""
                            r"""(?P<host>[A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,24})(?::[0-9]{1,5})?["']?[ \t]*,?\r?$""")
_SETTINGS_USER = lazy_regex(r"""^[ \t]*["']?(?:[\w-]{0,32}[._-])?(?i:user|username|user_name|login|account)["']?[ \t]*[:=][ \t]*["']?"""
                            r"""[\w.+-]{1,64}@(?P<domain>[A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,24})["']?[ \t]*,?\r?$""")
_SETTINGS_LOGIN_READ = 4  # lines either side of the password its block's host and account may stand on
_PUBLIC_MAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "office365.com",
                                  "yahoo.com", "icloud.com", "me.com", "aol.com", "zoho.com", "gmx.com", "gmx.net",
                                  "mail.ru", "yandex.ru", "yandex.com", "qq.com", "163.com", "proton.me", "protonmail.com"})


def _registered_domain(host: str) -> str:
    """The name a host's owner registered (`smtp.deltamokoro.co.bw` is `deltamokoro.co.bw`; `mail.acme.io` is `acme.io`):
    its last two labels, or three under a country's second level (`co.bw`, `com.au`)."""
    labels = host.lower().rstrip(".").split(".")
    take = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-take:])


def own_relay_login(lines: Sequence[str], index: int) -> bool:
    """The block around line `index` (no blank line between) sets a real host and an account whose mail domain is that
    host's own, no public provider's (see _SETTINGS_HOST's note)."""
    from secretfence.kinds._literal_reading import _real_host

    hosts, domains = set(), set()
    for step in (-1, 1):
        for at in range(index + step, index + step * (_SETTINGS_LOGIN_READ + 1), step):
            if not 0 <= at < len(lines):
                break
            text = line_text(lines, at)[:_SPAN_LINE_READ]
            if not text.strip():
                break
            host = _SETTINGS_HOST.match(text)
            if host is not None and _real_host(host.group("host")):
                hosts.add(host.group("host").lower().rstrip("."))
            user = _SETTINGS_USER.match(text)
            if user is not None:
                domains.add(user.group("domain").lower().rstrip("."))
    # (review 64: the host at the account's mail domain or under it, `mail.sap.de` for `…@sap.de`: the registered-domain
    # guess takes three labels under a two-letter country code after a short name, `sap.de` read as `co.bw` is)
    return any((host == domain or host.endswith("." + domain)) and domain.count(".") >= 1
               and domain not in _PUBLIC_MAIL_DOMAINS and _registered_domain(domain) not in _PUBLIC_MAIL_DOMAINS
               for host in hosts for domain in domains) or bool(
        ({_registered_domain(host) for host in hosts} & {_registered_domain(domain) for domain in domains}) - _PUBLIC_MAIL_DOMAINS)


# An LDAP bind's DN on a line just above a password (`bind DN: cn=svc-files,ou=service,dc=hq,dc=corp,dc=local` then
# `password: …`): the service account a directory client binds as, in the directory its DN names. A tutorial binds in
# a reserved or stand-in directory (`dc=example,dc=com`, `dc=mycompany`, `dc=domain`, Microsoft's `dc=contoso`);
# any other is the team's own, and a drawn password below it (looks_generated) is the account's, no reader's example.
_BIND_DN = lazy_regex(r"""(?i)\bbind[ \t_-]?dn\b[^\n:=]{0,24}[:=][ \t]*[`"']?(?P<dn>[^\n`"']{1,256})""")
_DOMAIN_COMPONENT = lazy_regex(r"""(?i)\bdc[ \t]*=[ \t]*(?P<part>[^,+\s`"']{1,63})""")
_STAND_IN_DIRECTORIES = frozenset({"example", "examples", "test", "invalid", "mycompany", "my-company", "mydomain",
                                   "my-domain", "yourdomain", "your-domain", "domain", "company", "acme", "foo", "bar",
                                   "contoso", "fabrikam", "planetexpress", "springframework", "nodomain", "sample"})
_BIND_DN_ABOVE = 3  # lines above the password its bind DN may stand on


def binds_a_teams_directory(lines: Sequence[str], index: int) -> bool:
    """A line just above line `index` (or the line itself) gives an LDAP bind's DN in the team's own directory (see
    _BIND_DN's note)."""
    for at in range(index, max(-1, index - _BIND_DN_ABOVE - 1), -1):
        text = line_text(lines, at)[:_SPAN_LINE_READ]
        if "dn" not in text and "DN" not in text and "Dn" not in text:
            continue
        bind = _BIND_DN.search(text)
        if bind is None:
            continue
        parts = [found.group("part").lower() for found in _DOMAIN_COMPONENT.finditer(bind.group("dn"))]
        return bool(parts) and not _STAND_IN_DIRECTORIES.intersection(parts)
    return False


# A key naming an app password (`app_password`, `App-specific password`, `application password`, `Gmail app pw`): the
# label says what a Google app password's shape is (Google's word; Apple's app-specific passwords are `xxxx-xxxx-…`).
_APP_PASSWORD_KEY = lazy_regex(r"(?i)(?<![a-z])app(?:lication)?[ _-]?(?:specific[ _-]?)?(?:pass(?:word)?|pw|pwd)(?![a-z])")
_APP_PASSWORD_NOTE_READ = 1  # lines either side of a password's line read for a note saying it is an app password


def said_an_app_password(lines: Sequence[str], index: int) -> bool:
    """Line `index` or a line beside it says its password is an app password (`… password `…``, then `(it's an app
    password; MFA is on the main account)`)."""
    for at in range(max(0, index - _APP_PASSWORD_NOTE_READ), min(len(lines), index + _APP_PASSWORD_NOTE_READ + 1)):
        text = line_text(lines, at)[:_SPAN_LINE_READ]
        if ("pp" in text or "PP" in text) and _APP_PASSWORD_KEY.search(text) is not None:
            return True
    return False


# A Google app password alone on its line below the sentence naming an app password (`The mailer signs in to Gmail using an
# **app password** … Today's is:`, then an indented or fenced block holding `xxxx xxxx xxxx xxxx`, or the line
# in a code span or a quote): the page's own, drawn as Google draws one (its shape named, its letters drawn:
# _mail_configs.drawn_app_password). Read from the naming line down through its paragraph and the block after it; a
# heading or a table ends the reading, and a line saying it shows an example or the shape (`looks like`, `e.g.`) too.
_LONE_APP_PASSWORD = lazy_regex(r"""^[ \t]*(?:>[ \t]*)?(?P<tick>`?)(?P<value>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?P=tick)[ \t]*\r?$""")
_SHOWS_A_SHAPE = lazy_regex(r"""(?i)\blooks?[ \t]+(?:something[ \t]+)?like\b|\blike[ \t]+this\b|\bsimilar[ \t]+to\b|\bformat\b""")
_APP_PASSWORD_BELOW_READ = 6  # lines read below the naming line (its paragraph's rest, blanks, a fence's opening)


def app_password_below(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, value) of a Google app password alone on its line below line `index`, which names an app password
    (see _LONE_APP_PASSWORD's note)."""
    from secretfence.kinds._mail_configs import drawn_app_password

    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if _APP_PASSWORD_KEY.search(text) is None or _SAYS_EXAMPLE.search(text) is not None or \
            _SHOWS_A_SHAPE.search(text) is not None:
        return
    for below in range(index + 1, min(len(lines), index + 1 + _APP_PASSWORD_BELOW_READ)):
        below_text = line_text(lines, below)[:_SPAN_LINE_READ]
        alone = _LONE_APP_PASSWORD.match(below_text) if len(below_text) <= 64 else None
        if alone is not None:
            if drawn_app_password(alone.group("value")):
                yield below - index, alone.group("value")
            return
        stripped = below_text.lstrip()
        if stripped.startswith(("#", "|")) or _SAYS_EXAMPLE.search(below_text) is not None or \
                _SHOWS_A_SHAPE.search(below_text) is not None:
            return  # (a heading or a table: another part; a sentence showing an example or the shape)


# A device's own password is short where the device caps it (a VNC server's eight characters, RFB's DES key) or where
# its installer drew one: letters and digits a generator drew (as credential_keys.drawn_short_password reads them,
# `knf82ok0` or `RtYu4nMk`), or letters no word holds around a digit: five consonants together (`y` read as a vowel) and the digit
# inside the letters (`Qowlkrtz7p`), where a person's words joined hold such a run only at a join and end in their number
# (`Nightshift7`).
_CONSONANT_RUN = lazy_regex(r"(?i)[b-df-hj-np-tv-xz]{5}")
_DIGIT_INSIDE = lazy_regex(r"[A-Za-z][0-9]+[A-Za-z]")
_DEVICE_PASSWORD = lazy_regex(r"^[A-Za-z0-9]{8,15}$")


# (a draw's digits before its letters, `4FTxlQsmINHodo`: the letters' case changing as a draw's does, capitals side by
# side and three or more past the first letter; words run together in camel case, `1MyWifiKeyHome`, set none side by side)
_DIGITS_THEN_LETTERS = lazy_regex(r"^[0-9]{1,3}(?P<letters>[A-Za-z]{10,})$")
_CAPITALS_SIDE_BY_SIDE = lazy_regex(r"[A-Z]{2}")


def drawn_mixed_case(value: str) -> bool:
    """Letters and digits drawn rather than a word and a number: digits inside the letters and upper case past the first
    letter (`F34wynoiWbat`; not `Voiceco2024`, `Summer2024`), or a draw's digits before its letters (`4FTxlQsmINHodo`: see
    _DIGITS_THEN_LETTERS)."""
    if _DIGIT_INSIDE.search(value) is not None and any(character.isupper() for character in value[1:]):
        return True
    led = _DIGITS_THEN_LETTERS.match(value)
    if led is None:
        return False
    letters = led.group("letters")[1:]
    return (sum(character.isupper() for character in letters) >= 3 and any(character.islower() for character in letters)
            and _CAPITALS_SIDE_BY_SIDE.search(letters) is not None)


def drawn_device_password(value: str) -> bool:
    """A short password drawn for a device (see _CONSONANT_RUN's note), no stock example's word."""
    from secretfence.compat.detect_secrets.credential_keys import drawn_short_password
    from secretfence.kinds._helpers import is_common_password, spells_an_example_password

    if _DEVICE_PASSWORD.match(value) is None or spells_an_example_password(value) or is_common_password(value):
        return False
    return drawn_short_password(value) or (
        len(set(value)) >= 7 and _CONSONANT_RUN.search(value) is not None and _DIGIT_INSIDE.search(value) is not None)


# An address on the team's own network (RFC 1918's 10/8, 172.16/12, 192.168/16), as an IT page lists a device's: a
# table row's cell, or the sentence above a device's login (`Browse to `https://192.168.…/``).
_PRIVATE_ADDRESS = lazy_regex(r"(?<![\d.])(?:10(?:\.[0-9]{1,3}){3}|(?:172\.(?:1[6-9]|2[0-9]|3[01])|192\.168)(?:\.[0-9]{1,3}){2})(?!\.?[0-9])")
_DEVICE_ADDRESS_READ = 6  # lines read above a password for its device's address, up to its section's heading


# A remote-support tool's ID for the machine (`TeamViewer ID: 1 482 …`, `AnyDesk address: 123 456 789`, `RustDesk ID`):
# nine or ten digits, grouped by blanks as the tool shows them, that reach one machine as its address on a network does.
_REMOTE_SUPPORT_ID = lazy_regex(r"(?i)\b(?:teamviewer|anydesk|rustdesk)[ \t]+(?:partner[ \t]+)?(?:id|address)\b[^0-9\n]{0,8}"
                                r"[0-9](?:[ \t]?[0-9]){8,9}(?![0-9])")
_REMOTE_SUPPORT_WORDS = ("iewer", "IEWER", "esk", "ESK")  # (what a line naming one holds: the gate before its pattern)
# A key/value table's row naming a device in its first cell (`| PLC | CLICK C2-03CPU, IP 10.… |`): the device's own row.
_DEVICE_ROW = lazy_regex(r"^[ \t]*\|[ \t]*(?P<device>[A-Za-z][\w-]{1,31})[ \t]*\|")
_TABLE_ROWS_READ = 12  # rows read above and below a password's row for its device's row


def _device_row_address(lines: Sequence[str], index: int, text: str) -> bool:
    """Line `index`'s table row names its password by a device (`| PLC project password | `…` |`, its first word) whose
    own row in the same table gives a private address (`| PLC | …, IP 10.70.2.10 |`): a commissioning sheet's or a site
    record's key/value table, the device's address and its password on rows of their own."""
    label = text.strip().strip("|").split("|", 1)[0].split()
    if len(label) < 2:
        return False
    device = label[0].lower()
    for step in (-1, 1):
        for at in range(index + step, index + step * (_TABLE_ROWS_READ + 1), step):
            row = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            if not row.lstrip().startswith("|"):
                break  # (the table ends)
            named = _DEVICE_ROW.match(row)
            if named is not None and named.group("device").lower() == device and _PRIVATE_ADDRESS.search(row) is not None:
                return True
    return False


def _on_a_wifi_row(lines: Sequence[str], index: int, value: str) -> bool:
    """Line `index` is a table's row whose cells other than `value`'s name a Wi-Fi network (_NAMES_A_WIFI_NETWORK: `Wi-Fi`,
    `WLAN`, `SSID`, `WPA2`), in its first cell or a type's (`| Wi-Fi «Sklad-Kholod» | — | — | … |`)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if not text.lstrip().startswith("|"):
        return False
    return any(_NAMES_A_WIFI_NETWORK.search(cell) is not None for cell in _table_cells(text) if value not in cell)


def on_a_device_row(lines: Sequence[str], index: int) -> bool:
    """Line `index` is a table's row or a list's item giving a device's private address (_PRIVATE_ADDRESS) itself, as
    an inventory lists each device with its address and its login (`| UniFi gateway | 10.… | admin / … |`): the
    team's own device, no tutorial's."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    return (text.lstrip().startswith("|") or _LIST_ITEM.match(text) is not None) and "." in text and \
        _PRIVATE_ADDRESS.search(text) is not None


def beside_a_device_address(lines: Sequence[str], index: int) -> bool:
    """A private network's address (_PRIVATE_ADDRESS) stands with line `index`'s password: in its table row (another
    row is another device's, unless the row names the device whose row gives it: _device_row_address), or on its line
    or the lines above it up to its section's heading (or the machine's remote-support ID: _REMOTE_SUPPORT_ID)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if text.lstrip().startswith("|"):
        return _PRIVATE_ADDRESS.search(text) is not None or _device_row_address(lines, index, text)
    for above in range(index, max(-1, index - 1 - _DEVICE_ADDRESS_READ), -1):
        above_text = line_text(lines, above)[:_SPAN_LINE_READ]
        if "." in above_text and _PRIVATE_ADDRESS.search(above_text) is not None:
            return True
        if any(word in above_text for word in _REMOTE_SUPPORT_WORDS) and _REMOTE_SUPPORT_ID.search(above_text) is not None:
            return True
        if above_text.lstrip().startswith(("#", "|")):
            return False  # (a heading opens another section; a table's rows are other devices')
    return False


# A list item's label and its value (`- host: `sftp.….gov` port 22`, `* **User:** `lic40771``): an account's detail.
# (its label in any alphabet: a Kyrgyz or a Macedonian list's items are its list's too, `- Провайдер: PS.kg`)
_DETAIL_ITEM = lazy_regex(r"""^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?:\*\*|__)?(?P<label>[^\W\d_][\w./-]{0,31}(?:[ \t][\w./-]{1,32}){0,2}?)"""
                          r"""(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*`?(?P<value>[^\s`]{1,255})""")
# (stop 63) A settings line of a block, no list mark, one `Label: value` a line and nothing after (a code block's
# `Host:     replica.….internal` / `User:     metabase` / `Password: …`, as a page quotes a login's details): read as a
# list's items are where the password's own line is one.
_DETAIL_LINE = lazy_regex(r"""^[ \t]*(?P<label>[^\W\d_][\w./-]{0,31}(?:[ \t][\w./-]{1,32}){0,2}?)[ \t]*:[ \t]*"""
                          r"""(?P<value>[^\s`]{1,255})[ \t]*\r?$""")
# (A SIP trunk's account names its host by SIP's words, `Registrar:`, `Outbound proxy:`, `SIP server:`, and its user by
# its authentication's, `Auth username:`, `Auth ID:`, as a PBX's trunk page and the provider's welcome mail do. The other
# languages the documentation readers read name them in their own words: a host's `Servidor`, `Serveur`, `Endereço`,
# `Dirección`, `Adresse`, `Indirizzo`; a user's `Benutzer`, `Benutzername`, `Usuario`, `Usuário`, `Utilizador`,
# `Utilisateur`, `Identifiant`, `Utente`, `Gebruiker`.)
_HOST_LABEL = lazy_regex(r"(?i)^(?:(?:s?ftp|ssh|smtp|imap|db|database|server|remote|sip)[ \t_-])?(?:host(?:[ \t_-]?name)?|server|address|endpoint)$"
                         r"|^(?:sip[ \t_-])?(?:registrar(?:[ \t_-]server)?|(?:outbound[ \t_-])?proxy)$|^sip[ \t_-]domain$"
                         r"|^(?:servidor|serveur|endere(?:ç|c)o|direcci(?:ó|o)n|adresse|indirizzo)(?:[ \t_-](?:s?ftp|ssh|smtp|imap))?$"
                         # (and in the other languages whose password labels are read, as their teams' notes write a
                         # server: Hungarian's `Szerver`, `Kiszolgáló`, Polish's `Serwer`, Lithuanian's and Latvian's
                         # `Serveris`, Finnish's `Palvelin`, Turkish's `Sunucu`, Slovenian's `Strežnik`, Croatian's
                         # `Poslužitelj`)
                         r"|^(?:szerver|kiszolg(?:á|a)l(?:ó|o)|serwer|serveris|palvelin|sunucu|stre(?:ž|z)nik"
                         r"|poslu(?:ž|z)itelj)(?:[ \t_-](?:s?ftp|ssh|smtp|imap))?$")
_USER_LABEL = lazy_regex(r"(?i)^(?:(?:sip|auth|authentication|logon|login)[ \t_-])?(?:user(?:[ \t_-]?(?:name|id))?|login|account|log-?in[ \t_-]name)$"
                         r"|^auth(?:entication|orization)?[ \t_-]?(?:id|name)$"
                         # (the user's word in the languages whose password labels are read: Polish's `użytkownik`,
                         # German's `Benutzer`, `Anmeldename`, Dutch's `gebruiker`, Spanish's `usuario`, Portuguese's
                         # `usuário`, `utilizador`, French's `utilisateur`, `identifiant`, Italian's `utente`)
                         r"|^(?:u(?:ż|z)ytkownik|benutzer(?:[ \t_-]?name)?|anmeldename|usu(?:á|a)rio|utilizador|utilisateur"
                         r"|identifiant|utente|nome[ \t]utente|gebruiker(?:s?naam)?"
                         # (Hungarian's `Felhasználó`, `Felhasználónév`, Catalan's `Usuari`, Czech's and Slovak's
                         # `Uživatel`, `Používateľ`, Romanian's `Utilizator`, Swedish's `Användare`, `Användarnamn`,
                         # Norwegian's `Bruker`, `Brukernavn`, Danish's `Bruger`, `Brugernavn`, Finnish's `Käyttäjä`,
                         # `Käyttäjätunnus`, Turkish's `Kullanıcı`, `Kullanıcı adı`, the South Slavic `Korisnik`,
                         # `Korisničko ime`, `Uporabnik`, Lithuanian's `Naudotojas`, `Vartotojas`, Latvian's `Lietotājs`,
                         # Estonian's `Kasutaja`, `Kasutajanimi`, Indonesian's and Malay's `Pengguna`, `Nama pengguna`)
                         r"|felhaszn(?:á|a)l(?:ó|o)(?:n(?:é|e)v)?|usuari|u(?:ž|z)ivatel|pou(?:ž|z)(?:í|i)vate(?:ľ|l)|utilizator"
                         r"|anv(?:ä|a)ndare|anv(?:ä|a)ndarnamn|bruker(?:navn)?|bruger(?:navn)?|k(?:ä|a)ytt(?:ä|a)j(?:ä|a)(?:tunnus)?"
                         r"|kullan(?:ı|i)c(?:ı|i)(?:[ \t]ad(?:ı|i))?|korisni(?:k|(?:č|c)ko[ \t]ime)|uporabnik|naudotojas"
                         r"|vartotojas|lietot(?:ā|a)js|kasutaja(?:nimi)?|(?:nama[ \t])?pengguna"
                         # (Breton's `implijer`, Kinyarwanda's `ukoresha`, Somali's `isticmaale`, Malagasy's `mpampiasa`,
                         # Pashto's `کاروونکی`, as their teams' pages name a login's user)
                         r"|implijer|ukoresha|isticmaale|mpampiasa|کاروونکی)$")
# A host a tutorial gives (the reader's own machine, a reserved name, a stand-in): no account issued on it.
_TUTORIAL_HOST = lazy_regex(r"(?i)^(?:localhost|127\.[0-9.]{1,11}|0\.0\.0\.0|\[?::1\]?)(?::[0-9]{1,5})?$|(?:^|\.)example(?:\.[a-z]{2,24})?$"
                            r"|\.(?:example|test|invalid|localhost)(?::[0-9]{1,5})?$|[<>{}$]|^your|^my-?(?:host|server)")
_ACCOUNT_LIST_READ = 8  # list items read above and below a password's for its account's host and user
_PARAGRAPH_READ = 3  # lines of a paragraph read above a password's for the host and the user its sentence gives
# An account's host and user said in an item's sentence, each in a code span after its word (`- Price lists: FTP
# `ftp.….in`, user `oudmajlis``, `- SFTP host `sftp.…`, login `acme01``): a file transfer's or a shell's word, or
# host's, before a host's name (a dot in it, or a URL), the user's word before the user. Read as the items' own labels.
_SPOKEN_ACCOUNT_DETAIL = lazy_regex(
    r"""(?<![\w-])(?:(?P<host>(?i:s?ftps?|ssh|scp|(?:s?ftp[ \t])?(?:host(?:[ \t]?name)?|server)))(?:[ \t]*:)?[ \t]+`"""
    r"""(?P<address>[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?::[0-9]{1,5})?|[a-z][a-z0-9+.-]{1,20}://[^\s`]{1,255})`"""
    r"""|(?P<user>(?i:user(?:[ \t]?name)?|login|account))(?:[ \t]*:)?[ \t]+`(?P<name>[^`\s]{1,128})`"""
    # (a user's word in another language a login's user is named in, one word: `implijer `…``, judged by _USER_LABEL)
    r"""|(?P<word>[^\W\d_][^\W\d]{1,24})(?:[ \t]*:)?[ \t]+`(?P<named>[^`\s]{1,128})`"""
    # (a shell's sign-in command in its span, whatever the item's label's language: `- Кирүү: `ssh root@185.…``,
    # `- Login: `ssh -p 2222 deploy@vps1.…``: its destination is the account's user and host)
    r"""|`(?i:ssh|sftp)[ \t]+(?:-p[ \t]*[0-9]{1,5}[ \t]+)?(?P<ssh_user>[\w.-]{1,64})@"""
    r"""(?P<ssh_host>[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(?::[0-9]{1,5})?`)""")
_SPOKEN_DETAILS_A_LINE = 4


def _spoken_account_details(text: str) -> Iterator[Tuple[str, str]]:
    """(label, value) of an account's host and user said in a list item's sentence (see _SPOKEN_ACCOUNT_DETAIL)."""
    for found in itertools.islice(_SPOKEN_ACCOUNT_DETAIL.finditer(text), _SPOKEN_DETAILS_A_LINE):
        if found.group("ssh_user"):
            yield "host", found.group("ssh_host")
            yield "user", found.group("ssh_user")
        elif found.group("host"):
            yield "host", found.group("address")
        elif found.group("user"):
            yield "user", found.group("name")
        elif _USER_LABEL.match(found.group("word")) is not None:
            yield "user", found.group("named")


def _account_details(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str]]:
    """(label, value) of the list items standing with line `index`, up to the list's ends (a line that is no item): an
    item's own label and value, and the host and the user its sentence gives (_SPOKEN_ACCOUNT_DETAIL); in a table, the
    rows of its name and value (_table_account_details)."""
    if line_text(lines, index).lstrip().startswith("|"):
        yield from _table_account_details(lines, index)
        return
    own = line_text(lines, index)[:_SPAN_LINE_READ]
    if "`" in own:
        yield from _spoken_account_details(own)  # (the password's own sentence: `FTP `ftp.….net`, user `…`, password `…``)
    if _LIST_ITEM.match(own) is None:
        # (a paragraph's sentence wrapped over the lines above the password's, as a page's `<p>` or a Markdown paragraph
        # wraps it: `FTP: `ftp.….net`, implijer `…`,` / `ger-tremen `…`.`)
        for at in range(index - 1, max(-1, index - 1 - _PARAGRAPH_READ), -1):
            above = line_text(lines, at)[:_SPAN_LINE_READ]
            if not above.strip() or _LIST_ITEM.match(above) is not None or above.lstrip().startswith(("#", "|", "```", "~~~")):
                break
            if "`" in above:
                yield from _spoken_account_details(above)
    # (a block's settings lines, the password's own one of them: its neighbours of the same form are the block's details)
    settings_block = _LIST_ITEM.match(own) is None and _DETAIL_LINE.match(own) is not None
    for step in (-1, 1):
        for at in range(index + step, index + step * (_ACCOUNT_LIST_READ + 1), step):
            text = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            item = _DETAIL_ITEM.match(text) or (_DETAIL_LINE.match(text) if settings_block else None)
            spoken = list(_spoken_account_details(text)) if "`" in text and _LIST_ITEM.match(text) is not None else []
            if item is None and not spoken:
                break
            if item is not None:
                yield item.group("label"), item.group("value")
            yield from spoken


# (a settings table's name and value, each cell's emphasis and code span aside: `| **Host** | `10.2.0.4` (VPN) |`)
_CELL_MARKS = "*_` "


def _table_account_details(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str]]:
    """(name, value) of the rows of the two-column settings table line `index` stands in (`| Host | 10.212.44.18 |`,
    `| Logon user | acmecap_uat |`), up to the table's ends or _ACCOUNT_LIST_READ rows either way: a list's details
    written as a table, read as the list's items are (a value's first word, its note aside)."""
    for step in (-1, 1):
        for at in range(index + step, index + step * (_ACCOUNT_LIST_READ + 1), step):
            text = line_text(lines, at) if 0 <= at < len(lines) else ""
            if not text.lstrip().startswith("|"):
                break
            cells = _table_cells(text)
            if len(cells) != 2 or table_delimiter_row(text):
                continue
            label = cells[0].strip(_CELL_MARKS).rstrip(":").rstrip()
            value = cells[1].strip(_CELL_MARKS).split(" ", 1)[0].strip(_CELL_MARKS)
            if label and value:
                yield label, value


# A team's note to itself that the page's values are to be moved into a secret store (`TODO: move this to Vault`, `FIXME:
# mover para o cofre`, Portuguese's `TODO: tirar isso daqui e colocar no Secrets Manager`, Spanish's `TODO: sacar esto y
# ponerlo en el Key Vault`, German's `TODO: in den Tresor verschieben`): the values stand where they should not, the team's
# own and live, no reader's example (a tutorial tells its reader where to keep a key; it leaves itself no TODO). The
# page is then read as the team's own record is (is_teams_own_record). Searched once a file, only the lines holding the
# marker (`todo`, `fixme`) asked further: its marker, its verb and its store each searched once on the line (three
# linear searches; one pattern with gaps between the three backtracked on a line of markers and verbs).
_TODO_MARKER = lazy_regex(r"(?i)\b(?:todo|fixme)\b")
_MOVE_VERB = lazy_regex(r"(?i)\b(?:move|moving|migrate|tirar|mover|migrar|colocar|passar|sacar|poner|d[ée]placer|mettre|verschieben"
                        r"|auslagern|spostare|mettere)\b")
_SECRET_STORE = lazy_regex(r"(?i)\b(?:secrets?[ -]?manager|key[ -]?vault|vault|cofre|caja[ \t]fuerte|coffre|tresor|1password|bitwarden"
                           r"|parameter[ -]store|secret[ -]store)\b")
_MARKED_LINE_READ = 400  # characters of a marked line read for the move and the store


def _says_values_move_to_a_store(lines: Sequence[str]) -> bool:
    """A line of the file leaves the team a note to move its values into a secret store (see _TODO_MARKER's note)."""
    for text in lines:
        if "TODO" in text or "todo" in text or "Todo" in text or "FIXME" in text or "fixme" in text:
            read = text[:_MARKED_LINE_READ]
            if _TODO_MARKER.search(read) and _MOVE_VERB.search(read) and _SECRET_STORE.search(read):
                return True
    return False


_VALUES_MOVE_TO_A_STORE = LastFileMemo(_says_values_move_to_a_store)


def values_move_to_a_store(lines: Sequence[str]) -> bool:
    """The page leaves the team a note to move its values into a secret store (see _TODO_MARKER), read once a file."""
    return _VALUES_MOVE_TO_A_STORE.of(lines)


# A table of accounts whose other rows say where their password is kept instead (`| svc-gitea | Gitea LDAP | อยู่ใน Vault |`,
# `| Router | … | xem vault \`venues/router\` |`, `| Wi-Fi | … | ดูใน Bitwarden |`): the team's own record of its accounts,
# the rest in its store and this one written out, no reader's example (a tutorial's table shows its example's password
# in every row, or none). A cell naming a secret store (_SECRET_STORE) in a short note.
_STORE_CELL_READ = 64  # characters of a cell read as a note (a longer one is prose)
_STORE_ROWS_READ = 32


def table_keeps_others_in_a_store(lines: Sequence[str], header: int) -> bool:
    """A row of the table whose header is line `header` says in a cell that its password is kept in a secret store (see
    _STORE_CELL_READ's note)."""
    from secretfence.kinds._helpers import table_cells

    for at in range(header + 2, min(len(lines), header + 2 + _STORE_ROWS_READ)):
        row = line_text(lines, at)
        if not row.lstrip().startswith("|"):
            return False
        if any(len(cell) <= _STORE_CELL_READ and _SECRET_STORE.search(cell) is not None for cell in table_cells(row, 16)):
            return True
    return False


# A line saying where the team keeps a credential, its store named (`- Key is in 1Password ("Weather - OpenWeather").`,
# `api_key: ks. 1Password (…)`, `- Drugi klucz (MD5): trzymamy w Vault`, `mot de passe dans Bitwarden`, `Onfleet API
# kulcs (… még nincs a vaultban)`): a password manager's or a secret store's name, or a vault named as a place (after a
# preposition, no word after it, or in a case ending: Hungarian's `vaultban`, Finnish's `vaultissa`; Ansible's `the vault
# password` and `ansible-vault` are none), on a line naming a credential. The page is the team's own record of its
# accounts, no reader's example (a tutorial tells its reader where to keep a key, `your`, or advises a kind of store,
# `should`, `e.g.`: _ADDRESSES_THE_READER, _ADVISES; `a secrets manager` names no store), and is read as a handover note
# is (is_teams_own_record). Searched once a file; a line is read only where it holds a store's word (_STORE_WORDS).
_NAMED_STORE = lazy_regex(r"""(?i)\b(?:1password|bitwarden|keepass(?:xc)?|lastpass|passbolt|dashlane|key[ -]?vault|aws[ -]sm)\b"""
                          # (stop 67: Bitwarden's self-hosted server, Vaultwarden, and either name in a case ending, as
                          # Slavic languages write it: `hesło w Vaultwardenje`, `w Bitwardenie`)
                          r"""|\b(?:bit|vault)warden(?:[^\W\d_]{1,4})?\b"""
                          r"""|\b(?:in|w|we|im|dans|no|na|en|nel|del|у|в)[ \t]+(?:our[ \t]+|le[ \t]+|o[ \t]+)?vault(?![ \t]*[\w-])"""
                          r"""|\bvault(?:ban|ba|b(?:ó|o)l|issa|iin|ista)\b""")
# (a page's advice names a store as a kind of place, no store of its own: `use a secrets manager`, `never hard-code it`)
_ADVISES = lazy_regex(r"""(?i)\b(?:should|must|never|always|recommend(?:ed|s)?|consider|e\.g\.|such[ \t]as|like)\b"""
                      # (Japanese's `such as`, `recommended`, `should`, `let's`: `1Password などで管理しましょう`)
                      r"""|など|推奨|おすすめ|べき|しましょう""")
_STORE_WORDS = ("1password", "bitwarden", "keepass", "lastpass", "passbolt", "dashlane", "vault", "aws sm", "aws-sm")
_CREDENTIAL_WORD = lazy_regex(r"""(?i)(?<![^\W\d_])(?:(?:api[ _-]?)?keys?|secrets?|tokens?|passwords?|passphrases?|credentials?"""
                              r"""|klucz\w{0,3}|has(?:ł|l)o|hes(?:ł|l)[oa]|gronid(?:ł|l)o|cl(?:é|e)s?|mot[ \t]de[ \t]passe|chaves?|senhas?|claves?"""
                              r"""|contras(?:e(?:ñ|ny?)as?|ina(?:l|is))|kulcs\w{0,3}|jelsz(?:ó|o)\w{0,3}|avain\w{0,3}|salasana\w{0,3}"""
                              r"""|schl(?:ü|ue)ssel|passwort|kennwort|nyckel\w{0,3}|l(?:ö|o)senord\w{0,3}|ключ\w{0,3}"""
                              r"""|пароль\w{0,3}|парола?\w{0,2})(?![^\W\d_])|キー|トークン|パスワード"""
                              # (Japanese's connection, sign-in, account and authentication details, what its pages call
                              # a set of credentials: `本番環境の接続情報は 1Password の「本番インフラ」保管庫を参照`)
                              r"""|接続情報|ログイン情報|アカウント情報|認証情報""")
_STORE_LINE_READ = 400  # characters of a line read for the store and the credential


def _says_where_credentials_are_kept(lines: Sequence[str]) -> bool:
    """A line of the file names the store a credential is kept in (see _NAMED_STORE's note)."""
    whole = "\n".join(lines).lower()
    if not any(word in whole for word in _STORE_WORDS):
        return False  # (one search of the file, as most files name no store, before a line's reading)
    for text in lines:
        read = text[:_STORE_LINE_READ]
        lowered = read.lower()
        # (the credential's word read beside the store's name, not in it: `1Password`)
        if any(word in lowered for word in _STORE_WORDS) and _NAMED_STORE.search(read) is not None and \
                _CREDENTIAL_WORD.search(_NAMED_STORE.sub(" ", read)) is not None and _ADDRESSES_THE_READER.search(read) is None and \
                _ADVISES.search(read) is None:
            return True
    return False


_KEEPS_CREDENTIALS_IN_A_STORE = LastFileMemo(_says_where_credentials_are_kept)


def teams_own_page(lines: Sequence[str]) -> bool:
    """The page is the team's own record by what it says: it leaves itself a note to move its values into a secret store
    (values_move_to_a_store), or says which store keeps a credential of its (_NAMED_STORE), each read once a file."""
    return values_move_to_a_store(lines) or _KEEPS_CREDENTIALS_IN_A_STORE.of(lines)


def in_account_list(lines: Sequence[str], index: int, own_note: bool = False) -> bool:
    """Line `index` is a list's item among items giving an account's host and its user (`- host: `sftp.….gov``,
    `- user: `lic40771``, `- password: `…``): the login issued on that host, the page's own (a tutorial's host is the
    reader's `localhost` or a reserved name, see _TUTORIAL_HOST). On a page that is the team's own record (`own_note`, a
    handover note: no tutorial) any host it names is the account's, a reserved name the writer's stand-in for its own."""
    host = user = False
    for label, value in _account_details(lines, index):
        if _HOST_LABEL.match(label) is not None:
            address = value.split("://", 1)[-1].split("/", 1)[0]  # (a URL's host: `https://localhost:8080/`)
            host = host or (bool(address) and (own_note or _TUTORIAL_HOST.search(address) is None))
        elif _USER_LABEL.match(label) is not None:
            user = True
            # (stop 63: a user that is a mail address names its host too, the team's own domain's service: `the service
            # account `kiosk@….com.fj`, password `…``; a tutorial's, `admin@example.com`, `ops@yourcompany.com`, none)
            mailbox = _MAIL_ACCOUNT.match(value)
            host = host or (mailbox is not None and (own_note or (
                _TUTORIAL_HOST.search(mailbox.group("domain")) is None
                and _STAND_IN_TENANTS.search(mailbox.group("domain").split(".", 1)[0]) is None)))
    return host and user


_MAIL_ACCOUNT = lazy_regex(r"""^[\w.+-]{1,64}@(?P<domain>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})$""", re.IGNORECASE)


# A Windows domain's account and its password split by `/`, plain, in code spans or bold (`` `SHOP\\rentallead` /
# `…` ``, `CORP\\svc-scan / …`): a NetBIOS domain's name (15 characters at most), its user, then the password.
_DOMAIN_LOGIN = lazy_regex(r"""(?<![\w\\])(?P<domain>[A-Za-z][A-Za-z0-9-]{0,14})\\(?P<user>[A-Za-z0-9][\w.$-]{0,63})"""
                           r"""(?:`|\*\*)?[ \t]*/[ \t]*(?:`|\*\*)?(?P<value>[^\s`*|]{1,256})""")
# The domains vendors' and tutorials' examples sign in to (Microsoft's Contoso, Fabrikam, A. Datum…; `DOMAIN\user`).
_EXAMPLE_DOMAINS = frozenset({"domain", "mydomain", "yourdomain", "your-domain", "example", "company", "contoso",
                              "fabrikam", "adatum", "nwtraders", "northwind", "woodgrove", "litware", "tailspin",
                              "wingtip", "wideworld", "proseware", "treyresearch", "lucernepub"})
_DOMAIN_LOGINS_A_LINE = 8


def persons_password(value: str) -> bool:
    """A password a person chose: eight characters or more, six distinct, three of lower case, upper case, digits and
    symbols, no stock example's or common password's word, no placeholder (`Cedar#7198?`; not `Welcome1!`)."""
    from secretfence.compat.detect_secrets.credential_keys import character_classes
    from secretfence.kinds._helpers import is_common_password, is_placeholder, spells_an_example_password

    if len(value) < 8 or len(set(value)) < 6 or character_classes(value) < 3:
        return False
    return not (spells_an_example_password(value) or is_common_password(value) or is_placeholder(value))


# A line saying its password is the one in use on every device or by every person (`Change the admin password --
# **we use the same one on every truck**`, `same for all tills`, `shared by all staff`; German's `gleiches Passwort auf
# allen Geräten`, `überall gleich`): the team's own password, reused across its fleet, no reader's example.
_STATED_IN_USE = lazy_regex(
    r"""(?i)\bsame[ \t]+(?:one[ \t]+|password[ \t]+|passphrase[ \t]+|pin[ \t]+|login[ \t]+)?(?:on|for|across|in)[ \t]+"""
    r"""(?:every|all|each)\b|\b(?:shared|used)[ \t]+(?:by|on|across|for)[ \t]+(?:all|every|each)\b"""
    r"""|\b(?:das)?(?:gleiche|selbe)[snm]?[ \t]+(?:(?:passwort|kennwort)[ \t]+)?(?:auf|für|fuer|bei|an|in)[ \t]+"""
    r"""(?:allen|alle|jedem|jeder|jedes)\b|\b(?:überall|ueberall)[ \t]+(?:gleich|dasselbe|dieselbe)\b""")


# (stop 66) A table row whose first cell names what it is for as the whole fleet (`| all boats | administrator | `…` |`,
# `| every till | … |`, `| todas las tiendas | … |`): the one password in use on every one of them, as `same for all
# tills` says. A row saying its value is a default, a factory's or an example's (a vendor's table of stock logins)
# says none.
_FLEET_ROW = lazy_regex(r"""(?i)^[ \t]*\|[ \t]*(?:all|every|todos[ \t]+(?:los|os)|todas[ \t]+(?:las|as)|tous[ \t]+les"""
                        r"""|toutes[ \t]+les|alle)[ \t]+(?:[^\W\d_][\w'-]{1,24}[ \t]+)?[^\W\d_][\w'-]{1,24}[ \t]*\|""")
_STOCK_ROW = lazy_regex(r"""(?i)\b(?:default|factory|example|sample|stock|werks)""")


def stated_in_use(text: str) -> bool:
    """The line says its password is the one in use on every device or by every person (see _STATED_IN_USE), or is a
    table's row for the whole fleet (_FLEET_ROW)."""
    if text[:1] in " \t|" and _FLEET_ROW.match(text) is not None and _STOCK_ROW.search(text) is None:
        return True
    lowered = text.lower()
    if "same" not in lowered and "shared" not in lowered and "used" not in lowered and "gleich" not in lowered \
            and "selbe" not in lowered:
        return False
    return _STATED_IN_USE.search(text) is not None


def domain_login_password(text: str, value: str) -> bool:
    """`value` is the password of a Windows domain's account written beside it (`SHOP\\rentallead` / `…`: a login
    issued in the team's own directory, no tutorial's `admin`) and a person's password: eight characters or more,
    three of lower case, upper case, digits and symbols, no stock example's or common password's word."""
    if "\\" not in text or not persons_password(value):
        return False
    for count, found in enumerate(_DOMAIN_LOGIN.finditer(text[:_SPAN_LINE_READ])):
        if count >= _DOMAIN_LOGINS_A_LINE:
            return False
        if found.group("value").rstrip(".,;)") == value and found.group("domain").lower() not in _EXAMPLE_DOMAINS:
            return True
    return False


# `example` as a domain's name in an address (`frontdesk@shop.example`, `ops@example.com`): on the team's own record the
# writer's stand-in for its own domain (as in_account_list reads a reserved host there), no sentence saying example.
_RESERVED_DOMAIN_WORD = lazy_regex(r"(?i)(?<=[@.])examples?\b|\bexamples?(?=\.(?:com|net|org)\b)")


# A label naming a shared secret (`Shared secret`, `RADIUS shared secret (APs)`, `Shared secret configured on the APs`,
# `shared key`): in documentation a key's label is an example's, but a network access server's shared secret is the
# password its clients (access points, switches, VPN concentrators) authenticate to it with, set by the team on both
# sides (documented_passwords reads it where the page names the access control it is for: names_access_control).
_SHARED_SECRET_LABEL = lazy_regex(r"""(?i)(?:^|_)shared_(?:secret|key)(?:_|$)""")
# What a network's access control is called (RADIUS, TACACS+, 802.1X, WPA2/3-Enterprise, a NAS's NPS): on the line or just
# above it, the page says the shared secret is that server's.
_ACCESS_CONTROL = lazy_regex(r"""(?i)\b(?:radius|tacacs\+?|802\.1x|wpa[23]?-enterprise|eap|nps|freeradius)\b""")
_ACCESS_CONTROL_LINES = 8


def names_access_control(lines: Sequence[str], index: int) -> bool:
    """Line `index` or one of the lines just above it names a network's access control (see _ACCESS_CONTROL)."""
    return any(_ACCESS_CONTROL.search(line_text(lines, at)[:_SPAN_LINE_READ]) is not None
               for at in range(max(0, index - _ACCESS_CONTROL_LINES), index + 1))


# (stop 66) A key's word alone that names a login's password where a user's row or item stands beside it, as the Romance
# languages say `key` for both (Catalan's and Aragonese's `clau`, Portuguese's `chave`, Italian's `chiave`, Corsican's
# `chjave`, Latin America's `llave`: `| Usuario | safran_chiloca |` then `| Clau | `…` |`; `- Usuari: …` then `- Clau:
# `…``): judged as the password it is. (Spanish's `clave` names one alone already; beside no user the word is any
# key's, a dictionary's or a cache's entry as often: read as before.) The CSV reader pairs them the same way
# (tabular's _PAIRED_KEY_WORDS), and a table's column headed so beside a user's column (_tool_outputs' _password_columns).
PAIRED_KEY_WORDS = frozenset({"clau", "chave", "chiave", "chjave", "llave"})


def names_a_user(label: str) -> bool:
    """The (table header's, list item's) label names a login's user, in English or the languages whose password labels are
    read (_USER_LABEL: `User`, `Usuario`, `Usuari`, `Utente`, `Benutzer`…)."""
    return len(label) <= 64 and _USER_LABEL.match(label.strip(_CELL_MARKS).rstrip(":").rstrip()) is not None


def _key_word_beside_a_user(lines: Sequence[str], index: int, key: str) -> bool:
    """Line `index`'s value is labelled by a key's word alone (PAIRED_KEY_WORDS) and its table's rows or its list's items
    name a user beside it (see PAIRED_KEY_WORDS' note)."""
    if key.lower() not in PAIRED_KEY_WORDS:
        return False
    return any(names_a_user(label) for label, _ in _account_details(lines, index))


def documented_passwords(lines: Sequence[str], index: int, own_note: bool = False, line: Optional[str] = None) -> Iterator[Found]:
    """A documentation page's password in the forms a runbook gives one (a settings table's row, `| VNC password |
    `…` |`, or a cell's `pw `…``; a code span after its label or its word, `user `maint`, password `…``, `the `sa`
    password use: `…``; a login's spans, `Sign in as `operator` / `…``; a list item's bare value after its label,
    `- Password: …`; a code block's or a note's whole assignment, `password = …`; a sentence's bold or bare value
    after its word), on a page under a documentation tree (`docs/it/…`): read where the label names a password (a
    key's or a token's rows are the docs' examples, Flask's `SECRET_KEY`). The kind decides how sure:
    documentation's values block only where they look generated or chosen with care, as its command lines'
    passwords do.
    Where the page is the team's own record, a key's, a token's or a secret's label is read as a password's is: on a
    handover note (`own_note`, _helpers.is_handover_note) and in a settings table that records its credential's
    provenance (records_its_credential: `| Owner | it@… |`, `| Created | 2024-03-11 by … |`). `line`, where given, is
    line `index`'s text as written (the keyword rule's line is a list item its YAML reading rewrote)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential_holding, names_a_password

    line = line_text(lines, index) if line is None else line
    text = line[:_SPAN_LINE_READ]
    if _SAYS_EXAMPLE.search(_RESERVED_DOMAIN_WORD.sub("", text) if own_note else text) is not None:
        return
    in_table = line.lstrip().startswith("|")
    reported = set()
    # (a table cell's `password: x`, a password's span on the line below its label: what documented_passwords reads
    # beside the forms _documented_values gives for any label)
    extra: Iterator[Found] = _labelled_cells(text) if in_table else password_span_below(lines, index)
    if not in_table and text.rstrip().endswith(":"):
        extra = itertools.chain(extra, password_block_below(lines, index, own_note))  # (stop 67: `Password:` / `    …`)
    if own_note and not in_table and ('":' in text or "=" in text):
        extra = itertools.chain(extra, request_body_members(text))  # (stop 70: an incident's `curl … -d '{"client_secret":…}'`)
    if in_table and not line.lstrip().startswith("||"):
        extra = itertools.chain(extra, confluence_table_row(lines, index, line))  # (stop 65: `|Password|…|` under `||…||`)
        extra = itertools.chain(extra, asciidoc_table_row(lines, index, line))  # (stop 67: `|PSK |…` inside `|===`)
    # (and a key's secret in a span beside its identifier's, `Api-Key `…` / Secret-Key `…``: _PAIRED_SPANS)
    for offset, what, key, value in itertools.chain(_documented_values(lines, index, line), extra, _paired_spans(text)):
        if value in reported:
            continue
        if _key_word_beside_a_user(lines, index + offset, key):
            reported.add(value)
            yield offset, what, "password", value  # (`| Clau | `…` |` below `| Usuario | … |`: see PAIRED_KEY_WORDS)
        elif names_a_password(key) or (names_a_credential_holding(key, value) and not names_a_resource(value) and (
                own_note or (in_table and records_its_credential(lines, index)) or under_own_lead_in(lines, index)
                or beside_its_drawn_identifier(lines, index, key, value)
                or (not in_table and labels_its_date(text) and drawn_credential(value)))):
            reported.add(value)
            yield offset, what, key, value
        elif _SHARED_SECRET_LABEL.search(key) is not None and names_access_control(lines, index):
            # (a RADIUS or TACACS+ client's shared secret, the password the access points or switches authenticate
            # with: `Shared secret configured on the APs: `…`` below `RADIUS server: …`)
            reported.add(value)
            yield offset, what, "shared_secret", value
        elif _SNMP_COMMUNITY_LABEL.search(key) is not None and _NAMES_SNMP.search(text) is not None:
            # (an SNMP community under its label, `- SNMP community: `…``, `| SNMP community (RO) | `…` |`: the agent's
            # shared password, judged as one)
            reported.add(value)
            yield offset, what, "password", value
        elif "_" in key and not in_table:
            # (a list's key for the account a sibling item names: `- Integration user: `…`` then `- API key for that
            # user: `…``, judged under the key's own words)
            head = listed_accounts_key(lines, index, key)
            if head and names_a_credential_holding(head, value) and not names_a_resource(value):
                reported.add(value)
                yield offset, what, head, value


# (stop 70, notes) A request's body written in the team's own record (an incident's write-up reproducing the call, a
# handover's): its JSON members (`curl -X POST …/oauth2/token -d '{"client_id":"…","client_secret":"…"}'`, a body's
# lines in a code block) and a curl's form fields (`-d "client_secret=…&grant_type=…"`, `--data-urlencode`), each read
# under its key as a code block's assignment is (documented_passwords: a credential's key on the team's own record).
_BODY_MEMBER = lazy_regex(r'"(?P<key>[A-Za-z_][\w.-]{0,63})"[ \t]*:[ \t]*"(?P<value>[^"\\\s]{1,512})"')
_FORM_FIELD = lazy_regex(r"""(?:(?<=[&"'])|(?<=--data-urlencode[ \t])|(?<=-d[ \t]))(?P<key>[A-Za-z_][\w.-]{0,63})=(?P<value>[^&\s"']{1,512})""")
_MEMBERS_A_LINE = 16


def request_body_members(text: str) -> Iterator[Found]:
    """A request body's members and a curl's form fields on the line (see _BODY_MEMBER's note)."""
    if '":' in text:
        for found in itertools.islice(_BODY_MEMBER.finditer(text), _MEMBERS_A_LINE):
            yield 0, f"{found.group('key')} in a request's body", found.group("key"), found.group("value")
    if "=" in text and ("curl" in text or "-d " in text or "--data" in text):
        for found in itertools.islice(_FORM_FIELD.finditer(text), _MEMBERS_A_LINE):
            yield 0, f"{found.group('key')} in a request's form fields", found.group("key"), found.group("value")


# A credential's label with a note in brackets giving a calendar date, the credential's expiry or its issue (`Token
# (full access, until 2025-01-01): `…``, `API key (created 11.03.2024): `…``, a Kazakh team's `Токен (full access,
# 2025-01-01 дейін): `…``): the team records the credential it was issued, as a provenance table does
# (records_its_credential); a page teaching the setting dates no example. Its value is read as a handover note's is,
# where drawn (drawn_credential).
_NOTE_DATE = lazy_regex(r"""(?<![\d.])(?:(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][./][01]?[0-9][./](?:19|20)[0-9]{2})"""
                        r"""(?![\d.]?[0-9])""")


def labels_its_date(text: str) -> bool:
    """The line's label before its code span has a note in brackets giving a date (see _NOTE_DATE's note)."""
    if "(" not in text or "`" not in text:
        return False
    labelled = _LABELLED_SPAN.match(text)
    note = labelled.group("note") if labelled is not None else None
    return bool(note) and _NOTE_DATE.search(note) is not None


def _documented_values(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """Every labelled value line `index` gives in a runbook's forms (documented_passwords' readers), whatever its label."""
    if line.lstrip().startswith("|"):
        return itertools.chain(_key_value_table_row(lines, index, line), _spoken_spans(line[:_SPAN_LINE_READ]))
    if "`" in line:
        # (and a bare value after a head-first label naming its account in a code span: `- Contrasenya de l'usuari
        # `operari`: …`, `- Password for `svc-backup`: …`)
        # (and a Wi-Fi network's SSID and key as a pair of spans under an item naming Wi-Fi)
        # (and a login's pair after labels of their own, its user in a span, its password bare: `логин `admin`, пароль: …`)
        return itertools.chain(_labelled_code_spans(line), continued_sign_in(lines, index),
                               pair_below_account_lead_in(lines, index),
                               pair_carried_below_login_said(lines, index),  # (stop 64: `… login is` then `` `ops` / `…` ``)
                               head_first_labelled_value(line[:_SPAN_LINE_READ]),
                               inline_user_pass_pair(line[:_SPAN_LINE_READ]),
                               _ssid_pair_item(lines, index, line[:_SPAN_LINE_READ]) if "/" in line else (),
                               _said_bold(line[:_SPAN_LINE_READ]) if "**" in line else (),
                               # (stop 68, pages: a login's pair in bold on a line with a code span elsewhere, a path or a
                               # command: `Admin panel: `/admin/` - default login **admin / …** (…)`)
                               _bold_login_pair(line[:_SPAN_LINE_READ]) if "**" in line and "/" in line else (),
                               # (stop 63: another language's word before its bold value, an account in a span before
                               # it: `herregni `staff-vpn` jecha darbii **…** qaba`)
                               _said_bold_localized(line[:_SPAN_LINE_READ]) if "**" in line else (),
                               # (stop 66, notes: a sentence's bare password after its word where another thing of the
                               # sentence is in a span, the account's name: `the account is `dispatch`, and its password
                               # is … until we rotate it`; judged as a line without a span has it)
                               said_bare_password(line[:_SPAN_LINE_READ], copula_only=True),
                               # (stop 67, notes: another Latin-script language's sentence giving the password in a
                               # span after its copula, as a note's is read: `Ang password sa kiosk-admin karon kay `…``)
                               said_bare_localized(line[:_SPAN_LINE_READ], on_a_page=True),
                               said_bold_over_two_lines(lines, index),
                               bold_after_a_password_label(lines, index))  # (stop 67: `пароль … (учётка `…`): **…** — …`)
    return itertools.chain(_bare_documented_values(lines, index, line[:_SPAN_LINE_READ]), said_bold_over_two_lines(lines, index),
                           bold_after_a_password_label(lines, index))


# A vendor's credential as its console shows it when an app or an account is registered: an identifier and its secret
# side by side, both drawn at random (`- Client ID: `MGVU…`` then `- Client secret: `68ir…``; `| client_id | `acpS…` |`
# then `| client_secret | `1721…` |`; `ZOOM_CLIENT_ID=7P0H…` then `ZOOM_CLIENT_SECRET=Wts2…`; an application's key and
# its secret, `Application key` then `Application secret`; an account's id and its API key). A team pastes the pair
# it was issued; a page teaching the setting writes a stand-in for the identifier at least (`your-client-id`,
# `<client id>`, `abc123`), and no reader's example draws both. The identifier's label ends in an identifier's word
# (`client id`, `account id`, `CustomerId`, `username`; stop 63: a security identifier's `SID`, `Account SID` then
# `Auth token`, as Twilio's console shows an account), or, for a secret's label, in a key's (`app key`, `public_key`:
# the key a secret is issued with). Both values are judged drawn (drawn_credential); the sibling stands in the same
# list, table or block (no blank line between, _PAIR_READ lines either way).
_IDENTIFIER_TAILS = (("id",), ("identifier",), ("username",), ("user", "name"), ("user",), ("uid",), ("sid",))
_SECRET_WORDS = frozenset({"secret", "private"})
_PAIR_READ = 6  # lines read either way in the secret's list, table or block for its identifier


def _names_its_identifier(words: Tuple[str, ...], secret_words: Tuple[str, ...]) -> bool:
    """The label's words name the identifier a credential labelled `secret_words` is issued with (see _IDENTIFIER_TAILS)."""
    if not words or words == secret_words:
        return False
    if any(words[-len(tail):] == tail for tail in _IDENTIFIER_TAILS):
        return True
    return words[-1] == "key" and bool(_SECRET_WORDS.intersection(secret_words))


# (each value's verdict kept for the file: the literal kind and the keyword rule each ask of a line's value twice)
_PAIRED: LastFileMemo[Dict[Tuple[int, str, str], bool]] = LastFileMemo(lambda lines: {})


def beside_its_drawn_identifier(lines: Sequence[str], index: int, key: str, value: str) -> bool:
    """A credential's value on line `index`, drawn, stands beside the identifier it was issued with, drawn too (see
    _IDENTIFIER_TAILS' note), or beside its account's own address (_tenant_address)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    if names_a_password(key) or not drawn_credential(value):
        return False
    remembered = _PAIRED.of(lines)
    verdict = remembered.get((index, key, value))
    if verdict is None:
        verdict = remembered[(index, key, value)] = _beside_its_drawn_identifier(lines, index, key, value)
    return verdict


def _pair_block(lines: Sequence[str], index: int) -> Tuple[List[Tuple[int, str]], str]:
    """The lines of the table, list or block around line `index` (to a blank line or a fence, _PAIR_READ lines each way;
    nearest first, the lines above before those below) and its lead-in: the first line above the blank or the fence that
    ends it, when that line ends in `:` (`Add the following to your .env:`), else ``."""
    block: List[Tuple[int, str]] = []
    lead_in = ""
    for step in (-1, 1):
        at = index
        for at in range(index + step, index + step * (_PAIR_READ + 1), step):
            sibling = line_text(lines, at) if 0 <= at < len(lines) else ""
            if not sibling.strip() or sibling.lstrip().startswith(("```", "~~~")):
                break
            block.append((at, sibling))
        if step < 0:
            for above in range(at - 1, max(-1, at - 3), -1):
                text = line_text(lines, above).rstrip()
                if text.strip() and not text.lstrip().startswith(("```", "~~~")):
                    lead_in = text if text.endswith(":") else ""
                    break
    return block, lead_in


def _addresses_the_reader(line: str, block: Sequence[Tuple[int, str]], lead_in: str) -> bool:
    """The pair's line, its block or its lead-in (see _pair_block) says `you`/`your` or names a sandbox (`Add the
    following to your .env:`, a `sandbox-api.` base URL): a tutorial's or a vendor's test pair, not the team's pasted
    one."""
    return any(_READER_OR_SANDBOX.search(text[:_STORE_LINE_READ]) is not None
               for text in itertools.chain((line,), (sibling for _, sibling in block), (lead_in,)))


_READER_OR_SANDBOX = lazy_regex(r"""(?i)\b(?:your?|sandbox)\b""")


def _beside_its_drawn_identifier(lines: Sequence[str], index: int, key: str, value: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    secret_words = key_words(key)
    if not secret_words or secret_words[-1] in ("id", "identifier", "username", "user", "sid"):
        return False
    block, lead_in = _pair_block(lines, index)
    if _addresses_the_reader(line_text(lines, index), block, lead_in):
        return False  # (a pair in a block that writes to its reader, `| Owner | you@example.com |`: the docs' example)
    if _paired_on_its_line(line_text(lines, index), secret_words, value):
        return True
    for at, text in block:
        for sibling_key, sibling_value in _labelled_values_at(lines, at):
            if sibling_value != value and (_names_its_identifier(key_words(sibling_key), secret_words) and (
                    drawn_credential(sibling_value, identifier=True) or _marked_issued_number(text, sibling_value))
                                           or _tenant_address(sibling_value)
                                           or _merchants_number(sibling_key, sibling_value, secret_words)):
                return True
    return False


# The number a payment vendor, a tax office's till service or a courier issued the team's shop, as the shop's own notes
# list it beside the key it was issued with (`- Store ID: 58231` then `- Hash key (live): …`, `- POS no: 10816246` then
# `- API key (posapi.…): `…``, `- Merchant number: …`): a merchant's, a store's, a point of sale's or a terminal's
# number (the label's words: its holder, then an identifier's or a number's word), an issued number (_issued_number: no
# typed run, `12345`), bare or in a span. A vendor's page teaching the setting writes a stand-in for it (`your store
# id`, `<merchant_id>`, `12345`) and no drawn key beside it; the key's label ends in a key's, a secret's, a token's or a
# salt's word (_MERCHANT_KEY_TAILS), and the pair's block says no `you` (_addresses_the_reader).
_MERCHANT_HOLDERS = frozenset({"merchant", "store", "shop", "pos", "terminal", "outlet", "seller",
                               "kereskedoi"})  # (Hungarian's merchant's, `Kereskedői azonosító`)
_MERCHANT_NUMBER_TAILS = frozenset({"id", "identifier", "no", "nr", "number", "num", "code", "azonosito"})
# (what a key issued beside a shop's number is called: `API key`, `Hash key`, `Secret key`, `Integrity salt`; Hungarian's
# `Titkos kulcs`)
_MERCHANT_KEY_TAILS = frozenset({"key", "secret", "token", "salt", "kulcs"})


def _merchants_number(key: str, value: str, secret_words: Tuple[str, ...]) -> bool:
    """The sibling `key`: `value` is the number a vendor issued the team's shop (see _MERCHANT_HOLDERS' note), beside a
    credential labelled `secret_words`."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    return 2 <= len(words) <= 3 and words[-1] in _MERCHANT_NUMBER_TAILS and words[-2] in _MERCHANT_HOLDERS and \
        secret_words[-1] in _MERCHANT_KEY_TAILS and _issued_number(value)


# A vendor's key and its secret written side by side, each in a code span after its label, split by `/` (a handbook's
# accounts table's cell `Api-Key `…` / Secret-Key `…``, a list item's `Client ID `…` / Client secret `…``): the pair a
# courier's or a payment vendor's console issued the team, pasted as it was shown; the secret's label read after the
# identifier's (_names_its_identifier: an id's, a user's, or a key's before a secret's), both values drawn
# (drawn_credential). A page teaching the setting writes a stand-in for one of them at least.
_PAIRED_SPANS = lazy_regex(r"""(?<![\w-])(?P<label>[A-Za-z][\w-]{0,31}(?:[ \t][A-Za-z][\w-]{0,31}){0,2})(?:[ \t]*:)?[ \t]*"""
                           r"""`(?P<first>[^`\s]{12,256})`[ \t]*/[ \t]*"""
                           r"""(?P<label2>[A-Za-z][\w-]{0,31}(?:[ \t][A-Za-z][\w-]{0,31}){0,2})(?:[ \t]*:)?[ \t]*"""
                           r"""`(?P<second>[^`\s]{12,256})`""")
_PAIRS_A_LINE = 4


def _pair_of_spans(text: str) -> Iterator[Tuple[str, str, str, str]]:
    """(identifier's label, identifier, secret's label, secret) of each pair of spans the line gives (see _PAIRED_SPANS)."""
    if "`" not in text or "/" not in text:
        return
    for found in itertools.islice(_PAIRED_SPANS.finditer(text[:_SPAN_LINE_READ]), _PAIRS_A_LINE):
        yield found.group("label"), found.group("first"), found.group("label2"), found.group("second")


def _paired_spans(text: str) -> Iterator[Found]:
    """The secret of each pair of spans the line gives, under its own label (see _PAIRED_SPANS)."""
    for _label, _first, label, second in _pair_of_spans(text):
        yield 0, f"{label} given beside its identifier in a code span", _bare_key(label), second


def _paired_on_its_line(text: str, secret_words: Tuple[str, ...], value: str) -> bool:
    """`value`, labelled `secret_words`, is a pair's secret on line `text` beside its identifier, drawn (_PAIRED_SPANS)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return any(second == value and _names_its_identifier(key_words(_bare_key(label)), secret_words)
               and drawn_credential(first, identifier=True)
               for label, first, _label, second in _pair_of_spans(text))


def _marked_issued_number(text: str, value: str) -> bool:
    """`value`, on line `text`, is a number its vendor issued (_issued_number) that the page marks as a value to copy, in
    a code span or a table's cell (`- client_id: `18198``, `| public_key | `i98…` |`): a settings file's copy shown bare
    in a README's block (`app_id : 1069806` among a sample's settings) is read as before."""
    return len(value) <= 26 and _issued_number(value) and (f"`{value}`" in text or text.lstrip().startswith("|"))


# An account's own address on a vendor's domain, as a settings list gives it beside the account's key (`- スペース:
# `sgm.backlog.jp``, `| サブドメイン | sgm-gojokai.cybozu.com |`, `host: https://northwind.testrail.io`): a tenant's name
# before the vendor's domain, the address bare (no path: a callback's URL is any app's). It names the account the key
# is of, as a drawn identifier does; a page teaching the setting writes a stand-in (`example.cybozu.com`,
# `yourspace.backlog.jp`, `{subdomain}.…`, `acme.…`) or the vendor's own service host (`api.…`, `www.…`).
_TENANT_ADDRESS = lazy_regex(r"""^(?:https://)?(?P<tenant>[a-z0-9][a-z0-9-]{1,62})\.(?P<domain>[a-z0-9][a-z0-9-]{1,62}"""
                             r"""(?:\.[a-z0-9-]{1,62}){0,2}\.[a-z]{2,24})/?$""")
_SERVICE_LABELS = frozenset({"www", "api", "apis", "app", "apps", "auth", "login", "oauth", "id", "sso", "portal",
                             "dashboard", "console", "developer", "developers", "dev", "docs", "help", "support", "status",
                             "sandbox", "staging", "test", "demo", "cdn", "static", "mail", "smtp", "imap", "my", "secure",
                             "account", "accounts", "admin", "panel", "manage", "merchant", "merchants", "partner", "partners",
                             "eu", "us", "uk", "de", "fr", "jp", "au", "ca", "in", "global", "int", "prod", "live"})
_STAND_IN_TENANTS = lazy_regex(r"""(?:^|-)(?:examples?|samples?|demo|dummy|fake|placeholder|test|your|my|acme|contoso"""
                               r"""|fabrikam|company|mycompany|yourcompany|tenant|subdomain|instance|domain|org|foo|bar)"""
                               r"""(?:-|$)|^(?:your|my)""")


def _tenant_address(value: str) -> bool:
    """The value is an account's own address on a vendor's domain (see _TENANT_ADDRESS)."""
    from secretfence.kinds._literal_reading import _real_host

    found = _TENANT_ADDRESS.match(value.lower()) if len(value) <= 256 and "." in value else None
    if found is None or found.group("tenant") in _SERVICE_LABELS or _STAND_IN_TENANTS.search(found.group("tenant")):
        return False
    host = f"{found.group('tenant')}.{found.group('domain')}"
    return _real_host(host) and not found.group("tenant").isdigit()


# (each line's labelled values read once a file: a list's every item asks its siblings, twice each)
_LABELLED_VALUES: LastFileMemo[Dict[int, List[Tuple[str, str]]]] = LastFileMemo(lambda lines: {})


def _labelled_values_at(lines: Sequence[str], index: int) -> List[Tuple[str, str]]:
    """_labelled_values of line `index`, remembered for the file."""
    remembered = _LABELLED_VALUES.of(lines)
    found = remembered.get(index)
    if found is None:
        found = remembered[index] = list(_labelled_values(lines, index, line_text(lines, index)[:_SPAN_LINE_READ]))
    return found


def _labelled_values(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[str, str]]:
    """(label, value) of line `index`: a table row's first two cells (any label: an identifier's row is none a
    credential's reader reads), else what documented_passwords' readers read."""
    if line.lstrip().startswith("|"):
        cells = _table_cells(line)
        if len(cells) >= 2 and "\\|" not in line:
            yield cells[0].strip("*_` ").rstrip(":").rstrip(), cells[1].strip().strip("`").strip()
        return
    for _offset, _what, key, value in _documented_values(lines, index, line):
        yield key, value


_UUID = lazy_regex(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_DRAWN_HEX = lazy_regex(r"^(?:[0-9a-f]{16,128}|[0-9A-F]{16,128})$")
_DRAWN_DIGIT_RUNS = lazy_regex(r"[0-9]+")
# An identifier a vendor numbers its accounts and apps with, as its console issues it beside their secret: a number of
# five digits or more (a bank's payment app's `client_id` `18198`), or a short head of letters and a number of four or
# more (LiqPay's public key `i98047885992`, Netvisor's customer id `KAIHP_8812`). Its digits counted from the vendor's
# sequence, not typed as an example's are: three distinct at least, no run up or down (`12345`, `98765`), no digit
# repeated alone (`11111`, `10000`).
_ISSUED_NUMBER = lazy_regex(r"^(?:[0-9]{5,20}|[A-Za-z]{1,6}[_-]?[0-9]{4,20})$")
_COUNTED_RUNS = ("01234567890", "09876543210")


def _issued_number(value: str) -> bool:
    """`value` is a vendor's issued number or short-headed number (see _ISSUED_NUMBER)."""
    if _ISSUED_NUMBER.match(value) is None:
        return False
    digits = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")
    if len(set(digits)) < 3 or any(digits in run for run in _COUNTED_RUNS):
        return False
    return not any(run in digits for run in ("1234", "2345", "3456", "4567", "5678", "6789", "9876", "8765", "7654",
                                             "6543", "5432", "4321"))


@functools.lru_cache(maxsize=4096)
def drawn_credential(value: str, identifier: bool = False) -> bool:
    """A value a vendor's console or a generator drew at random: a random UUID, a hex run of 16 digits or more (ten
    distinct), or letters and digits (`-` and `_` between allowed) of 12 or more, ten distinct, in both cases with digits
    in two runs or more, or in one case with digits in three runs or more (`u4blp065o6ghmvfzumiqa9nm5k4grrs7`); no
    placeholder, no alphabet's run, no chunk repeated. (An identifier, `identifier`, is read at the same bar.)"""
    from secretfence.kinds._helpers import has_repeated_chunk, is_placeholder, is_sequential

    if not 12 <= len(value) <= 256 or not value.isascii():
        return False
    lowered = value.lower()
    if _UUID.match(lowered) is not None:
        drawn = len(set(value)) >= 10
    elif _DRAWN_HEX.match(value) is not None:
        drawn = len(set(lowered)) >= 10 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    else:
        plain = value.replace("-", "").replace("_", "")
        if not plain.isalnum() or len(plain) < 12 or len(set(plain)) < 10:
            return False
        runs = len(_DRAWN_DIGIT_RUNS.findall(plain))
        cases = any(c.islower() for c in plain) and any(c.isupper() for c in plain)
        drawn = runs >= 3 or (cases and runs >= 2)
    return drawn and not is_sequential(value) and not has_repeated_chunk(value) and not is_placeholder(value, decode=False)


# A list item's key, token or secret for an account (`- API key for that user: `…``, `- Token for the service account:
# …`, `- Secret of this login: …`) where a sibling item of its list names the account's user (`- Integration user for our
# historian: `rossvatn-historian``, `- Service account: `svc-export``, `- API user: …`): the key a provider issued to the
# team's named account, no reader's example (a vendor's page names the reader's account `your user`, and no user of its
# own beside its key). The key's words before the qualifier judge it (`API key`).
_ACCOUNT_QUALIFIER = lazy_regex(r"""(?i)^(?P<head>(?:.{1,64}?_)?(?:key|token|secret))_(?:for|of)_(?:(?:that|this|the|its|same|above)_)?"""
                                r"""(?:[a-z0-9-]{1,32}_)?(?:user|account|login)$""")
_ACCOUNT_USER_ITEM = lazy_regex(
    r"""(?i)^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]+(?:\*\*|__)?(?:[\w./-]{1,32}[ \t]){0,2}(?:user(?:[ \t]?name)?|account|login)"""
    r"""(?:[ \t]+(?:for|of)(?:[ \t]+[^\s:`]{1,32}){1,4})?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*`?[\w.@-]{1,64}`?[ \t]*\r?$""")


def listed_accounts_key(lines: Sequence[str], index: int, key: str) -> str:
    """The key's words before its qualifier (`API_key`) where the key (`API_key_for_that_user`) names the account of its
    list and a sibling item names that account's user (see _ACCOUNT_QUALIFIER), else ""."""
    qualified = _ACCOUNT_QUALIFIER.match(key) if len(key) <= 128 else None
    if qualified is None or _LIST_ITEM.match(line_text(lines, index)) is None:
        return ""
    for step in (-1, 1):
        for at in range(index + step, index + step * (_ACCOUNT_LIST_READ + 1), step):
            text = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            if _LIST_ITEM.match(text) is None:
                break
            if _ACCOUNT_USER_ITEM.match(text) is not None:
                return qualified.group("head")
    return ""


# A resource's name as a team writes one, lower-case words joined by `-`, `_` or `.` and a number or a version
# (`pump-reader-2022`, `orders_api_key_2024q1`, `ci.deploy.token`): what a record's sentence names a token or a key by
# (`token `pump-reader-2022` deleted`), no value a service issues (its keys mix cases, or run in hex or base64 with no
# two words in them).
_RESOURCE_NAME = lazy_regex(r"""^[a-z][a-z0-9]{0,31}(?:[-_.][a-z0-9]{1,32}){1,7}$""")
_NAME_WORD = lazy_regex(r"""^[a-z]{3,}$""")
# A year or a version among a name's parts (`2022`, `2023q4`, `v2`): what a team's name carries and a word
# passphrase's drawn number (`marble-osprey-canyon-57`) does not.
_NAME_DATING_PART = lazy_regex(r"""^(?:(?:19|20)[0-9]{2}(?:q[1-4]|h[12]|[01][0-9])?|v[0-9]{1,3})$""")


def names_a_resource(value: str) -> bool:
    """The value is a resource's name (see _RESOURCE_NAME): lower-case parts, two of them words of letters; a passphrase
    of words as a generator draws them (word_passphrase: three words and a number, four words) only where a part dates
    or versions it (`orders-api-key-2024`), the words and the drawn number of a token a team chose being its value."""
    if _RESOURCE_NAME.match(value) is None:
        return False
    parts = re.split(r"[-_.]", value)
    if sum(1 for part in parts if _NAME_WORD.match(part)) < 2:
        return False
    return not word_passphrase(value) or any(_NAME_DATING_PART.match(part) for part in parts)


# A service's key set beside the service's API address in a page's block of settings, as a team's notes paste their
# `.env` or their settings (`HEARTH_API_BASE=https://api.gethearth.com/v1` then `HEARTH_API_KEY=…`; YAML's `api_base:`
# then `api_key:`): the account's key on that service, no reader's example, where the address is the service's own (no
# example's host) and the key looks issued (the literal kind judges both: _web_forms.documented_key_at_host). The two
# names are the same service's: their words before what each is (a key's, a token's, a secret's; an address's, a base's,
# an endpoint's) are the same: the key HEARTH_API_KEY and the address HEARTH_API_BASE both name hearth, api_key and
# base_url nothing.
_SERVICE_URL = lazy_regex(r"^https?://(?:[^\s/@]{1,256}@)?(?P<host>[A-Za-z0-9.-]{1,253})(?:[:/?#]|$)")
_CREDENTIAL_TAIL_WORDS = frozenset({"key", "keys", "apikey", "secret", "token", "access", "private", "client", "auth", "api",
                                    "app", "account", "server", "rest"})
_ADDRESS_TAIL_WORDS = frozenset({"base", "url", "uri", "endpoint", "host", "hostname", "server", "root", "domain", "address",
                                 "api", "rest"})
_SERVICE_BLOCK_READ = 8  # lines read each way in the key's block (a blank line ends it) for its service's address


def _service_words(words: Tuple[str, ...], tails: FrozenSet[str]) -> Tuple[str, ...]:
    """A name's words before the run of `tails` it ends in (`hearth api key` → `hearth`)."""
    end = len(words)
    while end and words[end - 1] in tails:
        end -= 1
    return words[:end]


def keys_beside_their_service_url(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, str, str]]:
    """(what, key, value, host) of a key's assignment on line `index` (_ASSIGNED_LINE: a code block's, a note's) whose
    service's API address is set in its block, with the address's host (see _SERVICE_URL's note). A password's is
    documented_passwords'."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential_holding, names_a_password

    text = line_text(lines, index)[:_SPAN_LINE_READ]
    assigned = _ASSIGNED_LINE.match(text) if "=" in text or ":" in text else None
    if assigned is None or assigned.group("note") is not None:
        return
    key, value = assigned.group("key"), assigned.group("value")
    words = key_words(key)
    # (a tool's configuration names its account's key `key:` beside the account's user and the service's address:
    # TestRail's trcli, `host:` then `username:` then `key:`; read as the account's API key where its user stands in the
    # block, a bare `key:` elsewhere being any mapping's)
    bare_key = words == ("key",) and _beside_its_user(lines, index)
    if not words or words[-1] not in _CREDENTIAL_TAIL_WORDS or "://" in value or names_a_password(key) or \
            not (bare_key or names_a_credential_holding(key, value)):
        return
    key = "api_key" if bare_key else key
    service = _service_words(words, _CREDENTIAL_TAIL_WORDS)
    for step in (-1, 1):
        for at in range(index + step, index + step * (_SERVICE_BLOCK_READ + 1), step):
            sibling = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            if not sibling.strip():
                break
            found = _ASSIGNED_LINE.match(sibling) if "://" in sibling else None
            url = _SERVICE_URL.match(found.group("value")) if found is not None else None
            if found is None or url is None:
                continue
            name = key_words(found.group("key"))
            if name and name[-1] in _ADDRESS_TAIL_WORDS and _service_words(name, _ADDRESS_TAIL_WORDS) == service:
                yield f"{key} beside its service's address {found.group('key')}", key, value, url.group("host").lower()
                return


# (stop 65, pages) The same pair given to one call as its keyword arguments, a client constructed with its service's
# address and its key (`Kilns(base_url="https://kilns.….im", api_key="…")`, Ruby's and JavaScript's `key: "…"` too): the
# account's key on that service, as the block's two lines are, judged the same (the names' service words the same; the
# address the service's own and the key issued, by the literal kind). A call's quoted literals only, on one line.
_CALL_ARGUMENT = lazy_regex(r"""(?<![\w.])(?P<key>[A-Za-z_][\w]{0,63})[ \t]*(?:=(?!=)|:(?!:))[ \t]*(?P<q>["'])"""
                            r"""(?P<value>[^"'\s]{1,512})(?P=q)""")
_CALL_ARGUMENTS_READ = 12  # a line's arguments read at most


def call_keys_beside_their_service_url(line: str) -> Iterator[Tuple[str, str, str, str]]:
    """(what, key, value, host) of a key given to a call beside its service's address on the same line (see
    _CALL_ARGUMENT's note)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential_holding, names_a_password

    text = line[:_SPAN_LINE_READ]
    if "(" not in text or "://" not in text:
        return
    arguments = list(itertools.islice(_CALL_ARGUMENT.finditer(text, text.index("(")), _CALL_ARGUMENTS_READ))
    addresses = []
    for found in arguments:
        url = _SERVICE_URL.match(found.group("value"))
        name = key_words(found.group("key"))
        if url is not None and name and name[-1] in _ADDRESS_TAIL_WORDS:
            addresses.append((found.group("key"), _service_words(name, _ADDRESS_TAIL_WORDS), url.group("host").lower()))
    if not addresses:
        return
    for found in arguments:
        key, value = found.group("key"), found.group("value")
        words = key_words(key)
        if not words or words[-1] not in _CREDENTIAL_TAIL_WORDS or "://" in value or names_a_password(key) or \
                not names_a_credential_holding(key, value):
            continue
        service = _service_words(words, _CREDENTIAL_TAIL_WORDS)
        for name, address_service, host in addresses:
            if address_service == service:
                yield f"{key} given to a call beside its service's address {name}", key, value, host
                break


_USER_TAIL_WORDS = frozenset({"user", "username", "login", "email"})


def _beside_its_user(lines: Sequence[str], index: int) -> bool:
    """An assignment in line `index`'s block (no blank line between, _SERVICE_BLOCK_READ lines each way) sets a user
    (`username: qa-bot@…`, `user = ops`): the account the block's key is of."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for step in (-1, 1):
        for at in range(index + step, index + step * (_SERVICE_BLOCK_READ + 1), step):
            sibling = line_text(lines, at)[:_SPAN_LINE_READ] if 0 <= at < len(lines) else ""
            if not sibling.strip():
                break
            found = _ASSIGNED_LINE.match(sibling) if "=" in sibling or ":" in sibling else None
            name = key_words(found.group("key")) if found is not None else ()
            if name and name[-1] in _USER_TAIL_WORDS:
                # (a user at a reserved example domain, `qa@acme.example`, is an example's stand-in: no account's)
                return _RESERVED_DOMAIN_WORD.search(found.group("value")) is None if found is not None else True
    return False


# A settings table that records its credential's provenance as a team's inventory does: a row naming who owns it, or when
# (or by whom) it was created, issued, rotated, or when it expires, its cell holding a date or an address (`| Owner |
# it@… |`, `| Created | 2024-03-11 by … |`, `| Expires | 12 Mar 2025 |`). Such a table is the team's record of a
# credential issued to it, no vendor's example of a setting (an example shows what to set, not who set it up when): its
# key's, token's and secret's rows are read as its passwords' are (documented_passwords).
_PROVENANCE_LABEL = lazy_regex(
    r"""(?i)^(?:owner|owned[ \t]by|(?:date[ \t])?created(?:[ \t](?:on|at|by))?|creation[ \t]date|(?:date[ \t])?issued"""
    r"""(?:[ \t](?:on|at|to|by))?|generated(?:[ \t](?:on|at|by))?|(?:last[ \t])?(?:rotated|regenerated|renewed)(?:[ \t](?:on|at|by))?"""
    r"""|expires(?:[ \t]on)?|expiry(?:[ \t]date)?|expiration(?:[ \t]date)?|valid[ \t](?:until|to)|(?:added|set[ \t]up|requested)[ \t]by)$""")
_MONTH = r"""(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"""
# A date as a record writes one: ISO's `2024-03-11`, `11/03/2024`, `11.03.2024`, `11 Mar 2024`, `March 11, 2024`, `Mar 2024`.
_RECORDED_DATE = lazy_regex(
    r"""(?<![\d-])(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![\d-])|(?<![\d/.])[0-3]?[0-9][/.][01]?[0-9][/.](?:19|20)[0-9]{2}(?![\d/.])"""
    r"""|(?i:(?<![a-z])""" + _MONTH + r"""[ \t]+(?:[0-3]?[0-9](?:st|nd|rd|th)?,?[ \t]+)?(?:19|20)[0-9]{2}(?![0-9])"""
    r"""|(?<![0-9])[0-3]?[0-9][ \t]+""" + _MONTH + r"""[ \t]+(?:19|20)[0-9]{2}(?![0-9]))""")
_RECORDED_ADDRESS = lazy_regex(r"""[A-Za-z0-9._%+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})""")


def _records_provenance(row: str) -> bool:
    """A table row naming a credential's owner, creation, rotation or expiry (_PROVENANCE_LABEL), its cell a date or a
    real domain's address (a tutorial's `you@example.com` is none)."""
    cells = _table_cells(row)
    if len(cells) < 2 or _PROVENANCE_LABEL.match(cells[0].strip("*_` ").rstrip(":").rstrip()) is None:
        return False
    if _RECORDED_DATE.search(cells[1]) is not None:
        return True
    address = _RECORDED_ADDRESS.search(cells[1])
    return address is not None and _TUTORIAL_HOST.search(address.group("domain")) is None


def _provenance_tables(lines: Sequence[str]) -> List[Tuple[int, int]]:
    """(first row, last row) of each table of the file (its lines opening with `|`, one after another) that records its
    credential's provenance (_records_provenance): found once a file, in one pass."""
    tables: List[Tuple[int, int]] = []
    start, recorded = -1, False
    for number in range(len(lines) + 1):
        text = line_text(lines, number)[:_TABLE_LINE_READ] if number < len(lines) else ""
        if text.lstrip().startswith("|"):
            if start < 0:
                start, recorded = number, False
            recorded = recorded or _records_provenance(text)
        elif start >= 0:
            if recorded:
                tables.append((start, number - 1))
            start = -1
    return tables


_PROVENANCE_TABLES = LastFileMemo(_provenance_tables)


def records_its_credential(lines: Sequence[str], index: int) -> bool:
    """Line `index` is a row of a table that records its credential's provenance (see _PROVENANCE_LABEL)."""
    tables = _PROVENANCE_TABLES.of(lines)
    at = bisect.bisect_right(tables, (index, len(lines))) - 1
    return at >= 0 and tables[at][0] <= index <= tables[at][1]


# A list's lead-in saying its items are the team's own account's or app's (`Our developer app on the iSolarCloud developer
# portal:`, `Our account at the courier's API:`, `Details of our Twilio subscription:`): the items below it are the
# team's values, no reader's example, read as a handover note's are. A lead-in naming a test, sandbox or demo account,
# or an example, names none (a vendor's docs: `Use our sandbox app's credentials:`).
# (Swedish's, Norwegian's and Danish's words too: `Vår integration hämtar dem med organisationsnyckeln:`, `Vårt konto hos …:`)
_OWN_LEAD_IN = lazy_regex(r"""(?i)(?:\bour\b[^\n:]{0,80}?\b(?:account|app|application|integration|client|subscription|tenant"""
                          r"""|project|credentials|login)s?\b|(?<![^\W\d_])(?:vår|vårt|våra|våre|vores)(?![^\W\d_])[^\n:]{0,80}?"""
                          r"""\b(?:konto|app|applikation|integration|integrasjon|klient|prenumeration|abonnement|projekt|prosjekt"""
                          r"""|inloggning|innlogging|login)(?:en|et|n|t|er|erna|ene)?\b)[^\n]{0,120}:[ \t]*\r?$""")
# (a lead-in telling the reader what to send with their own key is a vendor's: `Our client sends your token:`)
_ADDRESSES_THE_READER = lazy_regex(r"""(?i)\b(?:your|you)\b""")
# A code block's line (indented, or in a fence) under a lead-in as a list's item is: a header, a setting
_BLOCK_LINE = lazy_regex(r"""^(?:    |\t)[ \t]*[^\s]""")
# (a header's or a setting's line, its value bare, `X-User-Token: …`, `API_KEY=…`: a JSON payload's or code's quoted
# members below such a lead-in are the example it shows, `"plainToken": "…"`)
_BLOCK_SETTING = lazy_regex(r"""^[ \t]*(?:export[ \t]+)?[A-Za-z][\w.-]{0,63}[ \t]*[:=][ \t]*[^\s"'`{\[(<]""")
_NOT_OUR_OWN = lazy_regex(r"""(?i)\b(?:test|testing|sandbox|demo|example|sample|dummy|fake|public|publishable)\b""")
# A list's lead-in saying the team wrote the values below into a deployed configuration, in the past tense (`We put these
# values into the `.env` on `booking-api`:`, `The following were added to the production server's .env:`; a Turkish team's
# `… değerleri `booking-api` sunucusundaki `.env`'ye yazdık:`): the live values, no reader's example (a tutorial tells its
# reader to add them, `Add the following to your .env:`). The place is a `.env` file, a server or production (Turkish
# `sunucu`, `canlı`). A lead-in naming a sandbox or a test is read only where it also says live or production (`Moving
# from sandbox to live, we put…`, `Sandbox'tan canlıya geçerken…`): the values are the live ones.
_DEPLOYED_LEAD_IN = lazy_regex(
    r"""(?i)(?:\bwe[ \t]+(?:have[ \t]+)?(?:wrote|written|put|added|set|entered|stored|saved|pasted|copied)"""
    r"""|\b(?:were|was|have[ \t]+been|has[ \t]+been)[ \t]+(?:written|put|added|set|entered|stored|saved|pasted|copied)"""
    r"""|(?:yazd|ekled|girdi|koydu|tan(?:ı|i)mlad|kaydetti)(?:ı|i|u|ü)?k\b)"""
    r"""[^\n]{0,120}:[ \t]*\r?$""")
_DEPLOYED_PLACE = lazy_regex(r"""(?i)\.env\b|\bserver\b|\bprod(?:uction)?\b|\blive\b|\bsunucu|\bcanl(?:ı|i)""")
_GOES_LIVE = lazy_regex(r"""(?i)\bprod(?:uction)?\b|\blive\b|\bcanl(?:ı|i)""")
_LIST_ITEM = lazy_regex(r"""^[ \t]*(?:[-*+]|[0-9]{1,3}[.)])[ \t]""")
_LEAD_IN_READ = 12  # list items read above an item for its list's lead-in


def under_own_lead_in(lines: Sequence[str], index: int) -> bool:
    """Line `index` is an item of a list whose lead-in says it is the team's own account's or app's (see _OWN_LEAD_IN),
    or a line of the code block below such a lead-in (`Our integration fetches them with the organization key:` then
    an indented `X-User-Token: …`), where the lead-in does not address the reader (a vendor's `your token`)."""
    if _LIST_ITEM.match(line_text(lines, index)) is None:
        return _block_under_own_lead_in(lines, index)
    blank = False
    for above in range(index - 1, max(-1, index - 1 - _LEAD_IN_READ), -1):
        text = line_text(lines, above)[:_SPAN_LINE_READ]
        if _LIST_ITEM.match(text) is not None and not blank:
            continue
        if not text.strip() and not blank:
            blank = True  # (one blank line between the lead-in and its list)
            continue
        if _OWN_LEAD_IN.search(text) is not None and _NOT_OUR_OWN.search(text) is None:
            return True
        # (a lead-in saying the values below were written into the live system's configuration: the deployed ones)
        return _DEPLOYED_LEAD_IN.search(text) is not None and _DEPLOYED_PLACE.search(text) is not None and (
            _NOT_OUR_OWN.search(text) is None or _GOES_LIVE.search(text) is not None)
    return False


def _block_under_own_lead_in(lines: Sequence[str], index: int) -> bool:
    """Line `index` stands in an indented code block or a fence whose lead-in, the line above it (one blank between
    allowed), says the block is the team's own account's or app's (see under_own_lead_in)."""
    text = line_text(lines, index)
    if _BLOCK_SETTING.match(text[:_SPAN_LINE_READ]) is None:
        return False
    indented = _BLOCK_LINE.match(text) is not None
    blank = fence = False
    for above in range(index - 1, max(-1, index - 1 - _LEAD_IN_READ), -1):
        above_text = line_text(lines, above)[:_SPAN_LINE_READ]
        stripped = above_text.strip()
        if stripped.startswith(("```", "~~~")) and not fence and not blank:
            fence = True  # (the fence's opening: the lead-in stands above it)
            continue
        if stripped and not blank and not fence and indented and _BLOCK_LINE.match(above_text) is not None:
            continue  # (the indented block's line above)
        if stripped and not blank and not fence and not indented:
            continue  # (a line of the fence's block, its opening above)
        if not stripped and not blank:
            blank = True
            continue
        if not stripped or (not indented and not fence):
            return False
        lead_in = _paragraph_end(lines, above)
        return _OWN_LEAD_IN.search(lead_in) is not None and _NOT_OUR_OWN.search(lead_in) is None and \
            _ADDRESSES_THE_READER.search(lead_in) is None
    return False


_LEAD_IN_LINES = 3  # a wrapped lead-in's lines read, its colon's and the two above it


def _paragraph_end(lines: Sequence[str], at: int) -> str:
    """Line `at` joined to the lines of its paragraph above it (up to _LEAD_IN_LINES in all): a lead-in wrapped before
    its colon (`… Vår integration hämtar dem med` / `organisationsnyckeln:`)."""
    parts = [line_text(lines, at)[:_SPAN_LINE_READ].strip()]
    for above in range(at - 1, max(-1, at - _LEAD_IN_LINES), -1):
        text = line_text(lines, above)[:_SPAN_LINE_READ].strip()
        if not text or text.startswith(("#", "|", "```", "~~~", ">")) or _LIST_ITEM.match(text) is not None:
            break
        parts.insert(0, text)
    return " ".join(parts)


# A setting whose whole value is `user:password@host:port[/path]` without a scheme (Polarion's
# `com.polarion.platform.internalPG=polarion:<password>@localhost:5433`, a client's server address): the
# password of the login, judged under the setting's name and `password` (a `test`/`example` setting says
# its value is none).
_SCHEMELESS_LOGIN = lazy_regex(
    r"""^[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.-]{0,127})["']?[ \t]*[=:][ \t]*(?P<q>["']?)"""
    r"""(?P<user>[A-Za-z0-9_][\w.$-]{0,63}):(?P<pw>[^\s@/"']{1,256})@(?P<host>[A-Za-z0-9][A-Za-z0-9.-]{0,252})"""
    r""":(?P<port>[0-9]{2,5})(?:/[\w.-]{0,128})?(?P=q)[ \t]*\r?$""")


def _schemeless_login(line: str) -> Iterator[Found]:
    found = _SCHEMELESS_LOGIN.match(line)
    if found is None:
        return
    yield (0, f"password of user {found.group('user')} in the address {found.group('host')}:{found.group('port')} "
              f"under {found.group('key')}", f"{found.group('key')}.password", found.group("pw"))


# A product's registration code, set in a file or given to its command (HP Anyware's `"registration_code": "…"`,
# `pcoip-register-host --registration-code=…`, `PCOIP_REGISTRATION_CODE=…`): judged under its name
# (credential_keys: a code issued in groups of capitals and digits).
_REGISTRATION_CODE = lazy_regex(
    r"""(?:^|(?<=[\s"'{,(]))-{0,2}(?P<key>(?:[A-Za-z_][\w.-]{0,63}?)?(?i:registration)[_.-]?(?i:code))["']?"""
    r"""(?:[ \t]*(?::=|=|:)[ \t]*|[ \t]+)(?P<q>["']?)(?P<value>[A-Za-z0-9@-]{16,128})(?P=q)(?![\w@-])""")
_CODES_A_LINE = 8


def _registration_codes(line: str) -> Iterator[Found]:
    for count, found in enumerate(_REGISTRATION_CODE.finditer(line)):
        if count >= _CODES_A_LINE:
            return
        yield 0, f"registration code under {found.group('key')}", found.group("key"), found.group("value")


# Ansible's INI inventory: in a `[group:vars]` section a line is `name=value` split at its first `=`, the rest
# of the line the value (no inline comment: `ansible_password=#Q1…` holds `#Q1…`; a host line's variables are
# split as a shell's words, where `#` opens a comment, and are not read here).
_INVENTORY_VAR = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_]\w{0,127})[ \t]*=[ \t]*(?P<value>#\S{1,255})[ \t]*\r?$""")
_INVENTORY_SECTION_READ = 256  # lines looked back for the section a variable stands in


def _inventory_vars_value(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _INVENTORY_VAR.match(line)
    if found is None:
        return
    for position in range(index - 1, max(-1, index - 1 - _INVENTORY_SECTION_READ), -1):
        above = lines[position]
        if "[" not in above:
            continue
        section = INI_SECTION.match(above)
        if section is not None:
            if section.group("name").strip().endswith(":vars"):
                yield (0, f"Ansible inventory variable {found.group('key')} of [{section.group('name').strip()}]",
                       found.group("key"), found.group("value"))
            return


def _updated_settings(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A settings table's value set by an UPDATE to a literal, the row picked by its name
    (kinds/_sql_tables.py, `settings_updates`): judged under the setting's name's last part."""
    from secretfence.kinds._sql_tables import settings_updates  # (a hook run on source files never meets one)

    for name, value in settings_updates(lines, index):
        key = _SETTING_PATH.split(name)[-1] or name
        yield 0, f"value of the setting {name} set by an SQL UPDATE", key, value


# --- blind rounds BU-BX: a name and its value in sibling elements; Orthanc's accounts ----------------------

# XStream's serialized map (Mirth Connect's configurationMap.xml, Jenkins' and Bamboo's XML): an `<entry>`'s
# key `<string>NAME</string>`, then its value as the next `<string>` or inside the value's object
# (`<com.mirth.connect.util.ConfigurationProperty><value>…</value>`): judged under NAME.
_ENTRY_KEY = lazy_regex(r"""^[ 	]*(?:<entry>[ 	]*)?<string>[ 	]*(?P<name>[A-Za-z_][\w.:-]{0,127})[ 	]*</string>""")
_ENTRY_VALUE = lazy_regex(r"""<(?P<tag>string|value)>(?P<value>[^<
]{1,1024})</(?P=tag)>""")
_ENTRY_LINES = 4  # lines of an entry read after its key for its value


def _map_entry_value(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _ENTRY_KEY.match(line[:_APART_LINE_READ])
    if found is None:
        return
    if "<entry>" not in line[:found.start("name")] and not (index > 0 and lines[index - 1].strip() == "<entry>"):
        return  # (a list's `<string>` items are no map's keys)
    for offset in range(0, _ENTRY_LINES + 1):
        text = line[found.end():_APART_LINE_READ] if offset == 0 else (
            lines[index + offset][:_APART_LINE_READ] if index + offset < len(lines) else "")
        value = _ENTRY_VALUE.search(text) if "<" in text else None
        if value is not None:
            yield offset, f"the value of the map entry {found.group('name')}", found.group("name"), \
                xml_unescaped(value.group("value").strip())
            return
        if "</entry>" in text or "<entry>" in text:
            return


# Orthanc's configuration: `"RegisteredUsers": {"<user>": "<password>", …}` (the member's name is the
# user) and `"OrthancPeers": {"<peer>": ["<url>", "<user>", "<password>"], …}`, in orthanc.json or the
# same JSON held by a compose file's environment or a chart's values (its lines read as they are), or
# the Orthanc images' own variables for them (`ORTHANC__REGISTERED_USERS: |` and the JSON below, or inline).
_JSON_MEMBER = lazy_regex(r""""(?P<name>[^"\\\n]{1,128})"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){1,256})\"""")
_PEER_ARRAY = lazy_regex(
    r""""(?P<name>[^"\\\n]{1,128})"[ \t]*:[ \t]*\[[ \t]*"(?P<url>[a-z][a-z0-9+.-]{1,20}://[^"\s]{1,512})"[ \t]*,[ \t]*"""
    r""""(?P<user>[^"\\\n]{1,128})"[ \t]*,[ \t]*"(?P<pw>(?:[^"\\\n]|\\.){1,256})\"""")
_ORTHANC_LINES = 64  # lines of the users' or the peers' object read
_ORTHANC_ENTRIES = 32


# `RegisteredUsers` is a common word (a service model's member, `"RegisteredUsers": {"shape": …}`): read
# in a file named for Orthanc or where its own settings stand around it (authentication is what the users are for).
_ORTHANC_WORDS = ("AuthenticationEnabled", "RemoteAccessAllowed", "DicomAet", "Orthanc", "ORTHANC", "orthanc")
_ORTHANC_AROUND = 40  # lines around the users' object its settings are looked for


def _orthanc_settings_around(lines: Sequence[str], index: int) -> bool:
    for position in range(max(0, index - _ORTHANC_AROUND), min(len(lines), index + _ORTHANC_AROUND + 1)):
        text = lines[position][:_APART_LINE_READ]
        if any(word in text for word in _ORTHANC_WORDS):
            return True
    return False


_ORTHANC_VARIABLES = ("ORTHANC__REGISTERED_USERS", "ORTHANC__ORTHANC_PEERS")
_ORTHANC_OPENS_WITHIN = 3  # lines the object's `{` may stand below its name (a block scalar, a brace on its own line)


def _orthanc_accounts(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    variable = next((name for name in _ORTHANC_VARIABLES if name in line), None)
    if variable is None and '"RegisteredUsers"' not in line and '"OrthancPeers"' not in line:
        return
    users = '"RegisteredUsers"' in line if variable is None else variable.endswith("USERS")
    if users and variable is None and "orthanc" not in lowered_name and not _orthanc_settings_around(lines, index):
        return  # (the image's variable names Orthanc itself)
    start = line.find(variable if variable is not None else '"RegisteredUsers"' if users else '"OrthancPeers"')
    depth, entries, opened = 0, 0, False
    for offset in range(0, _ORTHANC_LINES):
        if index + offset >= len(lines) or (not opened and offset > _ORTHANC_OPENS_WITHIN):
            return
        text = (line[start:] if offset == 0 else lines[index + offset])[:_APART_LINE_READ]
        if depth == 1 or not opened:
            pattern = _JSON_MEMBER if users else _PEER_ARRAY
            for found in pattern.finditer(text):
                if offset == 0 and found.start() == 0:
                    continue  # (the object's own name)
                entries += 1
                if entries > _ORTHANC_ENTRIES:
                    return
                if users:
                    yield offset, f"Orthanc's password of the registered user {found.group('name')}", "password", \
                        _unescaped(found.group("value"))
                else:
                    yield offset, f"Orthanc's password of user {found.group('user')} for the peer {found.group('name')}", \
                        "password", _unescaped(found.group("pw"))
        for character in text:
            if character == "{":
                depth, opened = depth + 1, True
            elif character == "}":
                depth -= 1
                if depth <= 0:
                    return


# --- names and values set apart (blind round 9) -------------------------------------------------------

_APART_READ = 8  # lines read around a name for its value (an element's, a setting block's, an object's siblings)
_APART_LINE_READ = 4096  # characters of a line read for these forms
# A Windows WLAN profile's shared key: `netsh wlan export profile key=clear` writes the passphrase in plain
# text beside `<protected>false</protected>`; `true` marks a DPAPI blob (hex, the machine's to decrypt).
_KEY_MATERIAL = lazy_regex(r"""<keyMaterial>[ \t]*(?P<value>[^<\s][^<\n]{0,255}?)[ \t]*</keyMaterial>""")
_KEY_PROTECTED = lazy_regex(r"""<protected>[ \t]*(?P<flag>[A-Za-z01]{1,5})[ \t]*</protected>""")
# A Salesforce custom metadata record's value (`<values><field>Client_Secret__c</field><value xsi:type=…>…</value>`):
# the field's API name names it (less its `__c` suffix).
_METADATA_FIELD = lazy_regex(r"""<field>[ \t]*(?P<name>[A-Za-z][\w.]{0,127})[ \t]*</field>""")
_METADATA_VALUE = lazy_regex(
    r"""<value(?:[ \t]+[\w:.-]{1,64}[ \t]*=[ \t]*"[^"\n]{0,128}"){0,4}[ \t]*>(?P<value>[^<\n]{1,1024})</value>""")
_CUSTOM_SUFFIX = lazy_regex(r"""__(?:c|mdt|e|x|b|s|kav)$""")
# A header's (an API key's) name and its value, settings of their own with a shared prefix (SteVe's
# `webapi.key = STEVE-API-KEY` / `webapi.value = …`), or YAML's `key: X-Api-Key` / `value: …`.
_NAMED_SETTING = lazy_regex(
    r"""^[ \t]*(?P<prefix>[A-Za-z][\w.-]{0,127})\.(?:key|header|header[-_]?name|key[-_]?name)[ \t]*[=:][ \t]*"""
    r"""["']?(?P<name>[A-Za-z][\w.-]{0,127})["']?[ \t]*$""")
_VALUE_SETTING = lazy_regex(
    r"""^[ \t]*(?P<prefix>[A-Za-z][\w.-]{0,127})\.value[ \t]*[=:][ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#;]\S{0,511}))[ \t]*$""")
_YAML_KEY_NAME = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?key[ \t]*:[ \t]*["']?(?P<name>[A-Za-z][\w.-]{0,127})["']?[ \t]*$""")
_YAML_VALUE = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?value[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#{}\[\]&*!|>]\S{0,511}))[ \t]*(?:#.*)?$""")
_SETTING_VALUE_READ = 3  # lines between a name's setting and its value's
# A symmetric key beside its algorithm (`"algorithm": "AES-128-CMAC"` / `"value": "<32 hex digits>"`: an
# AUTOSAR SecOC key, an encryption setting's key): its hex as long as the algorithm's key.
_ALGORITHM = lazy_regex(
    # (an alarm communicator's or receiver's `encryption = AES-128` above its section's `key =`: SIA DC-09's line encryption)
    r"""["']?(?:algorithm|algo|alg|cipher|keyAlgorithm|key_algorithm|keyType|key_type|type|mac|encryption|encrypt)["']?[ \t]*[:=][ \t]*["']?"""
    r"""(?P<alg>(?i:aes)(?:[-_ ]?(?P<bits>128|192|256))?(?:[-_][A-Za-z0-9]{1,12}){0,2})["']?(?![\w-])""")
_HEX_KEY = lazy_regex(
    r"""["']?(?:value|key|keyValue|key_value|material|keyMaterial|key_material|secret|secretKey|secret_key|hex|keyHex|key_hex)["']?"""
    r"""[ \t]*[:=][ \t]*["']?(?:0x)?(?P<hex>[0-9A-Fa-f]{32}(?:[0-9A-Fa-f]{16}){0,2})["']?(?![0-9A-Za-z])""")
# A test vector's object (Wycheproof's, NIST's, a library's own): a message, a tag, a ciphertext, an input
# and its output, the additional data beside the key. A whole field name only (`"account":`, `"encrypt":`,
# `"receipt":` end as `count`, `pt` do, and name no vector's field).
_TEST_VECTOR_FIELD = lazy_regex(
    r"""(?<![\w-])["']?(?:tcId|msg|message|tag|plaintext|plain_text|ciphertext|cipher_text|pt|ct|input|output|aad"""
    r"""|expected(?:_[a-z]{1,12})?|count|result)["']?[ \t]*:""")
_PUBLISHED_AES_KEYS = frozenset((
    "2b7e151628aed2a6abf7158809cf4f3c",  # FIPS-197's and SP 800-38B's examples
    "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
    "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
))


def _wlan_key_material(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A WLAN profile's `<keyMaterial>` its `<sharedKey>` does not mark protected: the Wi-Fi passphrase."""
    found = _KEY_MATERIAL.search(line[:_APART_LINE_READ])
    if found is None:
        return
    above, below = both_ways(lines, index, _APART_READ - 1)
    for step, side in ((-1, [index, *above]), (1, below)):  # (the profile's own line too: a one-line profile)
        for position in side:
            text = lines[position][:_APART_LINE_READ]
            if "<protected>" in text:
                flag = _KEY_PROTECTED.search(text)
                if flag is not None and flag.group("flag").lower() in ("true", "1"):
                    return  # (DPAPI-encrypted: the machine's blob)
            if ("<sharedKey" in text and step < 0) or ("</sharedKey>" in text and step > 0):
                break
    yield 0, "Wi-Fi passphrase of a WLAN profile (<keyMaterial>, not protected)", "password", xml_unescaped(found.group("value"))


def _metadata_field_value(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A custom metadata record's `<field>NAME</field>` and the `<value>` after it (on its line or the
    next two, before its `</values>` closes): the value, judged under the field's name."""
    found = _METADATA_FIELD.search(line[:_APART_LINE_READ])
    if found is None:
        return
    name = found.group("name")
    key = _CUSTOM_SUFFIX.sub("", name) or name
    for offset in range(0, 3):
        text = line[found.end():_APART_LINE_READ] if offset == 0 else (
            lines[index + offset][:_APART_LINE_READ] if index + offset < len(lines) else "")
        value = _METADATA_VALUE.search(text) if "<value" in text else None
        if value is not None:
            yield offset, f"literal value of the custom metadata field {name}", key, xml_unescaped(value.group("value").strip())
            return
        if "</values>" in text or (offset and "<field>" in text):
            return


def _header_pair_value(lines: Sequence[str], index: int, line: str, yaml: bool) -> Iterator[Found]:
    """A setting naming a header or a key (`webapi.key = STEVE-API-KEY`, `- key: X-Api-Key`) and the
    value set beside it (`webapi.value = …`, `value: …`, within three lines): judged under that name."""
    text = line[:_APART_LINE_READ]
    named = _NAMED_SETTING.match(text) if "." in text else None
    if named is not None:
        prefix = named.group("prefix")
        for position in range(max(0, index - _SETTING_VALUE_READ), min(len(lines), index + _SETTING_VALUE_READ + 1)):
            other = lines[position][:_APART_LINE_READ]
            if position == index or ".value" not in other:
                continue
            value = _VALUE_SETTING.match(other)
            if value is not None and value.group("prefix") == prefix:
                yield position - index, f"the value set for {named.group('name')} ({prefix}.value)", named.group("name"), \
                    _quoted_or_bare(value)
                return
        return
    if not yaml:
        return
    named = _YAML_KEY_NAME.match(text)
    if named is None:
        return
    indent = _indent(text)
    for position in (index + 1, index - 1):
        other = lines[position][:_APART_LINE_READ] if 0 <= position < len(lines) else ""
        # (the same mapping: its first line alone may open a list item, `- key: …` then `  value: …`)
        later = other if position > index else text
        if "value" in other and _indent(other) == indent and not later.lstrip().startswith("-"):
            value = _YAML_VALUE.match(other)
            if value is not None:
                yield position - index, f"the value set for {named.group('name')} (key: / value:)", named.group("name"), \
                    _quoted_or_bare(value)
                return


def _made_up_key(hex_digits: str) -> bool:
    """A key no one generated: few distinct digits, its bytes a run (`000102…0f`), most bytes a doubled
    digit (`112233…`), or a published example's."""
    lowered = hex_digits.lower()
    if len(set(lowered)) < 8 or lowered in _PUBLISHED_AES_KEYS:
        return True
    octets = [int(lowered[at:at + 2], 16) for at in range(0, len(lowered), 2)]
    steps = {(later - earlier) % 256 for earlier, later in zip(octets, octets[1:])}
    doubled = sum(1 for at in range(0, len(lowered), 2) if lowered[at] == lowered[at + 1])
    return len(steps) == 1 or doubled * 4 >= len(octets) * 3


def _symmetric_key_beside_algorithm(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A hex key in the object (or the mapping) whose algorithm setting names AES: its siblings at the
    line's indentation (or the line itself, an object on one line), none a test vector's field."""
    text = line[:_APART_LINE_READ]
    algorithm = _ALGORITHM.search(text)
    if algorithm is None:
        return
    bits = algorithm.group("bits")
    wanted = (int(bits) // 4,) if bits else (32, 48, 64)
    indent = _indent(text)
    candidates = [(0, text)]
    if not (text.rstrip().endswith("}") or text.rstrip().endswith("},")):
        for side in both_ways(lines, index, _APART_READ - 1):
            for position in side:
                other = lines[position][:_APART_LINE_READ]
                if not other.strip():
                    continue
                if _indent(other) < indent or (_indent(other) == indent and other.lstrip().startswith(("-", "}", "{"))):
                    break  # (the object, the mapping or the list item ended)
                if "[" in other and INI_SECTION.match(other):
                    break  # (an INI section's header: the next section's settings, or those of the one above)
                if _indent(other) == indent:
                    candidates.append((position - index, other))
    found: Optional[Tuple[int, str]] = None
    for offset, other in candidates:
        if _TEST_VECTOR_FIELD.search(other) is not None:
            return  # (a test vector's object: its key is published with its message and tag)
        held = _HEX_KEY.search(other) if found is None else None
        if held is not None and len(held.group("hex")) in wanted and not _made_up_key(held.group("hex")):
            found = offset, held.group("hex")
    if found is not None:
        yield found[0], f"{algorithm.group('alg')} key written beside its algorithm", "secret_key", found[1]


def _macro_definitions(line: str) -> Iterator[Found]:
    """Each C macro a compiler's flags define on the line (`-DWIFI_PASS=\\"…\\"`): its name is the
    key the kind judges (`WIFI_PASS`, `API_KEY`; `PASSWORD_MIN_LEN=8` is no credential)."""
    for found in itertools.islice(_MACRO_DEFINE.finditer(line), _MACROS_A_LINE):
        value = found.group("esc")
        value = value.replace("\\\\", "\\") if value is not None else (
            found.group("sqdq") or found.group("dq") or found.group("sq") or found.group("bare") or "")
        yield 0, f"the macro {found.group('key')} defined on a build's flags (-D)", found.group("key"), value


def _launch_arg_default(line: str) -> Iterator[Found]:
    """A ROS launch file's `<arg name="…" default="…"/>` (the attributes in either order)."""
    for element in itertools.islice(_LAUNCH_ARG.finditer(line), _PROPERTIES_A_LINE):
        name = _ARG_NAME.search(element.group())
        default = _ARG_DEFAULT.search(element.group())
        if name is not None and default is not None:
            yield 0, f"the launch argument {name.group('name')}'s default", name.group("name"), xml_unescaped(default.group("value"))


def _tuya_local_key(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A Tuya device's 16-character local key, in an object with the device's id and another of its fields."""
    found = _TUYA_KEY.search(line)
    if found is None:
        return
    value = _unescaped(found.group("value"))
    if len(value) != 16 or " " in value or _JOINED_WORDS.match(value) is not None:
        return  # (`"key": "menu.file.open.x"`, `"ctrl+shift+alt+k"`: a translation's key, a key chord, an entity's name)
    if _TUYA_ID.search(line) is not None and _TUYA_FIELD.search(line) is not None:
        yield 0, "Tuya device's local key (beside its device id)", "secret_key", value
        return
    seen_id = seen_field = False
    for side in both_ways(lines, index, _TUYA_LINES - 1):
        for position in side:
            other = lines[position][:1024]
            if "{" in other or "}" in other:
                # (the object's edge: a field on the brace's line still counts)
                seen_id = seen_id or _TUYA_ID.search(other) is not None
                seen_field = seen_field or _TUYA_FIELD.search(other) is not None
                break
            seen_id = seen_id or _TUYA_ID.search(other) is not None
            seen_field = seen_field or _TUYA_FIELD.search(other) is not None
    if seen_id and seen_field:
        yield 0, "Tuya device's local key (beside its device id)", "secret_key", value


def _quoted_or_bare(found: "re.Match[str]") -> str:
    return found.group("dq") or found.group("sq") or found.group("bare") or ""


def _role_list_secrets(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    """A line of a file that is a credential list by its role (`_ROLE_LISTS`): the password it gives."""
    stripped = line.strip()
    if not stripped or stripped.startswith(("#", "!", ";", "//", "/*", "*")):
        return  # (a comment: the format's own example line, `# username: password [,rolename ...]`)
    if "rsync" in lowered_name and "secret" in lowered_name:
        found = _RSYNC_SECRET.match(stripped)
        if found is not None:
            yield 0, f"rsync daemon password of {found.group('user')} (rsyncd.secrets)", "password", found.group("password").strip()
    elif "davfs" in lowered_name:
        found = _DAVFS_SECRET.match(stripped)
        if found is not None and found.group("password") is not None:
            yield 0, f"davfs2 password of {found.group('user').strip(chr(34))} for {found.group('where')}", "password", \
                _davfs_unquoted(found.group("password"))
    elif lowered_name.endswith("realm.properties"):
        found = _JETTY_REALM_LINE.match(stripped)
        if found is not None and not found.group("password").upper().startswith(_JETTY_VERIFIERS):
            yield 0, f"Jetty realm password of {found.group('user')}", "password", found.group("password")
    elif lowered_name.endswith("artemis-users.properties"):
        found = _PROPERTY_LINE.match(stripped)
        if found is not None and not found.group("password").startswith("ENC("):
            yield 0, f"Artemis password of {found.group('user')} (artemis-users.properties)", "password", found.group("password")
    elif "jaas" in lowered_name:
        yield from _jaas_users(line)
    elif "koha" in lowered_name and "passwd" in lowered_name:
        found = _KOHA_PASSWD.match(stripped)
        if found is not None:
            yield 0, f"Koha instance {found.group('instance')}'s database password of {found.group('user')} (koha passwd)", "password", \
                found.group("password")
    elif "ezproxy" in lowered_name:
        yield from _ezproxy_user(lines, index, stripped)
    elif lowered_name.endswith("ephemeral.properties"):
        found = _EPHEMERAL_TENANT.match(stripped)
        if found is not None and found.group("tenant").lower() != "tenants":
            yield 0, f"FOLIO edge password of {found.group('user')} for tenant {found.group('tenant')} (ephemeral.properties)", \
                "password", found.group("password")
    elif "autorestic" in lowered_name and "key" in line:
        found = _AUTORESTIC_KEY.match(line)
        if found is not None:
            yield 0, "autorestic backend's key (its restic repository password)", "password", _quoted_or_bare(found)


def _ezproxy_user(lines: Sequence[str], index: int, stripped: str) -> Iterator[Found]:
    """A line of EZproxy's user.txt: a local account's password, an LDAP bind password, a ticket's secret."""
    found = _EZPROXY_DIRECTIVE.match(stripped)
    if found is None:
        account = _EZPROXY_USER.match(stripped)
        if account is not None and not stripped.startswith("::"):
            yield 0, f"EZproxy local account password of {account.group('user')} (user.txt)", "password", account.group("password")
        return
    directive = found.group("directive").lower()
    block = _ezproxy_block(lines, index)
    if directive == "bindpassword":
        if block and found.group("value").lower() != "-obscure":
            yield 0, f"EZproxy {block} bind password (user.txt)", "password", found.group("value")
    elif block == "ticket":
        yield 0, f"EZproxy ticket authentication's shared secret ({found.group('directive')})", "secret", found.group("value")


def _ezproxy_block(lines: Sequence[str], index: int) -> str:
    """The (lower-cased) name of the `::Name` block the line stands in, or ""."""
    for number in range(index - 1, max(-1, index - 1 - _EZPROXY_BLOCK_LINES), -1):
        text = line_text(lines, number).strip()
        if text.startswith("::"):
            return text[2:].split(None, 1)[0].lower() if text[2:].strip() else ""
        if text.startswith("/") and text[1:].isalnum():
            return ""  # (the last block closed)
    return ""


def _davfs_unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def _jaas_users(line: str) -> Iterator[Found]:
    """A JAAS entry's `user_<name>="<password>"` options (Kafka's PlainLoginModule, ZooKeeper's
    DigestLoginModule): each the password of the user its name gives."""
    if "user_" not in line:
        return
    for found in itertools.islice(_JAAS_USER.finditer(line), _PROPERTIES_A_LINE):
        yield 0, f"JAAS password of user {found.group('user')}", "password", found.group("password")


def _password_lists(line: str) -> Iterator[Found]:
    """A plural password setting holding a comma-separated list, one per user of its sibling list
    (Bitnami's Kafka `KAFKA_CLIENT_PASSWORDS`): each item a password."""
    found = _PASSWORD_LIST.search(line)
    if found is None:
        return
    for item in itertools.islice(_quoted_or_bare(found).split(","), _PROPERTIES_A_LINE):
        if item.strip():
            yield 0, f"password listed under {found.group('key')}", "password", item.strip()


def _algolia_key(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A bare `key:` under an `algolia:` mapping (Hugo's config for atomic-algolia, which pushes the
    index with it: the admin key), generated-looking; a search-only key is written `apiKey`/`searchKey`."""
    found = _BARE_KEY.match(line)
    if found is None or not found.group("indent"):
        return
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    if not looks_generated(value):
        return
    parent = next(yaml_ancestor_keys(lines, index, limit=_LOOKED_AT), "")
    if parent.lower() == "algolia":
        yield 0, "Algolia API key (algolia: key:)", "api_key", value


def _keyed_service(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A bare `key:` holding a generated value in a mapping whose `url:` names the service it
    authenticates to (Homepage's service widgets, a dashboard's integrations)."""
    found = _BARE_KEY.match(line)
    if found is None:
        return
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    if not looks_generated(value):
        return
    hex_digest = _DIGEST_OR_FINGERPRINT.match(value) is not None  # (a key's fingerprint, a download's checksum…)
    indent = _indent(line)
    for side in both_ways(lines, index, _LOOKED_AT - 1):
        for position in side:
            other = lines[position]
            if not other.strip() or other.lstrip().startswith("#"):
                continue
            other_indent = _indent(other)
            if other_indent < indent or (other_indent == indent and other.lstrip().startswith("-") and position > index):
                break  # the mapping (or the list item) ended
            if other_indent == indent and ("url" in other or "Url" in other or "URL" in other):
                url = _URL_SIBLING.match(other)
                if url is not None:
                    yield from _service_key(url, value, hex_digest)
                    return  # (the mapping's one url)
            if other_indent == indent and "key" in other and _BARE_KEY.match(other):
                break  # another mapping's key (a mapping holds one; a flattened view of a list holds several)
            if position < index and other_indent == indent and other.lstrip().startswith("-"):
                break  # the list item's first line


def _keyed_section(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """An INI section's bare `key =` holding a generated value beside the section's `url =` (the
    service it authenticates to: dimcli's dsl.ini `[instance.live]`, a client's per-server sections).
    Read as the YAML mapping's key is (`_keyed_service`): a 40- or 64-hex value beside a download's
    url is its checksum or a signing key's fingerprint; beside an API's root it is the API's key."""
    found = _INI_BARE_KEY.match(line)
    if found is None:
        return
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    if not looks_generated(value) or value.lower().startswith("0x"):
        return
    hex_digest = _DIGEST_OR_FINGERPRINT.match(value) is not None
    url: "Optional[re.Match[str]]" = None
    section: Optional[str] = None
    for side in both_ways(lines, index, _INI_SECTION_LINES - 1):
        for position in side:
            other = lines[position]
            header = INI_SECTION.match(other) if "[" in other else None
            if header is not None:
                if position < index and section is None:
                    section = header.group("name").strip()
                break  # the section's header (above) or the next section's (below)
            if ("key" in other or "Key" in other) and _INI_BARE_KEY.match(other):
                return  # a section of several bare keys: a list of keys, no service's one
            if url is None and "://" in other:
                url = _INI_URL_SIBLING.match(other)
    if section is not None and url is not None:
        yield from _service_key(url, value, hex_digest)
    elif section is not None and not hex_digest and _names_its_key(section):
        # (the section names what the key is, as `<section>_key` would: EKM Push's `[account]`, a client's `[api]`)
        yield 0, f"the [{section}] section's key", f"{section}_key", value


def _names_its_key(section: str) -> bool:
    """An INI section's name is a key's qualifier (`account`, `api`, `auth`, `[Service Account]`): its bare `key`
    is what `<section>_key` names, strictly (no generated value stands in for the name: `[cache] key` is none)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    return len(section) <= _SECTION_NAME_READ and names_a_credential(f"{section.replace(' ', '_')}_key")


def _service_key(url: "re.Match[str]", value: str, hex_digest: bool) -> Iterator[Found]:
    """A generated key beside a service's url (`_keyed_service`, `_keyed_section`): the service's API
    key, unless the url is a key file's (a `.asc`, `.gpg`…) or the value is a 40- or 64-hex digest
    beside a download's url (its checksum, a signing key's fingerprint); beside an API's root it is
    the API's key whatever its shape."""
    if url.group("url").lower().endswith(_KEY_FILE_SUFFIXES) or (hex_digest and not url.group("api")):
        return
    yield 0, f"API key of the service at {url.group('url')}", "api_key", value


def _personal_access_tokens(line: str, in_code: bool) -> Iterator[Found]:
    """A service's personal access token under `<SERVICE>_PAT` (see _PAT_SETTING); in code a
    quoted literal only (a bare value there is an expression)."""
    for found in itertools.islice(_PAT_SETTING.finditer(line), _PATS_A_LINE):
        if in_code and found.group("bare") is not None:
            continue
        if not _TOKEN_CHARACTERS.match(_quoted_or_bare(found)):
            continue  # (a `URL_PAT` pattern, `FILE_PAT` glob: `pat` names a pattern as often)
        yield 0, f"personal access token ({found.group('key')})", found.group("key"), _quoted_or_bare(found)


def _gateway_key_beside_its_account(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A bare `key` property or constant holding a drawn value beside the account's id it signs for (see
    _CODE_BARE_KEY): the gateway's key, judged as an `api_key`'s value."""
    from secretfence.compat.detect_secrets.credential_keys import _drawn_key

    found = _CODE_BARE_KEY.match(line.rstrip("\r"))
    if found is None or not _drawn_key(found.group("value")):
        return
    for other in range(max(0, index - _ACCOUNT_ID_LINES), min(len(lines), index + _ACCOUNT_ID_LINES + 1)):
        if other != index and _ACCOUNT_ID_SIBLING.match(lines[other]):
            yield 0, "a gateway's key beside its account's id", "api_key", found.group("value")
            return


def _merchant_salt(lines: Sequence[str], index: int, line: str, in_code: bool) -> Iterator[Found]:
    """A salt's literal (`SALT = "…"`, `PAYU_SALT=…`) that is a merchant's: named so
    (`MERCHANT_SALT`), or a few lines from a merchant's key (`MERCHANT_KEY`) or from the key its
    name's prefix shares (`EASEBUZZ_SALT` beside `EASEBUZZ_KEY`: the gateway's key and salt)."""
    found = _SALT_LINE.match(line)
    if found is None:
        return
    key = found.group("key")
    lowered = key.lower()
    if not lowered.endswith("salt") or (found.group("bare") is not None and in_code):
        return  # (a bare value in code is an expression: `SALT = os.urandom(16)`)
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    what = f"a payment gateway's salt ({key}) beside its merchant key"
    if "merchant" in lowered or "integrity" in lowered or "private" in lowered:
        # (JazzCash's `INTEGRITY_SALT`, Instamojo's `PRIVATE_SALT`: what signs a merchant's requests)
        yield 0, f"a merchant's salt ({key})", "secret_key", value
        return
    prefix = lowered[:-4].rstrip("_.-")
    for other in range(max(0, index - _PAIR_LINES), min(len(lines), index + _PAIR_LINES + 1)):
        text = lines[other]
        if other == index:
            continue
        if ("erchant" in text or "ERCHANT" in text) and _MERCHANT_KEY.search(text):
            yield 0, what, "secret_key", value
            return
        if prefix and prefix in text.lower():
            sibling = _SALT_LINE.match(text)
            if sibling is not None and sibling.group("key").lower().rstrip("_.-") in (prefix + "_key", prefix + "key"):
                yield 0, what, "secret_key", value
                return
        elif not prefix and ("KEY" in text or "key" in text or "Key" in text):
            # (a bare `SALT` beside a bare `KEY`: PayU's merchant key and salt as its hash examples name them, `KEY="…"`
            # then `SALT="…"` in a script signing a refund; the key is the account's public id, the salt its secret)
            sibling = _SALT_LINE.match(text)
            if sibling is not None and sibling.group("key").lower() == "key" and (sibling.group("dq") or sibling.group("sq")
                                                                                   or not in_code):
                yield 0, what, "secret_key", value
                return


def _jwt_settings_key(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """ASP.NET's `"Jwt": { "Key": "…" }` (appsettings.json, read as `Configuration["Jwt:Key"]`): the
    token signing key, though its own name is only `Key`. Judged as a JWT secret by the kind."""
    found = _JSON_VALUE.match(line)
    if found is None or found.group("value") is None or found.group("key") not in ("Key", "SecretKey", "SigningKey"):
        return
    indent = _indent(line)
    for other in range(index - 1, max(-1, index - _LOOKED_AT), -1):
        above = lines[other]
        if not above.strip() or _indent(above) >= indent:
            continue
        parent = _JSON_VALUE.match(above)
        if parent is not None and above.rstrip().endswith("{") and _JWT_SECTION.match(parent.group("key")):
            yield 0, f"JWT signing key ({parent.group('key')}:{found.group('key')})", "jwt_secret", _unescaped(found.group("value"))
        return


def opened_object_values(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """A JSON key opening an object (`"postgresAdminPassword": {`, an app.json env entry) whose
    first-level `"value"` below is a literal: the key's value (ARM parameters files, Heroku's env).
    A `reference`/`keyVault` object or a `generator` holds no value there."""
    if lowered_name.endswith(DOCUMENT_SUFFIXES):
        return
    line = lines[index]
    if '"RegisteredUsers"' in line or '"OrthancPeers"' in line:
        yield from _orthanc_accounts(lines, index, line, lowered_name)  # (its members' names are users, not keys)
        return
    opened = _JSON_VALUE.match(line)
    if opened is None or not line.rstrip().endswith("{"):
        return
    yield from _parameter_default(lines, index, line)  # (a CloudFormation template's parameter, its "Default" below)
    depth = 0
    password_typed = False  # (an OCPP variable's characteristics: `"dataType": "passwordString"`)
    for offset in range(1, _LOOKED_AT):
        if index + offset >= len(lines):
            return
        below = lines[index + offset]
        if depth == 0 and '"value"' in below:
            item = _JSON_VALUE.match(below)
            if item is not None and item.group("key") == "value" and item.group("value") is not None:
                yield offset, f"literal value of {opened.group('key')}", opened.group("key"), _unescaped(item.group("value"))
                return
        password_typed = password_typed or "passwordString" in below
        if depth == 0 and '"attributes"' in below:
            # An OCPP 2.0.1 device model's variable (EVerest's component configs): its value is an
            # attribute's (`"attributes": [{"type": "Actual", …, "value": "…"}]`).
            held = _attribute_list_value(lines, index + offset)
            if held is not None:
                password_typed = password_typed or _says_password_typed(lines, index + offset + held[0])
                yield offset + held[0], f"literal value of the device model variable {opened.group('key')}", \
                    "password" if password_typed else opened.group("key"), held[1]
            return
        depth += below.count("{") + below.count("[") - below.count("}") - below.count("]")
        if depth < 0:
            return  # the object closed


_LISTED_VALUE = lazy_regex(r""""value"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){1,512})\"""")


def _attribute_list_value(lines: Sequence[str], start: int) -> Optional[Tuple[int, str]]:
    """(offset from `start`, value) of the first literal `"value"` in the list `"attributes": [` opens."""
    depth = 0
    for offset in range(0, _APART_READ):
        if start + offset >= len(lines):
            return None
        text = lines[start + offset][:_APART_LINE_READ]
        found = _LISTED_VALUE.search(text) if '"value"' in text else None
        if found is not None:
            return offset, _unescaped(found.group("value"))
        depth += text.count("[") - text.count("]")
        if depth <= 0:
            return None  # the list closed
    return None


def _says_password_typed(lines: Sequence[str], start: int) -> bool:
    """The variable's characteristics, after its attributes, say `"dataType": "passwordString"`."""
    for position in range(start + 1, min(len(lines), start + _APART_READ)):
        text = lines[position][:_APART_LINE_READ]
        if "passwordString" in text:
            return True
        if text.strip().startswith("}"):
            return False
    return False


def _unescaped(value: str) -> str:
    return value.replace('\\"', '"').replace("\\\\", "\\")


def _parameter_overrides(line: str) -> Iterator[Found]:
    if "arameter_overrides" in line or "arameter-overrides" in line:
        start = max(line.find("arameter_overrides"), line.find("arameter-overrides")) + len("arameter_overrides")
        for found in _PARAMETER_OVERRIDE.finditer(line, start):
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, f"the parameter override {found.group('key')}", found.group("key"), value
    if "ParameterValue=" in line:
        for found in _PARAMETER_KEY_VALUE.finditer(line):
            yield 0, f"the parameter {found.group('key')}", found.group("key"), found.group("dq") or found.group("bare") or ""


def _indent(line: str) -> int:
    """The column a line's key starts at (a YAML list item's `- ` counts as indentation)."""
    stripped = line.lstrip(" \t")
    if stripped.startswith(("- ", "-\t")):
        stripped = stripped[1:].lstrip(" \t")
    return len(line) - len(stripped)


def _parameter_default(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A CloudFormation parameter's literal `Default:`, judged under the parameter's name (the caller asks it to name
    a credential: `DBPassword`, `ApiToken`; `KeyName`, `DBUser` name none). Its `Parameters:` is the mapping right
    above it (looked for once a literal Default is found). A parameter declared `NoEcho` is the NoEcho reader's
    (`_declared_secret`)."""
    line = line.rstrip("\r")  # (a CRLF file's line: its `$` before the CR)
    found = _PARAMETER_NAME.match(line)
    if found is None or not any(word in found.group("key") for word in _PARAMETER_CREDENTIAL_WORDS):
        return
    indent = _indent(line)
    value: Optional[Tuple[int, str]] = None
    for offset in range(1, _LOOKED_AT):
        other = line_text(lines, index + offset)
        if not other.strip():
            continue
        if _indent(other) <= indent:
            break  # the parameter's mapping ended
        if "NoEcho" in other:
            return
        if "Default" in other:
            default = _PARAMETER_DEFAULT.match(other)
            if default is not None:
                text = default.group("dq")
                value = (offset, _unescaped(text) if text is not None else (default.group("sq") or default.group("bare") or ""))
    if value is None or not value[1].strip():
        return
    if found.group("quote") == '"' and line.rstrip().endswith("{"):
        parent = next(json_ancestor_keys(lines, index, 1, _JSON_PARAMETERS_READ), "")
    else:
        parent = next(yaml_ancestor_keys(lines, index, limit=_PARAMETERS_READ), "")
    if parent == "Parameters":
        name = found.group("key")
        yield value[0], f"literal Default of the CloudFormation parameter {name}", name, value[1].strip()


def _declared_secret(lines: Sequence[str], index: int, wanted: "str | Tuple[str, ...]", what: str) -> Iterator[Found]:
    """A declaration that says its value is secret (`NoEcho: true`, `"type": "securestring"`,
    `type: SECRET`): the sibling `wanted` key's literal (the first of them found), judged as a password;
    the parameter's (or the env item's) name says which."""
    keys = (wanted,) if isinstance(wanted, str) else wanted
    indent = _indent(lines[index])
    starts_item = lines[index].lstrip().startswith("-")
    declaration = lines[index].strip()
    siblings = [(0, lines[index])]
    for side in both_ways(lines, index, _LOOKED_AT - 1):
        for position in side:
            other = lines[position]
            if not other.strip():
                continue
            other_indent = _indent(other)
            if other_indent == indent and other.strip() == declaration:
                break  # the declaration again: another mapping (a mapping holds each key once)
            if other_indent < indent or (other_indent == indent and other.lstrip().startswith("-") and (
                    position > index or starts_item)):
                break  # the block (or the list item) ended
            if other_indent == indent and (any(key in other for key in keys) or "key" in other or "ame" in other):
                siblings.append((position - index, other))  # (only the keys read below are kept)
            if position < index and other_indent == indent and other.lstrip().startswith("-"):
                break  # the list item's first line
    name = ""
    value: Optional[Tuple[int, str, str]] = None
    for offset, sibling in siblings:
        found = _SIBLING.match(sibling)
        if found is None:
            continue
        if found.group("key") in ("key", "name", "Name"):
            # (`bare` is greedy, its trailing blanks taken: a lazy run before `[ \t]*` backtracked cubically)
            name = (found.group("dq") or found.group("sq") or found.group("bare") or "").strip()
        elif found.group("key") in keys and (value is None or keys.index(found.group("key")) < keys.index(value[2])):
            text = found.group("dq")
            text = _unescaped(text) if text is not None else (found.group("sq") or found.group("bare") or "")
            value = (offset, text.strip(), found.group("key"))
    if value is None or not value[1] or value[1].startswith("EV["):
        return  # no literal, or DigitalOcean's encrypted value
    if not name:
        name = _parent_name(lines, index, indent)
    yield value[0], f"literal {value[2]} of {what} {name}".rstrip(), "password", value[1]


# A Terraform resource that stores a secret, and the arguments that hold it (the provider's documentation):
# an SSM parameter's `value` when its `type` is SecureString, a Key Vault secret's `value`, a Secrets Manager
# version's `secret_string`, a Secret Manager version's `secret_data`, GitHub's `plaintext_value`, a Workers
# secret's `secret_text`; an HCP Terraform variable's and a GitLab CI variable's `value` when `sensitive` /
# `masked` says it is one (`_wo`: the provider's write-only spelling of the same argument). A reference
# (`var.x`, `random_password.x.result`) is unquoted: none.
_SECRET_STORE_RESOURCES = {
    "aws_ssm_parameter": (("value", "value_wo"), ("type", "securestring")),
    "azurerm_key_vault_secret": (("value", "value_wo"), None),
    "aws_secretsmanager_secret_version": (("secret_string", "secret_string_wo"), None),
    "google_secret_manager_secret_version": (("secret_data", "secret_data_wo"), None),
    "google_secret_manager_regional_secret_version": (("secret_data", "secret_data_wo"), None),
    "github_actions_secret": (("plaintext_value",), None),
    "github_actions_environment_secret": (("plaintext_value",), None),
    "github_actions_organization_secret": (("plaintext_value",), None),
    "github_dependabot_secret": (("plaintext_value",), None),
    "github_dependabot_organization_secret": (("plaintext_value",), None),
    "github_codespaces_secret": (("plaintext_value",), None),
    "github_codespaces_organization_secret": (("plaintext_value",), None),
    "github_codespaces_user_secret": (("plaintext_value",), None),
    "cloudflare_worker_secret": (("secret_text",), None),
    "cloudflare_workers_secret": (("secret_text",), None),
    "tfe_variable": (("value",), ("sensitive", "true")),
    "gitlab_project_variable": (("value",), ("masked", "true")),
    "gitlab_group_variable": (("value",), ("masked", "true")),
    "gitlab_instance_variable": (("value",), ("masked", "true")),
}
_RESOURCE_HEAD = lazy_regex(
    r"""^[ \t]*resource[ \t]+"(?P<type>[a-z][a-z0-9_]{2,80})"[ \t]+"(?P<name>[^"\n]{1,128})"[ \t]*\{[ \t]*(?:(?:#|//)[^\n]*)?\r?$""")
_HCL_ARGUMENT = lazy_regex(
    r"""^[ \t]*(?P<key>[a-z_][a-z0-9_]{0,63})[ \t]*=[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){0,1024})"|(?P<bare>[^\s"#]{1,256}))"""
    r"""[ \t]*(?:(?:#|//)[^\n]*)?$""")
_RESOURCE_LINES = 48  # lines of a resource's block read for its arguments


def _secret_store_resource(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    head = _RESOURCE_HEAD.match(line)
    if head is None or head.group("type") not in _SECRET_STORE_RESOURCES:
        return
    wanted, condition = _SECRET_STORE_RESOURCES[head.group("type")]
    depth = 1
    arguments: Dict[str, Tuple[int, Optional[str], Optional[str]]] = {}
    for offset in range(1, min(len(lines) - index, _RESOURCE_LINES)):
        text = lines[index + offset]
        found = _HCL_ARGUMENT.match(text) if depth == 1 else None
        if found is not None:
            arguments.setdefault(found.group("key"), (offset, found.group("dq"), found.group("bare")))
            if found.group("dq") is not None:
                text = text[:found.start("dq")] + text[found.end("dq"):]  # (braces in the string are no block's)
        depth += text.count("{") - text.count("}")
        if depth <= 0:
            break
    if condition is not None:
        said = arguments.get(condition[0])
        if said is None or (said[1] if said[1] is not None else said[2] or "").lower() != condition[1]:
            return  # (a String parameter's value is a setting; a variable not marked sensitive is one too)
    for key in wanted:
        argument = arguments.get(key)
        if argument is not None and argument[1] is not None and "${" not in argument[1]:
            yield argument[0], f"literal {key} of the {head.group('type')} resource {head.group('name')}", "password", _unescaped(argument[1])
            return


def _parent_name(lines: Sequence[str], index: int, indent: int) -> str:
    for distance in range(1, _LOOKED_AT):
        position = index - distance
        if position < 0:
            return ""
        other = lines[position]
        if other.strip() and _indent(other) < indent:
            found = _SIBLING.match(other)
            return found.group("key") if found is not None else ""
    return ""


def _bicep_secure_param(lines: Sequence[str], index: int) -> Iterator[Found]:
    for offset in range(1, 6):
        if index + offset >= len(lines):
            return
        below = lines[index + offset].strip()
        if below.startswith("@"):
            continue  # another decorator (`@description('…')`, `@minLength(12)`)
        found = _BICEP_PARAM.match(below)
        if found is not None:
            yield offset, f"literal default of the @secure() parameter {found.group('name')}", "password", found.group("value")
        return


def _add_settings(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    in_apikeys: Optional[bool] = None  # (asked once a line: it reads the line whole, and the lines above)
    for found in _ADD_SETTING.finditer(line):
        key, value = found.group("key"), found.group("value")
        if "://" in key:
            if in_apikeys is None:
                in_apikeys = _inside(lines, index, "<apikeys>", "</apikeys>")
            if in_apikeys:
                yield 0, "NuGet API key of a feed (<apikeys>)", "api_key", value
        else:
            yield 0, f"the setting {key}", key, value


def _rclone_keyed_section(lines: Sequence[str], index: int) -> bool:
    """The remote's section (up to its `[name]`) says a backend whose `key` is the account's key."""
    for distance in range(1, 32):
        position = index - distance
        if position < 0:
            return False
        text = lines[position]
        if text.lstrip().startswith("["):
            return False
        if "type" in text and _RCLONE_KEYED.match(text):
            return True
    return False


def _inside(lines: Sequence[str], index: int, opening: str, closing: str) -> bool:
    for distance in range(0, 64):
        position = index - distance
        if position < 0:
            return False
        text = lines[position].lower()
        if closing in text and distance:
            return False
        if opening in text:
            return True
    return False


def _renamed_settings(line: str) -> Iterator[Found]:
    found = _SETTING.match(line)
    if found is None:
        return
    key = found.group("key")
    value = found.group("dq")
    if found.group("bare") is not None and _bare_expression(found.group("bare")):
        return  # (an expression: a call, as a Go struct literal's `DBPass: os.Getenv("DB_PASS"),`)
    converted = _LITERAL_CONVERSION.match(found.group("bare")) if found.group("bare") is not None else None
    if converted is not None:
        value = converted.group("dq")  # (the literal a conversion is given: `DBPass: aws.String("…"),`)
        value = _unescaped(value) if value is not None else converted.group("sq")
    else:
        value = _unescaped(value) if value is not None else (found.group("sq") or found.group("bare") or "")
    if _PASSPHRASE_KEY.search(key):
        yield 0, f"literal passphrase under {key}", "passphrase", value
    elif _GLUED_PASS_KEY.match(key):
        yield 0, f"literal password under {key}", "password", value
    elif ".raw" in key and _RAW_SECRET_KEY.search(key):
        yield 0, f"literal secret under {key}", "password", value
    elif value.startswith("secret_") and judged_part(value) != value:
        yield 0, f"vendor's secret_ token under {key}", key, value



def _login_paired_psw(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A literal set to a `psw` name (`PSW = "…"`, `smsc_psw: …`) with a login set beside it (_PSW_LOGIN_LINES)."""
    found = _SETTING.match(line)
    if found is None or not _PSW_KEY.match(found.group("key")):
        found = _PSW_ITEM.match(line)
        if found is None:
            return
    bare = found.groupdict().get("bare")
    if bare is not None and _bare_expression(bare):
        return  # (an expression: `PSW = ENV.fetch("SMSC_PSW")`)
    for position in range(max(0, index - _PSW_LOGIN_LINES), min(len(lines), index + _PSW_LOGIN_LINES + 1)):
        if position != index and _LOGIN_SETTING.match(lines[position][:_LINE_READ]) is not None:
            value = found.group("dq")
            value = _unescaped(value) if value is not None else (found.group("sq") or bare or "")
            yield 0, f"literal password under {found.group('key')} (beside its login)", "password", value
            return


# --- credentials a vendor names with other words ------------------------------------------------
# A setting's name holding one of these (found first, then read out to the name's ends).
_VENDOR_KEY_HINT = lazy_regex(r"(?i)security[_.-]?info|isa[_.-]?0?4(?![0-9])|system[_.-]?code|authori[sz]ation[_.-]?id")
_VENDOR_HINTS_JOINED = ("securityinfo", "isa4", "isa04", "systemcode", "authorizationid", "authorisationid")
_NAME_READ = 64  # characters of a name read either side of its hint
_HINTS_A_LINE = 8
_VENDOR_VALUE = lazy_regex(
    r"""["']?[ \t]*(?:=>|:=|=|:)[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#;,{}\[\]][^\s#;,{}\[\]]{0,511}))"""
)
_ISA04_NAME = lazy_regex(r"(?<![a-z])isa[_.-]?0?4(?![0-9])")
_SEPARATORS = lazy_regex(r"[_.-]")
# An X12 interchange's other ISA fields (or its words) near a `security_info` setting: the ISA04 it is.
_X12_CONTEXT = lazy_regex(r"(?i)(?<![a-z])isa[_.-]?(?:0?[1-9]|1[0-6])(?![0-9])|security[_.-]?qual|\bx12\b|interchange")
_EDI_FILE = lazy_regex(r"(?:^|[/\\._-])(?:edi|x12|hipaa)(?:[/\\._-]|$)")
# FusionSolar's northbound interface (its `/thirdData/` calls), named in the file.
_FUSIONSOLAR_CONTEXT = lazy_regex(r"(?i)fusion[_ .-]?solar|thirddata|smartpvms|\bnetEco\b")
# A setting naming a service's address (`base_url = https://…`, `"endpoint": "https://…"`, `wsdl: …`).
_SERVICE_ADDRESS = lazy_regex(
    r"""(?i)^[ \t]*["']?[\w.-]{0,48}(?:url|uri|endpoint|wsdl|host|server|base|address)[\w.-]{0,16}["']?[ \t]*(?:=>|=|:)[ \t]*["']?https?://""")
_CONTEXT_LINES = 12  # lines either side read for the interchange's other fields
_VENDOR_LINES = 40  # lines either side read for the vendor's name
_ADDRESS_LINES = 8  # lines either side read for the service's address (its section's)


def _near(lines: Sequence[str], index: int, reach: int, pattern: "re.Pattern[str]") -> bool:
    for position in range(max(0, index - reach), min(len(lines), index + reach + 1)):
        if pattern.search(lines[position][:_LINE_READ]) is not None:
            return True
    return False


_LINE_READ = 1024
_SHORTEST_VALUE = 8  # (credential_keys.MIN_LENGTH)


def _beside_a_service_address(lines: Sequence[str], index: int) -> bool:
    """A setting of its section (an INI section, a mapping's lines) sets a service's http(s) address."""
    for side in both_ways(lines, index, _ADDRESS_LINES):
        for position in side:
            other = lines[position][:_LINE_READ]
            if INI_SECTION.match(other):
                break
            if "://" in other and _SERVICE_ADDRESS.match(other):
                return True
    return False


def _vendor_named_secrets(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    """A credential a vendor's documentation names with other words, where the file says it is that
    vendor's (see the module's doc): judged as a password, or a GUID as an API key."""
    end = 0
    for hint in itertools.islice(_VENDOR_KEY_HINT.finditer(line), _HINTS_A_LINE):
        if hint.start() < end:
            continue
        start, end = hint.start(), hint.end()
        floor, ceiling = max(0, start - _NAME_READ), min(len(line), end + _NAME_READ)
        start = name_start(line, start, floor)
        while end < ceiling and (line[end].isalnum() or line[end] in "_.-"):
            end += 1
        found = _VENDOR_VALUE.match(line, end)
        if found is None or (start > 0 and line[start - 1] in "$@%&*"):
            continue  # (a variable's expansion, a reference: no setting)
        key = line[start:end]
        value = _unescaped(found.group("dq")) if found.group("dq") is not None else (found.group("sq") or found.group("bare") or "")
        value = value.strip()
        if len(value) < _SHORTEST_VALUE:
            continue  # (no credential the kind's judgement takes: its neighbours are not read)
        lowered = key.lower()
        joined = _SEPARATORS.sub("", lowered)
        if _ISA04_NAME.search(lowered) or (
                joined.endswith(("securityinfo", "securityinformation"))
                and (_near(lines, index, _CONTEXT_LINES, _X12_CONTEXT) or _EDI_FILE.search(lowered_name) is not None)):
            yield 0, f"X12 interchange's ISA04 security information (its password) under {key}", "password", value
        elif joined.endswith("systemcode") and (
                _FUSIONSOLAR_CONTEXT.search(lowered_name) or _near(lines, index, _VENDOR_LINES, _FUSIONSOLAR_CONTEXT)):
            yield 0, f"FusionSolar northbound API's systemCode (its password) under {key}", "password", value
        elif joined.endswith(("authorizationid", "authorisationid")) and GUID.match(value) and _beside_a_service_address(lines, index):
            yield 0, f"web service's authorization id (a generated GUID it takes as its key) under {key}", "api_key", value.strip("{}")


# --- an ODBC string's password beside its other attributes --------------------------------------
# A string literal (a prefix of Python's, C#'s `@`); a line made of literals alone (an item of a split string).
_STRING_LITERAL = lazy_regex(r"""(?:\b[rRbBuUfF]{1,2})?@?(?:"(?P<dq>(?:[^"\\\n]|\\.){0,1024})"|'(?P<sq>(?:[^'\\\n]|\\.){0,1024})')""")
_LITERALS_ONLY = lazy_regex(
    r"""^[ \t+&(]*(?:[rRbBuU]{1,2})?@?(?:"(?:[^"\\\n]|\\.){0,1024}"|'(?:[^'\\\n]|\\.){0,1024}')"""
    r"""(?:[ \t+&]*(?:[rRbBuU]{1,2})?@?(?:"(?:[^"\\\n]|\\.){0,1024}"|'(?:[^'\\\n]|\\.){0,1024}'))*[ \t]*(?:(?:[+&_\\,]|\)[ \t]*;?|;)[ \t]*)?$""")
_ODBC_PASSWORD = lazy_regex(r"""(?i)(?:^|(?<=[;\s"'=]))(?P<key>pwd|password)[ \t]*=[ \t]*(?P<value>\{(?:[^}\n]|\}\}){1,512}\}|[^;"'\s{][^;"'\n]{0,511})""")
_ODBC_ATTRIBUTE = lazy_regex(
    r"""(?i)(?:^|(?<=[;\s"'=]))(?:dsn|filedsn|driver|dbq|uid|user[ ]?id|database|server|data[ ]source|initial[ ]catalog|provider)[ \t]*=""")
_SPLIT_LINES = 8  # lines either side of a split string's item read for its other items
_MAX_SPLIT_LINE = 1024


def _literals(text: str) -> str:
    """The text of the line's string literals, joined (an expression's concatenation)."""
    return "".join(found.group("dq") if found.group("dq") is not None else found.group("sq") or ""
                   for found in itertools.islice(_STRING_LITERAL.finditer(text[:_LINE_READ * 4]), 32))


def _odbc_passwords(lines: Sequence[str], index: int, line: str, in_code: bool) -> Iterator[Found]:
    """`PWD=…` of an ODBC connection string: in code, in a string literal whose string (the literal,
    or the adjacent literal-only lines it is one item of) holds another ODBC attribute; elsewhere, on
    a line that holds one. The pair is an item of the string: a `;` stands before or after it."""
    own = _literals(line) if in_code else line[:_LINE_READ * 4]
    passwords = list(itertools.islice(_ODBC_PASSWORD.finditer(own), 4))
    if not passwords:
        return
    before, after = "", ""  # (a split string's items above and below the line's)
    if in_code and len(line) <= _MAX_SPLIT_LINE and _LITERALS_ONLY.match(line):
        above, below = both_ways(lines, index, _SPLIT_LINES)
        for side in (above, below):
            parts = []
            for position in side:
                other = lines[position]
                if len(other) > _MAX_SPLIT_LINE or not _LITERALS_ONLY.match(other):
                    if position < index:
                        parts.append(_literals(other[-_MAX_SPLIT_LINE:]))  # (the line that opens the expression)
                    break
                parts.append(_literals(other))
            if side is above:
                before = "".join(reversed(parts))
            else:
                after = "".join(parts)
    if _ODBC_ATTRIBUTE.search(before + own + after) is None:
        return
    for found in passwords:
        head = (before + own[:found.start()]).rstrip(" \t")
        tail = (own[found.end():] + after).lstrip(" \t")
        if not (head.endswith(";") or tail.startswith(";")):
            continue  # (no item of a `;`-separated string: a call's `password=…` beside a `database=…`)
        value = found.group("value").strip()
        if value.startswith("{") and value.endswith("}"):
            value = value[1:-1].replace("}}", "}")
        yield 0, f"ODBC connection string's password ({found.group('key')}=)", "password", value


# A record's own key as an XML element's attribute: the words before `key` are the element's name or its initials
# (`<truck-visit tos-tv-key="<uuid>"/>`, `<order orderKey="1042"/>`, a system's prefix before them), the value an id (a
# UUID, a number): the record's identifier in a data file or a test's message, no credential. A key naming one by its
# own words (`<licence licenceKey="…">`, `<api apiKey="…">`, an `<account accessKey="…">`) is judged as anywhere.
_RECORD_ID = lazy_regex(r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]{1,20})$")
_ELEMENT_OPEN = lazy_regex(r"<(?P<name>[A-Za-z_][\w.:-]{0,63})[ \t]")
_ELEMENT_LINE_READ = 2048
_ISSUED_KEY_WORDS = frozenset({"license", "licence", "activation", "registration", "serial", "unlock"})


def names_its_element(key: str, value: str, line: str) -> bool:
    """The attribute `key` is its element's own key and holds an id (see _RECORD_ID)."""
    if key[-3:].lower() != "key" or "<" not in line or _RECORD_ID.match(value) is None:
        return False
    text = line[:_ELEMENT_LINE_READ]
    at = text.find(key + "=")
    opened = text.rfind("<", 0, at) if at > 0 else -1
    element = _ELEMENT_OPEN.match(text, opened) if opened >= 0 else None
    if element is None or ">" in text[element.end():at]:
        return False
    from secretfence.compat.detect_secrets.credential_keys import _KEY_QUALIFIERS, key_words, names_a_credential

    words = key_words(key.rsplit(":", 1)[-1])
    names = key_words(element.group("name").rsplit(":", 1)[-1])
    if len(words) < 2 or words[-1] != "key" or not names or names_a_credential(key):
        return False
    qualifier = words[:-1]
    if not _KEY_QUALIFIERS.isdisjoint(qualifier) or not _ISSUED_KEY_WORDS.isdisjoint(qualifier):
        return False  # (a key named for what it opens, or issued to its holder: a licence's)
    initials = "".join(name[0] for name in names)
    return qualifier[-len(names):] == names or (len(names) >= 2 and initials in qualifier)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        # a file whose bare `key` is its credential, its lines in a literal written to it by code
        Sample('rc = Path.home() / ".cdsapirc"\nrc.write_text("url: https://cds.climate.copernicus.eu/api\\n'
               'key: 7c1e9a42-5b3d-4f80-9e26-d1a8c0b7f354\\n")\n', "climate/setup.py", "a .cdsapirc written by code"),
        # build and launch files, a Tuya device's local key
        Sample('[env:esp32dev]\nbuild_flags =\n    -DCORE_DEBUG_LEVEL=3\n    -DWIFI_PASS=\\"Lanternquill738\\"\n', "platformio.ini",
               "PlatformIO's build_flags defining a macro (escaped quotes)"),
        Sample('CFLAGS += -DMQTT_PASSWORD=\\"Quarry-Otter5512\\" -O2\n', "firmware/Makefile", "a Makefile's -D, quotes escaped"),
        Sample('add_definitions(-DAPI_TOKEN="Vt8Kq2Lm9Zx4Wr7Np3Hs")\n', "cmake/secrets.cmake", "CMake's add_definitions"),
        Sample('SRC_URI = "https://dl.vendor-fw.net/fw-${PV}.tgz;user=ci-build;pswd=Rivet%Moss8814;downloadfilename=fw.tgz"\n',
               "meta-acme/recipes-bsp/fw/fw_1.0.bb", "BitBake's fetcher pswd parameter"),
        Sample('<launch>\n  <arg name="user" default="admin" />\n  <arg name="password" default="Cobaltwren4471" />\n</launch>\n',
               "cams/launch/ptz.launch", "a ROS launch argument's default"),
        Sample('<launch>\n  <arg default="Saltmarsh-Kite227" name="db_password"/>\n</launch>\n', "launch/db.launch.xml",
               "a ROS 2 XML launch argument, default first"),
        Sample('[\n  {\n    "name": "Desk lamp",\n    "id": "eb71c4a09d2f38e6b1kqwz",\n    "key": "q#T5v]Lm@8Zr!c2W",\n'
               '    "mac": "d8:1f:12:aa:40:07",\n    "ip": "192.168.1.60",\n    "version": "3.4"\n  }\n]\n',
               "tinytuya/devices.json", "tinytuya's device list: a local key beside the device id"),
        Sample('{"result": [{"id": "bf03e91c77d2a5f4c8mnpr", "local_key": "9k;Xw2Rf}Lq7Tz4b", "category": "kg"}]}\n',
               "tuya/cloud_devices.json", "Tuya's cloud device list: local_key on one line"),
        # files that are credential lists by their role, and settings the keyword rules read as other words
        Sample("# user:password\nbackupsvc:Quill%Harbor6621\n", "roles/rsync/files/rsyncd.secrets", "rsync's secrets file"),
        Sample("https://dav.example-host.net/remote  w4412  Xk7Pq2Lm9Vt4Rz8N\n", "etc/davfs2/secrets", "davfs2's secrets"),
        Sample("# username: password [,rolename ...]\nops: Willow#Tern4417, admin\n", "conf/jetty-realm.properties",
               "ActiveMQ's Jetty realm"),
        Sample("svc = Ember.Falcon3380\n", "etc/artemis-users.properties", "Artemis' users file"),
        Sample('KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_broker="Zq8Lm2Xt7Kw4Vr9P";\n};\n',
               "config/kafka_server_jaas.conf", "a JAAS file's user_<name>"),
        Sample("backends:\n  hdd:\n    type: local\n    path: /mnt/bk\n    key: Tm4Qx9Lz2Wv7Kp3Rn8Hb5Jc6Ds1Fg0Ay\n", ".autorestic.yml",
               "autorestic backend's key"),
        Sample("auth:\n  username: ops\n  erlangCookie: QWMZKTRVNPLHXGDYBCFJ\n", "helm/rabbitmq/values.yaml", "RabbitMQ's Erlang cookie"),
        Sample('xpack.security.encryptionKey: "Lq7Zt2Wk9Xm4Vr8Np3Hb6Jc5Ds1Fg0Ay"\n', "config/kibana.yml", "Kibana's encryption key"),
        Sample("algolia:\n  index: site\n  appID: QX7LM2KT9W\n  key: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e\n", "config.yaml",
               "Hugo's algolia key"),
        Sample('[prod.deploy.parameters]\nparameter_overrides = "Stage=\\"prod\\" DbPassword=\\"Lantern_Quince4418\\""\n',
               "samconfig.toml", "SAM's parameter overrides"),
        Sample("Parameters:\n  MasterPassword:\n    Type: String\n    NoEcho: true\n    Default: Kx8Qw2Lm7Vt4Rz\n",
               "cfn/db.yaml", "a NoEcho parameter's literal Default"),
        Sample("Parameters:\n  DBUser:\n    Type: String\n    Default: app\n  DBPassword:\n    Type: String\n"
               "    Default: \"Quarry#Heron5521\"\n", "cfn/db.yaml", "a parameter's literal Default under a password's name"),
        Sample("[account]\nkey = Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1\nmeters = 3001~3002\n", "ekm/push.ini",
               "an INI section's bare key, the section qualifying it"),
        Sample("ecwid:\n  store_id: 1234567\n  token: secret_Kq7vLm2Xp9TzW4rNb8Hc3Jd5Fg0AsQw2\n", "config/ecwid.yaml",
               "a vendor's secret_ token of 32"),
        Sample("@secure()\nparam adminPassword string = 'Copper_Heron2290'\n", "main.bicep", "a @secure() param's default"),
        Sample('{\n  "Jwt": {\n    "Key": "Ipf7xUCgc06vi7oeNpubnO2muHfsZRxQ",\n    "Issuer": "https://api.corp"\n  }\n}\n',
               "appsettings.Production.json", "ASP.NET's Jwt:Key"),
        Sample('{\n  "parameters": {\n    "adminPassword": {"value": "Zt8Qm2Lx9Vw4Kr"}\n  }\n}\n', "main.parameters.json",
               "an ARM parameters file's value"),
        Sample('{\n  "env": {\n    "HOOK_SECRET": {\n      "description": "shared",\n      "value": "Vq7Lm2Xz9Kt4Wr8Np3Hb"\n'
               '    }\n  }\n}\n', "app.json", "an app.json env entry's value"),
        Sample("envs:\n  - key: DB_PASSWORD\n    scope: RUN_TIME\n    type: SECRET\n    value: Rk4Wp7Nb2Qx9Lm\n", ".do/app.yaml",
               "an app spec's plaintext SECRET"),
        Sample("[DEFAULT]\nkey_file=~/.oci/key.pem\npass_phrase=Walnut.Comet3318\n", ".oci/config", "OCI's pass_phrase"),
        Sample("[Repository Remote]\nremotepass = Kestrel-Dune8871\n", ".offlineimaprc", "OfflineIMAP's remotepass"),
        Sample('backend.auth.raw = "ptkrwzcmvhqjxdla"\n', "himalaya/config.toml", "himalaya's auth.raw"),
        Sample('{:user {:repositories [["p" {:username "ci" :password "Saffron-Ibis2264"}]]}}\n', ".lein/profiles.clj",
               "Leiningen's :password"),
        Sample('<apikeys>\n  <add key="https://www.nuget.org/api/v2/package" value="k7q2zt9xw4rm8np3hb6jd1fg5as0lc" />\n</apikeys>\n',
               "NuGet.Config", "NuGet's apikeys"),
        Sample("[b2]\ntype = b2\naccount = 0025d4c1a2b3c4d0000000003\nkey = Qm8Zt2Lx9Vw4Kr7Np3Yb6Hc1Jd\n", "rclone.conf",
               "rclone's bare key"),
        Sample("poll pop.acme.io proto pop3 user 'ops' password 'Tundra.Vole5127' is ops here\n", ".fetchmailrc",
               "fetchmail's password"),
        Sample("N=OFTC\nI=ops\nP=Cinder-Magpie4471\n", "hexchat/servlist.conf", "HexChat's server password"),
        # (Notion's legacy token under `token` is the service kind's finding now: its sample is there)
        Sample("<configuration>\n  <property><name>fs.s3a.secret.key</name><value>Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1</value></property>\n"
               "</configuration>\n", "core-site.xml", "a Hadoop property on one line"),
        # Blind rounds AL and AM: a widget's key beside its service's URL, a payment gateway's salt beside its key
        Sample("- Media:\n    - Sonarr:\n        widget:\n          type: sonarr\n          url: http://sonarr:8989\n"
               "          key: 62eb31d7454a4eb84b9df152268670b5\n", "homepage/services.yaml", "Homepage's widget key"),
        # Blind round BP: a volunteer platform's API key (40 hex) under its section, beside the API's base_url
        Sample("volunteers:\n  base_url: https://api.volunteerhub.example.net/api\n  key: 5e2b9d04c7a13f86e1d2b0c9a47f5e3d8b61c2a7\n"
               "  per_page: 50\n", "sync/config/volunteers.yml", "a bare key beside its API's base_url"),
        # An INI section's bare key beside its url (a research API client's credentials file); a service's
        # personal access token named `<SERVICE>_PAT` (an R project's .Renviron, a shell's export, R's Sys.setenv)
        Sample("[instance.live]\nurl=https://app.bibliodata.example.org\nkey=4D81C0E7A2B95F36D07E1C48B29A6F53\n\n"
               "[instance.test]\nurl=https://app-test.bibliodata.example.org\nkey=\n", "bibliometrics/dsl.ini",
               "an INI section's bare key beside the section's url"),
        Sample("[server]\nbase_url = https://qa.acme-lims.io/api/v2\nkey = \"Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1\"\n", "lims_client.cfg",
               "an INI section's quoted key beside its API's base_url"),
        Sample("R_MAX_VSIZE=32Gb\nZENODO_PAT=Lq4Wz8Tm2Xk7Rv9Nb3Hp6Jd1Fs5Gc0Ay8Qe2Tu7Io4Pz1\n", "analysis/.Renviron",
               "a service's personal access token in an .Renviron"),
        Sample('export AZURE_DEVOPS_PAT="k2m9x7q4zt8w3lr6vn1pd5hc0js4fy7bq2gt9wx3lm8rz6nk"\n', "ci/pipeline-setup.sh",
               "an Azure DevOps PAT exported (lower case and digits)"),
        Sample('Sys.setenv(OSF_PAT = "Xr7Tq2Lm9Zk4Wv8Np3Hb6Jd1Fg5As0Lc2Qe7Ty4")\n', "analysis/setup.R",
               "R's Sys.setenv of a personal access token"),
        Sample('MERCHANT_KEY = "gtKFFx"\nSALT = "Qv8Lk2Zt9Xw4Rm7NHc3Jf6Gy0As8Kq2W"\n', "payu/hashing.py",
               "PayU's salt beside its merchant key"),
        Sample("PAYU_MERCHANT_SALT=Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1Fg5As0Lc\n", ".env.production", "a merchant's salt"),
        # Blind round 9: names and values set apart
        Sample('{\n  "variables": {\n    "BasicAuthPassword": {\n      "variable_name": "BasicAuthPassword",\n'
               '      "characteristics": {"supportsMonitoring": false, "dataType": "passwordString"},\n'
               '      "attributes": [{"type": "Actual", "mutability": "WriteOnly", "value": "cYX8bnq8hiJ4t1PSsXmb"}]\n    }\n  }\n}\n',
               "config/component_config/standardized/SecurityCtrlr.json", "an OCPP 2.0.1 device model variable's attribute"),
        Sample('    "HubToken": {\n      "variable_name": "HubToken",\n      "characteristics": {"dataType": "passwordString"},\n'
               '      "attributes": [\n        {\n          "type": "Actual",\n          "value": "JiD1g2NEqAk53JFJrQnIPKCd"\n'
               '        }\n      ]\n    },\n', "component_config/custom/Backend.json",
               "a device model variable typed passwordString, its attributes over lines"),
        Sample("webapi.key = ACME-API-KEY\nwebapi.value = XPuiZhQyk1N09Kv6sryhr40fxsCyKYoY\n", "steve/main.properties",
               "SteVe's web API header name and value"),
        Sample("probe:\n  headers:\n    - key: ACME-AUTH-KEY\n      value: ZpLoOzzDuE3yYhKp2nFoteuXV2mt\n", "monitors/uptime.yaml",
               "a custom header's key and value in YAML"),
        Sample('{\n  "keys": [\n    {\n      "slot": "KEY_5",\n      "algorithm": "AES-128-CMAC",\n'
               '      "value": "A55621C8D479988067C22962D341DEAC"\n    }\n  ]\n}\n', "bench/secoc_keys.json",
               "a SecOC key beside its algorithm"),
        Sample("encryption:\n  cipher: aes-256-gcm\n  key: d2f5f53147e85274fb59578947bd62314ad2063297ca8819f693bfe9f98c0509\n",
               "config/storage.yml", "an AES-256 key beside its cipher"),
        # (review adv9: a sibling whose name ends as a vector's field does, `account`, `encrypt`, is none)
        Sample('{\n  "vault": {\n    "algorithm": "AES-256-GCM",\n    "account": "payments",\n    "encrypt": true,\n'
               '    "key": "7c3e9a1f5b2d8e4061a9c7f3b5d2e8a0c4f6b1d9e3a7c5f2b8d0e6a4c1f9b7d3"\n  }\n}\n', "config/vault.json",
               "an AES key beside fields whose names end like a vector's"),
        Sample("<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n"
               "  <keyMaterial>Otter*Lantern5182</keyMaterial>\n</sharedKey>\n", "wifi/Store-Guest.xml",
               "a WLAN profile's plain passphrase"),
        Sample("<values>\n    <field>Consumer_Secret__c</field>\n"
               '    <value xsi:type="xsd:string">aZQTHMPTQm6DtzHd0DQJVadOGS4fRN7xI5y1Sv4ksGWv</value>\n</values>\n',
               "customMetadata/Api_Setting.Partner.md-meta.xml", "a Salesforce custom metadata record's secret field"),
        # Blind rounds BU-BX
        Sample('{\n  "AuthenticationEnabled" : true,\n  "RegisteredUsers" : {\n    "radiology" : "Heron%Quarry4412"\n  }\n}\n',
               "orthanc/orthanc.json", "Orthanc's RegisteredUsers (the member's name is the user)"),
        Sample('{\n  "OrthancPeers" : {\n    "archive" : [ "https://pacs.example.org/orthanc/", "replicator", "Tundra#Owl5820" ]\n'
               '  }\n}\n', "orthanc/peers.json", "Orthanc's peer (url, user, password)"),
        Sample("services:\n  pacs:\n    image: orthancteam/orthanc\n    environment:\n      ORTHANC__REGISTERED_USERS: |\n"
               '        {"viewer": "Sable#Quarry4471"}\n', "deploy/docker-compose.yml",
               "the Orthanc image's ORTHANC__REGISTERED_USERS variable, its JSON below"),
        Sample('{\n  "AuthenticationEnabled" : true,\n  "RegisteredUsers" :\n  {\n    "radiology" : "Cinder!Heath2093"\n  }\n}\n',
               "orthanc/orthanc.json", "RegisteredUsers with its brace on the line below"),
        Sample("<map>\n  <entry>\n    <string>smtp.password</string>\n    <com.mirth.connect.util.ConfigurationProperty>\n"
               "      <value>Vq8Lm2Xz7Rt4Wn</value>\n    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n</map>\n",
               "mirth/configurationMap.xml", "an XStream map entry's value under its key (Mirth's configuration map)"),
        # Round 11: a vendor's credential named with other words; an ODBC string's password beside its attributes
        Sample('partners:\n  dental:\n    isa03_security_qual: "01"\n    isa04_security_info: "Tq7Lm2Vx9K"\n    gs02: ACME\n',
               "edi/partners.yaml", "an X12 partner's ISA04 security information"),
        Sample('{\n  "ISA01": "00",\n  "ISA03": "01",\n  "SecurityInformation": "Wz4Kp8Rn2Q",\n  "ISA05": "ZZ"\n}\n',
               "config/x12_envelope.json", "ISA04 named in words beside the other ISA fields"),
        Sample("[interchange]\nISA04 = Hv3Nq7Xc5L\n", "edi/envelope.ini", "an ISA04 setting"),
        Sample('# Huawei FusionSolar northbound (thirdData)\nnbi:\n  userName: solar_api\n  systemCode: "Harbor#Kestrel4418"\n',
               "config/plants.yaml", "FusionSolar's systemCode"),
        Sample('BASE = "https://intl.fusionsolar.huawei.com/thirdData"\n'
               'r = s.post(BASE + "/login", json={"userName": "api_ro", "systemCode": "Cobalt@Wren5527"})\n',
               "fusionsolar/client.py", "FusionSolar's login body in code"),
        Sample("[ws]\nbase_url = https://spectrum.acme-build.example:8482/ws\nauthorization_id = 3C9E1A47-5B2D-4F80-A6C3-9D7E0B1F4A52\n",
               "tools/export/config.ini", "a web service's authorization id beside its address"),
        Sample('{\n  "endpoint": "https://erp.example-co.net/ws/DataExchange",\n'
               '  "AuthorizationID": "{8f1d2c6b-4a9e-47d3-b0c5-e2a7f9146d38}"\n}\n', "settings.json",
               "an AuthorizationID GUID in braces beside its endpoint"),
        Sample('CONN = (\n    "DRIVER={Timberline Data};"\n    r"DBQ=\\\\acct01\\Data\\Co;"\n    "UID=RPT;PWD=Quarry#Lintel7713;"\n)\n',
               "export.py", "an ODBC string's PWD split over literals (a file DSN, no server)"),
        Sample('var cs = "DSN=Payroll;UID=rpt;PWD={Gable;Heron4402}";\n', "Report.cs", "an ODBC DSN string, a braced password"),
        # Koha's passwd (instance:dbuser:dbpassword:dbname[:dbhost]); a FOLIO edge module's ephemeral store
        Sample("# instance:dbuser:dbpassword:dbname[:dbhost]\nbranch:koha_branch:Quarry#Vellum5318:koha_branch:db02.lib.lan\n",
               "roles/koha/files/koha-passwd", "a Koha instance's database password"),
        Sample("secureStore.type=Ephemeral\ntenants=fs00002211\nfs00002211=edge-oai-user,Harrow!Codex7402\n",
               "deploy/edge-oai/ephemeral.properties", "a FOLIO edge module's tenant password"),
        # EZproxy's user.txt: an LDAP block's bind password, a ticket block's secret, a local account
        Sample("::LDAP\nBindUser CN=svc-proxy,OU=Service,DC=lib,DC=example,DC=edu\nBindPassword Vq8#Lm2Kx7Zt4Rw9\n"
               "URL ldaps://ldap.lib.example.edu/DC=lib,DC=example,DC=edu?uid\n/LDAP\n", "ezproxy/user.txt",
               "an EZproxy LDAP block's bind password"),
        Sample("::Ticket\nTimeValid 10\nMD5 Quill_Margin4471hTzq\nExpired; Deny expired.html\n/Ticket\n", "opt/ezproxy/conf/user.txt",
               "an EZproxy ticket block's shared secret"),
        Sample("# username:password[:admin]\nlibadmin:Stacks1987!:admin\n::Auth\nIfUnauthenticated; Deny unauth.html\n/Auth\n",
               "deploy/ezproxy-dr/user.txt", "an EZproxy local account's password"),
        # a settings table's value set by an UPDATE (one line; SET and WHERE on lines of their own)
        Sample("UPDATE systempreferences SET value = 'Tq8ZmW3xKv6RbN2pLc9HdY4s' WHERE variable = 'AcmeClientSecret';\n",
               "installer/local_prefs.sql", "an UPDATE of a settings row named for a secret"),
        Sample("UPDATE core_config_data\n   SET value = 'Hn4Vq9Rz2Wk7Lp3Xb8Tc'\n WHERE path = 'payment/acmepay/api_key';\n",
               "db/patches/012.sql", "an UPDATE over lines, the setting's path in its WHERE"),
        # Round 14: an element's name and value attributes, a login without a scheme, a key beside its
        # section's server URL, a registration code, an Ansible INI inventory's `:vars` value opening with `#`
        Sample('<Configuration targetFile="codebase/wt.properties">\n  <Property name="ie.ldap.managerPw" overridable="true" '
               'targetFile="codebase/WEB-INF/ieStructProperties.txt" value="Quill%Harbor5527"/>\n</Configuration>\n',
               "windchill/site.xconf", "an xconf Property's name naming a password (`Pw`), its value beside it"),
        Sample('<project>\n  <property name="deploy.token" value="Zq8Lk2Vw9Xr4Tm7Bn1Pd"/>\n</project>\n', "build.xml",
               "an Ant property's name naming a token"),
        Sample("com.polarion.platform.internalPG=polarion:Tq7Wz2Nx9Lk4Rt@localhost:5433\n", "polarion/etc/polarion.properties",
               "a setting's user:password@host:port, no scheme"),
        Sample('CACHE_SERVERS="memc:Vx8Lq2Nm7Tz4Kp@cache01.corp.lan:11211"\n', "deploy/.env",
               "a quoted login and address, no scheme"),
        Sample("[shotgun]\nserver: https://studio.shotgrid.autodesk.com\nname: eventDaemon\nkey: 4k)tq-29*zx7vbnm31wplr8d2c\n",
               "shotgunEventDaemon.conf", "a section's script key beside its server URL (ShotGrid's event daemon)"),
        Sample("[tracker]\nhost = https://tracker.acme-studio.net\nscript = sync\nkey = Zq8Lk2Vw9Xr4Tm7Bn1Pd6Hc\n", "sync.ini",
               "a section's key beside its host URL"),
        Sample('{\n  "registration_code": "K7QZ2MXW9PLA@RT4V-8NBC-2HQ6-ZW3E",\n  "license_server": "https://lic.acme.lan:7070/request"\n}\n',
               "anyware/agent.json", "a PCoIP agent's registration code"),
        Sample("PCOIP_REGISTRATION_CODE=K7QZ2MXW9PLA@RT4V-8NBC-2HQ6-ZW3E\n", "agent.env", "a registration code in an environment"),
        Sample("[windows:vars]\nansible_user=CORP\\svc_ansible\nansible_password=#Vq8Lm2Kx7Zt4Rw9\nansible_connection=winrm\n",
               "inventories/prod/hosts.ini", "an INI inventory's group variable opening with `#` (no inline comment there)"),
        # Blind rounds CW-DB: a secret store's Terraform resource, an SSM SecureString parameter in YAML and JSON, a runbook's
        # settings table
        Sample('resource "aws_ssm_parameter" "partner_secret" {\n  name  = "/sync/prod/partner/client-secret"\n'
               '  type  = "SecureString"\n  value = "Wq4nTz8vKp2mRx6L"\n}\n', "infra/sync/ssm.tf", "an SSM SecureString's literal value"),
        Sample('resource "azurerm_key_vault_secret" "sql" {\n  name         = "sql-admin"\n  value        = "Pz7rKw3nQx9vLm2T"\n'
               '  key_vault_id = azurerm_key_vault.main.id\n  tags = {\n    team = "data"\n  }\n}\n', "infra/kv.tf",
               "a Key Vault secret's literal value"),
        Sample('resource "github_actions_secret" "deploy" {\n  repository      = "web"\n  secret_name     = "DEPLOY_KEY"\n'
               '  plaintext_value = "Lr5xTq8wNz2kVm7P"\n}\n', "github/secrets.tf", "a GitHub Actions secret's plaintext_value"),
        Sample('resource "tfe_variable" "db" {\n  key       = "db_admin"\n  value     = "Kx3vRq9mTz6wNp2L"\n  category  = "terraform"\n'
               '  sensitive = true\n}\n', "tfc/vars.tf", "an HCP Terraform variable marked sensitive"),
        Sample("resources:\n  partnerSecret:\n    type: aws:ssm:Parameter\n    properties:\n      name: /sync/prod/partner\n"
               "      type: SecureString\n      value: Wq4nTz8vKp2mRx6L\n", "Pulumi.yaml", "Pulumi's SecureString parameter"),
        Sample("- name: store the partner secret\n  community.aws.ssm_parameter:\n    name: /sync/prod/partner\n"
               '    string_type: "SecureString"\n    value: "Wq4nTz8vKp2mRx6L"\n', "playbooks/ssm.yml",
               "Ansible's ssm_parameter of string_type SecureString"),
        Sample('{\n    "Name": "/sync/prod/partner",\n    "Value": "Wq4nTz8vKp2mRx6L",\n    "Type": "SecureString",\n'
               '    "Overwrite": true\n}\n', "ssm/put-partner.json", "put-parameter's JSON input"),
        Sample("## Connecting\n\n| Setting  | Value |\n|----------|-------|\n| Host | `db01.corp.example` |\n"
               "| Password | `Marlin*Crest2031` |\n", "docs/runbooks/replica.md", "a runbook's settings table"),
        Sample("| | |\n|---|---|\n| User | `ach_push` |\n| **API token** | Tn6vXq2wRk9mLz4P8bHs |\n", "ops/payments-runbook.md",
               "a runbook's table without a header, a token's row"),
        # Blind rounds DC-DH: an attribute-value store's row picked by a variable its lookup sets; a runbook's value in
        # a code span after its label or its credential's word
        Sample("DECLARE @AttrId int = (SELECT a.Id FROM Attribute a\n    JOIN EntityType et ON et.Id = a.EntityTypeId\n"
               "    WHERE et.Name = 'Acme.Model.Gateway' AND a.[Key] = 'SecurityKey');\n\nUPDATE AttributeValue\n"
               "   SET [Value] = 'Rk7vQ2mXz9LpT4wNc8HbD3sF', ModifiedDateTime = GETDATE()\n WHERE AttributeId = @AttrId;\n",
               "ops/sql/gateway.sql", "an EAV row's value, its attribute looked up by key into a variable"),
        Sample("DO $$\nDECLARE v_attr int;\nBEGIN\n  SELECT id INTO v_attr FROM attribute WHERE key = 'client_secret';\n"
               "  UPDATE attribute_value SET value = 'Rk7vQ2mXz9LpT4wNc8HbD3sF' WHERE attribute_id = v_attr;\nEND $$;\n",
               "db/seed_gateway.sql", "PL/pgSQL's SELECT … INTO the variable the UPDATE picks its row by"),
        Sample("UPDATE AttributeValue SET [Value] = 'Rk7vQ2mXz9LpT4wNc8HbD3sF'\n WHERE AttributeId = (SELECT a.Id FROM Attribute a"
               " WHERE a.EntityTypeQualifierValue = '3' AND a.[Key] = 'ApiSecret');\n", "ops/sql/gateway.sql",
               "an EAV row picked by a subquery on the attribute's key"),
        Sample("## Current keys\n- vendor key: stored in 1Password\n- user key (compliance@): `Wq7Lm3Zx9Rt2Vk6Np4Hb8Jc5Df3Gs1Ya`\n",
               "docs/runbooks/api-outage.md", "a runbook's list item: a label, a note, a code span"),
        Sample("* **API token** (prod): `Tn6vXq2wRk9mLz4P8bHsQ3`\n", "ops/notes/partner.md", "an operator's note's bold label"),
        Sample("   Local console login if SSH is down: user `parkops`, password `harbor-quill-lantern-52`\n",
               "docs/runbooks/gate-offline.md", "a runbook's sentence: a user and a password in code spans"),
        Sample("The shared API token is `Tn6vXq2wRk9mLz4P8bHsQ3`.\n", "ops-runbook.md", "a runbook's `token is `…``"),
        Sample("- API key (prod, not public): `Wmv6Rt2Wm6Kx4Lp9Nz3Hb7Dc5Fq`\n", "ops/runbook.md",
               "a runbook's key whose note denies it is public"),
        # Blind rounds DO-DT: documentation's password in a runbook's form, chosen with care (documented_passwords)
        Sample("| Setting | Value |\n|---|---|\n| Password | `Marlin*Crest2031` |\n", "docs/guide/replica.md",
               "a settings table in documentation, its password chosen with care"),
        Sample("- Maintenance screens: user `maint`, password `Marlin*Crest2031` (set by the integrator)\n",
               "docs/commissioning/pumps.md", "a sentence's password code span in documentation"),
        Sample("2. Lyrics: the song service's login\n   - Password: Marlin*Crest2031\n", "docs/av-booth.md",
               "a list item's bare password in documentation"),
        # Blind rounds GI-GN: a key in documentation that is the team's own record
        Sample("| Setting            | Value                                |\n|--------------------|---------|\n"
               "| Provider key       | `abb5617fceb34c69304e046682bf7703`   |\n", "docs/handover/sales-systems.md",
               "a handover note's key in its padded settings table"),
        Sample("| Setting | Value |\n|---|---|\n| Client Secret | `u3RGgKPXKOrNO1Exn2KAmmz1ymxDRAKP` |\n"
               "| Created | 2024-03-11 by the IT lead |\n", "docs/classrooms/zoom.md",
               "a secret in a settings table that records when it was created"),
        Sample("## Email\n\n    app password (printer + scanner):  ldvk shqt oyfj znpp\n", "gallery/HANDOVER.md",
               "a Google app password under a label naming it, its note in brackets, in a code block"),
        Sample("- DB password (prod): Harrow#Lintel2291\n", "docs/runbooks/db.md", "a runbook's password after a noted label"),
        # Blind rounds GO-GT: a service's key beside the service's own API address in a page's block
        Sample("## API\n```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY=nkr76vu0pf6foykh89ppi1qrm58mcvl8kjh7fjx9\n```\n",
               "docs/sales/financing.md", "a team's pasted settings: a key beside its service's API address"),
        # Blind rounds GO-GT: a Wi-Fi network's passphrase under its SSID's line, words as a generator draws them
        Sample("The tablets use a passphrase:\n\n    SSID: Yard-Tablets\n    Passphrase: copper-meadow-thistle-copper8\n",
               "docs/it/office-network.md", "a note's Wi-Fi passphrase of words under its SSID"),
        # (blind rounds DU-DZ: a key file's content written by configuration management beside its path)
        Sample("- name: agent PSK\n  ansible.builtin.copy:\n    dest: /etc/zabbix/agent.psk\n"
               "    content: \"3f9c1a7b5e2d4c8a0b6e1f3a5c7d9e2b4f6a8c0d1e3f5a7b9c2d4e6f8a0b1c3d\\n\"\n    mode: \"0600\"\n",
               "roles/zabbix/tasks/main.yml", "an Ansible copy task's content to a .psk file"),
        Sample("file '/etc/zabbix/agent.psk' do\n  content '3f9c1a7b5e2d4c8a0b6e1f3a5c7d9e2b4f6a8c0d1e3f5a7b9c2d4e6f8a0b1c3d'\nend\n",
               "cookbooks/zabbix/recipes/default.rb", "a Chef file resource's content to a .psk file"),
        # Blind rounds DU-DZ: more of a runbook's forms in documentation (documented_passwords)
        Sample("1. Open the panel over the VPN.\n2. Sign in as `operator` / `Marlin*Crest2031`.\n", "docs/sites/kiln.md",
               "a sign-in's user and password code spans"),
        Sample("| Portal | Login | Notes |\n|---|---|---|\n| County court | desk-02 | shared login, pw `Marlin*Crest2031` |\n",
               "docs/desk/portals.md", "a table cell's abbreviated password"),
        Sample("Put this in ``~/.acme.ini``::\n\n    [staging]\n    password = Marlin*Crest2031\n", "docs/howto/staging.rst",
               "an INI block's password in reStructuredText"),
        # Blind rounds HA-HF: a login's pair with its user plain, a note among a label's words, `login` with no colon; a short
        # drawn device password beside its machine's remote-support ID or its device's own row giving its address
        Sample("# Handover\n\n- Fuel card in the glovebox. Fuel portal login: office@upholder.co.uk / `Bevel@Dowel8252`\n",
               "docs/vans/handover.md", "a handover note's login pair, its user plain"),
        Sample("# Handover\n\n- Shop firewall (pfSense) admin: `admin` / `Bevel@Dowel8252`\n", "docs/it/handover.md",
               "a login pair after a label with a note in brackets among its words"),
        Sample("| Item | Value |\n|---|---|\n| PLC | CLICK C2-03CPU, IP 10.70.2.10 |\n| PLC project password | `OrE90XergY` |\n",
               "docs/commissioning/well-2.md", "a device's password row beside its device's row giving its address"),
        Sample("Our developer app on the iSolarCloud developer portal:\n\n- secret key (x-access-key header): `15ll8iltkzdokhe0c21c77l86qgbkixu`\n",
               "docs/integrations/sungrow.md", "a key in a list its lead-in says is the team's own app's"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("Parameters:\n  KeyName:\n    Type: AWS::EC2::KeyPair::KeyName\n    Default: ops-keypair-2024\n"
               "  DBPasswordParameter:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /prod/db/password\n",
               "cfn/db.yaml", "parameters naming a key pair and a password's SSM parameter"),
        Sample("[cache]\nkey = Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1\n", "app.ini", "a bare key in a section naming no credential"),
        Sample('<visits>\n  <truck-visit tos-tv-key="5e0b7c21-93a4-4d6f-b8e2-1c9f0a3d7e64"/>\n</visits>\n',
               "gate/test/visit.xml", "an element's own key holding its record's id"),
        Sample("<map>\n  <!-- encrypted with: encrypt.bat -e <password> conf/key.txt -->\n"
               '  <entry key="sfdc.password" value="9f2c4e81a07b3d5f6e18c2a94b07d3e5f1a6c8b2d40e97f3a5c1b8e2d6f04a79"/>\n</map>\n',
               "dataloader/process-conf.xml", "a password stored encrypted, as the comment above it says"),
        Sample("For example:\n\n```ini\n[db]\npassword = Marlin*Crest2031\n```\n", "docs/configuration.md",
               "a code block introduced as an example"),
        Sample("- API key (public, safe for browsers): `pk_Wmv6Rt2Wm6Kx4Lp9Nz3Hb7Dc5F`\n- Sentry DSN key: `9ff7c2a1b4e84d6fa0c3e5b7d9f1a2c4`\n",
               "ops/runbook.md", "a runbook's keys its note declares public, a DSN's public key"),
        Sample("# user:password\nbackupsvc:${RSYNC_PASSWORD}\n", "roles/rsync/templates/rsyncd.secrets", "a secrets file's variable"),
        Sample('build_flags =\n    -DWIFI_PASS=\\"${sysenv.WIFI_PASS}\\"\n    -DPASSWORD_MIN_LEN=8\n    -DTOKEN_BUFFER_SIZE=256\n'
               "    -DUSE_SECRET_STORE=1\n", "platformio.ini", "macros from the environment, a length, a switch"),
        Sample("java -Dlog.level=debug -DAPP_NAME=orders -jar app.jar\n", "run.sh", "-D options naming no credential"),
        Sample('SRC_URI = "https://dl.vendor-fw.net/fw.tgz;user=${FW_USER};pswd=${FW_PSWD}"\n', "fw_1.0.bb",
               "BitBake's pswd from variables"),
        Sample('<launch>\n  <arg name="password" default="$(env CAMERA_PASSWORD)" />\n  <arg name="token" default="" />\n'
               '  <arg name="camera_name" default="front_ptz_camera01" />\n</launch>\n', "ptz.launch",
               "launch arguments from the environment, empty, or naming no credential"),
        Sample('[{"id": 42, "key": "sidebar.collapsed", "value": "true"},\n {"id": "eb71c4a09d2f38e6b1kqwz", "key": "billing-2024-q3x", "note": 1}]\n',
               "settings.json", "a settings list's keys; a 16-character key with no device fields"),
        Sample('[\n  {"id": "a1b2c3d4e5f6g7h8i9j0", "key": "menu.file.open.x", "version": 2, "icon": "folder"},\n'
               '  {\n    "id": "cmd0001ab2cd3ef4gh5ij",\n    "key": "ctrl+shift+alt+k",\n    "version": "1.0"\n  }\n]\n',
               "locales/menu.json", "a translation's key, a key chord: 16 characters of joined words beside an id"),
        Sample("admin: MD5:164c88b302622e17050af52c89945d44, admin\nuser: CRYPT:adpexzg3FUZAk, user\n", "etc/realm.properties",
               "a Jetty realm's hashes"),
        Sample("admin = ENC(1024:3F1A9C2E7B5D4F6A:9B2C4E6F8A1D3C5E7F9A2B4C6D8E0F1A)\n", "etc/artemis-users.properties",
               "Artemis' hashed password"),
        Sample('KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_admin="admin-secret";\n};\n',
               "kafka_server_jaas.conf", "Kafka's documented example"),
        Sample("auth:\n  erlangCookie: ${RABBITMQ_ERLANG_COOKIE}\n", "values.yaml", "an Erlang cookie's variable"),
        Sample("xpack.reporting.encryptionKey: ${KIBANA_REPORTING_KEY}\n", "kibana.yml", "Kibana's key from the keystore"),
        Sample("KAFKA_CLIENT_PASSWORDS: ${KAFKA_PASSWORDS}\n", "docker-compose.yml", "a plural list's variable"),
        Sample("params:\n  search:\n    key: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e\n", "config.yaml", "a bare key under another parent"),
        Sample("Parameters:\n  MasterPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n", "cfn/db.yaml",
               "a NoEcho parameter without a Default"),
        Sample("@secure()\nparam adminPassword string\n", "main.bicep", "a @secure() param without a default"),
        Sample('{\n  "adminPassword": {\n    "reference": {\n      "keyVault": {"id": "/subscriptions/x"},\n'
               '      "secretName": "admin"\n    }\n  }\n}\n', "main.parameters.json", "an ARM Key Vault reference"),
        Sample("envs:\n  - key: DB_PASSWORD\n    scope: RUN_TIME\n    type: SECRET\n    value: EV[1:Zq8Lk2Vw9Xr4:Hc3Jf6Gy0As8Kq2Wx4Lm7V]\n",
               ".do/app.yaml", "an app spec's encrypted SECRET"),
        Sample("[Repository Remote]\nremotepasseval = get_pass('work')\n", ".offlineimaprc", "OfflineIMAP's remotepasseval"),
        Sample("<property><name>fs.s3a.secret.key</name><value>${env.S3_SECRET}</value></property>\n"
               "<property><name>fs.s3a.access.key</name><value>etl-reader</value></property>\n", "core-site.xml",
               "a one-line Hadoop property's reference, an access key's name"),
        Sample('backend.auth.cmd = "pass show mail/work"\n', "himalaya/config.toml", "himalaya's auth.cmd"),
        Sample('<add key="ClearTextPassword" value="%ACME_FEED_PAT%" />\n', "NuGet.Config", "NuGet's environment reference"),
        Sample("poll imap.acme.io user 'ops' passwordeval 'pass show mail/ops' is ops here\n", ".fetchmailrc",
               "fetchmail's passwordeval"),
        Sample("mirror:\n  url: https://releases.acme.io/tool.tar.gz\n  key: 8c1f4e2a9b7d3c5e0f6a1b8d2c4e7f9a0b3d5c1e\n",
               "fetch.yaml", "a SHA-1's length of hex beside a download's url: its checksum"),
        Sample("- url: https://docs.acme.io/errors\n  key: errors.page_not_found.title\n"
               "- url: https://sonarr:8989\n  key: '{{HOMEPAGE_VAR_SONARR_KEY}}'\n", "i18n.yaml",
               "a key beside a URL that names a message, a template"),
        Sample('import os\nSALT = "Qv8Lk2Zt9Xw4Rm7NHc3Jf6Gy0As8Kq2W"\nSALT2 = os.urandom(16)\n', "hashing.py",
               "a salt alone: a hash's"),
        # Blind round 9: names and values set apart
        Sample('{\n  "variables": {\n    "BasicAuthPassword": {\n      "variable_name": "BasicAuthPassword",\n'
               '      "characteristics": {"dataType": "passwordString"},\n      "attributes": [{"type": "Actual", "value": ""}]\n    },\n'
               '    "OrganizationName": {\n      "variable_name": "OrganizationName",\n'
               '      "attributes": [{"type": "Actual", "value": "Harbor Charging Networks"}]\n    }\n  }\n}\n',
               "component_config/standardized/SecurityCtrlr.json", "a device model's empty password and a name"),
        Sample("webapi.key = ACME-API-KEY\nwebapi.value =\ncache.key = session-token\ncache.value = 3600\n",
               "steve/main.properties", "an empty header value, a cache entry's lifetime"),
        Sample("tolerations:\n  - key: dedicated\n    value: gpu-workers-pool\n", "k8s/values.yaml", "a taint's key and value"),
        Sample('{\n  "algorithm": "AES-CMAC",\n  "testGroups": [\n    {\n      "keySize": 128,\n      "tests": [\n'
               '        {"tcId": 1, "key": "A55621C8D479988067C22962D341DEAC", "msg": "", "tag": "97dd6e5a882cbd564c39ae7d1c5a31aa"}\n'
               '      ]\n    }\n  ]\n}\n', "testvectors/aes_cmac_test.json", "a test vector's key"),
        # (review adv9: a library's own vectors name their fields input, output, aad)
        Sample('[\n  {\n    "alg": "AES-128-CBC",\n    "key": "9c4e1a7f3b2d8e60a5c1f7b394d2e8a1",\n'
               '    "iv": "5f1c9a3e7b2d4f60a8c1e3b597d2f4a6",\n    "input": "6bc1bee22e409f96e93d7e117393172a",\n'
               '    "output": "c3a7f91e5b2d8e40a6c1f7b394d2e8a5"\n  }\n]\n', "tests/vectors/aes_cbc.json",
               "a test vector's key beside its input and output"),
        Sample('{"algorithm": "AES-128", "key": "2b7e151628aed2a6abf7158809cf4f3c"}\n'
               '{"algorithm": "AES-128", "key": "000102030405060708090a0b0c0d0e0f"}\n'
               '{"algorithm": "AES-128", "digest": "d2f5f53147e85274fb59578947bd62314ad2063297ca8819f693bfe9f98c0509"}\n',
               "crypto/examples.json", "published and counting keys, a digest beside an algorithm"),
        Sample("<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>true</protected>\n"
               "  <keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB0100000021E6B8C3</keyMaterial>\n</sharedKey>\n",
               "wifi/Staff.xml", "a WLAN profile's DPAPI-protected key"),
        Sample("<values>\n    <field>Audience_Id__c</field>\n    <value xsi:type=\"xsd:string\">4be1c07a9d</value>\n</values>\n"
               "<values>\n    <field>Client_Secret__c</field>\n    <value xsi:nil=\"true\"/>\n</values>\n",
               "customMetadata/Api_Setting.List.md-meta.xml", "a custom metadata record's id and empty secret"),
        # Blind rounds BU-BX
        Sample('{\n  "RegisteredUsers" : {\n    "alice" : "changeme"\n  },\n  "DicomModalities" : {\n'
               '    "ct" : [ "CT01", "10.0.4.21", 104 ]\n  }\n}\n', "orthanc.json", "Orthanc's stand-in user; a modality"),
        Sample("    environment:\n      ORTHANC__REGISTERED_USERS: ${ORTHANC_USERS_JSON}\n      ORTHANC__AUTHENTICATION_ENABLED: 'true'\n"
               "      ORTHANC__ORTHANC_PEERS: '{}'\n", "deploy/docker-compose.yml", "Orthanc's variables from the environment, empty"),
        Sample("<map>\n  <entry>\n    <string>fhir.client.id</string>\n    <com.mirth.connect.util.ConfigurationProperty>\n"
               "      <value>mirth-rpm-integration</value>\n    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n"
               "  <entry>\n    <string>smtp.password</string>\n    <com.mirth.connect.util.ConfigurationProperty>\n"
               "      <value>${SMTP_PASSWORD}</value>\n    </com.mirth.connect.util.ConfigurationProperty>\n  </entry>\n</map>\n",
               "configurationMap.xml", "a map entry's client id; a password referenced"),
        # Round 11: blank ISA04, a Wi-Fi's security info, a system code and an authorization id where no vendor or
        # service says they are credentials, an ODBC password from a variable, a call's password beside a database
        Sample('partners:\n  x:\n    isa03_security_qual: "00"\n    isa04_security_info: "          "\n', "edi/partners.yaml",
               "no ISA04 security information"),
        Sample("networks:\n  - ssid: lab\n    security_info: WPA2-Personal-AES\n", "netplan/wifi.yaml", "a Wi-Fi's security type"),
        Sample("integration:\n  user_name: hl7_feed\n  system_code: ERP-PROD-01\n", "config/interfaces.yaml",
               "a system code beside a user, no FusionSolar"),
        Sample("fusionsolar:\n  user_name: api\n  system_code: ${FUSIONSOLAR_SYSTEM_CODE}\n", "config/solar.yaml",
               "FusionSolar's systemCode from the environment"),
        Sample('{"authorization_id": "b51f8e27-3c4d-4a69-9e02-7d8c1a5f3b64", "amount": 1250, "status": "captured"}\n',
               "fixtures/payments.json", "a payment's authorization id, no service address beside it"),
        Sample("[api]\nbase_url = https://login.example-idp.net\nclient_id = 3C9E1A47-5B2D-4F80-A6C3-9D7E0B1F4A52\n",
               "app.ini", "a client id GUID beside an address"),
        Sample("[instance.live]\nurl=https://app.bibliodata.example.org\nkey=${DSL_KEY}\n[mirror]\n"
               "url = https://releases.acme.io/tool.tar.gz\nkey = 8c1f4e2a9b7d3c5e0f6a1b8d2c4e7f9a0b3d5c1e\n"
               "[keyserver]\nurl = hkps://keys.openpgp.org\nkey = 0x8C1F4E2A9B7D3C5E\n", "clients.ini",
               "a section's key from a variable; a download's checksum; an OpenPGP key's id"),
        Sample("url = https://api.acme.io\nkey = 4D81C0E7A2B95F36D07E1C48B29A6F53\n[keys]\nkey = Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1\n"
               "key = Vx2Lm8Kq4Tz7Wr3Np9Hb6Jd1\n", "settings.cfg",
               "a bare key in no section; a section listing keys (no service's one)"),
        Sample("OSF_PAT=\nGITHUB_PAT=${GH_TOKEN}\nOSF_PAT=your-personal-access-token-here\n"
               "URL_PAT=^/api/(?P<id>[0-9]+)/items/$\nFILE_PAT=*.2024-??-*.csv\n", "analysis/.Renviron",
               "an empty PAT, a reference, a placeholder; a URL pattern and a glob under `_PAT`"),
        Sample('ROUTE_PAT = re.compile(r"^/v1/(?P<slug>[a-z0-9-]{20,})/$")\nTOKEN_PAT = pat_from_env\n', "routes.py",
               "a pattern and an expression in code"),
        Sample('CONN = f"DSN=Payroll;UID=rpt;PWD={password};"\nCONN2 = "DRIVER={Timberline Data};UID=rpt;PWD=%s;" % pw\n',
               "export.py", "ODBC passwords interpolated"),
        Sample("url = URL.create('mysql', username='ro', password=getpass.getpass('pw: '), database='cdr')\n",
               "notebooks/load.ipynb", "a call's password= beside database=, no connection string"),
        Sample("root:x:0:0:root:/root:/bin/bash\nbranch:koha_branch:changeme:koha_branch\n", "roles/koha/files/koha-passwd",
               "a passwd entry's shape and a stock password"),
        Sample("::LDAP\nBindPassword -Obscure 1Q2w3E4r5T6yU7i8\n/LDAP\n::Ticket\nMD5 changeme\n/Ticket\n"
               "MD5 0cc175b9c0f1b6a831c399e269772661\nhttps://idp.example.edu/idp/shibboleth\nSet login:loguser = auth:uid\n",
               "ezproxy/user.txt", "an obscured bind password, a stock ticket secret, a digest outside a ticket block, directives"),
        Sample("alice:Stacks1987!\n", "user.txt", "a user.txt outside an EZproxy directory (documentation)"),
        Sample("secureStore.type=Ephemeral\ntenants=diku,fs00002211\ndiku=diku,${EDGE_PASSWORD}\n", "ephemeral.properties",
               "the tenants list and a variable"),
        Sample("UPDATE systempreferences SET value = 'Tq8ZmW3xKv6RbN2pLc9HdY4s' WHERE variable = 'AcmeLibraryName';\n"
               "UPDATE systempreferences SET value = 'changeme' WHERE variable = 'AcmeClientSecret';\n"
               "UPDATE settings SET value = 'Tq8ZmW3xKv6RbN2pLc9HdY4s' WHERE id = 'api_token';\n",
               "installer/local_prefs.sql", "a setting named for no secret, a placeholder, a row picked by its id"),
        # Round 14: encrypted-property markers, a login from a variable or a placeholder, a key beside a bare host,
        # a registration code's placeholder, a `:vars` value that is a placeholder or no credential's
        Sample('<Configuration targetFile="codebase/wt.properties">\n  <Property name="wt.pom.dbPassword" overridable="true" '
               'targetFile="db/db.properties" value="encrypted.wt.pom.dbPassword"/>\n  <Property name="ie.ldap.managerPw" '
               'overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="encrypted.ie.ldap.managerPw"/>\n'
               '  <Property name="ie.ldap.tokenTimeout" value="3600"/>\n</Configuration>\n', "windchill/site.xconf",
               "Windchill's encrypted properties (`encrypted.<name>`: a marker), a timeout"),
        Sample("com.polarion.platform.internalPG=polarion:${POLARION_PG_PASSWORD}@localhost:5433\n"
               "com.polarion.platform.externalPG=polarion:changeme@localhost:5433\n"
               "example.pg=polarion:Tq7Wz2Nx9Lk4Rt@localhost:5433\nrepo=git@github.com:acme/polarion-config.git\n",
               "polarion/etc/polarion.properties", "a login's variable, a placeholder, an example's setting; an SSH remote"),
        Sample("[emails]\nserver: smtp.studio.lan\nkey: 4k)tq-29*zx7vbnm31wplr8d2c\n[shotgun]\n"
               "server: https://studio.shotgrid.autodesk.com\nname: eventDaemon\nkey: ${SG_SCRIPT_KEY}\n",
               "shotgunEventDaemon.conf", "a key beside a host without a scheme; a script key from a variable"),
        Sample('{\n  "registration_code": "XXXXXXXXXXXX@XXXX-XXXX-XXXX-XXXX",\n  "registrationCode": "<your registration code>",\n'
               '  "registration_code_file": "/etc/pcoip/K7QZ2MXW9PLA@RT4V-8NBC-2HQ6-ZW3E"\n}\n', "anyware/agent.json",
               "a registration code's placeholders, a file's path"),
        Sample("[windows:vars]\nansible_password=#changeme\nansible_port=#5986\nansible_winrm_transport=#ntlm,kerberos\n",
               "inventories/prod/hosts.ini", "a `:vars` placeholder and values under no credential's name"),
        # Blind rounds CW-DB: the same forms with a String parameter, references, a resource storing no secret; a table of options
        Sample('resource "aws_ssm_parameter" "client_id" {\n  name  = "/sync/prod/partner/client-id"\n  type  = "String"\n'
               '  value = "Wq4nTz8vKp2mRx6LhJ3s"\n}\nresource "aws_ssm_parameter" "secret" {\n  type  = "SecureString"\n'
               '  value = var.partner_secret\n}\nresource "aws_ssm_parameter" "other" {\n  type  = "SecureString"\n'
               '  value = "${random_password.other.result}"\n}\n', "infra/sync/ssm.tf",
               "a String parameter's setting, SecureString values from a variable and a resource"),
        Sample('resource "azurerm_key_vault_secret" "sql" {\n  name  = "sql-admin"\n  value = random_password.sql.result\n}\n'
               'resource "tfe_variable" "region" {\n  key   = "region_code"\n  value = "Kx3vRq9mTz6wNp2L"\n}\n'
               'resource "aws_s3_object" "o" {\n  key   = "seed"\n  value = "Kx3vRq9mTz6wNp2L"\n}\n', "infra/kv.tf",
               "a Key Vault secret from a resource, a variable not marked sensitive, a resource storing no secret"),
        Sample("resources:\n  p:\n    type: aws:ssm:Parameter\n    properties:\n      type: SecureString\n"
               "      value: ${partnerSecret}\n  q:\n    type: aws:ssm:Parameter\n    properties:\n      type: String\n"
               "      value: Wq4nTz8vKp2mRx6L\n", "Pulumi.yaml", "a SecureString from a config secret; a String parameter"),
        Sample("| Setting | Value |\n|---|---|\n| Password | `$REPLICA_PASSWORD` |\n| Token | stored in the vault |\n"
               "| Secret | `<ask the DBA>` |\n\n| Option | Description |\n|---|---|\n| password | Wq4n_Tz8v!Kp2m |\n",
               "docs/runbooks/replica.md", "a settings table's references and prose; an options table's descriptions"),
        Sample("| Setting | Value |\n|---|---|\n| Password | `changeme` |\n| VNC password | `<set on install>` |\n",
               "docs/guide/replica.md", "a settings table in documentation, its stand-ins"),
        # Blind rounds GI-GN: a key's row of documentation that is no team's record: the docs' example
        Sample("| Setting | Value |\n|---|---|\n| Provider key | `abb5617fceb34c69304e046682bf7703` |\n"
               "| Client Secret | `u3RGgKPXKOrNO1Exn2KAmmz1ymxDRAKP` |\n| Version | 2024-03-11 |\n| Owner | you@example.com |\n",
               "docs/integrations/sales.md", "a settings table's key and secret, no provenance recorded"),
        Sample("| Setting | Value |\n|---|---|\n| Provider key | `<provider key>` |\n| API token | in 1Password (Sales) |\n",
               "docs/handover/sales-systems.md", "a handover note's key and token kept elsewhere"),
        Sample("- API key (public, safe for browsers): Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1\n- DB password (example): Harrow#Lintel2291\n"
               "    app password (printer):  abcd efgh ijkl mnop\n", "docs/runbooks/db.md",
               "noted labels declaring a public key and an example; an app password's letters counting up"),
        # Blind rounds GO-GT: a key beside an example's API address, or another service's, or its own and a placeholder
        Sample("```\nACME_API_BASE=https://api.example.com/v1\nACME_API_KEY=nkr76vu0pf6foykh89ppi1qrm58mcvl8kjh7fjx9\n```\n\n"
               "```\nSTRIPE_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY=nkr76vu0pf6foykh89ppi1qrm58mcvl8kjh7fjx9\n```\n\n"
               "```\nHEARTH_API_BASE=https://api.gethearth.com/v1\nHEARTH_API_KEY=your_hearth_api_key_here\n```\n",
               "docs/integrations/financing.md", "keys beside no address of their service's own, a placeholder beside one"),
        # Blind rounds DC-DH: an EAV row whose lookup names no credential, or whose value is a stand-in
        Sample("DECLARE @AttrId int = (SELECT Id FROM Attribute WHERE [Key] = 'WelcomeMessage');\n"
               "UPDATE AttributeValue SET [Value] = 'Rk7vQ2mXz9LpT4wNc8HbD3sF' WHERE AttributeId = @AttrId;\n"
               "DECLARE @KeyId int = (SELECT Id FROM Attribute WHERE [Key] = 'SecurityKey');\n"
               "UPDATE AttributeValue SET [Value] = 'changeme' WHERE AttributeId = @KeyId;\n"
               "INSERT INTO v_attr (name) VALUES ('x');\n"
               "UPDATE attribute_value SET value = 'Rk7vQ2mXz9LpT4wNc8HbD3sF' WHERE attribute_id = v_attr;\n",
               "ops/sql/attributes.sql", "an attribute named for no credential; a stock value; a table's INSERT INTO"),
        Sample("- user key: `<your user key>`\n- API token: `$METRC_API_TOKEN`\n- vendor key: stored in 1Password\n"
               "Update the `metrc-user-key` secret in AWS Secrets Manager (`prod/compliance/metrc`).\n"
               "Log in as user `ops`, password `changeme`; press the key `Enter`; the token `GITHUB_TOKEN` is read.\n",
               "docs/runbooks/api-outage.md", "a runbook's placeholders, references, names and a stock password"),
        Sample("- user key (compliance@): `Wq7Lm3Zx9Rt2Vk6Np4Hb8Jc5Df3Gs1Ya`\n", "docs/guide/api.md",
               "a labelled code span in documentation (an example)"),
        Sample("- copy:\n    dest: /etc/zabbix/agent.psk\n    content: \"{{ zabbix_psk }}\"\n- copy:\n"
               "    content: \"3f9c1a7b5e2d4c8a0b6e1f3a5c7d9e2b\"\n    dest: /etc/machine-id\n", "roles/zabbix/tasks/main.yml",
               "a key file's content templated; hex written to a file no key's"),
        # Blind rounds HA-HF: two values split by `/` after a label naming no login
        Sample("- Releases are cut from main. Branches: main / `release-Bevel@Dowel8252`\n", "docs/yard/handover.md",
               "two values split by `/` after a label naming no login"),
    )


# (stop 61) A documentation page's code block giving a credential (`--api-key <value>` in a README's shell block,
# `client_secret="…"` in a reStructuredText page's literal block) where the note right after the block, or the lead-in
# right before it, says the value is the team's own: its own account's (`this is our account's key`, Pashto's `دا زموږ د
# حساب کیلي ده`), one not to share (`do not share it`, `د نورو سره یې مه شریکوئ`, Kinyarwanda's `ntimurusangize abandi`,
# Somali's `ha la wadaagin`), or, naming the key, the production one (``client_secret`` is the production one, Somali's
# ``client_secret`` waa midka production-ka). A tutorial's block is the reader's example: its notes address the reader
# (`your key`, `do not share your token`) or name a test, a sandbox or an example, and say none of this.
_BLOCK_KEY = lazy_regex(
    r"""(?:(?<![\w-])--(?P<option>[a-z][a-z0-9-]{0,40}(?:key|token|secret))(?:=|[ \t]+)["']?"""
    r"""(?P<ovalue>[A-Za-z0-9_+/.=-]{16,256})["']?(?![^\s"'\\)])"""
    r"""|(?<![\w.-])(?P<name>[A-Za-z_][\w.-]{0,63})["']?[ \t]*[:=][ \t]*["'](?P<value>[^"'\s]{16,256})["']"""
    # (stop 66: an environment file's or an INI section's line, its value bare and the whole of the line after its `=`:
    # `DJANGO_SECRET_KEY=…`, `secret_token = …`)
    r"""|^[ \t]*(?:export[ \t]+)?(?P<ename>[A-Za-z_][\w.-]{0,63})[ \t]*=[ \t]*(?P<evalue>[^"'\s]{16,256})[ \t]*\r?$)""")
_BLOCK_KEYS_A_LINE = 8
_OUR_WORD = (r"""(?:\bour\b|\bours\b|زموږ|\b(?:keenna|kayaga|annaga)\b|\b(?:yacu|wacu|byacu|rwacu|cyacu)\b"""
             r"""|\b(?:hon|hor|hol)\b)""")
_OWN_CREDENTIAL_WORD = (r"""(?:\baccount|\bkey\b|\btoken\b|\bsecret\b|\bcredential|حساب|کیلي|\bakoon|\bfuraha"""
                        r"""|\bkonti\b|\burufunguzo|\bkont\b|\balc'hwez)""")
_NOT_TO_SHARE = (r"""(?:\b(?:do[ \t]+not|don['\u2019]t|never)[ \t]+share[ \t]+(?:it|them|this(?:[ \t]+(?:one|key|token|secret))?)\b|مه[ \t]+شریکو|مه[ \t]+یې[ \t]+شریکو"""
                 r"""|\bha[ \t]+(?:la[ \t]+)?wadaagin\b|\bnt[iu]\w{0,6}sangiz\w*|\bna[ \t]+rannit[ \t]+ket\b)""")
# (the possessive next to what it owns, a few words apart in one clause: `our account's key`, `زموږ د حساب کیلي`, `this key
# is ours`; `Our handler answers with the digest (keyed with the app's secret token…` owns a handler, not the token)
# (review: English's `our` owns the credential's word it stands before, only a name (capitalised), a possessive or a
# word saying which between: `our account's key`, `our ERP account's credentials`, `our own production key`; `Our CLI
# reads the key from …`, `Our tool needs a key`, `the key used by our CLI` own no key. And not to share is said of this
# key (`do not share it`, `never share this key`): `Do not share API keys in issues`, `Never share the key printed by
# `init`` are a tutorial's advice to its reader)
_OUR_ENGLISH = (r"""\bour(?:[ \t]+(?:own|team['\u2019]s|company['\u2019]s|production|prod|live|real|main|shared|service|api"""
                r"""|(?-i:[A-Z][\w.&-]{0,24})|[\w.&-]{1,24}['\u2019]s)){0,3}[ \t]+""")
_OUR_OTHER_WORD = _OUR_WORD.replace(r"""\bour\b|""", "", 1)
_OWN_BLOCK_NOTE = lazy_regex(r"""(?i)""" + _OUR_ENGLISH + _OWN_CREDENTIAL_WORD + r"""|""" + _OUR_OTHER_WORD
                             + r"""[^\n.,;:()]{0,24}?""" + _OWN_CREDENTIAL_WORD + r"""|"""
                             + _OWN_CREDENTIAL_WORD + r"""[^\n.,;:()]{0,24}?""" + _OUR_OTHER_WORD + r"""|""" + _NOT_TO_SHARE)
_PRODUCTION_WORD = lazy_regex(r"""(?i)(?<![a-z])(?:production|prod|live)(?![a-z])""")
# (stop 66) A note naming the block's value by its kind as the production one, after a definite article or `our`, in
# English, Spanish, Portuguese or French (`The quote uses the production key::`, `La cotización usa la llave de
# producción::`, `a chave de produção`, `la clé de production`): the team's live credential, as naming its variable
# beside `production` is. A tutorial addresses its reader (`your production key`: _ADDRESSES_THE_READER) or says none.
_NAMES_THE_PRODUCTION_CREDENTIAL = lazy_regex(
    r"""(?i)(?<![\w-])(?:the|our|la|nuestra|nuestro|el|a|nossa|nosso|o|notre|le)[ \t]+(?:(?:production|prod|live)[ \t]+"""
    r"""(?:api[ \t]+)?(?:key|token|secret)|(?:llave|clave|chave|token|cl(?:é|e))[ \t]+(?:(?:de|da|do)[ \t]+)?(?:(?:la|l')[ \t]*)?"""
    r"""(?:api[ \t]+)?(?:de[ \t]+)?(?:producci(?:ó|o)n|produ(?:çã|ca)o|production))(?![\w-])""")
# (stop 66) A lead-in saying where the block is set on the team's own server, in any language's words: a configuration
# file's absolute path under a system directory (`/etc/harnet/portal.env`, `/srv/…`, `/opt/…`) and the server by its
# own name in a code span (a numbered host, `web02`, `db-1.lan`; an address on a private network, `10.20.0.5`), as
# Tigrinya's `ኣብ ሰርቨር ``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ::` (on server web02 put this in …). A tutorial's
# path is its reader's (`.venv/var/flaskr-instance/config.py`, `your server`: _ADDRESSES_THE_READER) and names no host.
_SYSTEM_CONFIG_PATH = lazy_regex(r"""(?<![\w.~/-])/(?:etc|srv|opt)/[\w.@-]{1,64}(?:/[\w.@-]{1,64}){0,6}""")
_NAMED_HOST_SPAN = lazy_regex(
    r"""(?<![\w`])`{1,2}(?:[\w.-]{1,32}@)?(?:[a-z][a-z-]{0,30}[0-9]{1,3}(?:\.[a-z0-9-]{1,63}){0,4}"""
    r"""|10(?:\.[0-9]{1,3}){3}|192\.168(?:\.[0-9]{1,3}){2}|172\.(?:1[6-9]|2[0-9]|3[01])(?:\.[0-9]{1,3}){2})`{1,2}(?![\w`])""")
# (stop 62) A note keeping the value to the team, whatever it calls the key (a test environment's too): `for the development
# team only`, `team-only`, `internal use only`, Maori's `mō te rōpū whanake anake` (for the development team only); and a
# to-do to take the value out before a release (`TODO remove before release`, Tongan's `TODO to'o kimu'a he release`): a
# value to be taken out is the team's real one, no example's. A tutorial's note addressing its reader says none of this.
_KEPT_TO_THE_TEAM = lazy_regex(
    r"""(?i)\bfor[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[\w-]{1,24}[ \t]+){0,2}team[ \t]+only\b|\b(?:team|internal)[- ](?:use[ \t]+)?only\b"""
    r"""|\bfor[ \t]+internal[ \t]+use\b|\bm(?:ō|o|oo)[ \t]+te[ \t]+r(?:ō|oo|o)p(?:ū|u|uu)\b[^\n.]{0,40}?\banake\b"""
    r"""|\b(?:TODO|FIXME)\b[^\n]{0,60}?\b(?:release|launch|go-?live|publish(?:ing)?)\b""")
_MADE_UP_OR_PUBLIC = lazy_regex(r"""(?i)\b(?:example|sample|dummy|fake|public|publishable)\b""")
# (review 65) A note's word that does not call the value made up or public: denied in its clause (`not an example`,
# `never make it public`, `unlike the sample above`), or `public` naming a place the value must stay out of (`a public
# repo`, `anywhere public`, `in public`): the team's live key, kept from those places, is no page's illustration
_DENIED_BEFORE = lazy_regex(r"""(?i)(?:\b(?:not|never|no|nor|unlike|without|instead[ \t]+of|rather[ \t]+than)\b|n['\u2019]t\b)""")
_PUBLIC_PLACE_AFTER = lazy_regex(
    r"""(?i)[ \t]*(?:-[ \t]*)?(?:repo|repos|repository|repositories|channels?|chats?|forums?|internet|web|issues?|trackers?|gists?"""
    r"""|wikis?|buckets?|places?|spaces?|sites?|pages?|github|gitlab|pastebin|slack|discord|docs|cloud|networks?|wi-?fi)\b""")
_PUBLIC_PLACE_BEFORE = lazy_regex(
    r"""(?i)\b(?:in|into|to|anywhere|somewhere|everywhere|make|makes|made|making|go|goes|going|gone|went|become|becomes"""
    r"""|became|becoming|leak|leaks|leaked|post|posted|share|shared|paste|pasted|push|pushed)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}$""")
_CLAUSE_READ = 64  # characters before a word read for its clause's denial


def _calls_made_up_or_public(note: str) -> bool:
    """Whether a note calls its value an example, a sample, a fake or a public key (_MADE_UP_OR_PUBLIC), a word of it
    neither denied in its clause nor `public` as a place (_DENIED_BEFORE, _PUBLIC_PLACE_AFTER, _PUBLIC_PLACE_BEFORE)."""
    for found in _MADE_UP_OR_PUBLIC.finditer(note):
        before = note[max(0, found.start() - _CLAUSE_READ):found.start()]
        clause = re.split(r"[.;:!?(),\u2013\u2014]|[ \t]-[ \t]", before)[-1]
        if _DENIED_BEFORE.search(clause) is not None:
            continue
        if found.group(0).lower() == "public" and (_PUBLIC_PLACE_AFTER.match(note, found.end()) is not None
                                                   or _PUBLIC_PLACE_BEFORE.search(clause) is not None):
            continue
        return True
    return False
# (a comment line of the block's own right above the value's, `# key of the team (also production) - TODO …`: read as a
# note is, as the lead-in before the block is)
_BLOCK_COMMENT = lazy_regex(r"""^[ \t]*(?:#|//|--|;)[ \t]*(?P<text>[^\n]{1,256})$""")
_BLOCK_NOTE_READ = 3  # lines of a note read after the block's end, or of its lead-in before its start
_BLOCK_READ = 60  # lines of a block read each way for its ends


def _code_block_ends(lines: Sequence[str], index: int) -> Optional[Tuple[int, int]]:
    """(first, last) lines of the Markdown fence or the indented block (a reStructuredText literal block after `::`)
    line `index` stands in, or None."""
    from secretfence.kinds._network_keys import FENCES

    fences = FENCES.of(lines)
    at = bisect.bisect_left(fences, index)
    if at % 2 == 1:
        return fences[at - 1], fences[at] if at < len(fences) else len(lines)
    text = line_text(lines, index)
    if not text.startswith(("    ", "\t", "   ")):
        return None
    first = last = index
    for above in range(index - 1, max(-1, index - _BLOCK_READ), -1):
        above_text = line_text(lines, above)
        if above_text.strip() and not above_text.startswith((" ", "\t")):
            break
        first = above
    for below in range(index + 1, min(len(lines), index + _BLOCK_READ)):
        below_text = line_text(lines, below)
        if below_text.strip() and not below_text.startswith((" ", "\t")):
            break
        last = below
    return first, last + 1


def _block_notes(lines: Sequence[str], first: int, last: int) -> List[str]:
    """The note after a block (its paragraph's first lines) and the lead-in before it (its last lines)."""
    notes: List[str] = []
    after = [line_text(lines, below)[:_SPAN_LINE_READ] for below in range(last, min(len(lines), last + _BLOCK_NOTE_READ + 2))]
    after = [text for text in after if not text.strip().startswith(("```", "~~~"))]
    notes.append(" ".join(itertools.takewhile(lambda text: bool(text.strip()), itertools.dropwhile(
        lambda text: not text.strip(), after)))[:_SPAN_LINE_READ])
    before = [line_text(lines, above)[:_SPAN_LINE_READ] for above in range(max(0, first - _BLOCK_NOTE_READ - 1), first)]
    before = [text for text in before if not text.strip().startswith(("```", "~~~"))]
    lead_in = list(itertools.takewhile(lambda text: bool(text.strip()), itertools.dropwhile(
        lambda text: not text.strip(), reversed(before))))
    notes.append(" ".join(reversed(lead_in))[:_SPAN_LINE_READ])
    return notes


def _owns_the_block(note: str, key: str) -> bool:
    if not note or _ADDRESSES_THE_READER.search(note) is not None:
        return False
    if _KEPT_TO_THE_TEAM.search(note) is not None:
        # (kept to the team, a test environment's key too; or a to-do to take it out before a release: not where the note
        # also calls the value an example, a fake or a public key)
        return not _calls_made_up_or_public(note)
    if _NOT_OUR_OWN.search(note) is not None:
        return False
    if _OWN_BLOCK_NOTE.search(note) is not None:
        return True
    return (key.lower() in note.lower() and _PRODUCTION_WORD.search(note) is not None) or (
        _NAMES_THE_PRODUCTION_CREDENTIAL.search(note) is not None) or (
        _SYSTEM_CONFIG_PATH.search(note) is not None and _NAMED_HOST_SPAN.search(note) is not None)


def block_says_made_up_or_public(lines: Sequence[str], index: int) -> bool:
    """Whether line `index` stands in a documentation code block whose note or lead-in calls its value an example, a
    sample, a fake or a public key (`.. note:: An example key, for internal use only.`): a live-mode key there is the
    page's illustration, as stop 62 judged a key kept to the team."""
    ends = _code_block_ends(lines, index)
    return ends is not None and any(_calls_made_up_or_public(note) for note in _block_notes(lines, *ends))


# (review 66) A credential's word near the note's word (`the example key below`, `a sample token`, `this key is fake`):
# the note calls the key made up, not the code (`Example usage:`, `## Example`, `Sample code:` lead in a README's own
# run instructions as often as a lesson's)
_NOTE_CREDENTIAL_WORD = lazy_regex(r"""(?i)\b(?:(?:api[ \t_-]?)?keys?|tokens?|secrets?|credentials?|passwords?|passphrases?)\b""")
_NOTE_CREDENTIAL_READ = 40


def block_calls_its_key_made_up_or_public(lines: Sequence[str], index: int) -> bool:
    """As block_says_made_up_or_public, where the note's word stands beside a credential's word (_NOTE_CREDENTIAL_WORD):
    a README's block led by `Example usage:` is its project's run instructions still."""
    ends = _code_block_ends(lines, index)
    if ends is None:
        return False
    for note in _block_notes(lines, *ends):
        for found in _MADE_UP_OR_PUBLIC.finditer(note):
            near = note[max(0, found.start() - _NOTE_CREDENTIAL_READ):found.end() + _NOTE_CREDENTIAL_READ]
            if _NOTE_CREDENTIAL_WORD.search(near) is not None and _calls_made_up_or_public(note):
                return True
    return False


def owned_block_keys(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, str]]:
    """(what, key, value) of a documentation code block's credential its note says is the team's own (see _BLOCK_KEY):
    a value that looks generated, under a name or an option naming a credential (the caller judges the pair)."""
    text = line_text(lines, index)[:_SPAN_LINE_READ]
    if ("--" not in text and "=" not in text and ":" not in text) or _BLOCK_KEY.search(text) is None:
        return
    ends = _code_block_ends(lines, index)
    if ends is None:
        return
    notes = _block_notes(lines, *ends)
    comment = _BLOCK_COMMENT.match(line_text(lines, index - 1)[:_SPAN_LINE_READ]) if index - 1 >= ends[0] else None
    if comment is not None:
        notes.append(comment.group("text"))
    for found in itertools.islice(_BLOCK_KEY.finditer(text), _BLOCK_KEYS_A_LINE):
        key = found.group("option") or found.group("name") or found.group("ename") or ""
        value = found.group("ovalue") or found.group("value") or found.group("evalue") or ""
        if not looks_generated(value) or not any(_owns_the_block(note, key) for note in notes):
            continue
        yield f"{'--' if found.group('option') else ''}{key} in a code block its note says is the team's own", key, value
