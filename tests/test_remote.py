"""Inputs by URL (kg.engine.remote): ``kg build URL`` lists and reads
through fsspec, with a local folder's suffixes, order and ids; Dask
workers open the URLs themselves."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import fsspec
import pytest

from kg.cli import main

from .conftest import ROOT, SEEDS

COMPARED = ("graph.ttl", "records.jsonl", "graph.parts.json", "graph.html")


def _outputs(out):
    return {n: (out / n).read_bytes() for n in COMPARED}


def _folder(tmp_path):
    """Four seed documents, one in a subfolder under a stem another has
    (ids ``stem`` and ``stem~2``), and a file no build reads."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))[:4]
    for f in seeds[:3]:
        shutil.copy(f, src / f.name)
    shutil.copy(seeds[3], src / "sub" / seeds[0].name)
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    return src


@pytest.mark.parametrize("engine", [[], ["--engine", "dask", "--workers", "2"]], ids=["local", "dask"])
def test_remote_file_url_builds_what_its_path_builds(tmp_path, engine):
    src = _folder(tmp_path)
    assert main(["build", str(src), "--out", str(tmp_path / "path"), "--validate", "off"]) == 0
    assert main(["build", src.as_uri(), "--out", str(tmp_path / "url"), "--validate", "off", *engine]) == 0
    assert _outputs(tmp_path / "url") == _outputs(tmp_path / "path")
    report = json.loads((tmp_path / "url" / "report.json").read_text(encoding="utf-8"))
    ids = {f["file"]: f["document"] for f in report["files"]}
    name = sorted(SEEDS.glob("*.txt"))[0].name
    assert (ids[str(src / name)], ids[str(src / "sub" / name)]) == (name[:-4], name[:-4] + "~2")


def test_remote_dask_workers_are_sent_urls_not_bytes(tmp_path):
    from kg.engine.engines import located
    from kg.engine.remote import find_urls
    src = _folder(tmp_path)
    files, failures = find_urls([src.as_uri()])
    sent = list(located(files, 1 << 20))
    assert not failures and [s.path for s in sent] == sorted(f"file://{p}" for p in map(str, src.rglob("*.txt")))
    assert all(s.size > 0 for s in sent)


@pytest.fixture
def memory():
    fs = fsspec.filesystem("memory")
    fs.rm("/news", recursive=True) if fs.exists("/news") else None
    yield fs
    fs.rm("/news", recursive=True)


def test_remote_memory_url_builds_and_its_cache_keys_by_content(tmp_path, memory):
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    for f in seeds:
        memory.pipe(f"/news/{f.name}", f.read_bytes())
    memory.pipe("/news/deep/er/x.HTML", b"<html><body><p>" + seeds[0].read_bytes() + b"</p></body></html>")
    memory.pipe("/news/skip.csv", b"a,b")
    out = tmp_path / "out"
    assert main(["build", "memory://news", "--out", str(out), "--validate", "off"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [f["file"] for f in report["files"]] == [f"memory:///news/{f.name}" for f in seeds] + [
        "memory:///news/deep/er/x.HTML"]
    assert report["cache"]["misses"] == 4
    memory.pipe(f"/news/{seeds[1].name}", seeds[1].read_bytes() + "\n工业和信息化部发布通知。".encode())
    assert main(["build", "memory://news/", "--out", str(out), "--validate", "off"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"]["hits"] == 3 and report["cache"]["misses"] == 1


def test_remote_unreadable_urls_are_one_line_each_and_the_rest_is_built(tmp_path, memory, monkeypatch, capsys):
    memory.pipe("/news/a.txt", sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    memory.pipe("/news/empty.txt", b"")
    memory.pipe("/news/locked.txt", b"x")
    cat_file = type(memory).cat_file

    def refuse(self, path, *args, **kwargs):
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return cat_file(self, path, *args, **kwargs)
    monkeypatch.setattr(type(memory), "cat_file", refuse)
    local = tmp_path / "one.txt"
    shutil.copy(sorted(SEEDS.glob("*.txt"))[1], local)
    out = tmp_path / "out"
    assert main(["build", "memory://news", "memory://gone", "nope://x/y", str(local), "--out", str(out),
                 "--validate", "off"]) == 1
    errors = capsys.readouterr().err.splitlines()
    for line in ("kg: memory://gone: no such file or folder",
                 "kg: nope://x/y: unknown protocol (Protocol not known: nope)",
                 "kg: memory:///news/empty.txt: empty file",
                 "kg: memory:///news/locked.txt: permission denied"):
        assert line in errors
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(f["file"] for f in report["files"] if f["status"] == "ok") == sorted(["memory:///news/a.txt", str(local)])


def test_remote_url_without_fsspec_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "fsspec.core", None)  # as when fsspec is not installed
    local = tmp_path / "one.txt"
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], local)
    assert main(["build", "s3://bucket/news/", str(local), "--out", str(tmp_path / "out"), "--validate", "off"]) == 1
    assert "kg: s3://bucket/news/: reading a URL needs fsspec (pip install 'kg[url]')" in capsys.readouterr().err.splitlines()


def test_remote_a_build_of_paths_does_not_import_fsspec(tmp_path):
    code = ("import sys; from kg.cli import main; "
            f"main(['build', {str(SEEDS / '000_30c0404dbfbfed19.txt')!r}, '--out', {str(tmp_path / 'out')!r}, '--validate', 'off']); "
            "print('fsspec' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "False", done.stderr


def test_remote_file_url_skips_a_build_written_in_its_folder(tmp_path, capsys):
    src = _folder(tmp_path)
    for _ in range(2):  # the second build finds the first one's outputs in the folder it reads
        assert main(["build", src.as_uri(), "--out", str(src / "out"), "--validate", "off"]) == 0
    assert "(a build's output)" in capsys.readouterr().err
    assert json.loads((src / "out" / "report.json").read_text(encoding="utf-8"))["documents"] == 4
