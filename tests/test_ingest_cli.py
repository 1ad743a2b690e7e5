"""`silkwire ingest` end to end: bad input in a batch, re-runs, and a real ingest killed with SIGKILL part-way."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from silkwire.cli import app
from silkwire.store import Store, queries

runner = CliRunner()
CITIES = ["أستانا", "بكين", "طشقند", "بشكيك", "دوشنبه", "موسكو"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def article(i: int) -> str:
    city = CITIES[i % len(CITIES)]
    return (f"{city} {1 + i % 28} {MONTHS[i % 12]} {2016 + i % 9} (شينخوا) التقى وزير الخارجية الصيني وانغ يي "
            f"يوم الاثنين مع نظيره الكازاخستاني في {city}، وبحث الجانبان التعاون في مجال الطاقة رقم {i}.\n"
            "وقال وانغ إن الصين مستعدة للعمل مع كازاخستان لتعزيز التجارة.\n")


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_bad_files_are_reported_one_line_each_and_the_rest_is_stored(tmp_path):
    folder = write_corpus(tmp_path / "in", 2)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    db = tmp_path / "s.duckdb"
    result = run("ingest", folder, "--db", db, "-q")
    assert result.exit_code == 1
    for name in ("photo.txt", "empty.txt", "notes.docx"):
        assert sum(name in line for line in result.output.splitlines()) == 1, name
    with Store(db, read_only=True) as store:
        assert queries.stats(store.con)["documents"] == 2


def test_rerunning_the_same_input_changes_nothing(tmp_path):
    folder = write_corpus(tmp_path / "in", 3)
    db = tmp_path / "s.duckdb"
    assert run("ingest", folder, "--db", db, "-q").exit_code == 0
    run("export", "--db", db, tmp_path / "a")
    second = run("ingest", folder, "--db", db, "-q")
    assert second.exit_code == 0 and "skipped 3 duplicates" in second.output
    run("export", "--db", db, tmp_path / "b")
    for name in ("documents", "mentions", "actors", "events", "stories", "pledges"):
        assert (tmp_path / "a" / f"{name}.jsonl").read_text() == (tmp_path / "b" / f"{name}.jsonl").read_text()


def test_demo_ingests_the_bundled_examples(tmp_path):
    db = tmp_path / "demo.duckdb"
    result = run("demo", "--db", db)
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        kinds = {r[0] for r in store.con.execute("SELECT DISTINCT source_kind FROM documents").fetchall()}
        assert {"txt", "html", "jsonl", "rss"} <= kinds
        assert queries.stats(store.con)["events"]


def _per_document(db: Path) -> dict[str, tuple[int, int]]:
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT d.source, (SELECT count(*) FROM mentions m WHERE m.document = d.id), "
            "(SELECT count(*) FROM events e WHERE e.document = d.id) FROM documents d").fetchall()
    return {Path(r[0]).name: (r[1], r[2]) for r in rows}


@pytest.mark.slow
def test_kill_9_part_way_leaves_only_whole_documents_and_a_rerun_completes(tmp_path):
    n = 800
    folder = write_corpus(tmp_path / "in", n)
    reference_db = tmp_path / "reference.duckdb"
    assert run("ingest", folder, "--db", reference_db, "-q").exit_code == 0
    reference = _per_document(reference_db)
    assert len(reference) == n

    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "silkwire.cli", "ingest", str(folder), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:  # several batches committed
            break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; raise n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    stored = _per_document(db)
    assert 0 < len(stored) < n
    for name, counts in stored.items():  # every stored document is complete: all its mentions and events
        assert counts == reference[name], name

    rerun = run("ingest", folder, "--db", db, "-q")
    assert rerun.exit_code == 0
    assert f"skipped {len(stored)} duplicates" in rerun.output
    assert _per_document(db) == reference
