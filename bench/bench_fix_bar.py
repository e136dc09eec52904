"""How long the GUI thread is held opening a review with fixes on a fresh machine (#16).

A fresh machine has no lemma tables in its cache folder; the first look-up makes them from
simplemma's data (seconds). This opens a checked draft with fixable findings in the review view
after emptying the cache folder and forgetting the loaded tables, as on a first start whose
warm-up has not got to them yet, and reports the GUI thread's time for showing the version and
selecting a finding, then how long until the fixes are in (on the worker).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/bench_fix_bar.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="bench-fix-bar-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())

DRAFT = ("Heeft u al kennis gemaakt met onze broodspecialisten? "
         "Wij zijn niet goedkoop, maar wel lekker.\n")


def _forget_tables(cache: Path) -> None:
    """An empty cache folder and no table loaded: a first start on a new machine."""
    from brandregie.checks import language, tables

    os.environ["XDG_CACHE_HOME"] = str(cache)
    clear = getattr(language.tools, "cache_clear", None)
    if clear is not None:
        clear()
    else:
        language._TOOLS.clear()
    tables.lemma_table.cache_clear()
    tables._simplemma_lemmatiser.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from brandregie.checks import check_document
    from brandregie.ingest import read_document
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui.review.review_view import ReviewView

    app = QApplication.instance() or QApplication(sys.argv)
    snapshot = read_pack(sample_pack())
    draft = _HOME / "post.txt"
    draft.write_text(DRAFT, "utf-8")
    gui, filled = [], []
    with open_store(_HOME / "brandregie.db") as store:
        ProfileService(store).import_snapshot(snapshot)
        service = ReviewService(store, author="bench")
        assignment = service.create_assignment("Bakkerij Korenaar", "Post")
        version = service.add_version_from_file(assignment.id, draft)
        document = read_document(draft)
        service.save_check(version.id, check_document(document, snapshot), document)
        for run in range(args.runs):
            _forget_tables(_HOME / f"fresh-cache-{run}")
            view = ReviewView(service)
            view.show()
            app.processEvents()
            start = time.perf_counter()
            view.show_version(version.id)
            assert view.review is not None
            view.select_finding(view.review.findings[0].key)
            gui.append(time.perf_counter() - start)
            while not view.fixes and time.perf_counter() - start < 60:
                app.processEvents()
                time.sleep(0.005)
            filled.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
            app.processEvents()
    print(f"GUI thread, show version + select (fresh cache): "
          f"median {statistics.median(gui) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in gui)})")
    print(f"fixes in after: median {statistics.median(filled) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in filled)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
