"""The main job: execute every notebook in notebooks/ headless on the JJava kernel, write each executed notebook
and a self-contained HTML export of it into build/notebooks/, print a summary, and exit 1 if any notebook failed.

Usage: .venv/bin/python scripts/run_notebooks.py [notebooks/NAME.ipynb ...]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nbrun  # noqa: E402


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or nbrun.discover()
    if not paths:
        print(f"no notebooks in {nbrun.NOTEBOOKS}")
        return 0
    results = []
    for path in paths:
        print(f"running {path.name} ...", flush=True)
        result = nbrun.execute(path)
        ipynb, html = nbrun.save(result)
        for p in result.problems:
            print(f"  {p}")
        print(f"  {'passed' if result.ok else 'FAILED'} in {result.seconds:.1f} s -> {html.relative_to(nbrun.ROOT)}", flush=True)
        results.append(result)
    times = nbrun.write_times(results)
    print()
    print(nbrun.table(results))
    print(f"\nexecuted notebooks and HTML exports: {nbrun.OUT.relative_to(nbrun.ROOT)}/; cell times: {times.relative_to(nbrun.ROOT)}")
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
