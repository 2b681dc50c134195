"""Each notebook in a real JupyterLab, as a student would run it: open it, Run All, wait until the kernel is idle;
no error or stderr output appears and every Plotly figure has drawn. Screenshots go to build/screenshots/.

JupyterLab runs from .venv on a free localhost port without a token, on copies of the notebooks in build/lab/
(so the committed files stay without outputs), with fresh settings and workspaces; the page may reach nothing
but that server.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import ROOT, nbrun, notebook_params, offline

LAB = ROOT / "build" / "lab"
SHOTS = ROOT / "build" / "screenshots"
RUN_ALL_TIMEOUT_S = 600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, method: str = "GET"):
    with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as r:
        body = r.read()
        return json.loads(body) if body else None


@pytest.fixture(scope="module")
def lab():
    shutil.rmtree(LAB, ignore_errors=True)
    (LAB / "notebooks").mkdir(parents=True)
    (LAB / "lib").symlink_to(ROOT / "lib")  # the notebooks load ../lib/target/nnlearn.jar
    for path in nbrun.discover():
        shutil.copy(path, LAB / "notebooks" / path.name)
    settings = LAB / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    env = dict(os.environ,
               JUPYTERLAB_SETTINGS_DIR=str(LAB / "settings"), JUPYTERLAB_WORKSPACES_DIR=str(LAB / "workspaces"),
               JUPYTER_CONFIG_DIR=str(LAB / "config"), JUPYTER_RUNTIME_DIR=str(LAB / "runtime"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (LAB / "jupyter-lab.log").open("w")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True", "--allow-root",
         f"--ServerApp.root_dir={LAB / 'notebooks'}", "--LabApp.news_url=None"],
        cwd=LAB, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.time() + 90
        while True:
            try:
                api(f"{url}/api/status")
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    pytest.fail(f"jupyter lab did not start; see {LAB / 'jupyter-lab.log'}")
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def shutdown_kernels(url: str) -> None:
    for session in api(f"{url}/api/sessions") or []:
        api(f"{url}/api/sessions/{session['id']}", method="DELETE")


# Only the notebook on show: JupyterLab keeps other documents in hidden tabs.
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
NOTEBOOK = f"{PANEL} .jp-Notebook"
IDLE = f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']"
PROMPTS = f"[...document.querySelectorAll('{NOTEBOOK} .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim())"


def dismiss_dialogs(page) -> None:
    """Close a modal dialog JupyterLab may show over the notebook. Seen on a heavily loaded machine: "Select Kernel" for
    the first notebook a new server opens (its kernel list was not loaded yet); Java is chosen. What it said is printed."""
    for _ in range(3):
        dialogs = page.locator(".jp-Dialog")
        if not dialogs.count():
            return
        print("JupyterLab showed a dialog:", dialogs.first.inner_text()[:300].replace("\n", " | "))
        accept = dialogs.first.locator(".jp-Dialog-button.jp-mod-accept")
        kernels = dialogs.first.locator("select")
        if kernels.count():  # "Select Kernel" (the kernel list was not loaded yet when the notebook opened): pick Java
            try:
                kernels.first.select_option(label="Java", timeout=5_000)
            except PlaywrightTimeout:
                pass
        if accept.count():
            accept.first.click()
        else:
            page.keyboard.press("Escape")
        page.wait_for_timeout(500)


def run_all(page) -> None:
    """Run → Run All Cells, until a cell is seen queued or run. The menu entry does nothing while the notebook
    is not yet JupyterLab's current widget, so the click is repeated a few times if need be."""
    started = f"() => {PROMPTS}.some(t => /[*\\d]/.test(t))"
    for _ in range(6):
        dismiss_dialogs(page)
        try:
            page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-current").first.click(timeout=10_000)  # make it current
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click(timeout=10_000)
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click(timeout=10_000)
            page.wait_for_function(started, timeout=30_000)
            return
        except PlaywrightTimeout:  # a dialog appeared in between, or the menu was not ready: close it and try again
            page.keyboard.press("Escape")
    pytest.fail("Run → Run All Cells did not start the notebook")


@pytest.mark.parametrize("path", notebook_params())
def test_runs_in_jupyterlab(path, lab, browser):
    page = browser.new_page()
    blocked = offline(page, (lab,))
    try:
        # a workspace of its own, reset, so that no other notebook is reopened beside it
        page.goto(f"{lab}/lab/workspaces/{path.stem}/tree/{path.name}?reset")
        page.wait_for_selector(f"{NOTEBOOK} .jp-CodeCell", state="attached", timeout=60_000)
        page.wait_for_selector(IDLE, state="attached", timeout=120_000)
        run_all(page)
        # Run All queues every cell ([*]); done when a cell has run ([n]), none waits, and the kernel is idle again.
        page.wait_for_function(
            f"() => {{ const p = {PROMPTS}; return p.some(t => /\\d/.test(t)) && !p.some(t => t.includes('*')) && "
            f"document.querySelector(\"{IDLE}\") !== null; }}",
            timeout=RUN_ALL_TIMEOUT_S * 1000, polling=500)
        prompts = page.evaluate(PROMPTS)
        ran = [p.strip("[]: ").isdigit() for p in prompts]
        SHOTS.mkdir(parents=True, exist_ok=True)
        shot = SHOTS / path.with_suffix(".png").name
        errors = page.locator(f"{NOTEBOOK} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        if errors.count() or not all(ran):  # show where it stopped
            cells = page.locator(f"{NOTEBOOK} .jp-CodeCell")
            (errors.first if errors.count() else cells.nth(max(ran.index(False) - 1, 0))).evaluate("e => e.scrollIntoView()")
            page.screenshot(path=str(shot))
        error_text = [errors.nth(i).inner_text()[:300] for i in range(min(errors.count(), 5))]
        assert not error_text, f"{path.name} shows error or stderr output in JupyterLab (see {shot}):\n" + "\n".join(error_text)
        assert all(ran), f"not every cell ran (see {shot}): prompts {prompts}"
        counts = [int(p.strip("[]: ")) for p in prompts]
        assert sorted(counts) == list(range(1, len(counts) + 1)), f"cells ran more than once: prompts {prompts}"
        page.wait_for_function(
            f"() => [...document.querySelectorAll('{NOTEBOOK} .nnlearn-figure')].every(d => d.querySelector('svg.main-svg'))",
            timeout=30_000)
        figures = page.locator(f"{NOTEBOOK} .nnlearn-figure")
        if figures.count():
            figures.first.evaluate("e => e.scrollIntoView()")
        page.screenshot(path=str(shot))
        assert not blocked, f"JupyterLab page asked the network for: {blocked}"
    finally:
        page.close()
        shutdown_kernels(lab)
