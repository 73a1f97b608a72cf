"""The literal kind's readers of what offensive-security tools print and read: the credentials an
operator found, saved as the tool wrote them.

- A login cracker's result line: thc-hydra's `[22][ssh] host: 10.0.0.5   login: deploy   password: …`,
  Medusa's `ACCOUNT FOUND: [ssh] Host: … User: … Password: … [SUCCESS]`.
- A cracked hash: hashcat's `--show`/outfile and John's pot, `<hash>:<plaintext>`. A Kerberos
  hash (`$krb5tgs$…`, `$krb5asrep$…`, Kerberoasting and AS-REP roasting) followed by its plaintext
  anywhere; a plain hex hash (NTLM, MD5, SHA-1) and its plaintext only in a file named for cracked
  hashes (`*.pot`, `*.potfile`, `*.cracked`, `cracked*.txt`), where the line holds nothing else.
- proxychains' `[ProxyList]` entry `socks5 <host> <port> <user> <password>` (proxychains.conf).
- Metasploit's console: a resource script's (`.rc`) `set SMBPass …`, `setg PASSWORD …`.

Each value is left to the kind's value judgement (`_is_credential`): a cracked `password` or a
stock `toor` is no finding.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.kinds._config_forms import LOCALIZED_KEY_FIRST, LOCALIZED_KEY_LAST, PAIRED_KEY_WORDS, names_a_user
from secretfence.kinds._helpers import (
    GERMANIC_PASSWORD_WORDS, INDIC_PASSWORD_SPELLINGS, INDIC_PASSWORD_WORDS, LastFileMemo, table_cells, table_delimiter_row,
)
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value)
Placed = Tuple[int, str, str, str]

# Files read whole (no keyword needed on the line): proxychains' configuration, a cracker's pot.
WHOLE_FILES = r"(?:^|[/\\!])(?:[^/\\!]*proxychains[^/\\!]*\.conf|[^/\\!]*\.(?:pot|potfile|cracked)|cracked[^/\\!]{0,40}\.txt)$"
_CRACKED_FILE = lazy_regex(WHOLE_FILES, re.IGNORECASE)
_PROXYCHAINS_FILE = lazy_regex(r"proxychains[^/\\!]*\.conf$", re.IGNORECASE)

# (An operator's working notes and a program's log are no documentation: `_helpers.is_no_document`.)

# A working note's or a runbook's Markdown table: read whole (a row of cracked accounts, a runbook's accounts
# table, names no key). (A runbook is the operators' own procedure, no reader's example: _helpers' _RUNBOOK.)
WORKING_TABLES = (r"(?:^|[/\\!])(?:(?:notes|loot|engagements?|pentests?|red-?team|run-?books?)[/\\!](?:[^!]*[/\\])?[^/\\!]*"
                  r"|(?:[^/\\!]*[._-])?run-?book[^/\\!]*)\.md$")
_TABLE_LINE_READ = 4096  # a table's row is read up to this long
_PASSWORD_HEADERS = frozenset({"password", "pass", "passwd", "pwd", "pw", "cleartext", "plaintext", "cracked", "credential",
                               "cracked password", "cleartext password", "passwort", "kennwort", "contraseña", "contrasena",
                               "contrasenya",  # (Catalan's)
                               "contrasinal", "parol",  # (Galician's; Uzbek's)
                               "clave", "senha", "palavra-passe", "mot de passe", "wachtwoord", "hasło", "haslo", "heslo", "lösenord",
                               "losenord", "passord", "adgangskode",
                               "parolă", "parola", "şifre", "sifre",  # (Romanian's, Turkish's)
                               "lozinka", "geslo",  # (Croatian's, Serbian's and Bosnian's; Slovene's)
                               "salasana", "salasanat",  # (Finnish's)
                               # (Latvian's, Estonian's, Lithuanian's with and without its accent; Hebrew's, in both spellings;
                               # Vietnamese's, Korean's and Thai's: `| Mật khẩu |`, `| 비밀번호 |`, `| 비번 |`, `| รหัสผ่าน |`)
                               "parole", "parool", "slaptažodis", "slaptazodis", "סיסמה", "סיסמא",
                               "mật khẩu", "mat khau", "비밀번호", "비번", "รหัสผ่าน",
                               # (Malay's and Indonesian's, Russian's and Ukrainian's, Bulgarian's: `| Kata laluan |`,
                               # `| Kata sandi |`, `| Пароль |`, `| Парола |`)
                               "kata laluan", "kata sandi", "пароль", "парола", "парол",  # (and Tajik's)
                               # (Icelandic's, with its `ð` or spelled `d`; Serbian's in Cyrillic; Georgian's; Persian's:
                               # `| Lykilorð |`, `| Лозинка |`, `| პაროლი |`, `| رمز |`, `| رمز عبور |`)
                               "lykilorð", "lykilord", "лозинка", "პაროლი", "رمز", "رمز عبور", "گذرواژه",
                               # (Swahili's, Basque's, Mongolian's, Armenian's, Bengali's: `| Nenosiri |`, `| Pasahitza |`,
                               # `| Нууц үг |`, `| Գաղտնաբառ |`, `| পাসওয়ার্ড |`)
                               "nenosiri", "pasahitza", "pasahitzak", "нууц үг", "գաղտնաբառ", "পাসওয়ার্ড",
                               # (Albanian's, Kyrgyz's, Nepali's and Hindi's, Tamil's, Afrikaans's: `| Fjalëkalimi |`,
                               # `| Сырсөз |`, `| पासवर्ड |`, `| கடவுச்சொல் |`, `| Wagwoord |`)
                               "fjalëkalim", "fjalëkalimi", "fjalekalim", "fjalekalimi", "fjalëkalimet", "сырсөз",
                               "сырсөздөр", "पासवर्ड", "கடவுச்சொல்", "wagwoord", "wagwoorde", "wachtwurd",
                               # (stop 65: Kannada's, Telugu's, Malayalam's, Gujarati's, Punjabi's, Odia's borrowed word,
                               # _helpers': `| ಪಾಸ್‌ವರ್ಡ್ |`)
                               *INDIC_PASSWORD_SPELLINGS,
                               "серсүз",  # (stop 62: Tatar's: `| Серсүз |`)
                               "passwuert",  # (Luxembourgish's: `| Passwuert |`)
                               # (Azerbaijani's, its schwa written or spelled `e`: `| Şifrə |`)
                               "şifrə", "sifrə",
                               # (Scottish Gaelic's, Hausa's, Amharic's: `| Facal-faire |`, `| Kalmar sirri |`, `| የይለፍ ቃል |`)
                               "facal-faire", "facal faire", "kalmar sirri", "kalmomin sirri", "kalmar wucewa",
                               "የይለፍ ቃል",
                               # (review: Faroese's `| Loyniorð |`, read in its list items already; `psw`, a password's
                               # abbreviation since stop 60, `| PSW |`)
                               "loyniorð", "loyniord", "psw",
                               # (stop 61: Malagasy's `tenimiafina` (a hidden word), written apart too; Samoan's `upu
                               # fa'alilolilo` (a secret word), its glottal stop an apostrophe, an ʻokina or left out;
                               # Somali's `erayga sirta` (the secret's word), `ereyga` too, `ah` after it: `| Tenimiafina |`,
                               # `| Upu fa'alilolilo |`, `| Erayga sirta |`)
                               "tenimiafina", "teny miafina", "upu fa'alilolilo", "upu fa\u2019alilolilo",
                               "upu fa\u02bbalilolilo", "upu fa\u2018alilolilo", "upu faalilolilo", "erayga sirta",
                               "ereyga sirta", "erayga sirta ah", "ereyga sirta ah",
                               # (stop 61: Pashto's, Breton's, Kinyarwanda's: `| پټنوم |`, `| Ger-tremen |`, `| Ijambo ry'ibanga |`)
                               "پټنوم", "پاسورډ", "ger-tremen", "ijambo ry'ibanga", "ijambo ry’ibanga", "ijambobanga"})
# A header naming what a password is for before its word (`VNC password`, `Admin PW`, `Root passphrase (prod)`): a
# password's column as well, one to three words before it (`Password policy`, `Password manager` end in another word).
# German joins the words into one (`Admin-Passwort`, `WLAN-Kennwort`, `Rootpasswort`), or writes them apart; Dutch
# too (`Beheerderswachtwoord`, `Wifi-wachtwoord`), and Swedish, Norwegian and Danish (`Admin-lösenord`, `Wifi-passord`,
# `Adgangskode`), and Finnish (`Admin-salasana`, `Pääkäyttäjän salasana`, `WLAN-salasana`).
_QUALIFIED_PASSWORD_HEADER = lazy_regex(
    r"""^(?:[a-z0-9][\w./-]{0,31}[ \t]+){1,3}(?:password|passphrase|passwd|pwd|pw)(?:[ \t]*\([^()]{1,32}\))?$"""
    # (stop 67, pages: a product's or a protocol's Latin name before Russian's, Ukrainian's or Bulgarian's word, as their
    # IT pages write it, `VNC пароль`, `Wi-Fi пароль`, `SSH гасло`; their own words put what it is for after the word:
    # _ROMANCE_PASSWORD_HEADER)
    r"""|^(?:[a-z0-9][\w./-]{0,31}[ \t]+){1,2}(?:пароль|гасло|парола)(?:[ \t]*\([^()]{1,32}\))?$"""
    # (Korean's, what it is for before its word as English's: `관리자 비밀번호`, `Wi-Fi 비밀번호`, `DB 비번`, `관리자비밀번호`)
    r"""|^(?:(?:[^\W_][\w./-]{0,31}[ \t]+){1,3}|[\uac00-\ud7a3]{1,8})(?:비밀번호|비번)(?:[ \t]*\([^()]{1,32}\))?$"""
    r"""|^(?:[a-z0-9][\w./-]{0,31}[ \t]+){0,2}(?:[^\W\d_]\w{0,23}?-?)?(?:""" + GERMANIC_PASSWORD_WORDS + r""")"""
    r"""(?:[ \t]*\([^()]{1,32}\))?$""")
# Spanish, Portuguese, French and Italian put what it is for after the word (`Contraseña admin`, `Contraseña del router`,
# `Senha de acesso`, `Mot de passe Wi-Fi`, `Password di rete`), and Polish does (`Hasło administratora`, `Hasło do
# routera`), and Czech and Slovak do (`Heslo`, `Heslo pro hosty`), and Romanian and Turkish (`Parolă root`, `Parola / cheie`,
# `Şifre yönetici`): _romance_password_header.
_THAI_PASSWORD_HEADER = "รหัสผ่าน"  # (Thai's password word: the key judgement reads no Thai)
_ROMANCE_PASSWORD_HEADER = lazy_regex(
    r"""^(?:(?:contras(?:e(?:ñ|ny?)a|inal)|clave|senha|palavra-passe|mot[ \t]de[ \t]passe|has(?:ł|l)o|heslo"""
    r"""|parol(?:ă|a|e)?|(?:ş|s)ifr(?:e|ə)|lozinka|geslo"""
    # (Galician's `Contrasinal`, beside Spanish's; Uzbek's `Parol`, Romanian's without its ending: `Contrasinal VNC`,
    # `Parol admin`)
    # (Latvian's `Parole`, Estonian's `Parool`, Lithuanian's `Slaptažodis`; Hebrew's `סיסמה`, its construct `סיסמת מנהל`,
    # what it is for after it as a Romance language writes it)
    r"""|parool|slapta(?:ž|z)odis|סיסמ(?:ה|א|ת)"""
    # (Vietnamese's and Thai's, what it is for after the word too: `Mật khẩu quản trị`, `Mật khẩu Wi-Fi`, `รหัสผ่าน Wi-Fi`)
    r"""|m(?:ậ|a)t[ \t]kh(?:ẩ|a)u|รหัสผ่าน"""
    # (Malay's and Indonesian's, Russian's and Bulgarian's, what it is for after the word as well: `Kata laluan admin`,
    # `Kata sandi Wi-Fi`, `Пароль администратора`, `Парола за NVR`)
    r"""|kata[ \t](?:laluan|sandi)|парол(?:ь|а)"""
    # (Icelandic's `Lykilorð`, Serbian's Cyrillic `Лозинка`, Georgian's `პაროლი`, Persian's `رمز`, `رمز عبور`,
    # `گذرواژه`: what it is for after the word, `Лозинка за рутер`, `رمز عبور مدیر`)
    r"""|lykilor(?:ð|d)|лозинка|პაროლი|رمز|گذرواژه"""
    # (Swahili's `Nenosiri`, Basque's `Pasahitza`, Mongolian's `Нууц үг`, Armenian's `Գաղտնաբառ`, Bengali's `পাসওয়ার্ড`:
    # what it is for after the word, `Nenosiri ya admin`, `Нууц үг админ`)
    r"""|nenosiri|pasahitz(?:ak|a)?|нууц[ \t]үг|գաղտնաբառ|পাসও(?:\u09df|\u09af\u09bc)ার্ড"""
    # (Albanian's `Fjalëkalimi`, Kyrgyz's `Сырсөз`, Nepali's `पासवर्ड`, Tamil's `கடவுச்சொல்`: `Fjalëkalimi i adminit`)
    r"""|fjal(?:ë|e)kalim(?:i|et)?|сырсөз(?:ү)?|पासवर्ड|கடவுச்சொல்"""
    # (stop 65: the word borrowed into India's other scripts, _helpers': `పాస్‌వర్డ్ (అడ్మిన్)`)
    r"""|""" + INDIC_PASSWORD_WORDS +
    # (stop 62, pages: Tatar's `Серсүз`, Kazakh's `Құпия сөз` apart, Maori's `Kupuhipa`: `Серсүз админ`)
    r"""|серсүз(?:е)?|құпия[ \t]?сөз(?:і)?|kupuhipa"""
    # (Scottish Gaelic's `Facal-faire`, Hausa's `Kalmar sirri`: what it is for after the word, `Facal-faire an router`,
    # `Kalmar sirri ta admin`)
    r"""|f(?:h)?acal[- ]faire|kalmar[ \t](?:sirri|wucewa)"""
    # (stop 61: Malagasy's `Tenimiafina`, Samoan's `Upu fa'alilolilo`, Somali's `Erayga sirta`: whose after the word,
    # `Tenimiafin'ny admin`, `Upu fa'alilolilo a le pule`, `Erayga sirta ah ee Grafana`)
    r"""|teni[ \t]?miafin(?:a|y|'ny)|teny[ \t]miafina|upu[ \t]fa['\u2018\u2019\u02bb]?alilolilo|er(?:a|e)yga[ \t]sirta)"""
    r"""(?:[ \t]+[\w./'-]{1,32}){0,3}"""
    # (Italian's `password` is English's word: read here only before its preposition, `Password di rete`)
    r"""|password[ \t]+(?:de|del|della|dello|di|per|para|do|da|du|pour)(?:[ \t]+[\w./'-]{1,32}){1,3})"""
    r"""(?:[ \t]*\([^()]{1,32}\))?$""")
# A header naming a password or where it is kept, as a handover note's accounts table has a cell give either (`Password
# / where`, `Password or location`, `Where / password`, `Admin password / vault item`): a password's column too (a
# cell saying where, `1Password`, `owner's own`, is judged as none).
_KEPT_WHERE = r"""(?:where(?:[ \t]+(?:kept|stored|to[ \t]+find))?|location|stored[ \t]+in|vault(?:[ \t]+(?:item|entry|ref))?|reference|ref)"""
_PASSWORD_WORD = r"""(?:password|passphrase|passwd|pwd|pw)"""
# (stop 64, md: or a key, a token or a PIN, as an accounts table's cell gives whichever the system signs in with (`Password
# / key`, `Password or token`, `API key / password`): a password's column too, its cells judged as a password's)
_OTHER_SECRET = r"""(?:(?:api|access|secret)[ \t]?)?(?:key|token|pin)"""
_PASSWORD_OR_WHERE_HEADER = lazy_regex(
    r"""^(?:(?:[a-z0-9][\w.-]{0,31}[ \t]+){0,2}""" + _PASSWORD_WORD + r"""(?:[ \t]*/[ \t]*|[ \t]+or[ \t]+)(?:""" + _KEPT_WHERE
    + r"""|""" + _OTHER_SECRET + r""")|(?:""" + _KEPT_WHERE + r"""|""" + _OTHER_SECRET + r""")(?:[ \t]*/[ \t]*|[ \t]+or[ \t]+)"""
    + _PASSWORD_WORD + r""")$""")
# A header naming a login, the cell holding its user and its password split by `/` (`| Login |` over `admin / …`, `|
# Credentials |` over `` `manager` / `…` ``, `| User / password |`): the password the pair's second part.
# (German's too: `| Zugangsdaten |`, `| Anmeldung |`, `| Benutzer / Passwort |`)
_LOGIN_HEADER = lazy_regex(
    # (stop 65, notes: the words before it in any script, what the login is for as the team's language names it: `|
    # ರೂಟರ್ admin |`, Kannada's router)
    r"""^(?:[^\W_][^\s|]{0,31}[ \t]+){0,2}(?:log-?(?:in|on)s?|sign-?ins?|credentials?|creds"""
    # (stop 65, notes: a device's or a service's administrator, the column its admin login's pair is kept in: `| Router
    # admin |` over `admin / …`, `| NAS admin |`; names of people there are no pair a password judges)
    r"""|admin(?:istrator)?"""
    r"""|(?:user(?:[ \t]?name)?|account|login)[ \t]*/[ \t]*(?:password|pass|pwd|pw)"""
    r"""|zugangsdaten|anmeldedaten|anmeldung|login-?daten|(?:benutzer(?:name)?|konto|login)[ \t]*/[ \t]*(?:passwort|kennwort|pw)"""
    # (Dutch's: `| Inloggegevens |`, `| Gebruiker / wachtwoord |`)
    r"""|inloggegevens|(?:gebruiker(?:snaam)?|account|login)[ \t]*/[ \t]*(?:wachtwoord|ww|pw)"""
    # (Spanish's, Portuguese's, French's and Italian's: `| Credenciales |`, `| Datos de acceso |`, `| Usuario / Contraseña |`)
    r"""|credenciales|credenciais|identifiants|credenziali|datos[ \t]de[ \t]acceso|dados[ \t]de[ \t]acesso"""
    # (Polish's: `| Dane logowania |`, `| Użytkownik / hasło |`)
    r"""|dane[ \t]logowania|(?:u(?:ż|z)ytkownik|login|konto)[ \t]*/[ \t]*has(?:ł|l)o"""
    # (Turkish's, Romanian's and Uzbek's: `| Kullanıcı / Şifre |`, `| Utilizator / parolă |`, `| Login / parol |`)
    r"""|(?:kullan(?:ı|i)c(?:ı|i)(?:[ \t]ad(?:ı|i))?|utilizator|login)[ \t]*/[ \t]*(?:(?:ş|s)ifre|parol(?:ă|a)?)"""
    r"""|(?:usuario|usuário|utilisateur|utente|login)[ \t]*/[ \t]*(?:contras(?:e(?:ñ|ny?)a|inal)|clave|senha|mot[ \t]de[ \t]passe|password)"""
    # (Vietnamese's, Korean's and Thai's account or login, its cell the pair: `| Tài khoản |` over `admin / …`, `| 계정 |`,
    # `| Tài khoản / mật khẩu |`, `| 아이디 / 비밀번호 |`, `| ผู้ใช้ / รหัสผ่าน |`; only a pair's cell is read under them)
    r"""|t(?:à|a)i[ \t]kho(?:ả|a)n(?:[ \t]đăng[ \t]nhập)?|계정|(?:t(?:à|a)i[ \t]kho(?:ả|a)n|t(?:ê|e)n[ \t]đăng[ \t]nhập)[ \t]*/[ \t]*m(?:ậ|a)t[ \t]kh(?:ẩ|a)u"""
    r"""|(?:아이디|계정|id)[ \t]*/[ \t]*(?:비밀번호|비번)|(?:ผู้ใช้|ชื่อผู้ใช้|บัญชี)[ \t]*/[ \t]*รหัสผ่าน"""
    # (Armenian's, Mongolian's and Bengali's login, its cell the pair: `| Մուտք |` over `admin / `…``, `| Нэвтрэх |`,
    # `| লগইন |`)
    r"""|մուտք|нэвтрэх|লগইন"""
    # (Faroese's and Icelandic's login, its cell the pair, what it is for in brackets after it: `| Innritan (stýri-PC) |`
    # over `admin / …`, `| Innskráning |`)
    r"""|innritan|innskr(?:á|a)ning"""
    # (stop 61, pages: Kurmanji's login, its entry, its cell the pair: `| Têketin |` over `root / …`; West Frisian's login
    # details, `| Ynloggegevens |`)
    r"""|t(?:ê|e)ketin|ynloggegevens"""
    # (stop 63, pages: Sindhi's and Urdu's login, `لاگ ان` (log in), its cell the pair: `! سرور !! لاگ ان` over `sa / …`)
    r"""|لاگ[ \t]?ان"""
    # (stop 63, pages: Russian's login and its entry, as pages in Russia's republics write them beside their own
    # languages, the cell the pair: `| Вход |` over `admin / `…``, `| Логин |`, `| Учётная запись |`)
    r"""|вход|логин|уч(?:ё|е)тн(?:ая|ые)[ \t]запис(?:ь|и))(?:[ \t]*\([^()]{1,32}\))?$""")
_LOGIN_PAIR_CELL = lazy_regex(r"""^(?:\*\*)?(?P<user>[\w.@\\-]{1,64})(?:\*\*)?[ \t]*/[ \t]*(?:\*\*)?(?P<pw>[^\s*]\S{0,255}?)(?:\*\*)?$""")
_LOGIN_COLUMN = "login"  # (what _password_columns records for a login's column: its cells are pairs)
# A header naming how a device is reached (`| Access |`, German's `| Zugang |`), over cells that say so in words (`via the
# Cloud Key`, `KeePass "FritzBox"`) or give the login's user and password in code spans (`` `admin` / `…` ``, after words
# saying whose: `` local admin `ubnt` / `…` ``): only a pair in code spans is read there.
_ACCESS_HEADER = lazy_regex(r"""^(?:[a-z0-9][\w./-]{0,31}[ \t]+){0,2}(?:access|zugang|acceso|acesso|accès|accesso)$""")
_ACCESS_COLUMN = "access"
# A table of Wi-Fi networks, a row each (`| SSID | VLAN | Purpose | Key |`, a controller's networks written out in a
# page): its header names the network's name (`SSID`, `Network name`, `Wi-Fi network`, Dutch's `Netwerknaam`, German's
# `Netzwerkname`), and a column its key by a key's or a passphrase's word, in the team's language too (`Key`,
# `Passphrase`, `PSK`, `WPA2 key`, Dutch's `Sleutel`, German's `Schlüssel`, French's `Clé`, Spanish's `Clave`,
# Portuguese's `Chave`, Italian's `Chiave`): that column holds each network's passphrase. (Without an SSID's column
# a bare `Key` column is any key's: not read here.)
_SSID_HEADER = lazy_regex(r"""^(?:e?ssid|ssid[ \t]name|(?:(?:wi-?fi|wlan|wireless)[ \t])?networks?[ \t]name"""
                          r"""|(?:wi-?fi|wlan|wireless)[ \t]networks?|netwerk[ \t]?naam|netzwerk[ \t]?name|wlan|wi-?fi)$""")
# A bare `Network` column (`| Network | Key |`) names a Wi-Fi network's only where the table says Wi-Fi: in its header,
# in the lines just above it (a `## Wi-Fi` heading, `WLAN networks:`) or in its first rows (a security column's `WPA2`).
# Elsewhere it is any network's (a subnet's CIDR, a VLAN's id, a host key's fingerprint, a chain's name).
_BARE_NETWORK_HEADER = lazy_regex(r"""^networks?$""")
_SAYS_WIFI = lazy_regex(r"""(?i)wi-?fi|\bwlan|wireless|\bssid|\bwpa[23]?\b|hotspot|access[ \t]point""")
_WIFI_CONTEXT_LINES = 8
_WIFI_ROWS_READ = 4
# A table of a service's environments, a row each (a payment gateway's `| Environment | Merchant | Secret | Note |`, a
# Czech page's `| Prostředí | Merchant | Secret | Poznámka |`): its header names the environment's column, and a column
# the key, the secret or the token the environment uses (`Secret`, `API key`, `Secret key`, `Token`, German's
# `Schlüssel`, Spanish's `Clave`; the other languages' key words, `Klíč`, `Nyckel`, are no prefilter keyword yet: a row
# under them is never reached). The production row's cell (`production`,
# `prod`, `live`, Czech's `produkce`, Polish's `produkcja`, German's `Produktion`, Spanish's `producción`…) is the team's
# own live credential; a test or sandbox row's is the vendor's throwaway one and not read. (A public or publishable
# key's column, `Public key`, is none; without an environment's column a bare `Key` column is any key's.)
_ENVIRONMENT_HEADER = lazy_regex(
    r"""^(?:environments?|env|stage|umgebung|omgeving|entorno|ambiente|environnement|prost(?:ř|r)ed(?:í|i)|prostredie"""
    r"""|(?:ś|s)rodowisko|milj(?:ö|o|ø)|ortam|mediu(?:l)?|περιβάλλον|περιβαλλον"""
    # (stop 64: Luganda's `embeera` and Swahili's `mazingira`, an East African team's `| Embeera | API user | API key |`)
    r"""|embeera|mazingira)$""")
_ENVIRONMENT_SECRET_HEADER = lazy_regex(
    r"""^(?:(?:api|secret|merchant|client|hmac|signing|private|app)[ \t-]?)?"""
    r"""(?:secret|key|token|schl(?:ü|ue)ssel|clave)$""")
_PRODUCTION_CELL = lazy_regex(
    r"""^(?i:production|prod|live|produkce|produkcia|produkcja|produktion|produktie|produkcija|producci(?:ó|o)n|produ(?:çã|ca)o"""
    r"""|produzione|produc(?:ț|t)ie|canl(?:ı|i)|(?:ü|u)retim|παραγωγή|παραγωγη)$""")
_ENVIRONMENT_SECRET_COLUMN = "environment secret"
# An integrations table's key, token or secret column (`| Service | Account | Key / token | Owner |`, `| gateway | mode |
# merchant | secret |`, a Tajik page's `| Хидмат | Суроға | Калид |`) where another row's cell in it says where that
# service's is kept (`in Vault `kv/shop/…``, `дар Vault`, `1Password`): the table is the team's record of its own
# integrations, no reader's example, and a drawn value in the column is the service's live credential (judged as the
# team's own record's are, _literal_reading). A public or publishable key's column is none (no qualifier says so here).
# (its plural too, a column of several services': `| API keys |`, `| Tokens |`)
_KEPT_KEY_WORD = r"""(?:(?:api|secret|access|auth|merchant|client|app|private|signing|hmac|webhook)[ \t-]?)?(?:key|token|secret)s?"""
_KEPT_KEY_HEADER = lazy_regex(
    r"""^(?:""" + _KEPT_KEY_WORD + r"""(?:[ \t]*(?:/|or)[ \t]*""" + _KEPT_KEY_WORD + r""")?"""
    # (Tajik's `калид`, Faroese's and Icelandic's `lykil`; stop 62: Corsican's `chjave` and Italian's `chiave`; Northern
    # Sami's `čoavdda`, its diminutive `čoavddaš`, its `č` and `š` written or spelled `c` and `s`)
    r"""|калид|lykil(?:l|lin)?|chjave|chiave|(?:č|c)oavdda(?:š|s)?"""
    # (stop 65, pages: an API key in the team's language, the key's word after `API` or before it, as the note's labels
    # read it (_config_forms' LOCALIZED_KEY_LAST, LOCALIZED_KEY_FIRST): Turkish's `| API anahtarı |`, its `ı` typed
    # `i` on a keyboard without it, German's `| API-Schlüssel |`, Spanish's `| Clave API |`, French's `| Clé API |`)
    r"""|api[ \t-]?(?:""" + LOCALIZED_KEY_LAST + r""")|(?:""" + LOCALIZED_KEY_FIRST + r""")[ \t](?:de[ \t]|d'|da[ \t])?api"""
    # (stop 65, md: the key's word alone in the team's language, as English's `| Key |`: French's and Walloon's `| Clé |`,
    # Spanish's `| Clave |`, Portuguese's `| Chave |`, Catalan's `| Clau |`, German's `| Schlüssel |`, Dutch's `| Sleutel |`)
    r"""|cl(?:é|e)|clave|chave|clau|schl(?:ü|ue)ssel|sleutel)$""")
_KEPT_KEY_COLUMN = "kept key"
# (a cell saying where a credential is kept: a secret store's or a password manager's name)
# (review, stop 60: the secret stores teams name as often, Doppler, Infisical, Keeper, Dashlane, gopass, SOPS' files,
# sealed secrets)
_KEPT_IN_A_STORE = lazy_regex(r"""(?i)\b(?:vault|1password|bitwarden|keepass(?:xc)?|lastpass|passbolt|secrets?[ -]?manager"""
                              r"""|parameter[ -]store|doppler|infisical|keeper|dashlane|gopass|sops|sealed[ -]?secrets?)\b"""
                              # (stop 62: a server's dotenv file, `in `.env` on buttega-01`: where the team's own key is
                              # kept, as a store is)
                              r"""|(?<![\w.])\.env(?![\w.-])""")
# (a kept key's cell: a number or an id written in hex after `0x`, a GPG key's id, is none; a bare value with a note in
# brackets after it is the value, `… (prod)`)
_HEX_NUMBER = lazy_regex(r"""^0x[0-9A-Fa-f]{4,16}$""")  # (no wider: `0x` and 64 hex is a wallet's private key)
_BARE_NOTED_CELL = lazy_regex(r"""^(?P<value>[^\s`*()]{8,256})[ \t]+\([^()\n]{0,64}\)$""")
KEPT_KEY_WHAT = "a key in an integrations table whose other rows say where theirs are kept"
_KEPT_CELL_READ = 64  # characters of a cell read as a note (a longer one is prose)
_KEPT_ROWS_READ = 32


def _column_kept_in_a_store(lines: Sequence[str], delimiter: int, column: int) -> bool:
    """A row below the table's delimiter (line `delimiter`) says in its `column` cell where its credential is kept."""
    for number in range(delimiter + 1, min(len(lines), delimiter + 1 + _KEPT_ROWS_READ)):
        row = lines[number]
        if len(row) > _TABLE_LINE_READ or not row.lstrip().startswith("|"):
            return False
        cells = table_cells(row, 16)
        if column < len(cells) and len(cells[column]) <= _KEPT_CELL_READ and _KEPT_IN_A_STORE.search(cells[column]):
            return True
    return False


# A key's fingerprint written as colon-separated hex pairs (`MD5:4f:…`, an SSH host key's or a certificate's): never a
# network's passphrase.
_HEX_PAIRS_FINGERPRINT = lazy_regex(r"""^(?:(?:MD5|SHA1|SHA256):)?[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){15,63}$""")


def _says_wifi(lines: Sequence[str], header: int) -> bool:
    """Whether a table's header row, a line just above it or one of its first rows names Wi-Fi (_BARE_NETWORK_HEADER)."""
    last = min(len(lines), header + 2 + _WIFI_ROWS_READ)  # (past the header and its delimiter row)
    return any(_SAYS_WIFI.search(lines[number], 0, _TABLE_LINE_READ) is not None
               for number in range(max(0, header - _WIFI_CONTEXT_LINES), last))
_NETWORK_KEY_HEADER = lazy_regex(
    r"""^(?:(?:wpa[23]?|wi-?fi|wlan|network|netwerk|netzwerk)[ \t-]?)?(?:key|passphrase|psk|pre-?shared[ \t]key|sleutel"""
    r"""|schl(?:ü|ue)ssel|cl[ée]f?|clave|chave|chiave)$""")
_NETWORK_KEY_COLUMN = "wifi_passphrase"  # (what _password_columns records for it, the key its cells are judged under)
# A bare `Network` column's table that says no Wi-Fi (`| Network | Use | Key |` under a `## Network` heading, its rows a
# depot's yard devices and its customers' network): its key column read too, where a cell holds what a Wi-Fi network's
# key is and no other network's value is, a passphrase of words as a generator or a controller draws one
# (word_passphrase: `sprocket-ladder-lorry-bucket43`). A subnet's CIDR, a VLAN's id, a fingerprint, a chain's name or a
# drawn key of any kind (an API's, a node's public key) stays any network's.
_BARE_NETWORK_KEY_COLUMN = "bare network key"
# A `Credential` column's cell naming the credential's kind before its code span, as an integrations table gives each
# service's (`| OptimoRoute | planning | api.optimoroute.com | key `…` |`, `API token: `…``), its other rows saying where
# theirs are kept (`1Password "Samsara API"`): the span is the value (_cells has stripped the cell's outer backticks).
_WORDED_SPAN_CELL = lazy_regex(
    r"""^(?P<word>(?:[A-Za-z][\w.-]{0,23}[ \t]+){0,2}(?i:key|token|secret|password|passphrase|pwd|pw))[ \t]*(?::[ \t]*)?"""
    r"""`(?P<value>[^`\s]{8,256})`?$""")
# A cell's login pair in code spans, as _cells leaves it (its outer backticks stripped: `` `ops` / `…` `` reads `ops` /
# `…`), after one to three words saying whose it is or alone: the password the second span.
_SPANNED_PAIR_CELL = lazy_regex(
    r"""^(?:(?:[^\s`/|]{1,32}[ \t]+){1,3}`)?(?P<user>[\w.@\\-]{1,64})`[ \t]*/[ \t]*`(?P<pw>[^`\s]{1,256})$""")


def _cells(line: str) -> List[str]:
    return [_unmarked(_noted(cell).strip("`").strip()) for cell in table_cells(line, 16)]


# A cell's value in a code span or bold, then a note about it in brackets (`` `…` (not in 1Password yet!) ``,
# `**…** (set by the installer)`; a lone `*` inside the bold is the value's): the value is the span's text, the note the
# writer's aside.
_NOTED_CELL = lazy_regex(r"""^(?:`(?P<ticked>[^`\s]{1,256})`|\*\*(?P<bold>[^\s*](?:[^\s*]|\*(?!\*)){0,255})\*\*)"""
                         r"""[ \t]+\([^()\n]{0,128}\)$""")


def _noted(cell: str) -> str:
    """A cell's value less a bracketed note after its span (see _NOTED_CELL); any other cell as it is."""
    if not cell.endswith(")"):
        return cell
    noted = _NOTED_CELL.match(cell)
    return cell if noted is None else noted.group("ticked") or noted.group("bold")


def _unmarked(cell: str) -> str:
    """A cell's text less the bold markers around it (`**…**`: a table's value set in bold)."""
    return cell[2:-2].strip() if len(cell) > 4 and cell.startswith("**") and cell.endswith("**") else cell


def _password_columns(lines: Sequence[str]) -> Dict[int, List[Tuple[int, str, int]]]:
    """{row: [(column, header, the environment's column or -1)…]} of the file's table rows under a header naming a
    password (or an environment's secret: _ENVIRONMENT_SECRET_HEADER), read
    in one pass a file (each row walking up to its header was quadratic in a long table)."""
    columns: Dict[int, List[Tuple[int, str, int]]] = {}
    current: List[Tuple[int, str, int]] = []
    for number, line in enumerate(lines):
        if len(line) > _TABLE_LINE_READ or not line.lstrip().startswith("|"):
            current = []
            continue
        if table_delimiter_row(line):
            headers = [header.lower().strip("*_ ") for header in _cells(lines[number - 1])] if number else []
            current = [(column, _column_kind(header), -1) for column, header in enumerate(headers) if _column_kind(header)]
            environment = next((column for column, header in enumerate(headers) if _ENVIRONMENT_HEADER.match(header)), -1)
            if environment >= 0:
                current += [(column, _ENVIRONMENT_SECRET_COLUMN, environment) for column, header in enumerate(headers)
                            if _ENVIRONMENT_SECRET_HEADER.match(header) is not None]
            if any(_SSID_HEADER.match(header) for header in headers) or (
                    any(_BARE_NETWORK_HEADER.match(header) for header in headers) and _says_wifi(lines, number - 1)):
                current += [(column, _NETWORK_KEY_COLUMN, -1) for column, header in enumerate(headers)
                            if _NETWORK_KEY_HEADER.match(header) is not None]
            elif any(_BARE_NETWORK_HEADER.match(header) for header in headers):
                current += [(column, _BARE_NETWORK_KEY_COLUMN, -1) for column, header in enumerate(headers)
                            if _NETWORK_KEY_HEADER.match(header) is not None]
            current += [(column, _KEPT_KEY_COLUMN, -1) for column, header in enumerate(headers)
                        if _KEPT_KEY_HEADER.match(header) is not None and _column_kept_in_a_store(lines, number, column)]
            current += _integration_columns(headers, {column for column, _, _ in current})
            if any(header in PAIRED_KEY_WORDS for header in headers) and any(names_a_user(header) for header in headers):
                # (stop 66: a key's word alone beside a user's column, `| Usuario | Clau |`, `| Utente | Chiave |`: the
                # login's password, its cells judged as a password column's; beside no user it is any key's)
                current += [(column, header, -1) for column, header in enumerate(headers)
                            if header in PAIRED_KEY_WORDS and all(column != taken for taken, _, _ in current)]
        elif current:
            columns[number] = current
    return columns


# (stop 66) A team's table of its integrations, a row each, its header as the CSV reader reads a sheet's (tabular's
# integration_key_columns: a column naming each row's system or service, one its account or the key's owner, and a bare
# key column, in the team's language too, `| servisc | account | ciaf |`, `| Service | Account | Key |`): each row's key
# cell is that system's key, judged as the sheet's cell is (tabular's integration_key; an owner's table naming no
# account, owner_sheet_key; a row whose key's kind says public, public_key_row). The kind's column, where the header has
# one, stands in the tuple's third place.
_INTEGRATION_KEY_COLUMN = "integration key"
_OWNER_INTEGRATION_KEY_COLUMN = "owner's integration key"
INTEGRATION_KEY_WHAT = "an integration's key in a table of integrations"


# (a page's table is read as a key's only where the cell holds a key's drawn run, 16 letters and digits or more, both,
# eight distinct: a Markdown page's `| System | Login | Key |` over a chosen password, `Zernez*tarasp9233`, is a
# column naming no key, as stop 64 reads it)
_KEY_DRAWN_RUN = lazy_regex(r"[A-Za-z0-9]{16,}")
_KEY_DRAWN_RUN_DISTINCT = 8


def _has_a_drawn_run(value: str) -> bool:
    return any(len(set(run.lower())) >= _KEY_DRAWN_RUN_DISTINCT and not run.isalpha() and not run.isdigit()
               for run in _KEY_DRAWN_RUN.findall(value))


def _integration_columns(headers: Sequence[str], taken: Set[int]) -> List[Tuple[int, str, int]]:
    """The integrations table's key columns (see _INTEGRATION_KEY_COLUMN) not read already as another kind's."""
    from secretfence.kinds.tabular import integration_key_columns, key_kind_columns, kept_by_owner

    if len(headers) < 3 or any("\t" in header for header in headers):
        return []
    joined = "\t".join(headers)
    columns = integration_key_columns(joined, "\t")
    if not columns:
        return []
    owner_only = kept_by_owner(joined, "\t")
    kinds = key_kind_columns(joined, "\t")
    return [(column, _OWNER_INTEGRATION_KEY_COLUMN if owner_only and name != "value" else _INTEGRATION_KEY_COLUMN,
             kinds[0] if kinds else -1) for column, name in columns if column not in taken]


# (stop 66) The credential's word alone in the Romance languages, its singular (Spanish's, Portuguese's, Catalan's and
# Galician's `| Credencial |`, Italian's `| Credenziale |`): English's `| Credential |` column, each cell a credential, a
# login's pair or a span after its kind's word (an integrations table's `| Servicio | Uso | Credencial |`). (Their
# plurals, `| Credenciales |`, are a login's column as English's `| Credentials |` is: _LOGIN_HEADER.)
_LOCALIZED_CREDENTIAL_HEADERS = frozenset({"credencial", "credenziale"})
_HEADER_NOTE = lazy_regex(r"""(?<=\S)[ \t]*\([^()\n]{1,32}\)$""")
# (a note saying the column holds no secret keeps the header unread: `| Credential (public) |`, `(example)`)
_NOT_A_SECRET_NOTE = lazy_regex(r"""(?i)\([^()]*(?<![a-z])(?:public|publishable|p(?:ú|u)blic[ao]|exampl\w*|ejemplo|esempio|exemple"""
                                r"""|sample|demo|test|fake|dummy|placeholder)(?![a-z])[^()]*\)$""")


def _column_kind(header: str) -> str:
    """What a (lower-cased) header's column holds: a password (its header as it is), a login's pair (_LOGIN_COLUMN)
    or nothing read ("")."""
    header = header.strip("*_ ")
    if len(header) > 64:
        return ""
    if header.endswith(")") and _HEADER_NOTE.search(header) is not None and _NOT_A_SECRET_NOTE.search(header) is None:
        # (stop 66: a note in brackets after the header's words, `| Credential (API) |`, `| Credencial (API) |`: the
        # column is the words' own)
        header = _HEADER_NOTE.sub("", header).strip("*_ ")
    if header in _LOCALIZED_CREDENTIAL_HEADERS:
        return "credential"
    if _names_a_password_alone(header) or _QUALIFIED_PASSWORD_HEADER.match(header) is not None \
            or _PASSWORD_OR_WHERE_HEADER.match(header) is not None or _romance_password_header(header):
        return header
    if "/" in header and all(_names_a_password_alone(part.strip()) for part in header.split("/", 2)):
        return header  # (a header in two languages, each side a password's word: `| Nenosiri / Password |`)
    if _LOGIN_HEADER.match(header) is not None:
        return _LOGIN_COLUMN
    return _ACCESS_COLUMN if _ACCESS_HEADER.match(header) is not None else ""


def _names_a_password_alone(header: str) -> bool:
    """A (lower-cased) header that is a password's word alone: one of _PASSWORD_HEADERS, or any language's word or phrase
    the key judgement knows (credential_keys' LOCALIZED_PASSWORD_WORDS and phrases: Greenlandic's `Isissutissaq`, Igbo's
    `Okwuntughe`, Guarani's `Ñe'ẽñemi`), so that a language's word read in keys heads a table's column as well."""
    from secretfence.compat.detect_secrets.credential_keys import is_a_localized_password_word

    return header in _PASSWORD_HEADERS or is_a_localized_password_word(header)


def _romance_password_header(header: str) -> bool:
    """A (lower-cased) header naming a password, what it is for after its word (_ROMANCE_PASSWORD_HEADER), that the key
    judgement reads as a password's (`contraseña admin`; not `clave pública`, `clave api`: a key's column), or Italian's
    `password` and what it is for (`password di rete`)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_password

    if _ROMANCE_PASSWORD_HEADER.match(header) is None:
        return False
    return (header.startswith(("password", _THAI_PASSWORD_HEADER))
            or names_a_password(header.partition("(")[0].strip()))


def _login_pair_password(cell: str) -> str:
    """The password of a cell's `user / password` (plain, in code spans or bold; in code spans after words saying
    whose it is), or ""."""
    pair = _LOGIN_PAIR_CELL.match(cell.replace("`", ""))
    return pair.group("pw") if pair is not None else _spanned_pair_password(cell)


def login_pair_cell(cell: str) -> Optional[Tuple[str, str]]:
    """(user, password) of a cell's `user / password` (plain, in code spans or bold; in code spans after words saying
    whose it is), or None: a settings table's login row's value (_config_forms' _login_row_pair)."""
    pair = _LOGIN_PAIR_CELL.match(cell.replace("`", ""))
    if pair is None and "`" in cell:
        pair = _SPANNED_PAIR_CELL.match(cell)
    return (pair.group("user"), pair.group("pw")) if pair is not None else None


def _spanned_pair_password(cell: str) -> str:
    """The password of a cell's login pair in code spans (see _SPANNED_PAIR_CELL), or ""."""
    pair = _SPANNED_PAIR_CELL.match(cell) if "`" in cell else None
    return pair.group("pw") if pair is not None else ""


_PASSWORD_COLUMNS = LastFileMemo(_password_columns)


# A reStructuredText list table (`.. list-table::` with `:header-rows: 1`, a Sphinx page's settings or accounts table):
# each row a bullet, `* - cell`, its other cells `- cell` below it, a cell's text run on over lines indented under it.
# Read as the Markdown table it renders to (table_secrets), from its directive's line.
_RST_LIST_TABLE = lazy_regex(r"""^(?P<indent>[ \t]*)\.\.[ \t]+list-table::""")
_RST_OPTION = lazy_regex(r"""^[ \t]*:(?P<name>[a-z-]{1,32}):(?:[ \t]+(?P<value>\S[^\n]{0,127}))?[ \t]*\r?$""")
_RST_ROW_CELL = lazy_regex(r"""^(?P<indent>[ \t]*)(?P<row>\*[ \t]+)?-(?:[ \t]+(?P<cell>[^\n]*?))?[ \t]*\r?$""")
_RST_TABLE_LINES = 512  # a table's lines read
_RST_TABLE_ROWS = 64
# (review, stop 60) a cell's inline markup as the Markdown reader knows it: a role's literal (`:code:`…``, `:literal:`…``)
# as a code span, a whole cell's emphasis (`*…*`) as its text; a `|` in a cell (a password's character) as RST_PIPE,
# which no Markdown row splits at (the reader maps it back: a table holding one was skipped whole)
_RST_ROLE = lazy_regex(r""":[\w.+-]{1,32}:`(?P<text>[^`\n]{1,256})`""")
_RST_LITERAL = lazy_regex(r"""``(?P<text>[^`\n]{1,256})``""")  # (an inline literal, as a span: `` ``…`` (rotated) ``)
_RST_EMPHASIS = lazy_regex(r"""^\*(?P<text>[^*\s](?:[^*\n]{0,254}[^*\s])?)\*$""")
RST_PIPE = "\ue000"


def _rst_cell(text: str) -> str:
    text = _RST_ROLE.sub(lambda role: f"`{role.group('text')}`", text)
    text = _RST_LITERAL.sub(lambda literal: f"`{literal.group('text')}`", text).replace("|", RST_PIPE)
    emphasis = _RST_EMPHASIS.match(text)
    return emphasis.group("text") if emphasis is not None else text



def rst_list_table(lines: Sequence[str], index: int) -> Optional[Tuple[List[str], List[List[Tuple[int, str]]]]]:
    """(the Markdown table's lines, each body row's cells as (line, text)) of the list table (see _RST_LIST_TABLE) whose
    directive is line `index`, where its one header row names a password's column (_column_kind); None otherwise."""
    directive = _RST_LIST_TABLE.match(lines[index][:_TABLE_LINE_READ])
    if directive is None:
        return None
    margin = len(directive.group("indent"))
    header_rows = 0
    rows: List[List[Tuple[int, str]]] = []
    cell_indent = -1
    for number in range(index + 1, min(len(lines), index + 1 + _RST_TABLE_LINES)):
        line = lines[number][:_TABLE_LINE_READ]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= margin:
            break  # (the directive's body ends at its own margin)
        option = _RST_OPTION.match(line) if not rows else None
        if option is not None:
            if option.group("name") == "header-rows" and (option.group("value") or "").isdigit():
                header_rows = int(option.group("value") or "0")
            continue
        cell = _RST_ROW_CELL.match(line)
        if cell is not None and (cell.group("row") or (rows and len(cell.group("indent")) == cell_indent)):
            if cell.group("row"):
                if len(rows) >= _RST_TABLE_ROWS:
                    break
                rows.append([])
                cell_indent = indent + len(cell.group("row"))
            rows[-1].append((number, cell.group("cell") or ""))
        elif rows and rows[-1]:
            cell_line, text = rows[-1][-1]  # (a cell's text run on over the lines below it)
            rows[-1][-1] = (cell_line, f"{text} {line.strip()}".strip())
        else:
            return None  # (a line no list table's)
    if header_rows != 1 or len(rows) < 2 or not any(_column_kind(text.lower()) for _, text in rows[0]):
        return None
    rows = [[(number, _rst_cell(text)) for number, text in row] for row in rows]
    width = len(rows[0])
    markdown = ["| " + " | ".join(text for _, text in rows[0]) + " |", "|" + "---|" * width]
    markdown += ["| " + " | ".join(text or " " for _, text in row) + " |" for row in rows[1:]]
    return markdown, rows[1:]


# (a password column's cell that is a note in brackets, where it is kept or who has it: `(Bitwarden)`, `[hidden]`,
# `(ask Nivi)`: words with a blank between, or one word of letters alone; a password in brackets has neither,
# `(Nuuk#Keren4815)`, and blocks)
_BRACKETED_NOTE_CELL = lazy_regex(r"""^(?:\((?P<round>[^()\n]{1,64})\)|\[(?P<square>[^\[\]\n]{1,64})\])$""")


def _bracketed_note_cell(cell: str) -> bool:
    found = _BRACKETED_NOTE_CELL.match(cell)
    if found is None:
        return False
    inner = (found.group("round") or found.group("square") or "").strip()
    return any(character.isspace() for character in inner) or inner.isalpha()


# (stop 64) a password column's cell naming the password manager that keeps the password before it and a note after it
# (`KeePass: Kx8#… (changed 21.12.)`, `Bitwarden: `…``, `… (rotated 03/24)`): the value between, a span's or bare (the
# cell's outer backticks already trimmed: _cells). After
# the store's name a path of names is the entry's, no password (`KeePass: `Infra/NAS``), and so is a quoted name
# (`1Password: "Square"`).
_STORED_NOTED_CELL = lazy_regex(
    r"""^(?:(?P<store>(?i:1password|bitwarden|vaultwarden|keepass(?:xc)?|lastpass|passbolt|dashlane|keeper|enpass|psono))"""
    r"""[ \t]*:[ \t]*)?`?(?P<value>[^\s`()"'\u201c\u201d][^\s`()]{7,255})`?(?:[ \t]+\([^()\n]{0,64}\))?$""")
_ENTRY_PATH = lazy_regex(r"""^[^\W_][\w.-]{0,63}(?:/[^\W_][\w.-]{0,63})+$""")
# (review 65) A quoted value after the store's name is the entry's name where it is one (`1Password: "Square"`, `"NAS
# admin"`, `"Infra/NAS"`: words, a path), and the password where it is none (`KeePass: "Kx8#…" (changed 21.12.)`: a
# character no name holds, or letters and digits run together): stop 64 took every quoted value for a name
_QUOTED_STORED_CELL = lazy_regex(
    r"""^(?P<store>(?i:1password|bitwarden|vaultwarden|keepass(?:xc)?|lastpass|passbolt|dashlane|keeper|enpass|psono))"""
    r"""[ \t]*:[ \t]*(?P<quote>["'\u201c])(?P<value>[^\s"'\u201c\u201d`()]{8,256})["'\u201d](?:[ \t]+\([^()\n]{0,64}\))?$""")
_ENTRY_NAME = lazy_regex(r"""^(?:[^\W\d_]+(?:[ ._/-][\w]+)*|[^\W_][\w.-]{0,63}(?:/[^\W_][\w.-]{0,63})+)$""")


def _stored_noted_value(cell: str) -> str:
    """The value of a password column's cell, its store's name before it and its note after it set aside (see
    _STORED_NOTED_CELL); the cell as it stands where it holds no such value (an entry's path or name after the store's
    name: _ENTRY_PATH, _QUOTED_STORED_CELL)."""
    found = _STORED_NOTED_CELL.match(cell)
    if found is None:
        quoted = _QUOTED_STORED_CELL.match(cell) if cell[:1] in "1BbVvKkLlPpDdEe" else None
        if quoted is not None and _ENTRY_NAME.match(quoted.group("value")) is None:
            return quoted.group("value")
        return cell
    if found.group("store") and _ENTRY_PATH.match(found.group("value")):
        return cell
    return found.group("value")


def table_secrets(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A Markdown table's cell under a header naming a password (an operator's cracked accounts)."""
    wanted = _PASSWORD_COLUMNS.of(lines).get(index)
    if not wanted:
        return
    cells = _cells(lines[index])
    for column, header, environment in wanted:
        if column >= len(cells) or not cells[column]:
            continue
        if header == _ENVIRONMENT_SECRET_COLUMN:
            if environment < len(cells) and _PRODUCTION_CELL.match(cells[environment]) is not None:
                yield 0, f"the {cells[environment]} environment's secret in a table of environments", "secret", cells[column]
            continue
        worded = _WORDED_SPAN_CELL.match(cells[column]) if header == "credential" and "`" in cells[column] else None
        if worded is not None:
            # (an integrations table's `Credential` cell naming its kind before the span: `key `…``, `API token: `…``)
            word = worded.group("word").lower()
            key = "api_key" if word.endswith("key") else "password" if word.startswith("pass") or word.startswith("pw") \
                else word.rsplit(None, 1)[-1]
            yield 0, f"a {worded.group('word')} in a table's credential column", key, worded.group("value")
        elif header == _LOGIN_COLUMN or header == "credential":  # (a `Credential` column's cell may be a pair too)
            password = _login_pair_password(cells[column])
            if header == "credential" and not password and not any(character.isspace() for character in cells[column]):
                # (a cracked credential's cell is one token; words are a label of what the credential is, `LeadsOnline
                # store logins`, `Wellboat partner API`, as a table of where credentials are kept names each)
                password = cells[column]
            if password:
                yield 0, "a login pair in a table's login column", "password", password
        elif header == _ACCESS_COLUMN:
            password = _spanned_pair_password(cells[column])
            if password:
                yield 0, "a login pair in a table's access column", "password", password
        elif header == _NETWORK_KEY_COLUMN:
            if _HEX_PAIRS_FINGERPRINT.match(cells[column]) is not None:
                continue
            yield 0, "a Wi-Fi network's key in a table of networks", _NETWORK_KEY_COLUMN, cells[column]
        elif header == _KEPT_KEY_COLUMN:
            noted = _BARE_NOTED_CELL.match(cells[column])
            value = noted.group("value") if noted is not None else cells[column]
            # (words are a note: `ask office`)
            if not any(character.isspace() for character in value) and _HEX_NUMBER.match(value) is None:
                yield 0, KEPT_KEY_WHAT, "api_key", value
        elif header in (_INTEGRATION_KEY_COLUMN, _OWNER_INTEGRATION_KEY_COLUMN):
            from secretfence.kinds.tabular import integration_key, owner_sheet_key, public_key_row

            value = cells[column]
            if environment >= 0 and public_key_row(cells, (environment,)):
                continue  # (the row's key's kind says public: `publishable key`)
            if header == _OWNER_INTEGRATION_KEY_COLUMN and not owner_sheet_key(value):
                continue
            if integration_key(value) and _has_a_drawn_run(value):
                yield 0, INTEGRATION_KEY_WHAT, "api_key", value
        elif header == _BARE_NETWORK_KEY_COLUMN:
            from secretfence.kinds._config_forms import word_passphrase

            # (a number among the words, as a generator draws one: a resource's name of words alone,
            # `terraform-state-bucket-prod`, is any table's key)
            if any(character.isdigit() for character in cells[column]) and word_passphrase(cells[column]):
                yield 0, "a network's passphrase in a table of networks", _NETWORK_KEY_COLUMN, cells[column]
        elif not _bracketed_note_cell(cells[column]):
            yield 0, f"a notes table's {header} column", "password", _stored_noted_value(cells[column])


# (hydra's `[22][ssh] host: …`, Medusa's `ACCOUNT FOUND:`, a Kerberos hash)
KEYWORDS = ("$krb5", "account found:", "] host:")
# Metasploit's `set SMBPass …`, `setg PASSWORD …`
_FOLDED_MSF_SET = rb"""setg?[ \t]+[a-z0-9_]{0,40}(?:pass|secret|token)[a-z0-9_]{0,20}[ \t]+[^\s$]"""
# A table of Wi-Fi networks' header: the SSID's column, then a key's (see _SSID_HEADER, _NETWORK_KEY_HEADER)
_FOLDED_NETWORK_TABLE = (rb"""(?:e?ssid|networks?(?:[ \t]name)?|netwerk[ \t]?naam|netzwerk[ \t]?name|wlan|wi-?fi)"""
                         rb"""\**`?[ \t]*\|"""
                         rb"""(?:[^\n]{0,512}?\|)?[ \t]*\**`?(?:(?:wpa[23]?|wi-?fi|wlan|network|netwerk|netzwerk)[ \t-]?)?"""
                         rb"""(?:key|passphrase|psk|pre-?shared[ \t]key|sleutel|schl(?:\xc3[\xbc\x9c]|ue)ssel"""
                         rb"""|cl(?:\xc3[\xa9\x89]|e)f?|clave|chave|chiave)\**`?[ \t]*\|""")
# A table of environments' header: the environment's column, then a secret's (see _ENVIRONMENT_HEADER,
# _ENVIRONMENT_SECRET_HEADER; the secret's column the last too, `| Environment | Merchant | Secret |`, which the
# settings table's hint, a name's cell before a value's, does not reach)
_FOLDED_ENVIRONMENT_TABLE = (rb"""(?:environments?|env|stage|umgebung|omgeving|entorno|ambiente|environnement"""
                             rb"""|prost(?:\xc5\x99|r)ed(?:\xc3\xad|i)|prostredie|(?:(?<=\xc5\x9a)|(?<=\xc5\x9b)|(?<=s))rodowisko|milj(?:\xc3[\xb6\x96\xb8\x98]|o)"""
                             rb"""|ortam|mediu(?:l)?|embeera|mazingira)\**`?[ \t]*\|(?:[^\n|]{0,128}\|){0,8}[ \t]*\**`?"""
                             rb"""(?:(?:api|secret|merchant|client|hmac|signing|private|app)[ \t-]?)?"""
                             rb"""(?:secret|key|token|schl(?:\xc3[\xbc\x9c]|ue)ssel|clave)\**`?[ \t]*\|""")
# An integrations table's header cell naming a key, a token or a secret (see _KEPT_KEY_HEADER), its row's last or not
# (Tajik's `калид` reaches it by the literal kind's exact keywords: the compiled scanner takes ASCII heads only)
# (stop 62: Northern Sami's `čoavdda`, `čoavddaš`, matched from its ASCII `oavdda`)
_FOLDED_KEPT_KEY_TABLE = (rb"""(?:keys?|tokens?|secrets?|lykil(?:l|lin)?|oavdda(?:\xc5\xa1|s)?)"""
                          rb"""(?:[ \t]*(?:/|or)[ \t]*[a-z]{0,16}[ \t-]?(?:key|token|secret)s?)?\**`?[ \t]*\|""")
# (stop 65, pages) ... and an API key's header cell in the team's language (_KEPT_KEY_HEADER), from its `api`: the key's
# word after it (Turkish's `API anahtarı`, its `ı` folded to `i`; German's `API-Schlüssel`) or before it, looked behind
# at (Spanish's `Clave API`, `Clave de API`, French's `Clé API`, Portuguese's `Chave da API`)
_API_KEY_WORDS_AFTER = (rb"""(?:anahtar(?:i)?|schl(?:\xc3[\xbc\x9c]|ue|u)ssel|sleutel|kulcsa?|avain|klju(?:\xc4[\x8d\x8c]|c)|raktas"""
                        rb"""|atsl(?:\xc4[\x93\x92]|e)ga|v(?:\xc3[\xb5\x95]|o)ti|kunci|lykill(?:inn)?|a(?:\xc3[\xa7\x87]|c)ary?"""
                        rb"""|\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87|\xd0\x9a\xd0\x9b\xd0\xae\xd0\xa7)""")
_API_KEY_WORDS_BEFORE = (b"clave ", b"chiave ", b"chave ", b"cle ", b"cl\xc3\xa9 ", b"cl\xc3\x89 ", b"clau ", b"kunci ",
                         b"\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87 ")
_FOLDED_API_KEY_TABLE = (rb"""(?:(?:""" + b"|".join(rb"(?<=" + re.escape(word + tail) + rb")" for word in _API_KEY_WORDS_BEFORE
                                                 for tail in (b"", b"de ", b"d'", b"da "))
                         + rb""")api|api[ \t-]?""" + _API_KEY_WORDS_AFTER + rb""")\**`?[ \t]*\|""")
# (stop 62) ... and a MediaWiki table's header cell after its `!!` (`! Service !! Owner !! Key`, read as Markdown's by the
# page's carrier, which reads a page only where the prefilter hit one of its lines): the row's last cell ends the line
# (stop 65, md) ... and the key's word alone in the team's language (_KEPT_KEY_HEADER: `| Clé |`, `| Clave |`, `| Chave |`,
# `| Clau |`, `| Schlüssel |`, `| Sleutel |`), led by its cell's bar: `cl` or `ch` alone would head every `class`
# (stop 66: and Italian's, Corsican's and Latin America's key, a login's password beside a user's column or row:
# `| Chiave |`, `| Chjave |`, `| Llave |`, _config_forms' PAIRED_KEY_WORDS)
_FOLDED_LOCALIZED_KEY_TABLE = (rb"""\|[ \t]{0,2}(?:cl(?:\xc3[\xa9\x89]|e|ave|au)|chave|chiave|chjave|llave|schl(?:\xc3[\xbc\x9c]|ue)ssel"""
                               rb"""|sleutel)\**`?[ \t]*\|""")
_LOCALIZED_KEY_TABLE_HEADS = tuple(f"|{blanks}{word}" for blanks in ("", " ", "\t", "  ", " \t", "\t ", "\t\t")
                                   for word in ("cl", "chave", "chiave", "chjave", "llave", "schl", "sleutel"))
_FOLDED_KEPT_KEY_WIKI_HEADER = (rb"""!![ \t]*(?:[a-z]{0,16}[ \t-]?)?(?:keys?|tokens?|secrets?|lykil(?:l|lin)?"""
                                rb"""|(?:\xc4[\x8d\x8c]|c)oavdda(?:\xc5[\xa1\xa0]|s)?)[ \t]*(?:!!|\r?(?=\n|$))""")
# (stop 63) ... and a header cell naming a login or a password there (`! Server !! Role !! Login`, `!! Password`): its
# rows' pairs and passwords read as a Markdown table's (_LOGIN_HEADER), the page read only where the prefilter hit a line
_FOLDED_LOGIN_WIKI_HEADER = (rb"""!![ \t]*(?:[a-z]{0,16}[ \t-]?)?(?:log-?(?:in|on)s?|sign-?ins?|credentials?|creds"""
                             rb"""|passwords?|passwd)[ \t]*(?:!!|\r?(?=\n|$))""")
# (a head is where a match starts, as the compiled scanner confirms it there: Polish's `Środowisko` is matched from its
# ASCII `rodowisko`, its first letter looked behind at)
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_ENVIRONMENT_TABLE, ("env", "stage", "umgebung", "omgeving", "entorno", "ambiente", "prost", "rodowisko",
                                     "milj", "ortam", "mediu", "embeera", "mazingira")),
        # (led by the command and its blank: `set` alone is in every `settings`, `offset`, `set(`)
        (_FOLDED_MSF_SET, ("set ", "set\t", "setg ", "setg\t")),
        (_FOLDED_KEPT_KEY_TABLE, ("key", "token", "secret", "lykil", "oavdda")),
        (_FOLDED_API_KEY_TABLE, ("api",)),
        (_FOLDED_LOCALIZED_KEY_TABLE, _LOCALIZED_KEY_TABLE_HEADS),
        (_FOLDED_KEPT_KEY_WIKI_HEADER, ("!!",)),
        (_FOLDED_LOGIN_WIKI_HEADER, ("!!",)),
        (_FOLDED_NETWORK_TABLE, ("ssid", "essid", "network", "wlan", "wifi", "wi-fi", "netwerknaam", "netwerk naam", "netwerk\tnaam",
                                 "netzwerkname", "netzwerk name", "netzwerk\tname")),
    )
)

_HYDRA = lazy_regex(
    r"""^[ \t]*\[(?P<port>[0-9]{1,5})\]\[(?P<service>[\w.-]{1,32})\][ \t]+host:[ \t]+(?P<host>\S{1,255})"""
    r"""(?:[ \t]+login:[ \t]+(?P<user>\S{1,128}))?[ \t]+password:[ \t]+(?P<pw>\S(?:[^\n]{0,255}\S)?)[ \t]*$"""
)
_MEDUSA = lazy_regex(
    r"""ACCOUNT FOUND:[ \t]+\[(?P<service>[\w.-]{1,32})\][ \t]+Host:[ \t]+\S{1,255}[ \t]+User:[ \t]+(?P<user>\S{1,128})"""
    r"""[ \t]+Password:[ \t]+(?P<pw>\S{1,256})[ \t]+\[SUCCESS\]"""
)
# A Kerberos hash as hashcat and John write it, ended by a long hex run, then `:` and the plaintext.
_KERBEROS_CRACKED = lazy_regex(
    r"""^[ \t]*(?P<hash>\$krb5(?:tgs|asrep|pa|tgt)\$[^\s:]{0,512}(?::[^\s:]{1,512})?\$[0-9a-fA-F]{32,}):(?P<pw>[^\n]{1,256}?)[ \t]*$"""
)
# A plain hex hash and its plaintext (a pot's line; `user:hash:plain` is none: its first field is a name).
_HEX_CRACKED = lazy_regex(r"""^(?P<hash>[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}):(?P<pw>[^\n]{1,256}?)[ \t]*$""")
_PROXY_LIST_ENTRY = lazy_regex(
    r"""^[ \t]*(?P<type>socks4|socks5|http|raw)[ \t]+(?P<host>[\w.:-]{1,255})[ \t]+(?P<port>[0-9]{1,5})"""
    r"""[ \t]+(?P<user>[^\s#]{1,128})[ \t]+(?P<pw>[^\s#]{1,256})[ \t]*(?:#[^\n]*)?$"""
)
_MSF_SET = lazy_regex(
    r"""^[ \t]*(?:msf[0-9]?[^>\n]{0,80}>[ \t]*)?setg?[ \t]+(?P<key>[A-Za-z][A-Za-z0-9_]{1,63})[ \t]+"""
    r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'$\[{]{1,256}))[ \t]*$"""
)
# Options naming a file of passwords (`PASS_FILE`, `USERPASS_FILE`) hold a path.
_FILE_OPTION = ("FILE", "PATH", "DIR")


@lru_cache(maxsize=64)
def _file_kinds(lowered_name: str) -> Tuple[bool, bool]:
    """(a cracked-hashes file, a proxychains configuration), asked once a file, not at each line."""
    return _CRACKED_FILE.search(lowered_name) is not None, _PROXYCHAINS_FILE.search(lowered_name) is not None


# What a line (or its file's name) must hold for tool_output_secrets to find anything on it
# (kinds/_triggers.py).
TOOL_OUTPUT_TRIGGERS: Triggers = Triggers(exact=("host:", "ACCOUNT FOUND:", "$krb5", "set"),
                                names=lambda lowered_name: any(_file_kinds(lowered_name)))


def tool_output_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Placed]:
    """(offset, what it is, the key to judge it under, the value) of each credential a tool's
    output or configuration holds on the line."""
    line = lines[index] if index < len(lines) else ""
    if "host:" in line and line.lstrip().startswith("["):
        found = _HYDRA.match(line)
        if found is not None:
            who = f" of {found.group('user')}" if found.group("user") else ""
            yield 0, f"a login cracker's result{who} ({found.group('service')})", "password", found.group("pw")
    if "ACCOUNT FOUND:" in line:
        found = _MEDUSA.search(line)
        if found is not None:
            yield 0, f"Medusa's result of {found.group('user')} ({found.group('service')})", "password", found.group("pw")
    cracked_file, proxychains_file = _file_kinds(lowered_name)
    if "$krb5" in line:
        found = _KERBEROS_CRACKED.match(line)
        if found is not None:
            yield 0, "a cracked Kerberos hash's plaintext", "password", found.group("pw")
    elif ":" in line and cracked_file and not proxychains_file:
        found = _HEX_CRACKED.match(line)
        if found is not None:
            yield 0, "a cracked hash's plaintext", "password", found.group("pw")
    if proxychains_file:
        found = _PROXY_LIST_ENTRY.match(line)
        if found is not None:
            yield 0, f"proxychains' {found.group('type')} proxy login of {found.group('user')}", "password", found.group("pw")
    stripped = line.lstrip()
    if stripped.startswith("set") or "> set" in line:
        found = _MSF_SET.match(line)
        if found is not None and not found.group("key").upper().endswith(_FILE_OPTION):
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, f"a console's set {found.group('key')}", found.group("key"), value


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("[DATA] attacking ssh://198.51.100.7:22/\n[22][ssh] host: 198.51.100.7   login: backup   password: Quill_Marsh2286\n",
               "loot/hydra.txt", "hydra's result line"),
        Sample("$krb5tgs$23$*svc_web$CORP.LOCAL$corp.local/svc_web*$" + "9f" * 16 + "$" + "3c" * 60 + ":Heron!Basalt4417\n",
               "loot/tgs.cracked", "a cracked Kerberoast hash"),
        Sample("31d6cfe0d16ae931b73c59d7e0c089c0:Larch#Pewter803\n", "loot/ntlm.potfile", "a pot's NTLM hash and plaintext"),
        Sample("[ProxyList]\nsocks5 192.0.2.40 1080 relay Vn7Qk2Lx9Tw4Zr8M\n", "ops/proxychains.conf",
               "proxychains' login to a SOCKS proxy"),
        Sample("use auxiliary/scanner/ssh/ssh_login\nset USERNAME admin\nset PASSWORD Cinder.Otter5591\nrun\n",
               "msf/ssh_login.rc", "a Metasploit resource script's set PASSWORD"),
        Sample("# engagement day 1\n\n```\nnxc smb 10.9.0.0/24 -u svc_scan -p 'Maple#Orbit6620'\n```\n",
               "engagements/acme/notes/day1.md", "an operator's Markdown notes are no documentation"),
        Sample("| account | password |\n|---|---|\n| svc_web | `Hollow#Teal2231` |\n", "engagements/acme/notes/creds.md",
               "a notes table's password column"),
        Sample("## Accounts\n\n| System | User | Password |\n|---|---|---|\n| PMS (night role) | NIGHTRUN | gravel7#Pike!Oslo |\n",
               "docs/runbooks/end-of-day.md", "a runbook's accounts table (a runbook is no documentation)"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("[22][ssh] host: 198.51.100.7   login: root   password: <password>\n", "loot/hydra.txt",
               "a placeholder in a result's shape"),
        Sample("$krb5tgs$23$*svc_web$CORP.LOCAL$corp.local/svc_web*$" + "9f" * 16 + "$" + "3c" * 60 + "\n",
               "loot/tgs.hashes", "a Kerberoast hash not cracked"),
        Sample("[ProxyList]\nsocks5 127.0.0.1 9050\nsocks4 192.0.2.40 1080\n", "proxychains.conf", "proxies without a login"),
        Sample("use auxiliary/scanner/smb/smb_login\nset PASS_FILE /usr/share/wordlists/rockyou.txt\nset SMBPass $PASS\n",
               "msf/spray.rc", "a wordlist's path, a variable"),
        Sample("```\ncrackmapexec smb 10.0.0.0/24 -u users.txt -p '<password>'\n```\n", "docs/usage.md",
               "documentation's placeholder"),
        # (a documentation table's literal value warns, kinds/_test_tooling.py: its placeholder is none)
        Sample("| account | password |\n|---|---|\n| svc_web | `<password>` |\n| svc_bi | (in the vault) |\n", "docs/accounts.md",
               "a documentation table's placeholder and reference"),
        Sample("| account | password |\n|---|---|\n| svc_web | <redacted> |\n", "engagements/acme/notes/creds.md",
               "a notes table's redacted cell"),
        Sample("| System | User | Password |\n|---|---|---|\n| IFC (local admin) | see KeePass \"IFC\" | - |\n"
               "| PMS | NIGHTRUN | in the vault |\n", "ops/night-runbook.md", "a runbook table's references"),
    )
