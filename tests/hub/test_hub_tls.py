"""The app's client over HTTPS: a server whose certificate does not verify is refused with a
message that says so (not as a network gone), and nothing is sent."""

from __future__ import annotations

import ssl
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.sync.hub_client import HubClient, HubRefused


class _Answer(BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Answer.calls.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost that no authority signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    secret = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(secret.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(minutes=5))
                   .not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                                  critical=False)
                   .sign(secret, hashes.SHA256()))
    key, cert = folder / "key.pem", folder / "cert.pem"
    key.write_bytes(secret.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key, cert


def test_a_certificate_that_does_not_verify_is_refused_before_anything_is_sent(
        tmp_path: Path) -> None:
    key, cert = _self_signed(tmp_path)
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
