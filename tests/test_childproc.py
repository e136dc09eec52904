"""The shared child-process runner: what comes back (results, progress, the child's own
errors, bugs with their traceback) and that nothing is left running. Timeouts, memory caps,
crashes and cancel are tested through the draft reader (tests/ingest/test_sandbox.py) and the
PDF layout (tests/export/test_documents.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from brandregie import childproc
from brandregie.errors import BrandRegieError
from tests import childproc_targets
from tests.processes import workers

TIMEOUT, MEMORY = 30.0, 2 << 30


def test_progress_is_thinned_out_but_the_last_report_arrives() -> None:
    seen: list[tuple[int, int]] = []
    result = childproc.run(childproc_targets.counts, 20_000, progress=lambda *v: seen.append(v),
                           timeout=TIMEOUT, max_memory=MEMORY)
    assert result == 20_000
    assert seen[-1] == (20_000, 20_000) and seen == sorted(seen)
    assert len(seen) < 200, f"{len(seen)} reports for a run of well under a second"


def test_an_error_the_caller_expects_comes_back_as_raised() -> None:
    with pytest.raises(BrandRegieError, match="^that cannot be done$"):
        childproc.run(childproc_targets.refuses, passes=(BrandRegieError,), timeout=TIMEOUT,
                      max_memory=MEMORY)


def test_any_other_error_is_a_bug_with_the_childs_traceback() -> None:
    with pytest.raises(childproc.Failed) as caught:
        childproc.run(childproc_targets.refuses, timeout=TIMEOUT, max_memory=MEMORY)
    assert caught.value.kind == "BrandRegieError"
    with pytest.raises(childproc.Failed) as caught:
        childproc.run("tests.childproc_targets:has_a_bug", timeout=TIMEOUT, max_memory=MEMORY)
    assert caught.value.kind == "KeyError"
    assert "in has_a_bug" in caught.value.details and "'missing'" in caught.value.details


def test_a_result_that_cannot_travel_is_said_so() -> None:
    with pytest.raises(childproc.Failed, match="PicklingError|AttributeError"):
        childproc.run(childproc_targets.returns_what_does_not_pickle, timeout=TIMEOUT,
                      max_memory=MEMORY)
    assert not workers()


@pytest.mark.skipif(os.environ.get("BRANDREGIE_START_METHOD") == "spawn",
                    reason="a spawned child preloads nothing: it imports what it runs")
def test_the_apps_children_start_with_the_readers_and_the_layout_loaded() -> None:
    """Whichever work page starts the server, both kinds of work are loaded in it; the app's own
    process loads neither (run in a fresh interpreter: the server is started once a process)."""
    import json
    import subprocess
    import sys

    code = ("import json, sys; from brandregie import childproc; "
            "from brandregie.ui.jobs import CHILD_PRELOAD, start_child_processes; "
            "from tests import childproc_targets; start_child_processes(); "
            "names = (*CHILD_PRELOAD, 'brandregie.ingest.worker', 'reportlab.platypus', "
            "'brandregie.export.documents'); "
            "found = childproc.run(childproc_targets.loaded, names, timeout=30, "
            "max_memory=2 << 30); "
            "print(json.dumps([found, [n for n in names if n in sys.modules]]))")
    env = {k: v for k, v in os.environ.items() if k != "BRANDREGIE_SANDBOX"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120, env=env, cwd=Path(__file__).parents[1])
    found, here = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(found) >= {"brandregie.ingest.preload", "brandregie.export.preload"}
    assert all(found.values()), found
    assert found["language detector"] and found["fallback font"]
    assert here == [], "the app's own process loads none of it"


def test_each_part_names_what_its_children_need() -> None:
    """The readers and the layout each name their own preload module (childproc names none)."""
    from brandregie.export import PRELOAD_MODULE as LAYOUT
    from brandregie.ingest.sandbox import PRELOAD_MODULE as READERS

    assert {READERS, LAYOUT} <= set(childproc.preloaded())


def test_reading_a_draft_leaves_the_language_detector_out_of_the_app() -> None:
    """The detector (100 MB, and 0.1 s of Python's lock on a first long text) stays in the
    reader processes; the app's own process only gets the language."""
    import subprocess
    import sys

    code = ("import sys; from brandregie.ingest import read_bytes; "
            "doc = read_bytes('Wij bakken elke nacht vers brood voor de hele buurt.'.encode(), "
            "'notitie.txt'); print(doc.language, 'lingua' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != "BRANDREGIE_SANDBOX"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120, env=env)
    assert done.stdout.split() == ["nl", "False"]


def test_without_posix_resource_limits_a_run_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no ``resource`` module: no caps are set and no usage is read, and nothing
    fails for it."""
    import sys

    monkeypatch.setitem(sys.modules, "resource", None)  # importing it now raises ImportError
    childproc._limit_resources(MEMORY * 1024, 10**6)  # would be harmless even if applied
    assert childproc._own_usage() == (0.0, 0.0)
