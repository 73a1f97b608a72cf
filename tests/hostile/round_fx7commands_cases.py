"""Hostile text for round 7's command-line reads (kinds/_command_lines.py): literals piped into login tools,
Samba's `-U user%password`, FreeIPA's installers, kcadm's list-valued settings, occ settings, rabbitmqctl through
a variable, expect answers, password files written by here-documents and echoes, a tool's options variable. One
256 KB line repeating each form, or thousands of such lines, every value different, then a planted Telegram token
the scan must reach. Generated fakes only."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _drawn(number: int, length: int) -> str:
    return drawn("fx7commands", number, length, _ALNUM)


def _spaced(number: int) -> str:
    value = _drawn(number, 24)
    return " ".join(value[start:start + 4] for start in range(0, 24, 4))


CASES: List[HostileCase] = [
    fragment_line_case("fx7-piped-realm-joins", "join.sh", lambda n: f"echo '{_drawn(n, 14)}' | realm join -U u{n} d{n}.example; "),
    fragment_line_case("fx7-piped-never-a-tool", "join.sh", lambda n: f"echo '{_drawn(n, 14)}' | "),
    fragment_line_case("fx7-samba-users", "samba.sh", lambda n: f"net ads join -U 'u{n}%{_drawn(n, 14)}' "),
    fragment_line_case("fx7-ipa-options", "ipa.sh", lambda n: f"ipa-server-install -p {_drawn(n, 14)} -a {_drawn(n + 1, 14)} "),
    fragment_line_case("fx7-listed-settings", "kc.sh", lambda n: f"-s 'config.bindCredential=[\"{_drawn(n, 18)}\"]' "),
    fragment_line_case("fx7-occ-settings", "nc.sh", lambda n: f"$OCC ldap:set-config s{n} ldapAgentPassword '{_drawn(n, 14)}'; "),
    fragment_line_case("fx7-rabbit-variable", "rabbitmqctl.mk", lambda n: f"$(CTL) add_user u{n} '{_drawn(n, 14)}' && "),
    fragment_line_case("fx7-options-variable", "Containerfile",
                       lambda n: f'IPA_SERVER_INSTALL_OPTS="-U -p {_drawn(n, 14)} --setup-dns" '),
    fragment_line_case("fx7-application-passwords", "wp.sh", lambda n: f'curl --user "u{n}:{_spaced(n)}" '),
    fragment_line_case("fx7-user-and-passwords", "run.sh", lambda n: f"--user u{n} --password {_drawn(n, 14)} "),
    fragment_line_case("fx7-echo-to-password-files", "pw.sh", lambda n: f"echo '{_drawn(n, 14)}' > /etc/p{n}/password; "),
    many_lines_case("fx7-expect-responses", "join.yml", "- ansible.builtin.expect:\n    command: realm join\n    responses:\n",
                    # (a thousand: any password line is read by many readers, whose cost this is not)
                    lambda n: f'      "Password for u{n}": "{_drawn(n, 14)}"\n', count=1_000),
    many_lines_case("fx7-heredoc-password-files", "files.sh", "",
                    lambda n: f"cat > /etc/p{n}/password <<EOF\n{_drawn(n, 14)}\nEOF\n"),
    many_lines_case("fx7-continued-ipa", "ipa.sh", "",
                    lambda n: f"ipa-server-install -U \\\n  -a {_drawn(n, 14)} \\\n  --setup-dns\n"),
]
