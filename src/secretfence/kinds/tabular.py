"""Credentials in the columns of tabular data: a CSV or TSV file (seed data, fixtures, exports)
whose header names a credential column (`api_key`, `password`, `token`, `client_secret`…) holds
secrets in that column's cells. A value there blocks when it looks generated (a key, a token, a
strong password); placeholders and references (`see-vault`, `${ALGOLIA_KEY}`, `vault:…`),
password hashes (`$2b$…`, `pbkdf2_sha256$…`, a bare hex digest in a password column) and short
made-up values stay out. Columns named for what is not the value (`password_hash`, `secret_name`,
`token_id`, `search_api_key`) are not read (`credential_keys.names_a_credential_holding`). A
free-text cell that gives a password in words (`temp password X until cutover`) is read in any column, and
so is one that gives a login's user and password after a label naming the login (`web admin: admin / X`, `Apple ID:
j.doe@… / X`), or an account's address and password after a sentence naming the account (`owner left their Apple ID
to unlock it once fixed: j.doe@… / X`).
A list of logins (a column naming the site, `url`/`portal_url`/`login_uri`/`host`, one naming the
user, `login`/`username`/`email`, and a password column: a password manager's export, a team's sheet
of portal logins; a device's address book, `"Folder Path"`, `"Folder User Name"`, `"Folder Password"`, or a user and a
password column named for the same thing, `"SMTP User Name"` and `"SMTP Password"`) holds those logins' passwords: its
password cells are judged as passwords (a chosen `Harbor2024*`, a short generated `m5x8jebO2BI2` too), as a server
list's are (a blank cell and a masked `****` are none). So are a device inventory's (a column naming each row's device,
`device`, `hostname`, `serial`, `asset_tag`, and a password column: an MDM's export of its kiosks, each one's admin
password).

SQL data is tabular too (kinds/_sql_tables.py): an `INSERT`'s rows under its column list or under
the file's `CREATE TABLE`, and a `pg_dump` `COPY … FROM stdin` block's rows, are read the same way.
A settings table's row holds its setting's name and value as cells side by side (WordPress's
`wp_options` `(152,'acme_broker_apikey','…','yes')`, Drupal's `variable`, a `(key, value)` table):
where no column names a credential, a cell naming one and the literal after it are read as a pair.

Format: RFC 4180 (comma), tab-separated values (.tsv, .tab), `;` or `|` when the header is split by
one of them and no comma. The header is the file's first line that is neither blank nor a `#`
comment, within its first HEADER_LINES; a row is read on its own line (a cell spanning lines is
not read), each at most MAX_ROW characters: every line is parsed once, so a huge file costs one pass.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from secretfence.findings import LOW, MEDIUM
from secretfence.kinds._helpers import (
    DOCUMENT_SUFFIXES, INITIAL_PASSWORD_WORDS, LastFileMemo, LineCap, generated_password, has_repeated_chunk, is_sequential,
    line_text, looks_generated,
)
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import Headed, lazy_regex

if TYPE_CHECKING:
    from secretfence.kinds._sql_tables import Schemas

TABULAR_FILE = lazy_regex(r"(?i)\.(?:csv|tsv|tab|psv)$")
HEADER_LINES = 8
MAX_HEADER = 4096
MAX_ROW = 65536
MAX_COLUMNS = 256
# A password column's bare digest: MD5, SHA-1, SHA-256, SHA-512 in hex (a user table's hashes).
_HEX_DIGEST = lazy_regex(r"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$", re.IGNORECASE)
_PASSWORD_COLUMN = lazy_regex(r"(?i)pass|pwd|kennwort|wachtwoord|wagwoord|fjal(?:ë|e)kalim|парол|wachtwurd")  # (German's, Dutch's,
# Afrikaans' and Albanian's words too; stop 61: West Frisian's `wachtwurd`)
# (stop 62) A sheet's password column headed in a language whose word credential_keys reads as no key's name: Māori's
# `kupuhipa` (a pass word), alone or head first before the password it is (`kupuhipa tuatahi`, the first one, `kupuhipa
# rangitahi`, a temporary one, `kupuhipa hou`, a new one, `kupuhipa matua`, the main one; a hint's `kupuhipa_hint` is
# none); Corsican's `parolla`, alone or in full, `parolla d'ordine` (Italian's `parola d'ordine`). Read as a column
# headed `password` is.
# (stop 64, notes: English's word borrowed head first before a Romance language's word saying which password it is,
# the first login's or a temporary one, as an Italian, Spanish, Portuguese or French import names it, or English's own
# head first: `password_iniziale`, `password temporanea`, `password_provvisoria`, `password_inicial`, `password_temporal`,
# `password_temporária`, `password_provisoire`, `password_initial`, `password_temp`: _ROMANCE_INITIAL_PASSWORD)
_ROMANCE_INITIAL_WORDS = INITIAL_PASSWORD_WORDS  # (_helpers': a chat's spoken pair reads them too)
# (stop 66: or the Romance languages' key word that says a password beside a user's, head first as theirs are:
# Spanish's `clave_temporal`, `clave inicial`, Portuguese's `chave_provisória`, Catalan's `clau_temporal`, Italian's
# `chiave_provvisoria`: the first login's password, as `contraseña_temporal` is)
_ROMANCE_INITIAL_PASSWORD = (r"""(?:pass(?:word)?|pwd|clave|chave|clau|chiave|chjave|llave)[_ .-](?:""" + _ROMANCE_INITIAL_WORDS
                             + r""")""")
# (stop 68: and what the first login's password opens after it, a word or two: `clave_inicial_app`, `password_temporal
# portal`, `chave_provisoria_vpn`; a word saying its digest or hint is none: `clave_inicial_hash`)
_AFTER_INITIAL_PASSWORD = r"""(?:[_ .-](?!(?:hash|hint|pista|dica|indice|sha|md5|salt|sal)(?:[_ .-]|$))[a-z0-9]{1,24}){0,2}"""
# (stop 68: Indonesian's and Malay's, head first: `password_awal`, the first one, `password_sementara`, a temporary one,
# `kata_sandi_awal`, `kata_laluan_sementara`)
_MALAY_INITIAL_PASSWORD = r"""(?:pass(?:word)?|pwd|(?:kata[_ .-]?)?sandi|kata[_ .-]?laluan)[_ .-](?:awal|sementara)"""
_SHEET_PASSWORD_COLUMN = lazy_regex(r"(?i)^(?:kupu[_ ]?hipa(?:[_ .-](?:tuatahi|rangitahi|hou|matua))?|parolla"
                                    r"|parol{1,2}a[_ ]d['’]?[_ ]?ordine|" + _ROMANCE_INITIAL_PASSWORD + _AFTER_INITIAL_PASSWORD
                                    + "|" + _MALAY_INITIAL_PASSWORD + _AFTER_INITIAL_PASSWORD
                                    # (stop 70, chats: French's abbreviation `mdp`, alone or head first before what it
                                    # opens, a word or two, `mdp_portail_marchand`, `mdp wifi`; its hash or hint, none)
                                    + r"|mdp" + _AFTER_INITIAL_PASSWORD
                                    + r")$")

_FOLDED_COLUMN = rb"(?:key|pass(?:word)?|pwd|secret|token)[\"']?[,;\t|]"
# An SQL statement that carries rows: `INSERT [IGNORE] INTO`, `COPY … FROM stdin`.
_FOLDED_INSERT = rb"insert[ \t]+(?:(?:ignore|or[ \t]+\w+)[ \t]+)?into[ \t]"
_FOLDED_COPY = rb"copy[ \t]+[^\s(]{1,400}[ \t]*\([^()\n]{1,8192}\)[ \t]+from[ \t]+stdin"

REMEDIATION = ("Rotate the credentials the column holds, then keep the data file free of them: load them "
               "from the environment or a secret store when the data is seeded.")


def _delimiter(header: str, filename: str) -> str:
    lowered = filename.lower()
    if lowered.endswith((".tsv", ".tab")) or ("\t" in header and "," not in header):
        return "\t"
    if lowered.endswith(".psv") or ("|" in header and "," not in header):
        return "|"
    if ";" in header and "," not in header:
        return ";"
    return ","


def delimiter_of(header: str, filename: str) -> str:
    """The delimiter a CSV or TSV header line is split by (its file's suffix, else the header's own)."""
    return _delimiter(header, filename)


def row_cells(line: str, delimiter: str) -> Sequence[str]:
    """A CSV or TSV row's cells as RFC 4180 reads them. (A Markdown table's are _helpers.table_cells'.)"""
    return _cells(line, delimiter)


def _cells(line: str, delimiter: str) -> Sequence[str]:
    import csv

    try:
        for row in csv.reader([line], delimiter=delimiter):
            return row
    except csv.Error:
        # A lone `\r` inside the line (text whose line breaks were not all normalised, given to
        # Engine.scan_text) stops the reader; read as a blank, it keeps the cells where they stand.
        if "\r" not in line:
            return ()
        return _cells(line.replace("\r", " "), delimiter)
    return ()


# A bulk-upload template's note after a column's name, saying whether the upload needs it (Google Workspace's users
# CSV: `Password [Required]`, `Password Hash Function [UPLOAD ONLY]`; `Email (required)`, `Password*`): no word of
# the name. (Only these notes: a parenthesis saying the value's form, `Password (SHA-1)`, `(hashed)`, stays read.)
_TEMPLATE_NOTES = frozenset({"required", "optional", "mandatory", "upload only", "read only"})
_NOTE_BRACKETS = {"]": "[", ")": "("}


def column_name(cell: str) -> str:
    """The header cell's column name: blanks and quotes around it, and a template's notes after it, dropped."""
    name = cell.strip().strip("\"'").strip()
    for _ in range(2):  # (`Password [Required] *`: a note and a mark)
        if name.endswith("*") and name.rstrip("*").strip():
            name = name.rstrip("*").rstrip()
            continue
        opener = _NOTE_BRACKETS.get(name[-1:])
        start = name.rfind(opener) if opener else -1
        if start <= 0 or " ".join(name[start + 1:-1].lower().replace("_", " ").split()) not in _TEMPLATE_NOTES:
            break
        name = name[:start].rstrip()
    return name


def password_column(name: str) -> bool:
    """The column names a password: in credential_keys' words (`password`, `DB_KENNWORT`, `contraseña`) or in a sheet's
    (_SHEET_PASSWORD_COLUMN)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    return names_a_password(name) or _SHEET_PASSWORD_COLUMN.match(name) is not None


def judged_as(column: str) -> str:
    """The name a password column's cell is judged under: a sheet's word for a password is read as `password`."""
    return "password" if _SHEET_PASSWORD_COLUMN.match(column) is not None else column


@lru_cache(maxsize=64)
def header_names(header: str, delimiter: str) -> Tuple[str, ...]:
    """The header's column names (column_name), at most MAX_COLUMNS."""
    return tuple(column_name(cell) for cell in _cells(header, delimiter)[:MAX_COLUMNS])


@lru_cache(maxsize=64)
def credential_columns(header: str, delimiter: str) -> Tuple[Tuple[int, str], ...]:
    """(index, name) of the header's columns that name a credential, or a login's password beside its user's column
    (paired_password_columns), or a Romance key's word holding one (key_worded_password_columns)."""
    named = [(number, column_name(cell)) for number, cell in enumerate(_cells(header, delimiter)[:MAX_COLUMNS])]
    names = tuple(name for _, name in named)
    paired = paired_password_columns(names) | key_worded_password_columns(names)
    return tuple((number, name) for number, name in named if credential_column(name) or name in paired)


@lru_cache(maxsize=64)
def server_list(header: str, delimiter: str) -> bool:
    """The header names a host (or an address) and a port: a list of servers to log in to (a proxy
    provider's export), whose password column holds those logins' passwords (kinds/_proxy_and_sessions.py)."""
    from secretfence.kinds._proxy_and_sessions import server_table

    return server_table(_cells(header, delimiter)[:MAX_COLUMNS])


# A login list's columns (see the module's doc): the site's and the user's. A device's address book names the
# folder it scans to by its path (Ricoh's `"Folder Path"`, Konica's `SMB Path`, Canon's `path`: `\\fs01\scans`) and
# the user in words (`"Folder User Name"`, `FTP User ID`): its password column holds the folder's login.
# (Lithuanian's and Latvian's portal, `portalas`, `portāls`; Estonian's `portaal`, its user's column `portaali_kasutaja`)
_SITE_COLUMN = lazy_regex(r"(?i)(?:^|[_ .-])(?:url|uri|site|website|portal|host|hostname|server|link|domain|path|share"
                          r"|portalas|port(?:ā|a)ls|portaali?"
                          # (a Catalan team's server and web site: `servidor`, `lloc web`)
                          r"|servidor|lloc[_ ]web"
                          # (stop 62: an Italian team's site, `sito`, `sito web`)
                          r"|sito|sito[_ ]web)$"
                          r"|^(?:url|uri|site|website|portal|port(?:ā|a)ls|portaal)"
                          # (stop 66: or the host's address alone, `ip`, `ip_address`, `IP-Adresse`, Spanish's `dirección
                          # IP`, Catalan's `adreça IP`, Italian's `indirizzo IP`, Portuguese's `endereço IP`, French's
                          # `adresse IP`: a whole column's name, as a users table's `last_login_ip` is none)
                          r"|^(?:ipv?4?|ip[_ -]?addr(?:ess)?|ip[_ -]?adres+e?|(?:direcci(?:ó|o)n|adre(?:ç|c)a|indirizzo"
                          r"|endere(?:ç|c)o|adresse)[_ ]ip)$")
# (German's too: `Benutzer`, `Benutzername`, `Anmeldename`, `Konto`; Dutch's `Gebruiker`, `Gebruikersnaam`;
# Entra ID's (Azure AD's) sign-in name, the user principal name: `upn`, `userPrincipalName`, its bulk-create sheet's;
# Finnish's `Käyttäjä`, `kayttaja`, `Käyttäjätunnus`; Danish's and Norwegian's `Bruger`, `Brugernavn`, `Bruker`,
# `Brukernavn`; Swedish's `Användare`, `Användarnamn`;
# Ukrainian's and Russian's `логін` / `логин`, `користувач`, `пользователь`; Indonesian's and Malay's `Pengguna`, `Nama
# pengguna`)
_USER_COLUMN = lazy_regex(r"(?i)(?:^|[_ .-])(?:user|username|user[_ ]?name|login|login[_ ]?name|user[_ ]?id|userid|email|e-mail"
                          r"|(?:email|e-mail)[_ ]?address|account|benutzer|benutzer[_ ]?name|anmelde[_ ]?name|konto"
                          r"|upn|user[_ ]?principal[_ ]?name|gebruiker|gebruikers[_ ]?naam"
                          # (Croatian's, Serbian's and Bosnian's: `korisnik`, `korisničko ime`)
                          r"|korisnik|korisni(?:č|c)ko[_ ]?ime"
                          r"|k(?:ä|a)ytt(?:ä|a)j(?:ä|a)(?:[_ ]?tunnus)?|bru(?:g|k)er(?:[_ ]?navn)?|anv(?:ä|a)ndare|anv(?:ä|a)ndar[_ ]?namn"
                          r"|логін|логин|користувач|пользователь|pengguna|nama[_ ]pengguna"
                          # (Lithuanian's `vartotojas`, `naudotojas`, `prisijungimo vardas`; Latvian's `lietotājs`,
                          # `lietotājvārds`; Estonian's `kasutaja`, `kasutajanimi`, `kasutajatunnus`; Slovene's
                          # `uporabnik`, `uporabniško ime`; Vietnamese's account, `tài khoản`, and `tên đăng nhập`,
                          # `người dùng`; Hebrew's `משתמש`, `שם משתמש`)
                          r"|vartotojas|naudotojas|prisijungimo[_ ]vardas|lietot(?:ā|a)js|lietot(?:ā|a)jv(?:ā|a)rds"
                          r"|kasutaja(?:nimi|tunnus)?|uporabnik|uporabni(?:š|s)ko[_ ]ime"
                          r"|t(?:à|a)i[_ ]?kho(?:ả|a)n|t(?:ê|e)n[_ ](?:đ|d)(?:ă|a)ng[_ ]nh(?:ậ|a)p|ng(?:ư|u)(?:ờ|o)i[_ ]d(?:ù|u)ng"
                          r"|משתמש"
                          # (Catalan's `usuari`, `nom d'usuari`)
                          r"|usuari|nom[_ ]d['’]usuari|nom[_ ]usuari"
                          # (Basque's `erabiltzailea`, `erabiltzaile izena`; Swahili's `mtumiaji`, `jina la mtumiaji`;
                          # Mongolian's `хэрэглэгч`; Armenian's `օգտվող`, `օգտատեր`; Bengali's `ইউজার`, `ব্যবহারকারী`)
                          r"|erabiltzailea?|erabiltzaile[_ ]izena|mtumiaji|jina[_ ]la[_ ]mtumiaji|хэрэглэгч"
                          r"|օգտվող|օգտատեր|ইউজার|ব্যবহারকারী"
                          # (Galician's and Spanish's `usuario`, `nome de usuario`; Uzbek's `foydalanuvchi`, and its mail's
                          # `pochta`, `e-pochta`, a mailbox's address)
                          r"|usuarios?|nome?[_ ]de[_ ]usuario|foydalanuvchi|(?:e-?|elektron[_ ])?pochta"
                          # (Turkish's `kullanıcı`, `kullanıcı adı`; Azerbaijani's `istifadəçi`, `istifadəçi adı`; accents
                          # dropped too)
                          r"|kullan(?:ı|i)c(?:ı|i)(?:[_ ]ad(?:ı|i))?|istifad(?:ə|e)(?:ç|c)i(?:[_ ]ad(?:ı|i))?"
                          # (stop 59: Albanian's `përdoruesi`, `përdorues`, `emri i përdoruesit`, accents dropped too;
                          # Afrikaans' `gebruiker`, `gebruikersnaam` are Dutch's spelling, above)
                          r"|p(?:ë|e)rdorues(?:i|it)?|emri[_ ]i[_ ]p(?:ë|e)rdoruesit"
                          # (Irish's `úsáideoir`, `ainm úsáideora`, accents dropped too; Khmer's `អ្នកប្រើ`, `ឈ្មោះអ្នកប្រើ`;
                          # Sinhala's `පරිශීලක`, `පරිශීලක නාමය`)
                          r"|(?:ú|u)s(?:á|a)ideoir|ainm[_ ](?:ú|u)s(?:á|a)ideora|(?:ឈ្មោះ)?អ្នកប្រើ(?:ប្រាស់)?"
                          r"|පරිශීලක(?:යා)?(?:[_ ]නාමය)?"
                          # (stop 61: Somali's `isticmaale`, Breton's `implijer`, Malagasy's `mpampiasa`, Kinyarwanda's
                          # `ukoresha`, Pashto's `کاروونکی`; Samoan's `igoa`, a name, the login's name in a sheet that names
                          # a site or a system and a password, `igoa fa'aaoga` in full)
                          r"|isticmaale|implijer|mpampiasa|ukoresha|کاروونکی|igoa(?:[_ ]fa'?aaog(?:ā|a))?"
                          # (stop 62: Italian's and Corsican's `utente`, `nome utente`, `utenza`; Māori's user,
                          # `kaiwhakamahi`, its name `ingoa kaiwhakamahi`, and its mail, `īmēra`, written `imera` too)
                          r"|utente|utenza|nome[_ ]utente|(?:ingoa[_ ])?kaiwhakamahi|(?:ī|i)m(?:ē|e)ra"
                          # (stop 65: the smaller Romance languages' user: Friulian's and Ladin's `utent`, `non utent`;
                          # Asturian's and Sardinian's `usuariu`, `nome d'usuariu`; Occitan's `utilizaire`, `nom
                          # d'utilizaire`; Romansh's `utilisader`; accents dropped too; stop 66: Gherdëina's and
                          # Badia's Ladin write it `utënt`)
                          r"|ut(?:ë|e)nt|non[_ ]ut(?:ë|e)nt|usu(?:à|a)riu|nome?[_ ]d['’]?[_ ]?usu(?:à|a)riu|utilizaire"
                          r"|nom[_ ]d['’]?[_ ]?utilizaire|utilisader"
                          # (stop 66: French's `utilisateur`, `nom d'utilisateur`, `identifiant`; Portuguese's
                          # `utilizador`, `nome de utilizador`)
                          r"|utilisateur|nom[_ ]d['’]?[_ ]?utilisateur|identifiant|utilizador|nome[_ ]de[_ ]utilizador"
                          # (stop 66: Hausa's user, `mai amfani`, the one who uses it, its name `sunan mai amfani`)
                          r"|(?:sunan[_ ])?mai[_ ]amfani"
                          # (stop 70, chats: the Romance languages' account, as English's `account` is read: French's
                          # `compte`, Spanish's `cuenta`, Portuguese's `conta`: a treasurer's sheet of its merchant
                          # portals, `compte,operateur,titulaire,mdp_portail_marchand`)
                          r"|compte|cuenta|conta)$")

# A directory's bulk import of people's accounts (Google Workspace's users CSV: `First Name [Required]`, `Last Name
# [Required]`, `Email Address [Required]`, `Password [Required]`; Moodle's upload of users, `username,password,firstname,
# lastname,email`; Canvas' SIS `users.csv`; JumpCloud's): a column naming each row's person beside the user and the
# password. Each row creates that person's account with the password given: their initial login, judged as a login
# list's passwords are (a chosen one too; a digest, given with a hash function's column, and a masked `****` are none).
# (German's and Dutch's names for them: `Vorname`, `Nachname`; `Voornaam`, `Achternaam`, `Roepnaam`)
_PERSON_COLUMN = lazy_regex(r"(?i)^(?:first|last|given|family|display|full|middle)[_ .-]?name$|^(?:surname|firstname|lastname"
                            r"|givenname|familyname|displayname|fullname|vorname|nachname|voornaam|achternaam|roepnaam"
                            # (a Slovak's and a Czech's: `meno`, `priezvisko`; `jméno`, `příjmení`; a Polish team's:
                            # `imię`, `nazwisko`; a Croatian's, Serbian's and Slovene's: `ime`, `prezime`, `priimek`;
                            # accents dropped too, as an export's columns often are)
                            r"|meno|priezvisko|jm(?:é|e)no|p(?:ř|r)(?:í|i)jmen(?:í|i)|imi(?:ę|e)|nazwisko"
                            r"|ime|prezime|priimek"
                            # (or whose the row's account is: its `owner`, Uzbek's `egasi`: a sheet of mailboxes, `email,owner,
                            # password`)
                            r"|owner|egasi"
                            # (stop 67: the Romance languages' owner, the person responsible for the row's account:
                            # French's and Spanish's `responsable`, Portuguese's `responsável`, Italian's `responsabile`,
                            # `propriétaire`, `propietario`, `proprietário`, `proprietario`; accents dropped too)
                            r"|responsable|respons(?:á|a)vel|responsabile|propri(?:é|e)taire|propietario|propriet(?:á|a)rio"
                            # (stop 62: Māori's name, `ingoa`, and a person's `ingoa whānau`, `ingoa tuatahi`)
                            r"|ingoa|ingoa[_ ](?:wh(?:ā|a)nau|tuatahi)"
                            # (stop 68: Indonesian's and Malay's name, `nama`, a person's `nama lengkap`, `nama depan`,
                            # `nama belakang`, `nama penuh`)
                            r"|nama|nama[_ ](?:lengkap|depan|belakang|penuh)"
                            # (stop 70, chats: the Romance languages' names a person has, French's `prénom`, `nom
                            # complet`, Spanish's `apellido`, `nombre completo`, Portuguese's `sobrenome`, Italian's
                            # `cognome`, and the holder of the row's account, French's `titulaire`; their bare name,
                            # `nom`, `nombre`, `nome`, names a school or a product as often, `clave,nombre,usuario`;
                            # Russian's and Ukrainian's person responsible, owner and name, `ответственный`,
                            # `відповідальний`, `владелец`, `власник`, `ФИО`, `ПІБ`, `имя`, `фамилия`, `ім'я`,
                            # `прізвище`: `система;логин;пароль;ответственный`)
                            r"|pr(?:é|e)nom|nom[_ ]complet|nombre[_ ]completo|apellidos?|nome[_ ]completo"
                            r"|sobrenome|cognome|titulaire"
                            r"|ответственн(?:ый|ая|ое)|відповідальн(?:ий|а)|владелец|власник|фио|піб|имя|фамилия|ім['’]я|прізвище)$")
# The same import's password column named for the first login it opens, beside the user's: a temporary or initial
# password (`temp_password`, `initial_password`, `one_time_password`; Slovak's and Czech's `dočasné heslo`, `počiatočné
# heslo`, `výchozí heslo`; Polish's `hasło tymczasowe`, `hasło początkowe`; German's `Initialpasswort`, `vorläufiges
# Passwort`, `Startpasswort`; Dutch's `tijdelijk wachtwoord`), written head first or last, accents dropped too.
_INITIAL_PASSWORD_COLUMN = lazy_regex(
    r"(?i)(?:^|[_ .-])(?:temp|temporary|initial|one[_ .-]?time|first[_ .-]?login|do(?:č|c)asn(?:é|e|a|á)|po(?:č|c)iato(?:č|c)n(?:é|e)"
    r"|po(?:č|c)(?:á|a)te(?:č|c)n(?:í|i)|v(?:ý|y)choz(?:í|i)|tymczasowe|pocz(?:ą|a)tkowe|vorl(?:ä|ae|a)ufige?s?|tijdelijke?"
    # (stop 68: what it opens between, a word or two: `initial_app_password`, `temp vpn password`)
    r")[_ .-]?(?:[a-z0-9]{1,24}[_ .-]){0,2}(?:pass(?:word)?|pwd|heslo|has(?:ł|l)o|passwort|kennwort|wachtwoord)$"
    r"|^(?:heslo|has(?:ł|l)o)[_ .-](?:do(?:č|c)asn(?:é|e)|po(?:č|c)iato(?:č|c)n(?:é|e)|tymczasowe|pocz(?:ą|a)tkowe)$"
    r"|^(?:initial|start)(?:passwort|kennwort)$"
    # (stop 62: Māori's, head first: `kupuhipa tuatahi`, the first password, `kupuhipa rangitahi`, a temporary one)
    r"|^kupu[_ ]?hipa[_ .-](?:tuatahi|rangitahi)$"
    # (stop 64, notes: English's word head first before a Romance language's or its own, `password_iniziale`)
    r"|^" + _ROMANCE_INITIAL_PASSWORD + _AFTER_INITIAL_PASSWORD + r"$"
    # (stop 66: the Romance languages' own password words head first, `contraseña_temporal`, `senha_provisória`,
    # `contrasenya_inicial`, `parola_temporanea`, as English's borrowed word is)
    r"|^(?:contrase(?:ñ|n)(?:y)?a|senha|parol(?:a|ă))[_ .-](?:" + _ROMANCE_INITIAL_WORDS + r")" + _AFTER_INITIAL_PASSWORD
    + r"$|^" + _MALAY_INITIAL_PASSWORD + _AFTER_INITIAL_PASSWORD + r"$")


# (stop 70, chats) A password column saying its cells hold the passwords in clear, beside a user's (a seed's
# `(login, mot_de_passe_clair)`, `password_plain`, `plaintext_password`, `clear_password`, German's `Passwort_Klartext`,
# Spanish's `contraseña_plana`, Portuguese's `senha_clara`, Italian's `password_in_chiaro`): each row's login, its
# password judged as a login list's (a digest, a masked `****` stay none).
_CLEAR_PASSWORD_COLUMN = lazy_regex(r"(?i)(?:^|[_ .-])(?:plain(?:[_ .-]?text)?|clear(?:[_ .-]?text)?|clair|klartext|plan[ao]"
                                    r"|clar[ao]|(?:in[_ .-])?chiaro|en[_ .-]clair)(?:[_ .-]|$)"
                                    r"|^(?:plain|clear)(?:text)?(?:password|passwd|pwd)$|^klartext(?:passwort|kennwort)$")


# (stop 60) A shop's or an office's sheet of its staff's logins (a till's, a point of sale's: `branch,role,username,
# password`, `filial,kassir,login,parol`): a column naming each row's role or post (`role`, `position`, `job title`), or
# the staff member it is (`cashier`, `employee`, `staff`; Uzbek's `kassir`, `xodim`, `lavozim`; German's `Mitarbeiter`,
# `Rolle`; Spanish's and Portuguese's `cajero`, `caixa`, `cargo`, `rol`, `funcion`, `empleado`, `funcionario`; French's
# `caissier`, `poste`, `employé`), beside the user and the password: each person's login, judged as a login list's.
_STAFF_COLUMN = lazy_regex(r"(?i)^(?:roles?|position|post|job[_ .-]?title|title|staff|employee|cashier|operator|kassir|kassa"
                           r"|xodim|lavozim|mitarbeiter(?:in)?|rolle|funktion|kassierer(?:in)?|cajer[oa]|caix(?:a|eiro)|cargo|rol"
                           r"|funci(?:ó|o)n|empleado|funcion(?:á|a)rio|caissi(?:è|e)re?|poste|employ(?:é|e)"
                            # (stop 62: Māori's post and role, `tūranga`, `tūnga`; Italian's `ruolo`, `mansione`)
                           r"|t(?:ū|u)ranga|t(?:ū|u)nga|ruolo|mansione"
                           # (stop 66: the counter each login serves, as a till's `kassa` names it: Ladin's and Romansh's
                           # `sportel`, Italian's `sportello`, French's `guichet`, Spanish's `ventanilla`, `taquilla`,
                           # Italian's till, `cassa`)
                           r"|sportel(?:lo|li)?|guichet|ventanilla|taquilla|cassa"
                           # (stop 68: Indonesian's and Malay's role and post, `peran`, `jabatan`, `posisi`; the staff
                           # member, `karyawan`, `pegawai`, `staf`, `kakitangan`, `kasir`)
                           r"|peran|jabatan|posisi|karyawan|pegawai|staf|kakitangan|kasir)$")


# (stop 58) A payment gateway's merchant accounts, a row each (a settings table's `(code, merchant_id, password, salt)`,
# JazzCash's Merchant ID and Password; a reseller's sheet of its merchants' logins): a column naming each row's merchant
# account beside a password column. The password is the merchant's login with the gateway, judged as a login list's.
_MERCHANT_COLUMN = lazy_regex(r"(?i)^merchant[_ .-]?(?:id|code|no|number|login|account|user(?:name)?)$")


@lru_cache(maxsize=64)
def login_list(header: str, delimiter: str) -> bool:
    """The header names a site, a user and a password, or a user and a password for the same thing (`SMTP User
    Name`, `SMTP Password`), or a person, a user and a password (a directory's bulk import of accounts), or the
    vendor or service each row's account is with, a user and a password (a team's sheet of its vendor accounts,
    `vendor,purpose,login,password`, _SYSTEM_COLUMN), or a staff member's role or post, a user and a password (a
    shop's sheet of its tills' logins, _STAFF_COLUMN): a list of logins (see the module's doc)."""

    columns = [column_name(cell) for cell in _cells(header, delimiter)[:MAX_COLUMNS]]
    users = [column for column in columns if _USER_COLUMN.search(column)]
    keyed = key_worded_password_columns(tuple(columns))  # (`usuario,clau`: see key_worded_password_columns)
    passwords = [column for column in columns if password_column(column) or column in keyed]
    if passwords and any(_MERCHANT_COLUMN.match(column) for column in columns):
        return True  # (a gateway's merchant accounts: see _MERCHANT_COLUMN)
    if paired_password_columns(tuple(columns)):
        return True  # (a user and a password named head first for the same thing: see paired_password_columns)
    if any(_INITIAL_PASSWORD_COLUMN.search(column) for column in passwords):
        # (stop 64: a password column named for the first login it opens says each row is an account given that
        # password, whatever column names the account: `terminal,buyer_code,contact,initial_password`, a trade floor's
        # terminals; a masked, reset or hashed cell is judged as a login list's is)
        return True
    if users and any(_CLEAR_PASSWORD_COLUMN.search(column) for column in passwords):
        return True  # (stop 70, chats: a user's column beside a password column saying it holds them in clear)
    if not users or not passwords:
        return False
    return (any(_SITE_COLUMN.search(column) for column in columns) or _paired_login(users, passwords)
            or any(_PERSON_COLUMN.match(column) or _SYSTEM_COLUMN.match(column) or _STAFF_COLUMN.match(column)
                   for column in columns))


# A device inventory's columns naming each row's device (`device`, `hostname`, `serial`, `asset_tag`, `mac_address`,
# `imei`): an MDM's or an IT team's export of its kiosks, tablets, printers and cameras, whose password column holds
# each device's own admin password or PIN (see device_inventory). A German team's sheet names them in German (`Gerät`,
# `geraet`, `Gerätename`, `Seriennummer`, `Serien-Nr`, `Inventarnummer`, `MAC-Adresse`), a Croatian team's in Croatian
# (`uređaj`, written `uredjaj` or `uredaj` without its letter, `serijski broj`, `MAC adresa`), a Finnish team's in
# Finnish (`Laite`, `Sarjanumero`), a Danish, Norwegian or Swedish team's in theirs (`Enhed`, `Enhet`, `Serienummer`).
_DEVICE_COLUMN = lazy_regex(r"(?i)(?:^|[_ .-])(?:device|device[_ ]?(?:name|id)|hostname|serial|serial[_ ]?(?:no|number)"
                            r"|asset|asset[_ ]?(?:tag|id|no)|mac|mac[_ ]?address|imei"
                            r"|ger(?:ä|ae)t|ger(?:ä|ae)te?[_ -]?(?:name|bezeichnung)|serien[_ -]?(?:nr|nummer)"
                            r"|inventar[_ -]?(?:nr|nummer)|mac[_ -]?adresse"
                            r"|ure(?:đ|dj|d)aj|serijski[_ -]?broj|mac[_ -]?adresa|laite|sarja[_ -]?numero|enhed|enhet|serie[_ -]?nummer"
                            # (a Ukrainian or Russian team's: `пристрій`, `пристрої`, `обладнання`; `устройство`,
                            # `оборудование`)
                            r"|пристр(?:ій|ої)|обладнання|устройств(?:о|а)|оборудование"
                            # (a Lithuanian team's: `įrenginys`, `serijos nr`; a Latvian's: `ierīce`, `iekārta`,
                            # `sērijas nr`; an Estonian's: `seade`, `seerianumber`; a Slovene's: `naprava`, `serijska
                            # št`; a Vietnamese's: `thiết bị`; a Hebrew's: `מכשיר`)
                            r"|(?:į|i)renginys|serijos[_ -]?(?:nr|numeris)|ier(?:ī|i)ce|iek(?:ā|a)rta"
                            r"|s(?:ē|e)rijas[_ -]?(?:nr|numurs)|seade|seeria[_ -]?(?:nr|number)|seerianumber|naprava"
                            r"|serijska[_ -]?(?:(?:š|s)t|(?:š|s)tevilka)|thi(?:ế|e)t[_ ]?b(?:ị|i)|מכשיר"
                            # (an Icelandic team's: `tæki`, written `taeki`, `búnaður`, `raðnúmer`, written `radnumer`)
                            r"|t(?:æ|ae)ki|b(?:ú|u)na(?:ð|d)ur|ra(?:ð|d)n(?:ú|u)mer"
                            # (a Catalan team's: `dispositiu`, `equip`, `número de sèrie`, `adreça MAC`)
                            r"|dispositiu|equip|n(?:ú|u)m(?:ero)?[_ ]de[_ ]s(?:è|e)rie|adre(?:ç|c)a[_ ]mac"
                            # (a Basque team's: `gailua`, `serie zenbakia`; a Swahili team's: `kifaa`; a Mongolian's:
                            # `төхөөрөмж`; an Armenian's: `սարք`; a Bengali's: `ডিভাইস`)
                            r"|gailua?|serie[_ ]zenbakia|kifaa|төхөөрөмж|սարք|ডিভাইস"
                            # (a Turkish or an Azerbaijani team's: `cihaz`, `cihaz adı`, `seri no`, `seri nömrəsi`, accents
                            # dropped too)
                            r"|cihaz|cihaz[_ ]ad(?:ı|i)|seri[_ ]?(?:no|numaras(?:ı|i)|n(?:ö|o)mr(?:ə|e)si)"
                            # (or its kind, a network's or a site's equipment: `router`, `firewall`, `nvr`)
                            # (a Galician or Spanish team's: `dispositivo`, `equipo`; an Uzbek team's: `qurilma`)
                            r"|dispositivo|equipo|qurilma"
                            # (stop 59: an Afrikaans team's: `toestel`, `toestelle`, `reeksnommer`; an Albanian team's:
                            # `pajisja`, `pajisje`, `pajisjet`, `numri serik`)
                            r"|toestel(?:le)?|reeks[_ -]?nommer|pajisj(?:a|e|et)|numri[_ ]serik"
                            # (an Irish team's: `gléas`, `gléasanna`, `trealamh`, `sraithuimhir`, accents dropped too; a
                            # Khmer team's: `ឧបករណ៍`; a Sinhala team's: `උපාංගය`)
                            r"|gl(?:é|e)as(?:anna)?|trealamh|sraithuimhir|ឧបករណ៍|උපාංග(?:ය)?"
                            # (stop 66: a Hausa team's: `na'ura`, a device or a machine, `na'urori` its plural,
                            # the apostrophe typed `’` or dropped)
                            r"|na['’]?ura|na['’]?urori"
                            r"|router|switch|firewall|modem|access[_ ]?point|nvr|dvr|nas|printer|camera)$")


@lru_cache(maxsize=64)
def device_inventory(header: str, delimiter: str) -> bool:
    """The header names each row's device (_DEVICE_COLUMN) and a password: a device inventory, its password cells
    the devices' own (`site,device,model,serial,…,admin_password`), judged as a login list's are."""
    columns = [column.strip().strip("\"'") for column in _cells(header, delimiter)[:MAX_COLUMNS]]
    keyed = key_worded_password_columns(tuple(columns))  # (`clau_mdm`: see key_worded_password_columns)
    return any(_DEVICE_COLUMN.search(column) for column in columns) and any(
        password_column(column) or column in keyed for column in columns)


# A phone system's provisioning sheet of extensions (FreePBX's Bulk Handler's `extension,name,…,secret`, a PBX
# vendor's import sheet, a team's `ext,username,password`): a column naming each row's extension, and its SIP login's
# password in a password's column or, in Asterisk's word, a `secret`'s. Its password cells are the extensions' logins,
# judged as a login list's are (a drawn number too: a desk phone's keypad takes digits).
_EXTENSION_COLUMN = lazy_regex(r"(?i)^(?:sip[_ .-]?)?(?:extension|ext|exten)(?:[_ .-]?(?:number|no|num|nr|id))?$")
_SIP_SECRET_COLUMN = lazy_regex(r"(?i)^(?:sip[_ .-]?)?secret$")


@lru_cache(maxsize=64)
def extension_sheet(header: str, delimiter: str) -> bool:
    """The header names each row's phone extension (_EXTENSION_COLUMN) and a password or a SIP secret: a provisioning
    sheet of extensions, its password cells their SIP logins' (judged as a login list's are)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    columns = [column_name(cell) for cell in _cells(header, delimiter)[:MAX_COLUMNS]]
    return any(_EXTENSION_COLUMN.match(column) for column in columns) and any(
        names_a_password(column) or _SIP_SECRET_COLUMN.match(column) for column in columns)


def extension_password(column: str, value: str) -> bool:
    """An extension sheet's password cell (see extension_sheet): a SIP `secret` column's judged as a password's."""
    return server_password("password" if _SIP_SECRET_COLUMN.match(column) else column, value)


# A list of Wi-Fi networks, a row each (an IT team's network inventory: `site,ssid,vlan,security,psk,owner`, a controller's
# export): a column naming each row's network by its SSID (`ssid`, `essid`, `ssid_name`, `wifi_name`, `wlan`; a bare
# `network` is any network's: not read) and a column its key (`psk`, `wpa_psk`, `passphrase`, `wpa_key`, `wifi_key`,
# `network_key`, `pre_shared_key`; a password column too, Indonesian's and Malay's `sandi` as well, the bare word of
# `kata sandi`, password, as their Wi-Fi sheets head it): its key cells are the networks' pre-shared keys, judged as a
# key named so is (a word passphrase as a generator draws one, `pebble-juniper-basalt-kestrel6`, too; an enterprise
# network's `n/a (RADIUS)` and a blank cell are none). The Markdown table's sibling: kinds/_tool_outputs.py.
# (an SSID's column after a word naming whose network it is, `staff_ssid`, `guest_ssid`, names the SSID too)
_SSID_COLUMN = lazy_regex(r"(?i)^(?:e?ssid(?:[_ .-]?name)?|(?:wi-?fi|wlan|wireless)(?:[_ .-]?(?:name|ssid|network))?)$"
                          r"|^[^\W_]{1,24}[_ .-]e?ssid(?:[_ .-]?name)?$")
_NETWORK_KEY_COLUMN = lazy_regex(r"(?i)^(?:(?:wpa[23]?|wi-?fi|wlan|wireless|network)[_ .-]?)?(?:psk|passphrase|key"
                                 r"|pre[_ .-]?shared[_ .-]?key|sandi)$|^wpa[23]?[_ .-]?psk$")


@lru_cache(maxsize=64)
def network_key_columns(header: str, delimiter: str) -> Tuple[Tuple[int, str], ...]:
    """(index, name) of a Wi-Fi network list's key columns (see _SSID_COLUMN's note): none where no column names the
    SSID."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    columns = [(number, column_name(cell)) for number, cell in enumerate(_cells(header, delimiter)[:MAX_COLUMNS])]
    if not any(_SSID_COLUMN.match(name) for _, name in columns):
        return ()
    return tuple((number, name) for number, name in columns if _NETWORK_KEY_COLUMN.match(name) or names_a_password(name))


# (a column naming the network's pre-shared key itself, `psk`, `wpa_psk`, `pre_shared_key`: its cell may be the key
# in WPA's raw form, the 64 hex digits `wpa_passphrase` derives and `wpa_supplicant.conf`'s `psk=` takes)
_RAW_PSK_COLUMN = lazy_regex(r"(?i)(?:^|[_ .-])psk$|^pre[_ .-]?shared[_ .-]?key$")
_RAW_PSK = lazy_regex(r"^[0-9a-fA-F]{64}$")
# A cell's note in brackets, words alone, where the key is kept elsewhere (`(Bitwarden)`, `[see vault]`, `(ask IT)`).
_BRACKETED_NOTE = lazy_regex(r"^(?:\([A-Za-z][A-Za-z .'-]{0,61}\)|\[[A-Za-z][A-Za-z .'-]{0,61}\])$")


def network_key(value: str, column: str = "") -> bool:
    """A Wi-Fi network list's key cell: a pre-shared key by the literal kind's judgement under a key named so, or a
    passphrase of words a generator drew (its blanks too: `orbit walnut copper glacier`); no blank, no note. Under a
    column naming the pre-shared key (`psk`), WPA's raw key of 64 hex digits too (_RAW_PSK_COLUMN), its digits drawn."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._config_forms import word_passphrase

    if len(value) == 64 and _RAW_PSK_COLUMN.search(column) is not None and _RAW_PSK.match(value) is not None:
        return len(set(value.lower())) >= 10 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    if not 8 <= len(value) <= 63 or _HEX_DIGEST.match(value) or _BRACKETED_NOTE.match(value):
        return False  # (WPA's passphrase: 8 to 63 characters; a note in brackets is none)
    if any(character.isspace() for character in value):
        return word_passphrase(value)
    return is_literal_credential(value, True, False, key="wifi_passphrase")


# A team's sheet of its integrations, a row each (a handover's `system,purpose,account,key,owner`, Swedish's
# `system,syfte,konto,nyckel,ansvarig`): a column naming each row's system or service, one its account (_USER_COLUMN),
# and a bare key column, in the team's language too (`key`, Swedish's `nyckel`, German's `Schlüssel`, Dutch's `sleutel`,
# Spanish's `clave`, Portuguese's `chave`, French's `clé`, Polish's `klucz`, Czech's `klíč`, Turkish's `anahtar`,
# Romanian's `cheie`): each row's key cell is that system's API key. A bare `key` column is any key's elsewhere (a
# translation table's message key, a settings export's name, a keyboard map's): read only under such a header, and a
# cell only where it looks issued (a drawn value the literal kind judges an API key; `se Vault`, `ingen nyckel`, a
# name, a word are none).
_SYSTEM_COLUMN = lazy_regex(r"(?i)^(?:system|systems|service|services|integration|integrations|vendor|provider|tool|app"
                            r"|application|tj(?:ä|a)nst|dienst|servicio|servi(?:ç|c)o|us(?:ł|l)uga|slu(?:ž|z)ba|sistem|sistema"
                            r"|syst(?:è|e)me|hizmet|serviciu|leverant(?:ö|o)r|anbieter|lieferant|leverancier|proveedor|fornecedor"
                            r"|fournisseur|dostawca|dodavatel|sa(?:ğ|g)lay(?:ı|i)c(?:ı|i)|furnizor"
                            # (a supplier in Lithuanian, `tiekėjas`, Latvian, `piegādātājs`, Estonian, `tarnija`,
                            # Slovene, `dobavitelj`, Vietnamese, `nhà cung cấp`)
                            r"|tiek(?:ė|e)jas|pieg(?:ā|a)d(?:ā|a)t(?:ā|a)js|tarnija|dobavitelj|nh(?:à|a)[_ ]cung[_ ]c(?:ấ|a)p"
                            # (Catalan's service and supplier: `servei`, `proveïdor`)
                            r"|servei|prove(?:ï|i)dor"
                            # (stop 62: Italian's and Corsican's service and supplier, `servizio`, `serviziu`, `fornitore`;
                            # Māori's service and system, `ratonga`, `pūnaha`)
                            r"|servizi[ou]|fornitor[ei]|ratonga|p(?:ū|u)naha"
                            # (stop 65: Friulian's supplier and service, `fornidôr`, `servizi`)
                            r"|fornid(?:ô|o)r|servizi"
                            # (stop 66: the smaller Romance languages' service: Ladin's `servisc`, Romansh's `servetsch`,
                            # Occitan's `servici`, Venetian's `servisio`, Sardinian's `servìtziu`, accents dropped too)
                            r"|servisc|servetsch|servici|servisi[oe]|serv(?:ì|i)tziu"
                            # (stop 67, pages: the company a row's account is with, English's `company`, Turkish's
                            # `şirket`, Uyghur's and Uzbek's Latin `shirket` / `shirkat`, Russian's `компания`: a
                            # partners' table's `| shirket | portal | login | API key |`)
                            r"|compan(?:y|ies)|(?:ş|s)irket|shirke?at|shirket|kompaniya|компания"
                            # (stop 70, chats: Russian's and Ukrainian's system, service, resource and supplier,
                            # `система`, `сервис` / `сервіс`, `ресурс`, `поставщик` / `постачальник`: a Russian team's
                            # sheet of its logins, `система;логин;пароль;ответственный`)
                            r"|систем[аы]|сервис[ыі]?|сервіси?|ресурсы?|поставщик|постачальник)$")
_ACCOUNT_COLUMN = lazy_regex(r"(?i)^(?:(?:ú|u)(?:č|c)et|cuenta|conta|compte|hesap|cont|konto|account|login|user|username|email"
                             r"|e-mail)$")
_BARE_KEY_COLUMN = lazy_regex(r"(?i)^(?:key|nyckel|n(?:ø|o)kkel|n(?:ø|o)gle|schl(?:ü|ue)ssel|sleutel|clave|chave|cl(?:é|e)"
                              r"|klucz|kl(?:í|i)(?:č|c)|k(?:ľ|l)(?:ú|u)(?:č|c)|klju(?:č|c)|anahtar|cheie|cheia"
                              # (stop 62: Italian's `chiave`, Corsican's `chjave`, Māori's `kī`, written `ki` too)
                              r"|chiave|chjave|k(?:ī|i)"
                              # (stop 66: the smaller Romance languages' key: Ladin's `ciaf` (Fassa's) and `tlé`
                              # (Gherdëina's, Badia's), Friulian's `clâf`, Romansh's `clav`, Catalan's, Occitan's and
                              # Aragonese's `clau`, Venetian's `ciave`, Asturian's and Latin America's `llave`, accents
                              # dropped too)
                              r"|ciaf|tl(?:é|e)|cl(?:â|a)f|clav|clau|ciave|llave)$")
# (stop 62) Or one naming the person who keeps each row's key (`service,owner,key,notes`: a handover's; Māori's
# `kaitiaki`, a keeper, Swedish's `ansvarig`, German's `verantwortlich`, the Romance languages' `responsable`,
# `responsabile`, `referente`): the key cell beside it is that system's key, as one beside the account's is.
# (stop 67, pages) An integrations sheet's key column named for the API's key or token (`API key`, `api_key`,
# `access token`): read as its bare key column is, beside a system's and an account's (a column so named alone is the
# credential columns' of a CSV, and on a page a teaching table's as often).
_API_KEY_COLUMN = lazy_regex(r"(?i)^(?:api|access)[ _-]?(?:key|token)$")
_OWNER_COLUMN = lazy_regex(r"(?i)^(?:owner|owned[_ ]by|key[_ ]?owner|custodian|steward|kaitiaki|ansvarig|ansvarlig"
                           r"|verantwortlich(?:e|er)?|responsable|responsabile|respons(?:á|a)vel|referente)$")
# (stop 59) An integrations sheet's key column named with the login a row holds there instead (`key_or_login`,
# `key/login`, `login or key`, `token/password`: a vendor's API key in one row, a login's user, or a note saying where
# it is kept, in another): read as its bare key column is (a login's user or a note is no drawn key).
_KEY_OR_LOGIN_COLUMN = lazy_regex(
    r"(?i)^(?:(?:api[_ ]?)?key|token)(?:[_ ]or[_ ]|[ \t]*/[ \t]*)(?:login|password|pass|user(?:[_ ]?name)?)$"
    r"|^(?:login|password|user(?:[_ ]?name)?)(?:[_ ]or[_ ]|[ \t]*/[ \t]*)(?:(?:api[_ ]?)?key|token)$")
# A sheet of the keys a team issued to its partners, a row each (an export's `partner,purpose,key,valid_until`, Croatian's
# `partner,svrha,ključ,vrijedi_do`): a column naming the party each key was issued to (a partner, a client, a customer,
# a tenant) and one its validity (`valid_until`, `expires`, German's `gültig_bis`, Croatian's `vrijedi_do`): each
# row's bare key cell is the key that party calls the team's API with, judged as an integrations sheet's is. (A party's
# column alone is not enough: a bare `key` column beside a client's is a lookup table's as often.)
_PARTY_COLUMN = lazy_regex(r"(?i)^(?:partners?|clients?|customers?|tenants?|klijent|kupac|kunde|klant|cliente|klient|kund"
                           r"|partenaires?|clienti)$")  # (stop 62: French's `partenaire`, Italian's `clienti`)
_VALIDITY_COLUMN = lazy_regex(r"(?i)^(?:valid[_ .-]?(?:until|to|thru|through)|expires(?:[_ .-]?(?:at|on))?|expiry(?:[_ .-]?date)?"
                              r"|expiration(?:[_ .-]?date)?|g(?:ü|ue)ltig[_ .-]?bis|ablauf(?:datum)?|geldig[_ .-]?tot|giltig[_ .-]?till"
                              r"|gyldig[_ .-]?til|v(?:á|a)lid[oa][_ .-]?hasta|v(?:á|a)lid[oa][_ .-]?at(?:é|e)|wa(?:ż|z)ny[_ .-]?do"
                              r"|platn(?:ý|y|é|e)[_ .-]?do|vrijedi[_ .-]?do|va(?:ž|z)i[_ .-]?do|isti(?:č|c)e"
                              # (stop 62: Italian's and Corsican's expiry, `scadenza`, `data di scadenza`; Spanish's
                              # and Portuguese's `vencimiento`, `caducidad`, `validade`, `vencimento`; French's
                              # `expiration` above, `date d'expiration`, `valable jusqu'au`)
                              r"|(?:data[_ ](?:di[_ ])?)?scadenza|(?:fecha[_ ](?:de[_ ])?)?(?:vencimiento|caducidad)"
                              r"|validade|vencimento|date[_ ]d['’]?[_ ]?expiration|valable[_ ]jusqu['’]?[_ ]?(?:au|à|a))$")
# (stop 61) Or one its issue's date, as a key's life is recorded from its start (`partner,contact,service,key,created`,
# `issued_on`, `rotated_at`): the party's column and a date the key was made or changed say the sheet is the keys
# issued, as a validity does.
_ISSUED_COLUMN = lazy_regex(r"(?i)^(?:created|issued|generated|rotated|renewed)(?:[_ .-]?(?:at|on|date))?$"
                            r"|^(?:creation|issue|issued)[_ .-]?date$|^date[_ .-]?(?:created|issued)$")

# An audit of the integrations' keys, a row each (`system,owner,key_name,value,created,rotate_by`): a column naming each
# row's system, one naming the row's key (`key_name`, `secret_label`, `token_alias`) and a bare `value` column: each
# row's value cell is that named key's value. (A `value` column alone is any setting's; under a system column and a
# key's name it is the key's.) (stop 62: or under a system column and one naming the row's account or the key's owner,
# `service,owner,created,value,notes`: the row's value is the system's key, as a bare key column's cell is.)
# (stop 59) Or the row's kind of key (`key_type`, `credential_kind`: `token`, `api token`, `public key`): its value
# cell is that key's, judged so, except where the kind says the key is public by design (_PUBLIC_KEY_KIND).
_KEY_NAME_COLUMN = lazy_regex(r"(?i)^(?:api[_ -]?)?(?:key|secret|token|credential)[_ -]?(?:name|label|alias|type|kind)$")
_PUBLIC_KEY_KIND = lazy_regex(r"(?i)(?<![a-z])(?:public|publishable|browser|site[ _-]?key|client[ _-]?id)(?![a-z])")
_VALUE_COLUMN = lazy_regex(r"(?i)^value$")


@lru_cache(maxsize=64)
def integration_key_columns(header: str, delimiter: str) -> Tuple[Tuple[int, str], ...]:
    """(index, name) of an integrations sheet's bare key columns (see _SYSTEM_COLUMN's note), or of a sheet of keys
    issued to partners (see _PARTY_COLUMN's note): none where no column names each row's system and its account, nor
    each row's party and its key's validity; or an integrations sheet's `value` column beside one naming each row's key
    (see _KEY_NAME_COLUMN's note)."""
    columns = [(number, column_name(cell)) for number, cell in enumerate(_cells(header, delimiter)[:MAX_COLUMNS])]
    system = any(_SYSTEM_COLUMN.match(name) for _, name in columns)
    # (a key's name beside a bare key column too, `system,account,key_name,key`: both read)
    named = system and any(_KEY_NAME_COLUMN.match(name) for _, name in columns)
    integrations = system and any(_ACCOUNT_COLUMN.match(name) or _USER_COLUMN.search(name) or _OWNER_COLUMN.match(name)
                                  for _, name in columns)
    issued = not integrations and any(_PARTY_COLUMN.match(name) for _, name in columns) and any(
        _VALIDITY_COLUMN.match(name) or _ISSUED_COLUMN.match(name) for _, name in columns)
    return tuple((number, name) for number, name in columns
                 if ((named or integrations) and _VALUE_COLUMN.match(name))
                 or ((integrations or issued) and _BARE_KEY_COLUMN.match(name))
                 or (integrations and (_KEY_OR_LOGIN_COLUMN.match(name) or _API_KEY_COLUMN.match(name))))


@lru_cache(maxsize=64)
def kept_by_owner(header: str, delimiter: str) -> bool:
    """The integrations sheet names each key's owner but no account (`service,owner,key,notes`, _OWNER_COLUMN): its key
    cells are read only where drawn in both cases with digits, or in one case of the whole alphabet (owner_sheet_key).
    One case of hex (`4f90…`) is an id's or a digest's as often in a sheet that names no account the key signs in."""
    columns = header_names(header, delimiter)
    # (review 63: not a sheet of keys issued to partners, a party's column and the key's validity or issue date: read
    # whatever the key's case before an owner's column counted, `partner,owner,key,valid_until`, as it still is)
    issued = any(_PARTY_COLUMN.match(name) for name in columns) and any(
        _VALIDITY_COLUMN.match(name) or _ISSUED_COLUMN.match(name) for name in columns)
    return not issued and any(_OWNER_COLUMN.match(name) for name in columns) and not any(
        _ACCOUNT_COLUMN.match(name) or _USER_COLUMN.search(name) for name in columns)


_MIXED_DRAWN = lazy_regex(r"^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[^0-9]*[0-9])[A-Za-z0-9._~+/=-]{16,}$")
# (stop 65) Or drawn in one case of the whole alphabet with digits, as some vendors issue their keys (SolarEdge's 32
# capitals and digits, `523N…`): a letter past hex's `f` says no digest nor hex id; twelve distinct, 20 long or more.
_ONE_CASE_DRAWN = lazy_regex(r"^(?=[^0-9]*[0-9])(?=.*[g-zG-Z])(?:[A-Z0-9]{20,}|[a-z0-9]{20,})$")
_ONE_CASE_DISTINCT = 12


def owner_sheet_key(value: str) -> bool:
    """A key cell an owner's sheet naming no account reads (see kept_by_owner): drawn in both cases with digits, or in
    one case of the whole alphabet with digits (_ONE_CASE_DRAWN)."""
    if _MIXED_DRAWN.match(value) is not None:
        return True
    return _ONE_CASE_DRAWN.match(value) is not None and len(set(value)) >= _ONE_CASE_DISTINCT


def integration_key(value: str, column: str = "") -> bool:
    """An integrations sheet's key cell: a drawn value the literal kind judges an API key (no blank, no word). Under a
    column holding a login's user as often (_KEY_OR_LOGIN_COLUMN), a key's drawn run too (_DRAWN_RUN): a user's name of
    words and a number (`kanchi_weavers_2024`, `SWAMIBRONZE01`) is none."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._helpers import named_like_an_account

    if not looks_generated(value) or any(character.isspace() for character in value):
        return False
    if named_like_an_account(value):
        return False  # (stop 61: a party's or an account's name of words and a number, `auction_house_2025`: no key)
    if column and _KEY_OR_LOGIN_COLUMN.match(column) is not None and not any(
            len(set(run.lower())) >= _DRAWN_RUN_DISTINCT and not run.isalpha() and not run.isdigit()
            for run in _DRAWN_RUN.findall(value)):
        return False
    return is_literal_credential(value, True, False, key="api_key")


# A key's drawn run: 16 letters and digits or more, both, eight distinct (a 32-hex key draws from sixteen).
_DRAWN_RUN = lazy_regex(r"[A-Za-z0-9]{16,}")
_DRAWN_RUN_DISTINCT = 8


@lru_cache(maxsize=64)
def key_kind_columns(header: str, delimiter: str) -> Tuple[int, ...]:
    """Indexes of an integrations sheet's columns naming each row's key or its kind (see _KEY_NAME_COLUMN's note)."""
    columns = [(number, column_name(cell)) for number, cell in enumerate(_cells(header, delimiter)[:MAX_COLUMNS])]
    return tuple(number for number, name in columns if _KEY_NAME_COLUMN.match(name))


def public_key_row(cells: Sequence[str], kinds: Tuple[int, ...]) -> bool:
    """The row's key's name or kind says the key is public by design (`public key`, `publishable key`, `browser key`,
    `STRIPE_PUBLISHABLE_KEY`: _PUBLIC_KEY_KIND): its value cell is no secret."""
    said = [cells[number].replace("_", " ") for number in kinds if number < len(cells)]
    return any(_PUBLIC_KEY_KIND.search(kind) is not None for kind in said) and not any(
        _SECRET_KEY_KIND.search(kind) is not None for kind in said)


# (review) A kind naming a secret beside the public word (`client_id:client_secret`, `CLIENT_SECRET (client id in vault)`,
# `secret key (public site)`, a name column's `STRIPE_SECRET_KEY` beside a type's `replaces publishable`), or saying the
# key is not public (`non-public api key`): the row's value is that secret.
_SECRET_KEY_KIND = lazy_regex(r"(?i)(?<![a-z])(?:secret|private|password|passphrase|admin|server|service[ -]?role"
                              r"|non[ -]?public|not[ ]public)(?![a-z])")


# (stop 63) An SQL table's column naming each row's key: a key's name or kind column (_KEY_NAME_COLUMN), or a bare
# `name` or `label` whose cell is a key's name (its last word a key's, `stripe_publishable_key`, `mapbox_public_token`;
# a users table's `name` holds people's names). A row naming its key public by design (_PUBLIC_KEY_KIND, as
# public_key_row reads a sheet's) holds no secret in its credential column (`service_credentials (name, secret)`).
_ROW_NAME_COLUMN = lazy_regex(r"(?i)^(?:name|label)$")
_KEY_NAME_TAIL = lazy_regex(r"(?i)(?:key|token|id)$")


def key_naming_columns(columns: Sequence[str]) -> Tuple[Tuple[int, bool], ...]:
    """(index, bare) of the columns naming each row's key (see _ROW_NAME_COLUMN); `bare` for a `name` or `label`."""
    return tuple((number, _ROW_NAME_COLUMN.match(name) is not None) for number, name in enumerate(columns)
                 if _KEY_NAME_COLUMN.match(name) or _ROW_NAME_COLUMN.match(name))


def public_key_named(cells: Sequence[Optional[str]], named: Tuple[Tuple[int, bool], ...]) -> bool:
    """The row's key-naming cells say its key is public by design (see _ROW_NAME_COLUMN)."""
    said = [cell.strip() for number, bare in named if number < len(cells)
            for cell in (cells[number],) if cell and (not bare or _KEY_NAME_TAIL.search(cell.strip()))]
    return bool(said) and public_key_row(said, tuple(range(len(said))))


# A password column's word at its name's end (`SMTP Password`, `ftp_pwd`): what is before it says what it is for.
_PASSWORD_TAIL = lazy_regex(r"(?i)[_ .-]?(?:password|passwd|passphrase|pwd|pass|passwort|kennwort|wachtwoord|wagwoord|wachtwurd"
                            r"|fjal(?:ë|e)kalimi?)$")


def _paired_login(users: Sequence[str], passwords: Sequence[str]) -> bool:
    """A user column and a password column named for the same thing (`"SMTP User Name"` and `"SMTP Password"`,
    `ftp_user` and `ftp_password`, a device's address book): each row's login to that thing."""
    wanted = {_PASSWORD_TAIL.sub("", column).strip(" _.-").lower() for column in passwords} - {""}
    for column in users:
        found = _USER_COLUMN.search(column)
        if found is not None and column[:found.start()].strip(" _.-").lower() in wanted:
            return True
    return False


# (stop 62) The same pair named head first, as the Romance languages name it (`usuario_portal`, `clave_portal`: the
# portal's user and its password; `utente_sito`, `password_sito`): a user's word, then the thing; a password's word, or
# a key's word that says a password beside a user's (Spanish's `clave`, Portuguese's `chave`, Catalan's `clau`, Italian's
# `chiave`, Corsican's `chjave`), then the same thing. (A key's word alone is a key's: `clave_api` beside no user.)
_PAIRED_KEY_WORDS = frozenset({"clave", "chave", "clau", "chiave", "chjave", "llave"})
# (a thing that is the row's id or kind, `usuario_id`, `clave_id`, `clave_tipo`: a key table's, no login's)
_PAIRED_NOT_A_THING = frozenset({"id", "ids", "no", "nr", "num", "number", "numero", "número", "code", "codigo", "código",
                                 "codice", "type", "tipo", "name", "nombre", "nome", "hash", "hint"})
_HEAD_WORD = lazy_regex(r"^(?P<head>[^\W_]{2,32})[ \t_.-]+(?P<rest>\S.{0,63})$")


@lru_cache(maxsize=64)
def paired_password_columns(columns: Tuple[str, ...]) -> FrozenSet[str]:
    """Names of the columns holding a login's password beside its user's, both named head first for the same thing
    (`usuario_portal`, `clave_portal`: see _PAIRED_KEY_WORDS' note)."""
    heads = [(found.group("head"), found.group("rest").strip(" _.-").lower(), column)
             for column, found in ((column, _HEAD_WORD.match(column)) for column in columns[:MAX_COLUMNS]) if found]
    things = {rest for head, rest, _ in heads if _USER_COLUMN.search(head) is not None} - _PAIRED_NOT_A_THING
    if not things:
        return frozenset()
    return frozenset(column for head, rest, column in heads if rest in things and _USER_COLUMN.search(head) is None and (
        head.lower() in _PAIRED_KEY_WORDS or password_column(head)))


# (stop 66) The same key's word alone, a sheet's password column beside a user's (`usuario,clau`, `utente,chiave`: as
# Spanish's `clave` alone is credential_keys' password word, Catalan's and Aragonese's `clau`, Portuguese's `chave`,
# Italian's `chiave`), or, in a device inventory (_DEVICE_COLUMN), head first before what it opens on the device
# (`clau_mdm`, `clave_admin`, `chave_bios`): the device's password or PIN, as `mdm_password` is. Both read as a password
# column. (Not a catalogue's or an inventory's code, `clave_producto`, `clave_inventario`, `chave_licença`, nor a row's id
# or kind, `clave_id`, `clau_tipus`: _PAIRED_NOT_A_THING, _DEVICE_KEY_NOT_A_LOGIN.)
_DEVICE_KEY_NOT_A_LOGIN = frozenset({"producto", "produto", "prodotto", "producte", "articulo", "artículo", "artigo",
                                     "articolo", "article", "licencia", "licença", "licenca", "licenza", "llicencia",
                                     "llicència", "inventario", "inventari", "activo", "ativo", "actiu", "serie", "série",
                                     "sèrie", "modelo", "model", "modello", "tipus", "nom", "ref", "referencia",
                                     "referência", "referenza", "catalogo", "catálogo", "catàleg"})
_KEY_WORDED_THINGS = 2  # (words after a device key's word: `clave_admin_web`; more name something else)


@lru_cache(maxsize=64)
def key_worded_password_columns(columns: Tuple[str, ...]) -> FrozenSet[str]:
    """Names of the columns headed by a Romance key's word that hold a password: alone beside a user's column, or head
    first before what it opens in a device inventory (see _DEVICE_KEY_NOT_A_LOGIN's note)."""
    listed = columns[:MAX_COLUMNS]
    found = set()
    for column in listed:
        others = [other for other in listed if other != column]
        if column.lower() in _PAIRED_KEY_WORDS:
            if any(_USER_COLUMN.search(other) for other in others):
                found.add(column)
            continue
        headed = _HEAD_WORD.match(column)
        if headed is None or headed.group("head").lower() not in _PAIRED_KEY_WORDS:
            continue
        things = [word for word in re.split(r"[ \t_.-]+", headed.group("rest").strip(" _.-").lower()) if word]
        if (0 < len(things) <= _KEY_WORDED_THINGS and not (_PAIRED_NOT_A_THING | _DEVICE_KEY_NOT_A_LOGIN).intersection(things)
                and any(_DEVICE_COLUMN.search(other) for other in others)):
            found.add(column)
    return frozenset(found)


def server_password(column: str, value: str) -> bool:
    """A server list's password cell: a password by the literal kind's judgement, a provider's
    short generated one, or a drawn number (see _drawn_number); not a digest, no blank, no note in brackets saying
    where the password is kept (`(Bitwarden)`, `[KeePass]`: _BRACKETED_NOTE)."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    column = judged_as(column)
    if not password_column(column) or any(character.isspace() for character in value) or _HEX_DIGEST.match(value):
        return False
    if _BRACKETED_NOTE.match(value):
        return False
    return is_literal_credential(value, True, False, key=column) or generated_password(value) or _drawn_number(value)


# A login list's or a device inventory's password of digits alone, drawn at random: what a provisioning sheet gives each
# SIP phone, intercom or emergency phone (their keypads take digits), 8 to 32 long. Not a count (`12345678`), one digit
# or chunk repeated (`11111111`, `12121212`), nor a date (`20240115`): a value written for an example or a day.
_DATE_DIGITS = lazy_regex(r"^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[0-9]{4}(?:[0-9]{2})?)?$")
_DRAWN_NUMBER_DISTINCT = 4


def _drawn_number(value: str) -> bool:
    return (8 <= len(value) <= 32 and value.isascii() and value.isdigit() and len(set(value)) >= _DRAWN_NUMBER_DISTINCT
            and not is_sequential(value) and not is_sequential(value[::-1]) and not has_repeated_chunk(value)
            and _DATE_DIGITS.match(value) is None)


# A device inventory's password of letters alone, drawn (a printer's, a camera's, a router's admin password as its setup
# or a generator gave it: lower-case letters with a capital inside, `reuanuKozb`-like): 8 to 32 letters, a capital after a
# lower-case letter, six distinct letters. A capitalised word alone (`Bitwarden`, `Unknown`) has no capital inside; a
# note run into one word (`seeVault`, `onSticker`, `factoryDefault`, `viaOkta`) names where the password is kept or that
# there is none, by one of _KEPT_WORDS (a password manager's or a directory's name, a word saying so) or of the short
# words such notes are made of (_NOTE_PIECES, a piece between its capitals).
_DRAWN_LETTERS = lazy_regex(r"^(?=[A-Za-z]*[a-z][A-Z])[A-Za-z]{8,32}$")
_CASE_PIECE = lazy_regex(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_KEPT_WORDS = ("vault", "keepass", "warden", "lastpass", "keeper", "cyberark", "passbolt", "dashlane", "thycotic",
               "onepassword", "sticker", "label", "default", "factory", "unknown", "none", "pass", "secret", "ldap",
               "okta", "saml", "oauth", "azure", "entra", "change", "reset", "pending", "same", "manager", "serial",
               "random", "generated", "empty", "blank", "missing", "expired", "disabled", "locked", "unset", "sharepoint",
               "onedrive", "confluence", "wiki", "notion", "excel")
_NOTE_PIECES = frozenset({"see", "ask", "in", "on", "at", "via", "by", "not", "no", "set", "tbd", "na", "sso", "ad", "it",
                          "the", "from", "use", "only", "under", "per", "as", "is", "of", "to", "with", "same"})
_DRAWN_LETTERS_DISTINCT = 6


def _drawn_letters(value: str) -> bool:
    from secretfence.kinds._helpers import is_placeholder

    if _DRAWN_LETTERS.match(value) is None or len(set(value.lower())) < _DRAWN_LETTERS_DISTINCT:
        return False
    lowered = value.lower()
    if any(word in lowered for word in _KEPT_WORDS) or is_placeholder(value) or is_sequential(value):
        return False
    return not any(piece.lower() in _NOTE_PIECES for piece in _CASE_PIECE.findall(value))


def device_password(column: str, value: str) -> bool:
    """A device inventory's password cell (see device_inventory): judged as a login list's is, or letters alone drawn
    (see _DRAWN_LETTERS' note)."""
    return server_password(column, value) or (password_column(column) and _drawn_letters(value))


# (stop 69) A sheet of accounts or devices whose other rows say, in a column, where their password is kept instead (a
# router inventory's `admin_web` column, `voir Bitwarden` in every row but one; a bank access sheet's `mot_de_passe`,
# `voir coffre` beside one written out; `see 1Password`, `in KeePass`, `(vault)`): that column holds the rows'
# passwords, whatever its header calls it, and a row that writes one there gives it. The CSV sibling of a Markdown
# table's rule (_config_forms.table_keeps_others_in_a_store). A cell naming a store (a short note, _STORE_NOTE_READ) in
# the column's first _STORE_ROWS_READ rows marks it; the column's own cells are judged as a login list's password (a
# chosen `Harbor2024*` too), one word, no address, host or number written for what the row is (a user's, a site's, a
# device's, an IP's column is never read so).
_STORE_NOTE_READ = 64
_STORE_REFERENCE = lazy_regex(r"(?i)^[a-z][a-z0-9+._-]{0,31}:(?://)?[^\s:/]{1,128}/")
_STORE_ROWS_READ = 256
_NOT_A_PASSWORD_CELL = lazy_regex(r"(?i)^(?:[\w.+-]+@[\w.-]+|(?:[a-z0-9-]+\.)+[a-z]{2,}|[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]+)?"
                                  r"|[a-z][a-z0-9+.-]*://\S*)$")


def _kept_columns(lines: Sequence[str]) -> Dict[Tuple[int, str], Tuple[int, ...]]:
    """{(the header's line, its delimiter): the indexes of the columns one of whose cells names a password manager or a
    secret store} (see _STORE_NOTE_READ's note); read once a file."""
    header = header_of(lines)
    if header is None:
        return {}
    delimiter = _delimiter(header[1], "")
    names = header_names(header[1], delimiter)
    marked = set()
    for at in range(header[0] + 1, min(len(lines), header[0] + 1 + _STORE_ROWS_READ)):
        row = line_text(lines, at)
        if len(row) > MAX_ROW or delimiter not in row:
            continue
        for number, cell in enumerate(_cells(row, delimiter)[:MAX_COLUMNS]):
            if number in marked or len(cell) > _STORE_NOTE_READ or number >= len(names):
                continue
            if _store_note(cell.strip()):
                marked.add(number)
    kept = tuple(sorted(number for number in marked if not (
        _USER_COLUMN.search(names[number]) or _SITE_COLUMN.search(names[number]) or _DEVICE_COLUMN.search(names[number]))))
    return {(header[0], delimiter): kept} if kept else {}


def _store_note(cell: str) -> bool:
    """The cell is a note naming where a password is kept: a password manager by its name (`Bitwarden`, `1Password`,
    `KeePassXC`, `in vault`), or a secret store's word in a note of words or in brackets (`voir coffre`, `(vault)`); a
    word alone that names a store as often names a thing (a camera called `vault`, a room) is none."""
    from secretfence.kinds._config_forms import _NAMED_STORE, _SECRET_STORE
    from secretfence.kinds._tool_outputs import _KEPT_IN_A_STORE

    if _NAMED_STORE.search(cell) is not None:
        return True
    if not (" " in cell or "\t" in cell or cell[:1] in "([" or "/" in cell):
        return False
    if cell[:1] in "([":
        return _SECRET_STORE.search(cell) is not None or _KEPT_IN_A_STORE.search(cell) is not None
    # (review 70: a store's word among others names the place the note sends to, so it ends the note, no number written
    # for a thing's place beside it (`voir coffre`, `in vault`, `see Doppler`): a location's `IT vault shelf 2` is a room's,
    # and marked an inventory's location column, its other rows' places (`Rack-B12x9`) blocking as passwords)
    if any(character.isdigit() for character in cell):
        return False
    tail = _NOTE_TAIL.split(cell.rstrip(" \t.;,)]"))[-1]
    return _SECRET_STORE.fullmatch(tail) is not None or _KEPT_IN_A_STORE.fullmatch(tail) is not None


_NOTE_TAIL = lazy_regex(r"[ \t]+(?!(?i:manager|store)\b)")  # (a note's last word, `secrets manager` and `parameter store` whole)


_KEPT_COLUMNS = LastFileMemo(_kept_columns)


def kept_column_password(value: str) -> bool:
    """A cell of a column whose other rows say where their password is kept (see _STORE_NOTE_READ's note): a password as a
    login list's is judged, no address, host, IP or URL, no note naming a store."""
    from secretfence.kinds._config_forms import _NAMED_STORE, _SECRET_STORE
    from secretfence.kinds._helpers import named_like_an_account
    from secretfence.kinds._tool_outputs import _KEPT_IN_A_STORE

    # (an account's or a party's name of words and a number, `auction_house_2025`, is no password: integration_key's; nor
    # a store's own reference, `aws-sm:prod/fleet/x`, `vault:kv/x`, `1password:Finance/Stripe`, a register's `stored_in`)
    # (digits alone are the number written for what the row is, a meter's, an account's: stop 65's owner's sheet)
    return (bool(value) and not value.isdigit() and _NOT_A_PASSWORD_CELL.match(value) is None
            and _STORE_REFERENCE.match(value) is None
            and _SECRET_STORE.search(value) is None and _NAMED_STORE.search(value) is None
            and _KEPT_IN_A_STORE.search(value) is None and not named_like_an_account(value)
            and server_password("password", value))


def header_of(lines: Sequence[str]) -> Optional[Tuple[int, str]]:
    """(index, text) of the table's header line, or None."""
    for number in range(min(len(lines), HEADER_LINES)):
        text = line_text(lines, number).strip()
        if text and not text.startswith("#"):
            return (number, text) if len(text) <= MAX_HEADER else None
    return None


def is_cell_credential(column: str, value: str) -> bool:
    """The cell's value, in a credential-named column, is a credential."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, names_a_credential_holding

    column = judged_as(column)
    if not looks_generated(value) or any(character.isspace() for character in value):
        return False
    if _PASSWORD_COLUMN.search(column) and _HEX_DIGEST.match(value):
        return False  # a user table's password digests
    if _UUID.match(value) is None and not value.startswith("eyJ") and _bare_credential_column(column):
        return is_literal_credential(value, True, False)
    return names_a_credential_holding(column, value) and is_literal_credential(value, True, False)


# (blind rounds GI-GN) A column named for the credential each row holds: `credential` alone (an integrations table's, each
# row's vendor's API token in it: `INSERT INTO integrations (vendor, base_url, credential) VALUES ('…', '…', '<token>')`),
# or named for what it opens (`api_credential`, `webhook_credential`), as credential_keys names such a key holding a
# generated value. The key alone names a store's entry as often in a configuration (`credential: github-deploy`), and
# credential_keys reads it so; a table's cell is its row's own value, and a generated one there is the credential (but
# an id's shape, a UUID: a credential's id as often; a JWT is judged by its claims, as a held token's).
_ROW_CREDENTIAL_WORD = "credential"
_UUID = lazy_regex(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")
_GENERATED_PROBE = "q7Zx2Lm9Rt4Wv8Kp3Nb6"  # (a generated value the column's name is asked with)


def _bare_credential_column(column: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return key_words(column) == (_ROW_CREDENTIAL_WORD,)  # (its quotes are no words: `"Credential"`)


def credential_column(name: str) -> bool:
    """A table's column naming the credential its cells hold: a credential's name, or a credential's word alone or named
    for what it opens (see _bare_credential_column)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential_holding

    words = key_words(name)
    if words == ["sandi"] or words == ("sandi",):
        return False  # (stop 69: a bare `sandi` column is any code's as often; a Wi-Fi list's is read beside its SSID)
    if names_a_credential(name) or _bare_credential_column(name) or _SHEET_PASSWORD_COLUMN.match(name):
        return True
    return bool(words) and words[-1] == _ROW_CREDENTIAL_WORD and names_a_credential_holding(name, _GENERATED_PROBE)


class SecretfenceTabularDetector(SecretfenceDetector):
    """Generated-looking values in a credential-named column of a CSV or TSV file."""

    secret_type = "Tabular Data Credential"
    kind = "tabular"
    # A data row names no keyword: every line of a CSV or TSV file is a candidate. The prefilter
    # proper is a header's credential column (a credential word before a delimiter), which
    # reaches few lines of other files.
    folded_keyword_patterns = (Headed(lazy_regex(_FOLDED_COLUMN), ("key", "pass", "pwd", "secret", "token"),
                                      lazy_regex(_FOLDED_COLUMN, re.IGNORECASE)),
                               Headed(lazy_regex(_FOLDED_INSERT), ("insert",), lazy_regex(_FOLDED_INSERT, re.IGNORECASE)),
                               Headed(lazy_regex(_FOLDED_COPY), ("copy",), lazy_regex(_FOLDED_COPY, re.IGNORECASE)))
    scan_whole_files = TABULAR_FILE
    remediation = REMEDIATION

    true_samples = (
        Sample("index_name,app_id,api_key,replicas\nproducts,7QK2MZ9WLB,3f9a61c0d2e84b7f95a0c6d1e2b3f4a5,2\n",
               "seed/indices.csv", "an API key column"),
        Sample("service\tusername\tpassword\nsftp\tuploader\tHarbor-Falcon-7712!x\n", "accounts.tsv",
               "a password column of a TSV"),
        Sample("# exported 2024-05\nname;client_id;client_secret\nbilling;billing-app;Qx8vL2mT9rW4kZ7pN3bY6c\n",
               "oauth_clients.csv", "semicolon-separated, a comment before the header"),
        Sample('partner,"access_token",notes\nacme,"tok_9fK2mQ7xL4vR8wZ3pT6y","rotated, Q3"\n', "partners.csv",
               "quoted cells"),
        Sample("CREATE TABLE integrations (\n    id INTEGER PRIMARY KEY,\n    service TEXT NOT NULL, -- the vendor's (display) name\n"
               "    username TEXT,\n    password TEXT\n);\nINSERT INTO integrations VALUES(1,'ftp-export','pricewatch',"
               "'wgvj02PIxv1tK5hqzM1vAs8y');\n", "db/seed.sql", "an sqlite3 .dump row under its CREATE TABLE's columns"),
        Sample("INSERT INTO `api_clients` VALUES (1,'billing','Qx8vL2mT9rW4kZ7pN3bY6cAA'),(2,'crm',NULL);\n"
               "CREATE TABLE `api_clients` (\n  `id` int NOT NULL,\n  `name` varchar(64),\n  `client_secret` varchar(128),\n"
               "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n", "dump.sql", "a mysqldump row (its table created further down)"),
        Sample("INSERT INTO partners (name, api_token) VALUES\n  ('acme', 'tok_9fK2mQ7xL4vR8wZ3pT6yH'),\n  ('globex', NULL);\n",
               "seeds/partners.sql", "an INSERT's column list, its rows on the lines below"),
        Sample("COPY public.tokens (id, user_id, token, created) FROM stdin;\n1\t4\tKd8sX0vB3nQ7zYw1rT5uE9pA\t2024-01-01\n\\.\n",
               "backup.sql", "a pg_dump COPY block"),
        Sample('cur.execute("INSERT INTO users (username, password) VALUES (\'admin\', \'Harbor-Falcon-7712!x\')")\n',
               "scripts/bootstrap.py", "an INSERT in a code string"),
        Sample("partner,host,auth,notes\nClearinghouse,sftp.ch.acme.io,password,temp password HSmWrVMDxWAXAq until cutover\n",
               "partners.csv", "a password given in words in a notes cell"),
        # (blind rounds GO-GT: an inventory's notes cell giving a login's user and password after its label)
        Sample("asset_tag,type,model,ip,notes\nHQ-0031,printer,Kyocera M3655,10.4.0.21,web admin: admin / n2AHD3dBlJ8p9X\n"
               'HQ-0040,kiosk,iPad,dhcp,"timeclock login: kiosk@yard.co / Quill!Harbor5521"\n', "it/inventory/devices.csv",
               "notes cells' login pairs after their labels"),
        # (a proxy provider's export: host, port, user, password; its passwords are short)
        Sample("proxy_address,port,username,password\n203.0.113.9,31280,kqvbmhzt,Lq8mZt2Kx9wR\n", "proxy_list.csv",
               "a server list's password column"),
        # (a team's sheet of portal logins: a chosen password in its password column)
        Sample("vendor,portal_url,login,password,notes\nNorthwind,https://partners.northwind.example.com,ops.team,SSO,\n"
               "Contoso,https://agents.contoso.example.com,ops.desk,Harbor2026#,shared login\n", "ops/portal_logins.csv",
               "a login list's password column"),
        Sample('# Format Version: 5.1.1.0\n"Name","Folder Protocol","Folder Path","Folder User Name","Folder Password"\n'
               '"Studio","SMB","\\\\fs01\\scans","PRINT\\scan-studio","Vq3hTz8mKw5Lr"\n', "devices/mfp/addressbook.csv",
               "a device's address book: its scan folder's path, user and password"),
        Sample("Name,E-mail Address,SMTP User Name,SMTP Password\nScanner,scan@shop.io,scan-relay,Vq3hTz8mKw5Lr\n",
               "exports/address_book.csv", "a user and a password column named for the same thing"),
        Sample("site,device,model,serial,admin_password\nQuay St,order-kiosk-1,iPad 10th gen,HF1C4WQX,Heron!Fern2207\n",
               "exports/kiosk_devices.csv", "a device inventory's password column: each device's own"),
        Sample("INSERT INTO `wp_options` VALUES (1,'siteurl','https://shop.example.com','yes'),"
               "(88,'acme_listings_apikey','Vd4qTn8RzW2mKp6Lx9Hc3J','yes');\n", "backups/options.sql",
               "a settings table's row: the option's name and its value side by side"),
    )
    false_samples = (
        Sample("index_name,app_id,api_key\nproducts_prod,7QK2MZ9WLB,see-vault\nstaging,7QK2MZ9WLB,${ALGOLIA_KEY}\n",
               "seed/indices.csv", "references to a secret store and variables"),
        Sample("username,password\nalice,5f4dcc3b5aa765d61d327deb882cf99b\nbob,e99a18c428cb38d5f260853678922e03\n",
               "users.csv", "password digests"),
        Sample("username,password\nalice,pbkdf2_sha256$600000$Xq9LmN2v$Kd8sX0vB3nQ7zYw1rT5uE9pA2cF6hJ4kL8mN0qS3v=\n",
               "users.csv", "a Django password hash"),
        Sample("service,secret_name,password_hash\nbilling,prod/billing/stripe-key-2024,$2b$12$R9h/cIPz0gi.URNNX3kh2O\n",
               "secrets_index.csv", "columns naming what is not the value"),
        Sample("name,search_api_key\nshop,9c3d8f2a7b6e4d1c0a9f8e7d6c5b4a39\n", "search.csv",
               "a search-only key (public by design)"),
        Sample("id,token\n1,abc\n2,changeme\n", "fixtures.csv", "short made-up values"),
        Sample("host,port,username,password\n203.0.113.9,31280,kqvbmhzt,changeme\n", "proxy_list.csv",
               "a server list's stock password"),
        Sample("key,en,fr\nlogin.password,Password,Mot de passe\n", "i18n.csv", "a translation table"),
        Sample("partner,auth,notes\nMidwest,password,password in keyring\nLab,password,password managed by CyberArk\n",
               "partners.csv", "notes saying where a password is kept"),
        Sample('asset_tag,notes\nHQ-0031,web admin: admin / admin\nHQ-0032,"login: ops / see 1Password"\nHQ-0033,admin: HR / Finance\n'
               "HQ-0034,console: COM1 / 9600\nHQ-0035,web UI: admin / ********\n", "it/inventory/devices.csv",
               "notes cells' stock passwords, references, words and settings split by a slash"),
        Sample("api_key,description\nX7pQ2mL9vR4tZ8wK3nB6yC1d,unused\n", "notes.txt", "not a tabular file"),
        Sample("INSERT INTO auth_user (username, password) VALUES ('alice', "
               "'pbkdf2_sha256$600000$Xq9LmN2v$Kd8sX0vB3nQ7zYw1rT5uE9pA2cF6hJ4kL8mN0qS3v=');\n", "fixtures.sql",
               "a Django password hash in a password column"),
        Sample('cur.execute("INSERT INTO users (username, password) VALUES (%s, %s)", (user, password))\n', "db.py",
               "bind parameters"),
        Sample("INSERT INTO users (username, password) VALUES ('ops', crypt('changeme', gen_salt('bf')));\n",
               "seed.sql", "a call, not a literal cell"),
        Sample("INSERT INTO integrations VALUES(1,'ftp-export','pricewatch','wgvj02PIxv1tK5hqzM1vAs8y');\n", "seed.sql",
               "no column list and no CREATE TABLE: the column is unknown"),
        Sample("COPY public.tokens (id, token_id, note) FROM stdin;\n1\tKd8sX0vB3nQ7zYw1rT5uE9pA\tseed\n\\.\n",
               "backup.sql", "a column naming what is not the value"),
        Sample("INSERT INTO settings (name, secret_ref) VALUES ('stripe', 'vault:secret/data/stripe#key');\n",
               "settings.sql", "a reference to a secret store"),
        Sample("vendor,portal_url,login,password\nNorthwind,https://partners.northwind.example.com,ops.team,SSO\n"
               "Contoso,https://agents.contoso.example.com,ops.desk,see 1Password\n", "ops/portal_logins.csv",
               "a login list whose passwords are kept elsewhere"),
        Sample('"Name","Folder Path","Folder User Name","Folder Password"\n"Studio","\\\\fs01\\scans","scan",""\n'
               '"Desk","\\\\fs01\\desk","desk","********"\n', "devices/mfp/addressbook.csv",
               "an address book's blank and masked folder passwords"),
        Sample("hostname,serial,admin_password\ntill-1,HF1C4WQX,changeme\ntill-2,HF1C4WQY,********\ntill-3,HF1C4WQZ,see MDM\n",
               "exports/devices.csv", "a device inventory's stock, masked and referenced passwords"),
        Sample("INSERT INTO `wp_options` VALUES (7,'acme_apikey','Enter your API key','yes'),(8,'acme_apikey_set','yes','no');\n",
               "backups/options.sql", "a settings row's label and a flag, no key"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._schemas: Optional["Schemas"] = None

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        if not TABULAR_FILE.search(filename):
            yield from self._sql_rows(lines, index, filename)
            return
        line = line_text(lines, index)
        if len(line) > MAX_ROW or not line.strip() or line.lstrip().startswith("#"):
            return
        header = header_of(lines)
        if header is None or index <= header[0]:
            return
        delimiter = _delimiter(header[1], filename)
        yield from _worded_passwords(line)
        yield from _worded_network_keys(line)
        yield from _worded_keys(line)
        if "/" in line:  # (`web admin: admin / …`; `rtsp admin / …` with no colon)
            yield from _login_pair_cells(line, delimiter)
        paired: Tuple[int, ...] = ()  # (a login column's cell holding a pair: read as the pair only)
        if "/" in line or ":" in line:
            logins = login_pair_columns(header[1], delimiter)
            if logins and delimiter in line:
                pairs = list(_login_column_pairs(_cells(line, delimiter), logins))
                paired = tuple(number for number, _ in pairs)
                yield from (match for _, match in pairs)
        columns = tuple(column for column in credential_columns(header[1], delimiter) if column[0] not in paired)
        setting = settings_sheet(header[1], delimiter)
        if setting is not None and delimiter in line:
            # (a settings sheet's row: its setting's name and value, read as an SQL settings table's; its name column
            # holds settings' names, no credential's value)
            row = _cells(line, delimiter)
            if setting[1] < len(row):
                yield from _named_settings(iter([(0, [row[setting[0]], row[setting[1]]])]), False,
                                            "a settings sheet's row")
            columns = tuple(column for column in columns if column[0] != setting[0])
        networks = network_key_columns(header[1], delimiter)
        integrations = integration_key_columns(header[1], delimiter)
        kept = _KEPT_COLUMNS.of(lines).get((header[0], delimiter), ())
        if (not columns and not networks and not integrations and not kept) or delimiter not in line:
            return
        cells = _cells(line, delimiter)
        keys = set()
        public = bool(integrations) and public_key_row(cells, key_kind_columns(header[1], delimiter))
        owner_only = bool(integrations) and kept_by_owner(header[1], delimiter)
        for number, name in integrations:
            value = cells[number].strip() if number < len(cells) else ""
            if public and _VALUE_COLUMN.match(name):
                continue  # (the row's key is public by design: see public_key_row)
            if owner_only and not owner_sheet_key(value) and not _VALUE_COLUMN.match(name):
                continue  # (an owner's sheet naming no account: see kept_by_owner; a `value` beside a key's name is its key)
            if number not in keys and integration_key(value, name):
                keys.add(number)
                yield Match(secret=value, confidence=MEDIUM,
                            description=f"an integration's key in the column {name} of a sheet of integrations",
                            details={"column": name, "form": "table-cell"})
        for number, name in networks:
            value = cells[number].strip() if number < len(cells) else ""
            if network_key(value, name):
                keys.add(number)
                yield Match(secret=value, confidence=MEDIUM,
                            description=f"Wi-Fi network's key in the column {name} of a table of networks",
                            details={"column": name, "form": "table-cell"})
        columns = tuple(column for column in columns if column[0] not in keys)  # (a password column's cell: read once)
        for number in kept:
            value = cells[number].strip() if number < len(cells) else ""
            if number not in keys and kept_column_password(value):
                keys.add(number)
                name = header_names(header[1], delimiter)[number] if number < len(header_names(header[1], delimiter)) else ""
                yield Match(secret=value, confidence=MEDIUM,
                            description=f"password in the column {name} of a sheet whose other rows say theirs is kept in "
                                        "a password manager",
                            details={"column": name, "form": "table-cell"})
        columns = tuple(column for column in columns if column[0] not in keys)
        devices = device_inventory(header[1], delimiter)
        servers = server_list(header[1], delimiter) or login_list(header[1], delimiter) or devices
        extensions = not servers and extension_sheet(header[1], delimiter)
        head_first = paired_password_columns(header_names(header[1], delimiter)) if servers else frozenset()
        keyed = key_worded_password_columns(header_names(header[1], delimiter))
        for number, name in columns:
            if number < len(cells):
                value = cells[number].strip()
                # (a head-first pair's password column, `clave_portal`, is judged as a password's: see
                # paired_password_columns; a Romance key's word holding one too, `clau`, `clau_mdm`)
                read = "password" if name in head_first or name in keyed else name
                if is_cell_credential(name if name not in keyed else read, value) or (servers and server_password(read, value)) or (
                        extensions and extension_password(name, value)) or (devices and device_password(name, value)):
                    yield Match(secret=value, confidence=MEDIUM,
                                description=f"generated-looking value in the credential column {name} of a table",
                                details={"column": name, "form": "table-cell"})

    def _sql_rows(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        """The credential columns' values of an SQL statement's rows (INSERT, COPY) on this line;
        in documentation, warnings (its values are examples, as every kind reads them there)."""
        line = line_text(lines, index)
        if "nsert" not in line and "NSERT" not in line and "opy" not in line and "OPY" not in line:
            return
        # (imported here: a hook run on source files never meets an SQL statement)
        from secretfence.kinds._sql_tables import (COPY, INSERT, MAX_STATEMENT_LINE, Schemas, column_names, copy_rows,
                                                   table_key, value_rows, wrapped_insert)
        from secretfence.kinds._telecom_configs import sip_account_table

        copied = COPY.match(line) if ("opy" in line or "OPY" in line) else None
        table = ""
        if copied is not None:
            columns = column_names(copied.group("columns"))
            rows = copy_rows(lines, index, MAX_ROW)
            table = table_key(copied.group("table"))
        else:
            inserted = INSERT.search(line[:MAX_STATEMENT_LINE])
            if inserted is None:
                # (a column list run on over the lines below its head: a formatted migration's)
                wrapped = wrapped_insert(lines, index)
                if wrapped is None:
                    return
                table, columns, below, start = table_key(wrapped[0]), wrapped[1], wrapped[2], wrapped[3]
                rows = ((below + offset, cells) for offset, cells in value_rows(lines, index + below, start, below=True))
            else:
                table = table_key(inserted.group("table"))
                if inserted.group("columns") is not None:
                    columns = column_names(inserted.group("columns"))
                else:
                    if self._schemas is None:
                        self._schemas = Schemas()
                    columns = self._schemas.of(lines).get(table, ())
                # (a statement that opens its line may run on below it; one inside a code string does not)
                # (blanks as _STATEMENT_HEAD reads them: a form feed before INSERT is no statement's start)
                opens_line = not line[: inserted.start()].strip(" \t")
                rows = value_rows(lines, index, inserted.end(), below=opens_line)
        in_documentation = filename.lower().endswith(DOCUMENT_SUFFIXES)
        credential = [(number, name) for number, name in enumerate(columns[:MAX_COLUMNS]) if credential_column(name)]
        # (stop 69: a table of the API keys a service issued, its bare `key` column: see issued_keys_column)
        issued = issued_keys_column(table, columns[:MAX_COLUMNS]) if not credential else None
        if issued is not None:
            # (its rows read as a settings table's too, as they were: `(key, val)` holding a setting's name and value)
            named, rows = itertools.tee(rows)
            yield from _named_settings(named, in_documentation)
            credential = [issued]
        if credential and settings_columns(columns[:MAX_COLUMNS], credential):
            # (`clave, valor`: the key column holds each setting's name, read as English's `key, value`; its own cells
            # still judged as a credential column's, a user's table's `(usuario, clave, valor)` holding its passwords
            # there: a setting's name is no generated value)
            named, rows = itertools.tee(rows)
            yield from _named_settings(named, in_documentation)
        elif not credential:
            # (a settings table's rows: a setting's name and its value side by side)
            yield from _named_settings(rows, in_documentation)
            return
        # (a SIP account's row, Kamailio's uacreg or Asterisk's ps_auths: its password is a login's, judged
        # as a server list's)
        accounts = sip_account_table(table)
        # (a table of logins, servers or devices, as a sheet's header names them: `controller_ip, controller_user,
        # controller_pass`; its password cells are chosen passwords, judged as a login list's)
        header = "\t".join(columns[:MAX_COLUMNS])
        logins = server_list(header, "\t") or login_list(header, "\t") or device_inventory(header, "\t")
        reported = set()
        cap = LineCap()  # findings a line: a hostile row list stops at MAX_FINDINGS_A_LINE
        key_names = key_naming_columns(columns[:MAX_COLUMNS])
        for offset, cells in rows:
            if cap.full(offset):
                continue
            if key_names and public_key_named(cells, key_names):
                continue  # (the row names its key a public one: `('stripe_publishable_key', 'pk_live_…')`)
            for number, name in credential:
                value = cells[number] if number < len(cells) else None
                if value is None or value in reported:
                    continue
                if issued is not None:
                    if not issued_key(table, value.strip()):
                        continue
                    what = f"API key in the column {name} of an SQL {table} row, a table of the keys issued"
                elif is_cell_credential(name, value.strip()):
                    what = f"generated-looking value in the credential column {name} of an SQL table's row"
                elif accounts and server_password(name, value.strip()):
                    what = f"SIP account's password in the column {name} of an SQL {table} row"
                elif logins and server_password(name, value.strip()):
                    what = f"login's password in the column {name} of an SQL {table} row"
                else:
                    continue
                if cap.take(offset):
                    reported.add(value)
                    yield Match(secret=value.strip(), confidence=LOW if in_documentation else MEDIUM, line_offset=offset,
                                description=what, details={"column": name, "form": "sql-row"})


# (stop 69) A table of the API keys a service issued to its partners or clients, a row each (a seed's or a migration's
# `INSERT INTO partner_keys (partner, scopes, key, created_at)`, `partner_api_keys`, `api_keys`, `client_keys`): its bare
# `key` column (`key`, `api_key`'s bare word, `key_value`) holds the keys themselves, which every caller of the API sends.
# A bare `key` column is any lookup's elsewhere (a settings table's beside its `value`, a translation's, a cache's): read
# only where the table's name ends in keys (its last word `keys`, `apikeys`), no `value` column beside it, and a cell
# only where it is drawn as an issued key is (integration_key); anywhere, a key in live mode with a drawn body
# (`ahp_live_…`, _literal_reading's _live_mode_key), as the literal kind reads one under a bare `key`.
_ISSUED_KEYS_TABLE = lazy_regex(r"(?i)(?:^|_)(?:api_?)?keys$|^apikeys$")
# (review 70) A table of keys that are no secret a service issued, by the word before `keys`: public keys (`public_keys`,
# `ssh_keys`, `gpg_keys`, `deploy_keys`, `known_hosts`' `host_keys`), a request's idempotency key, a cache's, a
# translation's or a lookup's key: drawn as often (`INSERT INTO idempotency_keys (key, …) VALUES ('…')`), and blocked.
_NOT_ISSUED_KEYS_TABLE = lazy_regex(r"(?i)(?:^|_)(?:public|pub|ssh|gpg|pgp|deploy|host|idempotency|idempotent|cache|cached"
                                    r"|translation|translations|i18n|locale|lookup|dedup|dedupe|sort|partition|foreign"
                                    r"|primary|unique|index|object|storage|redis|hotkey|hot)_?keys$")
# (a seed's key marked for another mode than live, `ge_test_…`, `demo_…`: the development database's)
_NOT_LIVE_MARK = lazy_regex(r"(?i)(?:^|[_.-])(?:test|sandbox|dev|demo|example|fake|dummy|staging)(?:[_.-]|$)")
_ISSUED_KEY_COLUMN = lazy_regex(r"(?i)^(?:key|key_value|api_key_value)$")


def issued_keys_column(table: str, columns: Sequence[str]) -> Optional[Tuple[int, str]]:
    """(index, name) of a bare `key` column (see _ISSUED_KEYS_TABLE's note), or None where a `value` column stands
    beside it (a settings table's) or none is bare."""
    names = [name.strip("`\"[]") for name in columns]
    if any(_SETTING_VALUE_COLUMN.match(name) for name in names):
        return None
    for number, name in enumerate(names):
        if _ISSUED_KEY_COLUMN.match(name):
            return number, name
    return None


def issued_key(table: str, value: str) -> bool:
    """A bare `key` column's cell (see _ISSUED_KEYS_TABLE's note): a live-mode key anywhere, a drawn key in a table of
    the keys issued."""
    from secretfence.kinds._literal_reading import _live_mode_key

    if _live_mode_key(value):
        return True
    return (_ISSUED_KEYS_TABLE.search(table) is not None and _NOT_ISSUED_KEYS_TABLE.search(table) is None
            and _NOT_LIVE_MARK.search(value) is None
            and integration_key(value, "key") and not _HEX_DIGEST.match(value))


# A settings table's columns in the languages whose word for a key is a password's as often (Spanish's and Galician's
# `clave`, Portuguese's `chave`, Catalan's `clau`): a bare key column beside a value's (`INSERT INTO parametros (clave,
# valor, descricion)`, `(chave, valor)`) holds each setting's name, its value beside it, as English's `key, value` does:
# the rows are read as a settings table's (_named_settings: `('smtp.contrasinal', '…')` blocks). A bare key column
# without a value's stays a credential's (`usuario, clave`).
_SETTING_VALUE_COLUMN = lazy_regex(r"(?i)^(?:value|valor|valores|valore|valeur|wert|waarde|v(?:ä|a)rde|verdi|v(?:æ|ae)rdi"
                                   r"|warto(?:ś|s)(?:ć|c)|hodnota|de(?:ğ|g)er|valoare)$")


# (stop 64) A settings sheet: a CSV or TSV whose header names each row's setting and its value side by side (`setting,
# value,notes`, `name,value`, `parameter;wert`, `key,value`), as a settings table's rows hold them: a payment gateway's
# `consumer_secret,…` row is that setting's value, read as an SQL settings table's row is (_named_settings).
_SETTING_NAME_COLUMN = lazy_regex(r"(?i)^(?:settings?|name|parameters?|param|options?|variables?|var|field|property|config"
                                  r"|item|entry|einstellung|parameter|param(?:è|e)tre|par(?:á|a)metro|parametro|instelling"
                                  r")(?:[_ .-]?name)?$")


@lru_cache(maxsize=64)
def settings_sheet(header: str, delimiter: str) -> Optional[Tuple[int, int]]:
    """(name, value) indexes of a settings sheet's columns (see _SETTING_NAME_COLUMN), or None: a column naming each
    row's setting (or a bare key column, `key`, `clave`) then a value's column (_SETTING_VALUE_COLUMN)."""
    columns = [column_name(cell) for cell in _cells(header, delimiter)[:MAX_COLUMNS]]
    for number in range(len(columns) - 1):
        name, value = columns[number], columns[number + 1]
        if (_SETTING_NAME_COLUMN.match(name) or _BARE_KEY_COLUMN.match(name)) and _SETTING_VALUE_COLUMN.match(value):
            return number, number + 1
    return None


def settings_columns(columns: Sequence[str], credential: Sequence[Tuple[int, str]]) -> bool:
    """The statement's credential columns are bare key words beside a value's column: a settings table's name and
    value (see _SETTING_VALUE_COLUMN's note)."""
    return (all(_BARE_KEY_COLUMN.match(name.strip("`\"[]")) or name.strip("`\"[]").lower() == "clau"
                for _, name in credential)
            and any(_SETTING_VALUE_COLUMN.match(name.strip("`\"[]")) for name in columns))


# A setting's name written as a path of parts (`imei.sickw.key`, `carriers/acme/key`, `acme:api:key`).
_SETTING_PATH = lazy_regex(r"[\w-][./:][\w-]")


def _named_settings(rows: Iterator[Tuple[int, List[Optional[str]]]], in_documentation: bool,
                    where: str = "an SQL settings table's row") -> Iterator[Match]:
    """A settings table's credentials: in each row, a literal naming a credential (`acme_apikey`,
    `smtp_password`) and the literal after it, its value (see the module's doc). A service's key named by the
    setting's path (`imei.sickw.key`, `payments.acme.key`, Magento's `carriers/acme/key`: the service's section, then
    `key`) holding a generated value is read as the same name assigned in a configuration is (`<SERVICE>_KEY`:
    credential_keys.names_a_credential_holding). (A name of one part, `server_key`, stays read by its words: a vendor's
    SDK key there is the service kind's to report.)"""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential_holding, names_a_password
    from secretfence.kinds._sql_tables import named_cells

    reported = set()
    cap = LineCap()
    for offset, cells in rows:
        if cap.full(offset):
            continue
        for name, value in named_cells(cells, MAX_COLUMNS):
            value = value.strip()
            if value in reported or not (names_a_credential(name) or (
                    _SETTING_PATH.search(name) is not None and names_a_credential_holding(name, value))):
                continue
            if is_cell_credential(name, value) or (names_a_password(name) and server_password(name, value)):
                if cap.take(offset):
                    reported.add(value)
                    yield Match(secret=value, confidence=LOW if in_documentation else MEDIUM, line_offset=offset,
                                description=f"value of the setting {name} in {where}",
                                details={"column": name, "form": "sql-setting"})


def _worded_passwords(line: str) -> Iterator[Match]:
    """A password a free-text cell gives in words (`temp password X until cutover`), in any column."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._integration_forms import worded_passwords

    for value in worded_passwords(line):
        if is_literal_credential(value, True, False, key="password") and not _HEX_DIGEST.match(value):
            yield Match(secret=value, confidence=MEDIUM, description="password given in words in a table's cell",
                        details={"form": "table-text"})


# (stop 64, notes) An API key or token a free-text cell gives in words after naming it with what it is (a partners'
# sheet's notes: `temp key hk_… (Sreyneang, rotate!)`, `new token: …`, `live key …`): a drawn value, both cases and a
# digit among sixteen characters or more (looks_generated), judged as a key's value; an id, a hex digest, a UUID in one
# case, a stand-in (`key in vault`) are none.
_WORDED_KEY = lazy_regex(
    r"""(?i)(?:^|[\s,;|"'(])(?:temp(?:orary)?|new|live|prod(?:uction)?|api|access|secret|partner|webhook)[ \t]+"""
    r"""(?:key|token)(?:[ \t]+(?:is|was))?(?:[ \t]*[:=][ \t]*|[ \t]+)"""
    r"""(?P<value>[A-Za-z0-9][A-Za-z0-9_.+/=-]{15,255})(?![^\s,;|"'()])""")
_WORDED_KEYS_A_LINE = 8


def _worded_keys(line: str) -> Iterator[Match]:
    """An API key or token a free-text cell gives in words (see _WORDED_KEY), in any column."""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._helpers import looks_generated

    lowered = line.lower()
    if "key" not in lowered and "token" not in lowered:
        return
    for count, found in enumerate(_WORDED_KEY.finditer(line)):
        if count >= _WORDED_KEYS_A_LINE:
            return
        value = found.group("value").rstrip(".")
        if (looks_generated(value) and not value.islower() and not value.isupper() and not _HEX_DIGEST.match(value)
                and is_literal_credential(value, True, False, key="api_key")):
            yield Match(secret=value, confidence=MEDIUM, description="key given in words in a table's cell",
                        details={"form": "table-text"})


# A Wi-Fi network's key a free-text cell gives in words after naming it (an inventory's notes: `WPA2 key <passphrase>`,
# `Wi-Fi key: …`, `WPA PSK …`, `network key is …`; `wifi password …` is a worded password's): judged as a network
# list's key cell is (network_key: 8 to 63 characters; `same as SKM-WH`, `(vault)`, `see keeper` are none).
_WORDED_NETWORK_KEY = lazy_regex(
    r"""(?i)(?:^|[\s,;|"'(])(?:wpa[23]?(?:[ \t-]?(?:personal|psk))?|wi-?fi|wlan|wireless|network)[ \t]+"""
    r"""(?:key|psk|passphrase|pre-?shared[ \t]+key)(?:[ \t]+(?:is|was))?(?:[ \t]*[:=][ \t]*|[ \t]+)"""
    r"""(?P<value>[^\s,;|"'()]{8,63})(?![^\s,;|"'()])""")
_WORDED_NETWORK_KEYS_A_LINE = 8


def _worded_network_keys(line: str) -> Iterator[Match]:
    """A Wi-Fi network's key a free-text cell gives in words (see _WORDED_NETWORK_KEY), in any column."""
    lowered = line.lower()
    if "key" not in lowered and "psk" not in lowered and "passphrase" not in lowered:
        return
    for count, found in enumerate(_WORDED_NETWORK_KEY.finditer(line)):
        if count >= _WORDED_NETWORK_KEYS_A_LINE:
            return
        value = found.group("value")
        if network_key(value, "wpa_passphrase"):
            yield Match(secret=value, confidence=MEDIUM, description="Wi-Fi network's key given in words in a table's cell",
                        details={"form": "table-text"})


# A free-text cell giving a login's user and password after a label naming the login, the account it opens or the
# interface it opens (`web admin: admin / …`, `"kiosk admin: kiosk.admin@… / …"`, `portal login: ops / …`, `root: root /
# …`, `web UI: admin / …`), as an inventory's notes column does: the password is the login's, judged as a login list's
# password column is (a stock word, `changeme`, a mask or a reference is none; a short generated one, `m5x8jebO2BI2`,
# is). The password ends at a blank (a note may follow it).
_LOGIN_PAIR_CELL = lazy_regex(
    r"""^(?P<label>(?:[A-Za-z][\w.&'-]{0,31}[ \t]){0,4}(?i:login|logon|log-in|sign-in|credentials|creds|admin|administrator"""
    r"""|root|superuser|account|ui|gui|console|portal|apple[ \t-]?id|icloud))[ \t]*:[ \t]*(?P<user>[\w.@\\+-]{1,128})[ \t]*/[ \t]*"""
    r"""(?P<value>[^\s/]{1,256})(?:[ \t]|$)""")

# (or with no colon, the interface it opens named before an administrator's account: a camera sheet's `rtsp admin / …`,
# `web root / …`: the account says a login whatever the words before it, as login_word_pair's does)
_ADMIN_PAIR_CELL = lazy_regex(
    r"""^(?P<label>(?:[A-Za-z][\w.&'-]{0,31}[ \t]){1,4})(?P<user>(?i:admin|administrator|root|superuser))[ \t]*/[ \t]*"""
    r"""(?P<value>[^\s/]{1,256})(?:[ \t]|$)""")


# (review) a key file's name or path after an administrator's account (`ssh root / id_ed25519`, `ssh admin / ~/.ssh/ops.pem`)
_KEY_FILE_VALUE = lazy_regex(r"""(?i)^(?:~|\.{0,2}/|id_(?:rsa|dsa|ecdsa|ed25519)(?:[-_.][\w.-]{0,64})?$|[\w.-]{1,128}\.(?:pem|key|ppk|pub|p12|pfx|crt)$)""")


# The same pair where a sentence names the account before its colon (a repair ticket's note: `owner left their Apple ID
# to unlock it once fixed: j.doe@… / …`, `iCloud for the activation lock: …`, `their Google account, to restore: …`): the
# user an address, as an account's login is (Apple ID, iCloud, Google's, Microsoft's), the sentence naming an account, a
# login or a password. Each colon a cell holds is read (_COLONS_A_CELL), the sentence's last characters before it.
_ACCOUNT_WORDS = lazy_regex(r"""(?i)(?<![a-z])(?:apple[ \t-]?id|icloud|accounts?|log-?ins?|logon|sign-?in|credentials|creds"""
                            r"""|passwords?|passcode|pw)(?![a-z])""")
_ADDRESS_PAIR = lazy_regex(r"""[ \t]*(?P<user>[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})[ \t]*/[ \t]*"""
                           r"""(?P<value>[^\s/]{1,256})(?:[ \t]|$)""")
_COLONS_A_CELL = 4
_SENTENCE_READ = 160  # characters before a colon read for the account's word


def _account_pairs(cell: str) -> Iterator[Tuple[str, str, str]]:
    """(label, user, password) of a cell's login pair: after a label naming the login (_LOGIN_PAIR_CELL), an administrator's
    after the interface it opens (_ADMIN_PAIR_CELL), or an address
    and its password after a colon ending a sentence that names the account (_ADDRESS_PAIR, _ACCOUNT_WORDS)."""
    found = _LOGIN_PAIR_CELL.match(cell) if ":" in cell else _ADMIN_PAIR_CELL.match(cell)
    if found is not None:
        if ":" not in cell and _KEY_FILE_VALUE.match(found.group("value")) is not None:
            return  # (review: `ssh root / id_ed25519`, `ssh admin / ops.pem`: the key file it signs in with, no password)
        yield found.group("label").strip(), found.group("user"), found.group("value")
        return
    if "@" not in cell:
        return
    colon = cell.find(":")
    for _ in range(_COLONS_A_CELL):
        if colon < 0:
            return
        pair = _ADDRESS_PAIR.match(cell, colon + 1)
        if pair is not None:
            named = _ACCOUNT_WORDS.search(cell, max(0, colon - _SENTENCE_READ), colon)
            if named is not None:
                yield named.group(0), pair.group("user"), pair.group("value")
                return
        colon = cell.find(":", colon + 1)


# A column named for a login (`login`, `hub_login`, `admin_login`, `web_credentials`, `creds`, `user/password`), its
# cells the login's user and password split by `/` (an inventory's `admin/…`, `ops / …`) or by `:`, as a Markdown table's login
# column's cells are (_tool_outputs' _LOGIN_HEADER): the password the pair's second part, judged as a login list's
# password column is (a stock word, a mask, a reference is none). A cell of one part is the user alone: not read.
_LOGIN_PAIR_COLUMN = lazy_regex(r"""(?i)^(?:[a-z0-9]{1,24}[_ .-]){0,2}(?:log-?(?:in|on)|credentials?|creds|sign[_ -]?in)$"""
                                r"""|^(?:user(?:[_ ]?name)?|login|account)[ \t]*/[ \t]*(?:password|pass|pwd|pw)$""")
_COLUMN_PAIR = lazy_regex(r"""^(?P<user>[\w.@\\+-]{1,128})(?:[ \t]*/[ \t]*|:)(?P<value>[^\s/:]{1,256})$""")  # (or `user:password`)


@lru_cache(maxsize=64)
def login_pair_columns(header: str, delimiter: str) -> Tuple[Tuple[int, str], ...]:
    """(index, name) of the header's columns named for a login (see _LOGIN_PAIR_COLUMN)."""
    columns = ((number, column_name(cell)) for number, cell in enumerate(_cells(header, delimiter)[:MAX_COLUMNS]))
    return tuple((number, name) for number, name in columns if _LOGIN_PAIR_COLUMN.match(name) is not None)


def _login_column_pairs(cells: Sequence[str], columns: Tuple[Tuple[int, str], ...]) -> Iterator[Tuple[int, Match]]:
    """(column, match) of each login's password a login column's cell gives after its user (see _LOGIN_PAIR_COLUMN)."""
    for number, name in columns:
        cell = cells[number].strip() if number < len(cells) else ""
        pair = _COLUMN_PAIR.match(cell) if "/" in cell or ":" in cell else None
        if pair is not None and server_password("password", pair.group("value")):
            yield number, Match(secret=pair.group("value"), confidence=MEDIUM,
                                description=f"password of {pair.group('user')} in the login column {name} of a table",
                                details={"column": name, "form": "table-cell"})


def _login_pair_cells(line: str, delimiter: str) -> Iterator[Match]:
    """Each login's password a row's free-text cell gives after its user (see _LOGIN_PAIR_CELL, _account_pairs)."""
    for cell in _cells(line, delimiter)[:MAX_COLUMNS]:
        if "/" not in cell:
            continue
        for label, user, value in _account_pairs(cell.strip()):
            if server_password("password", value):
                yield Match(secret=value, confidence=MEDIUM, description=f"password of {user} (the {label}) in a table's cell",
                            details={"form": "table-text"})


def names_a_credential(name: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential as names

    return names(name)


KIND = Kind.of(SecretfenceTabularDetector)
