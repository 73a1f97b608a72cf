"""Hostile inputs for the references read after blind rounds Y, Z and AA (issue 14): each form's
head repeated along a 200 KB line (Symfony's `%env(`, Mule's `![`, a Vault path's `kv/data/`,
nginx's `fastcgi_pass unix:/`, a log record's `sessionId=`), and a Nuxt public runtime config of
many keys (each value's parents read up to a bound; the heuristics' warnings stay, and `scan` exits 1
on them: a path of thousands of segments is no store's path either). Each must end as it should, in time linear in
its size; the planted token (archives_cases') is found beside the references."""
from __future__ import annotations

from typing import List

from tests.hostile.archives_cases import TOKEN
from tests.hostile.carrier_calls_cases import CLEAN, FOUND, LINE, _repeated, _scan
from tests.hostile.case import HostileCase, sized

# (in the suite a quarter: still far past credential_keys._PUBLIC_CONFIG_READ, the 60 lines above a value where
# its config's `public` and `runtimeConfig` keys are looked for)
_PUBLIC_KEYS = sized(2_000, 500)
# The warnings `scan` still reports (and exits 1 on): a heuristic's, on values no rule calls a credential.
KEYWORD_WARNING = "Secret Keyword"

CASES: List[HostileCase] = [
    HostileCase("references-beside-a-token", _scan("config/app.yaml", lambda: (
        b"db:\n  password: '%env(file:DATABASE_PASSWORD_FILE)%'\n  secret: \"![s+TH/3DO393la7gfgyHPN2S1+9QG1H]\"\n"
        b"  token: \"{{ lookup('hashi_vault', 'secret=kv/data/app:token') }}\"\n  bot: " + TOKEN.encode() + b"\n")),
        1, FOUND, secrets=(TOKEN,)),
    HostileCase("symfony-env-head-repeated", _scan("config/services.yaml", lambda: b"  password: '"
                                                    + _repeated(b"%env(file:", b")%'\n")), 0, CLEAN),
    HostileCase("mule-ciphertext-head-repeated", _scan("config-prod.yaml", lambda: b'  password: "'
                                                        + _repeated(b"![", b']"\n')), 0, CLEAN),
    HostileCase("vault-path-repeated", _scan("group_vars/all.yml", lambda: b"token: \"{{ lookup('hashi_vault', 'secret="
                                              + _repeated(b"kv/data/", b"x:token') }}\"\n")), 1, KEYWORD_WARNING),
    HostileCase("nginx-upstream-repeated", _scan("sites-available/shop.conf", lambda: b"    fastcgi_pass "
                                                  + _repeated(b"unix:/run/", b"php.sock;\n")), 0, CLEAN),
    HostileCase("logged-session-ids-repeated", _scan("logs/app.log", lambda: b"2024-06-11 02:00:03 DEBUG "
                                                      + _repeated(b"sessionId=", b"99cf176aec0ad78734b24097cc596335\n")),
                0, CLEAN),
    HostileCase("nuxt-public-config-flood", _scan("nuxt.config.ts", lambda: (
        b"export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n"
        + b"".join(b"      apiKey%d: 'ba1cda3199b04c6e8f2d7a5e9c1b%04x',\n" % (n, n) for n in range(_PUBLIC_KEYS))
        + b"    },\n  },\n})\n")), 1, KEYWORD_WARNING),
]
