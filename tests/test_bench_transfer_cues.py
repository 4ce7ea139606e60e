"""bench/transfer_cues.py: each cue-grammar variant rewrites the cue the way its docstring
says, leaves the quoted words and unclean sentences alone, and moves the gold with the text
(invented text only)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import transfer  # noqa: E402
import transfer_cues  # noqa: E402, F401  (registers the cue variants)
from transfer_edits import VARIANTS, apply_edits  # noqa: E402

TEXT = (
    "Pier row\n\n"
    '"The pier will open in May," Ann Kell said. "We waited," said Tom Orr, the harbour '
    "master.\n\n"
    '"It is late," the council leader said on Monday.\n\n'
    'Mr Pell said: "It costs too much." Mrs Kell added: "Mr Orr knows it."\n\n'
    '"Is it safe?" asked Dr Orr. "Yes," Kell said, "it is."\n\n'
    'Later Pell and Kell met. "Kell is right," Pell said.\n'
)
GOLD = [{"article": "a", "speaker": "Ann Kell"}, {"article": "a", "speaker": "Tom Pell"}]


def _run(name: str, text: str = TEXT) -> tuple[str, object]:
    return apply_edits(text, VARIANTS[name](GOLD, {"a": text}, 7).edits(text))


def test_verb_first_inverts_names_descriptions_and_appositives():
    out, _ = _run("cue-verb-first")
    assert '"The pier will open in May," said Ann Kell.' in out
    assert '"It is late," said the council leader on Monday.' in out
    assert '"Yes," said Kell, "it is."' in out and '"Kell is right," said Pell.' in out
    appositive = '"A," Tom Orr, the harbour master, said.\n'
    assert _run("cue-verb-first", appositive)[0] == '"A," said Tom Orr, the harbour master.\n'


def test_name_first_is_the_reverse_and_skips_titles_cut_at_their_stop():
    out, _ = _run("cue-name-first")
    assert '"We waited," Tom Orr, the harbour master, said.' in out
    assert '"Is it safe?" Dr Orr asked.' in out
    text = '"A," said Sen. Ann Roe. "B," said Patrick J. Tiberi. "C," said Cruz. The end.\n'
    out, _ = _run("cue-name-first", text)
    assert '"A," Sen. Ann Roe said. "B," Patrick J. Tiberi said. "C," Cruz said.' in out
    # "said Cruz. The": a short surname is no title (only "said Sen." before a name is cut)
    text = '"A," said Mr Ross. Then "B," said Gov. Tom Hill.\n'
    assert _run("cue-name-first", text)[0] == '"A," Mr Ross said. Then "B," Gov. Tom Hill said.\n'
    text = '"A," said Al Roe, who ran for the U.S. Senate. "B," said Jo Fry, a D.C. aide.\n'
    assert _run("cue-name-first", text)[0] == (
        '"A," Al Roe, who ran for the U.S. Senate, said. "B," Jo Fry, a D.C. aide, said.\n'
    )


def test_honorifics_stripped_outside_quotes_and_added_to_later_surnames():
    out, _ = _run("honorific-strip")
    assert 'Pell said: "It costs too much." Kell added: "Mr Orr knows it."' in out
    assert '"Is it safe?" asked Orr.' in out
    out, _ = _run("honorific-add")
    assert '"Yes," Dr Kell said' in out and '"Kell is right," Dr Pell said.' in out
    assert "Ann Kell said" in out and "Later Pell and Dr Kell met" in out  # after a capital: no
    assert "Dr Orr" not in out.replace('"Is it safe?" asked Dr Orr', "")  # Orr is no speaker
    text = "Ann Kell spoke. The Kell camp won; a 2004 Kell aide left. Kell said no.\n"
    assert _run("honorific-add", text)[0] == text.replace("Kell said", "Dr Kell said")
    text = "Al From spoke. From then on, From said no to calls from the town.\n"
    gold = [{"article": "a", "speaker": "Al From"}]
    assert VARIANTS["honorific-add"](gold, {"a": text}, 7).edits(text) == []  # "from"


def test_colon_intro_and_trailing_cue_only_where_the_edit_is_clean():
    out, where = _run("colon-intro")
    assert 'Pell said: "Kell is right."\n' in out
    assert '"The pier will open in May," Ann Kell said. "We waited,"' in out  # cue mid-quote
    out, _ = _run("trailing-cue")
    assert '"It costs too much," Mr Pell said. "Mr Orr knows it," Mrs Kell added.' in out
    two = 'Ann Kell said: "It is late. We waited."\n'
    assert _run("trailing-cue", two)[0] == two  # two sentences: left


def test_colon_intro_moves_the_gold_with_the_quotation():
    text = 'Pier row\n\n"The pier is late," the council leader said.\n'
    quote = "The pier is late,"
    start = text.index(quote)
    line = {"article": "a", "start": start, "end": start + len(quote), "text": quote}
    gold = {"a": [{**line, "kind": "quote", "speaker": "the council leader"}]}
    new_gold, new_texts = transfer.rewrite(gold, {"a": text}, VARIANTS["colon-intro"]([], {}, 7))
    assert new_texts["a"] == 'Pier row\n\nThe council leader said: "The pier is late."\n'
    assert new_gold["a"][0]["text"] == "The pier is late."


def _moved(text: str, mention: str, at: int) -> dict:
    quote = "a fresh start"
    start = text.index(quote)
    line = {
        "article": "a", "start": start, "end": start + len(quote), "text": quote,
        "kind": "quote", "speaker": None, "speaker_resolved": False,
        "source_mention": mention, "mention": mention,
        "source_start": at, "source_end": at + len(mention),
    }
    variant = VARIANTS["honorific-add"]([{"article": "a", "speaker": "Ann Kell"}], {"a": text}, 7)
    new_gold, new_texts = transfer.rewrite({"a": [line]}, {"a": text}, variant)
    h = new_gold["a"][0]
    assert new_texts["a"][h["source_start"] : h["source_end"]] == h["source_mention"]
    return h


def test_honorific_add_reads_the_source_mention_from_the_edited_text():
    text = 'Ann Kell spoke in Dover. Supporters of Kell said the plan was "a fresh start".\n'
    h = _moved(text, "Supporters of Kell", text.index("Supporters"))
    assert h["source_mention"] == h["mention"] == "Supporters of Dr Kell"
    text = 'Ann Kell spoke in Iowa. Kell said the plan was "a fresh start".\n'
    h = _moved(text, "Kell", text.index("Kell said"))
    assert h["source_mention"] == "Kell"  # after "Iowa. " the text keeps the bare surname
    text = 'Ann Kell spoke, and then Kell said it was "a fresh start".\n'
    assert _moved(text, "Kell", text.index("Kell said"))["source_mention"] == "Dr Kell"


def test_cue_variants_never_edit_inside_a_quotation_reopened_mid_line():
    text = (
        'Tom Orr spoke. Ann Kell said: "We waited a year. "Orr knows it and so does the '
        'town." The pier opens, and then Orr said no. \u2018Orr was late,\u2019 it read.\n'
    )
    gold = [{"article": "a", "speaker": "Tom Orr"}]
    edits = VARIANTS["honorific-add"](gold, {"a": text}, 7).edits(text)
    assert apply_edits(text, edits)[0] == text.replace("then Orr said", "then Dr Orr said")


def test_honorific_add_skips_surnames_as_modifiers_and_firms_without_a_type():
    text = (
        'Tom Ash and Tom Kell spoke. "We are done," Kell spokesman Tom Ash said; '
        "many Ash supporters left, Ash-backed aides too, and Ash said no. "
        "Continental Airlines spoke. Airlines have faced it, and then Airlines said no.\n"
    )
    gold = [
        {"article": "a", "speaker": "Tom Ash"}, {"article": "a", "speaker": "Tom Kell"},
        {"article": "a", "speaker": "Continental Airlines"},
    ]
    edits = VARIANTS["honorific-add"](gold, {"a": text}, 7).edits(text)
    assert apply_edits(text, edits)[0] == text.replace("and Ash said", "and Dr Ash said")
    typed = [{**gold[2], "speaker_type": "person"}]
    edits = VARIANTS["honorific-add"](typed, {"a": text}, 7).edits(text)
    assert "then Dr Airlines said" in apply_edits(text, edits)[0]  # the gold says: a person


def test_verb_first_keeps_an_appositive_comma_before_an_adjunct():
    text = '"We are done," Tom Ash, a Kell spokesman, said in a statement.\n'
    assert _run("cue-verb-first", text)[0] == (
        '"We are done," said Tom Ash, a Kell spokesman, in a statement.\n'
    )


def test_trailing_cue_takes_no_pronoun_as_a_name():
    for who in ("One", "Another", "Some"):
        text = f'{who} said: "Sacking him keeps it running."\n'
        assert _run("trailing-cue", text)[0] == text
    text = 'Ann Kell said: "Sacking him keeps it running."\n'
    assert _run("trailing-cue", text)[0] == '"Sacking him keeps it running," Ann Kell said.\n'


def test_colon_intro_leaves_a_cue_that_covers_an_earlier_quotation_too():
    text = '"It will be new." "Fans will be sad," added the producer.\n'
    assert _run("colon-intro", text)[0] == text
    text = 'It was new. "Fans will be sad," added the producer.\n'
    assert _run("colon-intro", text)[0] == (
        'It was new. The producer added: "Fans will be sad."\n'
    )


def test_name_first_reads_no_name_particle_as_an_adjunct():
    text = '"We voted," said Anna in \'t Veld. "We won," said Tom Orr in Dover.\n'
    assert _run("cue-name-first", text)[0] == (
        '"We voted," said Anna in \'t Veld. "We won," Tom Orr said in Dover.\n'
    )


def test_honorific_strip_keeps_miss_and_sir_before_no_full_name():
    text = (
        "At the Miss Universe pageant Sir Paul sang; Sir Tom Orr and Miss Ann Kell and "
        "Dr. Pell met.\n"
    )
    assert _run("honorific-strip", text)[0] == (
        "At the Miss Universe pageant Sir Paul sang; Tom Orr and Ann Kell and Pell met.\n"
    )
