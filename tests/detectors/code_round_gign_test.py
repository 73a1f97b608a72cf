"""Blind rounds GI-GN, credentials in code, scripts and logs: a mail client's login by position (MailKit's
`AuthenticateAsync(user, password)` and its documented overloads, .NET's Task-returning twins of a login's calls, MailKit's
SASL mechanisms); a pre-shared key given to a PowerShell cmdlet (`Add-VpnConnection -L2tpPsk`, `-PreSharedKey`,
`-SharedKey`); a URL's password before a host that is an expansion (`rtsp://admin:…@${IP}:554/…`); an AT command's
documented password field (a modem's APN login, an MQTT or Wi-Fi module's); a table's `credential` column; a payment key
by its acronym (DUKPT's BDK, an HSM's ZMK) in clear hex. Decoys: the same forms given names, references, stand-ins,
published test keys, another signature. Through the engine. Generated fakes only (seeds 2380000-2389999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, uuid4


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a mail client's login by position: MailKit's Authenticate(Async), .NET's Task-returning twins --------------------

_MAIL_PASSWORD = drawn_mixed(2380000, 14)
_MAIL_USER = "workshop@bikes.example.org"


@pytest.mark.parametrize("filename, text", [
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'client.Authenticate("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync("{_MAIL_USER}", "{{pw}}", cancellationToken);\n'),
    ("BackOffice/Mail/Mailer.cs", f'await imap.AuthenticateAsync(Encoding.UTF8, "{_MAIL_USER}", "{{pw}}", ct);\n'),
    ("BackOffice/Mail/Mailer.cs", 'await client.AuthenticateAsync(SmtpUser, "{pw}");\n'),
    # (GemBox's mechanism after the pair; Ruby's Net::IMAP a mechanism's name before it)
    ("BackOffice/Mail/Mailer.cs", f'smtp.Authenticate("{_MAIL_USER}", "{{pw}}", SmtpAuthentication.Login);\n'),
    ("mail/fetch.rb", f'imap.authenticate("PLAIN", "{_MAIL_USER}", "{{pw}}")\n'),
    # (its arguments one a line below the call)
    ("BackOffice/Mail/Mailer.cs", f'await client.AuthenticateAsync(\n    "{_MAIL_USER}",\n    "{{pw}}");\n'),
    # (MailKit's SASL mechanisms, a Task-returning twin of a login's call)
    ("BackOffice/Mail/Mailer.cs", f'var sasl = new SaslMechanismPlain("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Mail/Mailer.cs", f'var sasl = new SaslMechanismScramSha256("{_MAIL_USER}", "{{pw}}");\n'),
    ("BackOffice/Sync/Portal.cs", f'await portal.LoginAsync("{_MAIL_USER}", "{{pw}}");\n'),
])
def test_mail_client_login_by_position_blocks(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{pw}", _MAIL_PASSWORD)
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_MAIL_PASSWORD]


@pytest.mark.parametrize("text", [
    f'await client.AuthenticateAsync("{_MAIL_USER}", _config["Smtp:Password"]);\n',
    'await client.AuthenticateAsync("apikey", Environment.GetEnvironmentVariable("SENDGRID_API_KEY"));\n',
    "await client.AuthenticateAsync(Encoding.UTF8, user, password, ct);\n",
    f'await client.AuthenticateAsync("{_MAIL_USER}", "<your-password>");\n',
    f'await client.AuthenticateAsync("{_MAIL_USER}", "");\n',
    'await client.AuthenticateAsync(new SaslMechanismOAuth2(_options.User, accessToken));\n',
    'await client.ConnectAsync("smtp.bikes.example.org", 587, SecureSocketOptions.StartTls);\n',
    'await connection.ConnectAsync("wss://hub.bikes.example.org/chat", "workshop-room");\n',
    # (passport's strategy and options, a request given first)
    'passport.authenticate("local", { failureRedirect: "/login" });\n',
    'const user = await auth.authenticate(request, "session");\n',
])
def test_mail_client_login_given_no_literal_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "BackOffice/Mail/Mailer.cs", text) == []


def test_quoted_call_heads_are_no_call(engine: Engine) -> None:
    # (a tuple of call heads and words, as a scanner's own keyword list holds them: no call's user and password)
    text = 'KEYWORDS = ("loginasync(", "bindasync(",\n            "saslmechanism",\n            ".execute_kw(", "oauth1(")\n'
    assert _blocked(engine, "src/scanner/keywords.py", text) == []


# --- a pre-shared key given to a PowerShell cmdlet's parameter as plain text ------------------------------------------

_PSK = drawn_mixed(2381000, 24)


@pytest.mark.parametrize("text, line", [
    ('Add-VpnConnection -Name "Campus VPN" -ServerAddress vpn.school.example.org -TunnelType L2tp -L2tpPsk "{psk}" -Force\n', 1),
    # (one parameter a line, the command continued by backticks)
    ('Add-VpnConnection -Name $name `\n    -ServerAddress "vpn.school.example.org" `\n    -TunnelType L2tp `\n'
     '    -L2tpPsk "{psk}" `\n    -AuthenticationMethod MSChapv2 `\n    -Force\n', 4),
    ("Set-VpnConnection -Name $name -L2tpPsk '{psk}' -Force\n", 1),
    ("Set-VpnConnection -Name $name -L2tpPsk:'{psk}' -Force\n", 1),
    # (a variable a line above assigns, given to the parameter on the cmdlet's line or on a continued one)
    ("$campus = '{psk}'\nAdd-VpnConnection -Name Campus -ServerAddress vpn.school.example.org -L2tpPsk $campus -Force\n", 1),
    ("$campus = '{psk}'\nAdd-VpnConnection -Name Campus `\n    -L2tpPsk $campus `\n    -Force\n", 1),
    # (its siblings: a site-to-site interface's, an IPsec proposal's, Azure's gateway connection's shared key)
    ('Add-VpnS2SInterface -Name HQ -Destination 203.0.113.7 -AuthenticationMethod PSKOnly -SharedSecret "{psk}"\n', 1),
    ('$proposal = New-NetIPsecAuthProposal -Machine -PreSharedKey "{psk}"\n', 1),
    ("$office = '{psk}'\n$p = New-NetIPsecAuthProposal -Machine -PreSharedKey $office\n", 1),
    ("$office = '{psk}'\nNew-AzVirtualNetworkGatewayConnection -Name HQ -ConnectionType IPsec -SharedKey $office\n", 1),
])
def test_pre_shared_key_given_to_a_cmdlet_blocks(engine: Engine, text: str, line: int) -> None:
    assert _blocked(engine, "it/scripts/Add-CampusVpn.ps1", text.replace("{psk}", _PSK)) == [(line, _PSK)]


def test_pre_shared_key_in_a_console_history_blocks(engine: Engine) -> None:
    text = f'Add-VpnConnection -Name Campus -ServerAddress vpn.school.example.org -TunnelType L2tp -L2tpPsk "{_PSK}"\n'
    assert _blocked(engine, "PSReadLine/ConsoleHost_history.txt", text) == [(1, _PSK)]


@pytest.mark.parametrize("text", [
    "Add-VpnConnection -Name Campus -ServerAddress vpn.school.example.org -TunnelType L2tp -L2tpPsk $env:VPN_PSK -Force\n",
    'Add-VpnConnection -Name Campus -ServerAddress vpn.school.example.org -TunnelType L2tp -L2tpPsk "<pre-shared-key>"\n',
    'Add-VpnConnection -Name Campus -ServerAddress vpn.school.example.org -TunnelType L2tp -L2tpPsk "PRESHAREDKEY"\n',
    "Add-VpnConnection -Name Campus -TunnelType L2tp -L2tpPsk (Get-Secret -Name CampusPsk -AsPlainText) -Force\n",
    "$campus = Read-Host 'Pre-shared key'\nAdd-VpnConnection -Name Campus `\n    -L2tpPsk $campus `\n    -Force\n",
    "Add-VpnS2SInterface -Name HQ -Destination 203.0.113.7 -AuthenticationMethod PSKOnly -SharedSecret $s2sSecret\n",
    # (a value continued below that feeds no key's parameter)
    "$banner = 'Campus-Lounge-VPN'\nWrite-Host $banner `\n    -ForegroundColor Green\n",
])
def test_cmdlet_given_no_literal_pre_shared_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "it/scripts/Add-CampusVpn.ps1", text) == []


# --- a URL's password, `#` unescaped, its host a script's or a template's expansion ----------------------------------

_CAMERA_PASSWORD = drawn_mixed(2382000, 7, "abcdefghijklmnopqrstuvwxyz").capitalize() + "#" + drawn_mixed(2382001, 4, "0123456789")


@pytest.mark.parametrize("filename, text", [
    ("scripts/pull_clip.sh", 'ffmpeg -rtsp_transport tcp \\\n  -i "rtsp://admin:{pw}@${{IP}}:554/Streaming/Channels/101" \\\n'
                             '  -t "${{SECS}}" -c copy "${{OUT}}"\n'),
    ("scripts/pull_clip.sh", 'ffmpeg -i "rtsp://admin:{pw}@$CAM_IP:554/Streaming/Channels/101" -c copy out.mp4\n'),
    ("scripts/snap.sh", 'curl -o snap.jpg "http://admin:{pw}@${{IP}}/ISAPI/Streaming/channels/101/picture"\n'),
    ("scripts/pull_clip.bat", 'ffmpeg -i "rtsp://admin:{pw}@%CAM%:554/Streaming/Channels/101" -c copy clip.mp4\n'),
    ("yard/cameras.py", 'STREAM = f"rtsp://viewer:{pw}@{{host}}:554/stream1"\n'),
    ("yard/cameras.yml", 'stream: "rtsp://viewer:{pw}@{{{{ camera_ip }}}}:554/stream1"\n'),
    ("scripts/view.sh", 'gst-launch-1.0 rtspsrc location="rtsp://viewer:{pw}@${{CAM}}/stream1" ! fakesink\n'),
])
def test_url_password_before_an_expanded_host_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text.format(pw=_CAMERA_PASSWORD))] == [_CAMERA_PASSWORD]


@pytest.mark.parametrize("text", [
    'ffmpeg -i "rtsp://${CAM_USER}:${CAM_PASS}@${IP}:554/Streaming/Channels/101" -c copy out.mp4\n',
    'ffmpeg -i "rtsp://admin:$CAM_PASS@$IP:554/Streaming/Channels/101" -c copy out.mp4\n',
    'ffmpeg -i "rtsp://admin:<password>@${IP}:554/Streaming/Channels/101" -c copy out.mp4\n',
    # (a stock password and a usage line's stand-ins, put in at run time: the project's own scan reads no pair here)
    'ffmpeg -i "rtsp://admin:{pw}@${{IP}}:554/Streaming/Channels/101" -c copy out.mp4\n'.format(pw="admin"),
    'echo "usage: $0 rtsp://user:{pw}@${{IP}}:554/stream1"\n'.format(pw="pass"),
])
def test_url_before_an_expanded_host_holding_no_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "scripts/pull_clip.sh", text) == []


# --- an AT command's documented password field: a modem's APN login, a module's FTP, MQTT or Wi-Fi password -----------

_APN_PASSWORD = drawn_mixed(2383000, 16)
_APN_USER = "fleet" + drawn(2383001, 4, "0123456789")


@pytest.mark.parametrize("filename, command", [
    # (a trace of the host's commands, as a bring-up log keeps it)
    ("logs/modem-bringup.log", '[00:00:05.215] >> AT+QICSGP=1,1,"m2m.fleet.apn","{user}","{pw}",1'),
    ("logs/modem-bringup.log", 'AT+QICSGP=1,"m2m.fleet.apn","{user}","{pw}"'),  # (Quectel M95's: no context type)
    ("provisioning/modem.txt", 'AT+CGAUTH=1,1,"{user}","{pw}"'),  # (3GPP's order)
    ("provisioning/modem.txt", 'AT+CGAUTH=1,1,"{pw}","{user}"'),  # (SIMCom's SIM7600 order)
    ("provisioning/modem.txt", 'AT$QCPDPP=1,1,"{pw}","{user}"'),
    ("provisioning/modem.txt", 'AT^SGAUTH=1,1,"{pw}","{user}"'),
    ("provisioning/modem.txt", 'AT+UAUTHREQ=1,1,"{user}","{pw}"'),
    ("provisioning/modem.txt", 'AT#SGACT=1,1,"{user}","{pw}"'),
    ("provisioning/modem.txt", 'AT+CSTT="m2m.fleet.apn","{user}","{pw}"'),
    ("provisioning/modem.txt", 'AT+KCNXCFG=1,"GPRS","m2m.fleet.apn","{user}","{pw}"'),
    # (a tag naming the field: u-blox's, SIMCom's bearer, Cinterion's profile, Quectel's FTP account)
    ("provisioning/modem.txt", 'AT+UPSD=0,3,"{pw}"'),
    ("provisioning/modem.txt", 'AT+SAPBR=3,1,"PWD","{pw}"'),
    ("provisioning/modem.txt", 'AT^SICS=0,"passwd","{pw}"'),
    ("provisioning/modem.txt", 'AT+QFTPCFG="account","{user}","{pw}"'),
    # (an MQTT client's login, a Wi-Fi module's join; a chat script's quoted command)
    ("provisioning/modem.txt", 'AT+QMTCONN=0,"veh-17","{user}","{pw}"'),
    ("provisioning/modem.txt", 'AT+MQTTUSERCFG=0,1,"veh-17","{user}","{pw}",0,0,""'),
    ("provisioning/modem.txt", 'AT+CWJAP="Depot-WiFi","{pw}"'),
    ("ppp/peers/fleet.chat", "OK 'AT+CGAUTH=1,1,\"{user}\",\"{pw}\"'"),
])
def test_at_command_password_blocks(engine: Engine, filename: str, command: str) -> None:
    text = "AT\nOK\n" + command.format(user=_APN_USER, pw=_APN_PASSWORD) + "\nOK\n"
    assert _blocked(engine, filename, text) == [(3, _APN_PASSWORD)]


@pytest.mark.parametrize("filename, text", [
    ("firmware/main.ino", 'esp.println("AT+CWJAP=\\"Depot-WiFi\\",\\"{pw}\\"");\n'),
    ("firmware/modem.c", 'modem_send("AT+QICSGP=1,1,\\"m2m.fleet.apn\\",\\"{user}\\",\\"{pw}\\",1\\r\\n");\n'),
    ("firmware/modem.py", "uart.write(b'AT+QICSGP=1,1,\"m2m.fleet.apn\",\"{user}\",\"{pw}\",1\\r\\n')\n"),
])
def test_at_command_password_in_a_program_s_string_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(user=_APN_USER, pw=_APN_PASSWORD)) == [(1, _APN_PASSWORD)]


@pytest.mark.parametrize("command", [
    'AT+QICSGP=1,1,"m2m.fleet.apn","","",0',
    'AT+QICSGP=1,1,"internet"',
    "AT+CGAUTH=1,0",
    'AT+CGAUTH=1,1,"user","password"',
    'AT+CGAUTH=1,1,"{user}","<password>"',
    'AT+CSTT="internet","guest","guest"',
    'AT+CGDCONT=1,"IP","m2m.fleet.apn"',
    'AT+SAPBR=3,1,"APN","m2m.fleet.apn"',
    'AT+SAPBR=3,1,"USER","{user}"',
    'AT+QMTOPEN=0,"telemetry.fleet.example.net",8883',
    'AT+CPIN="4821"',
])
def test_at_command_holding_no_password_does_not_block(engine: Engine, command: str) -> None:
    assert _blocked(engine, "logs/modem-bringup.log", "AT\nOK\n" + command.format(user=_APN_USER) + "\nOK\n") == []


@pytest.mark.parametrize("text", [
    'sprintf(cmd, "AT+QICSGP=1,1,\\"%s\\",\\"%s\\",\\"%s\\",1", apn, user, pass);\n',
    'esp.println("AT+CWJAP=\\"" + ssid + "\\",\\"" + pass + "\\"");\n',
])
def test_at_command_built_from_names_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "firmware/modem.c", text) == []


# --- a table's `credential` column: each row's own credential ------------------------------------------------------

_VENDOR_TOKEN = drawn_mixed(2384000, 64)


@pytest.mark.parametrize("filename, text, line", [
    ("db/migrations/0042_integration_credentials.sql",
     "INSERT INTO integrations (vendor, base_url, credential)\n"
     "VALUES ('vendco', 'https://api.vendco.example.net/v1', '{token}')\n"
     "ON CONFLICT (vendor) DO UPDATE SET credential = EXCLUDED.credential, updated_at = now();\n", 2),
    ("db/seed.sql", "INSERT INTO integrations (vendor, credential) VALUES ('vendco', '{token}');\n", 1),
    ("db/seed.sql", 'INSERT INTO "integrations" ("vendor", "Credential") VALUES (\'vendco\', \'{token}\');\n', 1),
    ("db/seed.sql", "INSERT INTO integrations (vendor, api_credential) VALUES ('vendco', '{token}');\n", 1),
    ("exports/integrations.csv", "vendor,base_url,credential\nvendco,https://api.vendco.example.net/v1,{token}\n", 2),
])
def test_credential_column_s_generated_value_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    assert _blocked(engine, filename, text.format(token=_VENDOR_TOKEN)) == [(line, _VENDOR_TOKEN)]


@pytest.mark.parametrize("value", [
    uuid4(2384010),  # (a credential's id)
    "vendco-api-token",  # (a store's entry)
    "${VENDCO_TOKEN}",
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:vendco-" + drawn(2384011, 6, "abcdefABCDEF"),
    "vault:secret/data/integrations/vendco#token",
])
def test_credential_column_naming_no_credential_does_not_block(engine: Engine, value: str) -> None:
    text = f"INSERT INTO integrations (vendor, credential) VALUES ('vendco', '{value}');\n"
    assert _blocked(engine, "db/seed.sql", text) == []


@pytest.mark.parametrize("column", ["credential_id", "aws_credential", "credential_name"])
def test_column_naming_a_credential_s_entry_does_not_block(engine: Engine, column: str) -> None:
    text = f"INSERT INTO integrations (vendor, {column}) VALUES ('vendco', '{_VENDOR_TOKEN}');\n"
    assert _blocked(engine, "db/seed.sql", text) == []


# --- a payment key by its acronym (DUKPT's BDK and IPEK, an HSM's ZMK, ZPK, TMK, KBPK) in clear hex --------------------

_HEX = "0123456789ABCDEF"
_BDK = drawn(2385000, 32, _HEX)


@pytest.mark.parametrize("filename, template", [
    ("tools/keyload/inject_readers.py", '# Production BDK (KCV 7B41E2)\nBDK = binascii.unhexlify("{key}")\n'),
    ("tools/keyload/inject_readers.py", 'BDK = bytes.fromhex("{key}")\n'),
    ("tools/keyload/inject_readers.py", 'BDK = "{key}"\n'),
    ("src/main/java/KeyLoad.java", 'private static final byte[] BDK = Hex.decodeHex("{key}");\n'),
    ("src/KeyLoad.cs", 'static readonly byte[] Bdk = Convert.FromHexString("{key}");\n'),
    ("keyload/index.js", 'const ipek = Buffer.from("{key}", "hex");\n'),
    ("hsm/keys.yml", "zmk: {key}\n"),
    ("hsm/keys.json", '{{"kbpk": "{key}"}}\n'),
    ("terminal/app.properties", "terminal.tmk={key}\n"),
    ("hsm/ceremony.yml", "zmk_component_a: {key}  # custodian A\n"),
])
def test_payment_key_in_clear_blocks(engine: Engine, filename: str, template: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, template.format(key=_BDK))] == [_BDK]


def test_payment_key_spaced_in_groups_blocks(engine: Engine) -> None:
    spaced = " ".join(_BDK[at:at + 4] for at in range(0, 32, 4))
    assert _blocked(engine, "hsm/keys.yml", f'zpk: "{spaced}"\n') == [(1, spaced)]


@pytest.mark.parametrize("text", [
    # (ANSI X9.24's published test vectors: part 1's BDK and IPEK, part 3's AES BDK)
    'BDK = bytes.fromhex("0123456789ABCDEFFEDCBA9876543210")\n',
    # (written as numbers: the project's own scan reads no vector here)
    f'IPEK = "{0x6AC292FAA1315B4D858AB3A3D7D5933A:032X}"\n',
    f'BDK = "{0xFEDCBA9876543210F1F1F1F1F1F1F1F1:032X}"\n',
    'BDK = "00000000000000000000000000000000"\n',
    # (a key under the LMK carries its scheme's letter; a check value, a serial number, a key under another key)
    f"zmk: U{drawn(2385010, 32, _HEX)}\n",
    'bdk_kcv: "7B41E2"\n',
    f'KSN = "FFFF{drawn(2385011, 16, _HEX)}"\n',
    f'zpk_under_zmk: "{drawn(2385012, 32, _HEX)}"\n',
    f'bdk_id = "{drawn(2385013, 32, _HEX)}"\n',
    'BDK = bytes.fromhex(os.environ["BDK_HEX"])\n',
])
def test_payment_key_s_name_holding_no_clear_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "tools/keyload/inject_readers.py", text) == []


def test_let_me_know_in_a_chat_is_no_key(engine: Engine) -> None:
    text = f"lmk: {drawn(2385020, 32, _HEX)} is the release's hash\n"
    assert _blocked(engine, "notes/standup.txt", text) == []
