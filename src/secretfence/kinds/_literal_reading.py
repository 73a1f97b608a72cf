"""The literal credential kind's reading (its detector class and prefilter stand in
kinds/literal_credential.py, which imports this module when a line is first a candidate for the
kind: a commit whose lines ask it nothing never loads these 3,500 lines). What it reads, and how
its findings are judged, is told there."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence._lazy import lazy_submodules
from secretfence.findings import LOW, MEDIUM, Confidence
from secretfence.kinds._helpers import (
    CODE_SUFFIXES, DOCUMENT_SUFFIXES, HCL_SUFFIXES, LastFileMemo, LineCap, basic_credential, both_ways, env_defaults, in_sealed_secret, is_chat_export, is_log_text, is_no_document, is_teams_own_record, line_text,
    STATEMENT_ENDS, TYPED_DECLARATION, documented_password_blocks, generated_password, indent_width, is_sequential, looks_generated, looks_like_a_password, marked_to_change, name_start, says_near, sealed_value,
    is_stand_in_password, json_log_record, names_its_titled_record, drawn_session_record_id, in_test_file, stated_own_key, stated_team_password,
    xml_unescaped, ISSUED_NOTE_WORDS, CREDENTIALS_TEXT, matches_with_plain_text_flag, INDIC_PASSWORD_SPELLINGS,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._quoted_files import KEYED_FILES
from secretfence.kinds._triggers import Dispatch, Triggers
from secretfence.kinds._spec import Match, Sample
from secretfence.prefilter.declared import Declaration, declared
from secretfence.prefilter.spec import Headed, lazy_regex, separated_alternation, word_alternation

# The readers: imported when a line first asks one of them something (their triggers are given as
# callables to the dispatch, the prefilter they add up to is worked out ahead: prefilter/declared.py).
_READER_MODULES = ("_code_calls", "_command_lines", "_config_forms", "_device_configs", "_enterprise_forms",
                   "_game_servers", "_identity_configs", "_integration_forms", "_key_material", "_keyed_apis",
                   "_mail_configs", "_network_configs", "_network_keys", "_proxy_and_sessions", "_reference_lookalikes",
                   "_stream_keys", "_telecom_configs", "_test_tooling", "_tool_outputs", "_web_forms")
if TYPE_CHECKING:
    from secretfence.kinds import (
        _code_calls, _command_lines, _config_forms, _device_configs, _enterprise_forms, _game_servers, _identity_configs,
        _integration_forms, _key_material, _keyed_apis, _mail_configs, _network_configs, _network_keys,
        _proxy_and_sessions, _reference_lookalikes, _stream_keys, _telecom_configs, _test_tooling, _tool_outputs,
        _web_forms,
    )
    from secretfence.kinds import _vendor_keys
    from secretfence.kinds import _numeric_logins
    from secretfence.kinds import _service_reading
else:
    lazy_submodules(globals(), "secretfence.kinds", *_READER_MODULES)
    lazy_submodules(globals(), "secretfence.kinds", "_vendor_keys")  # (its vendors' public keys: not_a_held_secret)
    lazy_submodules(globals(), "secretfence.kinds", "_numeric_logins")  # (a login of digits: asked of a password of digits)
    lazy_submodules(globals(), "secretfence.kinds", "_service_reading")  # (a JWT's name and claims: _credential_key)

# (stop 70) a quoted value read to 4,096 characters, as a bare one is: an RS512-signed JWT (a 2,048-bit key's signature
# alone 342 characters) quoted under a token's name in JSON, YAML, PHP, tfvars is 550 and more
_QUOTED_OR_BARE = (
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,4096})"|'(?P<sq>(?:[^'\\\n]|\\.){1,4096})'|"""
    # (stop 66) a JavaScript/TypeScript template literal with no substitution, Go's raw string: a literal in code
    # (`const API_TOKEN = `…``); taken in code only (_assignments), a page's code span being no assignment's string
    r"""`(?P<bq>(?:[^`\\\n$]|\$(?!\{)|\\.){1,512})`|"""
    # a `#` inside a bare value is part of it (a comment needs a blank before it); a bare value
    # stops at a call's parenthesis, so that `"x": Resource(api_key="…")` is read on
    # (a list, a mapping, a character class or an anchor opens no bare value; an index ends one)
    r"""(?P<bare>[^\s'"`,;()}\]#\[{^][^\s'"`,;()}\[\]]{0,4095}))"""
)
# A WinSCP script saved as `.txt` (`winscp.com /script=upload.txt`): commands, no prose. Its first
# command, after blank lines and `#` comments, is WinSCP's `option …` or `open <scheme>://…`. So is
# an FTP client's script (`ftp -s:upload.txt`: `open <host>`, then its login and commands).
_WINSCP_FIRST = lazy_regex(r"^[ \t]*(?:option[ \t]+(?:batch|confirm|transfer|echo|reconnecttime|failonnomatch)\b"
                           r"|open[ \t]+(?:sftp|scp|ftps?|ftpes|webdavs?|s3)://)")
_WINSCP_HEAD_LINES = 40  # lines read for a script's first command


def _transfer_script(lines: Sequence[str]) -> bool:
    for number in range(min(len(lines), _WINSCP_HEAD_LINES)):
        text = line_text(lines, number).strip()
        if text and not text.startswith("#"):
            return _WINSCP_FIRST.match(text) is not None or _command_lines.ftp_client_script(lines)
    return False


_TRANSFER_SCRIPTS = LastFileMemo(_transfer_script)
# (documentation's table cells' judgements in a file, each made once: {(value, key): a credential's value,
# (row, value, key): documented_password_judged's verdict, header: table_keeps_others_in_a_store's})
_TABLE_CELLS_JUDGED: "LastFileMemo[dict]" = LastFileMemo(lambda lines: {})


def _table_keeps_others_in_a_store(judged: dict, lines: Sequence[str], header: int) -> bool:
    kept = judged.get(header)
    if kept is None:
        kept = judged[header] = _config_forms.table_keeps_others_in_a_store(lines, header)
    return kept


def transfer_script(lines: Sequence[str]) -> bool:
    """The file is a WinSCP or an FTP client's script (commands, no prose), whatever its suffix says."""
    return _TRANSFER_SCRIPTS.of(lines)

# A C array's dimension (`[]`, `[33]`, `[ 33 ]`, a length's macro: `[API_KEY_LEN + 1]`, `[WIFI_PASS_SIZE]`).
C_ARRAY_DIMENSION = (r"""\[(?:[ \t]*(?:[0-9]{1,4}|[A-Z_][A-Z0-9_]{0,63}(?:LEN|LENGTH|SIZE|MAX|SZ|BYTES|CHARS)"""
                     r"""(?:[ \t]*[+-][ \t]*[0-9]{1,3})?)[ \t]*)?\]""")

# A key, its closing quote or bracket, an assignment (not `==`, `::`), a wrapper that keeps the
# literal (`bytes.fromhex("…")`, `SecretStr("…")`, b"…"), then a quoted or bare value.
_ASSIGNED = lazy_regex(
    # (a C array's `[]`/`[16]` and Arduino's PROGMEM stand between a `char pass[]` and its `=`)
    # (R's `<-` and `<<-`, F#'s and OCaml's `<-`, assign as `=` does: `token <- "…"`)
    # (a C# auto-property's initializer: `public string Password { get; set; } = "…";`)
    # (a key in a script whose vowel signs and tone marks are no word characters, its marks with its letters: Lao's
    # `ລະຫັດຜ່ານ: …`, Khmer's `ពាក្យសម្ងាត់: …`, as credential_keys reads them)
    # (stop 66: and the zero-width non-joiner and joiner India's keyboards type after a virama: Telugu's `పాస్‌వర్డ్`)
    r"""(?P<key>[^\W\d][\w.\-\u0900-\u0dff\u0eb0-\u0ecd\u17b4-\u17d3\u200c\u200d]*)(?:""" + C_ARRAY_DIMENSION + r"""(?:[ \t]+PROGMEM)?(?=[ \t]*=)|[ \t]*\{[ \t]*get;[^{}\n]{0,40}\}(?=[ \t]*=))?"""
    r"""["'\]]{0,2}[ \t]*(?:<<?-|:=|\?=|=>|=|:)(?![=:/])[ \t]*"""
    # (a decoder of the literal keeps it too: `base64.b64decode("…")`, MicroPython's `ubinascii.unhexlify("…")`)
    r"""(?:(?:bytes\.fromhex|bytearray\.fromhex|bytes|str|SecretStr|SecretBytes|Secret|(?:u?binascii\.)?(?:unhexlify|a2b_hex)"""
    r"""|(?:base64\.)?(?:b64decode|urlsafe_b64decode|standard_b64decode)"""
    # (a string type's or a text macro's wrapper keeps it as written: Qt's `QStringLiteral("…")`, `QLatin1String`,
    # `QString::fromUtf8`, `tr("…")`; Windows' `_T("…")`, `TEXT("…")`, wxWidgets' `wxT("…")`; `std::string("…")`)
    r"""|QStringLiteral|QLatin1String(?:View)?|QLatin1StringView|QByteArrayLiteral|QByteArray|QString(?:::fromUtf8|::fromLatin1)?"""
    r"""|(?:QObject::|QCoreApplication::)?tr|_T|_TEXT|TEXT|wxT|wxS|std::w?string"""
    # (blind rounds FK-FP) a URL-encoding call keeps it too, the value sent as written: PHP's `urlencode('…')` and
    # `rawurlencode`, JavaScript's `encodeURIComponent`, Python's `urllib.parse.quote(_plus)`, Java's
    # `URLEncoder.encode("…", "UTF-8")`, Ruby's `CGI.escape`/`ERB::Util.url_encode`, .NET's `Uri.EscapeDataString` and
    # `HttpUtility.UrlEncode`/`WebUtility.UrlEncode`, Go's `url.QueryEscape`
    r"""|urlencode|rawurlencode|encodeURIComponent|encodeURI|(?:urllib\.)?(?:parse\.)?quote(?:_plus)?|URLEncoder\.encode"""
    r"""|CGI\.escape|(?:ERB::Util\.)?url_encode|Uri\.EscapeDataString|(?:HttpUtility|WebUtility)\.UrlEncode"""
    r"""|url\.(?:QueryEscape|PathEscape)"""
    # (stop 67) a bundler's define given the literal as JSON, the value the bundle then holds as written: webpack's
    # `DefinePlugin({'process.env.X': JSON.stringify('…')})`, Vite's and esbuild's `define`
    r"""|JSON\.stringify)\([ \t]*(?=(?:[bB]|u8|L)?["'])"""
    # one literal in parentheses, as black wraps a long one (`password=("…")`, a split value assembled)
    r"""|\([ \t]*(?=[bB]?(?:"[^"\n]{1,512}"|'[^'\n]{1,512}')[ \t]*\))"""
    # one string in braces, as C may initialise a character array (`char pass[] = {"…"};`)
    r"""|\{[ \t]*(?=(?:u8|L)?"[^"\n]{1,512}"[ \t]*\}))?(?:(?:[bBrRuU]{1,2}|u8|L)(?=["']))?"""
    + _QUOTED_OR_BARE
)
# A declaration typing its name between it and its literal, the type after a colon: Ada's `Password : constant
# String := "…";` (an object declaration, `aliased`/`constant`, a constrained `String (1 .. 16)`), Pascal's and
# Delphi's typed constant `DbPassword: string = '…';` (`string[32]`), TypeScript's `token: string = "…"`.
# (No bare value: `bare` never takes part.)
_DECLARED = lazy_regex(
    r"""(?P<key>[^\W\d][\w.-]{0,127})""" + TYPED_DECLARATION + r"""[ \t]*"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>(?:[^'\\\n]|\\.){1,512})')(?P<bare>(?!))?""" + STATEMENT_ENDS
)
# A name set by a call: `.option("password", "…")`, `conf.set("spark.….secret.key", "…")`,
# `os.environ["X"] = "…"`, `os.environ.setdefault("X", "…")`, `os.putenv("X", "…")`.
_SETTER_CALL = (
    r"""(?:\.(?:option|set|setdefault|put|setProperty|set_option|set_secret)|\b(?:setenv|putenv))\([ \t]*"""
    # (configparser's `config.set("auth", "token", "…")`: a section first)
    r"""(?:["'][\w. -]{1,128}["'][ \t]*,[ \t]*(?=["'][\w.-]{1,128}["'][ \t]*,[ \t]*["']))?"""
    r"""(?P<kq>["'])(?P<key>[\w.-]{1,128})(?P=kq)[ \t]*,[ \t]*""")
_SETTER = lazy_regex(
    _SETTER_CALL + r"""(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)[ \t]*(?:,[ \t]*)?(?:\)|$)"""
    r"""|environ\[[ \t]*(?P<ekq>["'])(?P<ekey>[\w.-]{1,128})(?P=ekq)[ \t]*\][ \t]*=[ \t]*(?P<eq>["'])(?P<evalue>[^"'\n]{1,512})(?P=eq)"""
)
# (review 67) The same calls given a JavaScript/TypeScript template literal with no substitution or Go's raw string, as
# _QUOTED_OR_BARE's `bq` reads one since stop 66 (`headers.set('X-API-Key', `…`)`, `process.env.API_TOKEN || `…``)
_TEMPLATE_LITERAL = r"""`(?P<value>(?:[^`\\\n$]|\$(?!\{)){1,512})`"""
_SETTER_OF_TEMPLATE = lazy_regex(_SETTER_CALL + _TEMPLATE_LITERAL + r"""[ \t]*(?:,[ \t]*)?(?:\)|$)""")
# C_ARRAY_DIMENSION on folded bytes.
_FOLDED_C_ARRAY_DIMENSION = (rb"""\[(?:[ \t]*(?:[0-9]{1,4}|[a-z_][a-z0-9_]{0,63}(?:len|length|size|max|sz|bytes|chars)"""
                             rb"""(?:[ \t]*[+-][ \t]*[0-9]{1,3})?)[ \t]*)?\]""")
# The prefilter's patterns, on folded bytes (see the class): a credential word then an assignment,
# a setter's or CLI default's value, a directive's last value or a cookie jar's tab; a URL's
# userinfo; a publisher's -p; a user:password option.
_CREDENTIAL_WORD = rb"""(?:pass|pw|token|secret|key|auth(?!or)|cred|sess|psk)"""
# (The name's run is greedy, then must end: every form below starts past it. A lazy run tried each form at each of
# its 64 lengths, 5 µs a byte on a line of `credcredcred…`; this is the same matches at 1/6 of that cost.)
_FOLDED_CREDENTIAL = (_CREDENTIAL_WORD + rb"""[\w.-]{0,64}(?![\w.-])"""
                      rb"""(?:(?:""" + _FOLDED_C_ARRAY_DIMENSION + rb"""(?:[ \t]+progmem)?|[ \t]*\{[ \t]*get;[^{}\n]{0,40}\})?["'\]]{0,2}[ \t]*(?:<<?-|:=|\?=|=>|=|:)|["'][ \t]*,[ \t]*(?:["'`]|[^\n]{0,200}?default[ \t]*=)"""
                      rb"""|[ \t]+[^\s=:]\S{7,511}(?<!\.)[ \t]*(?=\r?\n|\Z)|\t\S{16}"""
                      # (stop 66: an app password's four groups of four letters, unquoted: _APP_PASSWORD_DIRECTIVE)
                      rb"""|[ \t]+[a-z]{4}(?:[ ][a-z]{4}){3}[ \t]*(?=\r?\n|\Z)"""
                      # a notice's `password is: …` (_STATED_PASSWORD), a document's `password for the team is:` (its
                      # value on the next line: _helpers.stated_team_password)
                      rb"""|[ \t]+(?:[^\n:]{0,80}?[ \t])?(?:is|was|IS|WAS)[ \t]*:[ \t]*(?:\S|\r?\n|\Z)"""
                      # (the same sentence ending at its `is`, the value below: `the API key for our account is`; a
                      # key's note recording the day it was issued, `token (issued 2024-08-02, …):`: _helpers.stated_own_key)
                      rb"""|[ \t]+[^\n:]{0,80}?[ \t](?:is|was)[ \t]*(?=\r?\n|\Z)"""
                      rb"""|[ \t]*\([^()\n]{0,40}?(?:issued|created|generated|rotated)[ \t]"""
                      # (the same note in the languages whose documentation is read too, the key's word before what it
                      # is: `Token autoryzacyjny (wygenerowany … 2026-10-01):`)
                      rb"""|(?:[ \t]+[a-z\x80-\xff]{2,24}){0,2}[ \t]*\([^()\n]{0,40}?(?:wygenerowan|utworzon|wydan|erstellt"""
                      rb"""|generiert|ausgestellt|aangemaakt|gegenereerd|uitgegeven|generado|creado|emitido|gerado|criado"""
                      rb"""|g\xc3\xa9n\xc3\xa9r|cr\xc3\xa9\xc3\xa9|generato|creato|emesso)"""
                      # an option's value, blank-separated, before the next option (`--redis-password x -c 8`),
                      # a quoted argument (`--password 'x' "list"`) or a line continuation (`--rcon-password 'x' \`,
                      # PowerShell's backtick, cmd's caret)
                      rb"""|[ \t]+["']?[^\s"'-]\S{7,511}["']?[ \t]+(?:-|["']|[\\`^][ \t]*(?=\r?\n|\Z))"""
                      # a parameter's quoted value (blanks and all) before the next parameter, or its quoted or bare
                      # value ending its command: a pipeline, a statement's end, a closing parenthesis or brace, the
                      # line's end (`Connect-VIServer … -Password 'pw' | Out-Null`, `{ Connect-X -Token 'tok' }`), a
                      # comment after it (`-Password 'pw' # vCenter`, `<# … #>`)
                      # (stop 67: or a redirection, a background `&` or an `&&` after it, as a crontab's command writes its
                      # log: `--sftp-pass 'pw' >> /var/log/x.log 2>&1`)
                      rb"""|[ \t]+(?:(?:"[^"\n]{1,512}"|'[^'\n]{1,512}')(?:[ \t]*(?:[|;)}&<>]|\r?\n|\Z)|[ \t]+(?:-|<?\#|[0-9]>))"""
                      rb"""|[^\s"'=:|;-][^\s|;]{3,511}[ \t]+(?:[|;)}&<>]|[0-9]>))"""
                      # an XML element's value (`<SDK_CONTAINER_REGISTRY_PWORD>…</…>` in a .csproj)
                      # (the element's name ends in a credential's word: not `<news:keywords>`, nor a
                      # property list's `<key>`, whose value is its `<string>`: _device_configs' plist pairs)
                      rb"""|(?:(?<=word)|(?<=pw)|(?<=pwd)|(?<=key)|(?<=ret)|(?<=ken)|(?<=ass)|(?<=tok))(?<!<key)>[^<\s][^<\n]{0,1023}</)""")
# A name line whose value is on the next line (`- name: X` then `value: …`, `<name>X</name>`).
# (`name :` with one blank at most: its heads are then where a match starts, and `name ` alone, in prose and in every
# function's parameters, wakes no regex in a hook's plain source files)
_FOLDED_NAME = (rb"""(?:name[ \t]?:[ \t]*["']?|<name>|<key>)[\w.-]{0,128}?""" + _CREDENTIAL_WORD
                + rb"""[\w.-]{0,128}(?:["']?[ \t]*\r?\n[ \t]*value[ \t]*:|</name>[ \t]*\r?\n[ \t]*<value>"""
                rb"""|</key>[ \t]*\r?\n[ \t]*<string>)""")
# (led by the credential's word, not by `name=`: every keyword argument in code holds that)
# (its text on its line, or alone on the next: `<oneText name='PASSWORD_VALUE'>` then the value)
_FOLDED_NAMED_ELEMENT = (_CREDENTIAL_WORD + rb"""[\w.-]{0,128}(?: [\w.-]{1,64}){0,3}["'][^<>\n]{0,512}?>"""
                         rb"""(?:[^<\s]|[ \t]*\r?\n[ \t]*[^<\s])""")
_FOLDED_MACRO = (rb"""(?:<macro>|macro:[ \t]*["']?)\{\$[\w.]{0,128}?""" + _CREDENTIAL_WORD
                 + rb"""[\w.]{0,128}\}(?:</macro>|["']?)[ \t]*\r?\n[ \t]*(?:<value>|value[ \t]*:)""")
_FOLDED_DEFINE = rb"""define[ \t]+\w{0,128}?""" + _CREDENTIAL_WORD + rb"""\w{0,128}[ \t]+(?:\([ \t]*)?(?:u8|[lu])?\""""
_FOLDED_USER_MACRO = rb"""\$user[0-9]{1,3}\$[ \t]*="""
# (stop 69: the user a mailbox's whole address, its `@` unescaped, as a mail URL is typed: `smtp://me@shop.example:…@host`)
_FOLDED_USERINFO = rb"""://(?:[^\s/@:"'<>]{1,128}(?:@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})?:[^\s@/"'<>]{1,256}|[a-z0-9_-]{32,256})@"""
_FOLDED_SID = rb"""sid["'\]]{0,2}[ \t]*(?::=|=>|=|:)"""
# (Przelewy24's CRC key under its bare name, `P24_CRC=`, `'crc' =>`, PHP's `define('P24_CRC', '…')`: credential_keys.przelewy24_credential)
_FOLDED_CRC = rb"""crc(?:["'\]]{0,2}[ \t]*(?::=|=>|=|:)|["'][ \t]*,[ \t]*["'])"""
# (stop 66: an environment variable named for the HMAC its process computes, `WEBHOOK_HMAC=…`, systemd's
# `Environment=TELEMETRY_HMAC=…`: credential_keys' _ENVIRONMENT_NAME)
_FOLDED_HMAC = rb"""_hmac(?:["'\]]{0,2}[ \t]*(?::=|=>|=|:))"""
# (stop 68: a payment gateway's private merchant id, its secret key by the vendor's name, `KUSHKI_PRIVATE_MERCHANT_ID=…`,
# `privateMerchantId: '…'`, Kushki's `Private-Merchant-Id` header: credential_keys._private_id)
_FOLDED_PRIVATE_ID = rb"""private[\w.-]{0,64}?id(?:["'\]]{0,2}[ \t]*(?::=|=>|=|:))"""
# (a Tasmota command's password in a web request's query, its blank encoded: `/cm?cmnd=MqttPassword%20…`:
# _device_configs._tasmota)
_FOLDED_TASMOTA_QUERY = rb"""password[1-3]?(?:%20|\+)[^\s;&]"""
_FOLDED_CREATE_SECRET = rb"""create[ \t]+(?:or[ \t]+replace[ \t]+)?(?:(?:persistent|temporary)[ \t]+)?secret\b"""
_FOLDED_LISTED_P = rb"""["']-p["'][ \t]*,[ \t]*["']"""
# (blind rounds FY-GB) an option named for a credential alone as an argument vector's element, the next element on the
# next line (a launchd plist's `<string>--token</string>`, a YAML list's `- --password`, a JSON list's `"--token",`)
# (led by the option's `--`: a list of names one a line, Python's `__all__`, is no argument vector; the reader then asks
# that the option's name be a credential's)
_FOLDED_OPTION_ELEMENT = (rb"""--[a-z][\w.-]{0,95}(?![\w.-])(?:</string>|["']?[ \t]*(?:,[ \t]*)?)\r?\n"""
                          rb"""[ \t]*(?:<string>|-[ \t]|["'])""")
_TOOLS = ("twine", "poetry", "pdm", "docker", "podman", "buildah", "skopeo", "helm", "oras", "nerdctl")
_FOLDED_TOOL = rb"""(?:""" + "|".join(_TOOLS).encode() + rb""")\b[^\n]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]+)"""
_FOLDED_USER_OPTION = rb"""(?:-u|--user|--auth|--basic-auth|--proxy-user|-a)[ \t]*(?:=[ \t]*)?["']?[^\s:"'$]{1,128}:"""
_FOLDED_LOCALIZED_HEADS = ("kennwort", "wachtwoord", "senha", "sifre", "parola", "clave", "chiave", "chave", "mdp",
                           "haslo", "heslo", "jelszo", "salasana", "losenord", "passord", "adgangskode", "lozinka",
                           "geslo", "sandi", "khau", "schluessel", "schlussel", "sleutel", "anahtar", "geheimnis",
                           "secreto", "segredo", "segreto", "jeton", "avain", "kulcs", "laluan", "kunci",
                           # (stop 69: Indonesian's and Malay's secret, `JWT_RAHASIA =`, `APP_RAHSIA=`)
                           "rahasia", "rahsia",
                           # (Catalan's password and key, `CONTRASENYA_SMTP=`, `clau_api:`, `paraula_de_pas:`: Spanish's
                           # `contraseña` is detect-secrets' keyword's own, Catalan's no keyword's)
                           "contrasenya", "clau", "paraula",
                           # (Galician's password, `Contrasinal=`, `<Contrasinal>`, `smtp.contrasinal`; Uzbek's, `PAROL =`,
                           # `parol:`, which Romanian's `parola` holds but not its bare stem)
                           "contrasinal", "parol",
                           # (Icelandic's key and password, `API_LYKILL=`, `lykilord:`)
                           "lykil",
                           # (Swahili's `nenosiri`, Basque's `pasahitza` (its stem): `NENOSIRI=`, `pasahitza:`)
                           "nenosiri", "pasahitz",
                           # (Albanian's `fjalëkalim` in ASCII, Afrikaans's `wagwoord`: `FJALEKALIMI=`, `smtp_wagwoord:`)
                           "fjalekalim", "wagwoord",
                           # (Irish's `pasfhocal` from its third letter, whatever its mutation: `PASFHOCAL=`, `bpasfhocal:`)
                           "sfhoca",
                           # (Faroese's `loyniorð` in ASCII, `LOYNIORD=`, `smtp_loyniord:`)
                           "loynior",
                           # (stop 60: Zulu's and Xhosa's `iphasiwedi` from its stem, `Iphasiwedi:`; Scottish Gaelic's
                           # `facal-faire` from its first word, `Facal-faire:`, `facal_faire=`)
                           "phasiwedi", "facal",
                           # (stop 61: Breton's `ger-tremen`, Somali's `erayga sirta`, Samoan's `upu faalilolilo`,
                           # Malagasy's `teny miafina`, Kinyarwanda's `ijambo ry'ibanga` from their last words, and Malagasy's key `fanalahidy`: `Ger-tremen:`,
                           # `ERAYGA_SIRTA=`, `upu_faalilolilo:`, `fanalahidy_api=`)
                           "tremen", "sirta", "lilolilo", "miafina", "fanalahidy", "ibanga", "jambobanga",
                           # (stop 61: West Frisian's password and key, `WACHTWURD=`, `API_KAAI =`)
                           "wachtwurd", "kaai",
                           # (stop 61: Spanish's `llave` as Latin America names a key, `LLAVE_API =`)
                           "llave",
                           # (stop 61: Igbo's `okwuntughe`: `okwuntughe:`)
                           "okwuntughe",
                           # (stop 62: Māori's `kupuhipa`, Quechua's `pakasqa simi` (written apart or joined), Northern
                           # Sami's `beassansátni` in ASCII, Xhosa's key `isitshixo`: `kupuhipa:`, `pakasqa simi:`)
                           "kupuhipa", "pakasqa", "pakasqa simi", "beassansatni", "isitshixo",
                           # (stop 63: Occitan's `senhal`: `senhal:`, `SENHAL_SMTP=`)
                           "senhal",
                           # (stop 64, md: Romansh's `pled-clav`, a key word, its plural `pleds-clav`: `Pled-clav: `…``)
                           "pled-clav", "pleds-clav",
                           # (stop 65, notes: Ladino's `kontrasenya`, Spanish's word in its Latin spelling: `kontrasenya:`)
                           "kontrasenya",
                           # (stop 70, code: French's key `clé` in ASCII, `CLE_API =`, `cle_secrete:`, which credential_keys
                           # reads as a key beside its qualifier; a line of `article`, `cycle` reaches the kind, its name none)
                           "cle")
# (stop 70, code: a C macro named in another language, `#define JETON_APPAREIL "…"`, `#define CLAVE_API "…"`, as
# `_FOLDED_DEFINE` for the English words)
_FOLDED_LOCALIZED_DEFINE = (rb"""define[ \t]+\w{0,128}?(?:""" + "|".join(_FOLDED_LOCALIZED_HEADS).encode()
                            + rb""")\w{0,128}[ \t]+(?:\([ \t]*)?(?:u8|[lu])?\"""")
# (or an XML element named so, its text after it: a SOAP client's `<senha>…</senha>`, `<Kennwort>…</Kennwort>`)
_FOLDED_LOCALIZED = (rb"""(?:""" + "|".join(_FOLDED_LOCALIZED_HEADS).encode() + rb""")[\w.-]{0,64}(?![\w.-])"""
                     rb"""(?:["'\]]{0,2}[ \t]*(?::=|=>|=|:)|>[^<\s])""")
_FOLDED_LOCALIZED_NAMED_ELEMENT = (rb"""(?:""" + "|".join(_FOLDED_LOCALIZED_HEADS).encode() + rb""")"""
                                   + _FOLDED_NAMED_ELEMENT[len(_CREDENTIAL_WORD):])
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_CREDENTIAL, ("pass", "pw", "token", "secret", "key", "auth", "cred", "sess", "psk")),
        # an element whose attribute names its text (Android's `<string name="api_secret">…</string>`)
        (_FOLDED_NAMED_ELEMENT, ("pass", "pw", "token", "secret", "key", "auth", "cred", "sess", "psk")),
        # a monitoring macro named for a credential, its value on the next line (Zabbix's templates)
        (_FOLDED_MACRO, ("<macro>", "macro:")),
        # a C macro defined as a string, a comment after it (`#define MQTT_PASSWORD "…" // broker`)
        (_FOLDED_DEFINE, ("define",)),
        (_FOLDED_LOCALIZED_DEFINE, ("define",)),
        # Nagios' (Icinga's) resource.cfg user macros: `$USER4$=…`
        (_FOLDED_USER_MACRO, ("$user",)),
        (_FOLDED_NAME, ("name:", "name :", "name\t:", "<name>", "<key>")),
        (_FOLDED_USERINFO, ("://",)),
        (_FOLDED_TOOL, _TOOLS),
        (_FOLDED_USER_OPTION, ("-u", "--user", "--auth", "--basic-auth", "--proxy-user", "-a")),
        # a session cookie's bare `sid` (`cookies = {"sid": "…"}`), which no credential word above holds
        (_FOLDED_SID, ("sid",)),
        # Przelewy24's CRC key named `crc` (`P24_CRC=…`, `PRZELEWY24_CRC:`), which no credential word above holds
        (_FOLDED_CRC, ("crc",)),
        # an environment's HMAC key named `<X>_HMAC` (`WEBHOOK_HMAC=…`), which no credential word above holds
        (_FOLDED_HMAC, ("_hmac",)),
        # a gateway's private merchant id (`KUSHKI_PRIVATE_MERCHANT_ID=…`), which no credential word above holds
        (_FOLDED_PRIVATE_ID, ("private",)),
        # a Tasmota command's password in a web request's query (`cmnd=MqttPassword%20…`), its blank encoded
        (_FOLDED_TASMOTA_QUERY, tuple(f"password{digit}{blank}" for digit in ("", "1", "2", "3") for blank in ("%20", "+"))),
        # a password option as an argument list's item, its value the next item (`"-p", "…"`)
        (_FOLDED_LISTED_P, tuple(f"{opening}-p{closing}" for opening in "\"'" for closing in "\"'")),
        (_FOLDED_OPTION_ELEMENT, ("--",)),
        # an SQL secret's statement (DuckDB's `CREATE PERSISTENT SECRET`, Snowflake's `CREATE SECRET`)
        (_FOLDED_CREATE_SECRET, ("create",)),
        # a credential's word in another language, then an assignment (`DB_KENNWORT=`, `SENHA_BANCO=`) or its element's text
        (_FOLDED_LOCALIZED, _FOLDED_LOCALIZED_HEADS),
        # (stop 68) and an element named so by its attribute (Android's `<string name="mapas_llave_servidor">…</string>`)
        (_FOLDED_LOCALIZED_NAMED_ELEMENT, _FOLDED_LOCALIZED_HEADS),

    )
)
_NESTED_HEAD = lazy_regex(r"[A-Za-z_][\w.-]{0,127}=")
# Values judged a line at most: a line with more (minified, generated, hostile) is read that far.
MAX_VALUES_A_LINE = 64
# Where a credential-named key meets an assignment: the forms above need one on the line.
# Credential words of other languages (credential_keys.LOCALIZED_PASSWORD_WORDS and kin: `DB_KENNWORT`,
# `banco.senha`, `пароль:`, `비밀번호 =`), in ASCII spelling and in their scripts, lower case.
LOCALIZED_ASCII_WORDS = ("kennwort", "wachtwoord", "senha", "sifre", "parola", "clave", "chiave", "chave", "mdp",
                         "haslo", "heslo", "jelszo", "salasana", "losenord", "passord", "adgangskode", "lozinka",
                         "geslo", "sandi", "khau", "schluessel", "schlussel", "sleutel", "anahtar", "geheimnis",
                         "secreto", "segredo", "segreto", "jeton", "avain", "kulcs", "laluan", "kunci", "contrasenya", "clau",
                         "rahasia", "rahsia",  # (stop 69: Indonesian's and Malay's secret)
                         "paraula", "contrasinal", "parol", "lykil", "nenosiri", "pasahitz", "fjalekalim", "wagwoord",
                         "sfhoca",  # (Irish's `pasfhocal`, `phasfhocal`, `bpasfhocal`)
                         "loynior",  # (Faroese's `loyniorð`, `loyniord`, its article's `loyniorðið`)
                         "phasiwedi", "facal",  # (Zulu's `iphasiwedi`, Scottish Gaelic's `facal-faire`)
                         # (stop 61: Breton's `ger-tremen`, Somali's `erayga sirta`, Samoan's `upu faalilolilo`, Malagasy's
                         # `teny miafina`, Kinyarwanda's `ijambo ry'ibanga` by their last words; Malagasy's key `fanalahidy`)
                         "tremen", "sirta", "lilolilo", "miafina", "fanalahidy", "ibanga", "jambobanga",
                         "wachtwurd", "kaai",  # (stop 61: West Frisian's password and key)
                         "llave",  # (stop 61: Spanish's key as Latin America names it)
                         "okwuntughe",  # (stop 61: Igbo's)
                         # (stop 62: Māori's, Quechua's, Northern Sami's password words, Xhosa's key)
                         "kupuhipa", "pakasqa", "pakasqa simi", "beassansatni", "isitshixo",
                         "senhal",  # (stop 63: Occitan's)
                         "pled-clav", "pleds-clav",  # (stop 64, md: Romansh's, a key word, and its plural)
                         "kontrasenya",  # (stop 65, notes: Ladino's)
                         "cle",  # (stop 70, code: French's key `clé` in ASCII, `CLE_API`, beside a qualifier)
                         # (stop 66: Spanish's `contraseña` typed without its tilde, as detect-secrets' keyword list also
                         # spells it: that rule reads `contrasena: …` only where the whole file re-reads as INI, not
                         # below a notes file's bare title)
                         "contrasena")
# (stop 65: Spanish's `contraseña` first: detect-secrets' keyword reads it, but not on a notes file's line below a bare
# title (`Router` then `contraseña: …`), where English's `password: …` blocked by this module's readers)
LOCALIZED_SCRIPT_WORDS = ("contraseña", "şifre", "hasło",
                          "hesło",  # (stop 67, notes: Upper Sorbian's, Polish's word with Czech's `e`: `hesło: …`)
                          "jelszó", "schlüssel", "lösenord", "khẩu", "пароль", "гасло", "токен", "ключ", "секрет", "парола",
                          "парол",  # (Tajik's `парол`, Russian's word without its soft sign)
                          "рамз",  # (stop 65: Tajik's other, Persian's `رمز` in Cyrillic, and its izafet `рамзи`: `рамз: …`)
                          "密码", "密碼", "口令", "密钥", "密鑰", "秘钥", "令牌", "パスワード", "暗証番号", "秘密鍵",
                          "トークン", "비밀번호", "비번", "암호", "토큰",
                          "şifrə",  # (Azerbaijani's, Turkish's `şifre` with its schwa)
                          # (Mongolian's `нууц үг` (`нууц_үг:`), Armenian's `գաղտնաբառ`, Bengali's `পাসওয়ার্ড` from its first
                          # letters, its `য়` one letter or two: the key judgement's words, credential_keys)
                          "нууц", "գաղտնաբառ", "পাসও",
                          # (Khmer's `ពាក្យសម្ងាត់`, Sinhala's `මුරපදය` from its stem)
                          "ពាក្យសម្ងាត់", "මුරපද",
                          # (stop 60: Tajik's `парол` and its izafet `пароли` (`root пароли консол:`), Lao's `ລະຫັດຜ່ານ`,
                          # Turkmen's key `açar` (`API açary:`))
                          "парол", "ລະຫັດຜ່ານ", "açar",
                          # (stop 61: Pashto's `پټنوم`, a hidden name: `پټنوم: …`)
                          "پټنوم", "پاسورډ",  # (its borrowing, stop 61)
                          # (stop 61: Kurmanji Kurdish's `şîfre`, Turkish's word with its long `î`: `- şîfre: …`)
                          "şîfre",
                          # (stop 62: Tatar's `серсүз`, a secret word, Northern Sami's `beassansátni`: `серсүз: …`)
                          "серсүз", "beassansátni",
                          # (stop 63: Sindhi's borrowing `پاسورڊ` and its `ڳجهو لفظ`, a secret word (`ھ` or `ه`): `پاسورڊ: …`)
                          "پاسورڊ", "ڳجهو لفظ", "ڳجھو لفظ",
                          # (stop 63, notes: Bashkir's `серһүҙ`, a secret word, and Sakha's `кистэлэҥ тыл`, a hidden word:
                          # `root серһүҙе: …`, `кистэлэҥ тыла: …`)
                          "серһүҙ", "кистэлэҥ тыл",
                          # (review 64: the same words as keyboards without their letters type them)
                          "серһүз", "серhүҙ", "серhүз", "серhуз", "серсуз", "кистэлэӈ тыл", "кистэлэн тыл",
                          # (stop 66: the English word borrowed into India's scripts as a config's key, `पासवर्ड: "…"` in
                          # YAML, `.env`, INI, JSON: the notes' and pages' readers knew them, a key's hint did not)
                          "पासवर्ड", "கடவுச்சொல்", *INDIC_PASSWORD_SPELLINGS,
                          # (review 67: and Persian's `رمز_عبور` and `گذرواژه`, which credential_keys reads as a password's:
                          # `رمز_عبور: "…"` in YAML gave no finding beside the Indic words' keys; not `رمز` alone, Arabic's
                          # code of anything, `رمز_المنتج`)
                          "رمز_عبور", "رمز\u200cعبور", "رمزعبور", "رمز_ورود", "گذرواژه",
                          # (review 68: Arabic's, Persian's and Urdu's two-word names joined as a key, `كلمة_المرور: "…"`,
                          # `پاس_ورڈ`, and Uyghur's `پارول`, which stop 67 read in notes and pages only)
                          # (stop 68, notes: Urdu's `پاس ورڈ` also written as one (`POS_پاسورڈ=`), and its spellings,
                          # which credential_keys reads as a password's since)
                          "كلمة_المرور", "كلمة_مرور", "كلمة_السر", "کلمه_عبور", "كلمه_عبور", "پاس_ورڈ", "پارول",
                          "پاسورڈ", "پاس_ورد", "پاسورد", "پسورد", "كلمه_المرور")
# A code's names that hold a credential where drawn (credential_keys' _DRAWN_ONLY_NAMES): each as code spells it.
DRAWN_CODE_NAMES = tuple(f"{word}{joint}code" for word in ("security", "automation", "installer", "panel", "alarm")
                         for joint in ("_", "", "-"))
# (stop 58) A payment gateway's salt by the vendor's name for it (credential_keys' _MERCHANT_SALT_NAMES): each as code
# spells it (a bare salt is a hash's, no hint).
# (stop 69: an API's salt too, `VPBX_API_SALT`, `apiSalt`)
MERCHANT_SALT_CODE_NAMES = tuple(f"{word}{joint}salt" for word in ("integrity", "merchant", "private", "api")
                                 for joint in ("_", "", "-"))
# (stop 68) A gateway's private id by the vendor's name for it (credential_keys' _private_id): each as code spells it
# (`KUSHKI_PRIVATE_MERCHANT_ID`, `privateMerchantId`, Kushki's `Private-Merchant-Id` header, a `private_api_id`).
PRIVATE_ID_CODE_NAMES = tuple(f"private{joint}{word}" for word in ("merchant", "api", "account", "client", "id")
                              for joint in ("_", "", "-"))
_ENGLISH_HINT_WORDS = ("pass", "pw", "psw", "token", "secret", "key", "auth", "cred", "hash", "sess", "sid", "phrase", "encrypt",
                       "psk", "crc",
                       # (stop 66: an environment's HMAC named for it alone, `WEBHOOK_HMAC=…`: credential_keys' _ENVIRONMENT_NAME)
                       "hmac") + DRAWN_CODE_NAMES + MERCHANT_SALT_CODE_NAMES + PRIVATE_ID_CODE_NAMES
# (a key's letters as _ASSIGNED reads them: India's scripts' vowel signs, viramas and joiners are no word characters,
# Bengali's `পাসওয়ার্ড` after its hint `পাসও`)
_HINT_TAIL = (r"""[\w.\-\u0900-\u0dff\u200c\u200d]{0,64}(?![\w.\-\u0900-\u0dff\u200c\u200d])(?:""" + _FOLDED_C_ARRAY_DIMENSION.decode() + r"""(?:[ \t]+progmem)?|[ \t]*\{[ \t]*get;[^{}\n]{0,40}\})?["'\]]{0,2}[ \t]*(?:<<?-|:=|=>|=|:)""")
_KEY_HINT_PATTERN = ("(?:" + word_alternation(_ENGLISH_HINT_WORDS + LOCALIZED_ASCII_WORDS + LOCALIZED_SCRIPT_WORDS) + ")"
                     + _HINT_TAIL)
_KEY_HINT = lazy_regex("(?i)" + _KEY_HINT_PATTERN)
# The same on a lowered line: a case-insensitive alternation is tried at every character (four
# times slower on botocore's long documentation lines); a case-sensitive one skips ahead to the
# characters its words open with.
_KEY_HINT_LOWERED = lazy_regex(_KEY_HINT_PATTERN)
# English words alone: what a line without a localized word is searched with (each word more in
# the alternation is tried at every character of every candidate line).
_ENGLISH_KEY_HINT_PATTERN = "(?:" + word_alternation(_ENGLISH_HINT_WORDS) + ")" + _HINT_TAIL
_ENGLISH_KEY_HINT_LOWERED = lazy_regex(_ENGLISH_KEY_HINT_PATTERN)
_ENGLISH_KEY_HINT = lazy_regex("(?i)" + _ENGLISH_KEY_HINT_PATTERN)
_LOCALIZED_ASCII_WORD = lazy_regex(word_alternation(LOCALIZED_ASCII_WORDS))  # (one search: cheaper than thirty `in`s)
# (Gates only, so without `\b`: a pattern that opens with one is tried at every character.)
_SETTER_HINT = lazy_regex(r"\.(?:option|set|setdefault|put|setProperty|set_option|set_secret)\(|(?:setenv|putenv)\(|environ\[")
# `"NAME=value"` as a string (gunicorn's raw_env, `docker run -e`, Kubernetes args) and
# systemd's `Environment=NAME=value` / `Environment="NAME=value"`.
# (A `;` ends the value: `"PWD=…;Server=…"` is a connection string's item, the database kind's.)
_QUOTED_SETTING = lazy_regex(r"""(?P<q>["'])(?P<key>[A-Za-z_][A-Za-z0-9_]{2,63})=(?P<value>[^"'\n;]{1,512})(?=;|(?P=q))""")
# A form body or a query string written whole (`"token=&token.&content=record"`, `curl -d "a=1&b=2"`, SAS's
# `put "token=&token.&format=csv"`): each parameter's value ends at the next `&name=` (an `&` inside a value
# is percent-encoded there). (A name of two characters or more: `Xk9&L=2` is one generated value.)
_NEXT_PARAMETER = lazy_regex(r"&[A-Za-z_][\w.-]{1,63}=")


def _parameter_value(value: str) -> str:
    """The value up to the next parameter of a form body or a query it opens (see _NEXT_PARAMETER)."""
    if "&" not in value:
        return value
    next_parameter = _NEXT_PARAMETER.search(value)
    return value if next_parameter is None else value[:next_parameter.start()]


_SYSTEMD_ENVIRONMENT = lazy_regex(r"""^[ \t]*Environment[ \t]*=[ \t]*(?P<key>[A-Za-z_]\w{0,63})=(?P<value>\S{1,512})[ \t]*$""")
# A URL's query parameter: `?api_key=…&`, in code strings too.
# (A regular expression's `?token=[A-Za-z0-9\\-]+` is a pattern: brackets, escapes and
# quantifiers end a value; a `*` or `+` between its characters is a password's own: apprise's
# `mailtos://_?user=…&pass=Word*Word42`.)
_QUERY_VALUE = r"""[^&\s"'#<>{}\[\]\\()*+]{1,512}"""
_QUERY_PARAMETER = lazy_regex(
    rf"""[?&](?P<key>[A-Za-z_][\w.-]{{0,63}})=(?P<value>{_QUERY_VALUE}(?:[*+]{_QUERY_VALUE}){{0,8}})(?![\[\\(*+])""")
# A signed URL's signature: `?token=<digest>&expires=<time>` (Bunny's token authentication, a CDN's
# signed link) is a digest of the path, its expiry and the signing key, good for that URL until it
# expires; the signing key is the secret, not the digest.
_SIGNATURE_PARAMETERS = frozenset({"token", "signature", "hmac"})
_DIGEST_VALUE = lazy_regex(r"""^[A-Za-z0-9_+/-]{16,128}={0,2}$""")
_URL_AFTER = lazy_regex(r"""[^\s"'`<>]{0,1024}""")
_URL_ENDS = (" ", "\t", '"', "'", "`", "<", ">")
_EXPIRY_PARAMETER = lazy_regex(r"""(?i)[?&](?:expires|expiry|exp|expires_at|expiration)=[0-9]{9,13}(?![\w])""")
# A bare value that opens a call (`password=environment.get("X")` in a Liquidsoap script): an expression;
# so is a quoted setting's value that does (`"password=environment.get(\"X\")"`, as an INI reading
# of a script's continued call quotes it).
# (dotted, or a function's lower-case name: `Hunter2(prod)` is a password holding a parenthesis)
# (stop 62: Elixir's and Ruby's function names may end in `!` or `?`, `System.fetch_env!("SECRET_KEY_BASE")`)
_CALLEE = lazy_regex(r"""^(?:[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){1,6}|[a-z_][a-z0-9_]{0,63})[!?]?$""")
_CALL_VALUE = lazy_regex(r"""^[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){0,6}[!?]?\(\\?(?:["')]|$)""")
# A call naming a setting beside its literal: PHP's `define('DB_PASSWORD', '…')`, Gradle's
# `buildConfigField("String", "API_SECRET", "\"…\"")` and `resValue("string", "api_key", "…")`
# (a type first; the value may carry escaped quotes for the generated source), with or without
# Groovy's parentheses.
_NAMED_CALL = lazy_regex(
    r"""\b(?P<call>define|buildConfigField|resValue)(?:[ \t]*\([ \t]*|[ \t]+)(?:["'][\w.]{1,64}["'][ \t]*,[ \t]*)?"""
    r"""(?P<kq>["'])(?P<key>[\w.-]{1,128})(?P=kq)[ \t]*,[ \t]*(?P<q>["'])(?:\\?["'])?(?P<value>[^"'\\\n]{1,512})(?:\\?["'])?(?P=q)"""
)
_NAMED_CALL_HINT = lazy_regex(r"\b(?:define|buildConfigField|resValue)\b")
# Groovy's (Gradle's) method call without parentheses, a setting per line: `storePassword "…"`,
# `keyPassword '…'` in signingConfigs, `password "…"` in a repository's credentials; Spark SQL's
# `OPTIONS (user "…", password "…")`, an option a line.
# (review 64: or a line comment after the setting, `match_password '…' # ci`, `keyPassword '…' // release`; not after a
# `;`, where Junos's `secret "$9$…"; ## SECRET-DATA` marks its own obfuscated value)
_DSL_END = r"""(?:[ \t]*(?:[;,][ \t]*)?|[ \t]+(?:#|//)[^\n]{0,256})$"""
_DSL_SETTING = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_]\w{0,63})[ \t]+(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)""" + _DSL_END)
# The same setting with the call's parentheses, one literal its only argument, in a configuration written as a
# Ruby DSL with no suffix saying code (fastlane's Matchfile, Appfile, Fastfile: `git_basic_authorization("…")`,
# `api_key("…")`): a setting per line, named in snake case as fastlane's are (a camel-case setter, dnsdist's
# `setKey("…")`, is its own reader's). (In code a one-literal call is a function's use: `get_token("scope")`.)
_DSL_CALL_SETTING = lazy_regex(
    r"""^[ \t]*(?P<key>[a-z_][a-z0-9_]{0,63})\([ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)[ \t]*\)""" + _DSL_END)
# A Databricks notebook's source (`# Databricks notebook source`): a `%sql`, `%sh` or `%md` cell's lines
# stand behind `# MAGIC `, which is no comment: the cell's text, read as the cell's language (not Python).
_MAGIC = "# MAGIC"
# A YAML list item `- NAME=value` (Kustomize's secretGenerator `literals:`, compose's
# `environment:` list): the value is the rest of the item, whatever it opens with (`^bgm#…`).
_ENV_ITEM = lazy_regex(r"""^[ \t]*-[ \t]+(?P<key>[A-Za-z_][A-Za-z0-9_.-]{0,127})=(?P<value>[^\s"'][^\s]{0,511})[ \t]*$""")
# An XML element holding one value on its line (MSBuild's `<RegistryPassword>…</RegistryPassword>`
# in a .csproj or .props, which no XML carrier reads): the element's name is the value's name. (stop 69,
# config: a name in any alphabet, as 1C's exchange settings write Russian's `<Пароль>…</Пароль>`.)
_XML_ELEMENT = lazy_regex(r"""^[ \t]*<(?P<key>[^\W\d][\w.:-]{0,63})>(?P<value>[^<>\s][^<>\n]{0,1023})</(?P=key)>[ \t]*$""")
# An element whose `name`/`key` attribute names its text: Android's `<string name="api_secret"
# translatable="false">…</string>` (res/values), Hibernate's `<property name="…password">…</property>`,
# Java's XML properties `<entry key="…">…</entry>`, Galaxy's job_conf.xml `<param id="private_token">…</param>`.
_XML_ATTRIBUTE = r"""[ \t]+[\w.:-]{1,64}[ \t]*=[ \t]*(?:"[^"\n]{0,256}"|'[^'\n]{0,256}')"""
# (blind rounds GO-GT) The name may be words a blank apart, as a device's settings export shows them (Sierra
# Wireless' ACEmanager template: `<setting id="3002" name="User Password">…</setting>`); a number names nothing (the
# setting's id before its name), so the element's next naming attribute is read.
_ELEMENT_NAME = r"""(?P<kq>["'])(?![0-9]{1,16}(?P=kq))(?P<key>[\w.-]{1,128}(?: [\w.-]{1,64}){0,3})(?P=kq)"""
_NAMED_ELEMENT_BODY = (
    # (eight attributes on either side at most: a flood of `name="…"` attributes stays linear)
    r"""<(?P<tag>[A-Za-z_][\w.:-]{0,63})(?:""" + _XML_ATTRIBUTE + r"""){0,8}?[ \t]+(?:name|key|id)[ \t]*=[ \t]*"""
    + _ELEMENT_NAME + r"""(?:""" + _XML_ATTRIBUTE + r"""){0,8}[ \t]*>"""
    r"""(?P<value>[^<>\s][^<>\n]{0,1023})</(?P=tag)>"""
)
_NAMED_ELEMENT = lazy_regex(r"^[ \t]*" + _NAMED_ELEMENT_BODY)
# The same elements after another on one line (`<resources><item name="db_password">…</item>…`: a
# file written without line breaks), each after a closing `>`.
_NAMED_ELEMENT_INLINE = lazy_regex(r"(?<=>)[ \t]*" + _NAMED_ELEMENT_BODY)
# The same element opened alone on its line, its text on the lines below before its closing tag (INDI's driver
# configuration, `<oneText name='PASSWORD_VALUE'>`, the value, `</oneText>`; a pretty-printer's `<entry key="…">`).
_NAMED_ELEMENT_OPENED = lazy_regex(
    r"""^[ \t]*<(?P<tag>[A-Za-z_][\w.:-]{0,63})(?:""" + _XML_ATTRIBUTE + r"""){0,8}?[ \t]+(?:name|key|id)[ \t]*=[ \t]*"""
    + _ELEMENT_NAME + r"""(?:""" + _XML_ATTRIBUTE + r"""){0,8}[ \t]*>[ \t]*\r?$""")
_ELEMENT_TEXT_LINES = 3  # lines of text read below the opening tag (a value, a token wrapped once or twice)
_INLINE_ELEMENTS_READ = 16  # elements read after the line's first (a minified file's line stays cheap)
# A C/C++ macro defined as a string (arduino_secrets.h's `#define SECRET_PASS "…"`).
_C_DEFINE = lazy_regex(
    r"""^[ \t]*#[ \t]*define[ \t]+(?P<key>[A-Za-z_]\w{0,127})[ \t]+(?:\([ \t]*)?(?:u8|[LuU])?"(?P<value>(?:[^"\\\n]|\\.){1,512})"""
    r"""["][ \t]*(?:\)[ \t]*)?(?://[^\n]*|/\*[^\n]*)?$"""
)
# Checkmk's stored password spec in a WATO rule: `'password': ('password', '…')` (an explicit
# one; `('store', 'id')` names a password in the store), or the 2.3 form
# `('cmk_postprocessed', 'explicit_password', ('<id>', '…'))`.
_TAGGED_PASSWORD = lazy_regex(
    r"""(?P<kq>["'])(?P<key>[\w.-]{1,64})(?P=kq)[ \t]*:[ \t]*\([ \t]*(?:(?P<tq>["'])password(?P=tq)[ \t]*,[ \t]*"""
    r"""|["']cmk_postprocessed["'][ \t]*,[ \t]*["']explicit_password["'][ \t]*,[ \t]*\([ \t]*["'][^"'\n]{0,128}["'][ \t]*,[ \t]*)"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)
# Nagios' (Icinga 1's, Naemon's) resource.cfg user macro: `$USER4$=…`, where plugin paths and the
# monitoring user's password are kept for the commands' `$USERn$`.
_USER_MACRO = lazy_regex(r"""^[ \t]*\$(?P<key>USER[0-9]{1,3})\$[ \t]*=[ \t]*(?P<value>\S{1,512})[ \t]*$""")
_HOST_NAME = lazy_regex(r"^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+(?::[0-9]{1,5})?$")
# Keys a Wi-Fi or LoRaWAN device holds its secret under, which name no credential in other words:
# a WPA pre-shared key (`psk="…"`, NetworkManager's `psk=`, `wifi-sec.psk`), LoRaWAN's AppKey,
# NwkKey and session keys (`APPKEY`, `appSKey`), a BLE sensor's bindkey (ESPHome's Xiaomi sensors:
# the AES key its advertisements are encrypted with); a trailing word saying the encoding is no name
# (`APPKEY_HEX`).
# A PSK named with its protocol glued before it, as one word in capitals (Zabbix's `TLSPSK=` beside its
# `TLSPSKIdentity`, `WPAPSK=`); in code, like `psk`, a protocol's test vector.
_GLUED_PSK_WORDS = frozenset({"tlspsk", "dtlspsk", "wpapsk", "wpa2psk", "wpa3psk", "ipsecpsk", "ikepsk", "wifipsk", "wlanpsk"})
_DEVICE_KEY_WORDS = frozenset({"psk", "appkey", "nwkkey", "appskey", "nwkskey", "genappkey", "bindkey"}) | _GLUED_PSK_WORDS
_DEVICE_KEY_PAIRS = frozenset({("app", "key"), ("nwk", "key"), ("apps", "key"), ("nwks", "key"), ("app", "s", "key"),
                               ("bind", "key"),
                               ("local", "key")})  # a Tuya device's local key (localtuya, tinytuya: 16 characters)
# Files whose bare `key` is the credential: Kaggle's kaggle.json, the Copernicus and ECMWF API clients' rc files.
_KEYED_FILES = ("kaggle.json",) + KEYED_FILES
_ENCODING_WORDS = frozenset({"hex", "str", "string", "b64", "base64", "bytes", "raw", "buf", "msb", "lsb"})
# A Wi-Fi passphrase given to a configuration command: Raspberry Pi Imager's firstrun.sh
# (`imager_custom set_wlan [-h] 'SSID' '<psk>' 'CC'`), `raspi-config nonint do_wifi_ssid_passphrase
# SSID PASS`, `nmcli … password PASS` / `wifi-sec.psk PASS`, wpa_supplicant's `wpa_passphrase SSID PASS` (without
# PASS it reads the passphrase from its input); Android's `cmd wifi connect-network <ssid>
# wpa2|wpa3|wep <passphrase>` (`adb shell cmd wifi …`; add-network, add-suggestion, add-request and its flags, a
# hotspot's start-softap/start-lohs the same; `open`/`owe` take none).
_WIFI_WORD = r"""(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[^\s"'$`;|&<>]{1,64})"""
_WIFI_COMMAND = lazy_regex(
    r"""(?:\b(?:set_wlan(?:[ \t]+-h)?|do_wifi_ssid_passphrase|wpa_passphrase)[ \t]+""" + _WIFI_WORD + r"""[ \t]+"""
    r"""|\bcmd[ \t]+wifi[ \t]+(?:connect-network|add-network|add-suggestion|add-request|start-softap|start-lohs)"""
    r"""(?:[ \t]+-[a-z]){0,4}[ \t]+""" + _WIFI_WORD + r"""[ \t]+(?:wpa2|wpa3|wpa3_transition|wep)[ \t]+"""
    r"""|\bnmcli\b[^\n]{0,300}?[ \t](?:password|(?:wifi-sec|802-11-wireless-security)\.psk)[ \t]+)"""
    r"""(?:"(?P<dq>[^"\n]{1,128})"|'(?P<sq>[^'\n]{1,128})'|(?P<bare>[^\s"'$`;|&<>]{1,128}))"""
)
# A logging handler whose class is a service's client (`"class": "logdna.LogDNAHandler"`, a
# Loggly, Logtail, Datadog handler): its bare `key`/`token` beside it is the service's key.
_HANDLER_CLASS = lazy_regex(r"""^[ \t]*["']?(?:class|\(\))["']?[ \t]*[:=][ \t]*["']?(?P<cls>[A-Za-z_][\w.]{0,200}(?:Handler|Client|Sink|Exporter|Transport))["']?[ \t]*(?:,[ \t]*)?$""")
_HANDLER_KEYS = frozenset({"key", "token", "secret", "apikey", "ingestion_key", "source_token"})
_SIBLING_LINES = 8
# cloud-init's `chpasswd:` block: its `list:` of `user:password` lines (a block scalar or a YAML
# list); `users:` items' `password:` are read as keys. RANDOM/R asks for a generated one.
_CHPASSWD = lazy_regex(r"""^(?P<indent>[ \t]*)chpasswd[ \t]*:[ \t]*$""")
_CHPASSWD_ITEM = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?(?P<user>[\w.-]{1,64}):(?P<pw>[^\s"']{1,256})["']?[ \t]*$""")
_CHPASSWD_LINES = 24
_GENERATED_PASSWORD = frozenset({"random", "r"})
# A token written with its scheme (Cargo's registry `token = "Bearer …"`), Rails' token scheme's parameter too
# (ActionController's `Token token="…"[, nonce="…"]`, as an API built on it asks for its header).
# (stop 68) A service's own scheme, as its `Authorization` header wants the key and a config keeps it ready to send:
# Infobip's `App <key>`, Opsgenie's `GenieKey`, Dynatrace's `Api-Token`, Okta's `SSWS`, Splunk HEC's `Splunk`, an API
# gateway's `Apikey`, DeepL's `DeepL-Auth-Key`, Klaviyo's `Klaviyo-API-Key`, Discord's `Bot`: the key after it (judged).
_SCHEMED_VALUE = lazy_regex(r"""^(?:Bearer|Token|token|bearer|App|GenieKey|Api-Token|SSWS|Splunk|Apikey|ApiKey|DeepL-Auth-Key"""
                            r"""|Klaviyo-API-Key|Bot)[ \t]+(?:token=\\?["']?(?P<rails>[^\s"'\\,]{8,1024})\\?["']?"""
                            r"""(?:[ \t]*,[^\n]{0,512})?|(?P<value>[^\s"']{8,1024}))$""")
# A key named for the header that carries the credential (`auth_header`, `authorization_header`): the header's
# value, a credential where it opens with its scheme (`Token …`, `Bearer …`, `Basic …`).
_HEADER_KEY_WORDS = frozenset({("auth", "header"), ("authorization", "header"), ("auth", "headers")})
_SCHEME_LED = lazy_regex(r"""^(?:Bearer|Token|Basic|bearer|token|basic)[ \t]+[^\s]""")
# (stop 58) A setting's bare value that is a scheme's word, the token after it to the line's end (a comment after a blank):
# `API_ACCESS_TOKEN=Bearer <token>` in a dotenv file, `token: Bearer <token>` in YAML.
_SCHEME_WORDS = frozenset({"Bearer", "bearer", "Token", "token"})
_SCHEMED_REST = lazy_regex(r"""[ \t]+(?P<token>[^\s"'#]{8,1024})[ \t]*(?:[ \t]#.*)?$""")
# Bundler's credentials for a gem server: `BUNDLE_<HOST, dots as __>: "user:password"` in
# `.bundle/config` or the environment (not its build options, mirrors or local overrides).
_BUNDLER_HOST = lazy_regex(
    r"""(?<![\w])(?P<key>BUNDLE_(?!BUILD__|MIRROR__|LOCAL__|DISABLE_|SPECIFIC_)[A-Z0-9-]+(?:__[A-Z0-9-]+)+)["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<user>[^\s:"']{1,128}):(?P<pw>[^\s"']{1,256})(?P=q)"""
)
# Files that are a password by their role: Ansible's vault password file or script (`vault-pass.sh`,
# `.vault_pass`, `vault_password_file`); Postfix's SASL maps are kinds/_mail_configs.py's.
# A MongoDB replica set's keyfile (`security.keyFile`, `--keyFile`): the members' shared secret, 6 to 1,024
# base64 characters, named for MongoDB (`mongodb-keyfile`, `mongo.key`) or a keyfile under MongoDB's directory.
_MONGO_KEYFILE = (r"[^/\\!]{0,64}mongo[^/\\!]{0,64}(?:key[-_]?file[^/\\!]{0,64}|[-_.]key)|"
                  r"[^/\\!]{0,64}mongo[^/\\!]{0,64}[/\\](?:[^/\\!]{1,128}[/\\]){0,4}[^/\\!]{0,64}key[-_]?file[^/\\!]{0,64}")
# Home Assistant's and ESPHome's secrets file (`secrets.yaml`, each value read by `!secret <name>`): the names are the
# owner's own, and a Wi-Fi network's password is often named for the network alone (`props_wifi`, `home_wlan`) beside
# its `*_ssid`. Where the file names an SSID, a top-level name saying Wi-Fi that is not the network's name, address or
# channel holds the password (judged as a Wi-Fi password).
_HOME_SECRETS_FILE = r"secrets\.yaml"
# (stop 65, notes) A backup tool's repository password file, named for the tool and its password (restic's
# `--password-file`, `RESTIC_PASSWORD_FILE`: `restic-password.txt`, `.restic_password`; borg's, kopia's, duplicity's
# alike, `borg-passphrase`): the repository's password as the file's one line, comments around it.
_BACKUP_PASSWORD_FILE = (r"\.?(?:restic|borg|kopia|duplicity|duplicati)[-_.]?(?:repo(?:sitory)?[-_.]?)?"
                         r"pass(?:word|phrase|wd)?(?:[-_.][^/\\!]*)?")
_BACKUP_PASSWORD_FILE_NAME = lazy_regex(r"(?i)(?:^|[/\\!])" + _BACKUP_PASSWORD_FILE + "$")
_BACKUP_TOOLS = ("restic", "borg", "kopia", "duplic")
ROLE_FILES = lazy_regex(r"(?i)(?:^|[/\\!])(?:\.?vault[-_.]?pass(?:word)?(?:[-_.][^/\\!]*)?|" + _MONGO_KEYFILE + "|"
                        + _HOME_SECRETS_FILE + "|" + _BACKUP_PASSWORD_FILE + r")$")
_HOME_SECRETS_NAME = lazy_regex(r"(?i)(?:^|[/\\!])" + _HOME_SECRETS_FILE + "$")
_HOME_WIFI_SECRET = lazy_regex(r"""^(?P<key>[A-Za-z0-9_]{0,64}(?i:wifi|wlan)[A-Za-z0-9_]{0,64}):[ \t]+(?P<q>["']?)"""
                               r"""(?P<value>[^\s"'#!&*|>{\[][^\s"']{0,127})(?P=q)[ \t]*(?:#.*)?\r?$""")
# ... and a node's API encryption key (`api: encryption: key: !secret api_key_gh1`): base64 of 32 bytes, the Noise
# protocol's pre-shared key, under whatever name the owner gives it
_HOME_NOISE_KEY = lazy_regex(r"""^(?P<key>[A-Za-z0-9_-]{1,128}):[ \t]+(?P<q>["']?)(?P<value>[A-Za-z0-9+/]{43}=)(?P=q)[ \t]*(?:#.*)?\r?$""")
# (the network's name, address, channel or the radio's settings: no password)
_NOT_A_WIFI_PASSWORD = frozenset({"ssid", "bssid", "name", "network", "net", "ip", "address", "host", "hostname",
                                  "gateway", "subnet", "dns", "channel", "country", "domain", "id", "mac", "user",
                                  "username", "identity", "mode", "power", "timeout"})
_SSID_KEY = lazy_regex(r"(?im)^[A-Za-z0-9_]{0,64}ssid[A-Za-z0-9_]{0,64}:")
_HOME_SECRETS_READ = 256  # lines of the file searched for an SSID's name
_MONGO_KEYFILE_NAME = lazy_regex(r"(?i)(?:^|[/\\!])(?:" + _MONGO_KEYFILE + r")$")
_KEYFILE_LINE = lazy_regex(r"^[ \t]*[A-Za-z0-9+/=]{1,1024}[ \t]*\r?$")
_KEYFILE_MAX = 1024  # MongoDB's limit on a keyfile's characters (blanks not counted)
_VAULT_PASS_FILE = lazy_regex(r"(?i)(?:^|[/\\!])\.?vault[-_.]?pass(?:word)?(?:[-_.][^/\\!]*)?$")
# A vault password script's output: `echo '…'`, `printf '%s' '…'`, `print("…")`.
_ECHOED_LITERAL = lazy_regex(
    r"""^[ \t]*(?:(?:echo|printf)(?:[ \t]+-[neE]{1,3})?(?:[ \t]+(?P<fq>["'])%s(?:\\n)?(?P=fq))?[ \t]+(?P<q>["']?)(?P<value>[^\s"'$`\\;|&<>]{1,256})(?P=q)"""
    r"""|print\([ \t]*(?P<pq>["'])(?P<pvalue>[^"'\n]{1,256})(?P=pq)[ \t]*\))[ \t]*(?:;[ \t]*)?$"""
)
_PASSWORD_FILE_LINES = 16  # a password file's lines at most: its one value, comments around it (who made it, where)
_SCRIPT_LINE = lazy_regex(r"""^[ \t]*(?:#|$|set[ \t]|exit\b|import\b|from\b)""")
# An HCL input variable whose name is the credential's: `variable "hcloud_token" {` then its
# `default = "…"` inside the block.
_HCL_VARIABLE = lazy_regex(r"""^[ \t]*variable[ \t]+"(?P<name>[\w-]{1,128})"[ \t]*\{[ \t]*$""")
_HCL_DEFAULT = lazy_regex(r"""^[ \t]*default[ \t]*=[ \t]*"(?P<value>[^"\n]{1,512})"[ \t]*$""")
# Terraform state: a random_password's (random_string's) generated `"result"`.
_TFSTATE_RANDOM = lazy_regex(r"""^[ \t]*"type"[ \t]*:[ \t]*"(?P<type>random_password|random_string)"[ \t]*(?:,[ \t]*)?$""")
_TFSTATE_RESULT = lazy_regex(r"""^[ \t]*"result"[ \t]*:[ \t]*"(?P<value>(?:[^"\\\n]|\\.){1,512})"[ \t]*(?:,[ \t]*)?$""")
_TFSTATE_NEXT = lazy_regex(r"""^[ \t]*"(?:type|mode)"[ \t]*:""")
_TFSTATE_LINES = 80
# Consul's (Nomad's) ACL tokens block: `tokens { agent = "<uuid>" }` (HCL) or `"tokens": {…}` (JSON).
_ACL_TOKENS = lazy_regex(r"""^[ \t]*"?tokens"?[ \t]*(?:[:=][ \t]*)?\{[ \t]*$""")
_ACL_TOKEN_ITEM = lazy_regex(
    r"""^[ \t]*"?(?P<key>[A-Za-z_]\w{0,63})"?[ \t]*[:=][ \t]*"(?P<value>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"[ \t]*(?:,[ \t]*)?$"""
)
_BLOCK_LINES = 24
# An SQL statement that stores a secret: DuckDB's `CREATE [OR REPLACE] [PERSISTENT] SECRET [name] (TYPE S3,
# KEY_ID '…', SECRET '…')` (a line or an item a line), Snowflake's `CREATE SECRET s TYPE = PASSWORD
# USERNAME = '…' PASSWORD = '…';`. Its items are `NAME 'literal'` or `NAME = 'literal'`.
_CREATE_SECRET = lazy_regex(
    r"""(?i)\bcreate[ \t]+(?:or[ \t]+replace[ \t]+)?(?:(?:persistent|temporary)[ \t]+)?secret\b"""
)
_SQL_SECRET_ITEM = lazy_regex(r"""(?i)(?<![\w.])(?P<key>[A-Z_]{2,40})[ \t]*(?:=[ \t]*)?'(?P<value>[^'\n]{1,512})'""")
# The items that are secrets (KEY_ID, ACCOUNT_NAME, CLIENT_ID, USERNAME name the holder; SCOPE, REGION,
# ENDPOINT say where).
_SQL_SECRET_KEYS = frozenset({"secret", "session_token", "token", "password", "client_secret", "bearer_token",
                              "api_key", "secret_string", "oauth_refresh_token", "secret_access_key", "account_key"})
_SQL_STATEMENT_LINES = 24
# keepalived's VRRP `auth_pass` (eight characters at most: VRRP keeps no more) under `auth_type PASS`.
_AUTH_TYPE_PASS = lazy_regex(r"(?i)^[ \t]*auth_type[ \t]+pass[ \t]*$")
# Settings whose value is `user:password`: Confluent's Schema Registry client
# (`basic.auth.user.info`, `schema.registry.basic.auth.user.info`), Kafka Connect's
# (`….basic.auth.user.info`), Kafka REST's `client.basic.auth.user.info`.
_USER_INFO_KEYS = ("basic.auth.user.info", "basic_auth_user_info")
# A quoted Basic credential with no header name beside it (a recorded request's header list).
_QUOTED_BASIC = lazy_regex(r"""(?P<q>["'])Basic[ \t]+(?P<value>[A-Za-z0-9+/]{8,2048}={0,2})(?P=q)""")
# A header line written whole as one string in code, its value the credential with no scheme before it (PHP's
# `CURLOPT_HTTPHEADER => ['Authorization: …']`, libcurl's `curl_slist_append(h, "Authorization: …")`, pycurl's
# `HTTPHEADER`, a raw request's `"Authorization: …\r\n"`): the vendors that take their key raw in the header (Fonnte's
# token, Qonto's `login:secret-key`, many a gateway's API key). The value one word to the string's closing quote (a
# scheme's `Bearer …` has its own reading, _AUTHORIZATION; a variable, a format's `%s` or a template's `{…}` is none).
_QUOTED_RAW_AUTHORIZATION = lazy_regex(
    r"""(?P<q>["'])(?i:authorization)[ \t]*:[ \t]*(?P<value>[^\s"'`$%{}<>\\]{16,512})(?:\\r)?(?:\\n)?(?P=q)""")
# A raw value's login before its key (Qonto's `Authorization: <organisation login>:<secret key>`): the key is judged.
_RAW_LOGIN_AND_KEY = lazy_regex(r"""^(?P<login>[A-Za-z0-9._@-]{1,128}):(?P<key>[^:]{16,384})$""")
# A signing scheme's algorithm written alone where a request builder fills in the rest (AWS Signature V4's
# `AWS4-HMAC-SHA256`, Google Cloud Storage's `GOOG4-RSA-SHA256`, Alibaba's `OSS4-HMAC-SHA256`): no credential.
_SIGNING_ALGORITHM = lazy_regex(r"""^[A-Z0-9]{2,12}-(?:HMAC|RSA|ECDSA)-SHA[0-9]{1,3}$""")
_RAW_HEADERS_A_LINE = 8
# A YAML item `name: value` under a parent that names credentials in the plural (`apikeys:`,
# `tokens:`, `passwords:`: Scrapinghub's `apikeys: {default: …}`): the item's value is one.
_YAML_ITEM = lazy_regex(r"""^(?P<indent>[ \t]+)(?:-[ \t]+)?(?P<key>[\w.-]{1,64})[ \t]*:[ \t]+(?P<value>["']?[^\s"'#{}\[\]&*!|>][^\s"'#]{0,511}["']?)[ \t]*$""")
_YAML_KEY_LINE = lazy_regex(r"""^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[\w.-]{1,64})[ \t]*:[ \t]*(?:#.*)?$""")
# A JSON key opening an object or a list at the line's end, and the keys whose block a form
# reads from this line (an ACL `"tokens": {`, an `"Authorization": [` header list, Open edX's `"lti_passports": [`).
_JSON_CONTAINER_OPENER = lazy_regex(r"""^[ \t]*"(?P<key>[^"\\\n]{1,128})"[ \t]*:[ \t]*[{\[][ \t]*$""")
_OPENERS_READ_BELOW = frozenset({"tokens", "authorization", "proxy-authorization", "lti_passports"})
_CREDENTIALS_PARENTS = frozenset({"apikeys", "api_keys", "api-keys", "tokens", "api_tokens", "passwords", "secrets",
                                  "credentials", "auth_tokens", "access_tokens", "keys"})
_PARENT_LINES = 12
# A directive and its value, blank-separated (Fluent Bit's `HTTP_Passwd x`, Squid, Postfix maps):
# the whole line, outside code.
_DIRECTIVE = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][\w.-]{0,63})[ \t]+(?P<value>[^\s"'=:#;]\S{0,511})[ \t]*$""")
# (stop 66) A directive whose value is an app password as Google shows it, four groups of four letters (msmtp's
# `password qhzt wmvb rkpy fenx`, unquoted: msmtp reads the line's rest), read whole as the quoted form is.
_APP_PASSWORD_DIRECTIVE = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][\w.-]{0,63})[ \t]+(?P<value>[a-z]{4}(?: [a-z]{4}){3})[ \t]*$""")
# nginx's directives that pass a request on (`fastcgi_pass unix:/run/php/php8.2-fpm.sock;`,
# `uwsgi_pass 127.0.0.1:3031;`, `memcached_pass cache;`): their value is an upstream (an address, a
# socket, an upstream block's name), `pass` no password's word; nginx ends each directive with `;`.
_UPSTREAM_DIRECTIVES = frozenset({"proxy_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "grpc_pass", "memcached_pass"})


def _upstream_directive(key: str, value: str) -> bool:
    return value.endswith(";") and key.lower() in _UPSTREAM_DIRECTIVES


# A recorded API response in a test suite (`tests/fixtures/klarna/order_authorized.json`): a UUID token
# whose object says when it expires (`"expires_at"`, `"expiration"`) is a short-lived one the API handed
# out (Klarna's authorization_token, valid for an hour), recorded with the order ids beside it; a
# refresh token lives on, and a token of a vendor's shape is its kind's.
_TEST_TREE = lazy_regex(r"(?:^|[/\\])(?:tests?|testing|test_?data|fixtures?|__fixtures__|cassettes?|spec)[/\\]")
_UUID = lazy_regex(r"^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
_EXPIRY_KEY = lazy_regex(r"""(?i)["']?\b(?:expires(?:_?at|_?in)?|expiration(?:_?date|_?time)?|expiry|expire_?time|valid_?until)["']?[ \t]*[:=]""")
_EXPIRY_READ = 6  # lines around the token where its object's expiry stands


# (stop 69) A session's id the server issued, recorded in a sample of its answer (a SOAP response's `<c:SessionId>` in
# `samples/book_awb_response.xml`, a login's JSON answer saved as `fixtures/login_response.json`, `auth-reply.xml`): a
# UUID the server drew for that session, which it ends within hours; the login that opened it is the credential. The
# answer's file says what it holds by its name (an XML file's elements reach the readers as a view of its assignments
# alone, without the `<…Response>` element around them). A request's session id (`request.xml`) is judged as before.
_ANSWER_FILE = lazy_regex(r"(?:response|reply|answer)[^/\\]*$")


def _recorded_session_id(key: str, lowered_name: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return key_words(key)[-2:] == ("session", "id") and _ANSWER_FILE.search(lowered_name) is not None


def _recorded_short_lived(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    if _UUID.match(value) is None or "refresh" in key.lower():
        return False
    if _TEST_TREE.search(lowered_name) is not None and says_near(lines, index, _EXPIRY_KEY, _EXPIRY_READ):
        return True
    return _recorded_session_id(key, lowered_name)


# A comment line (`#`, `//`, `--`, `;`, `*`, `/*`), and one naming a standard or its test vectors
# (`# RFC 7515 A.1 HMAC key`, `// test vector 3`).
_COMMENT_OPENING = r"^[ \t]*(?:#|//|--|;|/?\*)"
_COMMENT_LINE = lazy_regex(_COMMENT_OPENING)
_CITES_A_STANDARD = lazy_regex(r"(?i)" + _COMMENT_OPENING + r"[^\n]{0,200}?(?:\brfc[ -]?[0-9]{3,5}\b|\btest[ -]vectors?\b)")


# A comment heading a block of statements (no blank line between) that calls its values a standard's
# examples: what it says of the block's first statement it says of the others (`# RFC 2865 7.1: the
# published test vector` above the shared secret, then the request authenticator, then the attributes).
_CALLS_THEM_EXAMPLES = lazy_regex(r"(?i)\btest[ -]vectors?\b|\b(?:worked|published|the standard's)[ -]examples?\b")
_CITED_BLOCK = 6  # lines above the value its block's heading comment may stand on


def _cited_example(lines: Sequence[str], index: int) -> bool:
    """The comment lines just above the assignment cite a standard (an RFC) or test vectors: the
    value is the example the standard publishes (RFC 7515's HMAC key, RFC 4231's), not a key
    the project holds. Past the block's other statements, the comment must call them test vectors
    or the standard's examples (see _CALLS_THEM_EXAMPLES)."""
    passed = False  # (a statement of the block stands between the value and the comment)
    for above in range(index - 1, max(-1, index - 1 - _CITED_BLOCK), -1):
        text = line_text(lines, above)
        if not text.strip():
            return False
        if not _COMMENT_LINE.match(text):
            if _SIBLING_KEY.match(text) is None:
                return False  # (no assignment of the block: the comment above heads something else)
            passed = True
            continue
        if _CITES_A_STANDARD.match(text):
            return not passed or _CALLS_THEM_EXAMPLES.search(text) is not None
        if not passed and above == index - 2:
            return False  # (two lines of comments at most above the value itself, as before)
    return False


def _published(lines: Sequence[str], index: int, key: str = "", lowered_name: str = "", value: str = "") -> bool:
    """The value is in a configuration the framework sends to the browser (Nuxt's public runtime config,
    DocSearch's search-only key), is declared public by its comment (a CMS's public access token), is
    a signed webhook's nonce, sent in the clear with its signature (Mailgun's event payload), or is an
    OAuth client id a vendor calls a key (DocuSign's integration key: _vendor_keys.docusign_client_id)."""
    from secretfence.compat.detect_secrets.credential_keys import in_public_runtime_config
    from secretfence.kinds._helpers import declared_public, docsearch_key, signed_webhook_nonce
    from secretfence.kinds._vendor_keys import docusign_client_id

    return (in_public_runtime_config(lines, index) or signed_webhook_nonce(lines, index)
            or (bool(key) and (declared_public(lines, index, key) or docsearch_key(lines, index, key, lowered_name)
                               or docusign_client_id(lines, index, key, value, lowered_name)
                               or not_a_held_secret(lines, index, key, lowered_name, value)
                               or _keyed_apis.published_workspace_key(key, lines, index))))


# (stop 67) Yandex SmartCaptcha's client key, `ysc1_` and its letters and digits: the widget's `sitekey`, which every page
# the captcha guards carries (Yandex Cloud's "CAPTCHA keys": the client key is for the widget). Its server key, `ysc2_…`,
# checks the answers and stays a credential under any credential's name.
_SMARTCAPTCHA_CLIENT_KEY = lazy_regex(r"^ysc1_[A-Za-z0-9]{20,80}$")


def not_a_held_secret(lines: Sequence[str], index: int, key: str, lowered_name: str = "", value: str = "") -> bool:
    """The key's value is no secret the file holds, by what the form or its text says the key or the value
    is: an OAuth client's id a comment or the vendor's documentation calls a key (see _DECLARED_CLIENT_ID,
    _SUCCESSFACTORS), an API key beside its own secret read from elsewhere (_paired_api_key), a challenge's clear
    half beside its keyed digest (see _ENCRYPTED_TWIN), a test suite's value saying it is a test's
    (_test_tooling.declared_test_value), a name a secret store's manifest gives
    (_reference_lookalikes.names_a_stored_secret), or a translation catalogue's message (_catalogue_message).
    (The keyword rule asks it too: credential_keys.keyword_confidence.)"""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    if value and (_catalogue_message(value, lowered_name) or value in _PUBLISHED_TEST_KEYS
                  or _test_tooling.declared_test_value(value, lowered_name)):
        return True  # (a test suite's seeded account, its value saying so: `e2e-only-local-seed`)
    if value[:5] == "ysc1_" and _SMARTCAPTCHA_CLIENT_KEY.match(value) is not None:
        return True  # Yandex SmartCaptcha's client key: the widget's sitekey, sent to every page it guards
    words = key_words(key)
    if not words:
        return False
    if words[-1] == "key" and (_oauth_client_key(lines, index, words)
                               or _browser_integration_key(lines, index, words, lowered_name)
                               or _paired_api_key(lines, index, words, lowered_name, key)):
        return True
    if (words[-2:] == ("app", "token") and _SODA_NAME_WORDS.issuperset(words[:-2]) and (not value or socrata_app_token(value))
            and _SODA_CLIENTS.of(lines)):
        return True  # a Socrata application token (see _SODA_CLIENT); not another service's (`BOX_APP_TOKEN`)
    if words[-2:] == ("plain", "token") and says_near(lines, index, _ENCRYPTED_TWIN, _CHALLENGE_LINES) and (
            _URL_VALIDATION.search(lowered_name) is not None or says_near(lines, index, _URL_VALIDATION, _CHALLENGE_LINES)):
        return True
    if words[-1] in ("key", "id") and (_declared_client_id(lines, index, words) or (
            words[-2:] == ("api", "key") and _SUCCESSFACTORS_WORDS.issuperset(words[:-2])
            and (_SUCCESSFACTORS.search(lowered_name) is not None or says_near(lines, index, _SUCCESSFACTORS, _VENDOR_LINES)))):
        return True
    if _declared_demo(lines, index, words):
        return True
    if words[-1] == "key" and value and _reso_record_key(lines, key, value):
        return True
    if words[-1] == "key" and value and (_vendor_keys.authorize_net_public_client_key(lines, index, key, value)
                                         or _vendor_keys.braze_sdk_key(lines, index, key, value)):
        return True  # a key the vendor issues for its browser script or app to send (Authorize.Net's, Braze's SDK key)
    if words[-2:] == ("write", "key") and value and _vendor_keys.segment_browser_write_key(key, value, lines):
        return True  # Segment's write key where its browser library is loaded: a client-side source's
    if words[-1] == "key" and value and _vendor_keys.sumup_affiliate_key(key, value, lines):
        return True  # SumUp's affiliate key as a UUID, given to its card-reader SDK's login in the app
    if words[-1] == "token" and value and _mixpanel_project_token(lines, index, words, value, lowered_name):
        return True
    if words[-1] == "token" and value and _vendor_keys.shopify_order_token(lines, index, key, value):
        return True  # a Shopify order's own ids in a document of the order (a webhook's payload)
    if words[-1] == "token" and value and _vendor_keys.payment_page_token(lines, index, value, words):
        return True  # a hosted payment page's token beside the page's URL (Midtrans Snap's answer, logged)
    if tuple(words) == ("signature", "key") and value and _vendor_keys.notification_signature(lines, index, value):
        return True  # a payment notification's signature (Midtrans' SHA-512 `signature_key`), not the key signing it
    if words[-1] == "token" and "storefront" in words and _public_storefront_token(lines, index, words, lowered_name):
        return True
    if words[-1] == "token" and value and _push_device_token(lines, index, words, value):
        return True  # an app install's address for push messages (APNs' device token, FCM's registration token)
    if value and _reference_lookalikes.names_a_secret_version(lines, index, value):
        return True  # a Secret Manager secret's name and version a Cloud Run secrets flag mounts (`api-key:latest`)
    return _reference_lookalikes.names_a_stored_secret(lines, index, key)


# A message's token: the id a messaging API gives each message it sends or delivers, which its events repeat to say
# which message they are about (Viber's `message_token` in every callback event, `delivered`, `seen`, `failed`,
# and in its send_message answer: a 64-bit number, written as a JSON number or a string of its digits). Digits
# alone are no credential; a token of letters and digits under such a name (a bot's token) is judged as before.
_MESSAGE_TOKEN_WORDS = frozenset({"message", "msg"})
_MESSAGE_ID = lazy_regex(r"^[0-9]{1,20}$")


def _message_id_token(words: Tuple[str, ...], value: str) -> bool:
    return len(words) >= 2 and words[-2] in _MESSAGE_TOKEN_WORDS and _MESSAGE_ID.match(value) is not None


# A push service's device token: the address of one app install, which the app reports to its server and the server
# hands to the push service beside its own credential (APNs' key or certificate, FCM's server key or service account):
# no credential. APNs' device token is 32 bytes written as 64 hex digits (Apple says it may grow: up to 100 bytes);
# FCM's registration token is the install's id (base64url), `:APA91b` and the rest (GCM's older ones too). The name
# says the service (`apns_token`, `fcmToken`, `gcm_registration_token`), or says a device's or a push's token and the
# value is FCM's shape (its joint after an id of no server key's `AAAA` head) or APNs' beside the record's iOS
# platform. A device token of another shape (an IoT platform's device access token, ThingsBoard's, Particle's) and FCM's
# server key (`AAAA` and 7, `:APA91b`: _service_reading's) are judged as before.
_APNS_DEVICE_TOKEN = lazy_regex(r"^(?:[0-9a-f]{2}){32,100}$|^(?:[0-9A-F]{2}){32,100}$")
_FCM_REGISTRATION_TOKEN = lazy_regex(r"^(?!AAAA[A-Za-z0-9_-]{7}:)[A-Za-z0-9_-]{11,64}:APA91b[A-Za-z0-9_-]{60,300}$")
_APNS_NAME_WORDS = frozenset({"apns", "apn", "voip", "ios"})
_FCM_NAME_WORDS = frozenset({"fcm", "gcm", "firebase", "android"})
_DEVICE_NAME_WORDS = frozenset({"device", "push", "registration", "notification", "notifications"})
_IOS_PLATFORM = lazy_regex(r"""(?i)["']?(?:platform|os|type|provider|service)["']?[ \t]*[:=][ \t]*["']?(?:ios|apns|apple)\b""")
_PUSH_RECORD_LINES = 4  # lines either side where the device's record names its platform
# A device token's name holds the service's, the device's or the push's words and little else (`apnsDeviceToken`,
# `user_push_token`, `voip_token`): a word of another credential beside them (`IOS_API_TOKEN`, `apns_auth_token`,
# `ios_build_token`, `PUSH_API_TOKEN`) names an app's or a service's token, whatever its value's shape.
_DEVICE_TOKEN_NAME_WORDS = _APNS_NAME_WORDS | _FCM_NAME_WORDS | _DEVICE_NAME_WORDS | frozenset({
    "token", "tokens", "id", "user", "customer", "my", "current", "last", "latest", "new", "old", "stored",
    "saved", "the", "devices", "pushkit", "apple", "messaging", "cloud", "remote", "ipad", "iphone", "app",
    "test", "sample", "example", "fake", "dummy", "mock"})


def _push_device_token(lines: Sequence[str], index: int, words: Tuple[str, ...], value: str) -> bool:
    if _SECRET_KEY_WORDS.intersection(words):
        return False
    if _FCM_REGISTRATION_TOKEN.match(value) is not None:  # (FCM's own shape: its name's other words may be any)
        return bool(_FCM_NAME_WORDS.intersection(words) or _DEVICE_NAME_WORDS.intersection(words))
    if _APNS_DEVICE_TOKEN.match(value) is not None and _DEVICE_TOKEN_NAME_WORDS.issuperset(words):
        return bool(_APNS_NAME_WORDS.intersection(words)) or (
            bool(_DEVICE_NAME_WORDS.intersection(words)) and says_near(lines, index, _IOS_PLATFORM, _PUSH_RECORD_LINES))
    return False


# The RESO Data Dictionary (the real-estate standards' resources: Property, Member, Office, Media, OpenHouse…,
# served over OData) names each record's identifier `<Resource>Key` and each reference to another record or
# system `<Role>Key` (`ListAgentKey`, `ResourceRecordKey`, `OriginatingSystemKey`, `SourceSystemKey`): "a unique
# identifier for this record", a database's key, never a credential. In a RESO record (its fields stand in the
# file: a resource's own key, its `ModificationTimestamp`, its `OriginatingSystemName`), a PascalCase `…Key` field
# holding an identifier (hex, a UUID, digits, letters and digits) is one. A field naming a credential among its
# words (`ApiKey`, `SecretKey`, `AccessKey`) is judged as before.
_RESO_FIELD = lazy_regex(
    r"""["']?\b(?:ListingKey|ListingId|MemberKey|MemberMlsId|OfficeKey|OfficeMlsId|MediaKey|MediaURL|OpenHouseKey|TeamKey"""
    r"""|ResourceRecordKey|ResourceRecordID|ResourceName|OriginatingSystem(?:Key|Name|ID)|SourceSystem(?:Key|Name|ID)"""
    r"""|StandardStatus|ListPrice|ListAgentKey|ListOfficeKey|(?:Media)?ModificationTimestamp)\b["']?[ \t]*[:=]"""
)
# (the Data Dictionary's key fields: a resource's own, a role's reference, a system's; another `…Key` in the same
# file, `GreatSchoolsKey`, is judged as any key)
_RESO_KEY_NAME = lazy_regex(
    r"^(?:Listing|Member|Office|Media|OpenHouse|Team|TeamMember|Teams|Contact|ContactListing|Prospect|SavedSearch|Showing"
    r"|Property|PropertyRoom|PropertyUnitType|Room|UnitType|HistoryTransactional|QueueTransaction|Rules|Ouid|Lookup|Field"
    r"|EntityEvent|OtherPhone|SocialMedia|InternetTracking|ResourceRecord|OriginatingSystem|SourceSystem|ChangedByMember"
    r"|Parcel|Building|Association|(?:Co)?(?:List|Buyer)(?:Agent|Office|Team)|ShowingAgent|TeamLead|Owner)Key$")
_RESO_CREDENTIAL_WORDS = frozenset({"api", "secret", "access", "private", "auth", "signing", "encryption", "client",
                                    "license", "licence", "session", "password", "token", "master", "shared", "crypto"})
_RECORD_IDENTIFIER = lazy_regex(r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")  # (hex, a UUID, digits, an MLS's own letters and digits)
_RESO_FIELDS_NEEDED = 2  # distinct RESO fields in the file: one is a name any file may hold


def _reso_fields(lines: Sequence[str]) -> int:
    seen: Set[str] = set()
    for text in lines:
        if "Key" in text or "Id" in text or "Name" in text or "Status" in text or "Price" in text or "Timestamp" in text or "URL" in text:
            for found in itertools.islice(_RESO_FIELD.finditer(text[:_LONE_LINE_READ]), 8):
                seen.add(found.group(0).strip("\"' \t:="))
                if len(seen) >= _RESO_FIELDS_NEEDED:
                    return len(seen)
    return len(seen)


_RESO_FILES = LastFileMemo(_reso_fields)


def _reso_record_key(lines: Sequence[str], key: str, value: str) -> bool:
    """A RESO record's `…Key` field holding a record's identifier (see _RESO_FIELD)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return (_RESO_KEY_NAME.match(key) is not None and not _RESO_CREDENTIAL_WORDS.intersection(key_words(key))
            and _RECORD_IDENTIFIER.match(value) is not None and _RESO_FILES.of(lines) >= _RESO_FIELDS_NEEDED)


# Mixpanel's project token: the id of the project events are sent to, which every client (a web page, an app, a
# game build) carries; Mixpanel's documentation says it is no secret (the API secret and a service account's
# secret are, and are judged as before). 32 hex digits under a `token` named for the project or for Mixpanel
# (`projectToken`, `MIXPANEL_TOKEN`, `token`, a Unity settings asset's `RuntimeToken`/`DebugToken`), where
# Mixpanel is named: in the key, the file's name, or the lines around it (its SDK's call, its API host, its section).
_MIXPANEL = lazy_regex(r"(?i)mixpanel")
_MIXPANEL_LINES = 12
_PROJECT_TOKEN_WORDS = frozenset({"mixpanel", "mp", "project", "runtime", "debug", "dev", "development", "prod", "production",
                                  "staging", "test", "default", "public", "analytics", "tracking", "web", "ios", "android"})
_PROJECT_TOKEN = lazy_regex(r"^[0-9a-f]{32}$")


def _mixpanel_project_token(lines: Sequence[str], index: int, words: Tuple[str, ...], value: str, lowered_name: str) -> bool:
    if _PROJECT_TOKEN.match(value) is None or not _PROJECT_TOKEN_WORDS.issuperset(words[:-1]):
        return False
    return "mixpanel" in words or "mixpanel" in lowered_name or says_near(lines, index, _MIXPANEL, _MIXPANEL_LINES)


# A vendor's public demo credentials: a sandbox or demo environment's tokens the vendor publishes in its
# documentation for everyone to try its API with (a hotel system's demo property, a payment gateway's
# public demo account). The file's head (a leading comment or a module's docstring) or the comment heading
# the values' block says so: `public demo credentials`, `demo tokens published in the … documentation`,
# `the sandbox's public keys`. A statement that the values are not public or are production's says nothing.
_DEMO_DECLARATION = lazy_regex(
    r"(?i)\b(?:public(?:ly)?|published|documented|shared)\b[^\n]{0,80}?\b(?:demo|sandbox)\b[^\n]{0,40}?"
    r"\b(?:credentials?|tokens?|keys?|accounts?|logins?)\b"
    r"|\b(?:demo|sandbox)[ -](?:credentials?|tokens?|(?:api[ -])?keys?|accounts?|logins?)\b[^\n]{0,80}?"
    r"\b(?:public(?:ly (?:available|published|documented))?|published|documented)\b")
_DENIES_DEMO = lazy_regex(r"(?i)\bnot[ \t]+(?:the[ \t]+)?(?:public|published|documented|demo|sandbox)\b|\b(?:production|prod|live|real|own|private)\b"
                          r"[ \t]+(?:credentials?|tokens?|keys?|accounts?)\b|\b(?:replace|rotate|todo|fixme)\b")
_LIVE_KEY_WORDS = frozenset({"prod", "production", "live", "real"})
_HEAD_READ = 40  # a file's lines its head (a leading comment, a docstring) may run over
_DOCSTRING_QUOTES = ('"""', "'''")


def _says_demo(text: str) -> bool:
    found = _DEMO_DECLARATION.search(text)
    return found is not None and _DENIES_DEMO.search(text) is None


def _demo_head(lines: Sequence[str]) -> bool:
    """The file's head (its comments and docstring before the first statement) declares its credentials a
    vendor's public demo ones."""
    quote = ""  # (the docstring's quotes while inside it)
    for number in range(min(len(lines), _HEAD_READ)):
        text = line_text(lines, number)[:_COMMENT_READ]
        stripped = text.strip()
        if quote:
            if _says_demo(text):
                return True
            if quote in stripped:
                quote = ""
        elif stripped.startswith(_DOCSTRING_QUOTES):
            if _says_demo(text):
                return True
            if stripped.count(stripped[:3]) == 1:
                quote = stripped[:3]
        elif _COMMENT_LINE.match(text) or stripped.startswith(("<!--", "<?php", "package ", "import ", "from ")):
            if _says_demo(text):
                return True
        elif stripped:
            return False  # (the code begins)
    return False


_DEMO_HEADS = LastFileMemo(_demo_head)


def _declared_demo(lines: Sequence[str], index: int, words: Tuple[str, ...]) -> bool:
    """The value is one of a vendor's public demo credentials, by what the file's head or the comment heading
    the value's block says (see _DEMO_DECLARATION), or a token its comment says is meant for the browser
    (see _BROWSER_DECLARATION); a key naming production's, or a secret's, is none."""
    if _LIVE_KEY_WORDS.intersection(words):
        return False
    comment: List[str] = []  # (the comment heading the block, its lines read as one text, nearest last)
    for above in range(index - 1, max(-1, index - 1 - _CITED_BLOCK), -1):
        text = line_text(lines, above)
        if not text.strip():
            break
        if _COMMENT_LINE.match(text):
            comment.insert(0, _COMMENT_MARK.sub("", text[:_COMMENT_READ], count=1).strip())
        elif comment or _SIBLING_KEY.match(text) is None:
            break  # (the comment ends where a statement stands above it)
    said = " ".join(comment)
    if said and (_says_demo(said) or (not _SECRET_KEY_WORDS.intersection(words) and _says_for_browsers(said))):
        return True
    return _DEMO_HEADS.of(lines)


# A comment saying a token is meant to be sent to the browser (`meant to be shipped to the browser`,
# `intended to be exposed to clients`): a storefront's, a search widget's public read token. Not of a key
# naming a secret, a password or an administrator's; not where the comment says it is not, or server-side.
_BROWSER_DECLARATION = lazy_regex(
    r"(?i)\b(?:meant|intended|designed|made|safe)[ \t]+to[ \t]+be[ \t]+(?:shipped|sent|exposed|served|embedded|bundled|used)"
    r"[ \t]+(?:to|in|with|by)[ \t]+(?:the[ \t]+|a[ \t]+|every[ \t]+)?(?:browsers?|clients?|front[ -]?ends?|web[ \t]+pages?)\b")
_DENIES_BROWSER = lazy_regex(r"(?i)\b(?:not|never|isn't|server[ -]side|admin|private|rotate|leak(?:ed)?|todo|fixme)\b|n't\b")
_SECRET_KEY_WORDS = frozenset({"secret", "private", "priv", "admin", "pass", "password", "pwd", "signing", "master", "server"})
_COMMENT_MARK = lazy_regex(r"^[ \t]*(?:#|//|--|;|/?\*)")


def _says_for_browsers(text: str) -> bool:
    return _BROWSER_DECLARATION.search(text) is not None and _DENIES_BROWSER.search(text) is None


# Shopify's Storefront API public access token: made for the browser and mobile apps (unauthenticated, read-only storefront
# data), sent as `X-Shopify-Storefront-Access-Token` or given to the JS Buy SDK (imported as `shopify-buy`, or the global
# `ShopifyBuy` its script and the Buy Button's embed code define: `ShopifyBuy.buildClient({storefrontAccessToken})`,
# loaded from Shopify's CDN `sdks.shopifycdn.com/buy-button/…`); Shopify's private token has a header of its own
# (`Shopify-Storefront-Private-Token`). A token under a storefront's name, in a file that sends that header or uses that
# SDK, is the public one, unless its name says private, secret, admin or server; so is one written into a theme's Liquid
# template (Shopify renders it into the storefront's pages: every visitor's browser gets it).
_STOREFRONT_PUBLIC_CLIENT = lazy_regex(r"""(?i)(?<![\w-])x-shopify-storefront-access-token(?![\w-])|["'/]shopify-buy(?![\w-])"""
                                       r"""|(?<![\w$-])ShopifyBuy(?![\w$-])|sdks\.shopifycdn\.com/(?:buy-button|js-buy-sdk)/""")
_STOREFRONT_LINES = 40  # lines either side where the header or the SDK stands
# Code the browser runs holds the public token too (the Storefront API's "public access tokens: used to make requests
# from client-side applications, such as a browser or mobile app"): a script or component under a client-side source
# directory (`src/client/`, `frontend/`, `public/`), or a member of an object its name gives to the browser
# (`export const publicConfig = {`, `browserConfig`, `CLIENT_ENV`, `public: {`).
_BROWSER_CODE_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".vue", ".svelte", ".astro")
# (a web app's or a theme's `assets/`, Shopify's `theme/assets/` and Rails' `app/assets/`, holds what its pages load; an
# object set on the browser's global, `window.SHOP = {`, is the page's)
_BROWSER_DIRECTORIES = frozenset({"client", "browser", "frontend", "front-end", "public", "static", "assets"})
_BROWSER_OBJECT_OPENER = lazy_regex(
    r"""^(?P<indent>[ \t]*)(?:export[ \t]+(?:default[ \t]+)?)?(?:(?:const|let|var)[ \t]+)?(?P<window>window\.)?["']?(?P<name>[A-Za-z_$][\w$-]{0,63})["']?"""
    r"""[ \t]*(?::[ \t]*[\w.<>\[\] |]{1,64}[ \t]*(?==))?[:=][ \t]*\{""")
_BROWSER_OBJECT_WORDS = frozenset({"public", "browser", "frontend"})
_CLIENT_OBJECT_WORDS = frozenset({"config", "configuration", "env", "settings", "side"})  # (`clientConfig`; a bare `client` is an API's)
_BROWSER_OBJECT_READ = 512  # characters of an opener's line looked at


def _browser_object(lines: Sequence[str], index: int) -> bool:
    """The line is a member of an object whose name, or an enclosing object's, gives it to the browser (see
    _BROWSER_OBJECT_OPENER): each line above it less indented, up to _STOREFRONT_LINES, is its object's opener."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    indent = indent_width(line_text(lines, index))
    for above in range(index - 1, max(-1, index - 1 - _STOREFRONT_LINES), -1):
        if indent == 0:
            return False
        text = line_text(lines, above)[:_BROWSER_OBJECT_READ]
        if not text.strip() or indent_width(text) >= indent:
            continue
        indent = indent_width(text)
        found = _BROWSER_OBJECT_OPENER.match(text)
        if found is None:
            continue
        words = key_words(found.group("name"))
        if found.group("window") or _BROWSER_OBJECT_WORDS.intersection(words) or (
                "client" in words and _CLIENT_OBJECT_WORDS.intersection(words)):
            return True
    return False


def _browser_code(lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """The line is in code the browser runs (see _BROWSER_CODE_SUFFIXES): by its file's directory or its object's name."""
    if not lowered_name.endswith(_BROWSER_CODE_SUFFIXES):
        return False
    return bool(_BROWSER_DIRECTORIES.intersection(lowered_name.split("/")[:-1])) or _browser_object(lines, index)


def _public_storefront_token(lines: Sequence[str], index: int, words: Tuple[str, ...], lowered_name: str) -> bool:
    return not _SECRET_KEY_WORDS.intersection(words) and (
        lowered_name.endswith(".liquid") or says_near(lines, index, _STOREFRONT_PUBLIC_CLIENT, _STOREFRONT_LINES)
        or _browser_code(lines, index, lowered_name))


# Socrata's Open Data API (SODA): an application token only attributes reads to the application for
# throttling (its documentation: sent as the `X-App-Token` header or the `$$app_token` parameter, in
# client code too); what authenticates is a user's login or the API key's secret, under other names. A
# file that sends one by those names, or uses a SODA client (sodapy, RSocrata, soda-js), holds under
# an `<x>_app_token`/`appToken` name that public identifier.
_SODA_CLIENT = lazy_regex(r"(?i)x-app-token|\$\$app_token|\bsocrata\b|\bsodapy\b|\bsoda-js\b")
_SODA_LINE_READ = 4096  # characters of a line looked at (the names stand near its start)
# The words a Socrata app token's name may hold before `app token` (`APP_TOKEN`, `SOCRATA_APP_TOKEN`,
# `X_APP_TOKEN`, `OPEN_DATA_APP_TOKEN`): a file that also calls another service keeps that service's
# `<SERVICE>_APP_TOKEN` (Box's, Shopify's, Slack's) a secret, whatever it says of Socrata.
_SODA_NAME_WORDS = frozenset({"socrata", "soda", "sodapy", "x", "my", "default", "open", "data", "opendata", "portal", "api"})


# (stop 66) Socrata issues its application tokens as 25 ASCII letters and digits (every one its portals' pages and
# their clients carry); `X-App-Token` is another service's header too (an OkHttp client's 36-character token for its
# own API, Sumsub's `prd:…` app token): a value of another shape under it is that service's secret
_SOCRATA_APP_TOKEN = lazy_regex(r"[A-Za-z0-9]{25}\Z")


def socrata_app_token(value: str) -> bool:
    """The value has the shape of Socrata's application token (25 letters and digits)."""
    return _SOCRATA_APP_TOKEN.match(value) is not None


def _soda_client_in(lines: Sequence[str]) -> bool:
    return any(_SODA_CLIENT.search(text[:_SODA_LINE_READ]) is not None for text in lines)


_SODA_CLIENTS = LastFileMemo(_soda_client_in)


# OAuth's names for a client's identifier, as the vendors call it a key (Saxo's, Dropbox's `AppKey`, OAuth 1's
# consumer key, a client key): the client's secret is the credential, under the same head (`AppSecret`).
_CLIENT_KEY_HEADS = frozenset({"app", "consumer", "client"})
# (the secret's own setting: its name as a key, the head not another's word's end, `PUSHER_APP_SECRET`; a
# comment naming it sets nothing)
_CLIENT_SECRET_NEAR = {
    head: lazy_regex(r"(?i)^[ \t]*[\"']?" + head + r"[ _.-]?secret[\"']?[ \t]*(?:[:=]|=>)") for head in sorted(_CLIENT_KEY_HEADS)
}
# A public OAuth client's settings (RFC 7636's PKCE: a client that keeps no secret proves the code with a
# verifier; an authorization endpoint the app sends the user to, as native and browser apps name it).
_PUBLIC_CLIENT_FLOW = lazy_regex(r"(?i)\bpkce\b|code[_-]?(?:challenge|verifier)|authori[sz](?:e|ation)[_-]?(?:endpoint|ur[il])")
_CLIENT_LINES = 12  # lines of the client's settings read either side of its key


def _oauth_client_key(lines: Sequence[str], index: int, words: Tuple[str, ...]) -> bool:
    """An app's or a consumer's key in OAuth's sense (`AppKey`, `consumer_key`, `client_key`): the client's
    identifier, sent in every authorize URL. It is one when the client's secret sits beside it under the
    same head (`AppSecret`, a Key Vault reference or a literal: that one is judged on its own), or when the
    settings are a public client's (PKCE, an authorization endpoint) with no secret."""
    if len(words) < 2 or words[-2] not in _CLIENT_KEY_HEADS:
        return False
    return (says_near(lines, index, _CLIENT_SECRET_NEAR[words[-2]], _CLIENT_LINES)
            or says_near(lines, index, _PUBLIC_CLIENT_FLOW, _CLIENT_LINES))


# An API key whose own secret the file reads from elsewhere (Shopify's `apiKey` beside `apiSecretKey:
# process.env.SHOPIFY_API_SECRET`, Binance's `apiKey` beside `secretKey: ${…}`, `<SERVICE>_API_KEY` beside
# `<SERVICE>_API_SECRET=${…}` or `<SERVICE>_SECRET_KEY`): the pair's public half, the key id each request names
# (Shopify's is the app's client id, in every install URL), written out while the secret is kept from the file.
# The secret's name must carry the key's head (its words before `api key`), and its value must be no literal: a
# Django `SECRET_KEY` beside a `MAILCHIMP_API_KEY`, or a literal secret beside the key (both written out), pairs
# with nothing, and an API key with no secret of its own beside it is the credential.
_SETTING_NAME = lazy_regex(
    r"""(?<![\w.$-])["']?(?P<name>[A-Za-z_$][\w.-]{0,63})["']?[ \t]*(?::|=>|=(?!=))[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{0,256})"|'(?P<sq>[^'\n]{0,256})'|(?P<bare>[^\s"',;}\])]{0,256}))""")
_PAIRED_SECRET_ENDS = (("api", "secret"), ("api", "secret", "key"), ("secret", "key"), ("api", "key", "secret"))
_PAIR_COMMENT = lazy_regex(r"""(?:^|[ \t])(?:#|//|--|;)""")
_PAIR_LINE_READ = 1024  # characters of a line read for its settings' names
_NAMES_A_LINE = 16


# ... unless the request itself carries the secret beside the key, both as its parameters (Bookeo's `params = {"apiKey":
# API_KEY, "secretKey": SECRET_KEY}`): a secret sent as it is signs nothing, so the key is no public half of a signing
# pair but a credential of its own, the account's authorisation. (A client's settings given both, `ccxt.binance({'apiKey':
# …, 'secret': …})`, name no request's parameters: the client signs with the secret.)
_REQUEST_PARAMETERS = lazy_regex(
    r"""(?i)(?:^|[^\w])(?:params|query|query_?params|data|json|form|form_?data|body|payload)["']?[ \t]*(?:=|:|=>)[ \t]*(?:\{|\[|dict\(|array\()""")
_PARAMETERS_READ_BACK = 8  # lines above a paired secret's entry its request's parameters may open on


def _sent_beside(lines: Sequence[str], at: int, key: str) -> bool:
    """The entry on line `at` stands in a request's parameters (see _REQUEST_PARAMETERS) that send the key's name too."""
    name = key.rpartition(".")[2]
    if not name or not (name[0].isalpha() or name[0] == "_"):
        return False
    opened = next((other for other in range(at, max(-1, at - _PARAMETERS_READ_BACK - 1), -1)
                   if _REQUEST_PARAMETERS.search(line_text(lines, other)[:_PAIR_LINE_READ]) is not None), None)
    if opened is None:
        return False
    sent = re.compile(r"""(?::|=>|=)[ \t]*""" + re.escape(name) + r"""(?![\w.(\[])""")
    return any(sent.search(line_text(lines, other)[:_PAIR_LINE_READ]) is not None
               for other in range(opened, min(len(lines), at + _PARAMETERS_READ_BACK + 1)))


def _paired_api_key(lines: Sequence[str], index: int, words: Tuple[str, ...], lowered_name: str, key: str = "") -> bool:
    """An `<x> api key` whose secret, under the same head, is read from elsewhere (see _PAIRED_SECRET_ENDS)."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, key_words

    if words[-2:] != ("api", "key"):
        return False
    wanted = {words[:-2] + end for end in _PAIRED_SECRET_ENDS}
    in_code = lowered_name.endswith(CODE_SUFFIXES)
    for other in range(max(0, index - _CLIENT_LINES), min(len(lines), index + _CLIENT_LINES + 1)):
        text = line_text(lines, other)[:_PAIR_LINE_READ]
        if "ecret" not in text and "ECRET" not in text:
            continue
        text = _PAIR_COMMENT.split(text, 1)[0]  # (a comment naming the secret, `# FOO_API_SECRET: in vault`, sets none)
        for found in itertools.islice(_SETTING_NAME.finditer(text), _NAMES_A_LINE):
            name = found.group("name")
            if ("ecret" in name or "ECRET" in name) and key_words(name) in wanted:
                if not words[:-2] and name == "SECRET_KEY":
                    continue  # (Django's and Flask's own SECRET_KEY beside a bare API_KEY: no pair)
                quoted = found.group("bare") is None
                value = next((found.group(group) for group in ("dq", "sq", "bare") if found.group(group) is not None), "")
                if _in_text(text, found.start("name")) and not _EXPANSION.search(value):
                    continue  # (a program's message or a string's text, `print('FOO_API_SECRET=missing')`, sets nothing)
                if not _read_from_elsewhere(value):
                    return False  # (a secret left empty, None or a stand-in: kept nowhere, the key is the credential)
                if key and found.group("bare") is not None and _sent_beside(lines, other, key):
                    return False  # (the request sends the secret as it is, beside the key: both are credentials)
                return not is_literal_credential(value, quoted, in_code)
    return False


# An expansion a string's text holds (`"FOO_API_SECRET=${SECRET}"` in a compose file's list, `%s`, `{}`, `%VAR%`).
_EXPANSION = lazy_regex(r"""[$%{]""")
_QUOTES_READ = 1024  # characters before a name read for the string it may stand in


def _in_text(line: str, position: int) -> bool:
    """The position lies inside a string literal that opened before it and goes on past the name at the
    position: the setting is text the program writes or prints, not the program's own setting (a JSON key
    `"FOO_API_SECRET": …` closes its string right after the name and is none)."""
    opened, escaped = "", False
    for character in line[max(0, position - _QUOTES_READ):position]:
        if escaped:
            escaped = False
        elif opened and character == "\\":
            escaped = True  # (`"a \"quoted\" word"`: an escaped quote closes nothing)
        elif opened:
            if character == opened:
                opened = ""
        elif character in "\"'`":
            opened = character
    if not opened:
        return False
    end = position
    while end < len(line) and (line[end].isalnum() or line[end] in "_.-$"):
        end += 1
    return not line.startswith(opened, end)


_UNSET_VALUES = frozenset({"", "none", "null", "nil", "undefined", "nothing", "''", '""', "~", "todo", "tbd", "fixme"})


def _read_from_elsewhere(value: str) -> bool:
    """A paired secret's value that names where the secret is kept (a variable, a call, a template): no empty value, no
    `None`, no stand-in (`your-secret-key`, `xxxx`) that keeps it nowhere."""
    from secretfence.compat.detect_secrets.plugins import is_placeholder_token

    stripped = value.strip().rstrip(",;")
    return stripped.lower() not in _UNSET_VALUES and not is_placeholder_token(stripped) and not stripped.startswith("<")


# A browser integration's settings: an object given to a browser global (`window.browzine = {`,
# `window.SEARCH_CONFIG = {`) that a vendor's script, loaded by the same file from the vendor's host,
# reads. The key in it (`apiKey`) is delivered to every visitor of the page: the vendor issues it for the
# browser, bound to the site's origin (a publishable key), and the server's secrets never go there.
_BROWSER_GLOBAL_OBJECT = lazy_regex(r"^[ \t]*(?:window|self|globalThis)\.[A-Za-z_$][\w$.]{0,127}[ \t]*=[ \t]*"
                                    r"(?:(?:window|self|globalThis)\.[\w$.]{1,128}[ \t]*\|\|[ \t]*)?\{[ \t]*$")
# The vendor's script, loaded from its host (an injected `<script>`: `createElement('script')` and an
# absolute `src`; a page's `<script src="https://…">`)
# (a try from `<script` stops at the next `<` or `>`: linear in a line of fragments)
_VENDOR_SCRIPT = lazy_regex(r"""(?i)<script\b[^<>\n]{0,200}\bsrc=["']?(?:https?:)?//""")
# (an injected one: the file creates a script element, and sets a `src` to another host; an image's or a
# frame's `src` alone loads no script)
_INJECTED_SCRIPT = lazy_regex(r"""createElement\([ \t]*["'`]script["'`][ \t]*\)""")
_ABSOLUTE_SRC = lazy_regex(r"""(?i)\.src[ \t]*=[ \t]*["'`](?:https?:)?//""")
_BROWSER_SUFFIXES = (".js", ".mjs", ".html", ".htm")
# Keys a browser integration names its key with (not a secret's, a private, a server's or an admin's)
_BROWSER_KEY_WORDS = frozenset({("api", "key"), ("key",), ("public", "key"), ("site", "key"), ("client", "key"),
                                ("license", "key"), ("app", "key")})
_OBJECT_WALK = 40  # lines above the key its object's opening may stand


def _browser_integration_key(lines: Sequence[str], index: int, words: Tuple[str, ...], lowered_name: str) -> bool:
    """The key is a browser integration's (see _BROWSER_GLOBAL_OBJECT): a member of an object given to a
    browser global, in a script or page that loads a vendor's script from its host."""
    if words not in _BROWSER_KEY_WORDS or not lowered_name.endswith(_BROWSER_SUFFIXES):
        return False
    text = line_text(lines, index)
    indent = len(text) - len(text.lstrip())
    for above in range(index - 1, max(-1, index - 1 - _OBJECT_WALK), -1):
        other = line_text(lines, above)
        stripped = other.strip()
        if not stripped or stripped.startswith(("//", "/*", "*")):
            continue
        if len(other) - len(other.lstrip()) < indent:
            # the object's opening line: a browser global's, and the file loads a vendor's script
            return _BROWSER_GLOBAL_OBJECT.match(other) is not None and _loads_vendor_script(lines)
    return False


def _loads_vendor_script(lines: Sequence[str]) -> bool:
    return _VENDOR_SCRIPTS.of(lines)


def _vendor_script_in(lines: Sequence[str]) -> bool:
    read = [line_text(lines, at) for at in range(min(len(lines), 2000))]
    return (any(_VENDOR_SCRIPT.search(line) is not None for line in read if "<script" in line.lower())
            or (any(_INJECTED_SCRIPT.search(line) is not None for line in read if "createElement" in line)
                and any(_ABSOLUTE_SRC.search(line) is not None for line in read if ".src" in line.lower())))


_VENDOR_SCRIPTS = LastFileMemo(_vendor_script_in)


# Zoom's webhook URL validation (`endpoint.url_validation`): Zoom sends a random `plainToken`, the app answers
# with it and its HMAC under the app's secret token, `encryptedToken`: the clear half is a challenge, sent in
# the clear; the secret token that keys the digest is the credential (read as any other where it is written).
_ENCRYPTED_TWIN = lazy_regex(r"(?i)\bencrypted[_-]?token\b")
# (Zoom's challenge is told by its event, `endpoint.url_validation`, or Zoom's name: an app's `plainToken`
# beside the `encryptedToken` it stores is a token and its ciphertext, the clear half the credential.)
_URL_VALIDATION = lazy_regex(r"(?i)url[_.-]?validation|zoom")
_CHALLENGE_LINES = 6
# SAP SuccessFactors calls its OAuth client's id the "API Key" (Admin Center > Manage OAuth2 Client
# Applications: the key is sent as `client_id`, the SAML assertion is signed with the registration's private
# key; there is no client secret): an `api_key` where the text or the file names SuccessFactors.
_SUCCESSFACTORS = lazy_regex(r"(?i)successfactors|\bsapsf\b|\bsfsf\b")
_VENDOR_LINES = 12
# The words a SuccessFactors API key's name may hold before `api key` (`api_key`, `SF_API_KEY`,
# `sapsfApiKey`): another vendor's key in the same file (`WEATHER_API_KEY`) is that vendor's secret.
_SUCCESSFACTORS_WORDS = frozenset({"sf", "sapsf", "sfsf", "successfactors", "sap", "success", "factors", "hr"})
# A comment saying that the key is an OAuth client's id (`# The "API Key" below is the OAuth client_id`,
# `// apiKey = the app's client id`), on the value's line or above it: a public identifier the vendor calls
# a key. (Not `is not the client id`, nor a comment naming a secret beside it: `client_id and secret`.)
_DECLARED_CLIENT_ID = lazy_regex(
    r"(?i)(?:^|[ \t])(?:#|//|/?\*|<!--|--|;)[^\n]{0,160}?\b(?:is|are|=)[ \t]+(?:(?:the|an?|its|our|your)[ \t]+)?"
    r"(?:(?:oauth|oauth2|oauth[ \t]2\.0|app(?:lication)?'?s?)[ \t]+)?(?:client[ _-]?id|client[ \t]identifier|consumer[ _-]?key)\b"
    r"(?![ \t]*(?:and|&|/|,)[ \t]*(?:client[ _-]?)?secret)")
# The clause goes on to join a secret to the id (`is the client id + secret, base64`, `the client id with
# the secret appended`, `client id:secret`): the value holds the secret. (`, not a secret`: says none.)
_JOINED_SECRET = lazy_regex(r"(?i)(?:(?![.;!?]|\b(?:not?|never|isn't)\b)[^\n]){0,60}?\b(?:secret|password|passphrase|private)")
_DENIES_CLIENT_ID = lazy_regex(r"(?i)\b(?:not|never|isn't|no longer)\b|n't\b|\?")
_COMMENT_WALK = 8  # lines above the value its comment may stand on (past siblings of its object)
_COMMENT_READ = 512
_COMMENT_WORDS = lazy_regex(r"[a-z0-9]+")


def _declared_client_id(lines: Sequence[str], index: int, words: Tuple[str, ...]) -> bool:
    """A comment on the value's line, or above it past its object's siblings that name no credential, says
    the key (its words in the comment) is an OAuth client's id (see _DECLARED_CLIENT_ID)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    for above in range(index, max(-1, index - 1 - _COMMENT_WALK), -1):
        text = line_text(lines, above)[:_COMMENT_READ]
        stripped = text.strip()
        if not stripped:
            return False
        found = _DECLARED_CLIENT_ID.search(text)
        if found is not None:
            said = found.group(0)
            return (_DENIES_CLIENT_ID.search(said) is None and _JOINED_SECRET.match(text, found.end()) is None
                    and set(words).issubset(_COMMENT_WORDS.findall(said.lower().replace("_", " "))))
        if above < index and not _COMMENT_LINE.match(text):
            sibling = _SIBLING_KEY.match(text)
            if sibling is None or names_a_credential(sibling.group("key")):
                return False  # (a comment above a secret beside the id says nothing of the id)
    return False


_SIBLING_KEY = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?(?P<key>[\w.-]{1,64})["']?[ \t]*[:=]""")


# A log record's head (a timestamp: `2024-06-11 02:00:03,511`, `[2024-06-11T02:00:03Z]`, syslog's `Jun 11 02:00:03`).
# (its date and hour only: a carrier's view may have read the time's `:` as an assignment)
_LOG_RECORD = lazy_regex(r"^[ \t]*\[?(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]|[A-Z][a-z]{2} [ 0-9][0-9] )[0-9]{2}\b")


# (stop 68) A web server's access log record, as Apache's and nginx's common and combined formats write it: the client,
# the identity and the user, then the time in brackets and the request in quotes (`203.0.113.4 - - [11/Nov/2024:09:04:52
# -0500] "GET /search?q=…&session=… HTTP/1.1" 200 …`), wherever the log is kept or however it is named.
_ACCESS_LOG_RECORD = lazy_regex(r"""^[ \t]*[^\s"\[\]]{1,255} [^\s"\[\]]{1,128} [^\s"\[\]]{1,256} \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}"""
                                r""":[0-9]{2}:[0-9]{2}:[0-9]{2}(?: [+-][0-9]{4})?\] ["]""")
# (stop 68) A log file by its name: `.log`, and a rotated one as logrotate and the servers name it (`access.log.1`,
# `app.log.2024-11-11`, `error.log-20241111`, `access.log.old`), or Apache's own `access_log`, `ssl_error_log.1`.
_LOG_FILE_NAME = lazy_regex(r"(?:\.|_)log(?:[.-](?:[0-9]{1,3}|[0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2}|old))?$")


def _in_a_log(line: str, lowered_name: str) -> bool:
    """The line is a log's record: the file is named as a log (see _LOG_FILE_NAME), or the line opens with a record's
    time (_LOG_RECORD), is a structured log's record or a web server's access log record (_ACCESS_LOG_RECORD)."""
    return (lowered_name.endswith(".log") or _LOG_FILE_NAME.search(lowered_name) is not None
            or _LOG_RECORD.match(line) is not None or json_log_record(line) or _ACCESS_LOG_RECORD.match(line) is not None)


# The field names an application logs a session's id under (a cookie's own name, `JSESSIONID`,
# `PHPSESSID`, `laravel_session`, is still read as the cookie's value).
_LOGGED_SESSION_FIELDS = frozenset({"sessionid", "session", "sid"})


def _logged_session_id(key: str, line: str, lowered_name: str) -> bool:
    """A session's id a log record names (`sessionId=d3c7…` beside a request's id, a structured log's
    `"session":"0b6f…"` member, an access log's request `?…&session=…`): which session a record was of, written by the
    application or the server; a cookie's value (a `Cookie:` header logged) is still read."""
    return (key.lower() in _LOGGED_SESSION_FIELDS and "ookie" not in line and "OOKIE" not in line
            and _in_a_log(line, lowered_name))


# A purchase's own tokens, as a shop names them: its checkout's and its cart's (Shopify's orders carry
# `checkout_token` and `cart_token`, the checkout's id that its page's URL holds; Affirm's checkout token is the
# buyer's browser's, traded for a charge with the shop's private key). A log record naming one says which purchase it
# was of, as a session's id does: no credential of the shop.
_PURCHASE_TOKEN_NAMES = frozenset({("checkout", "token"), ("cart", "token")})


def _logged_purchase_token(key: str, line: str, lowered_name: str) -> bool:
    """A checkout's or a cart's token a log record names (`checkout_token=43a4…` in a shop's sync log)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return key_words(key) in _PURCHASE_TOKEN_NAMES and _in_a_log(line, lowered_name)


# (stop 68) A payment card's token, as a gateway's client-side tokenizer returns it in the buyer's browser for one charge
# (Stripe's and Checkout.com's `tok_…`, Culqi's and Kushki's `tkn_…`, `tkn_live_…`, Omise's `tokn_…`): the card's stand-in,
# which only the merchant's secret key can charge, once. Under a card's or a payment's token name (`card_token`,
# `paymentToken`), or logged as a charge's `token=` (a payments log's record): no credential of the shop. A token of
# this shape under an access token's or an API token's name, outside a log, is still read.
_CARD_TOKEN = lazy_regex(r"^(?:tok|tkn|tokn)_(?:(?:test|live)_)?[A-Za-z0-9]{10,40}$")
_CARD_TOKEN_NAMES = frozenset({("card", "token"), ("payment", "token"), ("card", "tkn")})


def _card_token(key: str, value: str, line: str, lowered_name: str) -> bool:
    """A payment card's one-use token (see _CARD_TOKEN) under a card's token name or a log's `token`."""
    if value[:1] != "t" or _CARD_TOKEN.match(value) is None:
        return False
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    return words[-2:] in _CARD_TOKEN_NAMES or (words == ("token",) and _in_a_log(line, lowered_name))


# A user and password pair: `auth=("user", "pw")` (requests), `basic_auth=("elastic", "pw")`,
# `credentials: [user, pw]`, Flower's `basic_auth = ["user:pw"]`.
_PAIR = lazy_regex(
    r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,127})["']?[ \t]*(?:=|:)[ \t]*[(\[][ \t]*"""
    # (a quoted password ends at its quote only: brackets and braces are its own, `"9a[3]b{c}<d"`)
    r"""(?:(?P<q1>["']?)(?P<user>[^"'\s,()\[\]]{1,128})(?P=q1)[ \t]*,[ \t]*"""
    r"""(?:(?P<q2>["'])(?P<pw>[^"'\n]{1,256})(?P=q2)|(?P<bare_pw>[^"'\s,()\[\]]{1,256}))"""
    r"""|(?P<q3>["'])(?P<joined>[^"'\s:]{1,128}:[^"'\s]{1,256})(?P=q3))[ \t]*(?:,[ \t]*)?[)\]]"""
)
_PAIR_KEY_WORDS = frozenset({"auth", "credentials", "creds", "credential", "login"})
# ... the pair joined in one string under such a name, no brackets (`let credentials = "user:pw"` of a Swift client
# that base64-encodes it for a Basic header, `const auth = 'user:pw'` for Node's `http.request({auth})`, `CREDS=
# "user:pw"`): a user of no slash, `@`-free host or scheme (`https://…`, `host:port` hold digits or slashes after their
# colon and are judged as no password), the password to the quote.
_JOINED_PAIR = lazy_regex(
    r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,127})["']?[ \t]*(?::=|=|:)[ \t]*(?P<q>["'])"""
    r"""(?P<user>[A-Za-z0-9_.@+-]{1,128}):(?P<pw>[^"'\s]{6,256})(?P=q)"""
)  # (Go's `credentials := "user:pw"` declares it too)
_JOINED_PAIR_HINT = lazy_regex(r"""(?:auth|cred|login)[\w.-]{0,64}(?![\w.-])["']?[ \t]*(?::=|[=:])[ \t]*["'][^"'\s:]{1,128}:""")  # on the lowered line
# (a port and a path after a host's name: `registry.example.com:5000/team/image`)
_PORT_THEN_PATH = lazy_regex(r"""^[0-9]{1,5}/""")
# (a password built from parts: a template's or a format's, an interpolation; or a file's path after an id, no password:
# systemd's `LoadCredential=<id>:/etc/credstore/%i.pass`)
_BUILT_PASSWORD = lazy_regex(r"""\$\{|\\\(|#\{|\{\{|%[sd(]|^(?:/|~/|\.\.?/)""")
# ... a list of such pairs (Gradio's `launch(auth=[("admin", "…"), ("ops", "…")])`): the list's head, then its pairs.
_PAIR_LIST_HEAD = lazy_regex(r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,127})["']?[ \t]*(?:=|:)[ \t]*\[[ \t]*(?=\()""")
_LISTED_PAIR = lazy_regex(
    r"""[ \t]*(?:,[ \t]*)?\([ \t]*(?P<q1>["'])(?P<user>[^"'\n]{1,128})(?P=q1)[ \t]*,[ \t]*(?P<q2>["'])(?P<pw>[^"'\n]{1,256})(?P=q2)[ \t]*\)"""
)
_LISTED_PAIRS_READ = 16
_PAIR_HINT = lazy_regex(r"(?:auth|cred|login)[\w.-]{0,64}(?![\w.-])[\"']?[ \t]*[=:][ \t]*[(\[]")  # on the lowered line
# `BasicAuth("user", "pw")` (aiohttp), `HTTPBasicAuth(…)` / `HTTPDigestAuth(…)` (requests, httpx).
_AUTH_CALL = lazy_regex(
    r"""(?P<call>\b(?:Basic|HTTPBasic|HTTPDigest|HTTPProxy|Digest)Auth(?:entication)?)\([ \t]*(?:login[ \t]*=[ \t]*|username[ \t]*=[ \t]*)?"""
    r"""(?P<q1>["'])(?P<user>[^"'\n]{1,128})(?P=q1)[ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?(?P<q2>["'])(?P<pw>[^"'\n]{1,256})(?P=q2)"""
)
# `smtp.login(USER, "pw")`, `client.login("user", "pw")`: a login call's second argument.
_LOGIN_CALL = lazy_regex(r"""\.login\([ \t]*(?P<user>[^,()\n=]{1,128}),[ \t]*(?P<q>["'])(?P<pw>[^"'\n]{1,256})(?P=q)[ \t]*[,)]"""
                         # `wandb.login(key="…")`, `hub.login(token="…")`: a login call's key
                         r"""|\blogin\([^()\n]{0,100}?\b(?:key|api_key|token|password|secret)[ \t]*=[ \t]*"""
                         r"""(?P<kq>["'])(?P<key_value>[^"'\n]{1,256})(?P=kq)""")
# An e-mail address and a password side by side, with no key: `('alerts@acme.io', 'pw')` (a
# logging SMTPHandler's credentials), `login("bot@acme.io", "pw")`.
_EMAIL_PAIR = lazy_regex(
    r"""(?P<q1>["'])(?P<user>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)(?P=q1)[ \t]*,[ \t]*"""
    r"""(?P<q2>["'])(?P<pw>[^"'\s]{8,256})(?P=q2)[ \t]*\)"""
)
_MAIL_CONTEXT = lazy_regex(r"(?i)smtp|login")
# A URL's userinfo, whatever its password holds (`*`, `%` unescaped: proxies, Trino, brokers; `#` unescaped, as a
# camera's RTSP URL is typed: `rtsp://admin:Granite#4651@…`).
# (blind rounds GI-GN) Its host a script's or a template's expansion (`rtsp://admin:…@${IP}:554/…` in a shell script
# pulling from the camera it is given, `%CAM%` in cmd, `{host}`, `{{ host }}`, `#{host}`): the password is as literal.
_HOST_EXPANSION = (r"""\$\{[A-Za-z_]\w{0,63}\}|\$[A-Za-z_]\w{0,63}|%[A-Za-z_]\w{0,63}%|\{\{[ \t]*[A-Za-z_][\w.]{0,63}[ \t]*\}\}"""
                   r"""|#?\{[A-Za-z_][\w.]{0,63}\}""")
_URL_USERINFO = lazy_regex(
    # (the password may hold `@`: the last one before the host ends it)
    # (stop 69: the user may be a mailbox's whole address, its `@` unescaped, as mail URLs are typed (django-environ's
    # `EMAIL_URL=smtp+ssl://me@shop.in:…@smtp.zoho.in:465`, a DSN's `smtp://alerts@corp.io:…@smtp.corp.io`): the
    # address's domain belongs to the user, the password follows its `:`)
    r"""\b[a-z][a-z0-9+.-]{1,20}://(?P<user>[^:@/\s"'`<>]{1,128}(?:@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})?)"""
    r""":(?P<pw>[^/\s"'`<>]{1,256})@"""
    r"""(?P<host>[A-Za-z0-9.-]{1,253}|""" + _HOST_EXPANSION + r""")"""
)
# A line that is one URL with a userinfo, alone or after its tags (`tag1, tag2=URL`: apprise's text configuration).
_LISTED_URL = lazy_regex(r"""^[ \t]*(?:[\w][\w, \t-]{0,127}=[ \t]*)?(?P<url>[a-z][a-z0-9+.-]{1,20}://[^\s"'`<>]{1,2048})[ \t]*$""")
# A URL whose whole userinfo is a password: go2rtc's TP-Link Tapo source (`tapo://<cloud password>@<camera>`;
# `tapo://admin:<hash>@…` is read as any user and password).
_PASSWORD_USERINFO = lazy_regex(r"""\btapo://(?P<pw>[^:@/\s"'`<>]{1,256})@(?P<host>[A-Za-z0-9.-]{1,253})""")
# GitHub's fixed password when a token is given as the URL's user.
_TOKEN_AS_USER_PASSWORD = "x-oauth-basic"
# A token as a URL's whole userinfo (`https://<40 hex>@github.com/…`, as git and GitHub accept):
# generated-looking, 32 characters or more.
_TOKEN_USERINFO = lazy_regex(r"""\bhttps?://(?P<token>[A-Za-z0-9_-]{32,256})@(?P<host>[A-Za-z0-9.-]{1,253})""")
_LOOPBACK = lazy_regex(r"^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)$")
# Hosts reserved for documentation (RFC 2606, 6761): example.com/.net/.org, the `.example`, `.test`,
# `.invalid` TLDs, and `example.<tld>` alone (`example.io`). A registered name with an `example` label
# deeper in it (`proxy.example.ac.uk`, a site's own domain under `ac.uk`) is a real host.
_EXAMPLE_HOST = lazy_regex(r"(?:^|\.)example(?:\.[a-z]{2,24})?$|\.(?:example|test|invalid)$|(?:^|[.-])example\.(?:com|net|org)$")
# A tool's notice of the password it set, as a label and the value ending the line: GeoServer's masterpw.info
# (`The generated master password is: …`), an installer's `Your admin password is: …`. (`is` then a colon:
# prose saying where a password is kept names no value so; documentation is read apart)
_STATED_PASSWORD = lazy_regex(r"(?i)\b(?P<key>password|passphrase|passwd)[ \t]+(?:is|was)[ \t]*:[ \t]*"
                              r"(?P<value>[^\s\"'`]{1,256})[ \t]*$")
# `X = os.environ.get("X") or "…"`, `process.env.X || "…"`: the literal fallback of a read; in a template's output tag
# too, as Rails' database.yml writes it (`password: <%= ENV["DB_PASSWORD"] || "…" %>`, ERB's and EJS's `<%=`).
_READ_OR = (
    r"""(?<![\w.])(?P<key>[A-Za-z_][\w.]{0,127})["'\]]?[ \t]*[:=][ \t]*(?:<%=[ \t]*)?[^=:\n]{0,200}?\b(?:environ|getenv|env|ENV|get_env|fetch_env)\b[^\n]{0,200}?"""
    r"""[ \t](?:or|\|\||\?\?)[ \t]*""")
_READ_OR_LITERAL = lazy_regex(_READ_OR + r"""(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)""")
# (review 67: and a template literal after it, `process.env.API_TOKEN || `…``)
_READ_OR_TEMPLATE = lazy_regex(_READ_OR + _TEMPLATE_LITERAL)
# Django's `create_superuser("admin", "a@x", "pw")` / `create_user(name, email, "pw")`.
_CREATE_USER = lazy_regex(
    r"""\bcreate_(?:super)?user\([ \t]*[^,()\n]{1,128},[ \t]*[^,()\n]{1,128},[ \t]*(?P<q>["'])(?P<pw>[^"'\n]{1,256})(?P=q)"""
)
# Cookies that are a login: a session's id (`sessionid`, PHPSESSID…) with a generated value.
_SESSION_COOKIES = frozenset({"sessionid", "session", "sid", "phpsessid", "jsessionid", "connect.sid", "laravel_session",
                              "_session_id", "session_cookie", "auth_cookie", "remember_token", "remember_user_token"})
# A Netscape cookie-jar line: domain, flag, path, secure, expiry, name, value (tab-separated).
_COOKIE_JAR_LINE = lazy_regex(r"^(?:#HttpOnly_)?[^\t\s#]+\t(?:TRUE|FALSE)\t[^\t]*\t(?:TRUE|FALSE)\t\d+\t(?P<name>[^\t]+)\t(?P<value>\S+)$")
# An Azure SAS URL's signature (`…&sig=…`: a URL-encoded HMAC, 44 characters and more).
# (its `&` XML-escaped in a URL of a scheduled task's arguments, a web.config: `…?sv=…&amp;sig=`; not a
# query's example written without its URL, as botocore's documentation of a SAS token shows one)
_SAS_SIGNATURE = lazy_regex(r"""(?:[?&]|\?[^\s"'<>?#]{0,1024}?&amp;)sig=(?P<value>[A-Za-z0-9%+/=]{40,200})(?![A-Za-z0-9%+/=])""")
# A storage account's SAS URL in documentation (a runbook's `azcopy copy "https://<account>.blob.core.windows.net/…?sv=…
# &sig=…"`, a delivery note's link): the account's host, then the signature in its query.
_STORAGE_SAS_URL = lazy_regex(
    r"""(?i:https?://)(?P<account>[a-z0-9]{3,24})\.(?i:blob|file|queue|table|dfs|web)\.core\."""
    r"""(?i:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)(?::[0-9]{1,5})?/[^\s"'<>?#]{0,512}\?[^\s"'<>#?]{0,1024}?"""
    r"""(?<=[?&])sig=(?P<value>[A-Za-z0-9%+/]{40,120}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])""")
# The accounts Microsoft's documentation and tutorials name in their URLs (`myaccount`, `mystorageaccount`,
# `contoso`, `fabrikam`, `<account>`'s spelled-out `storageaccountname`)
_EXAMPLE_STORAGE_ACCOUNT = lazy_regex(r"^(?:my|your|example|sample|demo|contoso|fabrikam|storageaccount|account(?:name)?$)")
_SAS_SIGNATURE_BYTES = 32  # an HMAC-SHA256's


def _documented_sas_signatures(line: str) -> Iterator[str]:
    """A documentation line's storage SAS URL whose signature is an HMAC-SHA256 as Azure signs one (32 bytes,
    base64, URL-encoded) on an account no tutorial names (see _EXAMPLE_STORAGE_ACCOUNT): a real account's token
    pasted into a page (a placeholder's `sig=XXXX…`, `sig=<signature>` decodes to none)."""
    import base64
    import binascii
    from urllib.parse import unquote

    for found in itertools.islice(_STORAGE_SAS_URL.finditer(line), MAX_VALUES_A_LINE):
        if _EXAMPLE_STORAGE_ACCOUNT.match(found.group("account").lower()):
            continue
        signature = unquote(found.group("value"))
        try:
            decoded = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(decoded) == _SAS_SIGNATURE_BYTES and len(set(signature)) >= 20:
            yield found.group("value")


# Django REST framework's token fixture: `{"model": "authtoken.token", "pk": "…"}`.
_DRF_TOKEN = lazy_regex(r"""["'](?:pk|key)["'][ \t]*:[ \t]*["'](?P<value>[0-9a-f]{40})["']""")

# HAProxy: `stats auth admin:pw`, a userlist's `user admin insecure-password pw`.
_HAPROXY_USER = lazy_regex(
    r"""\b(?P<what>stats[ \t]+auth)[ \t]+(?P<user>[^\s:]{1,128}):(?P<pw>\S{1,256})"""
    r"""|\buser[ \t]+(?P<luser>[^\s]{1,128})[ \t]+insecure-password[ \t]+(?P<lpw>\S{1,256})"""
)
# curl's `-u user:password` / `--user user:password` (a `$` ending the word expands nothing: a shell's literal). A
# quoted pair may close a command substitution or end a command (`TOKEN=$(curl … -u "user:pw")`, `… -u 'user:pw';`).
_CURL_USER = lazy_regex(r"""(?<![\w-])(?:-u|--user|--auth|--basic-auth|--proxy-user|-U)[ \t]*(?:=[ \t]*)?(?P<q>["']?)(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"'$]{1,256}\$?)(?P=q)(?=\s|$|(?<=["'])[);])""")
# HTTPie's (xh's) `-a user:password` (its `--auth` is read above).
_HTTPIE_AUTH = lazy_regex(
    r"""(?:^|[\s;&|(`'"])(?:https?|xhs?)[ \t]+(?:[^\n]{0,200}?[ \t])?-a[ \t]*(?P<q>["']?)(?P<user>[^\s:"'$]{1,128}):"""
    r"""(?P<pw>[^\s"'$]{1,256})(?P=q)(?=\s|$)"""
)
# ... the password alone quoted (`-u admin:'…'`, a shell's quoting of its `!` or `$`; a YAML
# `shell_command:`): single quotes keep a `$`, double quotes expand it (a reference).
_CURL_USER_QUOTED_PASSWORD = lazy_regex(
    r"""(?<![\w-])(?:-u|--user|--auth|--basic-auth|--proxy-user|-U)[ \t]*(?:=[ \t]*)?(?P<user>[^\s:"'$]{1,128}):"""
    r"""(?:'(?P<sq>[^'\n]{1,256})'|"(?P<dq>[^"\n$`]{1,256})")(?=\s|$)"""
)
# curl's `-u user:password` as documentation shows it: the pair quoted, or the password alone
# (`-u ops:'pw'`), or bare with a shell's literal trailing `$`.
_DOCUMENTED_CURL_USER = lazy_regex(
    r"""(?<![\w-])(?:-u|--user)(?:[ \t]+|=)(?:(?P<q>["'])(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"'$]{1,256})(?P=q)"""
    r"""|(?P<user2>[^\s:"'$]{1,128}):(?:'(?P<sq>[^'\n]{1,256})'|"(?P<dq>[^"\n$]{1,256})"|(?P<bare>[^\s"'$]{1,256}\$?)))(?=\s|$)"""
)
# Publishers and registries' clients given a password on the command line.
_CONTAINER_TOOLS = frozenset({"docker", "podman", "buildah", "skopeo", "helm", "oras", "nerdctl"})
_TOOL_PASSWORD = lazy_regex(
    r"""\b(?P<tool>twine|poetry|pdm|docker|podman|buildah|skopeo|helm|oras|nerdctl)\b[^\n]{0,300}?[ \t]"""
    r"""(?P<option>-p|-P|--password)(?:=|[ \t]+)(?:"(?P<dq>[^"\n$]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;|&<>$-][^\s"'`;|&<>]{0,255}))"""
)
# A command-line option's literal value (`--redis-password Hi…`, `--api-token=…`) and a CLI
# library's declared default (`@click.option("--password", default="…")`, `add_argument`).
# (stop 62: no bare value opening a bracket it never closes, a sentence's aside after the option's name, which a shell
# would refuse unquoted: `cifrata cù mvn --encrypt-password (settings-security.xml ùn hè micca in git)`)
# (review 63: an aside only where more words follow and the bracket closes on the line; a value opening a bracket at
# the line's end, before a code span's backtick or another option is the password: systemd's and supervisord's
# command lines pass `(` through, a shell never sees them: `ExecStart=/usr/bin/app --db-password (Kq8#…`)
_OPTION = lazy_regex(
    r"""(?<![\w-])--(?P<key>[A-Za-z][\w-]{1,63})(?:=|[ \t]+)(?:"(?P<dq>[^"\n$]{1,512})"|'(?P<sq>[^'\n]{1,512})'|"""
    r"""(?!\([^\s()"'`;|&<>]{0,128}(?:[ \t]+[^\s()`-][^\s()`]{0,63}){1,24}\))(?P<bare>[^\s"'`;|&<>$\\-][^\s"'`;|&<>]{0,511}))"""
)
_OPTION_DEFAULT = lazy_regex(
    r"""["']--?(?P<key>[A-Za-z][\w-]{1,63})["'][^()\n]{0,200}?\bdefault[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)
# A command line written as an argument list (`subprocess.run([...])`, nox's `session.run(…)`, a
# YAML `args: [...]`): an option as one item, its literal value the next.
_LISTED_OPTION = lazy_regex(
    r"""(?P<oq>["'])--(?P<key>[A-Za-z][\w.-]{1,63})(?P=oq)[ \t]*,[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)
# ... and a short `-p`/`-P` there, a password for the tools that take one so (twine, poetry, pdm's -P,
# the MySQL clients; a container tool's in `login` only: elsewhere it publishes ports).
_LISTED_SHORT_PASSWORD = lazy_regex(r"""(?P<oq>["'])(?P<option>-[pP])(?P=oq)[ \t]*,[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_LISTED_TOOL = lazy_regex(
    r"""["'](?:[\w./-]{0,200}/)?(?P<tool>twine|poetry|pdm|mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|"""
    r"""docker|podman|buildah|skopeo|helm|oras|nerdctl)["']"""
)
# Calls whose literal argument is a secret.
# (ConvertTo-SecureString's `-AsPlainText` after its value is looked for by _secret_arguments: a lookahead here read
# the rest of the line at each call, and a megabyte of calls took seconds)
_SECRET_ARGUMENT = lazy_regex(
    r"""(?P<call>ConvertTo-SecureString)(?:[ \t]+-String)?[ \t]+(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
    r"""|(?P<call2>\bjwt\.(?:encode|decode))\([^,()\n]{1,200},[ \t]*(?P<q2>["'])(?P<value2>[^"'\n]{1,512})(?P=q2)"""
    r"""|(?P<call3>\bStringSession)\([ \t]*(?P<q3>["'])(?P<value3>[A-Za-z0-9_=+/-]{40,1024})(?P=q3)"""
    # a browser test filling a password field: Playwright's `get_by_label("Password").fill("…")`,
    # `fill("#password", "…")`, Selenium's `find_element(By.ID, "password").send_keys("…")`
    r"""|(?P<call4>(?i:pass(?:word|wd)?)["'][^\n]{0,80}?\.(?:fill|type|send_keys|press_sequentially)\([ \t]*)(?P<q4>["'])(?P<value4>[^"'\n]{1,256})(?P=q4)"""
    r"""|(?P<call5>\bfill\([ \t]*["'][^"'\n]{0,80}?(?i:pass)[^"'\n]{0,40}["'][ \t]*,[ \t]*)(?P<q5>["'])(?P<value5>[^"'\n]{1,256})(?P=q5)"""
    # Caddy's DNS challenge: `dns cloudflare <token>`, `acme_dns cloudflare <token>`
    r"""|(?P<call6>\b(?:acme_)?dns[ \t]+(?:cloudflare|digitalocean|route53|gandi|porkbun|duckdns|hetzner))[ \t]+(?P<q6>)(?P<value6>[A-Za-z0-9_-]{20,200})(?=\s|$)"""
)
_SECRET_ARGUMENT_HINT = lazy_regex(r"SecureString|jwt\.|StringSession|fill\(|\.type\(|send_keys|press_sequentially|dns[ \t]")
# `Authorization: Basic …` / `Bearer …`, as a header line, a curl -H, a dict item or a proxy setting;
# Twitch's `OAuth <token>` (its API's own scheme: Streamlink's `twitch-api-header=Authorization=OAuth …`). A Laravel
# Sanctum personal access token (`createToken(…)->plainTextToken`: the token's row id, `|` and 40 random letters and
# digits, a configured prefix before them and a CRC32's 8 hex after them since Sanctum 4) is the Bearer token of every
# Laravel API (Text.lk's, a shop's own): its id and bar are read with it.
_AUTHORIZATION = lazy_regex(
    # (`Authorization: [Bearer …]`: a YAML flow list, as distribution's registry notifications write headers)
    r"""(?i:authorization)["']?[ \t]*(?:[:=,][ \t]*)?(?:\[[ \t]*)?(?:["'][ \t]*)?(?P<scheme>(?i:basic|bearer|token|oauth))[ \t]+"""
    r"""(?P<value>(?:[0-9]{1,20}\|(?=[A-Za-z0-9_-]{40}))?[A-Za-z0-9+/=._~-]{8,2048})(?![A-Za-z0-9+/=._~-])"""
)
# (stop 64) Swift's and Objective-C's URLRequest take the header's value first, its name after (`req.setValue("Bearer …",
# forHTTPHeaderField: "Authorization")`, `[req setValue:@"Bearer …" forHTTPHeaderField:@"Authorization"]`): the same
# header, read as `Authorization: Bearer …`
_VALUE_FIRST_AUTHORIZATION = lazy_regex(
    r"""@?"(?P<header>(?i:basic|bearer|token|oauth)[ \t]+[A-Za-z0-9+/=._~|-]{8,2048})"[ \t]*(?:,[ \t]*)?"""
    r"""forHTTPHeaderField:[ \t]*@?"(?i:authorization)""" + '"')
_BASE64_VALUE = lazy_regex(r"^[A-Za-z0-9+/]{8,1024}={0,2}$")
# (an `OAuth` scheme's token alone, in base64url's letters: a parameter list's `name="…"` holds `=`)
_BASE64URL_TOKEN = lazy_regex(r"^[A-Za-z0-9_-]{20,2048}$")
# A header's value as a YAML list item under `Authorization:` (VCR cassettes).
_HEADER_VALUE_ITEM = lazy_regex(r"""^[ \t]*(?:-[ \t]*)?["']?(?:Basic|Bearer|Token)[ \t]""")
# An Azure storage account key (64 bytes in base64) under a bare `key` (rclone's azureblob).
_AZURE_ACCOUNT_KEY = lazy_regex(r"^[A-Za-z0-9+/]{86}==$")
# A value in a format a sharper detector owns is that detector's to judge (it tells a live token
# from `123456789:ABCdef…`, the documented example): an AWS key id, a Telegram bot token, GitHub,
# PyPI, Slack, Stripe, SendGrid, GitLab, npm, OpenAI, Anthropic, Langfuse, OpenRouter, Google, Hugging Face.
# (A JWT is no sharper detector's: detect-secrets' JwtTokenDetector is a low heuristic.) `sk-` alone heads
# many vendors' keys (Perenual's `sk-` and 20, DeepSeek's, an OpenAI-compatible gateway's): only the heads
# and the shape the OpenAI and service kinds read are theirs; another `sk-` key is judged by its name here. A
# publishable `pk_live_` / `pk_test_` key is Stripe's (letters of both cases) or Paystack's (40 lower-case hex), each
# public by design (a documentation's hex stand-in too); another vendor's `pk_live_` key of lower-case letters past
# `f` and digits (Peek Pro's, sent as a Bearer token) is no publishable key of theirs, and is judged by its name here.
_OWNED_FORMAT = lazy_regex(
    r"^(?:(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$|[0-9]{5,16}:[\w-]{20,}$|gh[pousr]_|github_pat_|pypi-|xox[abposr]-|"
    r"[sr]k_(?:live|test)_|pk_(?:live|test)_(?:[0-9a-f]{1,255}(?![0-9a-z])|[a-z0-9]{0,255}[A-Z])|SG\.|glpat-|npm_|AIza|hf_|"
    r"sk-(?:proj|svcacct|admin|ant|lf|or)-|sk-[A-Za-z0-9]{20}T3BlbkFJ)"
)


def owned_format(value: str) -> bool:
    """The value is in a format a sharper detector owns and judges on the raw line (see _OWNED_FORMAT)."""
    return _OWNED_FORMAT.match(value) is not None


# Keys whose token is public or a protocol's, not a credential: CSRF forms, pagination cursors,
# botocore's paginators (input_token, output_token).
_NOT_A_CREDENTIAL_TOKEN = frozenset({"public", "csrf", "xsrf", "page", "next", "continuation", "pagination", "cursor",
                                     "sync", "cancellation", "cancel", "resume", "marker", "input", "output",
                                     # AWS's idempotency and concurrency tokens (ClientToken, ClientRequestToken,
                                     # ChangeToken, UpdateToken, LifecycleActionToken, PurchaseToken, StartingToken)
                                     "client", "request", "idempotency", "change", "update", "lifecycle", "purchase",
                                     "starting",
                                     # a message's correlation value the reply repeats (OpenTravel's EchoToken)
                                     "echo", "correlation"})
# (stop 67) The credential's kind said right before `token` (see _credential_key), and words saying a token is public or
# a form's protection whatever stands between (`PUBLIC_API_TOKEN`, `CSRF_AUTH_TOKEN`).
_CREDENTIAL_TOKEN_KINDS = frozenset({"api", "access", "auth", "bearer", "bot"})
_PUBLIC_TOKEN_WORDS = frozenset({"public", "csrf", "xsrf"})
# A translation catalogue (i18next's `locales/en/*.json`, Rails' `config/locales/en.yml`, vue-i18n's
# `i18n/`, Flutter's `.arb`, XLIFF, Apple's `.strings`, Android's `res/values-de/strings.xml`): each value
# is the text a UI shows for its key, in one language. Under `password`, `token`, `secret` it is the
# field's label or hint (`"token": "Gift card PIN"`), never the credential: a value of words with blanks
# there is a message, and so is one word written as prose writes it, letters only, a capital first at
# most (Norwegian's `"token": "Bookingreferanse"`, German's `Zugangsschlüssel`). A key's value of mixed
# case or with digits, a generated one, is judged as anywhere.
_CATALOGUE_TREE = lazy_regex(r"(?:^|[/\\])(?:locales?|i18n|l10n|lang|langs|languages?|translations?|messages|"
                             r"values-[a-z]{2,3}(?:-r[a-z]{2})?)[/\\]|\.(?:arb|xliff|xlf|strings)$")
_MESSAGE_WORD = lazy_regex(r"[^\W\d_]{2,}")


# A settings file kept beside the catalogues (`i18n/config.json`, `locales/secrets.yml`, `lang/.env`): its
# values are settings, a passphrase of words among them.
_SETTINGS_IN_TREE = lazy_regex(r"(?:^|[/\\._-])(?:config|configuration|settings|secrets?|credentials?|env|"
                               r"connections?|database|deploy(?:ment)?)(?:[._-][^/\\]*)?$")


def _catalogue_message(value: str, lowered_name: str) -> bool:
    """The value is a translation catalogue's message (see _CATALOGUE_TREE): words with blanks between them,
    or one word of prose."""
    value = value.strip()
    if " " in value:
        prose = len(_MESSAGE_WORD.findall(value)) >= 2
    else:
        prose = value.isalpha() and value[1:] == value[1:].lower()
    return prose and _CATALOGUE_TREE.search(lowered_name) is not None and _SETTINGS_IN_TREE.search(lowered_name) is None


# Text runs of compiled files (translations, extensions, bytecode) and translation catalogues:
# prose and symbols, no settings.
_BINARY_SUFFIXES = (".mo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".bin", ".pyc", ".o", ".a", ".lib",
                    ".po", ".pot")  # (and translations: prose)

Assignment = Tuple[str, str, bool]  # (key, value, quoted)
Pair = Tuple[str, str, str]  # (what holds it, user, password)


def declared_prefilter() -> Declaration:
    """The prefilter: the forms' own literals, and heads the compiled scanner finds and checks
    (FOLDED_HINTS) so that a line is a candidate only where a form can stand, not wherever `key`
    or `auth` is written; its readers' own. `prefilter/_declared.py` holds it worked out ahead
    (prefilter/declared.py): the hook then imports no reader."""
    keywords = ("authorization", "smtp", "login(", "auth(", "authentication(", "securestring", "jwt.",
                "stringsession", "sig=", "create_superuser", "create_user", "authtoken.token", "api_hash", "apihash",
                "connect.sid", "conf.set(", "encrypt", "stats auth", "insecure-password", ".fill(", "send_keys",
                "press_sequentially", "cloudflare", "route53", "digitalocean", "duckdns", "porkbun", "gandi", "hetzner",
                "bundle_", 'variable "', '"random_password"', '"random_string"', "tokens {", '"tokens": {', '"basic ',
                "'basic ", "auth_pass ", "set_wlan", "do_wifi_ssid_passphrase", "nmcli", "cmd wifi", "tapo://",
                "wpa_passphrase",
                # (stop 64: a vendor's live-mode key alone on a page or in a mail: _stated_live_mode_keys)
                "_live_",
                # (stop 66, pages: Igbo's borrowed password word spelled without its dots: `Tinye paswoodu MQTT: `…``)
                "paswood", "paswodu",
                # (stop 68, notes: Indonesian's, Malay's and Javanese's password words, Hmong's, and an app password named
                # before other words, as a note wraps its span below: `sandi anyar:` then `` `…` ``, `kata laluan
                # aplikasi`, `lo lus zais … yog …`, `siv app password no:` then `` `…` ``)
                "sandi", "laluan", "lus zais", "app password",
                ) + DRAWN_CODE_NAMES + _command_lines.KEYWORDS \
        + _config_forms.KEYWORDS + _code_calls.KEYWORDS + _enterprise_forms.KEYWORDS + _integration_forms.KEYWORDS \
        + _web_forms.KEYWORDS + _network_keys.KEYWORDS + _network_configs.KEYWORDS + _tool_outputs.KEYWORDS \
        + _proxy_and_sessions.KEYWORDS + _stream_keys.KEYWORDS + _game_servers.KEYWORDS + _telecom_configs.KEYWORDS \
        + _identity_configs.KEYWORDS + _mail_configs.KEYWORDS + _test_tooling.KEYWORDS + _reference_lookalikes.KEYWORDS \
        + _device_configs.KEYWORDS + _key_material.KEYWORDS
    # Files that are a password by their role (a SASL map, a vault password script): every line.
    scan_whole_files = lazy_regex(separated_alternation(
        ROLE_FILES.pattern, _config_forms.WHOLE_FILES, _web_forms.WHOLE_FILES, _network_keys.WHOLE_FILES,
        _tool_outputs.WHOLE_FILES, _tool_outputs.WORKING_TABLES, _proxy_and_sessions.WHOLE_FILES,
        _stream_keys.WHOLE_FILES,
        _game_servers.WHOLE_FILES,
        _telecom_configs.WHOLE_FILES, _mail_configs.WHOLE_FILES,
        CREDENTIALS_TEXT))  # (a note named for the passwords it keeps: _config_forms.credentials_note_value)
    # (credential words in other scripts, in the cases they are written: `пароль`, `Пароль`, `ŞİFRE`, `비밀번호`; Bulgarian's
    # `парола`, `Парола`)
    exact_keywords = tuple(sorted({spelled for word in ("şifre", "hasło", "hesło", "jelszó", "schlüssel", "lösenord", "khẩu",
                                                        "пароль", "гасло", "токен", "ключ", "секрет", "парола",
                                                        "парол",  # (Tajik's)
                                                        # (Tajik's key, an integrations table's `| Калид |`: its
                                                        # table hint keeps ASCII heads only, _tool_outputs)
                                                        "калид",
                                                        # (stop 66, pages: Igbo's borrowed `paswọọdụ`, `paswọdụ`, by
                                                        # its dotted `ọ`: `Tinye paswọọdụ MQTT: `…``)
                                                        "paswọ",
                                                        # (stop 67: Upper and Lower Sorbian's `hesło`, `gronidło`:
                                                        # `wužiwar `admin`, hesło `…``)
                                                        "hesło", "gronidło")
                                   for spelled in (word, word.capitalize(), word.upper())})) + (
        "ŞİFRE", "Şİfre",  # (Turkish upper-cases `i` to a dotted `İ`, which str.upper() does not)
        "密码", "密碼", "口令", "密钥", "密鑰", "秘钥", "令牌", "パスワード", "暗証番号", "秘密鍵", "トークン", "비밀번호", "비번", "암호",
        "토큰", "キー",  # (Japanese's key, `API キー`: the documentation readers' table rows and list items)
        # (Greek's password words' stems, as a page writes them: `κωδικός`, `Κωδικός`, `ΚΩΔΙΚΟΣ` its upper case unaccented;
        # `συνθηματικό`: the documentation readers' κωδικός `…`, | Κωδικός |)
        "κωδικ", "Κωδικ", "ΚΩΔΙΚ", "συνθηματικ", "Συνθηματικ", "ΣΥΝΘΗΜΑΤΙΚ",
        # (Hebrew's password word's stem, which its script writes in one case: `סיסמה`, `סיסמא`, `סיסמת`: the documentation
        # readers' סיסמה `…`, | סיסמה |)
        "סיסמ",
        # (Icelandic's `lykilorð` (and `lykilord`), Serbian's Cyrillic `лозинка`, Georgian's `პაროლი`, Persian's `رمز` and
        # `گذرواژه`, as a page writes them: the documentation readers' lykilorð `…`, | Лозинка |, პაროლი `…`, رمز: `…`)
        "lykilor", "Lykilor", "LYKILOR", "лозинк", "Лозинк", "ЛОЗИНК", "პაროლ", "رمز", "گذرواژه",
        # (review 67: Arabic's `كلمة المرور` / `كلمة مرور`, `كلمة السر`, Persian's `کلمه عبور`, Urdu's `پاس ورڈ`, which
        # the notes' in-script reader takes since stop 66: a sentence's `كلمة المرور هي …` holds no word above)
        "مرور", "السر", "عبور", "ورڈ",
        "پارول",  # (stop 67, pages: Uyghur's `پارول`, Russian's word in its Arabic script: `- پارول: `…``)
        # (Mongolian's `нууц үг`, Armenian's `գաղտնաբառ` read from their second letters on, whatever case the first;
        # Bengali's `পাসওয়ার্ড`, its `য়` one letter or two: the documentation readers' | Нууц үг |, գաղտնաբառ `…`)
        "ууц үг", "УУЦ ҮГ", "աղտնաբառ", "ԱՂՏՆԱԲԱՌ", "পাসও",
        # (Mongolian's written as a setting's key: `нууц_үг: …`, `НУУЦ_ҮГ=…`)
        "ууц_үг", "УУЦ_ҮГ",
        # (Armenian's, Mongolian's and Bengali's login: | Մուտք |, - Нэвтрэх: admin / …, - লগইন: …)
        "ուտք", "ՈՒՏՔ", "эвтрэх", "ЭВТРЭХ", "লগইন",
        # (stop 63, pages: Russian's login, its entry and its account heading a table's column of pairs: | Вход |, | Логин |,
        # | Учётная запись |)
        "Вход", "вход", "ВХОД", "огин", "ОГИН", "чётная запись", "четная запись", "ЧЁТНАЯ ЗАПИСЬ", "ЧЕТНАЯ ЗАПИСЬ",
        # (Swahili's `nenosiri`, Basque's `pasahitza`, in the cases a page writes them: nenosiri `…`, pasahitza `…`)
        "nenosiri", "Nenosiri", "NENOSIRI", "pasahitz", "Pasahitz", "PASAHITZ",
        # (stop 68, notes: Indonesian's and Malay's `sandi`, `kata sandi`, `kata laluan`, Balinese's `kruna sandi`, before a
        # page's span: an SOP's `Login akun …: `…`, sandi `…``, `Kata laluan: `…``)
        "sandi", "Sandi", "SANDI", "aluan", "ALUAN",
        # (Albanian's `fjalëkalim` from its second letter, `ë` written or spelled `e`; Kyrgyz's `сырсөз`; Nepali's and Hindi's
        # `पासवर्ड`; Tamil's `கடவுச்சொல்`; Afrikaans's `wagwoord`: | Fjalëkalimi |, - сырсөз: `…`, - wagwoord: `…`)
        "jalëkalim", "JALËKALIM", "jalekalim", "JALEKALIM", "ырсөз", "ЫРСӨЗ", "पासवर्ड", "கடவுச்சொல்",
        "agwoord", "AGWOORD",
        # (stop 62, pages: Tatar's `серсүз`, Kazakh's `құпия сөз` apart, Maori's `kupuhipa`, Wolof's `baat bu kumpa`, from
        # their second letters: Серсүз: `…`, | Құпия сөз |, | Kupuhipa |)
        "ерсүз", "ЕРСҮЗ", "ұпия сөз", "ҰПИЯ СӨЗ", "upuhipa", "UPUHIPA", "aat bu kumpa", "AAT BU KUMPA",
        # (Irish's `pasfhocal` from its second letter, whatever its mutation and case (`Pasfhocal`, `phasfhocal`,
        # `bpasfhocal`, `PASFHOCAL`); Khmer's `ពាក្យសម្ងាត់`, Sinhala's `මුරපදය` from its stem: the documentation readers'
        # pasfhocal `…`, | Pasfhocal |, ពាក្យសម្ងាត់: …)
        "asfhoca", "ASFHOCA", "ពាក្យសម្ងាត់", "මුරපද",
        # (stop 64: Sinhala's borrowed `පාස්වර්ඩ්`, its long vowel written or left out, from its second syllable: the
        # documentation readers' `user: *nightaudit* පස්වර්ඩ් *…*`)
        "\u0dc3\u0dca\u0dc0\u0dbb\u0dca\u0da9\u0dca",
        # (stop 65: India's other scripts' borrowed word, _helpers': `ಪಾಸ್‌ವರ್ಡ್: `…``, `| పాస్‌వర్డ్ |`)
        *INDIC_PASSWORD_SPELLINGS,
        # (Scottish Gaelic's `facal-faire`, whatever its lenition, Hausa's `kalmar sirri` / `kalmar wucewa` from their
        # second letters; Amharic's `የይለፍ ቃል` from its stem: | Facal-faire |, Facal-faire an router: …, | Kalmar sirri |,
        # | የይለፍ ቃል |)
        "acal-faire", "ACAL-FAIRE", "acal faire", "ACAL FAIRE", "almar sirri", "ALMAR SIRRI", "almar wucewa",
        "ALMAR WUCEWA", "ይለፍ ቃል",
        # (stop 65, notes: and its possessive `የይለፍ ቃሉ`, its password, a note's sentence's: ተጠቃሚው … የይለፍ ቃሉ … ነው፤)
        "ይለፍ ቃሉ",
        # (review: their title case too, a label's or a header's `Kalmar Sirri`, `Facal-Faire`)
        "almar Sirri", "almar Wucewa", "acal-Faire", "acal Faire",
        # (stop 61: Malagasy's `tenimiafina` (`teny miafina` apart), Samoan's `upu fa'alilolilo`, Somali's `erayga sirta`,
        # from their second letters: | Tenimiafina |, - Tenimiafina: `…`, Upu fa'alilolilo: <code>…</code>, | Erayga sirta |)
        "enimiafin", "ENIMIAFIN", "eny miafina", "alilolilo", "ALILOLILO", "yga sirta", "YGA SIRTA", "yga Sirta",
        # (stop 61: Somali's `erayga sirta` (`ereyga sirta`), Breton's `ger-tremen`, Samoan's `upu faalilolilo`, Malagasy's
        # `teny miafina` from their second letters, Pashto's `پټنوم`: erayga sirta: …, Ger-tremen: …, | upu_faalilolilo |)
        "rayga sirta", "RAYGA SIRTA", "rayga Sirta", "reyga sirta", "REYGA SIRTA", "reyga Sirta",
        "er-tremen", "ER-TREMEN", "er-Tremen", "er tremen", "ER TREMEN", "er Tremen", "eriou-tremen", "erioù-tremen",
        "pu faalilolilo", "PU FAALILOLILO", "pu Faalilolilo", "pu fa'alilolilo", "pu Fa'alilolilo",
        "ENY MIAFINA", "eny Miafina", "پټنوم",
        # (stop 61, pages: Greenlandic's `isissutissaq`, Igbo's `okwuntughe`, West Frisian's `wachtwurd`, Guarani's `ñe'ẽñemi`,
        # Kurmanji's `şîfre` from their second letters; Central Kurdish's `وشەی نهێنی` / `وشەی تێپەڕ`, Tigrinya's `መሕለፊ ቃል`:
        # | Isissutissaq |, - Okwuntughe: `…`, * Wachtwurd: …, | Ñe'ẽñemi |, - وشەی نهێنی: …, መሕለፊ ቃል **…**)
        "sissutiss", "SISSUTISS", "kwuntughe", "KWUNTUGHE", "achtwurd", "ACHTWURD", "ẽñemi", "ẼÑEMI", "îfre", "ÎFRE",
        "وشەی نهێنی", "وشەی تێپەڕ", "መሕለፊ ቃል",
        # (stop 61, pages: Kurmanji's login, `têketin`, from its second letter, its `ê` written or spelled `e`: | Têketin |)
        "êketin", "ÊKETIN", "eketin", "EKETIN",
        # (stop 63, pages: Sindhi's and Urdu's login, `لاگ ان`, its script in one case: | لاگ ان |, ! … !! لاگ ان)
        "لاگ ان", "لاگان",
        # (stop 63, pages: Afaan Oromoo's `jecha darbii` from its second letter: | Jecha darbii |, jecha darbii **…** qaba)
        "echa darbii", "ECHA DARBII",
        # (a reStructuredText list table's directive: its password column read as a Markdown table's)
        "list-table::",
        # (Swahili's written apart: neno la siri `…`, Neno la siri: `…`)
        "eno la siri", "ENO LA SIRI",
        # (Thai's password word `รหัสผ่าน` and its short `รหัส` (a Wi-Fi network's: `SSID `…` รหัส `…``); an account's word
        # or login over a login's pair in Vietnamese and Korean: `| Tài khoản |`, `- 계정: admin / …`, `- Đăng nhập: …`)
        "รหัส", "tài khoản", "Tài khoản", "TÀI KHOẢN", "đăng nhập", "Đăng nhập", "ĐĂNG NHẬP", "계정", "로그인",
        # (Azerbaijani's `şifrə`, Turkish's word with its schwa, as a page writes it: `şifrə `…``, | Şifrə |; its upper case
        # with Turkish's dotted `İ`)
        "şifrə", "Şifrə", "ŞİFRƏ", "ŞIFRƏ",
        # (Kazakh's key, `кілт`: the documentation readers' `API кілті: `…``)
        "кілт", "Кілт", "КІЛТ",
        # (Kazakh's password, `құпиясөз`: `пайдаланушы: admin, құпиясөз: …`)
        "құпиясөз", "Құпиясөз", "ҚҰПИЯСӨЗ",
        # (stop 60: Tajik's `парол`, its izafet `пароли`; Faroese's `loyniorð` from its second letter, `ð` written or
        # spelled `d`; Lao's `ລະຫັດຜ່ານ`; Turkmen's key `açar`: `root пароли консол: …`, `Nýtt loyniorð: …`, `API açary: …`)
        "парол", "Парол", "ПАРОЛ", "oyniorð", "OYNIORÐ", "oyniord", "OYNIORD", "ລະຫັດຜ່ານ", "açar", "Açar", "AÇAR",
        # (stop 65: Tajik's `рамз` and its izafet `рамзи`, from its second letter: `логин `…`, рамз: …`, `| Рамз |`)
        "амз", "АМЗ",
        # (stop 61: Pashto's `پټنوم` and `پاسورډ`; Breton's `ger-tremen`, whatever its mutation, from its second letter;
        # Kinyarwanda's `ijambo ry'ibanga` by its last word, whatever its apostrophe, and its one-word `ijambobanga`;
        # Somali's `erayga sirta` from its second letter: `پټنوم: `…``, `- ger-tremen: `…``, `| Ijambo ry'ibanga |`)
        "پټنوم", "پاسورډ", "er-tremen", "ER-TREMEN", "er tremen", "ER TREMEN", "ibanga", "IBANGA", "jambobanga",
        "JAMBOBANGA", "rayga sirta", "RAYGA SIRTA", "reyga sirta", "REYGA SIRTA",
        # (stop 61: Kurmanji Kurdish's `şîfre`, Turkish's word with its long `î`, in the cases a note writes it: `- şîfre: …`)
        "şîfre", "Şîfre", "ŞÎFRE",
        # (stop 61: Guarani's `ñe'ẽñemi` from its last syllables, its glottal stop written or not; Igbo's `okwu ntughe`
        # written apart: `- Ñe'ẽñemi: `…``, `| Ñe'ẽñemi |`, `okwu ntughe: …`)
        "ñemi", "ÑEMI", "wu ntughe", "WU NTUGHE",
        # (stop 62: Tatar's `серсүз`, Kazakh's `құпия сөз` written apart, Wolof's `baat bu kumpa` and `baatu jàll` (`à`
        # written or spelled `a`, apart or run together), Quechua's `pakasqa simi`, Northern Sami's `beassansátni`,
        # Corsican's `parolla`, Māori's `kupuhipa`, Xhosa's key `isitshixo`, from their second letters, whatever the case of
        # the first; Yoruba's `ọ̀rọ̀ aṣínà` by its last word, Tibetan's `གསང་ཚིག` (a secret word): `| Серсүз |`,
        # `Уақытша құпия сөз: …`, `| Baat bu kumpa |`, `| Baatu jàll |`, `pakasqa siminqa **…**`,
        # `| Beassansátni (password) |`, `parolla `…``, `kaiwhakamahi: …  kupuhipa: …`)
        "ерсүз", "ЕРСҮЗ", "ұпия сөз", "ҰПИЯ СӨЗ", "kumpa", "KUMPA", "Kumpa", "akasqa", "AKASQA", "eassans", "EASSANS",
        "arolla", "AROLLA", "upuhipa", "UPUHIPA", "eassansátni", "EASSANSÁTNI", "sitshixo", "SITSHIXO", "aṣínà", "AṢÍNÀ",
        "གསང་ཚིག", "Серсүз", "aatu jàll", "AATU JÀLL", "aatu jall", "AATU JALL", "aatujàll", "aatujall", "AATUJALL",
        # (stop 62: Corsican's and Italian's key, `chjave`, `chiave`, heading an integrations table's key column: `| Serviziu
        # | Cunto | Chjave |`)
        "hjave", "HJAVE", "hiave", "HIAVE",
        # (stop 63, notes: Occitan's `senhal` from its second letter, whatever the case of the first; Sindhi's borrowing
        # `پاسورڊ` and its `ڳجهو لفظ` (a secret word, `ھ` or `ه`): `  senhal: …`, `پاسورڊ: …`, `ڳجهو لفظ: …`)
        "enhal", "ENHAL", "پاسورڊ", "ڳجهو لفظ", "ڳجھو لفظ",
        # (stop 63, notes: Bashkir's `серһүҙ` and Sakha's `кистэлэҥ тыл` from their second letters, whatever the case of
        # the first: `root серһүҙе: …`, `Серһүҙ: …`, `саҥа кистэлэҥ тыла: …`)
        "ерһүҙ", "ЕРҺҮҘ", "истэлэҥ тыл", "ИСТЭЛЭҤ ТЫЛ",
        # (stop 64: Chichewa's `mawu achinsinsi` by its second word, whatever the case of its first letter: `| Mawu
        # achinsinsi |`, `mawu achinsinsi `…``)
        "chinsinsi", "CHINSINSI",
        # (review 64: as keyboards without Bashkir's, Tatar's and Sakha's letters type them)
        "ерһүз", "ЕРҺҮЗ", "ерhүҙ", "ерhүз", "ЕРHҮЗ", "ерhуз", "ЕРHУЗ", "ерсуз", "ЕРСУЗ", "истэлэӈ тыл", "ИСТЭЛЭӇ ТЫЛ",
        "истэлэн тыл", "ИСТЭЛЭН ТЫЛ",
        # (stop 64, md: Romansh's `pled-clav`, a key word, and its plural `pleds-clav`, from their second letters, whatever
        # the case of the first: `| pled-clav |`, `Pled-clav: `…``, `PLED-CLAV:`)
        "led-clav", "led-Clav", "LED-CLAV", "leds-clav", "leds-Clav", "LEDS-CLAV",
        # (stop 65, notes: Tajik's other password word, `рамз` (Persian's `رمز` in Cyrillic), its izafet `рамзи`, in the
        # cases a note writes it: `Рамз: …`, `рамзи SQL: …`)
        "рамз", "Рамз", "РАМЗ") \
        + _proxy_and_sessions.EXACT_KEYWORDS + _code_calls.EXACT_KEYWORDS
    folded_keyword_patterns = (FOLDED_HINTS + _command_lines.FOLDED_HINTS + _code_calls.FOLDED_HINTS
                               + _integration_forms.FOLDED_HINTS + _network_keys.FOLDED_HINTS
                               + _network_configs.FOLDED_HINTS + _tool_outputs.FOLDED_HINTS + _proxy_and_sessions.FOLDED_HINTS
                               + _stream_keys.FOLDED_HINTS + _game_servers.FOLDED_HINTS + _telecom_configs.FOLDED_HINTS
                               + _identity_configs.FOLDED_HINTS + _mail_configs.FOLDED_HINTS + _test_tooling.FOLDED_HINTS
                               + _config_forms.FOLDED_HINTS + _web_forms.FOLDED_HINTS)
    return Declaration(keywords, exact_keywords, scan_whole_files, folded_keyword_patterns)


# A literal alone on its line, as a wrapper opened on the line above holds it (`"…"`, `"…",`, `"…")`).
_LONE_LITERAL = lazy_regex(r"""^[ \t]*(?:[bBrRuU]{1,2})?(?:"[^"\\\n]{1,512}"|'[^'\\\n]{1,512}')[ \t]*(?:,[ \t]*)?(?:\)[ \t]*)?$""")


def _wrapped_below(lines: Sequence[str], index: int, in_code: bool) -> Iterator[Tuple[int, str, str]]:
    """(offset, key, value) of an assignment whose wrapper opens at the line's end and holds its
    literal on the next line: `TICKET_KEY = bytes.fromhex(` then `"…"` then `)`."""
    below = line_text(lines, index + 1)
    if not _LONE_LITERAL.match(below):
        return
    joined = line_text(lines, index).rstrip() + below.strip().rstrip(",")
    if not joined.endswith(")") and line_text(lines, index + 2).strip().startswith(")"):
        joined += ")"
    for key, value, quoted in itertools.islice(_assignments(joined, in_code, nested=False), MAX_VALUES_A_LINE):
        if quoted and value in below:
            yield 1, key, value


# A line ending in a name's assignment (`const X_SECRET =`, `X_SECRET = \\`; not `==`, `!=`, `<=`, `>=`, `=>`) and
# a literal alone on the next line, the statement's end (`"…";`, `'…',` in an object).
_NAME_THEN_ASSIGNMENT = lazy_regex(r"""[\w$\]"'][ \t]*(?::=|[+]?=)[ \t]*(?:\\[ \t]*)?$""")
# (an object literal's property, `clientSecret:` then `"…",`, as prettier breaks it: JavaScript's and TypeScript's)
_KEY_THEN_COLON = lazy_regex(r"""^[ \t]*(?:[A-Za-z_$][\w$]{0,127}|"[\w.-]{1,128}"|'[\w.-]{1,128}')[ \t]*:[ \t]*$""")
_SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")
_LONE_STATEMENT_LITERAL = lazy_regex(r"""^[ \t]*(?P<literal>"[^"\\\n]{1,512}"|'[^'\\\n]{1,512}')[ \t]*(?:[;,][ \t]*)?(?://[^\n]{0,512})?$""")


# (stop 69) An environment read whose fallback stands on the next line, as prettier breaks a long one (`const KEY =` then
# `process.env.KEY ??` then `"…";`; `||`, Vite's `import.meta.env.X`, Deno's and Bun's): the fallback is the value
# the name is given wherever the environment lacks it, as on one line.
_ENVIRONMENT_READ = (
    r"""(?:process\.env(?:\.[A-Za-z_$][\w$]{0,127}|\[[ \t]*["'`][^"'`\n]{1,128}["'`][ \t]*\])"""
    r"""|import\.meta\.env\.[A-Za-z_$][\w$]{0,127}|(?:Deno|Bun)\.env(?:\.get\([ \t]*["'`][^"'`\n]{1,128}["'`][ \t]*\)"""
    r"""|\.[A-Za-z_$][\w$]{0,127}))""")
_ENVIRONMENT_FALLBACK_LINE = lazy_regex(r"""^[ \t]*""" + _ENVIRONMENT_READ + r"""[ \t]*(?:\?\?|\|\|)[ \t]*$""")
# (review 70) Or the read on the name's own line, the fallback alone below it (`const API_TOKEN = process.env.API_TOKEN ??`
# then `"…";`, as a line too long for one is broken by hand): the name's line read as ending in its `=`.
_ENVIRONMENT_FALLBACK_TAIL = lazy_regex(r"""(?<=[\w$\]"'])[ \t]*(?P<assign>:=|=)[ \t]*""" + _ENVIRONMENT_READ
                                        + r"""[ \t]*(?:\?\?|\|\|)[ \t]*$""")


def _assigned_below(lines: Sequence[str], index: int, in_code: bool) -> Iterator[Tuple[int, str, str]]:
    """(offset, key, value) of an assignment broken after its `=`, its literal alone on the next line:
    `const CLIENT_SECRET =` then `"…";` (or on the line after an environment read falling back to it:
    _ENVIRONMENT_FALLBACK_LINE)."""
    below = line_text(lines, index + 1)
    offset = 1
    if below.rstrip().endswith(("??", "||")) and len(
            below) <= _LONE_LINE_READ and _ENVIRONMENT_FALLBACK_LINE.match(below) is not None:
        below, offset = line_text(lines, index + 2), 2
    lone = _LONE_STATEMENT_LITERAL.match(below) if len(below) <= _LONE_LINE_READ else None
    if lone is None:
        return
    literal = lone.group("literal")  # (a `//` inside it is the value's: `"Qm8V//9Tz…"`, a URL)
    text = line_text(lines, index).rstrip().rstrip("\\").rstrip()
    if offset == 1 and text.endswith(("??", "||")):
        read = text[-_LONE_LINE_READ:]
        tail = _ENVIRONMENT_FALLBACK_TAIL.search(read)
        if tail is None:
            return
        text = read[:tail.end("assign")]  # (the name's line to its `=`: _ENVIRONMENT_FALLBACK_TAIL)
    joined = text + " " + literal
    # (a typed declaration broken so, `private readonly apiSecret: string =`, no carrier presents: read here)
    for key, value, quoted in itertools.islice(_assignments(joined[-_LONE_LINE_READ:], in_code, nested=False, declared=True),
                                               MAX_VALUES_A_LINE):
        if quoted and value in below:
            yield offset, key, value


_LONE_LINE_READ = 2048  # characters of the two lines joined (a literal alone is short)


# A name and its value on the next line: a YAML env item (`- name: X` / `value: …`), Hadoop's
# XML property (`<name>X</name>` / `<value>…</value>`).
_NAME_LINE = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?(?:name[ \t]*:[ \t]*["']?(?P<yaml>[\w.-]{1,128})["']?|<name>(?P<xml>[\w.-]{1,200})</name>|<key>(?P<plist>[\w.-]{1,200})</key>"""
                        # a Zabbix template's user macro (`<macro>{$APP.PASSWORD}</macro>` / `- macro: '{$X}'`)
                        r"""|<macro>\{\$(?P<macro>[\w.]{1,200})\}</macro>|macro[ \t]*:[ \t]*["']?\{\$(?P<ymacro>[\w.]{1,200})\}["']?)[ \t]*$""")
_VALUE_LINE = lazy_regex(r"""^[ \t]*(?:value[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#{][^\s#]{0,511}))|<value>(?P<xml>[^<\n]{1,1024})</value>|<string>(?P<plist>[^<\n]{1,1024})</string>)[ \t]*$""")
_CALL_OPENED = lazy_regex(r"""\.(?:option|set|setdefault|put|setProperty|set_option|set_secret)\([ \t]*$|\b(?:setenv|putenv)\([ \t]*$""")
# (blind rounds FY-GB) An argument vector written one element a line, an option alone on its line and its value the next
# element: a launchd plist's `ProgramArguments` (`<string>--token</string>` then `<string>…</string>`), a YAML list's
# `- --password` then `- …` (a container's `args:`, `command:`), a JSON or code list's `"--token",` then `"…"`. The value
# is read in the option's own form only, and not where it is the next option (`-…`) or a YAML alias, anchor or block.
_OPTION_ELEMENT = lazy_regex(
    r"""^[ \t]*(?:<string>--(?P<plist>[A-Za-z][\w.-]{1,63})</string>|-[ \t]+(?P<yq>["']?)--(?P<yaml>[A-Za-z][\w.-]{1,63})(?P=yq)"""
    r"""|(?P<jq>["'])--(?P<json>[A-Za-z][\w.-]{1,63})(?P=jq)[ \t]*,)[ \t]*$""")
_PLIST_ELEMENT_VALUE = lazy_regex(r"""^[ \t]*<string>(?P<value>[^<\n-][^<\n]{0,1023})</string>[ \t]*$""")
_YAML_ELEMENT_VALUE = lazy_regex(
    r"""^[ \t]*-[ \t]+(?:"(?P<dq>[^"\n-][^"\n]{0,511})"|'(?P<sq>[^'\n-][^'\n]{0,511})'|(?P<bare>[^\s"'#{\[|>&*!%@`-][^\s#]{0,511}))"""
    r"""(?:[ \t]+#[^\n]{0,256})?[ \t]*$""")  # (a comment after the element: `- <value>  # prod`)
_JSON_ELEMENT_VALUE = lazy_regex(r"""^[ \t]*(?P<q>["'])(?P<value>[^"'\n-][^"'\n]{0,511})(?P=q)[ \t]*(?:,[ \t]*)?$""")

# What a line must hold for each of this module's readers to find anything on it (find's per-line
# dispatch, kinds/_triggers.py), beside each reader.
_DEVICE_TRIGGERS = Triggers(exact=("$USER", "set_wlan", "do_wifi_ssid_passphrase", "nmcli", "cmd wifi", "wpa_passphrase",
                                    "chpasswd"), pairs=(("{", "["),))


def _device_values(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str]]:
    """(offset, what it is, the secret) of forms a device's or a host's set-up writes: Nagios'
    `$USERn$=` macro holding a password, a Wi-Fi passphrase given to a configuration command, a
    key's byte array (LoRaWAN), cloud-init's `chpasswd:` list."""
    line = line_text(lines, index)
    if "$USER" in line:
        macro = _USER_MACRO.match(line)
        if macro is not None:
            value = macro.group("value")
            if not _HOST_NAME.match(value) and _is_credential(value, True, False, "password"):
                yield 0, f"literal password in the user macro ${macro.group('key')}$", value
    if ("set_wlan" in line or "do_wifi_ssid_passphrase" in line or "nmcli" in line or "cmd wifi" in line
            or "wpa_passphrase" in line):
        for found in _WIFI_COMMAND.finditer(line):
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            # (judged as the passphrase WPA calls it: a drawn run of letters, `iaTQ…Oxlf`, is one, not a name)
            if _is_credential(value, True, False, "passphrase"):
                yield 0, "literal Wi-Fi passphrase given to a configuration command", value
    if "chpasswd" in line:
        block = _CHPASSWD.match(line)
        if block is not None:
            indent = len(block.group("indent"))
            for offset in range(1, _CHPASSWD_LINES + 1):
                inner = line_text(lines, index + offset)
                if inner.strip() and len(inner) - len(inner.lstrip(" \t")) <= indent:
                    break
                item = _CHPASSWD_ITEM.match(inner)
                if item is None or item.group("user") in ("expire", "list", "users", "type", "password", "name"):
                    continue
                password = item.group("pw")
                if password.lower() not in _GENERATED_PASSWORD and _is_credential(password, True, False, "password"):
                    yield offset, f"literal password of user {item.group('user')} in cloud-init's chpasswd list", password


def _beside_a_service_handler(lines: Sequence[str], index: int) -> bool:
    """A `class` naming a service's handler or client stands in the same mapping, a few lines away."""
    line = line_text(lines, index)
    indent = len(line) - len(line.lstrip(" \t"))
    for side in both_ways(lines, index, _SIBLING_LINES):
        for position in side:
            other = line_text(lines, position)
            other_indent = len(other) - len(other.lstrip(" \t"))
            if other.strip() and other_indent < indent:
                break
            if other_indent == indent and ("class" in other or "()" in other):
                found = _HANDLER_CLASS.match(other)
                if found is not None and not found.group("cls").startswith("logging."):
                    return True
    return False


_NEXT_LINE_TRIGGERS = Triggers(exact=("name", "<key>", "macro", ".option(", ".set", ".put", "setenv(", "putenv(", "<string>--",
                                      "- --", "- \"--", "- '--", "\"--", "'--"),
                               pairs=(("<", "key"), ("<", "id")))


def _element_text_below(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str]]:
    """(offset, key, value) of an element named by its attribute whose text stands on the lines below its opening tag,
    up to its closing tag: the text's lines joined (a token wrapped), none where an element or blanks stand inside."""
    opened = _NAMED_ELEMENT_OPENED.match(line_text(lines, index)[:_LONE_LINE_READ])
    if opened is None:
        return
    closing = f"</{opened.group('tag')}>"
    pieces: List[str] = []
    for offset in range(1, _ELEMENT_TEXT_LINES + 2):
        text = line_text(lines, index + offset)[:_LONE_LINE_READ].strip()
        if text == closing:
            break
        if not text or "<" in text or (pieces and (" " in text or " " in pieces[0])):
            return  # (an element inside, a blank line, prose: no one value)
        pieces.append(text)
    else:
        return
    if pieces:
        yield 1, opened.group("key"), xml_unescaped("".join(pieces))


def _option_element_values(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[int, str, str]]:
    """(1, the option's name, its value) where an argument vector's option stands alone and its value is the next element,
    in the same form (see _OPTION_ELEMENT)."""
    option = _OPTION_ELEMENT.match(line[:_LONE_LINE_READ])
    if option is None:
        return
    below = line_text(lines, index + 1)[:_LONE_LINE_READ]
    if option.group("plist") is not None:
        value = _PLIST_ELEMENT_VALUE.match(below)
        if value is not None:
            yield 1, option.group("plist"), xml_unescaped(value.group("value"))
    elif option.group("yaml") is not None:
        value = _YAML_ELEMENT_VALUE.match(below)
        if value is not None:
            yield 1, option.group("yaml"), value.group("dq") or value.group("sq") or value.group("bare") or ""
    else:
        value = _JSON_ELEMENT_VALUE.match(below)
        if value is not None:
            yield 1, option.group("json"), value.group("value")


def _next_line_values(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str]]:
    """(offset, key, value) where the value stands on a line after its name: a name/value pair
    over two lines, or a setter call opened at the line's end (`spark.conf.set(` then the name
    and the value a line each)."""
    line = line_text(lines, index)
    if line.rstrip().endswith(">"):
        yield from _element_text_below(lines, index)
    named = _NAME_LINE.match(line)
    if named is not None:
        value = _VALUE_LINE.match(line_text(lines, index + 1))
        if value is not None:
            text = next((value.group(group) for group in ("dq", "sq", "bare", "xml", "plist")
                         if value.group(group) is not None), "")
            yield 1, (named.group("yaml") or named.group("xml") or named.group("plist") or named.group("macro")
                      or named.group("ymacro")), text
    if "--" in line:
        yield from _option_element_values(lines, index, line)
    if line.rstrip().endswith("(") and _CALL_OPENED.search(line):
        following = [line_text(lines, index + offset).strip() for offset in (1, 2)]
        joined = line.rstrip() + " ".join(following)
        for found in _SETTER.finditer(joined):
            key, value = found.group("key"), found.group("value")
            if key is not None:
                yield (2 if value in following[1] else 1), key, value


def _under_a_credential_parent(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """A YAML `key:` (or `token:`) whose parent says what it is: `api:` then `key: …` is an API
    key (the OpenTelemetry collector's Datadog exporter)."""
    if key.lower() not in ("key", "value", "credentials") or not lowered_name.endswith((".yaml", ".yml")):
        return False
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential
    from secretfence.kinds._helpers import yaml_ancestor_keys

    parent = next(iter(yaml_ancestor_keys(lines, index, limit=20)), "")
    if key.lower() == "credentials":
        # Prometheus' (Alertmanager's, Grafana Agent's) `authorization:` then `type: Bearer`, `credentials: …`
        return parent.lower() == "authorization"
    # (the parent's words must name it: `api`, `auth`, `secret`…; `web:` then `key:` names nothing)
    return bool(parent) and names_a_credential(f"{parent}_{key}")


# (stop 66) A PHP configuration file's entry named for a service (`return [ 'chilexpress' => [ 'key' => '…', 'origen' =>
# … ] ]`, as Laravel's config/services.php keeps third-party services' credentials): its bare `key` is that service's key,
# judged as `<service>_key` is (a generated value, see _credential_key). Where a secret, a token or a password stands
# beside it in the entry, the key is that pair's public or identifying half (Pusher's app key, Flickr's API key, Stripe's
# publishable key: the secret beside it is the credential). The file's outermost array is what it returns or assigns
# (`return [`, `$config = array(`): an array built in code is no configuration.
_PHP_ARRAY_KEY = lazy_regex(r"""^[ \t]*['"]key['"][ \t]*=>""")
_PHP_ENTRY_OPENER = lazy_regex(r"""^[ \t]*['"](?P<name>[A-Za-z][\w.-]{0,63})['"][ \t]*=>[ \t]*(?:\[|array[ \t]*\()[ \t]*(?://[^\n]*|#[^\n]*)?\r?$""")
_PHP_ENTRY_MEMBER = lazy_regex(r"""^[ \t]*['"](?P<name>[A-Za-z][\w.-]{0,63})['"][ \t]*=>""")
_PHP_CONFIGURATION_ROOT = lazy_regex(r"""^(?:return|\$[A-Za-z_]\w{0,63}(?:\[[^\]\n]{1,64}\]){0,3}[ \t]*=)[ \t]*(?:\[|array[ \t]*\()""")
_PHP_ENTRY_LINES = 32  # lines of an entry read on either side of its key
_PHP_ROOT_LINES = 1024  # lines above an entry read for the array it stands in
_PHP_COMMENT_HEADS = ("//", "#", "*", "/*")
# (entries named for no service, or standing in a cache's or a session's settings: Magento's env.php `'cache' =>
# ['frontend' => ['default' => ['key' => '<hex>']]]`, a cache frontend's id prefix)
_PHP_NOT_A_SERVICE = frozenset({"default", "cache", "frontend", "backend", "session", "cookie", "lock", "queue", "page_cache",
                                "options", "settings", "config"})
_PHP_ANCESTORS_READ = 6


def _php_line_above(lines: Sequence[str], start: int, floor: int, indent: int) -> Optional[int]:
    """The nearest line above `start` (down to `floor`, excluded) that is neither blank nor a comment and is indented
    less than `indent`: the array entry, or the array, holding the line."""
    for above in range(start - 1, floor, -1):
        text = line_text(lines, above)
        if text.strip() and not text.lstrip().startswith(_PHP_COMMENT_HEADS) and indent_width(text) < indent:
            return above
    return None


def _php_bare_key_line(key: str, lowered_name: str, lines: Sequence[str], index: int) -> Optional[str]:
    """The line of a bare `key` entry of a PHP array (`'key' => …`) in a `.php` file, or None."""
    if key != "key" or not lowered_name.endswith(".php"):
        return None
    line = line_text(lines, index)
    return line if _PHP_ARRAY_KEY.match(line) is not None else None


def _php_service_entry_key(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> bool:
    """A bare `key` in a PHP configuration array's entry named for a service, no credential beside it (see above)."""
    line = _php_bare_key_line(key, lowered_name, lines, index)
    if line is None:
        return False
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    indent = indent_width(line)
    opener_at = _php_line_above(lines, index, max(-1, index - 1 - _PHP_ENTRY_LINES), indent)
    opener = _PHP_ENTRY_OPENER.match(line_text(lines, opener_at)) if opener_at is not None else None
    if opener is None or opener_at is None:
        return False
    entry_indent = indent_width(line_text(lines, opener_at))
    for position in range(opener_at + 1, min(len(lines), opener_at + 1 + 2 * _PHP_ENTRY_LINES)):
        text = line_text(lines, position)
        if not text.strip():
            continue
        if indent_width(text) <= entry_indent:
            break
        member = _PHP_ENTRY_MEMBER.match(text) if indent_width(text) == indent else None
        if member is not None and member.group("name") != "key" and names_a_credential(member.group("name")):
            return False  # (the pair's secret beside it: the key is its public half)
    names = [opener.group("name").lower()]
    at, floor = opener_at, max(-1, opener_at - 1 - _PHP_ROOT_LINES)
    while len(names) <= _PHP_ANCESTORS_READ and at > floor and indent_width(line_text(lines, at)) > 0:
        above = _php_line_above(lines, at, floor, indent_width(line_text(lines, at)))
        at = floor if above is None else above
        ancestor = _PHP_ENTRY_OPENER.match(line_text(lines, at)) if at > floor else None
        if ancestor is not None:
            names.append(ancestor.group("name").lower())
    root = line_text(lines, at) if at > floor else ""
    return (_PHP_CONFIGURATION_ROOT.match(root) is not None and not _PHP_NOT_A_SERVICE.intersection(names)
            and _credential_key(f"{opener.group('name')}_key", value, in_code))


# (review 67) The configuration array's own `key` at its root, a `cipher` beside it: Laravel's config/app.php, `return [ …
# 'key' => 'base64:…', 'cipher' => 'AES-256-CBC', … ]`, the application's encryption key written in (its `.env`'s APP_KEY
# read there blocks): the service entry's reader above reads a key one entry down only.
_PHP_CIPHER_MEMBER = lazy_regex(r"""^[ \t]*['"]cipher['"][ \t]*=>""")


def _php_root_encryption_key(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> bool:
    """A bare `key` at a PHP configuration array's root with a `cipher` beside it (see above), judged as an encryption key."""
    line = _php_bare_key_line(key, lowered_name, lines, index)
    if line is None:
        return False
    indent = indent_width(line)
    root_at = _php_line_above(lines, index, max(-1, index - 1 - _PHP_ROOT_LINES), indent)
    if root_at is None or _PHP_CONFIGURATION_ROOT.match(line_text(lines, root_at)) is None:
        return False
    for position in range(root_at + 1, min(len(lines), root_at + 1 + 4 * _PHP_ENTRY_LINES)):
        text = line_text(lines, position)
        if text.strip() and indent_width(text) < indent:
            break
        if indent_width(text) == indent and _PHP_CIPHER_MEMBER.match(text) is not None:
            return _credential_key("encryption_key", value, in_code)
    return False


# (stop 69, config) A request file (VS Code's REST Client and JetBrains' HTTP client `.http`/`.rest`, Bruno's `.bru`)
# is sent as written, wherever it is kept: its `Authorization: Bearer …` is the token its author called the API with,
# in a `docs/` tree as anywhere (`docs/eskiz.http`), so an expiry passed is no fixture's there; a test's own (under
# `tests/`, `test_….http`) stays one.
_REQUEST_FILE_SUFFIXES = (".http", ".rest", ".bru")


# (stop 70, commands) A shell or PowerShell script named as a test (`scripts/test_api_partenaire.sh`, `smoke-test.ps1`) but
# kept outside any tests, fixtures or examples tree is a smoke test of the live API: its commands send the token to the
# service's own host as written (`curl -H "Authorization: Bearer $TOKEN" https://api.…`), so an expiry passed is no
# fixture's. A test suite's script (under `tests/`), or one calling the reader's own machine (`http://localhost:8080`,
# where a token-expiry test runs) or an example's host, stays a fixture.
_COMMAND_SCRIPT_SUFFIXES = (".sh", ".bash", ".zsh", ".ksh", ".ps1", ".bat", ".cmd")
_REQUEST_COMMAND = lazy_regex(r"""(?<![\w.-])(?:curl|wget|http|https|xh|httpie|Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?=[ \t])""",
                              re.IGNORECASE)
_COMMAND_LINES_READ = 400  # a script's lines read for its request command and its hosts


def _script_calls_a_remote_host(lines: Sequence[str]) -> bool:
    """The script sends a request by a command line (curl, wget, HTTPie, PowerShell's `Invoke-RestMethod`), and the hosts its
    URLs name are all remote: none the reader's own machine (_LOOPBACK) or an example's (_EXAMPLE_HOST)."""
    remote = requested = False
    for text in lines[:_COMMAND_LINES_READ]:
        read = text[:4096]
        requested = requested or _REQUEST_COMMAND.search(read) is not None
        if "://" not in read:
            continue
        for found in _URL_HOSTS.finditer(read.lower()):
            host = found.group(1).rstrip(".")
            if _LOOPBACK.match(host) is not None or _EXAMPLE_HOST.search(host) is not None:
                return False
            remote = remote or ("." in host and "$" not in host and "{" not in host)
    return remote and requested


def _fixture_s_expired_jwt(value: str, filename: str, lines: Sequence[str] = ()) -> bool:
    """An expired JWT in a test's fixture (a token-expiry test's own); elsewhere a token written down
    was live when it was, and its claims still say what it opens."""
    if not _expired_jwt(value):
        return False
    from secretfence.policy import in_fixture_path

    if not in_fixture_path(filename):
        return False
    lowered = filename.lower()
    folder = lowered.rsplit("/", 1)[0] + "/" if "/" in lowered else ""
    if lowered.endswith(_COMMAND_SCRIPT_SUFFIXES) and not in_fixture_path(folder) and not in_test_file(folder) \
            and _script_calls_a_remote_host(lines):
        return False  # (a smoke test of the live API: see _COMMAND_SCRIPT_SUFFIXES)
    if is_chat_export(lowered):
        return False  # (stop 70, chats: a chat's export kept under `docs/` is the team's conversation, no test's fixture)
    return not lowered.endswith(_REQUEST_FILE_SUFFIXES) or in_test_file(lowered)


def _expired_jwt(value: str) -> bool:
    """A JSON Web Token whose `exp` has passed: it opens nothing any more (a test fixture's)."""
    if not value.startswith("eyJ") or value.count(".") != 2:
        return False
    import time

    from secretfence.compat.detect_secrets.plugins import jwt_claims

    claims = jwt_claims(value)
    expiry = claims.get("exp") if claims is not None else None
    return isinstance(expiry, (int, float)) and expiry < time.time()


_CHILDREN_TRIGGERS = Triggers(folded=("keys", "tokens", "passwords", "secrets", "credentials"))  # (_CREDENTIALS_PARENTS')


def _credentials_children(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str]]:
    """(offset, parent key, value) of the items of a YAML mapping whose key names credentials in
    the plural (`apikeys:` then `  default: …`: Scrapinghub), read from the parent's line (a list of
    mappings under it, `keys:` then `- name: …`, `kcv: …`, holds objects whose fields describe each
    credential: only an item's `value:` is one); and of a
    list of scalars under a key ending in such a word (BungeeGuard's `allowed-tokens:` then
    `- <token>`), where a generated-looking item is one (a list under `keys:` names things: GPG
    fingerprints, key ids)."""
    found = _YAML_KEY_LINE.match(line_text(lines, index))
    if found is None:
        return
    parent, indent = found.group("key"), len(found.group("indent"))
    if parent.lower() not in _CREDENTIALS_PARENTS:
        if re.split(r"[-_.]", parent.lower())[-1] in _LISTED_CREDENTIALS_WORDS:
            yield from _listed_credentials(lines, index, parent, indent)
        return
    objects = False  # (the items are a list's mappings: each an object whose fields say what they hold)
    for offset in range(1, _PARENT_LINES + 1):
        item = _YAML_ITEM.match(line_text(lines, index + offset))
        if item is None or len(item.group("indent")) <= indent:
            if offset == 1 and item is None and parent.lower() != "keys":
                yield from _listed_credentials(lines, index, parent, indent)
            return
        if offset == 1 and item.group(0).lstrip().startswith("-"):
            objects = True
        value = item.group("value").strip("\"'")
        # (an object's `name:`, `type:`, `kcv:`, `created:` describe the credential, and a field naming its own
        # content is read on its line: only a field that holds the item, `value:`, is the parent's credential)
        if value and (not objects or item.group("key").lower() == "value") and (
                objects or not _names_an_id(item.group("key"))):
            yield offset, parent, value


# (stop 63) An item's own key whose last word says its value identifies something: a build's release, version or
# commit (`sentry_release: <40 hex>`, Sentry's release named by the commit deployed; `git_sha`, `commit_sha`), an id
# (`project_id`), kept in a chart's `secrets:` beside the secrets released with it. (Vault AppRole's `secret_id` is the
# credential; a `sha` after another word names a hash's algorithm as often: `webhook_hmac_sha256` is an HMAC's key.)
_ID_LAST_WORDS = frozenset({"release", "version", "commit", "revision", "id", "ids"})
_COMMIT_SHA_NAMES = (("git", "sha"), ("commit", "sha"))


def _names_an_id(key: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    return bool(words) and ((words[-1] in _ID_LAST_WORDS and words[-2:] != ("secret", "id"))
                            or words[-2:] in _COMMIT_SHA_NAMES)


# The plural words whose YAML list's items are credentials, and a list's scalar item.
_LISTED_CREDENTIALS_WORDS = frozenset({"tokens", "secrets", "passwords", "apikeys"})
_YAML_SCALAR_ITEM = lazy_regex(r"""^(?P<indent>[ \t]*)-[ \t]+(?P<q>["']?)(?P<value>[^\s"'#{}\[\]&*!|>%@`][^\s"'#]{0,511})(?P=q)[ \t]*$""")


def _listed_credentials(lines: Sequence[str], index: int, parent: str, indent: int) -> Iterator[Tuple[int, str, str]]:
    for offset in range(1, _PARENT_LINES + 1):
        item = _YAML_SCALAR_ITEM.match(line_text(lines, index + offset))
        if item is None or len(item.group("indent")) < indent:
            return
        value = item.group("value")
        if looks_generated(value) or parent.lower().endswith("passwords"):
            yield offset, parent, value


def _key_hints(line: str) -> Iterator["re.Match[str]"]:
    """_KEY_HINT's matches (their positions are the line's)."""
    lowered = line.lower()
    same_positions = len(lowered) == len(line)  # (a few characters lower to two: `İ`)
    if not _has_localized_word(lowered, line.isascii()):
        return _ENGLISH_KEY_HINT_LOWERED.finditer(lowered) if same_positions else _ENGLISH_KEY_HINT.finditer(line)
    return _KEY_HINT_LOWERED.finditer(lowered) if same_positions else _KEY_HINT.finditer(line)


def _has_localized_word(lowered: str, ascii_only: bool) -> bool:
    """A credential word of another language is on the (lowered) line: only then is it searched
    with them (each word more in the alternation is tried at every character; a long line of
    another script, a locale's catalog, cost a tenth of a second). Found by the compiled scanner's
    one pass (kinds/_triggers.py; it says yes to a line holding a character that lowers to ASCII,
    where the longer pattern finds what the shorter one does); without it, by `in` on long lines
    (memchr speed), by one pattern on short ones (cheaper than thirty calls)."""
    if _LOCALIZED.compiled:
        if _LOCALIZED.of(lowered, "") & _LOCALIZED_ASCII:
            return True
    elif len(lowered) <= _SHORT_LINE:
        if _LOCALIZED_ASCII_WORD.search(lowered):
            return True
    elif any(word in lowered for word in LOCALIZED_ASCII_WORDS):
        return True
    # (`İ` lowers to `i` and a combining dot: Turkish upper case, `ŞİFRE`, is read with the dot)
    return not ascii_only and (_TURKISH_UPPER_LOWERED in lowered or any(word in lowered for word in LOCALIZED_SCRIPT_WORDS))


_SHORT_LINE = 256
_LOCALIZED = Dispatch()
_LOCALIZED_ASCII = _LOCALIZED.add(Triggers(folded=LOCALIZED_ASCII_WORDS))
_TURKISH_UPPER_LOWERED = "ŞİFRE".lower()  # `şi̇fre`


def _assigned_at_hints(line: str, hints: Optional[Iterator["re.Match[str]"]] = None,
                       declared: bool = False) -> Iterator["re.Match[str]"]:
    """_ASSIGNED's matches whose key holds a credential word, read from where each such key
    starts (not tried at every word of the line). `hints`: the line's _key_hints, when the caller
    has begun reading them. `declared`: _DECLARED's first, outside the languages whose typed
    declarations the engine's carriers present as assignments (engine.carriers.typed_assignments)."""
    end = 0
    messages = _shell_messages(line) if "${" in line else ()
    for hint in _key_hints(line) if hints is None else hints:
        start = hint.start()
        if start < end or any(opened < start < closed for opened, closed in messages):
            continue  # (read already; or words of a shell expansion's error message, `${TOKEN:?see 1Password: Ops/Token}`)
        start = name_start(line, start)
        if line.startswith(("1Password", "1password", "1PASSWORD"), start) or _names_a_manager_entry(line, start):
            continue  # the password manager's name (`login in 1Password: *FreePBX admin*`): an item's name follows
        while start < hint.start() and not (line[start].isalpha() or line[start] == "_"):
            start += 1
        if line.endswith("::", 0, start) and not _puppet_parameter(line, start):
            continue  # a namespaced name's last part (`"AWS::IAM::AccessKey": "bf29…"`, cfn-lint's type names)
        found = (_DECLARED.match(line, start) if declared and ":" in line else None) or _ASSIGNED.match(line, start)
        if found is not None and _base64_tail(line, found.start("key"), found.end("key")):
            continue  # base64's last characters and its padding (`…mv/7PW= ssh-ed25519`): no name, no assignment
        if found is not None and line.endswith("${", 0, start) and (
                line.startswith((":?", ":+"), found.end("key"))
                or (line.startswith((":-", ":="), found.end("key")) and line.startswith(("$", "}"), found.end("key") + 2))):
            # a shell expansion's error message or alternative (`${TOKEN:?TOKEN not set}`), or its default
            # another variable's expansion or empty (`${TOKEN:-$VAULT_TOKEN}`, `${TOKEN:-}`): no value
            continue
        if found is not None:
            end = found.end()
            yield found


# Password managers whose one-word names end in a password's word (KeePass, LastPass, NordPass), read as 1Password's is:
# the entry's path or name follows (a credential prompt's `(z KeePass: Automaty/serwis)`, `see LastPass: Kiosks/service`).
# The name and no more: a setting of the manager (`KEEPASS_PASSWORD`, `keepass_db_pass`) still names its credential.
# Only where the words show an entry follows: an entry's path after the colon (`KeePass: Automaty/serwis`), or the
# name after a preposition (`in LastPass: Kiosk admin`, `(z KeePass: …)`). A note's `KeePass: <value>` line is the
# manager's own master password, and `lastPass = "…"` (a last password kept) a credential.
_PASSWORD_MANAGER = lazy_regex(r"(?i)(?:keepass|lastpass|nordpass)(?![\w.-])")
_MANAGER_ENTRY_PATH = lazy_regex(
    r"""(?i)(?:keepass|lastpass|nordpass)[ \t]*:[ \t]*[*_"'`]{0,2}[^\s"'`*/\\]{1,128}[/\\][^\s"'`]""")
_MANAGER_PREPOSITION = lazy_regex(
    r"""(?i)(?:^|[\s("'`*])(?:in|im|z|ze|w|we|see|siehe|ver|voir|vedi|from|aus|en|dans|na|em|no|nel|op)[ \t]+$""")


def _names_a_manager_entry(line: str, start: int) -> bool:
    """The password manager's name at `start` before an entry's name or path (see _PASSWORD_MANAGER)."""
    if _PASSWORD_MANAGER.match(line, start) is None:
        return False
    return (_MANAGER_ENTRY_PATH.match(line, start) is not None
            or _MANAGER_PREPOSITION.search(line[max(0, start - 8):start]) is not None)


# Base64 text ends in `=` padding: where a credential's word ends a run of base64 (`…Emv/7PW=`, a hashed
# known_hosts entry's `|1|<salt>|<hash>` before its key type, an authorized key, a PEM line), the word and its
# `=` are the run's tail, read as `PW=` and the next field as its value. The run is glued to the word (its
# `/`, `+` or a digit just before it, where a name cannot start), twelve characters or more of base64's
# alphabet, and the padding ends it (a blank, `|`, `,`, a quote, a second `=`, the line's end after it).
_BASE64_RUN_BEFORE = 12
_BASE64_RUN_READ = 256
_BASE64_SYMBOLS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_PADDING_ENDS = (" ", "\t", "|", ",", '"', "'", "=")


def _base64_tail(line: str, key_start: int, key_end: int) -> bool:
    if key_start == 0 or line[key_start - 1] not in "+/0123456789" or not line.startswith("=", key_end):
        return False
    if key_end + 1 < len(line) and not line.startswith(_PADDING_ENDS, key_end + 1):
        return False
    if not all(character in _BASE64_SYMBOLS for character in line[key_start:key_end]):
        return False
    run = 0
    for position in range(key_start - 1, max(-1, key_start - 1 - _BASE64_RUN_READ), -1):
        if line[position] not in _BASE64_SYMBOLS:
            break
        run += 1
    return run >= _BASE64_RUN_BEFORE


# The shell's expansion with an error message, `${NAME:?message}` or `${NAME?message}` (POSIX: the
# message is written to standard error when NAME is unset): the message is prose for whoever runs the
# script, its words (`export TOKEN first (1Password: Ops/Token)`) no assignment. (A message holding a `$`,
# a nested expansion, is not read as one: it is read as before, never quieter. So each try stops at the
# next `$`, and a line of fragments costs time linear in its length.)
_SHELL_MESSAGE = lazy_regex(r"\$\{[A-Za-z_][A-Za-z0-9_]{0,127}:?\?(?P<message>[^}\n$]{1,1024})\}")


def _shell_messages(line: str) -> Tuple[Tuple[int, int], ...]:
    """(start, end) of each shell expansion's error message on the line."""
    if "?" not in line:
        return ()
    return tuple(found.span("message") for found in itertools.islice(_SHELL_MESSAGE.finditer(line), MAX_VALUES_A_LINE))


# A Puppet class parameter set in Hiera (`profile::ldap::bind_pw: "…"`): lower-case words joined by
# `::`, the class's namespace before the parameter's name (a type's name, `AWS::IAM::AccessKey`, is capitalized).
_PUPPET_NAMESPACE = lazy_regex(r"(?:^|[\s\"'])[a-z][a-z0-9_]{0,63}(?:::[a-z][a-z0-9_]{0,63}){0,7}::$")


# (stop 69) A one-time link's token: a password reset's, an address's confirmation, an account's activation, a magic sign-in
# link's, an unsubscribe link's (`https://zoom.us/reset_password?token=…`, `/password/reset?token=…`, `/verify-email?code=…`,
# `/accounts/activate?key=…`, `/magic-link?token=…`), as the service mails it: it does that one thing once, then expires
# (an hour, a day), and opens no API. The URL's path says the action: a reset, a recovery, a confirmation, a verification
# or an activation of a password, an address, an account or a sign-up, or a magic link or an unsubscription (an API's own
# `/token/verify?token=` names no such thing, and is read as before).
_ONE_TIME_LINK_PARAMETERS = frozenset({"token", "t", "code", "key", "reset_token", "confirmation_token", "verification_token",
                                       "activation_key", "activation_token"})
_ONE_TIME_LINK_PATH = lazy_regex(
    r"""(?i)(?:(?:reset|forgot|forgotten|recover|recovery|confirm|confirmation|verify|verification|activate"""
    r"""|activation)[_-]?(?:your[_-]?)?(?:password|passwd|pwd|e-?mail|account|signup|sign-up|registration|subscription)"""
    r"""|(?:password|passwd|pwd|e-?mail|account|signup|registration|subscription)s?/?[_-]?(?:reset|forgot|recover|recovery"""
    r"""|confirm|confirmation|verify|verification|activate|activation)|magic[_-]?link|magic[_-]?login|unsubscribe)""")


def _url_around(line: str, found: "re.Match[str]") -> str:
    """The URL a query parameter stands in, as written on the line."""
    before = line[max(0, found.start() - 1024):found.start()]
    before = before[max(before.rfind(end) for end in _URL_ENDS) + 1:]
    after = _URL_AFTER.match(line, found.end())
    return before + found.group(0) + (after.group(0) if after is not None else "")


def _one_time_link_token(line: str, found: "re.Match[str]") -> bool:
    """The query parameter is a one-time link's token (see _ONE_TIME_LINK_PATH)."""
    if found.group("key").lower() not in _ONE_TIME_LINK_PARAMETERS or "/" not in line:
        return False
    # (the URL's host and path, before its query: a view may have cut its scheme off, `https = "//host/reset?…"`)
    head = _url_around(line, found).partition("?")[0]
    return _ONE_TIME_LINK_PATH.search(head) is not None


def _signed_url_signature(line: str, found: "re.Match[str]") -> bool:
    """The query parameter is a signed URL's signature: a digest beside the URL's expiry time."""
    if found.group("key").lower() not in _SIGNATURE_PARAMETERS or _DIGEST_VALUE.match(found.group("value")) is None:
        return False
    before = line[max(0, found.start() - 1024):found.start()]
    before = before[max(before.rfind(end) for end in _URL_ENDS) + 1:]
    after = _URL_AFTER.match(line, found.end())
    url = before + found.group(0) + (after.group(0) if after is not None else "")
    return _EXPIRY_PARAMETER.search(url) is not None


def _puppet_parameter(line: str, start: int) -> bool:
    """The name starting at `start`, after a `::`, is a Puppet class's parameter (see _PUPPET_NAMESPACE)."""
    return _PUPPET_NAMESPACE.search(line, max(0, start - 600), start) is not None


def _assignments(line: str, in_code: bool, nested: bool = True, declared: Optional[bool] = None) -> Iterator[Assignment]:
    """(key, value, quoted) of each assignment on the line, and of each name a call, a string, a
    query or an environment read sets to a literal. `declared`: typed declarations read too (see
    _assigned_at_hints; by default outside code)."""
    hints = _key_hints(line)
    first_hint = next(hints, None)  # (the line's hints are read once: whether it has any is asked below)
    for found in _assigned_at_hints(line, itertools.chain((first_hint,), hints), not in_code if declared is None else declared) if first_hint is not None else ():
        for group, quoted in (("dq", True), ("sq", True), ("bq", True), ("bare", False)):
            value = found.group(group)
            if group == "bq" and value is not None and not in_code:
                break  # (a code span on a page: its own readers' (see _QUOTED_OR_BARE))
            if value is not None:
                # A bare value in code is an expression, and so is a call anywhere (a Jenkinsfile's
                # `credentials('pypi-token')`).
                if not quoted and found.start("key") and line[found.start("key") - 1] in "?&":
                    break  # a URL's query parameter: its value ends at the next `&`, and _QUERY_PARAMETER reads it
                if not quoted and "&" in value:
                    value = _parameter_value(value)
                    if not value:
                        break
                if not quoted and not in_code and value in _SCHEME_WORDS:
                    # (stop 58) a setting's bare value is the line's rest (dotenv's, YAML's plain scalar, a properties
                    # file's): a token after its scheme, `REDX_API_ACCESS_TOKEN=Bearer eyJ…`, is the value, its scheme
                    # dropped where it is judged (_without_scheme)
                    schemed = _SCHEMED_REST.match(line, found.end(group))
                    if schemed is not None:
                        value = f"{value} {schemed.group('token')}"
                if quoted or not (in_code or "(" in value or (line.startswith("(", found.end(group)) and _CALLEE.match(value))):
                    yield found.group("key"), value, quoted
                if nested and "=" in value and _NESTED_HEAD.match(value):
                    # `web: DD_API_KEY=… ddtrace-run …` (a Procfile): the assignment inside, one level deep
                    yield from _assignments(value, in_code and not quoted, nested=False)
                break
    if (" or " in line or "||" in line or "??" in line) and ("env" in line or "ENV" in line):  # (an environment read's)
        for found in itertools.chain(_READ_OR_LITERAL.finditer(line), _READ_OR_TEMPLATE.finditer(line) if in_code and "`" in line else ()):
            yield found.group("key"), found.group("value"), True
    for name, value, _ in env_defaults(line):
        yield name, value, True
    if "is:" in line or "IS:" in line or "was:" in line:
        stated = _STATED_PASSWORD.search(line, max(0, len(line) - 512))
        if stated is not None:
            yield stated.group("key"), stated.group("value"), False
    if "=" in line and first_hint is not None:
        for found in _QUOTED_SETTING.finditer(line):
            value = _parameter_value(found.group("value"))
            if value and _CALL_VALUE.match(value) is None:
                yield found.group("key"), value, True
        if "?" in line or "&" in line:
            for found in itertools.islice(_QUERY_PARAMETER.finditer(line), 4 * MAX_VALUES_A_LINE):
                # (review 70: a one-time link as a mail, a log or a note holds it; code calling such a path sends its
                # own token there, an API's (`requests.get(".../account/verification?token=…")`), read as before)
                if not _signed_url_signature(line, found) and (in_code or not _one_time_link_token(line, found)):
                    yield found.group("key"), found.group("value"), True
        environment = _SYSTEMD_ENVIRONMENT.match(line)
        if environment is not None:
            yield environment.group("key"), environment.group("value"), False
    if (".set" in line or ".put" in line or ".option(" in line or "env(" in line or "environ[" in line) and _SETTER_HINT.search(line):
        for found in itertools.chain(_SETTER.finditer(line), _SETTER_OF_TEMPLATE.finditer(line) if in_code and "`" in line else ()):
            if found.group("key") is not None:
                yield found.group("key"), found.group("value"), True
            else:
                yield found.group("ekey"), found.group("evalue"), True
    if "--" in line:
        for found in _OPTION.finditer(line):
            for group in ("dq", "sq", "bare"):
                value = found.group(group)
                if value is not None:
                    yield found.group("key"), value, True
                    break
        for found in _OPTION_DEFAULT.finditer(line):
            yield found.group("key"), found.group("value"), True
        if "\"--" in line or "'--" in line:
            for found in _LISTED_OPTION.finditer(line):
                yield found.group("key"), found.group("value"), True
    if "define" in line and "#" in line:
        macro = _C_DEFINE.match(line)
        if macro is not None:
            yield macro.group("key"), macro.group("value"), True
    if "password'" in line or 'password"' in line:
        for found in _TAGGED_PASSWORD.finditer(line):
            yield found.group("key"), found.group("value"), True
    if ("define" in line or "buildConfigField" in line or "resValue" in line) and _NAMED_CALL_HINT.search(line):
        for found in _NAMED_CALL.finditer(line):
            yield found.group("key"), found.group("value"), True
    if "\"" in line or "'" in line:
        setting = _DSL_SETTING.match(line) or (None if in_code or "(" not in line else _DSL_CALL_SETTING.match(line))
        if setting is not None:
            yield setting.group("key"), setting.group("value"), True
    if not in_code:
        directive = _DIRECTIVE.match(line)
        if directive is not None and not _upstream_directive(directive.group("key"), directive.group("value")):
            yield directive.group("key"), directive.group("value"), False
        elif directive is None and line.count(" ") >= 3:  # (review 67: its key then a tab, `password\tqhzt wmvb …`)
            app_password = _APP_PASSWORD_DIRECTIVE.match(line)
            if app_password is not None:
                yield app_password.group("key"), app_password.group("value"), True
        if "</" in line:
            element = _XML_ELEMENT.match(line)
            if element is not None:
                if not (element.group("value").startswith("&lt;") and element.group("value").endswith("&gt;")):
                    # (stop 69, config: `<Password>&lt;hidden&gt;</Password>`, `<Пароль>&lt;скрыт&gt;</Пароль>`: a
                    # stand-in in angle brackets, escaped as XML must write it, is no value)
                    yield element.group("key"), element.group("value"), True
            elif "=" in line:
                element = _NAMED_ELEMENT.match(line)
                if element is not None:
                    yield element.group("key"), element.group("value"), True
                for element in itertools.islice(_NAMED_ELEMENT_INLINE.finditer(line), _INLINE_ELEMENTS_READ):
                    yield element.group("key"), element.group("value"), True
        if "-" in line and "=" in line:
            item = _ENV_ITEM.match(line)
            if item is not None:
                yield item.group("key"), item.group("value"), False


_PAIRS_TRIGGERS = Triggers(
    exact=("-u", "-U", "--user", "--auth", "--basic-auth", "--proxy-user", "://", "Auth", "auth", "insecure-password", "login(",
           "BUNDLE_", " -p", " -P", "--password", '-p"', "-p'", '-P"', "-P'", "-a"),
    folded=("smtp", "login", "auth", "cred"))


def _pairs(line: str, in_code: bool = False) -> Iterator[Pair]:
    """(what holds it, user, password) of each literal user-and-password pair on the line (a
    URL's password percent-decoded: `pass%20pass` is `pass pass`)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    if "-u" in line or "-U" in line or "--user" in line or "--auth" in line or "--basic-auth" in line or "--proxy-user" in line:
        for found in _CURL_USER.finditer(line):
            if found.group("user").startswith("+") or is_stand_in_password(found.group("pw")):
                continue  # `date -u +%Y-%m-%dT%H:%M:%S.%3N`: a format, no user; `-u <key>:x-oauth-basic`: a filler, the key is the user
            yield "a command's user:password option", found.group("user"), found.group("pw")
        if ":'" in line or ':"' in line:
            for found in _CURL_USER_QUOTED_PASSWORD.finditer(line):
                password = found.group("sq") or found.group("dq") or ""
                if not found.group("user").startswith("+") and not is_stand_in_password(password):
                    yield "a command's user:password option", found.group("user"), password
    if "-a" in line and ("http" in line or "xh" in line):
        for found in itertools.islice(_HTTPIE_AUTH.finditer(line), MAX_VALUES_A_LINE):
            yield "HTTPie's -a user:password", found.group("user"), found.group("pw")
    if "://" in line and "@" in line:
        for found in _TOKEN_USERINFO.finditer(line):
            token = found.group("token")
            host = found.group("host").lower()
            # (a Sentry DSN's key is public: the browser sends it; `…@o123.ingest.sentry.io`)
            if not _LOOPBACK.match(host) and "sentry" not in host and ".ingest." not in host and (
                    looks_generated(token) and not token.isdigit()):
                yield f"a URL to {found.group('host').lower()}", "", token
        for found in _URL_USERINFO.finditer(line):
            host = found.group("host").lower()
            password = found.group("pw")
            if "%" in password:
                from urllib.parse import unquote  # (only here: the hook's start-up goes without it)

                password = unquote(password)
            if _LOOPBACK.match(host) or (_EXAMPLE_HOST.search(host) and not (
                    looks_like_a_password(password) or generated_password(password))):
                # (an example's host in code or configuration: a generated (a provider's short app password
                # too) or carefully chosen password is still no example's; `user:pass@proxy.example.com` is)
                continue
            if password.lower() == _TOKEN_AS_USER_PASSWORD:
                yield f"a URL to {host}", "", found.group("user")  # `https://<token>:x-oauth-basic@…`: the user is the token
                continue
            yield f"a URL to {host}", found.group("user"), password
        if "tapo://" in line:
            for found in _PASSWORD_USERINFO.finditer(line):
                password = found.group("pw")
                if "%" in password:
                    from urllib.parse import unquote

                    password = unquote(password)
                yield f"a Tapo camera URL to {found.group('host').lower()}", "", password
    if "@" in line and _MAIL_CONTEXT.search(line):
        for found in _EMAIL_PAIR.finditer(line):
            yield "an (e-mail, password) pair", found.group("user"), found.group("pw")
    if "Auth" in line:
        for found in _AUTH_CALL.finditer(line):
            yield found.group("call") + "(…)", found.group("user"), found.group("pw")
    if "auth" in line or "insecure-password" in line:
        for found in _HAPROXY_USER.finditer(line):
            if found.group("what") is not None:
                yield "HAProxy's stats auth", found.group("user"), found.group("pw")
            else:
                yield "HAProxy's userlist", found.group("luser"), found.group("lpw")
    if "login(" in line:
        for found in _LOGIN_CALL.finditer(line):
            if found.group("pw") is not None:
                yield "a login call", found.group("user"), found.group("pw")
            else:
                yield "a login call", "", found.group("key_value")
    if ("(" in line or "[" in line) and _PAIR_HINT.search(line.lower()):
        for found in _PAIR.finditer(line):
            key = found.group("key")
            words = key_words(key)
            # (the key's last word names the pair: `basic_auth`, `credentials`; not
            # `authResponseHeaders: [X-Auth-Request-User, …]`, Traefik's header names)
            if not words or words[-1] not in _PAIR_KEY_WORDS or (in_code and found.group("bare_pw") is not None):
                continue  # (in code an unquoted password is a variable: `auth=(user, admin_pass1)`)
            if found.group("joined") is not None:
                user, _, password = found.group("joined").partition(":")
            else:
                user, password = found.group("user"), found.group("pw") or found.group("bare_pw")
            if is_stand_in_password(password or ""):
                continue  # (`auth=("<key>", "x-oauth-basic")`: a filler, the user is the key, _code_calls.auth_options')
            yield f"the pair {key}", user, password
        if "[(" in line.replace(" ", ""):
            for head in itertools.islice(_PAIR_LIST_HEAD.finditer(line), _LISTED_PAIRS_READ):
                words = key_words(head.group("key"))
                if not words or words[-1] not in _PAIR_KEY_WORDS:
                    continue
                position = head.end()
                for _ in range(_LISTED_PAIRS_READ):
                    listed = _LISTED_PAIR.match(line, position)
                    if listed is None:
                        break
                    position = listed.end()
                    yield f"a pair of the list {head.group('key')}", listed.group("user"), listed.group("pw")
    if ("'" in line or '"' in line) and _JOINED_PAIR_HINT.search(line.lower()):
        for found in itertools.islice(_JOINED_PAIR.finditer(line), MAX_VALUES_A_LINE):
            key, password = found.group("key"), found.group("pw")
            words = key_words(key)
            if not words or words[-1] not in _PAIR_KEY_WORDS or _BUILT_PASSWORD.search(password) is not None:
                continue
            if is_stand_in_password(password):
                continue  # (`"<key>:x-oauth-basic"`: a filler, the user is the key)
            if password.startswith(":"):
                continue  # a namespace's path, no pair (`AUTH = "AWS::S3::UseGlobalEndpointAuth"`, `Net::HTTP`)
            if "." in found.group("user") and _PORT_THEN_PATH.match(password):
                continue  # a host, its port and a path (`auth: "registry.example.com:5000/team/image"`): no login
            yield f"the pair {key}", found.group("user"), password
    if "BUNDLE_" in line:
        for found in _BUNDLER_HOST.finditer(line):
            user, password = found.group("user"), found.group("pw")
            if password.lower() == _TOKEN_AS_USER_PASSWORD:
                user, password = "", user  # `BUNDLE_GITHUB__COM: "<token>:x-oauth-basic"`
            yield f"Bundler's credentials {found.group('key')}", user, password
    if " -p" in line or " -P" in line or "--password" in line:
        for found in _TOOL_PASSWORD.finditer(line):
            tool, option = found.group("tool"), found.group("option")
            # A container tool's -p/-P outside `login` publishes ports (`docker run -p 127.0.0.1:80:80`,
            # `-P`); pdm's -p is its project (its password is -P).
            if option != "--password" and (
                    (tool in _CONTAINER_TOOLS and "login" not in found.group(0)) or (tool == "pdm") != (option == "-P")):
                continue
            password = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield f"{found.group('tool')}'s password option", "", password
    if "-p\"" in line or "-p'" in line or "-P\"" in line or "-P'" in line:
        tool = _LISTED_TOOL.search(line)
        if tool is not None:
            name = tool.group("tool")
            for found in _LISTED_SHORT_PASSWORD.finditer(line, tool.end()):
                option = found.group("option")
                if (name in _CONTAINER_TOOLS and "login" not in line) or (name == "pdm") != (option == "-P"):
                    continue
                yield f"{name}'s password option {option} in an argument list", "", found.group("value")


_SPECIAL_TRIGGERS = Triggers(exact=("\tTRUE\t", "\tFALSE\t", "sig=", "authtoken.token", "create_"))


def _special_values(lines: Sequence[str], index: int, filename: str) -> Iterator[Tuple[str, str, int]]:
    """(what it is, the secret, its line's offset) of forms one service or framework writes: a session cookie in a
    cookie jar or a cookies dict, an Azure SAS URL's signature, a DRF token fixture, a Django
    user created with a literal password."""
    line = line_text(lines, index)
    if "\tTRUE\t" in line or "\tFALSE\t" in line:
        found = _COOKIE_JAR_LINE.match(line)
        if found is not None and found.group("name").lower() in _SESSION_COOKIES:
            yield f"session cookie {found.group('name')} in a cookie jar", found.group("value"), 0
    if "sig=" in line:
        for found in _SAS_SIGNATURE.finditer(line):
            yield "Azure shared access signature", found.group("value"), 0
    if "authtoken.token" in line:  # the fixture's model line; its key is the pk, a line or two away
        for other in range(max(0, index - 3), index + 4):
            found = _DRF_TOKEN.search(line_text(lines, other))
            if found is not None:
                yield "Django REST framework token in a fixture", found.group("value"), other - index
    if "create_" in line:
        for found in _CREATE_USER.finditer(line):
            yield "password of a user created in code", found.group("pw"), 0


# (_SECRET_ARGUMENT_HINT's literals; find also asks it where the line opens a call its next line goes on)
_SECRET_ARGUMENT_TRIGGERS = Triggers(exact=("SecureString", "jwt.", "StringSession", "fill(", ".type(", "send_keys",
                                            "press_sequentially", "dns ", "dns\t"))


def _secret_arguments(line: str) -> Iterator[Tuple[str, str]]:
    """(the call, its literal secret): ConvertTo-SecureString -AsPlainText, jwt.encode/decode's key,
    Telethon's StringSession."""
    if not _SECRET_ARGUMENT_HINT.search(line):
        return
    # `ConvertTo-SecureString '…'` counts only with `-AsPlainText` after its value, on the line (what the regex's
    # lookahead `(?=[^\n]*-AsPlainText)` asked, from the last one's place, once a line): where it is not, the search
    # goes on from the next character, as the regex did when its lookahead failed (no other call starts at a `C`).
    for found in matches_with_plain_text_flag(_SECRET_ARGUMENT, line, lambda found: found.group("call") is not None):
        for call, value in (("call", "value"), ("call2", "value2"), ("call3", "value3"), ("call4", "value4"),
                            ("call5", "value5"), ("call6", "value6")):
            if found.group(call) is not None:
                yield found.group(call), found.group(value)
                break


def _azure_account_key(key: str, value: str) -> bool:
    from secretfence.compat.detect_secrets.plugins import AZURITE_ACCOUNT_KEY

    return (key.lower() in ("key", "account_key", "accountkey", "storage_key") and _AZURE_ACCOUNT_KEY.match(value) is not None
            and value != AZURITE_ACCOUNT_KEY)


def _credential_key(key: str, value: str, in_code: bool = False) -> bool:
    """The key names a credential holding this value (where detect-secrets' keyword plugin
    reports the same value, its finding stands instead: engine.evaluate.without_fallback_twins)."""
    from secretfence.compat.detect_secrets.credential_keys import (
        ENCODING_SUFFIX,
        digest_head_first,
        key_words,
        names_a_credential_holding,
    )

    # (how the value is written, after the name of what it is, says nothing of what it is: `HMAC_KEY_HEX`,
    # `aesKeyB64` name an HMAC's and an AES key as `HMAC_KEY` and `aesKey` do)
    key = ENCODING_SUFFIX.sub("", key) or key
    if key.lower() in _SESSION_COOKIES:
        if key == "Sid" or _TWILIO_SID.match(value):
            return False  # IAM's statement id (`"Sid": "Stmt1457389371000"`), Twilio's resource ids: no session
        if _BINARY_LITERAL.match(value):
            return False  # SQL Server's `CREATE LOGIN … WITH SID = 0x…` (a login's security identifier): a cookie is no binary literal
        return looks_generated(value)  # `cookies = {"sessionid": "6ue4…"}`
    words = key_words(key)
    if words[-2:] in _CARD_TOKEN_NAMES and _CARD_TOKEN.match(value) is not None:
        return False  # (stop 68) a payment card's one-use token under a card's token name (see _CARD_TOKEN)
    if words and words[-1] == "fortitoken":
        # FortiOS' `set fortitoken "<serial>"` (an administrator's or a local user's, `config user local`) assigns
        # the FortiToken by its serial number (`FTKMOB…`, `FTK200…`, as `config user fortitoken` lists them):
        # which token, never its seed (FortiGuard provisions that); the REST API's `"fortitoken"` field the same
        return False
    if digest_head_first(key, value):
        return False  # (stop 70: `Fingerprint na tsohon key`, a revoked key's digest kept for an audit)
    if _names_a_device_key(words, in_code):
        return True
    if words[-2:] in _HEADER_KEY_WORDS and _SCHEME_LED.match(value) is not None:
        return True
    if _names_a_web_service_key(words) or (words[-2:] == ("key", "credential") and looks_generated(value)):
        return True
    if (len(words) >= 2 and words[-1] == "key" and _RANDOM_HEX.match(value) and len(set(value.lower())) >= _HEX_KEY_DISTINCT
            and words[-2] not in ("hash", "checksum") and names_a_credential_holding(key, _GENERATED_PROBE)):
        # (a hash's or a checksum's key in hex is a digest as often: credential_keys reads a gateway's hash key or
        # checksum key drawn, never in hex)
        return True  # a service's `<X>_KEY` holding a key issued in hex (see _RANDOM_HEX)
    if _service_primary_key(words, value):
        return True
    if not words or not (names_a_credential_holding(key, value) or _identity_configs.names_an_identity_secret(words, value)):
        return False
    # (a message's id a messaging API calls its token, Viber's `message_token`: see _message_id_token)
    if words == ("sync", "token") and not in_code and key.isupper() and looks_generated(value):
        # (a settings file's environment variable, `SYNC_TOKEN=…` in a .env, a supervisor `environment=` or a unit's
        # `Environment=`: a sync service's token given to a process. A sync cursor is state an API hands back, never
        # configured: `syncToken`, `nextSyncToken` in code and JSON)
        return True
    if words[-1] == "token" and len(words) >= 3 and words[-2] in _CREDENTIAL_TOKEN_KINDS and not _PUBLIC_TOKEN_WORDS.intersection(words):
        # (stop 67) a token named for the credential it is, its kind right before `token` (`SYNC_API_TOKEN`, a sync
        # service's API token in a Nomad `env {}` block; `PAGE_ACCESS_TOKEN`, `CLIENT_ACCESS_TOKEN`): a cursor's or a
        # request's word further before it qualifies the service, not the token (`nextSyncToken`, `ClientRequestToken`
        # hold the word right before `token`)
        return True
    if words[-1] == "token" and value.startswith("eyJ") and _service_reading.held_token_name(words) \
            and _service_reading.held_jwt(value, ""):
        # (a signed JWT whose claims say whom it opens for or until when is no request's idempotency token nor a message's
        # correlation value, which a caller makes up: Chestny ZNAK's `clientToken`, a client's bearer token; a cursor's
        # or a form's name is judged as the JWT kind judges it)
        return True
    if words[-2:] == ("client", "token") and _configured_client_token(key, value, in_code):
        return True
    return not (words[-1] == "token" and (_NOT_A_CREDENTIAL_TOKEN.intersection(words) or _message_id_token(words, value)))


# (stop 70) A client token a service issues as a UUID, kept as a setting (Chestny ZNAK's SUZ `clientToken`, the
# `CLIENT_TOKEN` of an .env, a `client_token:` in YAML): the caller's credential, sent with every request. AWS's
# idempotency `ClientToken` (a UUID too, drawn per request) is written as AWS's APIs name it, in Pascal case
# (`"ClientToken": …` in CLI input JSON, CloudFormation, the SDKs' requests), or as its CLI's `--client-token`; in code
# a UUID under the name is a request's (`client_token: SecureRandom.uuid`, Ruby's SDK; a script's fixed
# `CLIENT_TOKEN = "<uuid>"` that makes its re-runs idempotent, stop 67's decoy): a setting file's only.
# (Datadog's browser `clientToken` is `pub` and hex, Facebook's app client token 32 hex digits: public by design, and
# no UUID.)
def _configured_client_token(key: str, value: str, in_code: bool) -> bool:
    name = key.rsplit(".", 1)[-1].lstrip("$@")
    if in_code or _UUID.match(value) is None or "-" in name or name[:1].isupper() and not name.isupper():
        return False
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(name)
    return words[-2:] == ("client", "token") and _NOT_A_CREDENTIAL_TOKEN.isdisjoint(words[:-2]) and \
        not _PUBLIC_TOKEN_WORDS.intersection(words)


# (stop 70) A service's primary key, the first of the two subscription keys Azure API Management issues each
# subscription (and the APIs on it, MTN MoMo's `Ocp-Apim-Subscription-Key`: `MOMO_COLLECTION_PRIMARY_KEY`,
# `CollectionPrimaryKey`, Cognitive Services' `primaryKey`): 32 hex digits, named for the service or product before
# it, as `<X>_SECONDARY_KEY` is read already. `primary` names a table's key everywhere else (`PRIMARY_KEY = "id"`,
# `orders_primary_key`): a name, not a key in hex, and never after these words.
_PRIMARY_KEY_HOLDERS = frozenset({"table", "tables", "record", "entity", "model", "field", "db", "database", "sql", "pk",
                                  "orm", "relation", "join", "foreign", "parent", "child"})


def _service_primary_key(words: Tuple[str, ...], value: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential_holding

    return (len(words) >= 3 and words[-2:] == ("primary", "key") and _RANDOM_HEX.match(value) is not None
            and len(set(value.lower())) >= _HEX_KEY_DISTINCT and _PRIMARY_KEY_HOLDERS.isdisjoint(words[:-2])
            and names_a_credential_holding("_".join(words[:-2] + ("key",)), _GENERATED_PROBE))


def _names_a_web_service_key(words: Tuple[str, ...]) -> bool:
    """`wskey` (`WSKEY`, `europeana_wskey`, `ws_key`): a web service's API key, as Europeana's APIs and
    OCLC's WorldCat APIs name the key parameter every request carries."""
    return bool(words) and (words[-1] == "wskey" or words[-2:] == ("ws", "key"))


# A service's `<X>_KEY` names a credential when its value looks generated (credential_keys.
# names_a_credential_holding: twelve distinct characters and more); a key issued in hex draws from
# sixteen, and one in fifty of 32 random hex digits shows eleven or fewer: hex of a key's length (32 to
# 64 digits) with eight distinct is read as generated too. (An MD5's or a SHA's hex digest under a
# `<X>_KEY` was read so already at twelve distinct; `_NOT_SECRET_KEY_QUALIFIERS`, a cache's or a map's
# key, still name none: the key is asked with a value that looks generated, `_GENERATED_PROBE`.)
_RANDOM_HEX = lazy_regex(r"^(?:[0-9a-f]{32,64}|[0-9A-F]{32,64})$")
_HEX_KEY_DISTINCT = 8
_GENERATED_PROBE = "q7Zx2Lm9Rt4Wv8Kp3Nb6"
# Europeana's API keys as it issues them now: five syllables of a consonant and a vowel, lower case
# (`api2demo` is the documentation's public demo key, and an older key mixes cases and digits, judged as
# any key is). Read only under a `wskey` name: elsewhere such a value is a word or a name.
_SYLLABLE_KEY = lazy_regex(r"^(?:[bcdfghjklmnpqrstvwxz][aeiou]){5}$")


_TWILIO_SID = lazy_regex(r"^[A-Z]{2}[0-9a-f]{32}$")
# A macro language's variable reference: SAS's `&name.` (the `.` ends the name; `&&name.` resolves twice,
# `&&token_&env..` builds a name to resolve), SQL*Plus's substitution variable `&name`/`&&name`.
_MACRO_REFERENCE = lazy_regex(r"^&{1,3}[A-Za-z_][A-Za-z0-9_]{0,31}(?:\.?&{1,3}[A-Za-z_][A-Za-z0-9_]{0,31}|\.){0,8}$")
_ONE_CASE_NAME = lazy_regex(r"^&{1,3}(?:[a-z_][a-z0-9_]{0,31}|[A-Z_][A-Z0-9_]{0,31})$")


def _macro_reference(value: str) -> bool:
    """The value is a macro reference (see _MACRO_REFERENCE): a name ended by SAS's period, several
    references built into one, or a name of one case (a password opening with `&` mixes cases and digits)."""
    return _MACRO_REFERENCE.match(value) is not None and (
        "." in value or value.count("&") > 1 or _ONE_CASE_NAME.match(value) is not None)
# A binary literal, as SQL writes one (`0x7D81…`: SQL Server's varbinary, a login's SID, a Windows SID in hex).
_BINARY_LITERAL = lazy_regex(r"^0[xX][0-9A-Fa-f]{2,512}$")


def _names_a_device_key(words: Tuple[str, ...], in_code: bool) -> bool:
    """The key's words name a Wi-Fi PSK (in a configuration: in code, `psk_hex` is a protocol's test
    vector, HPKE's or TLS-PSK's) or a LoRaWAN key (`psk`, `wifi-sec.psk`, `APPKEY_HEX`, `appSKey`)."""
    while words and words[-1] in _ENCODING_WORDS:
        words = words[:-1]
    if not words or (in_code and (words[-1] == "psk" or words[-1] in _GLUED_PSK_WORDS)):
        return False
    return words[-1] in _DEVICE_KEY_WORDS or any(words[-len(pair):] == pair for pair in _DEVICE_KEY_PAIRS if len(words) == len(pair)
                                                  or (len(words) > len(pair) and words[-len(pair) - 1] in ("lora", "lorawan", "ttn")))


# An SSID's name or setting beside a code file's `psk` (`SSID = "…"`, `wlan.connect(SSID, PSK)`, `ssid: "…"`,
# `WIFI_SSID`): the key is the network's WPA passphrase, as a device's firmware (MicroPython, CircuitPython,
# Arduino) joins the two. (`psk` alone in code is a protocol's too: TLS-PSK's and HPKE's test vectors.)
_SSID_NEAR = lazy_regex(r"(?i)(?<![a-z])e?ssid(?![a-z])")
_SSID_LINES = 8


def _wifi_psk_in_code(key: str, lines: Sequence[str], index: int) -> bool:
    """A code file's `psk` (`PSK`, `WIFI_PSK`, `wlan_psk`) with an SSID within a few lines: a Wi-Fi key."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    return bool(words) and words[-1] == "psk" and not ({"hex", "identity", "id", "hint"} & set(words)) and says_near(
        lines, index, _SSID_NEAR, _SSID_LINES)


# A network's key named head first, before the network it is for (an Ansible role's defaults, a router's vars:
# `psk_guest`, `salon_psk_staff`, `wifi_psk_office`), beside that network's SSID named the same way (`ssid_guest`,
# `salon_ssid_staff`): the pair names a Wi-Fi network and its WPA passphrase. (`psk_` alone before another word is a
# protocol's or a setting's too, `psk_identity`, `psk_mode`, `psk_file`: read only beside its SSID's twin.)
_NOT_THE_PSK_WORDS = frozenset({"hex", "identity", "id", "hint", "mode", "type", "file", "path", "length", "len", "enabled",
                                "enable", "flags", "name", "var", "vault", "ref"})


def _network_psk_beside_its_ssid(key: str, lines: Sequence[str], index: int) -> bool:
    """A key whose words hold `psk` before the network's word (`psk_guest`), with the same key naming `ssid` instead
    (`ssid_guest`) within a few lines: that network's key."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    if "psk" not in words[:-1] or _NOT_THE_PSK_WORDS.intersection(words):
        return False
    lowered = key.lower()
    at = lowered.find("psk")
    twin = lowered[:at] + "ssid" + lowered[at + 3:]
    first, last = max(0, index - _SSID_LINES), min(len(lines), index + _SSID_LINES + 1)
    for number in range(first, last):
        line = lines[number].lower()
        found = line.find(twin) if number != index else -1
        while found >= 0:
            before, after = line[found - 1:found] if found else "", line[found + len(twin):found + len(twin) + 1]
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return True
            found = line.find(twin, found + 1)
    return False


# Przelewy24's CRC key under the bare `crc` its SDKs take (`new Przelewy24(['merchant_id' => …, 'crc' => '…'])`, a
# `"przelewy24": {"crc": "…"}` settings object, the sign's own JSON): 16 hex digits where the file or the lines around name
# Przelewy24 (credential_keys.przelewy24_credential reads the key's own `P24_`/`przelewy24` and `crc_key`).
_PRZELEWY24_SAID = lazy_regex(r"(?i)przelewy24|(?<![a-z0-9])p24(?![0-9])")
_PRZELEWY24_LINES = 12


def _przelewy24_crc_beside(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """A bare `crc` holding Przelewy24's CRC key, where the file's name or the lines around name Przelewy24."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, przelewy24_credential

    words = key_words(key)
    if words != ("crc",) or not (_PRZELEWY24_SAID.search(lowered_name) is not None
                                 or says_near(lines, index, _PRZELEWY24_SAID, _PRZELEWY24_LINES)):
        return False
    return przelewy24_credential(key, words, value, said_near=True)


# ZaloPay's merchant keys under the bare names its API gives them, `key1` (the MAC key signing each order's creation and
# query) and `key2` (the key checking its callbacks), as every sample and SDK configures an app (`{"app_id": …, "key1":
# "…", "key2": "…", "endpoint": "https://openapi.zalopay.vn/v2/create"}`, PHP's `'key1' => '…'`, Node's `key1: "…"`): 32
# letters and digits, drawn, where the file's name or the lines around name ZaloPay (a member's `self.key1`, PHP's `$key1`
# too). A `key1` elsewhere is any first key. The keys ZaloPay publishes for its shared sandbox apps (2553, 2554), in its
# docs and every quick-start, open no merchant's account.
_ZALOPAY_SAID = lazy_regex(r"(?i)zalo[ _.-]?pay")
_ZALOPAY_KEY_NAME = lazy_regex(r"^(?i:key)[12]$")
_ZALOPAY_KEY = lazy_regex(r"^[A-Za-z0-9]{32}$")
_ZALOPAY_SANDBOX_KEYS = frozenset(("PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL", "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz",
                                   "sdngKKJmqEMzvh5QQcdD2A9XBSKUNaYn", "trMrHtvjo6myautxDUiAcYsVtaeQ8nhf"))
_ZALOPAY_LINES = 12


def _zalopay_key_beside(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """A bare `key1` or `key2` holding a ZaloPay app's key, where the file's name or the lines around name ZaloPay."""
    return (_ZALOPAY_KEY_NAME.match(key.rpartition(".")[2].lstrip("$@")) is not None and _ZALOPAY_KEY.match(value) is not None
            and looks_generated(value) and value not in _ZALOPAY_SANDBOX_KEYS
            and (_ZALOPAY_SAID.search(lowered_name) is not None or says_near(lines, index, _ZALOPAY_SAID, _ZALOPAY_LINES)))


# Redsys' merchant key (its "clave secreta de comercio", signing each payment with HMAC_SHA256_V1): 24 bytes in base64,
# 32 characters, which the shop's module names for the signature it makes (`clave_sha256`, Catalan's `clau_sha256`,
# `sha256_key`, `redsys_key`, `secret`): a key's or a secret's word in the name, or SHA-256's (`sha` among its words, a
# digest's word elsewhere: a SHA's hex is no key), where the file names Redsys (its address, its API's `ApiMacSha256`,
# `createMerchantSignature`, a `Ds_Merchant_` field). The test terminal's key Redsys publishes in its documentation opens
# no merchant's account (_PUBLISHED_TEST_KEYS); a payment's own signature (`Ds_Signature`) is 44 characters, a SHA-256's base64.
_REDSYS_SAID = lazy_regex(r"(?i)redsys|apimacsha256|createmerchantsignature|ds_merchant_")
_REDSYS_KEY = lazy_regex(r"^(?=[A-Za-z0-9+/]*[0-9])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{32}$")
_REDSYS_KEY_WORDS = frozenset({"key", "clave", "clau", "chiave", "secret", "secreta", "secreto", "sha", "kc"})
_REDSYS_LINES = 40


def _redsys_key_beside(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """Redsys' merchant key under a key's, a secret's or SHA-256's name, where the file names Redsys (see above)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    if _REDSYS_KEY.match(value) is None or value in _PUBLISHED_TEST_KEYS or not _REDSYS_KEY_WORDS.intersection(key_words(key)):
        return False
    return _REDSYS_SAID.search(lowered_name) is not None or says_near(lines, index, _REDSYS_SAID, _REDSYS_LINES)


# GnuPG's and duplicity's options that name a public key by its id or fingerprint (`duplicity
# --encrypt-key 80923B25…`, `gpg --recipient 0x1A2B3C4D`): which key encrypts or signs, never a secret.
_PGP_KEY_OPTIONS = frozenset({"encrypt-key", "sign-key", "hidden-encrypt-key", "default-key", "local-user", "recipient",
                              "hidden-recipient", "encrypt-to", "hidden-encrypt-to", "trusted-key", "default-recipient"})
_PGP_KEY_ID = lazy_regex(r"^(?:0x)?(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{8})$")


# RPSL (RFC 2622, 2725; the RIPE, ARIN, RADb and other routing registries' objects): a `mntner`'s `auth:`
# attribute names how updates are authorised, a scheme then its data: `MD5-PW`/`BCRYPT-PW`/`CRYPT-PW` and a hash
# (a verifier), `SSO` and an account's address, or a key-certificate object by its name, `PGPKEY-<8 hex>` (the
# OpenPGP key's id) or `X509-<n>`. The object names a public key: the registry holds the certificate.
_RPSL_AUTH_REFERENCE = lazy_regex(r"^(?:PGPKEY-[0-9A-Fa-f]{8}|X509-[0-9]{1,10})$")


# A SQL string literal read with the quote of the command string around it (`-Q "ALTER LOGIN app WITH PASSWORD =
# N'$env:NEWPW'"` read as `PASSWORD` = `N'$env:NEWPW'"`, the config transform's `"N'…'\""`): its text is the value.
_SQL_LITERAL_CUT = lazy_regex(r"""^[Nn]?'(?P<text>[^'\n]{1,1024})'(?:\\?["`])?[ \t]*;?$""")


# (stop 67) A bare value that opens another `name=value` pair: a structured log's component and its record's pairs
# (`INFO auth: agency=cebu-tours token=agk_3f9c…`, logfmt after a logger's name), read as `auth` = `agency=cebu-tours`.
# The value is the next pair, not the key's credential; each pair is judged under its own name. A lower-case
# identifier's head then `=` and more: no generated secret opens so (base64 pads only at its end), and a quoted value
# (`"pw=Xk2…"`) is judged as written.
# (review 68: in a log's record only, and after a field's name in letters: a password or a token drawn with `=` among its
# characters opens so too, `api_token=ab=9fK2…` in a `.conf`, `DB_TOKEN=kq8=Rt…`, and was dropped wherever it stood)
_OPENS_A_PAIR = lazy_regex(r"^[a-z][a-z_]{2,31}=[^=\s]")


def _opens_a_logged_pair(value: str, line: str, lowered_name: str) -> bool:
    """A bare value that opens another `name=value` pair of a log's record (see _OPENS_A_PAIR)."""
    return (value[:1].islower() and _OPENS_A_PAIR.match(value) is not None
            and (lowered_name.endswith(".log") or is_log_text(lowered_name) or _LOG_RECORD.match(line) is not None))


# (stop 68) Quoted-printable text (RFC 2045's bodies, RFC 2047's encoded words in a mail's headers, `=?UTF-8?Q?…?=`): a
# byte outside ASCII is `=` and its two hex digits, so a word of another alphabet's letters reads as a key, `=` and a value
# (`Parol=C4=B1_yeniden` is Crimean Tatar's `Parolı yeniden`, `Passwort=E4nderung` Latin-1's `Passwortänderung`). A UTF-8
# letter's bytes escaped (a lead byte, then a continuation byte's escape) are such text anywhere; a high byte's escape
# then the word's small letters to its end (`E4nderung`), or another high byte's escape, is, on a line holding an
# encoded word or in a saved mail. (A password in a mail is read still: one opening with two hex capitals holds a digit, a
# capital or a symbol after them.)
# (review 69: outside a saved mail and a line holding an encoded word, the escaped letter is read so only where the whole
# value is such a word, small letters, `_` and escapes to its end (`C4=B1_yeniden`): a token drawn with `=` among its
# characters opens so too, `API_TOKEN=E2=80Kq9…`, and was dropped wherever it stood)
_QUOTED_PRINTABLE_UTF8 = lazy_regex(r"^[C-F][0-9A-F]=[89AB][0-9A-F]")
_QUOTED_PRINTABLE_WORD = lazy_regex(r"^[C-F][0-9A-F]=[89AB][0-9A-F](?:=[89A-F][0-9A-F]|[a-z_.,-]){0,128}$")
_QUOTED_PRINTABLE_HIGH_BYTE = lazy_regex(r"^[89A-F][0-9A-F](?:[a-z]{1,40}(?![A-Za-z0-9#$%&*+/@!^~])|=[89A-F][0-9A-F]|\?=)")
_ENCODED_WORD = lazy_regex(r"=\?[\w.:-]{1,40}\?[Qq]\?")
_MAIL_SUFFIXES = (".eml", ".mbox", ".emlx", ".msg", ".mbx")
_HEX_CAPITALS = frozenset("89ABCDEF")


def _quoted_printable_text(value: str, line: str, lowered_name: str) -> bool:
    """The `=` before the value is quoted-printable's escape inside a word, not an assignment (see above)."""
    mail = lowered_name.endswith(_MAIL_SUFFIXES) or ("?=" in line and _ENCODED_WORD.search(line) is not None)
    if _QUOTED_PRINTABLE_UTF8.match(value) is not None:
        return mail or _QUOTED_PRINTABLE_WORD.match(value) is not None
    return mail and _QUOTED_PRINTABLE_HIGH_BYTE.match(value) is not None


# Several readers often hand the same value on a line to the same judgement (a command's `-u user,pw`
# read as an option, a pair and a login): it is a pure function of its arguments, so the last ones are kept.
@functools.lru_cache(maxsize=2048)
def _is_credential(value: str, quoted: bool, in_code: bool, key: str = "") -> bool:
    from secretfence.compat.detect_secrets.credential_keys import (
        drawn_from_printables, drawn_merchant_salt, is_literal_credential, key_words)

    if value[:2] in ("N'", "n'") or (value[:1] == "'" and value[-1:] in "\"`"):
        sql = _SQL_LITERAL_CUT.match(value)
        if sql is not None:
            return _is_credential(sql.group("text"), True, in_code, key)  # (a shell's variable there is a reference)
    if "-" in key and key.lower().lstrip("-") in _PGP_KEY_OPTIONS and _PGP_KEY_ID.match(value):
        return False  # an OpenPGP key's id or fingerprint given to an option naming the key (see _PGP_KEY_OPTIONS)

    if key.lower() == "auth" and _RPSL_AUTH_REFERENCE.match(value):
        return False  # an RPSL maintainer's key-certificate object named under `auth:` (see _RPSL_AUTH_REFERENCE)
    if value.startswith("{") and not value.endswith("}") and not drawn_from_printables(value):
        return False  # an f-string's or a template's expression cut at a quote: `{encode_token(…` (not a drawn key's `{`)
    if value[:2].isalpha() and value[2:3] == "-" and _CLOUD_REGION.match(value):
        return False  # a cloud region's name given where a secret may go (`Secret.from_token("us-east-1")`): no secret
    if value.endswith("!") and _ASSERTED_ENVIRONMENT_READ.match(value):
        return False  # TypeScript's environment read asserted non-null (`process.env.MEM0_API_KEY!`): a reference
    if value.startswith("&") and _macro_reference(value):
        return False  # a macro variable's reference: SAS's `&token.` (`&&name.` resolved twice), SQL*Plus's `&pw`
    if is_sequential(value):
        return False  # an alphabet's run, as documentation writes one (`0123456789abcdef0123…`)
    if _stepped_run(value):
        return False  # an alphabet's run with each symbol repeated (`00112233…eeff`): a test vector's key
    if _DECLARED_STAND_IN.match(value):
        return False  # a value saying it stands in for the credential it names (`TEMPORARY_32byte_…_key`)
    if _device_configs.published_test_key(value):
        return False  # a cipher's published test vector (FIPS-197's AES key): in every library's tests
    if value.startswith("eyJ") and value.count(".") == 2 and (_identity_configs.declined_jwt(value)
                                                               or _identity_configs.names_a_rejected_token(key)):
        # a JWT that grants nothing by its claims (unsigned, an `anon` key, jwt.io's sample), or one its name says a
        # test wrote to be turned away (`expiredToken`, `invalid_jwt`, `TAMPERED_TOKEN`)
        return False
    if value in _PUBLISHED_TEST_KEYS:
        return False  # a vendor's documented test key (reCAPTCHA's): the same for everyone, grants nothing
    if "key" in key.lower() and _SYLLABLE_KEY.match(value) and _names_a_web_service_key(key_words(key)):
        return True  # Europeana's issued key under `wskey` (see _SYLLABLE_KEY)
    if "salt" in key.lower() and drawn_merchant_salt(key, value):
        return True  # JazzCash's ten lower-case drawn characters under its `integritySalt` (see drawn_merchant_salt)
    return not _OWNED_FORMAT.match(value) and is_literal_credential(value, quoted, in_code, key=key)


# An AWS or Azure-style region's name (`us-east-1`, `eu-central-2`, `us-gov-west-1`, `ap-southeast-3`).
_CLOUD_REGION = lazy_regex(r"^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-|iso-|isob-)?(?:north|south|east|west|central"
                           r"|northeast|northwest|southeast|southwest)-\d{1,2}$")
# A TypeScript environment read with its non-null assertion (`process.env.X!`, `import.meta.env["X"]!`), as a
# documentation page's code (MDX, a guide's snippet) gives it where no code reader reads the line.
_ASSERTED_ENVIRONMENT_READ = lazy_regex(
    r"""^(?:process\.env|import\.meta\.env)(?:\.[A-Za-z_$][\w$]{0,127}|\[[ \t]*["'][\w.-]{1,128}["'][ \t]*\])!{1,2}$""")


# Test keys a vendor publishes for automated tests, the same for everyone: Google's reCAPTCHA v2 test
# site key and secret key (its FAQ: "verification requests will always pass"; the widget shows a warning).
# (Turnstile's and hCaptcha's test keys are mostly one character: is_literal_credential's.) And the
# Widevine UAT server's public test signer, `widevine_test`'s AES signing key and IV, which Shaka
# Packager's documentation, its tests and every DRM tutorial pass (`--signer widevine_test
# --aes_signing_key … --aes_signing_iv …`): it signs requests to the test server only.
_PUBLISHED_TEST_KEYS = frozenset({
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    "1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9", "d58ce954203b7c9a9a9d467f59839249",
}) | frozenset({
    # OAuth's specifications' worked examples, which libraries' tests, SDK samples and tutorials copy as they are
    # (a conformance test compares its request with the RFC's): RFC 6749's client `s6BhdRkqt3`, its secrets (§2.3.1's
    # form body, §4.4.2's Basic header `czZC…` = `s6BhdRkqt3:gX1fBat3bV`), its access and refresh tokens and its
    # authorization code (§4.1, §5.1, §6); RFC 6750's bearer token; RFC 7591's registered client's secret;
    # OpenID Connect Core's tokens (§3.1.3.3); RFC 7636 Appendix B's code verifier. Credentials of no server.
    "7Fjfp0ZBr1KtDRbnfVdmIw", "gX1fBat3bV", "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA",
    "SplxlOBeZQQYbYS6WxSbIA", "mF_9.B5f-4.1JqM", "cf136dc3c1fc93f31185e5885805d", "SlAV32hkKG", "8xLOxBtZp8",
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
}) | frozenset({
    # Redsys' test terminal's merchant key (its integration guide's `Clave SHA-256` for the test environment, in every
    # sample and module's default): it signs payments on the test platform only
    "sq7HjrUOBfKmC576ILgskD5srU870gJ7",
}) | frozenset({
    # (stop 59) PayFast's public sandbox merchant (its developer docs' merchant 10000100: the merchant key and the
    # passphrase its signature samples use), the same for everyone's tests and CI: it takes payments on the sandbox only
    "46f0cd694581a", "jt7NOE43FZPn",
}) | frozenset({
    # (stop 67) PayU's public sandbox points of sale (its developer docs' "Sandbox Environment" page, Public POS PLN
    # 300746 and BGN 404815: each one's second key (MD5) and OAuth client secret), which its SDKs' samples and everyone's
    # CI use as they are: they take payments on secure.snd.payu.com only
    "b6ca15b0d1020e8094d9b5f8d163db54", "2ee86a66e5d97e3fadc400c9f19b065d",
    "87f410056e1ec5ff64f6bea777a0e694", "89e263df5657cccfe7d1d2a0f50b6e41",
})


# An alphabet's run with each symbol written the same number of times, two to four, up or down
# (`00112233445566778899AABBCCDDEEFF`, NXP's AN10922 and many an application note's AES test key;
# `ffeeddccbbaa9988…`, `000111222333…`), bytes separated or not (`00:11:22:…`, `0x00, 0x11, …`): what
# a standard or a vendor's note writes for a key in its worked example, never a generated key.
_STEPPED_MIN = 16
_STEPPED_MAX = 256
_STEPPED_SEPARATORS = lazy_regex(r"0[xX]|[\s:,_-]")


def _stepped_run(value: str) -> bool:
    if not _STEPPED_MIN <= len(value) <= _STEPPED_MAX or not value.isascii():
        return False
    compact = (value if value.isalnum() and "0x" not in value.lower() else _STEPPED_SEPARATORS.sub("", value)).lower()
    width = 1
    while width < len(compact) and compact[width] == compact[0]:
        width += 1
    if not 2 <= width <= 4 or len(compact) < _STEPPED_MIN or len(compact) % width or not compact.isalnum():
        return False
    symbols = compact[::width]
    if compact != "".join(symbol * width for symbol in symbols) or len(set(symbols)) < 4:
        return False
    return is_sequential(symbols) or is_sequential(symbols[::-1])



# A value that says it stands in for the credential it names: a word saying so first, the credential's
# word last, words and sizes between (iRODS' packaged server_config template: `TEMPORARY_32byte_negotiation_key`,
# `TEMPORARY__32byte_ctrl_plane_key`; `temp-signing-secret`, `INSERT_API_TOKEN`, `placeholder.auth.token`).
# A generated value has no such words, a chosen password neither at both ends.
_DECLARED_STAND_IN = lazy_regex(
    # (the words between are words, in one case or capitalised, or a size, `32byte`: a generated run there,
    # `temp_<20 random>_key`, `tmp_KxWqLmRz_token`, is the secret)
    r"^(?i:temporary|temp|tmp|placeholder|insert|enter|paste|replace|fill|put)[_.-]{1,2}"
    r"(?:(?:[A-Z]?[a-z]{1,23}|[A-Z]{1,24}|[0-9]{1,4}(?i:bytes?|bits?|chars?|characters?|b)?)[_.-]{1,2}){0,6}"
    r"(?i:key|secret|password|passwd|passphrase|pass|token|salt)$"
)


def declared_digest(lines: Sequence[str], index: int, value: str, key: str) -> bool:
    """A hex digest a comment or its element's `encoding` declares under a password's key
    (credential_keys.declared_digest)."""
    from secretfence.compat.detect_secrets.credential_keys import declared_digest as declared

    return declared(lines, index, value, key)


def _judged(key: str, value: str, how: Judgement) -> bool:
    """A value a reader of kinds/_*.py found is a credential, judged as the reader asks
    (kinds/_judgement.py): as it is, by the value judgement under its key (a provider's short
    generated password in a password's slot too), or where the key names a credential, by that alone
    or with the value judgement."""
    if how is Judgement.PROVEN:
        return True
    if how is Judgement.JUDGED:
        return _is_credential(value, True, False, key)
    if how is Judgement.PASSWORD_SLOT:
        return _is_credential(value, True, False, key) or generated_password(value)
    if not _credential_key(key, value):
        return False
    return how is Judgement.NAMED_ENOUGH or _is_credential(value, True, False, key)


def _authorization_headers(line: str) -> Iterator[Tuple[str, str, str]]:
    """(scheme, credential, user) of each literal Authorization header on the line: a Basic
    header's password (decoded; the user when it is a token with no password, as API keys are
    sent), a Bearer token as written. (A line's first MAX_VALUES_A_LINE headers: a hostile line of
    thousands is not judged past them.)"""
    for found in itertools.islice(_AUTHORIZATION.finditer(line), MAX_VALUES_A_LINE):
        scheme, value = found.group("scheme").capitalize(), found.group("value")
        if scheme == "Token" and value.startswith("token=") and len(value) > len("token=") + 8:
            value = value[len("token="):]  # (Rails' token scheme names its parameter: `Token token=…`)
        if scheme == "Basic":
            pair = basic_credential(value, key_alone=True)
            if pair is None:
                continue
            user, password = pair
            # (a WordPress application password's groups judged as its shape says, not as words; any other as a
            # password's slot holds it, RFC 7617 naming it one: generated text that splits into word-like runs,
            # `FPK0egchlp5wleJj`, is no identifier there)
            grouped = _GROUPED_PASSWORD.match(password) is not None
            if password and (_grouped_application_password(password) if grouped
                             else _is_credential(password, True, False, "password")):
                yield scheme, password, user
            elif not password and len(user) >= 16 and is_token(user):
                yield scheme, user, ""
        elif scheme == "Oauth":
            # (a token alone: OAuth 1.0's `OAuth oauth_consumer_key="…", oauth_signature="…"` lists
            # parameters, each judged where it is named; stop 62: a token in base64url's letters, `_` and `-` among
            # them, as Yandex's APIs take theirs, `Authorization: OAuth y0_AgAAAA…`)
            if len(value) >= 20 and _BASE64URL_TOKEN.match(value) is not None and _is_credential(value, True, False):
                yield "OAuth", value, ""
        elif "|" in value:
            # (a Sanctum token's random part judged: its row id before the bar is a counter)
            if _is_credential(value.partition("|")[2], True, False):
                yield scheme, value, ""
        elif len(value) >= 16 and _is_credential(value, True, False):
            yield scheme, value, ""


def _written_authorizations(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[int, str, str]]:
    """(line offset, credential, description) of each literal HTTP Authorization credential written on the line: a quoted
    `"Basic <base64>"` with no header name beside it (a recorded request's header list, `"Authorization": [` a line
    above), an `Authorization:` header, or its values as a list below it (VCR cassettes, HAR)."""
    if "Basic " in line:
        for found in _QUOTED_BASIC.finditer(line):
            for scheme, secret, user in _authorization_headers("Authorization: " + found.group(0)):
                who = f" of user {user}" if user else ""
                yield 0, secret, f"HTTP {scheme} credential{who} written into the file"
    if "uthorization" in line or "UTHORIZATION" in line:
        below = line_text(lines, index + 1)
        if line.rstrip().endswith((":", "[")) and _HEADER_VALUE_ITEM.match(below):
            for scheme, secret, user in _authorization_headers("Authorization: " + below.strip().lstrip("-").strip()):
                who = f" of user {user}" if user else ""
                yield 1, secret, f"HTTP {scheme} Authorization credential{who} written into the file"
        for scheme, secret, user in _authorization_headers(line):
            who = f" of user {user}" if user else ""
            yield 0, secret, f"HTTP {scheme} Authorization credential{who} written into the file"
        if "forHTTPHeaderField" in line:
            for found in itertools.islice(_VALUE_FIRST_AUTHORIZATION.finditer(line, 0, 8192), MAX_VALUES_A_LINE):
                for scheme, secret, user in _authorization_headers("Authorization: " + found.group("header")):
                    who = f" of user {user}" if user else ""
                    yield 0, secret, f"HTTP {scheme} Authorization credential{who} set on a request"


def _raw_authorization_strings(line: str) -> Iterator[Tuple[str, str]]:
    """(what, credential) of each header line written whole as a string in code with no scheme before its value (see
    _QUOTED_RAW_AUTHORIZATION): the value, or a `login:key` value's key."""
    for found in itertools.islice(_QUOTED_RAW_AUTHORIZATION.finditer(line, 0, 8192), _RAW_HEADERS_A_LINE):
        value = found.group("value")
        pair = _RAW_LOGIN_AND_KEY.match(value) if ":" in value else None
        if pair is not None:
            yield f"the key of login {pair.group('login')} in an Authorization header line written in code", pair.group("key")
        elif ":" not in value and _SIGNING_ALGORITHM.match(value) is None:
            yield "raw Authorization header line written in code (its credential with no scheme)", value


# A request as a capture records it (a packet capture's text, curl -v's `> ` lines, a debug log pasted as text): its
# request line (`GET /path HTTP/1.1`, NTRIP's and RTSP's, SIP's), then its header lines, one of them the Authorization
# header. Documentation's example requests are judged so too: an example's credential is a placeholder or a word pair
# (`Aladdin:open sesame`), which the header's reading (_authorization_headers) judges none.
_REQUEST_LINE = lazy_regex(
    r"""^[ \t]*(?:>[ \t]*)?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|SOURCE|DESCRIBE|SETUP|PLAY|ANNOUNCE|REGISTER|INVITE)"""
    r"""[ \t]+[^\s]{1,2048}[ \t]+(?:HTTP|RTSP|SIP)/[0-9](?:\.[0-9])?[ \t]*\r?$""")
_HEADER_LINE = lazy_regex(r"""^[ \t]*(?:>[ \t]*)?[A-Za-z][A-Za-z0-9-]{0,63}[ \t]*:""")
_AUTHORIZATION_HEADER_LINE = lazy_regex(r"""^[ \t]*(?:>[ \t]*)?(?i:authorization)[ \t]*:""")
_CAPTURED_HEADERS_READ = 32  # header lines above an Authorization header read for its request line


def captured_request(lines: Sequence[str], index: int) -> bool:
    """The line is an Authorization header below a request line, header lines between (see _REQUEST_LINE)."""
    if _AUTHORIZATION_HEADER_LINE.match(line_text(lines, index)) is None:
        return False
    for above in range(index - 1, max(-1, index - 1 - _CAPTURED_HEADERS_READ), -1):
        text = line_text(lines, above)
        if _REQUEST_LINE.match(text[:4096]) is not None:
            return True
        if _HEADER_LINE.match(text) is None:
            return False
    return False


# A WordPress application password as WordPress shows it, and takes it (its blanks ignored): six groups of four letters
# and digits, the password of the REST API's and XML-RPC's Basic credential. Judged joined, as one generated word; not
# documentation's groups counting up (`abcd efgh …`, `ABCD 1234 …`) nor a few characters repeated (`xxxx xxxx …`).
_GROUPED_PASSWORD = lazy_regex(r"^[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}$")


def _call_credential(key: str, value: str) -> bool:
    """A call's literal in a credential's slot is one: a password's slot given a WordPress application password as
    WordPress shows it (`HTTPBasicAuth("editor", "abcd EFGH …")`, its six groups judged by their shape, not as words),
    any other judged as any."""
    if key == "password" and _GROUPED_PASSWORD.match(value) is not None:
        return _grouped_application_password(value)
    return _is_credential(value, True, False, key)


def _grouped_application_password(password: str) -> bool:
    from secretfence.kinds._helpers import distinct_chars, steps_up

    joined = password.replace(" ", "")
    if not any(character.isalpha() for character in joined) or distinct_chars(joined) < 12:
        return False
    counting = sum(steps_up(group) for group in password.lower().split(" "))  # (`abcd`, `1234`)
    return counting < 2 and _is_credential(joined, True, False)


def is_token(value: str) -> bool:
    """A Basic header's user that is an API key (Stripe's `sk_live_…:`), by its format or its look."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    return is_literal_credential(value, True, False)


def _rst_list_table_passwords(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Match]:
    """A reStructuredText list table's password cells (_tool_outputs.rst_list_table), from its directive at line
    `index`: judged as a Markdown table's (a warning, a block where the password looks generated or chosen with care, or
    the row says the account is a shared one kept as it is), each reported on its own cell's line."""
    from secretfence.compat.detect_secrets.credential_keys import thai_note

    table = _tool_outputs.rst_list_table(lines, index)
    if table is None:
        return
    markdown, rows = table
    for offset, what, key, value, shared in _test_tooling.documented_table_passwords(markdown, 0):
        cells = rows[offset - 2]
        number = next((number for number, text in cells if value in text), cells[0][0])
        value = value.replace(_tool_outputs.RST_PIPE, "|")  # (a `|` in the cell, see _tool_outputs' _rst_cell)
        if not _is_credential(value, True, False, key) or thai_note(value) or _config_forms.prose_compound(value):
            continue
        blocks = shared or _config_forms.documented_password_judged(lines, number, value, key, is_teams_own_record(lowered_name))
        yield Match(secret=value, confidence=MEDIUM if blocks else LOW,
                    description=f"literal password in {what} (a list table) in documentation", line_offset=number - index)


def _documented_passwords(line: str) -> Iterator[Match]:
    """A documentation line's `--password '…'` (any command's): see _documented_confidence."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    reported: Set[str] = set()
    for found in _OPTION.finditer(line):
        key = found.group("key")
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if value not in reported and names_a_password(key) and _is_credential(value, True, False, key):
            reported.add(value)
            yield Match(secret=value, confidence=_documented_confidence(value),
                        description=f"literal password given to --{key} in documentation")


def _documented_key_options(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """A documentation line's key, token or secret option (`--token …`, `--api-key …`, any command's; a password's is
    _documented_passwords') whose value looks issued (_web_forms' bar for a page's key): the page's own key where the
    command sends it to its service's own host (a URL on the command's lines, its `--server` continued above: no
    example's, loopback or stand-in host), as a key beside its service's address is (documented_service_keys); a
    warning otherwise, as documentation's other examples are. A value an example spells passes."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    reported: Set[str] = set()
    for found in itertools.islice(_OPTION.finditer(line), MAX_VALUES_A_LINE):
        key = found.group("key")
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if value in reported or names_a_password(key) or not _web_forms.issued_key(value) \
                or not _credential_key(key, value) or not _is_credential(value, True, False, key):
            continue
        reported.add(value)
        host = _command_lines.command_url_host(lines, index)
        yield Match(secret=value, confidence=MEDIUM if _web_forms.documented_key_at_host(value, host, _real_host) else LOW,
                    description=f"literal secret given to --{key}" + (f" for {host}" if host else "") + " in documentation")


# Lines above a continuation line read for the command it continues.
_CONTINUED_READ = 12


def _in_continued_curl(lines: Sequence[str], index: int) -> bool:
    """The line continues a curl command begun on a line above (each line between ending with `\\`), and gives it
    a user (`-u`) or an Authorization header (`-H "Authorization: Bearer …"` below `curl "https://…" \\`)."""
    line = line_text(lines, index)
    if "-u" not in line and "--user" not in line and "uthorization" not in line:
        return False
    for above in range(index - 1, max(-1, index - 1 - _CONTINUED_READ), -1):
        text = line_text(lines, above).rstrip()
        if not text.endswith("\\"):
            return False
        if "curl" in text:
            return True
    return False


def _real_host(host: str) -> bool:
    """A host a service answers on: no documentation host (RFC 2606) or address (RFC 5737's three networks), no
    loopback, no stand-in (`<host>`, `$HOST`)."""
    lowered = host.lower().rstrip(".")
    return ("." in lowered and _EXAMPLE_HOST.search(lowered) is None and _LOOPBACK.match(lowered) is None
            and not lowered.startswith(("your", "my-", "api.your", "192.0.2.", "198.51.100.", "203.0.113.")))


def _documented_curl_key_issued(lines: Sequence[str], index: int, value: str) -> bool:
    """An API key documentation gives curl as its `-u` user (the user's name being the key) was issued to the page's team:
    drawn (_config_forms.drawn_credential) and looking issued, sent to a real host (the command's first URL's), no vendor's
    published test-mode key, in no code block its note calls made up or public."""
    from secretfence.compat.detect_secrets.credential_keys import test_mode_key

    return (documented_password_blocks(value) and _config_forms.drawn_credential(value) and not test_mode_key(value)
            and _real_host(_command_lines.command_url_host(lines, index))
            and not _config_forms.block_calls_its_key_made_up_or_public(lines, index))


def _documented_confidence(value: str) -> Confidence:
    """A password documentation shows blocks when it looks generated or chosen with care; a
    tutorial's (`Harbor12345`, `Welcome1`, `Admin@123`, `P@ssw0rd123!`: what a reader is told to type) warns."""
    return MEDIUM if documented_password_blocks(value) else LOW


# (stop 63) A client's login call in a page's code block naming its host, its user and its password by keyword
# (`Client(host="mqtt.….lan", user="sdk-demo",` / `password="…")`, `connect(hostname=…, username=…, password=…)`): the
# login a URL's userinfo would give (`mqtt://user:…@host`), judged as one (_documented_login_confidence: a real host and a
# password that looks issued). The call may open up to _CALL_LOGIN_READ lines above the password's.
_CALL_PASSWORD = lazy_regex(r"""(?<![\w.])(?:password|passwd|pwd)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_CALL_HOST = lazy_regex(r"""(?<![\w.])(?:host|hostname|server|broker|address)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\s]{1,253})(?P=q)""")
_CALL_USER = lazy_regex(r"""(?<![\w.])(?:user|username|user_name|login)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\s]{1,128})(?P=q)""")
_CALL_LOGIN_READ = 4


def _documented_call_logins(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[str, str, str]]:
    """(user, password, host) of a client's login call on the line (see _CALL_PASSWORD's note)."""
    password = _CALL_PASSWORD.search(line[:4096]) if ("ass" in line or "pwd" in line or "PASS" in line) else None
    if password is None:
        return
    call = line[:password.start()]
    for at in range(index - 1, max(-1, index - 1 - _CALL_LOGIN_READ), -1):
        if call.count("(") > call.count(")"):
            break  # (the call opened on the lines read)
        call = line_text(lines, at)[:4096] + "\n" + call
    if call.count("(") <= call.count(")"):
        return
    host, user = _CALL_HOST.search(call), _CALL_USER.search(call)
    if host is not None and user is not None:
        yield user.group("value"), password.group("value"), host.group("value").lower()


# (stop 67) A mail or file client opened on a literal host in a page's code block, bound to a name, then that name's
# login given the user and the password by position or by keyword (`s = smtplib.SMTP("smtp.…", 587)` … `s.login("news@…",
# "…")`; `with smtplib.SMTP_SSL(…) as s:`; imaplib's `IMAP4_SSL`, ftplib's `FTP` and `FTP_TLS`, `passwd=`): the login a
# URL's userinfo would give (`smtp://user:…@host`), judged as one (_documented_login_confidence). The client opens at most
# _CLIENT_LOGIN_READ lines above the login.
_CLIENT_OPENED = lazy_regex(
    r"""(?:(?P<name>[A-Za-z_]\w{0,63})[ \t]*=[ \t]*)?(?:smtplib|imaplib|ftplib)\.(?:SMTP(?:_SSL)?|LMTP|IMAP4(?:_SSL)?|FTP(?:_TLS)?)"""
    r"""\([ \t]*(?:host[ \t]*=[ \t]*)?(?P<q>["'])(?P<host>[^"'\s]{1,253})(?P=q)""")
_CLIENT_ALIAS = lazy_regex(r"""\)[ \t]+as[ \t]+(?P<name>[A-Za-z_]\w{0,63})[ \t]*:""")
_CLIENT_LOGIN = lazy_regex(
    r"""(?<![\w.])(?P<name>[A-Za-z_]\w{0,63})\.login\([ \t]*(?:user[ \t]*=[ \t]*)?(?P<uq>["'])(?P<user>[^"'\s]{1,128})(?P=uq)"""
    r"""[ \t]*,[ \t]*(?:(?:password|passwd)[ \t]*=[ \t]*)?(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*\)""")
_CLIENT_LOGIN_READ = 8


def _documented_client_logins(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[str, str, str]]:
    """(user, password, host) of a client's login on the line whose client the lines above open (_CLIENT_OPENED's note)."""
    login = _CLIENT_LOGIN.search(line[:4096])
    if login is None:
        return
    for at in range(index, max(-1, index - 1 - _CLIENT_LOGIN_READ), -1):
        text = line_text(lines, at)[:4096]
        opened = _CLIENT_OPENED.search(text) if "lib." in text else None
        if opened is None:
            continue
        alias = _CLIENT_ALIAS.search(text, opened.end())
        if login.group("name") in (opened.group("name"), alias.group("name") if alias is not None else None):
            yield login.group("user"), login.group("value"), opened.group("host").lower()
        return


def documented_call_login(lines: Sequence[str], index: int, secret: str) -> Optional[str]:
    """What `secret` is when a client's login call in documentation gives it with its host and user and it blocks (see
    _documented_call_logins): the keyword plugin's hit on the same `password="…"` blocks as this kind's finding would,
    which gives way to it; None otherwise."""
    line = line_text(lines, index)
    for user, password, host in _documented_call_logins(lines, index, line):
        if password == secret and not is_stand_in_password(password) and _is_credential(password, True, False, "password") \
                and _documented_login_confidence(password, host) is MEDIUM:
            return f"literal password of user {user} given with its host {host} to a client's call in documentation"
    for user, password, host in _documented_client_logins(lines, index, line) if ".login(" in line else ():
        if password == secret and not is_stand_in_password(password) and _is_credential(password, True, False, "password") \
                and _documented_login_confidence(password, host) is MEDIUM:
            return f"literal password of user {user} given to the login of a client of {host} in documentation"
    return None


def _documented_login_confidence(password: str, host: str) -> Confidence:
    """A login documentation's command sends to a host (a URL's userinfo: `wget "ftp://<user>:<password>@ftp.…/…"`)
    blocks where the host is a real one (an example's is RFC 2606's, the reader's own machine or a stand-in) and the
    password looks issued: generated or chosen with care (_documented_confidence's bar), or short and drawn as a
    provider draws an account's (`z8r4x94g6w`, `RtYu4nMk`: an example's is a word and a number). The account on that
    host is the page's own, no tutorial's."""
    return MEDIUM if _looks_issued(password) and _real_host(host) else LOW


def documented_service_keys(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str]]:
    """(what, value) of a documentation line's key set beside its service's own API address (a team's pasted settings:
    _config_forms.keys_beside_their_service_url) that blocks: the address's host is the service's and the key looks
    issued (_web_forms.documented_key_at_host); beside an example's host, or an example's value, it is left as it was.
    (stop 65) Or both given to one call on the line (_config_forms.call_keys_beside_their_service_url).
    Read by the keyword rule too (its hit on the same value stands for this one)."""
    line = line_text(lines, index)
    if "://" in line:
        # (stop 65: a client's call given the address and the key together, `Client(base_url="https://…", api_key="…")`;
        # not where the block's note calls the key an example or public, as for a live-mode key alone: rw_stop62_test)
        from secretfence.compat.detect_secrets.credential_keys import test_mode_key

        # (a vendor's test-mode key in a lesson's call is its sandbox's, an example: rw_stop62_test)
        calls = _config_forms.call_keys_beside_their_service_url(line)
        first = next(calls, None)
        if first is None or _config_forms.block_says_made_up_or_public(lines, index):
            return
        for what, key, value, host in itertools.chain((first,), calls):
            if not test_mode_key(value) and _credential_key(key, value) and _is_credential(value, True, False, key) and \
                    _web_forms.documented_key_at_host(value, host, _real_host):
                yield what, value
        return
    if "=" not in line and ":" not in line:
        return
    for what, key, value, host in _config_forms.keys_beside_their_service_url(lines, index):
        if _credential_key(key, value) and _is_credential(value, True, False, key) and \
                _web_forms.documented_key_at_host(value, host, _real_host):
            yield what, value


# A project's README (`README.md`, `readme.rst`, `README.de.md`): its own run instructions, as a docs tree's pages are
# the product's lessons to its users.
_README_FILE = lazy_regex(r"(?:^|[/\\])readme(?:[._-][^/\\]{0,40})?$")
# (stop 63) A deployment page (`docs/deploy.md`, `despliegue.rst`, `deploiement.md`, `bereitstellung.rst`): the operators'
# own steps to deploy the project where it runs, as a runbook's are; its shell exports read as a README's quick start's.
_DEPLOYMENT_PAGE = lazy_regex(
    r"""(?:^|[/\\])(?:[\w-]{0,40}[._-])?(?:deploy(?:ing|ment)?|despliegue|desplegar|implantaci(?:ó|o)n|d(?:é|e)ploiement"""
    r"""|bereitstellung|implanta(?:ç|c)(?:ã|a)o|distribuzione)(?:[._-][\w-]{0,40})?\.(?:md|rst|txt|adoc)$""")


def _runs_own_exports(lowered_name: str) -> bool:
    """The page is a README or a deployment page (see _DEPLOYMENT_PAGE): its shell exports are the project's own."""
    return _README_FILE.search(lowered_name) is not None or (
        "dep" in lowered_name or "desp" in lowered_name or "implanta" in lowered_name or "bereit" in lowered_name
        or "distrib" in lowered_name) and _DEPLOYMENT_PAGE.search(lowered_name) is not None
# A shell's `export NAME=value` (after a prompt's `$`, `%` or `>`), its value bare or quoted, ended by a blank, a `;`
# or the line's end.
_SHELL_EXPORT = lazy_regex(r"""^[ \t]*(?:[$%>][ \t]+)?export[ \t]+(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})="""
                           r"""(?:"(?P<dq>[^"\s$\\`]{1,256})"|'(?P<sq>[^'\s]{1,256})'|(?P<bare>[^\s"'`;&|$\\]{1,256}))(?=[ \t;]|$)""")
# (stop 63) A shell command's own environment given before it (`MQTT_PASSWORD=… ./cellarbridge`, `A=… B=… go run .`,
# after `sudo -E` or `env`): the variable is set for the command as an export sets it for the session. The command
# must follow (a path or a program's name, no further `NAME=`), so a line of bare assignments (a .env's) stays unread.
_SHELL_ENV_PREFIX = lazy_regex(
    r"""^[ \t]*(?:[$%>][ \t]+)?(?:sudo[ \t]+(?:-E[ \t]+)?)?(?:env[ \t]+(?:(?:-i|--ignore-environment)[ \t]+)?)?(?P<assigns>(?:[A-Za-z_][A-Za-z0-9_]{0,127}="""
    r"""(?:"[^"\s$\\`]{1,256}"|'[^'\s]{1,256}'|[^\s"'`;&|$\\]{1,256})[ \t]+){1,6})(?=[./~]|[A-Za-z_][\w.+-]{0,64}(?:[ \t]|$))""")
# (review 64) Other shells' settings of the session's environment, as `export` is bash's: PowerShell's `$env:NAME = '…'`,
# fish's `set -x NAME '…'` (`-gx`, `-Ux`), cmd's `set NAME=…` (`set "NAME=…"`) and `setx NAME …`; after a prompt
# (`$`, `%`, `>`, `PS C:\> `).
_OTHER_SHELL_SETTING = lazy_regex(
    r"""^[ \t]*(?:(?:PS[^>\n]{0,64})?>[ \t]*|[$%][ \t]+)?(?:\$env:(?P<ps>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=[ \t]*"""
    r"""|set[ \t]+(?:-[gxlUu]{1,4}[ \t]+){1,3}(?P<fish>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]+"""
    r"""|setx[ \t]+(?P<setx>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]+|set[ \t]+"?(?P<cmd>[A-Za-z_][A-Za-z0-9_]{0,127})=)"""
    r"""(?:"(?P<dq>[^"\s$\\`]{1,256})"|'(?P<sq>[^'\s]{1,256})'|(?P<bare>[^\s"'`;&|$\\]{1,256}))(?=[ \t;&|"]|\r?$)""")
# (review 64) A line of one assignment alone, a `.env` block's (`HOTEL_PARTNER_KEY=fpk_live_…`): read for a live-mode key
# only (_LIVE_MODE_KEY), which is an account's own on any page as its export is.
_BARE_ENV_LINE = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=[ \t]*(?:"(?P<dq>[^"\s]{1,256})"|'(?P<sq>[^'\s]{1,256})'"""
                            r"""|(?P<bare>[^\s"'`;&|$\\]{1,256}))[ \t]*\r?$""")
# (stop 68, pages) A build command's define (Flutter's `--dart-define=NAME=value`, Docker's and Podman's `--build-arg
# NAME=value`, Bazel's and others' `--define=NAME=value`), the pair quoted whole or its value quoted: read as an export.
_BUILD_DEFINE = lazy_regex(
    r"""(?<![\w-])--(?:dart-define|build-arg|define)(?:=|[ \t]+)(?P<q>["']?)(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})="""
    r"""(?:"(?P<dq>[^"\s$\\`]{1,256})"|'(?P<sq>[^'\s]{1,256})'|(?P<bare>[^\s"'`;&|$\\]{1,256}))(?=[\s"';]|$)""")
_ENV_ASSIGNMENT = lazy_regex(r"""(?P<key>[A-Za-z_][A-Za-z0-9_]{0,127})=(?:"(?P<dq>[^"\s$\\`]{1,256})"|'(?P<sq>[^'\s]{1,256})'"""
                             r"""|(?P<bare>[^\s"'`;&|$\\]{1,256}))""")


_README_CALLS_A_LINE = 8  # a README code line's call values read at most


def _in_fence(lines: Sequence[str], index: int) -> bool:
    """The line stands inside a Markdown fence (```, ~~~), between an opening fence line and its close."""
    from secretfence.kinds._network_keys import FENCES

    return bisect.bisect_left(FENCES.of(lines), index) % 2 == 1


def _readme_exported_secrets(line: str) -> Iterator[Tuple[str, str]]:
    """(key, value) of a README's shell command exporting a credential-named variable (its quick start's `export
    AGERO_CLIENT_SECRET=…`) whose value looks issued: generated or chosen with care, no stock example. The seven such
    README lines of the labelled sets are secrets, none decoys; of 9,279 real README and documentation pages (haystack,
    mem0, crewAI-examples, awesome-llm-apps) the 41 README exports of credential names all hold placeholders, and
    the two generated-looking documentation exports found (a docs site's `sk-randomAPIkey…`, Flask's config page's
    hex `FLASK_SECRET_KEY`) stand in a docs tree's page, which this leaves to the documentation policy."""
    found = _SHELL_EXPORT.match(line)
    assignments: Sequence[re.Match[str]] = []
    if found is not None:
        assignments = [found]
    else:
        prefix = _SHELL_ENV_PREFIX.match(line) if "=" in line else None
        other = _OTHER_SHELL_SETTING.match(line) if prefix is None and ("set" in line.lower() or "$env:" in line) else None
        if prefix is not None:
            assignments = list(_ENV_ASSIGNMENT.finditer(prefix.group("assigns")))
        elif other is not None:
            assignments = [other]
    if "--" in line and "=" in line and ("define" in line or "build-arg" in line):
        # (stop 68, pages: a build's defines, each a variable compiled into the app or given to its image's build as an
        # export gives one to the session: `flutter build apk --dart-define=KIOSK_TOKEN=…`, `docker build --build-arg
        # NPM_TOKEN=…`, `--define=…`, on the command's line or a line continuing it)
        assignments = [*assignments, *itertools.islice(_BUILD_DEFINE.finditer(line, 0, 4096), _README_CALLS_A_LINE)]
    for assignment in assignments:
        key = _setting_key(assignment)
        value = assignment.group("dq") or assignment.group("sq") or assignment.group("bare") or ""
        if _credential_key(key, value) and documented_password_blocks(value) and _is_credential(value, True, False, key):
            yield key, value


# (stop 63) A vendor's key in live mode, its head and `_live_` then a drawn body (`fpk_live_0EMR…`, as Stripe's, Paystack's
# and Chapa's secret keys are written): a lesson shows a test-mode key or a placeholder (`sk_live_...`), so a live one with
# a drawn body exported on any page is an account's own. A publishable key (`pk_live_…`) is sent to every browser.
_LIVE_MODE_KEY = lazy_regex(r"""^(?!pk_)[A-Za-z][A-Za-z0-9]{0,11}_live_(?P<body>[A-Za-z0-9]{24,128})$""")
# (review 64) the body mixes upper and lower case and digits, or is drawn in one case with digits in three runs or more
# (`fpk_live_r1vqx1k8hafdc…`, as a vendor issuing lower-case keys draws them): `fpk_live_aaaa…` and `…_live_test_key` are
# stand-ins. The first form (all three classes only) passed a one-case drawn live key exported on a partner page.
_LIVE_BODY_MIXED = lazy_regex(r"""^(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[0-9])""")
_LIVE_BODY_DIGIT_RUNS = lazy_regex(r"""[0-9]+""")


def _live_mode_key(value: str) -> bool:
    """A vendor's key in live mode with a drawn body (see _LIVE_MODE_KEY)."""
    found = _LIVE_MODE_KEY.match(value) if "_live_" in value else None
    if found is None:
        return False
    body = found.group("body")
    if _LIVE_BODY_MIXED.match(body) is not None:
        return True
    return (body.islower() or body.isupper()) and looks_generated(body) and len(_LIVE_BODY_DIGIT_RUNS.findall(body)) >= 3


def _setting_key(found: "re.Match[str]") -> str:
    """The variable's name an export, an assignment or another shell's setting (_OTHER_SHELL_SETTING) names."""
    groups = found.groupdict()
    return next(groups[name] for name in ("key", "ps", "fish", "setx", "cmd") if groups.get(name))


# (stop 64) The same key standing alone in a page or a saved e-mail, in a code span, a field list's value or on its own
# line (`:API key: ``tbx_live_…```, a vendor's mail `Your live API key is:` then the key): its whole word only.
_LIVE_MODE_WORD = lazy_regex(r"""(?<![\w.:/+=-])[A-Za-z][A-Za-z0-9]{0,11}_live_[A-Za-z0-9]{24,128}(?![\w.:/+=-])""")
_LIVE_MODE_PAGES = DOCUMENT_SUFFIXES + (".eml",)
_LIVE_MODE_KEYS_A_LINE = 16


def _drawn_letters(body: str) -> bool:
    """A body of letters alone a generator drew (one in about 300 of 32 drawn letters and digits holds no digit): both
    cases a quarter of it each, its case changing at every fourth letter or more, capitals side by side twice or more
    (`CGQCfinXcbTq…`; no CamelCase phrase, `ThisIsMyLiveKeyForTheDocs`, whose capitals each open a word), ten distinct."""
    uppers = sum(character.isupper() for character in body)
    changes = sum(one.isupper() != two.isupper() for one, two in zip(body, body[1:]))
    paired = sum(one.isupper() and two.isupper() for one, two in zip(body, body[1:]))
    return (body.isalpha() and 4 * min(uppers, len(body) - uppers) >= len(body) and 4 * changes >= len(body)
            and paired >= 2 and len(set(body)) >= 10)


# (stop 67) An API description's prose (OpenAPI's and Swagger's `description`, `summary`: Markdown the spec renders as the
# API's documentation) is documentation in a configuration file: a live-mode key with a drawn body stated there is an
# account's own, as on a page (`description: "Buyer's key (prod): kk_live_…"`). Where the file opens as one (its
# `openapi:` or `swagger:` version among its first lines, YAML's or JSON's).
_API_DESCRIPTION_SUFFIXES = (".yaml", ".yml", ".json")
_API_PROSE_FIELD = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?(?:description|summary)["']?[ \t]*:""")
_API_DESCRIPTION_HEAD = lazy_regex(r"""^[ \t{]*["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*["']?[23]\.""")
_API_HEAD_LINES = 8


def _describes_an_api(lines: Sequence[str]) -> bool:
    """The file opens as an OpenAPI or Swagger description (see _API_PROSE_FIELD)."""
    return any(_API_DESCRIPTION_HEAD.match(line[:256]) for line in itertools.islice(lines, _API_HEAD_LINES))


def _stated_live_mode_keys(line: str) -> Iterator[str]:
    """The live-mode keys with a drawn body (_LIVE_MODE_KEY, or letters alone: _drawn_letters) standing alone as words on
    a page's or an e-mail's line."""
    for found in itertools.islice(_LIVE_MODE_WORD.finditer(line, 0, 8192), _LIVE_MODE_KEYS_A_LINE):
        value = found.group(0)
        drawn = _LIVE_MODE_KEY.match(value) is not None or (
            not value.startswith("pk_") and _drawn_letters(value[value.index("_live_") + 6:]))
        if drawn and _is_credential(value, True, False, "api_key"):
            yield value


def _page_exported_secrets(line: str, lowered_name: str) -> Iterator[Tuple[str, str]]:
    """_readme_exported_secrets' exports on a README or a deployment page (_runs_own_exports); on any other documentation
    page, those whose value is a live-mode key with a drawn body (_LIVE_MODE_KEY). (review 64) A live-mode key given
    alone on its line (`HOTEL_PARTNER_KEY=fpk_live_…`, a `.env` block's) on any page too."""
    own = _runs_own_exports(lowered_name)
    exported = list(_readme_exported_secrets(line)) if own or "_live_" in line else []
    yield from ((key, value) for key, value in exported if own or _live_mode_key(value))
    if "_live_" in line and not exported:
        found = _BARE_ENV_LINE.match(line)
        value = (found.group("dq") or found.group("sq") or found.group("bare") or "") if found is not None else ""
        if found is not None and _live_mode_key(value) and _credential_key(found.group("key"), value) \
                and documented_password_blocks(value) and _is_credential(value, True, False, found.group("key")):
            yield found.group("key"), value


def readme_exported_secret(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What `secret` is when the line exports it as a README's shell command does (see _page_exported_secrets): the
    keyword plugin's hit on the same value (`export X="…"`, quoted) blocks as this kind's finding would, which gives way
    to it; None otherwise."""
    line = line_text(lines, index)
    if "=" not in line and "set" not in line.lower():
        return None
    return next((f"literal secret exported as {key} in {_exporting_page(lowered_name)} shell command"
                 for key, value in _page_exported_secrets(line, lowered_name) if value == secret), None)


def _exporting_page(lowered_name: str) -> str:
    """What page a shell export stands in, for a finding's description (see _page_exported_secrets)."""
    return "a README's or a deployment page's" if _runs_own_exports(lowered_name) else "a page's (a live-mode key)"


# (stop 65) A call's keyword argument in a README's code block (`Client(api_key="…")`, `connect(token='…', …)`, a wrapped
# call's indented `    api_key="…",` line): after the call's `(` or a `,`, or indented alone on its line (an assignment
# at the line's start, `api_key = "…"`, is the keyword rule's, which documentation's policy leaves a warning).
# (review 66: and a named argument or an object's member as the other languages write it, JavaScript's `new Kyo({ apiKey:
# '…' })` (a wrapped object's indented `  apiKey: '…',` line), Ruby's and C#'s `new(api_key: "…")`, PHP's `['api_key' =>
# '…']`: after `(`, `{`, `[` or `,`, or indented on a line its comma ends, not a YAML block's `  api_key: …` line)
_KEYWORD_ARGUMENT = lazy_regex(
    r"""(?:(?<=[(,])[ \t]*|^[ \t]+)(?P<key>[A-Za-z_][A-Za-z0-9_]{0,63})[ \t]*=[ \t]*(?P<quote>["'])(?P<value>[^"'\s\\`$]{12,256})(?P=quote)"""
    r"""(?=[ \t]*[,)]|[ \t]*\r?$)"""
    r"""|(?:(?<=[({\[,])[ \t]*|^[ \t]+(?=\S[^\n]*,[ \t]*\r?$))(?P<named_quote>["']?)(?P<named>[A-Za-z_][A-Za-z0-9_]{0,63})(?P=named_quote)"""
    r"""[ \t]*(?::|=>)[ \t]*(?P<member_quote>["'])(?P<member>[^"'\s\\`$]{12,256})(?P=member_quote)(?=[ \t]*[,)}\]]|[ \t]*\r?$)""")
_README_KEYWORDS_A_LINE = 8  # a README code line's keyword arguments read at most
_URL_HOSTS = lazy_regex(r"""[a-z][a-z0-9+.-]{0,15}://(?:[^\s/@"'<>]{0,256}@)?([^\s/:?#"'<>]{1,253})""")


# (review 66) A loopback address given as where the service calls back, or through which the client goes (an OAuth app's
# `redirect_uri="http://localhost:8080/callback"`, `proxy="http://127.0.0.1:3128"`, a webhook's or a CORS origin's): the
# key is still the real service's, sent to it (only the client's own address on the reader's machine makes it a throwaway)
_NOT_THE_SERVICES_ADDRESS = lazy_regex(
    r"""(?i)(?:redirect|callback|call_back|return|proxy|proxies|webhook|hook|origin|cors|notify|notification|success"""
    r"""|cancel|landing|login_url|logout"""
    # (review 67: and where a tunnel's or a relay's service forwards to, the reader's own app: ngrok's `forward(addr=
    # "http://localhost:8080", authtoken="…")`, `upstream=`, `forward_to=`, `local_url=`; the token is the tunnel service's)
    r"""|forward|upstream|tunnel|local_?ur[li]|local_?addr)[A-Za-z0-9_]{0,24}["']?[ \t]*[:=][ \t]*(?:[{\[][ \t]*)?"""
    r"""(?:["'][A-Za-z]{1,8}["'][ \t]*:[ \t]*)?["']?$"""  # (a dict's scheme key: `proxies={"https": "http://…"}`)
    # (the same address as such a call's first argument, named or not: `forward("http://localhost:8080", …)`,
    # `forward({ addr: "http://localhost:8080", … })`)
    r"""|(?:forward|tunnel|expose)[A-Za-z0-9_]{0,24}\([ \t]*(?:\{[ \t]*)?(?:[A-Za-z_]\w{0,24}[ \t]*[:=][ \t]*)?["']?$""")


def _calls_a_loopback_service(line: str) -> bool:
    """The line gives a call the reader's own machine's address as its service's (`base_url="http://localhost:8080"`), read
    in its first 4,096 characters: not an address given as a callback, a redirect or a proxy (_NOT_THE_SERVICES_ADDRESS)."""
    for found in _URL_HOSTS.finditer(line, 0, 4096):
        if _LOOPBACK.match(found.group(1).lower().rstrip(".")) is not None and \
                _NOT_THE_SERVICES_ADDRESS.search(line, max(0, found.start() - 64), found.start()) is None:
            return True
    return False


def _readme_call_keys(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Tuple[str, str]]:
    """(key, value) of each credential-named keyword argument a README's code block gives a call (_KEYWORD_ARGUMENT) whose
    value a generator or a vendor's console drew (_config_forms.drawn_credential: `kyo_fjAU…`, a random UUID): the
    project's own run instructions, as its quick start's exports are (_readme_exported_secrets). A docs tree's page is a
    lesson, left to the documentation policy; a placeholder, a stock example (`sk_test_4eC39…`) or a word is none."""
    if ("=" not in line and ":" not in line) or _README_FILE.search(lowered_name) is None or not _in_fence(lines, index):
        return
    # (not a call given the reader's own machine's address, `http://localhost:8080`: a local throwaway, as a URL's password
    # on a loopback host is; an example domain's address keeps a drawn key as it keeps a URL's drawn password: the
    # README's policy), nor a block its note calls an example or public: md1_stop65_test, rw_stop62_test)
    # (review 66: a note calling the key made up, not one calling the code an example: `Example usage:` leads a README's run
    # instructions as often as `Install and run:`)
    if _calls_a_loopback_service(line) or _config_forms.block_calls_its_key_made_up_or_public(lines, index):
        return
    for found in itertools.islice(_KEYWORD_ARGUMENT.finditer(line, 0, 4096), _README_KEYWORDS_A_LINE):
        key, value = found.group("key") or found.group("named"), found.group("value") or found.group("member")
        if _credential_key(key, value) and _config_forms.drawn_credential(value) and _is_credential(value, True, False, key):
            yield key, value


def readme_call_key(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What `secret` is when a README's code block gives it to a call under a credential's keyword (_readme_call_keys): the
    keyword plugin's hit on the same `api_key="…"` blocks as this kind's finding would, which gives way to it; None
    otherwise."""
    line = line_text(lines, index)
    return next((f"literal secret given as {key}= to a call in a README's code block"
                 for key, value in _readme_call_keys(lines, index, line, lowered_name) if value == secret), None)


def _looks_issued(password: str) -> bool:
    """A password as a provider or a device's installer issues one: generated or chosen with care (_documented_confidence's
    bar), or short and drawn (`z8r4x94g6w`, `RtYu4nMk`: an example's is a word and a number)."""
    from secretfence.compat.detect_secrets.credential_keys import drawn_short_password

    return documented_password_blocks(password) or generated_password(password) or drawn_short_password(password)


def _documented_tool_passwords(line: str, continues_curl: bool = False) -> Iterator[Match]:
    """A documentation line's command whose known tool takes a password by its option (CrackMapExec's
    `-p`, sshpass's `-p`, evil-winrm's `-p`; kinds/_command_lines.py), or curl's `-u user:password`:
    a literal that passes the strict credential test and is no example is one a reader pasted from a
    console session, where an example would have written a placeholder."""
    reported: Set[str] = set()
    for what, key, value in _command_lines.tool_option_secrets(line):
        if value not in reported and _credential_key(key, value) and _is_credential(value, True, False, key):
            reported.add(value)
            yield Match(secret=value, confidence=_documented_confidence(value), description=f"literal secret in {what} in documentation")
    if "curl" not in line and not continues_curl:
        return
    if "-u" in line or "--user" in line:
        for found in _DOCUMENTED_CURL_USER.finditer(line):
            user = found.group("user") or found.group("user2") or ""
            value = found.group("pw") or found.group("sq") or found.group("dq") or found.group("bare") or ""
            if value not in reported and not user.startswith("+") and not is_stand_in_password(value) and _is_credential(
                    value, True, False, "password"):
                reported.add(value)
                yield Match(secret=value, confidence=_documented_confidence(value),
                            description=f"literal password of user {user} given to curl in documentation")
    if "uthorization" in line:
        for scheme, secret, user in _authorization_headers(line):
            if secret not in reported:
                reported.add(secret)
                yield Match(secret=secret, confidence=_documented_confidence(secret),
                            description=f"HTTP {scheme} credential given to curl in documentation")


# (stop 64) An encrypter's key written as Laravel's `php artisan key:generate` writes it, `base64:` and the key's 16 or 32
# random bytes (`'key' => 'base64:…'` in a config/app.php, an INI's `key = base64:…`): under a bare `key` it is the key
# that signs the app's cookies and encrypts its data, whatever the file's name.
_ENCRYPTER_KEY = lazy_regex(r"^base64:(?P<body>[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)$")


def _encrypter_key_encoding(value: str) -> bool:
    """Whether `value` is an encrypter's key in Laravel's encoding (see _ENCRYPTER_KEY)."""
    return value.startswith("base64:") and _ENCRYPTER_KEY.match(value) is not None


def _without_scheme(value: str) -> str:
    """A token as its scheme wraps it (`Bearer m1Ao…`): the token."""
    if " " in value or "\t" in value:
        found = _SCHEMED_VALUE.match(value)
        if found is not None:
            return found.group("rails") or found.group("value")
    return value


def _vrrp_password(value: str, lines: Sequence[str], index: int) -> bool:
    """keepalived's `auth_pass` under `auth_type PASS`: VRRP keeps eight characters, so a shorter,
    plainer value than a password elsewhere (two classes of characters, six or more) is one; a
    digits-only stock example (`auth_pass 1111`) or a placeholder is not."""
    from secretfence.kinds._helpers import is_placeholder
    from secretfence.kinds.database import DEFAULT_PASSWORDS

    if not any(_AUTH_TYPE_PASS.match(line_text(lines, other)) for other in range(max(0, index - 3), index + 4)):
        return False
    classes = sum(1 for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]") if re.search(pattern, value))
    lowered = value.lower()
    return (6 <= len(value) <= 64 and classes >= 2 and not is_placeholder(value) and lowered not in DEFAULT_PASSWORDS
            and not any(part in lowered for part in ("pass", "secret", "example", "change")))


_BLOCK_TRIGGERS = Triggers(exact=("variable", "random_", "create", "CREATE", "tokens"))


def _block_values(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Tuple[int, str, str]]:
    """(offset, what it is, the secret) of values a block names from its head: an HCL variable's
    `default` (the variable's name is the credential's: `variable "hcloud_token" {`), a Terraform
    state's random_password result, a Consul/Nomad ACL `tokens { agent = "<uuid>" }` block."""
    line = line_text(lines, index)
    if "variable" in line and lowered_name.endswith(HCL_SUFFIXES):
        variable = _HCL_VARIABLE.match(line)
        if variable is not None:
            name = variable.group("name")
            for offset, inner in _block_lines(lines, index):
                default = _HCL_DEFAULT.match(inner)
                if default is not None and _credential_key(name, default.group("value")) and _is_credential(
                        default.group("value"), True, False, name):
                    yield offset, f"literal credential as the default of the variable {name}", default.group("value")
    if "random_" in line and ".tfstate" in lowered_name:
        resource = _TFSTATE_RANDOM.match(line)
        if resource is not None:
            import json

            for offset in range(1, _TFSTATE_LINES + 1):
                following = line_text(lines, index + offset)
                if _TFSTATE_NEXT.match(following):
                    break
                result = _TFSTATE_RESULT.match(following)
                if result is None:
                    continue
                try:
                    value = json.loads('"' + result.group("value") + '"')
                except ValueError:
                    continue
                if _is_credential(value, True, False, "password"):
                    yield offset, f"{resource.group('type')}'s result in a Terraform state", value
    if ("create" in line or "CREATE" in line) and _CREATE_SECRET.search(line):
        yield from _sql_secret_items(lines, index)
    if "tokens" in line:
        if _ACL_TOKENS.match(line):
            for offset, inner in _block_lines(lines, index):
                item = _ACL_TOKEN_ITEM.match(inner)
                if item is not None:
                    yield offset, f"ACL token {item.group('key')} in a tokens block", item.group("value")


def _sql_secret_items(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str, str]]:
    """(offset, what it is, the secret) of the secret items of an SQL `CREATE SECRET` statement
    opened on `lines[index]`, up to its `;` (or a blank line, or the next such statement: one left open)."""
    head = _CREATE_SECRET.search(line_text(lines, index))
    start = head.end() if head is not None else 0
    for offset in range(_SQL_STATEMENT_LINES):
        text = line_text(lines, index + offset)
        if index + offset >= len(lines) or (offset and not text.strip()):
            return
        if offset and ("create" in text or "CREATE" in text) and _CREATE_SECRET.search(text):
            return  # another statement: read from its own line (a flood of heads stays linear)
        statement_end = text.find(";", start)
        part = text[start:statement_end] if statement_end >= 0 else text[start:]
        for found in _SQL_SECRET_ITEM.finditer(part):
            key, value = found.group("key"), found.group("value")
            if key.lower() in _SQL_SECRET_KEYS and _is_credential(value, True, False, "secret"):
                yield offset, f"literal {key.upper()} of an SQL CREATE SECRET statement", value
        if statement_end >= 0:
            return
        start = 0


def _block_lines(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(offset, line) of the lines directly inside the block opened at the end of `lines[index]`
    (nested blocks' lines skipped), up to its closing brace."""
    depth = 1
    for offset in range(1, _BLOCK_LINES + 1):
        if index + offset >= len(lines):
            return
        inner = line_text(lines, index + offset)
        opened, closed = inner.count("{"), inner.count("}")
        if depth == 1 and not opened and not closed:
            yield offset, inner
        depth += opened - closed
        if depth <= 0:
            return


def home_secrets_verdict(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What a keyword hit on a Home Assistant / ESPHome secrets file's value is when its forms read it (a node's API
    encryption key under any name: _HOME_NOISE_KEY), else None."""
    if not _HOME_SECRETS_NAME.search(lowered_name):
        return None
    return next((what for what, value in _role_file_values(lines, index, lowered_name) if value == secret), None)


# (stop 70) Where the file names no SSID, a Wi-Fi name's value is the network's name as often (`wifi_roastery:
# "Roastery-5G"`), but no network's name is a chosen password's shape: four kinds of characters, a symbol among them
# that SSIDs are not written with (`Arabika@Randang4319`; `Roastery_5G-Guest` is a name's separators).
_SSID_SEPARATORS = frozenset("-_. '")


def _no_network_name(value: str) -> bool:
    from secretfence.kinds._helpers import looks_chosen

    return looks_chosen(value) and any(not character.isalnum() and character not in _SSID_SEPARATORS for character in value)


def _noise_key_placeholder(value: str) -> bool:
    """A stand-in for an ESPHome API encryption key (one character or chunk repeated, a template's), not a drawn one."""
    from secretfence.kinds._helpers import has_repeated_chunk, is_placeholder

    return is_placeholder(value) or has_repeated_chunk(value)


def _role_file_values(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Tuple[str, str]]:
    """(what it is, the secret) of a file that is a password by its role: an Ansible vault password
    script's echoed literal (or the password file's lone line)."""
    line = line_text(lines, index)
    if "mongo" in lowered_name and _MONGO_KEYFILE_NAME.search(lowered_name):
        key = _mongo_keyfile(lines, index)
        if key is not None:
            yield "MongoDB keyfile (a replica set's shared key)", key
        return
    if "secrets" in lowered_name and _HOME_SECRETS_NAME.search(lowered_name):
        from secretfence.compat.detect_secrets.credential_keys import key_words

        found = _HOME_WIFI_SECRET.match(line) if ("wifi" in line.lower() or "wlan" in line.lower()) else None
        if (found is not None and not _NOT_A_WIFI_PASSWORD.intersection(key_words(found.group("key")))
                and (_SSID_KEY.search("\n".join(line_text(lines, number) for number in range(min(len(lines), _HOME_SECRETS_READ))))
                     or _no_network_name(found.group("value")))
                and _is_credential(found.group("value"), True, False, "wifi_password")):
            yield f"Wi-Fi password under {found.group('key')} in a Home Assistant / ESPHome secrets file", found.group("value")
        noise = _HOME_NOISE_KEY.match(line) if "=" in line else None
        if noise is not None and not _noise_key_placeholder(noise.group("value")):
            yield f"ESPHome API encryption key under {noise.group('key')} in a Home Assistant / ESPHome secrets file", \
                noise.group("value")
        return
    if any(tool in lowered_name for tool in _BACKUP_TOOLS) and _BACKUP_PASSWORD_FILE_NAME.search(lowered_name):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and len(lines) <= _PASSWORD_FILE_LINES and all(
                not text or text.startswith("#") for text in (line_text(lines, other).strip()
                                                             for other in range(len(lines)) if other != index)) \
                and _is_credential(stripped, True, False, "password"):
            yield "backup repository password file's password", stripped
        return
    if not _VAULT_PASS_FILE.search(lowered_name):
        return
    echoed = _ECHOED_LITERAL.match(line)
    if echoed is not None:
        value = echoed.group("value") or echoed.group("pvalue") or ""
        if _is_credential(value, True, False, "vault_password"):
            yield "Ansible vault password echoed by its password script", value
        return
    stripped = line.strip()
    # (the lines after it blank or comments: people annotate the file, )
    if (stripped and not line.startswith("#!") and not _SCRIPT_LINE.match(line) and index == 0
            and all(not text or text.startswith("#")
                    for text in (line_text(lines, other).strip() for other in range(1, min(len(lines), 4))))
            and _is_credential(stripped, True, False, "vault_password")):
        yield "Ansible vault password file's password", stripped


def _mongo_keyfile(lines: Sequence[str], index: int) -> Optional[str]:
    """The keyfile's key as its first line shows it (a finding stands on its line; the key's first line
    names it), read at that line: every line base64's characters, 6 to 1,024 of them in all, and a
    generated value (not `changeme`, not a run of one character)."""
    if index != 0 or len(lines) > 64:
        return None
    kept: List[str] = []
    for number in range(len(lines)):
        text = line_text(lines, number)
        if not text.strip():
            continue
        if _KEYFILE_LINE.match(text) is None:
            return None
        kept.append(text.strip())
    joined = "".join(kept)
    if not 6 <= len(joined) <= _KEYFILE_MAX or not _is_credential(joined, True, False, "key"):
        return None
    return kept[0]


# find's per-line dispatch: a bit per reader, set where the line holds one of its triggers.
_READERS = Dispatch()
_DEVICE = _READERS.add(_DEVICE_TRIGGERS)
_NEXT_LINE = _READERS.add(_NEXT_LINE_TRIGGERS)
_BLOCK = _READERS.add(_BLOCK_TRIGGERS)
_CHILDREN = _READERS.add(_CHILDREN_TRIGGERS)
_SPECIAL = _READERS.add(_SPECIAL_TRIGGERS)
_PAIRS = _READERS.add(_PAIRS_TRIGGERS)
_SECRET_ARGUMENTS = _READERS.add(_SECRET_ARGUMENT_TRIGGERS)
_ENTERPRISE = _READERS.add(lambda: _enterprise_forms.ENTERPRISE_TRIGGERS)
_COMMAND_LINE = _READERS.add(lambda: _command_lines.COMMAND_LINE_TRIGGERS)
_SCRIPT = _READERS.add(lambda: _command_lines.SCRIPT_TRIGGERS)
_CONFIG_FORM = _READERS.add(lambda: _config_forms.CONFIG_FORM_TRIGGERS)
_CALL = _READERS.add(lambda: _code_calls.CALL_TRIGGERS)
_INTEGRATION = _READERS.add(lambda: _integration_forms.INTEGRATION_TRIGGERS)
_WEB_FORM = _READERS.add(lambda: _web_forms.WEB_FORM_TRIGGERS)
_NETWORK = _READERS.add(lambda: _network_keys.NETWORK_TRIGGERS)
_TOOL_OUTPUT = _READERS.add(lambda: _tool_outputs.TOOL_OUTPUT_TRIGGERS)
_STREAM = _READERS.add(lambda: _stream_keys.STREAM_TRIGGERS)
_GAME_SERVER = _READERS.add(lambda: _game_servers.GAME_SERVER_TRIGGERS)
_TELECOM = _READERS.add(lambda: _telecom_configs.TELECOM_TRIGGERS)
_IDENTITY = _READERS.add(lambda: _identity_configs.IDENTITY_TRIGGERS)
_SCRAPING = _READERS.add(lambda: _proxy_and_sessions.SCRAPING_TRIGGERS)
_MAIL = _READERS.add(lambda: _mail_configs.MAIL_TRIGGERS)
_DEVICE_CONFIG = _READERS.add(lambda: _device_configs.DEVICE_CONFIG_TRIGGERS)
_TOOLING = _READERS.add(lambda: _test_tooling.TEST_TOOLING_TRIGGERS)
_LOOKALIKE = _READERS.add(lambda: _reference_lookalikes.LOOKALIKE_TRIGGERS)
_KEY_MATERIAL = _READERS.add(lambda: _key_material.KEY_MATERIAL_TRIGGERS)
_OPTION_PAIR = _READERS.add(lambda: _code_calls.OPTION_PAIR_TRIGGERS)
_LOOPED_ENTRY = _READERS.add(lambda: _code_calls.LOOPED_ENTRY_TRIGGERS)
_DIGEST_SLOT = _READERS.add(lambda: _code_calls.DIGEST_SLOT_TRIGGERS)


# --- the detector's reading (kinds/literal_credential.py holds its class) ---------------------------------


def true_samples() -> Tuple[Sample, ...]:
    """The kind's true samples (the class's, built when a test reads them)."""
    return ((
        # Naver Commerce API's client secret: a bcrypt salt its clients sign each token request with
        Sample('CLIENT_ID = "a8Rk2Lm9Qx7Vt4Zp1Hn6Wc"\nCLIENT_SECRET = "$2a$04$Jzmk2IhLsSeGwNPoXINJ7w"\n', "shop/smartstore.py",
               "a Naver Commerce API client secret (a bcrypt salt alone)"),
        # (blind rounds HH-HL) Przelewy24's CRC key under the SDKs' bare `crc`, the file naming Przelewy24
        Sample("$client = new Przelewy24([\n    'merchant_id' => 184352,\n    'crc' => 'd1f4da90785aad5c',\n]);\n",
               "src/Payment/Gateway.php", "Przelewy24's CRC key given to its PHP SDK"),
        Sample('data:\n  metadataConnection:\n    user: airflow\n    pass: "Tractor_Hornet9719%"\n', "values.yaml",
               "Airflow chart's pass: key"),
        Sample("[db]\ndb01.acme.local ansible_user=ops ansible_become_pass=3u4pKx2h2drZ3P\n", "inventory/hosts.ini",
               "Ansible inventory variable"),
        Sample("[twilio]\naccount_sid = AC0123\nauth_token = cb7f2a307a2ef0fcc45d80f0b581f283\n", "sms.ini",
               "Twilio auth token in an INI file"),
        Sample("SECRET_KEY='#txxxghungw5^h!m$%u#l8er&)=5)u_-d^na$linl_(%-_o*b5'\n", ".env.prod",
               "a value opening with a symbol under a denylist key"),
        Sample('        proxy_set_header Authorization "Basic YWRtaW46S2tzdm1EQlVWY1lxVE9mSQ==";\n', "flower.conf",
               "nginx injecting a Basic header"),
        Sample("curl -H 'Authorization: Bearer Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0As' https://api.acme.io/v1/jobs\n",
               "deploy.sh", "a Bearer token on a command line"),
        Sample('BOT_TOKEN = "Zq8Lk2Vw9Xr4Tm7Bn1Pd"\n', "bot/config.py", "a bot token in code"),
        Sample('TOKEN = os.environ.get("SERVICE_TOKEN", "Nf6Yq2Hv9Tz4Wx7Kp3Ld")\n', "client.py",
               "a literal default of an environment read"),
        Sample("[OUTPUT]\n    Name es\n    HTTP_User fluent\n    HTTP_Passwd Juniper*willow3271#\n", "fluent-bit.conf",
               "a directive and its value"),
        Sample("sh 'curl -fsS -u release-bot:cKVlQF5QFhhm8qI2Rno8lhxA --upload-file dist/x.whl https://nexus.acme.io/'\n",
               "Jenkinsfile", "curl -u"),
        Sample("args=(('smtp.acme.io', 587), 'alerts@acme.io', ['oncall@acme.io'], 'Error', "
               "('alerts@acme.io', 'Canyon-riddle7717*'), ())\n", "logging.conf", "an SMTPHandler's credentials"),
        # Blind round AE: a password people choose (a word and the year) under a key naming a password,
        # a Puppet class parameter in Hiera, a Databricks notebook's `# MAGIC` SQL cell.
        Sample('{\n  "parameters": {\n    "adminPassword": { "value": "harvest2022" }\n  }\n}\n', "arm/parameters.json",
               "a word and a year as an ARM parameters file's password"),
        Sample("ENV ANSIBLE_FORCE_COLOR=1 \\\n    ANSIBLE_BECOME_PASS=october2022\n", "Dockerfile",
               "a word and a year in a continued ENV"),
        Sample('profile::mail::relay_pw: "Kq7vLm2Xp9Tz"\n', "hieradata/common.yaml", "a Hiera class parameter"),
        Sample('# Databricks notebook source\n# MAGIC OPTIONS (\n# MAGIC   user "etl",\n# MAGIC   password "Vx8Lq2Nm7Tz",\n'
               '# MAGIC )\n', "notebooks/load.py", "a Spark SQL OPTIONS password in a Databricks notebook's SQL cell"),
        # (kinds/_enterprise_forms.py)
        Sample("d-i passwd/root-password password Quill-Harbor8826\n"
               "d-i passwd/root-password-again password Quill-Harbor8826\n", "preseed.cfg", "a preseed's root password"),
        Sample("rootpw --plaintext Fennel!Cobalt3390\n", "ks.cfg", "a kickstart root password"),
        Sample("user --name=ops --groups=wheel --password=Birch-Lattice5713 --plaintext\n", "ks.cfg",
               "a kickstart user's password"),
        Sample('variable "Smtp.Password" {\n    value "Lantern.Osprey4471" {\n        environment = ["prod"]\n    }\n}\n',
               ".octopus/variables.ocl", "an Octopus OCL variable's value"),
        Sample('custom_attributes:\n  1.2.840.113549.1.9.7: "Tq4Wz8Lm2Nx7Vr9K"\n', "csr_attributes.yaml",
               "a Puppet CSR's challengePassword"),
        Sample("<AdministratorPassword>\n  <Value>Lantern.Osprey4471</Value>\n  <PlainText>true</PlainText>\n"
               "</AdministratorPassword>\n", "autounattend.xml", "a Windows answer file's plain-text password"),
        Sample('<Pass encoding="base64">QmlyY2gtTGF0dGljZTU3MTM=</Pass>\n', "sitemanager.xml", "FileZilla's base64 password"),
        Sample("<hudson.model.PasswordParameterDefinition>\n  <name>DB_PASSWORD</name>\n"
               "  <defaultValue>Quill-Harbor8826</defaultValue>\n", "config.xml", "a Jenkins password parameter's default"),
        Sample("$cfg['Servers'][$i]['controlpass'] = 'Fennel!Cobalt3390';\n", "config.inc.php", "phpMyAdmin's controlpass"),
        Sample("java.naming.security.credentials=Quill-Harbor8826\n", "jndi.properties", "JNDI's security credentials"),
        Sample("[backup]\ntype = azureblob\naccount = acmebackups\nkey = 1WkcuH3xz1wFPr0FxYbaQnpO+zEQUDb20B0n4aawoKTwtWWXW"
               "a8z1YbrQSfbgtLSzeplogW8HYzDOmaspProlw==\n", "rclone.conf", "rclone's Azure account key"),
        Sample('df = spark.read.format("jdbc").option("user", "etl").option("password", "LanternCinder8289@").load()\n',
               "jobs/load.py", "a setter call's literal (Spark's option)"),
        Sample("[Service]\nEnvironment=SECRET_KEY=n=wt&5!^#-5ik4uas1d7#g#x^c6zkv\n", "admin.service",
               "a systemd Environment= assignment"),
        Sample('raw_env = ["DJANGO_SECRET_KEY=^(9-m=bu@qd*10%+k*&#028p^q0ha*"]\n', "gunicorn.conf.py",
               "a quoted NAME=value string"),
        Sample('app.secret_key = bytes.fromhex("fbb015797ede0141466cee4292511050")\n', "app/__init__.py",
               "a wrapped literal"),
        Sample('resp = requests.get(f"https://api.scrape.io/v1/?api_key=1d1ed84616711e84cb332334a66fb8aa&url={u}")\n',
               "proxies.py", "a URL query parameter in code"),
        Sample("//nexus.acme.io/repository/npm/:_auth=Y2ktYm90OkhhcmJvclNwYXJyb3czNTQ2IQ==\n", ".npmrc",
               "npm's base64 user:password"),
        Sample('  "auths": {"registry.acme.io": {"auth": "ZGVwbG95LWJvdDpHbGFjaWVyU3BhcnJvdzc4MDBA"}}\n', "config.json",
               "a Docker config's base64 user:password"),
        Sample("$secure = ConvertTo-SecureString \"QuartzLotus3270?\" -AsPlainText -Force\n", "Register-Share.ps1",
               "PowerShell plain text made a SecureString"),
        Sample('        smtp.login(SMTP_USER, "Copper!breeze5403")\n', "mail.py", "smtplib's login"),
        Sample('auth = aiohttp.BasicAuth("scraper", "QlthC0ezGB0quJZJAABe")\n', "fetch.py", "aiohttp's BasicAuth"),
        Sample('token = jwt.encode(payload, "gBIXIjlqMIJNgDpcrG8Q61BGfI6gRn", algorithm="HS256")\n', "auth.py",
               "a JWT signing secret"),
        Sample("- script: twine upload -u fabrikam -p \"Tundra@river7686\" dist/*\n", "azure-pipelines.yml",
               "twine's -p on a command line"),
        Sample('api_id = 1234567\napi_hash = "25e95531518be051f3973b9eb84695aa"\n', "client.py", "Telegram's API hash"),
        Sample('ALGOLIA_ADMIN_KEY = "235eaf7cffd81a2acee7481551b082c4"\n', "settings.toml", "a service's admin key"),
        Sample('SCRAPINGBEE_KEY = "f85e941830797773aaf89752e18ef8bb"\n', "fly.toml", "a service-named key, generated"),
        Sample('cookies = {"sid": "6ue4Kx9Qw2Lm7Vt4Rz8Np"}\n', "scraper.py", "a session cookie under a bare sid"),
        Sample("2024-06-11 02:00:05,117 DEBUG [web-3] Client - Cookie: sessionid=6ue4Kx9Qw2Lm7Vt4Rz8Np3Hb\n", "logs/web.log",
               "a session cookie a log record wrote"),
        Sample("    location /api {\n        proxy_set_header Authorization \"Basic YWRtaW46UXVhcnJ5LUVtYmVyNzczMA==\";\n"
               "        proxy_pass http://api-upstream;\n    }\n", "sites-available/api.conf",
               "a Basic credential beside nginx's upstream"),
        Sample("<?php\ndefine( 'DB_PASSWORD', 'Harbor!quince5521' );\n", "wp-config.php", "PHP's define()"),
        Sample('buildConfigField("String", "MAPS_API_SECRET", "\\"Hq8Zt2Lw5Vx9Kr3Mn7Pb\\"")\n', "app/build.gradle.kts",
               "Gradle's buildConfigField"),
        Sample("signingConfigs {\n  release {\n    storePassword 'Quarry7!lattice'\n  }\n}\n", "app/build.gradle",
               "a Groovy setting without parentheses"),
        Sample("<Project>\n  <SDK_CONTAINER_REGISTRY_PWORD>Lm4Qx8Zt2Wk9Rv</SDK_CONTAINER_REGISTRY_PWORD>\n</Project>\n",
               "Api.csproj", "an MSBuild property's PWORD"),
        Sample("[domain/corp]\nldap_default_authtok = Quartz_Meadow8841!\n", "sssd.conf", "sssd's authtok"),
        Sample("PACT_BROKER_TOKEN ?= Vq7Rk2LmX9pWz4TbN8cJsD\n", "contracts/Makefile", "Make's conditional assignment"),
        Sample("authentication {\n    auth_type PASS\n    auth_pass HqLwVxNb\n}\n", "keepalived.conf", "VRRP's auth_pass"),
        Sample('[registries.internal]\ntoken = "Bearer Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1"\n', ".cargo/config.toml", "a token with its scheme"),
        Sample("      headers:\n        Authorization: [Bearer q7RfN2vXk9LmT4wZp8HcJ3sYb6GdE1Au]\n", "registry/config.yml",
               "a registry notification endpoint's header, as a YAML flow list"),
        Sample('    <destination id="gpu" runner="pulsar_rest">\n        <param id="private_token">Wm3Kd9Qa2ZxT7vLp4RbN8cYf1HsJ6eGu</param>\n',
               "job_conf.xml", "an element whose `id` attribute names its text (Galaxy's Pulsar token)"),
        Sample('BUNDLE_GEMS__CONTRIBSYS__COM: "c0ffee12:Vx8Lq2Zt9Km4Wr7N"\n', ".bundle/config", "Bundler's host credentials"),
        Sample("[smtp.eu.mailgun.org]:587 relay@mg.acme.io:Harbor-Velvet2290!\n", "sasl_passwd", "Postfix's SASL map"),
        Sample('variable "do_token" {\n  type = string\n  default = "Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc1Jd5Fg0As"\n}\n', "variables.tf",
               "an HCL variable's default"),
        Sample('      "type": "random_password",\n      "attributes": {\n        "result": "q)Zx8#Lm2Vt9!Rk4Wp7Nb"\n', "terraform.tfstate",
               "a state's random_password result"),
        Sample('acl {\n  tokens {\n    agent = "5f1c2a9e-7b3d-4e8f-a1c6-0d9e8b7a6c5f"\n  }\n}\n', "client.hcl", "an ACL tokens block"),
        Sample('#!/bin/sh\necho "Quartz-Lagoon-Maple71"\n', "vault-pass.sh", "a vault password script"),
        Sample("literals:\n  - SECRET_KEY=^x#9vq@2m$1$kz7^lp-4tw8\n", "kustomization.yaml", "a YAML NAME=value item"),
        Sample('"Authorization": [\n  "Basic ZGVwbG95LWJvdDpHcmFuaXRlLkZhbGNvbjkwMzQ="\n]\n', "cassette.json",
               "a quoted Basic credential in a header list"),
        Sample('    session.run("devpi", "login", "releaser", "--password", "anchor-canyon-orbit-ember73")\n', "noxfile.py",
               "an argument list's password option"),
        Sample('subprocess.run(["mysqldump", "-u", "backup", "-p", "Harbor!quince5521", "shop"])\n', "backup.py",
               "an argument list's -p"),
        Sample("basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=KX7TQ2LM9VR4WN8P:Rk7Qz2Lm9Xv4Tw8Np3Yb6Hc1Jd\n",
               "schema-registry.properties", "Confluent's basic.auth.user.info"),
        # Blind round AM: self-hosting's forms (a BLE sensor's bindkey, a Tapo camera URL, curl's quoted password)
        Sample('sensor:\n  - platform: xiaomi_lywsd03mmc\n    bindkey: "1d45b55739e7df2718b213c6e116449b"\n',
               "esphome/bedroom.yaml", "ESPHome's BLE bindkey"),
        Sample("streams:\n  hall: tapo://Walnut*Ember6620@192.168.1.40\n", "go2rtc.yaml", "a Tapo URL's cloud password"),
        Sample("shell_command:\n  reboot: curl -s -u admin:'harvest2019!' http://192.168.178.31/reboot\n",
               "packages/shell.yaml", "curl's -u with the password quoted alone"),
        Sample("http -a ops:Saffron-Ibis2264 GET https://api.acme.internal/health\n", "check.sh", "HTTPie's -a"),
        Sample('demo.launch(auth=[("legal", "Orchid.Lantern5520"), ("ops", "Basalt#Finch3381")])\n', "ui/app.py",
               "Gradio's list of user and password pairs"),
        Sample("CREATE OR REPLACE SECRET lake (\n    TYPE S3,\n    KEY_ID 'lake-reader',\n"
               "    SECRET 'MtRXB5aSAmvVbaCFL5FDEAuwoiwt0+xc5GjE8lqq'\n);\n", "setup.sql", "DuckDB's CREATE SECRET"),
        # (kinds/_command_lines.py)
        Sample('& $signtool sign /fd SHA256 /f $pfx /p "Quarry7!Lattice2290" $File\n', "sign.ps1", "signtool's /p"),
        Sample('"$STEAMCMD" +login build_bot "Orbit.Walnut5518" +quit\n', "upload.sh", "steamcmd's +login"),
        Sample("evil-winrm -i 10.4.0.12 -u 'corp\\\\j.doe' -p 'Thistle#Kiln4471'\n", "ops/shell.sh", "evil-winrm's -p"),
        Sample("sqlmap -u 'https://app.corp.example/r?id=1' --auth-type=Basic --auth-cred=\"report:Moss.Falcon6213\" --batch\n",
               "sqli.sh", "sqlmap's --auth-cred"),
        Sample(": 1712800000:0;python3 wmiexec.py 'corp.local/adm_x:Pylon!Sorrel3380@10.4.0.5'\n", "zsh_history.txt",
               "Impacket's user:password@host target in a zsh history"),
        Sample("./teamserver 203.0.113.9 'Gannet!Harrow7265' c2.profile\n", "start.sh", "Cobalt Strike's teamserver password"),
        Sample("ldapsearch -x -H ldaps://dc1.corp.example -D 'CN=svc,DC=corp' -w 'Ochre*Lantern58' -b 'DC=corp'\n",
               "ldap.sh", "OpenLDAP's -w bind password"),
        Sample("skopeo copy --all \\\n    --dest-creds 'robot$mirror+push:Vq3Lm8Zt2Xk9Rw4Np7Hb6Jc1Tg5Yd0Fs' \\\n"
               "    docker://quay.io/a/b docker://harbor.corp.example/a/b\n", "mirror.sh",
               "skopeo's --dest-creds of a Harbor robot account, on a continued line"),
        Sample("buildah push --creds svc-orders:Reef#Marble7316 orders:latest docker://nexus.corp.example:8444/o\n",
               "ci/build.sh", "buildah's --creds user:password"),
        Sample("sudo -u gw podman login --authfile /home/gw/auth.json \\\n  -u edge-relay -p \"canyon-ferret-quill-mosaic83\" "
               "harbor.build.internal\n", "user-data.sh", "podman login's -p on the continued line"),
        Sample("deploy:\n  script:\n    - cf login -a https://api.cf.example.com -u deployer@acme.io -p 'Orders2024#' -o acme -s prod\n",
               ".gitlab-ci.yml", "Cloud Foundry's cf login -p"),
        Sample("omero login -s omero.lab.example.org -p 4064 -u loader -w 'Zebrafish_31' -g \"Facility\"\n", "import.sh",
               "OMERO's -w (its -p is the port)"),
        Sample("gpg --batch --pinentry-mode loopback --passphrase 'harbor meadow cobalt finch19' --symmetric x.dump\n",
               "encrypt.sh", "gpg's --passphrase of words and a number"),
        Sample("%PROPY% D:\\gis\\jobs\\cache.py -s https://gis01.corp.local:6443/arcgis -u siteadmin -p Cinder7Gis!42 >> %LOG% 2>&1\n",
               "nightly.bat", "a script's -u user -p password"),
        Sample("deploy:\n\tmvn -B deploy -DmuleDeploy -Denv=dev -Dmule.key=Xq7Lm2Vt9Rk4Wz8N\n", "Makefile",
               "a Mule runtime's secure-properties key"),
        Sample("lftp -u uploader,Kestrel7Lattice2 sftp://files.example.com -e 'put a; bye'\n", "upload.sh",
               "lftp's -u user,password"),
        Sample("zip -r -P Quartz9Meadow4x backup.zip data/\n", "pack.sh", "zip's -P password"),
        Sample("```\ncurl -s -u ops:'Bramble#Dune4410' https://flower.corp.example/api/workers\n```\n", "docs/runbook.md",
               "curl's -u in documentation"),
        Sample('```\nwget -N "ftp://orders4410:ps6zha4uIrD0ij@ftp.supplier.co.uk/pricelists/wholesale.csv"\n```\n', "supply/README.md",
               "a command's URL login to a real host in documentation"),
        Sample('client.username_pw_set("chamber3", "Juniper.Ash71%q")\n', "publish.py", "paho's username_pw_set"),
        Sample("setenv SOLVER_LICPROXY_KEY 6da032664a1759d916df752e1d4c6ee7\n", "modulefiles/solver/4.1", "setenv NAME value"),
        Sample("net use \\\\files02\\ledger Kestrel.Amber58 /user:ACME\\svc-ledger\n", "map.cmd", "net use's password"),
        Sample("team notes\n\nstaging db user: capstone4\nstaging db password: tomas_1991\n", "notes/credentials.txt",
               "a team's notes of logins in a .txt named for its credentials (no documentation)"),
        Sample('ROTATING_PROXY_LIST = [\n    "http://crawl-7f2k:Heron*Basalt6613@gate.proxies.example:7000",\n]\n', "crawler/settings.py",
               "a carefully chosen password in a URL to a reserved documentation host, in a configuration"),
        Sample("Downloading/unpacking ledger-core==2.0.1\n  Getting page https://ci-bot:Walrus!Fjord6620@pypi.acme.io"
               "/simple/ledger-core/\n", "pip-log.txt", "an index URL's userinfo in pip's log (a log is no documentation)"),
        # Round fixconn: URLs and pairs whose password a reader cut short
        Sample('set smtp_url = "smtps://relay-bot:Tw8Rk3Vq6Lm2Hd@mail.example.io:465/"\n', "home/ops/.muttrc",
               "a provider's generated app password in a URL to an `example.<tld>` host"),
        Sample("# apprise text configuration\nalerts, ops=matrixs://notify:Quill!Marsh5521@matrix.corp-lab.net/#ops\n",
               "config/apprise-urls.txt", "a `.txt` line that is one URL after its tags: data, no prose"),
        Sample("urls:\n  - mailtos://_?user=bot@corp-lab.net&pass=Sorrel*Granite8814&smtp=smtp.corp-lab.net:\n",
               "config/apprise.yml", "a `*` inside a URL query's password"),
        Sample('session.auth = ("SVC_SYNC", "4q[7]Lm2Vx{Tz9Wk}<Pn8Rb")\n', "sync/odata.py",
               "a quoted password holding brackets and braces in a `.auth` pair"),
        Sample("      - run: ./codecov upload-process -t 8e2f41c7-5a93-4d06-b1e8-37c9d0a26f54 -f coverage.xml\n",
               ".circleci/config.yml", "a Codecov upload token after the uploader's -t"),
        Sample("sqlplus -s LEDGER/Garnet*Walnut29@PRODDB <<EOF\n", "refresh.sh", "sqlplus user/password@db"),
        Sample("open ftp.acme.local\nuser ledgerft Copper-Lynx39\nbye\n", "pull.ftp", "an FTP script's user line"),
        Sample("echo -n 'Amber!Glacier52' | gcloud secrets create db-main --data-file=-\n", "ops.sh", "a literal piped into a secret store"),
        Sample('<resources>\n    <string name="maps_api_secret" translatable="false">Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1</string>\n</resources>\n',
               "app/src/main/res/values/keys.xml", "an element whose name attribute names its text"),
        Sample('<group name="Admin">\n  <setting id="3002" name="User Password">Quartz#Lagoon7731</setting>\n</group>\n',
               "gateways/template.xml", "a setting named by words after its numeric id (ACEmanager's template)"),
        Sample("<macro>\n    <macro>{$APP.API.TOKEN}</macro>\n    <value>Zt8Qm2Lx9Vw4Kr7Np3Yb</value>\n</macro>\n",
               "zabbix/templates/app.xml", "a Zabbix macro and its value"),
        Sample('#define SECRET_SSID "Barn-Net"\n#define SECRET_PASS "Lichen-Harbor47%"\n', "arduino_secrets.h", "a C #define"),
        Sample('network={\n    ssid="Greenhouse"\n    psk="amber-willow-falcon-tundra4"\n}\n', "wpa_supplicant.conf",
               "a Wi-Fi pre-shared key"),
        Sample("imager_custom set_wlan 'Lab' '9a1c7e3f5b2d4068a1c3e5f7b9d0214365877a9cbedf0123456789abcdef0123' 'GB'\n",
               "firstrun.sh", "a Wi-Fi key given to a configuration command"),
        Sample("$USER1$=/usr/lib/nagios/plugins\n$USER6$=Juniper_Crest8830\n", "resource.cfg", "a Nagios user macro"),
        Sample("{'value': {'user': 'cmk', 'password': ('password', 'Tq4Wz8Lm2Xv9')}}\n", "rules.mk", "Checkmk's password tuple"),
        Sample("    authorization:\n      type: Bearer\n      credentials: -Zx9Lm2Qv7Tk4Wr8Np3Hb6\n", "prometheus.yml",
               "Prometheus' authorization credentials"),
        Sample('        "logdna": {\n            "class": "logdna.LogDNAHandler",\n            "key": "a9c4e101f0db99411955ad63f781bcf9",\n',
               "settings/logging.py", "a service's logging handler key"),
        Sample("chpasswd:\n  list:\n    - pi:Velvet.Canyon4410\n", "user-data.yaml", "cloud-init's chpasswd list"),
        # Blind rounds AI-AN: the decoys' rules leave these standing
        Sample("api_id = 2040\napi_hash = '5ef2561e856d8538adc099523d8d9963'\n", "bot/client.py", "Telethon's api_hash"),
        Sample('ALERTS_KEY = "b6bd6192-dccd-4a37-94f6-a4f56141c921"\n', "notify/alerts.py", "a service's key as a UUID"),
        Sample('{\n  "api_token": "f9e1952a-9036-4531-85f5-c3054b77c987",\n  "expires_at": "2031-01-01T00:00:00Z"\n}\n',
               "config/railway.json", "a UUID token with an expiry outside a test suite"),
        Sample('{\n  "refresh_token": "50f23eb7-d4ef-4f97-ba9d-3887360ed944",\n  "expires_in": 3600\n}\n',
               "tests/fixtures/oauth/token.json", "a refresh token outlives its access token's expiry"),
        # Blind round AS: a decoder wrapping the literal, a WinSCP script saved as text, a random run of words
        Sample('WEBHOOK_SECRET = base64.b64decode("MAj0qKrHxWifW9cPFNxk5yn0NysGFwa5jLkPuE5yrDo=")\n', "hooks.py",
               "a webhook secret decoded from its base64"),
        Sample('app_eui = ubinascii.unhexlify("70B3D57ED0031A2B")\napp_key = ubinascii.unhexlify("8977547F3C3171A2787727E9AC7C743C")\n',
               "pycom/main.py", "a LoRaWAN AppKey given to MicroPython's unhexlify"),
        Sample("option batch abort\noption confirm off\nopen sftp://edi810:Harbor!Quay4417@mft.partner-retail.com/ "
               '-hostkey="ssh-ed25519 255 Zx3Lq9"\nput C:\\EDI\\Out\\*.edi\nexit\n', "winscp/upload.txt",
               "a WinSCP script saved as .txt: commands, no prose"),
        Sample('CONSUMER_SECRET = os.environ.get("USPS_CONSUMER_SECRET", "PLXkWTRQ4dvHMZQZ")\n', "carriers/usps.py",
               "a random 16-character secret its words do not make a name"),
        # Blind rounds AU-AZ: a tool's notice of the password it set, a MongoDB keyfile, a team's password in its docs
        Sample("This file was created at 2025/01/07 09:12:40\n\nThe generated master password is: Wq4nTz8e\n",
               "data_dir/security/masterpw.info", "GeoServer's notice of its generated master password"),
        Sample("ypogZTV96mJOt267rQKFYF7i9liooDFzB+Ur5j0FsdizDutwr7KE2XfoOUGa\n7vf6oN7oJ5IqVfjRgh62N0W7/3fhjdf9PDKFD5/M14uf\n",
               "ansible/roles/mongodb/files/mongodb-keyfile", "a MongoDB replica set's keyfile"),
        Sample("3. The shared master password for the team profile is:\n\n       tundra-wicket-plume-harbor71\n",
               "docs/onboarding/qgis.md", "a team's shared password its own document states"),
        Sample("The SolarEdge API key for our installer account is\n\n    4GKLGWX1YH0XKHJZU0HMJE8VHXH98QEZ\n", "docs/onboarding/monitoring.md",
               "a key its document says is the team's own account's"),
        Sample("- Their token (issued 2024-08-02, scope `jobs:read`):\n\n      hq_live_osWZFX8eImO7RpbEy5NL8fX2E1UBmc3I\n", "docs/integrations/portal.md",
               "a token recorded with the day it was issued"),
        # Blind rounds BA-BE: a comment that denies the key is public, a password that opens with `@`
        Sample('const config = {\n  // not public: the admin key\n  accessToken: "Hq7Lm2Vx9Kt4Wr8Np3Zb",\n}\n', "site/config.js",
               "a token its comment says is not public"),
        Sample('{\n  "env": {\n    "CMS_ACCESS_TOKEN": "@Lantern7Quill-Harbor"\n  }\n}\n', "vercel.json",
               "a password that opens with `@` (capitals: no reference's name)"),
        # Blind rounds BY-CD: beside each decoy of the round, the secret of the same place
        Sample('{\n  "token": "Gift card PIN",\n  "giftCardToken": "Rv4Kq8Zm2Xt6Wp9Lc3Nb"\n}\n', "web/src/locales/en/loyalty.json",
               "a generated token in a translation catalogue (no message of words)"),
        Sample('data _null_;\n  file body;\n  put "token=8E1C4A7F2D9B6E3A0C5F8D1B4E7A2C9F&content=record&format=csv";\nrun;\n',
               "programs/import/export.sas",
               "a form body's literal token, up to the next parameter"),
        Sample("const plainToken = 'Hq5Zr8Lx2Vm7Kt4Wp9Nb';\n", "src/app.js", "a plain token with no encrypted twin beside it"),
        # Adversarial round 11: the decoy rules kept to their forms
        Sample("const plainToken = 'Hq5Zr8Lx2Vm7Kt4Wp9Nb';\nconst encryptedToken = encrypt(plainToken);\n", "src/app.js",
               "an app's token beside the ciphertext it stores (no URL validation)"),
        # Blind rounds CE-CJ: a service's key named by its service, an identity's credential half, a wskey
        Sample("const METAR_KEY = '9272d9966770678b076b59225b9d76a8';\n", "src/services/metar.js",
               "a service's <X>_KEY holding a hex key of ten distinct digits"),
        Sample('KEY_IDENTITY = "Rw4Zt8Lq2Xm6Vn3Kb9Hc7Jd5Fp1Sg0Ty"\nKEY_CREDENTIAL = "Mx5Qa9Wv3Ze7Rb1Tn4Yk8Lc2Hp6Ju0Gd"\n',
               "tools/import.py", "an API key's credential half beside its identity"),
        Sample('WSKEY = "bumalitexo"\nr = requests.get(API, params={"wskey": WSKEY, "query": q})\n', "harvest.py",
               "Europeana's issued key (five syllables) under wskey"),
        Sample("EUROPEANA_WSKEY = 'Zq4LmTx2b'\n", "harvest.py", "an older Europeana key, mixed cases and a digit"),
        Sample('{\n  "AppKey": "5c0e9a7b3d1f8e2a6c4b0d9f7e5a3c1b",\n  "OpenApiBaseUrl": "https://gateway.example/sim/openapi/"\n}\n',
               "saxo/app_config.json", "an app key with no client secret nor a public client's flow beside it"),
        # (second reading of round 12: a comment naming the client secret sets none; an image's source loads no script)
        Sample("<?php\nreturn [\n    'app_key' => 'Zq8Lm2Xk9Vr4Np7Hb6Jd1Fg5Wq3Zt8Lm',\n    // app_secret is read from the vault\n];\n",
               "config/app.php", "an app key beside a comment that names the app secret"),
        Sample('APP_ID = "-srbf6NRASEagryVZ19gKx"\nAPP_KEY = "r8-iyqQyg4Rlv5a6Uz65o1"\n', "valence_settings.py",
               "an ID-key scheme's app key (the secret half beside the app's id)"),
        Sample(': "${API_TOKEN:?set API_TOKEN}"\n: "${DEPLOY_TOKEN:=Hq7Lm2Vx9Kt4Wr8Np3Zb}"\n', "scripts/deploy.sh",
               "a shell expansion's literal default (`:=`) beside an error message"),
        # Blind rounds CK-CP: beside each decoy, the secret of the same place
        Sample('MASTER_KEY = bytes.fromhex("7c29e4b1a05fd83e6b92c417f0ad5e38")\n', "cardinit/provision.py",
               "a hex key behind bytes.fromhex, no counting run"),
        Sample("packager in=a.mp4,stream=video,output=v.mp4 \\\n  --enable_widevine_encryption \\\n  --signer acme_media \\\n"
               "  --aes_signing_key 5f0c83e7a91d42b6c8e05a3f7d19b64e2a8c0f51d37e9b2a46c8f0d15e73a9b2 \\\n", "ott/package.sh",
               "a provider's own Widevine signing key"),
        Sample('{\n    "zone_key": "TEMPORARY_zone_key",\n    "negotiation_key": "Qm7Vx2Lp9Kt4Wz8RbN3cHd6Jf1Sg5Ta0",\n}\n',
               "irods/server_config.json", "a negotiation key beside a template's stand-in"),
        Sample('public sealed class CarrierOptions\n{\n    public string ApiToken { get; set; } = "vnd_Tq8Lm2Xz7Rk4Wn9Pb3Hd6Jf1Sg5Va0Cy";\n'
               '    public string Password { get; init; } = "Kestrel#Mapleton48";\n}\n', "src/Options/CarrierOptions.cs",
               "C# auto-properties initialised with a token and a password"),
        # Blind rounds CQ-CV: an assignment broken after its `=`, a type between a name and its literal; beside each
        # decoy of the rounds, the secret of the same place
        Sample('const VENDOR_CLIENT_SECRET =\n  "Wq8ZtP3nLx7VbR2mKd5sHj4Fg6Nc9Ty1";\n', "src/lib/vendor.ts",
               "a literal alone on the line below its `=` (prettier's break)"),
        Sample('const settings = {\n  clientSecret:\n    "Kd5sHj4Fg6Nc9Ty1Wq8ZtP3nLx7VbR2m",\n};\n', "src/lib/settings.js",
               "an object's property, its literal on the line below"),
        Sample('API_TOKEN = \\\n    "Nc9Ty1Wq8ZtP3nLx7VbR2mKd5sHj4Fg6"\n', "sync/client.py", "Python's backslash continuation"),
        Sample('export class Api {\n  private readonly apiSecret: string =\n    "Ty1Wq8ZtP3nLx7VbR2mKd5sHj4Fg6Nc9";\n}\n',
               "src/api.ts", "a typed declaration broken after its `=`"),
        Sample('package Range.Config is\n   Api_Token : constant String := "Hj4Fg6Nc9Ty1Wq8ZtP3n";\nend Range.Config;\n',
               "src/range-config.ads", "Ada's typed constant"),
        Sample("const\n  ServicePassword: string = 'Lx7#VbR2mKd5s';\n", "src/Config.pas", "Pascal's typed constant"),
        Sample("keys:\n  - name: gateway\n    value: Tz3Kp8Lm2Vq7Wx4Rn9Bd\n", "config/keys.yaml",
               "a list item's value under `keys:`"),
        Sample('# RFC 2865 example flow, our own secret below\nRADIUS_SECRET = b"Qx7Lm2Vz9Kt4"\n'
               'SESSION_AUTH = bytes.fromhex("8c1f4e7a2b9d3c6e0f5a1b8d4c7e2f9a")\n', "radius/client.py",
               "values below a comment citing an RFC that calls them no example"),
        Sample("// Storefront admin token: server-side only, never meant to be shipped to the browser.\n"
               'const STOREFRONT_TOKEN =\n  "Rn9Bd6Hc1Tz3Kp8Lm2Vq7Wx4Rn9Bd6Hc1Tz3K";\n', "storefront/src/server/shop.js",
               "a token its comment says must stay on the server"),
        Sample('"""Settings for the exporter (production)."""\nACCESS_TOKEN = "6C57FF88F6EEBA4B0FB5A109E1D8EECF-08D7CB18A4A815C1"\n',
               "integrations/pms/settings.py", "a token in a file that declares no public demo credentials"),
        # Blind rounds CX-DB: beside each decoy, the secret of the same place
        Sample('{\n  "value": [\n    {\n      "ListingKey": "a78d2e5c44bd64c34c062fb0d45f786d",\n'
               '      "OriginatingSystemKey": "4dadf0babc9ca7d91f08b5e206e6551d1e96612d",\n'
               '      "ModificationTimestamp": "2024-09-10T14:00:11.000Z"\n    }\n  ],\n'
               '  "bridge": {"server_token": "Qm7Vx2Lp9Kt4Wz8RbN3cHd6Jf1Sg5Ta0"}\n}\n', "tests/fixtures/reso_feed.json",
               "a RESO feed's server token beside its records' keys"),
        Sample('# RFC 6749 client credentials\nCLIENT_ID = "s6BhdRkqt3"\n\ndef test_header():\n'
               '    assert h == "Basic " + base64.b64encode(b"s6BhdRkqt3:Hq7Lm2Vx9Kt4Wr8Np3Zb5c").decode()\n',
               "tests/test_oauth_client.py", "a Basic header's own client secret beside the RFC's client id"),
        Sample("SMTP_PW= Vq3Lm8Xz2Rk7Tn4Wp9Hb\n", "deploy/app.env", "a blank after the `=` of a name opening the line"),
        Sample('{\n  "projectToken": "d94085656598f9a476cf3653e2ef386a",\n  "serverUrl": "https://ci.acme.example"\n}\n',
               "config/ci.json", "a project token where no Mixpanel is named"),
        Sample("MonoBehaviour:\n  m_Name: AnalyticsSettings\n  RuntimeToken: d94085656598f9a476cf3653e2ef386a\n",
               "Assets/Config/Analytics.asset", "a runtime token of no named analytics SDK"),
        Sample('config user local\n    edit "jdoe"\n        set type password\n        set two-factor fortitoken\n'
               '        set fortitoken "FTKMOB4B81D7C3A2"\n        set passwd "Kestrel#Mapleton48"\n    next\nend\n',
               "network/fortigate/fw01-users.conf", "a FortiOS local user's clear password beside its token's serial"),
        # (blind rounds GC-GH) a key named for a replayed request holding no UUID; a session a login response records
        Sample('REPLAYED_KEY = "Tq7Lm2Xv9Rk4Wz8Np3Hb6Jc"\n', "pos_sync/replay.py", "a replayed request's key holding no idempotency key"),
        Sample('{"message":"Signed in","session":"5d1e0c9b7a3f4e2d8c6b0a9f1e3d5c7b9a2f4e6d","timestamp":"2024-06-11T02:00:03Z"}\n',
               "tests/fixtures/login.json", "a session a recorded login response holds (no log record: no level)"),
        Sample('var authData = {\n  apiLoginID: "5Kd8Wq2Lm",\n  transactionKey: "9Tq4Lm2Xv7Rk3Wz8"\n};\n', "assets/pay.js",
               "Authorize.Net's transaction key beside the API login id"),
        Sample('BRAZE_API_KEY = "3f9a1c7e-52d4-4b8e-9a6f-0e7d2c4b1a95"\nBRAZE_URL = "https://rest.iad-01.braze.com"\n',
               "jobs/braze_sync.py", "Braze's REST API key beside its REST endpoint"),
        Sample('{\n  "shop": "acme.myshopify.com",\n  "token": "8e1f0c7a2d9b4e6f3a5c1d7e9b0f2a4c"\n}\n', "config/shopify.json",
               "a token where no Shopify order stands"),
        Sample('import { Analytics } from "@segment/analytics-node";\nconst SEGMENT_WRITE_KEY = "ISZ7QwBzK5IaRMpWNvuxxXWAli9hcjwS";\n',
               "api/src/segment.ts", "a server source's Segment write key (Segment's Node library)"),
        Sample('private const val AFFILIATE_KEY = "sup_sk_CN9GSSt9AVzNtXsQHnLtjMzDQvx4c0WY"\n', "app/src/main/java/Pay.kt",
               "SumUp's secret API key under an affiliate key's name"),
    ) + _config_forms.true_samples() + _code_calls.true_samples() + _integration_forms.true_samples()
      + _web_forms.true_samples() + _network_keys.true_samples() + _network_configs.true_samples() + _tool_outputs.true_samples()
      + _proxy_and_sessions.true_samples() + _stream_keys.true_samples() + _game_servers.true_samples()
      + _telecom_configs.true_samples() + _identity_configs.true_samples() + _mail_configs.true_samples()
      + _device_configs.true_samples() + _key_material.true_samples()
      + _command_lines.true_samples() + _test_tooling.true_samples() + _reference_lookalikes.true_samples()
      + _keyed_apis.true_samples())
    # Built when a test reads them: the hook never does.


def false_samples() -> Tuple[Sample, ...]:
    """The kind's false samples (the class's, built when a test reads them)."""
    return ((
        # (stop 57) a messaging API's message id under its `message_token` name (Viber's callback events)
        Sample('{\n  "event": "message",\n  "timestamp": 1712300000000,\n  "message_token": 5773915816730371721,\n'
               '  "sender": {"id": "01234567890A=", "name": "Ana"}\n}\n', "tests/fixtures/viber_message.json",
               "a Viber event's numeric message_token"),
        Sample('{"event": "delivered", "message_token": "5773915816730371721", "user_id": "01234567890A="}\n',
               "tests/fixtures/viber_delivered.json", "a message_token's digits as a string"),
        # (blind rounds HH-HL) a checksum's bare `crc` where nothing names Przelewy24
        Sample("$part = [\n    'size' => 524288,\n    'crc' => '6526abb684030ce7',\n];\n", "src/Upload/Chunk.php",
               "a chunk's CRC-64 under a bare crc"),
        Sample('<param id="private_token">${PULSAR_TOKEN}</param>\n<param id="token_endpoint">https://auth.lab.example.org/token</param>\n',
               "job_conf.xml", "`id`-named elements holding a reference and a URL"),
        Sample('# RFC 7515, appendix A.1: the HMAC key the RFC publishes\nHMAC_KEY = base64.urlsafe_b64decode(\n'
               '    "Gq8vD3kRz0TnW5pYc1LbH7sXe4UaJ9fMi2OwQ6tVy8NdK3jZr5AhE0lCu7SgP1xBo4ImR9vT2w")\n',
               "tests/test_jws.py", "a standard's published test key, cited in the comment above"),
        Sample('tokenizer = AutoTokenizer.from_pretrained(name, unk_token="[UNK]", eos_token="<|endoftext|>")\n',
               "model.py", "a tokenizer's special tokens"),
        Sample("      - uses: actions/checkout@v4\n        with:\n          token: ${{ secrets.GH_PAT }}\n",
               ".github/workflows/ci.yml", "a CI secret reference"),
        Sample('csrf_token = "Ik7Xz0Qm4Lr8Tv2Nw6Pb"\n', "tests/forms.py", "a CSRF token"),
        Sample('<OTA_HotelAvailRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="5e0c9b7a-2d4f-4a61-8c3e-9f1b6d2a7e40"'
               ' Version="1.0">\n', "fixtures/ota/avail.xml", "OpenTravel's echo token: the reply repeats it"),
        Sample("Password policy\n\npassword: at least twelve characters, rotated every 90 days\n"
               "db password: ask the on-call engineer\n", "ops/passwords.txt", "prose in a .txt named for passwords"),
        Sample("    user.password = hasher.encode(raw_password, salt)\n    DB_PASSWORD = 'Heron*Basalt6613'\n",
               "docs/topics/auth/passwords.txt", "a .txt named for passwords in a documentation tree (reST prose)"),
        Sample('PROXY = "http://user:pass1234@proxy.example.com:3128"\nMIRROR = "https://alice:wonderland@mirror.example.org/simple"\n',
               "crawler/settings.py", "an example's password in a URL to a reserved documentation host"),
        Sample("2.3.0\n  * pip's log no longer shows an index URL's password: https://ci-bot:Walrus!Fjord6620@pypi.acme.io"
               "/simple is logged as https://ci-bot:****@pypi.acme.io/simple\n", "docs/changelog.txt",
               "a change log is documentation (its example URL)"),
        Sample("      - run: ./codecov upload-process -t ${CODECOV_TOKEN} -f coverage.xml\n"
               "      - run: codecov -t main --dry-run\n", ".circleci/config.yml", "the uploader's -t given a variable"),
        Sample('NEXT_PAGE_TOKEN = "CkQKDgoIdXNlcl9pZBI"\n', "api.py", "a pagination cursor"),
        Sample("try:\n    import yaml\nexcept ImportError:\n    pass\n", "compat.py", "Python's pass statement"),
        Sample('access_key = "AKIA4NACSIJMDDNSEDTE"\n', "s3.py", "an AWS key id alone"),
        Sample("auth_token: {{ vault_twilio_auth_token }}\n", "group_vars/all.yml", "a template"),
        Sample("Authorization: Basic dXNlcjpjaGFuZ2VtZQ==\n", "notes.http", "Basic header of user:changeme"),
        Sample('curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io\n', "ci.sh", "a variable"),
        Sample("auth_token = cb7f2a307a2ef0fcc45d80f0b581f283\n", "docs/twilio.md", "documentation's example"),
        Sample("token = tokenizer.encode(text)\n", "nlp.py", "an expression in code"),
        Sample('password = "Kx7!mQ2v#Lr9Tz4W"\n', "settings.py", "a denylist key KeywordDetector reads itself"),
        Sample("    HTTP_Passwd ${ES_PASSWORD}\n", "fluent-bit.conf", "a directive's reference"),
        Sample("curl -u $NEXUS_USER:$NEXUS_PASSWORD https://nexus.acme.io/\n", "publish.sh", "curl -u with variables"),
        Sample("server.login('bot@acme.io', os.environ['SMTP_PASSWORD'])\n", "mail.py", "an e-mail with a read"),
        Sample("key = 1WkcuH3xz1wFPr0FxYbaQnpO+zEQUDb20B0n4aawoKT\n", "rclone.conf", "a bare key of another length"),
        Sample('CACHE_KEY = "orders:pending:by-customer"\n', "cache.py", "a cache key's name"),
        Sample('PARTITION_KEY = "customer_id"\n', "dynamo.py", "a partition key's name"),
        Sample("docker login -u ci --password-stdin registry.acme.io < token.txt\n", "ci.sh", "password on stdin"),
        Sample('.option("password", os.environ["DB_PASSWORD"])\n', "job.py", "a setter's read"),
        Sample('url = "https://api.acme.io/search?token_type=bearer&page=2"\n', "client.py", "a query's names"),
        Sample('jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])\n', "auth.py", "a JWT secret read"),
        Sample("<?php\ndefine( 'DB_PASSWORD', getenv('DB_PASSWORD') );\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n",
               "wp-config.php", "WordPress's read and stock salt"),
        Sample('buildConfigField("String", "API_BASE_URL", "\\"https://api.acme.io\\"")\n', "build.gradle.kts", "a URL field"),
        Sample("    storePassword System.getenv('STORE_PASSWORD')\n    keyAlias 'upload-key-alias'\n", "build.gradle",
               "Groovy settings read or named"),
        Sample("authentication {\n    auth_type PASS\n    auth_pass 1111\n}\n", "keepalived.conf", "keepalived's stock example"),
        Sample('token = "Bearer ${CARGO_REGISTRY_TOKEN}"\n', ".cargo/config.toml", "a schemed reference"),
        Sample('BUNDLE_WITHOUT: "development:test"\n', ".bundle/config", "Bundler's groups"),
        Sample("bloodhound-python -d corp.local -u j.doe -p \"$BH_PASS\" -ns 10.4.0.10 -c All\n./teamserver \"$IP\" \"$TS_PASS\" c2.profile\n",
               "collect.sh", "attack tools' passwords read from the environment"),
        Sample("podman login -u ci -p \"$REG_PASS\" quay.io\necho \"$T\" | skopeo login -u ci --password-stdin quay.io\n"
               "skopeo copy --dest-creds \"$DEST_USER:$DEST_PASS\" docker://a/b docker://c/d\n", "push.sh",
               "container tools' credentials read from the environment or stdin"),
        Sample("docker run -u 1000 -p 127.0.0.1:8080:80 nginx\nsudo -u postgres psql -p 5432 -c 'select 1'\n"
               "python -u train.py -p Tr4inRun\n", "run.sh", "-p a port, a published port, a script's option after python -u"),
        Sample("mysql -h db01 \\\n  -u root -p appdb_prod2 < dump.sql\nmkdir -p build/out\n", "restore.sh",
               "a MySQL client's -p prompts: the word after it is the database"),
        Sample("omero login -s omero.lab.example.org -p 4064 -u loader -w \"$OMERO_PW\"\n"
               "gpg --batch --passphrase-file /run/secrets/gpg --symmetric x\ngpg --batch --passphrase-fd 0 -d y.gpg\n",
               "import.sh", "OMERO's password read, gpg's passphrase from a file or a descriptor"),
        Sample("    podman login -u myuser -p mypassword registry.example.com\n    skopeo copy --dest-creds user:password a b\n",
               "README.md", "documentation's placeholders"),
        Sample("deploy:\n\tmvn deploy -Dmule.key=$(MULE_KEY) -Denv=dev\n\tjava -Dsort.key=lastName -jar app.jar\n", "Makefile",
               "a secure-properties key read, another property's key name"),
        Sample("lftp -u uploader sftp://files.example.com\nzip -r -P \"$ZIP_PASS\" backup.zip data/\nzip -e -r b.zip d\n"
               "for a, b in zip(xs, ys): print(a, b)\n", "pack.sh", "lftp's and zip's prompts, a read, Python's zip"),
        Sample("python3 secretsdump.py -just-dc-user krbtgt corp.local/adm_x@10.4.0.10\n", "dump.sh",
               "Impacket's target without a password (it prompts)"),
        Sample("```\ncurl -u admin:<password> https://app.example.com/api/health\nfoo --password 'your-password-here'\n```\n",
               "docs/runbook.md", "documentation's placeholders"),
        Sample('variable "region" {\n  default = "eu-central-1"\n}\n', "variables.tf", "a variable that is no credential"),
        Sample('      "type": "random_string",\n      "attributes": {\n        "result": "x7k2pq"\n', "terraform.tfstate",
               "a random suffix"),
        Sample('node_id = "5f1c2a9e-7b3d-4e8f-a1c6-0d9e8b7a6c5f"\n', "client.hcl", "a UUID outside an ACL tokens block"),
        Sample('#!/bin/sh\necho "$ANSIBLE_VAULT_PASSWORD"\n', "vault-pass.sh", "a vault password script's read"),
        Sample("authResponseHeaders: [X-Auth-Request-User, X-Auth-Request-Email]\n", "traefik.yml", "Traefik's header names"),
        Sample('subprocess.run(["docker", "run", "-p", "127.0.0.1:8080:80", "nginx"])\n', "run.py", "a container's ports"),
        Sample('cmd = ["vault", "--password-file", "/run/secrets/vault", "--token-ttl", "3600s"]\n', "run.py",
               "an argument list's file and duration"),
        Sample("basic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}\n", "client.properties", "Confluent's user info read"),
        Sample("CREATE SECRET (TYPE S3, PROVIDER credential_chain);\nCREATE SECRET gcs (TYPE GCS, KEY_ID 'my_hmac_access_id', "
               "SECRET 'my_hmac_secret_key');\n", "setup.sql", "DuckDB's credential chain and documented example"),
        Sample("mosquitto_pub -h broker -p 1883 -u probe -P \"$MQTT_PASSWORD\" -t lab/t -m 21\n", "pub.sh",
               "a port after -p, a reference after -P"),
        Sample(': "${WANDB_API_KEY:?WANDB_API_KEY not set}"\n', "train.sbatch", "a shell expansion's error message"),
        Sample('  token = "@{local:influx_token}"\n', "telegraf.conf", "Telegraf's secret-store reference"),
        Sample('<resources>\n  <string name="password_hint">Enter your password here</string>\n'
               '  <string name="client_secret">YOUR_CLIENT_SECRET</string>\n</resources>\n', "res/values/strings.xml",
               "string resources naming a credential without one"),
        Sample('<setting id="3004" name="Password Hint">Ask the network team</setting>\n<item id="42">Quartz#Lagoon7731</item>\n',
               "gateways/template.xml", "a setting named by words holding no password; an element named by a number"),
        # Blind round AE: placeholder words with a year, a year under a key naming no password, a type's name
        Sample("users:\n  - name: rescue\n    plain_text_passwd: 'changeme2024'\n", "cloud-init/user-data.yaml",
               "a placeholder word and a year"),
        Sample("release_name: bookworm2023\nbuild_tag: winter2026\n", "ci/vars.yml", "a word and a year under no password"),
        Sample('"AWS::IAM::AccessKey": "Kq7vLm2Xp9TzW4rN"\n', "types.json", "a CloudFormation type's name"),
        # (kinds/_enterprise_forms.py)
        Sample("d-i passwd/root-password-crypted password $6$Xq7mK2$Lr9vT3wZ8bN1cF6yH4jP0sQ5\n", "preseed.cfg",
               "a preseed's crypted root password"),
        Sample("rootpw --iscrypted $6$Xq7mK2$Lr9vT3wZ8bN1cF6yH4jP0sQ5\nrootpw --lock\n", "ks.cfg", "a kickstart hash, a locked root"),
        Sample('variable "App.LogLevel" {\n    value "Information" {}\n}\n', ".octopus/variables.ocl",
               "an Octopus variable naming no credential"),
        Sample("<AdministratorPassword>\n  <Value>%ADMIN_PASSWORD%</Value>\n  <PlainText>true</PlainText>\n"
               "</AdministratorPassword>\n", "autounattend.xml", "an answer file's reference"),
        Sample("<hudson.model.PasswordParameterDefinition>\n  <name>DB_PASSWORD</name>\n"
               "  <defaultValue>{AQAAABAAAAAQ1fF+9v2mWcTq8yG0aVvCqj4d0b3eE2N7cB1r5nXgHkQ=}</defaultValue>\n", "config.xml",
               "Jenkins' encrypted default"),
        Sample("<RSAKeyValue><Modulus>iNXLcC0gKCMSB0kFRDlZMCpYGC4oEuBCP/ZPzCl66dZQ4M4S</Modulus><Exponent>AQAB</Exponent>"
               "</RSAKeyValue>\n", "verify.xml", "a public RSA key"),
        Sample("CREATE LOGIN [etl] WITH PASSWORD = 0x0200A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4 HASHED, "
               "SID = 0x9F6CD2360FA5D917851C6839A3C7DDE0\n", "logins.sql", "SQL Server's hashed login"),
        Sample('#define SECRET_PASS "YOUR_WIFI_PASSWORD"\n#define PASSWORD_LEN 64\n', "arduino_secrets.h", "a placeholder #define"),
        Sample("[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n", "Lab.nmconnection", "a PSK kept by an agent"),
        Sample("$USER1$=/usr/lib/nagios/plugins\n$USER3$=nagios_mon\n", "resource.cfg", "Nagios' plugin path and user"),
        Sample("net use Z: \\\\files02\\ledger * /user:ACME\\svc\nsqlplus / as sysdba\n", "map.cmd", "a prompt, OS authentication"),
        Sample("//NIGHT JOB (A1),CLASS=A,\n//   USER=&SYSUID,PASSWORD=&PW\n", "NIGHT.jcl", "a JCL symbol"),
        Sample("{'value': {'user': 'cmk', 'password': ('store', 'elastic_monitoring_pw')}}\n", "rules.mk",
               "Checkmk's stored password"),
        Sample("    authorization:\n      credentials_file: /etc/prometheus/token\n", "prometheus.yml", "a credentials file"),
        Sample("chpasswd:\n  list:\n    - root:RANDOM\n", "user-data.yaml", "cloud-init's generated password"),
        Sample("proxy_servers:\n  http: http://user:lantern81@proxy.example.com:3128\n", "condarc",
               "a URL to a documentation host"),
        Sample('```\nwget -N "ftp://orders:<password>@ftp.supplier.co.uk/wholesale.csv"\n'
               'curl -O ftp://orders:${FTP_PASS}@ftp.supplier.co.uk/out.csv\n```\n', "supply/README.md",
               "a command's URL login, its password a stand-in, in documentation"),
        # Round fixconn
        Sample("Send alerts with matrixs://notify:Quill!Marsh5521@matrix.corp-lab.net/#ops from cron.\n", "alerting/HOWTO.txt",
               "a URL inside a sentence of a text file: prose"),
        Sample("matrixs://user:password@hostname/#room\n", "config/apprise-urls.txt", "a listed URL's placeholder"),
        Sample('pattern = r"[?&]q=.*"\n', "search.py", "a regular expression's quantifier after a query name"),
        Sample('auth = ("api", "{password}")\n', "client.py", "a template as the pair's password"),
        # Blind rounds Y, Z and AA
        Sample("    location ~ \\.php$ {\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    }\n"
               "    location /app {\n        uwsgi_pass 127.0.0.1:3031;\n    }\n", "sites-available/shop.conf",
               "nginx's upstreams (a socket, an address)"),
        Sample('salesforce:\n  password: "![s+TH/3DO393la7gfgyHPN2S1+9QG1HXjbKMtt1iR]"\n', "config-prod.yaml",
               "Mule's secure properties ciphertext"),
        Sample("adyen:\n  client-key: live_R54G6BCBGBIDAXYZWYG0G0UACZR58XZD\n", "application.yml",
               "Adyen's client key (sent from the browser)"),
        Sample('# DocuSign eSignature\nINTEGRATION_KEY = "e1026af5-21cb-4b23-9b3c-abc0ad3fc3a8"\n', "esign/ids.py",
               "DocuSign's integration key: the app's OAuth client id"),
        Sample("sensor:\n  - platform: xiaomi_lywsd03mmc\n    bindkey: !secret bedroom_bindkey\n"
               "streams:\n  hall: tapo://${TAPO_PASSWORD}@192.168.1.40\n", "config.yaml",
               "a bindkey and a Tapo password read from elsewhere"),
        Sample('shell_command:\n  reboot: curl -s -u admin:"$ROUTER_PASSWORD" http://192.168.178.31/reboot\n',
               "packages/shell.yaml", "curl's -u with the password expanded from a variable"),
        Sample("2024-06-11 02:00:03,511 DEBUG [main] Client - requestId=8a4de829-8092-48ac-b2ba-22a37c80ab73 "
               "sessionId=99cf176aec0ad78734b24097cc596335\n", "logs/bridge.log", "a session's id a log record names"),
        Sample('{"ts":"2024-06-11T02:00:03.511Z","level":"info","msg":"GET /cart","request_id":"8a4de829-8092-48ac-b2ba-'
               '22a37c80ab73","session":"5d1e0c9b7a3f4e2d8c6b0a9f1e3d5c7b9a2f4e6d"}\n', "logs/web-2024-06-11.jsonl",
               "a session's id a structured log's record names"),
        # Blind rounds AI-AN: stand-ins, identifiers, verifiers and patterns
        Sample("api_id = 2040\napi_hash = '1234567890abcdef1234567890abcdef'\n", "docs/start.py",
               "a counting stand-in (digits then letters)"),
        Sample("dns_cloudflare_api_key = abcdef0123456789abcdef0123456789abcdef01\n", "dns/cloudflare.ini",
               "a counting stand-in of another length"),
        Sample("  app:\n    environment:\n      SMTP_PASSWORD: mailrelay2024x # change me\n", "vendor/app/docker-compose.yml",
               "upstream's stand-in, marked to replace"),
        Sample('REQUEST_KEY = "961379e8-ebbd-456e-890b-9db8c13d8d7c"\ncharge(idempotency_key=REQUEST_KEY)\n', "tests/test_charge.py",
               "a request's own key"),
        Sample('# the charge replayed after the timeout, to show retries are safe\nREPLAYED_KEY = "5b0e2c71-93d4-4a8f-b6e1-0c7d2f9a4e38"\n',
               "payments/replay_demo.py", "a replayed request's idempotency key (a UUID)"),
        Sample('const KAKAO_JS_KEY = "d617c340b7fecd191f0999f4077f0191";\nwindow.Kakao.init(KAKAO_JS_KEY);\n', "web/src/lib/kakao.ts",
               "Kakao's JavaScript key (the page's, limited to the app's domains)"),
        Sample('CLIENT_SECRET_HASH = "$2b$12$t/QnyBTw22K3gVtPsDzd2EdGuB4SUjfzwGdZrfCvSe7pvDZuDek4i"\n', "auth/clients.py",
               "a client secret's bcrypt hash (the salt and 31 characters of digest): a verifier"),
        Sample("<dict>\n    <key>KAKAO_APP_KEY</key>\n    <string>1d83339c2756f635ba22b628cd3f2eb1</string>\n</dict>\n",
               "ios/App/Info.plist", "Kakao's native app key where its iOS SDK reads it"),
        Sample('const PLUGIN_KEY = "d0ff5995-16fa-406f-9385-317297b20dae";\nChannelService.boot({ pluginKey: PLUGIN_KEY });\n',
               "web/src/lib/channel.ts", "Channel Talk's plugin key (the web widget's public id)"),
        Sample('{"paymentKey": "tgen_nXgrnz46E7YJtqJbkznzBKmDEH", "orderId": "ORD-0042", "status": "DONE"}\n',
               "fixtures/payment.json", "a Toss Payments payment's key (its id in every payment object)"),
        Sample('var authData = {\n  clientKey: "7wQp3Lk9Zr2Xv8Tn4Hm6Jb1Yc5Fd0Gs7Wq3Pk9Lz2Rx8Vt4Nh6Mb1Jy5Cd0Fs",\n  apiLoginID: "5Kd8Wq2Lm"\n};\n',
               "assets/pay.js", "Authorize.Net's public client key beside the API login id (Accept.js)"),
        Sample('let c = Braze.Configuration(apiKey: "3f9a1c7e-52d4-4b8e-9a6f-0e7d2c4b1a95", endpoint: "sdk.iad-01.braze.com")\n',
               "App/AppDelegate.swift", "Braze's SDK key beside its SDK endpoint"),
        Sample('{\n  "admin_graphql_api_id": "gid://shopify/Order/4412098811",\n  "token": "8e1f0c7a2d9b4e6f3a5c1d7e9b0f2a4c",\n'
               '  "checkout_token": "2b7d9f1e3a5c8e0d4f6a1b3c5e7d9f0a"\n}\n', "tests/fixtures/orders_create.json",
               "a Shopify order's own token and checkout token"),
        Sample('import { AnalyticsBrowser } from "@segment/analytics-next";\nconst SEGMENT_WRITE_KEY = "S29e3qc3Oz6JJPdLy784gqE4QzuSvFpP";\n'
               'export const analytics = AnalyticsBrowser.load({ writeKey: SEGMENT_WRITE_KEY });\n', "web/src/analytics.ts",
               "Segment's write key given to its browser library (a client-side source's)"),
        Sample('private const val AFFILIATE_KEY = "sup_afk_sxKbsNA1wQhk3D1gt1A6QyOpQ3rgztxR"\n', "app/src/main/java/Pay.kt",
               "SumUp's affiliate key, given to its card reader SDK's login in the app"),
        Sample('{\n  "order_id": "b97d5d85-f4ef-481d-a9a1-222c6824462f",\n  "authorization_token": "b7163bf3-9f99-4316-84e8-6796834521f5",\n'
               '  "expires_at": "2024-05-01T10:00:00.000Z"\n}\n', "tests/fixtures/payments/authorized.json",
               "a short-lived token recorded with its expiry in a test fixture"),
        Sample('{\n  "link_token": "link-production-961379e8-ebbd-456e-890b-9db8c13d8d7c",\n  "request_id": "Xc81kq0pLz3Wm2n"\n}\n',
               "api/link.json", "Plaid's link token (single-use, handed to the browser)"),
        Sample('SF_CONSUMER_KEY = "3MVG9M1Xnj.AlExeOZPoB8oNP1Qup2gsRwI7er6zNmmGAMdAhH7mej8E1yYunKFJyLjXOw8GO6SRSkdyKQ.Jg"\n',
               "crm/salesforce.py", "a Salesforce consumer key (the OAuth client id)"),
        Sample("sed -i \"s|^API_TOKEN=.*|API_TOKEN='${new}'|\" .env\n", "rotate.sh", "sed's pattern, not a value"),
        Sample("    command: --admin-password '$$2y$$10$$Tq0rW3zKp8Lm2Xv7Nc4HbO1Yd6Fs9Jg5Ae0Ri3Uw7Zk2Lp8Mq4Vx.' -H tcp://agent:9001\n",
               "portainer/docker-compose.yml", "a bcrypt hash escaped for Compose"),
        Sample("      - traefik.http.middlewares.auth.basicauth.users=ops:$$apr1$$Hq3Lk9Zw$$Tn4Rk8Wz2Lq7Xv3Mp9Hb1.\n",
               "docker-compose.yml", "an htpasswd MD5 hash escaped for Compose"),
        Sample("WinSCP connects with a session URL, for example:\n\n    open sftp://martin:Harbor!Quay4417@example.com/\n",
               "docs/winscp.txt", "a WinSCP command in prose"),
        Sample('open sftp://edi850@mft.partner-retail.com/ -privatekey="C:\\EDI\\keys\\edi850.ppk"\nexit\n', "winscp/pull.txt",
               "a WinSCP script that logs in with a key file"),
        Sample('NEXT_TOKEN = os.environ.get("NEXT_TOKEN", "CsrfTokenMgrSrcCtx")\n', "paging.py",
               "a name of abbreviations, no digit"),
        # Blind rounds AU-AZ: verifiers, ciphertext, stand-ins and published values
        Sample('<dataStore>\n  <connectionParameters>\n    <entry key="passwd">crypt2:1EMOx8KkjF78DPBQT/M9DUBIXKw+V3l35B+MrAKjVqw=</entry>\n'
               '    <entry key="user">geoserver</entry>\n  </connectionParameters>\n</dataStore>\n',
               "data_dir/workspaces/gis/pg/datastore.xml", "GeoServer's encrypted store password (crypt1:/crypt2:)"),
        Sample('<users>\n  <user enabled="true" name="admin" password="digest1:tsnOpJ1VsPiJ4Sj0g1VVkPaOKzPB3O7xdf1yNeTU13F/um7DK54ebjPYBAzbaIHb"/>\n'
               '</users>\n', "data_dir/security/usergroup/default/users.xml", "GeoServer's password digest (digest1:)"),
        Sample('users:\n  - username: ana\n    password: "PBKDF2$sha256$100000$cqW9SKE0aOvqCJKL$frQxX0RGJE4nvzMN4F+L0WZXYeLORfQz"\n',
               "bootstrap/users.yml", "Galaxy's PBKDF2 password hash"),
        Sample('return {\n\t["iteration_count"] = 10000;\n\t["stored_key"] = "16d4afa270ff905221b8edc8c851e6275a3f7da4";\n'
               '\t["server_key"] = "d43134cb1ce397f6bceb0059edffa36bb6fdcee5";\n};\n', "var/lib/prosody/host/accounts/ana.dat",
               "a SCRAM verifier's StoredKey and ServerKey (Prosody's account store)"),
        Sample("# Copy to .env and fill in.\nSAMSARA_TOKEN=samsara_api_<paste token from Settings > API Tokens>\n"
               "STRIPE_KEY=sk_live_<your secret key>\nSLACK_BOT_TOKEN=xoxb-<bot token from the app page>\n",
               "fleet/.env.sample", "a token format's head and an angle-bracket stand-in in words, cut at its first blank"),
        Sample("# copy to .env\nREDCAP_API_TOKEN=<32-character project token>\nNS_TOKEN_SECRET=<64-character token secret>\n",
               ".env.example", "an angle-bracket stand-in in words, cut at its first blank"),
        Sample('  "Env": [\n    "GPG_KEY=9DB65548458CEB3702DB8E78DFAC04A651A6E503",\n    "PYTHON_VERSION=3.12.4"\n  ]\n',
               "docs/images/base.inspect.json", "an OpenPGP key's fingerprint under GPG_KEY (the release signer's)"),
        Sample('{\n  "signature": {\n    "timestamp": "1717411200",\n    "token": "1b16b1df538ba12dc3f97edbb85caa7050d46c148134290feb",\n'
               '    "signature": "043a718774c572bd8a25adbeb1bfcd5c0256ae11cecf9f9c3f925d0e52beaf89"\n  }\n}\n',
               "tests/fixtures/mailgun/event.json", "a signed webhook's nonce beside its timestamp and signature"),
        Sample("$config['des_key'] = 'rcmail-!24ByteDESkey*Str';\n", "config/config.inc.php",
               "Roundcube's shipped default des_key (published, as Azurite's key is)"),
        Sample("The password is: stored-in-vault\n", "deploy/NOTES", "prose naming where a password is kept"),
        Sample("# Onboarding\n\nFor example, the password is:\n\n    Tundra-Wicket-81\n", "docs/onboarding/setup.md",
               "an example in documentation the page does not call the team's own"),
        Sample("# Onboarding\n\nThe API key for our sandbox account is\n\n    4GKLGWX1YH0XKHJZU0HMJE8VHXH98QEZ\n", "docs/onboarding/monitoring.md",
               "a key its document says is a sandbox account's"),
        Sample("IeExample\nchangeme\n", "deploy/mongodb/files/mongodb-keyfile", "a MongoDB keyfile stand-in"),
        # Blind rounds BA-BE: a key declared public, references, a verifier, ciphertext, a redaction marker
        Sample('app.use(Cms, {\n  // public access token: published content only\n  accessToken: "Hq7Lm2Vx9Kt4Wr8Np3Zb",\n})\n',
               "src/main.js", "a token its comment declares public (a CMS's published-content token)"),
        Sample("themeConfig: {\n  algolia: {\n    appId: 'Q7WZ2LK9XP',\n    apiKey: '4c1e8a0d7b3f92e6a5d1c8b07f4e2a93',\n"
               "    indexName: 'acme',\n  },\n},\n", "docusaurus.config.js", "DocSearch's search-only apiKey"),
        Sample('{\n  "env": {\n    "CMS_ACCESS_TOKEN": "@cms-access-token"\n  }\n}\n', "vercel.json", "Vercel's secret reference"),
        Sample("vault kv put kv/sftp/bank private_key=@bank_sftp_ed25519\n", "rotate.sh", "a command reading a file by `@`"),
        Sample('duplicity --encrypt-key "3FA8C91D07B2E64A5C1D9E8F70B3A2C4D6E1F905" /srv "s3://b/srv"\n', "bin/backup",
               "an OpenPGP fingerprint given to --encrypt-key"),
        Sample("<Credentials>\n  <Password>*SENSITIVE*DATA*DELETED*</Password>\n</Credentials>\n", "Panther/unattend.xml",
               "Windows Setup's redaction marker"),
        Sample("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    API_TOKEN_SALT: AgB"
               + "Zq8Lk2Vw9Xr4Tm7Bn1Pd+Hc3Jf6Yg0As/" * 10 + "Qx==\n", "cms.sealed.yaml", "SealedSecret ciphertext under a salt's name"),
        # Blind rounds BY-CD: what a form says is no secret it holds
        Sample('{\n  "token": "Gift card PIN",\n  "apiSecret": "Shared secret from the dashboard"\n}\n',
               "web/src/locales/en/loyalty.json", "a translation catalogue's messages under credential keys"),
        Sample("CREATE LOGIN [hist] WITH PASSWORD = 0x0200A1B2 HASHED,\n    SID = 0x7D8171D627A44D6BAC83E9DC64DD6777, CHECK_POLICY = ON;\n",
               "db/004_logins.sql", "SQL Server's login SID (a binary literal, no session)"),
        Sample('  put "token=&token.&content=record&format=csv&type=flat";\n%let key = &&api_token_&env..;\n',
               "programs/import/export.sas", "SAS macro references in a form body and a %let"),
        Sample("  appInsights: 'InstrumentationKey=3f6c1e2a-8b4d-4c7e-9a1f-5d2b7e9c4a60;IngestionEndpoint=https://westeurope-5.in."
               "applicationinsights.azure.com/',\n", "src/config.js", "Application Insights' instrumentation key"),
        Sample('<SubjectData SubjectKey="638b0a5c-ee26-43c4-9bb1-abba090dedab" mdsol:SubjectKeyType="SubjectUUID">\n',
               "rave/testdata/odm.xml", "a CDISC ODM subject's key (a record's id)"),
        Sample('# The "API Key" below is the OAuth client_id\nhr:\n  company_id: ACME\n  api_key: Wq7Lm3Zx9Rt2Vk6Np4Hb8Jc5Df\n',
               "config/hr.yaml", "an OAuth client id a comment says the API key is"),
        Sample("successfactors:\n  company_id: ACME\n  api_key: Wq7Lm3Zx9Rt2Vk6Np4Hb8Jc5Df\n", "config/sf.yaml",
               "SuccessFactors' API key (its OAuth client id)"),
        Sample("const body = { payload: { plainToken: 'Hq5Zr8Lx2Vm7Kt4Wp9Nb' } };\n"
               "expect(res.body.encryptedToken).toBe('1bf161b7b7514b79413b49e5e995d8e8');\n", "server/test/zoom.test.js",
               "Zoom's URL-validation challenge beside its encrypted twin"),
        # Blind rounds CE-CJ: shell messages, public OAuth clients, a browser integration's key, a published test key
        Sample('#!/usr/bin/env bash\n: "${POLYGON_API_KEY:?export POLYGON_API_KEY first (1Password: Research/Polygon)}"\n'
               ': "${API_TOKEN?token: see vault kv/app/token}"\n: "${DEPLOY_TOKEN:-$VAULT_TOKEN}"\n', "scripts/backfill.sh",
               "shell expansions' error messages and a default that is another variable"),
        # (blind rounds HH-HL) a password manager named as 1Password is, its entry's path after it
        Sample('$cred = Get-Credential -Message "Konto serwisowe (z KeePass: Automaty/serwis)"\n'
               'Write-Host "Password is in LastPass: Kiosks/service-2024"\n', "it/scripts/Reset-Station.ps1",
               "a credential prompt naming the manager's entry"),
        Sample('{\n  "AppKey": "9287f5dba3af5078b795260a9959f8eb",\n  "AuthorizationEndpoint": "https://sim.logon.example/authorize",\n'
               '  "GrantType": "PKCE"\n}\n', "saxo/app_config.pkce.json", "a PKCE app's key (a public client's id)"),
        Sample('{\n  "Saxo": {\n    "AppKey": "1a3c82b0c13879955c20832245850ceb",\n'
               '    "AppSecret": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/saxo-app-secret/)"\n  }\n}\n',
               "src/Bridge/appsettings.Staging.json", "an app key beside its secret's Key Vault reference"),
        Sample("(function () {\n  window.browzine = {\n    api: 'https://public-api.example.com/public/v1/libraries/1234',\n"
               "    apiKey: '75750b9b-f176-47af-bdfd-7d428e5ab626',\n  };\n  var s = document.createElement('script');\n"
               "  s.src = 'https://s3.amazonaws.com/browzine-adapters/primo/browzine-primo-adapter.js';\n"
               "  document.head.appendChild(s);\n})();\n", "primo-explore/custom/js/libkey.js",
               "a browser integration's key, in a global the vendor's loaded script reads"),
        Sample("<?php\n$config['recaptcha.settings']['site_key'] = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI';\n"
               "$config['recaptcha.settings']['secret_key'] = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe';\n",
               "web/sites/default/settings.ci.php", "Google's published reCAPTCHA test keys"),
        Sample("WSKEY = 'api2demo'\nEUROPEANA_WSKEY = 'yourwskey'\n", "harvest.py", "the demo wskey, a stand-in"),
        # (adversarial round 12: a lock's name and an entity tag's digest under <X>_KEY)
        Sample('LOCK_KEY = "4a8a08f09d37b73795649038408b5f33"\nETAG_KEY = "8277e0910d750195b448797616e091ad"\n', "jobs/sync.py",
               "a lock's and an entity tag's hex under <X>_KEY"),
        # Blind rounds CK-CP: a worked example's counting key, a public application token, a published test
        # signer, a template's self-declared stand-ins
        Sample('MASTER_KEY = bytes.fromhex("00112233445566778899AABBCCDDEEFF")\nIV = "ffeeddccbbaa99887766554433221100"\n',
               "cardinit/diversify.py", "a counting run of doubled hex digits (an application note's test key)"),
        Sample('const APP_TOKEN = "ReQ858YOEXOr2inbEYmOjU7SX";\n'
               'fetch(`${URL}?${params}`, { headers: { "X-App-Token": APP_TOKEN } });\n', "opendata/js/chart.js",
               "a Socrata application token (an identifier for throttling, meant for client code)"),
        Sample("packager in=a.mp4,stream=video,output=v.mp4 \\\n  --signer widevine_test \\\n"
               "  --aes_signing_key 1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9 \\\n"
               "  --aes_signing_iv d58ce954203b7c9a9a9d467f59839249\n", "ott/package-test.sh",
               "the Widevine UAT test signer's published key and IV"),
        Sample('{\n    "negotiation_key": "TEMPORARY_32byte_negotiation_key",\n'
               '    "server_control_plane_key": "TEMPORARY__32byte_ctrl_plane_key"\n}\n', "irods/server_config.template.json",
               "values declaring themselves temporary stand-ins for the key they name"),
        Sample('public sealed class CarrierOptions\n{\n    public string ApiToken { get; set; } = "";\n'
               '    public string Password { get; set; } = string.Empty;\n    public string Secret { get; init; } = "<set in user-secrets>";\n}\n',
               "src/Options/CarrierOptions.cs", "C# auto-properties initialised empty or with a stand-in"),
        # Blind rounds CQ-CV: a standard's worked example heading a block, an RPSL maintainer's key-certificate,
        # a vendor's public demo credentials, an HSM key inventory's check values and cryptograms, and decoys of
        # the forms read anew (a literal below its `=`, a typed constant)
        Sample('# RFC 2865 7.1: the shared secret is xyzzy5461, a published test vector.\nRFC_SECRET = b"xyzzy5461"\n'
               'REQUEST_AUTH = bytes.fromhex("5d2a9c71e04b83f6a1c7e92d40b8f365")\n', "radius/vectors.py",
               "a standard's test vectors under the comment heading their block"),
        Sample("mntner:         MNT-EXAMPLE\nauth:           MD5-PW $1$Qx7mLp2v$Kd8Zt3Wn6Rb9Vy4Hc1Jf0s\n"
               "auth:           PGPKEY-86BA88BF\nauth:           X509-1\nmnt-by:         MNT-EXAMPLE\n", "irr/MNT-EXAMPLE.rpsl",
               "an RPSL maintainer's auth: a hash and key-certificate objects' names"),
        Sample('"""Settings for the PMS vendor demo environment.\n\nThese are the public demo credentials published in the\n'
               'vendor\'s API documentation; they only reach the shared demo hotel.\n"""\n'
               'CLIENT_TOKEN = "462F27EBBF2B03810B9B9F0F64C67224-D1065B122514B0018D663227903F1E5"\n'
               'ACCESS_TOKEN = "899B8510FD70F68597358AE7FDE2A248-4AFECE279C7AC68C91B464418216C20"\n',
               "integrations/pms/demo_settings.py", "a file whose docstring declares its tokens the vendor's public demo ones"),
        Sample("// Public sandbox credentials from the gateway's documentation (shared test merchant)\n"
               "const SANDBOX = {\n  apiKey: 'Tz3Kp8Lm2Vq7Wx4Rn9Bd6Hc1',\n  apiSecret: 'Wx4Rn9Bd6Hc1Tz3Kp8Lm2Vq7',\n};\n",
               "src/payments/sandbox.js", "a comment heading the block declares the vendor's public sandbox credentials"),
        Sample("keys:\n  - name: ZMK-BRANCH-01\n    type: \"000\"\n    scheme: U\n    kcv: C7AB20\n"
               "    under_lmk: U3F89F410411EF9637EBB77B3590B47F8\n  - name: ZPK-BRANCH-01\n    kcv: 10DC18\n"
               "    under_lmk: U6093542828914474B21E83146462B9F1\n", "hsm/key-inventory.yaml",
               "an HSM key inventory: names, check values, keys under the LMK"),
        Sample("// Storefront API token: read-only, meant to be shipped to the browser\n// (it reads the public catalog).\n"
               'const STOREFRONT_TOKEN =\n  "Rn9Bd6Hc1Tz3Kp8Lm2Vq7Wx4Rn9Bd6Hc1Tz3K";\n', "storefront/src/lib/shop.js",
               "a token its comment says is meant for the browser, below its `=`"),
        Sample('const VENDOR_CLIENT_SECRET =\n  "<your-client-secret>";\nconst SECRET_NAME =\n  "prod/vendor/client-secret";\n',
               "src/lib/vendor.ts", "a stand-in and a secret store's name below the `=`"),
        Sample('   Db_Password_Env : constant String := "DB_PASSWORD";\n   Api_Token : constant String := "changeme";\n',
               "src/range-config.ads", "Ada constants naming a variable, a stand-in"),
        # Blind rounds CX-DB: record keys, a standard's examples, base64's padding, a public project token, a serial
        Sample('{\n  "value": [\n    {\n      "MemberKey": "1b2e6f0c9a7d4e3b8c5a1f0d2e4b6a8c",\n'
               '      "OriginatingSystemKey": "f92b748812b414f7377722fe57a1e0cdd7724fc4",\n'
               '      "SourceSystemKey": "7a29f106f17dae8122cb938f3954cdc4246319fb",\n'
               '      "ModificationTimestamp": "2024-09-13T14:03:11.000Z"\n    }\n  ]\n}\n', "tests/fixtures/reso_members.json",
               "RESO records' keys (a record's, its originating and source systems')"),
        Sample('{\n  "value": [\n    {\n      "MediaKey": "6144c39d1f23c7155017779569149e06",\n'
               '      "ResourceRecordKey": "a3c11c86c2d4a2b38dc3be75c5986e62",\n      "MediaURL": "https://cdn.example/p/1.jpeg"\n'
               '    }\n  ]\n}\n', "tests/fixtures/reso_media.json", "a RESO media record's key of the record it illustrates"),
        Sample('TOKEN_RESPONSE = {"access_token": "2YotnFZFEjr1zCsicMWpAA", "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"}\n'
               'HEADERS = {"Authorization": "Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW"}\n'
               'BODY = "grant_type=refresh_token&client_id=s6BhdRkqt3&client_secret=7Fjfp0ZBr1KtDRbnfVdmIw"\n'
               'CODE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"\n', "tests/test_oauth_rfc.py",
               "RFC 6749's and RFC 7636's worked examples"),
        Sample('EXAMPLE = {"client_id": "s6BhdRkqt3", "client_secret": "cf136dc3c1fc93f31185e5885805d"}\n',
               "src/oauth/registration.py", "RFC 7591's registered client"),
        Sample("|1|8Kp8F8o+73LRD6ACEW3ZjRjpV7e=|IaGCDEIDf7U1mqsiWI6mEmv/7PW= ssh-ed25519 "
               "AAAAC3NzaC1lZDI1NTE5AAAAI0s3kb9Y1npLcQ77tFtZUrpQ2NBrwBE0dJAdhLjvaui7\n"
               "|1|Zx9Lm2Qk7Vt4Rp8Wn3Hb6Jd1Fg+=|Tq8Lm2Xz7Rk4Wn9Pb3/4token= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY\n",
               "deploy/known_hosts", "hashed known_hosts entries: base64 ending in a credential's word and its padding"),
        Sample('{\n  "mixpanel": {\n    "projectToken": "d94085656598f9a476cf3653e2ef386a",\n'
               '    "serverUrl": "https://api-eu.mixpanel.com"\n  }\n}\n', "Assets/StreamingAssets/analytics.json",
               "Mixpanel's project token"),
        Sample('mixpanel.init("d94085656598f9a476cf3653e2ef386a", {debug: false});\n'
               'const MIXPANEL_TOKEN = "e45cf758f067d58dfab2715b3a226b55";\n', "web/js/analytics.js", "Mixpanel's token in a page"),
        Sample("MonoBehaviour:\n  m_Name: MixpanelSettings\n  RuntimeToken: d94085656598f9a476cf3653e2ef386a\n"
               "  DebugToken: 0b3f5a7c9e1d2b4f6a8c0e2d4f6b8a0c\n", "Assets/Mixpanel/MixpanelSettings.asset",
               "the Mixpanel Unity SDK's settings"),
        Sample('config system admin\n    edit "admin"\n        set two-factor fortitoken\n        set fortitoken "FTKMOB4B81D7C3A2"\n'
               '    next\nend\n', "network/fortigate/fw01-admin.conf", "FortiOS' FortiToken serial"),
        Sample('{\n  "name": "admin",\n  "two-factor": "fortitoken",\n  "fortitoken": "FTK2000BHV4A1B2C"\n}\n',
               "api/fortios_admin.json", "FortiOS REST API's FortiToken serial"),
    ) + _config_forms.false_samples() + _code_calls.false_samples() + _integration_forms.false_samples()
      + _web_forms.false_samples() + _network_keys.false_samples() + _network_configs.false_samples() + _tool_outputs.false_samples()
      + _proxy_and_sessions.false_samples() + _stream_keys.false_samples() + _game_servers.false_samples()
      + _telecom_configs.false_samples() + _identity_configs.false_samples() + _mail_configs.false_samples()
      + _device_configs.false_samples() + _key_material.false_samples()
      + _command_lines.false_samples() + _test_tooling.false_samples() + _reference_lookalikes.false_samples()
      + _keyed_apis.false_samples())


def find(lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
    line = line_text(lines, index)
    lowered_name = filename.lower()
    if lowered_name.endswith(_BINARY_SUFFIXES):
        return
    opener = _JSON_CONTAINER_OPENER.match(line)
    if opener is not None and opener.group("key").lower() not in _OPENERS_READ_BELOW:
        if opener.group("key").lower() == "applicationresttokens":
            for offset, token in _game_servers.rest_tokens(lines, index):  # (TShock's REST tokens: keys)
                if _is_credential(token, True, False, "token"):
                    yield Match(secret=token, confidence=MEDIUM, description="TShock REST application token",
                                line_offset=offset)
        if opener.group("key") == "source" and lowered_name.endswith(".ipynb"):
            # (a code cell's source: a credential it prints, shown in its output above)
            for offset, what, key, value in _network_keys.notebook_output_secrets(lines, index):
                if _is_credential(value, True, False, key):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
        if line.rstrip().endswith("[") and opener.group("key").lower().endswith(_test_tooling.HEADER_WORDS):
            # (a JSON cassette's recorded header, its value on the line below: Betamax's, go-vcr's)
            for offset, what, key, value, how in _test_tooling.json_cassette_headers(lines, index, line):
                if _judged(key, value, how):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
        # A JSON key that only opens an object or a list holds no value on its line (botocore's
        # 27,000 `"NextToken":{` lines of service models); what stands below is read from its own line.
        for offset, what, key, value in _config_forms.opened_object_values(lines, index, lowered_name):  # (an object's "value")
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                yield Match(secret=value, confidence=MEDIUM, description=what, line_offset=offset)
        return
    if (line.rstrip().endswith(":") or "below" in line) and lowered_name.endswith(_config_forms.DOCUMENTED_PASSWORD_PAGES) \
            and is_no_document(lowered_name) and not is_log_text(lowered_name):
        # (an operator's working note, a TODO list, a runbook: the team's own, its key alone in a code span below the list
        # item naming it, or below its note to rotate it, the live one)
        for offset, what, key, value in _config_forms.key_below_its_item(lines, index, True):
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
    if "_live_" in line and lowered_name.endswith(_LIVE_MODE_PAGES) \
            and not _config_forms.block_says_made_up_or_public(lines, index):
        # (a live-mode key alone on a page or in a mail: an account's own, where a lesson shows a test key or a stand-in;
        # not in a code block its note calls an example or public, stop 62's)
        for value in _stated_live_mode_keys(line):
            yield Match(secret=value, confidence=MEDIUM, description="a vendor's live-mode key stated in a document")
    if lowered_name.endswith(DOCUMENT_SUFFIXES) and "cookies" not in lowered_name and not lowered_name.endswith(
            "_history.txt") and not _web_forms.is_crontab(lowered_name) and not is_no_document(lowered_name) and not (
            lowered_name.endswith(".txt") and _TRANSFER_SCRIPTS.of(lines)):
        # (a cookie jar, a console's history (PSReadLine's ConsoleHost_history.txt), a crontab, a
        # program's log, a file of credentials, an operator's working notes or a WinSCP or FTP client's script is no doc)
        # Documentation's values are examples: a command line's literal password is reported, as
        # a warning (the reader may have pasted a real one into a console session) when any
        # `--password` gives it, and blocks where a tool known to take its password so does.
        if "--" in line:
            yield from _documented_passwords(line)
            yield from _documented_key_options(lines, index, line)
        yield from _documented_tool_passwords(line, _in_continued_curl(lines, index))
        if lowered_name.endswith((".html", ".htm")) and ("Basic " in line or "uthorization" in line or "UTHORIZATION" in line) \
                and _code_calls.in_page_script(lines, index):
            # (an HTML page's own script, code the browser runs and no prose: the Authorization header it sends with its
            # requests, `fetch(…, {headers: {"Authorization": "Basic …"}})`, is the page's credential, read as code's)
            for offset, secret, description in _written_authorizations(lines, index, line):
                if not sealed_value(lines, index + offset, secret):
                    yield Match(secret=secret, confidence=MEDIUM, description=f"{description} (an HTML page's script)",
                                line_offset=offset)
        if lowered_name.endswith((".html", ".htm")) and ("KEY" in line or "key" in line or "Key" in line) \
                and _code_calls.in_page_script(lines, index):
            # (stop 63) ... and the API key constant it sends as its requests' `key` parameter or API key header
            # (`const REPORTS_KEY = "…"`, `fetch("/api/sales?key=" + REPORTS_KEY)`), read as code's
            for offset, what, key, value, how in _web_forms.sent_key_constant(lines, line):
                if _judged(key, value, how) and not sealed_value(lines, index + offset, value):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal secret in {what} (an HTML page's script)",
                                line_offset=offset)
        for what, key, value in _web_forms.documented_url_keys(line, _real_host) if "://" in line else ():
            if _credential_key(key, value) and _is_credential(value, True, False, key):  # (a key that looks issued)
                yield Match(secret=value, confidence=MEDIUM, description=f"literal secret in {what} in documentation")
        for user, password, host in _web_forms.documented_url_logins(line, lines, index) if "@" in line else ():
            if not is_stand_in_password(password) and _is_credential(password, True, False, "password"):
                # (a command's URL login, as curl's `-u user:password`: see _documented_login_confidence)
                yield Match(secret=password, confidence=_documented_login_confidence(password, host),
                            description=f"literal password of user {user} in a command's URL to {host} in documentation")
        for offset, what, key, value, how in _web_forms.input_field_credentials(line) if (
                "<input" in line or "<INPUT" in line) and lowered_name.endswith((".html", ".htm")) else ():
            # (stop 67) a page's form field named for a token, a secret or a password, given its value: markup every visitor's
            # browser posts, no prose's example (EmailJS' `accessToken`, its account's private key)
            if _judged(key, value, how) and not sealed_value(lines, index + offset, value):
                yield Match(secret=value, confidence=MEDIUM, description=f"literal secret in {what} (an HTML page's form)",
                            line_offset=offset)
        for user, password in _web_forms.commented_account_pairs(line) if lowered_name.endswith((".html", ".htm")) else ():
            if _is_credential(password, True, False, "password"):
                # (stop 64) an HTML page's comment giving an account's pair, a note for the team no reader is shown
                yield Match(secret=password, confidence=MEDIUM,
                            description=f"literal password of user {user} in an HTML page's comment")
        for user, password, host in _documented_client_logins(lines, index, line) if ".login(" in line else ():
            if not is_stand_in_password(password) and _is_credential(password, True, False, "password"):
                # (stop 67) a mail or file client's login by position below the line opening it on its host
                yield Match(secret=password, confidence=_documented_login_confidence(password, host),
                            description=f"literal password of user {user} given to the login of a client of {host} "
                                        "in documentation")
        for user, password, host in _documented_call_logins(lines, index, line) if "=" in line else ():
            if not is_stand_in_password(password) and _is_credential(password, True, False, "password"):
                # (stop 63) a client's login call naming its host, user and password, the same login as the URL's
                yield Match(secret=password, confidence=_documented_login_confidence(password, host),
                            description=f"literal password of user {user} given with its host {host} to a client's call "
                                        "in documentation")
        for what, value in documented_service_keys(lines, index):
            yield Match(secret=value, confidence=MEDIUM, description=f"literal secret {what} in documentation")
        for what, key, value in _config_forms.owned_block_keys(lines, index):
            # (stop 61) a code block's key its note says is the team's own (`this is our account's key`, ``client_secret``
            # is the production one): no reader's example
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                yield Match(secret=value, confidence=MEDIUM, description=f"literal secret {what} in documentation")
        if "=" in line or "set" in line.lower():  # (review 64: fish's `set -x`, Windows' `setx`)
            for key, value in _page_exported_secrets(line, lowered_name):
                yield Match(secret=value, confidence=MEDIUM,
                            description=f"literal secret exported as {key} in {_exporting_page(lowered_name)} shell command")
        if "(" in line and _README_FILE.search(lowered_name) and _READERS.of(line, lowered_name) & _CALL and _in_fence(lines, index):
            # (stop 58) a README's code block, its project's own run instructions: a login's call given its password by
            # position (Odoo's `authenticate(db, login, password, {})` in a `python -c`), read as code is, blocking as a
            # documented password does (_documented_confidence: a tutorial's `admin` / `Welcome1` warns)
            for offset, what, key, value in itertools.islice(_code_calls.call_secrets(lines, index), _README_CALLS_A_LINE):
                if _credential_key(key, value) and _call_credential(key, value):
                    yield Match(secret=value, confidence=_documented_confidence(value),
                                description=f"literal secret given to {what} in a README's code block", line_offset=offset)
        for key, value in _readme_call_keys(lines, index, line, lowered_name):
            # (stop 65) a README's code block giving a call a drawn credential by its keyword (`Client(api_key="…")`)
            yield Match(secret=value, confidence=MEDIUM,
                        description=f"literal secret given as {key}= to a call in a README's code block")
        # (a `.txt` outside a documentation tree is data, its SMS texts a batch's: device_script_secrets, below)
        sms_batch = lowered_name.endswith(".txt") and not _network_keys.IN_DOCUMENTATION.search(lowered_name)
        for what, password in _command_lines.documented_sms_commands(line) if not sms_batch else ():
            if _is_credential(password, True, False, "password"):
                # (a fleet's Teltonika SMS commands, its units' login and password: the page's own where the password
                # looks issued, as a command's URL login to a real host is; an example's, `asd 123 getgps`, warns)
                yield Match(secret=password, confidence=MEDIUM if _looks_issued(password) else LOW,
                            description=f"{what} in documentation")
        for what, password in _device_configs.documented_device_commands(line, lowered_name):
            if _is_credential(password, True, False, "password"):
                # (a page's Tasmota console commands to paste into its plugs: the plugs' broker login where the password
                # looks issued, as a fleet's SMS commands are; a tutorial's `MqttPassword mypassword` warns or passes)
                yield Match(secret=password, confidence=MEDIUM if _looks_issued(password) else LOW,
                            description=f"{what} in documentation")
        for offset, what, key, value, _ in _command_lines.continued_tool_options(lines, index, keys=False):
            if _credential_key(key, value) and _is_credential(value, True, False, key):  # (a tool's options continued below)
                yield Match(secret=value, confidence=_documented_confidence(value),
                            description=f"literal secret in {what} in documentation", line_offset=offset)
        for offset, what, key, value in _command_lines.documented_curl_keys(lines, index):
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                # (an example's API key warns; stop 68, pages: sent as curl's user to the vendor's own host, it blocks where
                # it was drawn, as the same key in the vendor's key header does (`curl -u "<32 hex>:" https://onfleet.com/…`),
                # unless the block's note calls it made up or public or it is a vendor's published test key)
                yield Match(secret=value, confidence=MEDIUM if _documented_curl_key_issued(lines, index + offset, value) else LOW,
                            description=f"literal secret in {what} in documentation", line_offset=offset)
        for what, key, value in _command_lines.documented_container_env(lines, index):
            if _credential_key(key, value) and _is_credential(value, True, False, key):  # (`docker run -e X_PASSWORD=…`)
                yield Match(secret=value, confidence=_documented_confidence(value), description=f"literal secret in {what} in documentation")
        for what, key, value, host in _command_lines.documented_curl_headers(lines, index):
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                # (a vendor's key header sent to the vendor's own host blocks where the value looks issued; to a tutorial's
                # host, or a value an example spells, it warns as documentation's other examples do)
                issued = documented_password_blocks(value) and _real_host(host)
                yield Match(secret=value, confidence=MEDIUM if issued else LOW, description=f"literal secret in {what} in documentation")
        if "uthorization" in line and ("curl" in line or _in_continued_curl(lines, index)):
            # (curl's header sending Infobip's key in Infobip's own `App` scheme, its shape Infobip's alone: sent to a
            # real host it blocks where the key looks issued, as a vendor's key header does; to a tutorial's host, or a
            # value an example spells, it warns)
            host = _command_lines.command_url_host(lines, index)
            for secret in _web_forms.infobip_app_keys(line):
                if _is_credential(secret, True, False, "api_key"):
                    issued = documented_password_blocks(secret) and _real_host(host)
                    yield Match(secret=secret, confidence=MEDIUM if issued else LOW,
                                description="Infobip API key in the Authorization header's App scheme given to curl in "
                                            "documentation")
        if ":" in line and ("PSK" in line or "XAUTH" in line or "EAP" in line):
            # (ipsec.secrets quoted in a fence the page says is the file: blocks where the value looks issued and no
            # selector is an example host, as a vendor's header sent to its own host does)
            for what, value, selectors in _network_keys.documented_ipsec_secrets(lines, index):
                if _is_credential(value, True, False, "password"):
                    issued = documented_password_blocks(value) and all(_real_host(selector) for selector in selectors
                                                                        if "." in selector)
                    yield Match(secret=value, confidence=MEDIUM if issued else LOW,
                                description=f"IPsec {what} secret quoted from ipsec.secrets in documentation")
        if ("Key" in line or "Password" in line or "Passphrase" in line or "Secret" in line or "Token" in line
                or "Psk" in line) and " -" in line:
            # (a PowerShell cmdlet's secret-named parameter: a console's history copied as text, a pasted session)
            for what, key, value in _command_lines.cmdlet_secret_parameters(line):
                if _credential_key(key, value) and _is_credential(value, True, False, key):
                    yield Match(secret=value, confidence=_documented_confidence(value),
                                description=f"literal secret given to {what} in documentation")
        if "uthorization" in line and captured_request(lines, index):
            # (a request as it was sent, its headers below its request line: a record, no example)
            for scheme, secret, user in _authorization_headers(line):
                who = f" of user {user}" if user and scheme == "Basic" else ""
                yield Match(secret=secret, confidence=MEDIUM, description=f"HTTP {scheme} credential{who} in a captured request")
        if "sig=" in line:
            for value in _documented_sas_signatures(line):  # (a storage account's SAS URL in a page's command)
                if _is_credential(value, True, False):
                    yield Match(secret=value, confidence=MEDIUM,
                                description="Azure shared access signature in a storage URL in documentation")
        for offset, value in _config_forms.app_password_below(lines, index) if "pp" in line or "PP" in line else ():
            if _is_credential(value, True, False, "password"):  # (a Google app password below the line naming one)
                yield Match(secret=value, confidence=MEDIUM, description="Google app password below the sentence naming "
                            "an app password in documentation", line_offset=offset)
        if "is:" in line or "IS:" in line or "was:" in line:
            for offset, value in stated_team_password(lines, index):  # (the page says it is the team's own)
                if _is_credential(value, True, False, "password"):
                    yield Match(secret=value, confidence=MEDIUM, description="a team's shared password stated in a document",
                                line_offset=offset)
        if "our" in line or "OUR" in line or "Our" in line or any(word in line for word in ISSUED_NOTE_WORDS):
            # (a key or a token the page says is the team's own: `… API key for our installer account is`, or recorded with
            # the day it was issued, `Their token (issued 2024-08-02, …):`; it blocks where it looks issued)
            for offset, value in stated_own_key(lines, index):
                if _is_credential(value, True, False, "api_key") and documented_password_blocks(value):
                    yield Match(secret=value, confidence=MEDIUM, description="a team's own key or token stated in a document",
                                line_offset=offset)
        if ".key`" in line:
            for offset, value in _web_forms.documented_rails_key(lines, index):  # (`config/master.key` and its content below)
                if _is_credential(value, True, False, "master_key") and not is_sequential(value):
                    yield Match(secret=value, confidence=MEDIUM, description="Rails' master key given below its file's path "
                                "in documentation", line_offset=offset)
        if lowered_name.endswith((".md", ".mdx")) and line.lstrip().startswith("|"):
            # A table of accounts' password column, read from its header: a warning as documentation's other
            # values, a block where the row says the account is a shared one kept as it is (kinds/_test_tooling.py)
            # or the password looks generated or chosen with care (no tutorial's `admin` / `Welcome1`)
            # (a Windows domain's account in a login cell, `SHOP\user` / `…`, is the team's own directory's: it blocks)
            from secretfence.compat.detect_secrets.credential_keys import thai_note

            cells_judged = _TABLE_CELLS_JUDGED.of(lines)  # (a row's cell judged once a file: see documented_table_passwords)
            for offset, what, key, value, shared in _test_tooling.documented_table_passwords(lines, index):
                credential = cells_judged.get((value, key))
                if credential is None:
                    credential = cells_judged[value, key] = _is_credential(value, True, False, key) and not thai_note(value)
                if credential:
                    own = shared or _config_forms.domain_login_password(line_text(lines, index + offset), value) or (
                        # (a person's password in a table whose other rows say theirs are kept in a store: the team's own)
                        _config_forms.persons_password(value) and _table_keeps_others_in_a_store(cells_judged, lines, index)) or (
                        # (a drawn key in an integrations table's key column whose other rows say where theirs are kept:
                        # the service's live key, _tool_outputs' _KEPT_KEY_HEADER)
                        key == "api_key" and _config_forms.drawn_credential(value)
                        # (its column's other rows say so: the column read as a kept key's only where they do)
                        and (what == _tool_outputs.KEPT_KEY_WHAT or _table_keeps_others_in_a_store(cells_judged, lines, index)))
                    # (judged as documentation's other passwords in a runbook's form: a short drawn one blocks in
                    # its device's row beside the device's address, `| NVR | 192.168.… | `…` |`; on the team's own
                    # record, a handover note's accounts table, a password a person chose or a generator drew)
                    if not own:
                        row_judged = cells_judged.get((index + offset, value, key))
                        if row_judged is None:
                            row_judged = cells_judged[index + offset, value, key] = _config_forms.documented_password_judged(
                                lines, index + offset, value, key, is_teams_own_record(lowered_name))
                    blocks = own or row_judged
                    yield Match(secret=value, confidence=MEDIUM if blocks else LOW,
                                description=f"{'shared account' if shared else 'literal'} password in {what} in documentation",
                                line_offset=offset)
        if lowered_name.endswith((".rst", ".rest", ".txt")) and "list-table::" in line:
            # (Sphinx's sources named `.txt` too, Django's docs among them: the directive is reStructuredText's alone)
            # A reStructuredText list table's password column (`.. list-table::`, its header's cell `- Password`): read
            # as the Markdown table it renders to, judged as that table's rows are
            yield from _rst_list_table_passwords(lines, index, lowered_name)
        if lowered_name.endswith(_config_forms.DOCUMENTED_PASSWORD_PAGES) and (
                line.rstrip().endswith(":") or "below" in line or line_text(lines, index + 1).startswith((" ", "\t"))):
            # (a key alone in a code span below the list item naming it: the team's own record's, or one to rotate; the
            # item wrapped onto the lines below too, its colon there)
            own_record = is_teams_own_record(lowered_name) or _config_forms.teams_own_page(lines)
            for offset, what, key, value in _config_forms.key_below_its_item(lines, index, own_record):
                if _credential_key(key, value) and _is_credential(value, True, False, key):
                    yield Match(secret=value, confidence=MEDIUM, description=f"{what} in documentation", line_offset=offset)
        if (lowered_name.endswith(_config_forms.DOCUMENTED_PASSWORD_PAGES) and _config_forms.may_document_password(line)) or (
                # (stop 67: an AsciiDoc page's table row, `|Pre-shared key |…` inside `|===`: _config_forms.asciidoc_table_row)
                lowered_name.endswith(_config_forms.ASCIIDOC_PAGES) and line.lstrip().startswith("|")):
            # A page's own password as a runbook gives it, a settings table's row, a code span after its label
            # or a list item's value, a code block's assignment (kinds/_config_forms.py): a warning, a block
            # where it looks generated or chosen with care (or is a Google app password beside Gmail's host); a
            # handover note's keys, tokens and secrets too (the team's own values, no reader's examples, its accounts'
            # hosts its own whatever their names), and an incident's write-up's (the token that leaked, the old key), and
            # a page leaving the team a note to move its values into a secret store (`TODO: move this to Vault`)
            from secretfence.compat.detect_secrets.credential_keys import thai_note

            own_note = is_teams_own_record(lowered_name) or _config_forms.teams_own_page(lines)
            for offset, what, key, value in _config_forms.documented_passwords(lines, index, own_note):
                # (a note of Thai text where the password would stand, `ขอที่ห้อง302`: no password, thai_note)
                if _credential_key(key, value) and _is_credential(value, True, False, key) and not thai_note(value):
                    blocks = _config_forms.documented_password_judged(lines, index + offset, value, key, own_note)
                    yield Match(secret=value, confidence=MEDIUM if blocks else LOW,
                                description=f"{what} in documentation", line_offset=offset)
            # (a key alone on the indented line below its lead-in: the live environment's, or one said generated)
            for offset, what, key, value in _config_forms.key_below_lead_in(lines, index) if line.rstrip().endswith(":") else ():
                if _credential_key(key, value) and _is_credential(value, True, False, key) and documented_password_blocks(value):
                    yield Match(secret=value, confidence=MEDIUM, description=f"{what} in documentation", line_offset=offset)
        for what, key, value in _command_lines.console_commands(line) if lowered_name.endswith(".txt") else ():
            if _credential_key(key, value) and _is_credential(value, True, False, key):  # (a pasted console, no prose)
                yield Match(secret=value, confidence=MEDIUM, description=f"literal secret in {what}")
        # (an SMTP session's record: pasted as a `.txt` it blocks as a pasted console does, on a page it warns)
        for offset, what, key, value, how in _mail_configs.smtp_session_secrets(lines, index):
            if _judged(key, value, how):
                yield Match(secret=value, confidence=MEDIUM if lowered_name.endswith(".txt") else LOW,
                            description=f"literal {what}", line_offset=offset)
        if lowered_name.endswith(".txt") and not _network_keys.IN_DOCUMENTATION.search(lowered_name):
            # A `.txt` outside a documentation directory may be data, no prose: a VPN's auth file, a generated
            # VPN configuration, a key block saved as text; a tool's saved output (hydra's results, a cracked
            # hash and its plaintext); a proxy list, a cookie jar, a saved session string; a desk phone's
            # provisioning file (Grandstream's `cfg<MAC>.txt` P-values); a list of URLs, one a line, each
            # alone or after its tags (apprise's text configuration `critical=matrixs://user:pw@host/#room`).
            for offset, what, key, value, how in _network_keys.network_secrets(lines, index, lowered_name, False):
                if _judged(key, value, how):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
            for offset, what, key, value in _tool_outputs.tool_output_secrets(lines, index, lowered_name):
                if _credential_key(key, value) and _is_credential(value, True, False, key):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal password in {what}",
                                line_offset=offset)
            for offset, what, key, value, how in _proxy_and_sessions.scraping_secrets(lines, index, lowered_name, False, True):
                if _judged(key, value, how):
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
            for offset, what, key, value, _ in _telecom_configs.provisioning_secrets(lines, index, lowered_name):
                if _is_credential(value, True, False, key):  # (the file says what its P-values hold: the value alone is judged)
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
            for offset, what, key, value, how in _command_lines.device_script_secrets(lines, index):
                if _judged(key, value, how):  # (a telematics device's command script: AT commands, SMS texts)
                    yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
            listed = _LISTED_URL.match(line) if "://" in line and "@" in line else None
            for what, user, password in _pairs(listed.group("url")) if listed is not None else ():
                if _is_credential(password, True, False):
                    yield Match(secret=password, confidence=MEDIUM, description=f"literal password of user {user} in {what}")
        # (stop 67, notes: a remote session's ID and password copied into a note filed among the docs, `ID 1 482 339 107,
        # пароль …` below `… через TeamViewer:`; the ID names one machine: no reader's example)
        for offset, what, key, value, how in _device_configs.remote_session_passwords(lines, index):
            if _judged(key, value, how):
                yield Match(secret=value, confidence=MEDIUM, description=f"literal {what}", line_offset=offset)
        # (a `.txt` whose head shows a device's configuration: a saved snippet, AWS's VPN configuration)
        for offset, what, value in _network_configs.device_config_secrets(lines, index, lowered_name):
            if _is_credential(value, True, False, "password"):
                yield Match(secret=value, confidence=MEDIUM, description=what, line_offset=offset)
        return
    if line.lstrip().startswith(("#", ";")):
        from secretfence.compat.detect_secrets.credential_keys import is_commented_sample_default

        if is_commented_sample_default(filename, line):
            return  # a default shown commented out in a sample config (Grafana's sample.ini)
    may = _READERS.of(line, lowered_name)  # the readers whose triggers the line holds (kinds/_triggers.py)
    in_code = lowered_name.endswith(CODE_SUFFIXES)
    if in_code and line.startswith(_MAGIC) and lowered_name.endswith(".py"):
        line, in_code = line[len(_MAGIC):], False
    reported: Set[str] = set()
    cap = LineCap()  # (each reader's values pass here: a line of thousands reports the first)

    def report(secret: str, description: str, offset: int = 0) -> Iterator[Match]:
        if len(secret) > 2 and secret[0] == secret[-1] == "`":
            # a Markdown code span (a JavaScript template literal) read whole as a directive's value, or as an INI value
            # by the file's re-read: what it holds (`WLAN-Passwort `…``, `- пароль: `…`` were reported twice, once with
            # its backticks; one finding now, the views' merge keeping one of a type and secret)
            secret = secret[1:-1]
        if secret not in reported and not cap.full(offset) and not _fixture_s_expired_jwt(secret, filename, lines) \
                and not sealed_value(lines, index + offset, secret) and not _catalogue_message(secret, lowered_name) \
                and cap.take(offset):
            reported.add(secret)
            yield Match(secret=secret, confidence=MEDIUM, description=description, line_offset=offset)

    if "_live_" in line and lowered_name.endswith(_API_DESCRIPTION_SUFFIXES) and _API_PROSE_FIELD.match(line) is not None \
            and _describes_an_api(lines):
        for value in _stated_live_mode_keys(line):  # (an API description's prose: see _API_PROSE_FIELD)
            yield from report(value, "a vendor's live-mode key stated in an API description's prose")
    judged: Set[Tuple[str, str, bool]] = set()  # (a key given the same value again on the line is judged once)
    for count, (key, value, quoted) in enumerate(_assignments(line, in_code)):
        if count >= MAX_VALUES_A_LINE:
            break
        if value in reported or (key, value, quoted) in judged or _enterprise_forms.stored_hash(key, value, line):
            continue
        judged.add((key, value, quoted))
        if not quoted and _opens_a_logged_pair(value, line, lowered_name):
            continue  # (a log's component, then its record's pairs: `auth: agency=… token=…`; each pair is read by its name)
        if value[:1] in _HEX_CAPITALS and _quoted_printable_text(value, line, lowered_name):
            continue  # (quoted-printable text: `Parol=C4=B1…` is one word, its letter escaped)
        if _device_configs.not_a_secret(key, value, line, lowered_name) or _config_forms.names_its_element(key, value, line):
            continue  # (a device format's reference or identifier: `psk=ext:name`, Ecowitt's PASSKEY; a record's own key)
        if _logged_session_id(key, line, lowered_name) or _logged_purchase_token(key, line, lowered_name) or (
                _card_token(key, value, line, lowered_name)) or (
                drawn_session_record_id(key, value, lines, index, lowered_name)) or (
                key[-2:] in ("Id", "id", "ID") and names_its_titled_record(key, value, lines, index)):
            continue  # (a session's or a purchase's id a log names, a card's token, or drawn as a UUID; a record's id beside its title)
        if _azure_account_key(key, value):
            yield from report(value, f"Azure storage account key under {key}")
        elif key.lower() in ("auth", "_auth") and _BASE64_VALUE.match(value) and basic_credential(value, key_alone=True):
            user, password = basic_credential(value, key_alone=True) or ("", "")
            if _is_credential(password, True, False):
                yield from report(password, f"base64 password of user {user} under {key}")
        elif (_credential_key(key, value, in_code) or (key == "key" and lowered_name.endswith(_KEYED_FILES))
              # (stop 68) a bare `key` holding a live-mode key (`key: "hnp_live_…"`, a partner's in a list of them):
              # the value's own form says what the name leaves open (_live_mode_key)
              or (key.lower() == "key" and _live_mode_key(value))
              or (in_code and _wifi_psk_in_code(key, lines, index)) or _network_psk_beside_its_ssid(key, lines, index)
              or _under_a_credential_parent(key, value, lines, index, lowered_name)
              or _php_service_entry_key(key, value, lines, index, lowered_name, in_code)
              or _php_root_encryption_key(key, value, lines, index, lowered_name, in_code)
              or _network_configs.aaa_server_key(key, lines, index, lowered_name, value)
              or _keyed_apis.beside_its_api_root(key, value, lines, index)
              or (_keyed_apis.bare_key(key) and _encrypter_key_encoding(value))
              or _keyed_apis.in_inline_configuration_json(key, value, lines, index, lowered_name)
              or _przelewy24_crc_beside(key, value, lines, index, lowered_name)
              or _zalopay_key_beside(key, value, lines, index, lowered_name)
              or _redsys_key_beside(key, value, lines, index, lowered_name)) and (
                _is_credential(_without_scheme(value), quoted, in_code, key) and not in_sealed_secret(lines, index)
                and not _published(lines, index, key, lowered_name, value) and not marked_to_change(line, value)
                and not _cited_example(lines, index)
                # (Asterisk's PJSIP `auth=3001-auth` names the file's `[3001-auth]` section; a digest
                # a comment or its element's `encoding` declares is a verifier)
                and (in_code or not _telecom_configs.names_a_section(lines, value))
                and not declared_digest(lines, index, value, key)
                and not _recorded_short_lived(key, value, lines, index, lowered_name)):
            yield from report(_without_scheme(value), f"literal credential assigned to the credential-named key {key}")
        elif value[:1].isdigit() and (quoted or not in_code) and _numeric_logins.numeric_login_password(key, value, lines, index):
            # (a vendor's login of digits: an account number beside a password of digits, Speedy's API's)
            yield from report(value, f"literal password of digits under {key}, beside its account's user of digits")
        elif _enterprise_forms.names_a_glued_password(key) and _is_credential(value, quoted, in_code, "password"):
            yield from report(value, f"literal credential assigned to the credential-named key {key}")
        elif key.lower().endswith(_USER_INFO_KEYS) and ":" in value:
            # Confluent's (Kafka clients', Schema Registry's) `basic.auth.user.info=<key>:<secret>`
            user, _, password = value.partition(":")
            if user and _is_credential(password, True, False, "password"):
                yield from report(password, f"password of user {user} under {key}")
        elif key == "auth_pass" and _vrrp_password(value, lines, index):
            yield from report(value, "keepalived's VRRP password (auth_pass under auth_type PASS)")
        elif key.lower() in _HANDLER_KEYS and looks_generated(value) and _beside_a_service_handler(lines, index):
            yield from report(value, f"literal {key} of a service's logging handler")
        elif key[-3:].lower() in ("key", "cek") and (media := _stream_keys.named_media_secret(key, value, lines, index)) and (
                _is_credential(value, quoted, in_code, "key")):
            # (a name that is a media secret's only beside its key id or its service: a DRM content key, PallyCon's site key)
            yield from report(value, f"literal {media}")
    if "=" in line and line.rstrip().endswith("("):
        # a wrapper (`bytes.fromhex(`, a black-wrapped `(`) opened at the line's end: its literal on the next line
        for offset, key, value in _wrapped_below(lines, index, in_code):
            if (value not in reported and _credential_key(key, value, in_code) and _is_credential(value, True, in_code, key)
                    and not _cited_example(lines, index)):
                yield from report(value, f"literal credential assigned to the credential-named key {key}", offset)
    if in_code and (line.rstrip().endswith(("=", "\\")) and _NAME_THEN_ASSIGNMENT.search(line[-_LONE_LINE_READ:]) or (
            line.rstrip().endswith(("??", "||")) and _ENVIRONMENT_FALLBACK_TAIL.search(line[-_LONE_LINE_READ:])) or (
            line.rstrip().endswith(":") and lowered_name.endswith(_SCRIPT_SUFFIXES) and _KEY_THEN_COLON.search(line[-_LONE_LINE_READ:]))):
        # an assignment broken after its `=` (an object's property after its `:`, in JavaScript), its literal
        # alone on the next line (prettier's and clang-format's break of a long one; Python's backslash continuation)
        for offset, key, value in _assigned_below(lines, index, in_code):
            # (a token led by its scheme, `'bearer <token>'`, judged and reported as the token, as on one line)
            token = _without_scheme(value)
            if (token not in reported and _credential_key(key, value, in_code) and _is_credential(token, True, in_code, key)
                    and not _published(lines, index, key, lowered_name, value) and not _cited_example(lines, index)):
                yield from report(token, f"literal credential assigned to the credential-named key {key}", offset)
    if not in_code and "#" in line:
        from secretfence.compat.detect_secrets.credential_keys import hash_led_value

        # `KEY=#…` in a dotenv file, `password: #…` in YAML (credential_keys.hash_led_value)
        hashed = hash_led_value(line, filename)
        if hashed is not None and _credential_key(hashed[0], hashed[1]) and (
                _is_credential(hashed[1], True, False, hashed[0]) or hashed[2].startswith("a password")):
            yield from report(hashed[1], hashed[2])
    for offset, what, value in _device_values(lines, index) if may & _DEVICE else ():
        yield from report(value, what, offset)
    for offset, key, value in _next_line_values(lines, index) if may & _NEXT_LINE else ():
        if _credential_key(key, value) and _is_credential(value, True, False, key):
            yield from report(value, f"literal credential assigned to the credential-named key {key}", offset)
    for offset, what, value in _block_values(lines, index, lowered_name) if may & _BLOCK else ():
        yield from report(value, what, offset)
    if ("vault" in lowered_name or "mongo" in lowered_name or "secrets" in lowered_name
            or any(tool in lowered_name for tool in _BACKUP_TOOLS)) and ROLE_FILES.search(lowered_name):
        for what, value in _role_file_values(lines, index, lowered_name):
            yield from report(value, what)
    if not in_code and may & _CHILDREN:
        for offset, key, value in _credentials_children(lines, index):
            if _credential_key(key, value) and _is_credential(value, True, False):
                yield from report(value, f"literal credential under {key}", offset)
    for what, secret, offset in _special_values(lines, index, filename) if may & _SPECIAL else ():
        if _is_credential(secret, True, False):
            yield from report(secret, f"literal {what}", offset)
    for what, user, password in _pairs(line, in_code) if may & _PAIRS else ():
        if _call_credential("password", password):
            # (a generated-looking user may be an API key sent as the user: not named)
            who = f" of user {user.strip()}" if not looks_generated(user.strip()) else ""
            yield from report(password, f"literal password{who} in {what}")
    # A call that opens at the line's end takes its literal on the next line.
    below = line_text(lines, index + 1).strip() if line.rstrip().endswith("(") else ""
    for what, value in _secret_arguments(line.rstrip() + below if below else line) if may & _SECRET_ARGUMENTS or below else ():
        if what == "ConvertTo-SecureString" and value.startswith("$") and f"'{value}'" in line:
            literal = value[1:]  # PowerShell's single quotes expand nothing: `'$Zv…'` is a literal `$`
        else:
            literal = value
        if _is_credential(literal, True, False):
            yield from report(value, f"literal secret given to {what}", 1 if below and value in below else 0)
    for offset, what, value, proven in cap.within(_enterprise_forms.enterprise_secrets(lines, index)) if may & _ENTERPRISE else ():
        if proven or _is_credential(value, True, False, "password"):
            yield from report(value, what, offset)
    for what, key, value in _command_lines.command_line_secrets(lines, index, in_code) if may & _COMMAND_LINE else ():
        if cap.full(0):
            break
        if _credential_key(key, value) and _is_credential(value, True, False, key):
            yield from report(value, f"literal secret in {what}")
    for offset, what, key, value, how in cap.within(_command_lines.script_secrets(lines, index, in_code, lowered_name)) if may & _SCRIPT else ():
        if _judged(key, value, how):
            yield from report(value, f"literal secret in {what}", offset)
    for offset, what, key, value in cap.within(_config_forms.config_form_secrets(lines, index, lowered_name)) if may & _CONFIG_FORM else ():
        if _credential_key(key, value) and _is_credential(_config_forms.judged_part(value), True, False, key):
            yield from report(value, what, offset)
    for offset, what, value in _network_configs.device_config_secrets(lines, index, lowered_name) if not in_code else ():
        if _is_credential(value, True, False, "password"):
            yield from report(value, what, offset)
    for offset, what, key, value in cap.within(_code_calls.call_secrets(lines, index)) if may & _CALL else ():
        if what.endswith(_code_calls.SIGNATURE_DIGEST) and in_test_file(lowered_name):
            continue  # (a signature header's bare digest in a test: a replayed request's MAC, no key)
        if _credential_key(key, value) and _call_credential(key, value):
            yield from report(value, f"literal secret given to {what}", offset)
    for offset, what, key, value in cap.within(_code_calls.option_pairs(lines, index)) if may & _OPTION_PAIR else ():
        if _credential_key(key, value) and _call_credential(key, value):
            yield from report(value, f"literal secret given to {what}", offset)
    for offset, what, key, value in cap.within(_code_calls.looped_entries(lines, index)) if may & _LOOPED_ENTRY else ():
        if _credential_key(key, value) and _call_credential(key, value):  # (a mapping's value a loop names a credential)
            yield from report(value, f"literal secret {what}", offset)
    for offset, what, key, value in cap.within(_code_calls.digests_sent_as_passwords(lines, index)) if may & _DIGEST_SLOT else ():
        if _credential_key(key, value) and _call_credential(key, value):  # (a device's API taking the password's digest)
            yield from report(value, f"literal secret {what}", offset)
    for offset, what, key, value in _integration_forms.integration_secrets(lines, index, lowered_name) if may & _INTEGRATION else ():
        if _credential_key(key, value) and _is_credential(value, True, False, key):
            yield from report(value, what, offset)
    if lowered_name.endswith(DOCUMENT_SUFFIXES) and " -" in line:
        # (a console's history kept as text, PSReadLine's ConsoleHost_history.txt: its cmdlets' secret-named parameters;
        # integration_secrets reads no text file's)
        for what, key, value in _command_lines.cmdlet_secret_parameters(line):
            if _credential_key(key, value) and _is_credential(value, True, False, key):
                yield from report(value, f"literal secret given to {what}")
    for offset, what, key, value, how in cap.within(_game_servers.game_server_secrets(lines, index, lowered_name, in_code)) if may & _GAME_SERVER else ():
        if _judged(key, value, how):
            yield from report(value, what, offset)
    for scheme, token in _integration_forms.joined_schemes(line) if in_code else ():
        # `"Bearer " + "tok"`: a scheme joined to a literal token
        for scheme, secret, user in _authorization_headers(f"Authorization: {scheme} {token}"):
            who = f" of user {user}" if user else ""
            yield from report(secret, f"HTTP {scheme} credential{who} joined to its scheme in code")
    for offset, what, key, value, how in cap.within(_proxy_and_sessions.scraping_secrets(lines, index, lowered_name, in_code)) if may & _SCRAPING else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_proxy_and_sessions.server_tuples(line_text(lines, index))):
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in _web_forms.web_form_secrets(lines, index, lowered_name) if may & _WEB_FORM else ():
        if _judged(key, value, how):
            yield from report(value, f"literal secret in {what}", offset)
    for offset, what, key, value, how in _network_keys.network_secrets(lines, index, lowered_name, in_code) if may & _NETWORK else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_stream_keys.stream_secrets(lines, index, lowered_name)) if may & _STREAM else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_telecom_configs.telecom_secrets(lines, index, lowered_name, in_code)) if may & _TELECOM else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value in _tool_outputs.tool_output_secrets(lines, index, lowered_name) if not in_code and may & _TOOL_OUTPUT else ():
        if _credential_key(key, value) and _is_credential(value, True, False, key):
            yield from report(value, f"literal password in {what}", offset)
    for offset, what, key, value, how in cap.within(_identity_configs.identity_secrets(lines, index, lowered_name, in_code)) if may & _IDENTITY else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_mail_configs.mail_secrets(lines, index, lowered_name, in_code)) if may & _MAIL else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_device_configs.device_config_secrets(lines, index, lowered_name)) if may & _DEVICE_CONFIG else ():
        if _judged(key, value, how):  # (printers', boards', relays', weather stations' and LoRaWAN devices' forms)
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_key_material.key_material_secrets(lines, index)) if may & _KEY_MATERIAL else ():
        if _judged(key, value, how) and not _cited_example(lines, index):  # (a key's hex or base64 behind a decoding call, an encoding, an element)
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_test_tooling.tooling_secrets(lines, index, lowered_name)) if may & _TOOLING else ():
        if _judged(key, value, how) and not _logged_session_id(key, line_text(lines, index + offset), lowered_name):
            # (a session's id in a log record written inside a string, as the record's own members are: not read)
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value, how in cap.within(_reference_lookalikes.lookalike_secrets(lines, index, lowered_name)) if may & _LOOKALIKE else ():
        if _judged(key, value, how):
            yield from report(value, f"literal {what}", offset)
    for offset, what, key, value in _config_forms.login_word_pair(line[:4096]) if lowered_name.endswith(
            _config_forms.DOCUMENTED_PASSWORD_PAGES) and "/" in line else ():
        if _is_credential(value, True, False, key):  # (a working note's or a runbook's login: documentation's return above)
            yield from report(value, f"literal {what}", offset)
    # (stop 67, notes: a configuration file's comment giving a login's pair after its label, as an operator leaves the
    # site's access beside the directive that asks for it: nginx's `# login: ops / …` above `auth_basic`; read as a note's
    # line, the comment's mark dropped. Code's comments are code's readers')
    for offset, what, key, value in _config_forms.config_comment_login(line, lowered_name) if not in_code and "/" in line else ():
        if _is_credential(value, True, False, key):
            yield from report(value, f"literal {what} in a configuration's comment", offset)
    for offset, what, key, value in _tool_outputs.table_secrets(lines, index) if lowered_name.endswith((".md", ".mdx")) else ():
        if _is_credential(value, True, False, key):  # (a working note's: documentation's return above)
            yield from report(value, f"literal password in {what}", offset)
    for offset, secret, description in _written_authorizations(lines, index, line):
        yield from report(secret, description, offset)
    if ":" in line and ("key" in line or "Key" in line or "KEY" in line):
        # (stop 70, commands: a bare `key` sent as a raw header line, curl's `-H "key: …"`, PHP's CURLOPT_HTTPHEADER string)
        for value in _keyed_apis.raw_key_headers(lines, index):
            if _is_credential(value, True, False, "api_key"):
                yield from report(value, "an API key sent as a raw `key` header line (curl's -H, a raw header list)")
    if "uthorization" in line or "UTHORIZATION" in line:
        for what, value in _raw_authorization_strings(line) if in_code else ():
            if _is_credential(value, True, False, "token"):
                yield from report(value, what)
