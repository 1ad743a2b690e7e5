"""Plain-text reading: encodings decode to the same text, nothing but the BOM is changed, bad files are errors."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from silkwire.errors import EncodingError, InputError
from silkwire.ingest import iter_articles
from silkwire.models import Article

ARABIC = ("قمة الصين وآسيا الوسطى تنطلق في أستانا\n\n"
          "أستانا 17 يونيو 2025 (شينخوا) وقّع الرئيس الصيني شي جين بينغ وقادة الدول الخمس معاهدة حسن الجوار.\r\n"
          "وقال إن «التعاون» سيتعزز، ثم أضاف: نعم؛ سيستمر!\n")


def one(path: Path) -> Article | InputError:
    out = list(iter_articles([path]))
    assert len(out) == 1
    return out[0]


@pytest.mark.parametrize(("name", "data"), [
    ("utf8.txt", ARABIC.encode("utf-8")),
    ("utf8_bom.txt", codecs.BOM_UTF8 + ARABIC.encode("utf-8")),
    ("utf16le_bom.txt", ARABIC.encode("utf-16")),  # Python writes the BOM, little-endian
    ("utf16be_bom.txt", codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be")),
    ("cp1256.txt", ARABIC.encode("cp1256")),
])
def test_same_text_in_each_encoding_decodes_identically(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    art = one(path)
    assert isinstance(art, Article)
    assert art.text == ARABIC  # \r\n, tashkil and punctuation kept; only the BOM removed


def test_txt_metadata_comes_from_the_header(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARABIC, encoding="utf-8")
    art = one(path)
    assert (art.title, art.published, art.outlet, art.dateline_place) == (
        "قمة الصين وآسيا الوسطى تنطلق في أستانا", "2025-06-17", "Xinhua", "أستانا")
    assert art.source == str(path) and art.source_kind == "txt"


def test_ids_are_content_hashes_and_fingerprints_ignore_diacritics_and_spacing(tmp_path: Path):
    (tmp_path / "a.txt").write_text("وقّع الرئيسُ المعاهدةَ، اليوم.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وقع  الرئيـــس المعاهدة اليوم", encoding="utf-8")
    a, b = iter_articles([tmp_path])
    assert a.id != b.id and len(a.id) == 16
    assert a.fingerprint == b.fingerprint and len(a.fingerprint) == 16


def test_undecodable_bytes_are_an_encoding_error(tmp_path: Path):
    path = tmp_path / "broken.txt"
    good = "وزير الخارجية الصيني يجري محادثات مع نظرائه ".encode() * 5
    path.write_bytes(good[:101] + b"\xff\xfe\x80\x81" + good[101:])  # corrupt UTF-8, mojibake as Windows-1256
    err = one(path)
    assert isinstance(err, EncodingError)
    assert str(path) in str(err)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\t\n", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary content (PDF)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (PNG image)"),
    ("نص عربي".encode() + b"\x00\x00\x01\x02" * 20, "binary content (NUL bytes)"),
])
def test_bad_text_files_are_input_errors_naming_the_file(tmp_path: Path, data: bytes, reason: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = one(path)
    assert isinstance(err, InputError) and not isinstance(err, Article)
    assert str(err).startswith(f"{path}: ") and reason in err.reason
    assert "\n" not in str(err)


def test_text_file_over_the_cap_is_an_error_without_being_read(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("كلمة " * 300, encoding="utf-8")
    err = one_capped(path, 100)
    assert isinstance(err, InputError) and "too big" in err.reason


def test_text_just_over_the_character_cap_is_an_error(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("ا" * 150, encoding="utf-8")  # 300 bytes: under the byte cap, over 100 characters
    err = one_capped(path, 100)
    assert isinstance(err, InputError) and "too long" in err.reason


def one_capped(path: Path, cap: int) -> Article | InputError:
    out = list(iter_articles([path], max_article_chars=cap))
    assert len(out) == 1
    return out[0]
