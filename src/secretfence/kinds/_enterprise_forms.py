r"""The literal kind's readers of enterprise configuration forms whose secret stands where no
ordinary credential-named key does: XML documents that say by their structure what a value is,
glued key names, Perl quoting, and stored hashes written like literals.

- Windows answer files (unattend.xml, autounattend.xml): `<AdministratorPassword>` and
  `<Password>` (user accounts, AutoLogon, domain join) hold `<Value>…</Value>` beside
  `<PlainText>true</PlainText>`. With `<PlainText>false</PlainText>` the value is only base64 of
  the password followed by the element's name (`AdministratorPassword`, `Password`): no
  encryption, so it is decoded and the password reported (what Windows' own setup reads back).
  A value that does not decode to that shape is left alone.
  Windows SIM writes that text UTF-16LE: the value is reported as written, judged by its password.
- A FIX message log (`8=FIX…`): a Logon's Password (tag 554) and NewPassword (925).
- An EDI interchange's header (read by kinds/_integration_forms.py): X12's ISA04 where ISA03 is `01`,
  EDIFACT's UNB S005 recipient reference/password; in a password's slot a provider's generated
  password (`G3WE…`, ten capitals and digits as X12's basic character set writes it) is one.
- FileZilla's site manager (sitemanager.xml, recentservers.xml): `<Pass encoding="base64">` is
  the password in base64, decoded; an empty `<Pass/>` or `encoding="crypt"` (master-password
  encrypted) is none.
- Jenkins job configurations: a `<hudson.model.PasswordParameterDefinition>`'s `<defaultValue>`;
  Jenkins' own encrypted form (`{AQAAAB…}`) is none.
- SSIS packages (.dtsx): a package variable named for a credential (`DTS:ObjectName="FtpPassword"`)
  and its `<DTS:VariableValue>`, and a connection manager's `<DTS:Property DTS:Name="…Password">`;
  an expression (`@[User::X]`) or an `Encrypted="1"` property is none. A package configuration's XML
  file (.dtsConfig): a `<Configuration … Path="\Package.Connections[X].Properties[Password]">` (a property
  named for a credential, or a credential-named variable's `Properties[Value]`) and its `<ConfiguredValue>`,
  on the same line or the lines below up to `</Configuration>`.
- .NET's `RSACryptoServiceProvider.ToXmlString(true)`: an `<RSAKeyValue>` holding the private
  parts (`<D>`, `<P>`, `<Q>`…). The whole element is reported when it stands on one line, else its
  `<D>`. A public key (Modulus and Exponent only) is none.
- Python logging's fileConfig (logging.ini): an SMTPHandler section's `args=` tuple, whose fifth
  item is the `(user, password)` credentials. Read from the `class=` line when `args=` follows it
  (fileConfig's order); an `args=` above its class is read when the line reaches the kind by its
  own words (an `smtp.` host), not by `args=` alone, which Python's `Thread(args=(…))` writes.
- Perl: `key => q{…}` (and `qq`, `q(…)`, `q[…]`, `q<…>`, `q!…!`).
- Key names that glue a role to `pass`/`pw` (phpMyAdmin's `controlpass`, nslcd's and
  pam_ldap's `bindpw`, `rootpwmodpw`, OpenLDAP's `rootpw`), and JNDI's
  `java.naming.security.credentials` (`Context.SECURITY_CREDENTIALS`).

- T-SQL: a procedure's credential parameter given a Unicode literal (`@rmtpassword = N'…'` of
  sp_addlinkedsrvlogin, `@passwd = N'…'` of sp_addlogin, sysmail's `@password = N'…'`), a statement's
  `PASSWORD = N'…'` / `SECRET = N'…'` (CREATE APPLICATION ROLE, CREATE CREDENTIAL, ENCRYPTION BY
  PASSWORD), and the procedures' positional arguments in their documented order (sp_addlinkedsrvlogin's
  fifth, sp_addlogin's second, sp_password's old and new, sp_setapprole's and sp_addapprole's second,
  sp_change_users_login's fourth), the statement read up to its `;` or `GO` over a few lines.

And what is none though written like one: SQL Server's `CREATE LOGIN … WITH PASSWORD = 0x… HASHED`
(on the login's line or on a `WITH` line of its own; a quoted hash before `HASHED` the same) and a login's
`SID = 0x…` (binary literals of a hash and an identifier).
"""
from __future__ import annotations

import binascii
import itertools
import re
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.kinds._helpers import generated_password, line_text, xml_unescaped
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import lazy_regex

# (line offset, what it is, the secret, whether the form alone proves it a secret)
Found = Tuple[int, str, str, bool]

# The prefilter: lower-case literals that put a line before `find` for these forms.
KEYWORDS = ("administratorpassword>", "<password>", "<pass encoding=", "passwordparameterdefinition>",
            "<rsakeyvalue", "dts:variable ", "dts:property", "\\package.", "security.credentials", "controlpass", "bindpw",
            "rootpw", "handlers.smtphandler", "password password", "again password", "sshpw", "1.2.840.113549.1.9.7",
            "554=", "925=",
            # T-SQL's Unicode literal after a name (`@rmtpassword = N'…'`), its procedures' positional passwords
            "=n'", "= n'", "sp_addlinkedsrvlogin", "sp_addlogin", "sp_password", "sp_setapprole", "sp_addapprole",
            "sp_change_users_login")

# How far below an opening element its children are looked for (an answer file's pretty-printed
# `<Value>` and `<PlainText>`, a parameter's name, description and default).
_CHILD_LINES = 6
_PARAMETER_LINES = 12
_MAX_VALUE = 1024

_WINDOWS_PASSWORD = lazy_regex(r"<(?P<element>AdministratorPassword|Password)>")
_ANSWER_VALUE = lazy_regex(r"<Value>(?P<value>[^<\n]{1,1024})</Value>")
_PLAIN_TEXT = lazy_regex(r"<PlainText>[ \t]*(?P<plain>true|false)[ \t]*</PlainText>", re.IGNORECASE)
_WINDOWS_CLOSE = ("</AdministratorPassword>", "</Password>")

# A FIX session's Password (tag 554) and NewPassword (925), as a message log writes a Logon or a
# UserRequest: fields split by SOH (or `|`, `^A` where a log shows it printable).
_FIX_PASSWORD = lazy_regex(r"""(?:\x01|\||\^A)(?P<tag>554|925)=(?P<value>(?:(?!\^A)[^\x01|\n]){1,256})""")
_FIX_TAGS = {"554": "Password", "925": "NewPassword"}
_FIX_VALUES_A_LINE = 4

_FILEZILLA_PASS = lazy_regex(r"""<Pass[ \t]+encoding[ \t]*=[ \t]*["']base64["'][ \t]*>(?P<value>[A-Za-z0-9+/=]{4,1024})</Pass>""")

_JENKINS_PASSWORD_OPEN = "<hudson.model.PasswordParameterDefinition>"
_JENKINS_PASSWORD_CLOSE = "</hudson.model.PasswordParameterDefinition>"
_JENKINS_DEFAULT = lazy_regex(r"<defaultValue>(?P<value>[^<\n]{1,1024})</defaultValue>")
_JENKINS_ENCRYPTED = lazy_regex(r"^\{[A-Za-z0-9+/=]{8,}\}$")  # hudson.util.Secret's stored form

# A credential's name as SSIS, Jenkins and answer files write it (`FtpPassword`, `ServerPassword`, `ApiToken`).
_CREDENTIAL_NAME = lazy_regex(r"(?i)(?:password|passwd|pwd|secret|token|apikey|api_key|credential)s?$")
_DTS_VARIABLE = lazy_regex(r"""<DTS:Variable\b[^>\n]{0,2000}?\bDTS:ObjectName[ \t]*=[ \t]*"(?P<name>[^"\n]{1,200})\"""")
_DTS_VALUE = lazy_regex(r"""<DTS:VariableValue\b(?P<attributes>[^>\n]{0,300})>(?P<value>[^<\n]{1,1024})</DTS:VariableValue>""")
_DTS_PROPERTY = lazy_regex(
    r"""<DTS:Property\b(?P<before>[^>\n]{0,300}?)\bDTS:Name[ \t]*=[ \t]*"(?P<name>[^"\n]{1,200})"(?P<after>[^>\n]{0,300})>"""
    r"""(?P<value>[^<\n]{1,1024})</DTS:Property>"""
)
_ENCRYPTED_ATTRIBUTE = lazy_regex(r"""\bEncrypted[ \t]*=[ \t]*"1\"""")
# An SSIS package configuration (a .dtsConfig's `<Configuration>`): the package path of the property it sets,
# `\Package.Connections[FTP].Properties[ServerPassword]`, `\Package.Variables[User::SftpPassword].Properties[Value]`
# (a path's last property named for a credential, or a variable's Value whose name is one), then its value.
_SSIS_CONFIGURATION = lazy_regex(r"""<Configuration\b[^>\n]{0,1000}?\bPath[ \t]*=[ \t]*"(?P<path>\\Package\.[^"\n]{1,500})\"""")
_SSIS_PATH_PROPERTY = lazy_regex(
    r"""(?:\.Variables\[(?:[\w$]{1,64}::)?(?P<variable>[^\]\n]{1,200})\])?\.Properties\[(?P<property>[^\]\n]{1,200})\]$""")
_SSIS_CONFIGURED_VALUE = lazy_regex(r"""<ConfiguredValue>(?P<value>[^<\n]{1,1024})</ConfiguredValue>""")

_RSA_OPEN = "<RSAKeyValue>"
_RSA_CLOSE = "</RSAKeyValue>"
_RSA_PRIVATE_PART = lazy_regex(r"<(?P<part>D|P|Q|DP|DQ|InverseQ)>(?P<value>[A-Za-z0-9+/=\s]{16,8192})</(?P=part)>")
_RSA_KEY_LINES = 16

_SMTP_CLASS = lazy_regex(r"^[ \t]*class[ \t]*=[ \t]*(?:logging\.)?handlers\.SMTPHandler[ \t]*$")
_ARGS = lazy_regex(r"^[ \t]*args[ \t]*=[ \t]*(?P<args>\(.{1,4000}\))[ \t]*$")
_SECTION = lazy_regex(r"^[ \t]*\[")
_SECTION_LINES = 12

# Perl's quote-like operators: `q{…}`, `qq(…)`, `q!…!`.
_PERL_QUOTED = lazy_regex(
    r"""(?P<key>[A-Za-z_][\w-]{0,127})["']?[ \t]*=>[ \t]*qq?[ \t]*(?:\{(?P<brace>[^{}\n]{1,512})\}|\((?P<paren>[^()\n]{1,512})\)"""
    r"""|\[(?P<bracket>[^\[\]\n]{1,512})\]|<(?P<angle>[^<>\n]{1,512})>|(?P<mark>[!|/#~])(?P<marked>[^\n!|/#~]{1,512})(?P=mark))"""
)

# Key names gluing a role to `pass`/`pw`: phpMyAdmin's `controlpass`, nslcd's `bindpw`,
# `rootpwmodpw`, slapd's `rootpw`, `ldap_bindpw`, `adminpass`, `dbpass`, `smtppass`.
_GLUED_KEY = lazy_regex(
    r"(?i)^(?:[a-z0-9]+[_.-])*(?:control|bind|rootbind|rootpwmod|root|admin|db|smtp|mail|ldap|ftp|proxy|sql|auth|user|bindd?n)"
    r"(?:pass|pw|passwd|pwd)$"
)
_JNDI_CREDENTIALS = lazy_regex(r"(?i)^(?:java|javax)\.naming\.security\.credentials$")

# Unattended installs. A debconf answer (Debian's preseed, `debconf-set-selections`): owner, question,
# type, value; a `password` type's value is the password (`d-i passwd/root-password password …`).
_DEBCONF_PASSWORD = lazy_regex(
    r"""(?:^|(?<=[\s"']))[a-z0-9][\w.+-]{0,63}[ \t]+(?P<question>[\w.+-]{1,64}/[\w./+-]{1,200})[ \t]+password[ \t]+"""
    r"""(?P<value>[^\s"']{1,512})"""
)
# Kickstart (Anaconda): `rootpw [--plaintext] <pw>`, `sshpw --username=u <pw>` (a password unless
# `--iscrypted` says it is a hash; `--lock` alone sets none), and `user`'s or `bootloader`'s `--password=`.
_KICKSTART_POSITIONAL = lazy_regex(r"""^[ \t]*(?P<command>rootpw|sshpw)[ \t]+(?P<rest>.{1,1024})$""")
_KICKSTART_OPTION = lazy_regex(r"""^[ \t]*(?P<command>user|bootloader)[ \t]+(?=[^\n]{0,1024}--password)""")
_KICKSTART_PASSWORD = lazy_regex(r"""(?<![\w-])--password(?:=|[ \t]+)(?P<value>[^\s"']{1,512})""")
# Octopus Deploy's config-as-code (variables.ocl): `variable "<name>" {` then `value "…" {`.
_OCL_VARIABLE = lazy_regex(r"""^[ \t]*variable[ \t]+"(?P<name>[^"\n]{1,200})"[ \t]*\{[ \t]*$""")
_OCL_VALUE = lazy_regex(r"""^[ \t]*value[ \t]+"(?P<value>(?:[^"\\\n]|\\.){1,1024})"[ \t]*\{""")
_OCL_LINES = 12
# Puppet's csr_attributes.yaml: the CSR's challengePassword attribute (OID 1.2.840.113549.1.9.7),
# the pre-shared key a policy-based autosigner checks.
_CSR_CHALLENGE = lazy_regex(
    r"""^[ \t]*["']?1\.2\.840\.113549\.1\.9\.7["']?[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#][^\s#]{0,511}))"""
)


def _debconf_passwords(line: str) -> Iterator[Found]:
    for found in _DEBCONF_PASSWORD.finditer(line):
        yield 0, f"debconf answer {found.group('question')} (a password)", found.group("value"), False


def _kickstart_passwords(line: str) -> Iterator[Found]:
    if "--iscrypted" in line:
        return  # a crypt(3) hash
    positional = _KICKSTART_POSITIONAL.match(line)
    if positional is not None:
        words = [word for word in positional.group("rest").split() if not word.startswith("--")]
        if len(words) == 1:
            yield 0, f"kickstart {positional.group('command')} password", words[0], False
        return
    if _KICKSTART_OPTION.match(line):
        for found in _KICKSTART_PASSWORD.finditer(line):
            yield 0, "kickstart --password", found.group("value"), False


def _ocl_value(lines: Sequence[str], index: int) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    variable = _OCL_VARIABLE.match(line_text(lines, index))
    if variable is None or not names_a_credential(variable.group("name")):
        return
    for offset in range(1, min(len(lines) - index, _OCL_LINES)):
        below = line_text(lines, index + offset)
        found = _OCL_VALUE.match(below)
        if found is not None:
            yield offset, f"Octopus variable {variable.group('name')}'s value", found.group("value").replace('\\"', '"'), False
        elif _OCL_VARIABLE.match(below):
            return


# SQL Server's binary literal of a login's password hash or SID.
_SQL_BINARY = lazy_regex(r"^0[xX][0-9A-Fa-f]{16,512}$")
_SQL_LOGIN = lazy_regex(r"(?i)\b(?:create|alter)[ \t]+login\b|\bsp_addlogin\b")
# (matched at the value's end, its closing quote included: `PASSWORD = 0x… HASHED`, a quoted hash `'…' HASHED`)
# (not a setting or an attribute named `hashed`: `password="…" hashed="false"` says the opposite)
_HASHED_AFTER = lazy_regex(r"""(?i)["']?[ \t]*HASHED\b(?![ \t]*[=:"'])""")


# T-SQL: a name (a procedure's `@parameter`, a statement's option) given a literal, Unicode (`N'…'`) or
# not; `''` is a quote inside it.
_TSQL_NAMED = lazy_regex(r"""(?<![\w$])(?P<at>@?)(?P<name>[A-Za-z_]\w{0,127})[ \t]*=[ \t]*(?P<unicode>[Nn]?)'(?P<value>(?:[^'\n]|''){1,512})'(?!')""")
_TSQL_NAMES_A_LINE = 16
# `EXEC[UTE] [server.][database.][schema.]sp_x`: the procedures whose positional arguments hold a password,
# and which (sp_addlinkedsrvlogin @rmtsrvname, @useself, @locallogin, @rmtuser, @rmtpassword; sp_addlogin
# @loginame, @passwd, …; sp_password @old, @new, @loginame; sp_setapprole/sp_addapprole @rolename, @password;
# sp_change_users_login @Action, @UserNamePattern, @LoginName, @Password).
_TSQL_CALL = lazy_regex(
    r"""(?i)\b(?:exec|execute)[ \t]+(?:@\w{1,64}[ \t]*=[ \t]*)?(?:\[?\w{1,128}\]?\.){0,3}\[?(?P<procedure>sp_addlinkedsrvlogin|sp_addlogin|sp_password|sp_setapprole|sp_addapprole|sp_change_users_login)\]?(?![\w])""")
_TSQL_PASSWORD_POSITIONS = {"sp_addlinkedsrvlogin": (4,), "sp_addlogin": (1,), "sp_password": (0, 1), "sp_setapprole": (1,),
                            "sp_addapprole": (1,), "sp_change_users_login": (3,)}
_TSQL_PASSWORD_PARAMETERS = {"sp_password": frozenset({"old", "new"})}
# One argument: a literal, NULL, DEFAULT, a variable, a number, a name; a named one (`@x = …`) ends the positional ones.
_TSQL_ARGUMENT = lazy_regex(r"""[ \t\r\n]*(?:(?P<unicode>[Nn]?)'(?P<value>(?:[^'\n]|''){0,512})'(?!')|(?P<named>@\w{1,128}[ \t]*=)|(?P<other>[@\w.\[\]-]{1,256}))[ \t\r\n]*(?P<comma>,)?""")
_TSQL_STATEMENT_LINES = 8  # lines a call's arguments take
_TSQL_END = lazy_regex(r"(?im)^[ \t]*GO[ \t]*$|;")


def _tsql_named_secrets(line: str) -> Iterator[Found]:
    """A credential-named T-SQL parameter or option given a literal: `@rmtpassword = N'…'`, `PASSWORD = N'…'`
    (a plain literal after a name is the kind's own reading; after `@`, and a Unicode one, it is read here)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    for found in itertools.islice(_TSQL_NAMED.finditer(line), _TSQL_NAMES_A_LINE):
        if not found.group("at") and not found.group("unicode"):
            continue
        if _SQL_BINARY.match(found.group("value")) and _HASHED_AFTER.match(line, found.end()):
            continue  # `PASSWORD = N'0x…' HASHED`: the stored hash
        name = found.group("name")
        if not names_a_credential(name) and not (found.group("at") and name.lower() in ("new", "old")
                                                  and "sp_password" in line.lower()):
            continue
        yield 0, f"T-SQL {'parameter @' if found.group('at') else 'option '}{name}'s literal", found.group("value").replace("''", "'"), False


def _tsql_positional_secrets(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A password a system procedure takes by its position (see _TSQL_CALL), its arguments read up to the
    statement's end over _TSQL_STATEMENT_LINES lines."""
    call = _TSQL_CALL.search(line)
    if call is None:
        return
    procedure = call.group("procedure").lower()
    texts = [line[call.end():]]
    for below in range(index + 1, min(len(lines), index + _TSQL_STATEMENT_LINES)):
        if _TSQL_END.search(texts[-1]):
            break
        texts.append(line_text(lines, below)[:_MAX_VALUE * 2])
    text = "\n".join(texts)
    position, at = 0, 0
    while position <= max(_TSQL_PASSWORD_POSITIONS[procedure]):
        found = _TSQL_ARGUMENT.match(text, at)
        if found is None or found.group("named") is not None or found.end() == at:
            return
        value = found.group("value")
        if value is not None and position in _TSQL_PASSWORD_POSITIONS[procedure]:
            value = value.replace("''", "'")
            offset = next((number for number, part in enumerate(texts) if f"'{found.group('value')}'" in part), 0)
            yield offset, f"T-SQL {procedure}'s password (argument {position + 1})", value, False
        if found.group("comma") is None:
            return
        position, at = position + 1, found.end()


def names_a_glued_password(key: str) -> bool:
    """The key names a password in a form the kind's key reading does not split (a glued role
    and `pass`/`pw`; JNDI's security credentials)."""
    return bool(_GLUED_KEY.match(key) or _JNDI_CREDENTIALS.match(key))


def stored_hash(key: str, value: str, line: str) -> bool:
    """A login's password given as its hash, the statement's `HASHED` after it (SQL Server's `PASSWORD = 0x…
    HASHED`, on the login's line or on a `WITH` line of its own; a quoted hash the same way), or a SQL Server
    login's `SID = 0x…`: a hash and an identifier."""
    if key.lower() == "sid":
        return _SQL_BINARY.match(value) is not None and _SQL_LOGIN.search(line) is not None
    if _SQL_BINARY.match(value) is None:
        return False  # (a hash is SQL Server's binary literal; `password="…" hashed` of any other value is the password)
    at = line.find(value)
    return at >= 0 and _HASHED_AFTER.match(line, at + len(value)) is not None


# What a line must hold for enterprise_secrets to find anything on it (kinds/_triggers.py).
ENTERPRISE_TRIGGERS: Triggers = Triggers(
    exact=("Password>", "<Pass", _JENKINS_PASSWORD_OPEN, "DTS:", "\\Package.", _RSA_OPEN, "=>", "password ", "pw", "--password", "variable",
           "1.2.840.113549.1.9.7", "SMTPHandler", "args", "554=", "925=", "N'", "sp_", "SP_", "Sp_", "ISA", "UNB"))


def enterprise_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, secret, proven) of the forms this module reads, for the line at `index`."""
    line = line_text(lines, index)
    if "Password>" in line:
        yield from _answer_file_passwords(lines, index)
    if "<Pass" in line:
        for found in _FILEZILLA_PASS.finditer(line):
            decoded = _decoded(found.group("value"))
            if decoded:
                yield 0, "FileZilla site's base64 password", decoded, False
    if _JENKINS_PASSWORD_OPEN in line:
        yield from _jenkins_password_default(lines, index)
    if "DTS:" in line:
        yield from _ssis_values(lines, index)
    if "\\Package." in line and "<Configuration" in line:
        yield from _ssis_configuration(lines, index, line)
    if _RSA_OPEN in line:
        yield from _rsa_private_key(lines, index)
    if "=>" in line and "q" in line:
        for found in _PERL_QUOTED.finditer(line):
            value = next((found.group(group) for group in ("brace", "paren", "bracket", "angle", "marked")
                          if found.group(group) is not None), "")
            key = found.group("key")
            if _CREDENTIAL_NAME.search(key) or names_a_glued_password(key) or key.lower() in ("pass", "pw"):
                yield 0, f"literal credential assigned to the credential-named key {key}", value, False
    if "password " in line:
        yield from _debconf_passwords(line)
    if "pw" in line or "--password" in line:
        yield from _kickstart_passwords(line)
    if "variable" in line and '"' in line:
        yield from _ocl_value(lines, index)
    if "1.2.840.113549.1.9.7" in line:
        found = _CSR_CHALLENGE.match(line)
        if found is not None:
            yield 0, "challengePassword of a Puppet CSR (csr_attributes.yaml)", found.group("dq") or found.group("sq") or found.group("bare") or "", False
    if "N'" in line or "@" in line:
        yield from _tsql_named_secrets(line)
    if "sp_" in line or "SP_" in line or "Sp_" in line:
        yield from _tsql_positional_secrets(lines, index, line)
    if ("554=" in line or "925=" in line) and "8=FIX" in line:
        for found in itertools.islice(_FIX_PASSWORD.finditer(line), _FIX_VALUES_A_LINE):
            yield 0, f"FIX {_FIX_TAGS[found.group('tag')]} (tag {found.group('tag')}) in a logged message", found.group("value"), False
    if "ISA" in line or "UNB" in line:
        # an EDI interchange's header: X12's ISA04, EDIFACT's UNB S005 (kinds/_integration_forms.py); a value in
        # a password's slot is one when a provider generated it (ten capitals and digits: X12's basic characters)
        from secretfence.kinds._integration_forms import interchange_passwords

        for what, value, slot in interchange_passwords(lines, index):
            yield 0, what, value, slot and generated_password(value)
    if "SMTPHandler" in line and _SMTP_CLASS.match(line):
        # the section's `args=` below its class (fileConfig's usual order), read from the class line
        for offset in range(1, min(len(lines) - index, _SECTION_LINES)):
            if _SECTION.match(line_text(lines, index + offset)):
                break
            yield from _smtp_handler_credentials(lines, index + offset, offset)
    elif "args" in line and "(" in line and _class_below(lines, index):
        yield from _smtp_handler_credentials(lines, index, 0)


def _answer_file_passwords(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = line_text(lines, index)
    opened = _WINDOWS_PASSWORD.search(line)
    if opened is None:
        return
    element = opened.group("element")
    block = [line[opened.end():]]
    for below in range(index + 1, min(len(lines), index + 1 + _CHILD_LINES)):
        if any(close in block[-1] for close in _WINDOWS_CLOSE):
            break
        block.append(line_text(lines, below))
    text = "\n".join(block)
    value = _ANSWER_VALUE.search(text)
    plain = _PLAIN_TEXT.search(text)
    if value is None or plain is None:
        return  # (a `<Password>` of another schema: the kind's XML reading judges it)
    offset = next((number for number, part in enumerate(block) if "<Value>" in part), 0)
    if plain.group("plain").lower() == "true":
        yield offset, f"plain-text {element} in a Windows answer file", value.group("value"), False
        return
    # PlainText false: base64 of the password and the element's name, which Windows strips again.
    decoded = _decoded(value.group("value"))
    if decoded and decoded.endswith(element) and len(decoded) > len(element):
        yield offset, f"{element} of a Windows answer file (base64, not encrypted)", decoded[:-len(element)], False
        return
    # Windows System Image Manager writes it UTF-16LE: reported as written, judged by the password it holds.
    password = _utf16_password(value.group("value"), element)
    if password:
        from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

        if is_literal_credential(password, True, False, key="password"):
            yield offset, f"{element} of a Windows answer file (base64 of UTF-16, not encrypted)", value.group("value"), True


def _jenkins_password_default(lines: Sequence[str], index: int) -> Iterator[Found]:
    for offset in range(0, min(len(lines) - index, _PARAMETER_LINES)):
        below = line_text(lines, index + offset)
        if offset and _JENKINS_PASSWORD_CLOSE in below:
            return
        found = _JENKINS_DEFAULT.search(below)
        if found is not None:
            value = found.group("value").strip()
            if not _JENKINS_ENCRYPTED.match(value):
                yield offset, "default of a Jenkins password parameter", value, False
            return


def _ssis_values(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = line_text(lines, index)
    variable = _DTS_VARIABLE.search(line)
    if variable is not None and _CREDENTIAL_NAME.search(variable.group("name")):
        for offset in range(1, min(len(lines) - index, _CHILD_LINES)):
            below = line_text(lines, index + offset)
            found = _DTS_VALUE.search(below)
            if found is not None:
                if not _ENCRYPTED_ATTRIBUTE.search(found.group("attributes")) and not found.group("value").startswith("@"):
                    yield offset, f"SSIS package variable {variable.group('name')}", found.group("value"), False
                break
            if "</DTS:Variable>" in below:
                break
    if "DTS:Property" in line:
        for found in _DTS_PROPERTY.finditer(line):
            attributes = found.group("before") + found.group("after")
            if (_CREDENTIAL_NAME.search(found.group("name")) and not _ENCRYPTED_ATTRIBUTE.search(attributes)
                    and not found.group("value").startswith("@")):
                yield 0, f"SSIS property {found.group('name')}", found.group("value"), False


def _ssis_configuration(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A .dtsConfig's configuration of a credential's property: its `<ConfiguredValue>` (on the line, or
    below up to `</Configuration>`); an expression or a reference is judged by the value judgement."""
    opened = _SSIS_CONFIGURATION.search(line)
    if opened is None:
        return
    path = xml_unescaped(opened.group("path"))
    found = _SSIS_PATH_PROPERTY.search(path)
    if found is None:
        return
    variable, name = found.group("variable"), found.group("property")
    if _CREDENTIAL_NAME.search(name):
        what = f"SSIS configured property {name}"
    elif variable is not None and name.lower() == "value" and _CREDENTIAL_NAME.search(variable):
        what = f"SSIS configured variable {variable}"
    else:
        return
    rest = line[opened.end():]
    for offset in range(0, min(len(lines) - index, _CHILD_LINES)):
        below = rest if not offset else line_text(lines, index + offset)
        value = _SSIS_CONFIGURED_VALUE.search(below)
        if value is not None:
            yield offset, what, xml_unescaped(value.group("value")), False
            return
        if "</Configuration>" in below or (offset and "<Configuration" in below):
            return


def _rsa_private_key(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = line_text(lines, index)
    start = line.find(_RSA_OPEN)
    end = line.find(_RSA_CLOSE, start)
    if end >= 0:
        element = line[start:end + len(_RSA_CLOSE)]
        if _private_parts(element):
            yield 0, ".NET RSA private key (RSAKeyValue with its private parts)", element, True
        return
    # Over several lines: the private exponent `<D>` is reported on its line.
    for offset in range(1, min(len(lines) - index, _RSA_KEY_LINES)):
        below = line_text(lines, index + offset)
        if _RSA_CLOSE in below and "<D>" not in below:
            return
        found = next((part for part in _RSA_PRIVATE_PART.finditer(below) if part.group("part") == "D"), None)
        if found is not None:
            yield offset, ".NET RSA private key's private exponent (RSAKeyValue <D>)", found.group("value").strip(), True
            return


def _private_parts(element: str) -> bool:
    parts = {found.group("part") for found in _RSA_PRIVATE_PART.finditer(element)}
    return "D" in parts or {"P", "Q"} <= parts


def _smtp_handler_credentials(lines: Sequence[str], index: int, offset: int) -> Iterator[Found]:
    found = _ARGS.match(line_text(lines, index))
    if found is None:
        return
    try:
        import ast  # (here: a hook run on source files never reads a logging config)

        args = ast.literal_eval(found.group("args"))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return  # an expression (`sys.stdout`): no literal credentials
    if isinstance(args, tuple) and len(args) >= 5:
        credentials = args[4]
        if (isinstance(credentials, (tuple, list)) and len(credentials) == 2
                and all(isinstance(item, str) for item in credentials) and credentials[1]):
            yield offset, f"password of user {credentials[0]} in an SMTPHandler's credentials", credentials[1], False


def _class_below(lines: Sequence[str], index: int) -> bool:
    """An `args=` line whose section's SMTPHandler class stands below it (read here, since the
    class line reads only what follows it)."""
    if not _ARGS.match(line_text(lines, index)):
        return False
    for number in range(index + 1, min(len(lines), index + _SECTION_LINES)):
        if _SMTP_CLASS.match(line_text(lines, number)):
            return True
        if _SECTION.match(line_text(lines, number)):
            break
    return False


def _utf16_password(value: str, element: str) -> Optional[str]:
    """The password a `PlainText false` value holds as base64 of UTF-16LE text ending in the element's name."""
    try:
        import base64

        text = base64.b64decode(value, validate=True).decode("utf-16-le")
    except (binascii.Error, ValueError):
        return None
    if not text.endswith(element) or len(text) <= len(element) or not text.isprintable():
        return None
    return text[:-len(element)]


def _decoded(value: str) -> Optional[str]:
    """The UTF-8 text a base64 value holds, or None (not base64, not printable text)."""
    try:
        import base64

        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not text or len(text) > _MAX_VALUE or not text.isprintable():
        return None
    return text
