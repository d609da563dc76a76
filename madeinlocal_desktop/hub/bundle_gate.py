"""The one place the hub checks that a bundle is well-formed before storing it.

An adapter around exchange/bundles.py: the hub needs the checks that reading a bundle makes
before any decryption (a real zip with safe names, a manifest in the known format, made for
this study, signed with its key, whose record member has the SHA-256 and size it announces),
without the records themselves: it has no passphrase, and merging is the clients' business.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from .. import crypto
from ..errors import InvalidInput
from ..sync.bundles import ENCRYPTED_RECORDS, FORMAT, MANIFEST, RECORDS, SIGNATURE

_MAX_MANIFEST = 1 << 20


@dataclass(frozen=True)
class CheckedBundle:
    bundle_id: str
    study_id: str
    device: str
    sequence: int
    who: str | None
    encrypted: bool
    size: int
    sha256: str


class Refused(InvalidInput):
    """A bundle the hub will not store (HTTP 422); nothing was stored."""


def check_bundle(data: bytes, *, study_id: str, key: bytes,
                 sha256: str | None = None) -> CheckedBundle:
    """`sha256`: the digest of `data` when the caller has just computed it (a 64 MB bundle
    takes a tenth of a second to hash again)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _checked(archive, data, study_id, key,
                            sha256 or hashlib.sha256(data).hexdigest())
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
            TypeError, NotImplementedError, RuntimeError):
        raise Refused("hub.bundle_damaged") from None


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Refused("hub.bundle_damaged")
    return data


def _escapes(name: str) -> bool:
    parts = name.split("/")
    return (not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name
            or any(part in ("", ".", "..") for part in parts))


def _checked(archive: zipfile.ZipFile, data: bytes, study_id: str, key: bytes,
             sha256: str) -> CheckedBundle:
    names = [info.filename for info in archive.infolist()]
    if any(_escapes(name) for name in names) or len(set(names)) != len(names):
        raise Refused("hub.bundle_damaged")
    if MANIFEST not in names or SIGNATURE not in names:
        raise Refused("hub.not_a_bundle")
    manifest_bytes = _read(archive, MANIFEST, _MAX_MANIFEST)
    manifest: Any = json.loads(manifest_bytes.decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refused("hub.not_a_bundle")
    if manifest.get("study_id") != study_id:
        raise Refused("hub.bundle_other_study")
    signature = _read(archive, SIGNATURE, 1024).decode("ascii", "replace")
    if not crypto.signature_matches(key, manifest_bytes, signature):
        raise Refused("hub.bundle_signature")
    members = manifest.get("members")
    if not isinstance(members, dict) or len(members) != 1 \
            or set(members) != set(names) - {MANIFEST, SIGNATURE}:
        raise Refused("hub.bundle_damaged")
    member, expected = next(iter(members.items()))
    if member not in (RECORDS, ENCRYPTED_RECORDS) or not isinstance(expected, dict):
        raise Refused("hub.bundle_damaged")
    size = int(expected.get("size", -1))
    if archive.getinfo(member).file_size != size:
        raise Refused("hub.bundle_damaged")
    payload = _read(archive, member, size)
    if hashlib.sha256(payload).hexdigest() != expected.get("sha256"):
        raise Refused("hub.bundle_altered")
    return CheckedBundle(
        bundle_id=str(uuid.UUID(str(manifest["bundle_id"]))), study_id=study_id,
        device=str(manifest["device"]), sequence=int(manifest["sequence"]),
        who=None if manifest.get("who") is None else str(manifest["who"]),
        encrypted=member == ENCRYPTED_RECORDS, size=len(data),
        sha256=sha256)
