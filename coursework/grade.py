"""The instructor's workflow for the nnlearn notebooks, one command per step (nbgrader underneath).

  .venv/bin/python coursework/grade.py release [FOLDER]      student versions of every notebook with exercises -> coursework/release/
                                                           (and copied to FOLDER if given)
  .venv/bin/python coursework/grade.py collect FOLDER        take FOLDER/<student>/<assignment>/*.ipynb into coursework/submitted/
  .venv/bin/python coursework/grade.py autograde [ASSIGNMENT ...]   run and grade every collected submission
  .venv/bin/python coursework/grade.py export grades.csv     one row per student and assignment: score and max score

An assignment is named after its notebook, e.g. 03-symmetry-breaking. The master notebooks in notebooks/ (with solutions and
hidden tests) are the source. No step needs the network.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The course folder (nbgrader_config.py and the working folders); the tests point NNLEARN_COURSE at a scratch copy.
COURSE = Path(os.environ.get("NNLEARN_COURSE", ROOT / "coursework")).resolve()
NOTEBOOKS = ROOT / "notebooks"
NBGRADER = [sys.executable, "-m", "nbgrader"]


def assignments() -> list[Path]:
    """The master notebooks that contain nbgrader exercises."""
    found = []
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        if any(c.get("metadata", {}).get("nbgrader", {}).get("grade") for c in nb["cells"]):
            found.append(path)
    return found


def link_library(folder: Path) -> None:
    """Notebooks load ../lib/target/*.jar: give every folder that holds assignment folders a `lib` link to the library."""
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "lib"
    if not link.exists():
        link.symlink_to(os.path.relpath(ROOT / "lib", folder))


def nbgrader(*args: str) -> None:
    # nbgrader runs `alembic` (its database migrations) by name: put this environment's bin/ first on the PATH.
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    subprocess.run(NBGRADER + list(args), cwd=COURSE, check=True, env=env)


def release(target: str | None = None) -> None:
    link_library(COURSE / "source")
    link_library(COURSE / "release")
    for path in assignments():
        name = path.stem
        src = COURSE / "source" / name
        src.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, src / path.name)
        nbgrader("generate_assignment", name, "--force", "--log-level=WARN")
    if target:
        out = Path(target)
        for path in assignments():
            dest = out / path.stem
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy(COURSE / "release" / path.stem / path.name, dest / path.name)
        print(f"student versions copied to {out}")
    print(f"released {len(assignments())} assignments to {COURSE / 'release'}")


def collect(folder: str) -> None:
    count = 0
    for nb in sorted(Path(folder).glob("*/*/*.ipynb")):
        student, assignment = nb.parent.parent.name, nb.parent.name
        dest = COURSE / "submitted" / student / assignment
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(nb, dest / nb.name)
        count += 1
    print(f"collected {count} notebooks into {COURSE / 'submitted'}")


def autograde(names: list[str]) -> None:
    submitted = COURSE / "submitted"
    for student in sorted(p for p in submitted.iterdir() if p.is_dir()):
        link_library(student)
        link_library(COURSE / "autograded" / student.name)
    todo = names or sorted({p.name for p in submitted.glob("*/*") if p.is_dir() and p.name != "lib"})
    for name in todo:
        nbgrader("autograde", name, "--create", "--force", "--log-level=WARN")


def export(csv: str) -> None:
    nbgrader("export", f"--to={Path(csv).resolve()}", "--log-level=WARN")
    print(f"grades written to {csv}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("release", "collect", "autograde", "export"):
        print(__doc__)
        return 2
    step, rest = argv[0], argv[1:]
    if step == "release":
        release(rest[0] if rest else None)
    elif step == "collect":
        if not rest:
            print("collect needs a folder: FOLDER/<student>/<assignment>/<notebook>.ipynb")
            return 2
        collect(rest[0])
    elif step == "autograde":
        autograde(rest)
    else:
        if not rest:
            print("export needs a file name, e.g. grades.csv")
            return 2
        export(rest[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
