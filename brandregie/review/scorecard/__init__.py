"""The agency scorecard: the figures (:mod:`.figures`) and their PDF (:mod:`.pdf`).

Its messages have their Dutch in ``resources/locale/nl/LC_MESSAGES/scorecard.po``.
"""
