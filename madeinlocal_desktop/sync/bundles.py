"""Bundle files: append-only zips that carry one device's changed records (docs/exchange.md).

    <device>_<sequence>_<bundle uuid>.zip
        manifest.json       what the bundle is: ids, versions, counts, SHA-256 of each member
        manifest.sig        HMAC-SHA256 of manifest.json under the study key
        records.jsonl       per table, a header line naming the columns, then one JSON array per
                        record (records.jsonl.aes when encrypted)

Reading checks everything before returning anything, and refuses with a message a surveyor can
act on; nothing is extracted to disk. A bundle is written once under a new name, never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .. import crypto
from ..errors import InvalidInput, NewerFileError
from .received_rows import TableRows, json_lines_to_rows, rows_to_json_lines

FORMAT = "madeinlocal-bundle/1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
RECORDS, ENCRYPTED_RECORDS = "records.jsonl", "records.jsonl.aes"
SUFFIX = ".zip"
_MAX_MANIFEST = 1 << 20
_MAX_RECORDS = 1 << 30  # a zip bomb stops here instead of filling the memory
_NAME_RE = re.compile(r"^(?P<device>[^_]+)_(?P<sequence>\d+)_(?P<id>[0-9a-f-]{36})\.zip$")


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


def file_name(device: str, sequence: int, bundle_id: str) -> str:
    return f"{safe_device(device)}_{sequence:06d}_{bundle_id}{SUFFIX}"


def id_from_file_name(name: str) -> str | None:
    match = _NAME_RE.match(name)
    return match["id"] if match else None


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
        raise InvalidInput(f"The folder {folder} does not exist")
    bundle_id = str(uuid.uuid4())
    names = list(categories[0]) if categories else []
    lines = rows_to_json_lines("categories", TableRows(
        names, [[c[n] for n in names] for c in categories]))
    for table, block in tables.items():
        if block.rows:
            lines += rows_to_json_lines(table, block)
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    member, encryption = RECORDS, None
    if passphrase:
        # Compressed before encryption: ciphertext does not compress.
        payload, encryption = crypto.encrypt(passphrase, zlib.compress(payload, 6),
                                             bundle_id.encode())
        member = ENCRYPTED_RECORDS
    counts = {table: len(block) for table, block in sorted(tables.items()) if block.rows}
    manifest = {
        "format": FORMAT, "bundle_id": bundle_id, "study_id": study_id,
        "study_name": study_name, "device": device, "sequence": sequence, "who": who,
        "created_at": created_at, "app_version": app_version, "schema": schema,
        "counts": counts,
        "members": {member: {"sha256": hashlib.sha256(payload).hexdigest(),
                             "size": len(payload)}},
        "encryption": encryption,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                sort_keys=True).encode("utf-8")
    target = folder / file_name(device, sequence, bundle_id)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "x", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, crypto.sign(key, manifest_bytes) + "\n")
        archive.writestr(member, payload,
                         compress_type=zipfile.ZIP_STORED if encryption else None)
    if target.exists():  # a new uuid each time: only a copy of ours could be there
        partial.unlink()
        raise InvalidInput(f"{target.name} already exists; bundles are never rewritten")
    os.replace(partial, target)  # readers of a shared folder never see half a bundle
    return BundleInfo(bundle_id, study_id, study_name, device, sequence, who, created_at,
                      app_version, schema, counts, encryption is not None, target,
                      file_sha256(target))


# -- reading -------------------------------------------------------------------------------------

def _escapes(name: str) -> bool:
    parts = name.split("/")
    return (not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name
            or any(part in ("", ".", "..") for part in parts))


def _damaged(path: Path) -> BundleRefused:
    return BundleRefused(
        f"{path.name} is damaged or incomplete (was the copy interrupted?). Copy it again from "
        "the device that made it; nothing was imported.")


def _read(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    handle: IO[bytes]
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BundleRefused(f"{path.name}: {name} is larger than its manifest says; "
                            "it was not imported")
    return data


def read_bundle(path: Path, *, study_id: str, study_name: str, key: bytes | None,
                known_schema: Sequence[str], passphrase: str | None = None,
                sha256: str | None = None) -> Bundle:
    """Open, check and decode a bundle for this study; BundleRefused (or NewerFileError)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_checked(archive, path, study_id, study_name, key, known_schema,
                                 passphrase, sha256 or file_sha256(path))
    except FileNotFoundError:
        raise BundleRefused(f"No bundle at {path}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, TypeError):
        # A truncated copy fails in any of these ways, depending on where it was cut.
        raise _damaged(path) from None


def _read_checked(archive: zipfile.ZipFile, path: Path, study_id: str, study_name: str,
                  key: bytes | None, known_schema: Sequence[str], passphrase: str | None,
                  sha256: str) -> Bundle:
    names = [info.filename for info in archive.infolist()]
    for name in names:
        if _escapes(name):
            raise BundleRefused(
                f"{path.name} holds a file whose path leaves its folder ({name!r}). Made in "
                "Local never makes such files; it was not opened.")
    if len(set(names)) != len(names):
        raise BundleRefused(f"{path.name} holds the same file twice; it was not imported")
    if MANIFEST not in names or SIGNATURE not in names:
        raise BundleRefused(f"{path.name} is not a Made in Local bundle (it has no manifest)")
    manifest_bytes = _read(archive, MANIFEST, _MAX_MANIFEST, path)
    manifest = _manifest(manifest_bytes, path)
    if manifest.get("study_id") != study_id:
        raise ForeignBundle(
            f"This bundle was made for another study ({manifest.get('study_name')!r}), not for "
            f"{study_name!r}: import it into that study's file. Nothing was changed.")
    if manifest.get("schema") not in known_schema:
        raise NewerFileError(
            f"{path.name} was made by a newer version of Made in Local (schema step "
            f"{manifest.get('schema')!r}). Install the latest version to import it; nothing "
            "was changed.")
    signature = _read(archive, SIGNATURE, 1024, path).decode("ascii", "replace")
    if key is None or not crypto.signature_matches(key, manifest_bytes, signature):
        raise BundleRefused(
            f"{path.name} does not carry this study's signature: it was altered after it was "
            "made, or made by a study file not created from this study's kit. It was not "
            "imported.")
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(names) - {MANIFEST, SIGNATURE} \
            or len(members) != 1:
        raise BundleRefused(f"{path.name}: its files do not match its manifest; "
                            "it was not imported")
    member, expected = next(iter(members.items()))
    if not isinstance(expected, dict):
        raise _damaged(path)
    payload = _read(archive, member, min(int(expected.get("size", 0)), _MAX_RECORDS), path)
    if hashlib.sha256(payload).hexdigest() != expected.get("sha256"):
        raise BundleRefused(
            f"{path.name}: {member} was altered after the bundle was made (its SHA-256 does not "
            "match the manifest). It was not imported.")
    encryption = manifest.get("encryption")
    if member == ENCRYPTED_RECORDS:
        if not isinstance(encryption, dict):
            raise _damaged(path)
        if not passphrase:
            raise BundleRefused(f"{path.name} is encrypted: give the passphrase it was made "
                                "with")
        plain = crypto.decrypt(passphrase, payload, encryption, manifest["bundle_id"].encode())
        payload = zlib.decompress(plain, bufsize=1 << 20)
    elif member != RECORDS:
        raise BundleRefused(f"{path.name}: unknown member {member!r}; it was not imported")
    return _decode(payload, manifest, path, sha256)


def _manifest(data: bytes, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except ValueError:
        raise _damaged(path) from None
    if not isinstance(manifest, dict):
        raise _damaged(path)
    fmt = manifest.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("madeinlocal-bundle/"):
            raise NewerFileError(
                f"{path.name} uses the bundle format {fmt!r}, newer than this version of Made "
                f"in Local reads ({FORMAT}). Install the latest version to import it.")
        raise BundleRefused(f"{path.name} is not a Made in Local bundle")
    return manifest


def _decode(payload: bytes, manifest: dict[str, Any], path: Path, sha256: str) -> Bundle:
    try:
        tables = json_lines_to_rows(payload.decode("utf-8").splitlines())
        block = tables.pop("categories", TableRows([], []))
        categories = [dict(zip(block.columns, row, strict=True)) for row in block.rows]
        info = BundleInfo(
            bundle_id=str(uuid.UUID(manifest["bundle_id"])), study_id=manifest["study_id"],
            study_name=str(manifest.get("study_name", "")), device=str(manifest["device"]),
            sequence=int(manifest["sequence"]), who=manifest.get("who"),
            created_at=str(manifest.get("created_at", "")),
            app_version=str(manifest.get("app_version", "")), schema=manifest["schema"],
            counts=dict(manifest.get("counts") or {}),
            encrypted=manifest.get("encryption") is not None, path=path, sha256=sha256)
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    return Bundle(info, tables, categories)
