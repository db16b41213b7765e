"""The package's layers import one way: a module imports only from its own
layer or a lower one, and no modules import each other in a circle, counting
imports made inside functions (a lazy import hides a cycle; it does not
remove it)."""
import ast
from pathlib import Path

import networkx as nx

import kg

PACKAGE = Path(kg.__file__).resolve().parent
# Lowest first: data types, language resources, extraction, RDF, exporters,
# the build engine, serving, then the command line and the Python API.
LAYERS = ["doc", "lang", "extraction", "rdf", "exporters", "engine", "serve", "cli", "api"]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Every kg module ``path`` imports, at any depth of its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kg."))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if base == "kg" or base.startswith("kg."):
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names)
    return found


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer_of(module: str) -> str:
    """``kg.extraction.entities`` is in extraction; the package itself is at the top, with the API."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "api"


def import_graph() -> nx.DiGraph:
    known = modules()
    g = nx.DiGraph()
    for name, path in known.items():
        g.add_node(name)
        for target in imports_of(path):
            if target in known and target != name and not (target == "kg" or known[target].name == "__init__.py"):
                g.add_edge(name, target)
    return g


def test_every_module_belongs_to_a_layer():
    assert {layer_of(m) for m in modules()} <= set(LAYERS)


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], cycles


def test_imports_go_down_the_layers():
    upward = [(a, b) for a, b in import_graph().edges
              if LAYERS.index(layer_of(b)) > LAYERS.index(layer_of(a))]
    assert upward == [], upward


def test_the_walk_sees_lazy_imports(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from kg.engine.engines import Local\n", encoding="utf-8")
    assert "kg.engine.engines" in imports_of(probe)


def test_every_folder_of_the_package_ships_in_the_wheel():
    """pyproject.toml lists the packages explicitly (the ontology is mapped
    in from the repository's top): a new folder left out of the list would
    be missing from `pip install .`, though a checkout runs."""
    import tomllib
    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    templates = PACKAGE / "exporters" / "templates"  # package data taken whole ("**/*")
    folders = {module_name(d / "__init__.py") for d in [PACKAGE, *PACKAGE.rglob("*")]
               if d.is_dir() and d.name != "__pycache__" and not d.is_relative_to(templates)} | {"kg.exporters.templates"}
    assert folders - listed == set()


def test_no_module_binds_a_name_twice():
    """A module-level name bound twice silently changes what the functions written before the second
    binding read: branches written side by side each bound _STATE_ENDS (entl: 国; intl: 州省县) and
    _AT_PLACE (a regex rebound to a tuple), and each merge had to rename one."""
    twice = {}
    for name, path in modules().items():
        bound = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.append(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        if again := sorted({b for b in bound if bound.count(b) > 1}):
            twice[name] = again
    assert not twice, twice


def test_every_global_name_a_module_reads_is_bound():
    """A name a function reads from its module must be bound there: a merge of two branches, one
    renaming a module-level name (_PROPER_TAGS to PROPER_TAGS) and the other adding a use of the old
    one, left a NameError that the build turned into skipped documents and lower scores."""
    import builtins
    import symtable

    known = set(dir(builtins)) | {"__file__", "__name__", "__doc__", "__spec__", "__path__"}
    unbound = {}
    for name, path in modules().items():
        top = symtable.symtable(path.read_text(encoding="utf-8"), str(path), "exec")
        bound = {s.get_name() for s in top.get_symbols()
                 if s.is_assigned() or s.is_imported() or s.is_namespace()} | known
        read, tables = set(), [top]
        while tables:
            table = tables.pop()
            tables += table.get_children()
            read |= {s.get_name() for s in table.get_symbols()
                     if s.is_referenced() and (table is top or s.is_global()) and not s.is_assigned()}
        if missing := sorted(read - bound):
            unbound[name] = missing
    assert not unbound, unbound
