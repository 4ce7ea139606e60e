"""``first_words.FirstWords`` (a big bucket of one last word, indexed by first word) gives
exactly the entities a full scan with ``may_shorten`` gives, in the bucket's order, while
entities are appended, renamed and aliased in front."""

from __future__ import annotations

import random

from warreader.index.quotes.entities import Entity, _first_fits
from warreader.index.quotes.first_words import SMALL, FirstWords
from warreader.index.quotes.name_shapes import name_parts

FIRSTS = [
    "", "J.", "J", "Jo", "Jim", "James", "Jam", "Jamesy", "Jameson", "Mike", "Michael",
    "Mich", "Michelle", "Ann", "Anna", "Annabel", "Andy", "Andrew", "Ken", "Kenneth",
    "Kenny", "Bob", "Robert", "Virgin", "Visual", "M.", "Ma", "Man", "Manchester",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRSTS)} Vale".strip()


def test_indexed_buckets_answer_as_a_full_scan_does():
    rng, asked = random.Random(7), 0
    for _ in range(60):
        firsts, bucket = FirstWords(), []
        for _ in range(4 * SMALL):
            roll = rng.random()
            if roll < 0.6 or not bucket:
                bucket.append(entity := Entity(_name(rng)))
                firsts.appended(bucket, entity)
            elif roll < 0.85:
                entity = rng.choice(bucket)
                entity.name = _name(rng)  # as Registry.rename does, then tells the index
                firsts.renamed(entity)
            else:
                bucket.insert(0, rng.choice(bucket))  # as Registry.alias does
            first = name_parts(f"{rng.choice(FIRSTS[1:])} Vale")[2]
            want = [c for c in bucket if _first_fits(first, name_parts(c.name)[2])]
            got = firsts.fitting(bucket, first, _first_fits)
            assert [id(c) for c in got] == [id(c) for c in want], (first, bucket)
            asked += len(bucket) > SMALL
    assert asked > 1000  # the index, not the scan of small buckets, answered most
