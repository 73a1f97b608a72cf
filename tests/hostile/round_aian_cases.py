"""Hostile text for issue 14's round AI-AN reads (web3 keys, seed phrases and RPC URLs; vendor keys
asked whether their service is named; proxy lists, sessions, cookies and browser logins; gateway
names, login checks and widget keys; counting-up and marked placeholders): one 256 KB line repeating
each form, or thousands of lines of it, every value different and generated-looking (a repeated
value would be judged once, a patterned one refused early), then a planted Telegram token. The scan
must reach it (and report it); benchmarks/hostile.py times them. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import HEX, drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# Twelve words of the BIP39 English list (a seed phrase's vocabulary), rotated per fragment.
_WORDS = ("orbit", "velvet", "canyon", "drift", "maple", "quiz", "salmon", "tribe", "umbrella", "wagon", "zebra", "lunar")


def _drawn(number: int, length: int, alphabet: str = HEX) -> str:
    return drawn("aian", number, length, alphabet)


def _phrase(number: int) -> str:
    return " ".join(_WORDS[(number + position * 5) % len(_WORDS)] for position in range(12))


CASES: List[HostileCase] = [
    # web3
    fragment_line_case("aian-private-key-names", ".env", lambda n: f"PRIVATE_KEY=0x{_drawn(n, 64)} "),
    fragment_line_case("aian-wallet-calls", "deploy.py", lambda n: f'Account.from_key("0x{_drawn(n, 64)}") '),
    fragment_line_case("aian-accounts-lists", "hardhat.config.js", lambda n: f'accounts: ["0x{_drawn(n, 64)}", '),
    fragment_line_case("aian-mnemonic-words", "wallet.env", lambda n: f'MNEMONIC="{_phrase(n)}" '),
    fragment_line_case("aian-bare-words", "notes.md", lambda n: f"seed phrase: {_phrase(n)} "),
    fragment_line_case("aian-rpc-urls", "networks.py", lambda n: f"https://mainnet.infura.io/v3/{_drawn(n, 32)} "),
    fragment_line_case("aian-explorer-keys", "foundry.toml",
                       lambda n: f'etherscan = "{_drawn(n, 34, _ALNUM[:26] + _ALNUM[52:])}" '),
    fragment_line_case("aian-base58-keys", "keys.py", lambda n: f'secret = "{_drawn(n, 88, _BASE58)}" '),
    fragment_line_case("aian-byte-array-never-closed", "id.json", lambda n: f"{n % 256},"),
    many_lines_case("aian-hex-lines", "keys.txt", "private keys:\n", lambda n: f"0x{_drawn(n, 64)}\n"),
    # vendor keys, each asking whether its service is named
    fragment_line_case("aian-vendor-sk-keys", "payments.py", lambda n: f"sk_{_drawn(n, 30, _ALNUM[26:])} "),
    fragment_line_case("aian-vendor-mollie-keys", "shop.py", lambda n: f"live_{_drawn(n, 30, _ALNUM)} "),
    fragment_line_case("aian-vendor-klaviyo-keys", "crm.py", lambda n: f"pk_{_drawn(n, 34, _ALNUM[26:])} "),
    fragment_line_case("aian-vendor-claims", "compose.yml", lambda n: f"claim-{_drawn(n, 20, _ALNUM)} "),
    fragment_line_case("aian-vendor-master-keys", "config.yaml", lambda n: f"master_key: sk-{_drawn(n, 24, _ALNUM)} "),
    fragment_line_case("aian-vendor-signatures", "nvp.py", lambda n: f"SIGNATURE=A{_drawn(n, 55, _ALNUM)} "),
    # proxies, sessions, cookies, browser logins
    fragment_line_case("aian-proxy-list-line", "proxies.txt",
                       lambda n: f"10.{n % 250}.{n % 199}.7:8080:u{n}:{_drawn(n, 12, _ALNUM)} "),
    fragment_line_case("aian-proxy-urls", "settings.py",
                       lambda n: f"proxy http://u{n}:{_drawn(n, 12, _ALNUM)}@gate{n}.example.net:8000 "),
    many_lines_case("aian-proxy-file-lines", "proxies/list.txt", "",
                     lambda n: f"gw{n}.proxy.net:7000:user{n}:{_drawn(n, 14, _ALNUM)}\n"),
    many_lines_case("aian-cookie-jar-rows", "cookies.txt", "# Netscape HTTP Cookie File\n",
                     lambda n: f".site{n}.com\tTRUE\t/\tTRUE\t0\tsessionid\t{_drawn(n, 32)}\n"),
    fragment_line_case("aian-send-keys", "login.py",
                       lambda n: f'driver.find_element(By.ID, "password").send_keys("{_drawn(n, 12, _ALNUM)}") '),
    fragment_line_case("aian-string-sessions", "bot.py",
                       lambda n: f'StringSession("1B{_drawn(n, 300, _ALNUM + "-_")}=") '),
    # names, calls and decoys
    fragment_line_case("aian-login-checks", "app.py",
                       lambda n: f'user == "u{n}" and password == "{_drawn(n, 12, _ALNUM)}" and '),
    fragment_line_case("aian-key-calls", "client.py", lambda n: f'Auth.api_key("{_drawn(n, 40, _ALNUM)}") '),
    fragment_line_case("aian-merchant-salts", "payu.py", lambda n: f"MERCHANT_SALT = '{_drawn(n, 32, _ALNUM)}'; "),
    many_lines_case("aian-widget-keys", "services.yaml", "- group:\n",
                     lambda n: f"    - widget:\n        url: http://h{n}:8989\n        key: {_drawn(n, 32)}\n"),
    fragment_line_case("aian-counting-up", "cloudflare.ini", lambda n: "dns_token = 0123456789abcdef0123456789 "),
    fragment_line_case("aian-marked-changeme", "compose.yml", lambda n: f"REDIS_AUTH: word{n} # CHANGEME "),
]
