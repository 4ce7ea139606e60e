"""Nouns for bodies and documents that speak ("the ministry said", "the statement read")
and the words that end an organisation's name ("Rochan Consulting", "Time Warner Inc")."""

from __future__ import annotations

from warreader.index.quotes import job_lex
from warreader.index.quotes.lexicon import words

# Nouns for organisations and documents that "speak" ("the ministry said").
ORG_NOUNS: frozenset[str] = frozenset(
    words(
        """
    ministry department government administration agency office company firm group
    bank council commission committee union party alliance club team board court
    police army military navy force forces command service authority authorities
    organisation organization association federation body regulator watchdog
    institute university school hospital network channel broadcaster newspaper paper
    magazine studio label website airline carrier retailer maker manufacturer
    operator giant conglomerate corporation business industry kremlin pentagon
    statement report study survey document letter readout release memo filing update assessment
    communique declaration survey poll research paper spokesman's station campaign
    publication outlet tabloid broadsheet insurer lender band league charity foundation
    trust society fund embassy tribunal panel coalition
    headquarters intelligence directorate bureau mission delegation
    """
    )
)  # not "staff": people alone ("the staff said"), a body only as "general staff"
# (compound_body below)
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    words(
        """
    statement report study survey document letter readout release memo filing update assessment
    communique declaration poll research paper note message announcement lawsuit
    suit complaint ruling verdict judgment judgement indictment affidavit petition dossier
    writ summons charge charges sheet website blog tweet post email leaflet memorandum
    advert advertisement sign banner poster notice caption editorial article column
    newsletter brochure manifesto transcript minutes bulletin contract agreement treaty
    resolution bill legislation guidelines prospectus ad ads video commercial motion
    voice-over voiceover passage excerpt footnote headline textbook book submission submissions
    """
    )
)

# Capitalised words that end an organisation's name ("Rochan Consulting", "Time Warner
# Inc", "Security Council").
ORG_SUFFIXES: frozenset[str] = frozenset(
    words(
        """
    inc inc. corp corp. corporation co co. ltd ltd. plc llc group bank ministry
    council commission committee agency association federation union party institute
    university office department service services consulting partners holdings
    airlines airways motors news times post press journal network channel records
    studios pictures fc united city rovers athletic county wanderers club team
    league court police army navy force command organisation organization foundation
    fund trust exchange authority board alliance nations assembly parliament senate
    congress duma kremlin pentagon reuters tass ria interfax bbc cnn abc nbc cbs fox
    government administration institute capital securities research telecom systems
    technologies communications media entertainment industries energy oil airlines
    electric electronics dynamics
        awards festival committee society orchestra band magazine newspaper
    academy museum gallery college school hospital institution centre center theatre
    bureau church opera conservatoire chamber chambers confederation house commons
    """
    )
)


# Bodies of two words whose last word alone is no body's name: a country's "general
# staff" (its military command: "Ukraine's General Staff said"), while "staff" alone is
# people ("the chief of staff", "hospital staff") and "General" a title.
_COMPOUND_BODIES = frozenset({("general", "staff")})


def compound_body(lowers: list[str]) -> bool:
    """Do the lower-case words ``lowers`` end in a body of two words whose last word
    alone names none ("Ukraine's general staff", "the Russian General Staff")?"""
    return len(lowers) > 1 and (lowers[-2], lowers[-1]) in _COMPOUND_BODIES


_PLACE_ACRONYMS = words("US UK USA UAE EU UN TV DVD CD PC GMT HD MP3 BST")


_NEVER_BODIES = _PLACE_ACRONYMS - {"EU", "UN"}


def no_body(name: str) -> bool:
    """Is a name never any body's ("the court", "the charity"): a country's or a thing's
    acronym ("UK", "US", "DVD"); "EU" and "UN" are bodies."""
    return name in _NEVER_BODIES


def no_business(name: str) -> bool:
    """Is a name no business's: a place's or a thing's acronym ("US", "DVD"), or a
    document's title ("An Open Letter", "Beige Book Report")?"""
    return name in _PLACE_ACRONYMS or name.rsplit(" ", 1)[-1].lower() in DOCUMENT_NOUNS


def looks_like_org(name: str) -> bool:
    """Is ``name`` shaped like an organisation's (an organisation's word in it, or all
    capitals, unless a person's noun: "MP writes to Blair" is a person's, "QC" too)?"""
    words = name.lower().split()
    return bool(words) and (
        words[-1] in ORG_SUFFIXES
        or any(w in ORG_NOUNS for w in words)
        or name.isupper() and not (len(words) == 1 and words[0] in job_lex.PERSON_NOUNS)
    )
