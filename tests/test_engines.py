"""Engines: the same graph, byte for byte, whichever runs extraction; the
cache makes a rebuild after one change redo only that document, and the
store made after it is updated in place of reloaded, to the same content."""
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.cli import main
from kg.extraction.ingest import Source
from kg.serve.store import ensure, open_store

from .conftest import SEEDS

COMPARED = ("graph.ttl", "records.jsonl", "graph.html")


def _build(src, out, *extra):
    assert main(["build", str(src), "--out", str(out), "--validate", "off", *extra]) == 0
    return {n: (out / n).read_bytes() for n in COMPARED}


def _corpus(tmp_path, n=12):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    base = (SEEDS / "001_ad624d7e098ea558.txt").read_text(encoding="utf-8")
    for i, city in enumerate(["汉中", "宝鸡", "咸阳", "渭南", "延安", "榆林", "商洛"][: n - 5]):
        (src / f"speech-{i}.txt").write_text(base.replace("安康", city), encoding="utf-8")
    return src


def test_engines_workers_give_identical_output(tmp_path):
    src = _corpus(tmp_path)
    one = _build(src, tmp_path / "one", "--no-cache")
    two = _build(src, tmp_path / "two", "--no-cache", "--workers", "2")
    assert one == two


def test_engines_dask_local_cluster_gives_identical_output(tmp_path):
    src = _corpus(tmp_path, n=8)
    local = _build(src, tmp_path / "local", "--no-cache")
    dask = _build(src, tmp_path / "dask", "--no-cache", "--engine", "dask", "--workers", "2")
    assert local == dask


def test_engines_pieces_wait_on_disk_not_in_memory(tmp_path):
    """What the build holds of each document while the rest are extracted
    is its light piece: the bulk (its graph, records, page chunk, what it
    says of each entity) is read from the cache, or a spill folder
    without one, when its turn comes; the outputs are those of pieces
    held whole."""
    from kg.engine.assembly import BULK, assemble
    from kg.engine.engines import build, make
    from kg.extraction.ingest import read_sources
    src = _corpus(tmp_path, n=6)
    whole = build(read_sources([src])).docs
    engine = make(workers=2, cache_dir=tmp_path / "cache")
    stored = build(engine.inputs([src], 1 << 20), engine).docs
    engine.close()
    assert all(d.stored is not None and d.part.turtle == d.relations == d.chunk == d.evidence == b"" for d in stored)
    assert [d.bulk(n) for d in stored for n in BULK] == [d.bulk(n) for d in whole for n in BULK]
    one, two = assemble(whole), assemble(stored)
    assert b"".join(one.records) == b"".join(two.records) and b"".join(one.page) == b"".join(two.page)
    assert [p.turtle for p in one.parts] == [p.turtle for p in two.parts]
    # Without a cache, the pieces this process makes go into one spill file, read back the same.
    engine = make(spill_dir=tmp_path / "spill")
    spilled = build(engine.inputs([src], 1 << 20), engine).docs
    assert {d.stored.path for d in spilled} == {str(tmp_path / "spill" / "pieces")}
    assert [d.bulk(n) for d in spilled for n in BULK] == [d.bulk(n) for d in whole for n in BULK]
    out = tmp_path / "out"
    assert _build(src, out, "--no-cache") == _build(src, tmp_path / "cached")
    assert not (out / ".spill").exists() and not (out / ".cache").exists()


@contextlib.contextmanager
def dask_cluster(workers=2):
    """A `dask scheduler` and ``workers`` `dask worker` processes on
    127.0.0.1, as a cluster's machines run them: the scheduler's address."""
    from dask.distributed import Client
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root}  # the workers import kg from this checkout
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(workers):
            procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--host", "127.0.0.1",
                                           "--nthreads", "1", "--nworkers", "1", "--no-dashboard"],
                                          env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=90)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=10)


def test_engines_dask_scheduler_and_workers_give_identical_output(tmp_path, monkeypatch):
    """A real scheduler and two workers, in processes of their own: the
    workers read the files by path, batches come back as they complete
    (several at once in flight, three documents a batch), and the graph
    is the local engine's, byte for byte, with and without the cache."""
    from kg.engine.engines import Dask
    monkeypatch.setattr(Dask, "batch", 3)
    src = _corpus(tmp_path)
    (src / "broken.txt").write_bytes(b"\x80\xff" * 8)  # a failure, in its place among the batches
    local = tmp_path / "local"
    assert main(["build", str(src), "--out", str(local), "--validate", "off"]) == 1
    expected = {n: (local / n).read_bytes() for n in COMPARED}
    with dask_cluster() as address:
        for extra in (["--no-cache"], [], []):  # the second cached build hits the cache: no document extracted
            out = tmp_path / "dask"
            assert main(["build", str(src), "--out", str(out), "--validate", "off", "--engine", "dask",
                         "--scheduler", address, *extra]) == 1
            assert {n: (out / n).read_bytes() for n in COMPARED} == expected
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"] == {"hits": 12, "misses": 1}  # broken.txt, decoded in vain as the local engine does
    assert [f["file"] for f in report["files"]] == [f["file"] for f in json.loads(
        (local / "report.json").read_text(encoding="utf-8"))["files"]]


def test_engines_cache_rebuilds_only_what_changed(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "out"
    _build(src, out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"] == {"hits": 0, "misses": 12, "pruned": 0}
    changed = src / "speech-0.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("汉中市", "汉中市城固县"), encoding="utf-8")
    assert not (out / "store").exists()  # made by the first command that reads it
    assert ensure(out)["mode"] == "loaded"
    assert ensure(out) == {"mode": "current"}
    cached = _build(src, out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"] == {"hits": 11, "misses": 1, "pruned": 1}  # the changed document's old result
    assert _mode(ensure(out)) == {"mode": "updated", "graphs_replaced": 1, "graphs_removed": 0}
    (src / "speech-1.txt").unlink()
    _build(src, out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert _mode(ensure(out)) == {"mode": "updated", "graphs_replaced": 0, "graphs_removed": 1}
    assert report["cache"] == {"hits": 11, "misses": 0, "pruned": 1}  # the removed document's
    assert len(list((out / ".cache").glob("??/*.pickle"))) == 11
    # A build with an input it cannot read prunes nothing, not even the
    # result a changed document left behind.
    (src / "broken.txt").write_bytes(b"\x80\xff" * 8)  # neither UTF-8, UTF-16 nor GB18030
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert main(["build", str(src), "--out", str(out), "--validate", "off"]) == 1
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"] == {"hits": 10, "misses": 2}  # the changed document, and the file decoded in vain
    assert len(list((out / ".cache").glob("??/*.pickle"))) == 12
    (src / "broken.txt").unlink()
    cached = {n: (out / n).read_bytes() for n in COMPARED}
    clean = _build(src, tmp_path / "clean", "--no-cache")
    assert cached == clean
    assert _store_content(out) == _store_content(tmp_path / "clean")


def test_engines_cache_hit_is_not_decoded_again(tmp_path, monkeypatch):
    src = _corpus(tmp_path, n=6)
    out = tmp_path / "out"
    first = _build(src, out)

    def decode(source):
        raise AssertionError(f"{source.source} decoded though the cache holds it")

    monkeypatch.setattr(Source, "document", decode)
    assert _build(src, out) == first
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["cache"] == {"hits": 6, "misses": 0,
                                                                                         "pruned": 0}


def _mode(how: dict) -> dict:
    return {k: v for k, v in how.items() if k != "seconds"}


def _store_content(build) -> list[bytes]:
    data = ox.serialize(open_store(build).quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
    return sorted(data.splitlines())


def test_engines_store_default_graph_patch_equals_the_full_difference():
    # Blocks that change, vanish, appear, and a statement that moves from one
    # subject block to another (the writer groups consecutive statements).
    from kg.rdf.parts import part
    from kg.rdf.terms import TURTLE_HEADER
    from kg.serve.store import _default_change

    def n(x):
        return f"<https://kg-news.org/id/organization/{x}>"
    p, q = "<https://kg-news.org/ontology#targets>", "<http://www.w3.org/2000/01/rdf-schema#label>"
    old = [(n("a"), q, '"甲"@zh'), (n("a"), p, n("b")), (n("b"), q, '"乙"@zh'), (n("c"), q, '"丙"@zh'),
           (n("a"), p, n("c"))]
    new = [(n("a"), q, '"甲"@zh'), (n("b"), q, '"乙方"@zh'), (n("d"), q, '"丁"@zh'), (n("a"), p, n("c")),
           (n("a"), p, n("b"))]
    before, after = part("", old).turtle, part("", new).turtle

    def parsed(turtle):
        return set(ox.parse(TURTLE_HEADER + turtle, format=ox.RdfFormat.TRIG))
    gone, came = _default_change(before, after)
    assert (gone, came) == (parsed(before) - parsed(after), parsed(after) - parsed(before))
    assert len(gone) == 2 and len(came) == 2  # 乙 and 丙 out, 乙方 and 丁 in; a→b only moved
    assert _default_change(before, before) == (set(), set())


def test_engines_rebuild_renames_an_entity_everywhere_and_reads_only_what_it_must(tmp_path, monkeypatch):
    from kg.engine.engines import Cache
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "b.txt").write_text("工信部印发《关于加快5G基站建设的通知》。\n", encoding="utf-8")
    (src / "c.txt").write_text("天津市新建5G基站1200个。\n", encoding="utf-8")
    _build(src, out)
    read = []
    get = Cache.get

    def recorded(self, key):
        piece = get(self, key)
        if piece is not None:
            read.append(Path(piece.document.source).name)
        return piece

    monkeypatch.setattr(Cache, "get", recorded)
    # A document that names the ministry in full: the entity's name changes,
    # so b.txt's relation is written again with it; c.txt is copied as it was.
    (src / "a.txt").write_text("工业和信息化部印发《5G应用扬帆行动计划》。\n", encoding="utf-8")
    rebuilt = _build(src, out)
    assert read == ["b.txt"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["assembled"]["documents"] == 1
    records = [json.loads(line) for line in rebuilt["records.jsonl"].splitlines()]
    assert {r["subject_name"] for r in records if r["kind"] == "relation" and r["doc"] == "b"
            and r["predicate"] == "issues"} == {"工业和信息化部"}  # the notice also targets 5G, the field its title names
    assert rebuilt == _build(src, tmp_path / "clean", "--no-cache")


def test_engines_rebuild_after_its_outputs_were_replaced_or_its_snapshot_broken(tmp_path):
    from kg.engine.assembly import SNAPSHOT
    src = _corpus(tmp_path, n=7)
    out = tmp_path / "out"
    _build(src, out)
    # `kg html` writes graph.html again: the next build cannot copy from it.
    assert main(["html", "--build", str(out), "--max-nodes", "10"]) == 0
    changed = src / "speech-0.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n汉中市新建5G基站300个。\n", encoding="utf-8")
    assert _build(src, out) == _build(src, tmp_path / "clean", "--no-cache")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["assembled"]["documents"] == 7  # every piece read from the cache, every entity merged
    (out / ".cache" / SNAPSHOT).write_bytes(b"\x80\x05not a pickle")
    changed.write_text(changed.read_text(encoding="utf-8") + "\n汉中市新建5G基站400个。\n", encoding="utf-8")
    assert _build(src, out) == _build(src, tmp_path / "clean", "--no-cache")


def test_engines_entities_merged_in_two_processes_are_the_same():
    from kg.doc.settings import Settings
    from kg.engine.assembly import ENTITY_BULK, assemble
    from kg.extraction.ingest import read_all
    from kg.engine.engines import build
    docs = build(read_all([SEEDS])).docs
    one = assemble(docs)
    # the seeds have a few hundred entities: fork for them too
    two = assemble(docs, jobs=2, settings=Settings.of(fork_from=2))
    assert list(one.entities) == list(two.entities)
    assert [e.bulk(n) for e in one.entities.values() for n in ENTITY_BULK] == \
        [e.bulk(n) for e in two.entities.values() for n in ENTITY_BULK]
    assert b"".join(one.records) == b"".join(two.records)
