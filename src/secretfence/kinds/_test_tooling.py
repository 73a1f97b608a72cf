"""The literal kind's readers of API-testing and QA tools' files, where a credential stands in a
form whose key does not name it on its line.

- Postman: an `apikey` auth's attributes, `{"key": "value", "value": "<the API key>"}` beside
  `{"key": "key", "value": "x-api-key"}` (collection v2.1 lists, v2.0's object, the SDK's order with
  the value first), on one line or over the object's lines; in a Postman file (`*.postman_collection.json`,
  `*.postman_environment.json`, `*.postman_globals.json`), every variable's and auth attribute's
  `{"key": "<name>", "value": "…"}` whatever its length (an Azure AD token or a JWE runs past what
  the generic name/value reading takes); a variable the environment declares `"type": "secret"` is a
  secret whatever its name (`basic_credentials`), in any file.
- VS Code's REST Client and JetBrains' HTTP client (`.http`, `.rest`): `Authorization: Basic user
  password` and `Basic user:password` (the client encodes them), `Digest user password`.
- JMeter test plans (`.jmx`): an HTTP Header Manager's `Header.name`/`Header.value` pair (the value of
  an `Authorization` header read by its scheme: Bearer's token, Basic's decoded password) and an
  argument's `Argument.name`/`Argument.value` (User Defined Variables, an HTTP sampler's parameters).
- JSON written inside a JSON string (Playwright's storageState localStorage values, a recorded
  request's body): `\\"refresh_token\\":\\"…\\"`.
- WebdriverIO's cloud grid login, `user: '…'` and `key: '…'` beside a BrowserStack, Sauce Labs,
  LambdaTest or TestingBot hub (its hostname, its service, its capabilities' options) or in a
  `wdio.*conf*` file.
- Recorded HTTP cassettes (VCR, Betamax, vcrpy, go-vcr): a header named for a credential
  (`Api-Key:`, `X-Auth-Token:`) under `headers:`, its value the list item below (`- …`).
- Robot Framework's list variable of a login, `@{AUTH}    user    password` (RequestsLibrary's
  `auth=${AUTH}`).
- A test suite's seeded account (`cypress/fixtures/users.json`, `e2e/`, `tests/fixtures/`) whose value says it is a
  test's, lower-case words two of which say so (`e2e-only-local-seed`): no held secret (`declared_test_value`, asked
  by the kind's and the keyword rule's `not_a_held_secret`).
- A documentation page's table of accounts, its password column (read by the kind's documentation
  branch, from the table's header: a row saying the account is a shared one kept as it is blocks, any
  other is a warning, as documentation's other values).

Each reader yields (line offset, what it is, the key the value is judged under, the value, how the
kind judges it: a `Judgement`, kinds/_judgement.py): the value judgement drops variables
(`{{token}}`, `${__P(api.token)}`, `%{ROBOT_PASSWORD}`, `process.env.X`), placeholders and stock values.
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    FOLDED_GERMANIC_PASSWORD_WORDS, LastFileMemo, basic_credential, both_ways, line_text, says_near, under_headers,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

_LINE_READ = 16384  # characters of a line the forms are looked for in (a long token fits)
_VALUES_A_LINE = 16  # values read a line at most (a hostile line repeating a form is read that far)
_OBJECT_READ = 6  # lines of a JSON object (or an XML element's properties) read around its field

# --- Postman -----------------------------------------------------------------------------------------

_POSTMAN_FILE = lazy_regex(r"\.postman_(?:collection|environment|globals)(?:\.json)?$|(?:^|[/\\!])postman[/\\]", re.IGNORECASE)
# An attribute's (a variable's) name: `"key": "value"`, `'key': 'token'` (the SDK's JavaScript).
_ATTRIBUTE_NAME = lazy_regex(r"""(?P<q>["'])key(?P=q)[ \t]*:[ \t]*(?P<nq>["'])(?P<name>[^"'\n]{1,128})(?P=nq)""")
_ATTRIBUTE_VALUE = lazy_regex(
    r"""(?P<q>["'])value(?P=q)[ \t]*:[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,16384})"|'(?P<sq>[^'\\\n]{1,16384})')""")
# An apikey auth: its attribute list (or v2.0's object) opened, or its type said.
_APIKEY_AUTH = lazy_regex(r"""["']apikey["'][ \t]*:[ \t]*[\[{]|["']type["'][ \t]*:[ \t]*["']apikey["']""")
_APIKEY_READ = 10  # lines above an attribute where its auth's `"apikey": [` may stand


# A variable Postman's environment declares secret (`"type": "secret"`: masked in the app, a credential
# by the file's own word whatever its name, `basic_credentials`, `sabre_auth`).
_SECRET_TYPE = lazy_regex(r"""(?P<q>["'])type(?P=q)[ \t]*:[ \t]*(?P<tq>["'])secret(?P=tq)""")


def _attribute_value(lines: Sequence[str], index: int, line: str, end: int) -> Optional[Tuple[int, str]]:
    """(offset, value) of the `"value"` in the same object as the name ending at `end`: on its line
    (between the object's braces), or on the object's other lines (its braces end the walk)."""
    found = _in_object(lines, index, line, end, _ATTRIBUTE_VALUE, "alue")
    if found is None:
        return None
    offset, value = found
    return offset, value.group("dq") if value.group("dq") is not None else value.group("sq")


def _in_object(lines: Sequence[str], index: int, line: str, end: int, pattern: "re.Pattern[str]",
               hint: str) -> Optional[Tuple[int, "re.Match[str]"]]:
    """(offset, match) of `pattern` in the same object as the name ending at `end` (lines holding `hint`)."""
    start, close = line.rfind("{", 0, end), line.find("}", end)
    if start >= 0 or close >= 0:
        found = pattern.search(line[start + 1 if start >= 0 else 0:close if close >= 0 else len(line)])
        if found is not None:
            return 0, found
        if start >= 0 and close >= 0:
            return None  # (the object is whole on the line)
    for step in (1, -1):
        if (step == 1 and close >= 0) or (step == -1 and start >= 0):
            continue
        for offset in range(step, step * (_OBJECT_READ + 1), step):
            text = line_text(lines, index + offset)[:_LINE_READ]
            if not 0 <= index + offset < len(lines):
                break
            found = pattern.search(text) if hint in text else None
            if found is not None:
                return offset, found
            if "{" in text or "}" in text:
                break
    return None


def _in_apikey_auth(lines: Sequence[str], index: int, line: str, start: int) -> bool:
    if _APIKEY_AUTH.search(line, 0, start) is not None:
        return True
    for above in range(index - 1, max(-1, index - 1 - _APIKEY_READ), -1):
        text = line_text(lines, above)[:_LINE_READ]
        if "apikey" in text and _APIKEY_AUTH.search(text) is not None:
            return True
        if '"item"' in text or '"request"' in text or '"variable"' in text or '"values"' in text:
            return False  # (another part of the collection)
    return False


def _postman_attributes(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    postman = _POSTMAN_FILE.search(lowered_name) is not None
    for count, found in enumerate(_ATTRIBUTE_NAME.finditer(line)):
        if count >= _VALUES_A_LINE:
            break
        name = found.group("name")
        if name != "value" and not postman and "secret" not in line:
            continue
        held = _attribute_value(lines, index, line, found.end())
        if held is None:
            continue
        offset, value = held
        if name == "value":
            if _in_apikey_auth(lines, index, line, found.start()):
                yield offset, "API key of a Postman apikey auth", "api_key", value, Judgement.JUDGED
        elif _in_object(lines, index, line, found.end(), _SECRET_TYPE, "secret") is not None:
            yield offset, f"Postman variable {name} (declared \"type\": \"secret\")", "secret", value, Judgement.JUDGED
        elif postman:
            yield offset, f"Postman variable {name}", name, value, Judgement.NAMED_AND_JUDGED


# --- REST Client / JetBrains HTTP client -------------------------------------------------------------

_HTTP_FILES = (".http", ".rest")
# `Authorization: Basic user password`, `Basic user:password` (raw: the client encodes it), `Digest user password`.
_RAW_BASIC = lazy_regex(
    r"""^[ \t]*(?i:authorization)[ \t]*:[ \t]*(?P<scheme>(?i:basic|digest))[ \t]+(?P<user>[^\s:]{1,128})"""
    r"""(?:[ \t]+|:)(?P<pw>\S(?:[^\n]{0,254}\S)?)[ \t]*$""")


def _http_file_logins(line: str) -> Iterator[Found]:
    found = _RAW_BASIC.match(line)
    if found is not None and (found.group("scheme").lower() == "digest" or found.group("user").find(":") < 0):
        yield 0, f"password of {found.group('user')} in an HTTP client's {found.group('scheme')} header", "password", \
            found.group("pw"), Judgement.PASSWORD_SLOT


# --- JMeter ------------------------------------------------------------------------------------------

_JMX_VALUE = lazy_regex(r"""<stringProp[ \t]+name="(?P<element>Header|Argument)\.value"[ \t]*>(?P<value>[^<\n]{1,16384})</stringProp>""")
_JMX_NAME = r"""<stringProp[ \t]+name="{element}\.name"[ \t]*>(?P<name>[^<\n]{{1,128}})</stringProp>"""
_JMX_NAMES = {element: lazy_regex(_JMX_NAME.format(element=element)) for element in ("Header", "Argument")}
_SCHEMED = lazy_regex(r"""^(?P<scheme>(?i:bearer|token|jwt|basic))[ \t]+(?P<credential>\S{1,16384})$""")


def _jmx_name(lines: Sequence[str], index: int, element: str) -> Optional[str]:
    pattern = _JMX_NAMES[element]
    for side in both_ways(lines, index, _OBJECT_READ):
        for position in side:
            text = line_text(lines, position)[:_LINE_READ]
            found = pattern.search(text) if ".name" in text else None
            if found is not None:
                return found.group("name")
            if "elementProp" in text:
                break
    return None


def _jmeter_properties(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _JMX_VALUE.search(line)
    if found is None:
        return
    name = _jmx_name(lines, index, found.group("element"))
    if not name:
        return
    value = found.group("value").strip()
    if "&" in value:
        import html

        value = html.unescape(value)
    if name.strip().lower() != "authorization":
        yield 0, f"JMeter {found.group('element').lower()} {name}", name.strip(), value, Judgement.NAMED_AND_JUDGED
        return
    schemed = _SCHEMED.match(value)
    if schemed is None:
        return
    if schemed.group("scheme").lower() == "basic":
        pair = basic_credential(schemed.group("credential"))
        if pair is not None:
            yield 0, "password in a JMeter Basic Authorization header", "password", pair[1], Judgement.PASSWORD_SLOT
    else:
        yield 0, f"{schemed.group('scheme')} token in a JMeter Authorization header", "token", schemed.group("credential"), \
            Judgement.JUDGED


# --- JSON inside a JSON string -----------------------------------------------------------------------

_ESCAPED_MEMBER = lazy_regex(r"""\\"(?P<key>[A-Za-z_][\w.-]{0,63})\\"[ \t]*:[ \t]*\\"(?P<value>[^"\\\n]{1,4096})\\\"""")


def _escaped_members(line: str) -> Iterator[Found]:
    for count, found in enumerate(_ESCAPED_MEMBER.finditer(line)):
        if count >= _VALUES_A_LINE:
            break
        yield 0, f"{found.group('key')} in JSON written inside a string", found.group("key"), found.group("value"), \
            Judgement.NAMED_AND_JUDGED


# --- WebdriverIO -------------------------------------------------------------------------------------

_WDIO_KEY = lazy_regex(r"""^[ \t]*["']?key["']?[ \t]*:[ \t]*(?P<q>["'`])(?P<value>[^"'`\s]{8,256})(?P=q)[ \t]*(?:,[ \t]*)?(?://[^\n]*)?$""")
_WDIO_USER = lazy_regex(r"""^[ \t]*["']?user["']?[ \t]*:""")
_CLOUD_GRID = lazy_regex(
    r"""(?i)browserstack|saucelabs|sauce:options|['"]sauce['"]|lambdatest|lt:options|testingbot|tb:options""")
_WDIO_FILE = lazy_regex(r"(?:^|[/\\!])wdio[^/\\!]{0,64}conf[^/\\!]{0,64}\.[cm]?[jt]s$")
_USER_READ = 4  # lines around the key where its `user:` stands
_GRID_READ = 30  # lines around the key where the grid is named


def _wdio_login(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Found]:
    found = _WDIO_KEY.match(line)
    if found is None or not says_near(lines, index, _WDIO_USER, _USER_READ):
        return
    if _WDIO_FILE.search(lowered_name) is None and not says_near(lines, index, _CLOUD_GRID, _GRID_READ):
        return
    yield 0, "access key of a WebdriverIO cloud grid login", "access_key", found.group("value"), Judgement.JUDGED


# --- recorded HTTP cassettes -------------------------------------------------------------------------

# A header's name alone on its line, its values the list below (`Api-Key:` then `- …`).
_HEADER_KEY = lazy_regex(r"""^(?P<indent>[ \t]*)(?P<q>["']?)(?P<name>[A-Za-z][\w-]{1,64})(?P=q):[ \t]*$""")
_HEADER_ITEM = lazy_regex(r"""^[ \t]*-[ \t]+(?:"(?P<dq>[^"\n]{1,4096})"|'(?P<sq>[^'\n]{1,4096})'|(?P<bare>[^\s"'#][^\n]{0,4095}?))[ \t]*$""")
_HEADERS_READ = 40  # lines above a header's name where its `headers:` may stand (_helpers.under_headers)
HEADER_WORDS = ("key", "token", "secret")  # (Authorization is the kind's own)


def _credential_header(found: "re.Match[str]", lines: Sequence[str], index: int) -> bool:
    """The header a cassette's line names (its `name` and `indent` groups) is a credential's, in a
    `headers` mapping. (Not Accept or Content-Type; the kind reads Authorization's scheme itself.)"""
    return found.group("name").lower().endswith(HEADER_WORDS) and under_headers(lines, index, _HEADERS_READ)


def _cassette_headers(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _HEADER_KEY.match(line)
    if found is None or not _credential_header(found, lines, index):
        return
    item = _HEADER_ITEM.match(line_text(lines, index + 1)[:_LINE_READ])
    if item is None:
        return
    value = item.group("dq") or item.group("sq") or item.group("bare") or ""
    yield 1, f"recorded {found.group('name')} header", found.group("name"), value, Judgement.NAMED_AND_JUDGED


# A JSON cassette's header (Betamax, go-vcr's JSON): `"X-Auth-Token": ["…"]` on one line, or `[` and
# its first value on the line below, in a `"headers": {` object.
_JSON_HEADER = lazy_regex(r"""^(?P<indent>[ \t]*)"(?P<name>[A-Za-z][\w-]{1,64})"[ \t]*:[ \t]*\[[ \t]*"""
                          r"""(?:"(?P<value>[^"\\\n]{1,4096})"[ \t]*(?:\][ \t]*,?|,)[ \t]*)?$""")
_JSON_ITEM = lazy_regex(r"""^[ \t]*"(?P<value>[^"\\\n]{1,4096})"[ \t]*(?:,[ \t]*)?$""")


def json_cassette_headers(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _JSON_HEADER.match(line)
    if found is None or not _credential_header(found, lines, index):
        return
    if found.group("value") is not None:
        yield 0, f"recorded {found.group('name')} header", found.group("name"), found.group("value"), Judgement.NAMED_AND_JUDGED
        return
    item = _JSON_ITEM.match(line_text(lines, index + 1)[:_LINE_READ])
    if item is not None:
        yield 1, f"recorded {found.group('name')} header", found.group("name"), item.group("value"), Judgement.NAMED_AND_JUDGED


# --- Robot Framework ---------------------------------------------------------------------------------

_ROBOT_FILES = (".robot", ".resource")
# `@{AUTH}    user    password`: a login's two cells (two blanks, a tab or ` | ` between them).
_ROBOT_LOGIN_LIST = lazy_regex(
    r"""^@\{(?P<name>[^{}\n]{1,64})\}[ \t]*=?(?:\t|[ ]{2,}|[ ]\|[ ])[ \t]*(?P<user>\S(?:[^\t\n]*?\S)?)"""
    r"""(?:\t|[ ]{2,}|[ ]\|[ ])[ \t]*(?P<pw>\S(?:[^\t\n]*?\S)?)[ \t]*$""")
_LOGIN_NAME = lazy_regex(r"(?i)auth|cred|login|basic")


def _robot_login(line: str) -> Iterator[Found]:
    found = _ROBOT_LOGIN_LIST.match(line)
    if found is not None and _LOGIN_NAME.search(found.group("name")) is not None and "  " not in found.group("pw") \
            and "\t" not in found.group("pw") and not found.group("user").startswith(("${", "%{", "@{")):
        yield 0, f"password in Robot Framework's login list @{{{found.group('name')}}}", "password", found.group("pw"), \
            Judgement.PASSWORD_SLOT


# --- documentation's tables of accounts -------------------------------------------------------------

# A row saying its account is the team's shared one, to be kept as it is (not an example to adapt).
_SHARED_ACCOUNT = lazy_regex(r"(?i)\bshared\b|\bdo[ \t]+not[ \t]+(?:change|rotate|reset)\b|\bdon'?t[ \t]+(?:change|rotate|reset)\b")


_TABLE_ROWS_READ = 64  # rows of a table read below its header
# ({row: [(what, key, value)…]} of the rows documented_table_passwords has read in the file)
_ROWS_READ: "LastFileMemo[Dict[int, List[Tuple[str, str, str]]]]" = LastFileMemo(lambda lines: {})
_SEPARATOR_CHARACTERS = frozenset("|-: \t")  # a table's separator row (`|---|:--:|`)


def documented_table_passwords(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str, str, bool]]:
    """(offset, what, key, value, shared) of each password cell of the table whose header is line
    `index` (read from its header: a row holds no word saying it is a password's), `shared` when the
    row says the account is a shared one kept as it is (the page's own credential, no example)."""
    from secretfence.kinds._tool_outputs import table_secrets

    separator = line_text(lines, index + 1).strip()
    if not line_text(lines, index).lstrip().startswith("|") or "-" not in separator or not _SEPARATOR_CHARACTERS.issuperset(separator):
        return
    read = _ROWS_READ.of(lines)
    for offset in range(2, 2 + _TABLE_ROWS_READ):
        row = line_text(lines, index + offset)
        if not row.lstrip().startswith("|"):
            return
        found = read.get(index + offset)
        if found is None:
            # (a row is read once a file: tables written with no blank line between them are one run of rows, which
            # every header above a row within _TABLE_ROWS_READ reads on into, each row read again by each)
            found = read[index + offset] = [(what, key, value) for _, what, key, value in table_secrets(lines, index + offset)]
        for what, key, value in found:
            yield offset, what, key, value, _SHARED_ACCOUNT.search(row[:_LINE_READ]) is not None


# --- a test suite's seeded account --------------------------------------------------------------------

# A test suite's tree: Cypress' and Playwright's fixtures (`cypress/fixtures/`, `e2e/`), a `fixtures/` or `tests/`
# directory; the accounts its files hold are the ones its seed script creates in a throwaway database.
_TEST_SUITE_TREE = lazy_regex(r"(?i)(?:^|[/\\])(?:tests?|testing|__tests__|e2e|specs?|cypress|playwright|fixtures?"
                              r"|__fixtures__|test_?data)[/\\]")
# A value that is words in lower case joined by `-`, `_` or `.` (`e2e-only-local-seed`): a phrase, no drawn run.
_WORDED_VALUE = lazy_regex(r"^[a-z][a-z0-9]{0,15}(?:[-_.][a-z][a-z0-9]{0,15}){1,7}$")
_TEST_SLUG_PART = lazy_regex(r"^[a-z]{2,16}$|^e2e$")  # (a word; `e2e` the one word holding a digit)
# The words a suite's value declares itself a test's with (`e2e-only-local-seed`, `ci_fixture_login`).
_TEST_VALUE_WORDS = frozenset({"test", "tests", "testing", "e2e", "ci", "qa", "local", "dev", "only", "fixture", "fixtures",
                               "seed", "seeded", "dummy", "fake", "mock", "stub", "throwaway", "sandbox"})


def declared_test_value(value: str, lowered_name: str) -> bool:
    """A test suite's file (see _TEST_SUITE_TREE) holds a value that says it is a test's: words joined, each a word,
    two of them saying test-only (`e2e-only-local-seed`, `local-ci-fixture`); a drawn value (`Tq7Lm2…`) or a chosen
    password of words and digits (`harbor-falcon-7712`) says nothing so and stays read."""
    if len(value) > 64 or _WORDED_VALUE.match(value) is None or _TEST_SUITE_TREE.search(lowered_name) is None:
        return False
    parts = re.split(r"[-_.]", value)
    if not all(_TEST_SLUG_PART.match(part) for part in parts):
        return False
    return sum(part in _TEST_VALUE_WORDS for part in parts) >= 2


# --- the reader --------------------------------------------------------------------------------------

# The kind's prefilter: each form's head (a line holding none is no candidate for any reader).
KEYWORDS = ('.value">',)  # (JMeter's `<stringProp name="Header.value">`)
# An escaped JSON member named for a credential (`\\"refresh_token\\":\\"`).
_FOLDED_ESCAPED = rb"""\\"[a-z0-9_.-]{0,40}(?:token|secret|pass|key|auth|cred|session)[a-z0-9_.-]{0,40}\\"[ \t]*:[ \t]*\\\""""
# A header alone on its line, named for a credential (a cassette's `Api-Key:`), the list item below;
# a JSON cassette's list of its values (`"X-Auth-Token": [`).
_FOLDED_HEADER = rb"""(?:key|token|secret)["']?:[ \t]*\r?\n[ \t]*-[ \t]+\S"""
_FOLDED_JSON_HEADER = rb"""(?:key|token|secret)"[ \t]*:[ \t]*\["""
# A Postman attribute: an apikey's `"key": "value"`, one named for a credential (`"key": "access_token"`).
_FOLDED_ATTRIBUTE = rb"""["']key["'][ \t]*:[ \t]*["'](?:value["']|[a-z0-9_.-]{0,40}(?:token|secret|pass|key|auth|cred|session|jwt))"""
# WebdriverIO's `key: '…'`.
_FOLDED_WDIO_KEY = rb"""key["']?[ \t]*:[ \t]*["'`][^"'`\s]{8}"""
# Robot Framework's list named for a login (`@{AUTH}`).
_FOLDED_ROBOT_LIST = rb"""@\{[^{}\n]{0,64}?(?:auth|cred|login|basic)"""
# A table's header cell naming a password (`| Password |`, `| Password / where |`): its rows are read from it.
_FOLDED_PASSWORD_HEADER = (rb"""(?:password|passphrase|passwd|pwd|pw)(?:(?:[ \t]*/[ \t]*|[ \t]+or[ \t]+)"""
                           rb"""(?:where|location|stored|vault|reference|ref)[a-z \t]{0,16}?)?\**`?[ \t]*(?:\([^()|\n]{1,32}\)[ \t]*)?\|""")
# A table's header cell naming a login (`| Login |`, `| Credentials |`, German's `| Zugangsdaten |`, `| Anmeldung |`) or how
# a device is reached (`| Access |`, `| Zugang |`): its rows' `user / password` pairs are read.
_FOLDED_LOGIN_HEADER = (rb"""(?:log-?(?:in|on)s?|sign-?ins?|credentials?|creds|zugang(?:sdaten)?|anmeld(?:ung|edaten)|access"""
                        rb"""|inloggegevens"""
                        # (Faroese's `Innritan`, Icelandic's `Innskráning`, what it is for in brackets after it:
                        # `| Innritan (stýri-PC) |`)
                        rb"""|innritan|innskr(?:\xc3[\xa1\x81]|a)ning"""
                        # (stop 61: West Frisian's `| Ynloggegevens |`; Kurmanji's `Têketin` is the literal kind's
                        # exact keyword)
                        rb"""|ynloggegevens"""
                        # (stop 65, notes: a device's administrator's column, `| Router admin |`, `||ರೂಟರ್ admin||`)
                        rb"""|admin(?:istrator)?)\**`?[ \t]*(?:\([^()|\n]{1,32}\)[ \t]*)?\|""")
# A table's header cell naming a password in German (`| Passwort |`, `| Admin-Kennwort |`) or Dutch (`| Wachtwoord |`);
# Swedish's, Norwegian's and Danish's words built the same way (`| Lösenord |`, `| Passord |`, `| Adgangskode |`), and
# Finnish's (`| Salasana |`, `| Admin-salasana |`).
_FOLDED_GERMAN_PASSWORD_HEADER = (rb"""(?:""" + FOLDED_GERMANIC_PASSWORD_WORDS + rb""")"""
                                  rb"""\**`?[ \t]*(?:\([^()|\n]{1,32}\)[ \t]*)?\|""")
# A table's header cell naming a password in Spanish, Portuguese, French or Italian, what it is for after the word
# (`| Contraseña |`, `| Contraseña admin |`, `| Senha |`, `| Mot de passe |`, `| Password di rete |`; Polish's
# `| Hasło |`, `| Hasło administratora |`, head `has` confirmed by the verify regex; Czech's and Slovak's `| Heslo |`; Croatian's,
# Serbian's and Bosnian's `| Lozinka |`, Slovene's `| Geslo |`); a login's
# (`| Credenciales |`, `| Datos de acceso |`, `| Usuario / Contraseña |`, `| Acceso |`; Polish's `| Dane logowania |`).
# (Galician's `| Contrasinal |`, beside Spanish's word; Uzbek's `| Parol |`, Romanian's word without its ending.)
# (stop 65: French's word with its `de` elided, as Walloon writes it: `| Mot d' passe |`, `| Mot d'passe |`)
_FOLDED_ROMANCE_PASSWORD_HEADER = (rb"""(?:contras(?:e(?:\xc3[\xb1\x91]|ny?)a|inal)|clave|senha|palavra-passe|mot de passe|password"""
                                   rb"""|mot d'[ \t]?passe"""
                                   rb"""|has(?:\xc5[\x82\x81]|l)o|heslo|parol(?:\xc4[\x83\x82]|a)?|ifre|lozinka|geslo"""
                                   # (Hungarian's `| Jelszó |`, `| Admin jelszó |`: ó in UTF-8 or spelled o)
                                   rb"""|jelsz(?:\xc3[\xb3\x93]|o)"""
                                   # (Latvian's `| Parole |`, Estonian's `| Parool |`, Lithuanian's `| Slaptažodis |`: ž in UTF-8
                                   # or spelled z)
                                   rb"""|parole|parool|slapta(?:\xc5[\xbe\xbd]|z)odis"""
                                   # (Malay's `| Kata laluan |`, Indonesian's `| Kata sandi |`)
                                   rb"""|kata (?:laluan|sandi)"""
                                   # (Catalan's key, `| Clau SHA-256 |`, `| Clau API |`, as Spanish's `clave`; its
                                   # `contrasenya` is read with Spanish's word)
                                   rb"""|clau"""
                                   # (Swahili's `| Nenosiri |`, `| Nenosiri / Password |`; Basque's `| Pasahitza |`)
                                   rb"""|nenosiri|pasahitz(?:ak|a)?)"""
                                   # (stop 66: six words after it, what it is for joined by articles and prepositions
                                   # the key judgement does not count, credential_keys' _LINKING_WORDS: `| Contraseña del
                                   # panel de la tienda (admin) |`)
                                   rb"""(?:[ \t]+[^\s|`]{1,32}){0,6}\**`?[ \t]*(?:\([^()|\n]{1,32}\)[ \t]*)?\|""")
# (stop 66: and the credential's word alone, its singular, `| Credencial |`, Italian's `| Credenziale |`: a credential's
# column as English's `| Credential |` is, _tool_outputs' _LOCALIZED_CREDENTIAL_HEADERS)
_FOLDED_ROMANCE_LOGIN_HEADER = (rb"""(?:credencial(?:es|s)?|credenciais|identifiants|credenziali|credenziale|acceso|acesso"""
                                rb"""|accesso|dane logowania)"""
                                rb"""\**`?[ \t]*\|""")
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_ESCAPED, ('\\"',)),
        (_FOLDED_HEADER, ("key:", "token:", "secret:", "key\":", "key':", "token\":", "token':", "secret\":", "secret':")),
        (_FOLDED_JSON_HEADER, ('key"', 'token"', 'secret"')),
        (_FOLDED_ATTRIBUTE, tuple(f"{opening}key{closing}" for opening in "\"'" for closing in "\"'")),
        (_FOLDED_WDIO_KEY, ("key:", "key ", "key\t", *(f"key{quote}{after}" for quote in "\"'" for after in ": \t"))),
        (_FOLDED_ROBOT_LIST, ("@{",)),
        (_FOLDED_PASSWORD_HEADER, ("password", "passphrase", "passwd", "pwd", "pw")),
        (_FOLDED_LOGIN_HEADER, ("login", "logon", "log-in", "log-on", "signin", "sign-in", "credential", "creds", "zugang",
                                "anmeld", "access", "inloggegevens", "innritan", "innskr", "ynloggegevens",
                                "admin")),
        (_FOLDED_GERMAN_PASSWORD_HEADER, ("passwort", "kennwort", "wachtwoord", "senord", "passord", "adgangskode",
                                            "salasana", "wagwoord", "passwuert", "wachtwurd")),
        (_FOLDED_ROMANCE_PASSWORD_HEADER, ("contrase", "clave", "senha", "palavra-passe", "mot de passe", "password",
                                            "has", "heslo", "parol", "ifre", "lozinka", "geslo", "jelsz", "parool",
                                            "slapta", "kata laluan", "kata sandi", "clau", "nenosiri",
                                            "pasahitz", "contrasinal", "mot d'")),
        (_FOLDED_ROMANCE_LOGIN_HEADER, ("credencial", "credenciais", "identifiants", "credenziali", "credenziale", "acceso",
                                        "acesso", "accesso", "dane logowania")),
    )
)

# What a line must hold for test_tooling_secrets to find anything on it (kinds/_triggers.py).
TEST_TOOLING_TRIGGERS: Triggers = Triggers(
    exact=('"key"', "'key'",  # Postman's attributes
           '.value"',  # JMeter's properties
           '\\"',  # JSON inside a string
           "@{"),  # Robot Framework's list
    folded=("authorization",  # an HTTP client's raw Basic header
            "key:", "key\":", "key':", "token:", "token\":", "token':", "secret:", "secret\":", "secret':"),  # wdio, cassettes
)


def tooling_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(offset, what, key, value, how it is judged) of each credential on the line in the forms above."""
    line = line_text(lines, index)[:_LINE_READ]
    if not line.strip():
        return
    if "key" in line:
        yield from _postman_attributes(lines, index, line, lowered_name)
    if '.value"' in line:
        yield from _jmeter_properties(lines, index, line)
    if '\\"' in line:
        yield from _escaped_members(line)
    if lowered_name.endswith(_HTTP_FILES) and ("asic " in line or "igest " in line or "ASIC " in line or "IGEST " in line):
        yield from _http_file_logins(line)
    if line.rstrip().endswith(":"):
        yield from _cassette_headers(lines, index, line)
    elif '": [' in line or '":[' in line:
        yield from json_cassette_headers(lines, index, line)  # (one line; `[` alone is read by the kind's JSON openers)
    elif "ey" in line and ":" in line:
        yield from _wdio_login(lines, index, line, lowered_name)
    if line.startswith("@{") and lowered_name.endswith(_ROBOT_FILES):
        yield from _robot_login(line)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample('{\n\t"auth": {\n\t\t"type": "apikey",\n\t\t"apikey": [\n'
               '\t\t\t{"key": "value", "value": "Tq7Lm2Xw9Kp4Vn8Rb3Hd6Jz1Fs5Gc0Ae2Yu7Qi", "type": "string"},\n'
               '\t\t\t{"key": "key", "value": "x-api-key", "type": "string"}\n\t\t]\n\t}\n}\n',
               "gateway.postman_collection.json", "a Postman apikey auth's value attribute"),
        Sample('"apikey": [\n  {\n    "key": "value",\n    "value": "Wk3Rt8Zq2Lp7Mx4Vb9Nc6Hd1Js5Fg0Ty",\n    "type": "string"\n  },\n',
               "api/collection.json", "an apikey auth's attributes over the object's lines"),
        Sample('{\n  "values": [\n    { "key": "access_token", "value": "eyJlbmMiOiJBMTI4R0NNIiwiYWxnIjoiZGlyIn0..'
               + "Qm7Zt2Lx9Kp4Vn8Rb3Hd6J." + "Xw4Tq9Lm2Zp7Kc3Vb8Nd1Hf6Js0Gy5Re" * 18 + ".Fs5Gc0Ae2Yu7QiWk3Rt8Z"
               + '", "enabled": true }\n  ]\n}\n',
               "postman/prod.postman_environment.json", "a Postman variable holding a long JWE (past 512 characters)"),
        Sample("### list\nGET {{host}}/admin/jobs\nAuthorization: Basic ops_admin Garnet*Heron5528\n", "requests/ops.http",
               "REST Client's raw Basic user and password"),
        Sample("GET https://api.staging.acme.test/me\nAuthorization: Basic qa-runner:Lantern!Fig7730\n", "scratch.rest",
               "REST Client's raw Basic user:password"),
        Sample('          <elementProp name="" elementType="Header">\n'
               '            <stringProp name="Header.name">Authorization</stringProp>\n'
               '            <stringProp name="Header.value">Bearer Vq8Lm3Xz9Kt4Wr7Np2Hb6Jd1Fg5Sa0Ce3Ty8Ui</stringProp>\n',
               "perf/plan.jmx", "a JMeter header manager's Bearer token"),
        Sample('<elementProp name="API_TOKEN" elementType="Argument">\n'
               '  <stringProp name="Argument.name">API_TOKEN</stringProp>\n'
               '  <stringProp name="Argument.value">Zr5Kq2Wm8Lx3Vt9Np4Hc7Jd1Bf6Gs0Ay</stringProp>\n',
               "jmeter/vars.jmx", "a JMeter user-defined variable named for a token"),
        Sample('{"name": "auth.session", "value": "{\\"refresh_token\\":\\"v1.Rk4Tz8Lq2Wm7Xp3Vb9Nc6Hd1Js5Fg0Ty2Ue\\",'
               '\\"expires_in\\":86400}"}\n', "playwright/.auth/admin.json", "a refresh token in escaped JSON (storageState)"),
        Sample("exports.config = {\n  user: 'qa_team_Zk3Lm8',\n  key: 'Wt4Rq9Zx2Lp7Mk3Vb8Nc4Hd',\n"
               "  hostname: 'ondemand.eu-central-1.saucelabs.com',\n};\n", "wdio.sauce.conf.js",
               "WebdriverIO's Sauce Labs key (a BrowserStack one is the vendor kind's too)"),
        Sample("export const config = {\n  user: 'qa-runner',\n  key: 'c5e8a2f1-7b3d-4e9a-8c6f-2d1b0a9e7f43',\n"
               "  services: ['sauce'],\n};\n", "test/wdio.conf.ts", "WebdriverIO's Sauce Labs key"),
        Sample("    headers:\n      Api-Key:\n      - Hq8Zt3Lm9Xw2Kp7Vn4Rb6Jd1Fs5Gc0Ae\n      Accept:\n      - application/json\n",
               "spec/cassettes/rates.yml", "a VCR cassette's recorded API key header"),
        Sample('{\n  "request": {\n    "headers": {\n      "Accept": [\n        "application/json"\n      ],\n'
               '      "X-Auth-Token": [\n        "Rw8Kq3Zt7Lm2Xv9Np4Hc6Jd1Bf5Gs0Ay"\n      ]\n    }\n  }\n}\n',
               "tests/cassettes/servers_list.json", "a Betamax cassette's recorded token header (pretty-printed)"),
        Sample('      "headers": {\n        "X-Api-Key": ["Tz4Lq9Wm2Xk7Vr3Np8Hb5Jc1Ds6Fg0Au"],\n        "Accept": ["*/*"]\n      },\n',
               "fixtures/cassettes/rates.json", "a JSON cassette's header list on one line"),
        Sample("*** Variables ***\n@{AUTH}           svc_claims    Basalt*Wren6630\n", "tests/api/claims.robot",
               "Robot Framework's login list"),
        Sample('{\n  "name": "GDS CERT",\n  "values": [\n    { "key": "basic_credentials", '
               '"value": "VmpFNk56Y3pNVHBSV0RKQ09rRkI6VW5FNGRreHRNa3M9", "type": "secret", "enabled": true }\n  ]\n}\n',
               "postman/GDS CERT.postman_environment.json", "a Postman variable declared secret, whatever its name"),
        Sample('[{"key": "partner_auth", "value": "Rq8vLm2KzT4wXp7N", "type": "secret"}]\n', "env/partner.json",
               "a secret-typed variable in an environment exported under another name"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample('"auth": {\n  "type": "apikey",\n  "apikey": [\n    {"key": "value", "value": "{{partnerApiKey}}", "type": "string"},\n'
               '    {"key": "key", "value": "x-api-key", "type": "string"}\n  ]\n}\n', "p.postman_collection.json",
               "an apikey auth's variable"),
        Sample('"query": [\n  {"key": "value", "value": "Tq7Lm2Xw9Kp4Vn8Rb3Hd6Jz1Fs5Gc0Ae2Yu7Qi"}\n]\n', "api/collection.json",
               "a query parameter named value (no apikey auth)"),
        Sample('{"values": [{"key": "correlationId", "value": "71c38365-d5c2-4fdf-bdd2-1e09ae9c09b0"},'
               ' {"key": "accessToken", "value": "{{$oauth2.perf.access_token}}"}]}\n', "perf.postman_environment.json",
               "Postman variables: an id and a dynamic reference"),
        Sample("GET {{host}}/v1/account\nAuthorization: Basic username password\nAuthorization: Basic {{user}} {{pass}}\n",
               "docs/examples.http", "REST Client's placeholders and variables"),
        Sample("GET {{host}}/v1/account\nAuthorization: Basic dXNlcjpwYXNz\n", "a.http", "an encoded Basic header (the kind's own)"),
        Sample('<stringProp name="Header.name">Authorization</stringProp>\n'
               '<stringProp name="Header.value">Bearer ${__P(api.token,)}</stringProp>\n'
               '<stringProp name="Header.name">X-Api-Key</stringProp>\n'
               '<stringProp name="Header.value">${__env(PARTNER_API_KEY)}</stringProp>\n', "plan.jmx", "JMeter's functions"),
        Sample('<stringProp name="Argument.name">sku</stringProp>\n'
               '<stringProp name="Argument.value">Tq7Lm2Xw9Kp4Vn8Rb3Hd6Jz1</stringProp>\n', "plan.jmx", "an argument named for no credential"),
        Sample('{"value": "{\\"access_token\\":\\"FILTERED\\",\\"refresh_token\\":\\"REDACTED\\"}"}\n', "tests/cassette.json",
               "a recorded body's filtered tokens"),
        Sample("export const config = {\n  user: process.env.SAUCE_USERNAME,\n  key: process.env.SAUCE_ACCESS_KEY,\n"
               "  services: ['sauce'],\n};\n", "wdio.sauce.conf.ts", "WebdriverIO's environment reads"),
        Sample("const cache = {\n  user: 'anonymous',\n  key: 'products-list-v2',\n};\n", "src/cache.js",
               "a cache entry's key (no grid)"),
        Sample("    headers:\n      X-Api-Key:\n      - DUMMY\n      Api-Key:\n      - \"<SHIPENGINE_API_KEY>\"\n",
               "spec/cassettes/labels.yml", "a cassette's filtered headers"),
        Sample('{\n  "headers": {\n    "X-Auth-Token": [\n      "<AUTH_TOKEN>"\n    ],\n    "X-Request-Id": ["Rw8Kq3Zt7Lm2Xv9Np4Hc6Jd1"]\n  }\n}\n',
               "tests/cassettes/servers.json", "a Betamax cassette's placeholder and a header named for no credential"),
        Sample('{"tokens": [\n  "Rw8Kq3Zt7Lm2Xv9Np4Hc6Jd1Bf5Gs0Ay"\n]}\n', "data/list.json", "a list named tokens, no headers object"),
        Sample("*** Variables ***\n@{AUTH}           %{ROBOT_USER}    %{ROBOT_PASSWORD}\n@{LOCALES}    en-GB    de-DE\n",
               "resources/common.robot", "Robot Framework's environment reads and a list of no login"),
        Sample('{"values": [{"key": "basic_credentials", "value": "{{vault:gds-basic}}", "type": "secret"},'
               ' {"key": "access_token", "value": "", "type": "secret"}]}\n', "postman/GDS.postman_environment.json",
               "secret-typed variables: a vault reference, an empty one"),
    )


__all__ = ("FOLDED_HINTS", "HEADER_WORDS", "declared_test_value", "json_cassette_headers", "KEYWORDS", "TEST_TOOLING_TRIGGERS", "false_samples", "documented_table_passwords", "tooling_secrets",
           "true_samples")
