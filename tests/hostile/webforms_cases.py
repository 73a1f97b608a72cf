"""Hostile inputs for the web agency's forms (kinds/_web_forms.py): 200 KB lines of each form's head
(a salt's name without separators, `env = A=`, `fastcgi_param` and `proxy_set_header` with a blank
run, `lftp -u a,b`, a cron line's `?key=` URLs, gem sources' `://` userinfo, package managers'
credential commands, a Dockerfile's `ENV`, Magento 1's `<key>` before blanks) and
thousands of Magento `'crypt' =>` openers, each then a real credential. Each ends quickly and as it
must; the planted secret is never printed. Every secret is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
HEX_KEY = "5b1c0d4f8a6e2b9c7d3f1a5e8c4b1e0f"  # generated
HEAD = 200 * 1024  # (bytes of the repeated head on one line)
FOUND = "Literal Credential"
KEYWORD = "Secret Keyword"  # (a directive's value: detect-secrets' keyword hit, read as the directive's assignment)
CLEAN = "no new secrets"


CASES: List[HostileCase] = [
    # a salt's word read back to its key's start, from each of thousands on a line with no separator
    HostileCase("webforms-salt-run-line", _scan("web/sites/default/settings.php", lambda: b"<?php\n$" + b"hash_salt" * (HEAD // 9)
                                                + f"\n$settings['hash_salt'] = '{PASSWORD}';\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-salt-assignments-line", _scan("wp-config.php", lambda: b"<?php\n" + b"define('NONCE_SALT', 'a'); " * (HEAD // 27)
                                                        + b"\n"), 0, CLEAN),
    HostileCase("webforms-directive-blanks", _scan("nginx/php.conf", lambda: b"fastcgi_param DB_PASSWORD x" + b" " * HEAD + b"y\n"
                                                   + f'fastcgi_param HOOK_SECRET "{PASSWORD}";\n'.encode()),
                1, KEYWORD, secrets=(PASSWORD,)),
    HostileCase("webforms-env-heads-line", _scan("uwsgi.ini", lambda: b"[uwsgi]\nenv = " + b"A=" * (HEAD // 2) + b"\n"
                                                 + f"env = HOOK_SECRET={PASSWORD}\n".encode()),
                1, KEYWORD, secrets=(PASSWORD,)),
    HostileCase("webforms-lftp-users-line", _scan(".gitlab-ci.yml", lambda: b"script:\n  - " + b"lftp -u a,b " * (HEAD // 12) + b"\n"
                                                  + f"  - lftp -u deploy,'{PASSWORD}' ftp.acme.io\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-cron-urls-line", _scan("ops/crontab", lambda: b"0 * * * * curl " + b"https://a.io/?key=b&" * (HEAD // 20)
                                                 + f"\n0 * * * * curl 'https://a.io/cron.php?cron_key={PASSWORD}'\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-userinfo-line", _scan("Gemfile", lambda: b'source "' + b"https://a:b" * (HEAD // 11) + b'"\n'
                                                + b'source "https://3f9a1c7e:b4d20e8f@gems.contribsys.com/"\n'),
                1, FOUND, secrets=("b4d20e8f",)),
    HostileCase("webforms-crypt-openers", _scan("app/etc/env.php", lambda: b"<?php\nreturn [\n" + b"    'crypt' => [\n" * 20_000
                                                + f"        'key' => '{HEX_KEY}'\n    ],\n];\n".encode()),
                1, FOUND, secrets=(HEX_KEY,)),
    HostileCase("webforms-header-blanks", _scan("nginx/api.conf", lambda: b"proxy_set_header X-Api-Key a" + b" " * HEAD + b"b\n"
                                                + f'proxy_set_header X-Api-Key "{PASSWORD}";\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-package-commands-line", _scan("ci.sh", lambda: b"poetry config http-basic.a b c " * (HEAD // 31) + b"\n"
                                                        + b"nuget add -Password " * (HEAD // 20) + b"\n"
                                                        + f"poetry config http-basic.acme ci '{PASSWORD}'\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-docker-env-line", _scan("Dockerfile", lambda: b"ENV A " + b"b " * (HEAD // 2) + b"\n"
                                                  + f"ENV HOOK_TOKEN {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("webforms-cdata-key-blanks", _scan("app/etc/local.xml", lambda: b"<crypt>\n" + (b"<key>a" + b" " * 500) * (HEAD // 506)
                                                   + b"\n" + f"<crypt><key><![CDATA[{HEX_KEY}]]></key></crypt>\n".encode()),
                1, FOUND, secrets=(HEX_KEY,)),
]
