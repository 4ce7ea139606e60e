"""Reporting verbs: the words that cue a quote ("said", "warned", "went on", "shot back").

Every inflection news prose uses is listed; lists are lower-case.
"""

from __future__ import annotations

from warreader.index.quotes.lexicon import words

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
    affirm affirms affirmed assures chide chides chided concur confess confide demur
    demurs demurred disclose discloses disclosed enthuse exult exults exulted fume gasp
    gasps gasped grumble gushes implore inquire enquire enquires enquired interrupt
    interrupts interrupted laud lauds lauded moan moans moaned mumble mumbles mumbled
    murmur mutter queried rant rants ranted raved rebut rebuts rebutted reflects rejoin
    rejoins rued scoffs scold scolds scolded shriek shrieks shrieked snaps sneers swear
    swears swore taunt taunts taunted tease teases wail wails wailed brag chuckled
    chuckles snorted snorts growled growls hissed sniffed huffed gloat gloats gloated
    whined whines whinged bemoan bemoans bemoaned decry decries decried deride derides
    derided denounce denounces denounced berate berates berated ridicule ridicules
    ridiculed applaud applauds applauded stammered stuttered spluttered blurted
    reminisced underscore underscores underscored restate restates restated riposted
    volunteered averred posited sobbed wept blogged boomed booms apologise
    apologises apologised apologize apologizes apologized exhort exhorts exhorted beams
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
    scoffed sneered gushed gasped exulted moaned mumbled ranted raved shrieked wailed
    chuckled snorted growled hissed sniffed huffed gloated whined whinged stammered
    stuttered spluttered riposted sobbed
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
