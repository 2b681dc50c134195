"""Small helpers for writing notebooks of this project.

  python scripts/nbtools.py strip notebooks/*.ipynb   remove outputs, execution counts and run metadata (commit them so)
  python scripts/nbtools.py check notebooks/*.ipynb   exit 1 if a notebook still has outputs or counts

From Python: nbtools.notebook([nbtools.md("# Title"), nbtools.setup(), nbtools.code("...")]).
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

KERNELSPEC = {"name": "java", "display_name": "Java", "language": "java"}
LANGUAGE_INFO = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source", "pygments_lexer": "java",
                 "codemirror_mode": "java"}

# The first code cell of every notebook: loads the library offline; fails with the setup command when it is not built.
SETUP_CELL = """\
// Load the nnlearn library and its dependencies, built by ./setup.sh (offline: nothing is downloaded).
if (!new java.io.File("../lib/target/nnlearn.jar").isFile())
    throw new IllegalStateException("The nnlearn library is not built: run ./setup.sh in the repository root, then restart the kernel.");
%classpath ../lib/target/nnlearn.jar ../lib/target/lib/*.jar"""


def md(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(source.strip("\n"))


def code(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source.strip("\n"))


def setup(extra: str = "") -> nbformat.NotebookNode:
    """The setup cell, optionally followed by imports and seeds."""
    return code(SETUP_CELL + ("\n" + extra.strip("\n") if extra else ""))


def notebook(cells: list) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    nb.cells = cells
    return strip(nb)


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove outputs, execution counts and per-run metadata, in place; returns nb."""
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    nbformat.validate(nb)
    nbformat.write(nb, str(path))


def dirty(nb: nbformat.NotebookNode) -> bool:
    return any(c.cell_type == "code" and (c.get("outputs") or c.get("execution_count")) for c in nb.cells)


def main(args: list[str]) -> int:
    if len(args) < 2 or args[0] not in ("strip", "check"):
        print(__doc__)
        return 2
    status = 0
    for name in args[1:]:
        nb = nbformat.read(name, as_version=4)
        if args[0] == "strip":
            write(strip(nb), Path(name))
        elif dirty(nb):
            print(f"{name}: has outputs or execution counts (python scripts/nbtools.py strip {name})")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
