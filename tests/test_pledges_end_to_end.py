"""A pledge in one article and its fulfilment in a later one, through the whole pipeline: ingest → events → pledges."""
from __future__ import annotations

import json
from datetime import date

from typer.testing import CliRunner

from silkwire.cli import app

PLEDGE = ("أستانا 12 مارس 2024 (شينخوا) أعلن وزير الخارجية الكازاخستاني أن الصين وكازاخستان ستوقعان اتفاقية بشأن "
          "الإعفاء المتبادل من تأشيرات الدخول لتسهيل سفر المواطنين بين البلدين.\n")
FULFILMENT = ("بكين 20 سبتمبر 2024 (شينخوا) وقعت الصين وكازاخستان اليوم الجمعة في بكين اتفاقية الإعفاء المتبادل من "
              "تأشيرات الدخول، التي تسمح للمواطنين بالسفر دون تأشيرة لمدة ثلاثين يوما.\n")


def test_later_signing_fulfils_the_earlier_pledge(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_pledge.txt").write_text(PLEDGE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-q"]).exit_code == 0
    before = json.loads(runner.invoke(app, ["pledges", "--db", str(db), "--json"]).output)
    visa = [p for p in before if p["type"] == "AGREE" and {"country/CHN", "country/KAZ"} <= set(p["parties"])]
    assert visa and visa[0]["fulfilment"] is None
    # unfulfilled: open until its due date (a year after the pledge), overdue after it
    assert visa[0]["status"] == ("overdue" if date.today().isoformat() > visa[0]["due"] else "open")

    (folder / "b_signed.txt").write_text(FULFILMENT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-q"]).exit_code == 0
    after = {p["id"]: p for p in json.loads(runner.invoke(app, ["pledges", "--db", str(db), "--json"]).output)}
    pledge = after[visa[0]["id"]]
    assert pledge["status"] == "fulfilled"
    assert pledge["evidence"]["text"] in PLEDGE
    assert pledge["fulfilment"]["evidence"]["text"] in FULFILMENT
    assert pledge["fulfilment"]["date"] == "2024-09-20"
    assert "visa-free travel" in pledge["topics"]
    open_only = json.loads(runner.invoke(app, ["pledges", "--db", str(db), "--json", "--open"]).output)
    assert pledge["id"] not in {p["id"] for p in open_only}
