"""The connection dialogs as a person uses them: fill in, test, save; and the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from brandregie import secrets
from brandregie.mail.settings import Security, load_settings, password_account, settings_path
from brandregie.profile.service import ProfileService
from brandregie.store import team
from brandregie.ui import connections, dialogs
from brandregie.ui.connections.mail import MailSettingsDialog
from brandregie.ui.connections.password import PasswordDialog
from brandregie.ui.connections.status import CHECK_EVERY_MS, ConnectionIndicator
from brandregie.ui.connections.team import TeamDatabaseDialog
from brandregie.ui.translation import install_language
from tests.databases import TeamDatabase
from tests.mail.conftest import PASSWORD, Server
from tests.store.tcp_proxy import Relay
from tests.ui.conftest import WindowFactory, choose, click, replace_text

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture(autouse=True)
def _no_session_secrets() -> None:
    secrets.forget_session()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes the dialogs showed (recorded instead of waiting for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def _fill_mail(qtbot: QtBot, dialog: MailSettingsDialog, server: Server, password: str) -> None:
    settings = server.settings
    replace_text(qtbot, dialog.host, settings.host)
    choose(qtbot, dialog.security, str(Security.STARTTLS))
    dialog.port.setValue(settings.port)
    replace_text(qtbot, dialog.username, settings.username)
    replace_text(qtbot, dialog.password, password)
    replace_text(qtbot, dialog.sender_address, settings.sender_address)
    replace_text(qtbot, dialog.sender_name, "Anna de Wit")
    replace_text(qtbot, dialog.ca_file, settings.ca_file)


def test_mail_settings_are_tested_and_saved_without_the_password_on_disk(
        qtbot: QtBot, smtp_server: Server, shown_errors: list[str]) -> None:
    dialog = MailSettingsDialog(threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_mail(qtbot, dialog, smtp_server, "fout")
    click(dialog.test_button)
    assert dialog.test_result.text() == ("Not connected: the mail server did not accept the user "
                                         "name or password for anna@korenaar.test")
    replace_text(qtbot, dialog.password, PASSWORD)
    click(dialog.test_button)
    assert dialog.test_result.text() == "The server accepted the log-in."
    dialog.accept()
    saved = load_settings()
    assert (saved.host, saved.port, saved.sender_name) == ("127.0.0.1", smtp_server.port,
                                                           "Anna de Wit")
    assert PASSWORD not in settings_path().read_text()
    assert secrets.get_secret(password_account(saved)) == PASSWORD
    if secrets.keyring_available():
        assert shown_errors == []
    else:  # the person is told the password lasts only this session
        assert len(shown_errors) == 1 and "kept until you quit" in shown_errors[0]
    secrets.delete_secret(password_account(saved))


def test_choosing_ssl_moves_the_usual_port_along(qtbot: QtBot) -> None:
    dialog = MailSettingsDialog(threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.port.value() == 587
    choose(qtbot, dialog.security, str(Security.SSL))
    assert dialog.port.value() == 465
    dialog.port.setValue(2465)  # a port the person chose stays
    choose(qtbot, dialog.security, str(Security.STARTTLS))
    assert dialog.port.value() == 2465


def _press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    click(box.button(QDialogButtonBox.StandardButton.Ok))


def test_an_incomplete_form_says_what_is_missing_and_saves_nothing(
        qtbot: QtBot, shown_errors: list[str]) -> None:
    mail = MailSettingsDialog(threaded=False)
    qtbot.addWidget(mail)
    mail.show()
    replace_text(qtbot, mail.host, "smtp.example.nl")
    replace_text(qtbot, mail.password, "Geheim-123")  # no sender address yet
    _press_ok(mail)
    assert shown_errors == ["no sender address is set; enter it under File → E-mail server"]
    assert mail.isVisible() and not settings_path().exists()
    assert secrets.get_secret(password_account(mail.settings())) is None

    team_dialog = TeamDatabaseDialog(threaded=False)
    qtbot.addWidget(team_dialog)
    team_dialog.show()
    click(team_dialog.shared)
    replace_text(qtbot, team_dialog.password, "Geheim-123")  # no server yet
    _press_ok(team_dialog)
    assert shown_errors[1:] == ["no database server is set for team mode"]
    assert team_dialog.isVisible() and not team.load_settings().enabled
    assert secrets.get_secret(team.password_account(team_dialog.settings())) is None


def test_the_test_runs_off_the_gui_thread(qtbot: QtBot, smtp_server: Server) -> None:
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_mail(qtbot, dialog, smtp_server, PASSWORD)
    with qtbot.waitSignal(dialog.probe.finished, timeout=15000):
        click(dialog.test_button)
        assert dialog.test_result.text() == "Connecting…"  # the window still answers
    assert dialog.test_result.text() == "The server accepted the log-in."


def test_without_a_keyring_the_prompt_says_so_and_keeps_it_for_the_session(
        qtbot: QtBot) -> None:
    status = secrets.KeyringStatus(False, "keyring.backends.fail.Keyring",
                                   "the keyring is locked and could not be unlocked")
    dialog = PasswordDialog("Team database", "the database server asks for the password",
                            status=status)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "the keyring is locked" in dialog.note.text()
    assert "only until you quit" in dialog.note.text()
    assert not dialog.ok_button.isEnabled()
    replace_text(qtbot, dialog.password, "Sessie-123")
    assert dialog.ok_button.isEnabled()
    assert dialog.keep("postgresql:test") is secrets.Where.SESSION
    assert secrets.get_secret("postgresql:test") == "Sessie-123"


@pytest.mark.postgres
def test_the_team_dialog_tests_the_connection_and_switches_team_mode_on(
        qtbot: QtBot, team_db: TeamDatabase, shown_errors: list[str]) -> None:
    dialog = TeamDatabaseDialog(threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.local.isChecked() and not dialog.form_box.isEnabled()
    click(dialog.shared)
    assert dialog.form_box.isEnabled()
    settings = team_db.settings
    replace_text(qtbot, dialog.host, settings.host)
    dialog.port.setValue(settings.port)
    replace_text(qtbot, dialog.database, settings.database)
    replace_text(qtbot, dialog.user, settings.user)
    replace_text(qtbot, dialog.password, "fout")
    click(dialog.test_button)
    assert dialog.test_result.text() == (f"Not connected: the database server did not accept "
                                         f"the password for {settings.user}")
    replace_text(qtbot, dialog.password, team_db.password)
    click(dialog.test_button)
    assert dialog.test_result.text() == ("Connected; the database is up to date and holds 0 "
                                         "brand(s).")
    dialog.accept()
    assert team.load_settings() == settings
    assert secrets.get_secret(team.password_account(settings)) == team_db.password
    if secrets.keyring_available():
        assert shown_errors == []
    else:  # as for the mail server: the person is told the password lasts only this session
        assert len(shown_errors) == 1 and "kept until you quit" in shown_errors[0]
    secrets.delete_secret(team.password_account(settings))


@pytest.mark.postgres
def test_the_status_bar_shows_a_lost_connection_and_its_return(
        qtbot: QtBot, team_db: TeamDatabase) -> None:
    relay = Relay((team_db.settings.host, team_db.settings.port))
    relay.start()
    settings = team_db.settings.with_changes(port=relay.port)
    clock = [0.0]
    try:
        with team.connect(settings, team_db.password) as store:
            watch = team.ConnectionWatch(store, settings, delays=(3,), clock=lambda: clock[0])
            indicator = ConnectionIndicator(store, settings, watch=watch, start=False)
            qtbot.addWidget(indicator)
            assert indicator.text() == "Team database: connected"
            relay.cut()
            watch.check()
            indicator.show_state()
            assert indicator.text() == ("Connection lost — trying again in 3 s; your edits "
                                        "are kept")
            assert "cannot be reached" in indicator.toolTip()
            relay.start()
            clock[0] = 3.0
            indicator.refresh()  # tried again, on a worker
            qtbot.waitUntil(lambda: indicator.text() == "Team database: connected",
                            timeout=10_000)
            relay.hold()  # the server's host stops answering, without refusing
            for _ in range(CHECK_EVERY_MS // indicator.timer.interval()):
                indicator.refresh()  # the timer's ticks, up to the next check
            assert indicator.checking  # the ping waits on its worker, not in the window
            indicator.refresh()  # and is not sent a second time meanwhile
            assert len(indicator.pinger.running) == 1
            relay.flow()
            qtbot.waitUntil(lambda: not indicator.checking, timeout=10_000)
            assert indicator.text() == "Team database: connected"
    finally:
        relay.flow()
        relay.cut()


def test_the_main_window_offers_the_connection_settings(make_window: WindowFactory) -> None:
    window = make_window()
    texts = [a.text() for a in window.findChildren(QAction)]
    assert {"E-&mail server…", "Team &database…", "Mo&ve a brand…"} <= set(texts)
    assert not hasattr(window, "connection_indicator")  # the local file: nothing to watch


def test_the_dialogs_speak_dutch(qtbot: QtBot) -> None:
    install_language("nl")
    dialog = MailSettingsDialog(threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "E-mailserver"
    assert dialog.test_button.text() == "Verbinding &testen"


def test_open_database_uses_the_local_file_unless_team_mode_is_on() -> None:
    store = connections.open_database()
    assert store is not None and store.is_sqlite
    ProfileService(store).list_brands()
    store.close()


@pytest.mark.postgres
def test_in_team_mode_the_app_asks_for_the_password_and_watches_the_connection(
        qtbot: QtBot, team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.ui.connections import team as team_dialogs
    from brandregie.ui.main_window import MainWindow

    asked: list[str] = []

    def person_types(parent: object, account: str, title: str, why: str) -> str:
        asked.append(why)
        secrets.remember_for_session(account, team_db.password)
        return team_db.password

    monkeypatch.setattr(team_dialogs, "ask_password", person_types)
    team.save_settings(team_db.settings)
    store = connections.open_database()
    assert store is not None and not store.is_sqlite
    assert asked == [f"the database server asks for the password of {team_db.settings.user}"]
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        indicator = getattr(window, "connection_indicator", None)
        assert isinstance(indicator, ConnectionIndicator)
        assert indicator.text() == "Team database: connected"
    finally:
        store.close()


def test_a_mail_provider_is_picked_by_name_not_by_port(qtbot: QtBot) -> None:
    from tests.ui.conftest import type_text

    dialog = MailSettingsDialog(threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.provider.currentText() == "Another mail server"  # nothing set up yet
    assert dialog.host.isEnabled()
    choose(qtbot, dialog.provider, "kpn")
    assert (dialog.host.text(), dialog.port.value()) == ("smtp.kpnmail.nl", 587)
    assert dialog.security.currentData() == str(Security.STARTTLS)
    assert not dialog.host.isEnabled() and not dialog.port.isEnabled()
    type_text(dialog.sender_address, "anna@korenaar.nl")
    assert dialog.username.text() == "anna@korenaar.nl"
    choose(qtbot, dialog.provider, "microsoft")
    assert dialog.settings().host == "smtp.office365.com"
    providers = [dialog.provider.itemText(i) for i in range(dialog.provider.count())]
    assert providers == ["Microsoft 365 / Outlook.com", "Gmail / Google Workspace", "KPN",
                         "Ziggo", "Another mail server"]
