"""Encrypted study files (SQLCipher): connecting with a passphrase, telling an encrypted file
from a plain one, and writing a study into a new file with another passphrase (or none).

A plain file is opened with Python's own sqlite3, exactly as before encryption existed; an
encrypted one with sqlcipher3, whose exceptions are classes of their own: code that catches
SQLite errors catches the tuples below. The passphrase goes to SQLCipher as it is (quoted), so
SQLCipher's key derivation (PBKDF2, with a salt kept in the file) stands between a stolen file
and its content. Its WAL, its -shm and every copy made through `connect` are encrypted too.

Once a passphrase has opened a file, what is kept is the key derived from it (SQLCipher's raw
key form, `x'<key><salt>'`, which SQLCipher recognises as such): reopening the file, its
copies and backups with it skips the deliberately slow derivation. The derivation is done here,
with the same parameters as SQLCipher 4's defaults, so a first opening pays it once, not twice.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..errors import InvalidInput, StudyFileError

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher's smallest page; an encrypted file is whole pages of what looks like noise.
_PAGE = 512

ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher.OperationalError)
ENCRYPTED_CACHE_KIB = 64 * 1024
_NOT_A_DATABASE = 26  # SQLITE_NOTADB: what a wrong key gives on the first read
# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, a 256-bit key, a 16-byte salt
# that is the file's first bytes.
_KDF_ROUNDS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16
_RAW_KEY = re.compile(rf"x'[0-9a-f]{{{2 * (_KEY_BYTES + _SALT_BYTES)}}}'")


def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an encrypted one (whole
    pages, not empty). Reading 16 bytes: cheap enough to do before every open."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return False
    size = path.stat().st_size
    return size >= _PAGE and size % _PAGE == 0


def is_plain(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _quoted(passphrase: str) -> str:
    if "\x00" in passphrase:
        raise InvalidInput("storage.passphrase_nul", field="passphrase")
    return "'" + passphrase.replace("'", "''") + "'"


def is_raw_key(key: str | None) -> bool:
    """Whether `key` is a derived key (as `raw_key` writes it) rather than a passphrase."""
    return key is not None and _RAW_KEY.fullmatch(key) is not None


def raw_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher derives from `passphrase` for a file salted with `salt`, in the raw
    key form that opens that file without deriving it again. As slow as SQLCipher's own."""
    # cryptography's OpenSSL, not hashlib: as fast as SQLCipher's own, and the bundle has no
    # OpenSSL-backed hashlib (its fallback would take seconds).
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    key = PBKDF2HMAC(algorithm=hashes.SHA512(), length=_KEY_BYTES, salt=salt,
                     iterations=_KDF_ROUNDS).derive(passphrase.encode("utf-8"))
    return f"x'{key.hex()}{salt.hex()}'"


def new_key(passphrase: str) -> str:
    """The raw key of a new encrypted file (a fresh salt): the file and the session share it."""
    return raw_key(passphrase, secrets.token_bytes(_SALT_BYTES))


def file_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(_SALT_BYTES)


def connect(target: str, passphrase: str, **options: Any) -> Any:
    """A sqlcipher3 connection to `target` (a path or a URI with uri=True), keyed first thing.
    A wrong key is only noticed on the first read: `check_key` does it."""
    conn = sqlcipher.connect(target, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    except BaseException:
        conn.close()
        raise
    return conn


def check_key(conn: Any, name: str) -> None:
    """Read the schema once: the one way SQLCipher tells a wrong passphrase. Then size the
    page cache (asked before the key is checked, it fails as a wrong key would)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == _NOT_A_DATABASE:
            raise StudyFileError("storage.wrong_passphrase", name=name) from error
        raise
    # Pages are decrypted as SQLite reads them: a plain file's are in the system's cache
    # already, an encrypted file's must stay in SQLite's own to be read again for free.
    conn.execute(f"PRAGMA cache_size = {-ENCRYPTED_CACHE_KIB}")


def open_connection(path: Path, passphrase: str | None, **options: Any) -> Any:
    """A connection to an existing study file, plain or encrypted. A passphrase given for a
    plain file is not needed and is ignored (one MADEINLOCAL_PASSPHRASE for a mixed folder)."""
    return open_keyed(path, passphrase, **options)[0]


def open_keyed(path: Path, passphrase: str | None, **options: Any) -> tuple[Any, str | None]:
    """`open_connection`, and the key that opens the file again without a derivation (the
    raw key; None for a plain file). `passphrase` may be such a key already: a wrong one is
    `storage.remembered_key_wrong`, for the app to ask the passphrase instead."""
    if is_plain(path):
        return sqlite3.connect(str(path), **options), None
    if not passphrase:
        raise StudyFileError("storage.encrypted", name=path.name)
    if is_raw_key(passphrase):
        try:
            return _checked(connect(str(path), passphrase, **options), path.name), passphrase
        except StudyFileError as error:
            if error.code != "storage.wrong_passphrase":
                raise
            raise StudyFileError("storage.remembered_key_wrong", name=path.name) from error
    # Derived here, not by SQLCipher: the same work, and the key is then known to the session.
    key = raw_key(passphrase, file_salt(path))
    return _checked(connect(str(path), key, **options), path.name), key


def export_to(conn: Any, target: Path, passphrase: str | None) -> None:
    """Write the whole database of `conn` (a sqlcipher3 connection) to the new file `target`,
    encrypted with `passphrase` or plain without one."""
    conn.execute("ATTACH DATABASE ? AS exported KEY ?", [str(target), passphrase or ""])
    try:
        conn.execute("SELECT sqlcipher_export('exported')").fetchone()
    finally:
        conn.execute("DETACH DATABASE exported")


def rewrite_study(path: Path, old: str | None, new: str | None) -> str | None:
    """Encrypt, decrypt or change the passphrase of the closed study file at `path`, in place
    and all or nothing: the new file is written beside it, checked to open with `new` and to
    hold the same rows (`_row_counts`), and only then put in its place (the original is kept
    as a backup until the new one is there). On any failure the original is left as it was.
    Returns the key that opens the new file (its raw key; None when plain)."""
    from .. import paths

    if new and not is_raw_key(new):
        new = new_key(new)  # derived once, here: the checks below then open it at once

    token = secrets.token_hex(4)
    tmp = path.with_name(f"{path.name}.{token}.part")
    keep = path.with_name(f"{path.name}.{token}.bak")
    source = _raw_connect(path, old)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _row_counts(source)
        paths.create_private(tmp)
        export_to(source, tmp, new)
    except BaseException:
        source.close()
        tmp.unlink(missing_ok=True)
        raise
    source.close()
    try:
        _verify(tmp, new, counts, path.name)
        shutil.copy2(path, keep)
        for suffix in ("-wal", "-shm"):  # they belong to the old file, and are empty now
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
        try:
            _verify(path, new, counts, path.name)
        except BaseException:
            os.replace(keep, path)
            raise
    finally:
        tmp.unlink(missing_ok=True)
        keep.unlink(missing_ok=True)
    return new


def _verify(path: Path, passphrase: str | None, counts: dict[str, tuple[int, int]],
            name: str) -> None:
    check = _raw_connect(path, passphrase)
    try:
        if _row_counts(check) != counts:
            raise StudyFileError("storage.rewrite_mismatch", name=name)
    finally:
        check.close()


def _raw_connect(path: Path, passphrase: str | None) -> Any:
    """A sqlcipher3 connection, keyed or not: SQLCipher reads plain files as SQLite does, and
    only it can export a database into a file with another key."""
    if passphrase:
        conn = connect(str(path), passphrase, isolation_level=None)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None)
    return _checked(conn, path.name)


def _checked(conn: Any, name: str) -> Any:
    """`conn` once its key is known to open the file; closed if it does not."""
    try:
        check_key(conn, name)
    except BaseException:
        conn.close()
        raise
    return conn


def _row_counts(conn: Any) -> dict[str, tuple[int, int]]:
    """Each table's row count and a digest of its rows that does not depend on their order
    (the sum of each row's SHA-256): the same rows, not only as many."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = {}
    for table in tables:
        count, total = 0, 0
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            count += 1
            total += int.from_bytes(hashlib.sha256(repr(row).encode()).digest(), "big")
        found[table] = (count, total % (1 << 256))
    return found
