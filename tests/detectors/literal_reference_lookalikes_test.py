"""Forms read after blind round 8 (kinds/_reference_lookalikes.py): a Spring property placeholder's
literal default under a credential's name, and a PHP single-quoted password opening with `$`, each
beside its decoys (no default, an empty or nested one, a plain name's default, a template's
upper-case variable). Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"

TRUE_FORMS = [
    ("src/main/java/com/shop/RelayConfig.java", '    @Value("${relay.password:Gale!Thicket5520}")\n    private String password;\n', 1,
     "Gale!Thicket5520"),
    ("src/main/kotlin/shop/Sms.kt", '    @Value("\\${sms.auth-token:6b2e9d4a1f7c3e8b0a5d2f9c7e1b4a3d}")\n    lateinit var token: String\n', 1,
     "6b2e9d4a1f7c3e8b0a5d2f9c7e1b4a3d"),
    ("src/main/resources/application.properties", "sms.auth-token=${SMS_AUTH_TOKEN:8e3c1a9f5d7b2e4c6a0f8d1b3e5c7a9f}\n", 1,
     "8e3c1a9f5d7b2e4c6a0f8d1b3e5c7a9f"),
    ("lists/config/config.php", "<?php\n$phpmailer_smtppassword = '$Lq7Wz2Kx9Vm4Rt';\n", 2, "$Lq7Wz2Kx9Vm4Rt"),
    ("wp-config.php", "<?php\ndefine('SMTP_PASS', '$Hb5Nc8Xq2Zr7Wk');\n", 2, "$Hb5Nc8Xq2Zr7Wk"),
    ("config/mail.php", "<?php\nreturn ['smtp' => ['password' => '$Tk4Vz9Lq2Wm8Xr']];\n", 2, "$Tk4Vz9Lq2Wm8Xr"),
]

DECOYS = [
    ("src/main/java/com/shop/PushConfig.java", '    @Value("${push.api-key}")\n    private String apiKey;\n'
     '    @Value("${push.endpoint:https://push.example.com/v1}")\n    private String endpoint;\n'
     '    @Value("${push.sender:ShopAlerts}")\n    private String sender;\n'),
    ("src/main/resources/application.properties", "spring.mail.password=${MAIL_PASSWORD:}\n"
     "spring.datasource.password=${DB_PASSWORD:${LEGACY_DB_PASSWORD}}\napp.secret=${APP_SECRET:changeme}\n"),
    ("docker/config.php.tpl", "<?php\n$db_password = '$DB_PASSWORD';\n"),
    ("config/config.php", "<?php\n$db_password = '$DB_PASSWORD';\n$greeting = '$Lq7Wz2Kx9Vm4Rt';\n$smtp_password = '$password';\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
