"""A lookup of whom a "he", "she" or "the minister" refers to is a pure read
(``Registry.antecedent``): only a kept speaker or sighting teaches the registry that a name
of no known kind is a person of some gender (``antecedents.learn_reference``), so the
order in which the engine asks never changes a later answer. Names are invented."""

from __future__ import annotations

from warreader.index.quotes.antecedents import learn_reference
from warreader.index.quotes.entities import Entity, Registry


def _registry() -> tuple[Registry, Entity]:
    """An article's registry holding one subject name the list of given names lacks."""
    registry = Registry()
    entity = Entity("Orvek Brannoc")
    registry.entities.append(entity)
    registry.see(entity, (0, 0, 0), True, False)
    return registry, entity


def test_a_lookup_of_she_leaves_a_later_he_its_answer():
    first, _ = _registry()
    first.antecedent("she", (1, 0, 0))
    asked_after = first.antecedent("he", (1, 1, 0))
    second, _ = _registry()
    asked_alone = second.antecedent("he", (1, 1, 0))
    assert asked_alone is not None and asked_alone.name == "Orvek Brannoc"
    assert asked_after is not None and asked_after.name == asked_alone.name


def test_a_lookup_of_a_persons_noun_leaves_the_entity_as_it_was():
    registry, entity = _registry()
    found = registry.antecedent("spokeswoman", (1, 0, 0))
    assert found is entity
    assert (entity.kind, entity.gender) == ("unknown", "")


def test_a_kept_reference_makes_the_name_a_person_of_its_gender():
    registry, entity = _registry()
    learn_reference(registry.antecedent("she", (1, 0, 0)), "she")
    assert (entity.kind, entity.gender) == ("person", "f")
    assert registry.antecedent("he", (1, 1, 0)) is None


def test_a_kept_reference_by_it_teaches_nothing():
    _, entity = _registry()
    learn_reference(entity, "it")
    assert (entity.kind, entity.gender) == ("unknown", "")
