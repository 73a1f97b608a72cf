"""Helpers the kinds' detectors share: placeholders, assigned values, neighbouring lines.

Case folding (`fold`) and lazily compiled patterns (`lazy_regex`) are the prefilter's
(secretfence.prefilter.spec): a detector's line checks must see text as its prefilter does.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Callable, Dict, FrozenSet, Generic, Iterable, Iterator, List, Optional, Sequence, Tuple, TypeVar

from secretfence.prefilter.spec import lazy_regex

# Where a token starts on a folded line: not inside a word (or right after `:-`, a shell default).
FOLDED_TOKEN_START = rb"(?:(?<![a-z0-9_-])|(?<=:-))"

# Source code: an unquoted value there is an expression (a variable, a call), not a literal. HCL
# quotes every string, so a bare value there (`random_password.db.result`, `var.x`, `file(…)`) is
# a reference too.
HCL_SUFFIXES = (".tf", ".tofu", ".hcl", ".tfvars")
EXPRESSION_SUFFIXES = (".py", ".pyi", ".js", ".ts", ".go", ".java", ".rb", ".php", ".cs", ".rs", ".kt", ".scala",
                       ".swift", ".c", ".cc", ".cpp", ".h", ".ipynb") + HCL_SUFFIXES
# Source code in more languages than the kinds' EXPRESSION_SUFFIXES: what the generic rules (the
# keyword rule's credential keys, the literal-credential kind) read as code.
CODE_SUFFIXES = EXPRESSION_SUFFIXES + (".mjs", ".cjs", ".tsx", ".jsx", ".kts", ".hpp", ".groovy", ".gradle", ".m",
                                       ".dart", ".lua", ".pl", ".r")
# Documentation: its values are examples for the reader, statements and settings to copy.
DOCUMENT_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".html", ".htm")
# A password's word in German and in the languages that build their words as German does (Dutch, Swedish, Norwegian,
# Danish, Finnish), as their documentation's readers match it (case-blind), and on folded bytes, where `ö` is two bytes
# and the ASCII run `senord` finds `lösenord` and `losenord`: one list, so that a language added reaches every reader.
# The words saying a password is the first login's or a temporary one, English's and the Romance languages' (`temp`,
# `initial`, Italian's `iniziale`, `provvisoria`, Spanish's `temporal`, `inicial`, Portuguese's `provisória`, French's
# `provisoire`, `temporaire`): a sheet's column head first (`password_provvisoria`: tabular) and a chat's spoken pair's
# word for its password (stop 70, chats: `login mngouabi, provisoire …`: _config_forms._SPOKEN_USER_PASS).
INITIAL_PASSWORD_WORDS = (r"""inizial[ei]|temporane[ao]|provvisori[ao]|inicial|temporal|provisional|provis(?:ó|o)ri[ao]"""
                          r"""|tempor(?:á|a)ri[ao]|initial[e]?|temporaire|provisoire|temp|temporary""")
GERMANIC_PASSWORD_WORDS = r"passwort|kennwort|wachtwoord|l(?:ö|o)senord(?:et)?|passord(?:et)?|adgangskoden?|salasanat?"
FOLDED_GERMANIC_PASSWORD_WORDS = rb"passwort|kennwort|wachtwoord|senord(?:et)?|passord(?:et)?|adgangskoden?|salasanat?"
# (Afrikaans's `wagwoord`, Dutch's word as Afrikaans spells it, compounded as Dutch's: `| Wagwoord |`, `- wagwoord: `…``,
# `Onbewaakte toegang wagwoord: …`, `admin-wagwoord`; its plural `wagwoorde` starts with it)
GERMANIC_PASSWORD_WORDS += r"|wagwoord"
FOLDED_GERMANIC_PASSWORD_WORDS += rb"|wagwoord"
# (Luxembourgish's `Passwuert`, German's word as Luxembourg writes it: `| Passwuert |`, `3. Passwuert: `…``,
# `# Passwuert: …` in a code block)
GERMANIC_PASSWORD_WORDS += r"|passwuert"
FOLDED_GERMANIC_PASSWORD_WORDS += rb"|passwuert"
# (stop 61, pages: West Frisian's `wachtwurd`, Dutch's word as Friesland writes it, compounded as Dutch's: `| Wachtwurd |`,
# `* Wachtwurd: …`, `- wachtwurd: `…``, `admin-wachtwurd`)
GERMANIC_PASSWORD_WORDS += r"|wachtwurd"
FOLDED_GERMANIC_PASSWORD_WORDS += rb"|wachtwurd"
# (stop 65) The English word borrowed into India's other scripts, as Hindi's, Marathi's and Nepali's `पासवर्ड` and
# Bengali's `পাসওয়ার্ড` are: Kannada's `ಪಾಸ್‌ವರ್ಡ್`, Telugu's `పాస్‌వర్డ్`, Malayalam's `പാസ്‌വേഡ്` (or `പാസ്‌വേർഡ്`),
# Gujarati's `પાસવર્ડ`, Punjabi's `ਪਾਸਵਰਡ`, Odia's `ପାସୱାର୍ଡ`; after a virama a zero-width non-joiner (U+200C) as some
# keyboards type it, or none. Its spellings (the readers' substring checks and keywords; a key's words are read with the
# joiner dropped, credential_keys) and its pattern (their regexes, a zero-width joiner too): one list, so that a spelling
# added reaches every reader.
# (stop 68, notes: Santali's in Ol Chiki, `ᱯᱟᱥᱣᱟᱨᱰ`, its second vowel written `ᱟ` or `ᱚ`: a Santali team's `ᱯᱟᱥᱣᱟᱨᱰ: …` below
# its Wi-Fi network's name; Santali written in Devanagari, Bengali or Odia takes those scripts' spellings above)
INDIC_PASSWORD_SPELLINGS = tuple(
    spelled for word in ("ಪಾಸ್\u200cವರ್ಡ್", "పాస్\u200cవర్డ్", "പാസ്\u200cവേഡ്", "പാസ്\u200cവേർഡ്", "પાસવર્ડ", "ਪਾਸਵਰਡ",
                         "ପାସୱାର୍ଡ", "ᱯᱟᱥᱣᱟᱨᱰ", "ᱯᱟᱥᱣᱚᱨᱰ")
    for spelled in dict.fromkeys((word, word.replace("\u200c", ""))))
INDIC_PASSWORD_WORDS = (r"ಪಾಸ್[\u200c\u200d]?ವರ್ಡ್|పాస్[\u200c\u200d]?వర్డ్|പാസ്[\u200c\u200d]?വേർ?ഡ്|પાસવર્ડ|ਪਾਸਵਰਡ|ପାସୱାର୍ଡ"
                        r"|ᱯᱟᱥᱣ[ᱟᱚ]ᱨᱰ")
# (stop 68, notes) Yiddish's password word, Russian's `пароль` in its Hebrew script, `פּאַראָל` (`parol` in YIVO's
# romanization), and its borrowing of German's, `פּאַסוואָרט`: its points (the dagesh of `פּ`, the patah and qamats of
# `אַ`, `אָ`) written as combining marks, as precomposed letters, or left out (`פאראל`), its double vav one letter or two.
# Dhivehi's borrowing of English's word in its Thaana script, `ޕާސްވޯޑް` (`ޕާސްވޯޑު`, `ޕާސްވަރޑް`), its vowel signs and
# sukun as typed or left out. The readers of notes and chats read them where they read Hebrew's `סיסמה` or India's
# borrowed words; their spellings (the prefilter's keywords, the readers' substring checks) are listed beside them.
_YIDDISH_PE = "(?:\ufb44|\u05e4\u05bc?)"
_YIDDISH_PATAH_ALEF = "(?:\ufb2e|\u05d0\u05b7?)"
_YIDDISH_KAMATS_ALEF = "(?:\ufb2f|\u05d0\u05b8?)"
YIDDISH_PASSWORD_WORDS = (_YIDDISH_PE + _YIDDISH_PATAH_ALEF + "\u05e8" + _YIDDISH_KAMATS_ALEF + "\u05dc|"
                          + _YIDDISH_PE + _YIDDISH_PATAH_ALEF + "\u05e1(?:\u05d5\u05d5|\u05f0)" + _YIDDISH_KAMATS_ALEF
                          + "\u05e8\u05d8")
# (what a line holding one holds whatever its points: `ראָל` / `ראל` ends `parol`, `רט` after a double vav ends `pasvort`)
YIDDISH_PASSWORD_SPELLINGS = ("\u05e8\u05d0\u05b8\u05dc", "\u05e8\ufb2f\u05dc", "\u05e8\u05d0\u05dc",
                              "\u05d5\u05d5\u05d0\u05b8\u05e8\u05d8", "\u05d5\u05d5\u05d0\u05e8\u05d8",
                              "\u05d5\u05d5\ufb2f\u05e8\u05d8", "\u05f0\u05d0\u05b8\u05e8\u05d8", "\u05f0\u05d0\u05e8\u05d8")
THAANA_PASSWORD_WORDS = ("\u0795\u07a7?\u0790\u07b0?\u0788(?:\u07af|\u07a6?\u0783\u07b0?|\u07af\u0783\u07b0?)"
                         "\u0791[\u07b0\u07aa]?")
THAANA_PASSWORD_SPELLINGS = ("\u0790\u07b0\u0788", "\u0795\u07a7\u0790\u0788")
# A log saved as text (`pip-log.txt`, pip's own log of a failed install; `build_log.txt`, `log.txt`):
# what a tool wrote as it ran, URLs with their userinfo included; no documentation (a change log is).
_LOG_TEXT = lazy_regex(r"(?:^|[/\\._-])(?<!change[._-])(?<!change)log\.txt$")


def is_log_text(lowered_name: str) -> bool:
    """The (lower-cased) file name is a log written as `.txt`, not documentation."""
    return lowered_name.endswith("log.txt") and _LOG_TEXT.search(lowered_name) is not None


# A file named for the credentials it keeps (`credentials.txt`, `passwords.md`, `db-creds.txt`,
# `secrets.txt`), an operator's working notes (`notes/`, `loot/`, `engagements/`, `TODO.md`): a team's
# notes of logins, no documentation; outside a documentation tree (Django's reST docs are `.txt`:
# `docs/topics/auth/passwords.txt` is prose about passwords). A team names its notes' folder in its own language
# too: Italian's `note/` and `appunti/`, Spanish's and Portuguese's `notas/` and `apuntes/`, German's `notizen/`
# (French's is `notes/`). (stop 61: West Frisian's `notysjes/`, Dutch's `notities/` and `aantekeningen/`, Kurmanji
# Kurdish's `têbînî/` (`tebini/`), Igbo's `ndetu/`)
# (stop 63: a plain-text file named `NOTES.txt`, a project's scratch pad as `TODO.md` is, its handover's `DJANGO_SECRET_KEY
# = …` the team's own; a Markdown `NOTES.md` is a project's design notes as often, left to documentation)
CREDENTIALS_TEXT = r"(?:^|[/\\])(?:[\w.-]{0,64}[._-])?(?:credentials?|creds|passwords?|passwds?|secrets|logins)\.(?:txt|md)$"
_CREDENTIALS_TEXT = lazy_regex(CREDENTIALS_TEXT)
# (stop 61: a notes folder in Breton, `notennoù` (`notennou` in ASCII), in Welsh, `nodiadau`, in Indonesian and Malay,
# `catatan`; in West Frisian, Dutch, Kurmanji and Igbo, `notysjes`, `notities`, `aantekeningen`, `têbînî`, `ndetu`)
_WORKING_NOTE = lazy_regex(r"(?:^|[/\\])(?:notes|note|notas|appunti|apuntes|notizen|notennoù|notennou|nodiadau|catatan|loot"
                           r"|engagements?|pentests?|red-?team|notysjes|notities|aantekeningen|t(?:ê|e)b(?:î|i)n(?:î|i)|ndetu)[/\\]"
                           r"|(?:^|[/\\])(?:todo\.(?:md|txt)|notes\.txt)$"
                           # (stop 68, notes: or a plain-text file named as a note on what follows its word, in English,
                           # Indonesian and Malay, Javanese or Yiddish: `catatan-meja.txt` (the desk's notes), `cathetan_
                           # router.txt`, `notes-office.txt`, `notitsn-kontor.txt`; a project's `release-notes.txt` opens
                           # with another word)
                           r"|(?:^|[/\\])(?:notes?|catatan|cathetan|notitsn|notitsen)[-_][^/\\]{1,64}\.txt$"
                           # (stop 63: a team's plain-text notes in a folder named for its project, `juphasuma-notas/…txt`;
                           # a project's release notes are its documentation, and such a folder's Markdown pages are read
                           # as documentation still: its tables' password columns are the documentation readers')
                           r"|(?:^|[/\\])(?!release[-_])[\w.]{1,64}[-_](?:notes|notas)[/\\](?:[^/\\]{1,128}[/\\]){0,3}[^/\\]{1,128}\.txt$")
# (stop 62) A chat's export kept among a notes folder, whatever tree keeps it (`docs/notes/whatsapp-ops-2026-09.txt`,
# `docs/notes/telegram-chat.txt`): the team's own conversation as it was held, no reader's prose, as a notes folder's
# file named for credentials is read (is_no_document).
_CHAT_EXPORT_NOTE = lazy_regex(r"(?:^|[/\\])(?:whatsapp|telegram|signal|viber)[^/\\]*\.txt$")
# (stop 64) Or a chat's export named so wherever it is kept (`docs/whatsapp_IT_group_export.txt`, `telegram-chat-ops.txt`):
# the messenger's name and a word saying it is a conversation's copy (chat, export, group); a documentation page about a
# messenger (`docs/whatsapp-integration.txt`) says neither.
# (stop 70, chats: the other messengers a team's chat is copied out of, named so with the same words: Microsoft Teams',
# `teams-export-compta.txt`, `msteams_chat_ops.txt`, Slack's, Skype's, Discord's, Messenger's, Mattermost's, Rocket.Chat's,
# WeChat's; `teams` alone, `docs/teams.txt`, `teams-onboarding.txt`, says no copy)
_CHAT_MESSENGERS = r"(?:whatsapp|telegram|signal|viber|(?:ms-?|microsoft-?)?teams|slack|skype|discord|messenger|mattermost|rocket-?chat|wechat)"
_NAMED_CHAT_EXPORT = lazy_regex(r"(?:^|[/\\])" + _CHAT_MESSENGERS + r"[^/\\]*[-_. ](?:chats?|exports?|groups?)"
                                r"(?:[-_. ][^/\\]*)?\.txt$"
                                # (stop 67, notes: or a chat's export named so and dated, whatever the messenger,
                                # `support/chat-export-2024-06-12.txt`, `chat-log_2024-06.txt`: the copy of one day's
                                # conversation, as a crew's dated log is its day's record; a page about a product's chat
                                # export feature, `docs/chat-export.txt`, carries no date)
                                r"|(?:^|[/\\])(?:[^/\\]{1,64}[-_])?chat[-_]?(?:exports?|logs?|history|transcript)[-_]"
                                r"(?:19|20)[0-9]{2}(?:[-_.]?[0-9]{2}){0,2}(?:[-_.][^/\\]*)?\.txt$")
# (stop 68, chats) Or a chat's export filed as a team files one, wherever the tree keeps it: in a folder named for its
# messenger, a name saying it is a conversation, a day's date or the messenger's name (`ops/whatsapp/control-room-
# chat.txt`, `bureau/whatsapp/Discussion WhatsApp avec Equipe.txt`, `whatsapp/2024-06-14.txt`); in a folder named for
# chats or their exports, a name dated or the messenger's (`office/chat/savio-anton-2024-05.txt`, `docs/chat-export/viber-
# noqtalar.txt`); or named with a word saying it is a conversation before the messenger's name, as the messenger saves it
# in the phone's language or a person names it (`WhatsApp Chat with Ops.txt` is the rule above; `Discussion WhatsApp avec
# …`, `Chat de WhatsApp con …`, `Conversa do WhatsApp com …`, `chat_WhatsApp_directiva.txt`). A page about a messenger's
# integration (`docs/whatsapp/setup.txt`, `docs/chat/widget.txt`) is named none of these ways.
# (review 69: Russian's and Ukrainian's `чат`, as WhatsApp names its export in them, `Чат WhatsApp с Командой.txt`)
_CHAT_WORDS = r"(?:chats?|discussion|conversa(?:tion|ción|cion|zione)?s?|gespr(?:ä|ae)ch|чат)"
_CHAT_DATE = r"(?:(?:19|20)[0-9]{2}[-_.]?[01][0-9]|[0-3]?[0-9][-_.][01]?[0-9][-_.](?:19|20)?[0-9]{2})"
_FILED_CHAT_EXPORT = lazy_regex(
    r"(?:^|[/\\])(?:whatsapp|telegram|viber)[/\\](?:[^/\\]{1,128}[/\\]){0,2}"
    r"[^/\\]{0,128}?(?:(?<![a-z])" + _CHAT_WORDS + r"(?![a-z])|" + _CHAT_DATE + r"|whatsapp|telegram|viber)[^/\\]{0,128}\.txt$"
    r"|(?:^|[/\\])(?:chats?|chat[-_ ]?(?:exports?|logs?|history|archives?))[/\\](?:[^/\\]{1,128}[/\\]){0,2}"
    r"(?!release|changelog|changes|news)[^/\\]{0,128}?(?:" + _CHAT_DATE + r"|whatsapp|telegram|viber)[^/\\]{0,128}\.txt$"
    r"|(?:^|[/\\])[^/\\]{0,64}?(?<![a-z])" + _CHAT_WORDS + r"[-_. ]"
    r"(?:(?:de|do|da|di|du|von|with|avec|con|com|с|з)[-_. ])?(?:whatsapp|telegram|viber)(?![a-z])[^/\\]{0,128}\.txt$")
# (what such a name holds, lower-cased: the gate before _FILED_CHAT_EXPORT)
_FILED_CHAT_WORDS = ("whatsapp", "telegram", "viber", "chat")
# (stop 65, notes) A crew's or a shift's dated log of its work kept as plain text, wherever the tree keeps it
# (`grid/docs/crew-log-2024-07.txt`, `shift-log-2024-07-09.txt`, `ops_logbook_2024.txt`): the team's own record of its
# days on its own systems (the installer password a vendor set, the gate code changed), no reader's prose, read as an
# operator's notes are. Named for who keeps it and dated, as such logs are filed; a machine's log (`server.log.txt`,
# is_log_text) and a project's change log name neither.
_WORK_LOG_TEXT = lazy_regex(r"(?:^|[/\\])(?:crew|shift|site|field|duty|ops|operations|maintenance|work)[-_]?log(?:book)?"
                            r"[-_][0-9]{4}(?:[-_][0-9]{2}){0,2}\.txt$")
# (stop 64) A support ticket's record kept as plain text in a support's or tickets' folder, named by the ticket's number
# or opening with the day it was handled (`support/ticket-4471.txt`, `docs/support/2024-07-02-kiosk.txt`,
# `helpdesk/INC-2291.txt`): the team's record of a case on its own systems (the key it sent the vendor, the password it
# logged in with), no reader's prose, read as an operator's notes are. (A product's documentation of its support, a
# `docs/support/contact.txt`, opens with neither.)
_SUPPORT_TICKET_TEXT = lazy_regex(
    r"(?:^|[/\\])(?:support|tickets?|helpdesk|help-desk|service-?desk)[/\\](?:[^/\\]{1,128}[/\\]){0,2}"
    r"(?:(?:ticket|case|inc|req|sr)[-_#]?[0-9]{2,10}|#?[0-9]{3,10}|(?:19|20)[0-9]{2}[-_.]?[01][0-9][-_.]?[0-3][0-9])(?:[-_.][^/\\]*)?\.txt$")
# (stop 67, notes) An operator's scratch pad (`ops-scratch.md`, `scratch.txt`, `kila_scratchpad.md`), whatever tree keeps it
# (`docs/notes/ops-scratch.md`): the team's jottings as they work (a restart's command, a dashboard's URL with its login),
# no page written for a reader. Named so and no more (a page about Salesforce's scratch orgs, `scratch-orgs.md`, is not).
_SCRATCH_PAD = lazy_regex(r"(?:^|[/\\])(?:[\w-]{0,64}[._-])?scratch(?:[-_]?pad)?\.(?:md|txt)$")
_DOCUMENTATION_TREE = lazy_regex(r"(?:^|[/\\!])(?:docs?|documentation|man|examples?|samples?|site-packages)[/\\]")
# A runbook (`docs/runbooks/mqtt.md`, `ops-runbook.md`): the operators' procedure for their own
# deployment, kept beside the docs; its hosts, users and passwords are the deployment's, no reader's example.
_RUNBOOK = lazy_regex(r"(?:^|[/\\])run-?books?[/\\]|(?:^|[/\\._-])run-?book[^/\\]*$")
# A handover note (`HANDOVER.md`, `docs/handover/sales-systems.md`, `handover-reception-2024.md`, `IT-handover.md`): one
# person's notes of the team's systems for the next. Still documentation (its readers read its forms), but its values
# are the team's own, no reader's example: where documentation reads only a password's label, a handover's key, token
# and secret are read too, at documentation's bar (see is_handover_note's callers). A word of the path, a folder's or
# the file's. ("Handoff" is left out: a chat or a call handed to a person is many a product's documented feature.) A
# Malay team's names it `serahan tugas` (`serahan_tugas_it_2024.md`), an Indonesian team's `serah terima`
# (`serah-terima-it.md`); `serahan` alone is any submission's.
_HANDOVER = lazy_regex(r"(?:^|[/\\._-])(?:hand[-_]?overs?|serahan[-_]tugas|serah[-_]?terima)(?:[/\\._-]|$)")
# (Catalan's `traspàs`, the handing over of a job or a business: `docs/traspas-botiga-online.md`, `traspàs/it.md`)
_CATALAN_HANDOVER = lazy_regex(r"(?:^|[/\\._-])trasp(?:à|a)s(?:[/\\._-]|$)")
# An incident's write-up (`docs/incidents/2024-05-02-booking-mail.md`, `postmortems/INC-2291.md`, `2023-11-08-postmortem.md`,
# `incident-report-db-failover.md`): the team's record of what happened on its own systems, no reader's example, so its
# values (the token that leaked, the old key kept to be deleted) are the team's own, read as a handover note's are. Known
# by its name's word (`postmortem`, `post-mortem`, `incident-report`, `incident-review`), or in an incidents' or
# postmortems' folder by a name opening with the incident's date or number, as write-ups are filed (a product's
# documentation of its incidents feature, `docs/incidents/create.md`, names neither).
_INCIDENT_RECORD = lazy_regex(
    r"(?:^|[/\\._-])(?:post-?mortems?|incident[-_](?:reports?|reviews?|write-?ups?))(?:[/\\._-]|$)"
    r"|(?:^|[/\\])(?:incidents?|post-?mortems?)[/\\](?:(?:19|20)[0-9]{2}[-_.]?[01][0-9](?:[-_.]?[0-3][0-9])?|inc[-_]?[0-9]{1,8})[-_.]"
    r"[^/\\]*$")
# A meeting's minutes filed in a meetings' folder by a name opening with the meeting's date (`docs/meetings/2024-11-18-
# vendor.md`; Polish's `spotkania/`, German's `besprechungen/`, Dutch's `vergaderingen/` and `notulen/`, Spanish's
# `reuniones/` and `actas/`, Portuguese's `reunioes/`, French's `reunions/`, Italian's `riunioni/` and `verbali/`): the
# team's record of what it agreed, its values (the account a vendor was given) its own, read as an incident's write-up's
# are. (A product's documentation of its meetings feature, `docs/meetings/scheduling.md`, opens with no date.)
_MEETING_RECORD = lazy_regex(
    r"(?:^|[/\\])(?:meetings?|meeting[-_]notes|minutes|spotkania|besprechungen|vergaderingen|notulen|reuniones|actas"
    r"|reuni(?:õ|o)es|r(?:é|e)unions|riunioni|verbali"
    # (stop 64: the Nordic languages' meetings and minutes, Faroese's and Icelandic's `fundir`, Danish's `møder`,
    # Norwegian's `møter`, Swedish's `möten`, their `referater`, `referat`; in ASCII `moeder`, `moeter`, `moeten`)
    r"|fundir|m(?:ø|oe)(?:d|t)er|m(?:ö|oe)ten|referater|referat)[/\\](?:19|20)[0-9]{2}[-_.]?[01][0-9][-_.]?[0-3][0-9][-_.][^/\\]*$")
# (stop 69, notes) A meeting's minutes named so in the file's own name with the meeting's date, month at least, before or
# after the word, wherever the file is kept (`docs/board/minutes_2025-11-15.md`, `2024-03-02-board-minutes.md`,
# Indonesian's and Malay's `notulen`, `notulensi`, `catatan_rapat_it_2024-05.md` (a meeting's notes), `rapat-2024-05-14.md`,
# Dutch's `notulen`, German's `besprechungsprotokoll`, Russian's `протокол`, French's `compte-rendu`, Spanish's `acta`):
# the team's record of its own meeting, as a minutes folder's dated file is (_MEETING_RECORD). A page about minutes with
# no date (`docs/minutes-template.md`, `how-to-take-minutes.md`) is none.
_MEETING_FILE = lazy_regex(
    r"(?:^|[/\\])(?=[^/\\]*(?<![0-9])(?:19|20)[0-9]{2}[-_.]?[01][0-9](?![0-9]{3}))"
    r"[^/\\]*?(?<![^\W\d_])(?:minutes|meeting[-_]notes|notulen(?:si)?|rapat|notula|compte[-_]rendu|actas?|verbale"
    r"|besprechungsprotokoll|sitzungsprotokoll|протокол[^\W\d_]{0,4})(?![^\W\d_])[^/\\]*$")
_MEETING_FILE_WORDS = ("minutes", "meeting", "notul", "rapat", "compte", "acta", "verbale", "protokoll", "протокол")
# (what a meeting's folder's name holds, lower-cased: the gate before _MEETING_RECORD)
_MEETING_FOLDER_WORDS = ("meeting", "minutes", "spotkania", "besprechungen", "vergaderingen", "notulen", "reuni", "actas",
                         "union", "verbali",
                         "fundir", "møder", "møter", "möten", "moeder", "moeter", "moeten", "referat")


# A VPN's or a Wi-Fi network's pre-shared key named in another language, as a router's or Windows' own screens name it
# (a label's words, case-blind): Spanish's `Clave precompartida` (FortiGate, Windows), Portuguese's `Chave
# pré-compartilhada` / `pré-partilhada`, French's `Clé pré-partagée`, Italian's `Chiave pre-condivisa`, German's
# `Vorinstallierter Schlüssel` (Windows) and `Pre-Shared-Key`. (English's `pre-shared key` is each reader's own.)
LOCALIZED_PRE_SHARED_KEY = (r"""(?:clave[ \t]+pre-?compartida|chave[ \t]+pr[ée]-?(?:compartilhada|partilhada)"""
                            r"""|cl[ée][ \t]+pr[ée]-?partag[ée]e|chiave[ \t]+pre-?condivisa"""
                            r"""|vorinstallierter[ \t]+schl(?:ü|ue)ssel|pre-shared-key)""")
# (what a line naming one holds, lower-cased: the gate before LOCALIZED_PRE_SHARED_KEY's pattern)
LOCALIZED_PRE_SHARED_WORDS = ("compartida", "compartilhada", "partilhada", "partag", "condivisa", "vorinstallierter",
                              "pre-shared-key")


# Django's error report as it saves to text (the debug page's copy-and-paste view, the `technical_500.txt` body a
# plain-text client or `mail_admins` receives): `Request Method:` (or `Exception Type:`) and `Django Version:` lines at
# its head, then the traceback and the settings (`SECRET_KEY = '…'`). What the server wrote, kept as `.txt` beside the
# docs (`docs/troubleshooting/error-500-dump.txt`): a log, its values the deployment's, no reader's example.
_DJANGO_REPORT_LINE = lazy_regex(r"^(?:Request Method|Exception Type|Django Version): \S")
_ERROR_REPORT_HEAD_LINES = 30


def is_saved_error_report(lines: Sequence[str]) -> bool:
    """The text is a Django error report saved as it was written (see _DJANGO_REPORT_LINE): a `Django Version:`
    line and a `Request Method:` or `Exception Type:` line, each at a line's start, among its first lines."""
    heads = {found.group(0).split(":", 1)[0] for found in (
        _DJANGO_REPORT_LINE.match(line) for line in lines[:_ERROR_REPORT_HEAD_LINES] if line[:1] in ("R", "E", "D"))
        if found is not None}
    return "Django Version" in heads and len(heads) >= 2


def is_handover_note(lowered_name: str) -> bool:
    """The (lower-cased) file name is a handover note's (see _HANDOVER)."""
    return (("hand" in lowered_name or "serah" in lowered_name) and _HANDOVER.search(lowered_name) is not None) or (
        "trasp" in lowered_name and _CATALAN_HANDOVER.search(lowered_name) is not None)


def is_incident_record(lowered_name: str) -> bool:
    """The (lower-cased) file name is an incident's write-up (see _INCIDENT_RECORD)."""
    return ("mortem" in lowered_name or "incident" in lowered_name) and _INCIDENT_RECORD.search(lowered_name) is not None


# (stop 65, notes) A plain-text note filed in a notes folder inside a documentation tree (`docs/notes/onepay-go-live.txt`,
# `doc/notas/…txt`): the team's own notes (a go-live's, a setup's), no reader's prose, yet kept among the docs, so
# still documentation (is_no_document leaves it there), its values read as a handover's are. A Markdown or
# reStructuredText page there is left to documentation alone: a project's design notes as often.
_DOCUMENTED_NOTES_TEXT = lazy_regex(r"(?:^|[/\\])(?:docs?|documentation)[/\\](?:[^/\\]{1,128}[/\\]){0,3}"
                                    r"(?:notes|note|notas|appunti|apuntes|notizen)[/\\][^/\\]{1,128}\.txt$")


# (stop 70, commands) A code review's record kept as a page: in a reviews' folder (`reviews/PR-118-semaphore-fallback.md`,
# `code-review/sms.md`), or named for the pull or merge request it reviews by its number (`PR-118.md`, `pr_118_review.md`,
# `MR-42-notes.txt`, `pull-118.md`): the team's record of a change to its own code, the values it quotes (the key a change
# hard-coded) its own, no reader's example. (A tutorial's page showing a change to make, `docs/upgrading.md`, is neither.)
_REVIEW_PAGE_FILES = (".md", ".markdown", ".txt")
_REVIEW_RECORD = lazy_regex(
    r"(?:^|[/\\])(?:code[-_]?)?reviews?[/\\](?:[^/\\]{1,128}[/\\]){0,2}[^/\\]{1,128}$"
    r"|(?:^|[/\\._-])(?:pr|mr|pull|pull[-_]request|merge[-_]request)[-_#]?[0-9]{1,6}(?:[-_.][^/\\]*)?$")
_REVIEW_WORDS = ("review", "pr", "mr", "pull", "merge")


def is_review_record(lowered_name: str) -> bool:
    """The (lower-cased) file name is a code review's record (see _REVIEW_RECORD)."""
    return lowered_name.endswith(_REVIEW_PAGE_FILES) and any(word in lowered_name for word in _REVIEW_WORDS) \
        and _REVIEW_RECORD.search(lowered_name) is not None


def is_teams_own_record(lowered_name: str) -> bool:
    """The (lower-cased) file name is the team's own record of its systems, its values no reader's example: a handover
    note (is_handover_note), an incident's write-up (is_incident_record), a code review's (is_review_record), a meeting's
    dated minutes (_MEETING_RECORD)
    or a notes folder's plain text kept among the docs (_DOCUMENTED_NOTES_TEXT)."""
    return is_handover_note(lowered_name) or is_incident_record(lowered_name) or is_review_record(lowered_name) or (
        any(word in lowered_name for word in _MEETING_FOLDER_WORDS) and _MEETING_RECORD.search(lowered_name) is not None) or (
        any(word in lowered_name for word in _MEETING_FILE_WORDS) and _MEETING_FILE.search(lowered_name) is not None) or (
        lowered_name.endswith(".txt") and _DOCUMENTED_NOTES_TEXT.search(lowered_name) is not None)


# A server's configuration saved as `.txt` (Terraria's `serverconfig.txt`, `key=value` a line): settings, no prose.
_SERVER_CONFIG_TEXT = lazy_regex(r"(?:^|[/\\])(?:[\w-]{0,64}[_-])?server[_-]?config\.txt$")
# A wpa_supplicant configuration saved as `.txt` (OctoPi's `boot/octopi-wpa-supplicant.txt`, copied to
# /etc/wpa_supplicant at boot): its `network={…}` blocks, no prose.
_WPA_SUPPLICANT_TEXT = lazy_regex(r"(?:^|[/\\])[\w.-]{0,64}wpa[_-]supplicant[\w.-]{0,64}\.txt$")


# Wowza Streaming Engine's stream targets are a `.txt` map in its application's configuration
# (`conf/<application>/PushPublishMap.txt`, `<source>={<json properties>}` a line): settings, no prose.
_STREAM_TARGET_MAP_TEXT = lazy_regex(r"(?:^|[/\\])pushpublishmap[\w.-]{0,64}\.txt$")


# Perforce keeps its tickets in `p4tickets.txt` on Windows (`%USERPROFILE%\p4tickets.txt`; `~/.p4tickets`
# elsewhere): `host:port=user:ticket` lines, no prose.
_TOOL_STORE_TEXT = lazy_regex(r"(?:^|[/\\])p4tickets\.txt$")
# (stop 67, notes) Rails' key file saved as text to be handed on (`config/master.key.txt`, `credentials/production.key.txt`:
# the key, a comment above it saying where to copy it): the key file, no prose (kinds/_web_forms.py reads its key).
_RAILS_KEY_TEXT = lazy_regex(r"(?:^|[/\\])(?:master|credentials[/\\][\w.-]{1,64})\.key\.txt$")


# EZproxy's configuration and accounts are `.txt` files (`config.txt`, `user.txt`, in its directory):
# directives, no prose.
_EZPROXY_TEXT = lazy_regex(r"(?:^|[/\\])[^/\\]{0,64}ezproxy[^/\\]{0,64}[/\\](?:[^/\\]{1,128}[/\\]){0,3}(?:user|config)\.txt$")


# (stop 68, pages) Plain text kept in a project's operations folder (`ops/cctv.txt`, `shop/ops/router.txt`, `devops/…txt`)
# outside any documentation tree: the operators' own record of their systems (a camera's stream URLs, a crontab, a
# shell's history, a dump), no reader's prose; its values are the deployment's, read as an operator's notes are. A docs
# tree's `docs/ops/…txt` stays documentation, and so does a folder's own readme or licence (`ops/README.txt`); a
# requirements or CMake file is read by its own name.
_OPS_TEXT = lazy_regex(r"(?:^|[/\\])(?:dev|sys|it[-_]?|net)?ops[/\\](?:[^/\\]{1,128}[/\\]){0,2}"
                       r"(?!readme|license|licence|changelog|copying|notice|authors|cmakelists|requirements)[^/\\]{1,128}\.txt$")


def is_documentation(lowered_name: str) -> bool:
    """Documentation by its name (DOCUMENT_SUFFIXES), less what is_no_document sets apart."""
    return lowered_name.endswith(DOCUMENT_SUFFIXES) and not is_no_document(lowered_name)


def is_chat_export(lowered_name: str) -> bool:
    """A chat's text export named or filed as one (_NAMED_CHAT_EXPORT, _FILED_CHAT_EXPORT), wherever the tree keeps it: the
    team's conversation as it was held (a chat's JSON export is read as one, engine.carriers.chat_export_json)."""
    return _NAMED_CHAT_EXPORT.search(lowered_name) is not None or (
        lowered_name.endswith(".txt") and any(word in lowered_name for word in _FILED_CHAT_WORDS)
        and _FILED_CHAT_EXPORT.search(lowered_name) is not None)


def is_no_document(lowered_name: str) -> bool:
    """A file DOCUMENT_SUFFIXES would take for documentation that is none: a log saved as `.txt`
    (`pip-log.txt`), a server's configuration, a tool's credential store (`p4tickets.txt`), a file of credentials, an operator's working notes or
    runbook (see above)."""
    if is_log_text(lowered_name) or (lowered_name.endswith("config.txt") and _SERVER_CONFIG_TEXT.search(lowered_name)):
        return True
    if "supplicant" in lowered_name and _WPA_SUPPLICANT_TEXT.search(lowered_name):
        return True
    if "p4tickets" in lowered_name and _TOOL_STORE_TEXT.search(lowered_name):
        return True
    if lowered_name.endswith(".key.txt") and _RAILS_KEY_TEXT.search(lowered_name):
        return True
    if "pushpublishmap" in lowered_name and _STREAM_TARGET_MAP_TEXT.search(lowered_name):
        return True
    if "ezproxy" in lowered_name and _EZPROXY_TEXT.search(lowered_name) and _DOCUMENTATION_TREE.search(lowered_name) is None:
        return True
    named = _CREDENTIALS_TEXT.search(lowered_name) is not None
    noted = _WORKING_NOTE.search(lowered_name) is not None
    # (a notes folder's file named for credentials is the team's notes whatever tree keeps it: `docs/notes/office-
    # passwords.txt`; a documentation tree's file named so and no more is prose as often, Django's `passwords.txt`)
    chat = (noted and _CHAT_EXPORT_NOTE.search(lowered_name) is not None) or is_chat_export(lowered_name)
    if "log" in lowered_name and _WORK_LOG_TEXT.search(lowered_name) is not None:
        return True  # (a crew's dated log of its work: see _WORK_LOG_TEXT)
    if "scratch" in lowered_name and _SCRATCH_PAD.search(lowered_name) is not None:
        return True  # (an operator's scratch pad: see _SCRATCH_PAD)
    if "ops" in lowered_name and lowered_name.endswith(".txt") and _OPS_TEXT.search(lowered_name) is not None \
            and _DOCUMENTATION_TREE.search(lowered_name) is None:
        return True  # (an operations folder's plain text: see _OPS_TEXT)
    if ("support" in lowered_name or "ticket" in lowered_name or "desk" in lowered_name) \
            and _SUPPORT_TICKET_TEXT.search(lowered_name) is not None:
        return True  # (a support ticket's record: see _SUPPORT_TICKET_TEXT)
    return ((named or noted) and _DOCUMENTATION_TREE.search(lowered_name) is None) or (named and noted) or chat \
        or _RUNBOOK.search(lowered_name) is not None


def is_credentials_note(lowered_name: str) -> bool:
    """The (lower-cased) file name says it keeps credentials (`office-passwords.txt`, `creds.md`) and is no
    documentation (is_no_document): each of its `label : value` lines is a login's, as its writer listed them."""
    if not lowered_name.endswith((".txt", ".md")) or not any(word in lowered_name for word in _CREDENTIALS_TEXT_WORDS):
        return False  # (a cheap test first: every file's name is asked)
    return _CREDENTIALS_TEXT.search(lowered_name) is not None and is_no_document(lowered_name)


_CREDENTIALS_TEXT_WORDS = ("cred", "passw", "secrets", "logins")  # (_CREDENTIALS_TEXT's words, as a name holds them)


Placed = TypeVar("Placed", bound=Tuple[Any, ...])  # a reader's find: its line offset, then what it found

# Findings a line gives at most, whichever reader finds them (a line of thousands of values in one
# reader's form, a dump's row list): the first ones report the line; the rest would flood the
# report and every check after it.
MAX_FINDINGS_A_LINE = 64


class LineCap:
    """Findings counted by the line they stand on (a line offset): each line takes at most
    `limit`. One a `find` call, shared by the readers whose values it reports."""

    def __init__(self, limit: int = MAX_FINDINGS_A_LINE) -> None:
        self.limit = limit
        self._counts: Dict[int, int] = {}

    def full(self, offset: int) -> bool:
        return self._counts.get(offset, 0) >= self.limit

    def take(self, offset: int) -> bool:
        """Count one more finding on the line; False (nothing counted) when the line is full."""
        count = self._counts.get(offset, 0)
        if count >= self.limit:
            return False
        self._counts[offset] = count + 1
        return True

    def within(self, found: Iterable[Placed]) -> Iterator[Placed]:
        """A reader's finds (its line offset first) on lines not full yet: a line's thousands
        are not judged past its cap."""
        for item in found:
            if not self.full(item[0]):
                yield item


# `$(` opening a command substitution or a make / pipeline variable: a space, a nested `(` / `$`, a quote, a path
# or bash's read of a file after it (`$( cmd )`, `$((…))`, `$('id')`, `$(./get.sh)`, `$(</run/secrets/pw)`), a name
# or command word ended as one ends (`$(DB_PASS)`, `$(Build.SourcesDirectory)`, `$(cat f)`, `$(op read …)`), or
# make's automatic variable (`$(@D)`, `$(<F)`, `$(^)`). Django's generated alphabet holds `$`, `(` and `-` (and `@`,
# `^`, `*`, `%`, `+`, lower case only, no `<`): inside a generated key, `$(p-)g` opens nothing, nor does `$((d0u)-5`:
# arithmetic (`$((n+1))`, `$(( a * b ))`, `$(((a+b)*2))`) is closed by `))`, or spaced, or nests one more `(`.
SUBSTITUTION_OPENS = r"""\$\((?:\((?:[ \t(]|[^()\n]{0,128}\)\))|[ \t$'"./~<]|[A-Za-z_](?:[\w.-]{0,127}[\w.])?(?=[)\s|;:])|[@*^?%+|][DF]?(?=\)))"""

# A template token's name (_TEMPLATE): parts joined by `.`, `-` or `_`, each capitals (`WIFI`, `PSK2`) or a word and
# its camel-case words (`db`, `DbPassword`), a number only at a part's end; one way only to read each (no backtracking).
_TOKEN_PART = r"(?:[A-Z]{1,32}|[A-Za-z][a-z]{0,31}(?:[A-Z][a-z]{1,31}){0,8})[0-9]{0,4}"
_TOKEN_NAME = _TOKEN_PART + r"(?:[._-]" + _TOKEN_PART + r"){0,15}"
# A password manager's name in a secret reference (a vault's, an item's, a field's: `Dispatch Prod`, `api token`):
# words of letters, digits, `.`, `_`, `-`, one blank between (a blank is a name's only where a word follows it).
_MANAGER_NAME = r"[\w.-]{1,64}(?:[ ][\w.-]{1,64}){0,7}"
_TEMPLATE = lazy_regex(
    r"""^(?:
        \$\$?\{.*\}|""" + SUBSTITUTION_OPENS + r""".*\)|\$\$?[A-Za-z_][A-Za-z0-9_]*|   # shell / compose variables ($$: compose's escape)
        # IntelliJ macros ($PROJECT_DIR$, and paths under one), Windows %VARIABLES%, Ruby / Octopus #{x}
        (?:\$[A-Za-z_][\w.]*\$|%[A-Za-z_][\w.]*%)(?:[/\\].*)?|\#\{.*\}\#?|
        \{\{.*\}\}|\{%.*%\}|                           # jinja, helm
        <[^<>]*>|\[[^\[\]]*\]|\{[^{}]*\}|              # <password>, [password], {password}
        %\(.*\)s|%[sd]|__[A-Z_]+__|                    # printf, dunder markers
        # autoconf's and Maven resource filtering's markers (`@db.password@`, `@project.version@`), and the
        # tokens a build or a release pipeline fills in: `@@WIFI_PSK@@` (a sed-filled template's), `##API_TOKEN##`,
        # the Replace Tokens task's `#{DbPassword}#` (above, with Octopus' `#{…}`) and its and the Release Management
        # Tokenizer's `__DbPassword__` (a name's case kept: words of letters, a number after one, `.`, `-`, `_`
        # between; not a drawn value, `@@Xk9mP2qL7vR4@@` is a password the signs wrap)
        @[A-Za-z_][\w.-]*@|@@""" + _TOKEN_NAME + r"""@@|\#\#""" + _TOKEN_NAME + r"""\#\#|__""" + _TOKEN_NAME + r"""__|
        # Datadog Autodiscovery's template variables (`%%env_REDIS_PASSWORD%%`, `%%host%%`) and
        # Grafana provisioning's (`$__env{DD_API_KEY}`, `$__file{/run/secrets/key}`): filled in at run time
        %%[A-Za-z_][\w.-]*%%|\$__(?:env|file|vault)\{[^{}]*\}|
        !ENV.*|env\(.*\)|os\.environ.*|os\.getenv.*|getenv\(.*\)|
        <%.*%>|lookup\(.*\)|                         # ERB, Ansible lookups
        # YAML tags that stand for a value kept elsewhere: Ansible Vault, Home Assistant
        # secrets, CloudFormation intrinsics
        !(?:vault|secret|env_var|include|unsafe|Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|Base64|If)\b.*|
        # secret managers' ciphertext: SOPS, Ansible Vault, HashiCorp Vault transit
        ENC\[[A-Z0-9_]+,.*|\$ANSIBLE_VAULT;.*|vault:v[0-9]+:.*|
        # a secret manager's reference (`vault:secret/data/app#password`), OpenPGP ciphertext in
        # base64 (a public-key packet first: Renovate's encrypted secrets, `wcFMA…`)
        vault:[\w.-]+(?:/[\w.-]+)+(?:\#[\w.-]+)?|wc[A-Za-z]MA[A-Za-z0-9+/]{40,}={0,2}|
        # a Fernet token (version byte 0x80 and a timestamp: `gAAAAAB…`): ciphertext
        gAAAAA[A-Za-z0-9_-]{60,}={0,2}|
        # an AWS KMS ciphertext blob in base64 (bytes 01 02 0x 00 78: `AQICAH…`, `AQIBAH…`),
        # decrypted at run time with kms:Decrypt; bare, or marked for the loader that decrypts it
        # (`kms:AQICAH…`, `aws-kms:AQICAH…`)
        (?:(?i:(?:aws[_-]?)?kms):)?AQI[BC]AH[A-Za-z0-9+/]{100,}={0,2}|
        # helmfile's and vals' references to a secret store (`ref+vault://secret/db#/password`,
        # `ref+awssecrets://…`, `ref+sops://…`, `ref+gcpsecrets://…`)
        ref\+[a-z][a-z0-9]*://\S*|
        # Great Expectations' secret-manager references, resolved at run time: `secret|arn:aws:
        # secretsmanager:…`, `secret|projects/<p>/secrets/<s>…` (GCP), `secret|https://<v>.vault.azure.net/…`
        secret\|(?:arn:aws[\w-]*:secretsmanager:\S*|projects/[\w.-]+/secrets/\S*|https://[\w-]+\.vault\.azure\.net/\S*)|
        # ... and the same stores' names for a secret written alone where its value would stand, as a program reads it with
        # the store's client (`RedisPassword = "projects/<p>/secrets/<s>/versions/latest"`, an app.config's
        # `value="arn:aws:secretsmanager:<region>:<account>:secret:<name>"`, an SSM parameter's ARN, a Key Vault secret's URI)
        # (review: each store's name by its own characters, no more: `…:secret:db;Password=…`, a Key Vault URI's `?x=…` are
        # a name and a password after it; AWS secrets' names take letters, digits and `/_+=.@-`, and an ECS reference's
        # `:<json-key>:<stage>:<version>` after; SSM parameters' `/_.-`; a Key Vault secret's name `-`, its version hex)
        arn:aws[\w-]*:secretsmanager:[\w-]*:[0-9]*:secret:[\w/+=.@-]+(?::[\w.-]*){0,3}|
        arn:aws[\w-]*:ssm:[\w-]*:[0-9]*:parameter/[\w/.-]+|
        projects/[\w.-]+/secrets/[\w.-]+(?:/versions/(?:latest|[0-9]+))?|
        https://[\w-]+\.vault\.azure\.net/secrets/[A-Za-z0-9-]+(?:/[0-9a-fA-F]{32})?/?|
        # Django's unusable password (UNUSABLE_PASSWORD_PREFIX `!` and get_random_string(40)):
        # what a fixture's user without a password holds
        ![A-Za-z0-9]{40}|
        # Azure App Service's Key Vault and App Configuration references, resolved by the platform
        # (`@Microsoft.KeyVault(SecretUri=…)`, `@Microsoft.KeyVault(VaultName=…;SecretName=…)`): read
        # from the head, as a connection string's `;` may have cut the rest off
        @Microsoft\.(?:KeyVault|AppConfiguration)\(.*|
        # Symfony's environment variable processors (`%env(file:DATABASE_PASSWORD_FILE)%`,
        # `%env(base64:resolve:API_KEY)%`, `%env(default:fallback_param:DB_PASSWORD)%`): read at run time
        %env\((?:[\w.-]+:){0,8}[\w.-]+\)%|
        # frameworks' encrypted properties, decrypted at run time with a key kept elsewhere: Jasypt's and
        # Camel's `ENC(…)`, Mule's secure properties `![…]`, Talend's encrypted context
        # (`enc:system.encryption.key.v1:…`), NiFi's `enc{…}`, WebLogic's `{AES}…` / `{AES256}…` (never
        # WebSphere's `{xor}…`: that one is only obfuscated; NiFi's closing brace may be cut off by a reader)
        ENC\([A-Za-z0-9+/=_-]{8,}\)|!\[[A-Za-z0-9+/=_-]{8,}\]|enc:[a-z]+(?:\.[a-z]+){0,6}\.v[0-9]{1,3}:[A-Za-z0-9+/=_-]{8,}|
        enc\{[0-9A-Fa-f]{16,}\}?|\{(?:AES|AES256|3DES)\}[A-Za-z0-9+/=_-]{8,}|
        # ... and secret tools' ciphertext: dotenvx's and Spinnaker's `encrypted:…`, ejson's `EJ[1:…]`
        encrypted(?:File)?:[A-Za-z0-9+/=!:._@-]{8,}|EJ\[[0-9]:[A-Za-z0-9+/=:]{16,}\]|
        # a secret store's reference by its own syntax: Concourse's `((db-password))` /
        # `((vault:secret/db.password))`, Datadog's `ENC[handle]`, Vector's `SECRET[backend.key]`, a store's
        # URI (Berglas, Doppler, 1Password's `op://` and Proton Pass's `pass://`, vals-like `awssm://`, Boundary's
        # `env://X`; not a bare `sm@…`, as `sm@rt…` is how people write passwords)
        # (a reader may stop a bare value at Concourse's first `)`)
        \(\([\w.:/ -]{1,256}(?:\)\))?|(?:ENC|SECRET)\[[\w.:/@-]{1,256}\]|
        (?:berglas|sm|op|pass|vault|awssm|gcpsm|akv|keyvault|secret|secrets|env|file|doppler|infisical|bws|sops)://\S+|
        # 1Password's secret reference whose names hold blanks (`op://Dispatch Prod/redis-jobs/password`, what `op
        # inject` and `op run` resolve: a vault's, an item's, a section's or a field's name of words), and Proton
        # Pass's (`pass://Work Vault/Billing DB/password`): a vault, an item and a field at least, each name words of
        # letters, digits, `.`, `_` and `-` split by single blanks
        (?:op|pass)://""" + _MANAGER_NAME + r"""(?:/""" + _MANAGER_NAME + r"""){2,3}|
        # Spring Boot's configuration tree (`configtree:/etc/config/app/`): files mounted by the platform
        configtree:[\w./-]+|
        # Traefik Hub's reference to a key of a Kubernetes Secret (`urn:k8s:secret:redis:password`), read at run time
        urn:k8s:secret:[\w.-]+:[\w.-]+|
        # a socket or a file by its resource location: `unix:/run/php/php8.2-fpm.sock`, Spring's
        # `file:/etc/keys/id_rsa` and `classpath:keys/sftp_rsa`
        (?:unix|file):(?:~|\.{1,2})?/(?:[\w.@-]+/)*[\w.@-]+|classpath\*?:/?(?:[\w.@-]+/)*[\w.@-]+|
        # a file that holds the secret, not the secret: /run/secrets/redis, ~/.aws/credentials
        (?:~|\.{1,2})?/(?:[\w.@-]+/)+[\w.@-]+|
        # ... or a relative path to such a file (kustomize secretGenerator, docker secrets):
        # secrets/redis-password.txt, certs/db.key
        (?:[\w.@-]+/)+[\w@-]+\.(?:txt|pem|key|json|env|conf|cfg|crt|cer|p12|pfx|jks|ya?ml|ini|secret|pass|password|pw)
    )$""",
    re.VERBOSE,
)

PLACEHOLDER_WORDS = frozenset(
    {
        "password", "passwd", "pass", "pwd", "secret", "changeme", "change_me", "change-me",
        "changeit", "foobared", "redis", "example", "placeholder", "token", "none", "null",
        "nil", "true", "false", "yourpassword", "your_password", "your-password", "mypassword",
        "my_password", "my-password", "mysecret", "my_secret", "password123", "pa55word",
        "p@ssw0rd", "p@ssword", "letmein", "admin", "test", "testing", "dummy", "fake",
        "foo", "bar", "baz", "foobar", "xxx", "todo", "tbd", "replace_me", "replaceme",
        "insert_password_here", "hunter2", "default", "undefined", "empty", "required",
        "your_token", "yourtoken", "user", "username", "xyz",
    }
)
# `changeme` in other languages: a template's one word telling whoever applies it to change the value, as a Kubernetes
# Secret's `postgresql://usuario:CAMBIAR@host/…` writes it, in one case (a word capitalised, `Alterar`, `Mudar`,
# `Changer`, is a password a person chose: a policy's capital letter).
_CHANGE_IT_WORDS = frozenset(
    {
        "cambiar", "cambiame", "cambialo", "reemplazar", "changer", "remplacer", "aendern", "ändern", "alterar",
        "trocar", "mudar", "cambiare", "sostituire", "wijzigen", "vervangen", "zmien", "zmienic", "degistir",
        "camudar", "canviar",
    }
)

# (stop 66) The credential's own name in another language, as PLACEHOLDER_WORDS holds English's `password`: a template's
# `postgresql://usuario:contraseña@localhost/…`, `mysql://benutzer:Passwort@…`, `DB_SENHA=senha`. Read with accents
# dropped (_without_marks: `contraseña`, `hasło`, `şifre`, `jelszó`, `lösenord`). A value that holds the word beside
# others (`Contraseña2024!`, `Passwort-Eiche-7`) is a chosen password and judged as written.
_LOCALIZED_PASSWORD_NOUNS = frozenset("""
    contrasena clave senha motdepasse passwort kennwort wachtwoord losenord passord adgangskode salasana parola sifre
    haslo heslo jelszo lozinka geslo parool parole slaptazodis
    пароль гасло парола лозинка
    secreto segredo segreto geheimnis jeton секрет токен
    rahasia rahsia
""".split())

# A Bitnami SealedSecret value: base64 of a 2-byte length (0x0200 for a 4096-bit key, hence
# "Ag…"; 0x0100 for a 2048-bit one, "AQ…") and the RSA-wrapped session key before the AES-GCM
# data: hundreds of characters (a hand-made sample may be shorter than a real one).
_SEALED_CIPHERTEXT = lazy_regex(r"^(?:Ag|AQ)[A-Za-z0-9+/]{300,}={0,2}$")
# (stop 69) A Windows DPAPI blob (`ProtectedData.Protect`, PowerShell's `ConvertFrom-SecureString` without a key, a WLAN
# profile's protected key, Credential Manager's and RDP's `password 51:b:`): its version (1) and the DPAPI provider's GUID
# (df9d8cd0-1501-11d1-8c7a-00c04fc297eb) open it, base64 (`AQAAANCMnd8BFdERjHoAwE/Cl+…`) or hex (`01000000d08c9ddf…`), then
# the master key's GUID and the data encrypted under the user's or the machine's key: decrypted only by that account on
# that machine, ciphertext as a KMS's is, no credential written out (the header alone with a short tail is no blob)
_DPAPI_BLOB = lazy_regex(r"^(?:AQAAANCMnd8BFdERjHoAwE/Cl\+[A-Za-z0-9+/]{60,}={0,2}"
                         r"|01000000d08c9ddf0115d1118c7a00c04fc297eb[0-9a-f]{80,}|01000000D08C9DDF0115D1118C7A00C04FC297EB[0-9A-F]{80,})$")

# Words a value says itself with: not a credential (`test-password-not-secret`,
# `dev-secret-key-not-for-production`, `ci-only-test-value`).
# (four dots, or a truncation's note in brackets: a value cut for show, `eyJhbGciOi...<truncated>`; three dots or their
# one character are a cut only where they stand as one: _cut_for_show)
_PLACEHOLDER_MARKERS = ("example", "placeholder", "changeme", "your_", "your-", "****", "....", "<truncated>",
                        "[truncated]", "(truncated)", "<snip>", "[snip]", "dummy",
                        "fake", "redacted", "not-secret", "not_secret", "notsecret", "not-a-secret", "not_a_secret",
                        "not-for-prod", "not_for_prod", "notforprod", "test-only", "test_only", "testonly",
                        "for-testing", "for_testing", "do-not-use", "do_not_use", "not-a-real", "not_a_real",
                        "notreal", "not-real", "not_real",
                        # (the words run together, as a value in capitals writes them: `sk_live_THISISNOTAREALKEY…`)
                        "notareal", "donotuse",
                        # (a value naming itself a random key: Haystack's documented `sk-randomAPIkeyasdsa32ekasd32e`)
                        "randomapikey", "random_api_key", "random-api-key",
                        # (a masked value's dots as a dashboard or a password manager shows them, `sk_live_••••••••4f2a`:
                        # bullets, black circles, middle dots, as `****` is)
                        "\u2022" * 4, "\u25cf" * 4, "\u00b7" * 4, "\u2217" * 4)
# A masking tool's note in brackets where it took the rest out (`eyJhbG...<masked>`, `sk_live_[hidden]`): a
# redaction verb in brackets that ends the value (it stands for the rest); one with more after it is part of a typed
# password (`Hair(cut)2024!`, `Tr3e[hidden]Path`), as a note has nothing after it.
_MASKING_VERBS = ("masked", "hidden", "omitted", "removed", "elided", "filtered", "scrubbed", "sanitized", "sanitised",
                  "censored", "withheld", "cut")
# (stop 66) The same verbs in the languages a team writes its logs and its support copies in, read with their accents
# dropped (_without_marks: `masqué`, `geschwärzt`, `usunięte`): Spanish and Portuguese `[REDACTADO]`, `[OCULTO]`,
# `***enmascarado***`, French `***masqué***`, `[caviardé]`, Italian `[oscurato]`, German `[GESCHWÄRZT]`, Dutch, the
# Nordic languages, Polish, Czech, Turkish, Romanian, Catalan, Finnish, Indonesian, Russian and Ukrainian, and the CJK
# words for masked or hidden (`[已脱敏]`, `[伏せ字]`, `[마스킹]`). English's `redacted` is a marker anywhere in a value
# (_PLACEHOLDER_MARKERS); these words are a note only where they end it, as the English verbs above are.
_MASKING_VERBS_ABROAD = (
    "redactado", "redactada", "oculto", "oculta", "ocultado", "ocultada", "enmascarado", "enmascarada", "tapado",
    "tapada", "censurado", "censurada", "eliminado", "omitido", "omitida", "suprimido", "borrado", "mascarado",
    "mascarada", "escondido", "escondida", "removido", "apagado", "redigido", "rasurado",
    "masque", "masquee", "cache", "cachee", "censure", "censuree", "supprime", "omis", "caviarde", "expurge",
    "nascosto", "nascosta", "mascherato", "mascherata", "oscurato", "oscurata", "omesso", "rimosso", "censurato",
    "offuscato", "maskiert", "geschwarzt", "geschwaerzt", "verborgen", "versteckt", "entfernt", "ausgeblendet",
    "zensiert", "gemaskeerd", "verwijderd", "weggelaten", "afgeschermd", "maskerad", "maskerat", "dold", "dolt",
    "borttagen", "borttaget", "skjult", "maskert", "maskeret", "fjernet", "piilotettu", "peitetty", "poistettu",
    "sensuroitu", "ukryte", "ukryty", "ukryta", "zamaskowane", "zamaskowany", "usuniete", "ocenzurowane", "skryto",
    "skryte", "zamaskovano", "odstraneno", "gizli", "gizlendi", "maskeli", "maskelendi", "sansurlu", "ascuns",
    "mascat", "cenzurat", "ocult", "amagat", "emmascarat", "censurat", "disembunyikan", "disamarkan", "disensor",
    "скрыто", "скрыт", "скрыта", "замаскировано", "удалено", "вырезано", "приховано", "видалено",
    "已隐藏", "隐藏", "已屏蔽", "屏蔽", "已脱敏", "脱敏", "已打码", "打码", "已省略", "隱藏", "已遮蔽", "伏せ字", "非表示",
    "マスク済み", "マスク", "伏字", "마스킹", "숨김", "가림")
_MASKING_NOTES = tuple(
    opening + verb + closing for verb in _MASKING_VERBS + _MASKING_VERBS_ABROAD
    for opening, closing in (("<", ">"), ("[", "]"), ("(", ")"), ("{", "}")))
# (stop 64) The same note between masking runs where a log or a console took the rest out (`token=eyJ***masked***`,
# `sk_live_...hidden...`, `ghp_\u2026redacted`): a run of three `*` or dots, or the ellipsis, then a redaction verb that
# ends the value, its closing run optional. A typed password with more after the verb (`Tr3e***hidden***Path9`) is judged
# as written, as a bracketed note with more after it is.
_MASKED_RUN_NOTE = lazy_regex(
    r"(?:\*{3}|\.{3}|\u2026)[ _-]?(?:masked|hidden|redacted|omitted|removed|elided|filtered|scrubbed|sanitized|sanitised"
    r"|censored|withheld|truncated|snipped|" + "|".join(_MASKING_VERBS_ABROAD) + r")[ _-]?(?:\*{1,8}|\.{1,8}|\u2026)?$")
_MASKED_RUN_READ = 40  # characters of the value's end the note is looked for in (a verb and its runs)
# (what a masking tool keeps before its note is a short head, a token's prefix: a whole value before it, a 40-character
# key or a JWT, was never masked, and stays judged as written)
_MASKED_HEAD_KEPT = 16


def _masked_run_note(lowered: str) -> bool:
    """The value ends in a masking tool's note between masking runs after a short head (see _MASKED_RUN_NOTE)."""
    found = _MASKED_RUN_NOTE.search(lowered, max(0, len(lowered) - _MASKED_RUN_READ))
    return found is not None and found.start() <= _MASKED_HEAD_KEPT


def _without_marks(text: str) -> str:
    """The text with its letters' accents and other combining marks dropped (`masqué` is read as `masque`,
    `usunięte` as `usuniete`, `contraseña` as `contrasena`); CJK, Cyrillic and other letters kept as they are."""
    if text.isascii():
        return text
    import unicodedata  # (here, not at the top: the hook imports _helpers, and most values are ASCII)

    return "".join(character for character in unicodedata.normalize("NFD", text)
                   if unicodedata.category(character) != "Mn").translate(_UNDECOMPOSED_LETTERS)


# Latin letters with no decomposition into a letter and a mark (`ł`, `ø`, `ß`, `ı`): the letter a writer without them
# types instead.
_UNDECOMPOSED_LETTERS = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe"})


# A note in brackets where the value would stand saying the store that keeps it, in any language (`(the one in
# Bitwarden)`, `[see 1Password]`, `(هغه چې په Bitwarden کې دی)`): words with a blank between, a password manager's or a
# secret store's name among them. A typed password holds no blank beside a store's name inside brackets.
# (stop 66: a developer's own store too, where an appsettings.json's connection string leaves its password to .NET's
# `(dotnet user-secrets)`, and the system's keychain or keyring, a cloud's parameter store, Doppler, Infisical, SOPS)
_KEPT_ELSEWHERE_NOTE = lazy_regex(
    r"""(?i)^(?:\((?=[^()\n]{0,160}\)$)|\[(?=[^\[\]\n]{0,160}\]$))(?=.{0,160}?[ \t])"""
    r""".{0,160}?(?<![^\W_])(?:1password|bitwarden|keepass(?:xc)?|lastpass|passbolt|dashlane|key[ -]?vault|vault|"""
    r"""secrets?[ -]?manager|password[ -]?manager|user[ -]?secrets|keychain|keyring|credential[ -]?manager|"""
    r"""parameter[ -]?store|secrets?[ -]?store|doppler|infisical|sops)(?![^\W_])""")
_NOTE_PUNCTUATION = ".,:;!?'\"\u2019\u201c\u201d\u00ab\u00bb\u060c\u061f"  # (a sentence's marks about its words)


def _words_only(note: str) -> bool:
    """(review stop 61) Each of the note's words is letters (any script, its combining marks, a hyphen or an apostrophe
    inside) or a password manager's name (`1Password`): a note, no typed password among its words (`(my vault
    Harbor!Quill4821)`, `(Vault-Tec 2077!)` are passwords in brackets)."""
    import unicodedata  # (here, not at the top: the hook imports _helpers, and never needs this module)

    for word in note.split():
        word = word.strip(_NOTE_PUNCTUATION)
        if not word or word.lower() == "1password":
            continue
        if not all(character.isalpha() or character in "-'\u2019" or unicodedata.category(character)[0] == "M"
                   for character in word):
            return False
    return True


# A value cut for show by an ellipsis (three dots, or its one character): its head then the ellipsis (`eyJhbGciOi...`,
# `sk_live_51H…`: eight or more of a token's characters), or the ellipsis then a short tail of letters and digits
# (`sk_live_...4242`, `…4242`, `AKIA1234...WXYZ`: what a console shows of a key). A password that holds dots among
# its other characters (`Gx8...kQ2mZ7vP`, `Summer...Breeze2024!`, `...Tr0ub4dor!`) is judged as written: a person types
# an ellipsis into a password as any other run.
_ELLIPSIS = lazy_regex(r"\.\.\.|\u2026")
_CUT_HEAD = lazy_regex(r"[A-Za-z0-9_+/=-]{8,256}")
_CUT_PREFIX = lazy_regex(r"[A-Za-z0-9_+/=-]{0,256}[_-]")
_CUT_TAIL = lazy_regex(r"[A-Za-z0-9]{1,6}")

# (stop 63) A bot's or an account's `<id>:<token>` pair cut for show on both sides, as an incident page or an accounts
# table quotes it (`5809…:AA…Xq4`, `58431...:AA***`, `123456789:AA…`): the id's digits (whole, or cut by an ellipsis),
# then a token side that shows at most its first eight and last six characters around an ellipsis or a run of `*`.
# What the token side shows is far too little to be one (a Telegram token's secret is 35 characters); a token side with
# more after its mark (`:AAHk…Xq4TzW9pQ2mLr8vN1sB7dF3gJ6`) is a whole one a person marked, and stays a credential.
# (review 64: a Telegram pair only, the token side opening with the `AA` every bot key opens with, and the id a bot's 8 to
# 10 digits or cut itself: `1987:Rosebud***`, `0815:Kq7x...Pz9` and `12:Blue***Sky9` are passwords a person chose, which
# the pattern's first form, any digits and any token side, passed in every reader as placeholders)
_CUT_PAIR = lazy_regex(r"^(?:[0-9]{8,10}|[0-9]{2,10}(?:\.\.\.|\u2026)):AA[A-Za-z0-9_-]{0,6}(?:\.\.\.|\u2026|\*{3,})[A-Za-z0-9_-]{0,6}$")


# (stop 68) ... or a short head and tail of letters and digits around the ellipsis' one character (`9f3a…c2d1`, `Zk3q…cH6x`:
# a log's or a dashboard's masked key, its first and last few characters shown). No one types that character into a
# password; three dots between short runs stay judged as written (`Kx8...vR9t`).
_CUT_SHORT_HEAD = lazy_regex(r"[A-Za-z0-9]{2,8}")
# (stop 68) A key's head, then ellipses around words in lower case and nothing drawn, the value ending at an ellipsis: an
# example's instruction where the key would stand (`sk-proj-...isi-sendiri...`, `...fill-in...`, `sk-…your-key…`,
# `xoxb-...-...-...`). A person's password ends in what they typed (`...Tr0ub4dor!`), or holds a drawn part.
_ELIDED_HEAD = lazy_regex(r"(?:[A-Za-z0-9]{1,12}[_-]){0,3}")
_ELIDED_WORDS = lazy_regex(r"[_-]*(?:[^\W\d_A-Z]{2,16}(?:[-_ ][^\W\d_A-Z]{2,16}){0,5})?[_-]*")  # (lower case, accents too)


def _elided_instruction(stripped: str) -> bool:
    """The value is an example's elided instruction (see _ELIDED_HEAD)."""
    parts = _ELLIPSIS.split(stripped, 8)
    if len(parts) < 3 or parts[-1] or _ELIDED_HEAD.fullmatch(parts[0]) is None:
        return False
    return all(_ELIDED_WORDS.fullmatch(part) is not None for part in parts[1:-1])


def _cut_for_show(stripped: str) -> bool:
    """The value is a longer one cut for show at an ellipsis (see _ELLIPSIS)."""
    parts = _ELLIPSIS.split(stripped, 2)
    if len(parts) != 2:
        return False  # (no ellipsis, or more than one: dots a person typed)
    head, tail = parts
    if not tail:
        return _CUT_HEAD.fullmatch(head) is not None
    return _CUT_TAIL.fullmatch(tail) is not None and (
        not head or _CUT_HEAD.fullmatch(head) is not None or _CUT_PREFIX.fullmatch(head) is not None
        or ("\u2026" in stripped and _CUT_SHORT_HEAD.fullmatch(head) is not None))


# A run of x standing for what was left out (`sk_live_xxxx`, `xxxx-xxxx`, `abcd1234xxxx`, `AKIAXXXXXXXX`): the run
# has the value's edge or a separator on at least one side (its own part, or the value's masked head or tail), is six
# long or more, or its runs make a third or more of the value's letters and digits. Four x inside a generated value's letters (`…hgXxxxdEM…`: one in 31 characters a random alphanumeric's
# is x or X, so a 64-character value holds such a run about once in 15,000) is no stand-in.
_X_RUN = lazy_regex(r"[xX]{4,}")
_X_RUN_LONG = 6


def _stands_for_left_out(stripped: str) -> bool:
    """A run of x in the value stands for characters left out (see _X_RUN)."""
    runs = list(_X_RUN.finditer(stripped))
    if not runs:
        return False
    alphanumerics = sum(1 for character in stripped if character.isalnum())
    if sum(run.end() - run.start() for run in runs) * 3 >= alphanumerics:
        return True
    for run in runs:
        if run.end() - run.start() >= _X_RUN_LONG:
            return True
        before = stripped[run.start() - 1] if run.start() > 0 else ""
        after = stripped[run.end()] if run.end() < len(stripped) else ""
        if not before.isalnum() or not after.isalnum():
            return True  # its own part, or the value's masked head or tail
    return False


# A value telling its reader to change it (`change-me-please`, `please_change_this`, `REPLACE_ME`), the
# words standing apart: `Exchange_Meet#2291` or `change-meadow-81` is a chosen password that holds them. (Java's
# stock `changeit` with a note after it too, `changeit-in-env`, `changeit_in_prod`: a default saying where the real
# one is set; `changeit` alone is a stock default, _CHANGE_IT_WORDS' kin.)
_CHANGE_ME = lazy_regex(r"(?<![a-z])(?:change|replace)(?:[-_.]?this|[-_.]me)(?![a-z])")
# (`changeit` with a note: the whole value, the note's words letters only and its first a note's, `changeit-in-env`,
# `changeit_set_in_vault`; `changeit_river9Quartz!`, `changeit.Basalt#4821`, `changeit-river-quartz` are chosen passwords
# that start with it)
_CHANGE_IT_NOTE = lazy_regex(r"^(?:change|replace)it[-_.](?:in|on|at|from|via|see|set|per|for|use|before|after|later|me|please|"
                             r"now|env|prod|production|dev|local|here|runtime|deploy)(?:[-_.][a-z]{1,16}){0,5}[})\]]?$")
# The same stock value in another language, the whole value (accents dropped, the words run together or apart, any
# case): Italian `cambiami`, Spanish `cámbiame`, Portuguese `mude-me`, French `changez-moi`, German `ändere-mich`,
# Dutch `wijzig-mij`, Polish `zmień-mnie`, Turkish `değiştir-beni`, Swedish `ändra-mig`, Russian `измени-меня`,
# Asturian `cámudame`, Catalan `canvia-me`, Romanian `schimbă-mă`: an
# imperative to change or replace, then "me". (A chosen password that holds the words beside others is none.)
_LOCALIZED_CHANGE_ME = lazy_regex(
    r"^(?:(?:cambia|cambiate|modifica|modificate|sostituisci|sostituite)[-_. ]?mi"
    r"|(?:cambia|cambie|cambiad|modifica|modifique|reemplaza|reemplace|sustituye|sustituya"
    r"|mude|muda|altere|altera|troque|troca|substitua|substitui)[-_. ]?me"
    r"|(?:changez|change|modifiez|modifie|remplacez|remplace)[-_. ]?moi"
    r"|(?:camuda|camude|camudai|canvia|canvie|canvieu|schimba)[-_. ']?(?:me|m|ma)"
    r"|(?:aendere|aender|andere|ander|ersetze)[-_. ]?mich|(?:verander|wijzig|vervang)[-_. ]?(?:mij|me)"
    r"|zmien[-_. ]?mnie|degistir[-_. ]?beni|beni[-_. ]?degistir|(?:andra|endre|aendr|byt|bytt)[-_. ]?(?:mig|meg)"
    r"|(?:измени|поменяй|замени|смени)[-_. ]?меня)$")
_DROPPED_ACCENTS = str.maketrans("àáâãäåèéêëìíîïòóôõöùúûüçñśńźżłığşășț", "aaaaaaeeeeiiiiooooouuuucnsnzzligsast")


def _localized_change_me(lowered: str) -> bool:
    """The value is a stock "change me" in another language (see _LOCALIZED_CHANGE_ME)."""
    return len(lowered) <= 24 and _LOCALIZED_CHANGE_ME.match(lowered.translate(_DROPPED_ACCENTS)) is not None


# A throwaway value named after itself: `devpassword`, `localsecret`, `password_dev`; a CI or test
# run's own (`ci_only_password`, `test-db-password`, `e2e_secret`: a service container's, made for the job;
# a bare `testpassword` stays a password, as peers' suites label it).
_WORDY_PLACEHOLDER = lazy_regex(r"^(?:dev|local|my|your|demo|dummy|fake|sample|example|default|some)[_.-]?"
                                r"(?:password|passwd|secret|pass|pwd)[0-9]{0,4}$|"
                                r"^(?:password|passwd|secret)[_.-]?(?:dev|local|demo)[0-9]{0,4}$|"
                                r"^(?:ci|e2e|(?:test|testing|unittest|integration)(?=[_.-]?(?:only|db|database|app|user|"
                                r"admin|root|service|job|run|pg|postgres|mysql|redis)))(?:[_.-]?(?:only|db|database|app|user|"
                                r"admin|root|service|job|run|pg|postgres|mysql|redis))?[_.-]?(?:password|passwd|secret|pass|pwd)$")


Memo = TypeVar("Memo")


class LastFileMemo(Generic[Memo]):
    """What a reader builds once a file and asks of at each candidate line (a file's head verdicts,
    its assigned literals, walks already made): kept for the last file's lines object only, in one
    tuple replaced whole (threads scanning other files see one file's memo or none)."""

    def __init__(self, build: Callable[[Sequence[str]], Memo]) -> None:
        self._build = build
        self._last: Optional[Tuple[Sequence[str], Memo]] = None

    def of(self, lines: Sequence[str]) -> Memo:
        last = self._last
        if last is None or last[0] is not lines:
            last = self._last = (lines, self._build(lines))
        return last[1]


# A format's short head, then one character repeated for the rest: a documentation's stand-in
# (DingTalk's `SEC000…` signing secret, `sk-00000…`), never an issued value; a test's word may stand between
# (a fixture's `ttk_TESTTOKEN000…`, `sk_FAKE_0000…`: the word says what it is, the run fills the format's length).
# The head may be of a few words (`rfx_live_`, `acct_test_`), and the word in another language: "example" as
# Spanish `EJEMPLO`, Portuguese `EXEMPLO`, Asturian and Romanian `EXEMPLU`, French `EXEMPLE`, Italian `ESEMPIO`,
# German `BEISPIEL`, Dutch `VOORBEELD`, Turkish `ORNEK`, Polish `PRZYKLAD`, Nordic `EKSEMPEL`/`EXEMPEL`, Spanish `PRUEBA`.
_HEAD_THEN_ONE_CHARACTER = lazy_regex(
    r"^(?:[A-Za-z]{1,8}[_.-]){0,3}[A-Za-z]{1,8}[_.-]?(?:(?i:test|fake|dummy|mock|example|sample|exempl|ejempl|esempi|beispiel"
    r"|voorbeeld|ornek|przyklad|eksempel|prueba)[A-Za-z]{0,12}[_.-]?)?([0-9A-Za-z*])\1{11,}$")
# A vendor's head of words (`persona_sandbox_`, `acct-live-`, none), then a UUID of one character repeated: the nil
# UUID (`00000000-0000-…`) or `xxxxxxxx-xxxx-…`, a template's stand-in for a key issued as `<head><uuid>`.
_HEAD_THEN_NIL_UUID = lazy_regex(r"^(?:[A-Za-z][A-Za-z0-9]{0,31}[_.:-]){0,4}([0-9A-Za-z*])\1{7}-\1{4}-\1{4}-\1{4}-\1{12}$")


# A placeholder in another language: a value of words, one of them naming the credential or asking to
# fill it in (`hier_passwort_eintragen`, `votre_mot_de_passe`, `tu_contraseña`, `inserisci_la_password`,
# `ваш_токен_сообщества`, `cambiar_esto`; Afrikaans' `jou-wagwoord-hier`, `vervang-my`; Albanian's `fjalekalimi-juaj`).
# Accents are dropped before the look-up. (Not "your", "my" or "here" alone, nor English `key`: short words a diceware
# password is made of too.)
_LOCALIZED_PLACEHOLDER_WORDS = frozenset("""
    password token secret
    passwort kennwort wachtwoord contrasena senha mdp passe parola sifre sifreniz haslo heslo jelszo salasana
    losenord passord adgangskode lozinka geslo clave chiave chave schluessel schlussel sleutel anahtar
    anahtari jeton geheimnis secreto segredo segreto пароль токен ключ секрет гасло парола rahasia rahsia
    eintragen eingeben einfuegen einsetzen aendern ersetzen saisir saisissez entrer entrez remplir
    remplacer changer modifier ingrese ingresa introduzca introduce escriba rellenar reemplazar cambiar
    insira inserir digite preencher substituir alterar trocar inserisci inserire immetti sostituisci
    cambiare modificare invullen vervangen wijzigen girin giriniz yazin degistir degistirin wpisz
    wprowadz zmien введите укажите заполните впишите замените измените вставьте въведете попълнете сменете
    mettez mettre ecrivez ecrire inserez inserer indiquez renseignez placez tapez
    pon ponga poner escribe escriba escribir coloca coloque colocar escreva escrever metti mettete mettere scrivi
    scrivete inserisci
""".split())
# (stop 70: and the verbs WordPress's translations of its sample's `put your unique phrase here` and teams' own samples
# ask with, French's `mettez une phrase unique ici`, `inserez votre cle`, Spanish's `pon aqui tu frase`, Portuguese's
# `coloque a sua frase unica aqui`, Italian's `mettere la vostra frase unica qui`: an instruction, no passphrase's word)
# (stop 59's Afrikaans and Albanian words, `wagwoord`, `vervang`, `verander`, `fjalekalimi`: a placeholder only among a
# placeholder's own words, `jou-wagwoord-hier`, `vervang-my`, `fjalekalimi-juaj`. A passphrase of Afrikaans or Albanian
# words, `Kameel-Verander-Doringboom`, `Fjalekalimi_Gjethe_Mali_Bunker`, holds them as any other word: review)
# (stop 61: Guarani's `ñe'ẽñemi`, its puso (the glottal stop's `'`) read as a letter and its accents dropped, among
# Guarani's `nde` (your) and `ko'ápe` (here): a Paraguayan team's `NDE_ÑE'ẼÑEMI`, `nde-ñe'ẽñemi-ko'ápe`)
# (stop 68: Indonesian's, Malay's and Javanese's `sandi` and `kata laluan`, among their words for a test, a fake, an
# example and not real: `sandi-tes-ora-nyata`, `kata-sandi-palsu`, `contoh-kata-laluan`, `bukan-sandi-asli`. `Sandi` is a
# name too, and a passphrase holding it and other words, `Sandi-Bromo-Kopi`, is judged as any)
_LOCALIZED_PLACEHOLDER_WORDS_AMONG_FILLERS = frozenset("""
    wagwoord wagwoorde vervang verander fjalekalim fjalekalimi fjalekalimin
    neenemi
    sandi laluan
""".split())
_PLACEHOLDER_FILLERS = frozenset("""
    jou u my hier sit in die jul julle nuwe joune asseblief hierdie met
    juaj tuaj im yt ketu vendos ndrysho shkruaj fut ri re
    nde koape
    kata tes uji ujian coba percobaan palsu contoh ora nyata dudu asli bukan tidak sing iki ini anyar baru
    your my here new the enter put change
""".split())
# (a word's glottal stop, Guarani's puso and Hawaiian's ʻokina, written `'`, `’` or `ʼ`: a letter of the word)
_WORD_GLOTTAL_STOPS = str.maketrans("", "", "'\u2019\u02bc\u02bb")


def _glottal_word(word: str) -> str:
    """The word read without its glottal stop only where it is then one of the Guarani placeholder's own words
    (`ñe'ẽñemi`, `ko'ápe`). (review, stop 61: any word's apostrophe dropped made English's and German's contractions
    words, and a chosen passphrase holding them and a credential's word, `Rock'n'Roll-Token-Kid`,
    `Don't-Share-The-Secret`, `Ich-hab's-Passwort-vergessen`, passed as a placeholder)"""
    stripped = word.translate(_WORD_GLOTTAL_STOPS)
    if stripped == word:
        return word
    from secretfence.compat.detect_secrets.credential_keys import key_words

    read = set(key_words(stripped))
    return stripped if read and read <= _LOCALIZED_PLACEHOLDER_WORDS_AMONG_FILLERS | _PLACEHOLDER_FILLERS else word
_PLACEHOLDER_SEPARATORS = lazy_regex(r"[ _.-]+")
# Chinese, Japanese and Korean placeholders: the credential's word or an instruction (请 please, 填写 / 输入
# fill in / enter, 入力 enter, 입력 enter, 변경 change) in a value of that script (`请填写密码`,
# `パスワードを入力`, `비밀번호입력`, `（请向运维索取）`).
_NATIVE_PLACEHOLDER = lazy_regex(r"密码|密碼|口令|密钥|秘钥|令牌|请|請|填写|填寫|输入|輸入|修改|パスワード|トークン|入力|"
                                 r"変更|ここに|비밀번호|암호|토큰|입력|변경|여기")
_MAX_PLACEHOLDER_WORDS = 8


def _localized_placeholder(value: str) -> bool:
    """The value says it is a placeholder in another language (see _LOCALIZED_PLACEHOLDER_WORDS and
    _NATIVE_PLACEHOLDER): words and separators only (no digit: a password of words mixes them in)."""
    if value.isascii() and not any(separator in value for separator in " _.-"):
        return False
    if not value.isascii() and _NATIVE_PLACEHOLDER.search(value):
        return True
    if any(character.isdigit() for character in value):
        return False
    words = [_glottal_word(word) for word in _PLACEHOLDER_SEPARATORS.split(value) if word]
    if not 2 <= len(words) <= _MAX_PLACEHOLDER_WORDS or not all(word.isalpha() for word in words):
        return False
    from secretfence.compat.detect_secrets.credential_keys import key_words

    read = [set(key_words(word)) for word in words]
    if any(word & _LOCALIZED_PLACEHOLDER_WORDS for word in read):
        return True
    among = _LOCALIZED_PLACEHOLDER_WORDS_AMONG_FILLERS | _PLACEHOLDER_FILLERS  # (see _LOCALIZED_PLACEHOLDER_WORDS_AMONG_FILLERS)
    return any(word & _LOCALIZED_PLACEHOLDER_WORDS_AMONG_FILLERS for word in read) and all(word <= among for word in read)


# (stop 67) The word `example` in the languages a team writes its pages in, as a value's own word (`kk_test_EXEMPLE_NE_
# FONCTIONNE_PAS`, `clave_de_ejemplo`, `BeispielSchluessel`): a value calling itself an example, as English's `example`
# anywhere in one does (_PLACEHOLDER_MARKERS). French's `exemple`, Spanish's `ejemplo`, Portuguese's `exemplo`,
# Italian's `esempio`, Romanian's `exemplu`, Catalan's `exemple`, German's `Beispiel`, Dutch's `voorbeeld`, the Nordic
# `eksempel` / `exempel`, Polish's `przykład`, Czech's and Slovak's `příklad` / `príklad`, Finnish's `esimerkki`,
# Turkish's `örnek`, Russian's `пример`, accents dropped; and a made-up value's words (`fictif`, `ficticio`, `fittizio`).
# A word of the value, read as key_words splits it (at separators and case changes): a drawn run holds none.
_EXAMPLE_WORDS_ABROAD = frozenset({"exemple", "exemples", "ejemplo", "ejemplos", "exemplo", "exemplos", "esempio", "esempi",
                                   "exemplu", "beispiel", "beispiele", "voorbeeld", "eksempel", "exempel", "przyklad",
                                   "priklad", "esimerkki", "ornek", "пример", "fictif", "fictive", "ficticio", "ficticia",
                                   "ficticio", "fittizio", "fittizia", "fiktiv", "fiktive"})


# (stop 69) A value's own word saying, in the languages a team writes its configs in, that it is a test's or a made-up
# value, or telling the deployer to replace it: what English's `test`, `fake` (credential_keys' _says_made_up) and
# `replace` (_PLACEHOLDER_MARKERS, _FILL_IN) say. Test: Spanish `prueba`, Portuguese `teste`, Italian and Catalan `prova`,
# French `essai`, Indonesian and Malay `tes`, `uji`, `percobaan`, Sundanese and Javanese `tes`; fake: Indonesian `palsu`,
# Spanish, Portuguese and Italian `falso`/`falsa`, French `faux`/`fausse`, Italian `finto`, Turkish `sahte`, Indonesian
# `contoh` (an example); replace: the verbs of _LOCALIZED_PLACEHOLDER_WORDS (`remplacer`, `reemplazar`, `substituir`,
# `ersetzen`, `vervangen`, `sostituisci`…) and Indonesian's `ganti`, `masukkan`, `isikan`. A word between separators or
# ending the value (`tes-palsu-ulah-dipake`, `{noop}kasir-tes`, `123456789:REMPLACER`, `clave_prueba_01`), never a run
# of letters a drawn token spells by chance, nor one it opens with (`prova…`, `tesla…`).
_STAND_IN_WORDS_ABROAD = frozenset("""
    prueba pruebas teste testes prova essai tes uji ujian percobaan
    palsu falso falsa faux fausse finto finta sahte contoh
""".split())
_REPLACE_WORDS_ABROAD = frozenset("""
    ganti masukkan isikan
    eintragen eingeben einfuegen einsetzen ersetzen saisir remplir remplacer
    ingrese introduzca rellenar reemplazar insira preencher substituir trocar inserisci immetti sostituisci sostituire
    invullen vervangen degistir degistirin wpisz wprowadz замените введите
""".split())
_STAND_IN_SEPARATORS = lazy_regex(r"[ _.:{}-]+")  # (no `/`, `+`: base64's own characters)
_STAND_IN_WORDS_READ = 16
# (review 70) Words saying a value is not to be used, beside a test's or a fake's word (`tes-palsu-jangan-dipakai`,
# `clave-prueba-no-usar`, `ulah dipake`): Indonesian's and Sundanese's, the Romance languages', German's, Dutch's, Turkish's.
_DO_NOT_USE_WORDS = frozenset("""
    jangan ulah dipakai dipake pakai gunakan digunakan usar utiliser usare verwenden benutzen gebruiken kullanma
""".split())
_ENCODER_ID = lazy_regex(r"^\{[A-Za-z0-9_-]{1,16}\}")  # (Spring Security's `{noop}`, `{bcrypt}`: the encoder's, no word)


def _says_stand_in_abroad(value: str) -> bool:
    """A separator-delimited word of the value is a test's, a fake's or a replace instruction's in another language (see
    _STAND_IN_WORDS_ABROAD), and the value says so beyond that one word: the word is all an id's pair holds besides its
    digits (`123456789:REMPLACER`), or, the value holding no digit, a second such word, the credential's word or a word
    saying not to use it stands beside it (`tes-palsu-…`, `senha_falsa_substituir`), or it is one of two words of one case
    (`{noop}kasir-tes`). (review 70: the word alone among others, `Mange-tes-legumes` (French's `tes`, your),
    `prueba-de-fuego-Azul`, `Faux-Pas-Mousse`, `Trocar-Senha-2024!`, is a chosen passphrase's as often, and passed.)"""
    words = [word for word in _STAND_IN_SEPARATORS.split(_ENCODER_ID.sub("", value), maxsplit=_STAND_IN_WORDS_READ)
             if word]
    if len(words) < 2:
        return False  # (one word alone, `Trocar`, is a chosen password as often)
    # (a word as written, in one case or capitalised: a drawn run's `tEs` is none; a test's or a fake's word among digits,
    # `sandi-palsu-123`, is judged as before: stop 68 kept such a literal given to a login a credential)
    read = [_without_marks(word.lower()) if word.islower() or word.isupper() or word.istitle() else ""
            for word in words[:_STAND_IN_WORDS_READ]]
    saying = [word for word in read if word in _REPLACE_WORDS_ABROAD or word in _STAND_IN_WORDS_ABROAD]
    if not saying:
        return False
    others = [word for word, lowered in zip(words, read) if lowered not in saying]
    if others and all(word.isdigit() for word in others):
        return True  # (an id's pair to fill in: `123456789:REMPLACER`, `123456789:GANTI`)
    if any(character.isdigit() for character in value):
        return False
    beside = sum(1 for word in read if word not in saying and (word in _LOCALIZED_PLACEHOLDER_WORDS or word in _DO_NOT_USE_WORDS))
    return len(saying) + beside >= 2 or (len(words) == 2 and (value.islower() or value.isupper()))


def _says_example_abroad(value: str) -> bool:
    """A word of the value is `example` (or `made-up`) in another language (see _EXAMPLE_WORDS_ABROAD)."""
    if value.isascii() and value.isalnum() and (value.islower() or value.isupper()) and len(value) > 12:
        return False  # (one run with no separator or case change: a drawn key's, read whole)
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return any(_without_marks(word) in _EXAMPLE_WORDS_ABROAD for word in key_words(value))


# The alphabet a counting stand-in runs through (digits, then letters: hex's `0123456789abcdef`) and
# the steps back to a run's start it may take (`…9` `0…`, hex's `…f` `0…`, `…z` `a…`, `…890` `abc…`).
_COUNTING_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_COUNTING_NEXT = {character: _COUNTING_ALPHABET[position + 1] for position, character in enumerate(_COUNTING_ALPHABET[:-1])}
_COUNTING_RESTARTS = frozenset({("9", "0"), ("f", "0"), ("z", "0"), ("z", "a"), ("0", "a")})
_MIN_COUNTING = 12
_MAX_COUNTING = 256


def steps_up(group: str) -> bool:
    """Each character is the one after the character before it (`abcd`, `1234`, `ABCDE`): a placeholder's group
    (a licence key's `ABCDE-12345-…`, an app password's `abcd efgh …`), never a drawn one's. (counts_up reads a whole
    value's run, restarts allowed.)"""
    return all(ord(after) - ord(before) == 1 for before, after in zip(group, group[1:]))


def counts_up(lowered: str) -> bool:
    """The (lower-cased) value counts up through the digits and letters, run after run
    (`0123456789abcdef0123…` at any length, `1234567890abcdef`, `abcdefghijklmnop`): what an example
    or a stock default writes where a key goes (certbot's Cloudflare plugin, Telethon's docs), never
    an issued or generated value (a step out of order every 16 characters at most)."""
    if not _MIN_COUNTING <= len(lowered) <= _MAX_COUNTING or not lowered.isalnum() or not lowered.isascii():
        return False
    out_of_order = 0
    for before, after in zip(lowered, lowered[1:]):
        if _COUNTING_NEXT.get(before) != after and (before, after) not in _COUNTING_RESTARTS:
            out_of_order += 1
            if out_of_order > len(lowered) // 16:
                return False
    return True


# (stop 66) A counting run cut into groups by one separator, as a format's example writes one (Google's documented app
# password `abcd efgh ijkl mnop`, a licence key's `ABCD-EFGH-IJKL-MNOP`, a card-like `1234 5678 9012 3456`): the groups
# joined count up as counts_up reads a run, each group two characters or more.
_COUNTING_GROUPS = lazy_regex(r"^[0-9a-z]{2,16}(?P<separator>[ ._-])[0-9a-z]{2,16}(?:(?P=separator)[0-9a-z]{2,16}){1,30}$")


def counts_up_in_groups(lowered: str) -> bool:
    """The (lower-cased) value is groups of one separator whose run, joined, counts up (see _COUNTING_GROUPS)."""
    found = _COUNTING_GROUPS.match(lowered)
    return found is not None and counts_up(lowered.replace(found.group("separator"), ""))


# A provider's head then a counting run (`re_123456789`, `sk_test_12345678`): the stand-in a provider's
# documentation shows for its key, shorter than counts_up's run alone.
_HEAD_THEN_COUNTING = lazy_regex(r"^(?:[A-Za-z]{1,10}[_-]){1,3}(?P<tail>[0-9a-z]{8,64})$")
_MIN_HEADED_COUNTING = 8


def _head_then_counting(stripped: str) -> bool:
    found = _HEAD_THEN_COUNTING.match(stripped)
    if found is None:
        return False
    tail = found.group("tail")
    return len(tail) >= _MIN_HEADED_COUNTING and all(
        _COUNTING_NEXT.get(before) == after for before, after in zip(tail, tail[1:]))


# A value made mostly of one character (three quarters of 16 or more): a documented test key
# (Cloudflare Turnstile's `1x0000000000000000000000000000000AA`, `2x00000000000000000000AB`), a
# stand-in padded with zeros; an issued or generated value never repeats one character so.
_MOSTLY_ONE_MIN = 16
_MOSTLY_ONE_MAX = 512  # (a longer value is left to the carriers: the count stays cheap)


def _mostly_one_character(stripped: str) -> bool:
    if not _MOSTLY_ONE_MIN <= len(stripped) <= _MOSTLY_ONE_MAX:
        return False
    most = max(stripped.count(character) for character in set(stripped[:64]))
    return most * 4 >= len(stripped) * 3


# A redaction marker a tool wrote where it removed the value: Windows Setup's `*SENSITIVE*DATA*DELETED*`
# (the copy of unattend.xml it leaves under Panther), `***REMOVED***`, `HIDDEN_FOR_SECURITY`, `(value
# omitted)`: words of this vocabulary only, one of them saying the value was taken out.
_REDACTION_VERBS = frozenset({"redacted", "deleted", "removed", "masked", "hidden", "filtered", "omitted", "sanitized",
                              "sanitised", "scrubbed", "censored", "elided", "suppressed", "withheld", "stripped"})
_REDACTION_WORDS = _REDACTION_VERBS | frozenset({"sensitive", "data", "value", "password", "secret", "token", "key",
                                                 "credential", "credentials", "not", "shown", "for", "security", "info",
                                                 "information", "content", "by", "was", "is"})
_REDACTION_SHAPE = lazy_regex(r"^[A-Za-z*_#()\[\]<>. -]{6,64}$")
_LETTER_RUN = lazy_regex(r"[A-Za-z]+")


def _redaction_marker(stripped: str) -> bool:
    if _REDACTION_SHAPE.match(stripped) is None:
        return False
    words = [word.lower() for word in _LETTER_RUN.findall(stripped)]
    if not words or len(words) > 6 or not _REDACTION_WORDS.issuperset(words) or _REDACTION_VERBS.isdisjoint(words):
        return False
    # (one word alone is a marker only as markers are written: capitals or punctuation round it)
    return len(words) >= 2 or stripped.isupper() or not stripped[:1].isalpha()


# A reference by `@` and a name of lower-case words: Vercel's secret (`"@contentful-access-token"` in
# vercel.json's env), a file whose contents a command reads (`vault kv put … private_key=@id_ed25519`,
# curl's and HTTPie's `field=@payload.json`). (Capitals or symbols make it a password that opens with `@`;
# a word and a year too.)
_AT_REFERENCE = lazy_regex(r"^@[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+$")
_ENDS_WITH_YEAR = lazy_regex(r"[-_.](?:19|20)[0-9]{2}$")


def _at_reference(stripped: str) -> bool:
    return _AT_REFERENCE.match(stripped) is not None and _ENDS_WITH_YEAR.search(stripped) is None


# A `<…>` placeholder that says what goes there in words, cut by a reader at its first blank
# (`KEY=<32-character project token>` read bare from a .env gives `<32-character`): `<` and one
# word, its `>` never reached. (A generated password opening with `<` mixes in other symbols.)
# After a vendor's head too, as a format's documentation writes the key's shape (`X-Api-Key: lda_live_<32
# characters>` read bare gives `lda_live_<32`; `sk_live_<your key>`, `xoxb-<bot token>`): the head's words
# of one case, each with its separator; the word after its `<` a size's digits (`<32`, `<32-character`) or a word
# of one case or capitalised (`<your`, `<Paste`, `<YOUR_KEY`): a chosen password after a word and a separator
# (`winter-<6s4MI…`, `prod_<Xk9…`, quoted whole) mixes letters of both cases and digits after it.
# (stop 58) A note in another script after the `<`, its first letter no ASCII one (`<Աննայից վերցնել>`, Armenian's "take
# from Anna", read bare: its first word; `<Пароль_у_Анны>`), as a note in English is: letters of other scripts and
# their marks, joined by `_`, `.` or `-` (a password after a `<`, `<Ñ7kQ#2mZ9…`, holds digits or ASCII among them).
_CUT_ANGLE_PLACEHOLDER = lazy_regex(r"^(?:<[A-Za-z0-9][A-Za-z0-9_.-]{0,63}|<[^\x00-\x7f\W\d_](?:[^\x00-\x7f\s\d]|[_.-]){0,63}>?|(?:(?:[a-z]{1,12}[_-]){1,3}|(?:[A-Z]{1,12}[_-]){1,3})"
                                    r"<(?:[0-9]{1,4}(?:-[a-z]{1,24})?|[a-z][a-z_.-]{0,63}|[A-Z][a-z]{1,31}|[A-Z][A-Z_.-]{0,63}))$")
# A `<…>` placeholder saying in words what goes there, written with the fixed parts of the format around it: a vendor's
# head (`sk_live_<your key>`, `xoxb-<bot-token>`, `Bearer <token>`), its tail (Mailchimp's data centre,
# `<mailchimp-key>-us21`), or a pair's joint (`<user>:<password>`). Inside the brackets, words of one case or
# capitalised (`<API_KEY>`, `<Mailchimp Key>`); the head a prefix's words and a separator, the tail a separator and a
# short part (`-us21`: six letters or digits at most) or a host's lower-case words (`@smtp.example`). A drawn value
# around the brackets, or in them, is none (`<mailchimp-key>-` and 24 drawn, `admin:<Secret>@` and 19, a chosen
# `<Sunny>.Beach.2024`).
_ANGLE_WORDS = r"<(?:[a-z]{2,24}|[A-Z]{2,24}|[A-Z][a-z]{1,23})(?:[ _.-](?:[a-z0-9]{1,24}|[A-Z0-9]{1,24}|[A-Z][a-z]{1,23})){0,7}>"
_ANGLE_PLACEHOLDER_IN_FORMAT = lazy_regex(
    r"^(?:(?:[A-Za-z]{1,12}[_-]){1,3}|(?:Bearer|Basic|Token|Bot|token|bearer)[ \t]|[A-Za-z][\w.-]{0,31}:)?"
    + _ANGLE_WORDS + r"(?:[:@._-]" + _ANGLE_WORDS + r")?(?:[-_.@:](?:[A-Za-z0-9]{1,6}|[a-z]{2,24}(?:\.[a-z]{2,24}){0,3}))?$")


# A signed webhook's `token` beside its `timestamp` and `signature` (Mailgun's event payload: a random
# nonce the sender signs with HMAC and sends in the clear, in every request): no credential; the signing
# key is never in the payload.
_WEBHOOK_TOKEN = lazy_regex(r"""^[ \t]*["']?token["']?[ \t]*[:=]""")
_WEBHOOK_TIMESTAMP = lazy_regex(r"""(?:^|[\s{,])["']?timestamp["']?[ \t]*[:=]""")
_WEBHOOK_SIGNATURE = lazy_regex(r"""(?:^|[\s{,])["']?signature["']?[ \t]*[:=]""")
_WEBHOOK_LINES = 3  # lines either side where the nonce's siblings stand
_WEBHOOK_LINE_READ = 512


def signed_webhook_nonce(lines: Sequence[str], index: int) -> bool:
    """The line's `token` is a signed webhook's nonce: `timestamp` and `signature` beside it."""
    if not 0 <= index < len(lines) or _WEBHOOK_TOKEN.match(lines[index][:_WEBHOOK_LINE_READ]) is None:
        return False
    near = [lines[number][:_WEBHOOK_LINE_READ]
            for number in range(max(0, index - _WEBHOOK_LINES), min(len(lines), index + _WEBHOOK_LINES + 1))]
    return any(_WEBHOOK_TIMESTAMP.search(text) for text in near) and any(_WEBHOOK_SIGNATURE.search(text) for text in near)


# A comment that declares the value below it (or after it on its line) public: `// Public API key: it is
# safe to commit it (search-only ACL)`, `# public access token: published content only`, `// The
# search-only key is meant to be public.` A reviewer takes the author's word for a key a browser is
# sent anyway, unless the comment or the key's own name says otherwise (`not public`, `admin`, `secret`).
# The comment must say it of the key (`public key`, `the key is public`), not of what it opens: `# the
# public API`, `// public endpoint` stand above real keys.
_DECLARED_PUBLIC = lazy_regex(
    r"(?i)(?:^|[ \t])(?:#|//|/?\*|<!--|--)[^\n]{0,160}?(?:\bsearch[ -]only\b|\bpublishable\b|"
    r"\bpublic[ -](?:api[ -]|access[ -]|read[ -]|search[ -]|client[ -])?(?:key|token)s?\b|"
    r"\b(?:key|token)s?\b[^\n]{0,60}?\b(?:is|are)\b(?:[ \t]+(?:meant|intended|designed|made)[ \t]+to[ \t]+be)?[ \t]+public\b|"
    r"\bsafe to (?:commit|expose|share|publish|ship)\b|\bclient[ -]side (?:key|token)s?\b|"
    # (stop 67) a browser SDK's key the comment says is made for the browser and held to the site's domains (Matterport's
    # `// SDK key: domain-restricted, meant for the browser`)
    # (review 68: the browser as what the key is for, the phrase's last noun: `meant for browser tests`, `made for browser
    # automation`, `for the browser extension's backend` name a test grid's, a bot's, a service's key)
    r"(?P<held>\b(?:meant|intended|made|designed) for (?:the |a |every )?(?:web )?browsers?"
    r"(?=[ \t]*(?:[^\w \t'\u2019-]|$)|[ \t]+(?:and|or|only|too|as)\b|[ \t-]+side\b)|\b(?:domain|referr?er|origin)[ -]restricted\b))")
# (a comment that sets another key apart or doubts it, `the public key is in settings.js; this one is the real
# one`, `public token? ask ops`, says no more of the value below)
_DENIES_PUBLIC = lazy_regex(r"(?i)\b(?:not|never|isn't|private|admin|write|server[ -]side|rotate|leak(?:ed)?|but|however|"
                            r"instead|real|actual(?:ly)?|todo|fixme)\b|n't\b|\?")
_COMMENT_HEADS = ("#", "//", "/*", "*", "<!--", "--")
# A line the walk up to the comment passes: an object's opener (`algolia: {`) or a sibling naming no
# credential (`appId: 'R5BNLM3EOT',`), as the comment may stand above the object that holds the key.
_OPENER_OR_SIBLING = lazy_regex(r"""^[ \t]*(?:["']?[\w.$-]{1,64}["']?[ \t]*[:=][ \t]*(?:\{|\[|\(|["'`][^"'`\n]{0,128}["'`],?|[\w.-]{1,64},?)|"""
                                r"""[\w.$]{1,64}\([ \t]*\{?)[ \t]*$""")
_CREDENTIAL_SIBLING = lazy_regex(r"(?i)^[ \t]*[\"']?[\w.$-]{0,64}(?:key|token|secret|pass|pwd|auth)")
_NOT_PUBLIC_KEY_WORDS = ("secret", "private", "priv", "admin", "write", "pass", "pwd", "manage", "master", "server",
                         "service", "signing", "webhook")
_PUBLIC_WALK = 4  # lines above the value the comment may stand on
_PUBLIC_LINE_READ = 512


def declared_public(lines: Sequence[str], index: int, key: str) -> bool:
    """A comment on the value's line, or just above it (through its object's opener and siblings naming
    no credential), declares the value public (see _DECLARED_PUBLIC), and the key does not name a
    private one."""
    lowered_key = key.lower()
    if not 0 <= index < len(lines) or any(word in lowered_key for word in _NOT_PUBLIC_KEY_WORDS):
        return False
    line = lines[index][:_PUBLIC_LINE_READ]
    if ("ublic" in line or "nly" in line or "afe to" in line or "ide" in line) and _said_public(line):
        return True
    for above in range(index - 1, max(-1, index - 1 - _PUBLIC_WALK), -1):
        text = lines[above][:_PUBLIC_LINE_READ]
        stripped = text.strip()
        if not stripped:
            return False
        if stripped.startswith(_COMMENT_HEADS):
            if _said_public(text):
                return True
            continue  # (a comment of several lines)
        if _OPENER_OR_SIBLING.match(text) is None or _CREDENTIAL_SIBLING.match(text) is not None:
            return False
    return False


# (review 68) A restriction or the browser said of a key holds of the key the comment is about: one that sets a server's or
# another key beside it (`the server key; the browser key is domain-restricted`) or says the restriction is gone (`was
# origin-restricted until …; now unrestricted`) says nothing of the value below.
_DENIES_HELD = lazy_regex(r"(?i)\b(?:server|back[ -]?end|unrestricted|until|no[ \t]+longer|anymore|other|removed|lifted|dropped)\b")


def _said_public(text: str) -> bool:
    found = _DECLARED_PUBLIC.search(text)
    if found is None or _DENIES_PUBLIC.search(text, found.start()) is not None:
        return False
    return found.group("held") is None or _DENIES_HELD.search(text, found.start()) is None


# Algolia DocSearch's settings, in a site's browser configuration (Docusaurus' `themeConfig.algolia`, VitePress'
# and Starlight's `docsearch`, `docsearch({…})`) or a static site's YAML or TOML configuration (a theme's
# `docsearch:` in Jekyll's `_config.yml`, Hugo's `[params.docsearch]`, Hexo's and Docsy's `algolia:` with
# `applicationID`, `apiKey`, `indexName`): the `apiKey`/`api_key` beside the index's name is the search-only key
# the widget sends from every visitor's browser (DocSearch's docs: "the public API key"). Under a `docsearch`
# mapping, table or call, every one is. Under `algolia`, only a camel-case `apiKey` with no search-only key beside
# it: jekyll-algolia's snake-case `api_key` is the indexer's admin key, written beside the theme's
# `search_only_api_key`, and an `apiKey` beside a `searchOnlyApiKey` is the other one. An indexer's admin key
# given to a build tool under another name (`adminApiKey`) is no `apiKey`.
_DOCSEARCH_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".vue", ".json", ".json5",
                       ".yml", ".yaml", ".toml")
_DOCSEARCH_PARENTS = frozenset({"algolia", "docsearch", "algoliasearch"})
_INDEX_NAME = lazy_regex(r"""(?:^|[\s{,])["']?index[_-]?name["']?[ \t]*[:=]""", re.IGNORECASE)
_SEARCH_ONLY_KEY = lazy_regex(r"""(?:^|[\s{,])["']?search[_-]?(?:only[_-]?)?(?:api[_-]?)?key["']?[ \t]*[:=]""",
                              re.IGNORECASE)
_DOCSEARCH_CALL = lazy_regex(r"\bdocsearch\([ \t]*\{", re.IGNORECASE)
_DOCSEARCH_LINES = 6  # lines either side where the index's name, a search-only key or the call stands
_DOCSEARCH_SECTION_READ = 40  # lines above where the key's mapping or table opens


def docsearch_key(lines: Sequence[str], index: int, key: str, lowered_name: str) -> bool:
    """The value is DocSearch's search-only `apiKey` in a site's configuration (see _DOCSEARCH_SUFFIXES)."""
    if key.lower().replace("_", "").replace("-", "") != "apikey" or not lowered_name.endswith(_DOCSEARCH_SUFFIXES):
        return False
    if not says_near(lines, index, _INDEX_NAME, _DOCSEARCH_LINES):
        return False
    if lowered_name.endswith(".toml"):
        section = enclosing_toml_table(lines, index, _DOCSEARCH_SECTION_READ).rsplit(".", 1)[-1].strip("\"' \t")
    else:
        section = next(yaml_ancestor_keys(lines, index, _DOCSEARCH_SECTION_READ), "")
    section = section.lower()
    if section == "docsearch" or says_near(lines, index, _DOCSEARCH_CALL, _DOCSEARCH_LINES):
        return True
    return (section in _DOCSEARCH_PARENTS and "_" not in key and "-" not in key
            and not says_near(lines, index, _SEARCH_ONLY_KEY, _DOCSEARCH_LINES))


# A TOML table's header, `[name]` or an array of tables' `[[name]]`, the name of bare and quoted keys joined by dots
# (`[params.docsearch]`, `[ dog."tater.man" ]`), a comment after it.
_TOML_KEY_PART = r"""(?:[\w-]+|"[^"\n]*"|'[^'\n]*')"""
_TOML_TABLE = lazy_regex(r"^[ \t]*\[\[?[ \t]*(?P<table>" + _TOML_KEY_PART + r"(?:[ \t]*\.[ \t]*" + _TOML_KEY_PART
                         + r")*)[ \t]*\]\]?[ \t]*(?:#.*)?$")


def enclosing_toml_table(lines: Sequence[str], index: int, limit: int) -> str:
    """The name of the TOML table line `index` sits in, as its header spells it (the nearest header within
    `limit` lines above), or "" (none within reach: the document's root table or too far up)."""
    for above in range(index - 1, max(-1, index - limit), -1):
        table = _TOML_TABLE.match(line_text(lines, above))
        if table is not None:
            return table.group("table")
    return ""


# A mapping of HTTP headers opened: code's `headers: {`, `"headers": {`, `headers = {`, `headers={`, `'headers' => [`,
# `headers: new Headers({`, `new Headers({`, PHP's `headers => array(` (HEADERS_OPENER, anywhere on a line); at a
# line's end, also a YAML document's `headers:` key alone on its line (a list item's `- headers:`, a recorded
# cassette's, an HTTP client's request file).
_HEADERS_OPENER = (r"""(?:(?<![\w$-])["']?headers["']?[ \t]*(?:=>|:|=)[ \t]*(?:new[ \t]+[\w.]{1,64}[ \t]*\([ \t]*)?"""
                   r"""|new[ \t]+Headers[ \t]*\([ \t]*)(?:\{|\[|array\()""")
HEADERS_OPENER = lazy_regex(_HEADERS_OPENER, re.IGNORECASE)
_HEADERS_OPENED = lazy_regex(r"""(?:""" + _HEADERS_OPENER + r"""|^[ \t]*(?:-[ \t]+)?["']?headers["']?[ \t]*:)[ \t]*$""",
                             re.IGNORECASE)
_HEADERS_LINE_READ = 512  # characters of the opener's line read


def under_headers(lines: Sequence[str], index: int, limit: int) -> bool:
    """Line `index` stands in a mapping of HTTP headers: the nearest line above it indented less (within `limit`
    lines, blank lines passed) opens one (see _HEADERS_OPENED)."""
    line = line_text(lines, index)
    indent = len(line) - len(line.lstrip(" \t"))
    for above in range(index - 1, max(-1, index - 1 - limit), -1):
        text = line_text(lines, above)[:_HEADERS_LINE_READ]
        if not text.strip() or len(text) - len(text.lstrip(" \t")) >= indent:
            continue  # (a sibling, a value, indented as deep or deeper; or blank)
        return _HEADERS_OPENED.search(text.rstrip()) is not None
    return False


# Documentation that says a password is the team's own, shared (an onboarding page's `The shared master password
# for the team profile is:` above the value): no reader's example but the team's login, whatever the page is.
# (Other values in documentation stay warnings: docs show values to copy.) The value ends the line or stands
# alone on the next one (an indented code line, in backticks).
_TEAM_PASSWORD_STATED = lazy_regex(
    r"(?i)\b(?:shared|team(?:'s)?)\b[^\n:]{0,80}?\b(?:password|passphrase)\b[^\n:]{0,80}?\b(?:is|was)[ \t]*:"
    r"[ \t]*(?:`(?P<ticked>[^`\s]{1,256})`|(?P<bare>[^\s`*_]{1,256}))?[ \t]*$")
_LONE_VALUE = lazy_regex(r"^[ \t]*(?:`(?P<ticked>[^`\s]{1,256})`|(?P<bare>[^\s`*_#>|-][^\s`]{0,255}))[ \t]*$")
_STATED_READ = 1024  # characters of a line read for the statement


def stated_team_password(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, value) of a password the text states is its team's shared one."""
    line = lines[index][:_STATED_READ] if 0 <= index < len(lines) else ""
    if "assword" not in line and "ASSWORD" not in line and "assphrase" not in line:
        return
    found = _TEAM_PASSWORD_STATED.search(line)
    if found is None:
        return
    yield from _stated_value(found, lines, index)


def _stated_value(found: "re.Match[str]", lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, value) of a statement's value: on its line (a code span, or bare after a colon), else alone below."""
    value = found.group("ticked") or found.group("bare")
    if value:
        yield 0, value
    else:
        yield from _value_alone_below(lines, index)


def _value_alone_below(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, value) of a value standing alone on the first line below line `index` that is not blank (an indented
    code line, a fence's line, a code span: _LONE_VALUE)."""
    for below in range(index + 1, min(len(lines), index + 4)):
        text = lines[below][:_STATED_READ]
        if not text.strip() or text.strip() in ("```", "~~~"):
            continue
        alone = _LONE_VALUE.match(text)
        if alone is not None:
            yield below - index, alone.group("ticked") or alone.group("bare")
        return


# Documentation that says a key or a token is the team's own: it names the team's account or app it belongs to (`the
# SolarEdge API key for our installer account is`, `Our Mapbox token is:`), or records when it was issued (`Their token
# (issued 2024-08-02, scope `jobs:read`):`, a credential's register: no reader's example carries the day it was
# issued). The value ends the line (in a code span, or bare after a colon) or stands alone below it. A line naming a
# test, sandbox or demo account, or an example, states none (a vendor's docs: `our sandbox key is:`).
_KEY_WORD = r"""(?:api[ \t-]?key|access[ \t-]?key|secret(?:[ \t-]key)?|app[ \t-]?secret|(?:api[ \t-]|access[ \t-]|bearer[ \t-])?token)"""
_STATED_VALUE = (r"""(?:(?:[ \t]*:)?[ \t]*`(?P<ticked>[^`\s]{1,256})`|[ \t]*:[ \t]*(?P<bare>[^\s`*_]{1,256})|[ \t]*:)?"""
                 r"""[ \t]*\r?$""")
_OWN_KEY_STATED = lazy_regex(
    r"""(?i)(?:\b""" + _KEY_WORD + r"""\b[^\n:`]{0,80}?\b(?:for|of|on)[ \t]+our\b|\bour\b[^\n:`]{0,60}?\b""" + _KEY_WORD
    + r"""\b)[^\n:`]{0,80}?\b(?:is|was)""" + _STATED_VALUE)
# (the note's verb in the languages whose documentation is read too, the day a few words after it: Polish's `Token
# autoryzacyjny (wygenerowany w aplikacji podatnika 2026-10-01, …):`, German's `erstellt am`, Spanish's `generado el`;
# the key's word may have what it is before the note, in the order those languages write it)
_ISSUED_WORDS = (r"""(?:issued|created|generated|rotated|wygenerowan[yoa]|utworzon[yoa]|wydan[yoa]|erstellt|generiert"""
                 r"""|ausgestellt|aangemaakt|gegenereerd|uitgegeven|generado|creado|emitido|gerado|criado|g[ée]n[ée]r[ée]e?"""
                 r"""|cr[ée][ée]e?|generato|creato|emesso)""")
# (the day as ISO writes it, or as the languages whose notes are read write theirs: German's and Polish's `01.10.2026`,
# Spanish's, French's and Italian's `01/10/2026`)
_NOTED_DAY = (r"""(?:(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-3]?[0-9]\.[ \t]?[01]?[0-9]\.[ \t]?(?:19|20)[0-9]{2}"""
              r"""|[0-3]?[0-9]/[01]?[0-9]/(?:19|20)[0-9]{2})""")
_ISSUED_KEY_STATED = lazy_regex(
    r"""(?i)\b""" + _KEY_WORD + r"""(?:[ \t]+[^\W\d_]{2,24}){0,2}[ \t]*\([^()\n]{0,40}?\b""" + _ISSUED_WORDS
    + r"""[ \t]+(?:[^()\n]{0,40}?[ \t])?""" + _NOTED_DAY + r"""\b[^()\n]{0,80}\)""" + _STATED_VALUE)
# (what a line with such a note holds, as written: the gate before the patterns)
ISSUED_NOTE_WORDS = ("ssued", "reated", "enerated", "otated", "enerowan", "tworzon", "ydan", "rstellt", "eneriert",
                     "usgestellt", "angemaakt", "egenereerd", "itgegeven", "enerad", "reado", "mitid", "erado", "riado",
                     "énér", "réé", "enerato", "reato", "messo")
_NO_OWN_ACCOUNT = lazy_regex(r"""(?i)\b(?:test|testing|sandbox|demo|example|sample|dummy|fake|public|publishable)\b""")


def stated_own_key(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, value) of a key or a token the text states is its team's own (see _OWN_KEY_STATED)."""
    line = lines[index][:_STATED_READ] if 0 <= index < len(lines) else ""
    lowered = line.lower()
    if "our" not in lowered and not any(word in lowered for word in ISSUED_NOTE_WORDS):
        return
    found = (_OWN_KEY_STATED.search(line) if "our" in lowered else None) or _ISSUED_KEY_STATED.search(line)
    if found is None or _NO_OWN_ACCOUNT.search(line) is not None:
        return
    yield from _stated_value(found, lines, index)


# A value telling whoever deploys it what to put there (a template's, a Kubernetes Secret template's base64
# `data:`): `REPLACE_WITH_BAMBOOHR_KEY`, `INSERT_API_KEY_HERE`, `SET_ME_IN_VAULT`, `TODO_FILL_IN`,
# `to-be-provided`; or naming what stands there (`KEYVAULT_VALUE`, `db-password-value`). Words and
# separators only, an instruction's verb first, or `here` / `value` last.
_FILL_IN = lazy_regex(
    r"(?i)^(?:(?:replace|substitute|insert|enter|put|paste|fill|set|add|provide|supply|override|populate|inject)"
    r"[-_. ](?:me|it|in|with|this|here|value|by|from|at|later|your)(?:[-_. ][a-z0-9]{1,24}){0,8}"
    # (stop 58) a verb telling the deployer to choose one, then an article or `your`: `choose-a-random-string`,
    # `generate-a-long-secret`, `use-your-own-token`, `use-your-own`: words alone (a diceware passphrase's words are no article; `use-a-<word>-7781`
    # is a chosen one), ending on what to put there (a passphrase `make-a-wish-tonight`, `pick-any-card-twice` ends on
    # no such word)
    r"|(?:choose|pick|generate|create|make|use|define|invent|type|write)[-_. ](?:a|an|any|your|some|own)(?:[-_. ][a-z]{1,24}){0,7}"
    r"[-_. ](?:string|secret|token|key|password|passphrase|passwd|pass|pwd|phrase|value|one|salt|hash|code|pin|word|uuid|guid|id|credential|apikey|own)s?"
    r"|[a-z0-9]{1,24}(?:[-_. ][a-z0-9]{1,24}){0,8}[-_. ]here"
    r"|[a-z]{1,24}(?:[-_. ][a-z]{1,24}){0,8}[-_. ]value"
    r"|(?:todo|tbd|tba|fixme)(?:[-_. :]{1,2}[a-z0-9]{1,24}){0,8}"
    r"|to[-_. ]be[-_. ](?:filled|replaced|set|provided|supplied|injected|added|populated)(?:[-_. ][a-z0-9]{1,24}){0,8})$")


def _one_case(value: str) -> bool:
    """The value's letters are of one case (an instruction's `REPLACE_WITH_KEY`, `db-password-value`)."""
    return value == value.lower() or value == value.upper()


def is_fill_in_instruction(value: str) -> bool:
    """The value is an instruction to fill it in (see _FILL_IN), not a credential."""
    return len(value) <= 120 and _FILL_IN.match(value.strip()) is not None


_KEY_READERS_NOUNS: List[FrozenSet[str]] = []  # (credential_keys' words for a password, accents dropped: built once)


def _localized_password_noun(plain: str) -> bool:
    """`plain` (lower case, accents dropped) is the credential's own name in another language: one of
    _LOCALIZED_PASSWORD_NOUNS, or (stop 67) any word the key reader takes for a password's name
    (credential_keys.LOCALIZED_PASSWORD_WORDS: Uzbek's `parol`, Swahili's `nenosiri`, Basque's `pasahitza`…), so that a
    template's `postgresql://user:PAROL@db/…` is read as English's `user:password` in every language a key is read in."""
    if plain in _LOCALIZED_PASSWORD_NOUNS:
        return True
    if not _KEY_READERS_NOUNS:
        from secretfence.compat.detect_secrets.credential_keys import LOCALIZED_PASSWORD_WORDS  # (it imports this module)

        _KEY_READERS_NOUNS.append(frozenset(_without_marks(word) for word in LOCALIZED_PASSWORD_WORDS if " " not in word))
    return plain in _KEY_READERS_NOUNS[0]


def is_placeholder(value: str, decode: bool = True) -> bool:
    """True for values that are obviously not real credentials (`decode`: base64 of one too)."""
    stripped = value.strip().strip("\"'`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered in PLACEHOLDER_WORDS or (lowered in _CHANGE_IT_WORDS and _one_case(stripped)):
        return True
    if len(lowered) <= 16 and _localized_password_noun(_without_marks(lowered)):  # "contraseña", "Passwort", "пароль"
        return True
    if _TEMPLATE.match(stripped) or _SEALED_CIPHERTEXT.match(stripped) or _CUT_ANGLE_PLACEHOLDER.match(stripped):
        return True
    if stripped[:2] in ("AQ", "01") and _DPAPI_BLOB.match(stripped):  # "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA…" (DPAPI ciphertext)
        return True
    if any(marker in lowered for marker in _PLACEHOLDER_MARKERS):
        return True
    if lowered[-1:] in (">", "]", ")", "}") and _without_marks(lowered).endswith(_MASKING_NOTES):
        return True  # "sk_live_[hidden]", "whsec_[REDACTADO]", "[caviardé]"
    if ("***" in lowered or "..." in lowered or "\u2026" in lowered) and _masked_run_note(_without_marks(lowered)):
        return True  # "eyJ***masked***", "sk_live_...hidden", "eyJ***masqué***": a masking tool's note where it took the rest out
    if lowered[:1] in ("(", "[") and lowered[-1:] in (")", "]") and _KEPT_ELSEWHERE_NOTE.match(stripped) is not None \
            and _words_only(stripped[1:-1]):
        return True  # "(the one in Bitwarden)": where the value is kept
    if ("..." in stripped or "\u2026" in stripped) and (_cut_for_show(stripped) or _elided_instruction(stripped)):
        return True
    if ":" in stripped and _CUT_PAIR.match(stripped) is not None:  # "5809…:AA…Xq4", "58431...:AA***"
        return True
    if "xxxx" in lowered and _stands_for_left_out(stripped):
        return True
    if ("change" in lowered or "replace" in lowered) and (
            _CHANGE_ME.search(lowered) is not None or (_one_case(stripped) and _CHANGE_IT_NOTE.match(lowered) is not None)):
        return True
    if "<" in stripped and _ANGLE_PLACEHOLDER_IN_FORMAT.match(stripped) is not None:  # "<mailchimp-key>-us21", "sk_live_<key>"
        return True
    if _localized_change_me(lowered):  # "cambiami", "changez-moi"
        return True
    if _one_case(stripped) and is_fill_in_instruction(stripped):  # "REPLACE_WITH_VAULT_VALUE", "TODO_FILL_IN", "KEYVAULT_VALUE"
        return True  # (words capitalised one by one, `Summer-Breeze-value`, `Tundra-Gable-here`, are a chosen passphrase's)
    if len(set(lowered)) <= 2:  # "xxxxxx", "******", "aaaa-aaaa"
        return True
    if _WORDY_PLACEHOLDER.match(lowered):  # "devpassword", "localsecret", "password_dev"
        return True
    if _HEAD_THEN_ONE_CHARACTER.match(stripped):  # "SEC000000000000000000", "sk-000000000000000"
        return True
    if "-" in stripped and _HEAD_THEN_NIL_UUID.match(stripped):  # "live_00000000-0000-0000-0000-000000000000"
        return True
    if counts_up(lowered):  # "0123456789abcdef0123456789abcdef", "1234567890abcdef"
        return True
    if counts_up_in_groups(lowered):  # "abcd efgh ijkl mnop" (Google's app password example), "1234-5678-9012-3456"
        return True
    if _head_then_counting(stripped) or _mostly_one_character(stripped):  # "re_123456789", Turnstile's test keys
        return True
    if _redaction_marker(stripped) or (stripped[:1] == "@" and _at_reference(stripped)):  # "*SENSITIVE*DATA*DELETED*"
        return True
    if len(stripped) <= 128 and _localized_placeholder(stripped):  # "hier_passwort_eintragen", "请填写密码"
        return True
    if len(stripped) <= 128 and _says_example_abroad(stripped):  # "kk_test_EXEMPLE_NE_FONCTIONNE_PAS"
        return True
    if len(stripped) <= 128 and _says_stand_in_abroad(stripped):  # "tes-palsu-ulah-dipake", "123456789:REMPLACER"
        return True
    if ("/" in stripped or "|" in stripped) and _CHOICE_OF_ANSWERS.match(lowered):  # "True/False", "pass | fail"
        return True
    if ":" in stripped and _pair_to_fill_in(stripped):  # "123456789:TOKEN_HERE" (a Telegram bot's id, its token to fill in)
        return True
    if stripped[:3] == "eyJ" and _jwt_header_alone(stripped):  # "eyJhbGciOiJIUzI1NiJ9." (the rest redacted in a log)
        return True
    return decode and _encodes_a_placeholder(stripped)


def _pair_to_fill_in(value: str) -> bool:
    """A credential's pair (a Telegram bot's `<bot id>:<token>`, a `user:password`) whose secret part is an instruction
    to fill it in (`123456789:TOKEN_HERE`, `deploy:YOUR_PASSWORD`): the template's, as the instruction alone is."""
    head, _, tail = value.rpartition(":")
    return (_FILL_IN_PAIR_HEAD.match(head) is not None and _one_case(head) and len(tail) >= 4 and _one_case(tail)
            and is_fill_in_instruction(tail))


# The pair's head, what a template keeps beside the part to fill in: a bot's numeric id, or a user's name (letters, a
# separator, a few digits at its end, one case). A head that looks drawn (`Qv7mT2pLx9wKr8:TOKEN_HERE`, a password
# before a port to fill in, `https://u:pass@h:PORT_HERE`) is a secret the pair holds, whatever its tail says.
_FILL_IN_PAIR_HEAD = lazy_regex(r"^(?:[0-9]{5,12}|[A-Za-z][A-Za-z._-]{0,31}[0-9]{0,4})$")


# A JWT's header alone (base64url of `{"alg": …}`), its dot after it or not: what a log keeps of a token whose payload and
# signature it redacted (`token=eyJhbGciOiJIUzI1NiJ9.[REDACTED]`). A header is the same for every token its issuer
# signs with one algorithm: no credential.
_JWT_HEADER_ALONE = lazy_regex(r"^eyJ[A-Za-z0-9_-]{4,400}\.?$")


def _jwt_header_alone(value: str) -> bool:
    if _JWT_HEADER_ALONE.match(value) is None:
        return False
    import base64
    import binascii
    import json

    part = value.rstrip(".")
    try:
        header = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(header, dict) and "alg" in header and _JOSE_HEADER_NAMES.issuperset(header)


# A JOSE header's own parameters (RFC 7515 4.1, RFC 7516 4.1, RFC 7797): a header holding any other member is no header
# (a JWK's private `d` or symmetric `k` beside its `alg`, base64url of `{"kty":"oct","alg":"HS256","k":…}`; a `secret`).
_JOSE_HEADER_NAMES = frozenset({"alg", "typ", "kid", "cty", "enc", "zip", "jku", "x5u", "x5t", "x5t#S256", "crit", "b64",
                                "x5c", "url", "nonce"})


# A field's allowed answers, as a prompt or a grading rubric lists them (`Pass: True/False`, `yes|no`).
_ANSWER = r"(?:true|false|yes|no|y|n|on|off|pass|fail|passed|failed|ok|none|null)"
_CHOICE_OF_ANSWERS = lazy_regex(rf"^{_ANSWER}(?:[ \t]*[/|][ \t]*{_ANSWER}){{1,3}}$")


_BASE64_SHAPE = lazy_regex(r"^[A-Za-z0-9+/_-]{6,}={0,2}$")
_MAX_ENCODED_PLACEHOLDER = 512  # a placeholder is short; longer base64 is left to the carriers' decoding


def short_base64_text(value: str) -> Optional[str]:
    """The printable text a short base64 value (a Kubernetes Secret's `data:`) encodes, or None:
    the carriers decode longer runs; a placeholder or a stock default is short."""
    if len(value) % 4 != 0 or len(value) > _MAX_ENCODED_PLACEHOLDER or not _BASE64_SHAPE.match(value):
        return None
    import base64
    import binascii

    try:
        raw = (base64.urlsafe_b64decode(value) if "-" in value or "_" in value
               else base64.b64decode(value, validate=True))
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if decoded.isprintable() else None


def name_start(line: str, position: int, floor: int = 0, name_characters: str = "_.-") -> int:
    """Where the name holding `position` starts: back over letters, digits and `name_characters`,
    no further than `floor` (a hostile line's run of name characters is read back that far only)."""
    while position > floor and (line[position - 1].isalnum() or line[position - 1] in name_characters):
        position -= 1
    return position


_URL_SCHEME = lazy_regex(r"^[A-Za-z][A-Za-z0-9+.-]{0,31}$")  # (RFC 3986's scheme)


def basic_credential(value: str, key_alone: bool = False) -> Optional[Tuple[str, str]]:
    """(user, password) an HTTP Basic credential encodes (RFC 7617: base64 of `user:password`,
    strict base64 of printable UTF-8, a user before the colon; the password may be empty), or None.
    `key_alone`: a 20+ character token with no colon is (token, ""), as APIs that take a key as
    the user (Codat's `Basic base64(key)`) send it."""
    import base64
    import binascii

    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not text.isprintable():
        return None
    user, sign, password = text.partition(":")
    if not sign and key_alone and len(text) >= 20 and not any(character.isspace() for character in text):
        return text, ""
    if password.startswith("//") and _URL_SCHEME.match(user):
        return None  # (a URL encoded, `https://…`: its scheme is no user, nor the rest a password)
    return (user, password) if sign and user else None


def shown_user(user: str) -> str:
    """A Basic credential's user as a finding's description may show it: masked where it looks generated
    (an API key sent as the user: `btoa("<key>:<secret>")`, Freshdesk's `<key>:X`), a name as it is."""
    if not looks_generated(user):
        return user
    from secretfence.redact import mask

    return mask(user)


# The password an API that takes its key as HTTP Basic's user documents as ignored, beside the key: empty (Stripe's,
# Chargebee's, Recurly's `-u <key>:`), one character (Freshdesk's, Help Scout's and Basecamp's `X`, BambooHR's and
# Elvanto's `x`), Teamwork's `xxx`, Toggl's `api_token`, GitHub's `x-oauth-basic` (and the `x-oauth-token`,
# `x-access-token` fillers of its token schemes), and words that say the slot is unused (`unused`, `ignored`, `dummy`,
# `none`, `null`, `blank`, `empty`, `any`, `anything`, `foo`: Wufoo's docs say "any value" and write `footastic`).
# Not a word naming what belongs there (`password`, `pass`, `token`, `apikey`, `api`, `secret`): a placeholder says
# the slot wants a value, so the user beside it is an account's or a client's id, not the credential sent alone.
_STAND_IN_PASSWORDS = frozenset({"xxx", "api_token", "x-oauth-basic", "x-oauth-token", "x-access-token", "unused",
                                 "ignored", "dummy", "none", "null", "blank", "empty", "any", "anything", "foo", "footastic"})


def is_stand_in_password(value: str) -> bool:
    """A password slot's filler beside an API key sent as the user (see _STAND_IN_PASSWORDS): the user is the
    credential, and the filler no password to report."""
    return len(value) <= 1 or value.lower() in _STAND_IN_PASSWORDS


def _encodes_a_placeholder(value: str) -> bool:
    """Base64 of a placeholder or template: `Y2hhbmdlbWU=` is "changeme", `PGRiLXBhc3N3b3JkPg==`
    is "<db-password>"."""
    decoded = short_base64_text(value)
    return decoded is not None and is_placeholder(decoded, decode=False)


# Each line's parent key line found so far (the nearest key line above it with less indentation, or
# the line a walk stopped at without finding one: every key line between is indented at least as
# deep), kept for the last file: a list of a thousand items asks for each item, and each walk would
# pass all the siblings above it again.
_YAML_PARENTS: "LastFileMemo[Dict[int, int]]" = LastFileMemo(lambda lines: {})


def yaml_ancestor_keys(lines: Sequence[str], index: int, limit: int = 200) -> Iterator[str]:
    """The keys of the YAML mappings a line sits in, nearest first (by indentation, up to
    `limit` lines above; a block scalar's lines are read as keys too, which only adds)."""
    line = line_text(lines, index)
    indent = len(line) - len(line.lstrip(" \t"))
    parents = _YAML_PARENTS.of(lines)
    floor = max(-1, index - limit)
    child, other = index, index - 1
    while other > floor and indent > 0:
        found = _YAML_KEY.match(line_text(lines, other))
        if found is None:
            other -= 1
            continue
        own = len(found.group("indent"))
        if own >= indent:
            # Every key line between this one and its parent is indented at least as deep as this
            # one, so no ancestor: go straight to the parent when it is known.
            other = parents.get(other, other - 1)
            continue
        parents[child] = other
        child, indent = other, own
        yield found.group("key")
        other -= 1
    if indent > 0:
        # None within reach: the next walk from this line goes straight to where this one stopped.
        parents[child] = other


# A pretty-printed JSON object's member that opens an object or an array (`"radius-server": {`).
_JSON_OPENER = lazy_regex(r"""^[ \t]*"(?P<key>[^"\\\n]{1,128})"[ \t]*:[ \t]*[{\[][ \t]*$""")


def json_ancestor_keys(lines: Sequence[str], index: int, levels: int, limit: int = 64) -> Iterator[str]:
    """The names of the members a pretty-printed JSON line sits in, nearest first, `levels` at most (by
    indentation, within `limit` lines above: an array's anonymous `{` is passed, a minified file has none)."""
    indent = indent_width(line_text(lines, index))
    for other in range(index - 1, max(-1, index - limit), -1):
        if indent == 0 or levels == 0:
            return
        text = line_text(lines, other)
        own = indent_width(text)
        if own >= indent or not text.strip():
            continue
        indent = own
        found = _JSON_OPENER.match(text)
        if found is not None:
            levels -= 1
            yield found.group("key")


_INLINE_MEMBER_NAME = lazy_regex(r""""(?P<key>[^"\\\n]{1,128})"[ \t]*:[ \t]*$""")
_INLINE_READ = 4096  # characters before a member read for the objects it sits in (a minified line's neighbourhood)


def inline_json_ancestor_keys(line: str, position: int, levels: int) -> Iterator[str]:
    """The names of the members whose objects hold `line[position]` on a minified JSON line (`{"a":{"b":{"key":…`),
    nearest first, `levels` at most: the line read backwards, strings passed whole, braces counted. An array's
    anonymous `{` and a name the reading cannot find (read past _INLINE_READ) end it."""
    depth, at, stop = 0, position - 1, max(0, position - _INLINE_READ)
    while at >= stop and levels > 0:
        character = line[at]
        if character == '"':
            at = line.rfind('"', stop, at)  # (the string's opening quote: names and values hold no escaped ones here)
            if at < 0:
                return
        elif character in "}]":
            depth += 1
        elif character == "[":
            if depth == 0:
                return  # (inside an array: its members are anonymous)
            depth -= 1
        elif character == "{":
            if depth:
                depth -= 1
            else:
                found = _INLINE_MEMBER_NAME.search(line, max(stop, at - 160), at)
                if found is None:
                    return
                levels -= 1
                yield found.group("key")
                at = found.start() - 1  # (before the name's opening quote)
                continue
        at -= 1


# `name: X` then `value: …` on a following line (Kubernetes env entries, Helm, Ansible).
NAME_ITEM = lazy_regex(r"""^\s*(?:-\s+)?name\s*:\s*["']?(?P<name>[\w.-]+)["']?\s*$""")
_VALUE_ITEM = lazy_regex(r"""^\s*(?:-\s+)?value\s*:\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'#][^#\n]*))""")


def following_value(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(offset, value) of the `value:` of a `name:` entry, on one of the next three lines of the
    same entry (a `valueFrom:` reference yields nothing)."""
    for offset in range(1, 4):
        text = line_text(lines, index + offset)
        if NAME_ITEM.match(text) or text.lstrip().startswith("-"):
            return
        found = _VALUE_ITEM.match(text)
        if found:
            yield offset, value_of(found)[0].rstrip()
            return


def in_sealed_data(lines: Sequence[str], index: int) -> bool:
    """The line is a value of a Bitnami SealedSecret's `encryptedData:` (ciphertext)."""
    return any(key.lower() == "encrypteddata" for key in yaml_ancestor_keys(lines, index))


_SEALED_KIND = lazy_regex(r"""^\s*["']?kind["']?\s*:\s*["']?SealedSecret\b""")
_SEALED_READ = 400  # lines around the value where its document's `kind:` stands
# The lines of a file that say `kind: SealedSecret`, found once a file (each value asks).
_SEALED_KINDS: "LastFileMemo[List[int]]" = LastFileMemo(
    lambda lines: [at for at, text in enumerate(lines) if "SealedSecret" in text and _SEALED_KIND.match(text)])


# A mapping of ciphertext by its key: Renovate's `"encrypted": {` (hostRules, npmToken), in JSON,
# JSON5 or YAML, the key quoted or bare; and a key that names its values encrypted or ciphertext by its
# first word (a chart's `encryptedEnv:` of KMS ciphertext decrypted at the pod's start, `encrypted_secrets:`,
# `ciphertextBlobs:`; not `unencrypted…`, not `encryption…`, whose values are keys and settings).
_ENCRYPTED_NAME = r"""(?P<name>(?:encrypted|ciphertexts?)[\w-]{0,64})"""
_ENCRYPTED_OPEN = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?["']?""" + _ENCRYPTED_NAME + r"""["']?[ \t]*:[ \t]*(?:\{[ \t]*)?$""")
_ENCRYPTED_INLINE = lazy_regex(r"""["']?\b""" + _ENCRYPTED_NAME + r"""["']?[ \t]*:[ \t]*\{""")
_PARENT_READ = 40  # lines above a value where its mapping's key stands


def in_encrypted_block(lines: Sequence[str], index: int) -> bool:
    """The line is a value of an `encrypted` mapping (Renovate encrypts with its app's public key;
    only the Renovate app decrypts): its nearest parent by indentation, or an inline `{…}` on the
    line, is `encrypted`."""
    line = line_text(lines, index)
    if ("encrypted" in line or "iphertext" in line):
        inline = _ENCRYPTED_INLINE.search(line)
        if inline is not None:
            return _holds_ciphertext(inline.group("name"), line)
    if not any("encrypted" in text or "iphertext" in text for text in lines[max(0, index - _PARENT_READ):index]):
        return False  # (the common case, found by substring search alone)
    indent = len(line) - len(line.lstrip(" \t"))
    for other in range(index - 1, max(-1, index - _PARENT_READ), -1):
        text = line_text(lines, other)
        stripped = text.lstrip(" \t")
        if not stripped or len(text) - len(stripped) >= indent:
            continue
        parent = _ENCRYPTED_OPEN.match(text)
        return parent is not None and _holds_ciphertext(parent.group("name"), line)
    return False


# What a ciphertext reads as: a run of base64 (or hex) longer than a password or most keys are (KMS' `AQICAH…`, a
# sealing tool's, AES-GCM's nonce, text and tag), or a tool's envelope (SOPS' `ENC[…`, Jasypt's `ENC(…`, ejson's
# `EJ[1:…`, Vault transit's `vault:v1:…`, an Ansible vault, an armored PGP or age message).
_CIPHERTEXT_LOOK = lazy_regex(r"""(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{48,}|ENC[\[(]|EJ\[|vault:v[0-9]|\$ANSIBLE_VAULT|-----BEGIN """)


def _holds_ciphertext(parent: str, line: str) -> bool:
    """Renovate's `encrypted:` holds ciphertext by its name (its app encrypts every value); another mapping named for
    encryption (`encryptedEnv:`, `encryptedBackups:`, `ciphertexts:`) where its value reads as ciphertext: a backup's
    `passphrase: "…"` under `encryptedBackups:` is the plain key the backups are encrypted with."""
    return parent.lower() == "encrypted" or _CIPHERTEXT_LOOK.search(line[:4096]) is not None


# A section's own setting saying its secrets are stored encrypted: CSS Electronics' CANedge device
# configuration, where `"keyformat": 1` beside Wi-Fi's `pwd` and S3's `secretkey` says they are encrypted
# to the device's public key (`kpub`), and `0` that they are plain text.
_KEY_FORMAT = lazy_regex(r"""^[ \t]*"keyformat"[ \t]*:[ \t]*(?P<format>[0-9]{1,3})[ \t]*(?:,[ \t]*)?$""")
_SIBLING_READ = 12  # lines either side of a value where its section's settings stand


def in_encrypted_section(lines: Sequence[str], index: int) -> bool:
    """A setting of the line's own section (the lines around it at its indentation, none shallower
    between) says the section's secrets are ciphertext (see _KEY_FORMAT); a nonzero format only."""
    low, high = max(0, index - _SIBLING_READ), min(len(lines), index + _SIBLING_READ + 1)
    if not any("keyformat" in text for text in lines[low:high]):
        return False  # (the common case, found by substring search alone)
    line = line_text(lines, index)
    indent = len(line) - len(line.lstrip(" \t"))
    for step, stop in ((-1, low - 1), (1, high)):
        for other in range(index + step, stop, step):
            text = line_text(lines, other)
            stripped = text.lstrip(" \t")
            if not stripped:
                continue
            depth = len(text) - len(stripped)
            if depth < indent:
                break  # the section's opening or its close
            found = _KEY_FORMAT.match(text) if depth == indent else None
            if found is not None:
                return int(found.group("format")) != 0
    return False


def in_ciphertext_mapping(lines: Sequence[str], index: int) -> bool:
    """The line is a value of a mapping whose key says its values are ciphertext (a SealedSecret's
    `encryptedData:`, Renovate's `encrypted:`, a chart's `encryptedEnv:`)."""
    return in_sealed_data(lines, index) or in_encrypted_block(lines, index)


def in_sealed_secret(lines: Sequence[str], index: int) -> bool:
    """The line is in a SealedSecret (YAML or JSON: its `kind:` near it, outside `template:`
    metadata only by indentation), under an `encryptedData:` key, in an `encrypted` mapping
    (Renovate's), or in a section whose own setting says its secrets are encrypted (CANedge's
    `keyformat`): its values are ciphertext."""
    if in_sealed_data(lines, index) or in_encrypted_block(lines, index) or in_encrypted_section(lines, index):
        return True
    kinds = _SEALED_KINDS.of(lines)
    at = bisect.bisect_left(kinds, index - _SEALED_READ)
    return at < len(kinds) and kinds[at] < index + _SEALED_READ


def sealed_value(lines: Sequence[str], index: int, value: str) -> bool:
    """The value is a SealedSecret's ciphertext (`Ag…`/`AQ…`, hundreds of base64 characters) in a
    SealedSecret: what any reader found there (a salt's name, a generated shape) is encrypted; or
    its configuration says it is stored encrypted (declared_ciphertext)."""
    if value[:2] in ("Ag", "AQ") and _SEALED_CIPHERTEXT.match(value) is not None and in_sealed_secret(lines, index):
        return True
    return declared_ciphertext(lines, index, value)


# A value its configuration says is stored encrypted: a comment just above it (or after it on its line) saying how
# (`<!-- encrypted with: encrypt.bat -e <password> conf/key.txt -->`, `# encrypted using the master key`), or a setting
# beside it naming the key file that decrypts the file's values (Salesforce Data Loader's `process.encryptionKeyFile`
# beside its `sfdc.password`). Only a value shaped as ciphertext is (hex of 32 digits and more, or base64 of 24
# characters and more, its length a multiple of four): a password typed in clear under such a note is still one. A key
# file beside a value says so of hex only (Data Loader's `encrypt.bat` prints hex): base64 beside a key's path is as
# often a token the key signs with or opens (IBKR's OAuth `access_token_secret` beside `encryption_key_path`).
_ENCRYPTED_NOTE = lazy_regex(r"(?i)\bencrypt(?:ed[ \t]+(?:with|by|using|via)\b|\.(?:bat|sh|cmd|ps1)\b)")
_DECRYPTING_KEY_FILE = lazy_regex(r"(?i)encryption[._-]?key[._-]?(?:file|path)\b")
_NOTE_HEADS = ("#", "//", ";", "<!--", "--", "/*", "*", "::", "rem ", "REM ")
_NOTE_LINES = 2  # comment lines above a value read for its note
_PASSWORD_WORD = lazy_regex(r"(?i)pass(?:word|wd|phrase)?|pwd")  # on the value's own line
_KEY_FILE_LINES = 8  # lines either side of a value read for the setting naming its key file
_CIPHER_LINE_READ = 1024
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")  # (also the web3 kinds' hex check)
_BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def _hex_ciphertext(value: str) -> bool:
    return len(value) >= 32 and len(value) % 2 == 0 and HEX_DIGITS.issuperset(value)


def _ciphertext_shaped(value: str) -> bool:
    return _hex_ciphertext(value) or (
        len(value) >= 24 and len(value) % 4 == 0 and _BASE64_CHARS.issuperset(value) and "=" not in value.rstrip("="))


# The name a value is given on its line (an assignment's target, a map's member, an XML entry's `key="…"`), and a name
# saying the value is key material itself (`AES_KEY`, `encryption_key`, `signingSecret`, a salt): the key that data is
# encrypted with, which a note describing that data (`# exports are encrypted with AES-256`) does not make ciphertext.
_VALUE_NAME = lazy_regex(r"""(?P<name>[A-Za-z_$][\w$.-]{0,127})["'\]]{0,2}[ \t]*(?:=>|:=|[:=])[ \t]*["']?$""")
_ENTRY_KEY = lazy_regex(r"""\bkey[ \t]*=[ \t]*["'](?P<name>[^"'\n]{1,128})["']""")
_KEY_MATERIAL_ENDS = ("key", "secret", "salt", "pepper")
# A note denying what it would say (`not encrypted with anything yet`, `never encrypted by`).
_NOTE_DENIED = lazy_regex(r"(?i)\b(?:not|never|isn't|aren't|wasn't|no[ \t]+longer)[ \t]+(?:\w+[ \t]+)?encrypt")


def _names_key_material(line: str, at: int) -> bool:
    """The value at `at` is given under a name saying it is key material (see _KEY_MATERIAL_ENDS)."""
    before = line[max(0, at - 256):at]
    entry = _ENTRY_KEY.search(before)
    named = _VALUE_NAME.search(before)
    name = entry.group("name") if entry is not None else named.group("name") if named is not None else ""
    last = re.split(r"[._\-$]|(?<=[a-z0-9])(?=[A-Z])", name)[-1].lower() if name else ""
    return last.endswith(_KEY_MATERIAL_ENDS) or last in ("iv", "nonce")


def _encryption_note(text: str) -> bool:
    found = _ENCRYPTED_NOTE.search(text)
    return found is not None and _NOTE_DENIED.search(text, 0, found.end()) is None


def declared_ciphertext(lines: Sequence[str], index: int, value: str) -> bool:
    """The value is ciphertext by what its configuration says beside it (see _ENCRYPTED_NOTE), unless its name says it
    is key material (_names_key_material) or the note denies it (_NOTE_DENIED)."""
    if not 0 <= index < len(lines) or not _ciphertext_shaped(value):
        return False
    line = lines[index][:_CIPHER_LINE_READ]
    at = line.find(value)
    if at >= 0 and _names_key_material(line, at):
        return False  # (`AES_KEY = "…"` under `# exports are encrypted with AES-256`: the key, not ciphertext)
    if at >= 0 and _encryption_note(line[at + len(value):]):
        return True
    for above in range(index - 1, max(-1, index - 1 - _NOTE_LINES), -1):
        text = lines[above][:_CIPHER_LINE_READ].strip()
        if not text.startswith(_NOTE_HEADS):
            break
        if _encryption_note(text):
            return True
    # (a key file decrypts what a tool stores encrypted, its passwords: Data Loader's `sfdc.password`; a
    # hex API secret beside the same setting is no password and stays read)
    return _hex_ciphertext(value) and _PASSWORD_WORD.search(line) is not None and any(
        "ncryption" in lines[other] and _DECRYPTING_KEY_FILE.search(lines[other][:_CIPHER_LINE_READ]) is not None
        for other in range(max(0, index - _KEY_FILE_LINES), min(len(lines), index + _KEY_FILE_LINES + 1)))


# A comment after a value telling the reader to replace it (`REDIS_AUTH: myredissecret # CHANGEME`,
# `password: admin123  // change this`): upstream's marked stand-in, as langfuse's compose file marks its own.
_MARKED_TO_CHANGE = lazy_regex(r"(?i)(?:^|[ \t])(?:#|//|;)[^\n]{0,80}?\b(?:change[ _-]?(?:me|this|it)|replace[ _-]?(?:me|this|it))\b")


def marked_to_change(line: str, value: str) -> bool:
    """The line's comment after `value` marks it as a stand-in to replace (see _MARKED_TO_CHANGE), and
    the value is no generated one (a real key someone pasted over the stand-in keeps the comment)."""
    if "hange" not in line and "HANGE" not in line and "eplace" not in line and "EPLACE" not in line:
        return False
    at = line.find(value)
    if at < 0:
        return False
    # (a bare value may be reported with its comment: `mysecret # CHANGEME`; the stand-in is before it)
    comment = _MARKED_TO_CHANGE.search(line, at)
    return comment is not None and not looks_generated(line[at:comment.start()].strip())


def looks_generated(value: str) -> bool:
    """A password or token that looks generated rather than made up for an example: 16
    characters or more, 10 distinct, a digit among them."""
    return len(value) >= 16 and len(set(value)) >= 10 and any(character.isdigit() for character in value)


_NAME_SEPARATOR = lazy_regex(r"[_.-]")
_NAME_PART = lazy_regex(r"^[A-Za-z]*[0-9]*$")
_WORD_PART = lazy_regex(r"^[A-Za-z]{2,}")


def named_like_an_account(value: str) -> bool:
    """A service account's name, not a key: words joined by `_`, `-` or `.`, each letters then digits, two of them
    words (`svc_jenkins_2024`, `ci_bot_readonly01`); a key's letters and digits interleave (`Vq8Rt2…`)."""
    parts = [part for part in _NAME_SEPARATOR.split(value) if part]
    return (1 < len(parts) <= 8 and all(_NAME_PART.match(part) for part in parts)
            and sum(1 for part in parts if _WORD_PART.match(part)) >= 2)


def looks_chosen(value: str) -> bool:
    """A password a person chose with care rather than one an example shows: twelve characters or
    more, mixing lower and upper case, digits and symbols, nine of them distinct (`Tiger*Cedar9572`;
    not `secret`, `pass1234`, `s3cr3t`). An example's host (RFC 2606) does not make it one."""
    return (len(value) >= 12 and len(set(value)) >= 9 and any(character.islower() for character in value)
            and any(character.isupper() for character in value) and any(character.isdigit() for character in value)
            and any(not character.isalnum() for character in value))


# Digits and symbols read as the letters leetspeak writes with them, and the words a tutorial's example password
# is built on (`P@ssw0rd123!`, `YourStrong!Passw0rd`, Microsoft's SQL Server image's; `Admin@12345678`,
# `MyS3cureP@ss!`): a value spelling one is what a reader is told to type, however many classes it mixes.
# `passw`, not `pass`: a chosen password's own word may hold it (`P@ssCobalt8662`, `Compass#Harbor2291`).
LEETSPEAK = str.maketrans("0134578@$!|", "oieastbasil")
_EXAMPLE_PASSWORD_WORDS = ("passw", "admin", "secret", "secure", "strong", "letmein", "welcome", "qwerty", "change",
                           "default", "example", "sample", "demo", "test", "guest", "master", "hunter")
_NOT_LETTERS = lazy_regex(r"[^a-z]+")


def spells_an_example_password(value: str) -> bool:
    """The value spells a stock password word, leetspeak undone (see _EXAMPLE_PASSWORD_WORDS), or is a famous
    example's phrase with digits or symbols added (`correct-horse-battery-staple-42`)."""
    from secretfence.compat.detect_secrets.credential_keys import is_famous_example

    spelled = value.lower().translate(LEETSPEAK)
    return (any(word in spelled for word in _EXAMPLE_PASSWORD_WORDS)
            or is_famous_example(_NOT_LETTERS.sub("", value.lower()))
            or (len(spelled) <= _SPELLED_READ and _one_symbol_for_a_letter("password", spelled)))


_SPELLED_READ = 64  # characters: an example password is short


def _one_symbol_for_a_letter(word: str, spelled: str) -> bool:
    """`word` in `spelled` with one of its letters written as a symbol (`p=ssword`, a libpq page's example of a
    password holding `=`). Whole words only: a stem's would find `guest` in `Mangue*Tucano`, `passw` in `compass-lantern`."""
    for start in range(len(spelled) - len(word) + 1):
        window = spelled[start:start + len(word)]
        differences = [at for at in range(len(word)) if window[at] != word[at]]
        if len(differences) == 1 and not window[differences[0]].isalnum() and not window[differences[0]].isspace():
            return True
    return False


# The words the most common passwords are built on (the leaked lists' top: `password1`, `qwerty123`, `iloveyou`,
# `trustno1`, `1q2w3e4r`, `zaq12wsx`) and keyboard runs: what a password policy's denylist holds (`COMMON = new Set([
# "password123", "qwertyuiop12", …])`, a config's `banned_passwords`), each with digits or symbols added.
_COMMON_PASSWORD_WORDS = ("passw", "qwerty", "letmein", "welcome", "iloveyou", "admin", "monkey", "dragon", "sunshine",
                          "football", "baseball", "princess", "trustno", "master", "shadow", "superman", "changeme",
                          "secret", "login", "hello", "freedom", "whatever", "abc123", "123456", "111111", "654321",
                          "1q2w3e", "qazwsx", "zaq12", "asdfgh", "zxcvbn")
_COMMON_PASSWORD_READ = 64  # characters: a common password is short


def is_common_password(value: str) -> bool:
    """The value is a common password's form (see _COMMON_PASSWORD_WORDS; leetspeak undone), digits or symbols
    in it: a denylist's entry. A bare word (`password`, `secret`) is as often a name, and is not one."""
    if not 6 <= len(value) <= _COMMON_PASSWORD_READ or value.isalpha() or any(character.isspace() for character in value):
        return False
    lowered = value.lower()
    spelled = lowered.translate(LEETSPEAK)
    return any(word in lowered or word in spelled for word in _COMMON_PASSWORD_WORDS)


def looks_like_a_password(value: str) -> bool:
    """Generated or chosen with care (see looks_generated, looks_chosen): how a password is made, not a name,
    a topic, a mode or an identifier with a digit in it (`production`, `orders-topic`, `Cache2Prefix`)."""
    return looks_generated(value) or looks_chosen(value)


def documented_password_blocks(value: str) -> bool:
    """A password documentation shows blocks where it looks generated or chosen with care and spells no stock
    example (`Tiger*Cedar9572`); a tutorial's (`Welcome1`, `P@ssw0rd123!`) is what a reader is told to type."""
    return looks_like_a_password(value) and not spells_an_example_password(value)


# An alphabet's run, as examples write one (`0123456789abcdef0123456789abcdef`, `abcdef123456`).
_SEQUENCES = ("0123456789abcdef", "0123456789abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz0123456789",
              "abcdef0123456789", "1234567890abcdef", "1234567890")


def is_sequential(value: str) -> bool:
    """The value is a run of an alphabet in order, repeated as needed (a documentation's
    `api_hash = '0123456789abcdef0123456789abcdef'`): a placeholder, never an issued value."""
    lowered = value.lower()
    if len(lowered) < 8:
        return False
    for sequence in _SEQUENCES:
        at = sequence.find(lowered[:2])
        if at >= 0:
            cycled = (sequence[at:] + sequence * (len(lowered) // len(sequence) + 2))[:len(lowered)]
            if cycled == lowered:
                return True
    return False


# The words people disguise with digits in a short password (`p4ssw0rd12`, `pr0xyus3r9`): not a drawn one.
_DISGUISED_WORDS = ("passw", "admin", "secret", "letmein", "welcome", "qwerty", "login", "change", "default", "test",
                    "demo", "proxy", "user", "guest", "master")


def generated_password(value: str) -> bool:
    """A short password a provider generated (`z8r4x94g6w`, `h4uekx3hp709`): 10 to 15 letters and
    digits, at least two digits and three letters, alternating four times or more (no word and a
    number, as people choose; an 8-letter leetspeak `p4ssw0rd` is too short), not a placeholder."""
    if not 10 <= len(value) <= 15 or not value.isascii() or not value.isalnum():
        return False
    digits = sum(character.isdigit() for character in value)
    if digits < 2 or len(value) - digits < 3 or len(set(value.lower())) < 7:
        return False
    switches = sum(1 for before, after in zip(value, value[1:]) if before.isdigit() != after.isdigit())
    if switches < 4 or is_placeholder(value) or is_sequential(value):
        return False
    lowered = value.lower()
    letters = "".join(character for character in lowered if character.isalpha())
    if letters in "abcdefghijklmnopqrstuvwxyz":
        return False  # `a1b2c3d4e5`: the alphabet interleaved with digits, an example's
    spelled = lowered.translate(LEETSPEAK)  # `p4ssw0rd12` is a word in leetspeak
    return not any(word in spelled for word in _DISGUISED_WORDS)


def fake_words(*words: str) -> str:
    """A regex source finding one of `words` (lower case) as a made-up token's author writes it into the token
    (`your_token_here`, `YOUR-KEY`, `ghp_fake1234…`, `myFakeToken`, `MYFAKEKEY`): in one case (lower, upper or
    capitalised), standing as a word on one side at least (the token's edge or another character than a letter or
    digit), or run into its neighbours as words are (a capitalised one after a lower-case letter or digit, one in
    capitals among capitals, one in lower case among lower case). A word in mixed case run into random characters
    is chance: `…q9YoURk…` sat in one 2,000-character eBay token of some 250, and it was no placeholder."""
    lower = "|".join(words)
    upper = "|".join(word.upper() for word in words)
    capitalised = "|".join(word.capitalize() for word in words)
    every = f"{lower}|{upper}|{capitalised}"
    return (f"(?<![A-Za-z0-9])(?:{every})|(?:{every})(?![A-Za-z0-9])|(?<=[a-z0-9])(?:{capitalised})"
            f"|(?<=[A-Z])(?:{upper})(?=[A-Z])|(?<=[a-z])(?:{lower})(?=[a-z])")


def distinct_chars(value: str) -> int:
    return len(set(value))


def has_repeated_chunk(value: str, size: int = 4) -> bool:
    """True when the value is one short chunk repeated, like TESTTESTTESTTEST."""
    if len(value) < size * 3:
        return False
    for width in range(1, size + 1):
        chunk = value[:width]
        if (chunk * (len(value) // width + 1))[: len(value)] == value:
            return True
    return False


# An assignment before a setting's value, as the kinds' named settings read it: `=`, `:`, `:=`,
# `=>`, Make's `?=`, `+=`, `::=` (`!=` runs a shell command), and Python's annotated
# `name: Type = …` (dataclasses, pydantic settings, attrs), where a `SecretStr("…")`,
# `Field(default="…")` or `field(default="…")` wrapper holds the literal.
SETTING_ASSIGNMENT = (
    r"""["'\]]*\s*(?::[ \t]*[A-Za-z_][\w.]*(?:\[[\w.\[\], |]*\])?[ \t]+=|::=|:=|\?=|\+=|=>|=|:)\s*"""
    r"""(?:(?:SecretStr|SecretBytes|Secret|Field|field|attr\.ib|attrs\.field)\(\s*(?:default\s*=\s*)?(?=["']))?"""
)


# A declaration typing its name after a colon, up to its assignment: Ada's `Db_Password : constant String :=`
# (`aliased`, a constrained `String (1 .. 16)`), Pascal's and Delphi's `DbPassword: string =` (`string[32]`);
# (stop 65) Rust's borrowed string, `&str` and `&'static str` (its `const KEY: &str =` broken before its literal).
TYPED_DECLARATION = (r"""[ \t]*:[ \t]*(?:(?i:aliased|constant)[ \t]+){0,2}(?:&(?:'[A-Za-z_]\w{0,31}[ \t]+)?)?[A-Za-z_][\w.]{0,63}"""
                     r"""(?:[ \t]*\([^()\n]{0,64}\)|\[[0-9]{1,5}\])?[ \t]*(?::=|=)(?![=>])""")
# After a declaration's literal: the statement ends (a comment may follow), so the literal is no first piece of
# a `+` or `&` join.
STATEMENT_ENDS = r"""(?=[ \t]*(?:[;,][ \t]*)?(?:\r?$|//|--|#|\{|\(\*))"""


def quoted_or_bare_value(pattern_after_name: str = "") -> str:
    """Regex fragment: an assignment operator then a quoted or bare value in group 'value'."""
    return (
        r"""["'\]]*(?:\s*(?::=|=>|==|=|:)\s*|\s+)"""
        + pattern_after_name
        + r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
    )


# The text between two literals joined around an expression (`"…,password=" + key + ",ssl=True"`, VB's `&`, PHP's and
# Lua's `.`/`..`) reads as a quoted value after `password=`: it is the join's expression, no password (in code, or in
# code a carrier reads as another file: a here-document's view of a program's text).
JOIN_BETWEEN_LITERALS = lazy_regex(r"""^[ \t]*(?:\+|&|\.\.?)[ \t]|[ \t](?:\+|&|\.\.?)[ \t]*$""")
# (the join's middle a literal of the other quote: `'…;password=' + "…" + ';…'`, its text the password)
_JOINED_LITERAL = lazy_regex(r"""^[ \t]*(?:\+|&|\.\.?)[ \t]*(?P<q>["'])(?P<literal>[^"'\\]{1,256})(?P=q)[ \t]*(?:(?:\+|&|\.\.?)[ \t]*)?$""")

_JOIN_QUOTES_READ = 2048  # characters before a value where its quote's count is taken (each value's: a line's values stay linear)


def joined_value(found: "re.Match[str]", value: str, start: int) -> str:
    """A quoted value after `password=` (`value`, at `start` in the text `found` read) as a join reads it: the code between
    two literals (JOIN_BETWEEN_LITERALS) where its quote closes a literal (an odd count of that quote before it), "" or
    the literal the join holds; a literal its quote opens that ends or starts with a join's sign (`"…pw &"`) is itself."""
    if not JOIN_BETWEEN_LITERALS.search(value):
        return value
    quote = found.string[start - 1:start] if 0 < start <= _JOIN_QUOTES_READ else ""  # (a long line's: read as a join)
    if quote in ("\"", "'") and found.string.count(quote, 0, start - 1) % 2 == 0:
        return value  # (its quote opens the literal: the password holds the sign)
    joined = _JOINED_LITERAL.match(value)
    return joined.group("literal") if joined is not None else ""


# A literal's last words read as a setting's name (a prompt's `getpass('db password: ')`, `input("DB password: ")`): its
# closing quote reads as a value's opening one, and the "value" is the code after that literal up to the next literal's
# quote (`)\n", "eng = create_engine(f` in a notebook's JSON-escaped source, `); conn = connect(host=` on one line).
_CODE_AFTER_A_LITERAL = lazy_regex(r"""^[ \t]*[),;\]}]""")


def closes_a_literal(found: "re.Match[str]", value: str, start: int) -> bool:
    """Whether a quoted value after `password:` (`value`, at `start` in the text `found` read) is the code after the
    literal the name was read in: its quote closes a literal (an odd count of that quote before it) and what follows
    that quote is the code that ends a call or an item (`)`, `,`, `;`, `]`, `}`) and goes on past a blank or a line's
    end (`); conn = …`, `)\\n", "eng = …`): a password led by one of those signs (`)Rv0x…`, `;Kq…`) holds none."""
    if not 0 < start <= _JOIN_QUOTES_READ or not _CODE_AFTER_A_LITERAL.match(value):
        return False
    if not (" " in value or "\t" in value or "\\n" in value):
        return False
    quote = found.string[start - 1]
    if quote not in ("\"", "'"):
        return False
    return found.string.count(quote, 0, start - 1) % 2 == 1


def value_of(match: "re.Match[str]") -> Tuple[str, int]:
    """The assigned value from a `quoted_or_bare_value` match and its start offset."""
    for group in ("dq", "sq", "bare"):
        value = match.group(group)
        if value is not None:
            return value, match.start(group)
    return "", match.end()


def unquoted(value: str) -> str:
    """A value without the one pair of matching quotes around it (`"x"`, `'x'`), else as it is."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def xml_unescaped(text: str) -> str:
    """XML's five predefined entities replaced by their characters (`&amp;` last: `&amp;lt;` is `&lt;`)."""
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
    return text


# A GUID as written alone, braced or not (`{7FE95E43-…}`): an id, or a key some services issue in its shape.
GUID = lazy_regex(r"^\{?[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}?$")


def line_text(lines: Sequence[str], index: int) -> str:
    return lines[index].rstrip("\r\n") if 0 <= index < len(lines) else ""


# C#'s target-typed `new(…)` (C# 9) whose type the declaration names on its left (`private readonly PostmarkClient
# _client = new("…");`, `SmtpClient smtp = new("host", 587)`): the type, the declared name, `= new` before its `(`.
# (A generic type, `Dictionary<string, string> d = new()`, is none a call's reader knows by name: not read.) An
# auto-property's initializer too: `public PostmarkClient Client { get; } = new("…");`.
_TARGET_TYPED_NEW = lazy_regex(r"(?<![\w.$@])(?P<declared>(?P<type>[A-Z][A-Za-z0-9_]{0,63}(?:\.[A-Z][A-Za-z0-9_]{0,63}){0,4})\??"
                               r"[ \t]{1,16}@?[A-Za-z_][A-Za-z0-9_]{0,63}(?:[ \t]{0,16}\{[ \t]{0,16}get;(?:[ \t]{0,16}(?:set|init);)?[ \t]{0,16}\})?"
                               r"[ \t]{0,16}=[ \t]{0,16}new)[ \t]{0,16}(?=\()")
_TARGET_TYPED_READ = 4096  # characters of a line read for the form
_TARGET_TYPED_WORDS = ("= new(", "=new(", "= new (", "=new (")


def spelled_target_type(line: str) -> Optional[str]:
    """The line with each C# target-typed `new(…)` spelled with its declared type (`PostmarkClient _client =
    new PostmarkClient("…")`), as the readers of a client's or a credential's constructor know the call; None where
    the line holds none. Only the new's own words change: the values stay as written."""
    if not any(word in line for word in _TARGET_TYPED_WORDS):
        return None
    head, tail = line[:_TARGET_TYPED_READ], line[_TARGET_TYPED_READ:]
    spelled = _TARGET_TYPED_NEW.sub(lambda found: found.group("declared") + " " + found.group("type"), head)
    return None if spelled == head else spelled + tail


class LineSpelled(Sequence[str]):
    """`lines` with line `index` read as `text` (a form spelled out: spelled_target_type), the others as they are."""

    def __init__(self, lines: Sequence[str], index: int, text: str) -> None:
        self._lines, self._index, self._text = lines, index, text

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, at: Any) -> Any:
        if isinstance(at, slice):
            return [self[position] for position in range(*at.indices(len(self._lines)))]
        if at < 0:
            at += len(self._lines)
        return self._text if at == self._index else self._lines[at]


def indent_width(line: str) -> int:
    """The blanks and tabs a line starts with."""
    return len(line) - len(line.lstrip(" \t"))


def both_ways(lines: Sequence[str], index: int, reach: int) -> Tuple[range, range]:
    """The positions of the lines up to `reach` above `index` and up to `reach` below it, each side
    nearest first and inside the file: a reader walks each side to its own stop (a block's edge)."""
    return range(index - 1, max(index - reach, 0) - 1, -1), range(index + 1, min(index + reach, len(lines) - 1) + 1)


# A structured log's record: one JSON object a line (JSON Lines, as pino, bunyan, zap, logrus, structlog, Serilog's
# compact form and ECS write them), its time (ISO 8601, or epoch seconds or milliseconds, under a time's name) and
# its level (Serilog's compact form leaves Information's out: its message template then) among its members. A
# recorded API response (`{"message": "ok", "session": "…", "expires": "2024-…"}`) and a settings file's
# `{"session": "…"}` have no level. (The members' separator is read as the engine's config re-read shows a JSON
# line's first member too, `{"ts" = "\"2024-…\",\"level\":…`: the same record, its quotes escaped.)
_JSON_MEMBER_SEPARATOR = r'"[ \t]*(?::|=[ \t]*")[ \t]*'
_JSON_LOG_TIME = lazy_regex(r'"(?:ts|time|timestamp|@timestamp|@t|datetime)' + _JSON_MEMBER_SEPARATOR
                            + r'(?:"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}|[0-9]{10}(?:[0-9]{3})?(?:\.[0-9]{1,9})?(?![0-9]))')
# (the level a logger's name for one, or pino's and bunyan's number, 10 to 60: a player's `"level":12`, a plan's
# `"level":"gold"` beside a time is a record of a game or an account, whose session is judged as any; Serilog's
# compact form names its message template instead)
_JSON_LOG_LEVEL = lazy_regex(
    r'"(?:(?:level|lvl|severity|log\.level|levelname|@l)' + _JSON_MEMBER_SEPARATOR
    + r'(?:"?(?i:trace|debug|dbg|info|information|informational|notice|warn|warning|error|err|fatal|critical|crit|alert'
    r'|emerg|emergency|panic|dpanic|verbose|fine|finer|finest|severe)"|[1-6]0(?![0-9.]))|@mt' + _JSON_MEMBER_SEPARATOR + ')')
_JSON_LOG_READ = 4096  # characters of the record read for its time and level (a logger writes them first)


def json_log_record(line: str) -> bool:
    """The line is a structured log's record (see _JSON_LOG_TIME), or holds one written inside a string
    (Docker's json-file driver's `{"log":"{\\"level\\":…`), its quotes escaped."""
    head = line[:_JSON_LOG_READ]
    if not head.lstrip().startswith("{"):
        return False
    if '\\"' in head:
        head = head.replace('\\"', '"')
    return _JSON_LOG_TIME.search(head) is not None and _JSON_LOG_LEVEL.search(head) is not None


# (blind rounds FY-GB) A record's own id beside the record's title: `"session": "2024-11-08 Editorial - …"` then
# `"sessionId": "<uuid>"` (a capture session's, a survey's, a meeting's record in a data file), the id's noun the title's
# key (`<noun>`, `<noun>Name`, `<noun>Title`, `<noun>_label`) and the title words with a blank. The id names the record
# it stands in; a web session's id is stored beside no title. (A secret's id, Vault's `secret_id`, is never so.)
_TITLED_ID = lazy_regex(r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]{1,20})$")
_TITLED_LINES = 8  # siblings read each way for the record's title
_TITLED_LINE_READ = 512
_TITLED_NOT_RECORDS = frozenset({"secret", "token", "auth", "access", "api", "private", "client", "key", "password"})


def names_its_titled_record(key: str, value: str, lines: Sequence[str], index: int) -> bool:
    """The `<noun>Id` key holds the id (a UUID, a number) of the record its sibling `<noun>` titles (see above)."""
    if _TITLED_ID.match(value) is None:
        return False
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    if len(words) != 2 or words[1] != "id" or words[0] in _TITLED_NOT_RECORDS or not words[0].isalpha():
        return False
    title = re.compile(r"""(?:^|[\s{,])["']?(?i:""" + re.escape(words[0]) + r""")(?:[_-]?(?i:name|title|label))?["']?[ \t]*[:=][ \t]*"""
                       r"""["'](?P<title>[^"'\n]{1,256})["']""")
    indent = indent_width(lines[index])
    for side in both_ways(lines, index, _TITLED_LINES):
        for position in side:
            other = lines[position][:_TITLED_LINE_READ]
            if _a_title(title.search(other)):
                return True
            if indent_width(other) < indent and other.strip():
                break  # (the record's object ended: its opener, or a YAML list item's first line, read)
    return _a_title(title.search(lines[index][:_TITLED_LINE_READ]))  # (an object on one line)


# (blind rounds HH-HL) A session's id drawn as a UUID under a session's generic name (`sessionId`, `session`, `sid`) in
# a test's or a fixture's file: the id a test draws for its record of a session (a payment notification's fixture,
# Przelewy24's merchant-chosen transaction `sessionId`; a parking or a chat session's id as a test's constant). The
# session cookies web frameworks issue are no UUIDs (Django's 32 letters and digits, PHP's, Rails' and Java's hex,
# Express' signed value); a cookie written with one (`Cookie: sessionid=<uuid>`, under a `cookies` mapping opened a few
# lines above) is still read as the cookie's value, and so is a cookie's own name (`JSESSIONID`, `PHPSESSID`), and a
# session kept outside tests (a tool's saved `state/session.json` beside its user: round FY-GB's).
SESSION_RECORD_NAMES = frozenset({"sessionid", "session", "sid"})
_SESSION_UUID = lazy_regex(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_COOKIE_SAID = lazy_regex(r"(?i)cookie")
_COOKIE_LINES = 4


def drawn_session_record_id(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """The key is a session's generic name holding a UUID in a test's or a fixture's file, no cookie said near (see
    above)."""
    if key.lower() not in SESSION_RECORD_NAMES or _SESSION_UUID.match(value) is None:
        return False
    return in_test_file(lowered_name) and not says_near(lines, index, _COOKIE_SAID, _COOKIE_LINES)


# A test's or a fixture's file by its path: a tests', a fixtures' or a test data's folder, a test's own name
# (`test_client.py`, `otis_test.go`, `api.spec.ts`, `conftest.py`). Narrower than policy.in_fixture_path, which
# reads documentation, examples, samples and templates as fixtures too: a user's example script keeps its real session.
_TEST_FILE = lazy_regex(r"""(?:^|[/\\!])(?:tests?|testing|test_?data|fixtures?|spec|specs|__tests__|__fixtures__|e2e|integration"""
                        r"""|unit|[^/\\]{0,64}[._-]tests?)[/\\]|(?:^|[/\\!])(?:test_[^/\\]*|conftest\.py)$|[_.-](?:test|spec)s?\.[a-z0-9]{1,8}$""")


def in_test_file(lowered_name: str) -> bool:
    """The (lower-cased) file is a test's or a fixture's (see _TEST_FILE)."""
    return _TEST_FILE.search(lowered_name) is not None


def _a_title(found: "Optional[re.Match[str]]") -> bool:
    """A record's title: words, a blank between them (`2024-11-08 Editorial - Wren Magazine`)."""
    text = found.group("title").strip() if found is not None else ""
    return " " in text and any(character.isalpha() for character in text)


# A here-document's opening: `<<EOF`, `<<-EOF` (its body's leading tabs stripped), `<<'EOF'`, `<< "END"`,
# `<<\EOF`, Ruby's squiggly `<<~XML` (its body's common indentation stripped). (`<<<` is a here-string: no body follows.)
HERE_DOCUMENT_OPENING = lazy_regex(r"""(?<!<)<<(?P<dash>[-~]?)[ \t]*\\?(?P<quote>["']?)(?P<word>[A-Za-z_][\w.-]{0,63})(?P=quote)""")


def here_document_body(lines: Sequence[str], index: int, word: str, reach: int) -> Tuple[List[Tuple[int, str]], bool]:
    """The (offset, text) of the lines a here-document opened on line `index` holds, up to the line that is
    its word alone and at most `reach` lines, and whether that end was met. The end is compared stripped:
    a here-document inside an indented block (a CI step's `run: |`) has its end indented with it."""
    body: List[Tuple[int, str]] = []
    for offset in range(1, reach + 1):
        if index + offset >= len(lines):
            break
        text = line_text(lines, index + offset)
        if text.strip() == word:
            return body, True
        body.append((offset, text))
    return body, False


# A YAML mapping key (Ruby's symbol keys, `:redis:`, are keys too: Sidekiq, Rails).
_YAML_KEY = lazy_regex(r"^(?P<indent>[ \t]*)(?:-\s+)?:?(?P<key>[\w.-]+)\s*:(?:\s|$)")
# An INI section's header (`[name]`, a trailing comment allowed): where a section's keys end. (Asterisk's
# `[name](template)` and TOML's `[[array]]` are their own readers': _telecom_configs, _web3_keys.)
INI_SECTION = lazy_regex(r"^[ \t]*\[(?P<name>[^\[\]\n]{1,256})\][ \t]*(?:[;#][^\n]*)?\r?$")

# A Markdown table's delimiter row (`|---|:--:|`, GFM: a cell of dashes, a colon either side), read stripped of
# its outer blanks and first pipe: blank runs only beside a mandatory pipe (an optional one between two blank
# runs was quadratic).
_TABLE_DELIMITER_ROW = lazy_regex(r"^:?-+:?(?:[ \t]*\|[ \t]*:?-+:?){1,16}(?:[ \t]*\|)?$")


def table_delimiter_row(line: str) -> bool:
    """Whether the line is a Markdown table's delimiter row (two to seventeen cells)."""
    stripped = line.strip()
    return _TABLE_DELIMITER_ROW.match(stripped[1:].lstrip() if stripped.startswith("|") else stripped) is not None


def table_cells(line: str, most: int) -> List[str]:
    """A Markdown table row's first `most` cells, stripped of blanks (its outer pipes are no cells)."""
    stripped = line.strip()
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.lstrip("|").split("|", most)[:most]]


def says_near(lines: Sequence[str], index: int, pattern: Any, radius: int) -> bool:
    """The pattern matches on line `index` or within `radius` lines of it. Each line's verdict is
    kept for the file (readers ask of windows of 80 lines that overlap, line after line: botocore's
    `"Keys":[` lines read the same lines again for a web3 project's words)."""
    verdicts = _SAID.of(lines)
    said = verdicts.get(pattern)
    if said is None or len(said) > _SAID_KEPT:
        said = verdicts[pattern] = {}
    for other in range(max(0, index - radius), min(len(lines), index + radius + 1)):
        verdict = said.get(other)
        if verdict is None:
            verdict = said[other] = pattern.search(line_text(lines, other)) is not None
        if verdict:
            return True
    return False


_SAID: "LastFileMemo[Dict[Any, Dict[int, bool]]]" = LastFileMemo(lambda lines: {})
_SAID_KEPT = 1 << 16  # verdicts kept a pattern (a file of a million candidate lines starts afresh)


def window(lines: Sequence[str], index: int, radius: int = 5) -> Iterator[int]:
    """Indexes of neighbouring lines in the same INI section, nearest first."""
    reachable = []
    for side in both_ways(lines, index, radius):
        for other in side:
            if INI_SECTION.match(lines[other]):
                break
            reachable.append(other)
    yield from sorted(reachable, key=lambda other: (abs(other - index), other))


# A literal default of an environment read: `os.getenv("DB_PASSWORD", "…")`,
# `os.environ.get("REDIS_PASSWORD", "…")`, `env("X", default="…")` (django-environ),
# `config("X", default="…")` (python-decouple), `process.env.X || "…"`, `ENV.fetch("X", "…")`, Elixir's
# `System.get_env("X", "…")` (review 63); and a
# settings read's, Python's `getattr(settings, "X_SECRET", "…")` (Django's reusable apps read their
# settings so, with a default the project may not override: the literal is then the setting).
ENV_DEFAULT = lazy_regex(
    r"""(?:(?:getenv|environ\.get|environ\.setdefault|\benv(?:\.str)?|\bconfig|ENV\.fetch|os\.LookupEnv|System\.get_env)\("""
    r"""|(?<![\w.])getattr\([ \t]*[A-Za-z_][\w.]{0,127}[ \t]*,)\s*"""
    r"""["'](?P<name>[A-Za-z_][\w.-]{0,127})["']\s*,\s*(?:default\s*=\s*)?"""
    r"""(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')"""
    r"""|process\.env\.(?P<js_name>[A-Za-z_]\w{0,127})\s*(?:\|\||\?\?)\s*(?:"(?P<js_dq>[^"\n]*)"|'(?P<js_sq>[^'\n]*)')"""
)


def env_defaults(line: str) -> Iterator[Tuple[str, str, int]]:
    """(variable name, literal default, the default's offset) of every environment read on the
    line that falls back to a literal: the literal is in the file, whatever the environment says."""
    if "env" not in line and "ENV" not in line and "config(" not in line and "getattr(" not in line:
        return
    for found in ENV_DEFAULT.finditer(line):
        for name, group in (("name", "dq"), ("name", "sq"), ("js_name", "js_dq"), ("js_name", "js_sq")):
            value = found.group(group)
            if value is not None:
                yield found.group(name), value, found.start(group)
                break


# Terraform / OpenTofu: `variable "master_password" { … default = "…" }`. A variable's literal
# default is in the file whatever is passed at plan time (`sensitive = true` only hides it in output).
_TF_DEFAULT = lazy_regex(r'^[ \t]*default[ \t]*=[ \t]*"(?P<value>[^"\n$]*)"')
_TF_VARIABLE = lazy_regex(r'^[ \t]*variable[ \t]+"(?P<name>[^"\n]{1,128})"')
_TF_ANY_BLOCK = lazy_regex(r"^[ \t]*(?:resource|data|module|variable|output|provider|locals|terraform)\b")
_TF_DESCRIPTION = lazy_regex(r'^[ \t]*description[ \t]*=[ \t]*"(?P<text>[^"\n]*)"')
_TF_BLOCK_LINES = 60


def terraform_variable_default(lines: Sequence[str], index: int) -> Optional[Tuple[str, str, str, int]]:
    """(variable name, literal default, its description, the default's line offset) when the
    line opens a Terraform variable block with a `default = "…"`, else None. Read from the
    block's opening line: its name is what a prefilter finds there (`default` is everywhere)."""
    variable = _TF_VARIABLE.match(line_text(lines, index))
    if variable is None:
        return None
    description = ""
    default: Optional[Tuple[str, int]] = None
    for offset in range(1, _TF_BLOCK_LINES):
        text = line_text(lines, index + offset)
        if index + offset >= len(lines) or text.startswith("}") or _TF_ANY_BLOCK.match(text):
            break
        said = _TF_DESCRIPTION.match(text)
        if said is not None:
            description = said.group("text")
        found = _TF_DEFAULT.match(text)
        if found is not None:
            default = found.group("value"), offset
    if default is None:
        return None
    return variable.group("name"), default[0], description, default[1]


# A password people choose: a word, a year, at most two symbols after it (`autumn2023`, `Harbor1998!`).
# Its two classes and ten characters fall short of the length-and-mix rule for generated values, yet
# it is the password people leak (a season's or a month's and the year, rotated each quarter). Read
# only under a key that names a password: under `version` or `tag`, `bookworm2023` is a name.
# (Placeholder words, `password2024`, `changeme2023`, `example2024`, are dropped before this is asked.)
_HUMAN_PASSWORD = lazy_regex(r"^[A-Za-z]{4,16}(?:19[5-9][0-9]|20[0-9]{2})[^A-Za-z0-9\s]{0,2}$")


def is_human_password(value: str) -> bool:
    """`value` is shaped like a password a person chose: letters, a year, a symbol or two."""
    return _HUMAN_PASSWORD.match(value) is not None


def last_plain_text_flag(line: str) -> int:
    """Where the last `-AsPlainText` on the text's first line starts, or -1: a PowerShell `ConvertTo-SecureString '…'`
    gives a plaintext password only with that flag after its value. Found once a line, in place of a regex lookahead
    `(?=[^\n]*-AsPlainText)` that read the rest of the line at every call (quadratic on a long line)."""
    end = line.find("\n")
    return line.rfind("-AsPlainText", 0, end if end >= 0 else len(line))


def matches_with_plain_text_flag(pattern: Any, line: str,
                                 needs_flag: Callable[["re.Match[str]"], bool] = lambda found: True) -> Iterator["re.Match[str]"]:
    """`pattern`'s matches on `line` one after another, a match `needs_flag` says is a `ConvertTo-SecureString '…'` kept
    only with `-AsPlainText` after it (last_plain_text_flag, once a line); where there is none, the search goes on from
    the next character, as the regex's lookahead `(?=[^\n]*-AsPlainText)` did when it failed."""
    plain_text = last_plain_text_flag(line)
    position = 0
    while True:
        found = pattern.search(line, position)
        if found is None:
            return
        if plain_text < found.end() and needs_flag(found):
            position = found.start() + 1
            continue
        position = found.end()
        yield found
