"""The SPARQL endpoint: a real Oxigraph server started on loopback and queried over HTTP."""
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(seed_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--build", str(seed_build), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start: " + proc.stderr.read().decode())
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_serve_answers_sparql_over_http(server):
    q = """PREFIX kg: <https://kg-news.org/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
           SELECT ?plan WHERE { ?s skos:prefLabel "天津市"@zh ; kg:issues/skos:prefLabel ?plan }"""
    req = urllib.request.Request(server + "/query?query=" + urllib.parse.quote(q),
                                 headers={"Accept": "application/sparql-results+json"})
    data = json.load(urllib.request.urlopen(req, timeout=10))
    plans = [b["plan"]["value"] for b in data["results"]["bindings"]]
    assert plans == ["天津市新型基础设施建设三年行动方案(2021—2023年)"]
    # SPARQL 1.1 Protocol: a POST with the query as the body works too.
    req = urllib.request.Request(server + "/query", data=q.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert json.load(urllib.request.urlopen(req, timeout=10))["results"]["bindings"]


def test_serve_is_read_only(server):
    req = urllib.request.Request(server + "/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code in (403, 404, 405)


@pytest.mark.parametrize("how", ["GET", "POST", "form"])
def test_serve_answers_every_example_query_as_kg_query_does(server, how):
    """The endpoint declares the project's prefixes, as kg query does, in
    each way the SPARQL 1.1 Protocol carries a query."""
    for path in sorted((ROOT / "queries").glob("*.rq")):
        q = path.read_text(encoding="utf-8")
        if how == "GET":
            req = urllib.request.Request(server + "/query?query=" + urllib.parse.quote(q))
        elif how == "POST":
            req = urllib.request.Request(server + "/query", data=q.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/sparql-query"})
        else:
            req = urllib.request.Request(server + "/query", data=urllib.parse.urlencode({"query": q}).encode(),
                                         method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"})
        req.add_header("Accept", "application/sparql-results+json")
        data = json.load(urllib.request.urlopen(req, timeout=30))
        assert data["results"]["bindings"], path.name


def test_serve_busy_port_is_one_line(seed_build):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--build", str(seed_build), "--port", str(port)],
                              capture_output=True, text=True, timeout=60, env={"RUST_BACKTRACE": "1", "PATH": "/usr/bin:/bin"}, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"kg serve: cannot listen on 127.0.0.1:{port}: Address already in use (choose another with --port)"
