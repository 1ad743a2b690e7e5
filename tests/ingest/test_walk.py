"""Walking files and folders: sorted, recursive, deterministic; every problem an InputError, never an exception."""
from __future__ import annotations

from pathlib import Path

from silkwire.errors import InputError, UnsupportedInput
from silkwire.ingest import iter_articles
from silkwire.models import Article

SEEDS = Path("/work/shared/corpus/seeds")
TEXT = "بكين 12 يناير 2024 (شينخوا) التقى وزير الخارجية الصيني نظيره الأوزبكي."


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path):
    for rel in ("b/z.txt", "a.txt", "b/a/y.txt", "c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT + rel, encoding="utf-8")
    first = [a.source for a in iter_articles([tmp_path])]
    assert first == [str(tmp_path / r) for r in ("a.txt", "b/a/y.txt", "b/z.txt", "c.txt")]
    assert first == [a.source for a in iter_articles([tmp_path])]


def test_unknown_extension_and_missing_path_are_errors_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    out = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    kinds = [type(x) for x in out]
    assert kinds == [Article, UnsupportedInput, InputError]
    assert ".pdf" in str(out[1]) and str(tmp_path / "report.pdf") in str(out[1])
    assert "no such file" in str(out[2])


def test_folder_with_no_readable_files_is_one_error_naming_the_folder(tmp_path: Path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    [err] = iter_articles([folder])
    assert isinstance(err, InputError) and err.source == str(folder) and "no readable files" in err.reason


def test_empty_folder_is_one_error(tmp_path: Path):
    [err] = iter_articles([tmp_path])
    assert isinstance(err, InputError) and err.source == str(tmp_path)


def test_seeds_come_out_with_their_metadata():
    got = {Path(a.source).name[:3]: a for a in iter_articles([SEEDS])}
    assert (got["000"].published, got["000"].outlet) == ("2023-04-27", "بوابة اوكرانيا")
    assert (got["001"].published, got["001"].outlet) == ("2023-04-27", "Xinhua")
    assert got["001"].title == "وزير الخارجية الصيني يجري محادثات مع دبلوماسيين كبار من دول آسيا الوسطى"
    assert (got["002"].published, got["002"].outlet, got["002"].dateline_place) == ("2022-06-08", "Xinhua", "نور سلطان")
    assert (got["003"].published, got["003"].outlet) == (None, "هرمز نيوز")
    assert got["003"].title == "بمشاركة 6 رؤساء .. إطلاق مرحلة جديدة من التعاون بين الصين وآسيا الوسطى"
    assert (got["004"].published, got["004"].outlet, got["004"].dateline_place) == ("2024-05-20", "Xinhua", "أستانا")


def test_seed_text_is_stored_verbatim():
    for art in iter_articles([SEEDS]):
        assert art.text == Path(art.source).read_text(encoding="utf-8")
