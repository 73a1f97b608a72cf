"""Hostile text for round 7's directory and role-file reads (OpenLDAP's `credentials=`, LDIF's base64
passwords, Kerberos keytabs, rsync's and davfs2's secrets, Jetty's realm, JAAS `user_<name>`, FIX's
tag 554, plural password lists, Erlang cookies, PHP keys with blanks): one 256 KB line repeating each
form, or thousands of lines of it, every value different and generated-looking, then a planted
Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

import base64
from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, drawn, many_lines_case

_SYMBOLS = ALNUM + "!#%*+-.:;<=>?@[]^_~ "


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fx7configs", number, length, alphabet)


def _keytab(number: int) -> str:
    return base64.b64encode(b"\x05\x02" + _drawn(number, 58).encode()).decode()


def _ldif(number: int) -> str:
    return base64.b64encode(f"{_drawn(number, 6)}#{_drawn(number + 1, 9)}".encode()).decode()


CASES: List[HostileCase] = [
    fragment_line_case("fx7-bind-credentials", "slapd.conf", lambda n: f"bindmethod=simple credentials={_drawn(n, 18)} "),
    many_lines_case("fx7-syncrepl-lines", "ldap/slapd.conf", "syncrepl rid=001\n",
                    lambda n: f'  binddn="cn=r{n},dc=x"\n  credentials="{_drawn(n, 20)}"\n'),
    many_lines_case("fx7-ldif-rootpw", "ldap/rootpw.ldif", "dn: cn=config\n", lambda n: f"olcRootPW:: {_ldif(n)}\n"),
    fragment_line_case("fx7-keytabs", "keytab-secret.yaml", lambda n: f"a.keytab: {_keytab(n)} "),
    fragment_line_case("fx7-jaas-users", "kafka_server_jaas.conf", lambda n: f'user_u{n}="{_drawn(n, 20)}" '),
    many_lines_case("fx7-rsync-secrets", "roles/rsyncd.secrets", "# user:password\n", lambda n: f"u{n}:{_drawn(n, 18)}\n"),
    many_lines_case("fx7-davfs2-secrets", "etc/davfs2/secrets", "# url user password\n",
                    lambda n: f"https://h{n}.example.net/dav  u{n}  {_drawn(n, 16)}\n"),
    many_lines_case("fx7-jetty-realm", "conf/jetty-realm.properties", "# user: password, role\n",
                    lambda n: f"u{n}: {_drawn(n, 14)}, admin\n"),
    fragment_line_case("fx7-fix-logon", "FIX.4.4-A-B.messages.log", lambda n: f"8=FIX.4.4\x0135=A\x01554={_drawn(n, 14)}\x01"),
    fragment_line_case("fx7-password-lists", "docker-compose.yml", lambda n: f"KAFKA_CLIENT_PASSWORDS={_drawn(n, 14)}#A1," ),
    fragment_line_case("fx7-erlang-cookies", ".env", lambda n: f"RABBITMQ_ERLANG_COOKIE={_drawn(n, 20, ALNUM[:26])} "),
    fragment_line_case("fx7-blank-keys", "wp-config.php", lambda n: f"define( 'AUTH_KEY', '{_drawn(n, 64, _SYMBOLS)}' ); "),
]
