"""A small corpus of our own articles that re-report each other's quotes, for the
provenance tests: a Kremlin line first carried by Stars and Stripes, then reworded by
the same speaker's paper trail, cut to a partial quote, and credited to someone else."""

from __future__ import annotations

from pathlib import Path

LINE = ("The claims of an imminent invasion are a false alarm spread by Western "
        "capitals to frighten the world")

ARTICLES = {
    "a_stripes.txt": (
        "Kremlin dismisses invasion warnings",
        "By Jane Porter for Stars and Stripes",
        "Wednesday, February 16, 2022",
        f"Moscow rejected the warnings on Wednesday. “{LINE},” Kremlin spokesman Dmitry "
        "Peskov told reporters in Moscow.",
        "Troops near the border would return to their bases after the drills, the defence "
        "ministry said.",
    ),
    "b_independent.txt": (
        "Moscow repeats its denial",
        "By Oleh Marchenko for Kyiv Independent",
        "Thursday, February 17, 2022",
        "“The claims of an imminent invasion are a false alarm spread by Western capitals "
        "to scare the whole world,” Kremlin spokesman Dmitry Peskov said on Thursday.",
        "“We see no sign of a pullback of forces on the ground,” Ukrainian Foreign Minister "
        "Dmytro Kuleba said in Kyiv.",
    ),
    "c_baltic.txt": (
        "Baltic states stay on alert",
        "By Liis Tamm for Baltic Times",
        "Friday, February 18, 2022",
        "Kremlin spokesman Dmitry Peskov again described the warnings as “a false alarm "
        "spread by Western capitals,” while Estonia moved more troops to its eastern border.",
        "“We see no sign of a pullback of forces on the ground,” Ukrainian Foreign Minister "
        "Dmytro Kuleba said on Friday.",
    ),
    "d_gazette.txt": (
        "Lavrov speaks in Geneva",
        "By Tom Reed for Geneva Gazette",
        "Saturday, February 19, 2022",
        f"“{LINE},” Russian Foreign Minister Sergey Lavrov said in Geneva.",
        "Grain prices in Europe rose again this week as traders weighed the risk of war.",
    ),
}


def write_corpus(folder: Path) -> Path:
    """Write the articles into ``folder`` (blank lines between paragraphs); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, paras in ARTICLES.items():
        (folder / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return folder
