"""The response cache survives rows it cannot read (an older format, a damaged value)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from harness.endpoints.cache import CachedReply, ResponseCache, cache_key

REPLY = CachedReply(text="def f(x): return x", finish_reason="stop", prompt_tokens=3, completion_tokens=5,
                    call_prompt_tokens=3, call_samples=1, counted=False)


def test_round_trip_and_unreadable_rows_are_misses(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "ergon.sqlite")
    good, old, broken = (cache_key({"model": "m"}, i) for i in range(3))
    cache.put(good, REPLY)
    with sqlite3.connect(tmp_path / "ergon.sqlite") as db:
        db.execute("INSERT INTO replies VALUES (?, ?, ?, 0)", (old, "x", '{"tokens": 3}'))
        db.execute("INSERT INTO replies VALUES (?, ?, ?, 0)", (broken, "x", "{not json"))
    assert cache.get(good) == REPLY
    assert cache.get(old) is None and cache.get(broken) is None
    cache.put(old, REPLY)  # a miss is refetched and replaces the unreadable row
    assert cache.get(old) == REPLY
    cache.close()


def test_the_rows_of_an_older_separate_cache_file_are_taken_over(tmp_path: Path) -> None:
    """Replies cached before the cache moved into the results store are still served (not paid again)."""
    key = cache_key({"model": "m"}, 0)
    with sqlite3.connect(tmp_path / "responses.sqlite") as db:
        db.execute("CREATE TABLE replies (key TEXT PRIMARY KEY, reply TEXT NOT NULL, created REAL NOT NULL)")
        db.execute("INSERT INTO replies VALUES (?, ?, 0)", (key, json.dumps(asdict(REPLY))))
    cache = ResponseCache(tmp_path / "ergon.sqlite")
    assert cache.get(key) == REPLY
    assert not (tmp_path / "responses.sqlite").exists() and (tmp_path / "responses.sqlite.imported").exists()
    cache.close()


def test_an_older_cache_file_opened_in_place_is_converted(tmp_path: Path) -> None:
    key = cache_key({"model": "m"}, 0)
    with sqlite3.connect(tmp_path / "responses.sqlite") as db:
        db.execute("CREATE TABLE replies (key TEXT PRIMARY KEY, reply TEXT NOT NULL, created REAL NOT NULL)")
        db.execute("INSERT INTO replies VALUES (?, ?, 0)", (key, json.dumps(asdict(REPLY))))
        db.execute("INSERT INTO replies VALUES ('broken', '{not json', 0)")
    cache = ResponseCache(tmp_path / "responses.sqlite")
    assert cache.get(key) == REPLY and cache.get("broken") is None
    cache.close()
