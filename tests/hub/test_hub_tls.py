"""The app's client over HTTPS: a server whose certificate does not verify is refused with a
message that says so (not as a network gone), and nothing is sent."""

from __future__ import annotations

import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.exchange.hub_client import HubClient, HubRefused


class _Answer(BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Answer.calls.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_certificate_that_does_not_verify_is_refused_before_anything_is_sent(
        tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost"],
                   check=True, capture_output=True, timeout=60)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    language.set_language("fr")
    try:
        client = HubClient(f"https://localhost:{server.server_address[1]}")
        with pytest.raises(HubRefused, match=r"Le certificat du serveur .* n'est pas valable"):
            client.health()
    finally:
        language.set_language(None)
        server.shutdown()
    assert _Answer.calls == []
