"""Device tokens, enrolment codes and public links: random, and stored only as SHA-256.

A token is 256 random bits; a stolen copy of the database gives no way back to it (a plain
SHA-256 suffices: nobody can guess 256 random bits, so there is no dictionary to slow down).
Enrolment codes are short enough to read over the phone, single-use and expiring.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

# Crockford's base32 without I, L, O, U: nothing to misread between 1/I/L or 0/O.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 bits, typed as XXXX-XXXX-XXXX
TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """As typed ("abcd efgh-ijk1", O for 0...) to the printed form."""
    cleaned = code.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
    raw = "".join(ch for ch in cleaned if ch in _CODE_ALPHABET)
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def now() -> str:
    return stamp(datetime.now(UTC))


def stamp(moment: datetime) -> str:
    """One fixed width, so that comparing stamps as text compares them as times."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def later(hours: float) -> str:
    return stamp(datetime.now(UTC) + timedelta(hours=hours))
