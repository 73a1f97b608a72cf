"""A project's released files, from a package index's simple API, and a download cache by hash.

The project page is asked for as PEP 691 JSON (`application/vnd.pypi.simple.v1+json`); an index
that answers HTML is read as PEP 503. Each file's version comes from its name (packaging's
wheel and sdist name parsers: what installers use). Downloads go into a cache directory keyed by
the sha256 the index gives, through a `.part` file that a later run resumes (HTTP Range); a
file is used only once its sha256 matches. Nothing is written outside the cache.
"""
from __future__ import annotations

import base64
import hashlib
import html.parser
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import IO, Any, Dict, List, Optional, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.errors import UnreadableInputError, UsageError
from secretfence.sources.pypirc import split_userinfo

DEFAULT_INDEX = "https://pypi.org/simple/"
ACCEPT = ("application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, "
          "text/html;q=0.01")
DEFAULT_TIMEOUT = 30.0
# One released file may be this large: PyPI's upload limit is 100 MB unless raised for a project,
# and the largest raised ones (CUDA, ML wheels) stay under 1 GiB. A server that streams more
# (no sha256 to stop it, no end) is cut there: the disk is never filled.
DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024
# All of one download, however the server trickles it: 1 GiB at ~1.5 MB/s. `timeout` bounds
# each wait for bytes; this bounds the sum.
DEFAULT_DOWNLOAD_DEADLINE = 720.0
# A project page larger than this is not a project page.
MAX_PAGE_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_LOOKS_HTML = re.compile(rb"<\s*(?:!doctype|html|head|body|a)\b", re.IGNORECASE)


# (file name, URL as listed, {algorithm: digest}, yanked, size)
Entry = Tuple[str, str, Dict[str, Any], bool, Optional[int]]


class DownloadError(Exception):
    """One file could not be fetched or did not match its hash: reported for that file alone."""


@dataclass(frozen=True)
class ReleaseFile:
    filename: str
    url: str
    sha256: str  # "" when the index gives none
    version: str  # "" when the name is neither a wheel's nor an sdist's
    yanked: bool = False
    size: Optional[int] = None


@dataclass
class Listing:
    project: str
    index: str  # shown: without credentials
    files: List[ReleaseFile] = field(default_factory=list)
    api: str = ""  # "json" (PEP 691) or "html" (PEP 503)


def cache_root() -> str:
    """$XDG_CACHE_HOME/secretfence/releases, default ~/.cache/secretfence/releases."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "secretfence", "releases")


def normalized(project: str) -> str:
    """PEP 503 name normalisation."""
    return re.sub(r"[-_.]+", "-", project).lower()


def shown_url(url: str) -> str:
    """A URL fit for a message: without any user:password@."""
    return split_userinfo(url)[0]


def _request(url: str, accept: str = "*/*", headers: Optional[Dict[str, str]] = None) -> urllib.request.Request:
    bare, user, password = split_userinfo(url)
    request = urllib.request.Request(bare, headers={"Accept": accept, "User-Agent": "secretfence check-released",
                                                    **(headers or {})})
    if user is not None or password is not None:
        # As pip reads them: percent-escapes in user:password@ are undone.
        login = f"{urllib.parse.unquote(user or '')}:{urllib.parse.unquote(password or '')}"
        token = base64.b64encode(login.encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    return request


def _origin(url: str) -> Tuple[str, str, Optional[int]]:
    """(scheme, host, port) of a URL, the default port spelt out: what a login belongs to."""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


class _LoginStaysHome(urllib.request.HTTPRedirectHandler):
    """Redirects as urllib follows them, except that the index's login (the Authorization header,
    which urllib copies onto the redirected request) is dropped once the redirect leaves the
    origin it was meant for: a file that redirects to a CDN, or to an attacker's host, never
    receives the index password."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: Any, newurl: str) -> Optional[urllib.request.Request]:
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None and _origin(req.full_url) != _origin(redirected.full_url):
            for held in (redirected.headers, redirected.unredirected_hdrs):
                for name in [name for name in held if name.lower() == "authorization"]:
                    del held[name]
        return redirected


_OPENER = urllib.request.build_opener(_LoginStaysHome())


def _open(request: urllib.request.Request, timeout: float) -> Any:
    return _OPENER.open(request, timeout=timeout)


def _version_of(filename: str) -> str:
    from packaging.utils import (
        InvalidSdistFilename,
        InvalidWheelFilename,
        parse_sdist_filename,
        parse_wheel_filename,
    )

    try:
        if filename.endswith(".whl"):
            return str(parse_wheel_filename(filename)[1])
        if filename.endswith((".tar.gz", ".zip")):
            return str(parse_sdist_filename(filename)[1])
    except (InvalidWheelFilename, InvalidSdistFilename, ValueError):
        return ""
    return ""


def list_files(project: str, index_url: str = DEFAULT_INDEX, timeout: float = DEFAULT_TIMEOUT) -> Listing:
    """Every file the index lists for `project`. An index that cannot be reached, or a page that
    is not a project page, is an UnreadableInputError (one line); an unknown project too."""
    base = index_url if index_url.endswith("/") else index_url + "/"
    page_url = urllib.parse.urljoin(base, normalized(project) + "/")
    listing = Listing(project=project, index=shown_url(base))
    try:
        with _open(_request(page_url, ACCEPT), timeout) as response:
            content_type = response.headers.get_content_type()
            body = response.read(MAX_PAGE_BYTES + 1)
            final_url = shown_url(page_url) if response.geturl() is None else response.geturl()
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise UnreadableInputError(f"{project}: no such project on {listing.index}") from None
        raise UnreadableInputError(f"{listing.index}: the index answered HTTP {error.code} for {project}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise UnreadableInputError(f"{listing.index}: index unreachable ({_reason(reason)})") from None
    if len(body) > MAX_PAGE_BYTES:
        raise UnreadableInputError(f"{listing.index}: the project page of {project} is over {MAX_PAGE_BYTES} bytes")
    if content_type == "application/vnd.pypi.simple.v1+json" or content_type == "application/json":
        listing.api = "json"
        entries = _json_files(body, listing.index, project)
    else:
        listing.api = "html"
        entries = _html_files(body, listing.index, project)
    for name, href, hashes, yanked, size in entries:
        url = urllib.parse.urljoin(final_url, href)
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            continue
        url = _with_credentials(url, page_url)
        sha256 = str(hashes.get("sha256", "")).lower()
        listing.files.append(ReleaseFile(filename=name, url=url, sha256=sha256 if _SHA256.match(sha256) else "",
                                         version=_version_of(name), yanked=yanked, size=size))
    return listing


def _with_credentials(url: str, page_url: str) -> str:
    """A file on the index's own host gets the index URL's user:password@ (a private index);
    a file elsewhere (a CDN) never does."""
    bare, user, password = split_userinfo(page_url)
    if user is None and password is None:
        return url
    user, password = urllib.parse.unquote(user or ""), None if password is None else urllib.parse.unquote(password)
    index_parts, file_parts = urllib.parse.urlsplit(bare), urllib.parse.urlsplit(url)
    if (index_parts.scheme, index_parts.netloc) != (file_parts.scheme, file_parts.netloc):
        return url
    userinfo = urllib.parse.quote(user, safe="") + (":" + urllib.parse.quote(password, safe="") if password is not None else "")
    return urllib.parse.urlunsplit(file_parts._replace(netloc=f"{userinfo}@{file_parts.netloc}"))


def _reason(error: object) -> str:
    text = getattr(error, "strerror", None) or str(error)
    return text.splitlines()[0] if text else type(error).__name__


def _json_files(body: bytes, index: str, project: str) -> List[Entry]:
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UnreadableInputError(f"{index}: the project page of {project} is not valid JSON") from None
    files = document.get("files") if isinstance(document, dict) else None
    if not isinstance(files, list):
        raise UnreadableInputError(f"{index}: the project page of {project} has no `files` list (PEP 691)")
    entries: List[Entry] = []
    for item in files:
        if not isinstance(item, dict) or not isinstance(item.get("filename"), str) or not isinstance(item.get("url"), str):
            raise UnreadableInputError(f"{index}: the project page of {project} has a malformed file entry (PEP 691)")
        hashes = item.get("hashes") if isinstance(item.get("hashes"), dict) else {}
        size = item.get("size") if isinstance(item.get("size"), int) else None
        entries.append((item["filename"], item["url"], dict(hashes or {}), bool(item.get("yanked")), size))
    return entries


class _Anchors(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: List[Tuple[Dict[str, Optional[str]], str]] = []
        self._open: Optional[Dict[str, Optional[str]]] = None
        self._text: List[str] = []

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        if tag == "a":
            self._open, self._text = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.anchors.append((self._open, "".join(self._text).strip()))
            self._open = None


def _html_files(body: bytes, index: str, project: str) -> List[Entry]:
    parser = _Anchors()
    try:
        parser.feed(body.decode("utf-8", "replace"))
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient; still
        raise UnreadableInputError(f"{index}: the project page of {project} is not HTML") from None
    entries: List[Entry] = []
    for attrs, text in parser.anchors:
        href = attrs.get("href")
        if not href:
            continue
        address, _, fragment = href.partition("#")
        name = urllib.parse.unquote(urllib.parse.urlsplit(address).path.rsplit("/", 1)[-1]) or text
        algorithm, _, digest = fragment.partition("=")
        hashes = {algorithm: digest} if algorithm and digest else {}
        entries.append((name, address, hashes, "data-yanked" in attrs, None))
    if not entries and not _LOOKS_HTML.search(body[:65536]):
        raise UnreadableInputError(f"{index}: the project page of {project} is neither PEP 691 JSON nor HTML")
    return entries


def cached_path(cache_dir: str, sha256: str) -> str:
    return os.path.join(cache_dir, sha256[:2], sha256)


def shown_size(size: int) -> str:
    """A byte count as a person reads it: 1 GiB, 100 MiB, 1500 bytes."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"


def fetch(release: ReleaseFile, cache_dir: str, timeout: float = DEFAULT_TIMEOUT,
          max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES, deadline: float = DEFAULT_DOWNLOAD_DEADLINE) -> str:
    """The path of `release` in the cache, downloaded (or a partial download resumed) when not
    there yet, its sha256 checked. A file over `max_bytes` (announced, or as it arrives) is
    refused and its `.part` deleted; a download still running `deadline` seconds after it
    started is cut (what arrived is kept to resume). Raises DownloadError, with a one-line reason."""
    key = release.sha256 or "url-" + hashlib.sha256(release.url.encode()).hexdigest()
    final = cached_path(cache_dir, key)
    if release.sha256 and os.path.isfile(final):
        return final  # only ever renamed there once its hash matched
    limit = shown_size(max_bytes)
    if release.size is not None and release.size > max_bytes:
        raise DownloadError(f"the index lists it at {release.size} bytes, over the {limit} size limit (--max-size); "
                            "not downloaded")
    os.makedirs(os.path.dirname(final), exist_ok=True)
    part = final + ".part"
    digest = hashlib.sha256()
    have = 0
    if os.path.isfile(part):
        if os.path.getsize(part) > max_bytes:
            os.unlink(part)  # from a run with a higher limit: never resumed past this one's
        else:
            with open(part, "rb") as handle:
                for chunk in iter(lambda: handle.read(_CHUNK), b""):
                    digest.update(chunk)
                    have += len(chunk)
    headers = {"Range": f"bytes={have}-"} if have else {}
    ends = time.monotonic() + deadline
    try:
        with _open(_request(release.url, headers=headers), timeout) as response:
            if have and response.status != 206:  # the server ignores ranges: start over
                digest, have = hashlib.sha256(), 0
            expected = response.headers.get("Content-Length")
            if expected is not None and expected.isdigit() and have + int(expected) > max_bytes:
                _discard(part)
                raise DownloadError(f"the server announces {have + int(expected)} bytes, over the {limit} size limit "
                                    "(--max-size); not downloaded")
            received = 0
            with open(part, "ab" if have else "wb") as out:
                # read1: whatever has arrived, so that the limits are checked as bytes come, not
                # after a whole chunk a slow server may take forever to fill.
                for chunk in iter(lambda: response.read1(_CHUNK), b""):
                    received += len(chunk)
                    if have + received > max_bytes:
                        out.close()
                        _discard(part)
                        raise DownloadError(f"over the {limit} size limit (--max-size) and still coming; download "
                                            "stopped and deleted")
                    out.write(chunk)
                    digest.update(chunk)
                    if time.monotonic() > ends:
                        raise DownloadError(f"download took longer than {deadline:g} s (--download-deadline); what "
                                            "arrived is kept to resume next run")
            if expected is not None and expected.isdigit() and received != int(expected):
                raise DownloadError(f"download ended early ({have + received} of {have + int(expected)} bytes); what "
                                    "arrived is kept to resume next run")
    except DownloadError:
        raise
    except urllib.error.HTTPError as error:
        if error.code != 416 or not have:  # 416 after a whole .part: nothing left to fetch (checked below)
            raise DownloadError(f"download failed: HTTP {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise DownloadError(f"download failed ({_reason(getattr(error, 'reason', None) or error)}); "
                            "what arrived is kept to resume next run") from None
    except http.client.HTTPException as error:  # IncompleteRead, a bad status line…
        raise DownloadError(f"download ended early ({type(error).__name__}); what arrived is kept to resume "
                            "next run") from None
    actual = digest.hexdigest()
    if release.sha256 and actual != release.sha256:
        os.unlink(part)
        raise DownloadError(f"sha256 mismatch: the index says {release.sha256[:16]}…, the download is {actual[:16]}…")
    if not release.sha256:
        final = cached_path(cache_dir, actual)
        os.makedirs(os.path.dirname(final), exist_ok=True)
    os.replace(part, final)
    return final


def _discard(part: str) -> None:
    try:
        os.unlink(part)
    except FileNotFoundError:
        pass


def check_cache_dir(path: str) -> str:
    """The cache directory, created if missing; a path that cannot be one is a usage error."""
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as error:
        raise UsageError(f"--cache-dir {path}: cannot create it: {error.strerror or error}") from None
    if not os.path.isdir(path) or not os.access(path, os.W_OK):
        raise UsageError(f"--cache-dir {path}: not a writable directory")
    return path
