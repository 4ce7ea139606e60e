"""Whom a "he said" after a quotation skips, and whom a "she" nobody fits is not (issue 10,
eighteenth round and its mend). Every sentence is invented for this test."""

from __future__ import annotations

from tests.quote_support import said

_KELLET_SPOKE = '"Our harbour plan will pay for itself," Dan Kellet said at a dinner in March.\n\n'


def test_a_dash_aside_between_two_pieces_of_a_quotation_is_no_speaker():
    # The writer's aside explains what Brandt means; Kellet is talked about there, as if
    # named inside the quotation, though Kellet spoke before and is the nearer man.
    text = _KELLET_SPOKE + (
        "Ivo Brandt, treasurer of the rival slate, doubts every figure. "
        '"Nobody on the quay trusts these sums" -- Kellet\'s grand surplus by 2019 -- '
        '"and the fishermen can count," he argues. "Ask them."'
    )
    assert said(text)[1:] == [
        ("Nobody on the quay trusts these sums", "Ivo Brandt"),
        ("and the fishermen can count,", "Ivo Brandt"),
        ("Ask them.", "Ivo Brandt"),
    ]


def test_an_aside_that_closes_the_sentence_is_not_a_gloss():
    # The dash aside follows the last piece and no quotation resumes after it: no gloss,
    # and the pronoun still passes over the man the quotation names.
    text = _KELLET_SPOKE + (
        'Ivo Brandt did not soften it. "Kellet is finished," he argues - and Brandt has '
        "seen three harbour masters fall."
    )
    assert said(text)[1:] == [("Kellet is finished,", "Ivo Brandt")]


_QUINT_SPOKE = '"The march stayed orderly," said Rosa Quint, who helped to plan it.\n\n'


def test_a_name_after_an_adjective_modifying_a_noun_may_be_the_speaker():
    # "the loyal Dorn volunteers": a candidate praises his own helpers so; the name as a
    # modifier after an adjective is no third person the "he" must pass over.
    text = _QUINT_SPOKE + (
        "Lev Dorn spent August in the mill towns, and hecklers trailed his bus. "
        '"Nobody stopped us," he wrote online in July. Once the tour was over the '
        'senator hit back. "Those who shoved the loyal Dorn volunteers were hired hands," '
        "he wrote."
    )
    assert said(text)[-1] == (
        "Those who shoved the loyal Dorn volunteers were hired hands,",
        "Lev Dorn",
    )


def test_a_name_the_quotation_speaks_of_is_still_passed_over():
    text = _QUINT_SPOKE + (
        'Lev Dorn faced the cameras. "Quint claims the brave Dorn volunteers began it," '
        "he said."
    )
    assert said(text)[-1] == ("Quint claims the brave Dorn volunteers began it,", "Lev Dorn")


def test_a_bare_name_before_a_noun_still_names_someone_else():
    # "the Dorn machine" right after the article: as often the rival's team as one's own,
    # so the loser named before is not taken for the one who boasts of beating it; nor
    # is a name after a noun and a preposition ("a swipe at Dorn and ...") a modifier.
    text = 'Lev Dorn lost the count on Thursday. "We beat the Dorn machine in every ward," he said.'
    assert said(text)[-1][1] != "Lev Dorn"
    text = (
        'Lev Dorn lost the count on Thursday. "It was a swipe at Dorn and his friends," '
        "he said."
    )
    assert said(text)[-1][1] != "Lev Dorn"


def test_a_she_nobody_fits_is_not_the_man_named_before():
    # A woman nobody named speaks after a man is named: she is not he, and the man keeps
    # his gender, so his own "he said" later is still his.
    assert said(
        "Neil Oduya drowned off the pier on Saturday. His sister laid flowers there. "
        '"He swam every single morning," she said.'
    ) == [("He swam every single morning,", None)]
    text = (
        'Colin Breck opened the new wing on Friday. "The nurses loved it," she said.\n\n'
        'Breck later met the press. "We need more beds," he said.'
    )
    assert said(text) == [("The nurses loved it,", None), ("We need more beds,", "Colin Breck")]


def test_a_verb_coordinated_after_an_opening_clause_is_the_main_clauses():
    # "pressed" in the opening when-clause is Quint's (or the writer's "I"); "and said"
    # after the clause's comma belongs to the main clause, whose subject is "he".
    assert said(
        'When Rosa Quint pressed Lev Dorn on the deal, he shrugged and said, "Later."'
    ) == [("Later.", "Lev Dorn")]
    assert said(
        "Back in June, when I put it to Lev Dorn that he might yet work for Rosa Quint, he "
        'laughed, leaned back and said, "Never for her!"'
    ) == [("Never for her!", "Lev Dorn")]


def test_a_verb_coordinated_inside_the_opening_clause_stays_its_subjects():
    assert said('When Rosa Quint phoned him and said "No deal," Lev Dorn hung up.') == [
        ("No deal,", "Rosa Quint")
    ]
