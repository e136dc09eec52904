"""The one error exports raise for the person: a damaged font, a logo that is no image."""

from brandregie.errors import BrandRegieError


class ExportError(BrandRegieError):
    """An export cannot be made as asked; the sentence says which file or option and why."""
