"""A response cache so that a resumed or repeated run never pays for a reply twice.

One row per *sample*: the key hashes everything that determines the reply — base URL,
model, API style, the messages or prompt, every sampling parameter and the sample index —
but not the API key, nor how samples were grouped into calls (so a run that asks for
samples 0–4 in one call and a rerun asking for them one by one share rows).  Only
successful replies are stored: a failed sample is tried again next time.

The rows live in the results store's own file (its ``replies`` table): a sample made from a
cached reply names the row instead of keeping a second copy, so each reply is stored once.
SQLite in WAL mode, shared between the generating thread and readers, and safe for
several processes writing the same file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from harness.store import REPLIES_SCHEMA, storable

LEGACY_FILE = "responses.sqlite"
"""Where the cache lived before it moved into the results store; its rows are taken over once."""


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
    call_latency_s: float | None = None
    """Wall time of the call that made this reply (all its samples); ``None`` in rows cached before it was kept."""
    call_ttft_s: float | None = None
    """That call's time to first token, when it was streamed."""


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
        with self._db:
            if "reply" in {row[1] for row in self._db.execute("PRAGMA table_info(replies)")}:
                self._db.execute("ALTER TABLE replies RENAME TO replies_old")  # this very file in the old format
                self._db.executescript(REPLIES_SCHEMA)
                self._copy(self._db.execute("SELECT key, reply, created FROM replies_old").fetchall())
                self._db.execute("DROP TABLE replies_old")
            self._db.executescript(REPLIES_SCHEMA)
        self._take_over(path.with_name(LEGACY_FILE))

    def _copy(self, rows: list[tuple[str, str, float]]) -> None:
        """Insert rows of the old format (the whole reply as one JSON value)."""
        for key, blob, created in rows:
            try:
                reply = json.loads(blob)
                text = reply.pop("text")
            except (ValueError, TypeError, KeyError, AttributeError):
                continue  # unreadable then, unreadable now: a miss either way
            self._db.execute("INSERT OR IGNORE INTO replies VALUES (?, ?, ?, ?)", (key, text, json.dumps(reply), created))

    def _take_over(self, legacy: Path) -> None:
        """Copy the rows of an older, separate cache file here, then set that file aside (renamed)."""
        if legacy == self.path or not legacy.exists():
            return
        with sqlite3.connect(legacy) as old:
            rows = old.execute("SELECT key, reply, created FROM replies").fetchall()
        with self._lock, self._db:
            self._copy(rows)
        legacy.rename(legacy.with_name(LEGACY_FILE + ".imported"))

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or ``None``; a row this version cannot read is a miss (and is replaced)."""
        with self._lock:
            row = self._db.execute("SELECT text, meta FROM replies WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return CachedReply(text=row[0], **json.loads(row[1]))
        except (ValueError, TypeError):
            return None

    def put(self, key: str, reply: CachedReply) -> None:
        meta = {f.name: getattr(reply, f.name) for f in fields(reply) if f.name != "text"}
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO replies VALUES (?, ?, ?, strftime('%s', 'now'))",
                             (key, storable(reply.text), json.dumps(meta)))

    def close(self) -> None:
        with self._lock:
            self._db.close()
