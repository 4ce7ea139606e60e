"""Who a speech event's mention is: a name, a pronoun, a description or a document
resolved to an entity of the article, and how (``via``)."""

from __future__ import annotations

import re
from dataclasses import replace

from warreader.index.quotes import given_words, job_lex, lexicon, org_lex
from warreader.index.quotes.adjuncts import adjunct_names, partner_names
from warreader.index.quotes.affiliated_descriptions import affiliated_choice
from warreader.index.quotes.ages import of_age
from warreader.index.quotes.answers import asker_runs
from warreader.index.quotes.antecedents import learn_reference
from warreader.index.quotes.appositives import body_in_apposition
from warreader.index.quotes.aside_subjects import aside_subject_runs
from warreader.index.quotes.candidacies import candidate_instead
from warreader.index.quotes.countries import countries_named, other_country
from warreader.index.quotes.described_subjects import speaks_as_itself, unknown_head
from warreader.index.quotes.description_clashes import (
    not_a_spokesperson,
    office_elsewhere,
    other_kind,
    own_words,
)
from warreader.index.quotes.descriptions import (
    named_organisation,
    named_places,
    not_owned_by,
    owner_word,
    places_clash,
    qualifier_clash,
    role_holds,
    spoken_for,
)
from warreader.index.quotes.descriptions import nearest_or_title_holder as by_rank
from warreader.index.quotes.document_owners import no_document_owner
from warreader.index.quotes.document_speakers import (
    document_speaker,
    kind_owner,
    titled_document_owner,
)
from warreader.index.quotes.entities import Entity
from warreader.index.quotes.events import Event
from warreader.index.quotes.examples import ExampleGroup
from warreader.index.quotes.far_names import full_names_by_short, may_be_short
from warreader.index.quotes.going_on import GOING_ON, last_speaker
from warreader.index.quotes.group_subjects import GROUP_HEADS, bare_quantifier
from warreader.index.quotes.headline_firms import headline_firm
from warreader.index.quotes.joint_bodies import joint_bodies
from warreader.index.quotes.modifier_names import it_antecedent
from warreader.index.quotes.name_shapes import names_a_job
from warreader.index.quotes.negated_cues import negated_cue
from warreader.index.quotes.noun_holders import speaker_words
from warreader.index.quotes.owned_sources import (
    introduced_unnamed,
    issuer_after,
    lower_article,
    named_next,
    named_right_after,
    owned_group,
    spelled_owner,
)
from warreader.index.quotes.pair_references import PAIR_WORDS, pair_member
from warreader.index.quotes.partitives import lone_part, partitive_group
from warreader.index.quotes.plural_speakers import plural_instead
from warreader.index.quotes.pronoun_clauses import (
    capitalised_words,
    clause_names,
    named_in,
    names_in_clause,
    pronoun_position,
    quoted_alone,
    sentence_quoted_names,
    skipping,
    subordinate_at,
)
from warreader.index.quotes.reach_bodies import only_body
from warreader.index.quotes.reading import Attribution, Para
from warreader.index.quotes.relatives import not_antecedent
from warreader.index.quotes.reported_clauses import reported_bars
from warreader.index.quotes.skimmed_bodies import passed_over as skim_passed_over
from warreader.index.quotes.spokes_bodies import it_before
from warreader.index.quotes.stance_subjects import stance_subject
from warreader.index.quotes.study_authors import study_issuer
from warreader.index.quotes.subject_descriptions import described_instead
from warreader.index.quotes.titled_bodies import titled_entity
from warreader.index.quotes.unnamed_sources import unnamed_before
from warreader.index.quotes.unowned_documents import unowned_document_owner
from warreader.index.quotes.unowned_spokespeople import unowned_spokesperson
from warreader.index.quotes.unquoted_texts import unquoted_texts


class Resolution:
    """The attributor's stage that resolves speech events' mentions."""

    def _resolve(
        self, p: int, para: Para, event: Event, quoted: str | None = None
    ) -> Attribution:
        mention = event.mention
        position = (p, para.sentence_of[event.cue_index], event.first)
        entity: Entity | None = partitive_group(self, para, event)  # "one of them said"
        speaker: str | None = None
        if mention.kind == "name" and mention.owns is not None and (
            self.registry.entity_for(mention).kind == "person"
        ):  # "Grayson's spokeswoman said", Grayson a person: the spokeswoman speaks
            event = replace(event, mention=mention.owns)
            mention = event.mention
        if mention.kind == "name":
            entity = self.registry.entity_for(mention)
            if entity.kind != "person" and may_be_short(entity.name):  # "the Fed said"
                self.registry.rename(entity, _far_full_name(self, entity.name) or entity.name)
            if (owner := titled_document_owner(self, p, event)) is not None:
                entity = self.description_entity(mention, name=owner)  # "the Beige Book"
            elif entity.kind == "unknown" and len(mention.name.split()) > 1 and not mention.org:
                entity.kind = "person"  # a speaking two-word name not shaped like an org
        elif mention.kind == "pronoun":
            if mention.head in ("he", "she", "it", "they"):
                named = capitalised_words(quoted, True) if quoted else None
                where = pronoun_position(p, para, event)
                topic = ""
                runs = ()
                if mention.text.lower() in ("he", "she"):  # not "his report"
                    topic = "clause" if subordinate_at(para, where[2]) else "speaker"
                    runs = (
                        clause_names(para, event)
                        + asker_runs(self.paras, p, para, event, where[2])
                        + aside_subject_runs(para, where[2], mention.text.lower())
                        if topic == "speaker" else ()
                    ) + adjunct_names(para, event)  # "Asked by Ann Hale, he said"
                # nor "Growth" or "Ruritania" of "Growth would slow in Ruritania, it said"
                opener, predicate = reported_bars(self, para, event, p) if not topic else (
                    None, frozenset())
                avoid = not_antecedent(
                    skipping(named, runs, opener, predicate), para.tokens,
                    para.floor_of[where[2]], where[2],
                )
                entity = (
                    last_speaker(self.registry, mention.head, where, avoid)
                    if event.cue.lower() in GOING_ON else
                    stance_subject(self, p, para, event, where) or it_before(self, p, para, event)
                    if topic == "speaker" or mention.head == "it" else None
                ) or it_antecedent(self, mention, where, avoid, topic)
                entity = entity and described_instead(self, mention, where, entity)  # The rebels
                if entity is not None and mention.text.lower() == "it" and _mere_place(entity):
                    # "killed in Iraq. ... it said": never the place; not "its letter"
                    entity = it_antecedent(self, mention, where, _no_mere_place(avoid), topic)
                entity = plural_instead(self, mention, where, entity)  # "met union members"
                if entity is not None and no_document_owner(self.registry, mention, entity, where):
                    entity = self.description_entity(mention.owns, registered=False)  # speaks
                    event, mention = replace(event, mention=mention.owns), mention.owns  # as itself
        elif entity is None or not lone_part(mention.text):  # "one said": one of a group
            entity, speaker = _nominal(self, p, para, event, position)
        role = event.role or mention.role or None
        if entity is not None:
            if mention.kind != "name":  # the lookup itself taught nothing
                learn_reference(entity, mention.head, mention.kind == "pronoun")
            if role and (
                not entity.role
                or event.role
                and not names_a_job(entity.role)
                and not event.role.startswith(("from ", "of "))  # an affiliation, no job
            ):
                entity.role = role  # "Navy Capt." gives way to ", a Pentagon spokesman"
            first = event.first
            subordinate = first > 0 and para.tokens[first - 1].lower in lexicon.SUBORDINATORS
            opening = para.tokens[para.floor_of[first]].start == mention.start
            inside = entity.inside
            spoke = not negated_cue(para.tokens, event.cue_index, para.floor_of[first])
            self.registry.see(entity, position, True, False, spoke, opening, subordinate,
                              _closing_frame(para, event))  # not "did not comment"
            if mention.kind == "pronoun":
                # "..., they said" is no sighting of a name inside a sentence: "State"
                # opening one ("State departments can do that") stays a mere opener.
                entity.inside = inside
            speaker, role = entity.name, role or entity.role
        via = _via(para, event)
        if p < len(self.paras) and para is self.paras[p]:  # not a colon line read again
            self._heard[(p, event.cue_index)] = speaker  # whom "the statement" may be
        return Attribution("quote", speaker, role or None, mention.text, event.cue, via, p)

    def _resolve_nominal(self, p: int, para: Para, event: Event, position) -> tuple:
        mention = event.mention
        words = mention.text.split()
        indefinite = words[0].lower() in ("a", "an", "one", "another", "someone", "somebody")
        # "Another said" and "someone in the crowd" too: nobody named before
        if (issuer := study_issuer(self.paras, p, para, event)) is not None:
            return None, issuer  # "A study ..., from X, found ..." then "the authors said"
        if (pair := joint_bodies(self.registry, self.texts, p, mention)) is not None:
            return self.description_entity(mention, name=pair), None  # "the two firms"
        if mention.head in job_lex.PERSON_PLURALS or mention.head in GROUP_HEADS or isinstance(
            mention, ExampleGroup):  # "portals such as Bellnet and Zipnet maintain"
            return _registered(self, Entity(lower_article(mention.text), "group")), None
        if (body := body_in_apposition(self.registry, para.tokens, mention)) is not None:
            return body, None  # "by the media watchdog, Free Press."
        if issuer := issuer_after(self, para, mention):  # "a statement from X"
            return None, issuer
        if (named := named_next(self, p, mention, event.cue)) is not None:
            return named, None  # "A PR expert has told ..." then "Ann Kite told the court"
        if (named := named_right_after(self, p, para, event)) is not None:
            return named, None  # "France's finance minister has said" then "Herve ..."
        if mention.head in org_lex.DOCUMENT_NOUNS and (owner := kind_owner(self, p, event) or (
                indefinite and unowned_document_owner(self, p, para, event))):
            return self.description_entity(mention, name=owner), None  # "an agency statement"
        if indefinite:
            return _unnamed_source(self, p, para, event), None
        if mention.head in org_lex.DOCUMENT_NOUNS:  # "the report said", "Hoff's letter"
            return document_speaker(self, p, event), None
        if mention.itself or speaks_as_itself(mention.text, mention.head):
            # "the impersonator", "the heavyweights", "said the shopkeeper": nothing says
            # who; the description speaks as itself, never as a person named nearby.
            return self.description_entity(mention), None
        if unknown_head(mention.head):
            # "Ann Hale says ..." then "The prop said": the person of this paragraph or the one
            # before; with none there ("The book accuses"), the description speaks as itself.
            known = self.registry.antecedent(mention.head, position, window=1)
            if known and (met := introduced_unnamed(
                self.texts, p, para, mention, known, True, _bare(self))):
                return self.description_entity(mention, name=met), None  # "A guard ..."
            return known or self.description_entity(mention), None
        if group := owned_group(self, mention, position):
            return self.description_entity(mention, name=group), None
        aged = of_age(self, p, mention)  # "the 56-year-old": the person given that age
        if aged is not None or named_organisation(mention):
            # "the Pike campaign", "the Senate ethics committee": a description that
            # names whose it is speaks as itself, never for another organisation in reach.
            return aged or self.description_entity(mention), None
        core, after = _split_postmodifier(mention)
        adjunct = adjunct_names(para, event) + partner_names(para, event)  # see adjuncts
        named_own = _own_words_bar(self, para, event, position)  # "… interrupted Ann Hale"
        places = named_places(core)
        countries = countries_named(core)  # whole words: Austria is no Australia
        owner = owner_word(core)
        owns = owner or spoken_for(core)  # "the Acme spokeswoman" is Acme's
        entity = _named_by_head(self, mention, position) if not places and not owner else None

        def avoid(e: Entity) -> bool:
            return (
                places_clash(places, own_words(e))  # "the Ukrainian minister" is no Russian
                or other_country(countries, own_words(e))  # one; "Niger's" no Nigerian one
                or not_owned_by(owns, mention.head, e, core)
                or named_in(e, after)  # "the aide to Tom Hale" is not Hale
                or other_kind(mention.head, e)  # "the committee" no "Ministry of Defence"
                or qualifier_clash(core, mention.head, e.role)  # nor "the shadow X" the X
                or names_in_clause(e, adjunct)
                or named_own(e)
                or given_words.not_by_agent(para, event, e, core, mention.head)
                or not_a_spokesperson(mention.head, e)  # "the spokesman" is no minister
                or office_elsewhere(mention.text, mention.head, after, e)
            )  # "Ukraine's defense minister" is no "Russian Defense Minister"

        if entity is None and not owner and mention.head in job_lex.PERSON_NOUNS:
            # "Tory leader Tom Hale ... the Tory leader said": the person whose role holds it first
            words_of = speaker_words(self.registry, core, mention.head, position)
            entity = self.registry.antecedent(
                mention.head, position, window=4,
                avoid=lambda e: avoid(e) or not role_holds(core, mention.head, words_of(e)),
            )
        entity = entity or by_rank(self.registry, mention, core, position, avoid)
        entity = candidate_instead(self.registry, mention.head, position, entity, avoid) or entity
        if skim_passed_over(entity, self.texts, p, mention.start, mention.head):  # "A rival
            entity = by_rank(self.registry, mention, core, position,  # firm, Zenco,"
                             lambda e: avoid(e) or bool(e.skimmed))
        entity, itself = affiliated_choice(self, mention, core, position, entity, avoid)
        entity = unnamed_before(self.registry, mention, entity, self.results, position) or entity
        if entity is not None and (met := introduced_unnamed(
            self.texts, p, para, mention, entity, bare=_bare(self))):
            entity = self.description_entity(mention, name=met)  # "One man", "the man said"
            entity.kind, entity.gender = "person", job_lex.PERSON_NOUNS[mention.head]
        entity = entity or only_body(self, mention, position, avoid)  # "the mining group"
        if entity is None and not itself and (
            named := named_next(self, p, mention, event.cue, definite=True)
        ) is not None:
            return named, None  # "The leader of the TGWU has said" then "Tony Woodley said"
        if entity is None and mention.head in _ORG_ONLY:
            # "said the magazine" with no magazine named: the description speaks, and a
            # later "it concluded" may refer to it; "the firm": the headline's one firm.
            entity = headline_firm(self.registry, self._headed, mention) or (
                self.description_entity(mention))
        elif entity is None and mention.head in job_lex.PERSON_NOUNS or itself:
            # "The Trafford Centre spokeswoman said", "Mr Tull's lawyer said" with nobody
            # named for them: the description is the person, whom "she added" refers to.
            entity = self.description_entity(mention, name=spelled_owner(self, mention, position))
            entity.kind, entity.gender = "person", job_lex.PERSON_NOUNS[mention.head]
        return entity, None if entity else spelled_owner(self, mention, position)

    def description_entity(self, mention, registered: bool = True, name: str = "") -> Entity:
        """The one entity of a description that speaks as itself (:func:`spoken_as_itself`)."""
        return spoken_as_itself(self._documents, self.registry, mention, registered, name)


def _registered(resolver: Resolution, entity: Entity) -> Entity:
    """``entity``, registered as one a later pronoun may refer to ("the researchers", "US
    officials": a group, whom a later "they" may name)."""
    resolver.registry.entities.append(entity)
    return entity


def _unnamed_source(resolver: Resolution, p: int, para: Para, event: Event) -> Entity:
    """An unnamed source ("a senior administration official"): somebody a later "he said"
    can refer to; "a spokesman" of the body that just spoke is its own (a bare "another"
    is no body)."""
    mention = event.mention
    gender = job_lex.PERSON_NOUNS.get(mention.head)
    kind = "group" if bare_quantifier(mention.text.split()) else "org" if gender is None else (
        "person")
    name = unowned_spokesperson(resolver, p, para, event) or mention.text
    return _registered(resolver, Entity(resolver.registry.spell_out(name), kind, gender or ""))


_QUOTED_LOOK_BACK = 60  # sightings read for another person of a quoted given name


def _own_words_bar(resolver: Resolution, para: Para, event: Event, position):
    """Whom a description (``event``'s mention) cannot be: a person of no role that its own
    clause names ("The Republican nominee repeatedly interrupted Ann Hale"), or that its
    quotation names by surname or by a given name no other person in reach has ('"I think
    Tom just criticised me," the former secretary of state said')."""
    own = clause_names(para, event)
    quoted = sentence_quoted_names(para, event)
    near = resolver.registry.sightings.last_before(position, _QUOTED_LOOK_BACK) if quoted else []
    return lambda e: not e.role and (names_in_clause(e, own) or quoted_alone(e, quoted, near))


def _nominal(resolver: Resolution, p: int, para: Para, event: Event, position) -> tuple:
    """A description's entity and speaker (``Resolution._resolve_nominal``), or for "the
    former" and "the latter" the one of a pair they name (``pair_references``)."""
    if event.mention.head in PAIR_WORDS:
        return pair_member(resolver.registry, event.mention.head, position), None
    return resolver._resolve_nominal(p, para, event, position)


def _mere_place(entity: Entity) -> bool:
    """Is ``entity`` a name seen only as a place ("killed in Iraq", "in Michigan"), never a
    subject or a speaker? A speaking "it" is a body that acts or speaks, never the place
    something happened ("Iraq said" still counts)."""
    return entity.no_person and entity.kind == "unknown" and not (
        entity.speaks or entity.acts or entity.fronted
    )


def _no_mere_place(avoid):
    """``avoid`` (None for no one), widened by the names seen only as places."""
    return lambda entity: _mere_place(entity) or avoid is not None and avoid(entity)


def _bare(stage: Resolution) -> list[str]:
    """The article's paragraphs with their quoted words blanked, made on first need."""
    if stage.bare_texts is None:
        stage.bare_texts = unquoted_texts(stage.texts, stage.paras)
    return stage.bare_texts


def _far_full_name(stage: Resolution, short: str) -> str | None:
    """The full name, anywhere in the article, that ``short`` clips or spells out."""
    if stage._far_names is None:
        stage._far_names = full_names_by_short(stage.texts)
    return stage._far_names.get(short)


def _named_by_head(resolver: Resolution, mention, position) -> Entity | None:
    """ "The department" after "the State Department": an organisation whose own
    name holds the description's head word outranks any other one in reach."""
    if (head := mention.head) not in org_lex.ORG_NOUNS or head in job_lex.PERSON_NOUNS:
        return None
    return resolver.registry.antecedent(
        head, position, window=4, avoid=lambda e: head not in _kind_words(e)
    ) or _only_org_named(resolver.registry.entities, head, position) or titled_entity(
        resolver, mention, position)  # named far back; "US band X" is "the band"


def _kind_words(entity: Entity) -> list[str]:
    """The words that tell an organisation's kind: its name's ("State Department") and its
    role's up to a preposition ("Unlock Democracy, the campaign group,"; not "group" in
    "a unit of the Harlow group")."""
    role = _ROLE_CUT.split(entity.role.lower(), maxsplit=1)[0] if entity.role else ""
    return f"{entity.name} {role}".lower().split()


_ROLE_CUT = re.compile(r"\b(?:of|for|at|in|with|from|to|on)\b")

_ORG_ONLY = org_lex.ORG_NOUNS - job_lex.PERSON_NOUNS.keys()  # "the firm", not "the chief"


def _only_org_named(entities: list[Entity], head: str, position) -> Entity | None:
    """The one organisation the article named before ``position`` with the word ``head``
    ("the department" after "the State Department" further back than the sightings in
    reach), or None when there is none or more than one."""
    named = {
        id(e): e for e in entities
        if e.kind == "org" and e.name[:1].isupper()  # a name, not "newspaper reports"
        and head in e.name.lower().split()[1:] and e.met < position[:2]  # not "Newspaper"
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _split_postmodifier(mention) -> tuple[str, frozenset[str]]:
    """A description's words up to its head, and the capitalised words of the
    postmodifier after it ("the former aide to President Tom Hale" -> "the former aide",
    {"President", "Tom", "Hale"})."""
    words = mention.text.split()
    lows = [w.lower() for w in words]
    if mention.head not in lows:
        return mention.text, frozenset()
    cut = lows.index(mention.head) + 1
    return " ".join(words[:cut]), capitalised_words(" ".join(words[cut:]))


def _closing_frame(para: Para, event: Event) -> bool:
    """Does ``event`` close its sentence after a comma ("..., which she hopes to finish,
    Jones said.")? Its speaker then speaks all the sentence says of anyone else."""
    tokens = para.tokens
    before, after = event.first - 1, event.last + 1
    return (
        before > para.floor_of[event.first]
        and tokens[before].text == ","
        and after < len(tokens)
        and tokens[after].text == "."
        and (after + 1 == len(tokens) or para.floor_of[after + 1] == after + 1)
    )


def _via(para: Para, event: Event) -> str:
    """How ``event`` names its speaker (see :data:`VIAS`)."""
    mention = event.mention
    if event.cue == ":":  # "Harry Redknapp: "..."", "Howard Kurtz, Fox News: "..."" are
        colon = para.tokens[event.cue_index].start  # labels; "Mr Dean is sure: "..."" not
        between = para.text[mention.end : colon].split()
        return "colon" if any(w[:1].islower() for w in between) else "label"
    if event.cue in ("-", "–", "—"):  # a bullet: "- Bolton boss Sam Allardyce "...""
        return "label"
    if mention.kind == "pronoun":
        return "pronoun"
    if mention.kind == "nominal":
        return "document" if mention.head in org_lex.DOCUMENT_NOUNS else "description"
    return "named"


def spoken_as_itself(documents: dict[str, Entity], registry, mention, registered: bool = True,
                     name: str = "") -> Entity:
    """The one entity of a description that speaks as itself in this article ("the
    statement", "the Pike campaign"), kept in ``documents`` and made on first use;
    ``registered`` ones join ``registry`` as candidates for a later "it". ``name`` replaces
    the mention's words."""
    name = name or lower_article(mention.text)
    entity = documents.get(name)
    if entity is None:
        entity = documents[name] = Entity(name, "org")
        if registered:
            registry.entities.append(entity)
    return entity
