"""The literal kind's reader of literals written where a scanner expects a reference: a value that
looks like a variable's expansion but is the credential itself.

- Spring's property placeholder with a default, `${name:default}` (in `@Value("…")`, Kotlin's
  `@Value("\\${…}")`, a `.properties` or YAML value): where the property is missing (a laptop without a
  profile, a forgotten environment variable), the default is the value; under a credential's name it
  is a committed credential. `${name}` alone, a nested `${a:${b}}`, an empty default and the shell's
  `${VAR:-…}`/`${VAR:?…}` (Compose's and the shell's forms, other readers' business) hold none here.
- PHP's single-quoted string expands nothing: `$phpmailer_smtppassword = '$qx…';`, `define('DB_PASS',
  '$…')`, `'password' => '$…'` hold a password opening with `$`, not a variable. Judged without its `$`
  (a generated-looking rest); an upper-case name after it (`'$DB_PASSWORD'`, a template envsubst fills)
  or a word is none.

Each reader yields (line offset, what it is, the key the value is judged under, the value, a
`Judgement`, kinds/_judgement.py).

And the converse, a name where a scanner expects a credential: External Secrets Operator's manifests
(`apiVersion: external-secrets.io/…`: ExternalSecret, ClusterExternalSecret, PushSecret) give, under
`secretKey:`, the key of the Kubernetes Secret the operator writes (a PushSecret's `match.secretKey`: the
one it reads), and under `remoteRef.key`/`property`/`remoteKey` the provider's secret: names the operator
resolves in its store, never values (`names_a_stored_secret`).
"""
from __future__ import annotations

import bisect
from typing import Iterator, List, Sequence, Tuple

from secretfence.kinds._helpers import LastFileMemo, line_text
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import lazy_regex

Found = Tuple[int, str, str, str, Judgement]

_VALUES_A_LINE = 8  # values read a line at most
_LINE_READ = 8192  # characters of a line the forms are looked for in

# The prefilter's literals (lowered): a placeholder with a default ends `:<default>}`; PHP's forms are
# found by their credential-named keys already (the keyword patterns), so only Spring's needs its own.
KEYWORDS = ("@value(",)
# `${name:default}`: a property's name, a colon, a default with no nested placeholder (not the shell's `:-`, `:?`, `:+`, `:=`)
_PLACEHOLDER_DEFAULT = lazy_regex(
    r"""\$\{(?P<name>[A-Za-z_][\w.\[\]-]{0,127}):(?P<value>[^\s${}\-?+=:"'\\][^\s${}"'\\]{0,255})\}"""
)
# PHP: `$name = '$…'`, `define('NAME', '$…')` (DEFINE: PHP's names of functions ignore case), `'name' => '$…'`,
# `$cfg['name'] = '$…'` (phpMyAdmin's, Roundcube's configs), `$this->name = '$…'`, `const NAME = '$…'`
# (single quotes: no expansion)
_PHP_DOLLAR_LITERAL = lazy_regex(
    r"""(?:\$(?P<variable>[A-Za-z_]\w{0,127})[ \t]*=|(?i:define)[ \t]*\([ \t]*["'](?P<constant>[A-Za-z_]\w{0,127})["'][ \t]*,"""
    r"""|["'](?P<member>[A-Za-z_][\w.-]{0,127})["'][ \t]*(?:=>|\][ \t]*=)|->(?P<property>[A-Za-z_]\w{0,127})[ \t]*="""
    r"""|(?<![\w$])(?i:const)[ \t]+(?P<class_constant>[A-Za-z_]\w{0,127})[ \t]*=)[ \t]*'(?P<value>\$[^'\\\s]{1,256})'"""
)
_PHP_SUFFIXES = (".php", ".inc", ".phtml", ".php.dist", ".php.sample", ".php.example")

LOOKALIKE_TRIGGERS: Triggers = Triggers(exact=("${", "'$"))


def lookalike_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each literal on the
    line written as if it were a reference (see the module's doc)."""
    line = line_text(lines, index)[:_LINE_READ]
    if "${" in line and ":" in line:
        for _, found in zip(range(_VALUES_A_LINE), _PLACEHOLDER_DEFAULT.finditer(line)):
            name = found.group("name")
            yield 0, f"default of the property placeholder ${{{name}:…}}", name, found.group("value"), Judgement.NAMED_AND_JUDGED
    if "'$" in line and lowered_name.endswith(_PHP_SUFFIXES):
        yield from _php_dollar_literals(line)


def _php_dollar_literals(line: str) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import is_hashed_value, is_literal_credential, names_a_credential_holding

    for _, found in zip(range(_VALUES_A_LINE), _PHP_DOLLAR_LITERAL.finditer(line)):
        key = (found.group("variable") or found.group("constant") or found.group("member") or found.group("property")
               or found.group("class_constant") or "")
        value = found.group("value")
        rest = value[1:]
        if is_hashed_value(value):
            continue  # (a crypt hash, `'$2y$10$…'`, `'$argon2id$…'`: the verifier PHP's password_verify reads, no password)
        # (judged without its `$`: the value judgement refuses a `$` head as a variable's expansion, which PHP's
        # single quotes never make; an upper-case name after it is a template's variable, refused as such)
        if names_a_credential_holding(key, value) and is_literal_credential(rest, True, False, key=key):
            yield 0, f"single-quoted PHP literal opening with $ under {key}", key, value, Judgement.PROVEN


# A manifest's `apiVersion: <group>/<version>` (YAML, or JSON's `"apiVersion": "…",`), and External Secrets
# Operator's group; the keys its schema fills with names.
_API_VERSION = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?apiVersion["']?[ \t]*:[ \t]*["']?(?P<group>[\w.-]{1,253})(?P<slash>/)?""")
_STORE_OPERATOR_GROUP = "external-secrets.io"
_STORE_NAME_KEYS = frozenset({"secretkey", "remotekey", "key", "property"})


_DOCUMENT_BREAK = lazy_regex(r"^---[ \t]*$")


def _api_versions(lines: Sequence[str]) -> List[Tuple[int, bool, int]]:
    """(line, the operator's group, the column `apiVersion` stands at) of each manifest's head; a YAML
    document's `---` ends the manifest above it (a line of no group)."""
    versions = []
    for at, text in enumerate(lines):
        if "apiVersion" in text:
            found = _API_VERSION.match(text)
            if found is not None:
                # (the core group's `v1` has no group before a `/`)
                versions.append((at, found.group("slash") is not None and found.group("group") == _STORE_OPERATOR_GROUP,
                                 text.index("apiVersion")))
        elif text.startswith("---") and _DOCUMENT_BREAK.match(text):
            versions.append((at, False, 0))
    return versions


_API_VERSIONS = LastFileMemo(_api_versions)


def names_a_stored_secret(lines: Sequence[str], index: int, key: str) -> bool:
    """The key is one External Secrets Operator's manifest fills with a name (see the module's doc): the
    nearest `apiVersion:` at or above the line is the operator's."""
    if key.lower() not in _STORE_NAME_KEYS:
        return False
    versions = _API_VERSIONS.of(lines)
    at = bisect.bisect_right(versions, (index, True, 1 << 30)) - 1
    if at < 0 or not versions[at][1]:
        return False
    # the key stands inside the manifest: deeper than its `apiVersion` (a Helm values file's `apiVersion:`
    # setting has siblings holding values of their own)
    text = lines[index]
    return len(text) - len(text.lstrip(" \t-")) > versions[at][2]


# Cloud Run's and Cloud Functions' secrets flags (`gcloud run deploy --set-secrets=API_KEY=api-key:latest`,
# `--update-secrets`, a mount's `/etc/keys/api=api-key:3`): each variable's value names a Secret Manager secret and
# its version (`latest` or a number), which the platform reads at start-up; the flag on the line or on a line above
# that a shell's `\` continues.
_SECRETS_FLAG = frozenset({"set-secrets", "update-secrets"})
_SECRET_VERSION_REFERENCE = lazy_regex(r"""^[A-Za-z0-9_-]{1,255}:(?:latest|[1-9][0-9]{0,5})$""")
# (a command's option: the value belongs to the nearest one before it, `--set-env-vars=P=…` as much as `--set-secrets=…`)
_OPTION = lazy_regex(r"""(?:^|[\s'"\[,(])--(?P<name>[A-Za-z][\w-]{0,63})""")
_CONTINUED_LINES = 8  # lines of a command a flag may stand above its value


def names_a_secret_version(lines: Sequence[str], index: int, value: str) -> bool:
    """The value is a `<secret>:<version>` reference a Cloud Run or Cloud Functions secrets flag gives (see above): the
    nearest option before it in its command is the secrets flag (a `--set-env-vars=DB_PASSWORD=Harbor:4829` beside or
    below a `--set-secrets` is a literal)."""
    if ":" not in value or _SECRET_VERSION_REFERENCE.match(value) is None:
        return False
    for row in range(index, max(-1, index - _CONTINUED_LINES), -1):
        text = line_text(lines, row)[:_LINE_READ]
        if row < index and not text.rstrip().endswith("\\"):
            return False  # (the command ended above)
        if row == index:
            at = text.rfind(value)
            text = text[:at] if at >= 0 else text
        if "--" not in text:
            continue
        options = [found.group("name") for found in _OPTION.finditer(text)]
        if options:
            return options[-1] in _SECRETS_FLAG
    return False


# (stop 63) A Kubernetes ConfigMap's setting whose name ends with `SECRET` after its password word (`DB_PASSWORD_SECRET:
# to-depot-db`, `db-password-secret`, `dbPasswordSecret`): the app reads the name of the Secret that holds the password
# (a ConfigMap holds no credential by design). The value is named as Kubernetes names objects (RFC 1123 labels, lower
# case, joined by `-`) and starts with the manifest's own `metadata.name` or namespace (`to-depot` → `to-depot-db`), as
# an app's Secrets are named: a passphrase of lower-case words (`correct-horse-battery`) or a password shares no such head
# and stays a credential.
_SECRET_NAME_KEY = lazy_regex(r"""^[ \t]*["']?(?P<key>[A-Za-z][\w.-]{0,127}?(?i:pass(?:word)?|pwd)[._-]?(?i:secret))["']?[ \t]*:""")
_OBJECT_NAME = lazy_regex(r"^[a-z0-9](?:[a-z0-9-]{0,251}[a-z0-9])?$")
# (the manifest as written, or as the YAML carrier flattens it: each scalar quoted, the keys unindented)
_CONFIGMAP_KIND = lazy_regex(r"""^kind:[ \t]*(?:ConfigMap|"ConfigMap"|'ConfigMap')[ \t]*(?:#.*)?$""")
_OWN_NAME = lazy_regex(r"""^[ \t]*(?:name|namespace):[ \t]*["']?(?P<name>[a-z0-9][a-z0-9.-]{0,252})["']?[ \t]*(?:#.*)?$""")
_MANIFEST_LINES = 400  # lines above the setting its manifest's head is looked for in


def names_a_kubernetes_secret(lines: Sequence[str], index: int, value: str) -> bool:
    """The value on the line is the name of a Kubernetes Secret a ConfigMap's password-secret setting gives (see above)."""
    if "-" not in value or _OBJECT_NAME.match(value) is None:
        return False
    if _SECRET_NAME_KEY.match(line_text(lines, index)[:_LINE_READ]) is None:
        return False
    configmap = False
    own_names: List[str] = []
    for row in range(index - 1, max(-1, index - _MANIFEST_LINES), -1):
        text = line_text(lines, row)[:_LINE_READ]
        if text.startswith("---") and _DOCUMENT_BREAK.match(text):
            break  # (the manifest ends above)
        if text.startswith("kind:") and _CONFIGMAP_KIND.match(text):
            configmap = True
        own = _OWN_NAME.match(text) if "name" in text else None
        if own is not None:
            own_names.append(own.group("name"))
    return configmap and any(value.startswith(name + "-") for name in own_names)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample('    @Value("${sms.auth-token:7c1e9a4f2b8d6e3a0f5c9b7d1e4a8c2f}")\n    private String authToken;\n',
               "src/main/java/com/shop/SmsConfig.java", "Spring's @Value default under a token's name"),
        Sample("sms.auth-token=${SMS_AUTH_TOKEN:4d9a1f7c2e8b5a3d6f0c9e1b7a4d2f8c}\n", "src/main/resources/application.properties",
               "a properties value's placeholder default"),
        Sample("<?php\n$phpmailer_smtppassword = '$Vk7qLm2Zx9Rt4W';\n", "lists/config/config.php",
               "a PHP single-quoted password opening with $"),
        Sample("<?php\n$config['smtp_pass'] = '$Hq4vN8mZr2Tx6K';\n", "roundcube/config/config.inc.php",
               "a PHP array element's single-quoted password opening with $"),
        Sample("<?php\nDEFINE('SMTP_PASSWORD', '$Wd3kP9sLq7Vz2M');\n", "wp-config.php", "PHP's DEFINE in capitals"),
        Sample("<?php\nclass Mail {\n    const SMTP_PASSWORD = '$Rb6tY2nQx8Kw4J';\n}\n", "src/Mail.php", "a class constant"),
        Sample("<?php\n$this->smtp_password = '$Jc5mW9rTz3Lp7H';\n", "src/Mailer.php", "an object's property"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample('    @Value("${sms.auth-token}")\n    private String authToken;\n    @Value("${sms.sender:ShopAlerts}")\n'
               '    private String sender;\n', "src/main/java/com/shop/SmsConfig.java", "no default; a default under a plain name"),
        Sample("spring.mail.password=${MAIL_PASSWORD:}\nspring.datasource.password=${DB_PASSWORD:${LEGACY_DB_PASSWORD}}\n"
               "spring.mail.username=${MAIL_USER:alerts}\n", "src/main/resources/application.properties",
               "an empty default, a nested placeholder, a user's default"),
        Sample("<?php\n$db_password = '$DB_PASSWORD';\n$label = '$Vk7qLm2Zx9Rt4W';\n", "config/config.php.tpl.php",
               "a template's upper-case variable; a literal under a plain name"),
        Sample("<?php\nreturn [\n    'password' => '$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',\n];\n"
               "$pw = '$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';\n", "config/users.php",
               "crypt hashes (bcrypt, Argon2) under a password's name: verifiers"),
        Sample("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n"
               "    - secretKey: ConnectionStrings__Vista\n      remoteRef:\n        key: vista-connection-string\n",
               "deploy/k8s/externalsecret.yaml", "External Secrets Operator's names of a Secret's key and the store's secret"),
    )


__all__ = ("KEYWORDS", "LOOKALIKE_TRIGGERS", "false_samples", "lookalike_secrets", "names_a_stored_secret", "true_samples")
