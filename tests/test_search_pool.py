"""The chunked posting pool sorts exactly like Whoosh's, also when it spills to disk."""

from __future__ import annotations

import random

from warreader.index.search import pool as pool_module
from warreader.index.search.pool import ChunkedPool
from whoosh.filedb.filestore import RamStorage


def _postings(n: int) -> list[tuple]:
    rng = random.Random(4)
    fields = ["body", "speaker", "text", "title"]
    return [(rng.choice(fields), f"w{rng.randrange(500)}".encode(), rng.randrange(10_000),
             1.0, b"\x00\x01") for _ in range(n)]


def test_spilled_runs_merge_back_in_order(monkeypatch):
    monkeypatch.setattr(pool_module, "CHUNK", 7)  # several chunks per run
    items = _postings(5_000)
    pool = ChunkedPool(RamStorage(), segment=None, limitmb=1)
    pool.limit = 20_000  # bytes: forces a run every ~100 postings
    for item in items:
        pool.add(item)
    assert len(pool.runs) > 10
    assert list(pool.items()) == sorted(items)


def test_without_spilling_it_is_an_in_memory_sort():
    items = _postings(300)
    pool = ChunkedPool(RamStorage(), segment=None, limitmb=1)
    for item in items:
        pool.add(item)
    assert pool.runs == [] and list(pool.items()) == sorted(items)
