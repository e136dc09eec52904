"""One calm style: Fusion with the app's palette, a dark variant, and the brand's accent only
where it stands out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from brandregie.ui import theme


@pytest.fixture
def restore_style(qapp: QApplication) -> Iterator[QApplication]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    theme.apply(qapp, dark=False)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_light_and_dark_variants(restore_style: QApplication) -> None:
    app = restore_style
    theme.apply(app, dark=False)
    assert app.palette().color(QPalette.ColorRole.Window).name().upper() == theme.LIGHT.window
    theme.apply(app, dark=True)
    assert app.palette().color(QPalette.ColorRole.Window).name().upper() == theme.DARK.window
    assert theme.colours() is theme.DARK
    # text stays readable on every surface of both variants
    for variant in (theme.LIGHT, theme.DARK):
        assert theme.contrast(variant.text, variant.surface) >= 7
        assert theme.contrast(variant.muted, variant.surface) >= 4.5


def test_the_brand_accent_is_used_only_where_it_stands_out(restore_style: QApplication) -> None:
    theme.apply(restore_style, dark=False)
    assert round(theme.contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert theme.brand_accent(["#FAF6EE", "#B23A2B"]) == "#B23A2B"  # cream is skipped
    assert theme.brand_accent(["#FFFFF0"]) == theme.LIGHT.accent
