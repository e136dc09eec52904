"""Dialogs for BrandRegie's connections: the mail server, the team database, passwords.

:func:`install` is the one hook the main window calls: it adds the menu actions and, in team
mode, the connection indicator in the status bar. :func:`open_database` is what the app opens at
start: the team database when team mode is on (asking for the password when needed), else the
local file. :class:`SendMailDialog` is what a brief or review screen opens to send its PDF to
the agency. Dutch text: ``resources/translations/connections_nl.ts``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from brandregie.errors import BrandRegieError
from brandregie.store import team as team_store
from brandregie.store.database import Store, open_store
from brandregie.ui.connections.password import PasswordDialog, ask_password, tr

if TYPE_CHECKING:
    from brandregie.ui.connections.mail import MailSettingsDialog
    from brandregie.ui.connections.send import SendMailDialog
    from brandregie.ui.connections.status import ConnectionIndicator
    from brandregie.ui.connections.team import MoveBrandDialog, TeamDatabaseDialog

__all__ = ["ConnectionIndicator", "MailSettingsDialog", "MoveBrandDialog", "PasswordDialog",
           "SendMailDialog", "TeamDatabaseDialog", "ask_password", "install", "open_database"]

#: The dialogs, imported when first used: the mail and team code (SMTP, SSL, e-mail
#: composition) is not needed to start the app on this computer's database.
_LAZY = {"MailSettingsDialog": "mail", "SendMailDialog": "send",
         "ConnectionIndicator": "status", "MoveBrandDialog": "team",
         "TeamDatabaseDialog": "team"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f"{__name__}.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install(window: Any, menu: QMenu, before: QAction | None = None) -> None:
    """Add "E-mail server…", "Team database…" and "Move a brand…" to ``menu`` of ``window``
    (at the end, or in front of ``before``).

    ``window`` is the main window (``store``, ``session``, ``close_session``, ``reload_brands``
    and ``statusBar``); typed loosely so this package does not import it.
    """
    parent: QWidget = window

    def mail() -> None:
        from brandregie.ui.connections.mail import MailSettingsDialog

        MailSettingsDialog(parent).exec()

    def team_db() -> None:
        from brandregie.ui.connections.team import TeamDatabaseDialog

        TeamDatabaseDialog(parent).exec()

    def move() -> None:
        from brandregie.ui.connections.team import MoveBrandDialog

        store: Store = window.store
        local = None if not store.is_sqlite else store
        shared = None if store.is_sqlite else store
        if not window.close_session():  # the open brand may be the one that moves
            return
        try:
            dialog = MoveBrandDialog(parent, local=local, shared=shared)
        except BrandRegieError as exc:
            QMessageBox.warning(parent, tr("Move a brand"), exc.message)
            return
        dialog.exec()
        window.reload_brands()
        if window.session is None:
            window.open_initial()

    def add(action: QAction) -> None:
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)

    separator = QAction(parent)
    separator.setSeparator(True)
    add(separator)
    for text, slot, name in ((tr("E-&mail server…"), mail, "mail_settings_action"),
                             (tr("Team &database…"), team_db, "team_settings_action"),
                             (tr("Mo&ve a brand…"), move, "move_brand_action")):
        action = QAction(text, parent)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        add(action)
        setattr(window, name, action)
    store = window.store
    if not store.is_sqlite:
        from brandregie.ui.connections.status import ConnectionIndicator

        indicator = ConnectionIndicator(store, team_store.load_settings(), parent)
        window.statusBar().addPermanentWidget(indicator)
        window.connection_indicator = indicator


def open_database(parent: QWidget | None = None) -> Store | None:
    """The database to start with; None when the person chose to quit.

    Team mode on: connect (asking for the password when needed); if that fails, the person
    chooses to try again, work on this computer's database this time, or quit.
    """
    settings = team_store.load_settings()
    if not settings.enabled:
        return open_store()
    from brandregie.ui.connections.team import connect_with_prompt

    while True:
        try:
            store = connect_with_prompt(parent, settings)
        except BrandRegieError as exc:
            reason = exc.message
        else:
            if store is not None:
                return store
            reason = tr("No password was given.")
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Team database"),
                          tr("The team database cannot be opened: %1").replace("%1", reason),
                          parent=parent)
        retry = box.addButton(tr("Try &again"), QMessageBox.ButtonRole.AcceptRole)
        local = box.addButton(tr("Work on this &computer"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            continue
        if box.clickedButton() is local:
            return open_store()
        return None


