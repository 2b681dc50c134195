"""Shared fixtures: the notebook runner (scripts/nbrun.py), headless Chromium, and the timing report."""
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import nbrun  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# nbrun.Result of every notebook executed in this session, for the timing report
RESULTS: list = []


def notebook_params():
    """One pytest parameter per notebook in notebooks/ (found by glob, so new notebooks are picked up)."""
    return [pytest.param(p, id=p.name) for p in nbrun.discover()]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, with a fresh profile; yields a browser context."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="nnlearn-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True,
            viewport={"width": 1280, "height": 1400})
        yield context
        context.close()


def offline(page, allowed_prefixes: tuple[str, ...]) -> list[str]:
    """Abort every request that does not start with one of allowed_prefixes (those fall back to routes added
    earlier, or to the network); returns the list of aborted URLs."""
    blocked: list[str] = []

    def handle(route):
        url = route.request.url
        if url.startswith(allowed_prefixes):
            route.fallback()
        else:
            blocked.append(url)
            route.abort()

    page.route("**/*", handle)
    return blocked


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    terminalreporter.section("notebook wall times (kernel start included)")
    terminalreporter.write_line(nbrun.table(RESULTS))
    terminalreporter.section("slowest cells")
    cells = sorted(((c.seconds, r.name, c) for r in RESULTS for c in r.cells), key=lambda t: -t[0])[:10]
    for seconds, name, c in cells:
        terminalreporter.write_line(f"{seconds:7.2f} s  {name} cell #{c.index}: {c.first_line}")
    path = nbrun.write_times(RESULTS)
    terminalreporter.write_line(f"all cell times: {path.relative_to(ROOT)}")
