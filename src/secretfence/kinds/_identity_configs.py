"""The literal kind's readers of identity and access management's forms: authenticators' settings,
identity providers' exports, signing keys as their libraries write them, and the tokens and second
factors an access script holds.

- JupyterHub's LTI 1.1 authenticator's consumers: `c.LTI11Authenticator.consumers = {"<key>": "<secret>"}`
  (Python, the dict on its line or over the next), and under an `LTI…Authenticator:` mapping in YAML
  (zero-to-jupyterhub's `hub.config`, TLJH's config.yaml): each value is a consumer's shared secret.
- A credential object that says its type: `{"type": "password", "value": "…"}` (Keycloak's realm
  imports, keycloak-config-cli, python-keycloak's `create_user`), in JSON, a dict or YAML, the value a
  member of the same object. A hashed credential (`hashedSaltedValue`, `secretData`) holds no `value`.
- A one-item list under a credential's name: `"bindCredential": [ "…" ]`, `"secret": [ "…" ]`
  (Keycloak's component configs hold every setting as a list), in JSON and in YAML's flow form
  (keycloak-config-cli's realm files: `bindCredential: ["…"]`, `['…']`).
- A private key as base64 DER without its PEM armour (Keycloak's `"privateKey": [ "MIIE…" ]`,
  python3-saml's settings, an environment variable): proven by its DER head (PKCS#8 with a key's
  algorithm, PKCS#1 RSA, SEC1 EC), under any name. A public key or a certificate has another head.
- A JWK's private member: `d` of an RSA, EC or OKP key, `k` of an `oct` (symmetric) key, in a JWK
  or JWKS as JSON, a dict or YAML (a ConfigMap's `jwks.json`). A public JWKS has neither.
- A JWT written whole under a credential's name (`MGMT_TOKEN = "eyJ…"`: Auth0's Management API
  token, a service's bearer token), however long; an `anon` key and jwt.io's sample are none.
- Vault AppRole's `secret_id` as a UUID (`SECRET_ID = "<uuid>"`, `secret_id=<uuid>` on `vault write
  auth/approle/login`), where Vault is written near (`approle`, `hvac`, `vault`; a name holding
  `vault`): a role id is an identifier, and a secrets manager's `secret_id` names a secret.
- TOTP seeds: a base32 seed under a second factor's name (`TOTP_SEED`, `mfa_secret`), given to
  `pyotp.TOTP("…")`, and a mapping of versioned secrets under a plural credential's name
  (Flask-Security's `SECURITY_TOTP_SECRETS = {"1": "…"}`, passlib's TotpFactory secrets); a mapping of keys under any
  other qualifier (`LINE_KEYS = {"L0001": "<hex>"}`, a receiver's AES key a line), each entry judged as the singular
  name holding it would be.
- A configuration command's setting: `tljh-config set auth.<Authenticator>.client_secret …`,
  `git config --global <key> <value>`, `<tool> config set <key> <value>`.
- Keys that name an identity secret in their own words (`names_an_identity_secret`): an LDAP bind's
  credential (Shibboleth's `idp.authn.LDAP.bindDNCredential`, Keycloak's `bindCredential`), Duo's
  secret key (`skey`, 40 letters and digits: authproxy.cfg, login_duo.conf) and application key (`akey`).
- Open edX's LTI passports: a course policy's (or advanced settings') `"lti_passports": ["<id>:<client
  key>:<client secret>"]`, the list on its line or over the next; the third field is the tool's secret.
- Spring Security's stored password with its encoder's id: `{noop}<password>` (DelegatingPasswordEncoder's
  `noop` id says the password is kept as it is; `{bcrypt}…` is a hash), under any name or in a call.
- Sakai's bean-qualified properties, `<property>@<bean>=<value>` (`password@javax.sql.BaseDataSource=…`):
  the setting's name is before the `@`, the Spring bean it overrides after, a qualified class name.
- Directory servers: an OpenLDAP bind's `credentials=` (slapd.conf's syncrepl and idassert-bind,
  cn=config's olcSyncrepl/olcDbIDAssertBind), where the bind's `bindmethod=`/`binddn=` stands near;
  an LDIF password attribute in base64 (`olcRootPW:: …`, `userPassword:: …`; a `{SSHA}` hash is none)
  and a bind attribute in base64; a Kerberos keytab in base64 under a keytab's name (its 0x05 0x02 head).
- An XML element whose name ends in `Pswd` (ACORD's sign-on `<CustPswd>…<Pswd>…</Pswd>`, `<SignonPswd>`'s
  password as the insurance standard abbreviates it): the password, unless a sibling
  `<EncryptionTypeCd>` says it is encrypted (anything but `NONE`: then ciphertext or a digest).

- A PKCS#11 token's PIN (an HSM's or a smart card's user or SO PIN, C_Login's): a `pin`-named setting
  (`user_pin =`, `so_pin`, `Pin:`, `pin = "…"`) or `<PIN>` element where the lines around (or the file's
  name) name a PKCS#11 module, an HSM or a smart card, and a PKCS#11 URI's `pin-value=` (RFC 7512).
  Digits, a PIN's normal shape, are one when six or more and no run, repeat or shipped default
  (`1234`, `123456`, `0000`, SmartCard-HSM's `648219`); other values are judged as a password.
- (stop 62) An OpenAPI security scheme's example key (`components: securitySchemes: <name>: x-example: …`, Swagger 2's
  `securityDefinitions:`; `example:`, `x-default:` alike) drawn as keys are (20 characters or more, both cases and a
  digit): a key someone pasted where the docs show a stand-in, judged as any key. A parameter's or a schema's example,
  stand-ins and all-lower-case runs are none.

Each reader yields (line offset, what it is, the key to judge it under, the value, how it is
judged: a `Judgement`, kinds/_judgement.py): NAMED_AND_JUDGED values pass the kind's key and value
judgements (`_credential_key`, `_is_credential`), NAMED_ENOUGH ones its key judgement only (the value
proved itself here), PROVEN ones neither (the structure proves the secret: a DER key's head, a JWK's
private member).
"""
from __future__ import annotations

import itertools
import re
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    DOCUMENT_SUFFIXES, has_repeated_chunk, line_text, looks_generated, says_near, xml_unescaped, yaml_ancestor_keys,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key to judge it under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

# (a Sakai property's name ends in a credential's word right before its `@bean`)
_BEAN_QUALIFIED_HEADS = ("password@", "passwd@", "pwd@", "pass@", "secret@", "token@", "key@", "credential@")
# Lines put before `find` for these forms (lower-case literals, rare in code): LTI consumers, a JWK's
# key type, a second factor's seed and pyotp's calls.
KEYWORDS = ("pswd>", "sp>", "&sp=", "consumers", "kty", "totp", "hotp", "otp_seed", "otpseed", "otp-seed", "mfa_seed", "mfaseed", "mfa-seed",
            "credentials=", "pw::", "password::", "passwd::", "bind::", "keytab", "lti_passports", "{noop}") + _BEAN_QUALIFIED_HEADS
# A credential object's type (`"type": "password"`, `type: password`) and a base64 DER private key's
# head (PKCS#8 and PKCS#1 RSA keys of two length bytes: `MII…IBA`, short ones `MIG…AgEA`/`AgEB`, SEC1
# P-256/secp256k1, Ed25519/X25519, Ed448), on folded text.
_FOLDED_TYPED_PASSWORD = rb"""type["']?[ \t]*:[ \t]*["']?password\b"""
# an HSM's PIN: a `pin`-named setting's assignment, a `<PIN>` element's text, a PKCS#11 URI's `pin-value=`
_FOLDED_PIN = rb"""pin(?:-value=|["']?[ \t]*(?::=|=>|=|:)|>[^<\s])"""
# (stop 62) an OpenAPI security scheme's example value (see _SCHEME_EXAMPLE): 20 characters of a key or more after it
_FOLDED_SCHEME_EXAMPLE = rb"""(?:example|x-default)["']?[ \t]*:[ \t]*["']?[a-z0-9_.~+/=-]{20}"""
_FOLDED_DER_HEAD = (rb"""(?<![a-z0-9+/])(?:mii[a-z0-9+/]{3}iba|mi[gh][a-z0-9+/]ageb?a?|mhccaqee|mhqcaqee|mc4caqaw"""
                    rb"""|meccaqaw)""")
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_TYPED_PASSWORD, ("type",)),
        (_FOLDED_PIN, ("pin",)),
        (_FOLDED_DER_HEAD, ("mii", "mig", "mih", "mhcc", "mhqc", "mc4c", "mecc")),
        (_FOLDED_SCHEME_EXAMPLE, ("example", "x-default")),
    )
)
# The DER heads as written (the dispatch's and the prefilter's case-sensitive literals).
DER_HEADS = ("MII", "MIG", "MIH", "MHcC", "MHQC", "MC4C", "MEcC")

# --- LTI 1.1 consumers ------------------------------------------------------------------------------
_LTI_CONSUMERS_SET = lazy_regex(r"""(?P<owner>LTI\w{0,32}Authenticator)\.consumers[ \t]*=[ \t]*(?:dict\([ \t]*)?\{""")
_YAML_CONSUMERS = lazy_regex(r"""^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[\w.-]{0,128}consumers)[ \t]*:[ \t]*(?P<flow>\{[^\n]*)?$""")
_LTI_OWNER = lazy_regex(r"(?i)lti\w{0,32}authenticator")
# A dict's or a flow mapping's item: a quoted (or bare) key, then a quoted value.
_ITEM = lazy_regex(r"""(?P<iq>["']?)(?P<item>[\w.:@-]{1,128})(?P=iq)[ \t]*:[ \t]*(?P<vq>["'])(?P<value>[^"'\n]{1,512})(?P=vq)""")
# (stop 70, code) an entry written otherwise, its key quoted: Lua's `["gate"] = "…"`, Ruby's and PHP's `"gate" => "…"`, a map
# call's `"gate", "…"` (Java's `Map.of`), Kotlin's `"gate" to "…"` (read where no `key: "…"` entry is: a dict's `"a": "b", "c":`
# would pair `"b", "c"`)
_OTHER_ITEM = lazy_regex(r"""(?:\[[ \t]*)?(?P<iq>["'])(?P<item>[\w.:@-]{1,128})(?P=iq)(?:[ \t]*\])?[ \t]*(?:=>|=|,|to(?=[ \t]))[ \t]*"""
                         r"""(?P<vq>["'])(?P<value>[^"'\n]{1,512})(?P=vq)""")
_FLOW_ITEM = lazy_regex(r"""(?P<iq>["']?)(?P<item>[\w.:@-]{1,128})(?P=iq)[ \t]*:[ \t]*(?P<vq>["']?)(?P<value>[^"',}\s]{1,512})(?P=vq)""")
_YAML_CHILD = lazy_regex(r"""^(?P<indent>[ \t]*)["']?(?P<item>[^\s"':#]{1,128})["']?[ \t]*:[ \t]*(?P<vq>["']?)(?P<value>[^\s"'#]{1,512})(?P=vq)[ \t]*(?:#.*)?$""")
_DICT_LINES = 32  # lines a dict (or a mapping's children) is read over
_ITEMS_A_LINE = 16
_DICT_LINE_READ = 4096  # characters of a dict's line below its opening read (an entry's line is short; a hostile one is not)

# --- an abbreviated password element (ACORD's `<Pswd>`) ----------------------------------------------
_PSWD_ELEMENT = lazy_regex(r"""<(?P<key>(?:[A-Za-z_][\w.-]{0,62}:)?[A-Za-z_]?[\w.-]{0,60}(?:Pswd|PSWD|pswd))>"""
                           r"""(?P<value>[^<>\s][^<>\n]{0,255})</(?P=key)>""")
_ENCRYPTION_TYPE = lazy_regex(r"""<(?:[\w.-]{1,32}:)?EncryptionTypeCd>(?P<type>[^<>\n]{0,64})</""")
_PSWD_LINES = 4  # lines of the password's parent element read for its encryption type
_PSWD_READ = 4096  # characters of a line read

# --- a service user's password beside its user (rs.ge's SOAP services) ---------------------------------
# Georgia's Revenue Service web services (services.rs.ge: waybills, e-invoices, the taxpayer's services) log in with a
# service user and its password on every call, as the elements `<su>` and `<sp>` of the SOAP body (or the `su` and
# `sp` parameters of its GET form): `<sp>`'s text is the password where its `<su>` stands beside it.
_SERVICE_PASSWORD_ELEMENT = lazy_regex(r"""<(?P<prefix>(?:[A-Za-z_][\w.-]{0,31}:)?)sp>(?P<value>[^<>\s][^<>\n]{0,127})</(?P=prefix)sp>""")
_SERVICE_USER_ELEMENT = lazy_regex(r"""<(?:[A-Za-z_][\w.-]{0,31}:)?su>[^<>\n]{1,128}</(?:[A-Za-z_][\w.-]{0,31}:)?su>""")
_SERVICE_USER_QUERY = lazy_regex(r"""[?&]su=[^?&\s"'#<>]{1,128}&sp=(?P<value>[^?&\s"'#<>]{1,128})""")
_SERVICE_USER_LINES = 4  # lines either side of `<sp>` its `<su>` is looked for on

# --- a typed credential object (Keycloak's users' credentials) ----------------------------------------
_TYPED_PASSWORD = lazy_regex(r"""(?:^|[\s{,])(?P<q>["']?)type(?P=q)[ \t]*:[ \t]*(?P<vq>["']?)password(?P=vq)(?![\w-])""")
_VALUE_MEMBER = lazy_regex(
    r"""(?:^|[\s{,])(?P<q>["']?)value(?P=q)[ \t]*:[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'{\[,}#][^\s,}#]{0,511}))"""
)
_OBJECT_LINES = 8  # lines each way where a typed credential's members stand

# --- a one-item list under a credential's name ------------------------------------------------------
# (a JSON member's quoted name, or YAML's and a script object's bare one: keycloak-config-cli's realm files write
# `bindCredential: ["…"]`; the item in double quotes or YAML's single ones)
_LISTED_ONE = lazy_regex(
    r"""(?:(?P<q>["'])(?P<key>[A-Za-z_][\w.-]{0,127})(?P=q)|(?:^|(?<=[\s{,]))(?P<bare>[A-Za-z_][\w.-]{0,127}))[ \t]*:[ \t]*"""
    r"""\[[ \t]*(?:"(?P<value>[^"\\\n]{1,16384})"|'(?P<single>[^'\n]{1,16384})')[ \t]*\]""")

# --- base64 DER private keys ------------------------------------------------------------------------
_DER_RUN = lazy_regex(r"""(?<![A-Za-z0-9+/_\\-])M[A-Za-z0-9+/]{59,16384}={0,2}(?![A-Za-z0-9+/=_-])""")
_RUNS_A_LINE = 16
# The algorithm of a PKCS#8 key (its OID's bytes): RSA, RSASSA-PSS, EC, DSA, Ed25519, X25519, Ed448, X448.
_KEY_ALGORITHMS = {
    bytes.fromhex("2a864886f70d010101"): "RSA", bytes.fromhex("2a864886f70d01010a"): "RSA-PSS",
    bytes.fromhex("2a8648ce3d0201"): "EC", bytes.fromhex("2a8648ce380401"): "DSA", bytes.fromhex("2b6570"): "Ed25519",
    bytes.fromhex("2b656e"): "X25519", bytes.fromhex("2b6571"): "Ed448", bytes.fromhex("2b656f"): "X448",
}

# --- JWK private members ------------------------------------------------------------------------------
_KTY = lazy_regex(r"""(?P<q>["']?)kty(?P=q)[ \t]*:[ \t]*["']?(?P<kty>RSA|EC|OKP|oct)\b""")
_PRIVATE_MEMBER = lazy_regex(
    r"""(?:^|[\s{,])(?P<q>["']?)(?P<name>d|k)(?P=q)[ \t]*:[ \t]*(?P<vq>["']?)(?P<value>[A-Za-z0-9_-]{16,16384})={0,2}(?P=vq)"""
    r"""(?=[ \t]*(?:[,}\]]|$))"""
)
_JWK_LINES = 24  # lines each way where a JWK's members stand
_OBJECTS_A_LINE = 64

# --- JWTs ---------------------------------------------------------------------------------------------
_JWT = lazy_regex(r"""(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,16384}\.[A-Za-z0-9_-]{16,4096}(?![A-Za-z0-9_.-])""")
_JWTS_A_LINE = 8
_BEARER_TAIL = lazy_regex(r"(?i)(?:bearer|jwt|token)[ \t]+$")
_KEY_READ = 300  # characters before a value where its key stands

# --- Vault AppRole's secret_id ------------------------------------------------------------------------
_SECRET_ID = lazy_regex(
    r"""(?i)secret[_-]?id["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["']?"""
    r"""(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"""
)
_KEY_TAIL = lazy_regex(r"""[A-Za-z_$][\w.$-]{0,96}$""")
# (`role_id` alone names a role anywhere: Vault's client, its CLI or AppRole say the login is Vault's)
_APPROLE = lazy_regex(r"(?i)approle|\bhvac\b|vault")
_APPROLE_LINES = 20

# --- TOTP seeds ---------------------------------------------------------------------------------------
_FACTOR_HEAD = lazy_regex(r"(?i)otp|mfa|2fa")
_FACTOR_VALUE = lazy_regex(
    r"""[\w.-]{0,48}["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[bBrRuU]?["'])?(?P<value>[A-Za-z2-7]{16,128}={0,6})(?![A-Za-z0-9+/_-])"""
)
_FACTOR_WORDS = frozenset({"totp", "hotp", "otp", "mfa", "twofa", "authenticator"})
_SEED_WORDS = frozenset({"seed", "secret", "key"})
_OTP_CALL = lazy_regex(r"""\b[TH]OTP\([ \t]*(?:s[ \t]*=[ \t]*)?[bru]?["'](?P<value>[A-Za-z2-7]{16,128}={0,6})["']""")
_BASE32 = lazy_regex(r"^(?:[A-Z2-7]{16,128}|[a-z2-7]{16,128})={0,6}$")
_FACTORS_A_LINE = 8
# A mapping opened under a plural credential's name: `SECURITY_TOTP_SECRETS = {`, `secrets={`; its type annotated
# (`device_keys: dict[str, str] = {`, TypeScript's `const panelKeys: Record<string, string> = {`).
_PLURAL_MAPPING = lazy_regex(
    r"""(?:^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var|local)[ \t]+)?(?P<key>[A-Za-z_][\w.]{0,127})["']?|[(,][ \t]*(?P<kwkey>[A-Za-z_]\w{0,63}))"""
    r"""[ \t]*(?::[ \t]*[A-Za-z_][\w.\[\], |<>]{0,63}?[ \t]*=|:|=)[ \t]*(?:dict\([ \t]*)?\{"""
)
# (`secrets`, `passwords` alone; `keys` and `tokens` only qualified: a `TOKENS` map holds a chain's token
# contracts, a `KEYS` map a keyboard's)
# (stop 70, code) ... or a map built by a call, its pairs its arguments (Java's `KEYS = Map.of("partner", "…")`, Guava's
# `ImmutableMap.of`, Kotlin's `mapOf("partner" to "…")`), read to the call's closing parenthesis
_PLURAL_MAP_CALL = lazy_regex(
    r"""(?:^|[ \t>])(?P<key>[A-Za-z_]\w{0,127})[ \t]*=[ \t]*(?:new[ \t]+)?(?:Map\.of(?:Entries)?|ImmutableMap\.of|Collections\.unmodifiableMap\(Map\.of"""
    r"""|(?:mutable|hash)?[mM]apOf)[ \t]*\(""")
_PLURAL_WORDS = frozenset({"secrets", "passwords", "apikeys"})
# (stop 70, code) an issued key's shape under a bare `keys` (or `tokens`) map: a short lower-case prefix, `_` (a mode's
# word after it), then a run of letters and digits of a generated key's length
_PREFIXED_KEY_VALUE = lazy_regex(r"^[a-z][a-z0-9]{1,7}_(?:(?:live|prod|test)_)?[A-Za-z0-9]{24,128}$")
_TOKEN_MAP_VALUE = lazy_regex(r"^(?:[0-9a-fA-F]{32,128}|[a-z][a-z0-9]{1,7}_(?:(?:live|prod|test)_)?[A-Za-z0-9]{24,128})$")
_QUALIFIED_PLURALS = frozenset({"keys", "tokens"})
_HEX_TOKEN = lazy_regex(r"^[0-9a-fA-F]{32,128}$")
# (an MD5's, a SHA-1's, a SHA-256's or a SHA-512's hex: under `passwords`, a key of that shape is a password's hash)
_DIGEST_HEX = lazy_regex(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$")
_PLURAL_QUALIFIERS = frozenset({"api", "secret", "signing", "access", "auth", "encryption", "hmac", "jwt", "private"})

# --- configuration commands ---------------------------------------------------------------------------
_CONFIG_TOOL = lazy_regex(r"""(?:^|[^\w.-])(?P<tool>[A-Za-z][\w.-]{0,40})(?P<sep>-|[ \t]+)$""")
_CONFIG_REST = lazy_regex(
    r"""(?P<opts>(?:[ \t]+--(?:global|system|local|user|site|env|worktree))*)(?:[ \t]+(?P<set>set|--set))?"""
    r"""[ \t]+(?P<key>[A-Za-z_][\w.:/-]{0,200})[ \t]+(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'`;|&<>$][^\s"'`;|&<>]{0,511}))(?=[ \t]*(?:$|[;&|#)]))"""
)
_CONFIGS_A_LINE = 8

# --- directory servers: OpenLDAP's binds, LDIF's base64 passwords; Kerberos keytabs ------------------
# A bind's `credentials=` (slapd.conf's syncrepl and idassert-bind, cn=config's olcSyncrepl and
# olcDbIDAssertBind), read where the bind's `bindmethod=`/`binddn=` stands on its line or a few above.
_BIND_CREDENTIALS = lazy_regex(r"""(?<![\w-])credentials=(?:"(?P<dq>(?:[^"\\\n]|\\.){1,256})"|(?P<bare>[^\s"]{1,256}))""")
_BIND_WORDS = ("bindmethod=", "binddn=")
_BIND_LINES = 8  # a syncrepl stanza's lines above its credentials
# An LDIF attribute holding a password in base64 (`olcRootPW:: …`, `userPassword:: …`), or a bind in base64.
_LDIF_BASE64 = lazy_regex(
    r"""^(?P<attr>olcRootPW|rootpw|userPassword|olcDbIDAssertPasswd|olcDbACLPasswd|olcDbIDAssertBind|olcDbACLBind|olcSyncrepl)"""
    r"""::[ \t]*(?P<value>[A-Za-z0-9+/]{4,4096}={0,2})[ \t]*$""", re.IGNORECASE
)
# A Kerberos keytab in base64 under a name that says so (a Kubernetes Secret's `data:`, a CI variable):
# its bytes open with the format's version, 0x05 0x02 (`BQI…`-`BQL…`); it holds the principal's keys.
_KEYTAB_VALUE = lazy_regex(
    r"""(?i:(?P<key>[\w.-]{0,128}keytab(?:[_.-]?(?:b64|base64|data|content))?))["']?[ \t]*[:=][ \t]*["']?(?P<value>BQ[IJKL][A-Za-z0-9+/]{37,65536}={0,2})(?![A-Za-z0-9+/=])"""
)

# --- Open edX's LTI passports, Spring Security's {noop}, Sakai's bean-qualified properties -------------
# (an OLX course's XML attribute holds the list as JSON: `lti_passports="[&quot;…&quot;]"`)
_LTI_PASSPORTS = lazy_regex(r"""(?i)lti_passports["']?[ \t]*(?::|=)[ \t]*["']?\[""")
# A passport, `<id>:<client key>:<client secret>` (edX splits it at each `:` into exactly three).
_PASSPORT = lazy_regex(r"""(?:"|&quot;|')(?P<id>[^\s"':&,\[\]]{1,128}):(?P<key>[^\s"':&,\[\]]{1,256}):(?P<secret>[^\s"':&,\[\]]{1,512})(?:"|&quot;|')""")
_PASSPORT_LINES = 16  # lines a pretty-printed list of passports is read over
_NOOP_PASSWORD = lazy_regex(r"""(?<![\w}])\{noop\}(?P<value>[^\s"'`]{1,256})""")
_BEAN_QUALIFIED = lazy_regex(
    r"""^[ \t]*(?P<property>[A-Za-z_][\w.-]{0,127})@(?P<bean>[A-Za-z_][\w$]{0,63}(?:\.[A-Za-z_][\w$]{0,63}){1,12})"""
    r"""[ \t]*[=:][ \t]*(?P<value>\S[^\n]{0,511}?)[ \t]*\r?$"""
)
_BEAN_QUALIFIED_WORDS = tuple(head[:-1] for head in _BEAN_QUALIFIED_HEADS)

# --- an OpenAPI security scheme's example key ----------------------------------------------------------
# (stop 62) An API description's security scheme (`components: securitySchemes:`, Swagger 2's `securityDefinitions:`)
# says where a key goes (`type: apiKey`, `in: header`, `name: X-Partner-Key`); an `example:`/`x-example:` (or
# `x-default:`) in it is shown in the generated docs and pasted by its readers. A stand-in there is the rule
# (`YOUR_API_KEY`, `<your-api-key>`): a value drawn as keys are, mixing cases and digits, is a key someone pasted
# (`copied from Postman`), judged as any key. Only the scheme's own member: a parameter's or a schema's example
# stays an example.
_SCHEME_EXAMPLE = lazy_regex(
    r"""^[ \t]*(?P<key>(?:x-)?example|x-default)[ \t]*:[ \t]*(?P<q>["']?)(?P<value>[A-Za-z0-9_.~+/=-]{20,256})(?P=q)"""
    r"""[ \t]*(?:#.*)?\r?$""")
_SCHEME_PARENTS = frozenset({"securityschemes", "securitydefinitions"})
# (stop 67) a key issued in lower-case hex, after a vendor's prefix or none (`agk_a9de…`, 32 to 64 digits): drawn where its
# digits are many and mixed, letters and digits both (not a counting run, `0123456789abcdef…`, nor a few digits repeated)
_HEX_KEY = lazy_regex(r"""^(?:[a-z]{2,12}[_-](?:(?:live|prod|test)[_-])?)?(?P<hex>[0-9a-f]{32,64})$""")
_HEX_KEY_DISTINCT = 10


def _drawn_hex_key(value: str) -> bool:
    """The value is a key issued in lower-case hex (see _HEX_KEY), its digits drawn."""
    from secretfence.kinds._helpers import is_sequential

    found = _HEX_KEY.match(value)
    if found is None:
        return False
    digits = found.group("hex")
    return (len(set(digits)) >= _HEX_KEY_DISTINCT and any(c.isdigit() for c in digits) and any(c.isalpha() for c in digits)
            and not is_sequential(digits))
_SCHEME_DEPTH = 2  # ancestors read: the scheme's name, then its parent

# --- an HSM's PIN: a PKCS#11 token's user or SO PIN ----------------------------------------------------
# A setting whose name's last word is `pin` (`pin`, `user_pin`, `so_pin`, `userPin`, `PKCS11_PIN`, SignServer's
# `WORKERGENID1.PIN`, Fabric's BCCSP `Pin:`, Vault's `seal "pkcs11" { pin = … }`, OpenSSL's engine `PIN =`).
_PIN_SETTING = lazy_regex(
    r"""(?:^|(?<=[\s"'{,(]))(?P<key>(?:[A-Za-z][\w.-]{0,63}?[_.-])?(?:pin|PIN|Pin)|[A-Za-z][A-Za-z0-9]{0,63}?[a-z0-9](?:Pin|PIN))"""
    r"""["']?[ \t]*(?::=|=>|=|:)[ \t]*(?:"(?P<dq>[^"\\\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`#;,{}\[\]]{1,256}))"""
)
# OpenDNSSEC's `<Repository>` element (`<PIN>…</PIN>`), and a PKCS#11 URI's `pin-value` attribute (RFC 7512:
# `pkcs11:token=…;object=…?pin-value=…`, Knot's and step-ca's keystore URIs; `pin-source` names a file).
_PIN_ELEMENT = lazy_regex(r"""<(?P<key>(?:PIN|Pin|pin|UserPIN|UserPin|SOPIN|SOPin|TokenPIN|TokenPin))>(?P<value>[^<>\s]{1,256})</(?P=key)>""")
_PIN_VALUE = lazy_regex(r"""[;?&]pin-value=(?P<value>[^\s;&"'<>]{1,256})""")
_URI_READ = 1024  # characters of a PKCS#11 URI before its `pin-value` where its `pkcs11:` scheme stands
_URI_BREAK = lazy_regex(r"""[\s"'<>]""")
# Where a PIN is a token's: a PKCS#11 module, an HSM, a smart card named on its lines or in its file's name.
_HSM_CONTEXT = lazy_regex(r"""(?i)pkcs[ _#-]?11|cryptoki|p11[_-]?kit|hsm|smart[ _-]?card|opensc""")
_HSM_LINES = 40  # lines around a PIN where its module or its HSM is named
# Words before `pin` that say the value is no PIN of a token: a length, a rule, a default or an example, a
# microcontroller's pin (`led_pin`, `reset_pin`: a GPIO number), a reference to it.
_NOT_A_PIN_WORDS = frozenset({"min", "max", "length", "len", "default", "example", "sample", "test", "dummy", "fake",
                              "placeholder", "gpio", "led", "reset", "irq", "cs", "rst", "io", "data", "clock", "clk",
                              "int", "hash", "hashed", "encrypted", "env", "var", "ref", "file", "path", "source", "name",
                              "new", "old", "wrong", "bad", "invalid"})
# PINs the HSMs and cards ship with, or their manuals and test suites show: SmartCard-HSM's user and SO PINs,
# a PIV card's PIN and PUK.
_DEFAULT_PINS = frozenset({"648219", "3537363231383830", "123456", "12345678", "1234567890", "0123456789",
                           "010203040506070801020304050607080102030405060708"})
_PINS_A_LINE = 8


def _hsm_pins(lines: Sequence[str], index: int, line: str, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """A PKCS#11 token's PIN: a `pin`-named setting (see _PIN_SETTING) or element where the lines
    around (or the file's name) name a PKCS#11 module, an HSM or a smart card; a PKCS#11 URI's
    `pin-value` wherever it stands. Digits are a PIN's normal shape: six or more, not a run, a
    repeat or a shipped default (`_pin_judgement`); any other value is judged as a password."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    found_any = False
    if "pin-value=" in line:
        for found in itertools.islice(_PIN_VALUE.finditer(line), _PINS_A_LINE):
            scheme = line.rfind("pkcs11:", max(0, found.start() - _URI_READ), found.start())
            if scheme < 0 or _URI_BREAK.search(line, scheme, found.start()):
                continue  # (no PKCS#11 URI's attribute)
            how = _pin_judgement(found.group("value"))
            if how is not None:
                found_any = True
                yield 0, "PKCS#11 token PIN (pin-value in a PKCS#11 URI)", "password", found.group("value"), how
    if found_any:
        return
    candidates = []
    for found in itertools.islice(_PIN_SETTING.finditer(line), _PINS_A_LINE):
        if in_code and found.group("bare") is not None:
            continue  # (a bare value in code is an expression)
        words = key_words(found.group("key"))
        if not words or words[-1] != "pin" or _NOT_A_PIN_WORDS.intersection(words):
            continue
        candidates.append((found.group("key"), found.group("dq") or found.group("sq") or found.group("bare") or ""))
    if "<" in line:
        for found in itertools.islice(_PIN_ELEMENT.finditer(line), _PINS_A_LINE):
            candidates.append((found.group("key"), found.group("value")))
    if not candidates or not (_HSM_CONTEXT.search(lowered_name) or says_near(lines, index, _HSM_CONTEXT, _HSM_LINES)):
        return
    for key, value in candidates:
        how = _pin_judgement(value)
        if how is not None:
            yield 0, f"PKCS#11 token PIN ({key})", "password", value, how


def _pin_judgement(value: str) -> Optional[Judgement]:
    """How a PIN's value is judged: digits, proven when six or more, of three distinct digits at
    least, no run of the digits in order (`12345678`, `98765432`), no repeat (`121212`, `0000`) and
    no shipped default; other values as a password (a placeholder, a reference, a word are none),
    unless every dash-separated group is one letter repeated (Vault's `AAAA-BBBB-CCCC-DDDD`)."""
    if value.isdigit() and value.isascii():
        if (len(value) < 6 or len(set(value)) < 3 or value in _DEFAULT_PINS or _digit_run(value)
                or _repeats(value)):
            return None
        return Judgement.PROVEN
    if all(len(set(group)) == 1 for group in value.split("-")):
        return None
    return Judgement.JUDGED


def _digit_run(value: str) -> bool:
    """The digits in order, up or down, as a keypad's stand-in (`234567`, `87654321`, `901234`)."""
    steps = {(int(after) - int(before)) % 10 for before, after in zip(value, value[1:])}
    return steps == {1} or steps == {9}


def _repeats(value: str) -> bool:
    """A chunk of half the value or less, repeated (`121212`, `12341234`, `147147`)."""
    return any(value == (value[:width] * (len(value) // width + 1))[:len(value)] for width in range(1, len(value) // 2 + 1))


# --- keys naming an identity secret -------------------------------------------------------------------
_DUO_SECRET_KEY = lazy_regex(r"^[A-Za-z0-9]{40}$")


def names_an_identity_secret(words: Tuple[str, ...], value: str) -> bool:
    """The key's words (credential_keys.key_words) name an identity secret the kind's rules read as
    none: an LDAP bind's credential (`bindDNCredential`, `bindCredential`), Duo's secret key (`skey`,
    40 letters and digits) or application key (`akey`, 40 characters or more, generated)."""
    if not words:
        return False
    last = words[-1]
    if last in ("credential", "credentials"):
        # (a TURN server's, named so: `turn_credential`, `TURN_CREDENTIAL`, `iceCredential`; a bare
        # `Credential=` is as often an AWS signature's scope, `AKIA…/<date>/<region>/…`)
        return "bind" in words[-3:-1] or (last == "credential" and ("turn" in words[-3:-1] or "ice" in words[-3:-1]))
    if last == "skey":
        return _DUO_SECRET_KEY.match(value) is not None and len(set(value)) >= 16
    if last == "akey":
        return len(value) >= 40 and len(set(value)) >= 16 and any(character.isdigit() for character in value)
    return False


# What a line (or its file's name) must hold for identity_secrets to find anything on it (kinds/_triggers.py).
IDENTITY_TRIGGERS: Triggers = Triggers(
    exact=("eyJ", '["', '[ "', "['", "[ '", "{noop}") + DER_HEADS,
    folded=("consumers", "kty", "secret_id", "secretid", "secret-id", "otp", "mfa", "2fa", "secrets", "keys", "tokens",
            "passwords", "config", "credentials=", "::", "keytab", "lti_passports", "pswd>", "sp>", "&sp=",
            "pin", "example", "x-default") + _BEAN_QUALIFIED_HEADS,  # (`pin`: an HSM's PIN setting or element, a PKCS#11 URI's `pin-value`)
    pairs=(("type", "password"),),
)


def identity_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value, how) of each identity secret the
    line holds or opens (see the module's doc)."""
    line = line_text(lines, index)
    lowered = line.lower()
    if "consumers" in lowered:
        yield from _lti_consumers(lines, index, line)
    if "type" in line and "password" in line:
        yield from _typed_password(lines, index, line)
    if any(head in line for head in DER_HEADS):
        yield from _der_private_keys(lines, index, line)
    if '["' in line or '[ "' in line or "['" in line or "[ '" in line:
        for found in itertools.islice(_LISTED_ONE.finditer(line), _ITEMS_A_LINE):
            key = found.group("key") or found.group("bare")
            value = found.group("value") if found.group("value") is not None else found.group("single")
            if not key.lower().endswith("auth"):  # (botocore's `"auth": ["aws.auth#sigv4"]`: schemes)
                yield 0, f"credential listed under {key}", key, value, Judgement.NAMED_AND_JUDGED
    if "kty" in lowered:
        yield from _jwk_private_members(lines, index, line)
    if "eyJ" in line:
        yield from _written_jwts(line)
    if "secret" in lowered and ("secret_id" in lowered or "secretid" in lowered or "secret-id" in lowered):
        yield from _approle_secret_ids(lines, index, line)
    if "otp" in lowered or "mfa" in lowered or "2fa" in lowered:
        yield from _factor_seeds(line)
    if ("{" in line or "(" in line) and ("secrets" in lowered or "passwords" in lowered or "keys" in lowered or "tokens" in lowered):
        yield from _plural_mapping(lines, index, line)
    if "config" in lowered:
        yield from _config_commands(line)
    if "credentials=" in lowered:
        yield from _bind_credentials(lines, index, line)
    if "::" in line:
        found = _LDIF_BASE64.match(line)
        if found is not None:
            yield from _ldif_base64(found)
    if "keytab" in lowered and "BQ" in line:
        yield from _keytabs(line)
    if "lti_passports" in lowered:
        yield from _lti_passports(lines, index, line)
    if "swd>" in lowered:
        yield from _abbreviated_passwords(lines, index, line)
    if "sp>" in line or "&sp=" in line:
        yield from _service_user_passwords(lines, index, line)
    if "{noop}" in line:
        for found in itertools.islice(_NOOP_PASSWORD.finditer(line), _ITEMS_A_LINE):
            yield 0, "Spring Security password stored as it is ({noop})", "password", found.group("value"), Judgement.JUDGED
    if "pin" in lowered:
        yield from _hsm_pins(lines, index, line, lowered_name, in_code)
    if "example" in lowered or "x-default" in lowered:
        yield from _scheme_examples(lines, index, line)
    if "@" in line and not in_code and not lowered_name.endswith(DOCUMENT_SUFFIXES):
        found = _BEAN_QUALIFIED.match(line)
        if found is not None and found.group("property").lower().endswith(_BEAN_QUALIFIED_WORDS):
            yield (0, f"Sakai property {found.group('property')} of bean {found.group('bean')}", found.group("property"),
                   found.group("value"), Judgement.NAMED_AND_JUDGED)


def _scheme_examples(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """An OpenAPI security scheme's example key, drawn as keys are (see _SCHEME_EXAMPLE)."""
    found = _SCHEME_EXAMPLE.match(line)
    if found is None:
        return
    value = found.group("value")
    if not (looks_generated(value) and (any(character.isupper() for character in value) and any(character.islower() for character in value)
                                        or _drawn_hex_key(value))) or has_repeated_chunk(value):
        return  # (a stand-in, a word's run, `abcdef0123456789abcd`)
    ancestors = list(itertools.islice(yaml_ancestor_keys(lines, index), _SCHEME_DEPTH))
    if len(ancestors) == _SCHEME_DEPTH and ancestors[1].lower() in _SCHEME_PARENTS:
        yield (0, f"API key given as the example of the OpenAPI security scheme {ancestors[0]}", "api_key", value,
               Judgement.JUDGED)


def _service_user_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """rs.ge's service password: an `<sp>` element's text where a `<su>` element stands within a few lines, or the `sp`
    parameter after `su` in a query (see _SERVICE_PASSWORD_ELEMENT)."""
    found = _SERVICE_PASSWORD_ELEMENT.search(line[:_PSWD_READ]) if "sp>" in line else None
    if found is not None and any(
            "su>" in line_text(lines, position) and _SERVICE_USER_ELEMENT.search(line_text(lines, position)[:_PSWD_READ])
            for position in range(max(0, index - _SERVICE_USER_LINES), min(len(lines), index + _SERVICE_USER_LINES + 1))):
        yield 0, "service password in the XML element <sp> beside its service user <su>", "password", \
            xml_unescaped(found.group("value")), Judgement.JUDGED
    query = _SERVICE_USER_QUERY.search(line[:_PSWD_READ]) if "&sp=" in line else None
    if query is not None:
        yield 0, "service password in the sp parameter beside its service user su", "password", query.group("value"), \
            Judgement.JUDGED


def _abbreviated_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A `<…Pswd>` element's text (ACORD's sign-on password), unless a sibling `<EncryptionTypeCd>`
    within the element's few lines says it is encrypted."""
    found = _PSWD_ELEMENT.search(line[:_PSWD_READ])
    if found is None:
        return
    for position in range(max(0, index - _PSWD_LINES), min(len(lines), index + _PSWD_LINES + 1)):
        text = line_text(lines, position)[:_PSWD_READ]
        if "EncryptionTypeCd" not in text:
            continue
        encryption = _ENCRYPTION_TYPE.search(text)
        if encryption is not None and encryption.group("type").strip().upper() not in ("NONE", ""):
            return  # (`<EncryptionTypeCd>SHA1</EncryptionTypeCd>`: its value is a digest or ciphertext)
    yield 0, f"password in the XML element <{found.group('key')}>", "password", xml_unescaped(found.group("value")), Judgement.JUDGED


def _bind_credentials(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """An OpenLDAP bind's `credentials=` (syncrepl, idassert-bind, their cn=config forms), where the
    bind's method or DN stands on the line or on the stanza's lines above: the bind DN's password."""
    lowered = line.lower()
    if not any(word in lowered for word in _BIND_WORDS) and not any(
            any(word in line_text(lines, other).lower() for word in _BIND_WORDS)
            for other in range(max(0, index - _BIND_LINES), index)):
        return
    for found in itertools.islice(_BIND_CREDENTIALS.finditer(line), _ITEMS_A_LINE):
        value = found.group("dq").replace('\\"', '"') if found.group("dq") is not None else found.group("bare")
        yield 0, "LDAP bind password (credentials=)", "password", value, Judgement.JUDGED


def _ldif_base64(found: "re.Match[str]") -> Iterator[Found]:
    """An LDIF attribute's base64 value (`attr:: …`): a password attribute's password (a hashed one,
    `{SSHA}…`, is a verifier: the value judgement's), a bind attribute's `credentials=`."""
    import base64
    import binascii

    try:
        text = base64.b64decode(found.group("value"), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return
    if not text or not text.isprintable():
        return
    attribute = found.group("attr")
    if attribute.lower().endswith(("bind", "syncrepl")):
        for bind in itertools.islice(_BIND_CREDENTIALS.finditer(text), _ITEMS_A_LINE):
            if any(word in text.lower() for word in _BIND_WORDS):
                value = bind.group("dq").replace('\\"', '"') if bind.group("dq") is not None else bind.group("bare")
                yield 0, f"LDAP bind password in base64 ({attribute}::)", "password", value, Judgement.JUDGED
        return
    yield 0, f"LDAP password in base64 ({attribute}::)", "password", text, Judgement.JUDGED


def _keytabs(line: str) -> Iterator[Found]:
    """A base64 Kerberos keytab under a keytab's name, proven by its version bytes and its length."""
    import base64
    import binascii

    for found in itertools.islice(_KEYTAB_VALUE.finditer(line), _ITEMS_A_LINE):
        value = found.group("value")
        try:
            raw = base64.b64decode(value[:64].rstrip("=")[: len(value[:64].rstrip("=")) // 4 * 4], validate=True)
        except (binascii.Error, ValueError):
            continue
        if raw[:2] == b"\x05\x02" and len(value) >= 60:
            yield 0, f"Kerberos keytab in base64 ({found.group('key')})", "keytab", value, Judgement.PROVEN


def _lti_passports(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """Open edX's `lti_passports` list (a course policy's JSON, an OLX course's attribute, Studio's
    advanced settings): each item `<id>:<client key>:<client secret>`, on the key's line or the next
    ones up to the list's `]`."""
    found = _LTI_PASSPORTS.search(line)
    if found is None:
        return
    start, count = found.end(), 0
    for offset in range(_PASSPORT_LINES + 1):
        text = line_text(lines, index + offset) if offset else line
        if offset and "lti_passports" in text.lower():
            return  # (another list opens: its own line reads it, each passport reported once)
        position = start if not offset else 0
        closing = text.find("]", position)
        for passport in _PASSPORT.finditer(text, position, closing if closing >= 0 else len(text)):
            yield (offset, f"LTI passport's client secret (tool {passport.group('id')}, key {passport.group('key')})",
                   "client_secret", passport.group("secret"), Judgement.JUDGED)
            count += 1
            if count >= _ITEMS_A_LINE:
                return
        if closing >= 0:
            return


def _lti_consumers(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """An LTI 1.1 authenticator's consumers: a Python dict (on its line and the next), a YAML mapping
    (its children, or a flow mapping) under an `LTI…Authenticator` key."""
    found = _LTI_CONSUMERS_SET.search(line)
    if found is not None:
        what = f"LTI 1.1 consumer secret of {found.group('owner')}"
        yield from _dict_items(lines, index, found.end(), what, "consumer_secret")
        return
    found = _YAML_CONSUMERS.match(line)
    if found is None or not (_LTI_OWNER.search(found.group("key")) or any(
            _LTI_OWNER.search(key) for key in yaml_ancestor_keys(lines, index, limit=_DICT_LINES))):
        return
    what = "LTI 1.1 consumer secret"
    if found.group("flow"):
        for item in itertools.islice(_FLOW_ITEM.finditer(line, found.start("flow") + 1), _ITEMS_A_LINE):
            yield 0, what, "consumer_secret", item.group("value"), Judgement.NAMED_AND_JUDGED
        return
    indent = len(found.group("indent"))
    for offset in range(1, _DICT_LINES + 1):
        text = line_text(lines, index + offset)
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        child = _YAML_CHILD.match(text)
        if child is None or len(child.group("indent")) <= indent:
            return
        yield offset, what, "consumer_secret", child.group("value"), Judgement.NAMED_AND_JUDGED


def _dict_items(lines: Sequence[str], index: int, start: int, what: str, key: str, keyed_by_secret: bool = False,
                key_is_no_hash: bool = False,
                only: Optional["re.Pattern[str]"] = None, closing: str = "}") -> Iterator[Found]:
    """The quoted values of a dict opened at `start` of `lines[index]`, up to its closing brace. `keyed_by_secret`: an
    entry whose key is generated and whose value is a label (a lookup table of keys to their owners, `API_KEYS =
    {"<key>": "AGENCY-NS"}`) gives its key. `key_is_no_hash`: not a digest's hex key (a cracking table's `PASSWORDS = {"<md5>": "password"}`
    maps a password's hash to the password, a hash no secret). `only`: the values (or keys) of that shape alone."""
    text, position = line_text(lines, index), start
    for offset in range(_DICT_LINES + 1):
        if offset:
            text, position = line_text(lines, index + offset)[:_DICT_LINE_READ], 0
            if index + offset >= len(lines):
                return
            if text[:1].isalpha() and "{" in text and _PLURAL_MAPPING.match(text) is not None:
                return  # (another mapping opens at the line's start: this one was never closed, read no further)
            if closing == ")" and "(" in text and _PLURAL_MAP_CALL.search(text) is not None:
                return  # (another map's call opens on the line: this one was never closed, read no further)
        end = text.find(closing, position)
        part = text[position:end] if end >= 0 else text[position:]
        items = list(itertools.islice(_ITEM.finditer(part), _ITEMS_A_LINE))
        if not items and ('"' in part or "'" in part):
            items = list(itertools.islice(_OTHER_ITEM.finditer(part), _ITEMS_A_LINE))
        for item in items:
            value = item.group("value")
            if (keyed_by_secret and item.group("iq") and looks_generated(item.group("item")) and not looks_generated(value)
                    and not (key_is_no_hash and _DIGEST_HEX.match(item.group("item")) is not None)):
                value = item.group("item")
            if only is None or only.match(value) is not None:
                yield offset, what, key, value, Judgement.NAMED_AND_JUDGED
        if end >= 0:
            return


def _member_indent(text: str) -> int:
    """Where a line's member starts: after its indentation and a YAML item's `- `."""
    stripped = text.lstrip(" \t")
    indent = len(text) - len(stripped)
    return indent + 2 if stripped.startswith("- ") else indent


def _object_lines(lines: Sequence[str], index: int, radius: int, stop: str) -> Iterator[int]:
    """Indexes of the other lines of the object (a JSON object, a dict, a YAML mapping) whose member
    stands on `lines[index]`: up to its opening and closing braces, or, in YAML, the lines of its
    item at its members' indentation; at most `radius` each way, and never past a line holding `stop`
    (the member that says what the object is, `kty`, `type`: another object's, where a flattened
    mapping shows no braces)."""
    here = line_text(lines, index)
    indent = _member_indent(here)
    opened_here = "{" in here
    if not opened_here and not here.lstrip().startswith("- "):
        for other in range(index - 1, max(-1, index - 1 - radius), -1):
            text = line_text(lines, other)
            if not text.strip():
                continue
            if "}" in text or stop in text:
                break
            if "{" in text:
                yield other
                break
            if _member_indent(text) != indent and "[" not in text and "]" not in text:
                break
            yield other
            if text.lstrip().startswith("- "):
                break
    if "}" in here:
        return
    for other in range(index + 1, min(len(lines), index + 1 + radius)):
        text = line_text(lines, other)
        if not text.strip():
            continue
        if "{" in text or stop in text:
            break
        if "}" in text:
            yield other
            break
        stripped = text.lstrip(" \t")
        if stripped.startswith("- ") or (len(text) - len(stripped) < indent and "]" not in text):
            break
        yield other


def _typed_password(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The `value` of a credential object whose `type` is password, on its line or the object's."""
    typed = _TYPED_PASSWORD.search(line)
    if typed is None:
        return
    what = "password of a credential object (type: password)"
    # (an object on one line: the members between the braces around the type)
    start, end = line.rfind("{", 0, typed.start()) + 1, line.find("}", typed.end())
    member = _VALUE_MEMBER.search(line[start:end] if end >= 0 else line[start:])
    if member is not None:
        yield 0, what, "password", _member_value(member), Judgement.NAMED_AND_JUDGED
        return
    if start > 0 and end >= 0:
        return  # (the object closed on its line without a value)
    for other in _object_lines(lines, index, _OBJECT_LINES, "type"):
        member = _VALUE_MEMBER.search(line_text(lines, other))
        if member is not None:
            yield other - index, what, "password", _member_value(member), Judgement.NAMED_AND_JUDGED
            return


def _member_value(found: "re.Match[str]") -> str:
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    return value.replace('\\"', '"') if found.group("dq") else value.rstrip()


def _der_private_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """Base64 DER private keys on the line (not a PEM block's first line: the key's header above
    is the private key detector's)."""
    if "BEGIN" in line_text(lines, index - 1) and "PRIVATE KEY" in line_text(lines, index - 1):
        return
    for found in itertools.islice(_DER_RUN.finditer(line), _RUNS_A_LINE):
        what = der_private_key(found.group())
        if what is not None:
            yield 0, what, "private_key", found.group(), Judgement.PROVEN


def der_private_key(run: str) -> Optional[str]:
    """What a base64 run is when its DER head is a private key's (PKCS#8 with a key algorithm,
    PKCS#1 RSA, SEC1 EC) and it is long enough to hold one: None otherwise (a public key, a
    certificate, a truncated example)."""
    import base64
    import binascii

    try:
        head = base64.b64decode(run[:40])
    except (binascii.Error, ValueError):
        return None
    if len(head) < 24 or head[0] != 0x30:
        return None
    if head[1] < 0x80:
        length, position = head[1], 2
    elif head[1] == 0x81:
        length, position = head[2], 3
    elif head[1] == 0x82:
        length, position = (head[2] << 8) | head[3], 4
    else:
        return None
    if head[position:position + 2] != b"\x02\x01" or len(run) * 2 < (position + length) * 4 // 3:
        return None  # (no version first, or cut far short of its length: an example's head)
    version, tag, position = head[position + 2], head[position + 3], position + 3
    what: Optional[str] = None
    if version == 0 and tag == 0x30:  # PKCS#8: the algorithm's identifier, then the key
        skip = 2 if head[position + 1] < 0x80 else 2 + (head[position + 1] & 0x7F)
        oid_at = position + skip
        if head[oid_at:oid_at + 1] == b"\x06":
            oid = head[oid_at + 2:oid_at + 2 + head[oid_at + 1]]
            algorithm = _KEY_ALGORITHMS.get(oid)
            what = f"{algorithm} private key (PKCS#8 DER in base64, no PEM armour)" if algorithm else None
    elif version == 0 and tag == 0x02 and head[position + 1] in (0x81, 0x82):
        what = "RSA private key (PKCS#1 DER in base64, no PEM armour)"  # (the modulus, a long integer)
    elif version == 1 and tag == 0x04 and 16 <= head[position + 1] <= 72:  # (a curve's scalar: 20 to 66 bytes)
        what = "EC private key (SEC1 DER in base64, no PEM armour)"
    if what is None or len(set(run)) < 20 or has_repeated_chunk(run[24:]):
        return None
    return what


def _jwk_private_members(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A JWK's private member (`d`, an `oct` key's `k`): in the objects on the line that hold their
    `kty`, or among the members of the object whose `kty` the line holds."""
    if '\\"' in line:
        line = line.replace('\\"', '"')  # (a JWK in a string's escaped JSON: `"{\\"kty\\":\\"EC\\",…}"`)
    kty = _KTY.search(line)
    if kty is None:
        return
    if "{" in line[:kty.start()] or "}" in line[kty.end():]:
        # (JWKs on one line: each object between braces read alone)
        for part in itertools.islice(line.split("{"), _OBJECTS_A_LINE):
            own = _KTY.search(part)
            if own is not None:
                yield from _private_members(part, own.group("kty"), 0)
        if "}" in line[kty.end():]:
            return  # (the object of this `kty` closes on its line)
    else:
        yield from _private_members(line, kty.group("kty"), 0)
    for other in _object_lines(lines, index, _JWK_LINES, "kty"):
        found = list(_private_members(line_text(lines, other), kty.group("kty"), other - index))
        if found:
            yield from found
            return  # (an object holds one private member that says it is a key: `d`, or `k`)


def _private_members(text: str, kty: str, offset: int) -> Iterator[Found]:
    for found in itertools.islice(_PRIVATE_MEMBER.finditer(text), _ITEMS_A_LINE):
        name, value = found.group("name"), found.group("value")
        if (name == "k") != (kty == "oct"):
            continue
        if len(value) < (16 if name == "k" else 32) or len(set(value)) < 12 or has_repeated_chunk(value):
            continue
        from secretfence.compat.detect_secrets.plugins import is_placeholder_token

        if not is_placeholder_token(value):
            what = "symmetric JWK's key (k)" if name == "k" else f"{kty} JWK's private key (d)"
            yield offset, what, "private_key", value, Judgement.PROVEN


def _written_jwts(line: str) -> Iterator[Found]:
    """JWTs written whole as a named value: the name is the kind's to judge."""
    from secretfence.compat.detect_secrets.credential_keys import assigned_key

    for found in itertools.islice(_JWT.finditer(line), _JWTS_A_LINE):
        token = found.group()
        if declined_jwt(token):
            continue
        # (a header's scheme before it: `"Authorization": "Bearer eyJ…"` is the header's value)
        prefix = _BEARER_TAIL.sub("", line[max(0, found.start() - _KEY_READ):found.start()])
        assigned = assigned_key(prefix + token, token)
        if assigned is not None and assigned[1] and not names_a_rejected_token(assigned[0]):
            yield 0, f"JWT written whole under {assigned[0]}", assigned[0], token, Judgement.NAMED_ENOUGH


# Words of a token's name saying a test wrote it to be turned away: a verifier's tests hold the token a parse must
# reject (golang-jwt's and jsonwebtoken's suites: `expiredToken`, `invalidJWT`, `tamperedToken`, `forgedToken`). The
# name says it opens nothing where the claims may not say so (an expiry's test names its token expired whatever its
# `exp`; a tampered one's claims were edited after signing). (The service kind's held tokens decline these words and
# more, _service_reading._NOT_HELD_TOKEN_WORDS: an `old` or an `other` token may still open.)
_REJECTED_TOKEN_WORDS = frozenset({"expired", "invalid", "malformed", "tampered", "forged", "revoked", "unsigned",
                                   "bad", "wrong"})
_TOKEN_NAME_ENDINGS = ("token", "jwt")


def names_a_rejected_token(key: str) -> bool:
    """The key names a token (its last word `token` or `jwt`) and says a test made it to be turned away (see
    _REJECTED_TOKEN_WORDS): a JWT under it is a verifier's test input."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    return bool(words) and words[-1].endswith(_TOKEN_NAME_ENDINGS) and not _REJECTED_TOKEN_WORDS.isdisjoint(words)


# jwt.io's sample token's claims, in every tutorial.
_SAMPLE_SUBJECT, _SAMPLE_NAME = "1234567890", "John Doe"


def declined_jwt(token: str) -> bool:
    """A JWT (`header.payload.signature`) that grants nothing by what it says: unsigned (`alg: none`),
    a public `anon` key (Supabase's), jwt.io's sample, a placeholder's signature, or (stop 67) none: a
    `header.payload.` with its signature left off, as a page writes `eyJ….eyJ….<signature>` and a reading stops
    at the `<`. One whose parts do not decode says nothing, and is judged as any other value."""
    from secretfence.compat.detect_secrets.plugins import is_placeholder_token, jwt_claims, jwt_header

    if token.endswith(".") and token.count(".") == 2 and jwt_header(token) is not None:
        return True  # (no signature: no server that checks one takes it)
    header = jwt_header(token)
    if header is not None and str(header.get("alg", "")).lower() == "none":
        return True
    claims = jwt_claims(token)
    if claims is not None and (claims.get("role") == "anon" or (
            claims.get("sub") == _SAMPLE_SUBJECT and claims.get("name") == _SAMPLE_NAME)):
        return True
    return is_placeholder_token(token.rsplit(".", 1)[-1])


def _approle_secret_ids(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """Vault AppRole's secret_id as a UUID, where its name or the lines around say AppRole."""
    for found in itertools.islice(_SECRET_ID.finditer(line), _ITEMS_A_LINE):
        value = found.group("value")
        tail = _KEY_TAIL.search(line, max(0, found.start() - 96), found.start())
        key = (tail.group() if tail is not None else "") + line[found.start():found.start() + 10].rstrip("\"'=: \t")
        lowered_key = key.lower()
        if "wrap" in lowered_key or len(set(value.replace("-", ""))) < 8:
            continue  # (a wrapping token's name; a UUID of one or two digits repeated: a placeholder)
        if "vault" in lowered_key or "approle" in lowered_key or says_near(lines, index, _APPROLE, _APPROLE_LINES):
            yield 0, f"Vault AppRole secret_id under {key}", key, value, Judgement.PROVEN


def _factor_seeds(line: str) -> Iterator[Found]:
    """A second factor's seed: base32 under a TOTP/MFA name, or given to pyotp's TOTP/HOTP."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, key_words

    reported = 0
    for head in itertools.islice(_FACTOR_HEAD.finditer(line), _FACTORS_A_LINE):
        found = _FACTOR_VALUE.match(line, head.end())
        if found is None:
            continue
        tail = _KEY_TAIL.search(line, max(0, head.start() - 64), head.start())
        key_start = tail.start() if tail is not None else head.start()
        key = line[key_start:found.start("value")].rstrip("\"'=:>[] \t")
        words = key_words(key.replace("2fa", "twofa").replace("2FA", "TWOFA"))
        value = found.group("value")
        if (words and words[-1] in _SEED_WORDS and _FACTOR_WORDS.intersection(words) and _BASE32.match(value)
                and is_literal_credential(value, True, False, key="totp_secret")):
            reported += 1
            yield 0, f"TOTP seed under {key}", key, value, Judgement.PROVEN
    if ("OTP(" in line) and not reported:
        for found in itertools.islice(_OTP_CALL.finditer(line), _FACTORS_A_LINE):
            value = found.group("value")
            if is_literal_credential(value, True, False, key="totp_secret"):
                yield 0, "TOTP seed given to pyotp", "totp_secret", value, Judgement.PROVEN


def _plural_mapping(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The values of a mapping opened under a plural credential's name (versioned or named secrets)."""
    found = _PLURAL_MAPPING.search(line)
    closing = "}"
    if found is None and "(" in line:
        found, closing = _PLURAL_MAP_CALL.search(line), ")"
    if found is None:
        return
    from secretfence.compat.detect_secrets.credential_keys import key_words

    key = found.group("key") or (found.group("kwkey") if closing == "}" else None) or ""
    words = key_words(key)
    if not words:
        return
    if words[-1] in _PLURAL_WORDS or (words[-1] in _QUALIFIED_PLURALS and len(words) >= 2 and words[-2] in _PLURAL_QUALIFIERS):
        yield from _dict_items(lines, index, found.end(), f"credential in the mapping {key}", key, keyed_by_secret=True,
                               key_is_no_hash=words[-1] == "passwords", closing=closing)
    elif words[-1] == "tokens":
        # (blind round 57) a `TOKENS` map of a service's access tokens, one a branch or an account (`{"BTG-LIPA": "<32 hex>"}`,
        # Loyverse's, a POS's): hex of a token's length alone, where a chain's map holds `0x` addresses and a lexer's names
        yield from _dict_items(lines, index, found.end(), f"token in the mapping {key}", key[:-1],
                               only=_HEX_TOKEN if len(words) >= 2 else _TOKEN_MAP_VALUE, closing=closing)
    elif words[-1] == "keys" and len(words) >= 2 and key[-1:] in "sS":
        # (blind rounds GO-GT) a mapping of keys under another qualifier (`LINE_KEYS = {"L0001": "<hex>"}`, a receiver's
        # AES key a line; `DEVICE_KEYS`, `siteKeys`): each entry judged as the singular name holding it would be
        # (`LINE_KEY = "<hex>"`: a key issued in hex, a generated one), so a cache's, a sort's or a public key's map
        # (`CACHE_KEYS`, `PUBLIC_KEYS`) holds none
        yield from _dict_items(lines, index, found.end(), f"key in the mapping {key}", key[:-1], closing=closing)
    elif words == ("keys",) and key[-1:] in "sS":
        # (stop 70, code) a bare `keys`/`KEYS` map (a gateway's partners' keys: Lua's `local keys = {["gate"] = "…"}`,
        # Java's `KEYS = Map.of("partner", "…")`) holds a keyboard's or a cache's names as often: an issued key's shape
        # alone, a short lower-case prefix and its `_` before a generated run (`akt_…`, `gk_…`), judged as an API key (a bare
        # `KEY` names none)
        yield from _dict_items(lines, index, found.end(), f"key in the mapping {key}", "api_key", only=_PREFIXED_KEY_VALUE,
                               closing=closing)


def _config_commands(line: str) -> Iterator[Found]:
    """A configuration command's setting: `<tool>-config set <key> <value>`, `<tool> config set …`,
    `git config [--global] <key> <value>`."""
    position = line.find("config")
    for _ in range(_CONFIGS_A_LINE):
        if position < 0:
            return
        tool = _CONFIG_TOOL.search(line, max(0, position - 48), position)
        rest = _CONFIG_REST.match(line, position + len("config")) if tool is not None else None
        if tool is not None and rest is not None and (rest.group("set") or tool.group("tool").lower() == "git"):
            value = rest.group("dq") or rest.group("sq") or rest.group("bare") or ""
            name = tool.group("tool") + ("-" if tool.group("sep") == "-" else " ") + "config"
            yield 0, f"{name} setting {rest.group('key')}", rest.group("key"), value, Judgement.NAMED_AND_JUDGED
        position = line.find("config", position + 6)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return _TRUE_SAMPLES


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return _FALSE_SAMPLES


# Generated fakes (none is a real credential): an RSA key's PKCS#8 head then random base64 (and a public
# key's SubjectPublicKeyInfo head), JWK members, a JWT signed by nobody (its `exp` passed in 2023: a
# token written down was live when it was), a Supabase-shaped anon key.
_PKCS8_BODY = ("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQM0JMV8XloVfnCHYlgHzb4sQYCchIWdGWevXeWuLvK1dRPd/tqL"
               "pMbqFIcNnCTQ3n1BTTdCI7FhRzGpOQqvdH77amQ/kq+Y5F2sfyrOpm4L9GLkak6TPGb4I94BG9SdPmzNRfMbmuKG69WpSoOdDXQdoEp"
               "g+/WEnP3bImarKFdLm+DbjMWBHFGXPfPrwPheKTCqwOUuK0dERKFqHNDe+qd65UQSlcOknwZP1DCmeveFqaUC6O6p4rcZuuChYwWyPo"
               "7a85tokmOFHOCFBkiy4VEcQEAsyDy3yNWswqz6BWHl5qDaJclwcyI5H/ECRPpSBQ+cyDtZqkmdbzfHrlD4x8QAGV1ilx0mksGNT8zMf"
               "c2CPKBKIxLm5qHXh0d6XEJIiZzeY2LFovqzFAB3b2vAIfLUJLzUUyEXFlF7ryYP0eCpiu9fitQEypj/aakY9aFZoqhisEgMM0PYD2/R0"
               "WLaR5dPceHySZRAhfRAPX5hZtgO+GLc7NEIBI6WahT5XTYkATrgg+tmHyAAPbWD6JhFw3I5YIelLcW5y4ONUexLk57F5SdPx7S7jndG"
               "12CM5RRpD26BKKlNxmA55I83BpD0hkkC57q3MmpWSg530VIyCbjQQzHMayxIHd32wQ716dOQjR+OiXeIGcDwfb7RDdk6KUQX1W1fNFS3"
               "/9vL4b98RuW8px9Gz2JKMdHSKWYoi1bXBvqVfoxzi2tZXi7MVwiymIfhXlHbPidfcyDBE9adfjGdpXeGfZXa4gaZYzcghm96/OT9npyo"
               "kzorNvsMVDB0o+UT2xuB7hEkBbhy5lHmd0I9Fgv9q8jW2pdGsNzu3B1H871+m3l8y4XFFilUGyyVcUDlEAYvc/ebN8lhXTwugN1WTQr"
               "3zEndGZJuN7l1mt9ys82B9HbYKNEyGWgQ0560HygRMYoxCIaorFCNVXmNM+hbC9y+q4139E0va20ZmW/U4Q2kzUde9XOIPab0pqNkKhr"
               "SDAlMS7Iab6q0sXd9JKheSfkOSjqreJ6GGed1pKxlhrsPIuY8KJzBWwKAdzoTt4mEYFwb43N6bZEdahXHDNNxw6QSj/Qjw5u4Itda9cY"
               "JfKVMLbth/iMwke7+Nj3S+dn4en4+LBiiWzhr0Fyix2fRxEaNjJQ/voWAEQPyFZVpVg5Mm687JqsARlorM3jHJK1EHDn0ikIFe9Vnj+c"
               "KzZtluU37MOgFolS2HpUhf8e7FSR2luGwBvcYOpEVBX2wpJHl+B4rl+i6FaM7RT3uM6QDfOT2PbHkmA84pgG2ahCCDtZWWs4pZtFsZa4"
               "Q0dFSPSCJBGA2Xm4jpIVQS2/VfpFPQJ2fU/edkP1MueQwQZZY7IGeFaj21uW2lXAyqozFt1j+jtuRwIrpg/Htx2XmX1dcpTyS7YPYWWe"
               "eKvhldqrlG9ClFtM5lvkuvb7DRvFQoCGhA9TafGFVE288Zh42G3UusfthKh4WIhPWqEOTZOxRhR5XXQTlYQxXH9Zox79cZnKFID0Zinr"
               "aBXc28Id8jgc1+18kNXJzCWXnQt1ikg85sTbvxLYHwZgoFwMp1B9/abclOo3DkTWV14==")
_SPKI_BODY = ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAKq1q2zaQmGQSob7wlBwHIp/JH4HAbl9eFsKSNYcpB2IG7WcLmCHZk6KFpAZFg"
              "my5UwLyYK61V5c8wgRWCAb4SJ1/gZ51bbQwbMCSBmcmGWprXGprTsfiuAX/kpuFzDbdwdFaFIBUqw8q0F7hYWO3tItQHGrV7Uwrd/2aSA"
              "2CmjRz1KGgIx7ERFKkt7shSrA8xa+yunV34mQj5F4OSBkQqtVcvzq2w0dl8iH2gTrWxBB6yn6r5C2yIDsjVh40Ql2woZ1AQjbqfPYUw7g"
              "pCgccNzqWgvVSGmGbVaHCtiuoYxQvDzCMt15PEuZ96ddTFEUW62IQQShMFwzMB7KgbK0ZIDAQAB")
_EC_D = "ZOPwBdjAGujX5PCd9ptt2KkQ6MIhpN4YnzbB26gg8v9"
_RSA_D = ("c6P2Jh-iIKDuzYB7853sINQ3NvRWBRGxYh5j0DyChfo8tXl7LJpq_o1rzdTORQ-6qm_Uw3VAreATJuJfq_J5klWBZbQrMfwV1ZvuRo2Pqq"
          "hkFrex_CYjk8OKs4wQtqdJqYPGMuOrn7KRDEfEeb-PmipCIpiEhrOEMVAcU1dSjgTf5vO-adpj7TTWU73IkkwoZjmuDgW2eDlrZtXdGToR"
          "V6cFfAT4n4tL2yhNwegGm_BXUrU6nOUzkN9bqyTlmXBTtrnfvJoXCtCpU79VpoqGoZF2e7KHl-C_lnqnfEjNlzCJlDpCvdHkrXutmY2auO"
          "pZ94UUyHIWfAmyZ4TF3rNE0h")
_RSA_N = ("F4PX-W0zRMnrO-npmgAVcJ17VP7tYCthDgYl-eH_Ptfx1CnI0azN-n6NMR8gw_33wuvBBqz2XX4HIrvq4csHahaVG-WAt9hqsRg01j6OKr"
          "b41WKY0n0DusRDVm5ghcHnPLPQVEGM6HzI2EOK1Og2cK-Af1ATud0hdtQ6vgMP6eXo3Fsu_5friIhky0lRVNtf3PZwjU_PN9qXykUdFp7Nd"
          "B7mxBBdEAp53kwm94noNBLTRAX0aUaRUH_SONZNgUiUZ2ayu_r4yJyw_aqdkzAT94oWUbVjhE3cI6k3PWzUJIlufSt_OUV6ET8Hufdsn2K"
          "8EM-SDutv1RIYaLNDWCeEfW")
_OCT_K = "pYO95p_DwDc1mSA283jXEk-0zDQ-VYH-BxvWV_fSw42"
# {"alg":"RS256","typ":"JWT"}.{"iss":"https://id.acme.example/","sub":"svc-sync@clients","aud":"…/api/v2/",
# "scope":"read:users update:users","iat":1700000000,"exp":1702592000}.<random>
_JWT_TOKEN = ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2lkLmFjbWUuZXhhbXBsZS8iLCJzdWIiOiJzdmMtc3luY0BjbGll"
              "bnRzIiwiYXVkIjoiaHR0cHM6Ly9pZC5hY21lLmV4YW1wbGUvYXBpL3YyLyIsInNjb3BlIjoicmVhZDp1c2VycyB1cGRhdGU6dXNlcnMiLCJp"
              "YXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMjU5MjAwMH0.qF0dcK8ii98hBqd-bkoSXhN1JV8r86tXkK3TAPC5x_omRUYQrgEB0PDSaV5xjKhS"
              "cXIWOOg8fANXsgRZhTRH4kC6a5r0rHG7AgEkfbxqwVrLVGIJPkdDh9Z5lmdVC6U328IM5SbHh2IaqDH2FXTYJsEzFihfZqBJfkIWVitphJH0"
              "a95RzEr8rgmYFVy-xjhHpGKxz9buEybVSsV_0X30rvNGtBUCgaKtS8pO6B_12PsMnSYLC0lMWBrovMdNCU3Aoz06ApOLgeI4_NcTG57PMIIw"
              "wjZtQUrVXKokQSvLgXKlEz8go_b7LbFNKo38s-JjUXOJKA6kO6YrZWyfeaw2KP")
# {"alg":"HS256","typ":"JWT"}.{"iss":"supabase","ref":"…","role":"anon",…}.<random>
_ANON_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6a3J0bXZod2J4bnBsc2RqZmdjIiwicm9sZSI6Im"
             "Fub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.dQigZjWKu1lkBKuuSX5-2AxXg9msxh3plOiM35ZJBDE")

_TRUE_SAMPLES: Tuple[Sample, ...] = (
    # an HSM's PIN: a PKCS#11 token's user PIN in a service's config, an engine's, Fabric's BCCSP, a keystore URI
    Sample("; card keys\n[pkcs11]\nlibrary = /opt/safenet/lunaclient/lib/libCryptoki2_64.so\nslot_label = KMS-PROD\n"
           "user_pin = 70394826\n", "kms/conf/pkcs11.conf", "a PKCS#11 user PIN beside its module"),
    Sample("BCCSP:\n  Default: PKCS11\n  PKCS11:\n    Library: /usr/lib/softhsm/libsofthsm2.so\n    Label: orderer\n"
           "    Pin: 40918273\n", "orderer/orderer.yaml", "Fabric's BCCSP PKCS#11 PIN"),
    Sample('seal "pkcs11" {\n  lib = "/usr/vault/lib/libCryptoki2_64.so"\n  slot = "0"\n  pin = "Kq7v-Lm2X-p9Tz-4Wr8"\n}\n',
           "vault/seal.hcl", "Vault's PKCS#11 seal PIN (a partition's password)"),
    Sample('keystore:\n  - id: hsm\n    backend: pkcs11\n    config: "pkcs11:token=knot;pin-value=73920418 /usr/lib/softhsm/libsofthsm2.so"\n',
           "knot/knot.conf", "a PKCS#11 URI's pin-value"),
    Sample('<Repository name="SoftHSM">\n  <Module>/usr/lib/softhsm/libsofthsm2.so</Module>\n  <PIN>58203917</PIN>\n'
           "</Repository>\n", "opendnssec/conf.xml", "OpenDNSSEC's repository PIN"),
    Sample("import pkcs11\nlib = pkcs11.lib(MODULE)\nsession = token.open(user_pin='60418273')\n", "tools/sign.py",
           "python-pkcs11's user_pin in code"),
    Sample("<SignonPswd>\n  <CustId><SPName>com.carrier</SPName><CustLoginId>AGY4410</CustLoginId></CustId>\n  <CustPswd>\n"
           "    <EncryptionTypeCd>NONE</EncryptionTypeCd>\n    <Pswd>tR6wQz3Kp9Lm</Pswd>\n  </CustPswd>\n</SignonPswd>\n",
           "samples/ACORD_AutoQuoteRq.xml", "ACORD's sign-on password, not encrypted"),
    Sample('webrtc_bridge:\n  ros__parameters:\n    turn_username: "teleop"\n    turn_credential: "Hq7Wz2Lk9Xv4Rt8Mn3Pb-s"\n',
           "config/webrtc.yaml", "a TURN server's credential (ROS 2 parameters)"),
    Sample('TURN_USERNAME=teleop\nTURN_CREDENTIAL=Zt5Kq9Lm2Xw7Vr4Np8Hb\n', "deploy/webrtc.env", "a TURN server's credential (env)"),
    Sample('syncrepl rid=002\n  provider=ldap://ldap1.corp.example\n  bindmethod=simple\n  binddn="cn=sync,dc=corp,dc=example"\n'
           '  credentials=Rk8Wq3Zt6Lm2Xv9P\n', "ldap/slapd.conf", "a syncrepl bind's credentials"),
    Sample('olcDbIDAssertBind: bindmethod=simple binddn="cn=proxy,dc=corp,dc=example" credentials="Vq3!Lk8Zt2Wm9Xr" mode=self\n',
           "ldap/proxy.ldif", "cn=config's idassert bind"),
    Sample("dn: olcDatabase={0}config,cn=config\nchangetype: modify\nadd: olcRootPW\nolcRootPW:: SGVyb24jUXVhcnR6NDQ3MQ==\n",
           "ldap/rootpw.ldif", "LDIF's base64 root password"),
    Sample("apiVersion: v1\nkind: Secret\ndata:\n  hdfs.keytab: BQJ0iSdsYts8g1FqHwiqwSjhsW0c95YRcdryLSK5V4aKlghOcfnbaM7qpH3Sy+JNNw/"
           "lnCCesugGCcrpeFbD7Qj404HnqsBBO/pfY6vOtv3BlGrs5R3Ods3Y\n", "k8s/keytab-secret.yaml", "a Kerberos keytab in base64"),
    Sample('c = get_config()  # noqa\nc.LTI11Authenticator.consumers = {\n    "294df334ef00ae50": '
           '"eca56f6b1dfe005398ad01594d522ce63f6025b1645260804d821e1f2233916a",\n}\n',
           "jupyterhub_config.py", "JupyterHub's LTI 1.1 consumers dict: the value is the consumer's secret"),
    Sample("hub:\n  config:\n    LTI11Authenticator:\n      consumers:\n"
           "        8d92916ebea01468: ac6acf9bca2072ae88c5331a759966145d1be079\n",
           "jhub/values.yaml", "zero-to-jupyterhub's LTI consumers mapping"),
    Sample('{\n  "users": [\n    {\n      "username": "svc-backup",\n      "credentials": [\n        {\n'
           '          "type" : "password",\n          "value" : "Juniper#Quartz7715",\n          "temporary" : false\n'
           '        }\n      ]\n    }\n  ]\n}\n', "keycloak/realm-export.json", "a Keycloak user's credential in a realm import"),
    Sample('users:\n  - username: ops-bot\n    credentials:\n      - type: password\n        value: "Basalt!Meadow3390"\n',
           "config/realms/ops.yaml", "keycloak-config-cli's user credential"),
    Sample('{"config": {"bindDn": ["cn=kc,ou=svc,dc=acme,dc=io"], "bindCredential": ["Cobalt&Fennel4827"]}}\n',
           "keycloak/ldap-component.json", "Keycloak's LDAP federation bind credential, listed"),
    Sample('{\n  "config": {\n    "privateKey": [ "' + _PKCS8_BODY + '" ],\n    "priority": [ "100" ]\n  }\n}\n',
           "keycloak/realm.json", "a Keycloak key provider's PKCS#8 private key, base64 without armour"),
    Sample('{\n  "keys": [\n    {\n      "kty": "EC",\n      "crv": "P-256",\n'
           '      "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",\n      "d": "' + _EC_D + '"\n    }\n  ]\n}\n',
           "keys/jwks.json", "an EC JWK's private member d"),
    Sample('PRIVATE_JWK = {\n    "kty": "RSA",\n    "e": "AQAB",\n    "d": "' + _RSA_D + '",\n}\n', "signing/keys.py",
           "an RSA JWK as a Python dict"),
    Sample('{"keys":[{"kty":"oct","kid":"hmac-1","k":"' + _OCT_K + '"}]}\n', "auth/hmac-jwks.json",
           "a symmetric JWK's k on one line"),
    Sample("data:\n  jwks.json: |\n    {\"keys\": [\n      {\n        \"kty\": \"RSA\",\n        \"n\": \"" + _RSA_N
           + "\",\n        \"d\": \"" + _RSA_D + "\"\n      }\n    ]}\n", "k8s/auth-configmap.yaml",
           "a JWKS in a ConfigMap's block"),
    Sample('MGMT_TOKEN = "' + _JWT_TOKEN + '"\n', "scripts/sync_users.py", "a JWT written whole as a management token"),
    Sample('import hvac\nROLE_ID = "dd195691-8f8f-4459-b9e0-ff50440d62ac"\nSECRET_ID = "b6b2517c-a246-4731-b6b5-a50e3eb827cb"\n',
           "ci/login.py", "Vault AppRole's secret_id beside its role_id"),
    Sample("vault write auth/approle/login role_id=$ROLE_ID secret_id=0acab580-c102-4389-b526-62bbb368b476\n",
           "deploy.sh", "an AppRole login's secret_id on the command line"),
    Sample('MFA_TOTP_SEED = "DH4UPTHLPJ2PVUQCR76T3YSMGMOI25ZN"\n', "app/settings.py", "a TOTP seed in base32"),
    Sample('totp = pyotp.TOTP("L34PYNVIPDTSPFMOPDXEBEU2Z2KOI254")\n', "ops/otp.py", "a seed given to pyotp"),
    Sample('SECURITY_TOTP_SECRETS = {"1": "7kM8feqcaEIssb80SpRs5GAyOExKhdpH059yR5q0aKA"}\n', "config/security.py",
           "Flask-Security's TOTP secrets mapping"),
    Sample("tljh-config set auth.GitHubOAuthenticator.client_secret 'fa938bb26ba519825acc06eb75cf9e13e9621752'\n",
           "setup.sh", "a TLJH setting given on the command line"),
    Sample("idp.authn.LDAP.bindDN = uid=idp,ou=svc,dc=acme,dc=edu\nidp.authn.LDAP.bindDNCredential = Harbor&Thistle5520\n",
           "idp/conf/ldap.properties", "Shibboleth's LDAP bind credential"),
    Sample("[radius_server_auto]\nikey=DIZUZDDELTEFUUNAX7NE\nskey=SnSsrMoBk0A99lLeF5qLDFYyq46WOFXbYWWyJgZj\n",
           "duoauthproxy/conf/authproxy.cfg", "Duo's secret key (skey)"),
    # Blind rounds BM, BN: an Open edX course's LTI passport, a Spring {noop} password, a Sakai bean's property
    Sample('{\n  "course/2025_T2": {\n    "display_name": "Statistics I",\n'
           '    "lti_passports": ["piazza:riverton-piazza:Lq7Zt2Vw9Xk4Rm8Pn3Hb6Jc1Ds5Fg0Ay"],\n    "tabs": []\n  }\n}\n',
           "course/policies/2025_T2/policy.json", "an Open edX course policy's LTI passport"),
    Sample('{\n  "lti_passports": [\n    "vitalsource:vs-7781:Kq8Lm2Xz9Tw4Vr7Nb3Hc",\n'
           '    "zoom:zoom-edx:Pw5Rt8Zq2Lm9Xk4Vb7Nc"\n  ]\n}\n', "policies/course/policy.json",
           "LTI passports listed over lines"),
    Sample("hawkbit.security.user.fleet-ops.tenant=DEFAULT\nhawkbit.security.user.fleet-ops.password={noop}Copper#Basalt6618\n",
           "src/main/resources/application-prod.properties", "a Spring Security {noop} password in properties"),
    Sample('auth.inMemoryAuthentication()\n    .withUser("ops").password("{noop}Rk4Wq8Zt2Lm6").roles("ADMIN");\n',
           "src/main/java/com/acme/SecurityConfig.java", "a {noop} password given in code"),
    Sample("url@javax.sql.BaseDataSource=jdbc:mariadb://lmsdb.acme.internal:3306/sakai\n"
           "username@javax.sql.BaseDataSource=sakai_app\npassword@javax.sql.BaseDataSource=Tw8!kLm3Rq\n",
           "sakai/sakai.properties", "Sakai's bean-qualified database password"),
)

_FALSE_SAMPLES: Tuple[Sample, ...] = (
    # an HSM's PIN: short, a run, a repeat, a shipped default, a reference, a placeholder; a PIN's length and
    # source; a board's pins; a PIN with no HSM named near
    Sample("[pkcs11]\nlibrary = /usr/lib/softhsm/libsofthsm2.so\nslot = 0\npin = 0000\nso_pin = 1234\nuser_pin = 123456\n"
           "so_pin = 12345678\npin = 98765432\npin = 648219\nuser_pin = 111111\npin = 121212\n", "hsm/pkcs11.conf",
           "stock, run and repeated PINs"),
    Sample('seal "pkcs11" {\n  lib = "/usr/vault/lib/libCryptoki2_64.so"\n  pin = "AAAA-BBBB-CCCC-DDDD"\n}\n'
           "[hsm]\nmodule = libsofthsm2.so\nuser_pin = ${HSM_PIN}\nmin_pin_len = 10394826\npin-source = file:/etc/hsm/pin\n"
           "pin = changeme\n", "hsm/vault.hcl", "a documentation's PIN, a reference, a length, a PIN's file"),
    Sample('config: "pkcs11:token=knot;pin-value=1234 /usr/lib/softhsm/libsofthsm2.so"\nurl: "https://x.io/?pin-value=73920418"\n',
           "knot/knot.conf", "a stock pin-value, a pin-value outside a PKCS#11 URI"),
    Sample("[board]\nled_pin = 13\nreset_pin = 4839201\nuser_pin = 21584736\n", "firmware/board.ini",
           "a board's pins; a PIN with no HSM named near"),
    Sample("import pkcs11\nsession = token.open(user_pin=USER_PIN)\npin = read_pin()\n", "tools/sign.py",
           "a PIN from a variable in code"),
    Sample("<CustPswd>\n  <EncryptionTypeCd>SHA1</EncryptionTypeCd>\n  <Pswd>Qm9Fj2LxW7cTn4Rb8Kz1Hd5Vs0E=</Pswd>\n</CustPswd>\n",
           "samples/quote_rq.xml", "an ACORD password its encryption type says is a digest"),
    Sample("<CustPswd>\n  <EncryptionTypeCd>NONE</EncryptionTypeCd>\n  <Pswd>********</Pswd>\n</CustPswd>\n",
           "samples/home_quote_rq.xml", "an ACORD password masked"),
    Sample('turn_credential: "${TURN_SECRET}"\ncredential: "Zt5Kq9Lm2Xw7Vr4Np8Hb"\n',
           "config/webrtc.yaml", "a TURN credential from the environment; a bare credential (a SigV4 scope's `Credential=` too)"),
    Sample("client = storage.Client(credentials=creds_for_user)\n", "app/storage.py", "a keyword argument named credentials"),
    Sample('syncrepl rid=003\n  bindmethod=simple\n  binddn="cn=sync,dc=corp,dc=example"\n  credentials={{ ldap_sync_password }}\n',
           "templates/slapd.conf.j2", "a syncrepl bind's template"),
    Sample("olcRootPW:: e1NTSEF9ZF/jacQVEgugjYjjFO311OkET0U=\n", "ldap/rootpw.ldif", "LDIF's base64 of a hashed password"),
    Sample('QuorumServer {\n  com.sun.security.auth.module.Krb5LoginModule required\n  keyTab="/etc/security/keytabs/zk.keytab";\n};\n',
           "zookeeper_jaas.conf", "a keytab's path"),
    Sample('c.LTI11Authenticator.consumers = {os.environ["LTI_KEY"]: os.environ["LTI_SECRET"]}\n',
           "jupyterhub_config.py", "consumers read from the environment"),
    Sample('{\n  "credentials" : [ {\n    "type" : "password",\n    "secretData" : "{\\"value\\":\\"'
           'le6InmtvpY/6d7wyt5vG2LKp96fsjqKxv4GJfg4+xH==\\",\\"salt\\":\\"zSevH3vJ+crP==\\"}",\n'
           '    "credentialData" : "{\\"hashIterations\\":27500}"\n  } ]\n}\n', "keycloak/users-0.json",
           "a hashed Keycloak credential (secretData)"),
    Sample('{"credentials": [{"type": "password", "value": "<set-on-first-login>", "temporary": true}]}\n',
           "keycloak/realm-template.json", "a template's placeholder"),
    Sample('"bindCredential": ["**********"],\n', "keycloak/export.json", "a masked bind credential"),
    Sample('{\n  "publicKey": [ "' + _SPKI_BODY + '" ]\n}\n', "keys.json", "a public key (SubjectPublicKeyInfo)"),
    Sample('{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "e": "AQAB",\n      "n": "' + _RSA_N
           + '"\n    }\n  ]\n}\n', "static/jwks.json", "a public JWKS (no d)"),
    Sample('ANON_KEY = "' + _ANON_JWT + '"\n', "app/supabase.py", "a Supabase anon key (public by design)"),
    Sample('ROLE_ID = "dd195691-8f8f-4459-b9e0-ff50440d62ac"\nsecret_id = unwrapped["data"]["secret_id"]\n'
           'client.auth.approle.login(role_id=ROLE_ID, secret_id=secret_id)\n', "ci/unwrap.py", "a secret_id read at run time"),
    Sample('BITWARDEN_SECRET_ID = "b6b2517c-a246-4731-b6b5-a50e3eb827cb"\nclient.secrets().get(BITWARDEN_SECRET_ID)\n',
           "sync.py", "a secret's id in a secrets manager, no AppRole"),
    Sample("tljh-config set auth.GitHubOAuthenticator.client_id Ov23liffkuz1Px5ATCgU\n", "setup.sh", "an OAuth client id"),
    Sample('SOCIAL_AUTH_GITHUB_ORG_KEY = "Ov23liffkuz1Px5ATCgU"\nSOCIAL_AUTH_TWITTER_KEY = "q8Zt2Lx9Vw4Kp7Nm3Rb6Yc"\n',
           "settings.py", "python-social-auth's client ids"),
    Sample("idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}\n",
           "idp/conf/ldap.properties", "a property's reference"),
    Sample("[radius_server_auto]\nskey_protected=ngHRlUY/tL7AyZLOoSUmQZnthCg3JDkdVadMUF0rfmJSq1xvqfBwZLftynpoH6lM==\n",
           "authproxy.cfg", "Duo's encrypted secret key"),
    Sample("git config --global user.name 'Dana Whitfield'\ngit config --global credential.helper store\n", "setup.sh",
           "configuration commands holding no secret"),
    Sample('TOKENS = {\n    "USDC": "0x5f3A9c1E7b2D8e4F6a0C9b3E1d7F5a2C8e6B4d0A",\n    "WETH": "0x9C2e4A7f1B3d5E8a0F6c2D9b7E4a1C3f5B8d0E2A",\n}\n',
           "abi/tokens.py", "a map of token contracts' addresses"),
    Sample('{\n  "lti_passports": ["lti_id:client_key:client_secret"],\n  "other": ["a:b:c"]\n}\n'
           'LTI_PASSPORTS = ["test_tool:test_key:test_secret"]\n', "course/policies/course/policy.json",
           "LTI passports' documented shape, a test's"),
    Sample('.password("{noop}password")\nspring.security.user.password={noop}${ADMIN_PASSWORD}\n'
           "admin.password={bcrypt}$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\n",
           "src/main/resources/application.properties", "a {noop} example, a reference; a bcrypt hash"),
    Sample("password@javax.sql.BaseDataSource=${SAKAI_DB_PASSWORD}\nusername@javax.sql.BaseDataSource=sakaiuser\n"
           "smtp@org.sakaiproject.email.api.EmailService=smtp.acme.edu\n", "sakai/local.properties",
           "Sakai's bean-qualified reference, a user's name, a host"),
)
