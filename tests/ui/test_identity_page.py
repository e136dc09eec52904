"""Identity: the person types the brand's name, why, mission and values; all of it survives a
restart, including Dutch letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brandregie.ui.profile_pages import IdentityPage
from tests.ui.conftest import (
    WindowFactory,
    click,
    press,
    replace_text,
    restart,
    session_of,
    type_text,
    wait_saved,
)

DUTCH = "Wij bakken ’s nachts, met ideeën van Zoë, café-eigenaar in IJsselmuiden (ĳ)."


def test_identity_typed_in_is_there_after_a_restart(qtbot: QtBot,
                                                     make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("identity")
    page = window.page("identity")
    assert isinstance(page, IdentityPage)
    replace_text(qtbot, page.name.widget, "Bakkerij Korenaar & Zoën")
    english = page.languages.boxes["en"]
    press(qtbot, english, Qt.Key.Key_Space)
    replace_text(qtbot, page.why.widget, DUTCH)
    replace_text(qtbot, page.mission.widget, "Brood voor de buurt.")
    page.values.select(1)
    replace_text(qtbot, page.values.fields.bindings[0].widget, "Eerlijkheid")
    click(page.values.buttons.add)
    # the new value's name is selected, ready to be typed over
    type_text(page.values.fields.bindings[0].widget, "Creëren")
    type_text(page.values.fields.bindings[1].widget, "We maken zelf, ook de ĳsjes.")
    click(page.values.buttons.up)
    wait_saved(qtbot, window)
    assert window.save_status.save_label.text() == "All changes saved"

    window = restart(qtbot, window, make_window)
    brand = session_of(window).brand
    assert brand.name == "Bakkerij Korenaar & Zoën"
    assert brand.languages == ("nl",)
    assert window.switcher.currentText() == "Bakkerij Korenaar & Zoën"
    assert brand.identity.why == DUTCH
    assert brand.identity.mission == "Brood voor de buurt."
    assert [v.name for v in brand.identity.values] == [
        "Vakmanschap", "Eerlijkheid", "Creëren", "Buurt"]
    assert brand.identity.values[2].meaning == "We maken zelf, ook de ĳsjes."
    page = window.page("identity")
    assert isinstance(page, IdentityPage)
    assert page.why.widget.toPlainText() == DUTCH
