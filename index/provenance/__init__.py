"""Quote provenance: the same words across articles and outlets.

Quotes are grouped when they are the same words after folding (:mod:`.normalise`), one
is a contiguous part of the other, or they are near-identical (:mod:`.relate`).
:mod:`.blocking` proposes candidates so that grouping stays close to linear,
:mod:`.grouper` keeps the groups as articles come and go, :mod:`.flags` says what a
group shows (worded differently, credited differently), :mod:`.tables` keeps the groups
and blocks in SQLite beside the index, :mod:`.sources` reads a corpus a page at a time
and :mod:`.corpus_groups` brings the groups up to date with it.
Nothing here imports the user interface.
"""
