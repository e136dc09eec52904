"""Every part of the profile edited through its widgets, as a person would, then a restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.ui import dialogs
from brandregie.ui.employer_pages import EmployerPage, PersonasPage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.profile_pages import CharacterPage, PositioningPage, VocabularyPage
from brandregie.ui.visual_page import VisualPage
from tests.ui.conftest import (
    WindowFactory,
    add_text_item,
    append_text,
    choose,
    click,
    key,
    press,
    replace_text,
    restart,
    session_of,
    shown_page,
    type_text,
    wait_saved,
)


def _click(qtbot: QtBot, button: QWidget) -> None:
    click(button)


def _open(window: MainWindow, key: str, qtbot: QtBot) -> object:
    return shown_page(qtbot, window, key)


def test_character_and_tone(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "character", qtbot)
    assert isinstance(page, CharacterPage)
    page.traits.select(1)
    replace_text(qtbot, page.traits.fields.bindings[1].widget, "saai of stoffig")
    _click(qtbot, page.traits.buttons.remove)  # "nuchter" was selected: it goes
    press(qtbot, page.tone.sliders["formal"], Qt.Key.Key_Right, 2)  # 2 -> 4
    press(qtbot, page.tone.sliders["enthusiastic"], Qt.Key.Key_Left)  # 3 -> 2
    choose(qtbot, page.address.widget, "u")
    replace_text(qtbot, page.max_words.widget, "15")
    choose(qtbot, page.reading.widget, "A2")
    choose(qtbot, page.exclamation.widget, "never")
    choose(qtbot, page.emoji.widget, "free")
    wait_saved(qtbot, window)

    character = session_of(restart(qtbot, window, make_window)).brand.character
    assert [t.is_ for t in character.traits] == ["warm", "vakkundig"]
    assert (character.tone.formal, character.tone.enthusiastic) == (4, 2)
    assert character.address == {"nl": "u", "en": "you"}
    assert character.max_sentence_words == 15
    assert character.reading_level == "A2"
    assert (character.exclamation_marks, character.emoji) == ("never", "free")


def test_positioning_with_proof_points_and_competitors(qtbot: QtBot,
                                                       make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "positioning", qtbot)
    assert isinstance(page, PositioningPage)
    replace_text(qtbot, page.category.widget, "Buurtbakker")
    replace_text(qtbot, page.promise.widget, "Vers om zeven uur, ook op zondag.")
    add_text_item(qtbot, page.proof, "Ons meel komt uit de regio (’t Gooi).")
    page.proof.list.setCurrentRow(0)
    _click(qtbot, page.proof.buttons.remove)
    _click(qtbot, page.competitors.buttons.add)
    type_text(page.competitors.fields.bindings[0].widget, "Bakkerij Bakker")
    type_text(page.competitors.fields.bindings[2].widget, "Wij zijn dichterbij.")
    _click(qtbot, page.competitors.buttons.up)
    wait_saved(qtbot, window)

    positioning = session_of(restart(qtbot, window, make_window)).brand.positioning
    assert positioning.category == "Buurtbakker"
    assert positioning.promise == "Vers om zeven uur, ook op zondag."
    assert positioning.proof_points == (
        "We werken met meel van molen De Passiebloem uit Zwolle.",
        "Ons meel komt uit de regio (’t Gooi).")
    assert [c.name for c in positioning.competitors] == [
        "Supermarkt-bakeoff", "Bakkerij Bakker", "Bakkerij Van Gent"]
    assert positioning.competitors[1].how_we_differ == "Wij zijn dichterbij."


def test_vocabulary_terms_messages_and_cliches(qtbot: QtBot,
                                               make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "vocabulary", qtbot)
    assert isinstance(page, VocabularyPage)
    page.tabs.setCurrentIndex(0)
    page.names.select(0)
    append_text(qtbot, page.names.fields.bindings[1].widget, "\nKorenaer’s")
    page.tabs.setCurrentIndex(1)
    _click(qtbot, page.preferred.buttons.add)
    type_text(page.preferred.fields.bindings[0].widget, "team")
    type_text(page.preferred.fields.bindings[1].widget, "crew\nstaf")
    page.tabs.setCurrentIndex(2)
    _click(qtbot, page.banned.buttons.add)
    type_text(page.banned.fields.bindings[0].widget, "uniek")
    type_text(page.banned.fields.bindings[2].widget, "zeg wat ons anders maakt")
    page.banned.select(2)  # "fabriek"
    _click(qtbot, page.banned.buttons.remove)
    page.tabs.setCurrentIndex(3)
    page.messages.select(1)
    replace_text(qtbot, page.messages.fields.bindings[1].widget, "eerlijk\nregionaal")
    page.tabs.setCurrentIndex(4)
    press(qtbot, page.builtin.widget, Qt.Key.Key_Space)
    add_text_item(qtbot, page.extra, "met liefde gebakken")
    add_text_item(qtbot, page.allowed, "vers van de pers")
    wait_saved(qtbot, window)

    vocabulary = session_of(restart(qtbot, window, make_window)).brand.vocabulary
    assert vocabulary.brand_names[0].not_ == ("Koren aar", "Korenaer", "KorenAar", "Korenaer’s")
    assert vocabulary.preferred[-1].use == "team"
    assert vocabulary.preferred[-1].not_ == ("crew", "staf")
    assert [b.term for b in vocabulary.banned] == ["goedkoop", "ontzorgen", "uniek"]
    assert vocabulary.banned[-1].suggest == "zeg wat ons anders maakt"
    assert vocabulary.key_messages[1].keywords == ("eerlijk", "regionaal")
    assert vocabulary.cliches.builtin is False
    assert vocabulary.cliches.extra == ("passie voor brood", "met liefde gebakken")
    assert vocabulary.cliches.allowed == ("vers van de pers",)


def test_visual_colours_fonts_and_logos(qtbot: QtBot, make_window: WindowFactory,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logo = tmp_path / "korenaar-logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#E8B64C"))
    assert image.save(str(logo))
    window = make_window()
    window.open_sample()
    page = _open(window, "visual", qtbot)
    assert isinstance(page, VisualPage)
    # Korenblond by hex, Roggebruin by its red value, Bloemwit with the colour chooser
    page.colours.select(0)
    replace_text(qtbot, page.colour.hex_edit, "#e9b74d")
    page.colours.select(1)
    replace_text(qtbot, page.colour.spins[0], "100")
    page.colours.select(2)
    monkeypatch.setattr(dialogs, "choose_colour", lambda *a: QColor(250, 250, 240))
    _click(qtbot, page.colour.swatch)
    _click(qtbot, page.colours.buttons.add)
    type_text(page.colours.fields.bindings[0].widget, "Deeggeel")
    replace_text(qtbot, page.colour.hex_edit, "#F5D98B")
    replace_text(qtbot, page.colours.fields.bindings[1].widget, "accent")
    assert page.colour.spins[0].value() == 0xF5
    replace_text(qtbot, page.tolerance.widget, "4,5" if ","
                 in page.tolerance.widget.locale().decimalPoint() else "4.5")
    # a font from a file, a font from the system
    monkeypatch.setattr(dialogs, "open_file",
                        lambda *a: resource("fonts", "DejaVuSans-Bold.ttf"))
    page.fonts.select(1)
    _click(qtbot, page.font_file.choose)
    page.fonts.select(0)
    family = page.fonts.fields.bindings[0].widget
    assert isinstance(family, QComboBox)
    family_text = family.lineEdit()
    assert family_text is not None
    replace_text(qtbot, family_text, "Georgia")
    key(family_text, Qt.Key.Key_Return)  # a typed family is taken when the person is done
    # a logo image, with a preview
    monkeypatch.setattr(dialogs, "open_file", lambda *a: logo)
    page.logos.select(0)
    _click(qtbot, page.logo_file.choose)
    assert page.logo_file.preview.pixmap() is not None
    assert not page.logo_file.preview.pixmap().isNull()
    replace_text(qtbot, page.imagery.widget, "Echte foto’s, warm licht.")
    wait_saved(qtbot, window)

    window = restart(qtbot, window, make_window)
    session = session_of(window)
    visual = session.brand.visual
    assert [(c.name, c.hex) for c in visual.colours] == [
        ("Korenblond", "#E9B74D"), ("Roggebruin", "#643A1E"), ("Bloemwit", "#FAFAF0"),
        ("Ovenrood", "#B23A2B"), ("Deeggeel", "#F5D98B")]
    assert visual.colours[-1].role == "accent"
    assert visual.colour_tolerance == 4.5
    assert visual.fonts[0].family == "Georgia"
    assert visual.fonts[1].family == "DejaVu Sans"
    assert visual.fonts[1].file == "fonts/DejaVuSans-Bold.ttf"
    assert session.files["fonts/DejaVuSans-Bold.ttf"] == resource(
        "fonts", "DejaVuSans-Bold.ttf").read_bytes()
    assert visual.logos[0].file == "logos/korenaar-logo.png"
    assert session.files["logos/korenaar-logo.png"] == logo.read_bytes()
    assert visual.imagery == "Echte foto’s, warm licht."
    page = _open(window, "visual", qtbot)
    assert isinstance(page, VisualPage)
    assert not page.logo_file.preview.pixmap().isNull()


def test_employer_brand(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "employer", qtbot)
    assert isinstance(page, EmployerPage)
    page.evp.select(2)
    replace_text(qtbot, page.evp.fields.bindings[0].widget, "Vroeg vrij")
    page.tabs.setCurrentIndex(1)
    replace_text(qtbot, page.culture.widget, "Hard werken, veel lachen.")
    replace_text(qtbot, page.goal_count.widget, "6")
    replace_text(qtbot, page.goal_by.widget.line, "31-1-2028")
    key(page.goal_by.widget.line, Qt.Key.Key_Return)
    page.tabs.setCurrentIndex(2)
    page.personas.select(0)
    append_text(qtbot, page.personas.fields.bindings[2].widget, "\nzelf iets maken")
    page.tabs.setCurrentIndex(3)
    _click(qtbot, page.rivals.buttons.add)
    type_text(page.rivals.fields.bindings[0].widget, "Hotel De Pauw")
    page.tabs.setCurrentIndex(4)
    page.journey.select(1)
    replace_text(qtbot, page.journey.fields.bindings[2].widget, "4")
    _click(qtbot, page.journey.buttons.down)
    page.tabs.setCurrentIndex(5)
    add_text_item(qtbot, page.hashtags, "#bakkersleven")
    page.dos.list.setCurrentRow(1)
    _click(qtbot, page.dos.buttons.up)
    wait_saved(qtbot, window)

    employer = session_of(restart(qtbot, window, make_window)).brand.employer
    assert employer.evp[2].pillar == "Vroeg vrij"
    assert employer.culture == "Hard werken, veel lachen."
    assert employer.hiring_goal is not None
    assert (employer.hiring_goal.count, employer.hiring_goal.by) == (6, date(2028, 1, 31))
    assert employer.personas[0].motivations[-1] == "zelf iets maken"
    assert employer.labour_competitors[-1].name == "Hotel De Pauw"
    assert [s.stage for s in employer.candidate_journey] == [
        "Oriëntatie", "Gesprek", "Sollicitatie"]
    assert employer.candidate_journey[2].experience == 4
    assert employer.advocacy.hashtags[-1] == "#bakkersleven"
    assert employer.advocacy.dos[0] == "Vertel waarom je dit vak mooi vindt"


def test_employer_tabs_are_all_there_and_show_the_profile_as_it_is_when_opened(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "employer", qtbot)
    assert isinstance(page, EmployerPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Why people want to work here", "Culture and goal", "Candidates",
        "Competing employers", "Candidate journey", "Advocacy"]
    session = session_of(window)  # changed while its tab was never opened (an undo, a merge)
    session.change(("employer", "culture"), "Samen vroeg op.", "change culture")
    page.tabs.setCurrentIndex(1)
    assert page.culture.widget.toPlainText() == "Samen vroeg op."
    assert page.culture.widget.isVisible() and page.has_goal.isChecked()
    page.tabs.setCurrentIndex(5)
    assert page.hashtags.list.count() == len(session.brand.employer.advocacy.hashtags) > 0
    assert page.hashtags.isVisible()


def test_no_hiring_goal_then_one(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "employer", qtbot)
    assert isinstance(page, EmployerPage)
    page.tabs.setCurrentIndex(1)
    press(qtbot, page.has_goal, Qt.Key.Key_Space)
    assert session_of(window).brand.employer.hiring_goal is None
    assert not page.goal_count.widget.isEnabled()
    press(qtbot, page.has_goal, Qt.Key.Key_Space)
    replace_text(qtbot, page.goal_role.widget, "verkoper")
    wait_saved(qtbot, window)
    goal = session_of(restart(qtbot, window, make_window)).brand.employer.hiring_goal
    assert goal is not None and goal.role == "verkoper" and goal.by is None


def test_personas(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "personas", qtbot)
    assert isinstance(page, PersonasPage)
    _click(qtbot, page.personas.buttons.add)
    editor = page.personas
    type_text(editor.fields.bindings[0].widget, "Henk, gepensioneerd")
    type_text(editor.fields.bindings[1].widget, "vaste klant")
    type_text(editor.fields.bindings[2].widget, "een praatje\nvers brood")
    type_text(editor.fields.bindings[4].widget, "de krant")
    wait_saved(qtbot, window)
    personas = session_of(restart(qtbot, window, make_window)).brand.personas
    assert personas[-1].name == "Henk, gepensioneerd"
    assert personas[-1].motivations == ("een praatje", "vers brood")
    assert personas[-1].channels == ("de krant",)


def test_a_cleared_optional_text_is_stored_as_nothing(qtbot: QtBot,
                                                      make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _open(window, "employer", qtbot)
    assert isinstance(page, EmployerPage)
    page.tabs.setCurrentIndex(4)
    page.journey.select(0)
    improvement = page.journey.fields.bindings[3].widget
    replace_text(qtbot, improvement, "")
    page.journey.select(2)  # "Gesprek" has no improvement: its box stays empty, not ""
    assert page.journey.fields.bindings[3].widget.toPlainText() == ""  # type: ignore[attr-defined]
    wait_saved(qtbot, window)
    journey = session_of(restart(qtbot, window, make_window)).brand.employer.candidate_journey
    assert journey[0].improvement is None
    assert journey[2].improvement is None


def test_vocabulary_shows_every_tab_and_each_with_the_brand_once_opened(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("vocabulary")
    page = window.page("vocabulary")
    assert isinstance(page, VocabularyPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Brand names", "Preferred terms", "Banned terms", "Key messages", "Clichés"]
    assert page.names.list.count() > 0  # the brand's own names, in the first turn
    vocabulary = session_of(window).brand.vocabulary
    page.tabs.setCurrentIndex(2)
    assert [page.banned.list.item(i).text() for i in range(page.banned.list.count())] == [
        banned.term for banned in vocabulary.banned]  # shown with the brand's terms
    assert page.banned.list.isVisible()
    page.tabs.setCurrentIndex(4)
    assert page.builtin.widget.isChecked() == vocabulary.cliches.builtin
