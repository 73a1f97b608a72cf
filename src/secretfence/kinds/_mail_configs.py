"""The literal kind's readers of mail servers', mail clients' and chat (IRC, XMPP, Matrix, Zulip)
servers' configurations, where a password stands in a form no credential-named key holds on its line.

- Postfix: a SASL password map's `lookup-key user:password` lines (`[relay]:port`, `relay:service`,
  `@domain` and `sender@domain` keys of sender-dependent maps, an SES SMTP pair `AKIA…:<secret>`),
  in any file its name says is one (`sasl_passwd`, `sender_sasl_passwd`, `sasl/passwd`,
  docker-mailserver's `postfix-sasl-password.cf`); `smtp_sasl_password_maps = static:user:password`
  and `inline:{ key = user:password, … }` in main.cf, master.cf's `-o` or a `postconf -e` line.
- Dovecot: a password given in a plaintext scheme, `{PLAIN}`, `{CLEAR}`, `{CLEARTEXT}`, `{PLAIN-TRUNC}`
  (and their `.b64`/`.hex` encodings), in a passwd-file line, a static passdb's `password=`, SQL
  (a hashed scheme, `{SHA512-CRYPT}`, `{ARGON2ID}`, `{PLAIN-MD5}`, is a verifier: none);
  dovecot-ldap.conf.ext's `dnpass` (the bind DN's password).
- Exim: Debian's `passwd.client` lines `host:login:password` (and `exim4/passwd`'s third, cleartext
  field, the second a crypt verifier); a plaintext authenticator's `client_send = : user : password`
  or `^user^password` (its list separator changed by `<;`); a server authenticator's literal
  `eq{$auth3}{password}` (PLAIN) or `eq{$auth2}{password}` beside `$auth1` (LOGIN); a Redis lookup's
  `redis_servers = host/dbnumber/password` (the SQL lookups' servers are the database kind's).
- IRC: ZNC's `LoadModule = nickserv <password>` (and the `q` module's `<user> <password>`), its
  `Server = host [+]port <password>` (in a file named for ZNC, `znc.conf`); InspIRCd's `sendpass=`/`recvpass=` of a `<link>` (and
  `diepass`/`restartpass`).
- Zulip: a zuliprc's `key=` (its `[api]` section's API key), by the file's name.
- Grafana's (and any INI's) triple-quoted value, `password = \"\"\"…\"\"\"`, as Grafana's ini reads it.
- isync: mbsyncrc's `Pass "…"` (a Gmail app password's four groups of four letters is one value,
  spaces and all); its `PassCmd` runs a command: none.
- Matrix: Synapse's signing key, `ed25519 <key id> <unpadded base64 seed>` (the signing key file's
  line, or an Ansible variable holding it); the public verify keys are written `ed25519:<id>`: none.
- docker-mailserver's `setup email add|update <address> <password>` and `setup relay add-auth
  <domain> <user> <password>`, Mailu's `flask mailu admin|user|password <local> <domain> <password>`
  (in a Makefile, a script, a README's command), the old `addmailuser <address> <password>`.
- sendmail: an `AuthInfo:<host> "U:user" "I:authid" "P:password" "R:realm" "M:mechanisms"` entry (the
  authinfo map's source, or the access map's), its `"P=…"` the password in base64 (decoded).
- dma (DragonFly Mail Agent): auth.conf's `user|smarthost:password` lines.
- Monit: `allow user:password` (the httpd interface's Basic credentials, `read-only` after or not, the
  password quoted or not) in a file its name says is Monit's or under `set httpd`; `allow @group`
  (PAM), `allow md5|crypt /path users` (a htpasswd file), hosts and networks (IPv6 too) hold none.
- log4net: an appender's properties are elements named for them, each given its `value` attribute (the
  SmtpAppender's `<password value="…" />`, a RabbitMQ or Seq appender's `<password>`, `<apiKey>`), read under an
  `<appender>` (or in a file named for log4net); the element's name must name a credential (the kind's key judgement).
- A mail client's password command that only prints a literal (stop 63): msmtp's `passwordeval "echo …"` (its
  `--passwordeval='echo …'` option in a `sendmail_path` or a script too), fetchmail's `passwordeval`, isync's `PassCmd
  "echo …"`, aerc's `source-cred-cmd`: the printed literal is the password (a command reading a store, `pass show …`,
  `gpg -d …`, or printing a variable, `echo $PW`, holds none).
- An SMTP session's record (swaks' output, smtplib's or a mail library's debug log, a telnet or
  openssl s_client session pasted into a ticket): `AUTH PLAIN <base64 of authzid NUL user NUL
  password>` (or the base64 on a line after `AUTH PLAIN`), and AUTH LOGIN's client line answering the
  server's `334 UGFzc3dvcmQ6` ("Password:"), each decoded; the username's challenge (`334
  VXNlcm5hbWU6`) and a challenge with no client line after it hold none. A documentation page's
  record is read too (`smtp_session_secrets`: a pasted `.txt` blocks, a page's warns).

Each reader yields (line offset, what it is, the key the value is judged under, the value, how the
kind judges it: a `Judgement`, kinds/_judgement.py): the value judgement decides the rest, so a
variable (`$RELAY_PASSWORD`, `{{ relay.password }}`), a placeholder or a stock value is none.
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import counts_up_in_groups, line_text, steps_up
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._network_configs import KDB_USERS_FILE
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

_VALUES_A_LINE = 16  # values read a line at most (a hostile line repeating a form is read that far)
_LINE_READ = 8192  # characters of a line the forms are looked for in

# Files whose every line is a credential's by their role: Postfix's SASL password maps (`sasl_passwd`,
# `sender_sasl_passwd`, `sasl/passwd`, `postfix-sasl-password.cf`), Exim's `passwd.client` (and its
# server's `exim4/passwd`), a zuliprc, an mbsyncrc (isync's `isyncrc`).
_SASL_MAP_FILE = r"""(?:^|[/\\!])(?:[^/\\!]{0,64}sasl[-_.]?passw(?:or)?d(?!s?[-_.]?maps?\b)[^/\\!]{0,64}|sasl[/\\]passwd(?:\.[^/\\!]{1,16})?)$"""
_EXIM_CLIENT_FILE = r"""(?:^|[/\\!])passwd\.client$"""
_EXIM_SERVER_FILE = r"""(?:^|[/\\!])exim4?[/\\]passwd$"""
_ZULIPRC_FILE = r"""(?:^|[/\\!])\.?zuliprc(?:[-_.][^/\\!]{0,64})?$"""
_MBSYNC_FILE = r"""(?:^|[/\\!])\.?(?:mbsyncrc|isyncrc)(?:[-_.][^/\\!]{0,64})?$"""
# dma's auth.conf (`/etc/dma/auth.conf`; a `dma-auth.conf`, a template of it): `user|host:password` lines
# (apt's auth.conf holds netrc lines, which its `|` form never matches)
_DMA_AUTH_FILE = r"""(?:^|[/\\!])(?:dma[-_.])?auth\.conf(?:\.(?:j2|tmpl|template|erb))?$"""
# An authinfo file (`~/.authinfo`, Windows' `_authinfo`; SAS's AUTHINFO= option, SWAT, Emacs' auth-source for Gnus):
# netrc's tokens, one entry a line, with `host`/`user`/`port` for `machine`/`login`, values quoted when they hold
# blanks: `default user "u" password "p"`, `host h [port n] user u password p`. (sendmail's `authinfo` map holds
# `AuthInfo:` lines, which no entry's reading matches; `.authinfo.gpg` is encrypted.)
_AUTHINFO_FILE = r"""(?:^|[/\\!])[._]?authinfo(?:\.txt)?$"""
_ROLE_FILES = "|".join((_SASL_MAP_FILE, _EXIM_CLIENT_FILE, _EXIM_SERVER_FILE, _ZULIPRC_FILE, _MBSYNC_FILE, _DMA_AUTH_FILE,
                        _AUTHINFO_FILE))
# ZNC's configuration (`~/.znc/configs/znc.conf`, a template of it), read whole: its `Server = host port
# password` lines hold the common word `server`, which as the prefilter's head would stop on every line saying it.
_ZNC_FILE = r"""(?:^|[/\\!])znc[^/\\!]{0,32}\.conf(?:\.[A-Za-z0-9]{1,8})?$"""
# (and a kdb+ process's users file, `user:password` lines: kinds/_network_configs.py reads it)
WHOLE_FILES = _ROLE_FILES + "|" + _ZNC_FILE + "|" + KDB_USERS_FILE
_ZNC_NAME = lazy_regex("(?i)" + _ZNC_FILE)
_SASL_MAP_NAME = lazy_regex("(?i)" + _SASL_MAP_FILE)
_EXIM_CLIENT_NAME = lazy_regex("(?i)" + _EXIM_CLIENT_FILE)
_EXIM_SERVER_NAME = lazy_regex("(?i)" + _EXIM_SERVER_FILE)
_ZULIPRC_NAME = lazy_regex("(?i)" + _ZULIPRC_FILE)
_MBSYNC_NAME = lazy_regex("(?i)" + _MBSYNC_FILE)
_DMA_AUTH_NAME = lazy_regex("(?i)" + _DMA_AUTH_FILE)
_AUTHINFO_NAME = lazy_regex("(?i)" + _AUTHINFO_FILE)
_ROLE_NAME = lazy_regex("(?i)" + _ROLE_FILES)


def sasl_map_path(path: str) -> bool:
    """`path` names a Postfix SASL password map (see _SASL_MAP_FILE): what configuration management writes there is one."""
    return _SASL_MAP_NAME.search(path) is not None


_NAME_WORDS = ("sasl", "passwd", "zuliprc", "syncrc", "auth.conf", "authinfo")  # (one of them in a name before its pattern is tried)

# The words of a password command's setting (a literal it prints: _PRINTED_PASSWORD).
_PRINTED_WORDS = ("passwordeval", "passcmd", "pass_cmd", "pass-cmd", "password_cmd", "password-cmd", "passwordcmd",
                  "password_command", "password-command", "passwordcommand", "password_eval", "password-eval", "cred-cmd")

# The prefilter's literals (lowered) and patterns on the folded text.
KEYWORDS = ("{plain}", "{plain.", "{plain-trunc}", "{clear}", "{clear.", "{cleartext}", "dnpass", "client_send",
            "{$auth", "sendpass", "recvpass", "diepass", "restartpass", "sasl_password_maps", "ed25519 ", "add-auth",
            "flask mailu", "addmailuser", "redis_servers", "authinfo:", "auth plain", "ugfzc3dvcmq6", "cgfzc3dvcmq6") + _PRINTED_WORDS
_LOG4NET_HEADS = ("pass", "pwd", "key", "token", "secret", "credential")
_FOLDED_ZNC_MODULE = rb"""loadmodule[ \t]*=[ \t]*(?:nickserv|q)[ \t]+[^\s]"""
_FOLDED_SETUP_EMAIL = rb"""email[ \t]+(?:add|update)[ \t]+[^\s@]{1,128}@[^\s]{1,253}[ \t]+[^\s]"""
# Monit's `allow user:password` (a user, then a colon: a host or a network has none, an IPv6 one is refused later)
_FOLDED_MONIT_ALLOW = rb"""allow[ \t]+["']?[a-z_][^\s:"'#]{0,63}["']?:[^\s]"""
# log4net's property element named for a credential, given its value (`<password value="…"`, `<apiKey value='…'`)
_FOLDED_LOG4NET = rb"""(?:pass|pwd|key|token|secret|credential)[\w.-]{0,63}[ \t]+value[ \t]*=[ \t]*["'][^"'\s]"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_ZNC_MODULE, ("loadmodule",)),
        (_FOLDED_LOG4NET, _LOG4NET_HEADS),
        (_FOLDED_SETUP_EMAIL, ("email add", "email update", "email  ", "email \t", "email\t")),
        (_FOLDED_MONIT_ALLOW, ("allow",)),
    )
)

# --- the forms ---------------------------------------------------------------------------------

# A Postfix SASL map's line: the lookup key (`[host]:port`, `host:service`, `host`, `@domain`,
# `sender@domain`), blanks, then `user:password` to the line's end (a map's value is the rest of its line).
SASL_MAP_LINE = lazy_regex(
    r"""^[ \t]*(?P<host>\[[A-Za-z0-9.:-]{1,253}\](?::(?:[0-9]{1,5}|[A-Za-z][\w-]{0,31}))?"""
    r"""|[\w.+-]{0,64}@[A-Za-z0-9.-]{1,253}|[A-Za-z0-9][A-Za-z0-9.-]{0,252}(?::(?:[0-9]{1,5}|[A-Za-z][\w-]{0,31}))?)[ \t]+"""
    r"""(?P<user>[^\s:#][^\s:]{0,127}):(?P<pw>\S(?:[^\n]{0,255}\S)?)[ \t]*\r?$"""
)
# main.cf's `smtp_sasl_password_maps = static:user:password` (lmtp_, smtp_ and master.cf's `-o` too)
_STATIC_MAP = lazy_regex(
    r"""sasl_password_maps[ \t]*=[ \t]*static:(?P<user>[^\s:"',{}]{1,128}):(?P<pw>[^\s"',]{1,256})"""
)
_INLINE_MAP = lazy_regex(r"""sasl_password_maps[ \t]*=[ \t]*inline:[ \t]*\{(?P<body>[^\n]{1,4096}?)\}[ \t]*(?:["'][ \t]*)?$""")
_INLINE_ENTRY = lazy_regex(r"""^[ \t{]*(?P<key>[^\s=]{1,256})[ \t]*=[ \t]*(?P<user>[^\s:]{1,128}):(?P<pw>[^\s}]{1,256})[ \t}]*$""")
# Dovecot's plaintext password schemes (a hashed one is a verifier).
_PLAIN_SCHEME = lazy_regex(
    r"""(?i)\{(?P<scheme>PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)(?:\.(?:b64|base64|hex))?\}(?P<pw>[^\s:|"'`,;{}<>$%][^\s:|"'`,;]{0,255})"""
)
# `dnpass = value` (quoted or not) in dovecot-ldap.conf.ext
_DNPASS = lazy_regex(r"""^[ \t]*dnpass[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>\S(?:[^\n]{0,255}\S)?))[ \t]*\r?$""")
# Exim's passwd.client: `host:login:password` (the host a name, a wildcard or a regex); its server's
# passwd: `user:crypted:cleartext`.
_EXIM_CLIENT_LINE = lazy_regex(r"""^[ \t]*(?P<host>[^\s:#][^\s:]{0,252}):(?P<user>[^:\n]{1,128}):(?P<pw>[^\n]{1,256}?)[ \t]*\r?$""")
_EXIM_SERVER_LINE = lazy_regex(r"""^[ \t]*(?P<user>[^\s:#][^\s:]{0,127}):(?P<crypt>[^:\n]{0,256}):(?P<pw>[^:\n]{1,256}?)[ \t]*\r?$""")
_CLIENT_SEND = lazy_regex(r"""^[ \t]*client_send[ \t]*=[ \t]*(?P<value>[^\n]{1,1024}?)[ \t]*\r?$""")
# A server authenticator's condition comparing the password to a literal: `eq{$auth3}{…}` (PLAIN's
# third field), `eq{$auth2}{…}` where `$auth1` is compared too (LOGIN's second).
_AUTH_COMPARED = lazy_regex(r"""eq[ \t]*\{[ \t]*\$auth(?P<n>[123])[ \t]*\}[ \t]*\{(?P<value>[^{}$\n]{1,256})\}""")
# An Exim Redis lookup's servers: `redis_servers = host/dbnumber/password` (a list, `:` between; the SQL
# lookups' `mysql_servers = host/database/user/password` are kinds/_database_reading.py's exim_servers).
_LOOKUP_SERVERS = lazy_regex(
    r"""^[ \t]*(?:hide[ \t]+)?(?P<kind>redis)_servers[ \t]*=[ \t]*(?P<value>[^\n]{1,2048}?)[ \t]*\r?$"""
)
_LIST_SEPARATOR = lazy_regex(r"""[ \t]+:[ \t]+""")  # (a list's items, ` : ` between: a host's `:port` has none)
# ZNC: `LoadModule = nickserv <password>`, `LoadModule = q <user> <password>`, `Server = host [+]port [password]`.
_ZNC_MODULE = lazy_regex(r"""^[ \t]*LoadModule[ \t]*=[ \t]*(?P<module>nickserv|q)[ \t]+(?P<args>[^\n]{1,512}?)[ \t]*\r?$""", re.IGNORECASE)
_ZNC_SERVER = lazy_regex(r"""^[ \t]*Server[ \t]*=[ \t]*(?P<host>[^\s=]{1,253})[ \t]+\+?[0-9]{1,5}[ \t]+(?P<pw>\S{1,256})[ \t]*\r?$""",
                         re.IGNORECASE)
# InspIRCd's `<link sendpass="…" recvpass="…">`, `<power diepass="…" restartpass="…">`
_IRCD_PASS = lazy_regex(r"""(?<![\w-])(?P<key>sendpass|recvpass|diepass|restartpass)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""",
                        re.IGNORECASE)
# a zuliprc's `key=…`
# (quoted too: detect-secrets' INI reading hands the line on again as `key = "value"`)
_ZULIP_KEY = lazy_regex(r"""^[ \t]*key[ \t]*=[ \t]*(?P<q>["']?)(?P<value>[^\s"']{1,256})(?P=q)[ \t]*\r?$""")
# `key = \"\"\"value\"\"\"` (Grafana's ini: a value holding `#` or `;` is so wrapped)
_TRIPLE_QUOTED = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][\w.-]{0,127})[ \t]*=[ \t]*\"\"\"(?P<value>[^\n]{1,512}?)\"\"\"[ \t]*\r?$""")
# mbsyncrc's `Pass value` (quoted or bare)
_MBSYNC_PASS = lazy_regex(r"""^[ \t]*Pass[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,256})"|(?P<bare>[^\s"]\S{0,255}))[ \t]*\r?$""", re.IGNORECASE)
# A Gmail (Google) app password: four groups of four lower-case letters.
_APP_PASSWORD = lazy_regex(r"""^[a-z]{4}(?: [a-z]{4}){3}$""")
_APP_PASSWORD_LETTERS = 9  # distinct letters a drawn one holds at least (16 of 26 drawn: 12 on average)
# A page's word for Google's mail: its SMTP or IMAP host, Gmail, Google Workspace's account
_GOOGLE_MAIL = lazy_regex(r"(?i)\b(?:smtp|imap|pop)\.g(?:oogle)?mail\.com\b|\bgmail\b|\bgoogle[ \t]+(?:workspace|account|mail)\b")
_GOOGLE_MAIL_READ = 40  # lines either side looked at for it


def drawn_app_password(value: str) -> bool:
    """A Google app password's shape (four groups of four lower-case letters) drawn as Google draws one: not a
    few letters repeated (`xxxx xxxx …`) nor a group counting up (`abcd efgh …`)."""
    if _APP_PASSWORD.match(value) is None or len(set(value.replace(" ", ""))) < _APP_PASSWORD_LETTERS:
        return False
    return not any(steps_up(group) for group in value.split(" "))


def app_password_stand_in(value: str) -> bool:
    """(stop 66) An app password's shape filled in by hand where the password goes, as Google's documentation and example
    configs show it: its groups counting up (`abcd efgh ijkl mnop`), one letter repeated in each (`xxxx xxxx …`), or a
    group stepping up (`abcd wxyz …`). A drawn one does none of these (a group steps up once in 17,576 draws)."""
    groups = value.lower().split(" ")
    return counts_up_in_groups(value.lower()) or all(len(set(group)) == 1 for group in groups) or any(
        steps_up(group) for group in groups)


# (the same sixteen letters run together, as a mailer's settings take them pasted: Google's, Microsoft's and Yahoo's
# app passwords are all sixteen lower-case letters)
_RUN_TOGETHER_APP_PASSWORD = lazy_regex(r"""^[a-z]{16}$""")


def drawn_app_password_run_together(value: str) -> bool:
    """An app password's sixteen lower-case letters written without their blanks, drawn (as drawn_app_password reads
    its four groups), spelling no stock example's word (`yourpasswordhere`)."""
    from secretfence.kinds._helpers import is_placeholder, spells_an_example_password

    if _RUN_TOGETHER_APP_PASSWORD.match(value) is None or spells_an_example_password(value) or is_placeholder(value):
        return False
    return drawn_app_password(" ".join(value[at:at + 4] for at in range(0, 16, 4)))


def beside_google_mail(lines: Sequence[str], index: int) -> bool:
    """The page names Google's mail near the line (`smtp.gmail.com`, Gmail, a Google Workspace account)."""
    for at in range(max(0, index - _GOOGLE_MAIL_READ), min(len(lines), index + _GOOGLE_MAIL_READ + 1)):
        text = line_text(lines, at)
        if ("mail" in text or "MAIL" in text or "oogle" in text or "OOGLE" in text) and _GOOGLE_MAIL.search(text[:1024]):
            return True
    return False
# A mail relay's SMTP password in the shape its provider issues one, where the page names the provider's mail host or the
# provider itself: Mailgun's SMTP credentials' and private API keys' `<32 hex>-<8 hex>-<8 hex>` (what its console draws
# for `postmaster@mg.…`), a value no person chooses and no example spells (an example's is `key-…` or a placeholder).
_RELAY_ISSUED_PASSWORDS = (
    (lazy_regex(r"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$"), lazy_regex(r"(?i)mailgun")),
)
_RELAY_NAME_READ = 20  # lines either side looked at for the provider's name


def relay_issued_password(lines: Sequence[str], index: int, value: str) -> bool:
    """The value has the shape a mail relay's provider issues its SMTP password in and the page names the provider near
    line `index` (see _RELAY_ISSUED_PASSWORDS)."""
    for shape, provider in _RELAY_ISSUED_PASSWORDS:
        if shape.match(value) is not None and len(set(value)) >= 10:
            return any(provider.search(line_text(lines, at)[:1024]) is not None
                       for at in range(max(0, index - _RELAY_NAME_READ), min(len(lines), index + _RELAY_NAME_READ + 1)))
    return False


# Synapse's signing key: `ed25519 <key id> <32 bytes, unpadded base64>` (the verify key is `ed25519:<id>`)
_SIGNING_KEY = lazy_regex(r"""(?<![\w:/-])ed25519[ \t]+(?P<id>[A-Za-z0-9_]{1,64})[ \t]+(?P<key>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])""")
# docker-mailserver's `setup email add|update <address> <password>`, `setup relay add-auth <domain> <user> <password>`,
# the old `addmailuser <address> <password>`; Mailu's `flask mailu admin|user|password <local> <domain> <password>`.
_ARGUMENT = r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;&|)<>]{1,256}))"""
_MAIL_COMMANDS = lazy_regex(
    r"""(?:(?<![\w-])setup(?:\.sh)?[ \t]+(?:email[ \t]+(?:add|update)[ \t]+(?P<address>[^\s@"']{1,128}@[^\s"']{1,253})"""
    r"""|relay[ \t]+add-auth[ \t]+(?P<domain>[^\s"']{1,253})[ \t]+(?P<relay_user>[^\s"']{1,128}))"""
    r"""|(?<![\w-])addmailuser[ \t]+(?P<old_address>[^\s@"']{1,128}@[^\s"']{1,253})"""
    r"""|(?<![\w-])flask[ \t]+mailu[ \t]+(?:admin|user|password)[ \t]+(?P<local>[^\s"']{1,128})[ \t]+(?P<mailu_domain>[^\s"']{1,253}))"""
    r"""[ \t]+""" + _ARGUMENT
)

# sendmail's `AuthInfo:<host> "U:user" "I:authid" "P:password" "R:realm" "M:mechanisms"` (`"P=…"`: base64)
_AUTHINFO = lazy_regex(r"""(?i)(?<![\w-])AuthInfo:[^\s"]{0,253}[ \t]+(?P<items>"[^\n]{1,2048})""")
_AUTHINFO_ITEM = lazy_regex(r'''"(?P<tag>[UIPRMuiprm])(?P<sep>[:=])(?P<value>[^"\n]{0,256})"''')
# dma's auth.conf: `user|smarthost:password` (dma splits at the first `|`, then the first `:`; the rest is the password)
_DMA_AUTH_LINE = lazy_regex(
    r"""^[ \t]*(?P<user>[^\s|#][^\s|]{0,127})\|(?P<host>[A-Za-z0-9][A-Za-z0-9.-]{0,252}):(?P<pw>\S(?:[^\n]{0,255}\S)?)[ \t]*\r?$"""
)
# Monit's `allow user:password` (either part quoted)
_MONIT_ALLOW = lazy_regex(
    r"""(?i)(?<![\w-])allow[ \t]+(?P<user>"[^"\n]{1,64}"|'[^'\n]{1,64}'|[A-Za-z_][^\s:"'#]{0,63}):"""
    r"""(?P<pw>"[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"']{1,256})"""  # (a `#` after a blank opens a comment; inside, it is the password's)
)
_IPV6 = lazy_regex(r"""^[0-9A-Fa-f:.]{2,64}(?:/[0-9]{1,3})?$""")  # (`allow fe80::1/64`: a network)
_MONIT_BLOCK_LINES = 64  # lines above an `allow` read for its `set httpd`
# log4net's property element: `<password value="…" />` (`<Password value='…'></Password>`), and the appender
# element it stands under (`<appender name="…" type="log4net.Appender.SmtpAppender">`).
_LOG4NET_PROPERTY = lazy_regex(
    r"""^[ \t]*<(?P<name>[A-Za-z_][\w.-]{0,63})[ \t]+value[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})')"""
    r"""[ \t]*(?:/>|>[ \t]*</(?P=name)[ \t]*>)"""
)
_APPENDER_OPEN = lazy_regex(r"""<appender[\s>]""", re.IGNORECASE)
_APPENDER_LINES = 64  # lines above a property read for its appender's opening
_APPENDER_READ = 512  # characters of each read
# An SMTP session: `AUTH PLAIN <base64>` (the base64 may follow on a later line), AUTH LOGIN's password challenge
_AUTH_PLAIN = lazy_regex(r"""(?i)(?<![\w-])AUTH[ \t]+PLAIN(?:[ \t]+(?P<b64>[A-Za-z0-9+/]{8,4096}={0,2})(?![A-Za-z0-9+/=]))?""")
_PASSWORD_CHALLENGE = lazy_regex(r"""(?<![\w])334[ \t-]+(?:UGFzc3dvcmQ6|cGFzc3dvcmQ6)(?![A-Za-z0-9+/=])""")
_CHALLENGES = ("UGFzc3dvcmQ6", "cGFzc3dvcmQ6", "VXNlcm5hbWU6", "dXNlcm5hbWU6")  # ("Password:", "Username:")
_SESSION_TOKEN = lazy_regex(r"""[A-Za-z0-9+/]{4,4096}={0,2}""")
_SESSION_LINES = 3  # lines after a challenge (or a bare `AUTH PLAIN`) read for the client's answer
# The SASL PLAIN specification's (RFC 4616) own example's password: no one's.
_SPEC_EXAMPLES = frozenset({"tanstaaftanstaaf"})

# A password command (msmtp's and fetchmail's `passwordeval`, isync's `PassCmd`, aerc's `source-cred-cmd`/`outgoing-cred-cmd`,
# a `password_command`/`pass_cmd` setting; an option's `--passwordeval=`) that only prints a literal: `echo [-n] …`,
# `printf [%s] …`, the literal bare or quoted. A variable (`$`), a command substitution or a pipe after it is no literal.
# (stop 65: a bare literal's `$` inside it, after a word and before a capitalised word and its number, `Jebena$Kaffa2490`,
# is a chosen password's symbol as its author wrote it, no variable's name: `$HOME`, `$SUFFIX`, `${X}` stay out)
_PRINTED_PASSWORD = lazy_regex(
    r"""(?i)(?<![\w-])-{0,2}(?P<key>passwordeval|passcmd|pass[-_]cmd|password[-_]?(?:cmd|command|eval)|(?:source|outgoing)-cred-cmd)"""
    r"""(?:[ \t]*=[ \t]*|[ \t]+)(?P<q>["']?)[ \t]*(?:echo(?:[ \t]+-[neE]{1,3})?|printf(?:[ \t]+(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s))?)"""
    r"""[ \t]+(?:"(?P<dq>[^"$`\\\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'"""
    r"""|(?P<bare>[^\s"'`$;|&<>()]{1,256}(?:(?-i:\$[A-Z][a-z][A-Za-z]{0,62}[0-9])[^\s"'`$;|&<>()]{0,64})?))[ \t]*(?P=q)"""
    r"""(?![^\s"';)])""")

MAIL_TRIGGERS: Triggers = Triggers(
    exact=('"""', "UGFzc3dvcmQ6", "cGFzc3dvcmQ6"),
    folded=("{plain", "{clear", "dnpass", "client_send", "{$auth", "_servers", "loadmodule", "server", "sendpass",
            "recvpass", "diepass", "restartpass", "sasl_password_maps", "ed25519", "setup", "addmailuser", "flask",
            "authinfo:", "auth plain", "allow") + _PRINTED_WORDS,
    # (an authinfo entry in any file: _authinfo_entry)
    pairs=(("host ", "password"), ("default ", "password"), ("machine ", "password"),
           ("<", "value")),  # (a log4net property element: _log4net_property)
    names=lambda lowered_name: (any(word in lowered_name for word in _NAME_WORDS) and _ROLE_NAME.search(lowered_name) is not None)
    or ("znc" in lowered_name and _ZNC_NAME.search(lowered_name) is not None))


def mail_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each mail or chat
    server credential the line holds (see the module's doc)."""
    line = line_text(lines, index)[:_LINE_READ]
    stripped = line.lstrip()
    if not stripped or stripped.startswith(("#", "//", ";", "--")):
        return  # (a comment: the format's example, a line switched off)
    if any(word in lowered_name for word in _NAME_WORDS) and _ROLE_NAME.search(lowered_name) is not None:
        yield from _role_file_secrets(line, lowered_name)
    lowered = line.lower()
    if "sasl_password_maps" in lowered:
        yield from _postfix_maps(line)
    if "{plain" in lowered or "{clear" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _PLAIN_SCHEME.finditer(line)):
            yield 0, f"Dovecot password in the {found.group('scheme').upper()} (plaintext) scheme", "password", found.group("pw"), Judgement.JUDGED
    if any(word in lowered for word in _PRINTED_WORDS):
        yield from _printed_passwords(line)
    if in_code:
        if "plain" in lowered:
            yield from _coded_auth_plain(line)
        yield from _commands(line, lowered)
        return
    if "dnpass" in lowered:
        found = _DNPASS.match(line)
        if found is not None:
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, "Dovecot LDAP bind DN's password (dnpass)", "password", value, Judgement.JUDGED
    if "client_send" in lowered:
        yield from _client_send(line)
    if "{$auth" in lowered and "eq{$auth" in lowered.replace(" ", ""):
        yield from _auth_conditions(line)
    if "_servers" in lowered:
        yield from _lookup_servers(line)
    if "loadmodule" in lowered or ("server" in lowered and "znc" in lowered_name):
        yield from _znc(line)
    if "pass" in lowered and ("sendpass" in lowered or "recvpass" in lowered or "diepass" in lowered or "restartpass" in lowered):
        for _, found in zip(range(_VALUES_A_LINE), _IRCD_PASS.finditer(line)):
            yield 0, f"IRC server's {found.group('key')}", "password", found.group("value"), Judgement.JUDGED
    if '"""' in line:
        found = _TRIPLE_QUOTED.match(line)
        if found is not None:
            yield 0, f"triple-quoted value of {found.group('key')}", found.group("key"), found.group("value"), Judgement.NAMED_AND_JUDGED
    if "ed25519" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _SIGNING_KEY.finditer(line)):
            key = found.group("key")
            # (32 bytes: the 43rd character holds 2 bits and 4 zeros; random bytes, no run or pattern)
            if key[-1] in "AEIMQUYcgkosw048" and len(set(key)) >= 16:
                yield 0, f"Matrix (Synapse) signing key ed25519:{found.group('id')}", "signing_key", key, Judgement.PROVEN
    if "authinfo:" in lowered:
        yield from _sendmail_authinfo(line)
    if "password" in line and not (any(word in lowered_name for word in _NAME_WORDS) and _ROLE_NAME.search(lowered_name)):
        yield from _authinfo_entry(line, False)
    if "allow" in lowered:
        yield from _monit_allow(lines, index, line, lowered_name)
    if "value" in lowered and "<" in line:
        yield from _log4net_property(lines, index, line, lowered_name)
    yield from smtp_session_secrets(lines, index)
    yield from _commands(line, lowered)


def _base64_text(token: str, nul: bool = False) -> Optional[str]:
    """The printable text `token` is the base64 of (NULs kept where `nul`: SASL PLAIN's separators), or None."""
    import base64
    import binascii

    padded = token + "=" * (-len(token) % 4) if "=" not in token else token
    try:
        text = base64.b64decode(padded, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not text or not (text.replace("\0", "") if nul else text).isprintable():
        return None
    return text


def _sendmail_authinfo(line: str) -> Iterator[Found]:
    found = _AUTHINFO.search(line)
    if found is None:
        return
    for _, item in zip(range(_VALUES_A_LINE), _AUTHINFO_ITEM.finditer(found.group("items"))):
        if item.group("tag").upper() != "P":
            continue
        value: Optional[str] = item.group("value")
        if item.group("sep") == "=":  # (`"P=…"`: the password in base64)
            value = _base64_text(item.group("value"))
        if value:
            yield 0, "sendmail AuthInfo password (\"P:\")", "password", value, Judgement.JUDGED


def _monit_allow(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    """Monit's `allow user:password`, in a file named for Monit, on a `set httpd` line or under one."""
    if "monit" not in lowered_name and "set httpd" not in line.lower() and not _under_set_httpd(lines, index):
        return
    for _, found in zip(range(_VALUES_A_LINE), _MONIT_ALLOW.finditer(line)):
        user, password = found.group("user"), found.group("pw")
        if _IPV6.match(f"{user}:{password}"):
            continue  # an IPv6 host or network (`allow fe80::1`, `allow 2001:db8::/32`)
        if password[0] in "\"'":
            password = password[1:-1]
        yield 0, f"Monit httpd password of {user.strip(chr(34) + chr(39))} (allow user:password)", "password", password, Judgement.JUDGED


def _log4net_property(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    """log4net's `<name value="…" />` where the name names a credential, under an `<appender>` (or in a file
    named for log4net)."""
    found = _LOG4NET_PROPERTY.match(line)
    if found is None:
        return
    name = found.group("name")
    lowered = name.lower()
    if not any(word in lowered for word in _LOG4NET_HEADS):
        return
    if "log4net" not in lowered_name and not _under_appender(lines, index):
        return
    value = found.group("dq") if found.group("dq") is not None else found.group("sq") or ""
    yield 0, f"log4net appender's <{name} value=…>", name, value, Judgement.NAMED_AND_JUDGED  # (as written, entities and all)


def _under_appender(lines: Sequence[str], index: int) -> bool:
    """The line stands in a log4net `<appender>` element: its opening is above, its closing not between."""
    for position in range(index - 1, max(-1, index - 1 - _APPENDER_LINES), -1):
        text = line_text(lines, position)[:_APPENDER_READ].lower()  # (an element's tag opens its line)
        if "appender" not in text:
            continue
        if "</appender" in text:
            return False
        if _APPENDER_OPEN.search(text) is not None:
            return True
    return False


def _under_set_httpd(lines: Sequence[str], index: int) -> bool:
    """An `allow` line stands in Monit's `set httpd` statement: the nearest statement above opens it."""
    for position in range(index - 1, max(-1, index - _MONIT_BLOCK_LINES), -1):
        stripped = line_text(lines, position).strip().lower()
        if stripped.startswith("set httpd"):
            return True
        if stripped.startswith(("set ", "check ", "include ")):
            return False
    return False


def smtp_session_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The password an SMTP session's record on `lines[index]` sends (decoded), at the line holding
    it: `AUTH PLAIN <base64>` (its base64 on a line after a bare `AUTH PLAIN` too), AUTH LOGIN's answer
    to the server's password challenge (`334 UGFzc3dvcmQ6`) on a line after it."""
    line = line_text(lines, index)[:_LINE_READ]
    if "Fzc3dvcmQ6" in line and _PASSWORD_CHALLENGE.search(line) is not None:  # (`UGFzc3dvcmQ6`, `cGFzc3dvcmQ6`)
        for offset, token in _answers(lines, index):
            password = _base64_text(token)
            if password is not None and password not in _SPEC_EXAMPLES:
                yield (offset, "SMTP AUTH LOGIN password (base64 in a session's record)", "password", password,
                       _session_judgement(password))
        return
    if "plain" not in line.lower():
        return
    found = _AUTH_PLAIN.search(line)
    if found is None:
        return
    answers = [(0, found.group("b64"))] if found.group("b64") else []
    for offset, token in answers + list(_answers(lines, index, stop=False)):
        decoded = _base64_text(token, nul=True)
        parts = decoded.split("\0") if decoded is not None else []
        if len(parts) == 3 and parts[2] and parts[2] not in _SPEC_EXAMPLES:
            yield (offset, f"SMTP AUTH PLAIN password of {parts[1] or parts[0]} (base64 in a session's record)", "password", parts[2],
                   _session_judgement(parts[2]))
            return


# (stop 66) A program's own SASL PLAIN message, written whole in a string literal it sends (`docmd("AUTH PLAIN …")`, a
# constant `AUTH_LINE = "AUTH PLAIN …"`, a test double's expected line): the base64 of a user and a password, replayed as
# a login. Only its own literal is read (a session record's answer on the lines below is a log's, not code's).
_CODED_AUTH_PLAIN = lazy_regex(r"""["'`](?:[^"'`\n]{0,64}[ \t])?AUTH[ \t]+PLAIN[ \t]+(?P<b64>[A-Za-z0-9+/]{8,4096}={0,2})"""
                               r"""(?:\\r|\\n|[ \t]){0,4}["'`]""", re.IGNORECASE)


def _coded_auth_plain(line: str) -> Iterator[Found]:
    """The password of an AUTH PLAIN message a string literal of code holds whole (see _CODED_AUTH_PLAIN)."""
    found = _CODED_AUTH_PLAIN.search(line)
    if found is None:
        return
    decoded = _base64_text(found.group("b64"), nul=True)
    parts = decoded.split("\0") if decoded is not None else []
    if len(parts) == 3 and parts[2] and parts[2] not in _SPEC_EXAMPLES:
        yield (0, f"SMTP AUTH PLAIN password of {parts[1] or parts[0]} (base64 in a literal of code)", "password", parts[2],
               _session_judgement(parts[2]))


def _session_judgement(password: str) -> Judgement:
    """How a password a session's record sends is judged: as any password; but one in a format a sharper detector
    owns (SendGrid's relay logs in as `apikey` with its `SG.…` key as the password) is that detector's to judge on the
    raw line, where the base64 hides it: here its shape is judged as a credential's, and then it stands."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._literal_reading import owned_format

    if owned_format(password) and is_literal_credential(password, True, False, key="password"):
        return Judgement.PROVEN
    return Judgement.JUDGED


def _answers(lines: Sequence[str], index: int, stop: bool = True) -> Iterator[Tuple[int, str]]:
    """(offset, base64 token) of the client's answer on the lines after `lines[index]`: the last base64
    token of the first line holding one (a server's challenge, smtplib's `retcode` line, a blank skipped);
    where `stop`, only the first such line is offered."""
    for offset in range(1, _SESSION_LINES + 1):
        text = line_text(lines, index + offset)[:_LINE_READ]
        if not text.strip() or any(challenge in text for challenge in _CHALLENGES) or "retcode" in text:
            continue
        tokens = _SESSION_TOKEN.findall(text.replace("\\r", " ").replace("\\n", " "))
        if tokens:
            yield offset, tokens[-1]
            if stop:
                return


def _role_file_secrets(line: str, lowered_name: str) -> Iterator[Found]:
    if _SASL_MAP_NAME.search(lowered_name) is not None:
        found = SASL_MAP_LINE.match(line)
        if found is not None:
            yield (0, f"Postfix SASL password of {found.group('user')} for {found.group('host')}", "password", found.group("pw"),
                   Judgement.JUDGED)
    elif _EXIM_CLIENT_NAME.search(lowered_name) is not None:
        found = _EXIM_CLIENT_LINE.match(line)
        if found is not None:
            yield (0, f"Exim client password of {found.group('user')} for {found.group('host')}", "password", found.group("pw"),
                   Judgement.JUDGED)
    elif _EXIM_SERVER_NAME.search(lowered_name) is not None:
        found = _EXIM_SERVER_LINE.match(line)
        if found is not None:  # (the second field is a crypt hash, a verifier; the third the cleartext)
            yield 0, f"Exim server's cleartext password of {found.group('user')}", "password", found.group("pw"), Judgement.JUDGED
    elif _ZULIPRC_NAME.search(lowered_name) is not None:
        found = _ZULIP_KEY.match(line)
        if found is not None:
            yield 0, "Zulip API key (zuliprc)", "api_key", found.group("value"), Judgement.JUDGED
    elif _MBSYNC_NAME.search(lowered_name) is not None:
        found = _MBSYNC_PASS.match(line)
        if found is not None:
            value = found.group("dq") if found.group("dq") is not None else found.group("bare") or ""
            if _APP_PASSWORD.match(value):
                if not app_password_stand_in(value):
                    yield 0, "Google app password (mbsync's Pass)", "password", value, Judgement.PROVEN
            else:
                yield 0, "IMAP password (mbsync's Pass)", "password", value, Judgement.JUDGED
    elif _AUTHINFO_NAME.search(lowered_name) is not None:
        yield from _authinfo_entry(line, True)
    elif _DMA_AUTH_NAME.search(lowered_name) is not None:
        found = _DMA_AUTH_LINE.match(line)
        if found is not None:
            yield (0, f"dma SMTP password of {found.group('user')} for {found.group('host')}", "password", found.group("pw"),
                   Judgement.JUDGED)


# An authinfo (or netrc) entry's tokens: a quoted value (`\"` escapes a quote), or a word.
_AUTHINFO_TOKEN = lazy_regex(r""""(?P<dq>(?:[^"\\\n]|\\.){0,512})"|'(?P<sq>[^'\n]{0,512})'|(?P<word>[^\s"']{1,512})""")
_AUTHINFO_TOKENS_READ = 32
_AUTHINFO_HOST_WORDS = frozenset({"machine", "host"})
_AUTHINFO_USER_WORDS = frozenset({"login", "user"})
_AUTHINFO_HEAD = lazy_regex(r"""^[ \t]*(?:machine|host|default)[ \t]""")
_ANONYMOUS_USERS = frozenset({"anonymous", "ftp"})


def _authinfo_entry(line: str, named: bool) -> Iterator[Found]:
    """The password of an authinfo entry on the line (see _AUTHINFO_FILE): in a file so named, or in any file a line
    opening with `machine`/`host`/`default` whose form netrc's reading leaves (a quoted value, `host`, `user`)."""
    if not _AUTHINFO_HEAD.match(line):
        return
    tokens: List[Tuple[str, bool]] = []  # (the text, quoted)
    for found in _AUTHINFO_TOKEN.finditer(line[:_LINE_READ]):
        if len(tokens) >= _AUTHINFO_TOKENS_READ:
            break
        word = found.group("word")
        if word is not None and word.startswith("#"):
            break  # (a comment after the entry)
        quoted = found.group("dq") if found.group("dq") is not None else found.group("sq")
        tokens.append((re.sub(r"\\(.)", r"\1", quoted), True) if quoted is not None else (word or "", False))
    fields: Dict[str, str] = {}
    position = 0
    while position < len(tokens):
        word, quoted = tokens[position]
        if word == "default" and not quoted:
            fields.setdefault("host", "default")
            position += 1
            continue
        if position + 1 >= len(tokens):
            break
        fields.setdefault(word.lower(), tokens[position + 1][0])
        if word.lower() in _AUTHINFO_HOST_WORDS:
            fields.setdefault("host", tokens[position + 1][0])
        elif word.lower() in _AUTHINFO_USER_WORDS:
            fields.setdefault("user", tokens[position + 1][0])
        position += 2
    password, user, host = fields.get("password"), fields.get("user"), fields.get("host")
    if not password or not host or user is None:
        return
    if not named and not (any(quoted for _, quoted in tokens) or "host" in fields and "machine" not in fields
                          or "user" in fields and "login" not in fields):
        return  # (netrc's own form: the package-index kind reads it)
    if user.lower() in _ANONYMOUS_USERS:
        return  # anonymous FTP: the password is by convention an address
    if _APP_PASSWORD.match(password):  # (Gnus' `.authinfo` for Gmail: its app password, four groups of four letters)
        if not app_password_stand_in(password):
            yield 0, f"Google app password of {user} for {host} (authinfo)", "password", password, Judgement.PROVEN
    else:
        yield 0, f"authinfo password of {user} for {host}", "password", password, Judgement.JUDGED


def _postfix_maps(line: str) -> Iterator[Found]:
    found = _STATIC_MAP.search(line)
    if found is not None:
        yield 0, f"Postfix static SASL password of {found.group('user')}", "password", found.group("pw"), Judgement.JUDGED
        return
    inline = _INLINE_MAP.search(line)
    if inline is not None:
        for _, entry in zip(range(_VALUES_A_LINE), inline.group("body").split(",")):
            pair = _INLINE_ENTRY.match(entry)
            if pair is not None:
                yield (0, f"Postfix inline SASL password of {pair.group('user')} for {pair.group('key')}", "password", pair.group("pw"),
                       Judgement.JUDGED)


def _client_send(line: str) -> Iterator[Found]:
    """An Exim plaintext authenticator's `client_send`: a string list (`:` between, `::` a colon,
    `<;` another separator first), its last item the password; PLAIN's `^user^password` as one item."""
    found = _CLIENT_SEND.match(line)
    if found is None:
        return
    value = found.group("value").strip()
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        value = value[1:-1].strip()
    separator = ":"
    if value.startswith("<") and len(value) > 1 and not value[1].isalnum() and not value[1].isspace():
        separator, value = value[1], value[2:]
    items = [item.strip() for item in (value.replace("::", "\0").split(separator) if separator == ":" else value.split(separator))]
    items = [item.replace("\0", ":") for item in items]
    last = items[-1] if items else ""
    if "^" in last:
        last = last.rsplit("^", 1)[-1]
    if last and "$" not in last and "{" not in last:
        yield 0, "Exim authenticator's client_send password", "password", last, Judgement.JUDGED


def _auth_conditions(line: str) -> Iterator[Found]:
    compared: List[Tuple[str, str]] = [(found.group("n"), found.group("value").strip())
                                       for _, found in zip(range(_VALUES_A_LINE), _AUTH_COMPARED.finditer(line))]
    numbers = {number for number, _ in compared}
    for number, value in compared:
        # (PLAIN's $auth3 is the password; LOGIN's is $auth2, its user $auth1)
        if number == "3" or (number == "2" and "1" in numbers and "3" not in numbers):
            yield 0, f"Exim server authenticator's literal password ($auth{number})", "password", value, Judgement.JUDGED


def _lookup_servers(line: str) -> Iterator[Found]:
    found = _LOOKUP_SERVERS.match(line)
    if found is None:
        return
    kind = found.group("kind").lower()
    value = found.group("value")
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        value = value[1:-1]  # (detect-secrets' INI reading hands the line on again as `key = "value"`)
    for _, server in zip(range(_VALUES_A_LINE), _LIST_SEPARATOR.split(value)):
        parts = server.strip().split("/")
        if len(parts) >= 2 and parts[-1] and "$" not in parts[-1]:
            yield 0, f"Exim {kind} lookup's password", "password", parts[-1], Judgement.JUDGED


def _znc(line: str) -> Iterator[Found]:
    module = _ZNC_MODULE.match(line)
    if module is not None:
        args = module.group("args").split()
        wanted = 1 if module.group("module").lower() == "nickserv" else 2
        if len(args) == wanted:
            yield 0, f"ZNC {module.group('module').lower()} module's password", "password", args[-1], Judgement.JUDGED
        return
    server = _ZNC_SERVER.match(line)
    if server is not None:
        yield 0, f"ZNC server password for {server.group('host')}", "password", server.group("pw"), Judgement.JUDGED


def _printed_passwords(line: str) -> Iterator[Found]:
    for _, found in zip(range(_VALUES_A_LINE), _PRINTED_PASSWORD.finditer(line)):
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        yield 0, f"mail password printed by its password command ({found.group('key')})", "password", value, Judgement.JUDGED


def _commands(line: str, lowered: str) -> Iterator[Found]:
    if not ("setup" in lowered or "addmailuser" in lowered or "flask" in lowered):
        return
    for _, found in zip(range(_VALUES_A_LINE), _MAIL_COMMANDS.finditer(line)):
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        who = (found.group("address") or found.group("old_address") or found.group("relay_user")
               or f"{found.group('local')}@{found.group('mailu_domain')}")
        yield 0, f"mail server account password of {who} given to its setup command", "password", value, Judgement.JUDGED


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample('<log4net>\n  <appender name="Mail" type="log4net.Appender.SmtpAppender">\n    <smtpHost value="smtp.office365.com" />\n'
               '    <authentication value="Basic" />\n    <username value="alerts@corp.example" />\n'
               '    <password value="Quartz7Heron&amp;214" />\n  </appender>\n</log4net>\n', "Service/log4net.config",
               "log4net SmtpAppender's <password value>"),
        Sample('<configuration>\n  <log4net>\n    <appender name="Seq" type="Seq.Client.Log4Net.SeqAppender, Seq.Client.Log4Net">\n'
               "      <serverUrl value='https://seq.corp.example' />\n      <apiKey value='pQ7vN2kX9mLr4TzW8bYc' />\n"
               "    </appender>\n  </log4net>\n</configuration>\n", "Web.config", "a log4net appender's <apiKey value> in Web.config"),
        Sample("# relay\n[smtp.relay.example]:submission    ops@relay.example:Orchid%Lantern6231\n", "etc/postfix/sasl_passwd",
               "a Postfix SASL map, its port a service name"),
        Sample("@alerts.example-shop.test   AKIAQ3EXAMPLE7ZKP4NA:BC8vKm2Zq9Wx4Lt7Np3Rb6Hd1Jf5Gs0Ak2Xm8Vq4Tz9W\n",
               "deploy/postfix/sender_sasl_passwd", "a sender-dependent map's SES SMTP pair"),
        Sample("@coop.example.org   relay-4410:quartz-ember-fable-lagoon31\n", "dms/config/postfix-sasl-password.cf",
               "docker-mailserver's postfix-sasl-password.cf"),
        Sample("smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = static:relay@corp.example:Juniper%Falcon2716\n",
               "relay/main.cf", "main.cf's static SASL map"),
        Sample("svc:{PLAIN}Tundra!Maple9027:5000:5000::/var/vmail/svc::\n", "etc/dovecot/users", "a passwd-file's PLAIN scheme"),
        Sample("dn = cn=dovecot,dc=corp,dc=example\ndnpass = 'Granite#Osprey3318'\n", "etc/dovecot/dovecot-ldap.conf.ext",
               "dovecot-ldap's dnpass"),
        Sample("# host:login:password\n*.relay.example:printer-7:lumen-otter-cactus-violet9\n", "etc/exim4/passwd.client",
               "Exim's passwd.client"),
        Sample("relay_login:\n  driver = plaintext\n  public_name = LOGIN\n  client_send = : relay@mg.example : Zx7Kq2Wm9Lt4Rb6\n",
               "exim/exim.conf", "Exim's client_send (LOGIN)"),
        Sample("relay_plain:\n  driver = plaintext\n  client_send = ^relay^Hollow!Beacon4821\n", "exim/exim.conf",
               "Exim's client_send (PLAIN)"),
        Sample("  server_condition = ${if eq {$auth3}{Tarn!Mosaic8146}}\n", "exim/exim.conf",
               "Exim's PLAIN condition, a blank after eq"),
        Sample("  server_condition = ${if and {{eq{$auth2}{scanner}}{eq{$auth3}{Pebble#Harbor5132}}}}\n", "exim/exim.conf",
               "Exim's server condition comparing to a literal"),
        Sample("hide redis_servers = cache.mail.internal/0/Cobalt!Meadow6604\n", "exim4/conf.d/main/00_local_macros",
               "Exim's redis_servers"),
        Sample("        <Network oftc>\n                LoadModule = nickserv Saffron!Pelican3381\n", "znc/configs/znc.conf",
               "ZNC's nickserv module"),
        Sample("                Server     = irc.corp.example +6697 Kq8Wz2Lm5Tn7Rv3Xb9Pc\n", "znc/configs/znc.conf",
               "ZNC's server password"),
        Sample('<link name="leaf.irc.example"\n      sendpass="Tq7Wk2Zm9Lx4Rb8Nc3Vd6Hj1Gf5Ps0Ay"\n      recvpass="Tq7Wk2Zm9Lx4Rb8Nc3Vd6Hj1Gf5Ps0Ay">\n',
               "inspircd/links.conf", "InspIRCd's link passwords"),
        Sample("[api]\nemail=bot@team.zulipchat.example\nkey=Wq5Zt8Lk2Mn7Xv4Rb9Pc3Hd6Jf1Gs0Aa\n", "bots/notifier/zuliprc",
               "a zuliprc's API key"),
        Sample("password = \"\"\"Kestrel*Summit4408\"\"\"\n", "grafana/smtp.ini", "Grafana's triple-quoted value (no section)"),
        Sample("IMAPAccount mail\nUser me@gmail.example\nPass \"qwhd lmzo pkrt ufay\"\n", "dotfiles/mbsyncrc",
               "mbsync's Pass holding a spaced app password"),
        Sample("signing_key: \"ed25519 a_Qx7T Hq3Zw8Lk2Vn6Tx4Rb9Mp1Yc7Wd5Fs0Gj2Kl8Np4Qr6k\"\n", "host_vars/matrix/synapse.yml",
               "Synapse's signing key in a variable"),
        Sample("accounts:\n\tdocker compose exec mailserver setup email add admin@coop.example 'Thistle.Ember2291'\n", "Makefile",
               "docker-mailserver's setup email add"),
        Sample('AuthInfo:smtp.relay.example "U:scan@corp.example" "P:Heron!Garnet2274" "M:PLAIN LOGIN"\n', "etc/mail/authinfo",
               "sendmail's AuthInfo entry"),
        Sample(f'AuthInfo:relay.corp.example:587 "U:ops" "P={_b64("Tulip#Forge6613")}"\n', "etc/mail/access",
               "sendmail's AuthInfo password in base64 (P=)"),
        Sample("# user|smarthost:password\nscanner|smtp.relay.example:Cobalt!Lagoon7742\n", "etc/dma/auth.conf", "dma's auth.conf"),
        Sample("set httpd port 2812 and\n    use address 0.0.0.0\n    allow 10.0.0.0/8\n    allow ops:Fable#Ridge3390 read-only\n",
               "roles/monit/files/httpd.cfg", "Monit's allow user:password under set httpd"),
        Sample(f"DEBUG send: 'AUTH PLAIN {_b64(chr(0) + 'alerts@shop.example' + chr(0) + 'Walnut!Ember6620')}\\r\\n'\n"
               "DEBUG reply: b'235 2.7.0 Authentication successful\\r\\n'\n", "logs/mailer-debug.log",
               "an SMTP debug log's AUTH PLAIN"),
        Sample(f" -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> {_b64('ops@shop.example')}\n<-  334 UGFzc3dvcmQ6\n"
               f" -> {_b64('Orchid$Basalt4471')}\n<-  235 2.7.0 Authentication successful\n", "ops/relay-check.log",
               "swaks' AUTH LOGIN exchange"),
        # (blind round 11: an authinfo file, SAS's and Gnus'; an entry written to one by a script)
        Sample('# SAS AUTHINFO= file\ndefault user "svc_sas" password "Aliquot@Pipette8534"\n'
               'host sasapp.corp.example.net port 8591 user svc_sas password "Lantern Osprey!4471"\n', "sas-config/_authinfo",
               "SAS's authinfo: a default entry and a host's, quoted values"),
        Sample('machine imap.gmail.com login me@corp.io password "qwhz mtkd pbex rvno" port 993\n', "home/.authinfo",
               "Gnus' authinfo holding a Google app password"),
        Sample('cat > ~/.authinfo <<EOF\nhost cas.corp.io user "casuser" password "Birch-Lattice5713"\nEOF\n', "bin/setup.sh",
               "an authinfo entry written by a script"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample('<appender name="Mail" type="log4net.Appender.SmtpAppender">\n    <username value="alerts@corp.example" />\n'
               '    <password value="${SMTP_PASSWORD}" />\n    <passwordHint value="ask the ops desk" />\n</appender>\n'
               '<appender name="Mail2" type="log4net.Appender.SmtpAppender">\n    <password value="changeme" />\n</appender>\n',
               "log4net.config", "log4net's password from the environment, a placeholder"),
        Sample('<appender-ref ref="Mail" />\n<setting name="ApiKey">\n<add key="SmtpPassword" value="" />\n', "App.config",
               "no appender's property"),
        Sample("# [smtp.example.com]:587 username:password\n[{{ relay.host }}]:587 {{ relay.user }}:{{ relay.password }}\n"
               "[smtp.mail.example]:587   YOUR_SMTP_USERNAME:YOUR_SMTP_PASSWORD\n", "templates/sasl_passwd.j2",
               "a SASL map's comment, template and placeholder"),
        Sample("smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_password_maps = proxy:mysql:/etc/postfix/m.cf\n",
               "postfix/main.cf", "main.cf naming its map's file"),
        Sample("alice:{SHA512-CRYPT}$6$Zq8Lk2Vw9Xr4Tm7B$" + "Kd8Wq2Lm7Xv4Rb9Pc3Hd6Jf1Gs0Aa5Tn" * 2 + ":5000:5000::/home/alice::\n"
               "bob:{PLAIN-MD5}" + "4f2a8c1e" * 4 + "::::::\ncarol:{ARGON2ID}$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA::::::\n",
               "etc/dovecot/users", "Dovecot's hashed schemes: verifiers"),
        Sample("### target.mail.server.example:login:password\n", "etc/exim4/passwd.client", "passwd.client's commented example"),
        Sample("  client_send = : ${extract{1}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}} : "
               "${extract{2}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}\n",
               "exim4/conf.d/auth/30_exim4-config_examples", "client_send looked up at delivery"),
        Sample("                LoadModule = sasl\n                Server     = irc.libera.chat +6697\n", "znc/configs/znc.conf",
               "ZNC's server with no password"),
        Sample("IMAPAccount work\nPassCmd \"pass show mail/work\"\n", ".mbsyncrc", "mbsync's PassCmd"),
        Sample("verify_keys:\n  \"ed25519:a_Xk3p\": \"Hq3Zw8Lk2Vn6Tx4Rb9Mp1Yc7Wd5Fs0Gj2Kl8Np4Qr6k\"\n", "synapse/key_servers.yaml",
               "a public verify key"),
        Sample("\tdocker compose exec mailserver setup email add admin@coop.example \"$ADMIN_PASSWORD\"\n", "Makefile",
               "setup email add given a variable"),
        Sample('AuthInfo:smtp.relay.example "U:{{ relay_user }}" "P:{{ relay_password }}" "M:PLAIN"\n', "templates/authinfo.j2",
               "sendmail's AuthInfo templated"),
        Sample("# Format: user|my.smarthost.example.com:password\nops|smtp.relay.example:{{ dma_password }}\n", "etc/dma/auth.conf",
               "dma's auth.conf: its format line and a template"),
        Sample("set httpd port 2812 and\n    allow localhost\n    allow 2001:db8::/32\n    allow fe80::1\n    allow @monit read-only\n"
               "    allow md5 /etc/monit/htpasswd ops\n    allow admin:monit\n", "etc/monit/monitrc",
               "Monit's hosts, networks, PAM group, htpasswd file and stock admin:monit"),
        Sample("location /status {\n    allow 2001:db8::/32;\n    deny all;\n}\n", "nginx/status.conf", "nginx's IPv6 allow"),
        Sample(f"AUTH LOGIN\n334 VXNlcm5hbWU6\n{_b64('ops@shop.example')}\n334 UGFzc3dvcmQ6\n235 2.7.0 Authentication successful\n",
               "logs/smtp.log", "an SMTP session's challenges, the password's answer left out"),
        Sample(f"C: AUTH PLAIN {_b64(chr(0) + 'tim' + chr(0) + 'tanstaaftanstaaf')}\n", "logs/sasl-example.log",
               "RFC 4616's example"),
        Sample('default user "svc_sas" password "{{ sas_password }}"\nhost redcap.corp.io user "api" password "see-redcap-token-macro"\n'
               'machine ftp.gnu.org login anonymous password me@corp.io\n#   -authinfo "/home/svc_sas/_authinfo"\n',
               "sas-config/_authinfo", "an authinfo file: a template, a note, anonymous FTP, a comment"),
        Sample('AuthInfo:smtp.relay.example "U:ops" "P:{{ relay_password }}"\n', "etc/mail/authinfo",
               "sendmail's authinfo map in a file so named, templated"),
        Sample("host db.internal user $DB_USER password $DB_PASSWORD\n", "bin/env.sh", "an authinfo-like line of variables"),
    )


def _b64(text: str) -> str:
    """Base64 of `text` (the samples' encoded forms)."""
    import base64

    return base64.b64encode(text.encode("utf-8")).decode("ascii")


__all__ = ("FOLDED_HINTS", "KEYWORDS", "MAIL_TRIGGERS", "WHOLE_FILES", "false_samples", "mail_secrets", "smtp_session_secrets",
           "true_samples", "SASL_MAP_LINE")
