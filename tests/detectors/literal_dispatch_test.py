"""The literal kind's per-line dispatch (kinds/_triggers.py): a reader is skipped only on a line where
it finds nothing. Checked on every line of every kind's samples: a reader that finds something on a
line its triggers do not admit is a form the dispatch would lose (add the literal its line holds to
the reader's triggers, beside it)."""
from __future__ import annotations

from typing import Any, Callable, Iterator, List, Sequence, Tuple

import pytest
from secretfence.kinds import (
    REGISTRY, _code_calls, _command_lines, _config_forms, _device_configs, _enterprise_forms, _game_servers, _identity_configs,
    _integration_forms, _key_material, _mail_configs, _network_keys, _proxy_and_sessions, _reference_lookalikes, _stream_keys, _telecom_configs,
    _test_tooling, _tool_outputs, _web_forms,
)
from secretfence.kinds import _literal_reading as literal
from secretfence.kinds._triggers import Dispatch, Triggers, admitted
from secretfence.prefilter.search import SCANNER

Reader = Callable[[Sequence[str], int, str, bool], Iterator[Any]]

# Each dispatched reader of `find`, called as find calls it (its bit, its triggers, the call).
READERS: List[Tuple[str, int, Triggers, Reader]] = [
    ("device", literal._DEVICE, literal._DEVICE_TRIGGERS, lambda lines, i, name, code: literal._device_values(lines, i)),
    ("next line", literal._NEXT_LINE, literal._NEXT_LINE_TRIGGERS,
     lambda lines, i, name, code: literal._next_line_values(lines, i)),
    ("block", literal._BLOCK, literal._BLOCK_TRIGGERS, lambda lines, i, name, code: literal._block_values(lines, i, name)),
    ("credentials' children", literal._CHILDREN, literal._CHILDREN_TRIGGERS,
     lambda lines, i, name, code: literal._credentials_children(lines, i)),
    ("special", literal._SPECIAL, literal._SPECIAL_TRIGGERS, lambda lines, i, name, code: literal._special_values(lines, i, name)),
    ("pairs", literal._PAIRS, literal._PAIRS_TRIGGERS, lambda lines, i, name, code: literal._pairs(lines[i], code)),
    ("secret arguments", literal._SECRET_ARGUMENTS, literal._SECRET_ARGUMENT_TRIGGERS,
     lambda lines, i, name, code: literal._secret_arguments(lines[i])),
    ("enterprise", literal._ENTERPRISE, _enterprise_forms.ENTERPRISE_TRIGGERS,
     lambda lines, i, name, code: _enterprise_forms.enterprise_secrets(lines, i)),
    ("command line", literal._COMMAND_LINE, _command_lines.COMMAND_LINE_TRIGGERS,
     lambda lines, i, name, code: _command_lines.command_line_secrets(lines, i, code)),
    ("script", literal._SCRIPT, _command_lines.SCRIPT_TRIGGERS,
     lambda lines, i, name, code: _command_lines.script_secrets(lines, i, code, name)),
    ("config form", literal._CONFIG_FORM, _config_forms.CONFIG_FORM_TRIGGERS,
     lambda lines, i, name, code: _config_forms.config_form_secrets(lines, i, name)),
    ("call", literal._CALL, _code_calls.CALL_TRIGGERS, lambda lines, i, name, code: _code_calls.call_secrets(lines, i)),
    ("integration", literal._INTEGRATION, _integration_forms.INTEGRATION_TRIGGERS,
     lambda lines, i, name, code: _integration_forms.integration_secrets(lines, i, name)),
    ("web form", literal._WEB_FORM, _web_forms.WEB_FORM_TRIGGERS,
     lambda lines, i, name, code: _web_forms.web_form_secrets(lines, i, name)),
    ("network", literal._NETWORK, _network_keys.NETWORK_TRIGGERS,
     lambda lines, i, name, code: _network_keys.network_secrets(lines, i, name, code)),
    ("tool output", literal._TOOL_OUTPUT, _tool_outputs.TOOL_OUTPUT_TRIGGERS,
     lambda lines, i, name, code: _tool_outputs.tool_output_secrets(lines, i, name)),
    ("stream", literal._STREAM, _stream_keys.STREAM_TRIGGERS,
     lambda lines, i, name, code: _stream_keys.stream_secrets(lines, i, name)),
    ("game server", literal._GAME_SERVER, _game_servers.GAME_SERVER_TRIGGERS,
     lambda lines, i, name, code: _game_servers.game_server_secrets(lines, i, name, code)),
    ("telecom", literal._TELECOM, _telecom_configs.TELECOM_TRIGGERS,
     lambda lines, i, name, code: _telecom_configs.telecom_secrets(lines, i, name, code)),
    ("identity", literal._IDENTITY, _identity_configs.IDENTITY_TRIGGERS,
     lambda lines, i, name, code: _identity_configs.identity_secrets(lines, i, name, code)),
    ("scraping", literal._SCRAPING, _proxy_and_sessions.SCRAPING_TRIGGERS,
     lambda lines, i, name, code: _proxy_and_sessions.scraping_secrets(lines, i, name, code)),
    ("mail", literal._MAIL, _mail_configs.MAIL_TRIGGERS,
     lambda lines, i, name, code: _mail_configs.mail_secrets(lines, i, name, code)),
    ("test tooling", literal._TOOLING, _test_tooling.TEST_TOOLING_TRIGGERS,
     lambda lines, i, name, code: _test_tooling.tooling_secrets(lines, i, name)),
    ("reference lookalikes", literal._LOOKALIKE, _reference_lookalikes.LOOKALIKE_TRIGGERS,
     lambda lines, i, name, code: _reference_lookalikes.lookalike_secrets(lines, i, name)),
    ("device configs", literal._DEVICE_CONFIG, _device_configs.DEVICE_CONFIG_TRIGGERS,
     lambda lines, i, name, code: _device_configs.device_config_secrets(lines, i, name)),
    ("key material", literal._KEY_MATERIAL, _key_material.KEY_MATERIAL_TRIGGERS,
     lambda lines, i, name, code: _key_material.key_material_secrets(lines, i)),
    ("option pairs", literal._OPTION_PAIR, _code_calls.OPTION_PAIR_TRIGGERS,
     lambda lines, i, name, code: _code_calls.option_pairs(lines, i)),
    ("looped entries", literal._LOOPED_ENTRY, _code_calls.LOOPED_ENTRY_TRIGGERS,
     lambda lines, i, name, code: _code_calls.looped_entries(lines, i)),
    ("digest slots", literal._DIGEST_SLOT, _code_calls.DIGEST_SLOT_TRIGGERS,
     lambda lines, i, name, code: _code_calls.digests_sent_as_passwords(lines, i)),
]


def _samples() -> List[Tuple[str, str]]:
    return [(sample.filename, sample.text) for kind in REGISTRY if kind.detector is not None
            for sample in tuple(kind.detector.true_samples) + tuple(kind.detector.false_samples)]


def test_every_reader_of_the_dispatch_is_checked_here() -> None:
    assert sorted(bit for _, bit, _, _ in READERS) == [1 << number for number in range(len(READERS))]
    assert literal._READERS.everything == (1 << len(READERS)) - 1


def test_no_reader_finds_anything_on_a_sample_s_line_its_triggers_do_not_admit() -> None:
    lost = []
    for filename, text in _samples():
        lines = text.split("\n")
        lowered_name = filename.lower()
        for index, line in enumerate(lines):
            may = literal._READERS.of(line, lowered_name)
            for name, bit, triggers, read in READERS:
                if any(next(iter(read(lines, index, lowered_name, in_code)), None) is not None for in_code in (False, True)):
                    if not may & bit or not admitted(triggers, line, lowered_name):
                        lost.append(f"{name}: {filename}:{index + 1}: {line[:120]!r}")
    assert not lost, "readers finding something where their triggers say nothing can be:\n" + "\n".join(lost)


@pytest.mark.skipif(SCANNER is None, reason="the compiled scanner is not built here")
def test_the_scanner_finds_what_the_reference_finds() -> None:
    for filename, text in _samples():
        for line in text.split("\n"):
            may = literal._READERS.of(line, filename.lower())
            for name, bit, triggers, _ in READERS:
                if admitted(triggers, line, filename.lower()):
                    assert may & bit, (name, line)
                elif line.isascii():
                    assert not may & bit, (name, line)


def test_a_line_folding_to_ascii_otherwise_asks_every_reader() -> None:
    # (`ſ` is an `s` to a case-blind pattern, the Kelvin sign lowers to `k`: the scanner folds ASCII only)
    assert literal._READERS.of("ſnmp community", "a.conf") == literal._READERS.everything
    assert literal._READERS.of("\u212aeytool -storepass x", "a.sh") == literal._READERS.everything


def test_without_the_compiled_scanner_every_reader_reads_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import secretfence.prefilter.search as search

    monkeypatch.setattr(search, "SCANNER", None)
    dispatch = Dispatch()
    first = dispatch.add(Triggers(exact=("alpha",)))
    second = dispatch.add(Triggers(folded=("beta",)))
    assert dispatch.of("nothing here", "x.txt") == first | second


@pytest.mark.skipif(SCANNER is None, reason="the compiled scanner is not built here")
def test_triggers_exact_folded_paired_and_by_name() -> None:
    dispatch = Dispatch()
    exact = dispatch.add(Triggers(exact=("Alpha", "{")))
    folded = dispatch.add(Triggers(folded=("beta",)))
    paired = dispatch.add(Triggers(pairs=(("=", "'"),)))
    named = dispatch.add(Triggers(names=lambda lowered_name: lowered_name.endswith(".conf")))
    assert dispatch.of("alpha", "x.txt") == 0
    assert dispatch.of("Alpha BETA", "x.txt") == exact | folded
    assert dispatch.of("x = 'y'", "x.txt") == paired
    assert dispatch.of("x = y", "x.txt") == 0
    assert dispatch.of("{", "a/b.conf") == exact | named
    with pytest.raises(RuntimeError):
        dispatch.add(Triggers(exact=("late",)))
    with pytest.raises(ValueError):
        Dispatch().add(Triggers(folded=("Upper",)))


# --- call_secrets' word groups (kinds/_triggers.Words): one scanner pass for its readers' `any(word in line …)` tests ---

def _call_groups() -> List[Tuple[str, int, Tuple[str, ...]]]:
    """(name, bit, words) of each group call_secrets asks, read off the module: every `_…_GROUP` it defines."""
    groups = []
    for name, bit in vars(_code_calls).items():
        if name.endswith("_GROUP") and isinstance(bit, int):
            groups.append((name, bit, _code_calls._PRESENT._given[bit.bit_length() - 1]))
    return groups


def test_every_group_of_call_secrets_is_one_of_its_words_tuples() -> None:
    groups = _call_groups()
    assert sorted(bit for _, bit, _ in groups) == [1 << number for number in range(len(groups))]
    assert len(groups) >= 30 and all(words for _, _, words in groups)


@pytest.mark.skipif(SCANNER is None, reason="the compiled scanner is not built here")
def test_call_secrets_groups_found_by_the_scanner_as_by_in() -> None:
    """On every line of every kind's samples, the words themselves (each alone, in a line of other
    text, at its edges, split by a newline), non-ASCII and unpaired surrogates: the scanner's mask
    is the one `any(word in line …)` gives."""
    groups = _call_groups()
    lines = [line for _, text in _samples() for line in text.split("\n")]
    for _, _, words in groups:
        for word in words:
            lines += [word, f"x = {word}(", f"é{word}\udcff", word[:-1], word[1:], f"{word[:2]}\n{word[2:]}"]
    lines += ["", "é", "\udcff\udcfe", "ſ \u212a"]
    for line in lines:
        expected = 0
        for _, bit, words in groups:
            if any(word in line for word in words):
                expected |= bit
        assert _code_calls._PRESENT.of(line) == expected, line[:120]


@pytest.mark.parametrize("compiled", [True, False])
def test_words_name_the_groups_a_line_holds(compiled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import secretfence.prefilter.search as search
    from secretfence.kinds._triggers import Words

    if compiled and SCANNER is None:
        pytest.skip("the compiled scanner is not built here")
    if not compiled:
        monkeypatch.setattr(search, "SCANNER", None)
    words = Words()
    client = words.add(("Client(", "Api("))
    login = words.add(("login", "sign_in"))
    single = words.add(("$",))
    assert words.of("c = ApiClient(key)") == client
    assert words.of("c = MyApi(key); login(u, p)") == client | login
    assert words.of("LOGIN(u, p)") == 0  # as written: no folding
    assert words.of("x = $y") == single
    assert words.of("nothing") == 0
    with pytest.raises(RuntimeError):
        words.add(("late",))
