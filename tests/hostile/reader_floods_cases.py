"""Hostile inputs for the literal kind's newer readers (kinds/_config_forms.py, _enterprise_forms.py,
_command_lines.py, _code_calls.py): one line of 20,000 distinct generated values in each reader's
form (5,000 in the suite; a findings flood: each line reports at most a line's cap, and the engine's twin check stays
linear), a line of NuGet feed-keyed `<add>` settings outside `<apikeys>` (asked once a line whether
it stands in one), a shell script of thousands of continued lines naming tools (each continuation line read
once, not once for every tool line above it), and a file of lines packed with unclosed call
heads (each call's arguments found without walking its 2 KB window). Each ends as it
must; the planted secrets are never printed. Every secret is generated."""
from __future__ import annotations

from typing import Callable, List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
FLOOD = sized(20_000, 5_000)  # values on the one line (a line reports at most MAX_FINDINGS_A_LINE, 64)
FOUND = "Literal Credential"


def generated_value(number: int) -> str:
    """A distinct generated-looking value (16 characters, letters and digits)."""
    return f"Hv{number:06d}Qz7Lm2Kt"


def _line(form: Callable[[str], str], count: int = FLOOD) -> Callable[[], bytes]:
    return lambda: ("".join(form(generated_value(number)) for number in range(count)) + "\n").encode()


# (a 200 KB run of tool names a line, each line continued: 16 tools read 20 lines below it before)
_TOOLS = ("keytool signtool sshpass sqlcmd bcp mosquitto_pub mosquitto_sub mosquitto_rr ipmitool jarsigner openssl "
          "check_http check_curl smbclient osslsigncode psexec \\\n")
# (16 call heads a line, none closed: every call's first argument ran to its 2 KB window's end)
_HEADS = "NetworkCredential(" * 16 + "\n"


def _continued_tools_lines(count: int, name: str = "readers-continued-tools-lines") -> HostileCase:
    return HostileCase(name, _scan("sign.sh", lambda: (
        _TOOLS * (count // len(_TOOLS)) + f"keytool -genkeypair -alias release \\\n  -storepass {PASSWORD}\n").encode()),
                       1, FOUND, secrets=(PASSWORD,))


def _call_heads_lines(count: int, name: str = "readers-call-heads-lines") -> HostileCase:
    return HostileCase(name, _scan("Deploy.cs", lambda: (
        _HEADS * (count // len(_HEADS)) + f'var c = new NetworkCredential("deploy", "{PASSWORD}");\n').encode()),
                       1, FOUND, secrets=(PASSWORD,))


# Bytes of the floods of lines in the suite; the benchmark runs the full megabyte (BENCHMARK_ONLY_CASES). The suite's
# is still far past where a loop reading on from each line would show.
SUITE_BYTES = 256 * 1024
FULL_BYTES = 1024 * 1024

CASES: List[HostileCase] = [
    HostileCase("readers-edn-values-line", _scan("profiles.clj", _line(lambda value: f':password "{value}" ')),
                1, FOUND, secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-fetchmail-values-line", _scan(".fetchmailrc", _line(lambda value: f"password '{value}' ")),
                1, FOUND, secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-nuget-add-values-line", _scan("NuGet.Config", _line(
        lambda value: f'<add key="ClearTextPassword" value="{value}" />')), 1, FOUND, secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-sam-overrides-values-line", _scan("samconfig.toml", lambda: (
        'parameter_overrides = "' + " ".join(f"DbPassword{n}={generated_value(n)}" for n in range(FLOOD)) + '"\n').encode()),
                1, "Database Credential", secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-jcl-passwords-line", _scan("jobs/nightly.jcl", lambda: (
        "//NIGHTLY JOB (ACCT)" + "".join(f",PASSWORD=P{n:05d}XY" for n in range(FLOOD)) + "\n").encode()),
                1, FOUND, secrets=("P00000XY", f"P{FLOOD - 1:05d}XY")),
    HostileCase("readers-perl-quoted-values-line", _scan("lib/Conf.pm", _line(lambda value: f"password => q{{{value}}}, ")),
                1, FOUND, secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-ssis-properties-line", _scan("etl/load.dtsx", _line(
        lambda value: f'<DTS:Property DTS:Name="Password">{value}</DTS:Property>')), 1, FOUND,
                secrets=(generated_value(0), generated_value(FLOOD - 1))),
    HostileCase("readers-setter-pairs-line", _scan("mqtt_client.py", _line(
        lambda value: f'c.username_pw_set("ops", "{value}"); ')), 1, FOUND, secrets=(generated_value(0), generated_value(FLOOD - 1))),
    # a line of feed-keyed settings out of any <apikeys>: each asked whether the line is in one, reading it whole
    HostileCase("readers-nuget-feed-keys-line", _scan("web.config", lambda: (
        "".join(f'<add key="https://feed.acme.io/{generated_value(n)}" value="{generated_value(n)}" />' for n in range(FLOOD))
        + f'\n<add key="ClearTextPassword" value="{PASSWORD}" />\n').encode()), 1, "Secret Keyword", secrets=(PASSWORD,)),
    # a megabyte of continued tool lines (a quarter in the suite), then a real command continued with its password below
    _continued_tools_lines(SUITE_BYTES),
    # a megabyte of unclosed call heads (a quarter in the suite), then a real call
    _call_heads_lines(SUITE_BYTES),
]

BENCHMARK_ONLY_CASES: List[HostileCase] = [
    _continued_tools_lines(FULL_BYTES, "readers-continued-tools-lines-full"),
    _call_heads_lines(FULL_BYTES, "readers-call-heads-lines-full"),
]
