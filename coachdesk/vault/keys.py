"""Key material: the vault key, its check value, and the slots that wrap it.

The vault key is 32 random bytes used as a SQLCipher raw key, so opening the database costs no
key derivation. Slots make it recoverable:

* recovery slot: the key age-encrypted (X25519) to the recovery recipient; the coach holds the
  identity ("AGE-SECRET-KEY-1…") on paper. Mandatory.
* passphrase slot: Argon2id (64 MiB, 3 passes) derives a key-encryption key that seals the vault
  key with ChaCha20-Poly1305. Optional, required where no keychain exists.
* keychain slot: the OS keyring holds the key itself (see ``keyring_slot``).

The key check value (an HMAC of a fixed label under the key) lets us tell "wrong key" from
"damaged file" without touching the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from pyrage import x25519

from coachdesk.domain.errors import (
    MalformedRecoveryKey,
    WrongPassphrase,
    WrongRecoveryKey,
)

KEY_BYTES = 32
_CHECK_LABEL = b"CoachDesk key check v1"
RECOVERY_PREFIX = "AGE-SECRET-KEY-1"
RECOVERY_GROUP = 6

ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4


def new_vault_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check_value(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def key_matches(key: bytes, check_value: str) -> bool:
    return hmac.compare_digest(key_check_value(key), check_value)


def sqlcipher_key_literal(key: bytes) -> str:
    """The raw-key form SQLCipher takes in ``PRAGMA key``: x'<64 hex digits>'."""
    if len(key) != KEY_BYTES:
        raise ValueError("vault keys are 32 bytes")
    return f"x'{key.hex()}'"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- recovery key (age X25519) -------------------------------------------------------------


def new_recovery_identity() -> tuple[str, str]:
    """Return (identity, recipient): the secret the coach keeps and its public half."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def normalise_recovery_key(text: str) -> str:
    """Accept the key as printed (groups, spaces, line breaks, lower case) and return it whole."""
    compact = "".join(text.split()).upper()
    if not compact.startswith(RECOVERY_PREFIX):
        raise MalformedRecoveryKey()
    body = compact[len(RECOVERY_PREFIX) :].replace("-", "")
    identity = RECOVERY_PREFIX + body
    try:
        x25519.Identity.from_str(identity)
    except pyrage.IdentityError as exc:
        raise MalformedRecoveryKey() from exc
    return identity


def recovery_groups(identity: str) -> list[str]:
    """Split the key body into short groups for printing and for the re-typing check."""
    body = identity[len(RECOVERY_PREFIX) :]
    return [body[i : i + RECOVERY_GROUP] for i in range(0, len(body), RECOVERY_GROUP)]


def format_recovery_key(identity: str) -> str:
    return RECOVERY_PREFIX + " " + " ".join(recovery_groups(identity))


def recipient_of(identity: str) -> str:
    return str(x25519.Identity.from_str(identity).to_public())


def wrap_for_recipient(secret: bytes, recipient: str) -> str:
    return b64(pyrage.encrypt(secret, [x25519.Recipient.from_str(recipient)]))


def unwrap_with_identity(wrapped: str, identity: str) -> bytes:
    try:
        return pyrage.decrypt(unb64(wrapped), [x25519.Identity.from_str(identity)])
    except pyrage.IdentityError as exc:
        raise MalformedRecoveryKey() from exc
    except pyrage.DecryptError as exc:
        raise WrongRecoveryKey() from exc


# --- passphrase (Argon2id + ChaCha20-Poly1305) ---------------------------------------------


@dataclass(frozen=True, slots=True)
class PassphraseSlot:
    salt: str
    nonce: str
    sealed: str
    time_cost: int = ARGON2_TIME_COST
    memory_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM

    def to_json(self) -> dict[str, object]:
        return {
            "kdf": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt,
            "aead": "chacha20poly1305",
            "nonce": self.nonce,
            "sealed": self.sealed,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PassphraseSlot:
        if data.get("kdf") != "argon2id" or data.get("aead") != "chacha20poly1305":
            raise ValueError("unknown passphrase slot format")
        return cls(
            salt=str(data["salt"]),
            nonce=str(data["nonce"]),
            sealed=str(data["sealed"]),
            time_cost=int(data["time_cost"]),  # type: ignore[call-overload]
            memory_kib=int(data["memory_kib"]),  # type: ignore[call-overload]
            parallelism=int(data["parallelism"]),  # type: ignore[call-overload]
        )


def _kek(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(secret, salt, time_cost, memory_kib, parallelism, KEY_BYTES, Type.ID)


def seal_with_passphrase(key: bytes, passphrase: str, context: bytes) -> PassphraseSlot:
    """Seal *key* under *passphrase*; *context* (the vault id) is bound as associated data."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _kek(passphrase, salt, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)
    sealed = ChaCha20Poly1305(kek).encrypt(nonce, key, context)
    return PassphraseSlot(salt=b64(salt), nonce=b64(nonce), sealed=b64(sealed))


def open_with_passphrase(slot: PassphraseSlot, passphrase: str, context: bytes) -> bytes:
    kek = _kek(passphrase, unb64(slot.salt), slot.time_cost, slot.memory_kib, slot.parallelism)
    try:
        return ChaCha20Poly1305(kek).decrypt(unb64(slot.nonce), unb64(slot.sealed), context)
    except InvalidTag as exc:
        raise WrongPassphrase() from exc
