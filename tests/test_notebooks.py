"""Every notebook runs headless on the JJava kernel: no error, nothing on stderr, no cell over the time limit;
its HTML export then draws every figure and typesets every formula in a browser with no network, even when require.js
is on the page."""
import pytest

from conftest import CHROMIUM, RESULTS, nbrun, notebook_params, offline

# A stand-in for the require.js that nbconvert's template loads from a CDN: it defines an AMD `define`.
# plotly.js's UMD bundle would register with it and never set window.Plotly, unless nnlearn.display hides it.
FAKE_REQUIREJS = "window.define = function () { window.amdDefineCalls = (window.amdDefineCalls || 0) + 1; }; window.define.amd = {};"


@pytest.mark.parametrize("path", notebook_params())
def test_notebook_runs_clean(path):
    result = nbrun.execute(path)
    RESULTS.append(result)
    nbrun.save(result)
    assert result.ok, f"{path.name}:\n  " + "\n  ".join(result.problems)


@pytest.mark.parametrize("path", notebook_params())
def test_html_export_draws_offline(path, browser):
    html = nbrun.OUT / path.with_suffix(".html").name
    if not html.exists():
        pytest.fail(f"{html} is missing: test_notebook_runs_clean[{path.name}] writes it")
    page = browser.new_page()
    try:
        page.route("**/require.min.js", lambda route: route.fulfill(body=FAKE_REQUIREJS, content_type="text/javascript"))
        blocked = offline(page, ("file:", "https://cdnjs.cloudflare.com/ajax/libs/require.js"))
        page.goto(html.as_uri())
        assert page.evaluate("typeof window.define === 'function' && !!window.define.amd"), "the AMD stand-in did not load"
        figures = page.locator(".nnlearn-figure").count()
        page.wait_for_function(
            "n => document.querySelectorAll('.nnlearn-figure svg.main-svg').length >= n && "
            "[...document.querySelectorAll('.nnlearn-figure')].every(d => d.querySelector('svg.main-svg'))",
            arg=figures, timeout=30_000)
        assert not page.evaluate("window.amdDefineCalls || 0"), "plotly.js registered with AMD define"
        assert all("plotly" not in url for url in blocked), f"the export asked the network for plotly.js: {blocked}"
        # Formulas: MathJax (inlined) typesets every $...$ into an SVG, and none of them is a TeX error.
        page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise", timeout=30_000)
        page.evaluate("MathJax.startup.promise")
        formulas = page.locator("mjx-container svg").count()
        errors = page.evaluate("[...document.querySelectorAll('[data-mjx-error]')].map(e => e.getAttribute('data-mjx-error'))")
        raw = page.evaluate("[...document.querySelectorAll('.jp-MarkdownOutput')].map(e => e.innerText)"
                            ".filter(t => /\\$[^$\\s][^$]*\\$/.test(t)).slice(0, 3)")
        assert formulas >= 5, f"only {formulas} typeset formulas on the page"
        assert not errors, f"TeX errors in the markdown: {errors}"
        assert not raw, f"markdown with untypeset $...$ left: {raw}"
        assert all("mathjax" not in url.lower() for url in blocked), f"the export asked the network for MathJax: {blocked}"
    finally:
        page.close()


def test_setup_cell_names_the_setup_command_when_the_library_is_not_built(tmp_path):
    import nbtools
    from nbclient import NotebookClient

    (tmp_path / "notebooks").mkdir()  # no ../lib/target/ beside it
    nb = nbtools.notebook([nbtools.setup()])
    NotebookClient(nb, kernel_name=nbrun.KERNEL_NAME, timeout=60, allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path / "notebooks")}}).execute()
    errors = [o for o in nb.cells[0].outputs if o.output_type == "error"]
    assert errors and "./setup.sh" in errors[0].evalue, nb.cells[0].outputs
