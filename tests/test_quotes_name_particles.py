"""A person's name with lower-case particles ("Nick Van den Brul", "Marie van der Berg")
before "of" and an organisation: the person speaks, not the organisation, whether the
sentence is read closely or only glanced at for names. Text written for this test."""

from __future__ import annotations

from warreader.index.quotes.name_runs import NAME_RUN, runs_of

from tests.quote_support import said


def test_a_name_with_two_particles_before_of_is_the_speaker_not_the_organisation():
    text = (
        'Aviation analyst Nick Van den Brul of Harbour Securities called the results '
        '"pretty modest".\n\n'
        'Economist Marie van der Berg of Nordbank said: "Rates will rise."\n\n'
        'Analyst Pieter Van Der Meer of Kustbank said: "Rates will fall."\n\n'
        'Economist Marie Lund of Nordbank said: "Rates will stay."'
    )
    assert said(text) == [
        ("pretty modest", "Nick Van den Brul"),
        ("Rates will rise.", "Marie van der Berg"),
        ("Rates will fall.", "Pieter Van Der Meer"),
        ("Rates will stay.", "Marie Lund"),  # no particle: as before
    ]


def test_a_glanced_run_is_cut_after_a_particled_name_before_of():
    text = "Later, Marie van der Berg of Nordbank spoke, and Bank of England staff listened."
    names = [[text[a:b] for a, b in runs_of(m)] for m in NAME_RUN.finditer(text)]
    assert ["Marie van der Berg", "Nordbank"] in names
    assert ["Bank of England"] in names  # no person before "of": one name
