"""The pipeline's warm-up freezes what it loaded out of the cyclic GC's sight (long-lived reference data and models
are not scanned again by every collection), and serial ingest warms up before its first article."""
from __future__ import annotations

import gc

from silkwire.batch import ingest


def test_warm_up_freezes_the_loaded_reference_data(monkeypatch):
    import silkwire.pipeline as pipeline
    from silkwire.pipeline import knowledge_base, warm_up

    monkeypatch.setattr(pipeline, "_frozen", False)  # as in a fresh worker process
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    warm_up()
    assert gc.get_freeze_count() > 1000  # the knowledge base and models, not a handful of objects
    assert knowledge_base() is knowledge_base()
    gc.unfreeze()
    warm_up()  # a second call freezes nothing more
    assert gc.get_freeze_count() == 0


def test_serial_ingest_warms_up_only_when_there_is_something_to_analyse(tmp_path, monkeypatch):
    import silkwire.batch as batch

    calls = []
    monkeypatch.setattr(batch, "_worker_init", lambda: calls.append(1))

    class Store:
        def existing(self, ids):
            return set(ids)  # everything already stored: nothing to analyse

        def save_many(self, ready):
            return []

    (tmp_path / "a.txt").write_text("التقى وزير الخارجية الصيني وانغ يي نظيره الكازاخستاني في بكين.", encoding="utf-8")
    summary = ingest([tmp_path], Store())
    assert summary.duplicates == 1 and calls == []


def test_serial_ingest_warms_up_once_before_analysing(tmp_path, monkeypatch):
    from types import SimpleNamespace

    import silkwire.batch as batch

    calls = []
    monkeypatch.setattr(batch, "_worker_init", lambda: calls.append(1))

    class Store:
        def existing(self, ids):
            return set()

        def save_many(self, ready):
            return [SimpleNamespace(status="new", document=a.id) for a, _ in ready]

    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"التقى وزير الخارجية الصيني وانغ يي نظيره رقم {i} في بكين.",
                                            encoding="utf-8")
    summary = ingest([tmp_path], Store())
    assert summary.ingested == 3 and calls == [1]
