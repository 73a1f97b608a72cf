"""Forms read after blind round 8 (kinds/_command_lines.py): secrets on command lines. Localization CLIs'
tokens (lokalise2, tx, crowdin, phrase), espota's --auth, Yocto's usermod/useradd -P, a login's key operand
(wandb login, ngrok authtoken, snyk auth), deployment environment setters (balena env add, heroku config:set,
fly secrets set) and dvc remote settings judged under their names, a Windows scheduled task's XML arguments
read as its command's line, curl's -u with a literal `$` in the password or an API key with no password, a
tool's token given a variable assigned a literal just above, an Azure SAS signature after an escaped `&amp;`.
Each beside its decoys (the kind's samples hold more). Generated values."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
TASK = ("<Task>\n  <Actions Context=\"Author\">\n    <Exec>\n      <Command>{command}</Command>\n"
        "      <Arguments>{arguments}</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n")
TRUE_FORMS = [
    ("i18n/pull.sh", "lokalise2 --token 3e8b1d6f9a2c5e7b0d4f8a1c3e6b9d2f5a7c0e4b --project-id 1.2 file download\n", 1,
     "3e8b1d6f9a2c5e7b0d4f8a1c3e6b9d2f5a7c0e4b"),
    # (an API v2 token: a v3 `1/<40 hex>` is the service kind's, proven by its shape where tx is named)
    ("i18n/push.sh", "tx init --token Qm7rT2vK9xLp4Wz8Nc3bJ6yHd1Fs5Ga0Ue7iRo2V --no-interactive\n", 1,
     "Qm7rT2vK9xLp4Wz8Nc3bJ6yHd1Fs5Ga0Ue7iRo2V"),
    ("ota.sh", "python3 espota.py -i 10.4.0.12 -p 3232 -a Walnut!Comet6603 -f fw.bin\n", 1, "Walnut!Comet6603"),
    ("conf/local.conf", 'INHERIT += "extrausers"\nEXTRA_USERS_PARAMS = "useradd -P \'Lichen#Basalt2718\' svc;"\n', 2,
     "Lichen#Basalt2718"),
    ("jobs/finetune.sbatch", "#SBATCH --gres=gpu:1\nwandb login --relogin 2b7e4c9a1f6d3e8b0c5a7d2f9e4b1c6a8d3f0e5b\n", 2,
     "2b7e4c9a1f6d3e8b0c5a7d2f9e4b1c6a8d3f0e5b"),
    ("fleet.sh", "balena env add WIFI_PASSPHRASE 'Harbor$Quill4471' --fleet acme/scanners\n", 1, "Harbor$Quill4471"),
    ("Makefile", "remote:\n\tdvc remote modify --local $(R) password Zt8Kq2Lm7Xv4Rw9N\n", 2, "Zt8Kq2Lm7Xv4Rw9N"),
    ("deploy.sh", "heroku config:set SMTP_PASSWORD=Pebble#Vortex3318 -a shop\n", 1, "Pebble#Vortex3318"),
    ("Tasks/Nightly Backup", TASK.format(command="sqlcmd.exe",
                                         arguments="-S SQL01 -U bak -P Cinder@Lagoon5562 -Q &quot;BACKUP DATABASE x&quot;"),
     5, "Cinder@Lagoon5562"),
    ("jobs/export.groovy", "steps {\n    shell('''\n        curl -fsS -u ops-ci:Meadow$Falcon7719 -T a.csv https://in.example.org/\n"
     "    '''.stripIndent())\n}\n", 3, "Meadow$Falcon7719"),
    ("api.sh", 'curl "https://api.example.com/v2/locales" \\\n  -u 6f1c8e3a9d2b5f7e0a4c6d8b1e3f5a7c9d0b2e4f6a8c1e3d5b7f9a0c2e4d6b8f:\n', 2,
     "6f1c8e3a9d2b5f7e0a4c6d8b1e3f5a7c9d0b2e4f6a8c1e3d5b7f9a0c2e4d6b8f"),
    ("i18n.sh", "export LK_KEY=9a3d6f1c8e2b5a7d0f4c9e1b3a6d8f2c5e7b0a4d\nlokalise2 --token \"$LK_KEY\" file download\n", 1,
     "9a3d6f1c8e2b5a7d0f4c9e1b3a6d8f2c5e7b0a4d"),
]
SIGNATURE = "Vq7Lm2Rt9Xk4Wp8Nz3BcHd6Jf0Gs5Ak1Xm8Vq4Tz2Ry%3D"
DECOYS = [
    ("i18n.sh", "tx --token ${{ secrets.TX_TOKEN }} push -s\ncrowdin upload -T %CROWDIN_TOKEN%\nlokalise2 --token <token> file download\n"),
    ("i18n.sh", "export LOKALISE_TOKEN=your_token_here\nlokalise2 --token \"$LOKALISE_TOKEN\" file download\n"),
    ("ota.sh", "python espota.py -i 10.0.0.5 -a \"$OTA_PASSWORD\" -f fw.bin\n"),
    ("conf/local.conf", "EXTRA_USERS_PARAMS = \"usermod -p '\\$6\\$Qz8x\\$Lk2' root; usermod -P '${ROOT_PW}' root;\"\n"),
    ("job.sbatch", "wandb login\nwandb login $WANDB_API_KEY\nwandb login --relogin --host https://wandb.example.com\n"),
    ("fleet.sh", 'balena env add WIFI_PSK "$PSK" --fleet acme/x\nbalena env add LOG_LEVEL debug --fleet acme/x\n'),
    ("Makefile", '\tdvc remote modify --local r password "$DVC_PW"\n\tdvc remote modify r url s3://bucket/dvc\n'),
    ("Tasks/Backup", TASK.format(command="sqlcmd.exe", arguments="-S db -U sa -P %SA_PW% -Q x")),
    ("c.sh", 'curl -u "$USER:$PASS" https://a.example\ncurl -u admin:$PASSWORD https://a.example\ncurl -u ci:pre$HOME https://a.example\n'
             'curl -u "$API_KEY:" https://a.example\ncurl -u user: https://a.example\n'),
    ("setup.sh", "ngrok authtoken <YOUR_AUTHTOKEN>\nsnyk auth\nheroku config:set DEBUG=false SECRET_KEY=$(openssl rand -hex 32)\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_sas_signature_after_an_escaped_ampersand_blocks(engine: Engine) -> None:
    arguments = (f"copy &quot;C:\\logs\\*&quot; &quot;https://acct.blob.core.windows.net/logs?sv=2022-11-02&amp;sp=rw"
                 f"&amp;se=2026-01-01T00:00:00Z&amp;sig={SIGNATURE}&quot; --recursive")
    found: List[str] = [secret for _, _, secret in _blocked(engine, "Tasks/Upload.xml", TASK.format(command="azcopy.exe", arguments=arguments))]
    assert SIGNATURE in found


def test_a_documented_tool_token_is_read(engine: Engine) -> None:
    # (documentation's command lines: reported under the documentation rule, _documented_confidence)
    text = ("Pull the strings:\n\n.. code-block:: bash\n\n   export LK=4d8a1f6c3e9b2d7f0a5c8e1b4d6f9a2c7e0b3d5f\n"
            "   lokalise2 --token \"$LK\" file download\n")
    assert any(finding.secret == "4d8a1f6c3e9b2d7f0a5c8e1b4d6f9a2c7e0b3d5f" for finding in engine.scan_text("docs/howto/i18n.rst", text))
