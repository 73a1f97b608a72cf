"""`secretfence publish [OPTIONS] -- PUBLISHER COMMAND…`: the upload gate in front of any publisher.

It works out which files the command would upload, the way that publisher resolves its
arguments, scans them with check-dist's gate (same judge, same `upload.block` policy), checks
the credential stores that publisher sends from, and only then runs the command unchanged (its
exit code is ours). `twine upload …` is handed to `secretfence upload` (twine's own parser, in
this process). A publisher that builds during the upload (`flit publish`, `pdm publish` without
`--no-build`, `poetry publish --build`) is refused: what it would build cannot be scanned first.
Anything not recognised is refused too: never an unguarded run.
"""
from __future__ import annotations

import argparse
import fnmatch
import glob
import os
import re
import subprocess
import sys
from typing import Dict, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.commands._common import Setup, VerifyRequest, apply_verification, emit, prepare
from secretfence.commands._dist import judge_finding, rejudge_after_verification, scan_artifacts
from secretfence.commands._options import add_baseline, add_format, add_verify, command_parser, verify_request
from secretfence.errors import EXIT_CLEAN, UsageError, handled
from secretfence.findings import LOW
from secretfence.report import ScanReport
from secretfence.sources import archives

SUMMARY = "scan what uv/hatch/poetry/pdm/twine publish would upload and their stored credentials, then run it"
PUBLISHERS = ("uv publish", "hatch publish", "poetry publish", "pdm publish --no-build", "twine upload")
# Only these are uploaded by hatch (hatch's publish/index.py) and looked for by poetry (uploader.py).
WHEEL_AND_SDIST = (".whl", ".tar.gz")


@dataclass
class Plan:
    """What a publisher command would upload, and where it runs."""

    publisher: str
    files: List[str] = field(default_factory=list)
    cwd: str = "."
    stores: Tuple[str, ...] = ()
    pypirc: bool = False  # it reads ~/.pypirc (hatch, flit)
    described: str = ""  # what is scanned, in words
    # Where its stores are, when its own options move them (uv --config-file, hatch --config…).
    store_env: Dict[str, str] = field(default_factory=dict)
    project: str = ""  # the project whose config it reads (default: cwd)


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "publish",
        description="Guard a publisher: scan exactly the files the command would upload (check-dist's gate) and "
        "the credential stores that publisher reads, then run the command unchanged; its exit code is returned. "
        f"Supported: {', '.join(PUBLISHERS)}. flit publish, pdm publish without --no-build and poetry publish "
        "--build build while they upload: build first, then publish the built files.",
        epilog="examples:\n  secretfence publish -- uv publish\n  secretfence publish -- poetry publish -r testpypi\n"
        "  secretfence publish --format sarif -- hatch publish dist/\n\n"
        "exit codes: the publisher's; 1 blocked by findings (nothing run), 2 usage error or unreadable input (nothing run)")
    add_baseline(parser)
    add_format(parser)
    add_verify(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--" not in arguments:
        build_parser().parse_args(arguments)  # --help, or a usage error for an unknown option
        raise UsageError("publish needs the publisher's command after `--`, e.g. `secretfence publish -- uv publish`")
    split = arguments.index("--")
    args = build_parser().parse_args(arguments[:split])
    command = arguments[split + 1:]
    if not command:
        raise UsageError("publish needs the publisher's command after `--`, e.g. `secretfence publish -- uv publish`")
    if _publisher(command) == "twine":
        return _twine(command, args)
    plan = plan_command(command, os.getcwd(), dict(os.environ))
    return publish(command, plan, baseline_path=args.baseline, use_baseline=not args.no_baseline,
                   output_format=args.format, verify=verify_request(args))


def _publisher(command: Sequence[str]) -> str:
    name = os.path.basename(command[0])
    if name.startswith("python") and command[1:3] == ["-m", "twine"]:
        return "twine"
    return name[:-4] if name.lower().endswith(".exe") else name


def plan_command(command: Sequence[str], cwd: str, env: Dict[str, str]) -> Plan:
    publisher = _publisher(command)
    planner = _PLANNERS.get(publisher)
    if planner is None:
        # A program name is shown as typed; anything else (a URL, a path with spaces…) is not echoed.
        named = f"'{publisher}'" if re.fullmatch(r"[A-Za-z0-9_.+-]{1,64}", publisher) else "(not a program name)"
        raise UsageError(f"unknown publisher {named}: secretfence publish guards {', '.join(PUBLISHERS)} "
                         "(nothing was run)")
    return planner(list(command[1:]), cwd, env)


# --- each publisher's own resolution of what it uploads -----------------------------------------


def _options(arguments: List[str], with_value: Sequence[str]) -> Tuple[Dict[str, str], List[str], List[str]]:
    """(options with values, flags, positionals) of a command line: `--opt=v`, `--opt v`, `-o v`,
    `-ov`; after `--` everything is positional."""
    values: Dict[str, str] = {}
    flags: List[str] = []
    positionals: List[str] = []
    iterator = iter(arguments)
    for argument in iterator:
        if argument == "--":
            positionals.extend(iterator)
            break
        name, equals, value = argument.partition("=")
        if argument.startswith("--") and name in with_value:
            given = value if equals else next(iterator, None)
            if given is None:
                raise UsageError(f"{name} needs a value (nothing was run)")
            values[name] = given
        elif argument.startswith("-") and not argument.startswith("--") and argument[:2] in with_value:
            given = argument[2:] or next(iterator, None)
            if given is None:
                raise UsageError(f"{argument[:2]} needs a value (nothing was run)")
            values[argument[:2]] = given
        elif argument.startswith("-") and not argument.startswith("--") and len(argument) > 2:
            # Short options run together (`-vp SECRET`, `-qtTOKEN`), as clap, click and argparse
            # read them: flags, up to the first one that takes a value (the rest, or the next
            # argument). Read as a file pattern, that value would be shown in the error.
            for position in range(1, len(argument)):
                option = "-" + argument[position]
                if option in with_value:
                    given = argument[position + 1:] or next(iterator, None)
                    if given is None:
                        raise UsageError(f"{option} needs a value (nothing was run)")
                    values[option] = given
                    break
                flags.append(option)
        elif argument.startswith("-") and argument != "-":
            flags.append(name)
        else:
            positionals.append(argument)
    return values, flags, positionals


def _subcommand(publisher: str, positionals: List[str], expected: str) -> List[str]:
    if not positionals or positionals[0] != expected:
        found = positionals[0] if positionals else "nothing"
        raise UsageError(f"secretfence publish guards `{publisher} {expected}`, not `{publisher} {found}` (nothing was run)")
    return positionals[1:]


_UV_VALUES = ("--publish-url", "--index", "--username", "-u", "--password", "-p", "--token", "-t", "--trusted-publishing",
              "--keyring-provider", "--check-url", "--cache-dir", "--directory", "--project", "--config-file", "--color",
              "--python-preference", "--allow-insecure-host", "--index-strategy", "--python")
# (`--managed-python` and `--no-managed-python` are flags: a value taken for one would be a file uv
# uploads that was never scanned.)


def _plan_uv(arguments: List[str], cwd: str, env: Dict[str, str]) -> Plan:
    values, flags, positionals = _options(arguments, _UV_VALUES)
    patterns = _subcommand("uv", positionals, "publish") or ["dist/*"]
    # uv runs as if started in --directory; its file globs are relative to that.
    directory = values.get("--directory") or env.get("UV_WORKING_DIR")
    where = os.path.join(cwd, directory) if directory else cwd
    files: List[str] = []
    for pattern in patterns:
        # Whatever is not a directory is uploaded by uv or refused by it; a FIFO or a dangling link
        # is kept here so that the scan refuses it (fails closed) rather than skipping it.
        matched = [path for path in _glob(os.path.join(where, pattern)) if not os.path.isdir(path)]
        if not matched:
            raise UsageError(f"uv publish: no files match {pattern} (nothing was run)")
        files.extend(matched)
    # uv moves into --directory before it reads anything: a relative --config-file or UV_CONFIG_FILE
    # is that folder's file (checked with uv 0.13.9), which the gate must read, not the caller's.
    config_file = values.get("--config-file") or env.get("UV_CONFIG_FILE")
    store_env = {"UV_CONFIG_FILE": os.path.join(os.path.abspath(where), config_file)} if config_file else {}
    if "--no-config" in flags:
        store_env["UV_NO_CONFIG"] = "1"
    # uv finds its project config from --project/UV_PROJECT (relative to --directory) up.
    given_project = values.get("--project") or env.get("UV_PROJECT")
    project = os.path.normpath(os.path.join(where, given_project or "."))
    store_env["UV_PROJECT"] = project
    if directory:
        # uv takes its relative paths (UV_CREDENTIALS_DIR, HOME, NETRC) from where --directory puts it.
        store_env["UV_WORKING_DIR"] = os.path.abspath(where)
        netrc = env.get("NETRC")
        if netrc and not os.path.isabs(netrc):
            store_env["NETRC"] = os.path.join(os.path.abspath(where), netrc)
    return Plan("uv", _unique(files), cwd, stores=("uv", "uv_auth", "netrc"), store_env=store_env, project=project,
                described=f"every file matching {' '.join(patterns)} (uv uploads its wheels and sdists)")


# hatch's own options (before `publish`; `-p` is --project there) and publish's (`-p` is --publisher).
_HATCH_GLOBAL_VALUES = ("--env", "-e", "--project", "-p", "--data-dir", "--cache-dir", "--config")
_HATCH_PUBLISH_VALUES = ("--repo", "-r", "--user", "-u", "--auth", "-a", "--ca-cert", "--client-cert", "--client-key",
                         "--publisher", "-p", "--option", "-o")


def _plan_hatch(arguments: List[str], cwd: str, env: Dict[str, str]) -> Plan:
    before, after = _split_at(arguments, _HATCH_GLOBAL_VALUES, "publish")
    values, _, positionals = _options(before, _HATCH_GLOBAL_VALUES)
    _, _, artifacts = _options(after or [], _HATCH_PUBLISH_VALUES)
    if after is None:
        _subcommand("hatch", positionals, "publish")  # the one-line refusal naming what was found
    artifacts = artifacts or ["dist"]
    store_env = {"HATCH_CONFIG": os.path.join(cwd, values["--config"])} if "--config" in values else {}
    project = _hatch_project(cwd, values.get("--project") or values.get("-p") or env.get("HATCH_PROJECT") or "",
                             {**env, **store_env})
    # Named in the messages when it is not where secretfence runs.
    of_project = f" of {project}" if project != os.path.abspath(cwd) else ""
    in_project = f" in {project}" if of_project else ""
    files: List[str] = []
    for artifact in artifacts:
        # hatch resolves every relative artifact against its project's location, not the cwd
        # (hatch's publish/index.py: recurse_artifacts(artifacts, self.root)).
        path = artifact if os.path.isabs(artifact) else os.path.join(project, artifact)
        if os.path.isdir(path):
            files.extend(os.path.join(path, name) for name in sorted(os.listdir(path)) if name.endswith(WHEEL_AND_SDIST))
        elif os.path.lexists(path):
            if path.endswith(WHEEL_AND_SDIST):
                files.append(path)
        else:
            raise UsageError(f"hatch publish: {artifact}: no such file or directory{in_project} (nothing was run)")
    return Plan("hatch", _unique(files), cwd, stores=("hatch",), pypirc=True, store_env=store_env, project=project,
                described=f"the wheels and sdists in {' '.join(artifacts)}{of_project}")


def _split_at(arguments: List[str], with_value: Sequence[str], subcommand: str) -> Tuple[List[str], Optional[List[str]]]:
    """(the arguments before the subcommand, those after it; None when it is not there)."""
    skip = False
    for position, argument in enumerate(arguments):
        if skip:
            skip = False
        elif argument == "--":
            break
        elif argument.startswith("--") and "=" not in argument and argument in with_value:
            skip = True
        elif argument.startswith("-") and not argument.startswith("--") and argument in with_value:
            skip = True  # `-p NAME`; `-pNAME` carries its value
        elif argument == subcommand:
            return arguments[:position], arguments[position + 1:]
        elif not argument.startswith("-"):
            break
    return arguments, None


def _hatch_project(cwd: str, name: str, env: Dict[str, str]) -> str:
    """The location of the project hatch works on, as hatch's cli finds it: `--project`/HATCH_PROJECT
    (a name in its config's `[projects]` or a folder of `dirs.project`), else with `mode = "project"`
    (or "aware" outside any project) the config's `project`, else the nearest folder from the cwd up
    holding pyproject.toml or setup.py, else the cwd itself."""
    config = _hatch_config(cwd, env)
    if name:
        found = _hatch_named_project(cwd, name, config)
        root = _hatch_root(found) if found is not None else None
        if root is None:  # hatch aborts: "Unable to locate project"
            raise UsageError(f"hatch publish: unable to locate project {name} (hatch would not run either; "
                             "nothing was run)")
        return root
    own = _hatch_root(cwd)
    mode = config.get("mode", "local")
    configured = config.get("project")
    if (mode == "project" or (mode == "aware" and own is None)) and isinstance(configured, str) and configured:
        found = _hatch_named_project(cwd, configured, config)
        if found is not None:
            return _hatch_root(found) or found  # Project.location: its root, else its path
    return own or os.path.abspath(cwd)


def _hatch_named_project(cwd: str, name: str, config: Dict) -> Optional[str]:
    """The folder a project name stands for in hatch's config (Project.from_config), or None."""
    projects = config.get("projects")
    projects = projects if isinstance(projects, dict) else {}
    start: Optional[str] = None
    if name in projects:
        entry = projects[name]
        location = entry if isinstance(entry, str) else entry.get("location") if isinstance(entry, dict) else None
        if isinstance(location, str) and location:
            start = os.path.realpath(os.path.join(cwd, location))
    else:
        dirs = config.get("dirs")
        folders = dirs.get("project") if isinstance(dirs, dict) else None
        for folder in folders if isinstance(folders, list) else []:
            if isinstance(folder, str) and folder and os.path.isdir(os.path.join(cwd, folder, name)):
                start = os.path.realpath(os.path.join(cwd, folder, name))
                break
    return start


def _hatch_root(start: str) -> Optional[str]:
    """hatch's Project.find_project_root: the nearest folder holding pyproject.toml or setup.py."""
    directory = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(directory, "pyproject.toml")) or os.path.isfile(os.path.join(directory, "setup.py")):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _hatch_config(cwd: str, env: Dict[str, str]) -> Dict:
    """hatch's config.toml (HATCH_CONFIG / --config, else its user config dir), {} when absent."""
    from secretfence.stores import Where, read_store
    from secretfence.stores import hatch as hatch_store

    path = hatch_store.paths(Where(env=env, project=cwd))[0]
    store = read_store("hatch", path, "a Hatch config file", "toml")
    return store.data if store is not None else {}


_POETRY_VALUES = ("--repository", "-r", "--username", "-u", "--password", "-p", "--cert", "--client-cert",
                  "--dist-dir", "--directory", "-C", "--project", "-P")


def _plan_poetry(arguments: List[str], cwd: str, env: Dict[str, str]) -> Plan:
    values, flags, positionals = _options(arguments, _POETRY_VALUES)
    _subcommand("poetry", positionals, "publish")
    if "--build" in flags:
        raise UsageError("poetry publish --build builds while it uploads, after any scan: run `poetry build`, then "
                         "`secretfence publish -- poetry publish` (nothing was run)")
    start = values.get("--directory") or values.get("-C") or values.get("--project") or values.get("-P") or "."
    project = _project_root(os.path.join(cwd, start), "poetry")
    dist = values.get("--dist-dir", "dist")
    dist_dir = dist if os.path.isabs(dist) else os.path.join(project, dist)
    # Poetry uploads the wheels and sdist of the project's latest version found there: every
    # wheel and sdist of the folder is scanned (a superset, never less).
    files = [os.path.join(dist_dir, name) for name in sorted(os.listdir(dist_dir))
             if name.endswith(WHEEL_AND_SDIST)] if os.path.isdir(dist_dir) else []
    return Plan("poetry", files, cwd, stores=("poetry",), project=project,
                described=f"the wheels and sdists in {dist_dir}")


_PDM_VALUES = ("--repository", "-r", "--username", "-u", "--password", "-P", "--identity", "-i", "--comment", "-c",
               "--dest", "-d", "--ca-certs", "--project", "-p", "--config", "--skip")


def _plan_pdm(arguments: List[str], cwd: str, env: Dict[str, str]) -> Plan:
    values, flags, positionals = _options(arguments, _PDM_VALUES)
    _subcommand("pdm", positionals, "publish")
    if "--no-build" not in flags:
        raise UsageError("pdm publish builds while it uploads, after any scan: run `pdm build`, then "
                         "`secretfence publish -- pdm publish --no-build` (nothing was run)")
    project = _project_root(os.path.join(cwd, values.get("--project") or values.get("-p") or "."), "pdm")
    # pdm uploads every entry of the folder (pdm's publish command: upload_dir.iterdir()).
    dest = os.path.join(project, values.get("--dest") or values.get("-d") or "dist")
    files = [os.path.join(dest, name) for name in sorted(os.listdir(dest))] if os.path.isdir(dest) else []
    store_env = {"PDM_CONFIG_FILE": os.path.join(cwd, values["--config"])} if "--config" in values else {}
    return Plan("pdm", [path for path in files if not os.path.isdir(path)], cwd, stores=("pdm",), project=project,
                store_env=store_env, described=f"every file in {dest}")


def _plan_flit(arguments: List[str], cwd: str, env: Dict[str, str]) -> Plan:
    raise UsageError("flit publish builds while it uploads, after any scan: run `flit build`, then "
                     "`secretfence publish -- twine upload dist/*` (nothing was run)")


_PLANNERS = {"uv": _plan_uv, "hatch": _plan_hatch, "poetry": _plan_poetry, "pdm": _plan_pdm, "flit": _plan_flit}


def _project_root(start: str, tool: str) -> str:
    """The nearest directory holding a pyproject.toml, from `start` up (as Poetry and PDM look)."""
    directory = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(directory, "pyproject.toml")):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            raise UsageError(f"{tool} publish: no pyproject.toml in {os.path.abspath(start)} or above (nothing was run)")
        directory = parent


def _glob(pattern: str) -> List[str]:
    """Matches of a shell pattern, hidden files included (uv's glob and pdm's `dist/*` are not
    shell globs: a `.name` matches `*` there, so it must be scanned here)."""
    if not glob.has_magic(pattern):
        return [pattern] if os.path.lexists(pattern) else []
    directory, name = os.path.split(pattern)
    directories = _glob(directory) if directory and glob.has_magic(directory) else [directory]
    found: List[str] = []
    for parent in directories:
        if name == "**":
            found.extend(root for root, _, _ in os.walk(parent or "."))
            continue
        try:
            entries = sorted(os.listdir(parent or "."))
        except OSError:
            continue
        found.extend(os.path.join(parent, entry) for entry in entries if fnmatch.fnmatchcase(entry, name))
    return found


def _unique(paths: List[str]) -> List[str]:
    """Each file once (two patterns may match it), in the order found."""
    seen = set()
    unique = []
    for path in paths:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


# --- the gate, then the publisher -----------------------------------------------------------------


def publish(command: Sequence[str], plan: Plan, *, baseline_path: Optional[str] = None, use_baseline: bool = True,
            output_format: str = "text", verify: Optional[VerifyRequest] = None) -> int:
    if not plan.files:
        raise UsageError(f"{plan.publisher} publish would upload nothing: no files found ({plan.described}); "
                         "build first (nothing was run)")
    request = verify if verify is not None else VerifyRequest(upload=True)
    setup = prepare(baseline_path, use_baseline, gate=True)
    report = ScanReport(command="publish")
    shown = [os.path.relpath(path) if not os.path.isabs(path) or path.startswith(os.getcwd()) else path
             for path in plan.files]
    distributions = [path for path in shown if archives.is_artifact_name(path)]
    attachments = [path for path in shown if not archives.is_artifact_name(path)]
    scan_artifacts(setup, distributions, report, attachments=attachments)
    if apply_verification(report, setup, request):
        rejudge_after_verification(report)
    check_stores(report, plan, setup)
    if report.exit_code != EXIT_CLEAN:
        print(f"secretfence: publish blocked: {plan.publisher} was not run, nothing was sent to the index.", file=sys.stderr)
        return emit(report, output_format, names=setup.names)
    if report.warnings or report.notes:
        emit(report, output_format, out=sys.stderr, names=setup.names)
    print(f"secretfence: scanned {len(plan.files)} file(s) ({plan.described}): nothing blocks; running {plan.publisher}",
          file=sys.stderr)
    return run(command, plan.cwd)


def check_stores(report: ScanReport, plan: Plan, setup: Setup) -> None:
    """The stores this publisher sends from: a plaintext credential blocks (as the .pypirc section
    twine would use does); one in the environment (a CI secret) is a warning."""
    from secretfence.commands.credentials import environment_finding, permissions_text, store_findings
    from secretfence.stores import Where, environment
    from secretfence.stores.registry import read_all

    where = Where(env={**os.environ, **plan.store_env}, project=plan.project or plan.cwd)
    baseline = setup.baseline
    for store in read_all(where, plan.stores):
        for finding in store_findings(store):
            judge_finding(report, finding, baseline, LOW if finding.detector == "stored-credential"
                          else setup.config.upload_block)
        if store.loosely_readable and store.credentials:
            report.notes.append(permissions_text(store))
    for credential in environment.credentials(where):
        if credential.tool == plan.publisher:
            report.warnings.append(environment_finding(credential))
    if plan.pypirc:
        from secretfence.commands.upload import PypircUse, _check_pypirc

        _check_pypirc(report, PypircUse(), setup)


def run(command: Sequence[str], cwd: str) -> int:
    """The command, unchanged, its stdio ours; its exit code (a signal as 128 + its number)."""
    try:
        completed = subprocess.run(list(command), cwd=cwd)
    except FileNotFoundError:
        raise UsageError(f"cannot run {command[0]}: not found on PATH") from None
    except OSError as error:
        raise UsageError(f"cannot run {command[0]}: {error.strerror}") from None
    if completed.returncode < 0:
        return 128 + (-completed.returncode)
    return completed.returncode


def _twine(command: Sequence[str], args: argparse.Namespace) -> int:
    """`twine upload …`: secretfence upload, which takes twine's own arguments."""
    from secretfence.commands import upload

    rest = list(command[3:] if os.path.basename(command[0]).startswith("python") else command[1:])
    if not rest or rest[0] != "upload":
        found = rest[0] if rest else "nothing"
        raise UsageError(f"secretfence publish guards `twine upload`, not `twine {found}` (nothing was run)")
    ours: List[str] = []
    if args.baseline:
        ours += ["--secretfence-baseline", args.baseline]
    if args.no_baseline:
        ours.append("--secretfence-no-baseline")
    ours += ["--secretfence-format", args.format]
    if args.verify is True:
        ours.append("--secretfence-verify")
    elif args.verify is False:
        ours.append("--secretfence-no-verify")
    for option, value in (("--secretfence-verify-timeout", args.verify_timeout),
                          ("--secretfence-verify-deadline", args.verify_deadline),
                          ("--secretfence-redis-host", args.redis_host)):
        if value is not None:
            ours += [option, str(value)]
    if args.verify_allow_internal:
        ours.append("--secretfence-verify-allow-internal")
    return upload.main(ours + rest[1:])



if __name__ == "__main__":
    raise SystemExit(handled(main))
