"""Write the bad and hostile fixture corpus of `tests/data/bad/` (run from anywhere).

Every text is a short French article written for these tests; every name in
them (firms, people, towns' businesses) is invented. The files are committed;
this script says how each one was made. The huge file and the file with a
hostile name are made at test time instead (size; portability of the name).

    .venv/bin/python tests/data/make_bad_corpus.py
"""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

OUT = Path(__file__).parent / "bad"

FROMAGERIE = (
    "La Fromagerie Lenoir s’installe à Rouen.\n\n"
    "L’entreprise normande a signé lundi un accord avec la région Normandie pour ouvrir "
    "une usine de 4 000 m² près du port. Le chantier coûtera 12 millions d’euros et "
    "créera 40 emplois d’ici 2025, selon son président, Hugo Ferrand.\n"
)
BRASSERIE = (
    "Une brasserie grenobloise à la conquête du Québec.\n\n"
    "La Brasserie du Vercors, installée à Grenoble, a été choisie par la ville de Montréal "
    "pour une mission économique en octobre. Sa directrice, Élodie Garnier, espère y "
    "vendre 20 000 bouteilles par an et ouvrir un bureau au Canada.\n"
)
TRANSPORTS = (
    "Les Transports Morvan rachètent un concurrent.\n\n"
    "Le transporteur dijonnais a acquis la société Route Bleue, basée à Besançon, pour "
    "un montant non communiqué. L’opération, annoncée jeudi, porte l’effectif à 350 "
    "salariés. Œuvre du PDG, Marc Delorme, elle vise l’Allemagne et la Suisse.\n"
)
CHANTIER = (
    "Le chantier naval de Lorient décroche une commande.\n\n"
    "Les Ateliers Kerlan, à Lorient, vont construire trois navires pour un armateur "
    "norvégien. Le contrat, signé à Oslo en présence du maire, Yann Le Goff, atteint "
    "30 millions d’euros et garantit du travail jusqu’en 2027.\n"
)
VIGNOBLE = (
    "Un vignoble bordelais séduit des investisseurs japonais.\n\n"
    "Le Château Peyrelongue, près de Bordeaux, a cédé 30 % de son capital à un groupe "
    "d’Osaka. La famille Dumas garde la direction ; l’accord prévoit 5 millions "
    "d’euros d’investissement dans les chais et l’export vers l’Asie.\n"
)
LOGICIEL = (
    "Une start-up toulousaine lève des fonds.\n\n"
    "La société Nuvelia, éditeur de logiciels à Toulouse, a levé 8 millions d’euros "
    "auprès de Capital Garonne. Sa fondatrice, Inès Moreau, veut recruter 60 ingénieurs "
    "et ouvrir une filiale à Barcelone en 2026.\n"
)
HOSTILE = (
    "Des noms piégés dans une dépêche économique.\n\n"
    "La société <img src=x onerror=alert(1)> SAS, basée à Nantes, a signé un accord avec "
    '<script>alert("ecograph")</script> Industries. Le groupe "Guillemets" & Fils, '
    'la société =HYPERLINK("http://exemple.invalid","clic") et Href Conseil '
    '(href="javascript:alert(1)") participent à la mission à Lyon. Le cabinet +33 Audit '
    "et la société @Risque rejoignent -Moins Cher SA pour investir 2 millions d’euros.\n\n"
    # Sentences that start like spreadsheet formulas, for the CSV export.
    '=HYPERLINK("http://exemple.invalid";"clic") La société Brunel SAS, basée à Angers, '
    "recrute 12 salariés.\n"
    "+33 La société Morin SAS, installée à Tours, investit 2 millions d’euros.\n"
)
CONTROLS = (
    "La coopérative\x07 Laitière\x1b[31m du Jura\x1b[0m recrute.\n\n"
    "La coopérative,\x08 basée à Lons-le-Saunier,\x7f va embaucher 25 salariés\x0c "
    "et investir 3 millions d’euros\u0085 dans une nouvelle fromagerie, a annoncé "
    "son président, Paul Vuillet.\x1f\n"
)
ENGLISH = (
    "Shipping company opens a new terminal.\n\n"
    "A shipping company based in Rotterdam has opened a new container terminal. "
    "The firm expects to handle two million containers every year and will hire "
    "three hundred workers over the next five years, its chief executive said on Monday.\n"
)
PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Économie - Journal de Savoie</title>
<meta property="article:published_time" content="2021-03-04T09:30:00+01:00">
<script>document.write("<b>pas un article</b>")</script><style>p {{ color: red }}</style>
</head><body>
<nav><a href="/">Accueil</a> | <a href="/economie">Économie</a> | <a href="/sport">Sport</a></nav>
<article><h1>Une usine de skis s’agrandit à Annecy</h1>
{paragraphs}
</article>
<footer>© Journal de Savoie 2021 - Mentions légales - Contact</footer>
</body></html>
"""
SKIS = [
    "Le fabricant de skis Alpéa, basé à Annecy, va agrandir son usine de 6 000 m².",
    "L’investissement de 9 millions d’euros, soutenu par la région Auvergne-Rhône-Alpes, "
    "créera 45 emplois d’ici 2023, selon sa présidente, Claire Bonnet.",
    "L’entreprise exporte déjà 60 % de sa production vers l’Autriche et le Japon.",
]


def jsonl_lines() -> list[str]:
    """Good lines, broken lines, a line without text, and hostile fields."""
    good = {"id": "depeche-001", "text": CHANTIER, "published": "2022-05-17", "source": "AFP"}
    hostile = {
        "id": "dépêche n°5 <b>",
        "title": "<script>alert('titre')</script>",
        "text": VIGNOBLE,
        "published": "5 octobre 2021",
    }
    odd = {"id": "depeche-007", "text": LOGICIEL + "Fin\u2028de ligne \ud800.", "published": "hier"}
    return [
        json.dumps(good, ensure_ascii=False),
        '{"id": "depeche-002", "text": "Le conseil départemental a vot',
        json.dumps({"id": "depeche-003", "title": "Une dépêche sans texte"}),
        json.dumps(["une", "liste"]),
        json.dumps(hostile, ensure_ascii=False),
        json.dumps({"id": "depeche-006", "text": "   \n  "}),
        json.dumps(odd),
        "",
        "ceci n'est pas du JSON",
    ]


def fake_pdf() -> bytes:
    """A PDF header followed by binary bytes, as a scan dropped in by mistake."""
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 40 >>\nstream\n" + bytes(range(256))


def fake_png() -> bytes:
    """The PNG signature and an IHDR chunk: an image renamed .txt."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02" + bytes(
        64
    )


def write_docx(path: Path) -> None:
    """A zip holding a Word document body: what a .docx really is."""
    entry = zipfile.ZipInfo("word/document.xml", date_time=(2021, 3, 4, 9, 30, 0))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(entry, f"<w:document><w:t>{TRANSPORTS}</w:t></w:document>")


def files() -> dict[str, bytes]:
    """Return every fixture file name with its exact bytes."""
    rng = random.Random(20240517)
    high = bytes([0x81, 0x8D]) + bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    page = PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in SKIS))
    return {
        "cp1252.txt": TRANSPORTS.replace("350", "350 (€)").encode("cp1252"),
        "latin1.txt": BRASSERIE.replace("’", "'").encode("latin-1"),
        # Old Mac file: è and ç are bytes cp1252 leaves undefined, so the fallback decides.
        "mac_roman.txt": (CHANTIER + "Une très bonne nouvelle, reçue à Lorient.\n")
        .replace("’", "'")
        .encode("mac_roman"),
        "utf16_bom.txt": FROMAGERIE.encode("utf-16"),
        "utf8_bom.md": ("# " + LOGICIEL).encode("utf-8-sig"),
        "page.html": page.encode("utf-8"),
        "sans_texte.html": b"<html><head><script>var a = 1;</script></head><body></body></html>",
        "empty.txt": b"",
        "blank.txt": b"   \n\t\n  \r\n",
        "nombres.txt": b"12 345 678\n2021-2022 : 0,5 %\n",
        "article_pdf.txt": fake_pdf(),
        "rapport.pdf": fake_pdf(),
        "photo_png.txt": fake_png(),
        "garbage.txt": bytes(rng.randrange(1, 256) for _ in range(600)),
        "charabia.txt": high,
        "controles.txt": CONTROLS.encode("utf-8"),
        "noms_hostiles.txt": HOSTILE.encode("utf-8"),
        "english.txt": ENGLISH.encode("utf-8"),
        "usine.txt": FROMAGERIE.replace("Rouen", "Caen").encode("utf-8"),
        # The same article again, saved on Windows: BOM and CRLF; same text once normalized.
        "doublon_usine.txt": FROMAGERIE.replace("Rouen", "Caen")
        .replace("\n", "\r\n")
        .encode("utf-8-sig"),
        "depeches.jsonl": "\n".join(jsonl_lines()).encode("utf-8", "surrogatepass"),
    }


def main() -> None:
    """Write the fixture corpus next to this script."""
    OUT.mkdir(exist_ok=True)
    # Keep every byte as written: no end-of-line conversion by git.
    (OUT / ".gitattributes").write_text("* -text\n", encoding="utf-8")
    for name, data in files().items():
        (OUT / name).write_bytes(data)
    write_docx(OUT / "lettre.docx")


if __name__ == "__main__":
    main()
