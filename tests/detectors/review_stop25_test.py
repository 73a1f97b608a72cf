"""Real credentials the review of stop 25 found silently dropped by two of its decoy rules: an
anonymous `.netrc` entry hid the other entries on its line, and the "commented-out default in a
sample config" rule took a C `#define` (and a commented-out line in code) for a comment. Every
value here is generated."""
from __future__ import annotations

from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines


def test_an_anonymous_netrc_entry_hides_no_other_entry_on_its_line() -> None:
    text = "machine ftp.acme.io login anonymous password guest machine pkgs.acme.io login deploy password Kq8Vz3Lm7Tw2Rx9P\n"
    # (on a line of several entries each password is judged: the anonymous one's `guest` too, an
    # over-report rather than a drop)
    assert [(line, secret) for line, _, secret in blocked_lines(Engine(), ".netrc", text)] == [
        (1, "Kq8Vz3Lm7Tw2Rx9P"), (1, "guest")]


def test_an_anonymous_netrc_entry_alone_still_passes() -> None:
    assert blocked_lines(Engine(), ".netrc", "machine ftp.acme.io login anonymous password guest@acme.io\n") == []


def test_a_define_in_a_default_header_is_no_comment() -> None:
    text = '#define MQTT_USER "probe"\n#define MQTT_PASSWORD "Lichen-Harbor47%q"\n'
    found = blocked_lines(Engine(), "include/config_default.h", text)
    assert [(line, secret) for line, _, secret in found] == [(2, "Lichen-Harbor47%q")]


def test_a_commented_out_password_in_code_named_default_blocks() -> None:
    text = 'DEBUG = False\n# SMTP_PASSWORD = "Tundra-Vole5127!q"\n'
    found = blocked_lines(Engine(), "settings/default.py", text)
    assert [(line, secret) for line, _, secret in found] == [(2, "Tundra-Vole5127!q")]


def test_a_commented_default_in_a_sample_config_stays_a_warning() -> None:
    assert blocked_lines(Engine(), "conf/sample.ini", "[smtp]\n;password = Lantern7Quarry2Ember\n") == []


def test_a_generated_user_is_not_named_in_a_description() -> None:
    """HTTPBasicAuth(<key>, <secret>): the user may be an API key; descriptions never carry it."""
    user = "Xq9LmN2vKd8sX0vB3nQ7zYw1"
    text = f'r = requests.get(u, auth=HTTPDigestAuth("{user}", "Harbor-Falcon-7712!x"))\nclient.username_pw_set("{user}", "Juniper.Ash71%q")\n'
    findings = Engine().scan_text("client.py", text)
    assert sorted(finding.line_number for finding in findings if finding.secret != user) == [1, 2]
    assert all(user not in finding.description for finding in findings)
    assert "for user probe" in " ".join(f.description for f in Engine().scan_text(
        "pub.py", 'client.username_pw_set("probe", "Juniper.Ash71%q")\n'))
