"""The study kit: what a surveyor's device needs to join a study, in one JSON file.

It carries the study row and the surveyors as travelling records (with their versions, so that
every device starts from the same state and later edits merge normally), the spending
categories, and the study key that signs bundles. Whoever holds the kit can make bundles the
study accepts: hand it over like a key (docs/exchange.md).

A protected kit wraps that whole document with a passphrase (Scrypt, AES-256-GCM): the file
then shows neither the key nor the study's name, only that it is a protected kit.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__, crypto, paths
from ..domain.rules import shown
from ..errors import InvalidInput, NewerFileError
from ..storage import StudyDatabase
from ..storage import sync as store
from ..storage.database import utc_now
from .received_rows import TableRows, parse_rows
from .replication import WATERMARK, apply_plan, collect, materialize, plan_merge
from .study_bundles import KEY, ensure_study_key, known_schema

FORMAT = "madeinlocal-kit/1"
# Older versions read this prefix as "a kit from a newer version": the right advice for them.
PROTECTED_FORMAT = "madeinlocal-kit/protected-1"
# Scrypt cost of a kit: 2^16 × 8 × 128 bytes = 64 MiB, about 0.3 s; a kit is opened once per
# device, so it can cost more to guess than a bundle's passphrase.
KIT_SCRYPT_N = 2**16
SUFFIX = ".mlkit"
KIT_TABLES = ("study", "surveyors")


@dataclass(frozen=True)
class Kit:
    study_id: str
    study_name: str
    key: bytes
    tables: dict[str, TableRows]
    categories: list[dict[str, Any]]
    document: str = ""  # the kit as plain JSON (what a hub keeps of it)


def export_kit(sdb: StudyDatabase, path: Path, passphrase: str | None = None) -> Path:
    """Write the kit, wrapped with `passphrase` when one is given (checked as a new one)."""
    if passphrase is not None:
        crypto.check_new_passphrase(passphrase)
    key = ensure_study_key(sdb)
    with sdb.atomic():
        materialize(sdb)
    surveyors = [("surveyors", r["id"]) for r in store.all_rows(sdb, "surveyors")]
    tables = collect(sdb, surveyors)
    document = {
        "format": FORMAT, "app_version": __version__, "schema": sdb.schema_steps()[-1],
        "created_at": utc_now(), "study_key": crypto.b64(key),
        "tables": {name: {"columns": tables[name].columns,
                          "rows": [list(row) for row in tables[name].rows]}
                   for name in KIT_TABLES},
        "categories": store.categories(sdb),
    }
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode()
    if passphrase is not None:
        data = _protected(data, passphrase)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    with paths.open_private(partial, "wb") as handle:  # the kit holds the study key
        handle.write(data)
    partial.replace(path)
    return path


def _protected(data: bytes, passphrase: str) -> bytes:
    ciphertext, encryption = crypto.encrypt(passphrase, data, PROTECTED_FORMAT.encode(),
                                            n=KIT_SCRYPT_N)
    wrapper = {"format": PROTECTED_FORMAT, "encryption": encryption,
               "kit": crypto.b64(ciphertext)}
    return (json.dumps(wrapper, indent=1) + "\n").encode()


def is_protected(path: Path) -> bool:
    """Whether `path` looks like a passphrase-protected kit (to ask for the passphrase)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(document, dict) and document.get("format") == PROTECTED_FORMAT


def _unwrapped(wrapper: dict[str, Any], passphrase: str | None, name: str) -> Any:
    """The kit document inside a protected kit; one clear line when it cannot be opened."""
    if not passphrase:
        raise InvalidInput("kit.needs_passphrase", field="kit_passphrase", name=name)
    try:
        ciphertext = base64.b64decode(str(wrapper.get("kit")), validate=True)
        params = wrapper.get("encryption")
        if not isinstance(params, dict):
            raise ValueError("no encryption settings")
    except (binascii.Error, ValueError):
        raise InvalidInput("kit.damaged", name=name) from None
    try:
        data = crypto.decrypt(passphrase, ciphertext, params, PROTECTED_FORMAT.encode())
    except crypto.WrongPassphrase:
        raise InvalidInput("kit.wrong_passphrase", field="kit_passphrase", name=name) from None
    except InvalidInput:
        raise InvalidInput("kit.damaged", name=name) from None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidInput("kit.damaged", name=name) from None


def _damaged(path: Path, why: InvalidInput | None = None) -> InvalidInput:
    if why is None:
        return InvalidInput("kit.damaged", name=shown(path.name, 120))
    return InvalidInput("kit.damaged_because", name=shown(path.name, 120), error=why)


def read_kit(path: Path, passphrase: str | None = None) -> Kit:
    """Read and check a kit; InvalidInput (or NewerFileError) names the problem. A protected
    kit needs its passphrase; a plain one ignores it."""
    path = Path(path)
    name = shown(path.name, 120)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput("kit.no_file", path=shown(str(path), 200)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidInput("kit.not_json", name=name) from None
    except OSError as error:
        raise InvalidInput("kit.unreadable", name=name,
                           reason=shown(error.strerror or "", 80)) from None
    if isinstance(document, dict) and document.get("format") == PROTECTED_FORMAT:
        document = _unwrapped(document, passphrase, name)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        fmt = document.get("format") if isinstance(document, dict) else None
        if isinstance(fmt, str) and fmt.startswith("madeinlocal-kit/"):
            raise NewerFileError("kit.newer_format", name=name, format=shown(fmt))
        raise InvalidInput("kit.not_kit", name=name)
    if document.get("schema") not in known_schema():
        raise NewerFileError("kit.newer_schema", name=name)
    try:
        key = base64.b64decode(str(document.get("study_key")), validate=True)
        tables = {name: TableRows(list(block["columns"]), list(block["rows"]))
                  for name, block in document["tables"].items() if name in KIT_TABLES}
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(path) from None
    problems: list[InvalidInput] = []
    study_rows, _ = parse_rows("study", tables.get("study", TableRows([], [])),
                               lambda _, why: problems.append(why))
    parse_rows("surveyors", tables.get("surveyors", TableRows([], [])),
               lambda _, why: problems.append(why))
    categories = document.get("categories")
    if problems:
        raise _damaged(path, problems[0])
    if len(study_rows) != 1 or len(key) != crypto.KEY_BYTES \
            or not isinstance(categories, list) or not categories:
        raise _damaged(path)
    study = study_rows[0]
    return Kit(study[0], str(study[1]), key, tables, categories,
               json.dumps(document, ensure_ascii=False, indent=1) + "\n")


def install_kit(sdb: StudyDatabase, kit: Kit, device: str,
                meta: Mapping[str, str] | None = None) -> None:
    """Fill a new, empty study file from a kit (one transaction, `meta` entries included)."""
    with sdb.atomic():
        plan = plan_merge(sdb, kit.tables, kit.categories, study_id=kit.study_id,
                          source="study kit")
        if plan.rejections:
            raise InvalidInput("kit.record_refused", error=plan.rejections[0].reason)
        apply_plan(sdb, plan)
        sdb.set_meta(KEY, kit.key.hex())
        sdb.set_meta("created_by_device", device)
        for key, value in (meta or {}).items():
            sdb.set_meta(key, value)
        sdb.set_meta(WATERMARK, str(store.last_history_id(sdb)))
