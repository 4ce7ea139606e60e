"""Decide who said each quotation of an article, and whether it is a quote or a term.

Per paragraph: tokens (quotations as single tokens), sentences and speech events.
A quotation takes the event right after it ("…,” he said), else the nearest one
before it in its sentence ("Reznikov said “…”"), else one later in the sentence.
Failing that, the paragraph's other quotations lend theirs ("“A,” he said. “B.”"),
a multi-paragraph quotation keeps its speaker, and a colon introduction ("told
reporters:") or the previous paragraph's speaker carries over to a paragraph that
opens with a quotation. Mentions then resolve to entities (:mod:`index.quotes.entities`).

The stages :class:`ArticleAttributor` runs live beside it: ``reading`` and
``reading_plan`` (which sentences are read closely, glanced at or skimmed; the
:class:`Attribution` type), ``choice`` (which event a quotation takes; quote or term),
``sightings`` (the names registered as it reads), ``resolution`` (who a mention is, and
``via``) and ``descriptions`` (what a description says of who it may be).
"""

from __future__ import annotations

from dataclasses import replace

from warreader.index.quotes.affiliated_descriptions import TieReader
from warreader.index.quotes.ages import Ages
from warreader.index.quotes.answers import question_put
from warreader.index.quotes.choice import (
    coordinated_quote,
    judged_quote,
    shout_agent,
    shouted_quote,
    subject_of_quoted,
)
from warreader.index.quotes.common_words import CommonWords
from warreader.index.quotes.credit_lines import credit_line
from warreader.index.quotes.entities import Entity, Registry
from warreader.index.quotes.event import Event
from warreader.index.quotes.event_forms import (
    colon_introduction,
    paragraph_topic,
)
from warreader.index.quotes.given_words import given_speaker
from warreader.index.quotes.headline_judges import body_words, headline_candidate, headline_quote
from warreader.index.quotes.headline_labels import headed_subject, headline_chosen
from warreader.index.quotes.headline_roles import settle_headline_roles
from warreader.index.quotes.labelling_verbs import (
    frames_own_words,
    labelled_before,
    labels_with_quote,
)
from warreader.index.quotes.lenders import Lenders
from warreader.index.quotes.marks import Span
from warreader.index.quotes.named_after import credited_after
from warreader.index.quotes.named_later import (
    descriptions_named_next,
    full_names_for_surnames,
    name_unnamed_spokespeople,
)
from warreader.index.quotes.narration_topics import (
    addresses_speaker,
    keeps_topic,
    opens_on_quotation,
)
from warreader.index.quotes.office_surnames import holders_by_surname
from warreader.index.quotes.peer_titles import titled_peers
from warreader.index.quotes.quoted_asides import gloss_after
from warreader.index.quotes.quoted_context import directed, reported_before
from warreader.index.quotes.quoted_sentences import topic_before, worded_sentences
from warreader.index.quotes.reading import (
    Attribution,
    Para,
)
from warreader.index.quotes.reading_plan import plan_reading
from warreader.index.quotes.resolution import Resolution
from warreader.index.quotes.role_text import roles_named_later
from warreader.index.quotes.sightings import NameReading
from warreader.index.quotes.surname_index import SurnameIndex
from warreader.index.quotes.terms import (
    coordinated_title,
    is_term,
    may_speak_alone,
    phrase_like,
)
from warreader.index.quotes.thing_narration import narration_about_things
from warreader.index.quotes.whole_words import has_bounded
from warreader.index.quotes.wire_topics import introduces_person


def _listed(
    para: Para, k: int, qi: int, term: bool, own: bool, previous: Attribution | None
) -> bool:
    """Is the quotation at ``qi`` a term, now that the item before it in a list is known
    (``previous``)? A term after a quote in a list is a quote ("called them "reckless" and
    "cruel""), a capitalised one after a term a title ('roles in "Salt," and "Tide"')."""
    if term and k and coordinated_quote(para, k, qi, previous):
        return False
    if not (term or own) and k and coordinated_title(para, k, qi, previous):
        return True
    return term


_HEADLINE_JUDGED = 3  # a headline's first quoted fragments, which its subject may be given


class ArticleAttributor(NameReading, Resolution):
    """Attributes the spans of one article, paragraph by paragraph, in text order."""

    def __init__(self, paragraphs: list[str], spans: list[Span], headline: bool = False) -> None:
        self._headed = paragraphs if headline else None  # the body joined only on need
        # Speakers are named when their quotation is reached, so the paragraphs after the
        # last quotation cannot change any result: they are not read at all.
        last = max((s.paragraph for s in spans), default=-1)
        self.texts = paragraphs[: last + 2]  # one more for a credit line after a quotation
        self.paragraphs = paragraphs = paragraphs[: last + 1]
        self._far_names: dict[str, str] | None = None  # short form -> full name, on need
        self.bare_texts: list[str] | None = None  # quoted words blanked (`unquoted_texts`)
        self.common = CommonWords(paragraphs)  # "Casual games ...": no name (common_words)
        self.paras, self._skimmed, self._glanced = plan_reading(paragraphs, spans, self.common)
        self.registry = Registry(texts=self.texts)
        self.surnames = SurnameIndex(self.registry)  # people by name, for pairs
        self.results: dict[tuple[int, int], Attribution] = {}
        self._last_speaker: tuple[int, Attribution] | None = None
        # Phrases already read in this article -> (entity or None, possessive).
        self._phrases: dict[tuple[str, ...], tuple[Entity | None, bool]] = {}
        self._runs: dict[str, tuple[Entity | None, bool]] = {}  # the same, by raw text
        self._documents: dict[str, Entity] = {}  # "the lawsuit", "the report"
        self.kind_bodies: dict[str, tuple[int, set[str]]] = {}  # "agency" -> bodies
        self.kind_strangers: dict[str, tuple[int, int]] = {}  # "bank" -> first "a bank"
        self.by_name: tuple[int, dict[str, Entity]] = (0, {})  # entities read, by name
        self._heard: dict[tuple[int, int], str | None] = {}  # each event's speaker
        self._ties = TieReader(self.paras)  # whom "the Texas Republican" may be
        self.ages: Ages | None = None  # the ages the article gives (`ages.ages_given`), on need

    def run(self) -> list[Attribution]:
        """One :class:`Attribution` per span, in the order spans were given."""
        self._know_full_names()
        out: list[Attribution] = []
        judged_heads: list[tuple[int, Event]] = []  # a headline's words its subject judges
        for p, para in enumerate(self.paras):
            self._register_names(p, para)
            if not para.spans:
                for e in para.events:
                    self._resolve(p, para, e)
                continue  # its names and speakers are known now; nothing to attribute
            body = " ".join(self._headed[1:]) if p == 0 and self._headed else None
            chosen, heads = headline_chosen(para, body)  # "Hale: '…'": a quoted headline
            # A pronoun's speaker is no one its quotations name ("Ruud is the best," he said).
            quoted: dict[int, str] = {}  # by pronoun: "he told X, saying ..." is one he
            for k, (e, _) in enumerate(chosen):
                if e is not None and e.mention.text.lower() in ("he", "she"):  # not "her website"
                    span = para.spans[k]
                    qi = para.q_index.get(k)  # and a gloss: '"…" - that Hale … - "…," he says'
                    said_words = para.text[span.start : span.end] + gloss_after(para, qi, e.first)
                    if qi is not None and e.first > qi and subject_of_quoted(para, qi):
                        # "Mr Sullivan "made accounting decisions," he told the court": the
                        # name opening the sentence is the subject of what was said.
                        opening = para.tokens[para.floor_of[qi]].start
                        said_words += " " + para.text[opening : span.start]
                    quoted[e.mention.start] = quoted.get(e.mention.start, "") + " " + said_words
            q = quoted.get
            resolved = {id(e): self._resolve(p, para, e, q(e.mention.start)) for e in para.events}
            lenders: Lenders | None = None  # made for the first quotation that borrows
            for k, span in enumerate(para.spans):
                event, near = chosen[k]
                qi = para.q_index.get(k, 0)
                given = given_speaker(para, qi)  # 'called "…" by the judge', 'his "…" remark'
                put = given is None and k in para.q_index and question_put(para, qi)  # 'Asked "…?"'
                judged = given is None and k in para.q_index and judged_quote(para, qi, event)
                event = None if given or put or judged else event
                subject = given or (headed_subject(para, qi, body) if event is None else None)
                labelled = subject is not None and labels_with_quote(para, subject, qi)
                shouted = shouted_quote(para, qi)
                own = (
                    frames_own_words(para, qi, event or subject)
                    or labelled_before(para, qi, span)
                    or shouted
                    or given is not None
                )
                term = is_term(para, qi, span, near, event is not None or labelled, own)
                term = _listed(para, k, qi, term, own, self.results.get((p, k - 1)))
                term = term or judged and phrase_like(para.text, span)
                if term and not span.continuation:
                    result = Attribution(kind="term")
                elif put or judged:  # 'Dunn was hailed for his "…"': others', unnamed
                    result = Attribution()  # the reporter's, or no one's named
                elif event is not None:
                    result = resolved[id(event)]
                elif shouted and (agent := shout_agent(para, qi)) is not None:
                    result = _shout_result(self._resolve(p, para, agent), agent, p)
                elif subject is not None:
                    result = self._resolve(p, para, subject)
                else:
                    lenders = lenders or Lenders(para, chosen)
                    result = self._fallback(p, para, k, lenders, resolved)
                    if (
                        not result.speaker
                        and phrase_like(para.text, span)
                        and not (own or reported_before(para, qi) or directed(para, qi))
                    ):
                        result = Attribution(kind="term")
                result = resolved[id(heads[k])] if k in heads and result.kind == "quote" else result
                if body is not None and k < _HEADLINE_JUDGED and (
                    head := headline_candidate(para, k, qi, result, event, body)
                ) is not None:  # "Reid attacks 'snobbery'": settled once the body is read
                    judged_heads.append((k, head))
                self.results[(p, k)] = result
                if result.speaker and result.kind == "quote":
                    self._last_speaker = (p, result)
                out.append(result)
        if judged_heads:
            said, terms = body_words(self.paras, self.results)
            for k, head in judged_heads:
                span = self.paras[0].spans[k]
                fragment = self.paras[0].text[span.start : span.end]
                found = headline_quote(self._resolve(0, self.paras[0], head), fragment, said, terms)
                if found is None and out[k].kind == "quote":  # "'broken' NHS promises": no
                    found = Attribution()  # NHS speaks, nor (unconfirmed) the subject
                if found is not None:
                    out[k] = self.results[(0, k)] = found
        if self._headed and self.paras:  # "'Betrayed', says union": who the union is
            settle_headline_roles(out, self.paras, self.results, self.registry)
        return _named_later(_left_open(out, self.paras, self.results), self.registry, self.texts)

    # -- names and events ---------------------------------------------------------------


    def _fallback(self, p: int, para: Para, k: int, lenders: Lenders, resolved) -> Attribution:
        span = para.spans[k]
        if span.continuation and p > 0:
            prev = self.paras[p - 1]
            last = self.results.get((p - 1, len(prev.spans) - 1))
            if last and last.speaker:
                return _carried(last)
        qi = para.q_index.get(k, 0)
        if k and qi and para.tokens[qi - 1].kind == "q":
            previous = self.results.get((p, k - 1))
            if previous is not None and previous.speaker:
                return _carried(previous)  # “A. “B.”: a quotation reopened after another
        opens = opens_on_quotation(para.tokens, qi)  # "“…”", "The “…”", "Instead, “…”"
        event = lenders.before(qi)
        if event is None:
            event = lenders.after(k)
            if (
                event is not None
                and opens
                and self._last_speaker
                and self._last_speaker[0] == p - 1
                and para.sentence_of[event.cue_index] - para.sentence_of[qi] >= 2
            ):
                # A paragraph opening on a quotation goes on from the last speaker, not
                # from a new one attributed after some narrative ("... Victory over
                # England ... "People ...," said a proud coach Mike Ruddock.").
                return _spoke_last(self._resolve, p, self.paras[p - 1], self._last_speaker[1])
        if event is not None:
            return _carried(resolved[id(event)])
        credited = credit_line(self.texts, self.registry, p, para)
        if credited is not None:
            return credited
        if p > 0 and opens:
            prev = self.paras[p - 1]
            if prev.text.rstrip().endswith(":") and prev.events:
                return replace(self._resolve(p - 1, prev, prev.events[-1]), via="colon")
            if prev.text.rstrip().endswith(":"):
                intro = colon_introduction(prev.text, prev.spans)
                if intro is not None:  # "Ken Abara released these remarks:"
                    tokens, event, s = intro
                    read = Para(prev.text, prev.spans, tokens, [s] * len(tokens),
                                 [0] * len(tokens), [event], {})
                    return replace(self._resolve(p - 1, read, event), via="colon")
            if self._last_speaker and self._last_speaker[0] == p - 1:
                return _spoke_last(self._resolve, p, self.paras[p - 1], self._last_speaker[1])
            strong = [e for e in prev.events if not e.weak]
            if strong:  # "..., argues Mr Donofrio." then a paragraph opening on a quotation
                return _carried(self._resolve(p - 1, prev, strong[-1]))
            topic = paragraph_topic(prev.text) if _quotation_alone(para) else None
            if topic is not None and not prev.spans:  # "Hale is upbeat about ..." then "“…”"
                found = self._topic_speaker(p - 1, prev.text, topic)
                if found is not None:
                    return found
            if _bridged(self._last_speaker, p, self.paras, para):  # "“…,” Pell told CNN." then
                return _carried(self._last_speaker[1])  # "Pell was evasive." then "“…”"
        topic = topic_before(para, qi)  # "Hale was blunt. "No chance.""
        s = para.sentence_of[qi] - 1
        found = self._topic_speaker(p, para.text, topic, s) if topic is not None else None
        found = found or _credited_next(self.texts, self.registry, p, para, k)
        if found is None and narration_about_things(para, k):  # "“A.” The method uses a
            previous = self.results.get((p, k - 1))  # chip. ... It adds passwords. “B.”"
            if previous is not None and previous.kind == "quote" and previous.speaker:
                return _carried(previous)
        return found or Attribution()

    def _topic_speaker(self, p: int, text: str, topic, s: int = 0) -> Attribution | None:
        """The person ``topic`` (tokens, event of sentence ``s``) names, for a quotation."""
        tokens, event = topic
        named = event.mention.kind == "name"
        if named and self.registry.entity_for(event.mention).kind != "person":
            return None
        read = Para(text, [], tokens, [s] * len(tokens), [0] * len(tokens), [event], {})
        return replace(self._resolve(p, read, event), via="carried" if named else "pronoun")

def _shout_result(resolved: Attribution, agent: Event, p: int) -> Attribution:
    """The speaker of a shouted quotation (paragraph ``p``): its "by" agent as resolved, or
    as described when that is a crowd, which speaks as itself ("by the ever vocal crowd")."""
    if agent.mention.kind == "nominal" and not may_speak_alone(agent.mention.head):
        text = agent.mention.text
        return Attribution("quote", text, None, text, "by", "description", p)
    return resolved


def _credited_next(texts: list[str], registry: Registry, p: int, para: Para, k: int):
    """A quotation that is a whole sentence, credited by the sentence after it ('"..."
    Those were the words of Ann Cole.'): see :func:`named_after.credited_after`."""
    qi, span, text = para.q_index.get(k), para.spans[k], para.text
    if qi is None or para.sentence_of[qi] in worded_sentences(para):
        return None
    end = span.end
    while end < len(text) and text[end] in _CLOSING_MARKS:
        end += 1
    ended = text[span.start : span.end].rstrip().endswith((".", "?", "!"))
    if not ended and text[end : end + 1] in (".", "?", "!"):  # '"...". Those were'
        end, ended = end + 1, True
    return credited_after(texts, p, end, registry) if ended else None


_CLOSING_MARKS = "\"”’'"


def _bridged(last: tuple[int, Attribution] | None, p: int, paras: list[Para], para: Para) -> bool:
    """Who spoke last, across narration: is paragraph ``p``, quotations alone, the words
    of the speaker ``last`` of paragraph ``p - 2`` or ``p - 3``, because each paragraph
    between quotes nothing, gives nobody a speech verb, and keeps that speaker as its
    topic (:func:`narration_topics.keeps_topic`: a mere "Pause." does, "Putin
    disagreed." does not) or names that speaker, and the quotation addresses no question
    to that speaker ("“Mr Hale, did you ...?”")?"""
    if last is None or not p - 3 <= last[0] <= p - 2 or not last[1].speaker:
        return False
    if not _quotation_alone(para) or addresses_speaker(para.text, last[1]):
        return False  # "“Mr Hale, did you ...?”": a question put to the speaker
    surname = last[1].speaker.split()[-1]
    for between in paras[last[0] + 1 : p]:
        if any(not e.weak for e in between.events):
            return False
        named = has_bounded(surname, between.text)
        if not named and introduces_person(between.text, last[1].speaker):
            return False  # "The plan was drawn up by engineer Paul Grant."
        if between.text.lstrip()[:1] in _DASH_CHARS:
            return False  # nor a credit line ("- Reyes.") closing the quotation before
        short = len(between.text.split()) <= 3  # "Pause.", "Transcript as follows:"
        if not (  # a short one keeps the topic like any other: "Putin disagreed." not
            short and keeps_topic(between.text.rstrip().rstrip(":"), last[1])
            or named
            and last[0] == p - 2
            or not between.text.rstrip().endswith(":")  # "Partial transcript follows:"
            and keeps_topic(between.text, last[1])  # introduces what comes next
        ):
            return False
    return True


def _spoke_last(resolve, p: int, prev: Para, last: Attribution) -> Attribution:
    """A quotation's speaker carried from paragraph ``p - 1`` (``prev``), which holds the
    ``last`` speaker's quotation: who spoke last there, that speaker or one reported
    after the quotation ("“…” she said. ... Ash said he was sorry that ..." then
    "“It's a shame.”" is Ash's)."""
    later = _reported_after_quotes(prev)
    return _carried(resolve(p - 1, prev, later) if later is not None else last)


def _reported_after_quotes(para: Para) -> Event | None:
    """Who spoke last in ``para``: the last speech event with a strong verb in a
    sentence after the one of its last quotation (reported speech, no quotation of its
    own); None when there is none."""
    last = para.q_index.get(len(para.spans) - 1)
    if last is None:
        return None
    after = [
        e for e in para.events
        if not e.weak and para.sentence_of[e.cue_index] > para.sentence_of[last]
    ]
    return after[-1] if after else None


def _quotation_alone(para: Para) -> bool:
    """Is the paragraph quotations and punctuation only, no word outside them?"""
    return not any(t.kind == "w" for t in para.tokens)


_DASH_CHARS = ("-", "–", "—", "―")


def _left_open(
    out: list[Attribution], paras: list[Para], results: dict[tuple[int, int], Attribution]
) -> list[Attribution]:
    """``out`` with a quotation left open at its paragraph's end and credited to nobody
    given the speaker of its continuation, the next paragraph's opening quotation
    (""They came at us in small groups." then ""We stopped them," he said."): the
    speech runs over the paragraph break, and one speaker says it all."""
    at = 0
    for p, para in enumerate(paras):
        for span in para.spans:
            found = out[at]
            nxt = results.get((p + 1, 0))
            if span.continues and found.kind == "quote" and not found.speaker and (
                nxt is not None and nxt.kind == "quote" and nxt.speaker
                and paras[p + 1].spans[0].continuation
            ):
                out[at] = _carried(nxt)
            at += 1
    return out


def _carried(found: Attribution) -> Attribution:
    """``found`` lent to a quotation that goes on from it."""
    return replace(found, via="carried") if found.speaker else found


def _named_later(out: list[Attribution], registry: Registry, texts: list[str]) -> list[Attribution]:
    """``out`` once the whole article is read: "a spokeswoman for X" gets the person named
    later, a quotation without role the role written beside its speaker's name later
    ("Hale, a veteran of 40 caps,")."""
    name_unnamed_spokespeople(out, registry)
    descriptions_named_next(out)  # "the economy minister said", then "said minister X"
    full_names_for_surnames(out, registry)  # "Clarke said", later "Steve Clarke"
    holders_by_surname(out, registry, texts)  # "Minister for Europe MacShane", later "Mr MacShane"
    roles_named_later(out, registry, texts)
    titled_peers(out, registry)  # "Hutton" of "Lord Hutton said": "Lord Hutton"
    return out
