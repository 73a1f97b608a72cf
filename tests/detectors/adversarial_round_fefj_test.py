"""Adversarial review of blind rounds FE-FJ: a sign-in sentence's pair in one bold span on a documentation page
(`Log in with **admin / …**`) blocks as its code-span sibling (`Log in with `admin / …``) does, with no URL's colon on
its line to let the page's password readers look at it; C#'s auto-property initialised by a target-typed new
(`public PostmarkClient Client { get; } = new("…");`) is read as the field's `PostmarkClient _client = new("…")` is.
Stand-ins, a reference, a type that is no client stay quiet. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, uuid4

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt")


def _chosen(seed: int) -> str:
    """A password chosen with care: two words, a symbol between them, digits (`Heron#Basalt2207`)."""
    generator = random.Random(seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#*!@%$") + second + str(generator.randint(1000, 9999))


_PASSWORD = _chosen(1880000)
_POSTMARK = uuid4(1880010)
_GEOCODIO = drawn(1880020, 39, "0123456789abcdef")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a sign-in's pair in one bold span, no colon on its line ------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "Log in with **admin / {pw}**.\n",
    "Sign in using **operator / {pw}**\n",
    "Then log in to Grafana with **admin / {pw}** to finish.\n",
    "Log into Jenkins as **admin / {pw}**.\n",
])
def test_a_sign_in_with_a_pair_in_one_bold_span_blocks(engine: Engine, template: str) -> None:
    text = "## Setup\n\n" + template.replace("{pw}", _PASSWORD)
    assert _secrets(engine, "pos-bridge/README.md", text) == [(3, _PASSWORD)]


@pytest.mark.parametrize("template", [
    "Log in with **admin / admin**.\n",
    "Log in with **your username / password**.\n",
    "See **Settings / Accounts** for the list.\n",
    "Read **chapter 3 / appendix B** first.\n",
    "Log in with **admin / 12345** (the vendor's default).\n",
])
def test_a_bold_span_with_a_slash_naming_no_password_does_not_block(engine: Engine, template: str) -> None:
    assert _blocked(engine, "pos-bridge/README.md", "## Setup\n\n" + template) == []


# --- C#'s auto-property initialised by a target-typed new ---------------------------------------------------------------

@pytest.mark.parametrize(("accessors", "value", "client"), [
    ("{ get; }", _POSTMARK, "PostmarkClient"),
    ("{ get; init; }", _POSTMARK, "PostmarkClient"),
    ("{get;set;}", _GEOCODIO, "GeocodioClient"),
])
def test_an_auto_property_of_a_client_given_its_key_by_a_target_typed_new_blocks(engine: Engine, accessors: str, value: str,
                                                                                 client: str) -> None:
    text = f'using PostmarkDotNet;\n\npublic class Mailer\n{{\n    public {client} Client {accessors} = new("{value}");\n}}\n'
    assert (5, value) in _secrets(engine, "src/Notifications/EmailSender.cs", text)


def test_an_auto_property_reads_as_the_field_it_stands_beside(engine: Engine) -> None:
    field = f'GeocodioClient client = new("{_GEOCODIO}");\n'
    prop = f'public GeocodioClient Client {{ get; }} = new("{_GEOCODIO}");\n'
    assert _secrets(engine, "Geo.cs", prop) == _secrets(engine, "Geo.cs", field) != []


@pytest.mark.parametrize("text", [
    f'using PostmarkDotNet;\npublic Guid TemplateId {{ get; }} = new("{_POSTMARK}");\n',  # (a Guid, no client)
    'using PostmarkDotNet;\npublic PostmarkClient Client { get; } = new(Configuration["Postmark:ServerToken"]);\n',
    'using PostmarkDotNet;\npublic PostmarkClient Client { get; } = new("00000000-0000-0000-0000-000000000000");\n',
])
def test_an_auto_property_of_no_client_a_reference_or_a_placeholder_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "src/Mailer.cs", text) == []


def test_the_strings_are_what_the_forms_say() -> None:
    assert set(_PASSWORD) & set("#*!@%$") and _PASSWORD[-4:].isdigit()
    assert len(_GEOCODIO) == 39 and set(_GEOCODIO) <= set(string.hexdigits.lower())
