"""Word lists the attribution rules rely on: reporting verbs, titles, roles, pronouns.

Everything here ships with the package; nothing is downloaded. Lists are lower-case.
Given names with their gender live in ``index/quotes/data/first_names.tsv``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps word lists readable)."""
    return frozenset(text.split())


# Reporting verbs (all the inflections news prose uses). A quote's cue is one of these,
# or a phrase such as "according to" / "in a statement".
_CUE_STEMS = words(
    """
    say says said saying tell tells told telling add adds added adding explain
    explains explained state states stated warn warns warned insist insists insisted
    argue argues argued note notes noted ask asks asked reply replies replied
    respond responds responded continue continues continued write writes wrote tweet
    tweets tweeted post posted claim claims claimed declare declares declared
    announce announces announced admit admits admitted acknowledge acknowledges
    acknowledged concede concedes conceded predict predicts predicted suggest
    suggests suggested urge urges urged stress stresses stressed emphasise
    emphasises emphasised emphasize emphasizes emphasized underline underlines
    underlined recall recalls recalled remark remarks remarked comment comments
    commented observe observes observed complain complains complained describe
    describes described accuse accuses accused read reads quip quips quipped joke
    jokes joked boast boasts boasted vow vows vowed promise promises promised pledge
    pledges pledged confirm confirms confirmed deny denies denied counter counters
    countered maintain maintains maintained caution cautions cautioned agree agrees
    agreed reveal reveals revealed report reports reported conclude concludes
    concluded cite cites cited insist insisted assert asserts asserted allege
    alleges alleged contend contends contended point pointed mention mentions
    mentioned repeat repeats repeated reiterate reiterates reiterated exclaim
    exclaimed shout shouts shouted scream screams screamed whisper whispers whispered
    muse mused recount recounts recounted reflect reflected predict urged demand demands
    demanded call calls called welcome welcomed thank thanked blast blasted slam slammed hit
    criticise criticised criticize criticized praise praised acknowledge explain
    assure assured reassure reassured told reckon reckons reckoned believe believes
    believed think thinks thought feel feels felt hope hopes hoped fear fears feared
    expect expects expected estimate estimates estimated forecast forecasts advise
    advises advised inform informs informed highlight highlights highlighted condemn
    condemns condemned question questioned questions tell announce define defines defined
    saying telling liken likens likened compare compares compared dismiss dismisses
    dismissed
    adding warning insisting noting arguing claiming stating explaining stressing
    urging asking writing
    retort retorts retorted snap snapped interject interjects interjected yell yells
    yelled chime chimed sneer sneered scoff scoffed gush gushed lament laments lamented
    muse muses quipped tweeting posting
    answer answers answered beamed fumed fumes reacted pressed wondered laughed sighed
    smiled groaned raged thundered marveled marvelled deadpanned teased protested
    objected bristled
    elaborate elaborates elaborated proclaim proclaims proclaimed emailed texted
    echoed vented barked charged remembered chanted riffed retaliated chant chants
    testify testifies testified opine opines opined
    griped gripes grumbled grumbles implored implores reasoned
    speculated speculates bellowed intoned muttered mutters murmured murmurs enthused
    enthuses crowed bragged brags confessed confesses clarified clarifies inquired
    inquires roared hollered confided confides ventured concurred concurs rejoined
    groused fretted frets surmised surmises quibbled exclaims
    surmise mocks mocked smiles laughs sighs grins grinned
    characterise characterises characterised characterize characterizes characterized
    """
)
CUE_VERBS: frozenset[str] = frozenset(_CUE_STEMS)

# Verbs that report speech strongly enough to attribute a quote in the same sentence even
# when the quote is far from the verb. Cognitive verbs (think, hope...) only count nearby.
WEAK_CUES: frozenset[str] = frozenset(
    words(
        """
    believe believes believed think thinks thought feel feels felt hope hopes hoped
    fear fears feared expect expects expected estimate estimates estimated forecast
    forecasts hit blast blasted slam slammed welcome welcomed thank thanked call
    calls called question questioned questions point pointed highlight highlights
    highlighted describe describes described report reports reported read reads
    continue continues continued liken likens likened compare compares compared
    dismiss dismisses dismissed characterise characterises characterised characterize
    characterizes characterized
    """
    )
)

# Cue words that are as often nouns ("Russian pledges", "the claims"): they count as
# verbs only after a pronoun or a name, never after an adjective or a possessive.
NOUN_LIKE_CUES: frozenset[str] = frozenset(
    words(
        """
    claims claim reports report pledges pledge states calls notes comments remarks
    questions fears hopes demands promises thanks warns says tells
    """
    )
)
PARTICIPLES: frozenset[str] = frozenset(
    words(
        """
    saying telling adding warning insisting noting arguing claiming stating
    explaining stressing urging asking writing calling describing tweeting labelling
    labeling branding dubbing
    """
    )
)

# Verbs that report speech only with their particle: "she went on", "Sanders shot back".
PHRASAL_CUES: dict[str, str] = {
    "went": "on", "goes": "on", "shot": "back", "fired": "back", "fires": "back",
    "cried": "out", "cries": "out",  # "“No!” the crowd cried out"
}
# Words that may follow the particle of a phrasal cue: a manner or a time, not an object
# ("“…,” Ruiz shot back with a laugh", "she went on at length"; not "went on a diet").
PHRASAL_AFTER = words("with at in as after before during while when without from")

# Verbs that may come before their speaker ("said Mr Howard", "added the minister").
INVERTIBLE: frozenset[str] = frozenset(
    words(
        """
    said says say added adds explained explains asked asks continued continues wrote
    writes warned warns insisted insists noted notes replied replies recalled
    recalls argued argues stated states reads read concluded concludes admitted
    admits countered counters observed remarked quipped joked declared confirmed
    acknowledged suggested predicted cautioned added complained according
    observes pointed declares confirms acknowledges suggests predicts cautions
    complains concedes conceded recounts recounted mused boasted commented comments responded
    responds claimed announced announces revealed agreed agrees reiterated answered
    stressed urged underlined emphasised emphasized
    tweeted tweets posted posts retorted retorts snapped interjected exclaimed shouted
    yelled screamed whispered offered offers chimed quipped quips boasts boasted
    explained insisted asserted asserts contended contends maintained maintains
    recalled replied answers demanded demands
    beamed fumed reacted pressed wondered laughed sighed smiled groaned raged thundered
    marveled marvelled deadpanned teased protested objected
    elaborated proclaimed emailed texted echoed vented barked charged remembered
    opined opines reported
    riffed retaliated
    griped grumbled implored reasoned speculated bellowed intoned muttered
    murmured enthused crowed bragged confessed clarified inquired roared hollered
    confided ventured concurred rejoined groused fretted surmised quibbled demurred
    smiles laughs sighs grins grinned
    """
    )
)

# Adverbs and short time words that may sit between a speaker and the verb.
ADVERBS: frozenset[str] = frozenset(
    words(
        """
    also later then again once previously earlier recently yesterday today tonight
    now still further separately repeatedly simply just only even then flatly firmly
    publicly privately angrily bluntly frankly candidly confidently cheerfully
    quickly quietly sharply calmly openly has have had was is are were will would could
    should may might did does do not never last this on thursday friday saturday
    sunday monday tuesday wednesday afterwards afterward subsequently meanwhile too
    however nonetheless nevertheless instead therefore initially originally
    first already often always soon
    """
    )
)

DETERMINERS = words("a an the")  # the articles proper (mentions.ARTICLES adds possessives)
BE = words("is was are were be been being")  # the forms of "be" but "am"

PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "s",
    "him": "m",
    "her": "f",
    "them": "p",
}

HONORIFICS: dict[str, str] = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "baroness": "f",
    "dr": "",
    "dr.": "",
    "prof": "",
    "prof.": "",
    "professor": "",
    "rev": "",
    "rev.": "",
    "mx": "",
    "madam": "f",
    "monsieur": "m",
    "madame": "f",
    "herr": "m",
    "frau": "f",
}

# Title words that may precede a name (capitalised in text). Gender-neutral.
TITLES: frozenset[str] = frozenset(
    words(
        """
    president vice prime minister secretary general gen gen. lieutenant lt lt.
    colonel col col. major maj maj. captain capt capt. commander admiral adm adm.
    sergeant sgt sgt. chancellor chairman chairwoman chair chief director governor
    senator sen sen. senators representative rep rep. congressman congresswoman
    mayor judge justice king queen prince princess emperor pope cardinal bishop
    archbishop father sister brother deputy foreign defense defence interior finance
    economy justice health state spokesman spokeswoman spokesperson ambassador envoy
    premier leader head ceo cfo coo chief executive officer manager coach boss
    captain striker goalkeeper midfielder defender forward officer minister's
    ayatollah sheikh emir sultan dame sir lord lady baron baroness commissioner
    inspector detective agent marshal field first deputy assistant under acting
    former ex-president ex-minister mp mep senior junior analyst economist professor
    dr dr. mr mr. mrs mrs. ms ms. miss dj ceo md chief-executive rapper singer
    rt rt. rev rev. revd reverend hon hon. gov gov. speaker sheriff
    """
    )
)

# Nouns that describe a person's job or status; they make up roles ("Kremlin spokesman")
# and nominal mentions ("the president", "the 29-year-old", "the Arsenal boss").
PERSON_NOUNS: dict[str, str] = {
    w: ""
    for w in words(
        """
    president minister secretary general spokesman spokesperson official officer
    chief executive chairman director governor senator mayor judge leader head
    ambassador envoy premier chancellor commander admiral captain analyst economist
    expert professor researcher scientist doctor lawyer attorney prosecutor manager
    coach boss player striker midfielder defender goalkeeper keeper winger forward
    captain skipper star singer actor musician rapper director producer writer
    author novelist comedian presenter host designer founder owner investor trader
    broker banker dealer strategist executive boss veteran champion winner rival
    opponent veteran teenager youngster man source insider diplomat aide adviser
    advisor consultant engineer developer programmer designer spokesperson
    representative campaigner activist critic observer witness resident official
    chairman president commentator pundit minister lawmaker legislator politician
    candidate footballer cricketer batsman bowler golfer sprinter athlete runner
    swimmer rider driver boxer fighter jockey trainer referee umpire international
    full-back fly-half scrum-half half-back flanker hooker back-rower all-rounder frontman
    wicketkeeper paceman seamer quarterback cyclist skier rower racer guitarist drummer
    mogul tycoon magnate billionaire entrepreneur founder bassist vocalist filmmaker ceo
    chief-executive boss volunteer attendee organiser demonstrator speaker
    editor reporter journalist correspondent columnist reviewer blogger broadcaster
    member fan worker employee customer teacher student pupil parent victim survivor
    soldier nurse surgeon physician psychologist psychiatrist historian academic
    confidant ally loyalist supporter staffer operative associate donor delegate
    lecturer physicist biologist chemist specialist forecaster pollster lobbyist
    protester demonstrator voter shareholder artist photographer poet playwright
    screenwriter composer conductor dancer choreographer chef farmer pilot councillor
    songwriter lyricist bandmate administrator pope gaffer agent buyer
    assistant tourist medallist pioneer contestant applicant finalist semi-finalist
    servant merchant lieutenant sergeant technician industrialist motorist
    environmentalist pianist jurist satirist biographer theorist entrant combatant
    solicitor barrister accountant auditor negotiator organiser organizer chairperson
    vice-president vice-chairman treasurer mp mep peer priest imam rabbi cleric bishop
    friend neighbour neighbor colleague team-mate teammate spokespeople physio
    inspector detective commissioner investigator auditor sheriff
    defendant plaintiff claimant suspect prisoner refugee citizen patient dentist
    inventor co-founder newcomer debutant rookie child publicist
    nominee narrator person user neurosurgeon moderator commenter questioner
    participant interviewer interviewee reader viewer listener retiree impostor
    heckler marcher spectator onlooker bystander panelist panellist
    proponent backer advocate detractor skeptic sceptic graduate counsel someone somebody
    frontbencher backbencher msp qc seed violinist
    futurologist futurist anthropologist sociologist geologist pathologist oncologist
    climatologist criminologist epidemiologist virologist technologist ecologist
    meteorologist archaeologist cardiologist neurologist radiologist toxicologist
    seismologist zoologist gynecologist gynaecologist dermatologist immunologist
    """
    )
}
PERSON_NOUNS.update(
    {
        w: "f"
        for w in words(
            """
    spokeswoman chairwoman actress businesswoman woman mother sister queen princess
    congresswoman sportswoman heroine girl daughter wife aunt niece grandmother widow
    duchess countess lady dame baroness waitress nun girlfriend fiancee
    """
        )
    }
)
PERSON_NOUNS.update(
    {
        w: "m"
        for w in words(
            """
    spokesman chairman businessman man father brother king prince congressman
    sportsman hero boy son husband uncle nephew grandfather widower duke lord baron
    boyfriend fiance monk
    """
        )
    }
)


def _plural(noun: str) -> str:
    """The plural of a person noun: "officials", "spokesmen", "secretaries", "bosses"."""
    if noun.endswith("man") and noun != "german":
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith("wife"):
        return noun[:-2] + "ves"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")) or noun == "hero":
        return noun + "es"
    return noun + "s"


# Groups of people who speak together ("the researchers said", "US officials said"),
# and bodies that speak together ("farm groups said", "trade unions warned").
PERSON_PLURALS: frozenset[str] = frozenset(
    _plural(w) for w in PERSON_NOUNS if w not in ("spokespeople", "ceo", "mp", "mep")
) | words("people spokespeople ceos mps meps police crowd audience") | words(
    """
    groups unions organisations organizations companies firms charities associations
    agencies airlines retailers manufacturers regulators watchdogs broadcasters
    federations
    """
)
# "crowd" and "audience" are one noun for many speakers ("the crowd shouted back").

# Nationalities, as nouns for a person ("the American said", "the Scot") and as words
# that may open an organisation's name ("American Express", "Australian Open").
NATIONALITIES: frozenset[str] = words(
    """
    scot welshman englishman irishman frenchman american briton australian kiwi irishwoman
    spaniard italian german dutchman argentine brazilian european russian ukrainian
    belarusian georgian pole czech slovak croat serb bosnian greek turk dane swede
    norwegian finn icelander belgian swiss austrian portuguese chinese japanese korean
    indian pakistani afghan iranian iraqi israeli palestinian egyptian moroccan
    algerian tunisian nigerian kenyan ethiopian ghanaian cameroonian ivorian
    zimbabwean zambian canadian mexican colombian chilean peruvian uruguayan african
    venezuelan cuban jamaican trinidadian hungarian romanian bulgarian latvian lankan
    lithuanian estonian dutchwoman frenchwoman englishwoman scotswoman welshwoman zealander
    """
)
PERSON_NOUNS.update({w: "" for w in NATIONALITIES if w not in PERSON_NOUNS})


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
    statement report study survey document letter readout release memo filing
    communique declaration survey poll research paper spokesman's station campaign
    publication outlet tabloid broadsheet insurer lender band
    """
    )
)
SPOKES: frozenset[str] = words("spokesman spokeswoman spokesperson")
"""The nouns for someone who speaks for a body or a person."""

DOCUMENT_NOUNS: frozenset[str] = frozenset(
    words(
        """
    statement report study survey document letter readout release memo filing
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
        awards festival committee society orchestra band magazine newspaper
    academy museum gallery college school hospital institution centre center theatre
    bureau church opera conservatoire chamber chambers confederation house commons
    """
    )
)

# Capitalised words that start sentences or name places and never start a speaker name.
NOT_NAME_START: frozenset[str] = frozenset(
    words(
        """
    the a an this that these those his her their its our your my in on at by for
    with from to of and or but if when while as after before since during despite
    although though because however meanwhile still yet also then there here it he
    she they we i you who what where which why how not no yes all some many most
    more any each every both either neither one two three four five six seven eight
    nine ten monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    according speaking asked writing
        last next earlier later late early another other such several
        now today yesterday tomorrow here still even just so thus indeed instead soon
    finally first second third ultimately currently previously recently perhaps maybe nobody nothing
    """
    )
)

# Words that often open a sentence and name nobody there ("Under the deal, ...", an
# auxiliary: "Had Sanders won ..."), though inside a phrase they can ("Treasury Under
# Secretary John Taylor").
SENTENCE_OPENERS: frozenset[str] = NOT_NAME_START | frozenset(
    words(
        """
    under over about above below against without within between among amid across along
    behind beyond through throughout into onto upon like unlike until unless whether once
    following including given towards toward via around nearly almost roughly
    approximately
    had did does do can could should would is was are were has have must might shall
    """
    )
)

# Lower-case particles allowed inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset(
    words(
        """
    von van der den de del della di da dos das du la le bin ibn al el ter ten
    """
    )
)

# Words that mark a quoted span as a term or title rather than someone's words.
TERM_MARKERS: frozenset[str] = frozenset(
    words(
        """
    so-called term terms word words phrase dubbed called named nicknamed known
    labelled labeled branded titled entitled slogan motto hashtag headline label
    name nickname album single song film movie book novel show series play track
    pseudonym pseudonyms alias moniker nicknames catchphrase codename
    """
    )
)

# Verbs of title-case headlines ("Francois Hollande Says Donald Trump ..."): capitalised
# like the names around them, but never part of a name, so a name ends before them.
HEADLINE_VERBS: frozenset[str] = words(
    """
    says said tells told warns warned claims claimed insists admits urges vows denies
    slams blasts asks accuses praises wants thinks calls
    """
)


@cache
def first_names() -> dict[str, str]:
    """Given names -> gender ("m", "f" or "u"), from the bundled lexicon."""
    path = Path(__file__).with_name("data") / "first_names.tsv"
    names: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return names
    for line in lines:
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            names[name.strip()] = gender.strip() or "u"
    return names


_PLACE_ACRONYMS = words("US UK USA UAE EU UN TV DVD CD PC GMT HD MP3 BST")


def no_business(name: str) -> bool:
    """Is a name no business's: a place's or a thing's acronym ("US", "DVD"), or a
    document's title ("An Open Letter", "Beige Book Report")?"""
    return name in _PLACE_ACRONYMS or name.rsplit(" ", 1)[-1].lower() in DOCUMENT_NOUNS
