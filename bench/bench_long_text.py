"""Peak memory and time of one text over spaCy's 1,000,000-character limit, by piece size.

Each run is a fresh process (peak RSS cannot go down inside one): it cuts the
text with `chunking.split_articles`, runs the pieces through the full pipeline
with `nlp.pipe` (batch of 32, as `extract` does) and joins the records with
`chunk_join.join_pieces`. Prints, per piece size: pieces, CPU seconds, peak RSS
in MB, and the ratio of each to the first size given. The text is plain French
prose written for this benchmark, with an invented firm every 40th paragraph.

Example:
    .venv/bin/python bench/bench_long_text.py --chars 1030000 --sizes 100000 20000 5000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

CALM = "Le marché reste calme cette semaine et les prix évoluent peu selon les analystes."
TOWNS = ("Rennes", "Brest", "Quimper", "Vannes", "Angers", "Tours", "Poitiers", "Limoges")


def long_text(chars: int) -> str:
    """Return French prose of at least `chars` characters, in paragraphs."""
    paragraphs: list[str] = []
    n = 0
    while sum(len(p) + 2 for p in paragraphs) < chars:
        firm = f"La société Atelier{n} ouvre une usine à {TOWNS[n % len(TOWNS)]}."
        paragraphs.append(firm if n % 40 == 0 else CALM)
        n += 1
    return "\n\n".join(paragraphs)


def measure(chars: int, max_chars: int) -> dict[str, float]:
    """In this process: extract the long text in pieces; return pieces, CPU s, peak MB."""
    from ecograph.chunk_join import join_pieces
    from ecograph.chunking import split_articles
    from ecograph.extract import doc_to_record
    from ecograph.ingest import make_article
    from ecograph.nlp.pipeline import load_nlp

    nlp = load_nlp()
    article = make_article(long_text(chars), source="bench")
    start = time.process_time()
    parts = list(split_articles([article], max_chars=max_chars))
    docs = nlp.pipe(((p.article.text, p) for p in parts), as_tuples=True, batch_size=32)
    (record,) = join_pieces(
        (doc_to_record(doc, p.article), p, sum(1 for _ in doc.sents)) for doc, p in docs
    )
    assert all(article.text[m.start : m.end] == m.text for e in record.entities for m in e.mentions)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pieces": len(parts), "cpu_s": time.process_time() - start, "peak_mb": peak_mb}


def main() -> None:
    """Run one child process per piece size and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_030_000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 20_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.chars, args.child)))
        return
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--chars", str(args.chars), "--child", str(size)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        rows.append((size, json.loads(out.strip().splitlines()[-1])))
    base = rows[0][1]
    print(f"text: {args.chars} characters")
    for size, row in rows:
        print(
            f"max_chars={size:>7}: {row['pieces']:>4.0f} pieces, {row['cpu_s']:7.1f} CPU s "
            f"({row['cpu_s'] / base['cpu_s']:.2f}x), peak {row['peak_mb']:6.0f} MB "
            f"({row['peak_mb'] / base['peak_mb']:.2f}x)"
        )


if __name__ == "__main__":
    main()
