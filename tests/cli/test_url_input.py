"""URL input, served by a local server on 127.0.0.1: nothing here touches the network."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from framing_tui.readers import ReadError
from framing_tui.readers.url import fetch

from .html_pages import MINIMAL_PAGE
from .input_tools import invoke, one_error_line, report_of

ARTICLE_HTML = MINIMAL_PAGE.encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        path = self.path
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE_HTML)
        elif path == "/plain":
            self._send(200, "text/plain", b"The mayor said the plan would work.\n")
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not an article")
        elif path == "/missing":
            self._send(404, "text/html", b"<html><body><p>Not found</p></body></html>")
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            if n >= 6:
                self._send(200, "text/html", ARTICLE_HTML)
            else:
                self._redirect(f"/hop/{n + 1}")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file.txt")
        elif path == "/big":
            self._send(200, "text/html", b"<html><body><p>" + b"word " * 2000 + b"</p></body></html>")
        elif path == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"word " * 2000)
            self.close_connection = True
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", ARTICLE_HTML)
        else:
            self._send(404, "text/plain", b"no")

    def _send(self, code, kind, body):
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_a_url_is_fetched_and_its_article_extracted(server):
    report, _ = report_of("analyze", f"{server}/article")
    assert report["text"].startswith("Flood barrier opens\n\nThe new flood barrier at Kestrel Harbor")


def test_plain_text_over_http_is_analysed_as_given(server):
    report, _ = report_of("analyze", f"{server}/plain")
    assert report["text"] == "The mayor said the plan would work.\n"


def test_redirects_are_followed_up_to_five(server):
    report, _ = report_of("analyze", f"{server}/hop/1")  # five redirects
    assert "Kestrel Harbor" in report["text"]
    one_error_line(invoke("analyze", f"{server}/hop/0"), "too many redirects (more than 5)")


@pytest.mark.parametrize(
    "path, message",
    [
        ("/pdf", "content type 'application/pdf' is not an article"),
        ("/missing", "HTTP 404"),
        ("/to-ftp", "redirected to an unsupported URL scheme 'ftp'"),
    ],
)
def test_bad_urls_give_one_line_and_exit_2(server, path, message):
    one_error_line(invoke("analyze", f"{server}{path}"), message)


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_a_url_larger_than_the_limit_is_refused(server, path):
    one_error_line(invoke("analyze", f"{server}{path}", "--max-bytes", "1000"), "--max-bytes")


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://127.0.0.1/story.txt", "unsupported URL scheme 'ftp' (only http and https)"),
        ("file:///etc/hostname", "unsupported URL scheme 'file'"),
        ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
        ("http:///no-host", "not a valid URL"),
    ],
)
def test_other_schemes_are_refused_without_fetching(url, message):
    one_error_line(invoke("analyze", url), message)


def test_a_refused_connection_is_one_line(server):
    import socket

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    one_error_line(invoke("analyze", f"http://127.0.0.1:{port}/x"), "cannot fetch")


def test_a_slow_server_times_out(server):
    with pytest.raises(ReadError, match=r"timed out after 0\.5 s"):
        fetch(f"{server}/slow", max_bytes=10_000, timeout=0.5)
