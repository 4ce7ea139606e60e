"""What a reader adds to a corpus: marks and corrections, kept between sessions.

Both are stored per corpus in human-readable YAML files in the user data folder
(:mod:`index.annotations.store`) and point at quotes through a :class:`QuoteAnchor`
(:mod:`index.annotations.anchor`): the article's path relative to its corpus folder plus
the quote's words and their neighbourhood, never raw offsets, so that they survive
re-indexing and edits elsewhere in the file.
"""
