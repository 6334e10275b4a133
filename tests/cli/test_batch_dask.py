import json
import multiprocessing
import sys

import pytest
from typer.testing import CliRunner

from framing_tui.cli import app

runner = CliRunner()

TEXTS = [
    '"We slammed it," Mayor Ann Lee said of plan {i}.',
    "Article {i}. The senator slammed plan {i}, critics say, in a reckless move.",
    "Officials reportedly approved budget {i} on Tuesday. It may help, according to the report.",
    "The radical scheme {i} is a disaster, the columnist wrote. Voters deserve better.",
]


def write_corpus(path, n=60, bad_at=23):
    lines = []
    for i in range(n):
        if i == bad_at:
            lines.append("this line is not json")
        else:
            lines.append(json.dumps({"id": f"d{i}", "text": TEXTS[i % len(TEXTS)].format(i=i)}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_dask_engine_writes_the_same_bytes_as_the_local_engine(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from framing_tui import dask_engine

    # Small partitions, so that both workers get several and the order must be restored.
    monkeypatch.setattr(dask_engine, "PARTITION_SIZE", 7)
    src, local, dask = tmp_path / "in.jsonl", tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    write_corpus(src)

    r = runner.invoke(app, ["batch", str(src), "-o", str(local), "--engine", "local", "-j", "1"])
    assert r.exit_code == 0, r.output
    children_before = set(multiprocessing.active_children())
    r = runner.invoke(app, ["batch", str(src), "-o", str(dask), "--engine", "dask", "--jobs", "2"])
    assert r.exit_code == 0, r.output
    assert "60 documents, 1 errors" in r.stderr

    assert dask.read_bytes() == local.read_bytes()
    reports = [json.loads(line) for line in dask.read_text(encoding="utf-8").splitlines()]
    assert len(reports) == 60 and "invalid JSON" in reports[23]["error"]
    # The local cluster was shut down: no worker process is left behind.
    assert set(multiprocessing.active_children()) <= children_before


def test_without_dask_the_engine_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_corpus(src, n=3, bad_at=-1)
    r = runner.invoke(app, ["batch", str(src), "-o", str(out), "--engine", "dask"])
    assert r.exit_code == 2
    assert r.stderr == "framing: error: the dask engine needs: pip install 'framing-tui[dask]'\n"
    assert not out.exists()


def test_scheduler_needs_the_dask_engine(tmp_path):
    src = tmp_path / "in.jsonl"
    write_corpus(src, n=1, bad_at=-1)
    r = runner.invoke(app, ["batch", str(src), "--scheduler", "tcp://127.0.0.1:8786"])
    assert r.exit_code == 2 and "--scheduler needs --engine dask" in r.stderr
