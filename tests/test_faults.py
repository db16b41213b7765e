"""Bad input and faults: every bad file is named with its reason, every good
file is still built, a killed build leaves the previous output whole, and
arbitrary text never breaks the pipeline."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extraction import ingest
from kg.cli import main
from kg.doc.model import Document
from kg.extraction.clean import HALF_WIDTH
from kg.extraction.pipeline import extract_document
from kg.serve.store import open_store

from .conftest import SEEDS

SENTENCE = "天津市印发了《天津市新型基础设施建设三年行动方案》,聚焦5G和工业互联网,累计建成5G基站5万个以上。"


def make_adversarial(root: Path) -> dict[str, str | None]:
    """Write the adversarial inputs; map each name to the reason it must be
    reported with, or None when it must be read."""
    cases: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (root / name).write_bytes(data)
        cases[name] = reason

    put("gb18030.txt", SENTENCE.encode("gb18030"), None)
    put("gbk.txt", SENTENCE.encode("gbk"), None)
    put("utf16-le.txt", SENTENCE.encode("utf-16"), None)
    put("utf16-be.txt", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), None)
    put("utf8-bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), None)
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary content")
    put("empty.txt", b"", "empty file")
    put("blank.txt", b" \n\t\r\n\xe3\x80\x80\n", "no text (whitespace only)")
    put("nul-bytes.txt", SENTENCE.encode("utf-8") + b"\x00" + SENTENCE.encode("utf-8"), None)
    put("invalid-utf8.txt", (SENTENCE * 5).encode("utf-8") + b"\xed\xa0\x80\xff" + SENTENCE.encode("utf-8"), None)
    put("lone-surrogate-utf16.txt", b"\xff\xfe" + SENTENCE.encode("utf-16-le") + b"\x00\xd8" + "。".encode("utf-16-le"),
        "invalid utf-16")
    put("hostile.html", ("<html><head><script>alert('x')</script><style>p{}</style></head><body><!-- comment -->"
                         "<p>天津市&amp;河北省签署《京津冀合作协议》&lt;script&gt;alert(1)&lt;/script&gt;。</p>"
                         "<p><img src=x onerror=alert(1)>天津市聚焦5G。</p></body></html>").encode("utf-8"), None)
    put("名字 有空格.txt", SENTENCE.encode("utf-8"), None)
    put("long-line.txt", (SENTENCE.rstrip("。") + ",") .encode("utf-8") * (2 * 1024 * 1024 // len(SENTENCE.encode("utf-8"))), None)
    big = root / "huge.txt"
    with open(big, "wb") as fh:
        chunk = (SENTENCE + "\n").encode("utf-8") * 1000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    cases["huge.txt"] = "file too large"
    locked = root / "locked.txt"
    locked.write_bytes(SENTENCE.encode("utf-8"))
    locked.chmod(0)
    cases["locked.txt"] = "permission denied"
    os.symlink(root / "missing.txt", root / "dangling.txt")
    cases["dangling.txt"] = "broken symbolic link"
    os.symlink(root / "loop-b.txt", root / "loop-a.txt")
    os.symlink(root / "loop-a.txt", root / "loop-b.txt")
    cases["loop-a.txt"] = "symbolic link loop"
    cases["loop-b.txt"] = "symbolic link loop"
    return cases


@pytest.fixture()
def deny_unreadable(monkeypatch):
    """Root reads any file; emulate the permission check it bypasses."""
    if os.geteuid() != 0:
        return
    real = Path.read_bytes

    def read_bytes(self):
        if self.stat().st_mode & 0o444 == 0:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(ingest.Path, "read_bytes", read_bytes)


def test_faults_every_bad_input_is_reported_and_the_rest_built(tmp_path, capsys, deny_unreadable):
    src = tmp_path / "in"
    src.mkdir()
    cases = make_adversarial(src)
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_file = {Path(f["file"]).name: f for f in report["files"]}
    for name, reason in cases.items():
        assert name in by_file, name
        if reason is None:
            assert by_file[name]["status"] == "ok", (name, by_file[name])
        else:
            assert by_file[name]["status"] == "error" and reason in by_file[name]["error"].lower(), (name, by_file[name])
            assert f"{name}: " in err and reason in err.lower().split(name, 1)[1].split("\n", 1)[0], name
    read = {n for n, r in cases.items() if r is None}
    assert report["documents"] == len(read) and report["failed"] == len(cases) - len(read)
    records = [json.loads(l) for l in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = {r["doc"] for r in records if r["kind"] != "entity"}
    assert {"gb18030", "gbk", "utf16-le", "utf16-be", "名字 有空格", "long-line"} <= docs
    for r in records:
        if r["kind"] != "entity":
            text = ingest.read_document(src / f"{r['doc']}{'.html' if r['doc'] == 'hostile' else '.txt'}").text
            assert text[r["start"]:r["end"]] == r["sentence"]
    assert "warning" in err and "NUL" in err
    g = ox.Store()
    g.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)


def _valid_build(out: Path) -> None:
    """Every output is present, complete and parses."""
    for name in ("graph.ttl", "records.jsonl", "graph.html", "report.json"):
        assert (out / name).is_file(), name
    list(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert bool(open_store(out).query("ASK { ?s a <https://kg-news.org/ontology#Document> }"))


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def test_faults_killed_builds_leave_the_previous_output_whole(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    for i in range(20):  # a larger corpus, so the build runs long enough to be killed in every stage
        text = (SEEDS / "004_849704c3b9c66b14.txt").read_text(encoding="utf-8").replace("天津", ["重庆", "上海", "成都", "武汉"][i % 4])
        (src / f"extra-{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--no-cache"]
    subprocess.run(cmd, check=True, capture_output=True)
    _valid_build(out)
    # Timed on later builds, the faster of two: a fresh machine's first build also compiles bytecode
    # and fills caches, and a slow outlier would put the kills after the builds end.
    full = min(_timed(cmd) for _ in range(2))
    rnd = random.Random(20261122)
    points = sorted(rnd.uniform(0.05, 0.9) * full for _ in range(12))
    killed = 0
    for delay in points:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        _valid_build(out)
    assert killed >= 8
    # A build after the kills finishes and cleans up what they left.
    subprocess.run(cmd, check=True, capture_output=True)
    _valid_build(out)
    assert not list(out.glob(".*.tmp"))


def test_faults_a_failing_export_or_check_in_its_own_process_leaves_the_previous_output(tmp_path, monkeypatch, capsys):
    import kg.exporters.html
    import kg.serve.validate
    out = tmp_path / "out"
    build = ["build", str(SEEDS), "--out", str(out), "--no-cache"]
    assert main(build + ["--validate", "off"]) == 0
    before = {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.parts.json", "records.jsonl", "graph.html",
                                                  "report.json")}

    def full_disk(build, path):
        path.write_text("<html>half a page")
        raise OSError(28, "No space left on device")
    with monkeypatch.context() as m:
        m.setattr(kg.exporters.html, "write_page", full_disk)
        assert main(build + ["--validate", "off"]) == 3
    assert capsys.readouterr().err == f"kg build: {out / 'graph.html'}: cannot write: no space left on device\n"
    assert {n: (out / n).read_bytes() for n in before} == before
    assert not list(out.glob(".*.tmp"))

    def broken(*args, **kwargs):
        raise MemoryError("pyshacl ran out of memory")
    monkeypatch.setattr(kg.serve.validate, "validate_parts", broken)
    with pytest.raises(RuntimeError, match=r"MemoryError: pyshacl ran out of memory"):
        main(build + ["--workers", "2"])  # with two workers, the check runs in a forked process
    assert {n: (out / n).read_bytes() for n in before} == before
    assert not list(out.glob(".*.tmp"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300))
@example("建成５Ｇ基站１２．５万个")  # full-width forms, which cleaning folds
def test_faults_arbitrary_text_never_breaks_the_pipeline(text):
    from kg.engine.fresh import FreshBuild
    from kg.engine.assembly import assemble
    from kg.rdf.parts import triples
    from kg.rdf.terms import TURTLE_HEADER
    from kg.engine.engines import build
    doc = Document(id="fuzz", text=text, source="fuzz.txt")
    ex = extract_document(doc)
    for s in ex.sentences:
        for i, ch in enumerate(s.text):
            assert text[s.raw(i)].translate(HALF_WIDTH) == ch  # full-width Ａ, ５ are read as A, 5, one for one
        assert 0 <= s.start < s.end <= len(text)
    corpus = build([doc])
    assert not corpus.failures
    bundle = FreshBuild(corpus, assemble(corpus.docs))
    dataset = bundle.dataset
    for q in dataset:
        for term in (q.subject, q.object):
            if isinstance(term, ox.NamedNode):
                ox.NamedNode(term.value)
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD, ox.RdfFormat.N_TRIPLES):
        data = ox.serialize(triples(dataset), format=fmt)
        assert len(list(ox.parse(data, format=fmt))) == len(triples(dataset))
    # graph.ttl is the parts' Turtle statements under one header
    turtle = TURTLE_HEADER + b"".join(p.turtle for p in bundle.parts)
    assert {q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)} == set(triples(dataset))
