"""The age identity backups are checked with, kept inside the vault, and its passphrase copy.

``verify`` is a local age identity stored in the (encrypted) vault, so the app can check its
own backups and run restore drills without the recovery key. Every backup is encrypted to it
and to the recovery key.

A backup of a vault with a passphrase also carries that identity sealed under the vault key
(``seal_identity``) next to the vault's passphrase slot, so the passphrase opens it the way it
opens the vault: Argon2id slot -> vault key -> HKDF-SHA256 -> ChaCha20-Poly1305. Nothing is
derived from the passphrase at backup time; a new passphrase or key is in the next backup.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from coachdesk.domain.dates import stamp
from coachdesk.vault.connection import Db

IDENTITY_INFO = b"coachdesk backup passphrase identity v1"
NONCE_BYTES = 12


def _identity_key(vault_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, IDENTITY_INFO).derive(vault_key)


def seal_identity(identity: str, vault_key: bytes, vault_id: str) -> bytes:
    """``passphrase-identity.bin``: nonce (12 bytes) + ChaCha20-Poly1305(identity), AD vault id."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = ChaCha20Poly1305(_identity_key(vault_key)).encrypt(
        nonce, identity.encode("ascii"), vault_id.encode("ascii")
    )
    return nonce + sealed


def open_identity(blob: bytes, vault_key: bytes, vault_id: str) -> str:
    """The identity ``seal_identity`` sealed; ValueError if the blob or key does not fit."""
    try:
        plain = ChaCha20Poly1305(_identity_key(vault_key)).decrypt(
            blob[:NONCE_BYTES], blob[NONCE_BYTES:], vault_id.encode("ascii")
        )
    except InvalidTag as exc:
        raise ValueError("the sealed identity does not open") from exc
    return plain.decode("ascii")


def ensure_verify_identity(db: Db) -> tuple[str, str]:
    """(identity, recipient) of the local verify key, created on first use and after a key
    rotation retired the previous one."""
    with db.transaction():
        found = db.one(
            "SELECT recipient, secret FROM backup_keys WHERE kind = 'verify'"
            " AND retired_at IS NULL ORDER BY id DESC LIMIT 1"
        )
        if found is not None:
            return str(found[1]), str(found[0])
        identity = x25519.Identity.generate()
        db.execute(
            "INSERT INTO backup_keys (kind, recipient, secret, created_at)"
            " VALUES ('verify', :r, :s, :now)",
            {"r": str(identity.to_public()), "s": str(identity), "now": stamp()},
        )
        return str(identity), str(identity.to_public())


def verify_identity(db: Db) -> str | None:
    """The current verify key (the one new backups are encrypted to), if any."""
    found = verify_identities(db)
    return found[0] if found else None


def verify_identities(db: Db) -> tuple[str, ...]:
    """Every verify key, newest first: older backups were encrypted to retired ones."""
    return tuple(
        str(row[0])
        for row in db.all(
            "SELECT secret FROM backup_keys WHERE kind = 'verify'"
            " ORDER BY retired_at IS NOT NULL, id DESC"
        )
    )


def retire_verify_identity(db: Db) -> None:
    """After a key rotation: the next backup gets a new verify key.

    Backups of a vault with a passphrase carry the verify key sealed under the vault key. A new
    vault key alone would not lock an old passphrase (and the old key it opens) out of newer
    backups if they shared the verify key; retiring it does. Retired keys still open the older
    backups for checks and drills.
    """
    db.execute(
        "UPDATE backup_keys SET retired_at = :now WHERE kind = 'verify' AND retired_at IS NULL",
        {"now": stamp()},
    )
