"""One writer at a time per corpus: an advisory file lock that waits, then fails clearly."""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from index.errors import CorpusError


class WriterLock:
    """Exclusive lock on `<corpus>/lock`; waits up to `timeout` seconds for another writer."""

    def __init__(self, directory: Path, timeout: float = 30.0):
        self.path = Path(directory) / "lock"
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> "WriterLock":
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(self._fd, 32, 0).decode(errors="replace").strip() or "another process"
                    os.close(self._fd)
                    self._fd = None
                    raise CorpusError(
                        f"{self.path.parent} is being written by pid {holder}; waited {self.timeout:.0f} s. "
                        "Wait for that command to finish, then run yours again.") from None
                time.sleep(0.1)
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, str(os.getpid()).encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
