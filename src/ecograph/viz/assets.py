"""What the map page inlines: vis-network from the pyvis package, our template and scripts.

Nothing is linked: every script and style goes into the page, and the
Content-Security-Policy lets only those scripts run (by hash) and nothing load.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from pathlib import Path

import jinja2
import pyvis

VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def scripts() -> list[str]:
    """Return the scripts to inline, in order: vis-network, then the map's own."""
    return [asset(VIS_DIR / "vis-network.min.js"), own("map.js")]


def styles() -> list[str]:
    """Return the styles to inline: vis-network's, then the map's own."""
    return [asset(VIS_DIR / "vis-network.css"), own("map.css")]


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment of the page template, escaping everything by default."""
    loader = jinja2.FileSystemLoader(str(files("ecograph.viz").joinpath("template")))
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)


def own(name: str) -> str:
    """Return one of the map's own template files (map.js, map.css)."""
    return asset(Path(str(files("ecograph.viz").joinpath("template", name))))


@cache
def asset(path: Path) -> str:
    """Read a script or style to inline, refusing one that would close its own tag."""
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{path} closes its own tag and cannot be inlined")
    return text


def csp(inline_scripts: list[str]) -> str:
    """Allow only our inline scripts (by hash), inline styles and data: images; no network."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in inline_scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
