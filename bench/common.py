"""Shared helpers for the benchmarks: a synthetic French corpus and small timing tools.

The corpus mixes the sample article (its paragraphs reordered) with short articles
composed from sentences written for the benchmarks, with invented names. Every
article is distinct (its own content hash), so nothing is skipped as a duplicate.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "000_2b3a9c44acf0ab99.txt"
PYTHON = sys.executable

# Invented names only (none comes from the sample article).
COMPANIES = (
    "Valmorin Industries",
    "Société Bretonne de Câbles",
    "Nordelec",
    "Agrisol SA",
    "Hélioparc",
    "Ferrovia Conseil",
    "Groupe Castelnau",
    "Biomedix",
    "Océanis Logistique",
    "Atelier Vernet",
    "Datanova",
    "Cimenterie du Lac",
)
PEOPLE = (
    "Claire Dumontel",
    "Paul Verrier",
    "Sophie Lambrecht",
    "Marc Albani",
    "Nadia Ferhat",
    "Louis Charpin",
    "Émilie Rostand",
    "Hugo Delmas",
)
CITIES = (
    "Lyon",
    "Bordeaux",
    "Nantes",
    "Toulouse",
    "Lille",
    "Grenoble",
    "Rennes",
    "Strasbourg",
    "Montpellier",
    "Dijon",
    "Rouen",
    "Tours",
)
COUNTRIES = ("Allemagne", "Espagne", "Japon", "Canada", "Brésil", "Maroc", "Italie", "Inde")
MONTHS = ("janvier", "mars", "avril", "juin", "septembre", "octobre", "novembre", "décembre")
SECTORS = (
    "l'aéronautique",
    "la logistique",
    "le numérique",
    "l'agroalimentaire",
    "la santé",
    "l'énergie solaire",
    "le textile",
    "la construction navale",
)
SENTENCES = (
    "{company} a signé un contrat de {amount} millions d'euros avec {company2} à {city}.",
    "{person}, directeur général de {company}, a annoncé l'ouverture d'une usine à {city}.",
    "Le groupe {company} investit {amount} millions d'euros dans {sector} en {country}.",
    "Une délégation de {country} est attendue à {city} le {day} {month} {year}.",
    "{company} prévoit de recruter {count} salariés d'ici à {year}.",
    "Selon {person}, le chiffre d'affaires a progressé de {pct} % l'an dernier.",
    "La mission économique à {city}, du {day} au {day2} {month} {year}, "
    "a réuni {count} entreprises.",
    "{company} et {company2} sont en discussion pour un partenariat dans {sector}.",
    "Le port de {city} a accueilli {count} navires au premier semestre.",
    "{person} a rencontré les dirigeants de {company} en {month} pour parler de {sector}.",
    "{company} rachète {company2} pour {amount} millions d'euros.",
    "La région soutient {sector} avec un fonds de {amount} millions d'euros.",
)


def _fill(template: str, rng: random.Random) -> str:
    first, second = rng.sample(COMPANIES, 2)
    day = rng.randint(1, 20)
    return template.format(
        company=first,
        company2=second,
        person=rng.choice(PEOPLE),
        city=rng.choice(CITIES),
        country=rng.choice(COUNTRIES),
        sector=rng.choice(SECTORS),
        month=rng.choice(MONTHS),
        day=day,
        day2=day + rng.randint(1, 5),
        year=rng.randint(2015, 2025),
        amount=rng.randint(2, 400),
        count=rng.randint(3, 900),
        pct=rng.randint(1, 40),
    )


def composed_text(rng: random.Random, *, paragraphs: int = 4) -> str:
    """An invented economic article of a few paragraphs."""
    return "\n\n".join(
        " ".join(_fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(3, 6)))
        for _ in range(paragraphs)
    )


def sample_variant(rng: random.Random) -> str:
    """The sample article with its paragraphs shuffled and one invented paragraph added."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rng.shuffle(paragraphs)
    return "\n\n".join([*paragraphs, composed_text(rng, paragraphs=1)])


def texts(count: int, *, seed: int = 8) -> Iterator[str]:
    """Yield `count` distinct article texts: one sample variant in four, the rest composed."""
    rng = random.Random(seed)
    for number in range(count):
        if number % 4 == 0:
            yield sample_variant(rng)
        else:
            yield composed_text(rng, paragraphs=rng.randint(3, 7))


def write_corpus(folder: Path, count: int, *, seed: int = 8) -> Path:
    """Write `count` articles as .txt files under `folder` (reused if already complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = folder / ".complete"
    if done.exists() and json.loads(done.read_text()) == [count, seed]:
        return folder
    for old in folder.glob("*.txt"):
        old.unlink()
    for number, text in enumerate(texts(count, seed=seed)):
        (folder / f"a{number:07d}.txt").write_text(text, encoding="utf-8")
    done.write_text(json.dumps([count, seed]))
    return folder


def words(text: str) -> int:
    """Whitespace words: the unit of every words/s figure here."""
    return len(text.split())


@contextmanager
def timer() -> Iterator[list[float]]:
    """Measure the wall time of a block: the elapsed seconds land in the yielded list."""
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)


def children_peak_rss_mb() -> float:
    """Peak resident memory of the largest waited-for child process, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
