"""Bundle files: append-only zips that carry one device's changed records (docs/exchange.md).

    <surveyor>_<device>_<sequence>_<bundle uuid>.zip   (older bundles: without <surveyor>)
        manifest.json       what the bundle is: ids, versions, counts, SHA-256 of each member
        manifest.sig        HMAC-SHA256 of manifest.json under the study key
        records.jsonl       per table, a header line naming the columns, then one JSON array per
                        record (records.jsonl.aes when encrypted)

An encrypted bundle is named <device>_<sequence>_<bundle uuid>.zip and its readable manifest
holds only what routing needs (study, device, sequence, schema, sizes); the study name, the
person, the date, the app version and the counts travel as the first line of the encrypted
records and are checked after decryption as a plain manifest's are. Older encrypted bundles,
with everything in the readable manifest, still import.

Reading checks everything before returning anything, and refuses with a message a surveyor can
act on; nothing is extracted to disk. A bundle is written once under a new name, never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import re
import struct
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .. import crypto, paths
from ..domain.rules import has_bad_characters, shown
from ..errors import InvalidInput, NewerFileError
from .received_rows import TableRows, json_lines_to_rows, rows_to_json_lines

FORMAT = "madeinlocal-bundle/1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
RECORDS, ENCRYPTED_RECORDS = "records.jsonl", "records.jsonl.aes"
# Kept in the readable manifest of an encrypted bundle: what a hub or a folder needs to route it
# and to refuse it before any passphrase is asked. The other keys go inside the encryption.
ROUTING_KEYS = frozenset({"format", "bundle_id", "study_id", "device", "sequence", "schema",
                          "members", "encryption"})
SEALED = "sealed_manifest"  # a readable manifest's mark: the rest is inside the records
SUFFIX = ".zip"
_MAX_MANIFEST = 1 << 20
_MAX_RECORDS = 1 << 30  # a zip bomb stops here instead of filling the memory
_NAME_RE = re.compile(r"^(?:(?P<who>[A-Za-z0-9.-]+)_)?(?P<device>[^_]+)_(?P<sequence>\d+)_"
                      r"(?P<id>[0-9a-f-]{36})\.zip$")
_MAX_SEQUENCE = 2**53
_MAX_LABEL = 200  # a device id or a person's name in a manifest


class BundleRefused(InvalidInput):
    """A bundle that is not imported; nothing was changed."""


class ForeignBundle(BundleRefused):
    """A bundle made for another study (folder sync skips these quietly)."""


@dataclass(frozen=True)
class BundleInfo:
    """What the manifest says, once checked."""

    bundle_id: str
    study_id: str
    study_name: str
    device: str
    sequence: int
    who: str | None
    created_at: str
    app_version: str
    schema: str
    counts: dict[str, int]
    encrypted: bool
    path: Path
    sha256: str


@dataclass
class Bundle:
    info: BundleInfo
    tables: dict[str, TableRows]  # the travelling tables
    categories: list[dict[str, Any]]


def safe_device(device: str) -> str:
    """A device id as it may appear in a file name (no '_', which separates the parts)."""
    return re.sub(r"[^A-Za-z0-9.-]", "-", device) or "device"


def safe_person(who: str | None) -> str:
    """A person's name as it may appear in a file name on every system: accents dropped, only
    letters, digits, '.' and '-' ("Élodie Martin" → "Elodie-Martin"); "" when nothing is left."""
    plain = unicodedata.normalize("NFKD", who or "").encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9.-]+", "-", plain).strip("-.")
    return re.sub(r"-{2,}", "-", words)[:40].strip("-.")


def file_name(device: str, sequence: int, bundle_id: str, who: str | None = None) -> str:
    person = safe_person(who)
    return f"{person + '_' if person else ''}{safe_device(device)}_{sequence:06d}_{bundle_id}" \
        f"{SUFFIX}"


def id_from_file_name(name: str) -> str | None:
    match = _NAME_RE.match(name)
    return match["id"] if match else None


def order_key(name: str) -> tuple[str, int, str]:
    """Bundles of one device in the order they were made (older names sort the same way)."""
    match = _NAME_RE.match(name)
    if match is None:
        return ("", 0, name)
    return (match["device"], int(match["sequence"]), name)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- writing -------------------------------------------------------------------------------------

def write_bundle(folder: Path, *, study_id: str, study_name: str, device: str, sequence: int,
                 who: str | None, created_at: str, app_version: str, schema: str,
                 tables: Mapping[str, TableRows], categories: Sequence[dict[str, Any]],
                 key: bytes, passphrase: str | None = None) -> BundleInfo:
    """Write a new bundle file in `folder` (never over an existing one)."""
    if not folder.is_dir():
        raise InvalidInput("bundle.folder_missing", path=shown(str(folder), 200))
    if passphrase:
        crypto.check_new_passphrase(passphrase)
    bundle_id = str(uuid.uuid4())
    names = list(categories[0]) if categories else []
    lines = rows_to_json_lines("categories", TableRows(
        names, [[c[n] for n in names] for c in categories]))
    for table, block in tables.items():
        if block.rows:
            lines += rows_to_json_lines(table, block)
    counts = {table: len(block) for table, block in sorted(tables.items()) if block.rows}
    about = {"study_name": study_name, "who": who, "created_at": created_at,
             "app_version": app_version, "counts": counts}
    member, encryption = RECORDS, None
    if passphrase:
        # The private part of the manifest leads the records; compressed before encryption,
        # since ciphertext does not compress.
        sealed = json.dumps({SEALED: about}, ensure_ascii=False, sort_keys=True)
        payload = ("\n".join([sealed, *lines]) + "\n").encode("utf-8")
        payload, encryption = crypto.encrypt(passphrase, zlib.compress(payload, 6),
                                             bundle_id.encode())
        member = ENCRYPTED_RECORDS
    else:
        payload = ("\n".join(lines) + "\n").encode("utf-8")
    manifest: dict[str, Any] = {
        "format": FORMAT, "bundle_id": bundle_id, "study_id": study_id, "device": device,
        "sequence": sequence, "schema": schema,
        "members": {member: {"sha256": hashlib.sha256(payload).hexdigest(),
                             "size": len(payload)}},
        "encryption": encryption,
    }
    if encryption is None:
        manifest |= about
    else:
        manifest[SEALED] = True
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                sort_keys=True).encode("utf-8")
    # An encrypted bundle's name does not say whose it is either.
    target = folder / file_name(device, sequence, bundle_id, None if encryption else who)
    partial = target.with_name(target.name + ".part")
    with paths.open_private(partial) as handle, \
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, crypto.sign(key, manifest_bytes) + "\n")
        archive.writestr(member, payload,
                         compress_type=zipfile.ZIP_STORED if encryption else None)
    if target.exists():  # a new uuid each time: only a copy of ours could be there
        partial.unlink()
        raise InvalidInput("bundle.exists", name=target.name)
    os.replace(partial, target)  # readers of a shared folder never see half a bundle
    return BundleInfo(bundle_id, study_id, study_name, device, sequence, who, created_at,
                      app_version, schema, counts, encryption is not None, target,
                      file_sha256(target))


# -- reading -------------------------------------------------------------------------------------

def _escapes(name: str) -> bool:
    parts = name.split("/")
    return (not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name
            or any(part in ("", ".", "..") for part in parts))


def _name(path: Path) -> str:
    return shown(path.name, 120)


def _damaged(path: Path) -> BundleRefused:
    return BundleRefused("bundle.damaged", name=_name(path))


def _read(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    handle: IO[bytes]
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BundleRefused("bundle.member_too_large", name=_name(path), member=shown(name))
    return data


# What a damaged or hostile zip raises while it is read: a truncated copy, a flipped bit, a
# member marked as zip-encrypted or compressed in a way Python cannot read, a corrupt LZMA
# stream, JSON nested thousands deep. Each means "not a bundle we can trust": one line.
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError,
                struct.error, EOFError, OSError, ValueError, KeyError, TypeError, IndexError,
                AttributeError, OverflowError, RuntimeError, NotImplementedError,
                RecursionError)


def read_bundle(path: Path, *, study_id: str, study_name: str, key: bytes | None,
                known_schema: Sequence[str], passphrase: str | None = None,
                sha256: str | None = None) -> Bundle:
    """Open, check and decode a bundle for this study; BundleRefused (or NewerFileError)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_checked(archive, path, study_id, study_name, key, known_schema,
                                 passphrase, sha256 or file_sha256(path))
    except FileNotFoundError:
        raise BundleRefused("bundle.no_file", path=shown(str(path), 200)) from None
    except _READ_ERRORS:
        raise _damaged(path) from None


def _read_checked(archive: zipfile.ZipFile, path: Path, study_id: str, study_name: str,
                  key: bytes | None, known_schema: Sequence[str], passphrase: str | None,
                  sha256: str) -> Bundle:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        if _escapes(name):
            raise BundleRefused("bundle.path_escapes", name=_name(path), member=shown(name))
    if len(set(names)) != len(names):
        raise BundleRefused("bundle.member_twice", name=_name(path))
    if MANIFEST not in names or SIGNATURE not in names:
        raise BundleRefused("bundle.no_manifest", name=_name(path))
    if any(info.flag_bits & 0x1 for info in infos):  # zip encryption: never ours
        raise _damaged(path)
    manifest_bytes = _read(archive, MANIFEST, _MAX_MANIFEST, path)
    manifest = _manifest(manifest_bytes, path)
    if manifest.get("study_id") != study_id:
        other = manifest.get("study_name") or manifest.get("study_id")
        raise ForeignBundle("bundle.other_study", other=shown(other), this=shown(study_name))
    if manifest.get("schema") not in known_schema:
        raise NewerFileError("bundle.newer_schema", name=_name(path),
                             schema=shown(manifest.get("schema")))
    signature = _read(archive, SIGNATURE, 1024, path).decode("ascii", "replace")
    if key is None or not crypto.signature_matches(key, manifest_bytes, signature):
        raise BundleRefused("bundle.bad_signature", name=_name(path))
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(names) - {MANIFEST, SIGNATURE} \
            or len(members) != 1:
        raise BundleRefused("bundle.members_mismatch", name=_name(path))
    member, expected = next(iter(members.items()))
    size = expected.get("size") if isinstance(expected, dict) else None
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _damaged(path)
    payload = _read(archive, member, min(size, _MAX_RECORDS), path)
    if hashlib.sha256(payload).hexdigest() != expected.get("sha256"):
        raise BundleRefused("bundle.altered", name=_name(path), member=shown(member))
    encryption = manifest.get("encryption")
    if member == ENCRYPTED_RECORDS:
        if not isinstance(encryption, dict):
            raise _damaged(path)
        if not passphrase:
            raise BundleRefused("bundle.needs_passphrase", name=_name(path))
        plain = crypto.decrypt(passphrase, payload, encryption, manifest["bundle_id"].encode())
        inflate = zlib.decompressobj()
        payload = inflate.decompress(plain, _MAX_RECORDS)
        if inflate.unconsumed_tail:  # more than a bundle can hold: not ours
            raise _damaged(path)
        if manifest.get(SEALED) is True:
            manifest, payload = _unsealed(manifest, payload, path)
    elif member != RECORDS:
        raise BundleRefused("bundle.unknown_member", name=_name(path), member=shown(member))
    return _decode(payload, manifest, path, sha256)


def _unsealed(manifest: dict[str, Any], payload: bytes,
              path: Path) -> tuple[dict[str, Any], bytes]:
    """The whole manifest of an encrypted bundle: its readable routing keys and the private
    ones that lead the decrypted records; then the records alone."""
    if set(manifest) - ROUTING_KEYS - {SEALED}:  # a readable key that should be sealed
        raise _damaged(path)
    first, _, records = payload.partition(b"\n")
    try:
        about = json.loads(first.decode("utf-8")).get(SEALED)
    except (ValueError, RecursionError, AttributeError):
        raise _damaged(path) from None
    if not isinstance(about, dict) or set(about) & ROUTING_KEYS:
        raise _damaged(path)
    return {**about, **manifest}, records


def _manifest(data: bytes, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _damaged(path) from None
    if not isinstance(manifest, dict):
        raise _damaged(path)
    fmt = manifest.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("madeinlocal-bundle/"):
            raise NewerFileError("bundle.newer_format", name=_name(path), format=shown(fmt),
                                 known=FORMAT)
        raise BundleRefused("bundle.not_bundle", name=_name(path))
    return manifest


def _label(value: Any, *, required: bool) -> bool:
    """A device id or a person's name the file may store and show."""
    if value is None:
        return not required
    return isinstance(value, str) and 0 < len(value) <= _MAX_LABEL \
        and not has_bad_characters(value)


def _info(manifest: dict[str, Any], path: Path, sha256: str) -> BundleInfo:
    """What the manifest says, each value checked before it is stored or shown."""
    sequence, counts = manifest.get("sequence"), manifest.get("counts") or {}
    ok = (_label(manifest.get("device"), required=True)
          and _label(manifest.get("who"), required=False)
          and isinstance(sequence, int) and not isinstance(sequence, bool)
          and 0 <= sequence < _MAX_SEQUENCE
          and isinstance(manifest.get("bundle_id"), str)
          and isinstance(manifest.get("schema"), str)
          and isinstance(counts, dict)
          and all(isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool)
                  and 0 <= n < _MAX_SEQUENCE for k, n in counts.items()))
    if not ok or not isinstance(sequence, int):
        raise _damaged(path)
    return BundleInfo(
        bundle_id=str(uuid.UUID(manifest["bundle_id"])), study_id=manifest["study_id"],
        study_name=shown(manifest.get("study_name", ""), 200), device=manifest["device"],
        sequence=sequence, who=manifest.get("who"),
        created_at=shown(manifest.get("created_at", ""), 64),
        app_version=shown(manifest.get("app_version", ""), 64), schema=manifest["schema"],
        counts=dict(counts), encrypted=manifest.get("encryption") is not None, path=path,
        sha256=sha256)


def _decode(payload: bytes, manifest: dict[str, Any], path: Path, sha256: str) -> Bundle:
    info = _info(manifest, path, sha256)
    try:
        tables = json_lines_to_rows(payload.decode("utf-8").splitlines())
        block = tables.pop("categories", TableRows([], []))
        categories = [dict(zip(block.columns, row, strict=True)) for row in block.rows]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _damaged(path) from None
    return Bundle(info, tables, categories)
