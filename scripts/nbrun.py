"""Execute the notebooks headless on the JJava kernel and judge the result; shared by run_notebooks.py and tests/.

A notebook passes when every cell runs without an error, writes nothing to stderr, finishes within
CELL_TIMEOUT seconds, and no cell shows a bare display id (JJava's display(x) returns one: ending a cell
with `display(x);` prints it as the cell's result; end the cell with `x` itself instead).
"""
from __future__ import annotations

import csv
import functools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
OUT = BUILD / "notebooks"
KERNEL_NAME = "java"
CELL_TIMEOUT = 300  # seconds; a notebook cell should take a few
DISPLAY_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class CellTime:
    index: int          # position among all cells, from 0
    seconds: float
    first_line: str


@dataclass
class Result:
    name: str
    seconds: float = 0.0
    cells: list[CellTime] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    executed: nbformat.NotebookNode | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def discover() -> list[Path]:
    """Every notebook in notebooks/, in name order."""
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def execute(path: Path, timeout: int = CELL_TIMEOUT) -> Result:
    """Run one notebook top to bottom in a fresh kernel, working directory notebooks/, and judge it."""
    nb = nbformat.read(path, as_version=4)
    result = Result(path.name)
    started: dict[int, float] = {}

    def on_start(cell, cell_index, **_):
        started[cell_index] = time.perf_counter()

    def on_done(cell, cell_index, **_):
        first = next((line for line in cell.source.splitlines() if line.strip()), "")
        result.cells.append(CellTime(cell_index, time.perf_counter() - started[cell_index], first[:60]))

    client = NotebookClient(
        nb, kernel_name=KERNEL_NAME, timeout=timeout, allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}},
        on_cell_execute=on_start, on_cell_executed=on_done,
    )
    t0 = time.perf_counter()
    try:
        client.execute()
    except CellTimeoutError:
        result.problems.append(f"a cell ran longer than {timeout} s")
    except CellExecutionError:
        pass  # the error output is in the notebook; judged below
    except DeadKernelError as e:
        result.problems.append(f"the kernel died: {e}")
    result.seconds = time.perf_counter() - t0
    result.executed = nb
    result.problems += problems(nb)
    return result


def problems(nb: nbformat.NotebookNode) -> list[str]:
    """What is wrong with the outputs of an executed notebook (empty when nothing is)."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "error":
                found.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
            elif kind == "stream" and out.get("name") == "stderr":
                found.append(f"cell {i} writes to stderr: {out.get('text', '').strip()[:300]}")
            elif kind == "execute_result":
                text = out.get("data", {}).get("text/plain", "")
                if len(out.get("data", {})) == 1 and DISPLAY_ID.match(str(text).strip()):
                    found.append(f"cell {i} shows a display id ({text.strip()}): it ends with display(x); "
                                 "end it with x itself, or call display(x) before another statement")
    return found


def join_streams(nb: nbformat.NotebookNode) -> None:
    """Merge consecutive stdout (or stderr) outputs of a cell into one, in place. JJava sends a printf in pieces;
    JupyterLab shows them as one text, but nbconvert's HTML would put every piece on a line of its own."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        merged = []
        for out in cell.outputs:
            if merged and out.output_type == "stream" and merged[-1].output_type == "stream" and merged[-1].name == out.name:
                merged[-1].text += out.text
            else:
                merged.append(out)
        cell.outputs = merged


MATHJAX = ROOT / "node_modules" / "mathjax" / "es5" / "tex-svg-full.js"
TEMPLATES = ROOT / "scripts" / "templates"


@functools.lru_cache(maxsize=1)
def mathjax_js() -> str:
    """MathJax 3 (pinned in package.json, fetched by npm ci), to inline into the HTML exports; read once."""
    if not MATHJAX.exists():
        raise FileNotFoundError(f"MathJax not found at {MATHJAX}: run ./setup.sh (it runs npm ci)")
    return MATHJAX.read_text(encoding="utf-8")


def save(result: Result, out_dir: Path = OUT) -> tuple[Path, Path]:
    """Write the executed notebook and a self-contained HTML export of it: plotly.js is inside the outputs, and
    MathJax is inlined by the template scripts/templates/nnlearn, so figures and formulas render offline."""
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    ipynb = out_dir / result.name
    join_streams(result.executed)
    nbformat.write(result.executed, ipynb)
    exporter = HTMLExporter(template_name="nnlearn", extra_template_basedirs=[str(TEMPLATES)], embed_images=True)
    body, _ = exporter.from_notebook_node(result.executed, resources={"nnlearn_mathjax_js": mathjax_js()})
    html = ipynb.with_suffix(".html")
    html.write_text(body, encoding="utf-8")
    return ipynb, html


def table(results: list[Result]) -> str:
    """The summary: one line per notebook with its verdict and wall time, and the slowest cell."""
    rows = [("notebook", "result", "wall s", "cells", "slowest cell (s)")]
    for r in results:
        slow = max(r.cells, key=lambda c: c.seconds, default=None)
        rows.append((r.name, "passed" if r.ok else "FAILED", f"{r.seconds:.1f}", str(len(r.cells)),
                     f"#{slow.index} {slow.seconds:.1f}  {slow.first_line}" if slow else ""))
    widths = [max(len(row[k]) for row in rows) for k in range(4)]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(row[k].ljust(widths[k]) for k in range(4)) + "  " + row[4])
        if n == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 16)
    return "\n".join(lines)


def write_times(results: list[Result], path: Path = BUILD / "notebook-times.csv") -> Path:
    """Per-cell and per-notebook wall times as CSV (cell = 'total' for a whole notebook, kernel start included)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["notebook", "cell", "seconds", "passed", "first_line"])
        for r in results:
            for c in r.cells:
                w.writerow([r.name, c.index, f"{c.seconds:.3f}", r.ok, c.first_line])
            w.writerow([r.name, "total", f"{r.seconds:.3f}", r.ok, ""])
    return path
