"""The map in a real browser (Playwright + Debian's chromium), with the network blocked.

Fixture graphs are hand-written with invented names (tests/data/map); the
pipeline test runs `ecograph run` on the sample article plus a hostile article
written for this test (invented names, markup in place of names).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ecograph.viz import write_map

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "map"
SAMPLE = ROOT / "corpus" / "000_2b3a9c44acf0ab99.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE_ARTICLE = (
    "La société Href Systèmes s'installe à Lyon.\n\n"
    'L\'entreprise <img src=x onerror="window.__xss=1;alert(1)">Brevalix a signé un '
    "partenariat avec la Ville de Grenoble.\n\n"
    "La start-up Onerror<script>window.__xss=1</script> ouvre un bureau à Nantes.\n\n"
    "Le groupe Brevalix</b><img src=x onerror=alert(1)> investit à Rennes.\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium through Playwright; missing chromium fails in CI, skips elsewhere."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """One page opened offline, recording requests, console errors and dialogs."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.drawn === '1'", timeout=30_000)

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type in ("error", "assert"):
            self.errors.append(message.text)

    def left_the_page(self) -> list[str]:
        return [url for url in self.requests if not url.startswith("file://")]

    def drawn_pixels(self) -> int:
        """Count the non-blank pixels of the network canvas."""
        return int(
            self.page.evaluate(
                """() => {
                const canvas = document.querySelector('#network canvas');
                const ctx = canvas.getContext('2d');
                const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
                let n = 0;
                for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
                return n;
            }"""
            )
        )

    def node_id(self, label: str) -> int:
        return int(
            self.page.evaluate(
                "label => window.ecomap.nodes.get({filter: n => n.label === label})[0].id", label
            )
        )

    def click_node(self, node_id: int) -> str:
        """Click a node where it is drawn and return the tooltip text."""
        self.page.evaluate("() => window.ecomap.network.stopSimulation()")
        at = self.page.evaluate(
            """id => { const n = window.ecomap.network;
                       return n.canvasToDOM(n.getPositions([id])[id]); }""",
            node_id,
        )
        box = self.page.locator("#network").bounding_box()
        self.page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        tip = self.page.locator("#tip")
        tip.wait_for(state="visible", timeout=5_000)
        return str(tip.text_content())


@pytest.fixture(scope="module")
def small_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return map_of("small.trig", tmp_path_factory.mktemp("browser") / "small.html")


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "hostile.html"
    store = ox.Store()
    store.load(path=str(DATA / "hostile.trig"), format=ox.RdfFormat.TRIG)
    write_map(store, out, title='<img src=x onerror="window.__xss=1">')
    return out


def map_of(name: str, out: Path) -> Path:
    store = ox.Store()
    store.load(path=str(DATA / name), format=ox.RdfFormat.TRIG)
    write_map(store, out)
    return out


def test_map_browser_draws_nodes_offline_without_errors(browser, small_map):
    visit = Visit(browser, small_map)
    positions = visit.page.evaluate("() => Object.keys(window.ecomap.network.getPositions())")
    assert len(positions) == 11
    assert visit.drawn_pixels() > 2_000
    assert visit.left_the_page() == []
    assert visit.errors == []
    visit.page.close()


def test_map_browser_click_shows_evidence_and_identifiers(browser, small_map):
    visit = Visit(browser, small_map)
    text = visit.click_node(visit.node_id("Fonderie Azur"))
    assert "Des discussions sont en cours avec Fonderie Azur." in text
    assert "Brindel s'installe près de Lyon" in text  # the article the sentence comes from
    text = visit.click_node(visit.node_id("Lyon"))
    assert "GeoNames : 2996944" in text and "Wikidata : Q456" in text
    assert "Entreprise" not in text
    assert visit.errors == [] and visit.left_the_page() == []
    visit.page.close()


def test_map_browser_search_and_type_filter(browser, small_map):
    visit = Visit(browser, small_map)
    visit.page.fill("#search", "fonderie")
    assert visit.page.locator("#search-count").text_content() == "1 trouvé(s)"
    assert "Fonderie Azur" in str(visit.page.locator("#tip").text_content())
    visit.page.locator('#legend input[data-type="Company"]').uncheck()
    hidden = visit.page.evaluate("() => window.ecomap.nodes.get({filter: n => n.hidden}).length")
    assert hidden == 2
    assert "9 / 11" in str(visit.page.locator("#counts").text_content())
    visit.page.select_option("#sector", "logistique")
    shown = visit.page.evaluate(
        "() => window.ecomap.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()"
    )
    # the sector, what has it (Brindel, unticked as a company) and their neighbours
    assert shown == ["Lyon", "logistique", "mission à Valence"]
    assert visit.errors == []
    visit.page.close()


def test_map_browser_hostile_names_run_nothing(browser, hostile_map):
    visit = Visit(browser, hostile_map)
    img_node = visit.node_id('<img src=x onerror="window.__xss=1;alert(1)">')
    text = visit.click_node(img_node)
    assert '<img src=x onerror="window.__xss=1;alert(1)">' in text  # shown as text
    assert "<b onmouseover=alert(1)>href</b>" in text
    visit.click_node(visit.node_id('<a href="javascript:window.__xss=1">clic</a> href'))
    visit.page.wait_for_timeout(300)
    assert visit.page.evaluate("() => window.__xss") is None
    assert visit.page.locator("#tip img, #tip a, #tip script, #tip b, #heading img").count() == 0
    assert visit.page.title() == '<img src=x onerror="window.__xss=1">'
    assert visit.dialogs == [] and visit.errors == [] and visit.left_the_page() == []
    visit.page.close()


@pytest.mark.model
@pytest.mark.slow
def test_map_browser_pipeline_map_of_sample_and_hostile_article(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE, corpus / SAMPLE.name)
    (corpus / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "outputs"
    cmd = [sys.executable, "-m", "ecograph", "run", str(corpus), "--out", str(out), "--quiet"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode in (0, 4), result.stderr
    visit = Visit(browser, out / "map.html")
    assert visit.drawn_pixels() > 2_000
    text = visit.click_node(visit.node_id("Marseille"))
    assert "Marseille" in text and "Ville (City)" in text
    # The city's country comes from GeoNames, not from a sentence: the tooltip says so.
    assert "déduit de GeoNames" in text and "Marseille situé à France" in text
    # pyvis would set any tooltip holding "href" as raw HTML: this one stays text
    href = visit.page.evaluate(
        "() => window.ecomap.nodes.get({filter: n => /href/i.test(n.label)}).map(n => n.id)"
    )
    assert href, "the hostile article's 'Href ...' company reaches the map"
    assert "Href" in visit.click_node(href[0])
    evidence = visit.page.locator("#tip blockquote")
    assert evidence.count() >= 1 and len(str(evidence.first.text_content())) > 20
    assert visit.page.evaluate("() => window.__xss") is None
    assert visit.dialogs == [] and visit.errors == [] and visit.left_the_page() == []
    visit.page.close()
