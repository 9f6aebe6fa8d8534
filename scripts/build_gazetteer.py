"""Write `src/ecograph/gazetteer/data/france.tsv`: French régions and départements.

Run once, at build time (needs the dev extra: pycountry):

    .venv/bin/python scripts/build_gazetteer.py

Départements and régions come from ISO 3166-2:FR as shipped by pycountry; the
pre-2016 régions and the historical provinces still used by the press
("la Provence", "l'Alsace") are a short general list kept here.
"""

from __future__ import annotations

from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src/ecograph/gazetteer/data/france.tsv"

# ISO subdivision type -> our fine type; the rest (Paris, Métropole de Lyon,
# overseas collectivities) are cities, organisations or countries elsewhere.
TYPES = {
    "Metropolitan department": "Department",
    "Overseas departmental collectivity": "Department",
    "Overseas unique territorial collectivity": "Region",
    "Metropolitan region": "Region",
    "European collectivity": "Region",
}
EXTRA_REGIONS = {"FR-20R": "Corse"}

# Spellings the press uses beside the ISO ones (ISO writes "Grand-Est").
VARIANTS = {
    "FR-GES": ("Grand Est",),
    "FR-PDL": ("Pays de la Loire",),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", "PACA", "Région Sud"),
    "FR-CVL": ("Centre-Val-de-Loire",),
    "FR-973": ("Guyane",),
    "FR-974": ("Réunion",),
}

# Former régions (before 2016) and historical provinces: (name, ISO code of today's région).
HISTORICAL = (
    ("Provence", "FR-PAC"),
    ("Côte d'Azur", "FR-PAC"),
    ("Dauphiné", "FR-ARA"),
    ("Rhône-Alpes", "FR-ARA"),
    ("Auvergne", "FR-ARA"),
    ("Bourgogne", "FR-BFC"),
    ("Franche-Comté", "FR-BFC"),
    ("Lorraine", "FR-GES"),
    ("Champagne", "FR-GES"),
    ("Champagne-Ardenne", "FR-GES"),
    ("Picardie", "FR-HDF"),
    ("Nord-Pas-de-Calais", "FR-HDF"),
    ("Flandre", "FR-HDF"),
    ("Artois", "FR-HDF"),
    ("Haute-Normandie", "FR-NOR"),
    ("Basse-Normandie", "FR-NOR"),
    ("Aquitaine", "FR-NAQ"),
    ("Limousin", "FR-NAQ"),
    ("Poitou", "FR-NAQ"),
    ("Poitou-Charentes", "FR-NAQ"),
    ("Gascogne", "FR-NAQ"),
    ("Périgord", "FR-NAQ"),
    ("Béarn", "FR-NAQ"),
    ("Pays basque", "FR-NAQ"),
    ("Languedoc", "FR-OCC"),
    ("Roussillon", "FR-OCC"),
    ("Languedoc-Roussillon", "FR-OCC"),
    ("Midi-Pyrénées", "FR-OCC"),
    ("Touraine", "FR-CVL"),
    ("Berry", "FR-CVL"),
    ("Anjou", "FR-PDL"),
    ("Camargue", "FR-PAC"),
)


def rows() -> list[tuple[str, str, str, str]]:
    """Return (name, fine type, ISO 3166-2 code, code of the enclosing région) rows."""
    found: list[tuple[str, str, str, str]] = []
    for sub in pycountry.subdivisions.get(country_code="FR"):
        fine = TYPES.get(sub.type) or ("Region" if sub.code in EXTRA_REGIONS else None)
        if fine is None:
            continue
        name = sub.name.replace("’", "'").replace(" (française)", "")
        parent = sub.parent_code or ""
        found.append((name, fine, sub.code, parent))
        found.extend((alt, fine, sub.code, parent) for alt in VARIANTS.get(sub.code, ()))
    # A historical province is not today's région: no code of its own, only the enclosing one.
    found.extend((name, "Region", "", code) for name, code in HISTORICAL)
    return sorted(set(found), key=lambda r: (r[2] or r[3], r[0]))


def main() -> None:
    """Write the TSV with a header line."""
    lines = ["name\ttype\tiso3166\twithin"] + ["\t".join(r) for r in rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUT}")


if __name__ == "__main__":
    main()
