"""Blind round 65, part 2 (Markdown onboarding pages and handover notes): a team's pages give a password in sentence forms
no reader took. English's `the kiosk admin password is now …` (an adverb after the copula); Walloon's and typed French's
word with its `de` elided (`li mot d' passe c' est …`, `mot d'passe `…``) and French's `c'est`; a label in another script
glossed by English's word (`- ᐱᖁᑎ (password): …`); a handover's sentence ending in the label, who set the password and
for whom (`o ai metût une password gnove par "ispetor": …`, `I set a new password for "inspector": …`). Placeholders,
stores, stock values, a gloss naming no credential and prose after the copula stay none. Through the engine.
Generated fakes only (seeds 7720000-7720099)."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_SEED = 7720000
_WORDS = ("Glacier", "Harbour", "Juniper", "Marten", "Osprey", "Tamarack", "Willow", "Caribou")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, digits after (`Osprey*Marten4821`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!@*_") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_PASSWORD = _chosen(_SEED + 1)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _note(item: str) -> str:
    return f"# Handover, August 2026\n\n- Freezer 3 alarm threshold moved to -20 C.\n{item}\n- Thanks to the weekend crew.\n"


def test_the_fake_has_the_shape_it_stands_for() -> None:
    assert len(_PASSWORD) >= 12 and any(c.isdigit() for c in _PASSWORD) and not _PASSWORD.isalnum()


# --- the password's sentence with an adverb after its copula ---------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- The dock kiosk admin password is now {pw} (changed after a laptop was lost).",
    "- The dock kiosk admin password is now `{pw}` (changed after a laptop was lost).",
    "- The NAS password is still {pw}.",
    "- The VPN password is currently {pw} - rotate it in September.",
])
def test_a_password_said_to_be_now_a_value_blocks(engine: Engine, item: str) -> None:
    assert _secrets(engine, "docs/notes/2026-08-handover.md", _note(item.replace("{pw}", _PASSWORD))) == [(4, _PASSWORD)]


@pytest.mark.parametrize("item", [
    "- The kiosk admin password is now stored in Vault.",  # (prose after the adverb)
    "- The kiosk admin password is now hashed with PBKDF2-HMAC-SHA256.",
    "- The kiosk admin password is now `<kiosk-password>`.",  # (a placeholder)
    "- The kiosk admin password is now changeme.",  # (a stock one)
    "- The kiosk admin password is now Sunshine1.",  # (short and plain: under documentation's bar)
])
def test_a_password_said_to_be_now_no_value_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/notes/2026-08-handover.md", _note(item)) == []


# --- French's word with its `de` elided, and `c'est` ------------------------------------------------------------------------

_ONBOARDING = "docs/onboarding/first-day.md"


def _onboarding(item: str) -> str:
    return f"# Bénvnowe e l' ekipe !\n\n- Dimandez on compte GitLab.\n{item}\n- Lîjoz docs/runbooks/ divant d' fé on dèploymint.\n"


@pytest.mark.parametrize("item", [
    "- Li wifi do burô (Staff-Burô), li mot d' passe c' est {pw} (nén po les clients!).",
    "- Le wifi du bureau, le mot d'passe c'est {pw} (pas pour les clients).",
    "- Le wifi du bureau, le mot de passe c\u2019est {pw}.",
    "- Li compte root do NAS: uzeu `admin`, mot d' passe `{pw}`",
    "- Le compte du NAS : utilisateur `admin`, mot d\u2019passe `{pw}`",
])
def test_a_french_or_walloon_password_with_its_de_elided_blocks(engine: Engine, item: str) -> None:
    assert _secrets(engine, _ONBOARDING, _onboarding(item.replace("{pw}", _PASSWORD))) == [(4, _PASSWORD)]


@pytest.mark.parametrize("item", [
    "- Li mot d' passe c' est dins Bitwarden (dimandez a Djåke).",  # (where it is kept)
    "- Le mot d'passe c'est `<mot-de-passe>`.",  # (a placeholder)
    "- Li mot d' passe c' est changeme.",  # (a stock one)
    "- Li mot d' passe `admin`.",
    "- Le mot d'passe, c'est personnel : ne le partagez pas.",  # (prose)
])
def test_a_french_or_walloon_sentence_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, _ONBOARDING, _onboarding(item)) == []


# --- a label in another script glossed by English's word ---------------------------------------------------------------------

_INUKTITUT = "docs/notes/ᐅᒥᐊᕐᔪᐊᖅ-2026.md"


def _glossed(user: str, password: str) -> str:
    return ("# ᐅᒥᐊᕐᔪᐊᖅ 2026\n\n- ᑳᕆᐅᕆᔭᐅᔪᖅ portal: https://portal.carrier.example.net\n"
            f"- ᐊᑐᖅᑎ (user): {user}\n- ᐱᖁᑎ (password): {password}\n")


def test_a_label_glossed_as_a_password_blocks(engine: Engine) -> None:
    assert _secrets(engine, _INUKTITUT, _glossed("freight-office", _PASSWORD)) == [(5, _PASSWORD)]


@pytest.mark.parametrize("password", ["in Bitwarden", "`<password>`", "changeme"])
def test_a_label_glossed_as_a_password_over_no_value_is_not_blocked(engine: Engine, password: str) -> None:
    assert _blocked(engine, _INUKTITUT, _glossed("freight-office", password)) == []


def test_a_gloss_naming_no_credential_is_not_blocked(engine: Engine) -> None:
    text = f"# ᐅᒥᐊᕐᔪᐊᖅ 2026\n\n- ᐊᑐᖅᑎ (user): {_PASSWORD}\n- ᐅᒥᐊᕐᔪᐊᖅ (vessel): {_chosen(_SEED + 2)}\n"
    assert _blocked(engine, _INUKTITUT, text) == []


# --- a handover's sentence ending in the label, for whom the password was set ----------------------------------------------

_HANDOVER = "notes/2026-11-handover.md"


@pytest.mark.parametrize("item", [
    '- Pal panel de tracciabilitât o ai metût une password gnove par "ispetor": {pw}',
    '- Pal panel o ai metût une password gnove par "ispetor": {pw}\n  (jal dîs a vôs cuant che al rive, no par mail).',
    '- For the traceability panel I set a new password for "inspector": {pw}',
    "- On the panel I reset the password for \u201cinspector\u201d: {pw}",
])
def test_a_sentence_ending_in_a_password_for_an_account_blocks(engine: Engine, item: str) -> None:
    assert _secrets(engine, _HANDOVER, _note(item.replace("{pw}", _PASSWORD))) == [(4, _PASSWORD)]


@pytest.mark.parametrize("item", [
    '- For the panel I set a new password for "inspector": see Bitwarden',  # (where it is kept)
    '- For the panel I set a new password for "inspector": `<password>`',  # (a placeholder)
    '- Sul panel o ai metût la password par défaut par "ispetor": admin123',  # (a stock one)
    '- For the panel I set a new password for "inspector": Sunshine1',  # (short and plain)
])
def test_a_sentence_ending_in_a_password_label_over_no_value_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, _HANDOVER, _note(item)) == []
