"""Engines: the same graph, byte for byte, whichever runs extraction; the
cache makes a rebuild after one change redo only that document."""
import json
import shutil

from kg.cli import main

from .conftest import SEEDS


def _build(src, out, *extra):
    assert main(["build", str(src), "--out", str(out), "--validate", "off", *extra]) == 0
    return {n: (out / n).read_bytes() for n in ("graph.ttl", "records.jsonl")}


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


def test_engines_cache_rebuilds_only_what_changed(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "out"
    _build(src, out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cache"] == {"hits": 0, "misses": 12}
    changed = src / "speech-0.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("汉中市", "汉中市城固县"), encoding="utf-8")
    cached = _build(src, out)
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["cache"] == {"hits": 11, "misses": 1}
    clean = _build(src, tmp_path / "clean", "--no-cache")
    assert cached == clean
