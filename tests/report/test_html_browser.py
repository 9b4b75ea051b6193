"""The HTML report in a real headless Chromium: evidence on click, no script injection.

Needs Debian's chromium at /usr/bin/chromium and the playwright package; both come from
``.ci/install-browser``. Browsers are never downloaded (no ``playwright install``):
playwright drives the system chromium. Screenshots land in ``test-artifacts/`` so a
person can look at the page at desktop and phone widths.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from discrepancy import Article, Comparison, Verdict
from tests.helpers import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"

HOSTILE = Article(
    id="zz-hostile",
    text=(
        "<script>window.__pwned = 1</script>Zelensky said Russia launched nearly 1,000 drones "
        "at Ukraine in the first five days of September. "
        '" onmouseover="window.__pwned=1" x=" <img src=x onerror="window.__pwned=1">'
        "</script><script>window.__pwned=1</script>"
    ),
    outlet='Evil <img src=x onerror="window.__pwned=1"> News',
    published=date(2025, 9, 7),
    url="javascript:window.__pwned=1",
    notes=("</script><script>window.__pwned = 1</script>",),
)


def _hand_built() -> Comparison:
    """The hand-built comparison of tests/report/test_html.py."""
    from tests.report.test_html import build

    return build()


def _comparison() -> Comparison:
    """The seeds plus one hostile article, or the hand-built comparison if compare is absent."""
    try:
        from discrepancy import compare, load_articles

        return compare([*load_articles(ROOT / "seeds"), HOSTILE])
    except ImportError as missing:  # the engine is not all there yet (a module missing)
        print(f"compare unavailable ({missing}): using the hand-built comparison")
        return _hand_built()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run .ci/install-browser")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="no playwright package: run .ci/install-browser"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return _comparison()


@pytest.fixture(scope="module")
def report(comparison: Comparison, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(comparison.to_html(), encoding="utf-8")
    return path


class Watched:
    """A page plus everything it tried that it should not: requests, dialogs, errors."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def _open(browser: Browser, report: Path, width: int, height: int) -> Watched:
    page = browser.new_page(viewport={"width": width, "height": height})
    watched = Watched(page)
    page.goto(report.as_uri())
    return watched


def _figure_of(comparison: Comparison, anchor: str) -> str:
    _, r, c = anchor.split("-")
    cell = comparison.rows[int(r)].cells[int(c)]
    if cell.fact is not None:
        return cell.fact.surface
    assert cell.statement is not None
    return cell.statement.quote


def _pick_cell(comparison: Comparison) -> str:
    """The anchor of a reported cell, from a differing row if there is one."""
    order = {Verdict.DIFFER: 0, Verdict.AGREE: 1, Verdict.OMIT: 2}
    rows = sorted(range(len(comparison.rows)), key=lambda r: order[comparison.rows[r].verdict])
    for r in rows:
        for c, cell in enumerate(comparison.rows[r].cells):
            if cell.fact is not None:
                return f"ev-{r}-{c}"
    pytest.fail("the comparison has no reported figure to click")


def _check_clean(watched: Watched, report: Path) -> None:
    assert watched.page.evaluate("typeof window.__pwned") == "undefined"
    assert watched.dialogs == []
    assert watched.errors == []
    assert watched.requests == [report.as_uri()]


def test_click_shows_highlighted_evidence_desktop(
    browser: Browser, comparison: Comparison, report: Path
) -> None:
    watched = _open(browser, report, 1366, 900)
    page = watched.page
    anchor = _pick_cell(comparison)
    button = page.locator(f'button.cell[data-evidence="{anchor}"]')
    button.click()
    mark = page.locator("#panel-body mark")
    assert mark.count() == 1
    assert mark.inner_text() == _figure_of(comparison, anchor)
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator("#panel").is_visible()
    if comparison.rows[int(anchor.split("-")[1])].verdict is Verdict.DIFFER:
        assert page.locator(f"#row-{anchor.split('-')[1]} + tr.why svg.chart").is_visible()
    # Choosing another cell replaces the evidence rather than adding to it.
    other = page.locator(f'button.cell:not([data-evidence="{anchor}"])').first
    other.click()
    assert page.locator("#panel-body .evidence").count() == 1
    assert button.get_attribute("aria-pressed") == "false"
    # Every cell of every article, the hostile one included, opens without running script.
    for i in range(page.locator("button.cell").count()):
        page.locator("button.cell").nth(i).click()
    page.locator("section.more details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    page.mouse.move(300, 300)
    _check_clean(watched, report)
    ARTIFACTS.mkdir(exist_ok=True)
    button.click()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "report.png"))
    page.screenshot(path=str(ARTIFACTS / "report-full.png"), full_page=True)
    page.close()


def test_keyboard_opens_evidence(browser: Browser, comparison: Comparison, report: Path) -> None:
    watched = _open(browser, report, 1366, 900)
    page = watched.page
    anchor = _pick_cell(comparison)
    page.locator(f'button.cell[data-evidence="{anchor}"]').focus()
    page.keyboard.press("Enter")
    assert page.locator("#panel-body mark").inner_text() == _figure_of(comparison, anchor)
    _check_clean(watched, report)
    page.close()


def test_phone_width_scrolls_the_matrix_and_opens_a_sheet(
    browser: Browser, comparison: Comparison, report: Path
) -> None:
    watched = _open(browser, report, 375, 812)
    page = watched.page
    # The page itself never scrolls sideways; the matrix does, with its first column stuck.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    scroller = page.locator("div.scroll")
    assert scroller.evaluate("e => e.scrollWidth > e.clientWidth")
    position = page.locator("th.rowhead").first.evaluate("e => getComputedStyle(e).position")
    assert position == "sticky"
    assert not page.locator("#panel").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-phone-top.png"))
    anchor = _pick_cell(comparison)
    button = page.locator(f'button.cell[data-evidence="{anchor}"]')
    button.click()
    assert page.locator("#panel").is_visible()
    assert page.locator("#panel-body mark").inner_text() == _figure_of(comparison, anchor)
    page.screenshot(path=str(ARTIFACTS / "report-phone.png"))
    page.keyboard.press("Escape")
    assert not page.locator("#panel").is_visible()
    assert page.evaluate("document.activeElement.dataset.evidence") == anchor
    scroller.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    page.screenshot(path=str(ARTIFACTS / "report-phone-scrolled.png"))
    _check_clean(watched, report)
    page.close()


def test_install_script_is_present_and_executable() -> None:
    script = ROOT / ".ci" / "install-browser"
    assert script.exists()
    assert shutil.which(str(script)) is not None


# --------------------------------------------------------------------------- screenshots

# Set DISCREPANCY_SCREENSHOTS=docs to refresh the screenshots the documentation shows
# (docs/images/); otherwise they go to test-artifacts/ with the others.
DOC_SHOTS = ROOT / "docs" / "images"


@pytest.mark.parametrize(
    ("folder", "name"),
    [("seeds", "report-seeds"), ("fixtures/storm-halina-floods-2026-10", "report-storm-halina")],
    ids=["seeds", "fixture-storm-halina"],
)
def test_screenshot_of_the_report(browser: Browser, folder: str, name: str, tmp_path: Path) -> None:
    import os

    from discrepancy import compare, load_articles
    from discrepancy.report.labels import article_names

    comparison = compare(load_articles(ROOT / folder))
    path = tmp_path / f"{name}.html"
    path.write_text(comparison.to_html(), encoding="utf-8")
    watched = _open(browser, path, 1366, 900)
    page = watched.page
    # Every column is headed by the article's readable name, never a file hash.
    heads = page.locator("th.art .outlet").all_inner_texts()
    assert heads == list(article_names(comparison.articles).values())
    assert not any(len(h) >= 16 and all(c in "0123456789abcdef_" for c in h) for h in heads)
    anchor = _pick_cell(comparison)
    page.locator(f'button.cell[data-evidence="{anchor}"]').click()
    assert page.locator("#panel-body mark").inner_text() == _figure_of(comparison, anchor)
    _check_clean(watched, path)
    page.evaluate("window.scrollTo(0, 0)")
    target = DOC_SHOTS if os.environ.get("DISCREPANCY_SCREENSHOTS") == "docs" else ARTIFACTS
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / f"{name}.png"))
    page.close()


# --------------------------------------------------------------------------- several events


def test_events_page_index_links_and_evidence_per_event(browser: Browser, tmp_path: Path) -> None:
    from discrepancy import compare, events_html, load_articles

    folders = ["seeds", "fixtures/storm-halina-floods-2026-10"]
    comparisons = {
        folder: compare([*load_articles(ROOT / folder), *([HOSTILE] if n == 0 else [])])
        for n, folder in enumerate(folders)
    }
    path = tmp_path / "events.html"
    path.write_text(events_html(comparisons), encoding="utf-8")
    watched = _open(browser, path, 1366, 900)
    page = watched.page
    assert page.locator("nav#events li a").all_inner_texts() == folders
    # The index link scrolls to its event's section.
    page.locator('nav#events a[href="#event-2"]').click()
    assert page.evaluate("location.hash") == "#event-2"
    assert page.locator("#event-2-h").evaluate("e => e.getBoundingClientRect().top") < 100
    # A cell of each event opens its own evidence in the one panel.
    for n, comparison in enumerate(comparisons.values(), 1):
        anchor = _pick_cell(comparison)
        button = page.locator(f'button.cell[data-evidence="e{n}-{anchor}"]')
        assert button.count() == 1
        button.click()
        assert page.locator("#panel-body mark").inner_text() == _figure_of(comparison, anchor)
        assert page.locator("#panel-body .evidence").count() == 1
    page.locator("details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    page.mouse.move(300, 300)
    _check_clean(watched, path)
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "report-events.png"))
    page.close()


def test_screenshot_of_the_events_page(browser: Browser, tmp_path: Path) -> None:
    import os

    from discrepancy import compare, events_html, load_articles

    folders = ["fixtures/storm-halina-floods-2026-10", "fixtures/lisbon-pension-strike-2027-03"]
    path = tmp_path / "report-events.html"
    path.write_text(
        events_html({f: compare(load_articles(ROOT / f)) for f in folders}), encoding="utf-8"
    )
    watched = _open(browser, path, 1366, 900)
    page = watched.page
    assert page.locator("nav#events li a").all_inner_texts() == folders
    _check_clean(watched, path)
    target = DOC_SHOTS if os.environ.get("DISCREPANCY_SCREENSHOTS") == "docs" else ARTIFACTS
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / "report-events.png"))
    page.close()
