"""Variants of real quotes for the provenance benchmark (imported by bench_provenance.py).

Each variant is what one outlet makes of a quote another one carried: words dropped,
two words swapped, translated-style synonyms, a partial quote (a contiguous cut), the
same words credited to another speaker, and mixed (synonyms plus a word dropped or
swapped). Short quotes (one to three words) are also
re-credited, which must NOT group, and repeated by the same speaker, which must.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from warreader.index.provenance.model import Member

# Translated-style synonyms: what a re-edit or a back-translation substitutes.
SYNONYMS = {
    "said": "stated", "says": "states", "think": "believe", "believe": "think",
    "very": "extremely", "big": "large", "large": "big", "important": "significant",
    "help": "assist", "people": "persons", "company": "firm", "firm": "company",
    "government": "administration", "want": "wish", "wanted": "wished", "buy": "purchase",
    "start": "begin", "started": "began", "end": "finish", "get": "obtain", "got": "obtained",
    "need": "require", "show": "demonstrate", "happy": "pleased", "pleased": "happy",
    "good": "fine", "great": "tremendous", "new": "fresh", "make": "create", "use": "employ",
    "hard": "difficult", "difficult": "hard", "problem": "issue", "problems": "issues",
    "money": "funds", "country": "nation", "world": "globe", "game": "match", "match": "game",
    "team": "side", "win": "victory", "chance": "opportunity", "look": "see", "see": "look",
    "know": "understand", "really": "truly", "lot": "great deal", "now": "today",
    "but": "however", "because": "since", "going": "about", "always": "ever", "never": "not",
    "best": "finest", "players": "athletes", "market": "sector", "business": "trade",
    "customers": "clients", "growth": "expansion", "would": "will", "will": "shall",
    "can": "could", "could": "can", "is": "remains", "are": "remain", "was": "had been",
    "which": "that", "that": "which", "it's": "it is", "we're": "we are", "i'm": "i am",
    "don't": "do not", "can't": "cannot", "fantastic": "superb", "difficulties": "troubles",
}

KINDS = ("drop", "swap", "synonym", "trim", "recredit", "mixed")


def drop(words: list[str], rng: random.Random) -> list[str] | None:
    """One word dropped (two from a quote of twelve or more), never the first or last."""
    if len(words) < 6:
        return None
    out = list(words)
    for _ in range(2 if len(words) >= 12 else 1):
        del out[rng.randrange(1, len(out) - 1)]
    return out


def swap(words: list[str], rng: random.Random) -> list[str] | None:
    """Two adjacent words swapped (twice in a quote of twelve or more)."""
    if len(words) < 6:
        return None
    out = list(words)
    for _ in range(2 if len(words) >= 12 else 1):
        i = rng.randrange(0, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return None if out == words else out


def synonym(words: list[str], rng: random.Random) -> list[str] | None:
    """One or two words replaced by a synonym from :data:`SYNONYMS`."""
    places = [i for i, w in enumerate(words) if w.lower().strip(",.;:!?") in SYNONYMS]
    if not places:
        return None
    out = list(words)
    for i in rng.sample(places, min(len(places), 2 if len(words) >= 10 else 1)):
        bare = out[i].lower().strip(",.;:!?")
        out[i] = out[i].lower().replace(bare, SYNONYMS[bare])
    return out


def trim(words: list[str], rng: random.Random) -> list[str] | None:
    """A partial quote: a contiguous cut of six or more words, shorter than the whole."""
    if len(words) < 8:
        return None
    size = rng.randint(max(6, len(words) * 2 // 5), len(words) - 2)
    start = rng.randint(0, len(words) - size)
    return words[start:start + size]


EDITS = {"drop": drop, "swap": swap, "synonym": synonym, "trim": trim}


def mixed(words: list[str], rng: random.Random) -> list[str] | None:
    """A re-edit and a translation at once: synonyms, then a word dropped or swapped."""
    out = synonym(words, rng)
    return (drop if rng.random() < 0.5 else swap)(out, rng) if out else None


EDITS["mixed"] = mixed


class Variants:
    """Synthetic members plus the truth: which source each belongs with (None: alone)."""

    def __init__(self) -> None:
        self.members: list[Member] = []
        self.truth: dict[tuple, tuple | None] = {}  # variant key -> source key (or None)
        self.kind_of: dict[tuple, str] = {}


def make_variants(
    corpus: list[Member], sources: list[Member], speakers: list[str], rng: random.Random,
    per_source: int = 2,
) -> Variants:
    """``per_source`` variants of each source quote, each in an article of its own."""
    out = Variants()
    for n, src in enumerate(sources):
        words = src.text.split()
        kinds = rng.sample(KINDS, len(KINDS))
        made = 0
        for kind in kinds:
            if made == per_source:
                break
            speaker = src.speaker
            if kind == "recredit":
                speaker = _other(speakers, src.speaker, rng)
                new = list(words)
            else:
                new = EDITS[kind](words, rng)
            if not new:
                continue
            made += 1
            _add(out, f"variant/{n:04d}-{kind}", " ".join(new), speaker, src.key, kind, rng)
    _short_cases(out, corpus, speakers, rng)
    return out


def _short_cases(out: Variants, corpus: list[Member], speakers: list[str],
                 rng: random.Random) -> None:
    """Short quotes said again by the same speaker (group) or by another one (do not)."""
    counts = Counter(m.text.lower() for m in corpus)
    short = [m for m in corpus if m.kind == "quote" and m.speaker
             and 1 <= len(m.text.split()) <= 3 and counts[m.text.lower()] == 1]
    for n, src in enumerate(rng.sample(short, min(60, len(short)))):
        if n % 2:
            _add(out, f"short/{n:04d}-same", src.text, src.speaker, src.key, "short-same", rng)
        else:
            other = _other(speakers, src.speaker, rng)
            _add(out, f"short/{n:04d}-other", src.text, other, None, "short-other", rng)


def _add(out: Variants, article: str, text: str, speaker: str | None, source, kind: str,
         rng: random.Random) -> None:
    date = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    m = Member(article, 0, len(text), text, speaker, "quote", f"bench/{article}.txt", date,
               rng.choice(["Reuters", "AP", "Kyiv Independent", "TASS", "Stars and Stripes"]))
    out.members.append(m)
    out.truth[m.key] = source
    out.kind_of[m.key] = kind


def _other(speakers: list[str], speaker: str | None, rng: random.Random) -> str:
    while True:
        pick = rng.choice(speakers)
        if pick != speaker:
            return pick


def markov_corpus(corpus: list[Member], articles: int, rng: random.Random,
                  reuse: float = 0.1) -> list[Member]:
    """``articles`` made-up articles whose quotes follow the word pairs of ``corpus``'s
    quotes (a bigram chain), so blocking meets real word frequencies; a share ``reuse``
    of the quotes re-report an earlier one with a small edit."""
    follows: dict[str, list[str]] = defaultdict(list)
    starts: list[str] = []
    lengths = [len(m.text.split()) for m in corpus if m.kind == "quote"]
    speakers = sorted({m.speaker for m in corpus if m.speaker})
    for m in corpus:
        words = m.text.split()
        if words:
            starts.append(words[0])
        for a, b in zip(words, words[1:], strict=False):
            follows[a].append(b)
    made: list[Member] = []
    for a in range(articles):
        for q in range(rng.choice((1, 2, 3, 4, 5, 6, 8))):
            if made and rng.random() < reuse:
                base = rng.choice(made).text.split()
                words = EDITS[rng.choice(("drop", "swap", "synonym", "trim"))](base, rng) or base
            else:
                words = [rng.choice(starts)]
                for _ in range(rng.choice(lengths) - 1):
                    nxt = follows.get(words[-1])
                    words.append(rng.choice(nxt) if nxt else rng.choice(starts))
            text = " ".join(words)
            made.append(Member(f"synthetic/{a:05d}", q * 1000, q * 1000 + len(text), text,
                               rng.choice(speakers), "quote", f"synthetic/{a:05d}.txt",
                               f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                               "Synthetic"))
    return made
