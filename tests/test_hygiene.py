"""Notebooks are committed clean and follow the house shape (see ../shared/NOTEBOOKS.md and notebooks/README.md)."""
import re

import nbformat
import pytest

from conftest import notebook_params

NUMBERED = re.compile(r"^0[1-9]-")
LATEX = re.compile(r"\$[^$]+\$")
CHECK_CALL = re.compile(r"\bcheck\(")
JAVA_ASSERT = re.compile(r"^\s*assert\b", re.MULTILINE)


def load(path):
    return nbformat.read(path, as_version=4)


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", notebook_params())
def test_committed_without_outputs_or_counts(path):
    nb = load(path)
    nbformat.validate(nb)
    with_outputs = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.outputs]
    with_counts = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.execution_count]
    assert not with_outputs and not with_counts, (
        f"{path.name}: cells {with_outputs} have outputs, cells {with_counts} execution counts; "
        f"run: .venv/bin/python scripts/nbtools.py strip notebooks/{path.name}")


@pytest.mark.parametrize("path", notebook_params())
def test_java_kernel(path):
    meta = load(path).metadata
    assert meta.get("kernelspec", {}).get("language") == "java", f"{path.name}: kernelspec {meta.get('kernelspec')}"
    assert meta.get("kernelspec", {}).get("name") == "java", f"{path.name}: kernelspec name must be 'java' (the kernel setup.sh installs)"
    assert meta.get("language_info", {}).get("name", "java") == "java"


@pytest.mark.parametrize("path", notebook_params())
def test_starts_by_loading_the_library(path):
    cells = code_cells(load(path))
    assert cells, f"{path.name} has no code cell"
    first = cells[0].source
    assert "%classpath ../lib/target/nnlearn.jar ../lib/target/lib/*.jar" in first and "./setup.sh" in first, (
        f"{path.name}: the first code cell must be the setup cell of notebooks/README.md")


@pytest.mark.parametrize("path", notebook_params())
def test_no_java_assert(path):
    bad = [i for i, c in enumerate(load(path).cells) if c.cell_type == "code" and JAVA_ASSERT.search(c.source)]
    assert not bad, f"{path.name}: cells {bad} use Java assert (off without -ea); use check(claim, holds, measured)"


@pytest.mark.parametrize("path", [p for p in notebook_params() if NUMBERED.match(p.values[0].name)])
def test_numbered_notebook_has_math_and_claims(path):
    nb = load(path)
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code = "\n".join(c.source for c in code_cells(nb))
    assert LATEX.search(markdown), f"{path.name}: no LaTeX ($...$) in its markdown"
    assert CHECK_CALL.search(code), f"{path.name}: no claim check (a call to check(...))"
