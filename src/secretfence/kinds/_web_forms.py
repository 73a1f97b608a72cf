"""The literal kind's readers of a web agency's forms: web servers passing a secret to the
application, web frameworks' secret keys and salts, deploy steps' inline FTP passwords, cron lines
calling a URL with its key, and package sources' credentials.

- Web servers' environment-passing directives: nginx's `fastcgi_param|uwsgi_param|scgi_param|
  passenger_env_var NAME value;` (and its main context's `env NAME=value;`), Apache's
  `PassengerEnvVar NAME value`, uWSGI's `env = NAME=value` (ini, YAML `env:`, XML `<env>`), Caddy's
  `env NAME value` (in a Caddyfile). The name is judged as a key (`DB_PASSWORD`), the value as a
  literal: `$http_x` (nginx's variables), `{env.X}` (Caddy's) and `${X}` are none.
- Web servers injecting a credential header: nginx's `proxy_set_header X-Api-Key "…";`, Apache's
  `RequestHeader set`, HAProxy's `http-request set-header`, Caddy's `header_up` (Apache's `%{X}e`,
  HAProxy's `%[env(X)]` are references), headers-more's `more_set_input_headers "X-Api-Key: …"`; a
  Dockerfile's space form `ENV NAME value`. A header named for the key alone (`KeyId`, `Key`,
  `X-Key-Id`) is judged as an API key where its value has a generated key's shape (`header_key`).
- API test files' and clients' credential headers: a REST client file's (`.http`, `.rest`) header line
  below its request line (`KeyId: …`; `{{var}}` is the client's variable), a header's name and value as
  fields of one object (`{"header": "X-Api-Key", "value": "…"}`, `header: {key: …, value: …}`, or
  `header:`/`value:` a line or two apart; Node-RED's http request node's `{"keyType": "other", "keyValue": "X-Api-Key",
  "valueType": "other", "valueValue": "…"}` items, a line each or on one), and a request collection's API-key auth (Postman's
  `"apikey": [` items and v2.0 object, Insomnia's `"type": "apikey"` object, Bruno's `auth:apikey {`),
  less a scheme before the key (`Token …`).
- Web frameworks' secret salts and keys, under names the keyword rules read as no credential:
  Drupal's `$settings['hash_salt']` (and Drupal 7's `$drupal_hash_salt`), WordPress's
  `AUTH_SALT`/`SECURE_AUTH_SALT`/`LOGGED_IN_SALT`/`NONCE_SALT` (its `*_KEY`s are read already),
  CakePHP's `SECURITY_SALT` (an env read's literal default, `Security.salt`), Nextcloud's
  `passwordsalt`, Moodle's `passwordsaltmain`, Flask-Security's `SECURITY_PASSWORD_SALT`, Strapi's
  `API_TOKEN_SALT`, Devise's `config.pepper`; Magento 2's `'crypt' => ['key' => '…']` (env.php) and
  Magento 1's `<crypt><key><![CDATA[…]]></key>` (local.xml); Rails' `config/master.key` and
  `config/credentials/<env>.key` (32 hex, the whole file); Matomo's `salt = "…"` (config.ini.php).
  A salt that says what it is for (`WP_CACHE_KEY_SALT`: a cache prefix, a bare `salt`: a hash's),
  one public by design (Pulumi's `encryptionsalt`, Phoenix's `signing_salt`) or commented out is none.
- Deploy steps' inline FTP passwords (CI YAML, scripts): lftp's `-u user,password` (on its command
  line or an `open -u` inside `-e`/`-c`), git-ftp's `-p|--passwd` and `git config git-ftp.password`,
  ncftp's `-p`, PuTTY's (pscp, plink, psftp) `-pw`, WinSCP's `-password=`.
- Cron lines calling a URL with its key (a crontab, a `cron.d` file, a line led by a schedule): a
  query parameter named `key`, `cron_key`, `secret`, `token`… whose value looks generated
  (`wp-cron.php?…&key=`, Drupal 7's `cron.php?cron_key=`), and Drupal's `/cron/<key>` path.
- Authorization headers under a vendor's own scheme (Okta's `SSWS`, Opsgenie's `GenieKey`, Splunk's
  `Splunk`, Kisi's `KISI-LOGIN`, GoDaddy's `sso-key <key>:<secret>`, FDB's `SHAREDKEY <id>:<secret>`): in a header
  line, a mapping, a call's arguments, curl's `-H`, a header directive, a header's name and value fields, or
  under a name saying auth (`AUTH = "…"`, `auth_header`); the credential a
  generated word. The kind's own schemes (Basic, Bearer, Token, OAuth) and a request's signature or
  handshake (Digest, NTLM, Negotiate, AWS', Azure's `SharedKey`) are none here.
- OAuth 1.0's PLAINTEXT signature (RFC 5849 3.4.4), where the request names the method
  (`oauth_signature_method="PLAINTEXT"` on the signature's line or a few lines about it): `oauth_signature` is the
  consumer secret and the token secret, `&` between them (`%26` in a URL's or a form's encoding), each a secret
  sent as it is (a header's, a URL's, a form's, a code string's). HMAC-SHA1's and RSA-SHA1's signature is a digest: none.
- An Authorization header in Rails' token form (`Token token="<key>"`, ActionController's `authenticate_with_http_token`,
  which many APIs take: CallRail's, Pipedrive's old API): the token parameter's value, a generated word.
- A name that says auth (Maximo's `maxauth` header, `X-Auth`, `AUTH_HEADER`; not `author`) set to base64
  of `user:password` with no `Basic` before it: the password. A name that says credentials (`X_CREDENTIALS`,
  `creds`) or Basic (`XPO_BASIC`, `basicHeader`) the same, its decoded user a login's word (a script's
  `Basic $X_CREDENTIALS`, `Basic ${XPO_BASIC}`).
- nginx's secure link secret: the literal words among `secure_link_md5`'s variables, `secure_link_secret`'s word.
- An API client's key constant (`private static final String KEY = "…"`, `KEY = "…"`, `$key = '…'`) that the
  file sends as a request's `key` query parameter (`"…?key=" + KEY`, `f"…&key={KEY}"`, `.queryParam("key", KEY)`).
- Tools' own credential files, as their tools write them (see _STORE_FILES): Perforce's ticket file
  (`<host>:<port>=<user>:<ticket>`), Klocwork's ltoken (`<host>;<port>;<user>;<token>`), SmokePing's secrets
  (`<slave>:<secret>`, a slave's secret alone): the file by its name, and a script's or a manifest's lines
  writing one (an echo or printf into it, a here-document's body, a YAML block under its name); in a file that names
  the ticket file or the ltoken anywhere, a line that is one entry and nothing else (a PowerShell here-string's body
  piped to `Set-Content $ticketFile`, a here-document into `"$TICKETS"`, a list's quoted item).
- dnsdist's `webserver("<address>", "<password>"[, "<api key>"])` (its older positional form).
- A vendor's API key under a name that says no key, in its login request's body beside the user's name or password
  (a curl `-d` JSON body, a client's dict or hashtable): EFI Fiery's API (`{"username": …, "password": …,
  "accessrights": "<API key>"}`). Elsewhere the name is a permission's (`"accessRights": "readOnly"`): none.
- Package managers' credentials: a gem server's (Sidekiq's, contribsys') short generated
  `user:password` pair of hex, in a Gemfile's `source`, a `.gemrc` source, `gem sources --add`,
  Bundler's `BUNDLE_<HOST>` setting and `bundle config [set] <host> user:password` (a longer password
  is read by the kind's pairs); `poetry|composer config http-basic.<repo> <user> <password>`,
  `npm|pnpm|yarn config set <…_authToken|npmAuthToken|npmAuthIdent> <value>`, NuGet's `-Password`,
  Yarn's `npmAuthIdent: "user:password"`.

Each reader yields (line offset, what it is, the key the value is judged under, the value, how the
kind judges it: a `Judgement`, kinds/_judgement.py): a value the reader judged is PROVEN, any other
is NAMED_AND_JUDGED, passing the kind's key and value judgements (`_credential_key`,
`_is_credential`) as the other forms' do.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import Callable, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.kinds._helpers import (
    CODE_SUFFIXES, GUID, HERE_DOCUMENT_OPENING, LastFileMemo, basic_credential, here_document_body, line_text, looks_generated, name_start, shown_user,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

# Lines put before `find` for these forms (lower-case literals, rare in code): a salt's name, a
# deploy tool, Magento 1's crypt element, Drupal's cron path, Bundler's config command.
KEYWORDS = ("master.key`", "config/credentials/",  # (a Rails key file's path in documentation, its content below)
            "%3a%2f%2f",  # (stop 68: a URL percent-encoded as another's query value, its login inside: _encoded_url_logins)
            "%253a%252f%252f",  # (review 69: and encoded twice, a redirect's inside another's: _encoded_url_logins)
            "hash_salt", "_salt'", '_salt"', "_salt=", "security.salt", "passwordsalt", "pepper", "lftp", "git ftp",
            "git-ftp", "ncftp", "pscp", "plink", "psftp", "winscp", "<crypt>", "/cron/", "bundle config", "poetry config",
            "composer config", "npm config", "yarn config", "pnpm config", "nuget",
            # (a header set on a proxied request, a header's name and value as fields, an API-key auth)
            "proxy_set_header", "grpc_set_header", "requestheader", "set-header", "header_up", "more_set_input_headers",
            '"header"', "'header'", "header:", '"headername"', "'headername'", "headername:", '"header_name"', "header_name:",
            "keyid", "key-id", '"apikey"', "'apikey'", "auth:apikey", '"valuevalue"',
            # (nginx's secure link's secret)
            "secure_link_md5", "secure_link_secret",
            # (a tool's credential file, in a script writing it: see _STORE_WORDS)
            "p4tickets", "ltoken", "smokeping_secret", "smokeping-secret", "slave_secret", "slave-secret", "slavesecret",
            # (dnsdist's built-in web server given its password and API key by position)
            "webserver(",
            # (a vendor's API key named for no key, in its login's body: see _LOGIN_BODY_KEYS)
            "accessrights",
            # (InfluxDB 1.x's query login, `u=…&p=…`: see _USER_PASSWORD_QUERY)
            "&p=", "&u=")

_QUOTED_OR_BARE = (r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>(?:[^'\\\n]|\\.){1,512})'"""
                   r"""|(?P<bare>[^\s"';{}()\[\],][^\s;"'(){}]{0,511}))""")

# --- web servers' environment-passing directives ------------------------------------------------

_DIRECTIVE = lazy_regex(
    r"""^[ \t]*(?P<directive>fastcgi_param|uwsgi_param|scgi_param|passenger_env_var|(?i:PassengerEnvVar))[ \t]+"""
    r"""(?P<key>[A-Za-z_][\w.-]{0,127})[ \t]+""" + _QUOTED_OR_BARE + r"""(?:[ \t]+if_not_empty)?[ \t]*(?:;[ \t]*)?(?:#.*)?$"""
)
# nginx's main context `env NAME=value;`, uWSGI's `env = NAME=value` (ini), `env: NAME=value` (YAML,
# an item too), `<env>NAME=value</env>` (XML).
# (the value runs to the line's end: its closing quote, `;` or `</env>` are cut off after the match)
_ENV_SETTING = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?(?:env(?:[ \t]*[=:][ \t]*|[ \t]+)|<env>)(?P<q>["']?)(?P<key>[A-Za-z_]\w{0,127})=(?P<value>[^\n]{1,1024})$"""
)
_CADDY_ENV = lazy_regex(r"""^[ \t]*env[ \t]+(?P<key>[A-Za-z_]\w{0,127})[ \t]+""" + _QUOTED_OR_BARE + r"""[ \t]*$""")

# --- web frameworks' salts and keys -------------------------------------------------------------

_SALT_WORD = lazy_regex(r"(?i)salt|pepper")
# A setting whose name ends in a salt (read from where the name starts): an assignment, an array's
# `=>`, YAML's `:`, a `define('X', '…')`/`env('X', '…')`/`Configure::write('X', '…')` argument.
_SALT_SETTING = lazy_regex(
    r"""(?P<key>(?:[A-Za-z_][\w.-]{0,96}?)?(?i:salt|pepper)(?:main|alt[0-9]{1,2})?)["'\]]{0,2}[ \t]*(?:=>|=|:|,)[ \t]*"""
    + _QUOTED_OR_BARE
)
# The salts that are a site's secret: what the salt is for says so (a hash's, a password's, the
# security component's, WordPress's auth cookies' and nonces', Strapi's API tokens'); Moodle's
# `passwordsaltmain|altN`; a pepper (Devise's `config.pepper`) is secret by definition.
# (Not a salt mixed with a secret kept elsewhere, public by design: Pulumi's `encryptionsalt`,
# Phoenix's `signing_salt`, Rails' `signed_cookie_salt`.)
_SECRET_SALT_NAME = lazy_regex(
    r"""(?i)(?:^|[_.$>-])(?:drupal_)?(?:hash|passwords?|security(?:_password)?|secret|nonce|auth|secure_auth|logged_in|token)"""
    r"""[_.-]?salt(?:main|alt[0-9]{1,2})?$|(?:^|[_.])pepper$"""
)
# Magento 2's env.php: `'crypt' => [` (or `array (`) then `'key' => '…'`, or on one line.
_CRYPT_OPENER = lazy_regex(r"""^[ \t]*["']crypt["'][ \t]*=>[ \t]*(?:(?:\[|array[ \t]*\()[ \t]*)?$""")
_CRYPT_KEY = lazy_regex(
    r"""(?:["']crypt["'][ \t]*=>[ \t]*(?:\[|array[ \t]*\()[ \t]*|^[ \t]*)["']key["'][ \t]*=>[ \t]*"""
    r"""(?:"(?P<dq>[^"\\\n]{1,512})"|'(?P<sq>[^'\\\n]{1,512})')"""
)
_ARRAY_OPENER = lazy_regex(r"""^[ \t]*(?:\[|array[ \t]*\()[ \t]*$""")
# Magento 1's local.xml: `<crypt>` then `<key><![CDATA[…]]></key>`.
_CDATA_KEY = lazy_regex(r"""<key>[ \t]*(?:<!\[CDATA\[(?P<cdata>[^\]\n]{1,512})\]\]>|(?P<text>[^<\s][^<\n]{0,511}))</key>""")
_CRYPT_LINES = 3  # lines between `'crypt' =>` (or `<crypt>`) and its key: an `array (` line at most

# Rails' key files (`config/master.key`, `config/credentials/<env>.key`): the credentials' key, 32 hex.
# (stop 64: or its copy kept beside it, `master.key.bak`; stop 67, notes: or saved as text to be handed on, `master.key.txt`
# (`# Copy to config/master.key on the server, then delete this file!` above the key): the same key, a comment beside it)
_RAILS_KEY_FILE = lazy_regex(r"""(?:^|[/\\!])(?:master|credentials[/\\][\w.-]{1,64})\.key(?:\.(?:bak|backup|old|orig|save|copy|txt))?$""")
_RAILS_KEY_FILE_ENDINGS = (".key", ".key.bak", ".key.backup", ".key.old", ".key.orig", ".key.save", ".key.copy", ".key.txt")
_RAILS_KEY = lazy_regex(r"""^[ \t]*(?P<value>[0-9a-f]{32})[ \t\r]*$""")
# The same key file's content given in documentation below its path (a setup page's `Create `config/master.key` with
# this line (it decrypts credentials.yml.enc):` then the key alone in a code block, a quote or a code span): the file's
# content, the team's key, whatever page shows it (Rails' own guides never print one). A line saying it shows an example
# shows none.
_DOCUMENTED_RAILS_KEY_FILE = lazy_regex(r"""`(?:[\w.~/-]{0,128}/)?config/(?:master|credentials/[\w.-]{1,64})\.key`""")
_LONE_RAILS_KEY = lazy_regex(r"""^[ \t]*(?:>[ \t]*)?(?P<tick>`?)(?P<value>[0-9a-f]{32})(?P=tick)[ \t]*\r?$""")
_RAILS_KEY_BELOW_READ = 4  # lines read below the path for the key (blanks, a fence's opening)
_SAYS_AN_EXAMPLE = lazy_regex(r"""(?i)\bexamples?\b|(?<![\w.])e\.g\.|\bfor instance\b|\blooks?[ \t]+like\b|\bsomething[ \t]+like\b""")


def documented_rails_key(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, key) of a Rails key file's content standing alone below the line naming its path in a code span
    (see _DOCUMENTED_RAILS_KEY_FILE)."""
    text = line_text(lines, index)[:4096]
    if ".key`" not in text or _DOCUMENTED_RAILS_KEY_FILE.search(text) is None or _SAYS_AN_EXAMPLE.search(text) is not None:
        return
    for below in range(index + 1, min(len(lines), index + 1 + _RAILS_KEY_BELOW_READ)):
        line = line_text(lines, below)[:4096]
        stripped = line.strip()
        if not stripped or stripped.startswith(("```", "~~~")):
            continue
        found = _LONE_RAILS_KEY.match(line)
        if found is not None:
            yield below - index, found.group("value")
        return
# (review 64) A TLS pre-shared key's file (`agent.psk`, Zabbix's TLSPSKFile; stop 63 read the key inline as `TLSPSK=`):
# its one line, 32 to 512 hex digits (128 to 2048 bits).
_PSK_FILE = lazy_regex(r"""(?:^|[/\\!])[\w.-]{1,64}\.psk$""")
_PSK_HEX = lazy_regex(r"""^[ \t]*(?P<value>[0-9A-Fa-f]{32,512})[ \t\r]*$""")
# Matomo's config.ini.php: `salt = "…"` (its [General] section's secret).
_MATOMO_SALT = lazy_regex(r"""^[ \t]*salt[ \t]*=[ \t]*"(?P<value>[^"\n]{1,512})"[ \t\r]*$""")

# --- web servers injecting a credential header --------------------------------------------------

# nginx's `proxy_set_header|grpc_set_header X-Api-Key "…";`, Apache's `RequestHeader set X-Api-Key "…"`,
# HAProxy's `http-request set-header X-Api-Key …`, Caddy's `header_up X-Api-Key …` (a response's
# `add_header` goes to every client: no secret).
_HEADER_DIRECTIVE = lazy_regex(
    r"""^[ \t]*(?P<directive>proxy_set_header|grpc_set_header|(?i:RequestHeader)[ \t]+(?:set|add|append)|http-request[ \t]+(?:set|add)-header"""
    r"""|header_up)[ \t]+(?P<key>[A-Za-z][\w-]{1,127})[ \t]+""" + _QUOTED_OR_BARE + r"""[ \t]*(?:;[ \t]*)?(?:#.*)?$"""
)
# nginx's headers-more module: `more_set_input_headers "X-Api-Key: …";` (the request's headers; its
# `more_set_headers` sets the response's, sent to every client).
_MORE_INPUT_HEADERS = lazy_regex(
    r"""^[ \t]*more_set_input_headers[ \t]+(?:-[rt][ \t]+(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|\S{1,256})[ \t]+){0,2}"""
    r"""(?P<q>["']?)(?P<key>[A-Za-z][\w-]{1,127})[ \t]*:[ \t]*(?P<value>[^\s"';][^"';\n]{0,511}?)(?P=q)[ \t]*(?:;[ \t]*)?(?:#.*)?$"""
)
# A header named for the API key alone (`KeyId`, `Key`, `X-Key-Id`, `Api-Key-Id`): the key words do
# not say credential (an id names a public thing), but a header sent to authenticate a request
# carries the key itself (CMA CGM's `KeyId`): judged as an API key where the value is a generated
# key's shape (letters of both cases and digits; not a GUID, an ARN, a number, a hex digest).
_KEY_ALONE_HEADER = lazy_regex(r"""(?i)^(?:x-)?(?:api-?)?key(?:-?id)?$""")
# A request's header line in a REST client's file (`.http`, `.rest`: VS Code's REST Client, JetBrains'
# HTTP client), below its request line.
_HTTP_FILES = (".http", ".rest")
# OAuth 1.0's signature parameter: quoted (a header's `oauth_signature="…"`, its quotes escaped in a code string too),
# or bare (a URL's or a form's `oauth_signature=…`, up to the next parameter's `&`).
_OAUTH_SIGNATURE = lazy_regex(
    r"""(?<![A-Za-z0-9_])oauth_signature["']?[ \t]*[=:][ \t]*(?:\\?"(?P<dq>[^"\\\s]{1,512})\\?"|'(?P<sq>[^'\\\s]{1,512})'|(?P<bare>[^\s"'&,;)]{1,512}))""")
_OAUTH_PLAINTEXT_METHOD = lazy_regex(r"""oauth_signature_method\\?["']?[ \t]*[=:][ \t]*\\?["']?PLAINTEXT\b""")
_OAUTH_METHOD_LINES = 6  # lines above and below a signature its request's method may stand on
_OAUTH_SIGNATURES_A_LINE = 8
_REQUEST_LINE = lazy_regex(r"""^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)[ \t]+\S|^[ \t]*(?:https?:|\{\{)""")
# (the value's trailing blanks stripped in Python: a lazy value before `[ \t]*$` retried every blank of a run)
_HEADER_LINE = lazy_regex(r"""^(?P<key>[A-Za-z][\w-]{0,127})[ \t]*:[ \t]*(?P<value>\S[^\n]{0,1023})$""")
_HEADER_NAME = lazy_regex(r"""^[A-Za-z][\w-]{0,127}[ \t]*:""")
_HEADER_BLOCK_READ = 40  # header lines read up for the request line
# A header's name and value as fields of one object (a client's settings `{"header": "X-Api-Key",
# "value": "…"}`, Envoy's `header: {key: x-api-key, value: …}`, a HAR's or Postman's `{"name"|"key": …,
# "value": …}`), on one line in either order, or `header:` and `value:` a line or two apart.
_FIELD_VALUE = r"""[ \t]*:[ \t]*(?:"(?P<{0}dq>[^"\\\n]{{1,512}})"|'(?P<{0}sq>[^'\\\n]{{1,512}})'|(?P<{0}bare>[^\s"',{{}}\[\]#][^\s,{{}}\[\]]{{0,511}}))"""
_NAME_FIELD = r"""["']?(?:header|header[-_]?[Nn]ame|name|key)["']?"""
_VALUE_FIELD = r"""["']?(?:value|header[-_]?[Vv]alue)["']?"""
_HEADER_PAIR = lazy_regex(
    r"""(?<![\w-])""" + _NAME_FIELD + _FIELD_VALUE.format("n") + r"""[ \t]*,[ \t]*""" + _VALUE_FIELD + _FIELD_VALUE.format("v")
    + r"""|(?<![\w-])""" + _VALUE_FIELD + _FIELD_VALUE.format("w") + r"""[ \t]*,[ \t]*""" + _NAME_FIELD + _FIELD_VALUE.format("m")
)
_HEADER_FIELD_LINE = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?header(?:[-_]?[Nn]ame)?["']?""" + _FIELD_VALUE.format("n") + r"""[ \t]*(?:,[ \t]*)?$""")
_VALUE_FIELD_LINE = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?""" + _VALUE_FIELD + _FIELD_VALUE.format("v") + r"""[ \t]*(?:,[ \t]*)?$""")
_PAIR_LINES = 3  # lines between a header's name field and its value's
# Node-RED's http request node's headers (flows.json): items `{"keyType": "other", "keyValue": "<header>", "valueType":
# "other", "valueValue": "<value>"}`, on one line or a field a line. A standard header's name stands in keyType
# (`"keyType": "Authorization", "keyValue": ""`); a valueType other than `other` (`msg`: a message's property; a stock
# value) sets no literal. Read from the valueValue's line, its item's fields around it.
_NODE_RED_FIELD = lazy_regex(r'''["'](?P<field>keyType|keyValue|valueType|valueValue)["'][ \t]*:[ \t]*"(?P<dq>[^"\\\n]{0,512})"''')
_NODE_RED_LINES = 4  # lines above and below a valueValue its item's other fields stand on
# An API-key auth's value in a request collection: Postman's `"apikey": [` items (`{"key": "value",
# "value": "…"}` beside `{"key": "key", "value": "<header>"}`; v2.0's object `"apikey": {"key": …,
# "value": …}`), Insomnia's `"type": "apikey"` object's `"value"`, Bruno's `auth:apikey {` block's `value:`.
_APIKEY_AUTH = lazy_regex(
    r"""(?i)["']apikey["'][ \t]*:[ \t]*(?P<open>[\[{])|^[ \t]*auth:apikey[ \t]*(?P<bru>\{)|["']type["'][ \t]*:[ \t]*["']apikey["'](?!.{0,256}["']apikey["'][ \t]*:)""")
_AUTH_FIELD = lazy_regex(r"""(?<![\w-])["']?(?P<field>key|value|in|type|placement|addTo)["']?""" + _FIELD_VALUE.format(""))
_FLAT_OBJECT = lazy_regex(r"""\{[^{}]{0,2048}\}""")
_AUTH_READ = 24  # lines of an API-key auth's block read
# A scheme before the key in an Authorization header's value (`Token …`, `Bearer …`, `Apikey …`).
_SCHEMED = lazy_regex(r"""^(?i:token|bearer|apikey|api-key|key|jwt)[ \t]+(?P<value>\S{8,})$""")
# A web server's reference in a value: Apache's `%{API_KEY}e`, HAProxy's `%[env(API_KEY)]`, Caddy's `{env.X}`.
_SERVER_REFERENCE = lazy_regex(r"""%\{[^}\n]{1,128}\}|%\[[^\]\n]{1,128}\]|\{env\.""")
# Dockerfile's space form `ENV NAME value` (the value is the rest of the line).
_DOCKER_ENV = lazy_regex(r"""^[ \t]*ENV[ \t]+(?P<key>[A-Za-z_]\w{0,127})[ \t]+(?P<value>[^\s=][^\n]{0,511})$""")
_DOCKERFILES = ("dockerfile", "containerfile", ".dockerfile")

# --- package managers' credential commands and settings -----------------------------------------

_PM_WORD = r"""(?:"[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"';|&]{1,256})"""
_PACKAGE_COMMAND = lazy_regex(
    # Poetry's and Composer's http-basic (`<user> <password>`)
    r"""\b(?P<tool>poetry|composer)[ \t]+config[ \t]+(?:(?:--local|--global|-g|--auth|-a)[ \t]+){0,2}"""
    r"""http-basic\.(?P<repo>[\w.-]{1,253})[ \t]+(?P<user>""" + _PM_WORD + r""")[ \t]+(?P<pw>""" + _PM_WORD + r""")"""
    # npm's, pnpm's and Yarn's auth settings
    r"""|\b(?P<tool2>npm|pnpm|yarn)[ \t]+config[ \t]+set[ \t]+(?:(?:--global|-g|-H|--home)[ \t]+)?"""
    r"""(?P<key>(?://[^\s=]{1,256}:)?(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent))(?:[ \t]+|=)(?P<value>""" + _PM_WORD + r""")"""
)
_NUGET_PASSWORD = lazy_regex(r"""(?i)\bnuget(?:\.exe)?[ \t]+(?:sources?[ \t]+)?(?:add|update)\b[^\n]{0,400}?[ \t]-Password[ \t]+(?P<value>""" + _PM_WORD + r""")""")
_AUTH_IDENT = lazy_regex(r"""^[ \t]*["']?npmAuthIdent["']?[ \t]*:[ \t]*(?P<q>["']?)(?P<user>[^\s:"']{1,128}):(?P<pw>[^\s"']{1,256})(?P=q)[ \t]*$""")

# --- deploy steps' inline passwords -------------------------------------------------------------

# A shell word: quoted parts and bare characters, joined (`user,'pass word'`).
_WORD = r"""(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[^\s"';|&]){1,512}"""
_LFTP_USER = lazy_regex(r"""(?:^|(?<=[\s;"']))(?:-u|--user)[ \t]+(?P<word>""" + _WORD + r""")""")
_GIT_FTP_PASSWORD = lazy_regex(r"""(?:^|(?<=\s))(?:-p|--passwd)(?:[ \t]+|=)(?P<word>""" + _WORD + r""")""")
_GIT_FTP_CONFIG = lazy_regex(r"""\bgit[ \t]+config\b[^\n]{0,200}?[ \t]git-ftp\.(?:[\w-]{1,64}\.)?password[ \t]+(?P<word>""" + _WORD + r""")""")
_NCFTP_PASSWORD = lazy_regex(r"""(?:^|(?<=\s))-p[ \t]+(?P<word>""" + _WORD + r""")""")
_PUTTY_PASSWORD = lazy_regex(r"""(?:^|(?<=\s))-pw[ \t]+(?P<word>""" + _WORD + r""")""")
_WINSCP_PASSWORD = lazy_regex(r"""(?:^|(?<=\s))-password=(?P<word>""" + _WORD + r""")""")
_TOOL_AT = lazy_regex(r"""(?i)(?:^|(?<=[\s/\\"'`;&|(]))(?P<tool>lftp|git[ \t]+ftp|git-ftp|ncftp(?:put|get|ls|batch)?|pscp|plink|psftp"""
                      r"""|winscp(?:\.com|\.exe)?)(?:\.exe)?(?=[\s"'`;]|$)""")
_TOOLS_A_LINE = 8
_LFTP_OPEN = lazy_regex(r"""^[ \t]*(?P<tool>open)(?=[ \t])""")

# --- cron lines calling a URL with its key -----------------------------------------------------

# A crontab line's schedule: five fields (minutes … weekday) or a nickname; a cron.d line's user follows.
_SCHEDULE = lazy_regex(
    r"""^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|(?:[0-9*/,-]{1,32}[ \t]+){4}[0-9A-Za-z*/,-]{1,32})[ \t]"""
)
_URL_KEY = lazy_regex(r"""[?&](?P<key>[A-Za-z_][\w-]{0,63})=(?P<value>[^&\s"'#<>{}\[\]\\()$`]{1,512})""")
# A query parameter named for the key itself (`key`, `cron_key`, `secret`, `token`, `pass`…; not `sort_key`).
_KEY_PARAMETER = lazy_regex(
    r"""(?i)^(?:(?:cron|api|access|auth|secret|private|security|site)[_-]?)?(?:key|secret|token|pass|password|passwd)$|^auth$"""
)
# An API key as the path segment right after an API's root (`https://www.golfgenius.com/api_v2/<key>/events`, a
# provider's `/api/<key>/getproxy`): what follows `/api/` (`/api_v2/`, `/apiv1/`, `/api-3/`, `/api/v1/`) is a version or a
# resource's name, no id; a generated run of letters and digits there is the account's key. Not hex (a digest's or an
# object's id), no UUID (its hyphens end the run), no template's `{apiKey}`; in code and settings (documentation's are
# examples).
_API_PATH_KEY = lazy_regex(
    r"""://[^\s/"'`]{1,253}(?:/[^\s/"'`?#]{1,128}){0,3}?/(?i:api)(?:[_-]?[vV]?[0-9]{1,2})?(?:/[vV][0-9]{1,2})?/(?P<value>[A-Za-z0-9]{20,64})(?![\w.%-])""")
_FOLDED_API_PATH = rb"""/api(?:[_-]?v?[0-9]{1,2})?(?:/v[0-9]{1,2})?/[a-z0-9]{20}"""
# ... or a constant's name interpolated there, its literal assigned in the file (a Philips Hue bridge's user, its API key:
# `HUE_USER = "…"` then `f"{BRIDGE}/api/{HUE_USER}/lights"`, deCONZ's `/api/${API_KEY}/sensors`, `"/api/" + USER + "/groups"`,
# PHP's `"/api/$user/lights"`): the constant is judged as the literal would be there, at its assignment's line.
_API_PATH_NAME = lazy_regex(
    r"""/(?i:api)(?:[_-]?[vV]?[0-9]{1,2})?(?:/[vV][0-9]{1,2})?/(?:(?P<brace>\{|\$\{|#\{)|\$|["'`][ \t]*[+.][ \t]*)"""
    r"""(?:self\.|this\.|[A-Z]\w{0,63}\.)?(?P<name>[A-Za-z_]\w{0,63})(?(brace)\}|(?!\w))""")
_FOLDED_API_PATH_NAME = rb"""/api(?:[_-]?v?[0-9]{1,2})?(?:/v[0-9]{1,2})?/(?:\{|\$\{|#\{|\$|["'`][ \t]*[+.][ \t]*)[a-z_]"""
_PATH_CONSTANT = lazy_regex(
    r"""^[ \t]*(?:(?:export|const|let|var|final|static|private|protected|public|readonly|internal|val|String|string|str|local)[ \t]+){0,5}"""
    r"""\$?(?P<name>[A-Za-z_]\w{0,63})(?:[ \t]*:[ \t]*(?:String|string|str))?[ \t]*(?::=|=)[ \t]*"""
    r"""(?:"(?P<dq>[A-Za-z0-9]{20,64})"|'(?P<sq>[A-Za-z0-9]{20,64})')[ \t]*(?:;[ \t]*)?(?:(?://|#).*)?$""")
# An API's URL carrying the account's key as a bare `key` query parameter (Steam's Web API, a timing system's
# `…/api/index.php/…json?…&key=<32 hex>`): the URL says an API (an `/api` path segment, an `api.` host), so the bare
# `key` is the API's key. A generated value of 16 to 128 letters and digits, both; not a Google key (`AIza…`: the service kind judges
# those, a Maps URL's being public); in code and settings (documentation's are examples).
_API_URL_BEFORE_QUERY = lazy_regex(r"""://(?:(?i:api)[\w-]{0,16}\.|[^\s/"'`?#]{1,253}(?:/[^\s/"'`?#]{0,128}){0,8}?/(?i:api)(?:[_.-]|v?[0-9]|/|\?|$))""")
_BARE_KEY_VALUE = lazy_regex(r"""^[A-Za-z0-9]{16,128}$""")  # (no `_`: `key=user_profile_v2` names a cache entry)
_URL_TEXT_ENDS = (" ", "\t", '"', "'", "`", "<", ">")
_DIGIT_RUNS = lazy_regex(r"[0-9]+")
_HEX_RUN = lazy_regex(r"^[0-9A-Fa-f]+$")
# A command's URL in documentation carrying the account's key as a query parameter named for it (`curl "https://…?…&
# apikey=<key>"`, Omeka S' `key_identity=…&key_credential=<key>`, `wget …?api_key=…`): blocks where the key looks
# issued, as documentation's passwords do where they look generated (an example writes `YOUR_API_KEY`, `abc123`, a hex
# run, an alphabet's run: left to the other rules; but a hex key sent to the service's own host, no example's, is the
# page's own: see _HEX_KEY).
_URL_COMMAND = lazy_regex(r"""(?i)(?<![\w.-])(?:curl|wget|http|https|xh|lftp|ncftp(?:get|put)?|aria2c|Invoke-RestMethod|Invoke-WebRequest"""
                          r"""|irm|iwr)(?:\.exe)?[ \t]""")
_DOCUMENTED_QUERY_KEY = lazy_regex(r"""[?&](?P<key>[A-Za-z_][\w-]{0,63})=(?P<value>[A-Za-z0-9_.~-]{16,256})(?![A-Za-z0-9_.~%-])""")
# (stop 68, pages) ... or a token a service issues as the account's number, a colon and a drawn hex key (Poster's
# `?token=911842:1e4b…`): read whole, judged by its hex as a drawn hex key is, at the service's own host.
_DOCUMENTED_ACCOUNT_QUERY_KEY = lazy_regex(
    r"""[?&](?P<key>[A-Za-z_][\w-]{0,63})=(?P<value>[0-9]{1,12}:(?P<hex>[0-9A-Fa-f]{32,64}))(?![A-Za-z0-9_.~%:-])""")
_QUERY_KEY_NAME = lazy_regex(
    r"""(?i)^(?:(?:api|access|auth|secret|private|app|client|key|developer|account|license|subscription)[_-]?)?"""
    r"""(?:key|secret|token|credential|apikey)$""")
# ... or its login as the URL's userinfo (RFC 1738's user and password before the host: a supplier's FTP price list
# fetched by wget, curl or lftp), which the command sends as curl's `-u user:password` does (the last `@` before the
# host ends the password, as _literal_reading's URLs')
_URL_LOGIN = lazy_regex(r"""\b[a-z][a-z0-9+.-]{1,20}://(?P<user>[^:@/\s"'`<>]{1,128}):(?P<pw>[^/\s"'`<>]{1,256})@(?P<host>[A-Za-z0-9.-]{1,253})""")
_DRUPAL_CRON = lazy_regex(r"""://[^\s/"']{1,253}(?:/[^\s/"'?#]{1,128}){0,4}/cron/(?P<value>[A-Za-z0-9_-]{20,256})(?![\w/-])""")

# --- package sources' credentials ---------------------------------------------------------------

_USERINFO = lazy_regex(r"""://(?P<user>[^\s/@:"'<>#{}$]{1,128}):(?P<pw>[^\s@/"'<>#{}$]{1,256})@(?P<host>[A-Za-z0-9.-]{1,253})""")
_SOURCE_LINE = lazy_regex(r"""(?i)\bsources?\b|\bremote:|^[ \t]*-[ \t]|:sources:""")
_BUNDLE_HOST = lazy_regex(
    r"""(?<![\w])(?P<key>BUNDLE_(?!BUILD__|MIRROR__|LOCAL__|DISABLE_|SPECIFIC_)[A-Z0-9-]+(?:__[A-Z0-9-]+)+)["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<user>[^\s:"']{1,128}):(?P<pw>[^\s"']{1,256})(?P=q)"""
)
_BUNDLE_CONFIG = lazy_regex(
    r"""\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--(?:global|local)[ \t]+)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)[ \t]+"""
    r"""(?P<q>["']?)(?P<user>[^\s:"']{1,128}):(?P<pw>[^\s"']{1,256})(?P=q)"""
)
_GEM_HEX = lazy_regex(r"^[0-9a-fA-F]{8,64}$")  # a gem server's generated user or password
_SEQUENCES = "0123456789abcdef"
_GEM_FILES = ("gemfile", "gems.rb", ".gemspec", ".gemrc", "gemfile.lock", "gems.locked")


# --- tools' own credential files -------------------------------------------------------------------
# A file a tool keeps its credentials in, one entry a line, read as the tool reads it:
# - Perforce's ticket file (P4TICKETS: `$HOME/.p4tickets`, `%USERPROFILE%\p4tickets.txt`): `<host>:<port>=<user>:<ticket>`,
#   the P4PORT's protocol before it (`ssl:`), the ticket 32 hex digits (`p4 login` writes it, `p4 tickets` lists it).
# - Klocwork's ltoken (`~/.klocwork/ltoken`, KLOCWORK_LTOKEN; kwauth writes it): `<host>;<port>;<user>;<token>`.
# - SmokePing's master's secrets file (its Slaves section's `secrets=`: `/etc/smokeping/smokeping_secrets`, the shipped
#   `smokeping_secrets.dist`): `<slave>:<secret>`; a slave's `--shared-secret` file: the secret alone.
# Read in the file itself (by its name), and where a script or a manifest writes it: `echo '…' > ~/.p4tickets`
# (`printf`, `tee`), a here-document's body below `cat > …/ltoken <<EOF`, a YAML block under the file's name.
_CODE_SUFFIX = r"(?<!\.py)(?<!\.sh)(?<!\.md)(?<!\.rst)(?<!\.go)(?<!\.rb)(?<!\.js)(?<!\.ts)(?<!\.java)(?<!\.pl)(?<!\.ps1)"
_P4_TICKETS_FILE = r"\.?p4tickets(?:[._-][\w.-]{0,32})?" + _CODE_SUFFIX
_LTOKEN_FILE = r"\.?ltoken"
_SMOKEPING_SECRETS_FILE = r"smokeping[_.-]secrets?(?:\.dist|\.conf|\.txt)?"
_SLAVE_SECRET_FILE = r"(?:smokeping[_.-]?)?slave[_-]?secrets?(?:\.conf|\.txt)?"
_STORE_FILES = (r"(?:^|[/\\!])(?:" + _P4_TICKETS_FILE + "|" + _LTOKEN_FILE + "|" + _SMOKEPING_SECRETS_FILE + "|"
                + _SLAVE_SECRET_FILE + r")$")
_STORE_NAME = lazy_regex(_STORE_FILES, re.IGNORECASE)
# (the file's kind, by the words of its name: a script naming one writes that kind's entries)
_STORE_WORDS = (("p4tickets", "p4"), ("ltoken", "klocwork"), ("smokeping_secret", "smokeping"), ("smokeping-secret", "smokeping"),
                ("slave_secret", "slave"), ("slave-secret", "slave"), ("slavesecret", "slave"))
_STORE_HINT = lazy_regex("|".join(re.escape(word) for word, _ in _STORE_WORDS))  # (one search a line, not one per word)
_P4_TICKET = lazy_regex(
    r"""(?<![\w.:@/-])(?:(?:ssl|tcp|rsh|jsh)(?:4|6|46|64)?:)?(?P<host>(?:\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_.-]{1,253})):"""
    r"""(?P<port>[0-9]{1,5})=(?P<user>[^\s:=;"'|&<>]{1,128}):(?P<value>[0-9A-Fa-f]{32})(?![\w])""")
_LTOKEN = lazy_regex(
    r"""(?<![\w.;-])(?P<host>[A-Za-z0-9_.-]{1,253});(?P<port>[0-9]{1,5});(?P<user>[^\s;"'|&<>]{1,128});(?P<value>[0-9A-Fa-f]{32,128})(?![\w])""")
_SLAVE_ENTRY = lazy_regex(r"""^[ \t]*(?P<user>[A-Za-z0-9_][\w.-]{0,127}):(?P<value>[^\s:#]\S{0,255})[ \t]*$""")
_LONE_SECRET = lazy_regex(r"""^[ \t]*(?P<value>[^\s#]\S{0,255})[ \t]*$""")
_WRITE_COMMAND = lazy_regex(r"""(?<![\w-])(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?:"(?P<dq>[^"\n]{1,1024})"|'(?P<sq>[^'\n]{1,1024})'|(?P<bare>[^\s"'<>|;&]{1,1024}))""")
_STORE_BLOCK = lazy_regex(r"""^(?P<indent>[ \t]*)(?:-[ \t]+)?["']?[\w.~/$-]{0,64}["']?[ \t]*:[ \t]*[|>][+-]?[0-9]?[ \t]*$""")
_STORE_BODY_LINES = 64  # lines of a here-document's or a block's body read (a credential file holds a few)
# A line that is one entry alone (quoted or not, a list's comma after it), in a file naming the store: the body of a
# string written to it however the script names its path (a variable, a here-string piped to Set-Content).
_ENTRY_ALONE = lazy_regex(r"""^[ \t]*(?P<q>["']?)(?P<entry>[^\s"',]{8,600})(?P=q),?[ \t]*\r?$""")
_ENTRY_KINDS = (("p4tickets", "p4"), ("ltoken", "klocwork"))  # (the stores whose entries say what they are alone)
_FILE_LINES = 20_000  # lines of a file read (once) for these


def _entries_alone(lines: Sequence[str]) -> Tuple[Tuple[Tuple[str, int], ...], Tuple[Tuple[int, str], ...]]:
    """(the store's kind, the first line naming it) for each store the file names, and (line, text) of each line that
    may be one entry alone."""
    first: List[Tuple[str, int]] = []
    entries: List[Tuple[int, str]] = []
    for number, text in enumerate(itertools.islice(lines, _FILE_LINES)):
        text = text[:_STORE_LINE_READ]
        lowered = text.lower()
        for word, kind in _ENTRY_KINDS:
            if word in lowered and all(kind != named for named, _ in first):
                first.append((kind, number))
        if "=" in text or ";" in text:
            found = _ENTRY_ALONE.match(text)
            if found is not None:
                entries.append((number, found.group("entry")))
    return tuple(first), tuple(entries)


_ENTRIES_ALONE = LastFileMemo(_entries_alone)
_STORE_LINE_READ = 4096  # characters of each read


# dnsdist's `webserver(address, password[, apikey])` (Lua; the password and the key by position, before 1.5's
# setWebserverConfig): a hashed password (`$scrypt$…`, 1.7's hashPassword()) is none.
_DNSDIST_WEBSERVER = lazy_regex(
    r"""(?<![\w.:])webserver[ \t]*\([ \t]*["'][^"'\s]{1,128}:[0-9]{1,5}["'][ \t]*,[ \t]*(?:"(?P<pw>[^"\\\n]{1,256})"|'(?P<pw2>[^'\\\n]{1,256})')"""
    r"""(?:[ \t]*,[ \t]*(?:"(?P<key>[^"\\\n]{1,256})"|'(?P<key2>[^'\\\n]{1,256})'))?""")


def _dnsdist_webserver(line: str) -> Iterator[Found]:
    found = _DNSDIST_WEBSERVER.search(line)
    if found is None:
        return
    for value, what, key in ((found.group("pw") or found.group("pw2"), "password", "password"),
                             (found.group("key") or found.group("key2"), "API key", "api_key")):
        if value and not value.startswith("$"):
            yield 0, f"dnsdist's webserver {what}", key, value, Judgement.JUDGED


@lru_cache(maxsize=64)
def _store_kind(lowered_name: str) -> str:
    """The kind of credential file `lowered_name` is ("p4", "klocwork", "smokeping", "slave"), or ""."""
    base = lowered_name.replace("\\", "/").rsplit("/", 1)[-1]
    if _STORE_NAME.search(lowered_name) is None:
        return ""
    return "p4" if "p4tickets" in base else "klocwork" if "ltoken" in base else "slave" if "slave" in base else "smokeping"


def _store_entries(kind: str, text: str) -> Iterator[Tuple[str, str, str, Judgement]]:
    """(what, the key to judge it under, the value, how) of each credential the entry `text` holds, as a file
    of that kind holds it."""
    from secretfence.kinds._key_material import key_material

    if kind == "p4":
        for found in itertools.islice(_P4_TICKET.finditer(text), 8):
            how = Judgement.PROVEN if key_material(found.group("value"), "hex") else Judgement.JUDGED
            yield f"Perforce ticket of {found.group('user')} for {found.group('host')}:{found.group('port')}", "ticket", found.group("value"), how
    elif kind == "klocwork":
        for found in itertools.islice(_LTOKEN.finditer(text), 8):
            how = Judgement.PROVEN if key_material(found.group("value"), "hex") else Judgement.JUDGED
            yield f"Klocwork ltoken of {found.group('user')} for {found.group('host')}", "token", found.group("value"), how
    elif kind == "smokeping":
        found = _SLAVE_ENTRY.match(text)
        if found is not None:
            yield f"SmokePing shared secret of the slave {found.group('user')}", "secret", found.group("value"), Judgement.JUDGED
    elif kind == "slave":
        found = _LONE_SECRET.match(text)
        if found is not None:
            yield "SmokePing slave's shared secret", "secret", found.group("value"), Judgement.JUDGED


def _store_body(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[int, str]]:
    """(offset, text) of the lines a here-document opened on the line (to its delimiter) or a YAML block
    scalar opened by it (its indented lines) holds."""
    heredoc = HERE_DOCUMENT_OPENING.search(line)
    if heredoc is not None:
        body, _ = here_document_body(lines, index, heredoc.group("word"), _STORE_BODY_LINES)
        for offset, text in body:
            yield offset, text[:_STORE_LINE_READ]
        return
    block = _STORE_BLOCK.match(line)
    if block is not None:
        indent = len(block.group("indent"))
        for offset in range(1, _STORE_BODY_LINES + 1):
            text = line_text(lines, index + offset)[:_STORE_LINE_READ]
            if text.strip() and len(text) - len(text.lstrip()) <= indent:
                return
            yield offset, text


def _store_secrets(lines: Sequence[str], index: int, line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    """A tool's credential file's entries: its own lines (by the file's name), and the entries a line naming one
    writes (an echo or printf, a here-document's body, a YAML block under the file's name)."""
    kind = _store_kind(lowered_name)
    if kind:
        stripped = line.lstrip()
        if stripped and not stripped.startswith(("#", ";")):
            for what, key, value, how in _store_entries(kind, line):
                yield 0, what, key, value, how
        return
    for word, kind in _STORE_WORDS:
        if word in lowered:
            break
    else:
        return
    if "<<" in line or line.rstrip().rstrip("+-0123456789")[-1:] in ("|", ">"):  # (a block's |, |-, >+, |2…)
        for offset, text in itertools.islice(_store_body(lines, index, line), _STORE_BODY_LINES):
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            entries = 0
            for what, key, value, how in _store_entries(kind, text):
                entries += 1
                yield offset, what, key, value, how
            if not entries:
                break  # (a credential file holds its entries only: the body ends at the first line that is none)
    if kind in ("p4", "klocwork"):
        naming, alone = _ENTRIES_ALONE.of(lines)
        if (kind, index) in naming:  # (read from the first line naming the store: once a file)
            for number, text in alone:
                for what, key, value, how in _store_entries(kind, text):
                    yield number - index, what, key, value, how
    if ">" in line or "tee" in lowered:
        for command in itertools.islice(_WRITE_COMMAND.finditer(line), 4):
            written = command.group("dq") or command.group("sq") or command.group("bare") or ""
            for text in written.replace("\\n", "\n").split("\n")[:8]:
                for what, key, value, how in _store_entries(kind, text):
                    yield 0, what, key, value, how


# Files read whole: lftp's scripts and rc file (`open -u user,password host` holds no tool's name).
# (stop 64: a Rails key file's copy kept beside it, `master.key.bak`, `master.key.old`, is the same key)
WHOLE_FILES = (r"(?:^|[/\\!])(?:[^/\\!]*\.lftp|\.?lftprc|master\.key(?:\.(?:bak|backup|old|orig|save|copy|txt))?|[\w.-]{1,64}\.psk"
               r"|config\.ini\.php|[^/\\!]+\.http|[^/\\!]+\.rest)$"
               r"|(?:^|[/\\!])credentials[/\\][\w.-]{1,64}\.key(?:\.(?:bak|backup|old|orig|save|copy|txt))?$|" + _STORE_FILES)


# --- an Authorization header under a vendor's own scheme ------------------------------------------

# `Authorization: <scheme> <credential>` where the scheme is a vendor's own word (Okta's `SSWS`,
# Opsgenie's `GenieKey`, Splunk HEC's `Splunk`, Kisi's `KISI-LOGIN`, DeepL's `DeepL-Auth-Key`, Klaviyo's
# `Klaviyo-API-Key`, GoDaddy's `sso-key <key>:<secret>`, FDB Cloud Connector's `SHAREDKEY <client id>:<secret>`):
# a header line, a YAML or JSON mapping's, a dict's, a call's arguments (`.header("Authorization", "…")`), curl's
# `-H`, or a name saying it holds one (`AUTH = "…"`, `auth_header`, `X-Auth`). The credential is one word (a
# `key=value` list is a signature's parameters), ending the value.
_SCHEMED_AUTHORIZATION = lazy_regex(
    r"""(?i:(?:proxy-)?authorization|(?<![a-z])auth(?:[_-]?header)?)["'\]]{0,2}[ \t]*(?:=>|:|=|,)[ \t]*(?:\[[ \t]*)?(?:["'`][ \t]*)?"""
    r"""(?P<scheme>[A-Za-z][A-Za-z0-9._-]{1,40})[ \t]+(?P<value>[A-Za-z0-9._~+/:-]{16,1024}={0,2})"""
    r"""(?=["'`]|[ \t]*(?:[,;})\]#]|\r?$))"""
)
# Rails' token scheme (ActionController::HttpAuthentication::Token): `Token token="<key>"`, other parameters after a
# comma (`, nonce="…"`); the token parameter's value quoted, escaped inside another string (`"Token token=\"…\""`),
# or bare. An interpolation (`token="${KEY}"`, `#{ENV[…]}`, `{key}`) holds no character of the value's and is none.
_TOKEN_PARAMETER = lazy_regex(
    r"""(?i:(?:proxy-)?authorization)["'\]]{0,2}[ \t]*(?:=>|:|=|,)[ \t]*(?:\[[ \t]*)?(?:["'`][ \t]*)?"""
    r"""(?i:token)[ \t]+(?i:token)[ \t]*=[ \t]*(?:\\?["'])?(?P<value>[A-Za-z0-9._~+/-]{16,1024}={0,2})"""
    r"""(?=\\?["'`,;]|[ \t]|\r?$)"""
)
# Schemes the kind reads itself (Basic decoded, Bearer, Token, OAuth), and those whose credential is a
# request's signature or a handshake's message, computed for each request: Digest, NTLM, Negotiate,
# Hawk, AWS' (`AWS <id>:<signature>`, `AWS4-HMAC-SHA256`), Azure's `SharedKey`, Alibaba's `OSS`, Google's `GOOG4-RSA-SHA256`.
_NOT_VENDOR_SCHEMES = frozenset({"basic", "bearer", "token", "oauth", "digest", "negotiate", "ntlm", "kerberos", "hoba",
                                 "mutual", "hawk", "mac", "signature", "sharedkey", "sharedkeylite", "sharedaccesssignature",
                                 "oss", "aws", "vapid", "gssapi"})
_SIGNATURE_SCHEME = lazy_regex(r"""(?i)hmac|sha-?[0-9]|rsa|ecdsa|ed25519|sign|scram|aws|goog[0-9]|tc3|bce-auth""")

# --- an auth header's or setting's base64 `user:password` ---------------------------------------

# A name that says auth (`maxauth`, IBM Maximo's native authentication header; `X-Auth`, `BASIC_AUTH`,
# `AUTH_HEADER`, not `author`) set to base64 that decodes to `user:password` (RFC 7617's Basic
# credential, with no `Basic` before it): the password. In a shell variable, a header (`-H "maxauth: …"`),
# a mapping, a call's arguments (`.header("maxauth", "…")`). A name that says credentials (`SABRE_CREDENTIALS`,
# `api_creds`) the same, where the decoded user is a login's or a key's word (no blank, brace or quote: base64 of a
# JSON document is no Basic credential): a script builds the credential once and sends it as `Basic $VAR`
# (Sabre's `base64(base64(user id) ":" base64(password))`, any API's `base64(user:password)`).
# (a name saying Basic, `XPO_BASIC`, holds what follows `Basic ` in the header the file builds from it)
_AUTH_WORD = lazy_regex(r"""(?i)auth(?!or)|(?P<credentials>credential|creds?(?![a-z]))|(?P<basic>basic)""")
_CREDENTIAL_USER = lazy_regex(r"""^[^\s"'{}\[\]<>]{1,256}$""")
_AUTH_SETTING = lazy_regex(
    r"""(?P<key>[A-Za-z_$][\w$.-]{0,96})["'\]]{0,2}[ \t]*(?:=>|:=|:|=|,)[ \t]*["'`]?(?P<value>[A-Za-z0-9+/]{12,1024}={0,2})(?![\w+/=$.:-])"""
)
_AUTH_KEY_READ_BACK = 64  # characters read back from an auth word for its name's start
# The prefilter's: a name holding `basic` (anywhere: `XPO_BASIC`, `basicHeader`) assigned base64 (auth and credential
# names the kind's own credential hints pass).
_FOLDED_BASIC_NAME = rb"""basic[\w.$-]{0,64}(?![\w.$-])["'\]]{0,2}[ \t]*(?:=>|:=|:|=|,)[ \t]*["'`]?[a-z0-9+/]{12}"""
# (stop 64) A page's comment naming an account or a login, then its pair after a colon (see _COMMENTED_ACCOUNT_PAIR).
_FOLDED_COMMENTED_ACCOUNT_PAIR = (rb"""<!--[^\n]{0,160}?(?:account|log[ \t-]?in|credential)[^:\n]{0,80}:[ \t]*[\w.@\\-]{1,64}"""
                                  rb"""[ \t]*/[ \t]*[^\s/]""")
# (stop 66) A password field's type or its component's name (see _PASSWORD_FIELD): its value may be a line or more below.
_FOLDED_PASSWORD_TYPE = rb"""type[ \t]*=[ \t]*(?:\{[ \t]*)?["'`]password["'`]"""
_FOLDED_PASSWORD_TAG = rb"""<password[\w.:-]{0,63}(?:[\s/>]|$)"""
# (stop 67) A form field named for a token, a secret or a password, its value before or after its name (see _INPUT_ELEMENT)
_FOLDED_INPUT_FIELD = (rb"""<input[^<>\n]{0,512}?[ \t]name[ \t]*=[ \t]*["'][\w.:-]{1,64}"""
                       rb"""(?:(?<=token)|(?<=secret)|(?<=pass)|(?<=passwd)|(?<=password)|(?<=pwd)|(?<=phrase))["']""")
FOLDED_HINTS = (Headed(lazy_regex(_FOLDED_BASIC_NAME), ("basic",), lazy_regex(_FOLDED_BASIC_NAME, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_INPUT_FIELD), ("<input",), lazy_regex(_FOLDED_INPUT_FIELD, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_PASSWORD_TYPE), ("type",), lazy_regex(_FOLDED_PASSWORD_TYPE, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_PASSWORD_TAG), ("<password",), lazy_regex(_FOLDED_PASSWORD_TAG, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_COMMENTED_ACCOUNT_PAIR), ("<!--",),
                       lazy_regex(_FOLDED_COMMENTED_ACCOUNT_PAIR, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_API_PATH), ("/api",), lazy_regex(_FOLDED_API_PATH, re.IGNORECASE)),
                Headed(lazy_regex(_FOLDED_API_PATH_NAME), ("/api",), lazy_regex(_FOLDED_API_PATH_NAME, re.IGNORECASE)))

# --- nginx's secure link secrets ---------------------------------------------------------------

# ngx_http_secure_link_module: `secure_link_md5 "<expression>";` hashes variables and the shared secret
# written among them (`"$secure_link_expires$uri$remote_addr secret"`); its older mode's
# `secure_link_secret <word>;` is the secret itself.
_SECURE_LINK = lazy_regex(r"""^[ \t]*(?P<directive>secure_link_md5|secure_link_secret)[ \t]+""" + _QUOTED_OR_BARE
                          + r"""[ \t]*(?:;[ \t]*)?(?:#.*)?$""")
_NGINX_VARIABLE = lazy_regex(r"""\$(?:\{\w{1,128}\}|\w{1,128})""")
_FRAGMENT_EDGES = " \t|:,;/&?=+"

# --- an API client's key constant sent as a URL's key parameter ---------------------------------

# A constant whose name ends in `key` (`KEY`, `key`, `$key`, `GTFS_KEY`), a generated value, declared in
# code (`private static final String KEY = "…";`, `const KEY = '…'`, `KEY = "…"`, `$key = '…';`, Lua's `local KEY = "…"`, Go's
# `key := "…"`; Python's literal in parentheses, `KEY = ("…")`, as a split key's pieces are joined): a name that says
# no more than a key (a cache's, a map's). Where the file sends it as a request's `key` (`apikey`, `api_key`) query
# parameter (`"…?key=" + KEY`, Lua's `"…?key=" .. KEY`, `f"…?key={KEY}"`, `` `…&key=${KEY}` ``, `"…?key=$key"`, `.queryParam("key", KEY)`,
# `params={"key": KEY}`), or as the value of a header named for an API key (`headers={"X-Api-Key": KEY}`,
# `.header("X-Api-Key", KEY)`, `setRequestHeader("x-api-key", KEY)`, Ruby's `"X-Api-Key" => KEY`, Swift's
# `setValue(KEY, forHTTPHeaderField: "X-Api-Key")`), it is that API's key.
_KEY_CONSTANT = lazy_regex(
    r"""^[ \t]*(?:(?:export|const|let|var|final|static|private|protected|public|readonly|internal|val|String|string|str|local)[ \t]+){0,5}"""
    # (review 64: Objective-C's `static NSString *const kWeatherKey = @"…";`)
    r"""(?:NSString[ \t]*\*[ \t]*(?:const[ \t]+)?)?"""
    r"""(?P<name>\$?(?:[A-Za-z_]\w{0,63}?)?(?:KEY|key|Key))(?:[ \t]*:[ \t]*(?:String|string|str))?[ \t]*(?::=|=)[ \t]*"""
    r"""(?P<paren>\([ \t]*)?(?:@?"(?P<dq>[A-Za-z0-9_-]{16,128})"|'(?P<sq>[A-Za-z0-9_-]{16,128})')[ \t]*(?(paren)\)[ \t]*)"""
    r"""(?:;[ \t]*)?(?:(?://|#).*)?$"""
)
_NOT_SECRET_KEY_NAME = lazy_regex(r"""(?i)public|publishable|pub_?key|cache|sort|map_?key|partition|idempotency|storage_?key$|i18n|lang""")
_KEY_PARAMETER_NAME = r"""(?:api[_-]?|API[_-]?)?(?:key|Key|KEY)"""
_HELD = r"""(?:self\.|this\.|static::|self::|[A-Z]\w{0,63}\.)?\$?(?P<%s>[A-Za-z_]\w{0,63})(?!\w)"""
_KEY_USE = lazy_regex(
    r"""[?&]""" + _KEY_PARAMETER_NAME + r"""=(?:["'`][ \t]*(?:\+|\.\.?)[ \t]*""" + _HELD % "joined"
    + r"""|(?:\{|\$\{|\{\$|#\{)""" + _HELD % "braced" + r"""\}|\$(?P<php>[A-Za-z_]\w{0,63})(?!\w))"""
    + r"""|(?:[Qq]uery[Pp]aram(?:eter)?|[Pp]aram(?:eter)?|searchParams\.(?:set|append)|\.Set|\.Add|\.put|\.set|addParameter)"""
    r"""\([ \t]*["']""" + _KEY_PARAMETER_NAME + r"""["'][ \t]*,[ \t]*""" + _HELD % "argument"
    + r"""|params[ \t]*[=:][ \t]*\{[^}\n]{0,256}?["']?""" + _KEY_PARAMETER_NAME + r"""["']?[ \t]*:[ \t]*""" + _HELD % "mapped"
    # (a header's quoted name, then `:`, `,` or `=>`, then the constant: a mapping's entry or a call's two arguments)
    + r"""|["'](?P<header>(?:[A-Za-z0-9]{1,30}-){0,5}""" + _KEY_PARAMETER_NAME + r""")["'][ \t]*(?:=>|[:,])[ \t]*"""
    + _HELD % "headed"
    # (Swift's URLRequest takes the value first: `req.setValue(KEY, forHTTPHeaderField: "X-Api-Key")`, `addValue`)
    + r"""|\b(?:setValue|addValue)\([ \t]*""" + _HELD % "valued" + r"""[ \t]*,[ \t]*forHTTPHeaderField:[ \t]*"(?P<field>"""
    r"""(?:[A-Za-z0-9]{1,30}-){0,5}""" + _KEY_PARAMETER_NAME + r""")["]"""
    # (review 64: Objective-C's message, the value first too: `[request setValue:kWeatherKey forHTTPHeaderField:@"X-Api-Key"]`)
    + r"""|\b(?:setValue|addValue):[ \t]*""" + _HELD % "messaged" + r"""[ \t]+forHTTPHeaderField:[ \t]*@"(?P<message_field>"""
    r"""(?:[A-Za-z0-9]{1,30}-){0,5}""" + _KEY_PARAMETER_NAME + r""")["]""")
_USE_GROUPS = ("joined", "braced", "php", "argument", "mapped")
# Headers whose value is a key but no credential: a request's idempotency key, WebSocket's handshake nonce, a cache's.
_NOT_CREDENTIAL_HEADER_WORDS = frozenset({"idempotency", "websocket", "cache", "public", "publishable", "site", "partition",
                                          "routing", "sort", "dedup", "correlation", "request"})
_USE_LINES = 4096  # lines of a file searched for a key constant's use
_USE_LINE_READ = 4096
_USES_A_LINE = 16


def _sent_keys(lines: Sequence[str]) -> FrozenSet[str]:
    """The names the file sends as a request's `key` query parameter (see _KEY_CONSTANT)."""
    names: Set[str] = set()
    for text in itertools.islice(lines, _USE_LINES):
        text = text[:_USE_LINE_READ]
        lowered = text.lower()
        if "key=" not in lowered and "key'" not in lowered and 'key"' not in lowered and "key:" not in lowered:
            continue
        for found in itertools.islice(_KEY_USE.finditer(text), _USES_A_LINE):
            names.update(found.group(group) for group in _USE_GROUPS if found.group(group))
            if found.group("headed") and _names_a_key_header(found.group("header")):
                names.add(found.group("headed"))
            if found.group("valued") and _names_a_key_header(found.group("field")):
                names.add(found.group("valued"))
            if found.group("messaged") and _names_a_key_header(found.group("message_field")):
                names.add(found.group("messaged"))
    return frozenset(names)


def _names_a_key_header(header: str) -> bool:
    """`header` is an HTTP header's name for an API key (`X-Api-Key`, `apikey`, `X-Acme-Key`): hyphenated, or saying
    `api`; a `key` alone is a mapping's entry (a cache's, a map's), and some keys are no credential (see above)."""
    lowered = header.lower()
    if "-" not in lowered and not lowered.startswith("api"):
        return False
    return _NOT_CREDENTIAL_HEADER_WORDS.isdisjoint(lowered.replace("_", "-").split("-"))


_SENT_KEYS: "LastFileMemo[FrozenSet[str]]" = LastFileMemo(_sent_keys)


def is_crontab(lowered_name: str) -> bool:
    """A crontab kept as text (`ops/crontab.txt`, `cron-jobs.txt`): no documentation."""
    base = lowered_name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.endswith(".txt") and "cron" in base


# Values a line yields at most, and salt names tried (a hostile line of thousands is read that far).
MAX_FOUND_A_LINE = 64
_SALTS_A_LINE = 64
_KEY_READ_BACK = 112  # characters read back from a salt's word for its key's start (a key is 100 at most)


# --- a password field filled in ------------------------------------------------------------------

# (stop 66) A page's or a component's password field given its value: HTML's `<input type="password" value="…">`, JSX's
# and TSX's `<input type="password" defaultValue="…" />` and `value={"…"}`, a component named for a password
# (`<PasswordInput defaultValue="…" />`, antd's `<Input.Password value="…" />`), its attributes on one line or a line
# each. A field's type or tag names the value a password; the value is judged as one (a template's `{{ pw }}`, PHP's
# `<?= … ?>`, a `%s`, an expression `{password}` pass).
_ELEMENT_OPEN = lazy_regex(r"""<(?P<tag>[A-Za-z][\w.:-]{0,63})(?=[\s/>]|$)""")
_ELEMENT_END = lazy_regex(r"""(?<![=\-])>""")  # (an arrow's `=>` inside an attribute's expression is no end)
_PASSWORD_FIELD = lazy_regex(r"""(?i)(?<![\w-])type[ \t]*=[ \t]*(?:"password"|'password'|\{[ \t]*["'`]password["'`][ \t]*\})""")
_PASSWORD_FIELD_VALUE = lazy_regex(r"""(?<![\w.:-])(?:value|defaultValue)[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'"""
                          r"""|\{[ \t]*(?:"(?P<jdq>[^"\\\n]{1,256})"|'(?P<jsq>[^'\\\n]{1,256})'|`(?P<jbq>[^`$\\\n]{1,256})`)[ \t]*\})""")
_ELEMENT_LINES = 12  # lines an element's attributes are read over (a line each)
# (a component named for what it shows about a password, not for a field holding one; each a word of the tag's name, at
# its start or a capital's: review 68, `<DbPasswordParameter value="…">`'s "meter" is inside "Parameter")
_TAG_WORD_START = r"""(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"""
_ABOUT_A_PASSWORD = lazy_regex(_TAG_WORD_START + r"""(?i:strength|meter|score|rule|requirement|polic|hint|checklist|criteria"""
                               r"""|validat|indicator)""")
_A_FIELDS_NAME = lazy_regex(_TAG_WORD_START + r"""(?i:input|field|textbox|entry)""")


def _element_span(lines: Sequence[str], index: int) -> Optional[Tuple[int, str, List[str]]]:
    """(its first line, its tag, its lines' text from its `<`) of the element open at the line's start, or holding
    it: the last tag opened on the line or up to _ELEMENT_LINES above, still open (no `>` after it) before the line."""
    for first in range(index, max(-1, index - _ELEMENT_LINES), -1):
        text = lines[first]
        opened = None
        for opened in _ELEMENT_OPEN.finditer(text):
            pass
        if opened is None:
            if first < index and _ELEMENT_END.search(text):
                return None  # (an element closed above: the line is in none)
            continue
        if first == index:
            # (a tag opened on the line itself: the element the password's word stands in is the last one before it)
            word = text.lower().find("password")
            openings = [found for found in _ELEMENT_OPEN.finditer(text) if found.start() < word]
            if not openings:
                continue
            opened = openings[-1]
        elif any(_ELEMENT_END.search(lines[between]) for between in range(first + 1, index)) or _ELEMENT_END.search(text, opened.end()):
            return None
        body = [text[opened.start():]]
        for below in range(first + 1, min(len(lines), first + _ELEMENT_LINES)):
            if _ELEMENT_END.search(body[-1]):
                break
            body.append(lines[below])
        return first, opened.group("tag"), body
    return None


def _password_field_values(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A password field's value (see _PASSWORD_FIELD, _PASSWORD_FIELD_VALUE), read once: at the line that first says it is one."""
    span = _element_span(lines, index)
    if span is None:
        return
    first, tag, body = span
    # (a component is named in capitals, JSX's rule: an XML element named `password`, `<password value="pbkdf2…"/>`, is a
    # store's record, the keyword rules' and their hash judgement's)
    # (review 67: not one named for what it says about a password, its strength, its rules or a hint at it: a story's
    # `<PasswordStrengthMeter value="…" />` rates a sample, `<PasswordHint value="…" />` shows a hint)
    # (a field with a meter beside it, `<PasswordInputWithStrength defaultValue="…" />`, is a field still)
    named = tag[:1].isupper() and "password" in tag.lower() and (
        _ABOUT_A_PASSWORD.search(tag) is None or _A_FIELDS_NAME.search(tag) is not None)
    marked = named and first == index or next((number for number, text in enumerate(body) if _PASSWORD_FIELD.search(text)), None)
    if marked is None or marked is False or (not named and first + marked != index):
        return
    for number, text in enumerate(body):
        end = _ELEMENT_END.search(text)
        for found in itertools.islice(_PASSWORD_FIELD_VALUE.finditer(text[:end.start()] if end is not None else text), 2):
            value = next(group for group in found.groups() if group is not None)
            yield first + number - index, f"the value of a password field (<{tag}>)", "password", value, Judgement.NAMED_AND_JUDGED


# (stop 67) A form's field named for a token, a secret or a password, given its value in the page (EmailJS' `<input
# type="hidden" name="accessToken" value="…">`, the account's private key every visitor's browser posts): the name is
# judged as a key, the value as a literal. A field named for a key is none here (a payment form's merchant key, a form
# service's access key are posted by every visitor by design: Web3Forms', PayFast's, PayU's), nor a form's protection
# against forgery (`authenticity_token`, Laravel's `_token`, `csrfmiddlewaretoken`, `form_token`, `__RequestVerificationToken`)
# or an OAuth request token handed to the authorization page (`oauth_token`).
_INPUT_ELEMENT = lazy_regex(r"""<input(?=[\s/>])[^<>\n]{0,1024}>""", re.IGNORECASE)
_INPUT_NAME = lazy_regex(r"""(?i)(?<![\w:-])name[ \t]*=[ \t]*(?:"(?P<dq>[^"<>\n]{1,128})"|'(?P<sq>[^'<>\n]{1,128})')""")
_INPUT_VALUE = lazy_regex(r"""(?i)(?<![\w:-])value[ \t]*=[ \t]*(?:"(?P<dq>[^"<>\n]{1,512})"|'(?P<sq>[^'<>\n]{1,512})')""")
_FIELD_CREDENTIAL_WORDS = frozenset({"token", "secret", "password", "passwd", "pwd", "passphrase"})
_FORM_PROTECTION_WORDS = frozenset({"csrf", "xsrf", "authenticity", "form", "verification", "request", "nonce", "state",
                                    "oauth", "session", "captcha", "recaptcha", "honeypot"})
_INPUTS_A_LINE = 16


def input_field_credentials(line: str) -> Iterator[Found]:
    """A form field's value under a token's, a secret's or a password's name (see _INPUT_ELEMENT)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for element in itertools.islice(_INPUT_ELEMENT.finditer(line), _INPUTS_A_LINE):
        text = element.group(0)
        name, value = _INPUT_NAME.search(text), _INPUT_VALUE.search(text)
        if name is None or value is None:
            continue
        key = name.group("dq") or name.group("sq") or ""
        words = key_words(key.replace("-", "_"))
        lowered = key.lower()
        if (len(words) < 2 or words[-1] not in _FIELD_CREDENTIAL_WORDS or _FORM_PROTECTION_WORDS.intersection(words)
                or "csrf" in lowered or "xsrf" in lowered):
            continue  # (a bare `token`, Laravel's `_token`, a form's protection: see above)
        yield 0, f"the value of a form field named {key}", key, value.group("dq") or value.group("sq") or "", Judgement.NAMED_AND_JUDGED


# What a line (or its file's name) must hold for web_form_secrets to find anything on it
# (kinds/_triggers.py).
WEB_FORM_TRIGGERS: Triggers = Triggers(
    exact=("param", "env", "Env", "salt", "SALT", "Salt", "pepper", "PEPPER", "key'", 'key"', "<crypt>", "://", "BUNDLE_", "&p=", "&u=",
           "%40",  # (stop 68: a percent-encoded URL's login, `…%3A%2F%2F…%3A…%40host`)
           "%2540",  # (review 69: encoded twice, `…%253A%252F%252F…%253A…%2540host`)
           "config", "uget", "npmAuthIdent", "ENV", "eader", "header_up", "EADER", '"valueValue"'),
    folded=("<input", "ftp", "pscp", "plink", "winscp", "apikey", "password", "key:", "name:", "name\"", "name'", "authorization", "auth", "cred", "basic", "secure_link",
            "key", "webserver", "accessrights", "/api") + tuple(word for word, _ in _STORE_WORDS),
    names=lambda lowered_name: "lftp" in lowered_name or lowered_name.endswith(_HTTP_FILES) or (
        lowered_name.endswith(_RAILS_KEY_FILE_ENDINGS) and _RAILS_KEY_FILE.search(lowered_name) is not None) or _names_a_store(lowered_name)
    or (lowered_name.endswith(".psk") and _PSK_FILE.search(lowered_name) is not None))


def _plaintext_oauth_secrets(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The consumer secret and the token secret an OAuth 1.0 PLAINTEXT signature is (see the module's doc)."""
    signatures = list(itertools.islice(_OAUTH_SIGNATURE.finditer(line), _OAUTH_SIGNATURES_A_LINE))
    if not signatures:
        return
    around = range(max(0, index - _OAUTH_METHOD_LINES), min(len(lines), index + 1 + _OAUTH_METHOD_LINES))
    if not any("PLAINTEXT" in lines[other] and _OAUTH_PLAINTEXT_METHOD.search(lines[other]) for other in around):
        return
    for found in signatures:
        quoted = found.group("dq") if found.group("dq") is not None else found.group("sq")
        value = quoted if quoted is not None else found.group("bare")
        # (a header's value holds `&` as it is; in a URL or a form the signature is encoded: `%26`)
        consumer, sign, token = value.partition("&") if quoted is not None and "&" in value else value.partition("%26")
        if not sign:
            continue
        if consumer:
            yield 0, "an OAuth 1.0 PLAINTEXT signature (its consumer secret)", "consumer_secret", consumer, Judgement.JUDGED
        if token:
            yield 0, "an OAuth 1.0 PLAINTEXT signature (its token secret)", "token_secret", token, Judgement.JUDGED


def _names_a_store(lowered_name: str) -> bool:
    """The file is a tool's credential file (a cheap test first: its name holds a ticket's, a token's or a secret's word)."""
    return ("ticket" in lowered_name or "token" in lowered_name or "secret" in lowered_name) and bool(_store_kind(lowered_name))


def web_form_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value, how) of each secret the
    line's web server, framework, deploy, cron and package-source forms hold (see the module's doc)."""
    return itertools.islice(_web_form_secrets(lines, index, lowered_name), MAX_FOUND_A_LINE)


def _web_form_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    line = lines[index] if index < len(lines) else ""
    if "param" in line or "env" in line or "Env" in line:
        yield from _directive_values(line, lowered_name)
    if "oauth_signature" in line:
        yield from _plaintext_oauth_secrets(lines, index, line)
    if ("assword" in line or "ASSWORD" in line) and ("value" in line or "Value" in line or "<" in line or "type" in line):
        yield from _password_field_values(lines, index)
    if "<input" in line or "<INPUT" in line:
        yield from input_field_credentials(line)
    if "salt" in line or "SALT" in line or "Salt" in line or "pepper" in line or "PEPPER" in line:
        yield from _salt_settings(line)
    if "key" in line and ("crypt" in line or index > 0):
        yield from _magento_crypt_key(lines, index, line)
    if "<crypt>" in line:
        yield from _magento1_crypt_key(lines, index)
    lowered = line.lower()
    lftp_script = "lftp" in lowered_name and "open" in line
    if lftp_script or any(tool in lowered for tool in ("ftp", "pscp", "plink", "winscp")):
        yield from _deploy_passwords(line, lftp_script)
    if "://" in line and "/api" in lowered:
        yield from _api_path_keys(line)
    if "/api" in lowered:
        yield from _api_path_constants(lines, index, line)
    if "://" in line and "key=" in lowered and "api" in lowered:
        yield from _api_url_keys(line)
    if "key=" in line and " HTTP/" in line:
        yield from _request_line_keys(line)
    if "%40" in line and ("%3A" in line or "%3a" in line):
        yield from _encoded_url_logins(line)  # (stop 68, pages: `?url=https%3A%2F%2Fuser%3A…%40host…`)
    elif "%2540" in line and ("%253A" in line or "%253a" in line):
        # (review 69: encoded twice, as a login URL inside a redirect's inside a request's query is, `?next=%2Fgo%3Furl%3D
        # https%253A%252F%252Fuser%253A…%2540host`: the line decoded once, the inner URL encoded once then)
        from urllib.parse import unquote

        yield from _encoded_url_logins(unquote(line[:_ENCODED_READ]))
    if "&key=" in line and ("ign" in line or "IGN" in line):
        yield from _signed_string_keys(line)
    if "p=" in line and "u=" in line:
        yield from _user_password_queries(line)
    if "://" in line and ("cron" in lowered_name or _SCHEDULE.match(line)):
        yield from _cron_url_keys(line)
    if "@" in line and "://" in line and (lowered_name.endswith(_GEM_FILES) or _SOURCE_LINE.search(line)):
        for found in _USERINFO.finditer(line):
            if short_generated_pair(found.group("user"), found.group("pw")):
                yield 0, f"the gem source's credentials for {found.group('host').lower()}", "password", found.group("pw"), Judgement.PROVEN
    if "BUNDLE_" in line:
        for found in _BUNDLE_HOST.finditer(line):
            if short_generated_pair(found.group("user"), found.group("pw")):
                yield 0, f"Bundler's credentials {found.group('key')}", "password", found.group("pw"), Judgement.PROVEN
    if "config" in line or "uget" in line or "npmAuthIdent" in line:
        yield from _package_settings(line)
    if "ENV" in line and lowered_name.rsplit("/", 1)[-1].endswith(_DOCKERFILES):
        found = _DOCKER_ENV.match(line)
        if found is not None:
            yield 0, f"the image's ENV {found.group('key')}", found.group("key"), found.group("value").rstrip(" \t\r"), Judgement.NAMED_AND_JUDGED
    if "eader" in line or "header_up" in line:
        found = _HEADER_DIRECTIVE.match(line)
        if found is not None and not _SERVER_REFERENCE.search(_value(found)[0]):
            value = _value(found)[0]
            vendor = vendor_credential(found.group("key"), value)
            if vendor is not None:
                yield 0, f"{found.group('directive')} {found.group('key')}'s credential", "api_key", vendor, Judgement.JUDGED
            else:
                yield 0, f"{found.group('directive')} {found.group('key')}", header_key(found.group("key"), value), value, Judgement.NAMED_AND_JUDGED
        elif "more_set_input_headers" in line:
            found = _MORE_INPUT_HEADERS.match(line)
            if found is not None and not _SERVER_REFERENCE.search(found.group("value")) and "$" not in found.group("value"):
                value = found.group("value").rstrip(" \t")
                yield 0, f"more_set_input_headers {found.group('key')}", header_key(found.group("key"), value), value, Judgement.NAMED_AND_JUDGED
    if lowered_name.endswith(_HTTP_FILES) and ":" in line:
        yield from _request_file_header(lines, index, line)
    if ":" in line and ("eader" in line or "EADER" in line or "alue" in line):
        yield from _header_pairs(lines, index, line, lowered_name.endswith(CODE_SUFFIXES))
    if '"valueValue"' in line:
        yield from _node_red_headers(lines, index, line)
    if "pikey" in lowered and ("pikey" in line or "PIKEY" in line or "piKey" in line or "PIKey" in line or "piKEY" in line):
        yield from _apikey_auth(lines, index, line)
    if "auth" in lowered:
        yield from _vendor_authorization(line)
        yield from _auth_pairs(line)
    elif "cred" in lowered or "basic" in lowered:
        yield from _auth_pairs(line)
    if "secure_link" in line:
        yield from _secure_link_secrets(line)
    if ("key" in line or "KEY" in line or "Key" in line) and ("=" in line):
        yield from _key_constant(lines, line)
    if lowered_name.endswith(_RAILS_KEY_FILE_ENDINGS) and _RAILS_KEY_FILE.search(lowered_name):
        found = _RAILS_KEY.match(line)
        if found is not None:
            yield 0, "Rails' credentials key", "secret_key", found.group("value"), Judgement.PROVEN
    if lowered_name.endswith(".psk") and _PSK_FILE.search(lowered_name):
        found = _PSK_HEX.match(line)
        if found is not None:
            yield 0, "a TLS pre-shared key's file", "psk", found.group("value"), Judgement.NAMED_AND_JUDGED
    if lowered_name.endswith("config.ini.php") and "salt" in line:
        found = _MATOMO_SALT.match(line)
        if found is not None:
            yield 0, "Matomo's salt", "secret_key", found.group("value"), Judgement.NAMED_AND_JUDGED
    if "webserver" in line:
        yield from _dnsdist_webserver(line)
    if "ccessrights" in lowered:
        yield from _login_body_keys(lines, index, line)
    if _names_a_store(lowered_name) or _STORE_HINT.search(lowered) is not None:
        yield from _store_secrets(lines, index, line_text(lines, index)[:_STORE_LINE_READ], lowered, lowered_name)
    if "bundle" in line and "config" in line:
        for found in _BUNDLE_CONFIG.finditer(line):
            how = Judgement.PROVEN if short_generated_pair(found.group("user"), found.group("pw")) else Judgement.NAMED_AND_JUDGED
            yield 0, f"bundle config's credentials for {found.group('host').lower()}", "password", found.group("pw"), how


# A vendor's API key under a name that says no key, sent in its login request's body beside the user's name or
# password: EFI Fiery's API (`POST /live/api/v5/login`, `"accessrights": "<API key>"`). The member's name as the
# vendor spells it (any case), in JSON, a dict, a PowerShell hashtable or a form (`accessrights=`).
_LOGIN_BODY_KEYS = {"accessrights": "Fiery API key (its login's accessrights)"}
_LOGIN_BODY_MEMBER = lazy_regex(
    r"""(?<![\w-])(?P<quote>["']?)(?P<key>(?i:accessrights))(?P=quote)[ \t]*(?::|=>?)[ \t]*"""
    r"""(?:"(?P<dq>[^"\\\n]{1,512})"|'(?P<sq>[^'\\\n]{1,512})'|(?P<bare>[A-Za-z0-9+/_.~-]{16,512}))""")
# (the login's other members: the user's name, the password; a form's `username=`)
_LOGIN_MEMBER = lazy_regex(r"""(?i)(?<![\w-])["']?(?:user(?:_?name)?|login|pass(?:word|wd)?)["']?[ \t]*(?::|=)""")
_LOGIN_BODY_LINES = 4  # lines above and below a member its login's other members are looked for on (a dict over lines)
_LOGIN_BODY_READ = 4096  # characters of a line read
_KEYS_A_LINE = 8
_CAPITALISED_WORDS = lazy_regex(r"""[A-Z][a-z]{4}""")  # (two in a generated key's 32 letters and digits: rare)


def _login_body_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A vendor's API key in its login's body (see _LOGIN_BODY_KEYS), a generated word beside the login's user or password."""
    for count, found in enumerate(_LOGIN_BODY_MEMBER.finditer(line, 0, _LOGIN_BODY_READ)):
        if count >= _KEYS_A_LINE:
            return
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if not looks_generated(value) or "$" in value or "{" in value or len(_CAPITALISED_WORDS.findall(value)) >= 2:
            continue  # (a permission's name of words, `ReadWriteExecute2024Admin`, is no key)
        near = range(max(0, index - _LOGIN_BODY_LINES), min(len(lines), index + _LOGIN_BODY_LINES + 1))
        if any(_LOGIN_MEMBER.search(line_text(lines, number)[:_LOGIN_BODY_READ]) for number in near):
            yield 0, _LOGIN_BODY_KEYS[found.group("key").lower()], "api_key", value, Judgement.NAMED_AND_JUDGED


def header_key(name: str, value: str) -> str:
    """The key a header's value is judged under: its name, or `api_key` for a header named for the key
    alone (`KeyId`, see _KEY_ALONE_HEADER) whose value is a generated key's shape."""
    if _KEY_ALONE_HEADER.match(name) and _generated_key(value):
        return "api_key"
    return name


def _generated_key(value: str) -> bool:
    """An API key as services generate them: 16 to 128 letters and digits (`-`, `_` between), both cases
    and a digit, ten characters distinct; not a GUID, an ARN or a path."""
    if not 16 <= len(value) <= 128 or not looks_generated(value) or GUID.match(value):
        return False
    return (_KEY_SHAPE.match(value) is not None and any(c.islower() for c in value) and any(c.isupper() for c in value))


_KEY_SHAPE = lazy_regex(r"""^[A-Za-z0-9][A-Za-z0-9_-]{14,126}[A-Za-z0-9]$""")


def directive_setting(line: str, secret: str) -> Optional[Tuple[str, bool]]:
    """(the name, whether the value is quoted) when `secret` is the value a web server's
    environment-passing directive on the line sets (`fastcgi_param DB_PASSWORD "…";`, uWSGI's
    `env: DB_PASSWORD=…`) or a header it sets on the request it passes on (`proxy_set_header
    x-apikey "…";`): the keyword rules read `key "value";` as no assignment."""
    if "eader" in line:
        header = _HEADER_DIRECTIVE.match(line)
        if header is not None:
            value, quoted = _value(header)
            if value != secret or _SERVER_REFERENCE.search(value):
                return None
            return header_key(header.group("key"), value), quoted
    if "param" not in line and "env" not in line and "Env" not in line:
        return None
    found = _DIRECTIVE.match(line)
    if found is not None:
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        return (found.group("key"), found.group("bare") is None) if value == secret else None
    found = _ENV_SETTING.match(line)
    if found is not None and _env_value(found) == secret:
        return found.group("key"), bool(found.group("q"))
    return None


def _env_value(found: "re.Match[str]") -> str:
    """An env setting's value without what closes the line (`;`, `</env>`, the opening quote's mate)."""
    value = found.group("value").rstrip(" \t\r")
    for closing in (";", "</env>"):
        if value.endswith(closing):
            value = value[: -len(closing)].rstrip(" \t")
    quote = found.group("q")
    if quote:
        value = value[:-1] if value.endswith(quote) else ""
    elif value[:1] in "\"'" and len(value) > 1 and value[-1:] == value[:1]:
        value = value[1:-1]
    return value


def names_a_secret_salt(key: str) -> bool:
    """The key names a site's secret salt (`hash_salt`, `NONCE_SALT`, `passwordsaltmain`) or a
    pepper, not a salt that says what else it is (`WP_CACHE_KEY_SALT`, a bare `salt`)."""
    lowered = key.lower()
    return ("alt" in lowered or "pepper" in lowered) and _SECRET_SALT_NAME.search(key) is not None


def short_generated_pair(user: str, password: str) -> bool:
    """A gem server's generated credentials: user and password each 8+ hex characters (Sidekiq
    Pro's and Enterprise's `1a2b3c4d:5e6f7a8b`), a letter among them, no run or repeat."""
    if not (_GEM_HEX.match(user) and _GEM_HEX.match(password)) or user.lower() == password.lower():
        return False
    if not any(character.isalpha() for character in user + password):
        return False
    for value in (user.lower(), password.lower()):
        if len(set(value)) < 5 or value in _SEQUENCES or value in _SEQUENCES[::-1]:
            return False
    return True


def generated_salt(value: str) -> bool:
    """A salt as WordPress's generator writes it (64 printable characters, blanks among them, which
    the kind's value judgement reads as prose): long, varied, letters, digits and symbols."""
    if len(value) < 32 or len(set(value)) < 16 or value.count(" ") * 8 > len(value):
        return False
    if "${" in value or "{{" in value or "<%" in value or "%(" in value:
        return False  # (a template's or the environment's reference: the kind's judgement reads it)
    return (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
            and any(not c.isalnum() and not c.isspace() for c in value))


def _value(found: "re.Match[str]", prefix: str = "") -> Tuple[str, bool]:
    """(the value of the match's `<prefix>dq`, `sq` or `bare` group, whether it was quoted)."""
    for group, quoted in (("dq", True), ("sq", True), ("bare", False)):
        value = found.group(prefix + group)
        if value is not None:
            return value, quoted
    return "", False


def _directive_values(line: str, lowered_name: str) -> Iterator[Found]:
    found = _DIRECTIVE.match(line)
    if found is not None:
        value, _ = _value(found)
        yield 0, f"{found.group('directive')} {found.group('key')}", found.group("key"), value, Judgement.NAMED_AND_JUDGED
        return
    found = _ENV_SETTING.match(line)
    if found is not None:
        value = _env_value(found)
        if value:
            yield 0, f"the environment setting {found.group('key')}", found.group("key"), value, Judgement.NAMED_AND_JUDGED
        return
    if "caddyfile" in lowered_name:
        found = _CADDY_ENV.match(line)
        if found is not None:
            yield 0, f"Caddy's env {found.group('key')}", found.group("key"), _value(found)[0], Judgement.NAMED_AND_JUDGED


def _request_file_header(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A REST client file's header line (`KeyId: …` below `GET https://…`): the header's value, judged
    under its name (an Authorization header is the kind's own)."""
    found = _HEADER_LINE.match(line)
    if found is None or found.group("key").lower() in ("authorization", "proxy-authorization", "host", "content-type"):
        return
    for above in range(index - 1, max(-1, index - 1 - _HEADER_BLOCK_READ), -1):
        text = lines[above]
        if _REQUEST_LINE.match(text):
            break
        if not text.strip() or text.lstrip().startswith(("#", "//")) or _HEADER_NAME.match(text) is None:
            return  # (a body's line, a request's end: no header block)
    else:
        return
    value = found.group("value").rstrip(" \t\r")
    if "{{" in value or value.startswith(("$", "<", "%")):
        return  # (the client's variables: `{{api_key}}`, `{{$dotenv KEY}}`)
    yield 0, f"the request file's header {found.group('key')}", header_key(found.group("key"), value), value, Judgement.NAMED_AND_JUDGED


def _header_pairs(lines: Sequence[str], index: int, line: str, in_code: bool = False) -> Iterator[Found]:
    """A header's name and value as fields of one object (see _HEADER_PAIR): the value, judged under the name. In
    code an unquoted name or value is a variable (`{"key": metadata_key, "value": metadata_value}`), not a literal."""
    for found in itertools.islice(_HEADER_PAIR.finditer(line[:8192]), MAX_FOUND_A_LINE):
        (name, name_quoted), (value, value_quoted) = (_value(found, "n"), _value(found, "v")) if found.group(0)[:1] != "v" and (
            found.group("ndq") or found.group("nsq") or found.group("nbare")) else (_value(found, "m"), _value(found, "w"))
        if in_code and not (name_quoted and value_quoted):
            continue
        vendor = vendor_credential(name, value) if name and value else None
        if vendor is not None:
            yield 0, f"the header {name}'s credential", "api_key", vendor, Judgement.JUDGED
        elif name and value:
            yield 0, f"the header {name}'s value", header_key(name, value), value, Judgement.NAMED_AND_JUDGED
    if "eader" not in line:
        return
    named = _HEADER_FIELD_LINE.match(line)
    if named is None:
        return
    name = _value(named, "n")[0]
    for offset in range(1, _PAIR_LINES + 1):
        if index + offset >= len(lines):
            return
        found = _VALUE_FIELD_LINE.match(lines[index + offset])
        if found is not None:
            value = _value(found, "v")[0]
            vendor = vendor_credential(name, value)
            if vendor is not None:
                yield offset, f"the header {name}'s credential", "api_key", vendor, Judgement.JUDGED
            else:
                yield offset, f"the header {name}'s value", header_key(name, value), value, Judgement.NAMED_AND_JUDGED
            return


def _node_red_headers(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A Node-RED http request node's header (see _NODE_RED_FIELD): the valueValue, judged under its header's name."""
    here = dict(_node_red_fields(line[:4096]))
    if "valueValue" not in here:
        return
    fields = dict(here)
    if "keyType" not in fields or "valueType" not in fields:
        # (a field a line: the item's fields above and below, to its braces)
        for step, opening, closing in ((-1, "{", "}"), (1, "}", "{")):
            for number in range(max(0, index - _NODE_RED_LINES) if step < 0 else index + 1,
                                index if step < 0 else min(len(lines), index + _NODE_RED_LINES + 1))[::step]:
                text = line_text(lines, number)[:4096]
                if closing in text:
                    break  # (another item's brace: this one's fields end before it)
                for field, value in _node_red_fields(text):
                    fields.setdefault(field, value)
                if opening in text:
                    break  # (the item's own brace)
    name = fields.get("keyValue", "") if fields.get("keyType", "other") == "other" else fields.get("keyType", "")
    value = here["valueValue"]
    if not name or not value or fields.get("valueType", "other") != "other":
        return  # (no header named; a message's property or a stock value)
    vendor = vendor_credential(name, value)
    schemed = _SCHEMED.match(value)
    if vendor is not None:
        yield 0, f"the Node-RED request header {name}'s credential", "api_key", vendor, Judgement.JUDGED
    elif schemed is not None:
        yield 0, f"the Node-RED request header {name}'s token", "api_key", schemed.group("value"), Judgement.NAMED_AND_JUDGED
    else:
        yield 0, f"the Node-RED request header {name}", header_key(name, value), value, Judgement.NAMED_AND_JUDGED


def _node_red_fields(text: str) -> Iterator[Tuple[str, str]]:
    for found in itertools.islice(_NODE_RED_FIELD.finditer(text), 8):
        yield found.group("field"), found.group("dq")


def _apikey_auth(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The key of a request collection's API-key auth (see _APIKEY_AUTH): Postman's items, its v2.0
    object, Insomnia's object, Bruno's block; a scheme before it (`Token …`) is the header's."""
    head = line[:4096]
    opener = _APIKEY_AUTH.search(head)
    if opener is None:
        return
    start = index
    if opener.group("open") is None and opener.group("bru") is None:
        # `"type": "apikey"` (an `"apikey": [` line opens a container the kind reads no further: its
        # type's line reads it); Postman's items or object a line or two below, or Insomnia's object
        for below in range(index + 1, min(len(lines), index + 3)):
            found = _APIKEY_AUTH.search(lines[below][:4096])
            if found is not None and found.group("open") is not None:
                index, line, head, opener = below, lines[below], lines[below][:4096], found
                break
    if opener.group("open") == "[":
        # Postman v2.1: the items to the array's end
        items = [dict(_fields(found.group(0))) for found in
                 itertools.islice(_FLAT_OBJECT.finditer(_block(lines, index, opener.end(), "]")), 16)]
        value = next((item.get("value", "") for item in items if item.get("key") == "value"), "")
        header = next((item.get("value", "") for item in items if item.get("key") == "key"), "")
    else:
        if opener.group("open") is None and opener.group("bru") is None:
            # Insomnia's `"type": "apikey"`: its object, from the `{` before it (on its line or above)
            top = index
            while top > max(0, index - 8) and "{" not in lines[top]:
                top -= 1
            block = _block(lines, top, lines[top].rfind("{") + 1 if top < index else head.rfind("{", 0, opener.start()) + 1, "}")
            if "pikey" in block.lower() and _APIKEY_AUTH.search(block.replace(opener.group(0), "", 1)):
                return  # (Postman's `"type": "apikey"` above its `"apikey": [` items: read from there)
        else:
            block = _block(lines, index, opener.end(), "}")
        fields = dict(_fields(block))
        value, header = fields.get("value", ""), fields.get("key", "")
    if not value:
        return
    secret = _auth_value_secret(header, value)
    offset = next((i for i, text in enumerate(lines[index:index + _AUTH_READ]) if secret in text), -1)
    if offset < 0:
        return  # (a value above its `"type"` line: read from its own)
    offset += index - start
    what = f"the API-key auth's key{' (header ' + header + ')' if header else ''}"
    yield offset, what, "api_key", secret, Judgement.NAMED_AND_JUDGED


def _auth_value_secret(header: str, value: str) -> str:
    """The credential in an API-key auth's value, read as the header the auth makes: on an Authorization
    header, a vendor's own scheme's credential (`KISI-LOGIN …`, `GenieKey …`: vendor_credential); a common
    scheme's token (`Token …`, `Bearer …`: _SCHEMED); else the value whole."""
    vendor = vendor_credential(header, value)
    if vendor is not None:
        return vendor
    schemed = _SCHEMED.match(value)
    return schemed.group("value") if schemed is not None else value


def _block(lines: Sequence[str], index: int, column: int, closing: str) -> str:
    """The text from `lines[index][column:]` to the first `closing` (the block's lines read that far at most)."""
    taken: List[str] = []
    for number, text in enumerate(lines[index:index + _AUTH_READ]):
        text = text[column:2048] if number == 0 else text[:2048]
        end = text.find(closing)
        if end >= 0:
            taken.append(text[:end + 1])
            break
        taken.append(text)
    return "\n".join(taken)


def _fields(text: str) -> Iterator[Tuple[str, str]]:
    for found in itertools.islice(_AUTH_FIELD.finditer(text), 32):
        yield found.group("field"), _value(found)[0]


def _salt_settings(line: str) -> Iterator[Found]:
    end = 0
    if line.lstrip().startswith(("#", "//", ";", "*")):
        return  # (a salt commented out: Devise's initializer ships `# config.pepper = '<generated>'`)
    for hint in itertools.islice(_SALT_WORD.finditer(line), _SALTS_A_LINE):
        start = hint.start()
        if start < end:
            continue
        floor = max(0, start - _KEY_READ_BACK)
        start = name_start(line, start, floor)
        found = _SALT_SETTING.match(line, start)
        if found is None:
            continue
        end = found.end()
        key = found.group("key")
        if not names_a_secret_salt(key) or (found.group("bare") is not None and line[end:end + 1] == "("):
            continue  # (a salt that says it is no secret; a call's result: `define('NONCE_SALT', getenv(…))`)
        value, quoted = _value(found)
        if not quoted and line[:start].strip() not in ("", "export"):
            continue  # (a bare value in code is an expression: `define('AUTH_SALT', AUTH_SALT_VALUE)`)
        if key.lower() == "pepper" and not (len(value) >= 16 and looks_generated(value)):
            continue  # (a config file's bare `pepper = "…"` is a hash's pepper by its generated value; a recipe's `pepper: 1 tsp` is none)
        if generated_salt(value):
            yield 0, f"the secret salt {key}", key, value, Judgement.PROVEN
        else:
            yield 0, f"the secret salt {key}", "secret_key", value, Judgement.NAMED_AND_JUDGED


def _magento_crypt_key(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _CRYPT_KEY.search(line)
    if found is None:
        return
    if "crypt" not in found.group(0):
        # `'key' => '…'` on its line: `'crypt' =>` opens its array above (an `array (` line between)
        for distance in range(1, _CRYPT_LINES + 1):
            above = lines[index - distance] if index - distance >= 0 else ""
            if _CRYPT_OPENER.match(above):
                break
            if not _ARRAY_OPENER.match(above):
                return
        else:
            return
    value = found.group("dq") or found.group("sq") or ""
    yield 0, "Magento's encryption key (crypt/key)", "secret_key", value, Judgement.NAMED_AND_JUDGED


def _magento1_crypt_key(lines: Sequence[str], index: int) -> Iterator[Found]:
    for offset in range(0, _CRYPT_LINES):
        if index + offset >= len(lines):
            return
        found = _CDATA_KEY.search(lines[index + offset])
        if found is not None:
            yield offset, "Magento's encryption key (<crypt><key>)", "secret_key", (found.group("cdata") or found.group("text") or "").strip(), Judgement.NAMED_AND_JUDGED
            return


def _package_settings(line: str) -> Iterator[Found]:
    for found in itertools.islice(_PACKAGE_COMMAND.finditer(line), 8):
        if found.group("tool") is not None:
            what = f"{found.group('tool')} config http-basic.{found.group('repo')}"
            yield 0, what, "password", _unquoted(found.group("pw")), Judgement.NAMED_AND_JUDGED
        else:
            key, value = found.group("key"), _unquoted(found.group("value"))
            if key.endswith("npmAuthIdent") and ":" in value:
                value = value.partition(":")[2]
            elif key.endswith("_auth"):
                continue  # (base64 `user:password`: the kind's `_auth` reading decodes it)
            yield 0, f"{found.group('tool2')} config set {key}", "password" if "assword" in key or "Ident" in key else "auth_token", value, Judgement.NAMED_AND_JUDGED
    if "-Password" in line or "-password" in line or "-PASSWORD" in line:
        for found in itertools.islice(_NUGET_PASSWORD.finditer(line), 8):
            yield 0, "nuget's -Password", "password", _unquoted(found.group("value")), Judgement.NAMED_AND_JUDGED
    if "npmAuthIdent" in line:
        found = _AUTH_IDENT.match(line)
        if found is not None:
            yield 0, f"Yarn's npmAuthIdent for {found.group('user')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED


def _unquoted(word: str) -> str:
    """A shell word without its quotes (`user,'pass word'` -> `user,pass word`)."""
    out = []
    for found in re.finditer(r""""([^"\n]*)"|'([^'\n]*)'|([^"']+)""", word):
        out.append(found.group(1) if found.group(1) is not None else found.group(2) if found.group(2) is not None else found.group(3))
    return "".join(out)


def _deploy_passwords(line: str, lftp_script: bool) -> Iterator[Found]:
    tools = _TOOL_AT.finditer(line)
    if lftp_script:
        opened = _LFTP_OPEN.match(line)
        tools = iter([opened]) if opened is not None else tools
    for count, tool in enumerate(tools):
        if count >= _TOOLS_A_LINE:
            return
        name = tool.group("tool").lower()
        rest_at = tool.end()
        if name == "open":
            name = "lftp"  # (an lftp script's `open -u user,password host`)
        if name == "lftp":
            for found in _LFTP_USER.finditer(line, rest_at):
                user, comma, password = _unquoted(found.group("word")).partition(",")
                if comma and password:
                    yield 0, f"lftp's -u {user},…", "password", password, Judgement.NAMED_AND_JUDGED
        elif name.startswith("git"):
            for found in _GIT_FTP_PASSWORD.finditer(line, rest_at):
                yield 0, "git-ftp's password option", "password", _unquoted(found.group("word")), Judgement.NAMED_AND_JUDGED
        elif name.startswith("ncftp"):
            for found in _NCFTP_PASSWORD.finditer(line, rest_at):
                yield 0, f"{name}'s -p", "password", _unquoted(found.group("word")), Judgement.NAMED_AND_JUDGED
        elif name in ("pscp", "plink", "psftp"):
            for found in _PUTTY_PASSWORD.finditer(line, rest_at):
                yield 0, f"{name}'s -pw", "password", _unquoted(found.group("word")), Judgement.NAMED_AND_JUDGED
        else:
            for found in _WINSCP_PASSWORD.finditer(line, rest_at):
                yield 0, "WinSCP's -password=", "password", _unquoted(found.group("word")), Judgement.NAMED_AND_JUDGED
    if "git-ftp." in line:
        for found in _GIT_FTP_CONFIG.finditer(line):
            yield 0, "git-ftp's configured password", "password", _unquoted(found.group("word")), Judgement.NAMED_AND_JUDGED


def _vendor_authorization(line: str) -> Iterator[Found]:
    """The credential of an Authorization header under a vendor's own scheme (see _SCHEMED_AUTHORIZATION), or
    Rails' token parameter (see _TOKEN_PARAMETER)."""
    for found in itertools.islice(_SCHEMED_AUTHORIZATION.finditer(line, 0, 8192), 8):
        secret = _vendor_secret(found.group("scheme"), found.group("value"))
        if secret is not None:
            yield 0, f"the Authorization header's {found.group('scheme')} credential", "api_key", secret, Judgement.JUDGED
    if "oken" in line or "OKEN" in line:
        for found in itertools.islice(_TOKEN_PARAMETER.finditer(line, 0, 8192), 8):
            token = found.group("value")
            if looks_generated(token):
                yield 0, "the Authorization header's Token token= credential", "api_key", token, Judgement.JUDGED


# Infobip's API key in its own scheme, as Infobip documents the header: `Authorization: App <key>`, the key 32 hex digits,
# a hyphen and a UUID (`…-8f4b3d9a-e931-478d-a994-28a725159ab9`). Its shape is Infobip's alone; another vendor's scheme
# on a page (Okta's `SSWS …`, Splunk HEC's `Splunk <GUID>`) shows the vendor's own example as often, and is left to
# documentation's judgement (none).
_INFOBIP_APP_KEY = lazy_regex(
    r"""(?i:authorization)["'\]]{0,2}[ \t]*(?:=>|:|=|,)[ \t]*(?:["'`][ \t]*)?App[ \t]+"""
    r"""(?P<key>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])""")


def infobip_app_keys(line: str) -> Iterator[str]:
    """Each Infobip API key the line sends in Infobip's `App` scheme (_INFOBIP_APP_KEY), for documentation's curl
    commands, where the line's reader reads the kind's own schemes only."""
    if "App" not in line:
        return
    for found in itertools.islice(_INFOBIP_APP_KEY.finditer(line, 0, 8192), 8):
        yield found.group("key")


_SCHEMED_HEADER_VALUE = lazy_regex(r"""^(?P<scheme>[A-Za-z][A-Za-z0-9._-]{1,40})[ \t]+(?P<value>[A-Za-z0-9._~+/:-]{16,1024}={0,2})$""")


def vendor_credential(header: str, value: str) -> Optional[str]:
    """The credential of a header's value set as a field or a directive's argument (`{"key": "Authorization",
    "value": "GenieKey …"}`, `proxy_set_header Authorization "SSWS …";`) when the header is Authorization
    and the value's scheme a vendor's own, else None."""
    if header.lower() not in ("authorization", "proxy-authorization"):
        return None
    found = _SCHEMED_HEADER_VALUE.match(value.strip())
    return _vendor_secret(found.group("scheme"), found.group("value")) if found is not None else None


def _vendor_secret(scheme: str, value: str) -> Optional[str]:
    """A vendor's scheme's credential: a generated word (a GUID, hex, a key), the secret after the colon of
    a `<key>:<secret>` pair; not the kind's own schemes nor a signature's (see _NOT_VENDOR_SCHEMES)."""
    secret = value.rpartition(":")[2] if ":" in value else value
    if scheme.lower() in _NOT_VENDOR_SCHEMES or _SIGNATURE_SCHEME.search(scheme):
        # (Azure Storage's `SharedKey <account>:<signature>` carries an HMAC-SHA256's base64, padded with one `=`
        # as 32 bytes always are; FDB's `SHAREDKEY <client id>:<secret>` the shared secret itself)
        if not (scheme == "SHAREDKEY" and ":" in value and not secret.endswith("=")):
            return None
    if secret.startswith(("http", "//")) or not looks_generated(secret):
        return None  # (an address, a word: `Authorization: see https://…`)
    return secret


def _auth_pairs(line: str) -> Iterator[Found]:
    """A name that says auth set to base64 of `user:password` (see _AUTH_SETTING): the password."""
    end = 0
    for hint in itertools.islice(_AUTH_WORD.finditer(line, 0, 8192), 16):
        start = hint.start()
        if start < end:
            continue
        floor = max(0, start - _AUTH_KEY_READ_BACK)
        start = name_start(line, start, floor, "_.-$")
        found = _AUTH_SETTING.match(line, start)
        if found is None:
            continue
        end = found.end()
        pair = basic_credential(found.group("value"))
        if pair is None or not pair[1]:
            continue  # (the key holds its auth word: it is read from the name's start through it)
        user, password = pair
        strict = hint.group("credentials") is not None or (
            hint.group("basic") is not None and "auth" not in found.group("key").lower())  # (`BASIC_AUTH` says auth)
        if strict and _CREDENTIAL_USER.match(user) is None:
            continue  # (a name saying credentials or Basic: the user must be a login's or a key's word)
        yield 0, f"the base64 credential of user {shown_user(user)} under {found.group('key')}", "password", password, Judgement.JUDGED


def _secure_link_secrets(line: str) -> Iterator[Found]:
    """nginx's secure link secret (see _SECURE_LINK): the literal words of secure_link_md5's expression,
    secure_link_secret's word."""
    found = _SECURE_LINK.match(line)
    if found is None:
        return
    directive, expression = found.group("directive"), _value(found)[0]
    if directive == "secure_link_secret":
        if "$" not in expression:
            yield 0, "nginx's secure_link_secret", "secret", expression, Judgement.NAMED_AND_JUDGED
        return
    # (each literal word between the variables: a fragment may hold more than one, `$uri$remote_addr <secret> v2`)
    words = itertools.chain.from_iterable(fragment.split() for fragment in _NGINX_VARIABLE.split(expression))
    for word in itertools.islice(words, 16):
        word = word.strip(_FRAGMENT_EDGES)
        if word:
            yield 0, "the secret in nginx's secure_link_md5 expression", "secret", word, Judgement.NAMED_AND_JUDGED


def _key_constant(lines: Sequence[str], line: str) -> Iterator[Found]:
    """A key constant the file sends as a request's `key` query parameter (see _KEY_CONSTANT)."""
    found = _KEY_CONSTANT.match(line)
    if found is None:
        return
    name = found.group("name")
    value = found.group("dq") or found.group("sq") or ""
    if _NOT_SECRET_KEY_NAME.search(name) or not looks_generated(value):
        return
    if name.lstrip("$") in _SENT_KEYS.of(lines):
        yield 0, f"the API key {name} the file sends as its key parameter", "api_key", value, Judgement.JUDGED


def sent_key_constant(lines: Sequence[str], line: str) -> Iterator[Found]:
    """A key constant the file sends as a request's `key` query parameter or API key header (see _KEY_CONSTANT): the
    documentation readers' for an HTML page's own script (code the browser runs, no prose)."""
    return _key_constant(lines, line)


def _path_key(value: str) -> bool:
    """A generated run of letters and digits, no hex, its digits in three runs at least, half of it letters."""
    return (looks_generated(value) and not _HEX_RUN.match(value) and len(_DIGIT_RUNS.findall(value)) >= 3
            and sum(character.isalpha() for character in value) * 2 >= len(value))


def _api_path_keys(line: str) -> Iterator[Found]:
    """An API key as the path segment after an API's root (see _API_PATH_KEY): a generated run, digits in three runs."""
    for found in itertools.islice(_API_PATH_KEY.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        value = found.group("value")
        if _path_key(value):
            yield 0, "an API key in its API's URL path", "api_key", value, Judgement.NAMED_AND_JUDGED


def _path_constants(lines: Sequence[str]) -> "Tuple[dict[str, List[Tuple[int, str]]], dict[str, List[int]]]":
    """Each name the file assigns a literal of a path key's characters (see _PATH_CONSTANT): [(its line, the literal)]; and
    the lines each name is sent on as an API's path segment (see _API_PATH_NAME)."""
    assigned: "dict[str, List[Tuple[int, str]]]" = {}
    sent: "dict[str, List[int]]" = {}
    for number, text in enumerate(itertools.islice(lines, _USE_LINES)):
        if len(text) > _USE_LINE_READ:
            continue
        found = _PATH_CONSTANT.match(text) if "=" in text else None
        if found is not None:
            assigned.setdefault(found.group("name"), []).append((number, found.group("dq") or found.group("sq") or ""))
        if "/api" in text or "/API" in text or "/Api" in text:
            for use in itertools.islice(_API_PATH_NAME.finditer(text), MAX_FOUND_A_LINE):
                uses = sent.setdefault(use.group("name"), [])
                if not uses or uses[-1] != number:
                    uses.append(number)
    return assigned, sent


_PATH_CONSTANTS: "LastFileMemo[Tuple[dict[str, List[Tuple[int, str]]], dict[str, List[int]]]]" = LastFileMemo(_path_constants)


def _api_path_constants(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A constant interpolated as the path segment after an API's root (see _API_PATH_NAME), at its last assignment above."""
    for found in itertools.islice(_API_PATH_NAME.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        name = found.group("name")
        assigned, sent = _PATH_CONSTANTS.of(lines)
        above = [(number, value) for number, value in assigned.get(name, ()) if number < index]
        if not above or not _path_key(above[-1][1]):
            continue
        number, value = above[-1]
        uses = sent.get(name, [])
        first = bisect.bisect_right(uses, number)
        if first >= len(uses) or uses[first] != index:
            continue  # (reported once, at the first use after its assignment: a file of thousands of uses holds one key)
        yield number - index, f"the API key {name}, sent as its API's URL path segment", "api_key", value, Judgement.NAMED_AND_JUDGED


def _api_url_keys(line: str) -> Iterator[Found]:
    """An API's key as its URL's bare `key` query parameter (see _API_URL_BEFORE_QUERY)."""
    for found in itertools.islice(_URL_KEY.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        if found.group("key").lower() != "key":
            continue
        value = found.group("value")
        if (_BARE_KEY_VALUE.match(value) is None or value.startswith("AIza") or len(set(value)) < 10
                or value.isdigit() or value.isalpha() or not looks_generated(value)):
            continue
        opened = line.rfind("://", 0, found.start())
        # (the URL's own text from its scheme to the parameter: no blank or quote between)
        if opened < 0 or any(end in line[opened:found.start()] for end in _URL_TEXT_ENDS):
            continue
        if _API_URL_BEFORE_QUERY.match(line, opened, found.start() + 1) is not None:
            yield 0, "an API key as its API URL's key parameter", "api_key", value, Judgement.NAMED_AND_JUDGED


# (Blind rounds HA-HF) A server's access log records each request's line as the client sent it (nginx's and Apache's
# combined format, `"GET /proxy/…/summary?key=<key> HTTP/1.1"`; a proxy's or an app server's log of the same line): its
# target is the URL's path and query, no scheme or host, whatever the server serves. A bare `key` query parameter there
# holding a generated key's shape is the API key the client sent (Enphase's Enlighten v2 `?key=…&user_id=…`), as a
# full API URL's is (_api_url_keys); the same value tests.
_LOGGED_REQUEST_LINE = lazy_regex(r"""(?:^|[\s"'\[])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+/[^\s"'?#]{0,1024}"""
                                  r"""\?(?P<query>[^\s"'#]{1,2048})[ \t]+HTTP/[0-9](?:\.[0-9])?(?![\w.])""")
_LOGGED_QUERY_KEY = lazy_regex(r"""(?:^|&)key=(?P<value>[^&\s"'#]{1,512})""")


# (stop 60) A payment gateway's signature input, logged or kept as written: WeChat Pay's v2 (`stringSignTemp = stringA +
# "&key=" + <API key>`, then MD5 or HMAC-SHA256 of it) and the gateways that copied it (KBZPay, many a wallet) sign the sorted
# parameters with the merchant's API key appended as the last, bare `key` parameter. A line saying it is the string to sign
# (`sign input:`, `stringSignTemp=`, `string to sign:`, `signature base:`) with a query ending `&key=<drawn>` holds the key.
_SIGNED_STRING_KEY = lazy_regex(
    r"""(?i)(?:(?<![a-z])sign(?:ature)?(?:[ _-]?(?:input|base|string|str|temp|src|source|data|plain|content))?|stringsigntemp"""
    r"""|string[ _-]?to[ _-]?sign)(?![a-z])[^\n=&]{0,24}?[:=][ \t]*["']?[A-Za-z_][\w.-]{0,63}=[^\s"'#]{0,4096}?"""
    r"""&key=(?P<value>[A-Za-z0-9]{16,128})(?![^\s"',;)])""")


# (stop 60) InfluxDB 1.x's HTTP API takes its login as the query's `u` and `p` parameters (`/write?db=…&u=…&p=…`,
# `/query?u=…&p=…&q=…`), and its clients build that URL (Telegraf-less agents, a Rust `concat!` of the URL's pieces,
# Grafana's proxy logs): `p` beside `u` in one query is the user's password. `p` alone is a page's number as often.
_USER_PASSWORD_QUERY = lazy_regex(
    r"""[?&"'](?:u=(?P<user>[^&\s"'#=]{1,128})&p=(?P<pw>[^&\s"'#]{1,256})|p=(?P<pw2>[^&\s"'#]{1,256})&u=(?P<user2>[^&\s"'#=]{1,128}))"""
    r"""(?=[&\s"'#]|$)""")


def _user_password_queries(line: str) -> Iterator[Found]:
    """A password as a query's `p` beside its `u` (see _USER_PASSWORD_QUERY), judged as a password."""
    for found in itertools.islice(_USER_PASSWORD_QUERY.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        user, password = found.group("user") or found.group("user2"), found.group("pw") or found.group("pw2")
        if "$" in password or "{" in password or "%s" in password or password.isdigit():
            continue  # (a template's reference, a format, a number)
        yield 0, f"InfluxDB-style query login of user {user[:40]} (its p parameter)", "password", password, Judgement.JUDGED


def _signed_string_keys(line: str) -> Iterator[Found]:
    """A merchant's API key as the last `key` parameter of a gateway's string to sign (see _SIGNED_STRING_KEY)."""
    for found in itertools.islice(_SIGNED_STRING_KEY.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        value = found.group("value")
        if len(set(value)) < 10 or value.isdigit() or value.isalpha() or not looks_generated(value):
            continue
        yield 0, "a merchant's API key appended to a payment signature's input (its key parameter)", "api_key", value, \
            Judgement.NAMED_AND_JUDGED


# (stop 68, pages) A URL carrying its login, percent-encoded as another URL's query value (`GET /admin/export?url=https%3A%2F
# %2Fmapadmin%3A…%40tiles.…%2Fexport` in an access log, a redirect's `?next=`, a HAR's or a proxy's recorded request): the
# userinfo a browser or a client sends once decoded, its password judged as a URL's (not on a documentation, example or
# loopback host). Read in a line's first 8,192 characters; the encoded `://`, `:` and `@` in either case.
# (review 69: the URL after an encoded `=`, `&` or `?` too, as a query encoded whole gives it, `?next=%2Fgo%3Furl%3Dhttps%3A…`)
_ENCODED_URL_LOGIN = lazy_regex(
    r"""(?i)(?:(?<![a-z0-9+.-])|(?<=%3D)|(?<=%26)|(?<=%3F))[a-z][a-z0-9+.-]{1,15}%3A%2F%2F(?P<user>(?:[a-z0-9._~!$'()*+,;=-]|%(?!3a|40|2f)[0-9a-f]{2}){1,128})"""
    r"""%3A(?P<pw>(?:[a-z0-9._~!$'()*+,;=-]|%(?!40|2f)[0-9a-f]{2}){1,256})%40(?P<host>[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)"""
    r"""(?=%3A|%2F|%3F|%23|[&\s"'/]|$)""")
_ENCODED_LOGINS_A_LINE = 8
_ENCODED_READ = 8192  # (characters of a line read for its logins: _encoded_url_logins reads so many)


def _encoded_url_logins(line: str) -> Iterator[Found]:
    """The password of each percent-encoded URL's login on the line (see _ENCODED_URL_LOGIN), decoded."""
    from urllib.parse import unquote

    from secretfence.kinds._literal_reading import _real_host

    for found in itertools.islice(_ENCODED_URL_LOGIN.finditer(line, 0, _ENCODED_READ), _ENCODED_LOGINS_A_LINE):
        host = found.group("host").lower()
        password = unquote(found.group("pw"))
        if not _real_host(host) or "$" in password or "{" in password:
            continue  # (an example's or a loopback host; a template's reference)
        yield 0, f"the password of user {unquote(found.group('user'))[:64]} in a percent-encoded URL to {host}", "password", \
            password, Judgement.JUDGED


def _request_line_keys(line: str) -> Iterator[Found]:
    """An API key as a logged request line's bare `key` query parameter (see _LOGGED_REQUEST_LINE)."""
    for found in itertools.islice(_LOGGED_REQUEST_LINE.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        for parameter in itertools.islice(_LOGGED_QUERY_KEY.finditer(found.group("query")), MAX_FOUND_A_LINE):
            value = parameter.group("value")
            if (_BARE_KEY_VALUE.match(value) is None or value.startswith("AIza") or len(set(value)) < 10
                    or value.isdigit() or value.isalpha() or not looks_generated(value)):
                continue
            yield 0, "an API key as a logged request's key parameter", "api_key", value, Judgement.NAMED_AND_JUDGED


def documented_url_keys(line: str, real_host: Callable[[str], bool]) -> Iterator[Tuple[str, str, str]]:
    """(what, key, value) of each key that looks issued a documentation line's command sends as its URL's query
    parameter (see _DOCUMENTED_QUERY_KEY; an example's is left to the other rules, as it was); a key drawn in hex
    (_drawn_hex_key) where the URL's host is one `real_host` says a service answers on."""
    if "://" not in line or ("=" not in line) or _URL_COMMAND.search(line[:4096]) is None:
        return
    for found in itertools.islice(_DOCUMENTED_QUERY_KEY.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        key, value = found.group("key"), found.group("value")
        if not _QUERY_KEY_NAME.match(key):
            continue
        if _issued_key(value):
            yield f"a command's URL parameter {key}", key, value
        elif _drawn_hex_key(value):
            host = _query_url_host(line, found.start())
            if _services_own_host(host, real_host):
                yield f"a command's URL parameter {key} to {host}", key, value
    for found in itertools.islice(_DOCUMENTED_ACCOUNT_QUERY_KEY.finditer(line, 0, 8192), MAX_FOUND_A_LINE) if ":" in line else ():
        key, value = found.group("key"), found.group("value")
        if _QUERY_KEY_NAME.match(key) and _drawn_hex_key(found.group("hex")):
            host = _query_url_host(line, found.start())
            if _services_own_host(host, real_host):
                yield f"a command's URL parameter {key} (an account's number and key) to {host}", key, value


# A key a service draws in hex (Spoonacular's, NewsAPI's, OpenWeather's 32 digits; 40 and 64 too): a documentation
# command's hex run is an example's where it goes to an example's host, its own where it goes to the service's. A host
# whose name says it stands in (`api.example-weather.io`, `sample-api.dev`, `demo.vendor.com`) is an example's too,
# registered or not.
_HEX_KEY = lazy_regex(r"^(?:[0-9a-f]{32}|[0-9A-F]{32}|[0-9a-f]{40}|[0-9A-F]{40}|[0-9a-f]{64}|[0-9A-F]{64})$")
_STAND_IN_HOST_WORD = lazy_regex(r"(?<![a-z0-9])(?:examples?|samples?|demo|dummy|fake|placeholder|test|your|my)(?![a-z0-9])")
_URL_AUTHORITY_ENDS = lazy_regex(r"[/?#]")


def _services_own_host(host: str, real_host: Callable[[str], bool]) -> bool:
    """A host a service answers on (`real_host`) whose name says no stand-in (_STAND_IN_HOST_WORD)."""
    return bool(host) and real_host(host) and _STAND_IN_HOST_WORD.search(host) is None


def documented_key_at_host(value: str, host: str, real_host: Callable[[str], bool]) -> bool:
    """A documentation's key set for the service at `host` is the page's own where the host is the service's
    (_services_own_host) and the key looks issued, or drawn in hex (_issued_key, _drawn_hex_key)."""
    return _services_own_host(host, real_host) and (_issued_key(value) or _drawn_hex_key(value))


def _drawn_hex_key(value: str) -> bool:
    """Hex of a key's length in one case, drawn: ten characters distinct, letters and digits both, no alphabet's run."""
    from secretfence.kinds._helpers import is_sequential

    return (_HEX_KEY.match(value) is not None and len(set(value)) >= 10 and not value.isdigit()
            and any(character.isdigit() for character in value) and not is_sequential(value))


def _query_url_host(line: str, query_at: int) -> str:
    """The host of the URL a query parameter at `query_at` stands in (its scheme's `://` before it, no blank or quote
    between), or `""`."""
    opened = line.rfind("://", max(0, query_at - 4096), query_at)
    if opened < 0 or any(end in line[opened:query_at] for end in _URL_TEXT_ENDS):
        return ""
    ends = _URL_AUTHORITY_ENDS.search(line, opened + 3, query_at + 1)
    authority = line[opened + 3:ends.start() if ends is not None else query_at]
    return authority.rpartition("@")[2].partition(":")[0].lower()


# (stop 63) A page's comment (`<!-- … -->`, in an HTML page or a Markdown one): a note its writer left in the page's
# source for the team, which no reader is shown, no example to copy (`<!-- FTP for the photographer:
# ftp://fotos:…@ftp.….fr/2025/ -->`). Its opening is looked for on the URL's line or the lines above it.
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_COMMENT_READ_ABOVE = 8  # lines above a URL's its comment may open on


def _in_page_comment(lines: Sequence[str], index: int, position: int) -> bool:
    """The text at `position` of line `index` stands inside a page's comment opened on it or on a line above it."""
    text = lines[index][:position]
    for at in range(index, max(-1, index - 1 - _COMMENT_READ_ABOVE), -1):
        opened, closed = text.rfind(_COMMENT_OPEN), text.rfind(_COMMENT_CLOSE)
        if opened >= 0 or closed >= 0:
            return opened > closed
        text = lines[at - 1] if at > 0 else ""
    return False


# (stop 64) ... and the same note giving an account's or a login's pair after its label's colon, plain (`<!-- temporary
# front-desk account until SSO is ready: desk / … -->`): the page's own sign-in, as a configuration's comment gives one
# (_config_forms' _COMMENTED_SIGN_IN). Plain words split by `/` are as often a choice (`login: admin / operator`): the
# second is a password only where a person chose it or a generator drew it, no stock example's word.
_COMMENTED_ACCOUNT_PAIR = lazy_regex(
    r"""<!--(?:(?!-->)[^\n]){0,160}?(?i:\b(?:accounts?|log[ \t-]?ins?|credentials?))\b(?:(?!-->)[^:\n]){0,80}:[ \t]*"""
    r"""(?P<uq>["'`]?)(?P<user>[\w.@\\-]{1,64})(?P=uq)[ \t]*/[ \t]*(?P<vq>["'`]?)(?P<value>[^\s/`"']{1,128}?)(?P=vq)"""
    r"""[.,;)]?(?=\s|-->|$)""")


def commented_account_pairs(line: str) -> Iterator[Tuple[str, str]]:
    """(user, password) of a page's comment's account pair (see _COMMENTED_ACCOUNT_PAIR), where the password looks chosen
    or drawn."""
    from secretfence.kinds._config_forms import persons_password
    from secretfence.kinds._helpers import looks_like_a_password, spells_an_example_password

    if "<!--" not in line or "/" not in line:
        return
    for found in itertools.islice(_COMMENTED_ACCOUNT_PAIR.finditer(line, 0, 4096), MAX_FOUND_A_LINE):
        value = found.group("value")
        if (persons_password(value) or looks_like_a_password(value)) and not spells_an_example_password(value):
            yield found.group("user"), value


def documented_url_logins(line: str, lines: Sequence[str] = (), index: int = -1) -> Iterator[Tuple[str, str, str]]:
    """(user, password, host) of each login a documentation line's command sends as its URL's userinfo (see _URL_LOGIN;
    the password percent-decoded), or that a page's comment notes (see _in_page_comment; `lines[index]` is the line): the
    literal kind judges it as curl's `-u user:password` in documentation."""
    if "://" not in line or "@" not in line:
        return
    commented = index >= 0 and ("<!--" in line or any("<!--" in lines[at] for at in range(max(0, index - _COMMENT_READ_ABOVE), index)))
    if not commented and _URL_COMMAND.search(line[:4096]) is None:
        yield from _container_env_url_logins(lines, index)
        return
    sent = _URL_COMMAND.search(line[:4096]) is not None
    for found in itertools.islice(_URL_LOGIN.finditer(line, 0, 8192), MAX_FOUND_A_LINE):
        if not sent and not _in_page_comment(lines, index, found.start()):
            continue
        password = found.group("pw")
        if "%" in password:
            from urllib.parse import unquote  # (only here: the hook's start-up goes without it)

            password = unquote(password)
        yield found.group("user"), password, found.group("host").lower()


def _container_env_url_logins(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, str]]:
    """(stop 63) (user, password, host) of each URL login a container's run gives its program in its environment
    (`docker run … -e MQTT_URL=mqtts://collector:…@mqtt.….ru:8883`, on the run's line or a continuation): the program
    logs in with it as curl with its URL's userinfo does, whatever the scheme (a database's is the database kind's too)."""
    if index < 0 or ("-e" not in lines[index] and "--env" not in lines[index]):
        return
    from secretfence.kinds._command_lines import documented_container_env

    for _, _, value in documented_container_env(lines, index):
        found = _URL_LOGIN.match(value) if "@" in value else None
        if found is not None and "%" not in found.group("pw"):
            yield found.group("user"), found.group("pw"), found.group("host").lower()


def issued_key(value: str) -> bool:
    """See _issued_key (the literal kind's documented key options)."""
    return _issued_key(value)


def _issued_key(value: str) -> bool:
    """An account's key as services issue them: 20 characters or more, letters and digits (both cases, or digits in
    three runs), 12 distinct; no hex run, no alphabet's run."""
    from secretfence.kinds._helpers import is_placeholder, is_sequential

    plain = value.replace("-", "").replace("_", "")
    if len(plain) < 20 or len(set(plain)) < 12 or not plain.isalnum() or _HEX_RUN.match(plain) or is_sequential(plain):
        return False
    cases = any(c.islower() for c in plain) and any(c.isupper() for c in plain)
    return (any(c.isdigit() for c in plain) and (cases or len(_DIGIT_RUNS.findall(plain)) >= 3)
            and not is_placeholder(value, decode=False))


def _cron_url_keys(line: str) -> Iterator[Found]:
    if "?" in line:
        for found in _URL_KEY.finditer(line):
            value = found.group("value")
            if _KEY_PARAMETER.match(found.group("key")) and looks_generated(value):
                yield 0, f"the cron job's URL key ({found.group('key')}=)", "secret_key", value, Judgement.NAMED_AND_JUDGED
    if "/cron/" in line:
        for found in _DRUPAL_CRON.finditer(line):
            if looks_generated(found.group("value")):
                yield 0, "the cron job's URL key (Drupal's /cron/<key>)", "secret_key", found.group("value"), Judgement.NAMED_AND_JUDGED


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        # (Blind round HN) OAuth 1.0 PLAINTEXT: the signature is the consumer secret and the token secret
        Sample("OAUTH = ('OAuth oauth_signature_method=\"PLAINTEXT\", '\n         'oauth_consumer_key=\"NSs9WEDECOJgDraQ\", '"
               "'oauth_signature=\"rcMZRsAR0sSq1unxCR&sZ9MAidAEhsHnb9Wc2\"')\n", "integrations/contracts.py",
               "OAuth 1.0 PLAINTEXT signature over a header's adjacent literals"),
        Sample('curl "https://api.example.com/list?oauth_consumer_key=lXCMwPgWzLctzRtd&oauth_signature_method=PLAINTEXT'
               '&oauth_signature=fb6LjoezY7rz6O%26&oauth_nonce=1"\n', "sync.sh",
               "OAuth 1.0 PLAINTEXT signature in a URL's query, no token secret"),
        Sample('const params = {\n  oauth_signature_method: "PLAINTEXT",\n  "oauth_signature": "9xDYN68Hzz52ymny&",\n};\n',
               "client.js", "OAuth 1.0 PLAINTEXT signature as a request's parameter"),
        Sample('location ~ \\.php$ {\n    fastcgi_param APP_ENV production;\n    fastcgi_param HOOK_TOKEN Tq7Lm2Xz9Kw4Rv8N;\n}\n',
               "nginx/site.conf", "nginx's fastcgi_param"),
        Sample("[uwsgi]\nenv = DJANGO_SETTINGS_MODULE=site.settings\nenv = DJANGO_SECRET_KEY=+k2v!x9q@m4z^r7p#w1t%b8n&c5j\n",
               "uwsgi.ini", "uWSGI's env"),
        Sample('location /api/ {\n    proxy_set_header X-Api-Key "Wq8Zt2Lm9Kx4Vr7NpYb3";\n    proxy_pass http://upstream;\n}\n',
               "nginx/api.conf", "nginx injecting an API key header"),
        Sample("8e2c4a6f1b3d5e7a9c0b2d4f6a8c1e3b\n", "config/master.key", "Rails' master key"),
        Sample("3. Create `config/master.key` with this line:\n\n   ```\n   b03f34e7194b9215981179e0d52c3515\n   ```\n", "docs/setup/new-laptop.md",
               "Rails' master key below its file's path in documentation"),
        Sample("poetry config http-basic.acme ci 'Tundra*Walnut7391'\n", "ci/publish.sh", "Poetry's http-basic"),
        Sample("<?php\n$settings['hash_salt'] = 'Lq8Zt2Wx9Km4Vr7Np3Hb6Jd1Fg5As0Ce';\n", "sites/default/settings.php",
               "Drupal's hash_salt"),
        Sample("<?php\nreturn [\n    'crypt' => [\n        'key' => '6f1c9e2a4b7d0c3e8f5a1b2c9d4e7f06'\n    ],\n];\n", "app/etc/env.php",
               "Magento's crypt key"),
        Sample("deploy:\n  script:\n    - lftp -u deploy,'Quill-Harbor8826' -e \"mirror -R dist /www; quit\" ftp.acme.io\n",
               ".gitlab-ci.yml", "lftp's -u user,password"),
        Sample("*/10 * * * * curl -fsS 'https://shop.acme.io/cron.php?cron_key=Zx8Qm2Lt9Vw4Kr7Np3Yb6Hc' >/dev/null\n",
               "ops/crontab", "a cron line's URL key"),
        Sample('source "https://3f9a1c7e:b4d20e8f@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n', "Gemfile",
               "a gem source's hex credentials"),
        Sample('location /carrier/ {\n    proxy_set_header keyid "Hq4Vn8Rt2Lk7Wz3Xp9Mb6Jd";\n}\n', "nginx/carrier.conf",
               "nginx injecting a header named for the key alone, in lower case"),
        Sample('location /carrier/ {\n    more_set_input_headers "KeyId: Pw3Rk8Zt2Nx7Lq4Vb9Hm6Jc";\n}\n', "nginx/carrier.conf",
               "headers-more setting a key header on the request"),
        Sample("### events\nGET https://apis.carrier.example/v1/events\nAccept: application/json\nKeyId: Vb9Hm6JcPw3Rk8Zt2Nx7Lq4\n",
               "api-tests/carrier.http", "a REST client file's key header"),
        Sample('{"auth": { "header": "KeyId", "value": "Nx7Lq4Vb9Hm6JcPw3Rk8Zt2" }}\n', "config/carriers.json",
               "a header's name and value as fields of one object"),
        Sample("auth:\n  header: X-Client-Key\n  value: Rk8Zt2Nx7Lq4Vb9Hm6JcPw3\n", "config/carriers.yaml",
               "a header's name and value as YAML fields"),
        Sample('{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      {\n        "key": "value",\n'
               '        "value": "Token Lq4Vb9Hm6JcPw3Rk8Zt2Nx7",\n        "type": "string"\n      },\n'
               '      {\n        "key": "key",\n        "value": "Authorization",\n        "type": "string"\n      }\n    ]\n  }\n}\n',
               "postman/api.postman_collection.json", "Postman's API-key auth, its scheme before the key"),
        Sample('{\n "authentication": {\n  "type": "apikey",\n  "key": "X-Auth",\n  "value": "Jc6Pw3Rk8Zt2Nx7Lq4Vb9Hm",\n'
               '  "addTo": "header"\n }\n}\n', "insomnia/export.json", "Insomnia's API-key auth"),
        Sample("auth:apikey {\n  key: X-Auth\n  value: Zt2Nx7Lq4Vb9Hm6JcPw3Rk8\n  placement: header\n}\n", "bruno/get.bru",
               "Bruno's API-key auth"),
        Sample('rest_command:\n  unlock:\n    url: https://api.doors.example/locks/7/unlock\n    headers:\n'
               '      Authorization: "ACME-LOGIN 7c1e9a4b2d8f3e6a0b5c9d2e4f7a1b3c"\n', "homeassistant/packages/doors.yaml",
               "an Authorization header under a vendor's own scheme"),
        Sample('MAXAUTH="bXhzbW9rZTpRdWFycnk3TGFudGVybiE0"\ncurl -s -H "maxauth: ${MAXAUTH}" "$MX/oslc/whoami"\n', "cmms/smoke.sh",
               "a name that says auth holding base64 of user:password"),
        Sample('PARTNER_CREDENTIALS="VmpFNmRIRTFkemg0Ym5JNlJFVldRMFZPVkVWU09rVllWQT09OlNIWXpjRkY2TjJzPQ=="\n'
               'curl -s -X POST "$API/v2/auth/token" -H "Authorization: Basic $PARTNER_CREDENTIALS"\n', "scripts/token.sh",
               "a name that says credentials holding base64 of base64(user id):base64(password), sent as Basic"),
        Sample('report_creds = "cnB0X2V4cG9ydDpGYWxjb24tTWFyc2g0NDcx"\nheaders = {"Authorization": f"Basic {report_creds}"}\n',
               "etl/report.py", "a name that says creds holding base64 of user:password"),
        Sample('location /vod/ {\n    secure_link $arg_md5,$arg_expires;\n'
               '    secure_link_md5 "$secure_link_expires$uri$remote_addr Tq7Lm2Xz9Kw4Rv8Np";\n}\n', "nginx/sites-enabled/vod.conf",
               "nginx's secure link secret"),
        Sample('public final class TransitClient {\n    private static final String KEY = "5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d";\n'
               '    URI feed(String op) { return URI.create(BASE + op + "/feed.pb?key=" + KEY); }\n}\n',
               "src/main/java/acme/TransitClient.java", "a key constant sent as a request's key parameter"),
        # (blind rounds CQ-CU) tools' credential files, as files and as a script writes them; dnsdist's web server
        Sample("#!/bin/sh\nset -e\ncat > /opt/build/p4tickets.txt <<'EOF'\nssl:perforce.corp.example:1666=svc_build:429F6358BAC5E2E09DCD57C6042CFBF8\n"
               "EOF\n", "ops/perforce/seed_ticket.sh", "a Perforce ticket line in a here-document"),
        Sample("perforce.corp.example:1666=jdoe:1142EA3318FC810E48393C11D657FC4D\n", "home/.p4tickets", "a Perforce ticket file"),
        Sample("RUN echo 'p4.corp.example:1666=build:AC0F8F5BD1C1A62D44374C3A86DC733D' > /root/.p4tickets\n", "Dockerfile",
               "a ticket echoed into the file"),
        Sample("klocwork.corp.example;8080;svc-kw-ci;22de4e9969536ee592a357bf03845167fd11d0ea1c2e1e14b809a167652d5315\n",
               "tools/klocwork/ltoken", "Klocwork's ltoken"),
        Sample('mkdir -p ~/.klocwork\necho "kw.corp.example;8080;ci-bot;45111413c620d3940f9de1ac50051bc3e9fc7d45917fcf8a16b9dd6ce0b3ae02"'
               ' > ~/.klocwork/ltoken\n', "ci/kw.sh", "an ltoken line echoed into the file"),
        Sample("# host:secret\npop-west:ND5YutVcs2jBpuoO\n", "monitoring/smokeping/smokeping_secrets.dist", "SmokePing's slave secrets"),
        Sample("Rud5ewUfYhn9IiGU\n", "etc/smokeping/slavesecrets.conf", "a SmokePing slave's secret file"),
        Sample("echo '6IH1hKbtRsIANDNz' > /etc/smokeping/slave_secret\n", "roles/smokeping/files/setup.sh",
               "a slave's secret echoed into its file"),
        Sample('webserver("0.0.0.0:8083", "ND5YutVcs2jBpuoO", "Rud5ewUfYhn9IiGU")\n', "dns/dnsdist.conf",
               "dnsdist's webserver(address, password, apikey)"),
        Sample('$ticketFile = Join-Path $env:USERPROFILE "p4tickets.txt"\n@"\n'
               'ssl:perforce.corp.example:1666=svc_build:7C0E5B2A9D41F386E2B7A0C954D81F6B\n"@ | Set-Content -Path $ticketFile\n',
               "ci/Seed-Perforce.ps1", "a Perforce ticket line in a here-string written to a path the script names"),
        Sample('TICKETS = Path.home() / ".p4tickets"\nENTRIES = [\n    "perforce:1666=build:7C0E5B2A9D41F386E2B7A0C954D81F6B",\n]\n'
               'TICKETS.write_text("\\n".join(ENTRIES))\n', "tools/seed_tickets.py", "a list of ticket lines written to the file"),
        Sample("curl -k -X POST $FIERY/live/api/v5/login -d '{\"username\":\"operator\",\"password\":\"'\"$PW\"'\","
               "\"accessrights\":\"Wq3Zt8Kx2Lm7Vn4Rb9Hs6Jd1Fc5Gp0Ya\"}'\n", "ops/fiery.sh", "Fiery's API key in its login's body"),
        Sample('$url = "https://{$host}/api/index.php/laps.json?track=2&key=3f9c2a7e81d04b6c95e2a1f7d8b30c64";\n',
               "partials/laps.php", "an API key as its API URL's bare key parameter"),
        Sample('r = requests.get("https://api.weather.example/v2/obs?station=KX7&key=Wq8Zt2Lm9Kx4Vr7NpYb3")\n', "obs.py",
               "an API key as an api host's bare key parameter"),
        # (blind rounds GO-GT) a README's command sending a key drawn in hex to the service's own host
        Sample('```bash\ncurl "https://api.spoonacular.com/food/ingredients/search?query=oats&apiKey=1e80a54ffd6a9f6c04fb5ebc0ff7a381"\n```\n',
               "recipes/README.md", "a documented command's hex key to the service's host"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("H = ('OAuth oauth_signature_method=\"HMAC-SHA1\", oauth_consumer_key=\"ck\", '\n     'oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"')\n"
               "P = 'OAuth oauth_signature_method=\"PLAINTEXT\", oauth_signature=\"' + cs + '&' + ts + '\"'\n"
               "Q = f'OAuth oauth_signature_method=\"PLAINTEXT\", oauth_signature=\"{CONSUMER_SECRET}&{TOKEN_SECRET}\"'\n"
               "R = 'OAuth oauth_signature_method=\"PLAINTEXT\", oauth_signature=\"your_consumer_secret&your_token_secret\"'\n",
               "oauth_client.py", "an HMAC-SHA1 signature (a digest); PLAINTEXT signatures built from names, placeholders"),
        Sample('a = "https://api.example.com/v1/cache?key=user_profile_settings_v2"\n'
               'b = "https://api.example.com/v1/x?key=YOUR_API_KEY_HERE"\n'
               'c = "https://cdn.example.com/img/a.png?key=3f9c2a7e81d04b6c95e2a1f7d8b30c64"\n'
               'd = "https://www.googleapis.com/youtube/v3/videos?part=id&key=AIzaSyB7Qm2Lx9Vt4Kw8Rz3Hn6Pj1Dc5Fg0Ys2"\n',
               "links.py", "a cache key's name, a placeholder, no API in the URL, a Google key (the service kind's)"),
        Sample('```bash\ncurl "https://api.example.com/v1/search?q=x&apiKey=1e80a54ffd6a9f6c04fb5ebc0ff7a381"\n'
               'curl "http://localhost:8080/v1/search?q=x&api_key=2d339072d96dcf37a9b2aaa25bbc8b4c"\n'
               'curl "https://api.acme.io/v1/search?q=x&api_key=0123456789abcdef0123456789abcdef"\n'
               'curl "https://api.acme.io/v1/search?q=x&page_token=a0d47a522ea6ef88ac576f10a94e4d90"\n```\n', "README.md",
               "a documented command's hex key to an example's or the reader's host, an alphabet's run, a page's token"),
        Sample('proxy_set_header X-Api-Key $http_x_api_key;\nadd_header X-Frame-Options "SAMEORIGIN";\n', "nginx/api.conf",
               "a header passed on, a response header"),
        Sample("<%= ENV.fetch('RAILS_MASTER_KEY') %>\n", "config/master.key.erb", "a key file's template"),
        Sample("Create `config/master.key`; it looks like:\n\n```\nb03f34e7194b9215981179e0d52c3515\n```\n", "docs/setup.md",
               "a Rails key file's content shown as an example"),
        Sample('poetry config http-basic.acme "$POETRY_USER" "$POETRY_PASSWORD"\n', "ci/publish.sh", "Poetry's credentials from CI"),
        Sample("fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\nfastcgi_param HTTP_AUTHORIZATION $http_authorization;\n",
               "nginx/fastcgi.conf", "nginx's variables"),
        Sample("[uwsgi]\nenv = DJANGO_SECRET_KEY=$(DJANGO_SECRET_KEY)\n", "uwsgi.ini", "uWSGI's environment reference"),
        Sample("<?php\n$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');\n"
               "define( 'WP_CACHE_KEY_SALT', 'acme.io' );\n", "settings.php", "a salt read from a file, a cache prefix"),
        Sample("<?php\nreturn ['crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')]];\n", "app/etc/env.php", "Magento's key read"),
        Sample("deploy:\n  script:\n    - lftp -u \"$FTP_USER,$FTP_PASSWORD\" -e \"mirror -R dist /www; quit\" ftp.acme.io\n",
               ".gitlab-ci.yml", "lftp's credentials from CI variables"),
        Sample("*/5 * * * * curl -fsS 'https://shop.acme.io/wp-cron.php?doing_wp_cron' >/dev/null\n", "ops/crontab",
               "WordPress's cron without a key"),
        Sample('source "https://${SIDEKIQ_USER}:${SIDEKIQ_PASS}@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n',
               "Gemfile", "a gem source's credentials from the environment"),
        Sample('location /carrier/ {\n    proxy_set_header x-apikey $http_x_apikey;\n    proxy_set_header KeyId "4f9b2c1e-7a3d-4e8f-9b0c-2d6e1a5f8c3b";\n'
               '    more_set_input_headers "X-Api-Key: $carrier_key";\n}\n', "nginx/carrier.conf",
               "a header passed on, a key id (a GUID), a variable"),
        Sample("@key = {{$dotenv CARRIER_KEY}}\n###\nGET https://apis.carrier.example/v1/events\nKeyId: {{key}}\n"
               "Idempotency-Key: Vb9Hm6JcPw3Rk8Zt2Nx7Lq4\nX-Request-Id: Vb9Hm6JcPw3Rk8Zt2Nx7Lq4\n", "api-tests/carrier.http",
               "a REST client's variables, headers that name no credential"),
        Sample('{"a": { "header": "KeyId", "valueFrom": "CARRIER_KEY" }, "b": { "header": "KeyId", "value": "${CARRIER_KEY}" },'
               ' "c": { "header": "Accept", "value": "application/json" }}\n', "config/carriers.json",
               "a header's value from the environment, a header that names no credential"),
        Sample('{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      {"key": "value", "value": "{{api_token}}", "type": "string"},\n'
               '      {"key": "key", "value": "Authorization", "type": "string"}\n    ]\n  }\n}\n',
               "postman/api.postman_collection.json", "Postman's API-key auth from a variable"),
        Sample('curl -H "Authorization: SSWS ${OKTA_API_TOKEN}" https://acme.okta.com/api/v1/users\n'
               'h = {"Authorization": "AWS4-HMAC-SHA256 Credential=Q7LM2XZ9KW4RV8NP/20240101/eu-west-1/s3/aws4_request, '
               'SignedHeaders=host, Signature=5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d"}\n', "ops/calls.sh",
               "a vendor's scheme before a variable, a request's signature"),
        Sample('API_CREDENTIALS="dXNlcjpwYXNzd29yZA=="\nSA_CREDENTIALS="eyJ0eXBlIjoic2VydmljZV9hY2NvdW50IiwicHJvamVjdF9pZCI6IngifQ=="\n'
               'CREDIT_REF="cnB0X2V4cG9ydDpGYWxjb24tTWFyc2g0NDcx"\n', "scripts/token.sh",
               "credentials of a placeholder pair, base64 of a JSON document; a name of credit, no credentials"),
        Sample('MAXAUTH="YWRtaW46cGFzc3dvcmQ="\nAUTHOR_ID="bXhzbW9rZTpRdWFycnk3TGFudGVybiE0"\n', "cmms/smoke.sh",
               "base64 of a placeholder pair, a name that says author"),
        Sample('location /vod/ {\n    secure_link_md5 "$secure_link_expires$uri$remote_addr secret";\n'
               '    secure_link_md5 "$secure_link_expires$uri $link_secret";\n}\n', "nginx/conf.d/vod.conf",
               "nginx's documented stand-in, a variable holding the secret"),
        Sample('public final class Cache {\n    private static final String KEY = "5e7a9c0b2d4f6a8c1e3b8e2c4a6f1b3d";\n'
               '    Object get() { return map.get(KEY); }\n}\n', "src/main/java/acme/Cache.java", "a key constant no request sends"),
        Sample("host1:mysercert\nhost2:yoursercert\nboomer:lkasdf93uhhfdfddf\npop-east:${SMOKEPING_SECRET}\n",
               "etc/smokeping_secrets.dist", "SmokePing's shipped example secrets, a reference"),
        Sample("perforce:1666=build:00000000000000000000000000000000\n", ".p4tickets", "a ticket of zeroes"),
        Sample('export P4TICKETS=/opt/build/p4tickets.txt\necho "$P4_TICKET_LINE" > ~/.p4tickets\n'
               "p4 -p ssl:perforce:1666 -u build login -a < /run/secrets/p4pass\n", "ops/p4.sh", "the file's path, a variable written"),
        Sample("ssl:perforce:1666=AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01\n", ".p4trust", "a server's fingerprint"),
        Sample('LINE = "perforce:1666=build:429F6358BAC5E2E09DCD57C6042CFBF8"\n', "tools/p4tickets.py", "a program about the file"),
        Sample("kw.corp.example;8080;jsmith;<token>\n", "ltoken", "a placeholder token"),
        Sample('webserver("0.0.0.0:8083", "geheim2")\nwebserver("127.0.0.1:8083")\n'
               'webserver("127.0.0.1:8083", "$scrypt$ln=10,p=1,r=8$SZmi+pjuZ4u7L4jhXIkLww==$VRW7BuYUjSVjkjDIK6J1VB/RWx2s4gbz+YXgflWspf8=")\n',
               "dnsdist.conf", "dnsdist's documented password, none, a hashed one"),
        Sample('$ticketFile = Join-Path $env:USERPROFILE "p4tickets.txt"\n@"\n'
               'ssl:perforce.corp.example:1666=svc_build:00000000000000000000000000000000\n"@ | Set-Content -Path $ticketFile\n'
               'ssl:perforce.corp.example:1666=svc_build:$ticket\n', "ci/Seed-Perforce.ps1", "a ticket of zeroes and a variable"),
        Sample('perms = {"user": "bob", "accessRights": "readOnly"}\n'
               'login = {"username": "admin", "password": pw, "accessrights": os.environ["FIERY_KEY"]}\n', "app/perms.py",
               "accessRights a permission; Fiery's key from the environment"),
    )
