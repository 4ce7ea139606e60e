"""The quotation engine: every quotation in an article and who spoke it.

Its face is :func:`extract_quotes` (``extract``). The stages it runs, each a module:
``marks`` pairs quotation marks (``mark_roles`` says what each mark does; after
``twin_marks`` reads a closing ``’’`` as the double mark it stands for), ``sentences``
and ``tokens`` cut the text, ``mentions`` (with ``mention_roles`` and ``appositives``)
reads noun phrases that can speak, ``events`` finds speech events (``event``,
``cue_subjects``, ``inverted``, ``event_forms``, ``postmodified_subjects``,
``subjects``), ``entities`` resolves pronouns and descriptions, ``attribution`` ties
quotations to events in stages (``reading``, ``choice``, ``sightings`` with
``sighted_roles``, ``resolution`` with ``owned_sources`` and ``document_issuers``,
``descriptions``, ``affiliated_descriptions`` for "the Texas Republican"), ``speakers``
merges spellings across articles, and the word lists are ``lexicon`` (grammar words),
``cue_lex`` (reporting verbs), ``name_lex`` (honorifics, titles, given names in ``data/``),
``job_lex`` (people's jobs, plurals, nationalities) and ``org_lex`` (organisations,
documents).

Importing the package imports nothing else (the face loads on first use), so that
code needing only ``speakers`` does not pay for the whole engine.
"""

from __future__ import annotations

from warreader.index.lazy import lazy_getattr

_EXPORTS = {"extract_quotes": "warreader.index.quotes.extract"}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)  # each name loaded from its module on first use
