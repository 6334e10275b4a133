"""Fetching an article over http or https with the standard library, within limits.

A total time limit (10 s by default, for connecting and reading), a size cap (the same
--max-bytes as for files, checked against Content-Length and while reading), a
content-type check (HTML, XHTML, plain text or Markdown), at most 5 redirects and only
to http or https. Every failure is a one-line ReadError naming the URL.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .base import ReadError
from .detect import SCHEME

TIMEOUT = 10.0
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = "framing-tui (+https://pypi.org/project/framing-tui/)"
ACCEPTED_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": None,  # sniffed: plain text, or Markdown served as text
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    format: str | None  # "html", "markdown", or None to sniff
    charset: str | None
    url: str  # after redirects


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT, max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """GET `url` (http or https only) within the limits above."""
    m = SCHEME.match(url)
    scheme = m.group(1).lower() if m else ""
    if scheme not in ("http", "https"):
        raise ReadError(f"{url}: unsupported URL scheme '{scheme}' (only http and https)")
    if not urlsplit(url).hostname:
        raise ReadError(f"{url}: not a valid URL (no host)")
    opener = urllib.request.build_opener(_Redirects(url, max_redirects))
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html, text/plain;q=0.8",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            fmt, charset = _check_type(url, response.headers)
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            data = _read(response, url, max_bytes, deadline, timeout)
            final = response.geturl()
    except ReadError:
        raise
    except urllib.error.HTTPError as e:
        raise ReadError(f"{url}: the server answered HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _timed_out(url, timeout) from None
        raise ReadError(f"{url}: cannot fetch: {getattr(reason, 'strerror', None) or reason}") from None
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise ReadError(f"{url}: cannot fetch: {type(e).__name__}: {e}") from None
    return Fetched(data, fmt, charset, final)


def _read(response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(url, timeout)
        chunk = response.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
    return b"".join(chunks)


def _check_type(url: str, headers: Message) -> tuple[str | None, str | None]:
    raw = headers.get("Content-Type")
    if not raw:
        return None, None  # no type given: the content is sniffed (and refused if binary)
    kind = headers.get_content_type()
    if kind not in ACCEPTED_TYPES:
        raise ReadError(f"{url}: content type '{kind}' is not an article (need text/html or text/plain)")
    return ACCEPTED_TYPES[kind], headers.get_content_charset()


def _too_large(url: str, max_bytes: int) -> ReadError:
    return ReadError(f"{url}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")


def _timed_out(url: str, timeout: float) -> ReadError:
    return ReadError(f"{url}: timed out after {timeout:g} s")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """At most `limit` redirects, each to http or https."""

    def __init__(self, url: str, limit: int) -> None:
        self.url = url
        self.limit = limit
        self.count = 0

    def http_error_302(self, req, fp, code, msg, headers):
        # urllib itself would follow a redirect to ftp:, and calls a file: one an HTTP error.
        location = headers.get("location") or headers.get("uri")
        if location:
            scheme = urlsplit(urljoin(req.full_url, location)).scheme.lower()
            if scheme not in ("http", "https"):
                fp.close()
                raise ReadError(f"{self.url}: redirected to an unsupported URL scheme '{scheme}'")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.count += 1
        if self.count > self.limit:
            fp.close()
            raise ReadError(f"{self.url}: too many redirects (more than {self.limit})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
