"""Package-index credentials in the files installers and publishers read: a `.netrc` `password`
(uv, pip and requests send it to that host), and `user:password@` in a URL of `pip.conf` /
`pip.ini` or of a requirements or constraints file (`--index-url`, `--extra-index-url`,
`--find-links`, a `git+https://user:token@…` requirement). Only these files are looked at
(by name, wherever they are, inside artifacts too): the same text elsewhere is the basic-auth
heuristic's. Formats: the netrc(5) tokens; pip's config (RawConfigParser) and requirements-file
options (pip.pypa.io, "Requirements File Format").

In any file (a Dockerfile's `ARG`/`ENV`, CI YAML, `.env`, shell): an installer's index variable set
to a URL with `user:password@` (`PIP_INDEX_URL`, `PIP_EXTRA_INDEX_URL`, `PIP_FIND_LINKS`,
`UV_INDEX_URL`, `UV_EXTRA_INDEX_URL`, `UV_DEFAULT_INDEX`, `UV_INDEX`), and the password variables
Poetry and uv read for an index (`POETRY_HTTP_BASIC_<NAME>_PASSWORD`, `UV_INDEX_<NAME>_PASSWORD`):
pip, uv and Poetry send them to that index. Medium confidence (it blocks)."""
from __future__ import annotations

import re
from typing import Dict, Iterator, Optional, Sequence, Set, Tuple

from secretfence.findings import HIGH, MEDIUM
from secretfence.kinds._helpers import is_placeholder, line_text, value_of
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import Headed, lazy_regex

_NETRC = lazy_regex(r"(?:^|[/!\\])[._]?netrc$", re.IGNORECASE)
_PIP_CONF = lazy_regex(r"(?:^|[/!\\])pip\.(?:conf|ini)$", re.IGNORECASE)
_NETRC_PASSWORD = lazy_regex(r"(?:^|\s)password\s+(\S+)")
_NETRC_MACHINE = lazy_regex(r"(?:^|\s)machine\s+(\S+)")
_FILES = lazy_regex(r"(?i)(?:^|[/!\\])(?:[._]?netrc|pip\.(?:conf|ini)|uv\.toml|pyproject\.toml|Pipfile|"
                    r"[^/!\\]*(?:requirements|constraints)[^/!\\]*\.(?:txt|in)|"
                    # a requirements directory's files (`requirements/prod.txt`, `requirements/base.in`)
                    r"(?:requirements|constraints|reqs)[/!\\][^/!\\]+\.(?:txt|in))$")
_UV_CONFIG = lazy_regex(r"(?i)(?:^|[/!\\])(?:uv|pyproject)\.toml$")
# A URL: its scheme (a letter, then letters, digits, `+`, `.`, `-`) and what follows `://` up to a space. The search starts
# only where a run of the scheme's characters starts (skipping its leading digits and signs): started at each
# character, a long run of letters with no `://` after it was read to its end from each one (a 20 KB
# `https:A=xxx…` line in pip.conf took seconds, 200 KB minutes). The URL is group "url": the same text
# `[A-Za-z][A-Za-z0-9+.-]*://\S+` finds (each run's first letter is where that matches, if anywhere in the run).
_URL = lazy_regex(r"(?<![A-Za-z0-9+.-])[0-9+.-]*(?P<url>[A-Za-z][A-Za-z0-9+.-]*://\S+)")
# An installer's index variable assigned (`=`, `:`, Dockerfile `ENV NAME value`), its value after.
_INDEX_VARIABLE = lazy_regex(
    r"(?i)(?<![A-Za-z0-9$])(?P<name>PIP_(?:EXTRA_)?INDEX_URL|PIP_FIND_LINKS|UV_(?:EXTRA_)?INDEX_URL|UV_DEFAULT_INDEX|"
    r"UV_INDEX|UV_FIND_LINKS)[\"']?(?:[ \t]*(?:=|:)|[ \t]+(?=[\"']?[A-Za-z][A-Za-z0-9+.-]*://))"
    # pip's and uv's own options on a command line (a Dockerfile's RUN, a CI script, a Makefile):
    # `pip install --extra-index-url https://user:pw@host/simple`, `-i URL`, `--index-url=URL`.
    # (`-f`, pip's short --find-links, only where pip is on the line: other tools' `-f` is a file)
    r"|(?<![\w-])(?P<option>--(?:extra-)?index-url|--find-links|--default-index|-i|-f)(?:[ \t]*=[ \t]*|[ \t]+)(?=[\"']?https?://)"
)
_INDEX_PASSWORD_VARIABLE = lazy_regex(
    r"""(?i)(?<![A-Za-z0-9$])(?P<name>POETRY_HTTP_BASIC_\w{1,64}?_PASSWORD|UV_INDEX_\w{1,64}?_PASSWORD)["']?"""
    r"""(?:[ \t]*(?:=|:)[ \t]*|[ \t]+)(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"'`,;#)}\]][^\s"'`,;)}\]]*))"""
)
_URL_END = lazy_regex(r"[\s\"'`]")
# The prefilter's pattern, on folded bytes: `_USER_FLAG`'s and `_USERNAME_KEY`'s shapes from its literal head.
_FOLDED_USER_OPTION = rb"""(?:username["']?(?:[ \t]*[=:]|[ \t])|-u[ \t])[ \t]*["']?[a-z0-9_-]{16}"""

REMEDIATION = ("Remove the file from the package (and rotate the credential: every copy of the package "
               "holds it); keep index credentials in the keyring or the CI's secrets, never in the project.")


def _is_index_file(filename: str) -> bool:
    """Whether `_FILES` names this file, kept for the last name asked: find asks at each candidate
    line of a file (12,000 searches of the tree's names, 6 µs each). One tuple,
    replaced whole: a thread scanning another file sees one name's answer or none."""
    global _LAST_NAME
    last = _LAST_NAME
    if last[0] != filename:
        last = _LAST_NAME = (filename, _FILES.search(filename) is not None)
    return last[1]


_LAST_NAME: Tuple[Optional[str], bool] = (None, False)


class SecretfenceIndexCredentialDetector(SecretfenceDetector):
    """Package-index passwords in .netrc, pip.conf / pip.ini and requirements files."""

    secret_type = "Package Index Credential"
    kind = "index"
    # The prefilter is the file name: every line of these files is a candidate (a pip.conf URL
    # line says nothing else). "password" adds netrc-style lines of other files, dismissed by name.
    keywords = ("password", "index_url", "uv_index", "uv_default_index", "find_links", "index-url", "find-links",
                "default-index", "-i http", "-f http", "fury.io", "cloudsmith.io")
    # A token-shaped user name given to a publisher (read as Gemfury's where fury.io is near).
    folded_keyword_patterns = (Headed(lazy_regex(_FOLDED_USER_OPTION), ("username", "-u"),
                                      lazy_regex(_FOLDED_USER_OPTION, re.IGNORECASE)),)
    scan_whole_files = _FILES
    remediation = REMEDIATION

    true_samples = (
        Sample("ARG PIP_EXTRA_INDEX_URL=https://ci:Rt6Yu8Io2Pa4Sd@pypi.corp.example/simple/\n", "Dockerfile",
               "pip's index variable in a Dockerfile"),
        Sample("  UV_INDEX_URL: https://bot:Lk3Jh5Gf7Ds9Aq@uv.corp.example/simple\n", ".gitlab-ci.yml",
               "uv's index variable in CI"),
        Sample("POETRY_HTTP_BASIC_CORP_PASSWORD=Zx2Cv4Bn6Mq8Wr0T\n", ".env", "Poetry's index password variable"),
        Sample("RUN pip install --no-cache-dir \\\n      --extra-index-url https://ci:Tq4Wm8Rz2Lp6@pypi.corp.example/simple/ \\\n"
               "      -r requirements.txt\n", "worker.Dockerfile", "pip's option on a RUN line"),
        Sample('[[index]]\nname = "corp"\nurl = "https://ci:Vb7Nm3Kq9Wx2@pkgs.corp.example/pypi/simple/"\n', "uv.toml",
               "an index URL in uv's config"),
        Sample("machine upload.example.net login alice password Kq7vLm2Xp9Tz\n", ".netrc", "one line"),
        Sample("machine files.example.net\n  login ci\n  password Wn4Rt8Yp2Qs6\n", "pkg/_netrc", "one token a line"),
        Sample("[global]\nindex-url = https://ci:Hj5Kl9Mn3Bv7@pypi.corp.example/simple\n", "pip.conf", "pip.conf"),
        Sample("$ cat ~/.netrc\nmachine artifacts.corp-internal.net\nlogin ci-reader\npassword Hn3Kw9Qz5Rt1Vb\n",
               "debug-session.txt", "a netrc entry printed in a terminal log"),
        Sample("Build host credentials:\nmachine git.corp-internal.net login deploy password Xr7Tm2Kq9Wp4Lz\n",
               "ops/notes.txt", "a one-line netrc entry in notes"),
        Sample("    machine nexus.corp-internal.net\n    login builder password Pd6Yh2Lc8Nv4\n", "docs/ci.md",
               "a netrc entry in a document's code block"),
        Sample("[install]\nextra-index-url =\n    https://ci:Zx8Cv4Bn6Ml2@pypi.corp.example/simple\n", "conf/pip.ini",
               "continuation line"),
        Sample("--extra-index-url https://deploy:Pq3Wo7Ei9Ru5@pypi.corp.example/simple\nrequests==2.32\n",
               "requirements.txt", "requirements option"),
        Sample('[[tool.uv.index]]\nname = "acme"\nurl = "https://MSOIhLJfKjoDQ9TpUv7O:@pypi.fury.io/acme-ml/"\n',
               "pyproject.toml", "a token as the user (Gemfury)"),
        Sample('[[source]]\nname = "internal"\nurl = "https://billing-ci:Canyon*Harbor9729@nexus.example.org/simple"\n',
               "Pipfile", "a Pipfile source (pipenv sends it to the index)"),
        Sample("--extra-index-url https://ci:Mast$Harbor4417@nexus.corp-build.net/repository/pypi/simple\n",
               "requirements/prod.txt", "a `$` in the password: pip expands only `${NAME}` here"),
        Sample("git+https://bot:Gh5Ty8Ui2Op4@git.example.com/org/lib.git#egg=lib\n", "requirements-dev.txt",
               "VCS requirement"),
        Sample("FURY_URL = https://Xq7Lm2Vw9Rt4Kp8Bn3Za@push.fury.io/acme/\n", "release.mk",
               "a Gemfury push URL in any file: the token is the user"),
        Sample("twine upload --repository-url https://pypi.fury.io/acme/ \\\n    -u Wd4Rk8Tn2Lq6Zx9Mb3Hy -p '' dist/*\n",
               "scripts/fury.sh", "twine's user name for a fury.io index: the Gemfury token"),
        Sample("[fury]\nrepository: https://pypi.fury.io/acme/\nusername: Pn6Vb2Xr8Kt4Lw9Qz3Hm\npassword:\n",
               "ops/pypirc.fury", "a .pypirc's user name under a fury.io repository"),
        Sample("[global]\nextra-index-url = https://dl.cloudsmith.io/Rk3Vx9Lm2Qw7Tz5B/acme/private/python/simple/\n",
               "pip.conf", "a Cloudsmith entitlement token in the index path"),
    )
    false_samples = (
        Sample("ENV PIP_INDEX_URL=${PIP_INDEX_URL}\n", "Dockerfile", "a build argument's reference"),
        Sample("ARG PIP_EXTRA_INDEX_URL=https://${USER}:${TOKEN}@pypi.corp.example/simple\n", "Dockerfile",
               "variables in the URL"),
        Sample("  PIP_INDEX_URL: https://__token__:$PYPI_TOKEN@pypi.corp.example/simple\n", "ci.yml",
               "a token variable"),
        Sample("machine upload.example.net login alice password ${NETRC_PASSWORD}\n", ".netrc", "variable"),
        Sample("--index-url https://${PIP_USER}:${PIP_PASSWORD}@pypi.corp.example/simple\n", "requirements.txt",
               "pip expands environment variables"),
        Sample("[global]\nindex-url = https://pypi.corp.example/simple\n", "pip.conf", "no credentials"),
        Sample("RUN pip install --extra-index-url https://${PIP_USER}:${PIP_TOKEN}@pypi.corp.example/simple pkg\n",
               "Dockerfile", "build arguments in the option's URL"),
        Sample('[[tool.uv.index]]\nname = "corp"\nurl = "https://pkgs.corp.example/pypi/simple/"\n', "pyproject.toml",
               "an index without credentials"),
        Sample("--extra-index-url https://ci@pypi.corp.example/simple\n", "requirements.txt", "user only"),
        Sample("--extra-index-url https://ci:${NEXUS_TOKEN}@nexus.corp-build.net/simple\n", "requirements/prod.txt",
               "pip's `${NAME}` variable as the password"),
        Sample('[[source]]\nurl = "https://ci:$NEXUS_TOKEN@nexus.corp-build.net/simple"\n', "Pipfile",
               "pipenv expands `$NAME` in a Pipfile"),
        Sample("machine example.net login alice password Kq7vLm2Xp9Tz\n", "notes.txt", "an example host"),
        Sample("machine api.heroku.com\n  login me@example.com\n  password 01234567-89ab-cdef-0123-456789abcdef\n",
               "README.md", "an example login"),
        Sample("machine github.com login octocat password $GITHUB_TOKEN\n", "setup.sh", "a variable"),
        Sample("machine github.com\nlogin octocat\npassword <personal access token>\n", "README.md", "placeholder"),
        Sample("login ci-reader\npassword Hn3Kw9Qz5Rt1Vb\n", "notes.txt", "no machine: no netrc entry"),
        Sample("The machine asks for your login and password twice.\n", "faq.md", "prose"),
        Sample("machine ftp.ncbi.nlm.nih.gov\n  login anonymous\n  password mirror@lab-research.org\n",
               "mirrors/netrc.sample", "anonymous FTP: an e-mail address as the password"),
        Sample("machine upload.example.net login alice password <password>\n", ".netrc", "placeholder"),
        Sample("machine ftp.gnu.org\n  login anonymous\n  password guest\ndefault login anonymous password user@site\n",
               ".netrc", "anonymous FTP's conventional passwords in a .netrc"),
        Sample('[[index]]\nname = "corp"\nurl = "https://oauth2accesstoken@europe-west1-python.pkg.dev/acme/pypi/simple/"\n',
               "uv.toml", "Google Artifact Registry's fixed keyring user: no secret"),
        Sample('[[tool.uv.index]]\nname = "fury"\nurl = "https://pypi.fury.io/acme-ml/"\n', "pyproject.toml",
               "a Gemfury account's public index path"),
        Sample('twine upload --repository-url https://pypi.fury.io/acme/ -u "$FURY_TOKEN" -p "" dist/*\n', "release.sh",
               "the Gemfury token from a variable"),
        Sample("[global]\nextra-index-url = https://dl.cloudsmith.io/public/acme/oss/python/simple/\n", "pip.conf",
               "a Cloudsmith public repository"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        lowered = line.lower()
        in_index_file = _is_index_file(filename)
        # (a commented-out line holds no token these forms read)
        if not line.lstrip().startswith(("#", ";", "//")):
            if "cloudsmith.io" in lowered:
                yield from _cloudsmith_entitlements(line)
            if "fury.io" in lowered:
                yield from _gemfury_urls(line, in_index_file)
            if "username" in lowered or "-u " in line or "-u\t" in line:
                yield from _gemfury_users(lines, index, line)
        if not in_index_file:
            yield from _index_variables(line, filename)
            if "password" in line:
                yield from _netrc_entry(lines, index)
            return
        if line.lstrip().startswith(("#", ";")):
            return
        if _NETRC.search(filename):
            if _anonymous_or_macro(lines, index):
                return  # anonymous FTP's conventional password, or a macdef macro's text
            for found in _NETRC_PASSWORD.finditer(line):
                password = found.group(1)
                if not is_placeholder(password):
                    machine = _machine(lines, index)
                    yield Match(secret=password, confidence=HIGH,
                                description=f".netrc password{f' for machine {machine}' if machine else ''}: "
                                "sent to that host by uv, pip and requests",
                                details={"machine": machine or ""})
            return
        # Imported here: every run imports every kind, and the .pypirc reader brings configparser
        # and urllib.parse into the hook's start-up for files it rarely sees.
        from secretfence.sources.pypirc import split_userinfo

        what = ("pip config" if _PIP_CONF.search(filename) else
                "uv config" if _UV_CONFIG.search(filename) else
                "Pipfile" if filename.endswith("Pipfile") else "requirements file")
        for found in _URL.finditer(line):
            clean, username, password = split_userinfo(found.group("url"))
            if password and not is_placeholder(password) and not _expanded(password, what):
                yield Match(secret=password, confidence=HIGH,
                            description=f"password in a {what} URL, user {username or '?'} at {clean}",
                            details={"url": clean})
            elif not password and _is_token_user(username or ""):
                # Gemfury, Cloudsmith and others take the token as the user, with no password.
                yield Match(secret=username or "", confidence=HIGH,
                            description=f"token given as the user of a {what} URL at {clean}", details={"url": clean})


# pip expands only `${NAME}` in a requirements file (upper case, digits, `_`: pip's `_get_env_var`); a bare
# `$` there is the password's own character. pip.conf, uv's config and a Pipfile (pipenv expands `$NAME`
# too) keep the wider reading: any `$` may be a variable.
_PIP_VARIABLE = lazy_regex(r"\$\{[A-Z0-9_]+\}")


def _expanded(password: str, what: str) -> bool:
    """Whether the installer reading this file fills the password from the environment."""
    if "$" not in password:
        return False
    return _PIP_VARIABLE.search(password) is not None if what == "requirements file" else True


_CODE_SUFFIXES = (".py", ".pyi", ".js", ".ts", ".go", ".java", ".rb", ".rs", ".cs", ".kt")
# A user part that is a token (long, mixed letters and digits), not a name.
# A user name of lower-case words (`build-bot-2024`): an account's name, not a token.
_NAME_AS_USER = lazy_regex(r"^[a-z]+(?:[-_][a-z0-9]+)+$")
_TOKEN_AS_USER = lazy_regex(r"^(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}$")


# User names publishers fix, which carry no secret: Google Artifact Registry's keyring user (its
# password is a short-lived token the keyring plugin supplies), service-account key users, git
# hosts' token users (the token is the password), PyPI's `__token__`.
_FIXED_USERS = frozenset({"oauth2accesstoken", "_json_key", "_json_key_base64", "__token__", "x-access-token",
                          "x-oauth-basic", "x-token-auth", "gitlab-ci-token", "oauth2", "azuredevops", "aws"})


def _is_token_user(username: str) -> bool:
    """A URL's or config's user name that is a token (Gemfury, Cloudsmith), not a name."""
    return (_TOKEN_AS_USER.match(username) is not None and username.lower() not in _FIXED_USERS
            and not is_placeholder(username))


# Gemfury: the push / deploy token is the URL's user (`https://TOKEN@push.fury.io/acme/`,
# `https://TOKEN:@pypi.fury.io/acme/`) or the first part of its path (`https://pypi.fury.io/TOKEN/acme/`).
_GEMFURY_USER = lazy_regex(r"://(?P<token>[A-Za-z0-9_-]{16,80}):?@(?:[a-z0-9-]{1,30}\.)?fury\.(?:io|com)\b", re.IGNORECASE)
_GEMFURY_PATH = lazy_regex(r"://(?:[a-z0-9-]{1,30}\.)?fury\.(?:io|com)/(?P<token>[A-Za-z0-9_-]{16,80})/[A-Za-z0-9_.-]", re.IGNORECASE)
# A user name given to a publisher (twine's `-u` / `--username`, a .pypirc's `username:`,
# `TWINE_USERNAME=`), read as a Gemfury token when a fury.io URL stands within GEMFURY_LINES.
# Two patterns with a literal head each (a case-folded alternation is tried at every offset):
# twine's options as written, and `username` searched on the lower-cased line.
_USER_FLAG = lazy_regex(r"""(?<![\w-])(?:-u|--username)(?:[ \t]+|=)["']?(?P<token>[A-Za-z0-9_-]{16,80})(?![A-Za-z0-9_$@.-])""")
_USERNAME_KEY = lazy_regex(r"""username["']?[ \t]*[=:][ \t]*["']?(?P<token>[a-z0-9_-]{16,80})(?![a-z0-9_$@.-])""")
_GEMFURY_TEXT = lazy_regex(r"(?i)fury\.(?:io|com)\b")
GEMFURY_LINES = 6
# Cloudsmith's entitlement token: the first part of a dl.cloudsmith.io path
# (`https://dl.cloudsmith.io/<token>/<owner>/<repository>/python/simple/`); `basic/` and `public/`
# stand there for the user:password and the public forms.
_CLOUDSMITH = lazy_regex(
    r"dl\.cloudsmith\.(?:io|com)/(?P<token>[A-Za-z0-9]{8,64})/[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}", re.IGNORECASE)
_CLOUDSMITH_WORDS = frozenset({"basic", "public", "private"})


def _gemfury_urls(line: str, in_index_file: bool) -> Iterator[Match]:
    """Gemfury tokens in fury.io URLs (the user form of an index file's URL is read there)."""
    for pattern, form in ((_GEMFURY_USER, "user"), (_GEMFURY_PATH, "path")):
        if form == "user" and in_index_file:
            continue
        for found in pattern.finditer(line):
            token = found.group("token")
            if _is_token_user(token) and _mixed_case(token):
                yield Match(secret=token, confidence=HIGH, details={"form": f"gemfury-{form}"},
                            description=f"Gemfury token as the {form} of a fury.io URL: pushes to and installs from the account")


def _gemfury_users(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """A token-shaped user name given to a publisher where a fury.io URL stands nearby.

    Whether one stands nearby is asked once, first: asked for each user name, a long line of
    `-u` options beside a fury.io URL was searched once per option (quadratic)."""
    if not any(_GEMFURY_TEXT.search(line_text(lines, number))
               for number in range(max(0, index - GEMFURY_LINES), min(len(lines), index + GEMFURY_LINES + 1))):
        return
    lowered = line.lower()
    spans = [found.span("token") for found in _USER_FLAG.finditer(line)] if "-u" in line else []
    if "username" in lowered and len(lowered) == len(line):  # (the same offsets in both)
        spans += [found.span("token") for found in _USERNAME_KEY.finditer(lowered)]
    reported: Set[str] = set()
    for start, end in spans:
        token = line[start:end]
        if token in reported or not (_is_token_user(token) and _mixed_case(token)):
            continue
        reported.add(token)
        yield Match(secret=token, confidence=HIGH, details={"form": "gemfury-username"},
                    description="Gemfury token given as the user name for a fury.io index: pushes to the account")


def _cloudsmith_entitlements(line: str) -> Iterator[Match]:
    """Cloudsmith entitlement tokens in dl.cloudsmith.io paths."""
    for found in _CLOUDSMITH.finditer(line):
        token = found.group("token")
        if token.lower() in _CLOUDSMITH_WORDS or token.isalpha() and token.islower() or is_placeholder(token):
            continue
        yield Match(secret=token, confidence=HIGH, details={"form": "cloudsmith-entitlement"},
                    description="Cloudsmith entitlement token in a dl.cloudsmith.io URL: installs from the private repository")


def _mixed_case(token: str) -> bool:
    return any(character.isupper() for character in token) and any(character.islower() for character in token)


def _index_variables(line: str, filename: str) -> Iterator[Match]:
    """An installer's index variable with a `user:password@` URL, or Poetry's / uv's index
    password variable, on a line of any file."""
    if line.lstrip().startswith(("#", "//", ";", "REM ", "rem ")):
        return
    lowered = line.lower()
    if "index" in lowered or "find_links" in lowered or "find-links" in lowered or "-i http" in lowered or "-f http" in lowered:
        from secretfence.sources.pypirc import split_userinfo

        for variable in _INDEX_VARIABLE.finditer(line):
            rest = line[variable.end():]
            url = _URL.search(rest)
            if url is None or rest[:url.start()].strip(" \t\"'") != "":
                continue
            text = url.group(0)
            end = _URL_END.search(text)
            name = variable.group("name") or variable.group("option")
            if name == "-f" and "pip" not in lowered:
                continue
            clean, username, password = split_userinfo(text[:end.start()] if end else text)
            if password and not is_placeholder(password) and "$" not in password and "%" not in password:
                yield Match(secret=password, confidence=MEDIUM,
                            description=f"password in the index URL of {name}, user "
                            f"{username or '?'} at {clean}: pip and uv send it to that index",
                            details={"url": clean, "variable": name})
            elif not password and _is_token_user(username or "") and not _NAME_AS_USER.match(username or ""):
                # a licence key or token as the user, no password (Prodigy's `-f https://<key>@download.prodi.gy`)
                yield Match(secret=username or "", confidence=MEDIUM,
                            description=f"token given as the user of the index URL of {name} at {clean}: "
                            "pip and uv send it to that index", details={"url": clean, "variable": name})
    if "_password" in lowered:
        for found in _INDEX_PASSWORD_VARIABLE.finditer(line):
            password, _ = value_of(found)
            if found.group("bare") is not None and filename.lower().endswith(_CODE_SUFFIXES):
                continue  # an expression
            if len(password) >= 6 and not is_placeholder(password) and "$" not in password:
                yield Match(secret=password, confidence=MEDIUM,
                            description=f"index password in {found.group('name')}: Poetry and uv send it to that index",
                            details={"variable": found.group("name")})


# A netrc entry outside a .netrc file (`cat ~/.netrc` in a notebook's output, a here-doc, a doc):
# a line made only of netrc token pairs holding `password`, in a block of such lines (this one and
# up to NETRC_BLOCK_LINES above) that names a `machine` (or `default`) and a `login`.
_NETRC_PAIRS_LINE = lazy_regex(
    r"^[ \t]*(?:(?:machine|login|password|account|port)[ \t]+[^\s\"'`]{1,256}[ \t]*|default[ \t]*){1,6}$"
)
_NETRC_PAIR = lazy_regex(r"(machine|login|password|account|port)[ \t]+([^\s\"'`]{1,256})|default")
NETRC_BLOCK_LINES = 4
MAX_NETRC_LINE = 1024
# A documentation host or login (`machine api.example.com`, `login me@example.com`): an example.
_EXAMPLE_NAME = lazy_regex(r"(?i)(?:^|[.@])(?:example(?:\.\w+)?|localhost|[\w-]+\.(?:test|invalid|example))$")

_ANONYMOUS_LOGINS = frozenset({"anonymous", "ftp"})
_EMAIL = lazy_regex(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _netrc_entry(lines: Sequence[str], index: int) -> Iterator[Match]:
    """The password of a netrc entry written out in any text (see _NETRC_PAIRS_LINE)."""
    line = line_text(lines, index).rstrip()
    if len(line) > MAX_NETRC_LINE or not _NETRC_PAIRS_LINE.match(line):
        return  # (the anchored pattern fails at the first word of a line of code or prose)
    if not any("machine" in text or "default" in text
               for text in (line_text(lines, number) for number in range(max(0, index - NETRC_BLOCK_LINES), index + 1))):
        return  # an entry names its machine: a literal test before reading the block's pairs
    tokens: Dict[str, str] = {}
    password = ""
    for number in range(index, max(-1, index - NETRC_BLOCK_LINES - 1), -1):
        text = line_text(lines, number).rstrip()
        if number < index and (len(text) > MAX_NETRC_LINE or not _NETRC_PAIRS_LINE.match(text)):
            break
        for pair in _NETRC_PAIR.finditer(text):
            name = pair.group(1) or "machine"
            if number == index and name == "password":
                password = pair.group(2)
            tokens.setdefault(name, pair.group(2) or "default")
        if "machine" in tokens:
            break  # the entry starts at its `machine` (or `default`)
    machine, login = tokens.get("machine", ""), tokens.get("login", "")
    if not password or not machine or not login or is_placeholder(password) or len(password) < 6:
        return
    if _EXAMPLE_NAME.search(machine) or _EXAMPLE_NAME.search(login):
        return  # documentation's `machine api.example.com login me@example.com password …`
    if login.lower() in _ANONYMOUS_LOGINS or _EMAIL.match(password):
        return  # anonymous FTP: the "password" is by convention the user's e-mail address
    yield Match(secret=password, confidence=HIGH,
                description=f"netrc entry's password for machine {machine} (login {login}) outside a .netrc file: "
                "the text of a .netrc, which curl, git, pip, uv and requests send to that host",
                details={"machine": machine, "form": "netrc-entry"})


_NETRC_TOKEN = lazy_regex(r"(?:^|(?<=\s))(?:(machine|login|macdef|password|account)[ \t]+(\S+)|(default)(?=\s|$))")


def _anonymous_or_macro(lines: Sequence[str], index: int) -> bool:
    """A .netrc line whose entry logs in as `anonymous`/`ftp` (anonymous FTP: its password is by
    convention an address or `guest`), or a line of a `macdef` macro's body (text up to a blank
    line, which ftp runs; no tokens)."""
    for number in range(index, max(-1, index - 20), -1):
        text = line_text(lines, number)
        if number < index and not text.strip():
            return False  # a blank line ends a macro's body; an entry's tokens stand above it
        tokens = list(_NETRC_TOKEN.finditer(text))
        if any(token.group(1) == "macdef" for token in tokens) and number < index:
            return True
        if sum(1 for token in tokens if token.group(1) == "machine" or token.group(3)) > 1:
            return False  # several entries on one line: an anonymous one must not hide the others' passwords
        for token in tokens:
            if token.group(1) == "login" and (token.group(2) or "").lower() in _ANONYMOUS_LOGINS:
                return True
        if any(token.group(1) == "machine" or token.group(3) for token in tokens):
            return False  # the entry's start
    return False


def _machine(lines: Sequence[str], index: int) -> Optional[str]:
    """The `machine` this password belongs to: on its line or the nearest line above."""
    for number in range(index, max(-1, index - 20), -1):
        found = _NETRC_MACHINE.search(line_text(lines, number))
        if found:
            return found.group(1)
        if line_text(lines, number).lstrip().startswith("default"):
            return "default"
    return None


KIND = Kind.of(SecretfenceIndexCredentialDetector)
