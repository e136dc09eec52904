"""What an agency makes: the deliverable kinds of DESIGN.md, one list for the whole app.

An assignment's kind (stored by its value in the database), a brief's ``--type`` and a check's
``deliverable`` are each one of these. Nothing to import but the standard library, so the
command line lists them without loading anything else.
"""

from __future__ import annotations

from enum import StrEnum


class Deliverable(StrEnum):
    """A kind of work the agency delivers; the values are the contract's ``TYPE`` names."""

    NEWSLETTER = "newsletter"
    VACANCY = "vacancy"
    SOCIAL_POST = "social-post"
    WEB_PAGE = "web-page"
    CAMPAIGN = "campaign"
    EVENT = "event"
    OTHER = "other"
