"""The scorecard place in a real window (run under Xvfb by test_scorecard_screenshot.py):
``python -m tests.ui.scorecard_shot FOLDER DB`` stores the sample bakery and a year of three
agencies in DB, then shoots the place at 1366x768 with "Everything" chosen, in English and
Dutch, as FOLDER/scorecard-year-xvfb-{en,nl}.png. Prints the cards' agencies as one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui.scorecard.place import ScorecardPlace
    from brandregie.ui.settings import LANGUAGE, app_settings
    from brandregie.ui.shell import Shell
    from tests.review.year import build_year

    out, db = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    settings = app_settings()
    shown: dict[str, list[str]] = {}
    with open_store(db) as store:
        for lang in ("en", "nl"):
            settings.setValue(LANGUAGE, lang)
            window = Shell(store, settings=settings).window
            window.resize(1366, 768)
            window.show()
            window.open_sample()
            if lang == "en":
                assert window.session is not None
                build_year(ReviewService(store, author="anna"), window.session.brand.name)
            window.show_page("scorecard")
            place = window.page("scorecard")
            assert isinstance(place, ScorecardPlace)
            place.period.setCurrentIndex(place.period.findData("all"))
            place.settle()
            for _ in range(5):
                app.processEvents()
            assert place.view is not None
            shown[lang] = [c.findChildren(QLabel)[0].text() for c in place.view.cards]
            window.grab().save(str(out / f"scorecard-year-xvfb-{lang}.png"))
            window.close()
    print(json.dumps(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
