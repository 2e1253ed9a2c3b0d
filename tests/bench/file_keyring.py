"""A keychain in a file, so that a benchmark subprocess can unlock through the keychain path.

The suite's in-memory keyring (tests/conftest.py) lives in one process; the start-up benchmark
starts ``coachdesk`` as a new process, which finds this backend through the standard
``PYTHON_KEYRING_BACKEND`` variable. The file holds the key of a demo vault of invented people in
the benchmark cache, nothing else. A real keychain (Secret Service over D-Bus) answers in a few
milliseconds more; the start-up figure therefore leaves that round trip out.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV_FILE = "COACHDESK_BENCH_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        # keyring instantiates every backend class it knows of; without the variable this one
        # points at a file that does not exist, which reads as an empty keychain.
        self.path = path or Path(os.environ.get(ENV_FILE, "/nonexistent/coachdesk-bench.json"))

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, secrets: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(secrets), encoding="utf-8")
        tmp.chmod(0o600)
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._read()
        secrets[f"{service}/{username}"] = password
        self._write(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        secrets.pop(f"{service}/{username}", None)
        self._write(secrets)
