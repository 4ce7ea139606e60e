"""A group or person placed by "outside", "around", "across", "along", "behind" or
"beyond" ("Protesters outside the embassy chanted", "Aides around the president say")
speaks as the whole description: the place or person after the preposition is the
object of that preposition, never the speaker (events._OBJECTS_OF and
postmodified_subjects._POSTMODIFIER_STARTS, as "near" and "inside" already were). Near misses: the
preposition in an opening phrase, in another sentence, or in a clause of its own leaves
the speaker found as before. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import only_speaker

PLACED = [
    ('Protesters outside the embassy chanted "Free them now!" as police watched.',
     "Protesters outside the embassy"),
    ('Doctors outside Kharkiv said "The wounded keep coming."', "Doctors outside Kharkiv"),
    ('Officials around Prime Minister Edda Lind said "She will not resign."',
     "Officials around Prime Minister Edda Lind"),
    ('Aides around the president say "He is tired of the fight."', "Aides around the president"),
    ('Residents along the river told reporters: "The water rose in an hour."',
     "Residents along the river"),
    ('Soldiers behind the lines said "We have had no food for days."',
     "Soldiers behind the lines"),
    ('Demonstrators outside Parliament shouted "Shame on you!" at the ministers.',
     "Demonstrators outside Parliament"),
    ('Supporters across Ohio told the campaign: "We need more signs."',
     "Supporters across Ohio"),
    ('Reporters outside the house asked Mr Dunn: "Will you resign?"',
     "Reporters outside the house"),
]


@pytest.mark.parametrize(("text", "speaker"), PLACED)
def test_a_placed_group_speaks_as_its_whole_description(text, speaker):
    assert only_speaker(text) == speaker


NEAR_MISSES = [
    ('Outside the embassy, Anna Kovac said "We will return tomorrow."', "Anna Kovac"),
    ('Just outside Kyiv, residents said "The shelling stopped at dawn."', "residents"),
    ('The talks outside Geneva ended late. Mr Lund said "Nothing was agreed."', "Lund"),
    ('Speaking outside the court, the lawyer said "We will appeal."', "the lawyer"),
    ('Outside the hall, protesters chanted "Shame!"', "protesters"),
    ('The convoy stopped outside Mariupol. Its commander, Oleg Dant, said "We go no further."',
     "Oleg Dant"),
    ('Reporters waited outside the ministry. Minister Ivo Sarr said "I have nothing to add."',
     "Ivo Sarr"),
    ('Crowds gathered outside the stadium where Coach Ray Fenn told them "We will be back."',
     "Ray Fenn"),
    ('Analysts outside Russia doubt the figures. "They are invented," said Lena Holt, an '
     "economist.", "Lena Holt"),
    ('A crowd outside the court heard the lawyer, Pia Moss, say "We have won."', "Pia Moss"),
    ('Soldiers along the front praised General Aron Bly. He said "Hold the line."', "Aron Bly"),
    ('Villagers around Lake Orin have complained for years. Mayor Tess Vale said "We hear '
     'them."', "Tess Vale"),
    ('Across the river the mayor said "The bridge will reopen."', "the mayor"),
    ('Outside Kyiv the general said "We hold every village."', "the general"),
    ('Anger across the region grew as Governor Ina Plum said "We will rebuild."', "Ina Plum"),
    ('Standing outside the court Tom Ash said "Justice was done."', "Tom Ash"),
    ('The row around Minister Kay Loft grew on Monday. She said "I have done nothing wrong."',
     "Kay Loft"),
    ('Pressure around Prime Minister Ole Brand grew, and he said "I will stay."', "Ole Brand"),
    ('Police kept reporters behind a fence while Judge Ava Lum said "This court is adjourned."',
     "Ava Lum"),
    ('Fans outside the ground cheered as Mila Sorn, the captain, said "We did it for you."',
     "Mila Sorn"),
]


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES)
def test_the_preposition_elsewhere_leaves_the_speaker(text, speaker):
    assert only_speaker(text) == speaker
