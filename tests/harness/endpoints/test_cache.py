"""The response cache survives rows it cannot read (an older format, a damaged value)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from harness.endpoints.cache import CachedReply, ResponseCache, cache_key

REPLY = CachedReply(text="def f(x): return x", finish_reason="stop", prompt_tokens=3, completion_tokens=5,
                    call_prompt_tokens=3, call_samples=1, counted=False)


def test_round_trip_and_unreadable_rows_are_misses(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "responses.sqlite")
    good, old, broken = (cache_key({"model": "m"}, i) for i in range(3))
    cache.put(good, REPLY)
    with sqlite3.connect(tmp_path / "responses.sqlite") as db:
        db.execute("INSERT INTO replies (key, reply) VALUES (?, ?)", (old, '{"text": "x", "tokens": 3}'))
        db.execute("INSERT INTO replies (key, reply) VALUES (?, ?)", (broken, "{not json"))
    assert cache.get(good) == REPLY
    assert cache.get(old) is None and cache.get(broken) is None
    cache.put(old, REPLY)  # a miss is refetched and replaces the unreadable row
    assert cache.get(old) == REPLY
    cache.close()
