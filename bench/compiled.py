"""What compiling kg's pure-Python modules with Cython gains: the same
single-process build, pure against compiled, in paired runs.

    pip install cython        # Cython 3; not a dependency of kg
    python bench/compiled.py [--corpus DIR] [--pairs 3] [--check DIR ...] [--keep DIR]

Copies the package (kg/ and ontology/) twice into a temporary folder,
compiles one copy's modules of kg/extraction, kg/lang, kg/doc and kg/rdf in
place with ``cythonize -i -3`` (pure-Python mode: the sources as they are,
``binding=True``), byte-compiles both, and runs ``kg build DIR --no-cache``
on each copy in turn (pure, then compiled), ``--pairs`` times, each build a
child process timed from the outside (user seconds and peak RSS from
``wait4``, wall seconds). No .so file is written into the checkout. The
compiled build's graph.ttl and records.jsonl must equal the pure build's
byte for byte, in every pair and for every ``--check`` folder (each built
once a side); a difference stops the script with exit 1. Prints user
seconds min / median / max for each side, the ratio pair by pair (pure
user seconds over compiled: above 1 means compiled is faster), and JSON.

The default corpus is the 5,216 新闻联播 items of bench/corpus.py
(../shared/corpus/xwlb-topic.jsonl.gz, written out as .txt files). The
machine's speed drifts from minute to minute: only the pairs' ratios say
much, and no figure here is asserted. Exit 2 when Cython is not installed.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import Cython
except ImportError:
    print("bench/compiled.py needs Cython 3: pip install cython", file=sys.stderr)
    raise SystemExit(2) from None

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BUILD_ENV, ROOT  # noqa: E402

# Packages whose modules are compiled (their __init__.py stays Python).
PACKAGES = ("kg/extraction", "kg/lang", "kg/doc", "kg/rdf")
OUTPUTS = ("graph.ttl", "records.jsonl")


def copy_package(dest: Path) -> None:
    """kg/ and ontology/ of the checkout, without caches or build products."""
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.c", "*.pyc", "build")
    for name in ("kg", "ontology"):
        shutil.copytree(ROOT / name, dest / name, ignore=skip, symlinks=True)


def compile_copy(src: Path, jobs: int, packages: list[str]) -> tuple[list[str], float]:
    """Cythonize the modules of ``packages`` in ``src`` in place; the modules
    compiled and the seconds it took. Stops on the first failure."""
    modules = sorted(str(p.relative_to(src)) for pkg in packages for p in (src / pkg).glob("*.py")
                     if p.name != "__init__.py")
    cmd = [sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-j", str(jobs),
           "-X", "binding=True", "-X", "language_level=3", *modules]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"cythonize failed in {src}:\n{proc.stdout[-4000:]}{proc.stderr[-4000:]}")
    missing = [m for m in modules if not list((src / m).parent.glob(Path(m).stem + ".*.so"))]
    if missing:
        raise SystemExit(f"no extension module built for: {', '.join(missing)}")
    return modules, time.perf_counter() - t


def env_for(copy: Path) -> dict:
    return {**BUILD_ENV, "PYTHONPATH": str(copy)}


def check_import(copy: Path, modules: list[str], compiled: bool) -> None:
    """The copy's modules are the ones imported (not the checkout's or an
    installed kg's), each compiled or not as expected."""
    names = [m[:-3].replace("/", ".") for m in modules]
    code = f"import importlib\nfor n in {names!r}: print(importlib.import_module(n).__file__)"
    files = subprocess.run([sys.executable, "-c", code], cwd=copy, env=env_for(copy), capture_output=True,
                           text=True, check=True).stdout.split()
    for f in files:
        if not f.startswith(str(copy)) or f.endswith(".so") != compiled:
            raise SystemExit(f"{copy}: imported {f}, expected a {'compiled' if compiled else 'pure'} module there")


def build(copy: Path, src: Path, out: Path) -> dict:
    """One ``kg build --no-cache`` with the copy's package; its seconds and peak."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out), "--no-cache"]
    os.sync()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=copy, env=env_for(copy), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) not in (0, 1) or not (out / "graph.ttl").is_file():
        raise SystemExit(f"build failed: {' '.join(cmd)} (PYTHONPATH={copy})\n{err[-4000:]}")
    return {"wall_s": wall, "user_s": usage.ru_utime, "sys_s": usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "load": os.getloadavg()[0]}


def same_outputs(a: Path, b: Path) -> list[str]:
    """The outputs that differ between two build folders (empty: byte-identical)."""
    return [name for name in OUTPUTS if not filecmp.cmp(a / name, b / name, shallow=False)]


def spread(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="folder of .txt/.html inputs (default: the 新闻联播 items)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--check", type=Path, action="append", default=[],
                    help="another input folder whose outputs must be byte-identical (built once a side, untimed)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel compilations")
    ap.add_argument("--packages", nargs="+", default=list(PACKAGES),
                    help=f"the packages whose modules are compiled (default: {' '.join(PACKAGES)})")
    ap.add_argument("--keep", help="keep the copies, inputs and builds in this folder")
    args = ap.parse_args()
    # the builds run in the copies' folders: inputs by absolute path
    args.check = [folder.resolve() for folder in args.check]
    if args.corpus is not None:
        args.corpus = args.corpus.resolve()
    work = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-compiled-"))
    pure, comp = work / "pure", work / "compiled"
    for copy in (pure, comp):
        shutil.rmtree(copy, ignore_errors=True)
        copy_package(copy)
    if args.corpus is None:
        from corpus import CORPUS, write_items
        args.corpus = work / "corpus"
        shutil.rmtree(args.corpus, ignore_errors=True)
        write_items(CORPUS, args.corpus)
    modules, compile_s = compile_copy(comp, args.jobs, args.packages)
    for copy in (pure, comp):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy / "kg")], check=True)
    check_import(pure, modules, compiled=False)
    check_import(comp, modules, compiled=True)
    print(f"Cython {Cython.__version__}: {len(modules)} modules compiled in {compile_s:.0f} s")

    checks = {}
    for n, folder in enumerate(args.check):
        outs = [build(copy, folder, work / f"check{n}-{copy.name}") for copy in (pure, comp)]
        differ = same_outputs(work / f"check{n}-pure", work / f"check{n}-compiled")
        checks[str(folder)] = differ or "identical"
        print(f"{folder}: {'byte-identical' if not differ else 'DIFFER: ' + ', '.join(differ)}")
        if differ:
            raise SystemExit(1)

    pairs = []
    for i in range(args.pairs):
        p = build(pure, args.corpus, work / "out-pure")
        c = build(comp, args.corpus, work / "out-compiled")
        differ = same_outputs(work / "out-pure", work / "out-compiled")
        pairs.append({"pure": p, "compiled": c, "ratio": p["user_s"] / c["user_s"], "differ": differ})
        print(f"pair {i + 1}: pure {p['user_s']:.2f} s user ({p['wall_s']:.2f} wall, {p['peak_mb']:.0f} MB),"
              f" compiled {c['user_s']:.2f} s user ({c['wall_s']:.2f} wall, {c['peak_mb']:.0f} MB),"
              f" ratio {pairs[-1]['ratio']:.3f}, load {p['load']:.1f}/{c['load']:.1f},"
              f" outputs {'byte-identical' if not differ else 'DIFFER: ' + ', '.join(differ)}")
        if differ:
            raise SystemExit(1)

    result = {"cython": Cython.__version__, "modules": modules, "compile_seconds": compile_s,
              "corpus": str(args.corpus), "checks": checks, "pairs": pairs,
              "pure_user_s": spread([q["pure"]["user_s"] for q in pairs]),
              "compiled_user_s": spread([q["compiled"]["user_s"] for q in pairs]),
              "ratio": spread([q["ratio"] for q in pairs])}
    print(f"{'':>9} {'min':>8} {'median':>8} {'max':>8}  (user seconds; ratio = pure / compiled, pair by pair)")
    for key in ("pure_user_s", "compiled_user_s", "ratio"):
        s = result[key]
        print(f"{key.replace('_user_s', ''):>9} {s['min']:>8.3f} {s['median']:>8.3f} {s['max']:>8.3f}")
    print(json.dumps(result))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
