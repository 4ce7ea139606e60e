"""The people and organisations of one article, and who a "he" or "the minister" is.

Every name in the narrative is registered in order. Mentions of one person merge by
surname key ("Mr. Stoltenberg", "Stoltenberg" -> Jens Stoltenberg); the canonical name
is the fullest form the article gives. Gender comes from honorifics, the given-name
lexicon, gendered role nouns and pronouns already resolved to the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from warreader.index.names import name_key
from warreader.index.quotes import (
    antecedents,
    job_lex,
    lexicon,
    name_lex,
    org_lex,
    reported_subjects,
    unlisted,
    unnamed_sources,
)
from warreader.index.quotes.acronyms import ACRONYM, short_for
from warreader.index.quotes.article_index import Spellings
from warreader.index.quotes.asides import Places, paragraph_places
from warreader.index.quotes.first_words import FirstWords
from warreader.index.quotes.mentions import Mention
from warreader.index.quotes.misspelt import people_meant
from warreader.index.quotes.name_shapes import (
    may_be_short_form,
    may_shorten,
    name_parts,
    what_a_name_tells,
)
from warreader.index.quotes.ordered import OrderedByKey
from warreader.index.quotes.peer_titles import peer_title
from warreader.index.quotes.places import place_on_given_name
from warreader.index.quotes.surnames import described_surname, without_moods

Position = tuple[int, int, int]  # (paragraph, sentence, token index)


@dataclass(slots=True)
class Entity:
    """One person or organisation of the article."""

    name: str
    kind: str = "unknown"  # "person", "org" or "unknown"
    gender: str = ""  # "m", "f" or ""
    role: str = ""
    speaks: bool = False  # seen as the speaker of a speech event
    met: tuple[int, int] = (1 << 30, 0)  # (paragraph, sentence) of its first sighting
    named: tuple[int, int] = (1 << 30, 0)  # ... of its first sighting with a full name
    inside: bool = False  # seen capitalised inside a sentence, not only opening one
    acts: bool = False  # opened a sentence before a verb in the past ("Hale defied")
    no_person: bool = False  # a place ("in Michigan") or a group ("France are")
    modifier: bool = False  # after an article or a number, or before a hyphen: a thing's
    skimmed: tuple = ()  # (paragraph, offset, kind) of a skimmed sentence's "the party, X"
    titled: bool = False  # written with an honorific of a sex ("Mr. Reed"): its sex is sure
    fronted: bool = False  # seen as a subject or speaker at least once (``Registry.see``)
    premodifier: str = ""  # the job words before its name in a closely read sentence ("the
    # billionaire Jim Bell"), kept apart from its role: only ``noun_holders`` reads them
    peer: str = ""  # a peer's title written before its surname alone ("Lord" of "Lord
    # Hutton"): part of who is meant (``peer_titles``)

    def fits(self, head: str, unsure: bool = False) -> bool:
        """Could a pronoun or description with this head word refer to the entity?
        ``unsure``: may a name of two words or more, of no known kind, be a "he"?"""
        if head in ("he", "she"):
            want = "m" if head == "he" else "f"
            if self.kind == "unknown":
                # A name of two words or more that has spoken, with no given name we
                # know ("Luay Sami recalled"): a person, though the lexicon cannot say so;
                # when nobody else fits, any subject of two words, or one that has spoken.
                return not self.no_person and not self.name[-1:].isdigit() and (  # "Radio 4"
                    (self.speaks or unsure and not unlisted.place_shaped(self.name))
                    and " " in self.name
                    or unsure and self.speaks and reported_subjects.may_be_person(self)
                )  # (not "Hillary spoke in Ohio" alone: storms and surnames are named so too)
            return self.kind == "person" and self.gender in ("", want) and (  # not "Hong Kong",
                self.gender or not place_on_given_name(self.name))  # "Hong" a name of either sex
        if head in ("it",):  # not "Bosses" opening a sentence: people, "they"
            return (self.kind in ("org", "unknown") or self.kind == "person" and not (
                self.gender or self.titled
            ) and unlisted.seat_shaped(self.name)) and (  # "Downing Street said", taken
                self.name.lower() not in job_lex.PERSON_PLURALS  # for a person's name
            )
        if head in ("they", "we"):
            return self.kind != "person" or True
        if head in _PUBLICATION_NOUNS:
            # "the magazine", "the newspaper": a publication the article named as one
            # ("US magazine Mobile PC", "The Sunday Telegraph"), never any organisation.
            return self.kind != "person" and (
                not _PUBLICATION_NOUNS.isdisjoint(self.role.lower().split())
                or _PUBLICATION_NAME.search(self.name) is not None
            )
        if head in org_lex.ORG_NOUNS and head not in job_lex.PERSON_NOUNS:
            if (org_lex.no_business if head in _BUSINESS_NOUNS else org_lex.no_body)(self.name):
                return False  # "the company" is never "US" or "An Open Letter"; "the court" no "UK"
            if not self.inside and self.name.lower() in org_lex.ORG_SUFFIXES:
                return False  # "Exchange of bodies": a common noun capitalised to open a line
            return self.kind == "org" or (
                self.kind == "unknown"
                and (
                    head in (self.name + " " + self.role).lower()
                    or head in _BUSINESS_NOUNS and " " not in self.name and self.speaks
                )
            )  # "AstraZeneca said ... The company added": a one-word name that spoke
        gender = job_lex.PERSON_NOUNS.get(head, "")
        if self.name.startswith("the ") or job_lex.headline_description(self.name):
            return False  # "the officer" unnamed is the antecedent of a "he", not of "the chief"
        if _unnamed_other(self.name, head):
            return False  # "a nurse at the hospital" is no "the doctor"
        return self.kind == "person" and not (gender and self.gender and gender != self.gender)


_PUBLICATION_NOUNS = lexicon.words(
    "newspaper paper magazine daily weekly tabloid broadsheet journal website channel "
    "broadcaster network station outlet publication"
)
_PUBLICATION_NAME = re.compile(
    r"\b(?:Times|Telegraph|Post|Journal|News|Herald|Mail|Guardian|Tribune|Gazette|Observer|"
    r"Chronicle|Independent|Express|Mirror|Sun|Star|Standard|Press|Review|Magazine|Weekly|"
    r"Daily|Today|Monitor|Economist|Spiegel|Figaro|Monde|Pravda|Izvestia|Kommersant|"
    r"Reuters|AFP|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox|MSNBC|NPR|Politico|Axios|Tass|Interfax|"
    r"Xinhua|Yonhap|Kyodo|Ria|TV|Radio|Channel|Network)\b"
)

# Descriptions of a business.
_BUSINESS_NOUNS = lexicon.words(
    "company firm group maker carrier airline retailer giant operator business "
    "conglomerate corporation manufacturer chain brand broadcaster network studio label"
)


@dataclass(slots=True)
class Sighting:
    """An entity seen at a position; ``subject`` when it speaks or starts a sentence."""

    entity: Entity
    position: Position
    subject: bool
    possessive: bool
    speaker: bool = False  # seen as the speaker of a speech event
    opening: bool = False  # the name opens its sentence (its grammatical subject)
    subordinate: bool = False  # speaks in a subordinate clause ("when Tapper asked")
    frame: bool = False  # speaks the whole sentence ("..., Jones said.")
    coordinate: bool = False  # opens a clause after "but" ("..., but Ames rejected it")
    main: bool = False  # the main clause's subject after a fronted clause ("When ..., Ames")
    oblique: bool = False  # in a clause "it"/"they" reports, no subject: no "it" (reported_clauses)
    voice: str = ""  # the subject's words: "stance", "declines", "awaits" (stance_lex.voice)

    @property
    def rank(self) -> int:
        """The speaker of a sentence's closing frame ("..., Jones said.") first, then
        other speakers, subjects, other mentions; one who speaks in a subordinate clause
        ("Ryan balked when Tapper asked") ranks as a subject."""
        if self.frame:
            return 3
        return 2 if self.speaker and not self.subordinate else 1 if self.subject else 0


@dataclass(slots=True)
class GroupIndex:
    """An article's group entities by name (``partitives.group_entity``), with how many of
    the registry's entities the index has read (the list only grows)."""

    by_name: dict[str, Entity] = field(default_factory=dict)
    read: int = 0


@dataclass
class Registry:
    """Entities of one article, with every sighting in text order."""

    entities: list[Entity] = field(default_factory=list)
    sightings: OrderedByKey[Sighting] = field(default_factory=lambda: OrderedByKey(_position))
    _by_key: dict[str, list[Entity]] = field(default_factory=dict)
    _enriched: set[tuple] = field(default_factory=set)
    quoted_people: dict[str, str] = field(default_factory=dict)  # `_quoted_person`
    texts: Sequence[str] = ()  # the article's paragraphs, for a misspelt surname (`_respelt`)
    _spellings: Spellings | None = None  # their words and people, indexed on first need
    _places: Places | None = None  # `asides.paragraph_places`, on first need
    renamed: list[Entity] = field(default_factory=list)  # each entity renamed, per rename
    groups: GroupIndex = field(default_factory=GroupIndex)  # ``partitives.group_entity``
    _firsts: FirstWords = field(default_factory=FirstWords)  # big buckets by first word

    def entity_for(self, mention: Mention) -> Entity:
        """The entity a name mention refers to, created or enriched as needed."""
        tokens, key, first = name_parts(mention.name)
        entity, bucket = None, self._by_key.get(key)
        fits = self._firsts.fitting
        candidates = bucket and (fits(bucket, first, _first_fits) if first else bucket[:])
        if candidates and (hon := name_lex.HONORIFICS.get(mention.honorific.lower(), "")):
            candidates = _of_sex(candidates, hon, mention.honorific.lower())
        elif candidates and first:
            candidates = _given_of_sex(candidates, tokens[0])
        candidates = candidates or len(tokens) == 2 and described_surname(bucket, tokens[0])
        if candidates:  # ("Matchwinner Keane" names Robbie Keane: `described_surname`)
            # A bare surname goes to the person the article gave it first ("Clinton"
            # after "Hillary Clinton", not her husband named further on, whose sentence
            # may have been registered sooner), a fuller name to the first that fits.
            people = without_moods([c for c in candidates if c.kind == "person"])
            if len(people) > 1 and len(tokens) == 1:  # "DiCaprio": Tom DiCaprio, not
                people = [c for c in people if c.name.endswith(mention.name)] or people
                # Leonardo diCaprio (a surname's other capitals link only when alone)
            entity = min(people, key=_met) if len(people) > 1 else (people or candidates)[0]
        if entity is None and may_be_short_form(mention.name):
            entity = self._spelled_out(mention.name)
        if entity is None and len(tokens) == 1:
            entity = self._by_given_name(key)  # "Sharon" after "Sharon Osbourne"; a
            # family name written first: "Xi" after "Xi Jinping"
        if entity is None and len(tokens) == 1 and not bucket and len(key) > 3 and self.texts:
            entity = self._respelt(mention.name, key)
        if entity is None:
            entity = Entity(mention.name)
            _quoted_person(entity, self.quoted_people.get(key) if len(tokens) == 1 else None)
            self.entities.append(entity)
            self._by_key.setdefault(key, []).append(entity)
            self._firsts.appended(self._by_key[key], entity)
        seen = (id(entity), mention.name, mention.role, mention.honorific, mention.org)
        if seen not in self._enriched:  # the same words teach nothing new
            self._enriched.add(seen)
            self._enrich(entity, mention, tokens)
        return entity

    def _enrich(self, entity: Entity, mention: Mention, tokens: list[str]) -> None:
        if len(tokens) > len(name_parts(entity.name)[0]):
            self.rename(entity, mention.name)
        _learn_from_mention(entity, mention, tokens)

    def known_person(self, surname: str, named: str = "") -> Entity | None:
        """The person the article already knows by ``surname`` (first met first), if any;
        of several, the one ``named`` ends on ("Sam Hale" beside "Tom Hale"), if one."""
        people = [e for e in self._by_key.get(name_key(surname), []) if e.kind == "person"]
        if named and len(people) > 1:
            people = [e for e in people if f" {named}".endswith(f" {e.name}")] or people
        return min(people, key=_met) if people else None

    def _by_given_name(self, given: str) -> Entity | None:
        """The latest person whose given name is ``given`` (a key), if only one has it;
        a word that is no given name only for a person of two words, whose family name
        comes first ("Shen" for "Shen Xincheng")."""
        two_words = given not in name_lex.first_names()
        found = [e for e in self._index().people_given(given) if not two_words
                 or len(e.name.split()) == 2 and e.name.split()[1][:1].isupper()]
        return found[-1] if len(found) == 1 else None

    def _index(self) -> Spellings:  # the article's words and people, indexed once
        self._spellings = self._spellings or Spellings(self.texts, self.entities)
        return self._spellings

    def _respelt(self, word: str, key: str) -> Entity | None:
        """The person a surname misspelt in the text names ("Ms Chada" after "Monica
        Chadha"; see ``misspelt``), the first met; its later mentions are read the same."""
        found = people_meant(word, key, self._index())
        if found is None:
            return None
        self._by_key[key] = self._by_key[found[0]]
        return min(found[1], key=_met)

    def _spelled_out(self, acronym: str) -> Entity | None:
        """The latest organisation whose name's initials spell ``acronym`` ("World Tourism
        Organisation" for "WTO", "British Airline Trust" for "Bat") or whose first word it
        clips ("Federal Reserve" for "Fed"), now also known by it; None if there is none."""
        for entity in reversed(self.entities):
            if entity.kind != "person" and short_for(acronym, entity.name):
                self.alias(acronym, entity)
                return entity
        return None

    def spell_out(self, description: str) -> str:
        """``description`` with each acronym the article has spelt out written in full:
        "A spokeswoman for the RAD" -> "A spokeswoman for the Royal Academy of Dance"."""
        words = description.split()
        changed = False
        for n, word in enumerate(words):
            if not ACRONYM.fullmatch(word):
                continue
            known = [e for e in self._by_key.get(name_key(word), []) if e.name != word]
            entity = known[0] if known else self._spelled_out(word)
            if entity is not None and entity.kind != "person" and (
                entity.name.split()[-1] != word
            ):  # not "a Labour Labour MP": "Labour MP" is a description, not MP's spelling
                words[n], changed = entity.name, True
                if n and words[n - 1].lower() in ("a", "an"):  # "an FA" -> "a Football..."
                    article = "an" if entity.name[:1].lower() in "aeiou" else "a"
                    words[n - 1] = article.capitalize() if words[n - 1][0].isupper() else article
        return " ".join(words) if changed else description

    def rename(self, entity: Entity, name: str) -> None:
        """Call ``entity`` ``name`` from now on."""
        changed, entity.name = entity.name != name, name
        if changed:
            self.renamed.append(entity)
            self._firsts.renamed(entity)
        if changed and self._spellings is not None:
            self._spellings.renamed(entity)

    def alias(self, short: str, entity: Entity) -> None:
        """Let ``short`` (an acronym such as "WTO") name ``entity`` too."""
        self._by_key.setdefault(name_key(short), []).insert(0, entity)

    def see(
        self, entity: Entity, position: Position, subject: bool, possessive: bool,
        speaker: bool = False, opening: bool = False, subordinate: bool = False,
        frame: bool = False, full: bool = False, coordinate: bool = False, voice: str = "",
        main: bool = False,
    ) -> None:
        """Record a sighting of ``entity`` (sightings stay in text order); ``opening``: the
        name opens its sentence, ``subordinate``: it speaks in a subordinate clause,
        ``frame``: it speaks the whole sentence, ``full``: a full name is written there,
        ``voice``: what the words after it say of its speaking (``stance_lex.voice``)."""
        sighting = Sighting(
            entity, position, subject, possessive, speaker, opening, subordinate, frame,
            coordinate, voice=voice, main=main,
        )
        where = position[:2]
        if where < entity.met:
            entity.met = where
        if full and where < entity.named:
            entity.named = where
        if not opening:
            entity.inside = True
        entity.speaks = entity.speaks or speaker
        entity.fronted = entity.fronted or subject or speaker
        self.sightings.add(sighting)

    def antecedent(
        self,
        head: str,
        position: Position,
        window: int = 3,
        avoid: Callable[[Entity], bool] | None = None,
        unsure: bool = False,
        topic: str = "",
        past: bool = False,
    ) -> Entity | None:
        """The entity a pronoun or description at ``position`` most likely refers to.

        The latest sentence before ``position`` (within ``window`` paragraphs and a bounded
        number of sightings) with a compatible entity wins; in it, the subject of a clause
        after "but" ("..., but Ames denied it"), then speakers of earlier attributions,
        subjects, the owner of a sentence's subject ("Conti's turn came", for "he", "she"),
        other mentions; any other possessive only when nothing else fits. Entities for
        which ``avoid`` is true are passed over. ``topic``: a subject "he" or "she", for which
        a name of no known kind that is its paragraph's topic may be meant (see
        :func:`opens_paragraph_topic`): "speaker" for a quotation's, "reported" for one opening
        a reported clause ("Bob said he ..."), "clause" for a quotation's opening a subordinate
        one ("Bob left when he said"), "mention" for any other. ``past``: see
        ``antecedents.role_matches``. See also ``unlisted.fits``."""
        if head in ("he", "she") and self._places is None:
            self._places = paragraph_places(self.texts)
        places = self._places if head in ("he", "she") else None
        if places is not None and position[0] >= len(places):
            places = None
        return antecedents.antecedent(
            self.sightings, head, position, window, avoid, unsure, topic, past, places
        )


def _unnamed_other(name: str, head: str) -> bool:
    """Is ``name`` an unnamed source's words ("A spokesman for the NFU", "an aide to the
    president") whose own job, its first person's noun, is not ``head``, an office's title
    ("the chairman"; a spokesman's for another spokesperson's)? Never for a word any
    source may be ("the person", "the man")."""
    words = name.lower().split()
    if words[0] not in ("a", "an", "one", "another") or head not in job_lex.OFFICES:
        return False
    own = unnamed_sources.unnamed_jobs(words)  # not "to the president"
    return not set(own) & (job_lex.SPOKES if head in job_lex.SPOKES else {head})


def _quoted_person(entity: Entity, gender: str | None) -> None:
    """Make a new bare surname a person when ``gender`` is not None: the article wrote
    it after a known given name inside a quotation ("... Mark Cueto's effort ..."), no
    sighting (``Registry.quoted_people``, surname key -> gender), but who "Cueto" is."""
    if gender is not None:
        entity.kind, entity.gender = "person", gender



def _learn_from_mention(entity: Entity, mention: Mention, tokens: list[str]) -> None:
    """What a name mention teaches its entity: a role, person or body, sex, an honorific, a
    peer's title (``Registry.entity_for`` calls it once per distinct mention)."""
    if mention.role and not entity.role:
        entity.role = mention.role
    person, org, gender, feminine = what_a_name_tells(
        mention.name, mention.role, mention.honorific, mention.org
    )
    if person:
        entity.kind = "person"
    elif entity.kind == "unknown" and org:
        entity.kind = "org"
    sexed = name_lex.HONORIFICS.get(mention.honorific.lower(), "")  # "Ms.", not "Dr."
    if not entity.gender or sexed == "f":
        entity.gender = gender  # a woman's honorific overrules a job noun: "Jordan
        # Reed, the chairman" is a "she" once the article writes "Ms. Reed" (a man's
        # does not: "Mr Voss" kept for a lone "Lena Voss" leaves her a "she")
    entity.titled = entity.titled or bool(sexed)
    if len(tokens) == 1 and not entity.peer:
        entity.peer = peer_title(mention.honorific)
    if not entity.gender and entity.kind == "person" and feminine:
        entity.gender = "f"

def _of_sex(candidates: list[Entity], honorific: str, word: str) -> list[Entity]:
    """The candidates a surname after an honorific of sex ``honorific`` may name: "Mr.
    Clinton" after "Hillary Clinton" and "Bill Clinton" is he; "Mrs. Lindqvist" after
    "Aaron Lindqvist" alone is someone new, his wife (none left), and so is "Mr. Clinton"
    after Hillary Clinton alone, her husband: an honorific never names a person of the
    other known sex (the lexicon marks a given name of both sexes "u", so its "f" is a
    sign; "Mr Faraj" after a man the text spelt "Anais Faraj" becomes a "Faraj" of his
    own, the lesser error). A woman's keeps nobody of the other sex, but "Ms."
    (``word``) does keep one a job noun alone made a man ("Ms. Reed" after "Jordan Reed,
    the chairman": "Jordan" is of neither sex in the lexicon, "chairman" was the only
    sign); "Mrs. Reed" after him is more often his wife, as after "Mr. Jordan Reed"."""
    fitting = [c for c in candidates if c.gender in ("", honorific)]
    if fitting or honorific != "f" or word not in ("ms", "ms."):
        return fitting
    names = name_lex.first_names()
    return [c for c in candidates if " " in c.name and not c.titled and names.get(
        name_parts(c.name)[2], "") != "m" and names.get(c.name.split()[0].lower(), "") != "m"]


def _given_of_sex(candidates: list[Entity], given: str) -> list[Entity]:
    """The candidates a full name whose given name ``given`` the lexicon gives one sex may
    join: never a person an honorific made of the other ("Bill Clinton" after "Mrs.
    Clinton" alone is someone new, her husband; after "Mr. Clinton" he is that man)."""
    sex = name_lex.first_names().get(given.lower(), "")
    if sex not in ("m", "f"):
        return candidates
    return [c for c in candidates if not (c.titled and c.gender and c.gender != sex)]
def _first_fits(first: str, other: str) -> bool:
    """May a name of first word ``first`` (a key) name the entity of first word ``other``
    ("" for a name of one word): none, the same, or ``may_shorten``?"""
    return not other or first == other or may_shorten(first, other)


def _met(entity: Entity) -> tuple[int, int]:
    """Where the article first gave the person: its first sighting with a full name
    when it has one ("Clinton" in a headline becomes Bill Clinton when his full name
    is registered first, but Hillary Clinton was named before him)."""
    return entity.named if entity.named[0] < 1 << 30 else entity.met


_position = attrgetter("position")  # a sighting's position (C-level, called per sighting)


def may_be_person(registry: Registry, surname: str) -> bool:
    """Is ``surname`` a person the article knows, or a name it has seen that is no
    organisation and no place, and has spoken or stood inside a sentence ("Rubio" named
    alone; not "Labour" opening "Labour won the seat")?"""
    found = registry._by_key.get(name_key(surname), [])
    return any(e.kind == "person" for e in found) or bool(found) and all(
        e.kind == "unknown" and not e.no_person and (e.speaks or e.inside) for e in found
    )
