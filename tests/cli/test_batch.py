import gzip
import json

from typer.testing import CliRunner

from framing_tui.cli import app

runner = CliRunner()


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def read_jsonl(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_batch_keeps_input_order_with_two_processes(tmp_path):
    rows = [{"id": f"d{i}", "text": f"Article {i}. The senator slammed plan {i}.", "extra": i} for i in range(120)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, rows)
    r = runner.invoke(app, ["batch", str(src), "--output", str(out), "--jobs", "2"])
    assert r.exit_code == 0, r.output
    reports = read_jsonl(out)
    assert [rep["id"] for rep in reports] == [row["id"] for row in rows]
    assert all(
        rep["schema_version"] == 1 and rep["text"] == row["text"] for rep, row in zip(reports, rows, strict=True)
    )
    assert "120 documents, 0 errors" in r.stderr


def test_jobs_do_not_change_the_reports(tmp_path):
    rows = [{"id": i, "text": f'"We slammed it," Mayor Ann Lee said of plan {i}.'} for i in range(40)]
    src = tmp_path / "in.jsonl"
    write_jsonl(src, rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner.invoke(app, ["batch", str(src), "-o", str(one), "--jobs", "1"])
    runner.invoke(app, ["batch", str(src), "-o", str(two), "--jobs", "2"])
    assert one.read_text() == two.read_text()


def test_a_bad_line_gives_an_error_record_and_the_rest_go_on(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        '{"id": "a", "text": "Fine text."}\nnot json\n{"id": "c", "text": 5}\n{"id": "d", "text": "Also fine."}\n'
    )
    r = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 0
    reports = read_jsonl(out)
    assert [rep["id"] for rep in reports] == ["a", f"{src}:2", "c", "d"]
    assert "error" in reports[1] and "invalid JSON" in reports[1]["error"]
    assert "error" in reports[2] and "sentences" in reports[3]
    assert "4 documents, 2 errors" in r.stderr


def test_folders_and_files_as_input_with_gzip_output(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "b.txt").write_text("Second article text.")
    (folder / "a.md").write_text("First article text.")
    (folder / "skip.bin").write_bytes(b"\x00\x01")
    single = tmp_path / "c.txt"
    single.write_text("Third.")
    out = tmp_path / "out.jsonl.gz"
    r = runner.invoke(app, ["batch", str(folder), str(single), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert [rep["id"] for rep in read_jsonl(out)] == [str(folder / "a.md"), str(folder / "b.txt"), str(single)]


def test_batch_reads_jsonl_from_stdin_and_writes_stdout():
    r = runner.invoke(app, ["batch", "-"], input='{"id": "x", "text": "Hello there."}\n')
    assert r.exit_code == 0
    assert json.loads(r.stdout.splitlines()[0])["id"] == "x"


def test_a_missing_input_exits_2(tmp_path):
    r = runner.invoke(app, ["batch", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 2 and "no such file" in r.stderr
