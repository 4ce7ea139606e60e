"""Titles written short before a name ("Sen. Ana Ruiz", "Gov. Ed Vale", "Rep. Tom Holt"):
each stands for its word, so the name is a person's whatever its given name, and "the
governor" may refer to "Gov. Ed Vale"."""

from __future__ import annotations

SHORT_TITLES = {
    f"{short}.": word for short, word in (
        ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("gen", "general"),
        ("lt", "lieutenant"), ("atty", "attorney"), ("col", "colonel"), ("capt", "captain"),
        ("sgt", "sergeant"), ("adm", "admiral"), ("supt", "superintendent"))
}


def written_out(role: str) -> str:
    """``role`` in lower case with each short title written out ("Ohio Gov." -> "ohio
    governor")."""
    return " ".join(SHORT_TITLES.get(w, w) for w in role.lower().split())


def job_words(role: str) -> list[str]:
    """The lower-case words of ``role``, hyphens parting them, with each short title
    written out ("Illinois Gov." -> ["illinois", "governor"])."""
    return written_out(role.replace("-", " ")).split()
