"""Blind rounds GO-GT, keys in data structures and device configurations: net-snmp's user tools' `-A`/`-X` pass
phrases (net-snmp-create-v3-user, snmpusm); a device's settings export naming its element by words after a numeric id
(Sierra Wireless' ACEmanager `<setting id="3002" name="User Password">`). Decoys: the same forms given variables,
stand-ins, the stock example, a label's translation. Through the engine. Generated fakes only (seeds 2610000-2619999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn_mixed


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- net-snmp's user tools: -A (authentication) and -X (privacy) pass phrases ----------------------------------------

_AUTH_PHRASE = drawn_mixed(2610000, 16)
_PRIV_PHRASE = drawn_mixed(2610001, 16)


@pytest.mark.parametrize("text", [
    "net-snmp-create-v3-user -ro -a SHA-256 -A '{auth}' -x AES -X '{priv}' zbxmon\n",
    'sudo net-snmp-create-v3-user -A "{auth}" -a SHA -X "{priv}" -x AES nms\n',
    # (net-snmp 5.4's form, through net-snmp-config)
    "net-snmp-config --create-snmpv3-user -ro -A {auth} -X {priv} -a SHA -x AES nms\n",
    # (snmpusm's and snmpvacm's managing user, as any net-snmp command's)
    "snmpusm -v3 -u admin -l authPriv -a SHA -A {auth} -x AES -X {priv} 10.20.0.5 create nms admin\n",
    "snmpvacm -v3 -u admin -l authPriv -a SHA -A '{auth}' -x AES -X '{priv}' 10.20.0.5 createSec2Group 3 nms ro\n",
])
def test_net_snmp_user_tool_pass_phrases_block(engine: Engine, text: str) -> None:
    text = text.replace("{auth}", _AUTH_PHRASE).replace("{priv}", _PRIV_PHRASE)
    assert [secret for _, secret in _blocked(engine, "it/snmp/snmpd-setup.sh", text)] == sorted([_AUTH_PHRASE, _PRIV_PHRASE])


@pytest.mark.parametrize("text", [
    'net-snmp-create-v3-user -ro -A "$SNMP_AUTH" -a SHA -X "$SNMP_PRIV" -x AES zbxmon\n',
    "net-snmp-create-v3-user -ro -A {{ snmp_auth_pass }} -X {{ snmp_priv_pass }} zbxmon\n",
    # (the manual's example; a user made without a pass phrase, its -a/-x the protocols)
    "net-snmp-create-v3-user -A mypassword -a MD5 myusername\n",
    "net-snmp-create-v3-user -ro -a SHA -x AES zbxmon\n",
    "net-snmp-config --version\n",
])
def test_net_snmp_user_tool_without_a_literal_pass_phrase_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "it/snmp/snmpd-setup.sh", text) == []


# --- an element named by words after a numeric id: a device's settings export ------------------------------------------

_DEVICE_PASSWORD = drawn_mixed(2610100, 12) + "#" + drawn_mixed(2610101, 4)


@pytest.mark.parametrize("text", [
    '<template version="4.17">\n  <group name="Admin">\n    <setting id="3002" name="User Password">{pw}</setting>\n'
    '    <setting id="10003" name="Telnet/SSH Access">2</setting>\n  </group>\n</template>\n',
    '<group name="LAN">\n  <setting id="5101" name="Wi-Fi Passphrase">{pw}</setting>\n</group>\n',
    # (Java's XML properties: a key of words; the element's text on the lines below its opening tag)
    '<properties>\n  <entry key="Admin Password">{pw}</entry>\n</properties>\n',
    '<settings>\n  <setting id="3002" name="User Password">\n    {pw}\n  </setting>\n</settings>\n',
])
def test_element_named_by_words_after_a_numeric_id_blocks(engine: Engine, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, "gateways/sierra/acemanager-template.xml", text.replace("{pw}", _DEVICE_PASSWORD))] == [
        _DEVICE_PASSWORD]


@pytest.mark.parametrize("text", [
    '<setting id="3002" name="User Password">********</setting>\n<setting id="3003" name="Admin Password">${ADMIN_PW}</setting>\n',
    '<setting id="3004" name="Password Hint">Ask the network team</setting>\n<setting id="1105" name="Keep Alive IP">10.40.0.1</setting>\n',
    # (a label's translation under a name of words; an element named by a number alone)
    '<entry key="Login Password">Mot de passe</entry>\n<entry key="Password Label">Kennwort eingeben</entry>\n',
    '<item id="42">{pw}</item>\n<string id="3002">{pw}</string>\n',
])
def test_element_named_by_words_holding_no_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "gateways/sierra/acemanager-template.xml", text.replace("{pw}", _DEVICE_PASSWORD)) == []
