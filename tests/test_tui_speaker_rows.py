"""A sidebar speaker row keeps the speaker's whole name before the word "quotes": at 80
columns the corpus list read "Jens Stoltenbe…  9 quotes" with room for the name."""

from __future__ import annotations

from warreader.tui.widgets.sidebar_rows import speaker_lines


def _row(name: str, count: int, width: int) -> str:
    return speaker_lines(name, None, count, "red", width)[0].plain


def test_the_name_whole_before_the_word_quotes():
    assert _row("Antony Blinken", 7, 27) == "● Antony Blinken  7 quotes"
    assert _row("Jens Stoltenberg", 9, 27) == "● Jens Stoltenberg  9"
    assert _row("Jens Stoltenberg", 1, 28) == "● Jens Stoltenberg  1 quote"
    # a name too long even so is cut, the count still shown
    assert _row("Washington, London and Paris", 3, 27) == "● Washington, London an…  3"
    assert _row("Recep Tayyip Erdoğan", 1200, 29) == "● Recep Tayyip Erdoğan  1,200"


def test_a_count_without_room_beside_the_name_goes_under_it_with_the_role():
    """ux19: at 80 columns the rows read "Volodymyr Zelenskyy  1", the word "quote" cut
    off; where there is a role line the count goes there, whole."""
    def lines(name: str, role: str, count: int, width: int) -> list[str]:
        return [line.plain for line in speaker_lines(name, role, count, "red", width)]

    assert lines("Volodymyr Zelenskyy", "Ukrainian President", 1, 27) == [
        "● Volodymyr Zelenskyy", "  1 quote · Ukrainian Pres…"]
    assert lines("Volodymyr Zelenskyy", "President", 4, 27) == [
        "● Volodymyr Zelenskyy", "  4 quotes · President"]
    assert lines("Volodymyr Zelenskyy", "President", 4, 40) == [
        "● Volodymyr Zelenskyy  4 quotes", "  President"]  # room: beside the name


def test_the_role_stays_under_the_name():
    lines = speaker_lines("Dmitry Peskov", "Kremlin spokesman", 5, "red", 27)
    assert [line.plain for line in lines] == ["● Dmitry Peskov  5 quotes", "  Kremlin spokesman"]


def test_a_via_line_without_room_for_a_name_drops_its_comma():
    # a 24-column sidebar read "description · , ¶3" under a BBC quote
    from warreader.index.model import Quote
    from warreader.tui.widgets.sidebar_rows import fitted_via

    quote = Quote("We do not discuss it", 0, 1, speaker="A spokesperson for Delta",
                  via="description", mention="A spokesperson for Delta", mention_paragraph=2)
    assert fitted_via(quote, 19) == "description · ¶3"
    assert fitted_via(quote, 20) == "description · A…, ¶3"
    assert fitted_via(quote, 42) == "description · A spokesperson for Delta, ¶3"
