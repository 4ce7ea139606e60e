"""`search --json` hits carry the keys `quotes`, `export` and `provenance` use for the
same things (`article`, `text`, `start`, `end`), beside their old ones (ux29 #15)."""

from __future__ import annotations

import json
import os

from tests.cli_support import SEEDS, own_folders, run

_own_folders = own_folders(chdir=SEEDS.parent)  # `article` is relative to the working directory


def test_a_quote_hit_joins_the_quotes_record_on_article_start_end_text(capsys):
    status, out, err = run(capsys, "search", "speaker:peskov", "seeds", "--json",
                           "--kind", "quote")
    assert status == 0, err
    hits = json.loads(out)["hits"]
    assert hits
    status, out, _ = run(capsys, "quotes", "seeds", "--format", "jsonl")
    records = {(r["article"], r["start"], r["end"]): r
               for r in map(json.loads, out.splitlines())}
    for hit in hits:
        assert hit["article"] == os.path.relpath(hit["path"])  # as `quotes` names it
        assert [hit["start"], hit["end"]] == hit["quote_span"]  # the old keys stay
        assert hit["text"] == hit["quote"]
        record = records[(hit["article"], hit["start"], hit["end"])]
        assert record["text"] == hit["text"] and record["speaker"] == hit["speaker"]


def test_an_article_hit_names_its_file_as_quotes_does_and_has_no_quote_keys(capsys):
    status, out, _ = run(capsys, "search", "kyiv", "seeds", "--json", "--kind", "article")
    hits = json.loads(out)["hits"]
    assert status == 0 and hits
    for hit in hits:
        assert hit["article"].startswith("seeds/") and hit["path"].endswith(hit["article"])
        assert not {"text", "start", "end", "quote"} & set(hit)
