"""Issue 25: nothing one file, one query or one crash can do takes the build
or the endpoint down. Each test here failed on the code before the fix it
names."""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.cli import EXPORT_FORMATS, main

from .conftest import SEEDS
from .test_serve import free_port

PLAN = "广东省印发《{}方案》，聚焦人工智能领域。\n"
RDF = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "ntriples": ox.RdfFormat.N_TRIPLES,
       "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").split("\n") if line]


def every_export_reads_back(out: Path) -> None:
    """Each export format written from the build, and parsed back."""
    for fmt, name in EXPORT_FORMATS.items():
        target = out / "exports" / name
        target.parent.mkdir(exist_ok=True)
        assert main(["export", "--format", fmt, "--build", str(out), "-o", str(target)]) == 0, fmt
        if fmt in RDF:
            list(ox.parse(path=str(target), format=RDF[fmt]))
        elif fmt == "graphml":
            ET.parse(target)
        else:
            assert fmt == "neo4j"
            assert (target / "nodes.csv").is_file() and (target / "relationships.csv").is_file()
    assert main(["html", "--build", str(out), "-o", str(out / "exports" / "page.html")]) == 0
    assert (out / "exports" / "page.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_braces_in_a_name_are_data(tmp_path):
    """Point 3: `{x}` in 《》 aborted the build (KeyError in join_lines: the
    name's mention was dropped, so its relations named no entity)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PLAN.format("括号{x}"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 0
    recs = records(out)
    names = {r["id"]: r["name"] for r in recs if r["kind"] == "entity"}
    assert "括号{x}方案" in names.values()
    issued = [r for r in recs if r["kind"] == "relation" and r["predicate"] == "issues"]
    assert [(r["subject_name"], r["object_name"]) for r in issued] == [("广东省", "括号{x}方案")]
    every_export_reads_back(out)


_NAME = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
_PUNCT = st.text(st.sampled_from("{}{{}}<>\"'\\%&#;:，。、《》“”\x00\x1f\t\u2028$@[]()"), min_size=1, max_size=6)
_FILE = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(_NAME, _PUNCT, st.tuples(_NAME, _PUNCT, _NAME).map("".join)), file=_FILE,
       noise=st.binary(max_size=200))
@example(name="括号{x}", file=b"plan-\xff", noise=b"")  # braces in a name; a file name that is not UTF-8
@example(name="\x85\u2028", file=b"_", noise=b"\x00")  # line breaks to splitlines(), not to JSON Lines
def test_any_name_goes_through_a_whole_build_and_every_export(name, file, noise):
    """Random names and punctuation in 《》, any bytes as the file's name and
    a second file of random bytes: the build ends (0, or 1 naming the file
    it could not read), every relation names an entity of the records, and
    every export parses back."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        src.mkdir()
        with open(os.path.join(os.fsencode(src), file + b".txt"), "wb") as fh:
            fh.write(PLAN.format(name).encode("utf-8"))
        (src / "noise.txt").write_bytes(noise)
        assert main(["build", str(src), "--out", str(out)]) in (0, 1)
        recs = records(out)
        ids = {r["id"] for r in recs if r["kind"] == "entity"}
        relations = [r for r in recs if r["kind"] == "relation"]
        assert "广东省" in {r["name"] for r in recs if r["kind"] == "entity"}
        assert all(r["subject"] in ids and r["object"] in ids for r in relations)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["documents"] >= 1
        every_export_reads_back(out)


def build_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "build", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_a_named_pipe_is_named_and_skipped(tmp_path):
    """Point 1: a FIFO among the inputs blocked the build forever on opening it."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PLAN.format("人工智能发展"), encoding="utf-8")
    os.mkfifo(src / "pipe.txt")
    done = build_cli(str(src), "--out", str(tmp_path / "out"), timeout=60)
    assert done.returncode == 1, done.stderr
    assert f"kg: {src / 'pipe.txt'}: not a regular file (a named pipe)" in done.stderr.splitlines()
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(f["file"]).name: f["status"] for f in report["files"]} == {"a.txt": "ok", "pipe.txt": "error"}


def test_a_file_name_that_is_not_utf8_is_built_and_shown_escaped(tmp_path):
    """Point 2: a non-UTF-8 name crashed the build (UnicodeEncodeError in the
    cache key; with --no-cache, in report.json)."""
    src = tmp_path / "in"
    src.mkdir()
    with open(os.path.join(os.fsencode(src), b"plan-\xff\xfe.txt"), "wb") as fh:
        fh.write(PLAN.format("人工智能发展").encode("utf-8"))
    for extra in ([], ["--no-cache"]):
        out = tmp_path / f"out{len(extra)}"
        assert main(["build", str(src), "--out", str(out), *extra]) == 0
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert [Path(f["file"]).name for f in report["files"]] == ["plan-\\xff\\xfe.txt"]
        docs = {r["doc"] for r in records(out) if r["kind"] == "relation"}
        assert docs == {"plan-\\xff\\xfe"}


def test_linked_folders_are_followed_and_loops_named(tmp_path, capsys):
    """Point 8: a symbolic link to a folder of documents was skipped silently."""
    src, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    src.mkdir()
    elsewhere.mkdir()
    (src / "a.txt").write_text(PLAN.format("人工智能发展"), encoding="utf-8")
    (elsewhere / "b.txt").write_text(PLAN.format("数字经济"), encoding="utf-8")
    os.symlink(elsewhere, src / "linked")
    os.symlink(elsewhere, src / "again")  # read once: no second copy of b
    (src / "deeper").mkdir()
    os.symlink(src, src / "deeper" / "loop")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"kg: {src / 'deeper' / 'loop'}: symbolic link loop (a link to a folder it is in)" in err.splitlines()
    docs = {r["doc"] for r in records(out) if r["kind"] == "relation"}
    assert docs == {"a", "b"}


def test_big5_is_detected_and_decoded(tmp_path):
    """Point 4: Big5 was read as GB18030 into gibberish, with no warning."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "big5.txt").write_bytes("臺灣省印發《數位經濟發展方案》，聚焦人工智慧領域。\n".encode("big5"))
    (src / "gbk.txt").write_bytes(PLAN.format("人工智能发展").encode("gbk"))
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {Path(f["file"]).name: f["encoding"] for f in report["files"]} == {"big5.txt": "big5",
                                                                               "gbk.txt": "gb18030"}
    names = {r["name"] for r in records(out) if r["kind"] == "entity"}
    assert "數位經濟發展方案" in names


OUTPUT_NAMES = ("graph.ttl", "graph.parts.json", "records.jsonl", "graph.html", "report.json")


def outputs(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in OUTPUT_NAMES}


def holds_lock(path: Path, pid: int) -> bool:
    """Whether process ``pid`` holds an flock on ``path`` (read from
    /proc/locks, so the probe never takes the lock itself)."""
    try:
        inode = os.stat(path).st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "FLOCK" in fields and fields[fields.index("FLOCK") + 2:fields.index("FLOCK") + 4] == ["WRITE", str(pid)] \
                and fields[fields.index("FLOCK") + 4].endswith(f":{inode}"):
            return True
    return False


def test_one_build_at_a_time_writes_a_folder(tmp_path):
    """Point 6: a second build into one folder deleted the first one's
    staged files; now it stops at once with one line, and the first ends whole."""
    import signal
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out), "--no-cache"]
    first = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while not holds_lock(out / ".build.lock", first.pid):
        assert first.poll() is None and time.time() < deadline, "the first build never took the lock"
        time.sleep(0.005)
    first.send_signal(signal.SIGSTOP)  # mid-build, lock held
    try:
        second = build_cli(str(SEEDS), "--out", str(out), "--no-cache")
    finally:
        first.send_signal(signal.SIGCONT)
    assert second.returncode == 3
    assert second.stderr == f"kg build: another build is writing {out}; nothing written (run again when it ends)\n"
    assert first.wait(timeout=120) == 0, first.stderr.read()
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"] == len(list(SEEDS.iterdir()))


def test_a_build_removes_only_what_dead_processes_staged(tmp_path):
    """Point 6: a build's start-up deleted every .*.tmp in its folder, the
    staged files of a running `kg export` and the store's link among them."""
    out = tmp_path / "out"
    out.mkdir()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    dead = subprocess.Popen(["true"])
    dead.wait()
    try:
        mine = [out / f".graph.ttl.{alive.pid}.tmp", out / f".store.{alive.pid}.tmp"]
        for p in mine:
            p.write_text("being written")
        left = out / f".records.jsonl.{dead.pid}.tmp"
        left.write_text("a killed build's")
        assert main(["build", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
        assert all(p.read_text() == "being written" for p in mine) and not left.exists()
    finally:
        alive.kill()
        alive.wait()


@pytest.mark.parametrize("workers", ["1", "2"])  # with 2, graph.html is written in a forked process
def test_a_file_size_limit_is_one_line_and_exit_3(tmp_path, workers):
    """Point 7: `ulimit -f` (and a full disk) gave a traceback and exit 1,
    the code for "some inputs failed"."""
    import resource
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
    before = outputs(out)
    limit = 64 * 1024  # graph.ttl, written first, is larger
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out), "--no-cache",
                           "--workers", workers],
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
    assert done.returncode == 3, done.stderr
    assert done.stderr == f"kg build: {out / 'graph.ttl'}: cannot write: file too large\n"
    assert outputs(out) == before and not list(out.glob(".*.tmp"))


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch, capsys):
    """Point 7: a full disk while writing the optional cache aborted the
    build and left a partial cache file no later build removed."""
    import pickle
    real = pickle.dump

    def full_disk(obj, fh, *args, **kwargs):
        fh.write(b"half a pickle")
        raise OSError(28, "No space left on device")
    out = tmp_path / "out"
    with monkeypatch.context() as m:
        m.setattr(pickle, "dump", full_disk)
        assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"kg: {out / '.cache'}: warning: cache not written (No space left on device)" in err
    assert not [p for p in (out / ".cache").rglob("*") if p.is_file() and p.name != "validation.json"]
    assert pickle.dump is real
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert list((out / ".cache").rglob("*.pickle"))


@contextlib.contextmanager
def serving(build: Path, *options: str):
    """``kg serve`` on a loopback port with ``options``: its URL and process."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--build", str(build), "--port", str(port),
                             *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.time() + 30
        while not ask(url, "ASK {}", timeout=2)[0] == 200:
            assert proc.poll() is None and time.time() < deadline, proc.stderr.read().decode()
            time.sleep(0.2)
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def ask(url: str, query: str, timeout: float = 60) -> tuple[int, bytes]:
    """Status and body of a GET of ``query``; 0 when nothing answers."""
    req = urllib.request.Request(url + "?query=" + urllib.parse.quote(query),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, ConnectionError):
        return 0, b""


def children(pid: int) -> set[int]:
    return {int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()}


CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_past_the_time_limit_is_stopped(seed_build):
    """Point 9: a four-way cross product kept a core busy for minutes after
    the client left; now it is answered 503 at the limit and its server
    process is ended (a fresh one answers the next query)."""
    with serving(seed_build, "--timeout", "2") as (url, proc):
        before = children(proc.pid)
        t = time.monotonic()
        status, body = ask(url, CROSS)
        assert status == 503 and b"ran past the 2 s limit" in body
        assert time.monotonic() - t < 10
        assert not any(Path(f"/proc/{pid}").exists() for pid in before)  # the busy server is gone
        assert ask(url, "ASK { ?s ?p ?o }") == (200, b'{"head":{},"boolean":true}')


def test_an_answer_past_the_size_limit_is_refused(seed_build):
    """Point 9: no cap on the size of an answer."""
    with serving(seed_build, "--max-result-mb", "0.1") as (url, _):
        status, body = ask(url, "SELECT * { ?s ?p ?o }")
        assert status == 500 and b"larger than 0.1 MB" in body
        assert ask(url, "SELECT * { ?s ?p ?o } LIMIT 10")[0] == 200


class Listener(http.server.BaseHTTPRequestHandler):
    """A loopback web server standing for any URL a SERVICE names; it counts what reaches it."""
    hits: list[str] = []

    def do_GET(self):
        Listener.hits.append(self.path)
        self.send_error(404)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def listener():
    Listener.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/secret"
    server.shutdown()
    server.server_close()


def test_service_is_refused_unless_federation_is_on(seed_build, listener, capsys):
    """Point 10: SERVICE made the endpoint (from a plain GET) and kg query
    fetch any URL: server-side request forgery."""
    query = f"SELECT * WHERE {{ SERVICE <{listener}> {{ ?s ?p ?o }} }}"
    with serving(seed_build) as (url, _):
        status, body = ask(url, query)
        assert status == 403 and b"SERVICE (a federated query) is off" in body and b"kg serve --federation" in body
    assert main(["query", query, "--build", str(seed_build)]) == 2
    assert "kg query --federation turns it on" in capsys.readouterr().err
    assert Listener.hits == []
    # On only when asked for: then the query reaches the URL.
    with serving(seed_build, "--federation") as (url, _):
        ask(url, query)
    assert Listener.hits == ["/secret"]
    assert main(["query", query, "--build", str(seed_build), "--federation"]) == 1
    assert Listener.hits == ["/secret"] * 2
    assert capsys.readouterr().err == f"kg query: Error 404 Not Found returned by {listener} with payload:\n"


def test_public_warns_that_the_graph_is_readable_by_the_network(seed_build, monkeypatch, capsys):
    """Point 10: --public said nothing of what it exposes. (The front is
    stubbed to a busy port, so no test listens beyond loopback.)"""
    import kg.serve.endpoint

    def busy(*args, **kwargs):
        raise OSError(98, "Address already in use")
    monkeypatch.setattr(kg.serve.endpoint, "PrefixFront", busy)
    assert main(["serve", "--build", str(seed_build), "--public"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("kg serve: warning: --public: the graph is readable by anyone who can reach this machine "
                      "(every interface, no authentication)")


KILLER = """
import os, signal, sys
from kg.cli import main
n, when, calls, real = int(sys.argv[1]), sys.argv[2], [0], os.replace
def replace(*args, **kwargs):
    calls[0] += 1
    if calls[0] == n and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real(*args, **kwargs)
    if calls[0] == n and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
sys.exit(main(sys.argv[3:]))
"""


def fingerprint(out: Path) -> tuple:
    """What must come from one build: every output (report.json less its timings)."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return (*(outputs(out)[n] for n in OUTPUT_NAMES if n != "report.json"), report["documents"],
            [(f["file"], f["status"]) for f in report["files"]])


def test_a_build_killed_at_any_rename_leaves_one_whole_build(tmp_path):
    """Point 5: a kill between the final renames left graph.ttl of the new
    build beside records.jsonl, report.json and graph.html of the old. Killed
    before and after each rename a build makes (its outputs, its cache, its
    snapshot), the folder holds all of the old build or all of the new."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(SEEDS, old)
    shutil.copytree(SEEDS, new)
    (new / "extra.txt").write_text(PLAN.format("人工智能发展"), encoding="utf-8")
    out, reference = tmp_path / "out", tmp_path / "reference"
    assert main(["build", str(new), "--out", str(reference)]) == 0
    assert main(["build", str(old), "--out", str(out)]) == 0
    before, after = fingerprint(out), fingerprint(reference)
    killed = 0
    for n in range(1, 40):
        for when in ("before", "after"):
            done = subprocess.run([sys.executable, "-c", KILLER, str(n), when, "build", str(new), "--out", str(out)],
                                  capture_output=True, text=True, timeout=120)
            now = fingerprint(out)
            assert now in (before, after), (n, when)
            if done.returncode == 0:
                break
            assert done.returncode == -9, done.stderr
            killed += 1
            if now == after:  # back to the old build for the next kill
                assert main(["build", str(old), "--out", str(out)]) == 0
        else:
            continue
        break
    assert killed >= 6  # outputs, cache entries, snapshot: each rename was a kill point
    assert main(["build", str(new), "--out", str(out)]) == 0
    assert fingerprint(out) == after
    assert [p.name for p in out.glob(".*.tmp")] == [] and len(list((out / ".builds").iterdir())) == 1


TAIL_KILLER = """
import os, signal, sys
from kg.engine.staging import Publication
from kg.cli import main
write = Publication.write
def killed(self, build, name):
    if name == sys.argv[1]:
        os.kill(os.getpid(), signal.SIGKILL)
    write(self, build, name)
Publication.write = killed
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("output", ["graph.ttl", "report.json"])
def test_a_build_killed_while_its_forked_writers_run_leaves_the_previous_build(tmp_path, output):
    """With --workers 2 the page and the snapshot's entities are written in
    forked processes beside the other outputs: a build killed then (its
    forked writers still running or done) leaves the previous build whole,
    and the next build clears what they wrote."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(SEEDS, old)
    shutil.copytree(SEEDS, new)
    (new / "extra.txt").write_text(PLAN.format("人工智能发展"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(old), "--out", str(out), "--workers", "2"]) == 0
    before = fingerprint(out)
    done = subprocess.run([sys.executable, "-c", TAIL_KILLER, output, "build", str(new), "--out", str(out),
                           "--workers", "2"], capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert fingerprint(out) == before
    assert main(["build", str(new), "--out", str(out), "--workers", "2"]) == 0
    assert main(["build", str(new), "--out", str(tmp_path / "clean"), "--no-cache"]) == 0
    assert fingerprint(out) == fingerprint(tmp_path / "clean")
    assert list(out.glob(".*.tmp")) == list((out / ".cache").glob(".*.tmp")) == []
    assert len(list((out / ".builds").iterdir())) == 1


def test_a_store_a_server_reads_is_kept_through_rebuilds(tmp_path):
    """Point 11: the cleanup of old stores after rebuilds deleted the folder
    a running `kg serve` read; now it is kept until no server reads it."""
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(SEEDS, src)
    assert main(["build", str(src), "--out", str(out)]) == 0
    count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    with serving(out) as (url, _):
        served = (out / "store").resolve()
        answer = ask(url, count)
        for i in range(3):  # three newer stores: the served one is then neither current nor among the newest two
            (src / f"extra-{i}.txt").write_text(PLAN.format(f"人工智能发展{i}"), encoding="utf-8")
            assert main(["build", str(src), "--out", str(out)]) == 0
            assert main(["store", "--build", str(out)]) == 0
        assert served.is_dir() and (out / "store").resolve() != served
        assert ask(url, count) == answer and answer[0] == 200
    (src / "extra-3.txt").write_text(PLAN.format("人工智能发展3"), encoding="utf-8")
    assert main(["build", str(src), "--out", str(out)]) == 0
    assert main(["store", "--build", str(out)]) == 0
    assert not served.exists()  # no server reads it any more
