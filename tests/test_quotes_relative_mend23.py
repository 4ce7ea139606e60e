"""Relative clauses, twentieth round, after review revL of relcl23's rules. ", and called
..." after a closed relative clause goes on from the main clause only when the antecedent
is that clause's object ("Tarrant praised Banfield, who ..."), never when it opens the
reported clause of "said"/"told X"/"that" and still waits for its predicate ("Tarrant
said Banfield, who ..., and called ..., would stand again": all Banfield's); a lower-case
quotation right after the clause's closing comma is that predicate, the reporter's. A
description opening ", who" after a verb is not the subject of that verb's clause, nor a
person named with it ("asked Crow about the mayor"), but may be a person named as an
object of another verb or as an owner ("Members elected Vera Lund ... and applauded the
new treasurer, who"). "in what critics might call "…"" is the writer's own foresight.
Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

TARRANT, BANFIELD = "Gwen Tarrant", "Leo Banfield"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Ms Gwen Tarrant praised Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce".', "a farce", TARRANT),
        ('Ms Gwen Tarrant thanked Mr Leo Banfield, who told the council the bridge was '
         '"crumbling," and urged ministers to act "without delay."', "without delay.", TARRANT),
        ('Ms Gwen Tarrant praised Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", adding that ministers had failed.', "a farce", TARRANT),
        ('Ms Gwen Tarrant praised Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", she added.', "a farce", TARRANT),
        ('Ms Gwen Tarrant told Mr Leo Banfield, who said the bridge was "crumbling", and '
         'urged him to publish "every survey".', "every survey", TARRANT),
    ],
)
def test_and_called_after_a_closed_clause_on_the_object_is_the_main_clauses(
    text, words, speaker
):
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Ms Gwen Tarrant said Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", would stand again.', "a farce", BANFIELD),
        ('Ms Gwen Tarrant insisted that the engineer, who warned the bridge was "crumbling", '
         'and described the budget as "a farce", had been ignored.', "a farce", "the engineer"),
        ('Ms Gwen Tarrant told the inquiry Mr Leo Banfield, who said the bridge was '
         '"crumbling," and called the budget "a farce," deserved an apology.', "a farce,",
         BANFIELD),
        ('Ms Gwen Tarrant wrote that Mr Leo Banfield, who told reporters the bridge was '
         '"crumbling", and claimed the budget was "a farce", was telling the truth.', "a farce",
         BANFIELD),
        ('Ms Gwen Tarrant said that after she met Mr Leo Banfield, who said the bridge was '
         '"crumbling", and called the budget "a farce", she changed her mind.', "a farce",
         BANFIELD),
        ('Ms Gwen Tarrant argued Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", should resign.', "a farce", BANFIELD),
        ('Ms Gwen Tarrant says Mr Leo Banfield, who called the bridge "a death trap", and '
         'described the budget as "a farce", has been vindicated.', "a farce", BANFIELD),
        ('Ms Gwen Tarrant told me Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", is the best engineer in the county.', "a farce",
         BANFIELD),
        ('Ms Gwen Tarrant believes the engineer, who said the bridge was "crumbling", and '
         'called the budget "a farce", was right all along.', "a farce", "the engineer"),
        ('Ms Gwen Tarrant said Mr Leo Banfield, who said the bridge was "crumbling", and '
         'called the budget "a farce", could not be reached.', "a farce", BANFIELD),
        ('Mr Leo Banfield claimed that the mayor, who said the bridge was "sound", and called '
         'the critics "scaremongers", did not read the survey.', "scaremongers", "the mayor"),
        ('Ms Gwen Tarrant spoke at the hearing.\n\nShe said Mr Leo Banfield, who said the '
         'bridge was "crumbling", and called the budget "a farce", had been proved right.',
         "a farce", BANFIELD),
        ('Ms Gwen Tarrant praised Mr Leo Banfield, who said the bridge was "crumbling", and '
         'he called the budget "a farce".', "a farce", BANFIELD),
    ],
)
def test_and_called_inside_the_subject_of_a_reported_clause_stays_the_antecedents(
    text, words, speaker
):
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ms Gwen Tarrant wrote that Mr Leo Banfield, who warned councillors the bridge was '
         '"unsafe", and asked for a survey, "saw it coming".', TARRANT),
        ('Ms Gwen Tarrant spoke at the hearing.\n\nShe said Mr Leo Banfield, who called the '
         'bridge "a death trap", and urged a ban on lorries, "deserves a medal".', TARRANT),
        # "she" of nobody present: nobody, not the antecedent
        ('She said Mr Leo Banfield, who called the bridge "a death trap", and urged a ban on '
         'lorries, "deserves a medal".', None),
    ],
)
def test_a_quoted_predicate_after_the_relative_clause_is_the_reporters(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Ms Gwen Tarrant said Mr Leo Banfield, who called the bridge "a death trap", '
         '"a scandal" and "a disgrace", was right.', "a death trap", BANFIELD),
        ('Ms Gwen Tarrant praised Mr Leo Banfield, who called the bridge "a death trap", and '
         'urged a ban on lorries, "before it is too late".', "a death trap", BANFIELD),
    ],
)
def test_near_misses_of_the_quoted_predicate(text, words, speaker):
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ms Vera Lund sat beside the treasurer, who said the accounts were "a mess".',
         "the treasurer"),
        ('Mr Ian Crow arrived before the mayor, who told the crowd the fair was "cancelled".',
         "the mayor"),
        ('The vote was close, and Mr Ian Crow thanked the mayor, who said the result was '
         '"fair".', "the mayor"),
        ('Reporters asked Mr Ian Crow about the mayor, who had said the fair was "cancelled".',
         "the mayor"),
        ('Mr Ian Crow and Ms Vera Lund met the mayor, who said the fair was "cancelled".',
         "the mayor"),
    ],
)
def test_a_description_after_a_verb_is_not_its_clauses_subject(text, speaker):
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Members elected Ms Vera Lund in March and applauded the new treasurer, who said '
         'the accounts were "in order".', "Vera Lund"),
        ('Voters who backed Mr Ian Crow in the spring welcomed the new mayor, who said the '
         'fair would go "ahead".', "Ian Crow"),
        ('Mr Ian Crow won the count, and supporters hugged the mayor, who said the result '
         'was "humbling".', "Ian Crow"),
        ("Staff of Ms Vera Lund's office greeted the treasurer, who said the accounts were "
         '"in order".', "Vera Lund"),
        ("Ms Vera Lund's opponents heckled the treasurer, who said the accounts were "
         '"in order".', "Vera Lund"),
        ('The council picked Ms Vera Lund on Tuesday, and staff welcomed the treasurer, who '
         'said the books were "balanced".', "Vera Lund"),
    ],
)
def test_a_description_may_be_a_person_named_as_an_object_or_owner(text, speaker):
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mr Ivo Grant said the ceasefire was holding in what sceptics might call "a lull".',
         "Ivo Grant"),
        ('Mr Ivo Grant said the talks ended in what Ms Rhea Stone would call "a stalemate".',
         "Ivo Grant"),
        ('Mr Ivo Grant said the army had withdrawn in what Moscow will call "a gesture".',
         "Ivo Grant"),
        ('Ms Rhea Stone said the vote went through in what her rivals could call '
         '"a stitch-up".', "Rhea Stone"),
        # the label given, not foreseen: the labeller's
        ('Mr Ivo Grant said the ceasefire was holding in what sceptics called "a lull".',
         "sceptics"),
        ('Mr Ivo Grant said the talks ended in what Ms Rhea Stone has called "a stalemate".',
         "Rhea Stone"),
    ],
)
def test_what_someone_would_call_is_the_speakers_own_foresight(text, speaker):
    assert said(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ms Rhea Stone, who runs the clinic; said the waiting lists were "shameful".',
         "Rhea Stone"),
        ('Mr Ivo Grant, who chairs the trust: said the budget was "a disgrace".', "Ivo Grant"),
        ('Ms Rhea Stone, who runs the clinic; she said the waiting lists were "shameful".',
         "Rhea Stone"),
        # a body's pronoun after the semicolon: not the person before it
        ('Ms Rhea Stone, who runs the clinic; it said the waiting lists were "shameful".',
         None),
    ],
)
def test_a_stray_semicolon_before_the_verb_keeps_the_opening_person(text, speaker):
    assert said(text)[0][1] == speaker
