"""Hostile text for blind round AY's mail and chat reads (kinds/_mail_configs.py): one 256 KB line
repeating each form, or thousands of lines of it, every value different and generated-looking, then a
planted Telegram token. The scan must reach it (and report it); each finishes in seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BASE64 = _ALNUM + "+/"


def _drawn(number: int, length: int, alphabet: str = _ALNUM) -> str:
    return drawn("fixmail", number, length, alphabet)


CASES: List[HostileCase] = [
    # Postfix's SASL map (every line read by the file's name), main.cf's static map
    many_lines_case("fixmail-sasl-map-lines", "etc/postfix/sender_sasl_passwd", "",
                     lambda n: f"@d{n}.example   u{n}@d{n}.example:{_drawn(n, 14)}\n", 1_500),
    fragment_line_case("fixmail-static-maps", "main.cf",
                       lambda n: f"smtp_sasl_password_maps = static:u{n}:{_drawn(n, 14)} "),
    # Dovecot's plaintext schemes, Exim's server conditions, IRC link passwords
    fragment_line_case("fixmail-plain-schemes", "dovecot-users", lambda n: f"u{n}:{{PLAIN}}{_drawn(n, 12)}:5000:5000:: "),
    fragment_line_case("fixmail-auth-conditions", "exim.conf", lambda n: f"{{eq{{$auth3}}{{{_drawn(n, 12)}}}}} "),
    fragment_line_case("fixmail-link-passwords", "links.conf", lambda n: f'sendpass="{_drawn(n, 24)}" recvpass="{_drawn(n + 1, 24)}" '),
    many_lines_case("fixmail-znc-servers", "znc/configs/znc.conf", "<User u>\n",
                     lambda n: f"        Server = irc{n}.example +6697 {_drawn(n, 18)}\n", 1_500),
    # Exim's passwd.client, Synapse's signing keys, docker-mailserver's commands
    many_lines_case("fixmail-passwd-client-lines", "etc/exim4/passwd.client", "",
                     lambda n: f"smtp{n}.example:u{n}:{_drawn(n, 16)}\n", 1_500),
    fragment_line_case("fixmail-signing-keys", "homeserver.signing.key",
                       lambda n: f"ed25519 a_{_drawn(n, 4)} {_drawn(n, 42, _BASE64)}A "),
    fragment_line_case("fixmail-setup-commands", "Makefile",
                       lambda n: f"setup email add u{n}@d.example '{_drawn(n, 14)}'; "),
]
