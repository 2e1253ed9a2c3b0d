"""The OS keychain as a convenience copy of the vault key.

Every call runs in a daemon thread with a timeout: a keychain that waits for a password prompt
or a D-Bus service that never answers must not hang the CLI or the window. Losing this copy never
loses data: the recovery key (and the passphrase, if set) still open the vault.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backends import fail

from coachdesk.domain.errors import KeyringUnavailable

SERVICE = "CoachDesk"
TIMEOUT_S = 10.0

T = TypeVar("T")


def _account(vault_id: str, pending: bool = False) -> str:
    return f"vault-{vault_id}" + ("-pending" if pending else "")


def _with_timeout(fn: Callable[[], T], timeout: float | None = None) -> T:
    # TIMEOUT_S is read at call time (not bound as a default) so tests and callers can adjust it.
    timeout = TIMEOUT_S if timeout is None else timeout
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            error.append(exc)

    worker = threading.Thread(target=target, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailable(reason=f"it did not answer within {timeout:g} seconds.")
    if error:
        exc = error[0]
        if isinstance(exc, keyring.errors.KeyringLocked):
            raise KeyringUnavailable(reason="it is locked.") from exc
        if isinstance(exc, keyring.errors.KeyringError):
            raise KeyringUnavailable(reason="no usable keychain backend.") from exc
        raise KeyringUnavailable(reason=type(exc).__name__) from exc
    return result[0]


def keyring_available() -> bool:
    """True when a real backend (not the 'fail' or a null one) is configured."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return getattr(backend, "priority", 1) > 0


def store_key(vault_id: str, key: bytes, *, pending: bool = False) -> None:
    _with_timeout(lambda: keyring.set_password(SERVICE, _account(vault_id, pending), key.hex()))


def load_key(vault_id: str, *, pending: bool = False) -> bytes | None:
    value = _with_timeout(lambda: keyring.get_password(SERVICE, _account(vault_id, pending)))
    if value is None:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete_key(vault_id: str, *, pending: bool = False) -> None:
    def remove() -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, _account(vault_id, pending))

    _with_timeout(remove)
