"""The command line as a user meets it: bad usage answered in one line with
exit 2, the conventions of other tools (--version, help CMD, short options,
suggestions), and build inputs that are not news."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
NEWS = "天津市印发了《天津市新型基础设施建设三年行动方案》,聚焦5G和工业互联网。"


def kg(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, input=stdin, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The one line a failed command printed; it must exit 2 and print no traceback."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


# -- build ----------------------------------------------------------------------------

def test_cli_build_out_a_file_is_one_line(tmp_path):
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    line = one_line_error(kg("build", str(tmp_path / "news.txt"), "--out", str(tmp_path / "graph.ttl")))
    assert "graph.ttl" in line and "not a folder" in line


def test_cli_build_skips_its_own_output_and_other_builds_in_the_input(tmp_path, capsys):
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text(NEWS, encoding="utf-8")
    for _ in range(2):  # the second build finds out/graph.html and the first build's files in the input folder
        assert main(["build", str(src), "--out", str(src / "out"), "--validate", "off"]) == 0
        assert json.loads((src / "out" / "report.json").read_text(encoding="utf-8"))["documents"] == 1
    assert main(["export", "--format", "neo4j", "--build", str(src / "out"), "-o", str(src / "out" / "neo4j")]) == 0
    capsys.readouterr()
    # Another build folder inside the input, and an output folder elsewhere:
    assert main(["build", str(src), "--out", str(tmp_path / "elsewhere"), "--validate", "off"]) == 0
    assert json.loads((tmp_path / "elsewhere" / "report.json").read_text(encoding="utf-8"))["documents"] == 1
    assert "skipping" in capsys.readouterr().err
    # A page named on its own is read.
    assert main(["build", str(src / "a.txt"), str(src / "out" / "graph.html"), "--out", str(tmp_path / "named"),
                 "--validate", "off"]) == 0
    assert json.loads((tmp_path / "named" / "report.json").read_text(encoding="utf-8"))["documents"] == 2


def test_cli_build_says_what_an_unreadable_folder_holds(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    line = one_line_error(kg("build", str(empty), "--out", str(tmp_path / "out")))
    assert "no input file" in line and ".txt" in line and ".html" in line
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# 天津", encoding="utf-8")
    (notes / "b.json").write_text("{}", encoding="utf-8")
    line = one_line_error(kg("build", str(notes), "--out", str(tmp_path / "out")))
    assert "a.md" in line and "b.json" in line and "skipped" in line and ".txt" in line and ".html" in line
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [["build", "--workers", "0"], ["build", "--max-mb", "-1"], ["build", "--max-mb", "0"],
                                  ["html", "--hops", "-1"], ["html", "--max-nodes", "0"]])
def test_cli_refuses_numbers_out_of_range(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {args[1]}" in err and ("at least" in err or "more than 0" in err)


# -- conventions ------------------------------------------------------------------------

def test_cli_version_and_help_command():
    proc = kg("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("kg ") and proc.stdout.split()[1][0].isdigit()
    proc = kg("help", "build")
    assert proc.returncode == 0 and proc.stdout.startswith("usage: kg build")
    assert proc.stdout == kg("build", "--help").stdout


@pytest.mark.parametrize("name", ["build", "query", "serve", "html", "export", "push", "store", "validate"])
def test_cli_each_help_shows_defaults_and_examples(name):
    text = kg(name, "--help").stdout
    assert "examples:\n  kg " + name in text
    if name != "push":
        assert "-b BUILD, --build BUILD" in text or name == "build"
        assert "(default: out)" in text


def test_cli_misspelt_command_suggests_the_nearest():
    line = kg("biuld").stderr.strip().splitlines()[-1]
    assert "did you mean build?" in line
    assert kg("biuld").returncode == 2
    assert "did you mean query?" in kg("help", "qurey").stderr


def test_cli_short_options(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "o"
    assert kg("build", str(tmp_path / "a.txt"), "-o", str(out), "--validate", "off").returncode == 0
    proc = kg("query", "SELECT ?n WHERE { ?r a kg:Region ; skos:prefLabel ?n } ORDER BY ?n", "-b", str(out), "-f", "csv")
    assert proc.returncode == 0 and proc.stdout == "n\n天津市\n"
    assert kg("export", "-f", "nt", "-b", str(out), "-o", str(tmp_path / "g.nt")).returncode == 0
    assert (tmp_path / "g.nt").read_text(encoding="utf-8").count(" .\n") > 10


# -- no build, and push -------------------------------------------------------------------

@pytest.mark.parametrize("args", [["query", "ASK {}"], ["serve", "--port", "0"], ["html"], ["export", "-f", "ttl"],
                                  ["push", "http://127.0.0.1:9/store"], ["store"], ["validate"]])
def test_cli_no_build_is_exit_2_everywhere(args, tmp_path):
    line = one_line_error(kg(*args, "-b", str(tmp_path / "nowhere")))
    assert "nowhere" in line


def test_cli_push_says_the_endpoint_needs_http(seed_build):
    line = one_line_error(kg("push", "localhost:7878/store", "-b", str(seed_build)))
    assert "http://" in line and "localhost:7878/store" in line
