"""A sidebar speaker row keeps the speaker's whole name before the word "quotes": at 80
columns the corpus list read "Jens Stoltenbe…  9 quotes" with room for the name, then
(ux13-ux19) "Jens Stoltenberg  9", a bare number; now the count goes under the name."""

from __future__ import annotations

from warreader.tui.widgets.sidebar_rows import speaker_height, speaker_lines


def _row(name: str, count: int, width: int) -> str:
    return speaker_lines(name, None, count, "red", width)[0].plain


def _lines(name: str, role: str | None, count: int, width: int) -> list[str]:
    return [line.plain for line in speaker_lines(name, role, count, "red", width)]


def test_the_name_whole_before_the_word_quotes():
    assert _row("Antony Blinken", 7, 27) == "● Antony Blinken  7 quotes"
    assert _row("Jens Stoltenberg", 1, 28) == "● Jens Stoltenberg  1 quote"
    # no room for the count beside the whole name: it goes under it (ux20), never bare
    assert _lines("Jens Stoltenberg", None, 9, 27) == ["● Jens Stoltenberg", "  9 quotes"]
    # a name too long even for a row of its own is cut, the count under it
    assert _lines("Washington, London and Paris", None, 3, 27) == [
        "● Washington, London and P…", "  3 quotes"]
    assert _lines("Recep Tayyip Erdoğan", None, 1200, 29) == [
        "● Recep Tayyip Erdoğan", "  1,200 quotes"]


def test_the_height_known_unrendered_is_the_rendered_one():
    cases = [("Antony Blinken", None, 7), ("Jens Stoltenberg", None, 9),
             ("Volodymyr Zelenskyy", "President", 4), ("Washington, London and Paris", None, 3),
             ("Recep Tayyip Erdoğan", None, 1200), ("X", "Y", 1)]
    for name, role, count in cases:
        for width in range(1, 60):
            assert speaker_height(name, role, count, width) == len(
                speaker_lines(name, role, count, "red", width)), (name, width)


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


async def test_a_narrow_via_line_wraps_and_keeps_the_name_whole(tmp_path):
    """ux25: the via line was cut to one line of the sidebar: at 80x24 seed 003's fifth
    quote read "pronoun · he → Dmitr…, ¶7" (whom "he" was read as, cut), at 120x40 the
    first "carried · Antony Bl…, ¶3"; it wraps now, every word kept, the paragraph too.
    A 24-column sidebar had read "description · , ¶3" (a name cut to nothing)."""
    from tests.tui_support import flat, make_app, open_article, press, wait_ready

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await open_article(pilot, "003")
        await press(pilot, *["right_square_bracket"] * 5, "3")
        sidebar = app.main_screen.sidebar
        shown = flat(" ".join(sidebar.render_line(y).text for y in range(sidebar.size.height)))
        assert "pronoun · he → Dmitry Peskov, ¶7" in shown
        assert "…, ¶" not in shown


async def test_at_80_columns_every_corpus_speaker_row_says_its_quotes(tmp_path):
    """ux20: at 80x24 the corpus sidebar read "● Anastasia Kuznetsova  4" and
    "● Oleksii Reznikov  3" (no role, no room for the word) among rows that said
    "4 quotes"; now the count goes under the name as it does for a speaker with a role."""
    import re

    from tests.tui_support import make_app, press, screen_text, wait_ready

    app = make_app(tmp_path / "ix")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await press(pilot, "s", "3")
        sidebar = app.main_screen.sidebar
        region = sidebar.scrollable_content_region  # not its scrollbar
        rows = [line[region.x:region.right].rstrip()
                for line in screen_text(app).splitlines()[region.y:region.bottom]]
        assert "● Anastasia Kuznetsova" in rows, rows
        assert rows[rows.index("● Anastasia Kuznetsova") + 1].strip() == "4 quotes"
        named = [i for i, row in enumerate(rows) if row.startswith("● ")]
        assert len(named) >= 8, rows
        for i in named[:-1]:  # the last may have its second line below the pane
            beside = re.search(r"  \d+ quotes?$", rows[i])
            under = re.match(r"  \d+ quotes?( · |$)", rows[i + 1])
            assert beside or under, rows[i:i + 2]
            assert not re.search(r"  [\d,]+$", rows[i]), rows[i]  # never a bare number


def test_wide_characters_are_counted_in_cells():
    """Review: a CJK name takes two cells a character; counted in characters, the count
    went beside it and the row was 31 cells on a 26-cell pane ("3 quotes" clipped)."""
    from rich.cells import cell_len

    for name in ["王文斌 外交部发言人", "王文斌", "外交部发言人外交部发言人外交部发言人"]:
        lines = speaker_lines(name, None, 3, "red", 26)
        assert all(cell_len(line.plain) <= 26 for line in lines), [ln.plain for ln in lines]
        assert "3 quotes" in " ".join(line.plain for line in lines)
        assert speaker_height(name, None, 3, 26) == len(lines)
