"""What a subject's verb says of its speaking, short of a quotation: it takes a stance
("defended the plan", "rejected the claims", "was furious"), it declines to speak ("declined
to comment", "did not respond", "could not be reached"), or its speech verb is denied or
only supposed ("did not comment", "never said", "could argue").

One lexicon for the rules that read such sentences: ``stance_subjects`` (a described
subject's stance lets the "he said" after it name it; a phrase of declining is no stance),
``sightings`` (a body that declines to speak opens no topic a later "it said" names) and
``negated_cues`` (a denied speech verb makes no speaker).
"""

from __future__ import annotations

import re

from warreader.index.quotes.lexicon import words

# Adjectives of a stance ("was furious"); "critical" alone is a patient's condition ("A man
# is critical in hospital"): only "critical of" is one.
STANCE_ADJECTIVES = (
    "angry|furious|defiant|adamant|unrepentant|unapologetic|indignant|outraged|scathing|"
    "upbeat|optimistic|confident|sceptical|skeptical|critical of|dismissive|bullish|unhappy|"
    "disappointed|delighted|pleased"
)
# Verbs of a stance (a regex alternation, lower case): "has defended", "disputes", "hit
# back", "remained defiant". None of them is a phrase of declining (below).
STANCE_VERBS = (
    r"(?:(?:has|have|had) )?(?:defended|rejected|blamed|criticised|criticized|disputed)|"
    r"defends|rejects|blames|criticises|criticizes|disputes|disagreed|disagrees|hit back|"
    r"(?:was|is|remained|remains)"
    rf"(?: (?:also|still|more|equally|less|far))? (?:{STANCE_ADJECTIVES})"
)
# The stance verbs that may stand as a reduced passive ("A man blamed for the blaze").
STANCE_PARTICIPLES = r"defended|rejected|blamed|criticised|criticized|disputed"

# Phrases of declining to speak, read over lower-case words joined by single spaces: "The
# regulator declined to comment", "did not immediately respond", "was not available".
DECLINES = re.compile(
    r"(?:declined|refused) to (?:comment|respond|say|discuss)|"
    r"(?:did|has|have|had) not (?:immediately )?(?:respond|return|reply|comment)|"
    r"could not be reached|(?:was|were) not available|(?:was|were) unavailable"
)

# A subject that waits on others rather than speaking: told of something, contacted for
# comment, or expected to act ("The Environment Agency has been told of the spill", "The
# Treasury is expected to respond next week"). Not one told or asked to act ("has been told
# to investigate") nor one acted against ("was criticised", "has been fined"): such a body
# answers, and a later "it said" may well be its answer.
AWAITS = re.compile(
    r"(?:is|are|was|were|has been|have been|had been|will be)(?: (?:also|now|yet|still|"
    r"already|not))? (?:(?:told|informed|notified|warned|alerted) (?:of|about)\b|"
    r"(?:informed|notified|alerted)\b(?! (?:to|by)\b)|"
    r"(?:contacted|approached|asked) for (?:comment|a comment|a response|its response)\b|"
    r"(?:expected|due|set|likely|unlikely) to\b)"
)

# A speech verb denied: a negation, then only auxiliaries and "-ly" adverbs up to the verb
# ("has not yet responded", "did not immediately comment", "would not be drawn").
NEGATIONS = words("not never")
NEGATED_AUXILIARIES = words(
    "did does do has have had is was are were will would could can should may might must "
    "be been yet"
)
# Right before a speech verb: a speech that may not be ("Zenco could argue otherwise").
HYPOTHETICAL = words("could might may")


def voice(lowered_words: list[str]) -> str:
    """What the words after a subject (lower case, in order) say of its speaking: "declines"
    (a phrase of declining to speak), "awaits" (told, asked or expected to: :data:`AWAITS`),
    "stance" (a stance verb: "rejected the claims", "has defended"), else ""."""
    text = " ".join(lowered_words)
    if DECLINES.match(text):
        return "declines"
    if AWAITS.match(text):
        return "awaits"
    return "stance" if _STANCE_START.match(text) else ""


_STANCE_START = re.compile(rf"(?:{STANCE_VERBS})\b")
