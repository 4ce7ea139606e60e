"""Paragraphs with their quoted words blanked: what the narration says, never what a
speaker says. A description inside a quotation ("Andrew has been a loyal colleague and a
fine minister," the prime minister said) introduces nobody a later description may name.
"""

from __future__ import annotations

from warreader.index.quotes.reading import Para


def unquoted_texts(texts: list[str], paras: list[Para]) -> list[str]:
    """``texts`` (the article's paragraphs) with the characters of every quotation span
    made spaces: for a paragraph with a :class:`Para` its text with its spans blanked, so
    that a mention's offsets hold in it; a paragraph with none (the credit line after the
    last quotation) is kept."""
    out: list[str] = []
    for p, text in enumerate(texts):
        spans: list = []
        if p < len(paras):
            text, spans = paras[p].text, paras[p].spans
        if not spans:
            out.append(text)
            continue
        chars = list(text)
        for span in spans:
            for k in range(span.start, min(span.end, len(chars))):
                chars[k] = " "
        out.append("".join(chars))
    return out
