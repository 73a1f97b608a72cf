"""Calls as people write them, after the round CW-DB review (kinds/_code_calls.py): TeamCity's and Gradle's setting
calls read bare in their blocks, keystrokes read as a login only below a line saying so, a paren-less call's last
argument ended by its line or a comment (OmniAuth's providers, WSH's MapNetworkDrive), an FTP script echoed past
blank lines and remarks (kinds/_command_lines.py). Each beside the decoys of its
form, through the engine. Every value here is generated."""
from __future__ import annotations

from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def test_a_setting_call_is_read_bare_in_its_dsl_block_not_on_any_receiver(engine: Engine) -> None:
    # (TeamCity's Kotlin DSL and Gradle call `param`/`systemProperty` bare inside their blocks; a test's
    # `pytest.param`, a cache's `store` and a query's `setParameter` are other calls)
    teamcity = ('    params {\n        param("env.DEPLOY_PASSWORD", "Fjord#Lantern482")\n        param("env.DB_PASSWORD", "%vault.db%")\n'
                '    }\n')
    assert [(line, secret) for line, _, secret in _blocked(engine, ".teamcity/settings.kts", teamcity)] == [
        (2, "Fjord#Lantern482")]  # (`%vault.db%` is a parameter's reference)
    groovy = "test {\n    systemProperty 'db.password', 'Osprey!Canal731'\n    systemProperty 'db.url', 'jdbc:h2:mem:t'\n}\n"
    assert [(line, secret) for line, _, secret in _blocked(engine, "build.gradle", groovy)] == [(2, "Osprey!Canal731")]
    others = ('cases = [pytest.param("password", "Tr0ub4dor3x", id="pw")]\n'
              'cache.store("session_token", "Wx8Lq2Zt6Vn9Kp3R")\nq.setParameter("resetToken", "Kx3vRq9mTz6wNp2L");\n')
    assert [(line, secret) for line, _, secret in _blocked(engine, "src/forms.kt", others)
            if secret in ("Tr0ub4dor3x", "Wx8Lq2Zt6Vn9Kp3R", "Kx3vRq9mTz6wNp2L")] == []


def test_keystrokes_are_a_login_only_below_a_line_saying_so(engine: Engine) -> None:
    # (one login hotkey in a macro file's head says nothing of an address form's hotkey far below it)
    login = "; Ctrl+Alt+L: login to the bench PC\n^!l::\nSend, benchtech2{Tab}\nSend, Qx7mLantern42{Enter}\nreturn\n"
    assert (4, "Qx7mLantern42") in [(line, secret) for line, _, secret in _blocked(engine, "hotkeys/login.ahk", login)]
    filler = "".join(f"; address form {number}\n" for number in range(20))
    address = "^!a::\nSend, 221B{Tab}\nSend, Baker-Street-22{Enter}\nreturn\n"
    assert _blocked(engine, "hotkeys/forms.ahk", login.replace("Qx7mLantern42", "%PW%") + filler + address) == []



def test_a_paren_less_call_s_last_argument_ends_with_its_line_or_a_comment(engine: Engine) -> None:
    initializer = ('Rails.application.config.middleware.use OmniAuth::Builder do\n'
                   '  provider :github, "Iv1.8a61f9b3a7aba766", "Tq7Wz2Nx9Lk4RvHb6Jd1"\n'
                   '  provider :gitlab, "3f1c9a7e2b4d", "Qz7Wx2Nk9Lm4RvHb6Jd1" # prod\n'
                   '  provider :clever,\n    "21beea4aa4d2e6f054d9",\n    "Hv5Qm8Xt2Lk7RzWq4Np9",\n    scope: "read"\n'
                   '  provider :developer, "Zx9Lm2Qv7Tk4Wr8Np3Hb"\nend\n')
    found = [(line, secret) for line, _, secret in _blocked(engine, "config/initializers/omniauth.rb", initializer)]
    assert {(2, "Tq7Wz2Nx9Lk4RvHb6Jd1"), (3, "Qz7Wx2Nk9Lm4RvHb6Jd1"), (6, "Hv5Qm8Xt2Lk7RzWq4Np9")} <= set(found)
    assert not [secret for _, secret in found if secret == "Zx9Lm2Qv7Tk4Wr8Np3Hb"]  # (the developer strategy takes no secret)
    script = ('Set net = CreateObject("WScript.Network")\n'
              'net.MapNetworkDrive "S:", "\\\\files01\\staff", False, "ACME\\scan", "Kx3vRq9#mTz6wNp2" \' scanner share\n'
              'net.MapNetworkDrive "T:", "\\\\files01\\team", False, "ACME\\scan", strPassword \' from the prompt\n')
    assert [(line, secret) for line, _, secret in _blocked(engine, "logon/map.vbs", script)] == [(2, "Kx3vRq9#mTz6wNp2")]


def test_an_echoed_ftp_script_goes_on_past_blank_lines_and_remarks(engine: Engine) -> None:
    script = ("@echo off\necho open ftp.partner.example> ftp.txt\n\nrem the feed account\necho feed_upload>> ftp.txt\n"
              "echo Tahoe#Rogue994>> ftp.txt\necho bye>> ftp.txt\nftp -s:ftp.txt\n")
    assert [(line, secret) for line, _, secret in _blocked(engine, "jobs/feed.cmd", script)] == [(6, "Tahoe#Rogue994")]
    # (a password the script takes from the environment: none)
    other = script.replace("echo Tahoe#Rogue994>> ftp.txt", "echo %FEED_PASS%>> ftp.txt")
    assert _blocked(engine, "jobs/feed.cmd", other) == []
