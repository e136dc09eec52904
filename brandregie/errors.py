"""One error base for everything a person can cause or fix, apart from bugs.

A :class:`BrandRegieError` carries one sentence meant for the person; the command line prints it
(exit 2) and the desktop app shows it in a message box. Anything else that escapes is a bug.
"""


class BrandRegieError(Exception):
    """A problem with the user's input or environment, with one clear sentence."""

    @property
    def message(self) -> str:
        return str(self)


class PackError(BrandRegieError):
    """A brand pack that breaks format 1; the message names the field and the problem."""


class StoreError(BrandRegieError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(BrandRegieError):
    """A brand, revision or other record that does not exist."""


class ConflictError(BrandRegieError):
    """Someone else saved the same brand first; the save was refused, nothing was lost."""

    def __init__(self, message: str, *, current_revision: int) -> None:
        super().__init__(message)
        self.current_revision = current_revision
