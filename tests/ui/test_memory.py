"""Memory freed after a large draft goes back to the system, so the window does not keep it."""

from __future__ import annotations

import ctypes.util
import platform
from pathlib import Path

import pytest

from tests.ui.fresh_process import run_fresh

#: A large draft's work, as the check does it: many pieces made on a worker thread, a few kept
#: (a finding, a cache entry) among them, then the rest freed.
SCRIPT = """
import json, os, threading
from brandregie.ui import memory

def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20

kept = []
def work():
    pieces = [bytearray(2000) for _ in range(150_000)]
    kept.extend(pieces[::500])
worker = threading.Thread(target=work)
worker.start()
worker.join()
before = rss()
memory.give_back_soon()
memory.give_back_soon()  # a burst of work ending: handed back once, a moment later
for thread in threading.enumerate():
    if thread is not threading.current_thread():
        thread.join()
print(json.dumps([before, rss(), len(kept)]))
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc"
                    or not ctypes.util.find_library("c"), reason="glibc's allocator only")
def test_memory_freed_after_large_work_is_handed_back(tmp_path: Path) -> None:
    before, after, kept = run_fresh(SCRIPT, home=tmp_path)
    assert kept == 300
    assert before - after > 150  # of the 300 MB made and freed, most was kept before
