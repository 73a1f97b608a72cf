"""The commit hook's start-up (issue 17): every commit imports every kind and runs the hook on a
few source files, so what such a run never needs is neither imported nor compiled. These tests
check the state (which modules are loaded, which patterns compiled), never a time: speed is
measured by benchmarks/speed.py."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.conftest import git, write

# Run in a fresh interpreter: in this one, other tests have imported and compiled everything.
# The last stdout line is what the probe saw, as JSON.
_CENSUS = """
def census():
    from secretfence.kinds import REGISTRY
    from secretfence.prefilter.spec import LazyPattern
    whole_files = {id(d.scan_whole_files) for d in REGISTRY.detectors() if d.scan_whole_files is not None}
    compiled, pending = [], []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("secretfence.kinds"):
            continue
        owners = [(name, vars(module))] + [(name + "." + k, vars(v)) for k, v in vars(module).items()
                                          if isinstance(v, type) and v.__module__ == name]
        for owner, namespace in owners:
            for attribute, value in namespace.items():
                if isinstance(value, LazyPattern) and id(value) not in whole_files:
                    (compiled if value.compiled else pending).append(owner + "." + attribute)
    return sorted(compiled), len(pending)
"""

# The prefilters' own regexes (the built-in plugins' and the kinds'): which of them a run compiled.
_PREFILTER_CENSUS = """
def prefilter_census():
    from secretfence.kinds import REGISTRY
    from secretfence.prefilter.search import SCANNER
    from secretfence.prefilter.spec import _STATIC, Headed, LazyPattern
    compiled, lazy = [], 0
    patterns = [(name, p) for name, spec in _STATIC.items() for p in (*spec.patterns, *spec.folded_patterns)]
    patterns += [(name + ".line_check", spec.line_check) for name, spec in _STATIC.items() if spec.line_check is not None]
    for detector in REGISTRY.detectors():
        patterns += [(detector.__name__, p) for p in (detector.keyword_pattern, *detector.folded_keyword_patterns) if p]
    for owner, pattern in patterns:
        if not isinstance(pattern, (Headed, LazyPattern)) or (isinstance(pattern, LazyPattern) and
                                                              not owner.endswith(".line_check")):
            continue  # a pattern without heads is searched in every text
        for part, regex in ([("regex", pattern.regex), ("verify", pattern.verify)] if isinstance(pattern, Headed)
                            else [("", pattern)]):
            if isinstance(regex, LazyPattern):
                lazy += 1
                if regex.compiled:
                    compiled.append(owner + (":" + part if part else "") + " " + str(regex.pattern))
    whole = [d for d in REGISTRY.detectors() if isinstance(d.scan_whole_files, LazyPattern)]
    return {"scanner": SCANNER is not None, "compiled": sorted(compiled), "lazy": lazy,
            "whole_files": len(whole), "whole_files_compiled": sorted(d.__name__ for d in whole if d.scan_whole_files.compiled)}
"""

# Garbage collections that ran while the command's module (and so everything it imports) was
# being imported (a frame of its module body is on the stack), and while the command set up its
# configuration, baseline and engine (commands._common._prepared).
_GC_WATCH = """
import gc
collected_in_import = []
collected_in_set_up = []

def watch(phase, info):
    frame = sys._getframe(1)
    while phase == "start" and frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == "secretfence.commands.scan":
            collected_in_import.append(info["generation"])
            break
        if frame.f_code.co_name == "_prepared" and frame.f_globals.get("__name__") == "secretfence.commands._common":
            collected_in_set_up.append(info["generation"])
            break
        frame = frame.f_back

gc.callbacks.append(watch)
"""

# Where the run called the builtin compile(): a process's first call builds the AST types (about
# 1 ms), and a typing subscription naming a class in quotes makes one (kinds._spec.Check).
_COMPILE_WATCH = """
import builtins
compile_callers = []
_real_compile = builtins.compile

def _watched_compile(source, *args, **kwargs):
    caller = sys._getframe(1)
    while caller is not None and caller.f_globals.get("__name__") in ("typing", "functools"):
        caller = caller.f_back
    module = caller.f_globals.get("__name__", "") if caller is not None else ""
    if not module.startswith(("importlib._bootstrap", "_frozen_importlib")):  # (importing a module without bytecode)
        compile_callers.append(module)
    return _real_compile(source, *args, **kwargs)

builtins.compile = _watched_compile
"""

# How many prefilters (Prefilters: each compiles its literals for the scanner) the run built.
_PREFILTERS_BUILT = """
from secretfence.prefilter.search import Prefilters
prefilters_built = []
_real_init = Prefilters.__init__

def _counting_init(self, *args, **kwargs):
    prefilters_built.append(1)
    _real_init(self, *args, **kwargs)

Prefilters.__init__ = _counting_init
"""

# The probe reports in JSON: json is taken out of sys.modules, so that a secretfence import of it shows.
HOOK_PROBE = "import json, sys\n[sys.modules.pop(m) for m in list(sys.modules) if m.split('.')[0] == 'json']\n" + \
    _CENSUS + _PREFILTER_CENSUS + _GC_WATCH + _COMPILE_WATCH + """
from secretfence.cli import main
""" + _PREFILTERS_BUILT + """
code = main(sys.argv[1:])
gc.callbacks.remove(watch)
compiled, pending = census()
print(json.dumps({"code": code, "modules": sorted(sys.modules), "compiled": compiled, "pending": pending,
                  "prefilters": prefilter_census(), "gc_in_import": collected_in_import,
                  "gc_in_set_up": collected_in_set_up,
                  "gc_enabled": gc.isenabled(), "prefilters_built": len(prefilters_built),
                  "compile_callers": compile_callers}))
"""

IMPORT_PROBE = "import json, re, sys\n" + _CENSUS + """
compiled_by = []
real_compile = re._compile

def recording(pattern, flags):
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("re"):
        frame = frame.f_back
    compiled_by.append((frame.f_globals.get("__name__", "") if frame else "", pattern))
    return real_compile(pattern, flags)

re._compile = recording
import secretfence.kinds
re._compile = real_compile
lazy_compiled, pending = census()

def sources(pattern):
    if pattern is None:
        return []
    regexes = [pattern.regex, pattern.verify] if hasattr(pattern, "heads") else [pattern]
    return [regex.pattern for regex in regexes if regex is not None]

prefilter = set()
for detector in secretfence.kinds.REGISTRY.detectors():
    for pattern in (detector.keyword_pattern, *detector.folded_keyword_patterns):
        prefilter.update(map(repr, sources(pattern)))
eager = sorted({repr(p) for module, p in compiled_by if module.startswith("secretfence.kinds")} - prefilter)
print(json.dumps({"eager": eager, "lazy_compiled": lazy_compiled, "pending": pending}))
"""

# Modules a hook run on plain source files has no use for: archive readers, TOML, OpenSSL's
# hashes, temporary files, the history reader; the standard library's dataclasses (and with it
# inspect, ast, dis, tokenize: secretfence._dataclass stands in); shutil, bz2 and lzma (argparse's
# formatter asks shutil for the terminal's width); urllib.parse and ipaddress (a database URI's
# user), stringprep and unicodedata (SASLprep, for --verify); base64, struct, string and json
# (below).
NOT_FOR_THE_HOOK = ("tarfile", "zipfile", "sqlite3", "tomllib", "tomli", "hashlib", "hmac",
                    "secrets", "tempfile", "secretfence.sources.archives", "secretfence.sources.git_history",
                    "secretfence.sources.tar_headers", "dataclasses", "inspect", "ast", "dis", "tokenize",
                    "shutil", "bz2", "lzma", "urllib.parse", "ipaddress", "stringprep", "unicodedata",
                    # the detectors' samples and the decoders (base64, struct), string's Template
                    # (it compiles a regex), and json: no baseline in these tests' repositories.
                    "base64", "struct", "string", "json")
# (zlib is the hook's: a staged blob is inflated from its loose object, sources/git_staged.py)


def probe(code: str, cwd: Path, *argv: str) -> Dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *argv], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.stderr == "", done.stderr
    result: Dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def stage_sources(repo: Path) -> List[str]:
    names = []
    for index in range(5):
        name = f"module{index}.py"
        write(repo / name, f'"""Module {index}."""\nimport os\n\nVALUE = {index}\nNAME = "module{index}"\n' * 8)
        names.append(name)
    git(repo, "add", *names)
    return names


def test_importing_the_kinds_compiles_only_their_prefilters(tmp_path: Path) -> None:
    """A kind's own patterns wait for a line its prefilter lets through (prefilter.spec.lazy_regex):
    importing every kind compiles nothing but what the engine's prefilter needs anyway."""
    seen = probe(IMPORT_PROBE, tmp_path)
    assert seen["eager"] == []
    assert seen["lazy_compiled"] == []
    assert seen["pending"] > 50  # the census sees the kinds' patterns (it would pass on none)


def test_the_hook_on_plain_source_files_compiles_no_kind_pattern_and_imports_no_reader(temp_git_dir: Path) -> None:
    names = stage_sources(temp_git_dir)
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", *names)
    assert seen["code"] == 0
    assert seen["compiled"] == []  # no line held any kind's keyword
    assert [name for name in NOT_FOR_THE_HOOK if name in seen["modules"]] == []
    # The plugins' prefilter only: the gates of the eager config transform wait for a text that
    # is not source code.
    assert seen["prefilters_built"] == 1


def test_the_hook_still_opens_a_staged_archive_and_compiles_what_a_hit_needs(temp_git_dir: Path) -> None:
    """The census can fail: a staged tarball is read (its readers imported) and the AWS kind's
    patterns compile for the key id inside it."""
    names = stage_sources(temp_git_dir)
    member = b'aws_access_key_id = "AKIAZ3MSJV4WWNKWW5FG"\n'  # pragma: allowlist secret
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("conf/settings.py")
        info.size = len(member)
        archive.addfile(info, io.BytesIO(member))
    (temp_git_dir / "vendor.tar.gz").write_bytes(buffer.getvalue())
    git(temp_git_dir, "add", "vendor.tar.gz")
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", "--format", "json", *names, "vendor.tar.gz")
    assert seen["code"] == 1
    assert "secretfence.sources.archives" in seen["modules"] and "tarfile" in seen["modules"]
    assert any(name.startswith("secretfence.kinds.aws.") for name in seen["compiled"])


def test_the_hook_on_plain_source_files_compiles_no_prefilter_regex_the_compiled_scanner_replaces(
        temp_git_dir: Path) -> None:
    """With the compiled scanner, a prefilter whose matches start with known literals (`Headed`)
    is found by its literals; its regex (and the one that confirms a head) waits for a text the
    pure-Python scan reads, or a head found. The same holds for the second-stage line checks."""
    names = stage_sources(temp_git_dir)
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", *names)
    census = seen["prefilters"]
    if not census["scanner"]:
        pytest.skip("no compiled scanner in this install: the pure-Python scan searches every prefilter regex")
    assert seen["code"] == 0
    assert census["compiled"] == []
    assert census["lazy"] >= 20  # the census sees the prefilters (it would pass on none)
    # Nor the file-name patterns of whole files (the literal kind's: 4 ms to compile): a name
    # holding none of a pattern's necessary literals is not searched (prefilter.name_guards).
    assert census["whole_files_compiled"] == []
    assert census["whole_files"] >= 4


def test_a_head_found_compiles_what_confirms_it(temp_git_dir: Path) -> None:
    """The census can fail: a staged file with a URL holding a user and password compiles the
    confirming regexes of the prefilters whose head `://` the scanner found (basic auth's, the
    literal-credential kind's)."""
    names = stage_sources(temp_git_dir)
    write(temp_git_dir / "settings.py", 'BROKER = "amqp://worker:Kq8vR2mZ4tLp@mq.internal:5672/"\n')  # pragma: allowlist secret
    git(temp_git_dir, "add", "settings.py")
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", "--format", "json", *names, "settings.py")
    census = seen["prefilters"]
    if not census["scanner"]:
        pytest.skip("no compiled scanner in this install")
    assert seen["code"] == 1
    # (the literal-credential kind's URL heads are `://` too: a URL's userinfo, and a URL split
    # over two literals, kinds/_code_calls.py; once the first confirms the line for the kind, the
    # second is not compiled: a plugin the line is already a candidate for is not asked again; the
    # port's `5672/` holds `2/`, the head of Asana's tokens `2/<gid>/<gid>:<hex>` (kinds/_vendor_keys.py),
    # whose regex is not compiled since stop 60: the byte after that `2/` (`"`) is out of the window its
    # regex allows there, prefilter/_follows.py, so the scanner never asks it)
    assert sorted(name.split(" ")[0] for name in census["compiled"]) == [
        "BasicAuthDetector:verify", "SecretfenceLiteralCredentialDetector:verify"]


def test_the_hook_on_plain_source_files_calls_no_compile(temp_git_dir: Path) -> None:
    """No record type or alias a hook run imports makes typing compile a quoted name (a NamedTuple's
    fields under `from __future__ import annotations`, `Callable[..., "Verdict"]`): the first
    compile() of a process costs about 1 ms, building the AST types."""
    names = stage_sources(temp_git_dir)
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", *names)
    assert seen["code"] == 0
    assert seen["compile_callers"] == []


def test_the_hook_sets_up_without_collecting_garbage(temp_git_dir: Path) -> None:
    """Importing scan's modules makes some 16,000 objects and building the engine thousands more,
    and no cyclic garbage: the collector stays off meanwhile (secretfence._collector), and is on
    again for the scan."""
    names = stage_sources(temp_git_dir)
    seen = probe(HOOK_PROBE, temp_git_dir, "scan", "--staged", *names)
    assert seen["code"] == 0
    assert seen["gc_in_import"] == []
    assert seen["gc_in_set_up"] == []
    assert seen["gc_enabled"] is True


def test_the_program_exits_without_walking_what_it_leaves_and_main_freezes_nothing(temp_git_dir: Path) -> None:
    """The interpreter's exit collects garbage over every object left (6 ms a hook run):
    `program()` (the console script, `python -m secretfence`) freezes them first; `main()`,
    which other code calls in a process that goes on, leaves the collector as it was."""
    names = stage_sources(temp_git_dir)
    code = "import gc, sys\nfrom secretfence.cli import {0}\ncode = {0}()\nprint(code, gc.get_freeze_count())"
    seen = {}
    for function in ("program", "main"):
        done = subprocess.run([sys.executable, "-c", code.format(function), "scan", "--staged", *names],
                              cwd=temp_git_dir, capture_output=True, text=True, timeout=120)
        assert done.stderr == ""
        result, frozen = done.stdout.splitlines()[-1].split()
        seen[function] = (int(result), int(frozen))
    assert seen["program"][0] == seen["main"][0] == 0
    assert seen["program"][1] > 10_000 and seen["main"][1] == 0
