"""A brand as BrandRegie stored it at migration 0001, written with plain SQL (the models have
moved on since), for the tests that upgrade an old database with data in it. The statement is
the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, text

_BRAND = text(
    "INSERT INTO brands (name, revision, created_at, updated_at, languages, why, mission, "
    "vision, story, tone_formal, tone_serious, tone_respectful, tone_enthusiastic, address, "
    "max_sentence_words, reading_level, exclamation_marks, emoji, audience, category, promise, "
    "difference, proof_points, cliches_builtin, cliches_extra, cliches_allowed, "
    "colour_tolerance, imagery, culture, hiring_role, advocacy_guidelines, advocacy_hashtags, "
    "advocacy_dos, advocacy_donts) VALUES (:name, 1, :at, :at, '[\"nl\"]', :why, '', '', '', "
    "2, 3, 4, 3, '{\"nl\": \"je\"}', 20, 'B1', 'sparingly', 'never', '', '', '', '', '[]', "
    ":builtin, '[]', '[]', 6.0, '', '', '', '', '[]', '[]', '[]') RETURNING id")
_REVISION = text(
    "INSERT INTO revisions (brand_id, number, created_at, author, action, note, profile, files) "
    "VALUES (:brand_id, 1, :at, :author, 'created', '', :profile, '{}')")
_COLOUR = text("INSERT INTO colours (brand_id, position, name, hex, role) "
               "VALUES (:brand_id, 0, :name, :hex, 'primary')")
AT = datetime(2026, 1, 1, 10, 0)  # naive, as the app wrote UTC into SQLite


def add_brand_at_0001(conn: Connection, name: str = "Oude Bakker", *,
                      why: str = "Omdat brood telt", author: str = "anna",
                      profile: str | None = None,
                      colour: tuple[str, str] | None = None) -> int:
    """Insert a brand with its first revision (and a colour); its id."""
    brand_id = int(conn.execute(_BRAND, {"name": name, "at": AT, "why": why,
                                         "builtin": True}).scalar_one())
    if profile is None:
        profile = json.dumps({"format": "brandregie-pack", "version": 1, "brand": {"name": name}})
    conn.execute(_REVISION, {"brand_id": brand_id, "at": AT, "author": author,
                             "profile": profile})
    if colour is not None:
        conn.execute(_COLOUR, {"brand_id": brand_id, "name": colour[0], "hex": colour[1]})
    return brand_id
