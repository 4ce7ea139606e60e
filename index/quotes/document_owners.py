"""Whether the thing "its" or "their" was resolved to owns the document or spokesperson it
opens ("their message to Kyiv said", "its spokesman said"): a place never does, nor, for
"their", a name seen lately as no clause's subject; the document (or the spokesperson)
then speaks as itself, never as another body's spokesman or letter found by its words."""

from __future__ import annotations

from warreader.index.quotes import job_lex, org_lex
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.mentions import Mention

_OWNED = org_lex.DOCUMENT_NOUNS | job_lex.SPOKES
_SIGHTINGS_BACK = 40  # the registry's sightings looked back at for the owner's last one


def no_document_owner(registry: Registry, mention: Mention, entity: Entity, where) -> bool:
    """Is ``entity``, found for the owner pronoun ``mention`` of a document or a
    spokesperson ("its", "their" + "letter to Poland", "spokesman"), no owner of it: a
    place by its sighting ("The ministers met in Paris." then "their message to Kyiv
    said"), or, for the plural "their", a name seen lately as no clause's subject ("The
    unions met Acme on Monday.")? The object of "its" keeps its spokesman ("Regulators
    fined Acme." then "its spokesman said": Acme's), and so does a subject of "their"."""
    owned = mention.owns
    if owned is None or owned.head not in _OWNED:
        return False
    pronoun = mention.text.lower()
    if pronoun not in ("its", "their"):
        return False  # "his", "her": a person's, found as for "he" and "she"
    if entity.no_person:  # "in Paris", "based in Leeds"
        return True
    if pronoun == "its":
        return False  # a body that reacts: "Police raided Acme." then "its spokesman said"
    seen = registry.sightings.last_before(where, _SIGHTINGS_BACK)
    return not any(s.subject for s in seen if s.entity is entity)
