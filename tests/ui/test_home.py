"""Home, the brand at a glance: the first page after start, showing the profile and how close
each agency's checked drafts came to the brand."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from brandregie.checks import check_document
from brandregie.ingest.document import Document
from brandregie.review.service import ReviewService
from brandregie.ui.home.page import HomePage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.settings import LANGUAGE, app_settings
from brandregie.ui.shell import Shell
from tests.ui.conftest import WindowFactory, session_of

DRAFTS = [
    ["Bij Korenaar ontzorgen we u graag met goedkoop brood!!!", "Uniek en goedkoop."],
    ["Bij Korenaar bakken we elke nacht vers brood.", "Kom langs, je bent welkom."],
]


def _deliver(service: ReviewService, assignment: int, paragraphs: list[str]) -> int:
    version = service.add_version(assignment, "tekst.txt", "\n".join(paragraphs).encode()).id
    job = service.check_job(version)
    document = Document.from_paragraphs(job.file_name, paragraphs, language="nl")
    service.save_check(version, check_document(document, job.snapshot, lang="nl"), document)
    return version


def _home(window: MainWindow) -> HomePage:
    window.show_page("home")
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


def test_the_chart_shows_the_scores_stored_for_each_agency(qtbot: QtBot,
                                                            make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    service = ReviewService(window.store)
    expected: dict[str, list[int]] = {}
    for name, drafts in (("Studio Deeg", DRAFTS), ("Reclamebureau Rogge", DRAFTS[::-1])):
        agency = service.add_agency(name)
        job = service.create_assignment("Bakkerij Korenaar", f"Nieuwsbrief {name}",
                                        agency_id=agency.id,
                                        due=date.today() + timedelta(days=9))
        for paragraphs in drafts:
            _deliver(service, job.id, paragraphs)
        expected[name] = [v.score for v in service.versions(job.id) if v.score is not None]
    assert expected["Studio Deeg"][0] < expected["Studio Deeg"][1]  # the drafts differ
    page = _home(window)
    page.reload_work()
    assert page.chart.series() == expected
    legend = " ".join(w.text() for w in page.fit.findChildren(QLabel))
    assert "getting closer to the brand" in legend and "drifting away" in legend
    work = " ".join(w.text() for w in page.work.findChildren(QLabel))
    assert "Nieuwsbrief Studio Deeg" in work and "due " in work


def test_the_profile_at_a_glance(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _home(window)
    brand = session_of(window).brand
    assert page.name.text() == "Bakkerij Korenaar"
    assert brand.positioning.promise and page.promise.text() == brand.positioning.promise
    tiles = [w.accessibleName() for w in page.colours.findChildren(QFrame)
             if w.accessibleName()]
    assert any(c.hex in " ".join(tiles) for c in brand.visual.colours)
    specimens = {w.accessibleName(): w.font().family() for w in page.fonts.findChildren(QLabel)
                 if w.accessibleName()}
    for font in brand.visual.fonts:
        assert font.family in specimens
    tone = " ".join(w.text() for w in page.tone.findChildren(QLabel))
    assert "casual" in tone or "formal" in tone


def test_home_is_the_first_page_after_start(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("vocabulary")
    window.close()
    settings = app_settings()
    settings.setValue(LANGUAGE, "en")
    shell = Shell(window.store, settings=settings)
    qtbot.addWidget(shell.window)
    assert shell.window.current_page() == "home"


def test_home_shows_each_agencys_voice_distance_over_time(qtbot: QtBot,
                                                          make_window: WindowFactory) -> None:
    from brandregie.profile.schema import Voice, VoiceText
    from tests.checks.test_voice import HELD_OUT, OWN, REWRITE
    from tests.review.drafts import checked

    window = make_window()
    window.open_sample()
    page = _home(window)
    page.reload_work()  # no own texts yet: an invitation, no chart
    assert "Sounds like us" in page.voice_trend.note.text()
    assert not page.voice_trend.chart.isVisibleTo(page)
    session = session_of(window)
    texts = tuple(VoiceText(title=f"Tekst {i}", text=t) for i, t in enumerate(OWN, start=1))
    session.replace(session.brand.model_copy(update={"voice": Voice(texts=texts)}), "own texts")
    assert session.flush()
    service = ReviewService(window.store)
    glans = service.add_agency("Studio Glans")
    first = checked(service, REWRITE, name="over-ons.txt", agency_id=glans.id)
    checked(service, HELD_OUT, name="over-ons-2.txt",
                    assignment_id=service.review(first).assignment.id)
    page.reload_work()
    qtbot.waitUntil(lambda: bool(page.voice_trend.chart.series()), timeout=10_000)
    far, near = page.voice_trend.chart.series()["Studio Glans"]
    assert far > 1.6 > near
    assert page.voice_trend.chart.isVisibleTo(page)
    legend = " ".join(w.text() for w in page.voice.findChildren(QLabel))
    assert "Studio Glans" in legend and "coming closer" in legend


def test_coming_back_home_shows_the_assignments_made_meanwhile(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    page = _home(window)
    qtbot.waitUntil(lambda: "No open assignments." in _texts(page.work), timeout=10_000)
    window.show_page("identity")
    ReviewService(window.store).create_assignment("Bakkerij Korenaar", "Vacature bakker",
                                                  due=date.today() + timedelta(days=5))
    window.show_page("home")  # the page is there at once; its figures are read meanwhile
    assert page.isVisible() and page.name.text() == "Bakkerij Korenaar"
    qtbot.waitUntil(lambda: "Vacature bakker" in _texts(page.work), timeout=10_000)
    assert "No open assignments." not in _texts(page.work)


def _texts(card: QFrame) -> str:
    """What the card shows (labels dropped from it are hidden until they are deleted)."""
    return " ".join(label.text() for label in card.findChildren(QLabel)
                    if label.isVisibleTo(card))


def _flat_line(qtbot: QtBot, versions: int, rise: int) -> tuple[list[QColor], QColor, QColor]:
    """On a chart 600 pixels wide with a flat line of ``versions`` scores of 50: the colours
    ``rise`` pixels above the line at each version's place, the line's colour and the chart's
    background."""
    from datetime import datetime

    from PySide6.QtGui import QFont, QImage, QPainter

    from brandregie.review.fit import AgencyFit, FitPoint
    from brandregie.ui import theme
    from brandregie.ui.home.chart import FitChart

    chart = FitChart()
    qtbot.addWidget(chart)
    chart.resize(600, 220)
    chart.set_fits([AgencyFit(1, "Studio Deeg", tuple(
        FitPoint(datetime(2026, 1, 1), 50, "Nieuwsbrief", n) for n in range(versions)))])
    chart.show()
    image = chart.grab().toImage()
    measure = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(measure)  # the chart's own small type, as theme.chart_painter sets it
    small = QFont(chart.font())
    small.setPointSizeF(chart.font().pointSizeF() * theme.TYPE_SMALL)
    painter.setFont(small)
    area = chart.plot_area(painter, "100")
    painter.end()
    ratio = image.devicePixelRatio()
    y = round((area.bottom() - area.height() / 2 - rise) * ratio)
    return ([image.pixelColor(round(chart.x_of(area, n, versions) * ratio), y)
             for n in range(1, versions - 1)], chart.colour(0), QColor(theme.colours().surface))


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 40


def test_a_few_versions_show_a_dot_each_and_years_of_them_a_line_alone(qtbot: QtBot) -> None:
    """Five years of an agency's drafts are hundreds of versions across one chart: dots there
    ran into one smear (and drawing each took most of a Home visit on such a store)."""
    hollows, line, surface = _flat_line(qtbot, 5, 0)
    assert all(_near(pixel, surface) for pixel in hollows)  # each version's dot, hollow inside
    above, line, surface = _flat_line(qtbot, 600, 3)
    smeared = sum(_near(pixel, line) for pixel in above)
    assert smeared < len(above) / 20  # a thin line: nothing drawn 3 pixels above it


def test_many_agencies_show_the_ones_that_delivered_last_and_say_where_the_rest_are(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    """After years, forty agencies: a line and a legend entry each made the home page 4,700
    pixels wide, with colours repeating every sixth agency."""
    from datetime import datetime

    from brandregie.review.fit import AgencyFit, FitPoint
    from brandregie.ui.home.page import Work

    window = make_window()
    window.open_sample()
    page = _home(window)
    fits = [AgencyFit(n, f"Bureau {n}", (
        FitPoint(datetime(2026, 1, 1), 60, "Folder", 1),
        FitPoint(datetime(2026, 2, 1 + (n * 5) % 8), 70, "Folder", 2))) for n in range(8)]
    page.show_work(Work(fits, []))
    latest = sorted(fits, key=lambda f: f.points[-1].received_at)[-6:]
    assert list(page.chart.series()) == [f.agency for f in fits if f in latest]
    legend = " ".join(w.text() for w in page.fit.findChildren(QLabel))
    assert "Bureau 0" not in legend and "Bureau 5" not in legend  # delivered first
    assert "The 6 agencies that delivered last; all 8 are on the Agency scorecard." \
        in page.fit_note.text()
    page.show_work(Work(fits[:3], []))
    assert list(page.chart.series()) == ["Bureau 0", "Bureau 1", "Bureau 2"]
    assert "scorecard" not in page.fit_note.text()
