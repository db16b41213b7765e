"""``kg push``: send a build to a SPARQL 1.1 Graph Store Protocol endpoint
(Fuseki, GraphDB, Oxigraph, Neptune…), replacing (PUT) or adding to (POST)
each graph."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox


class PushError(Exception):
    """The server refused or could not be reached; the message says which and why."""


def _target(endpoint: str, graph: str | None) -> str:
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _send(url: str, triples: list[ox.Triple], method: str, timeout: float) -> None:
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": "application/n-triples; charset=utf-8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise PushError(f"{url}: the server refused: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"{url}: cannot reach the server: {reason}") from None


def push(dataset: list[ox.Quad], endpoint: str, graph: str | None = None, replace: bool = True,
         timeout: float = 300) -> list[tuple[str, int]]:
    """Send the dataset: into one graph when ``graph`` is given, else each
    document's named graph to its own graph and the rest to the default graph."""
    groups: dict[str | None, list[ox.Triple]] = defaultdict(list)
    for q in dataset:
        name = graph if graph else (None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value)
        groups[name].append(ox.Triple(q.subject, q.predicate, q.object))
    sent = []
    for name in sorted(groups, key=lambda g: (g is not None, g or "")):
        triples = sorted(set(groups[name]), key=str)
        _send(_target(endpoint, name), triples, "PUT" if replace else "POST", timeout)
        sent.append((name or "default graph", len(triples)))
    return sent
