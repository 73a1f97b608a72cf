"""Blind round of stop 66 (notes, chat exports and wiki pages): a sentence's bare password before a clause saying how long
it holds (`its password is … until we rotate it`), on a page line whose account is in a code span too; a password's word
closing a gloss in brackets before the sentence's copula (`in tlahtolli tlatzacuilli (la contraseña) del panel de pagos
es …`). Their near misses stay none. Through the engine. Generated fakes only: seeds 7970000-7970299."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ["Wapan", "Amisk", "Nipin", "Tochtli", "Mazatl", "Citlalli", "Foye", "Nimin", "Kisik", "Tepetl"]


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol between, a number (`Amisk$Nipin2280`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("!#$%@*") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = [_chosen(7970000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(c.isdigit() for c in value) for value in _CHOSEN)


# --- a bare password before a clause saying how long it holds -------------------------------------------------------

@pytest.mark.parametrize("clause", ["until we rotate it in spring.", "till the audit.", "unless IT changed it.",
                                   "while the old panel runs.", "but change it after the season."])
@pytest.mark.parametrize("name", ["docs/wiki/new-dispatcher.md", "notes/onboarding.md", "notes/handover.txt"])
def test_a_sentences_password_before_its_clause_blocks(engine: Engine, clause: str, name: str) -> None:
    password = _CHOSEN[0]
    text = ("## Welcome\n\n- Log in with your own account.\n"
            f"- The shared SMS gateway account is `dispatch`, and its password is {password} {clause}\n")
    assert _secrets(engine, name, text) == [(4, password)]


def test_a_sentences_password_before_its_clause_without_a_span_blocks(engine: Engine) -> None:
    password = _CHOSEN[1]
    text = f"Notes\n- The shared SMS gateway password is {password} until we rotate it in spring.\n"
    assert _secrets(engine, "docs/wiki/new-dispatcher.md", text) == [(2, password)]


@pytest.mark.parametrize("sentence", [
    "- The `admin` password is hashed until we rotate it.",
    "- Set `DB_PASSWORD`: the password is changeme until you set your own.",
    "- The `sms` password is rotated-by-vault until further notice.",
    "- The `sms` password is Wapan$Mikisiw4145 hashed until rotated.",  # (a word after the value: prose, no clause)
])
def test_a_sentences_prose_before_a_clause_stays_none(engine: Engine, sentence: str) -> None:
    assert _secrets(engine, "docs/wiki/new-dispatcher.md", f"## Welcome\n\n{sentence}\n") == []


# --- a password's word closing a gloss in brackets ------------------------------------------------------------------

@pytest.mark.parametrize("gloss", ["(la contraseña)", "(contraseña)", "(la contrasena)", "(a senha)", "(le mot de passe)"])
def test_a_glossed_password_word_before_its_copula_blocks(engine: Engine, gloss: str) -> None:
    password = _CHOSEN[2]
    copula = {"(a senha)": "é", "(le mot de passe)": "est"}.get(gloss, "es")
    text = ("Notas de la asamblea - marzo\n"
            f"- In tlahtolli tlatzacuilli {gloss} del panel de pagos {copula} {password}\n"
            "  - ma aquin quimati (que nadie más la sepa)\n")
    assert _secrets(engine, "notas/tlahtolli-socias.txt", text) == [(2, password)]


@pytest.mark.parametrize("value", ["nueva-y-segura", "${PANEL_PASSWORD}", "<la contraseña>"])
def test_a_glossed_password_word_before_prose_stays_none(engine: Engine, value: str) -> None:
    text = f"Notas\n- In tlahtolli tlatzacuilli (la contraseña) del panel de pagos es {value}\n"
    assert _secrets(engine, "notas/tlahtolli-socias.txt", text) == []


# --- Spanish's `clave` in a note's sentence -------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["si pide clave de administrador es {} (cambiarla después de la feria).",
                                  "la clave del wifi es {}, no compartir.", "La clave es {}", "la clave de la caja ahora es {}"])
@pytest.mark.parametrize("name", ["witral/wiki/Feria-Pulmahue.md", "notas/feria.txt"])
def test_a_spanish_clave_said_in_a_sentence_blocks(engine: Engine, said: str, name: str) -> None:
    password = _CHOSEN[3]
    text = f"# Feria - checklist\n\n- Llevar el telar chico.\n- {said.format(password)}\n- Cerrar caja a las 19:00.\n"
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("said", ["La clave primaria es id_cliente_2024.", "La clave es que el horno llegue a 1050 grados.",
                                  "La clave de la API es ${API_KEY}.", "la clave es <la del cuaderno>."])
def test_a_spanish_clave_before_prose_or_a_stand_in_stays_none(engine: Engine, said: str) -> None:
    assert _secrets(engine, "witral/wiki/Feria-Pulmahue.md", f"# Feria\n\n- {said}\n") == []


# --- a configuration's comment giving a password after a note in brackets -------------------------------------------

@pytest.mark.parametrize("label", ["contraseña (mientras se configura la llave)", "password (until the key is deployed)",
                                   "Passwort (vorläufig)", "senha (temporária)"])
@pytest.mark.parametrize("name", ["admin/ssh_config_taller", "deploy/app.conf", "etc/ssh/ssh_config"])
def test_a_configs_commented_password_after_a_note_blocks(engine: Engine, label: str, name: str) -> None:
    password = _CHOSEN[4]
    text = f"Host nas-taller\n    HostName nas.taller.lan\n    User respaldo\n    # {label}: {password}\n    Port 22\n"
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("comment", [
    "# password (example): {}", "# password (e.g. for the demo box): {}", "# password (bcrypt hash): {}",
    "# password (sha256): {}", "# password (default): changeme", "# password (set in vault): ${NAS_PASSWORD}",
])
def test_a_configs_commented_value_its_note_says_is_none_stays_none(engine: Engine, comment: str) -> None:
    text = f"Host nas-taller\n    User respaldo\n    {comment.replace('{}', _CHOSEN[5])}\n"
    assert _secrets(engine, "admin/ssh_config_taller", text) == []



# --- an account's pair whose user is a name alone -------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Weather vendor account", "Account", "Shared account for the dispatch desk",
                                   "Fuel portal accounts"])
@pytest.mark.parametrize("name", ["notes/handover-2026-09.txt", "notes/handover.md", "docs/wiki/vendors.md"])
def test_an_accounts_pair_of_a_name_and_a_chosen_password_blocks(engine: Engine, label: str, name: str) -> None:
    password = _CHOSEN[7]
    text = (f"Handover - Sept 2026\n----\n- Otter back from inspection.\n- {label}: kisikair / {password}\n"
            "- Wild rice co-op wants 3 trips a week.\n")
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("pair", ["Billing / Invoices", "kisikair / hunter2", "admin / operator", "Settings / Users-and-Groups",
                                  "kisikair / ${WEATHER_PASSWORD}"])
def test_an_accounts_pair_of_words_or_a_stand_in_stays_none(engine: Engine, pair: str) -> None:
    text = f"Handover\n- Weather vendor account: {pair}\n"
    assert _secrets(engine, "notes/handover-2026-09.txt", text) == []


# --- a key's name in the Romance languages' order, what it is for in a code span, its value in bold ------------------


def _hex(seed: int, length: int = 40) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


_HEX = [_hex(7970100 + step) for step in range(3)]


@pytest.mark.parametrize("item", ["Token API per `cnc-upload`: **{}**", "Token API per `cnc-upload`: {}",
                                  "Token API: **{}**", "Token API dla mascina: {}", "API token for `cnc-upload`: **{}**"])
@pytest.mark.parametrize("name", ["bulegra/notes/passaja-a-ulrich.md", "notes/handover.txt"])
def test_a_notes_token_named_in_any_order_blocks(engine: Engine, item: str, name: str) -> None:
    token = _HEX[0]
    text = ("# Passaja dla CNC a Ulrich\n\nCiao Ulrich, chiò l plu mpurtant:\n\n"
            "- Panel dla mascina: http://cnc.bulegra.lan:8080/admin\n"
            f"- {item.format(token)}\n- Les fres nueves ie tl scafel ros.\n")
    assert _secrets(engine, name, text) == [(6, token)]


@pytest.mark.parametrize("item", ["Token API per `cnc-upload` id: **{}**", "Token API per `cnc-upload`: **tokenapiperilcaricamento**",
                                  "Token API per `cnc-upload`: **${{CNC_TOKEN}}**", "Token API (public) per `cnc`: **{}**"])
def test_a_notes_token_its_words_say_is_none_stays_none(engine: Engine, item: str) -> None:
    text = f"# Passaja\n\n- {item.format(_HEX[1])}\n"
    assert _secrets(engine, "bulegra/notes/passaja-a-ulrich.md", text) == []


# --- a Markdown chat transcript's token pasted in answer ------------------------------------------------------------


def _drawn(seed: int, length: int) -> str:
    """Letters and digits a generator drew, both cases and a digit."""
    generator = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_TOKEN = "tk." + _drawn(7970200, 48) + "." + _drawn(7970201, 22)


@pytest.mark.parametrize("reply", ["this one `{}`", "use `{}`", "here: `{}`", "`{}`", "ok, the new one is `{}`."])
@pytest.mark.parametrize("sender", ["**Joe (office):**", "**Joe:**", "**Joe**:"])
def test_a_markdown_transcripts_token_below_a_question_for_it_blocks(engine: Engine, reply: str, sender: str) -> None:
    text = ("**Joe (office):** tânisi, the map upload is failing again\n"
            "**Marie:** which token are you using?\n"
            f"{sender} {reply.format(_TOKEN)}\n"
            "**Marie:** that one has upload scope, ok\n")
    assert _secrets(engine, "notes/chat-export-2026-07.md", text) == [(3, _TOKEN)]


@pytest.mark.parametrize("text", [
    # (no message asks for a credential above it)
    "**Joe:** the map upload is failing again\n**Marie:** which tileset?\n**Joe:** this one `{}`\n",
    # (the sender asked himself: his own message)
    "**Joe:** which token do I use?\n**Joe:** this one `{}`\n",
    # (a runbook's bold labels, no senders)
    "**API token:** see the vault\n**Tileset:** `{}`\n",
    # (a line of another form between: no transcript)
    "**Marie:** which token are you using?\nSee the tileset list.\n**Joe:** this one `{}`\n",
])
def test_a_markdown_transcripts_span_not_asked_for_stays_none(engine: Engine, text: str) -> None:
    assert _secrets(engine, "notes/chat-export-2026-07.md", text.format(_TOKEN)) == []


def test_a_markdown_transcripts_hash_or_id_stays_none(engine: Engine) -> None:
    digest = _hex(7970150, 40)  # (a commit's hash: one case, no token)
    text = f"**Marie:** which token are you using?\n**Joe:** the one from commit `{digest}`\n"
    assert _secrets(engine, "notes/chat-export-2026-07.md", text) == []


@pytest.mark.parametrize("item", ["- Guest wifi `Studio-Guest` password: {}", "- Guest wifi `Studio-Guest` password {}"])
def test_a_pages_labelled_guest_key_beside_a_span_stays_none(engine: Engine, item: str) -> None:
    # (the sentence reader beside a span reads `password is …` only: a label's value is the list readers', which know a
    # guests' network)
    text = "# Handover\n\n" + item.format("lantern-saddle-marble-tundra63") + "\n"
    assert _secrets(engine, "docs/handover-2024-09.md", text) == []
