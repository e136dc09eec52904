"""Opening the review of a plain text loads no colour library: the view does it on the GUI
thread, and before the app's warm-up has imported coloraide that cost 0.4 s of frozen window
for a draft that has no colours at all (#16). A fresh interpreter, so nothing is loaded yet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from pathlib import Path
from brandregie.checks import check_document
from brandregie.ingest import read_document
from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store

folder = Path(sys.argv[1])
draft = folder / "post.txt"
draft.write_text("Heeft u al kennis gemaakt met onze broodspecialisten?\n", "utf-8")
snapshot = read_pack(sample_pack())
with open_store(folder / "brandregie.db") as store:
    ProfileService(store).import_snapshot(snapshot)
    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Post")
    version = service.add_version_from_file(assignment.id, draft)
    document = read_document(draft)
    service.save_check(version.id, check_document(document, snapshot), document)
    before = "coloraide" in sys.modules
    review = service.review(version.id)
    print(json.dumps({"before": before, "after": "coloraide" in sys.modules,
                      "colours": len(review.colours),
                      "palette": len(snapshot.brand.visual.colours)}))
"""


def test_a_plain_text_review_does_not_import_the_colour_library(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["palette"] > 0  # the brand has colours to compare with
    assert seen == {**seen, "before": False, "after": False, "colours": 0}
