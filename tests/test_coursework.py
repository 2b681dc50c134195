"""Coursework: the student release hides solutions and hidden tests, unanswered stubs throw, and nbgrader's autograding
gives the right marks to three synthetic submissions of every notebook with exercises."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GRADE = ROOT / "coursework" / "grade.py"
MASTERS = sorted(p for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")
                 if any(c.get("metadata", {}).get("nbgrader", {}).get("grade") for c in json.loads(p.read_text())["cells"]))
NUMBERED = sorted(p for p in (ROOT / "notebooks").glob("0[1-9]-*.ipynb"))


def cells(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"])


def meta(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def region(text, begin, end):
    """The lines strictly between the begin and end markers."""
    lines = text.split("\n")
    b = next(i for i, l in enumerate(lines) if begin in l)
    e = next(i for i, l in enumerate(lines) if end in l)
    return lines[b + 1:e]


def exercises(path):
    """[(solution cell, check cell)] in notebook order."""
    sols = [c for c in cells(path) if meta(c).get("solution")]
    checks = [c for c in cells(path) if meta(c).get("grade") and c["cell_type"] == "code"]
    return list(zip(sols, checks))


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A scratch course folder with the project's nbgrader configuration; the release is generated into it."""
    folder = tmp_path_factory.mktemp("course")
    shutil.copy(ROOT / "coursework" / "nbgrader_config.py", folder)
    env = dict(os.environ, NNLEARN_COURSE=str(folder))
    run = lambda *args: subprocess.run([sys.executable, str(GRADE), *args], env=env, check=True, capture_output=True, text=True)
    run("release")
    return folder, run


def test_every_numbered_notebook_has_two_marked_up_exercises():
    assert NUMBERED, "no numbered notebooks"
    for path in NUMBERED:
        ex = exercises(path)
        assert len(ex) >= 2, f"{path.name}: {len(ex)} exercises (at least 2 needed)"
        for sol, chk in ex:
            assert "BEGIN SOLUTION" in source(sol) and "END SOLUTION" in source(sol), f"{path.name}: {meta(sol)['grade_id']}"
            assert "BEGIN HIDDEN TESTS" in source(chk), f"{path.name}: {meta(chk)['grade_id']} has no hidden tests"
            assert meta(chk).get("points", 0) > 0 and "check(" in source(chk), f"{path.name}: {meta(chk)['grade_id']}"
            assert sol.get("metadata", {}).get("nnlearn", {}).get("wrong_solution"), f"{path.name}: no wrong_solution"
            assert "assert " not in source(chk), f"{path.name}: Java assert is off by default; use check(...)"


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.stem)
def test_release_hides_solutions_and_hidden_tests(course, master):
    folder, _ = course
    student = folder / "release" / master.stem / master.name
    assert student.exists(), f"no student version of {master.name}"
    released = {meta(c).get("grade_id"): c for c in cells(student) if meta(c)}
    text = "\n".join(source(c) for c in cells(student))
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text, f"{marker} survives in the student version of {master.name}"
    for sol, chk in exercises(master):
        stub = source(released[meta(sol)["grade_id"]])
        assert "throw new UnsupportedOperationException" in stub, stub
        stub_lines = {l.strip() for l in stub.split("\n")}
        for line in region(source(sol), "BEGIN SOLUTION", "END SOLUTION"):
            if substantive(line):
                assert line.strip() not in stub_lines, f"solution line survives in {master.name}: {line!r}"
        checked = {l.strip() for l in source(released[meta(chk)["grade_id"]]).split("\n")}
        for line in region(source(chk), "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
            if substantive(line):
                assert line.strip() not in checked, f"hidden test survives in {master.name}: {line!r}"


def substantive(line):
    """A line that carries content (not a lone brace or a blank)."""
    return len(line.strip()) > 3 and line.strip() not in ("}", "};", "{", "});")


def wrong_version(master):
    """The master notebook with its FIRST exercise answered by the exercise's deliberately wrong solution."""
    nb = json.loads(master.read_text(encoding="utf-8"))
    sol = next(c for c in nb["cells"] if meta(c).get("solution"))
    lines = source(sol).split("\n")
    b = next(i for i, l in enumerate(lines) if "BEGIN SOLUTION" in l)
    e = next(i for i, l in enumerate(lines) if "END SOLUTION" in l)
    sol["source"] = "\n".join(lines[:b] + sol["metadata"]["nnlearn"]["wrong_solution"].split("\n") + lines[e + 1:])
    return nb, meta(sol)["grade_id"]


def test_autograde_three_submissions(course, tmp_path):
    folder, run = course
    assert MASTERS, "no notebooks with exercises"
    drop = tmp_path / "inbox"
    wrong_ids = {}
    for master in MASTERS:
        for student in ("master", "untouched", "wrong"):
            (drop / student / master.stem).mkdir(parents=True)
        shutil.copy(master, drop / "master" / master.stem / master.name)
        shutil.copy(folder / "release" / master.stem / master.name, drop / "untouched" / master.stem / master.name)
        nb, wrong_ids[master.stem] = wrong_version(master)
        (drop / "wrong" / master.stem / master.name).write_text(json.dumps(nb), encoding="utf-8")
    run("collect", str(drop))
    run("autograde")
    csv = tmp_path / "grades.csv"
    run("export", str(csv))
    assert csv.read_text().count("\n") >= 3 * len(MASTERS), csv.read_text()

    from nbgrader.api import Gradebook
    problems = []
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}") as gb:
        for master in MASTERS:
            points = {meta(chk)["grade_id"]: meta(chk)["points"] for _, chk in exercises(master)}
            for student in ("master", "untouched", "wrong"):
                nb = gb.find_submission_notebook(master.stem, master.stem, student)
                got = {g.name: (g.auto_score or 0.0) for g in nb.grades}
                for gid, pts in points.items():
                    if student == "master" or (student == "wrong" and gid != wrong_ids[master.stem].replace("solution", "check")):
                        want = pts
                    else:
                        want = 0
                    if got.get(gid) != want:
                        problems.append(f"{master.stem} / {student}: {gid} scored {got.get(gid)}, expected {want}")
            untouched = folder / "autograded" / "untouched" / master.stem / master.name
            for _, chk in exercises(master):
                # the stub defines the method so that it throws; the check cell that calls it reports the exception
                cell = next(c for c in cells(untouched) if meta(c).get("grade_id") == meta(chk)["grade_id"])
                errors = [o.get("ename", "") + o.get("evalue", "") for o in cell.get("outputs", []) if o.get("output_type") == "error"]
                if not any("UnsupportedOperationException" in e and "not answered" in e for e in errors):
                    problems.append(f"{master.stem}: the unanswered stub did not throw in {meta(chk)['grade_id']}: {errors}")
            graded = folder / "autograded" / "master" / master.stem / master.name
            stderr = [o for c in cells(graded) for o in c.get("outputs", []) if o.get("name") == "stderr"]
            if stderr:
                problems.append(f"{master.stem}: the master notebook wrote to stderr while grading: {stderr[0]}")
    assert not problems, "\n".join(problems)
