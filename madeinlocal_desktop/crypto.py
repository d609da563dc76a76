"""The study key and what is made from it: bundle signatures, pseudonyms, passphrase encryption.

The study key (32 random bytes) is shared by every device of a study through the kit. It is
never used directly: each use gets its own sub-key (HMAC of a purpose label), so a pseudonym
can never help forge a bundle signature.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from . import paths
from .errors import InvalidInput

KEY_BYTES = 32
# Scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s per bundle; the parameters travel
# in the manifest so a later version can raise them without breaking old bundles.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


def new_study_key() -> bytes:
    return os.urandom(KEY_BYTES)


def sub_key(study_key: bytes, purpose: str) -> bytes:
    return hmac.new(study_key, purpose.encode(), hashlib.sha256).digest()


def sign(study_key: bytes, data: bytes) -> str:
    return hmac.new(sub_key(study_key, "bundle-signature"), data, hashlib.sha256).hexdigest()


def signature_matches(study_key: bytes, data: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(study_key, data), signature.strip())


def pseudonym_bytes(study_key: bytes, kind: str, value: str) -> bytes:
    """Stable for a study, impossible to reverse without its key."""
    return hmac.new(sub_key(study_key, "pseudonyms"), f"{kind}:{value}".encode(),
                    hashlib.sha256).digest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


MIN_PASSPHRASE = 12
_RUNS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "azertyuiopqsdfghjklmwxcvbn",
         "qwertyuiopasdfghjklzxcvbnm")


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase chosen to protect data leaving the machine: at least 12 characters, not a
    common one, not a run of keys. Reading old files does not check this (they open as made)."""
    if not passphrase:
        raise InvalidInput("crypto.passphrase_empty", field="passphrase")
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("crypto.passphrase_short", field="passphrase",
                           length=len(passphrase), minimum=MIN_PASSPHRASE)
    plain = "".join(c for c in passphrase.casefold() if c.isalnum())
    if (len(set(plain)) <= 2 or plain in _common_passphrases()
            or any(plain in run or plain in run[::-1] for run in _RUNS)):
        raise InvalidInput("crypto.passphrase_common", field="passphrase")
    return passphrase


@functools.cache
def _common_passphrases() -> frozenset[str]:
    text = paths.resource("passphrases", "common.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise InvalidInput("crypto.passphrase_empty", field="passphrase")
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def encrypt(passphrase: str, plaintext: bytes, associated: bytes, *,
            n: int = SCRYPT_N) -> tuple[bytes, dict[str, Any]]:
    """AES-256-GCM under a Scrypt key; returns the ciphertext and what decrypting needs.
    A file made once and kept long (a kit) may ask a higher cost `n`."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _passphrase_key(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, associated)
    return ciphertext, {"cipher": "AES-256-GCM", "kdf": "scrypt", "n": n,
                        "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt), "nonce": b64(nonce)}


class WrongPassphrase(InvalidInput):
    pass


def decrypt(passphrase: str, ciphertext: bytes, params: dict[str, Any],
            associated: bytes) -> bytes:
    try:
        if params.get("cipher") != "AES-256-GCM" or params.get("kdf") != "scrypt":
            raise ValueError("unknown cipher")
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("unreasonable key-derivation cost")  # a forged manifest's DoS
        salt = base64.b64decode(params["salt"], validate=True)
        nonce = base64.b64decode(params["nonce"], validate=True)
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInput("crypto.settings_unreadable", reason=str(error)) from None
    key = _passphrase_key(passphrase, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        raise WrongPassphrase("crypto.wrong_passphrase", field="passphrase") from None
