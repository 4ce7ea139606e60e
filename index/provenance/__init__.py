"""Quote provenance: the same words across articles and outlets.

Quotes are grouped when they are the same words after folding (:mod:`.normalise`), one
is a contiguous part of the other, or they are near-identical (:mod:`.relate`).
:mod:`.blocking` proposes candidates so that grouping stays close to linear,
:mod:`.grouper` keeps the groups as articles come and go, :mod:`.flags` says what a
group shows (worded differently, credited differently), :mod:`.state` saves the groups
beside the index and :mod:`.corpus_groups` brings them up to date with a corpus.
Nothing here imports the user interface.
"""
