"""A keychain stored as JSON in one file, so a child process and the test share it.

This is the one fake the crash tests use: a real OS keychain lives outside the process (and
survives its death), which an in-memory backend cannot imitate across ``SIGKILL``. Writes go
through a temporary file and ``os.replace``, like a real keychain daemon, so a killed writer
leaves the old or the new content, never a torn file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV_VAR = "COACHDESK_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()
        if path is None and ENV_VAR not in os.environ:
            # keyring's backend discovery instantiates every subclass it can; TypeError is the
            # one failure it skips quietly, so this class is never picked as a default.
            raise TypeError(f"FileKeyring needs a path or ${ENV_VAR}")
        self.path = Path(path if path is not None else os.environ[ENV_VAR])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text("utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, sort_keys=True), "utf-8")
        os.replace(tmp, self.path)

    @staticmethod
    def _name(service: str, username: str) -> str:
        return f"{service}/{username}"

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(self._name(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[self._name(service, username)] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(self._name(service, username), None) is not None:
            self._save(data)
