"""A response cache so that a resumed or repeated run never pays for a reply twice.

One row per *sample*: the key hashes everything that determines the reply — base URL,
model, API style, the messages or prompt, every sampling parameter and the sample index —
but not the API key, nor how samples were grouped into calls (so a run that asks for
samples 0–4 in one call and a rerun asking for them one by one share rows).  Only
successful replies are stored: a failed sample is tried again next time.

SQLite in WAL mode, shared between the generating thread and readers, and safe for
several processes writing the same file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY,
    reply TEXT NOT NULL,
    created REAL NOT NULL DEFAULT (strftime('%s', 'now'))
)
"""


@dataclass(frozen=True)
class CachedReply:
    text: str
    finish_reason: str | None
    prompt_tokens: int
    """This sample's share of the call's prompt tokens."""
    completion_tokens: int
    call_prompt_tokens: int
    """The prompt's full length (L_in of the cost model)."""
    call_samples: int
    """How many samples the call that made this reply returned."""
    counted: bool
    """Token counts approximated here (the server reported none)."""
    cut_from: int | None = None
    """The reply's full length in characters, when it was cut to ``max_reply_chars``."""


def cache_key(identity: dict[str, Any], index: int) -> str:
    blob = json.dumps({**identity, "sample_index": index}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


class ResponseCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or ``None``; a row this version cannot read is a miss (and is replaced)."""
        with self._lock:
            row = self._db.execute("SELECT reply FROM replies WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return CachedReply(**json.loads(row[0]))
        except (ValueError, TypeError):
            return None

    def put(self, key: str, reply: CachedReply) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO replies (key, reply) VALUES (?, ?)", (key, json.dumps(asdict(reply))))
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()
