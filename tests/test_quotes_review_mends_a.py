"""Review mends (reviewer reveng20, findings R1, R2, R6, W2, W3): regressions of the
seventeenth round's engine changes. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of, quotes_of, said


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(text) if q.kind == "quote"}


def test_state_before_a_plain_noun_is_no_reporting_verb():
    # R1: "Belarus state media", "Florida state archivist": "state" is a noun.
    assert _speakers(
        "Belarus state media showed Alexander Lukashenko calling the drills "
        "\u201cpurely defensive\u201d."
    ) == {"purely defensive": "Alexander Lukashenko"}
    assert _speakers(
        "Russia state news agency TASS carried the claim that Kyiv had used "
        "\u201cdirty bombs\u201d."
    ) == {"dirty bombs": "TASS"}
    for text in (
        "Iran state television said the drones were \u201cnot ours\u201d.",
        "The Florida state archivist was \u201cvery surprised\u201d, the report said.",
    ):
        assert all(q.speaker not in ("Iran", "Florida") for q in quotes_of(text)), text


def test_reports_from_a_place_after_a_subject_is_a_verb_not_a_speech_noun():
    # R2: "reports" after a name or a noun is the verb; the place after "from" is no agent.
    assert _speakers(
        "Ann Kell reports from Kyiv that troops are \u201cexhausted and short of shells\u201d."
    ) == {"exhausted and short of shells": "Ann Kell"}
    assert _speakers(
        "The BBC's Ann Kell reports from Kharkiv that residents are \u201cterrified\u201d."
    ) == {"terrified": "Ann Kell"}
    for text in (
        "Our correspondent reports from Bakhmut that the city is \u201calmost surrounded\u201d.",
        "There were reports from Bakhmut that Russian units had \u201csuffered heavy "
        "losses\u201d.",
    ):
        assert all(q.speaker != "Bakhmut" for q in quotes_of(text)), text


def test_a_speech_noun_after_a_verb_keeps_its_agent_after_from():
    # R2's mend leaves the noun reading where no subject stands right before the noun.
    assert _speakers(
        "Officials dismissed comments from a senior minister that the talks were "
        "\u201cdead\u201d."
    ) == {"dead": "a senior minister"}


def test_whole_paragraph_single_marked_subheadings_do_not_make_an_article_single_first():
    # R6: the subheadings are left out of the count, so the body's single marks are terms.
    text = (
        "\u2018Where is my son?\u2019\n\n"
        "Mila Dunn has waited at the gate since spring. She calls the town "
        "\u2018the grinder\u2019 now.\n\n"
        "\u2018We will not stop!\u2019\n\n"
        "\"Nobody tells us anything,\" said Ann Kell."
    )
    kinds = kinds_of(text)
    assert kinds["the grinder"] == "term"
    assert kinds["We will not stop!"] == "term"
    assert ("Nobody tells us anything,", "Ann Kell") in said(text)


def test_three_dots_open_a_single_marked_quotation():
    # W2: "'... There is evidence" opens as "'\u2026 There" does.
    text = "Ann Kell spoke. '... There is evidence of shelling,' she said."
    assert said(text) == [("... There is evidence of shelling,", "Ann Kell")]


def test_a_nickname_after_a_title_and_a_given_name_is_a_term():
    # W3: "General Apti "Akhmat" Alaudinov": the title leaves the name a run of its own.
    text = "General Apti \u201cAkhmat\u201d Alaudinov said the city was \u201csurrounded\u201d."
    kinds = kinds_of(text)
    assert kinds["Akhmat"] == "term"
    assert kinds["surrounded"] == "quote"
