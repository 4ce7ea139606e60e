"""Exporting quotes: what to export (:mod:`.gather`), the formats (:mod:`.formats`) and
writing the file (:mod:`.writing`); shared by the app's export dialog and the
`warreader export` / `warreader quotes --format md` commands. No Textual here.
"""
