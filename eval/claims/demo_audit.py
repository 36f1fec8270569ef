"""Audit a built Warta SQLite database the way an analyst would look at it.

    python -m warta.demo --no-serve --db /tmp/demo.db && python eval/claims/demo_audit.py /tmp/demo.db

Prints the top persons and places (to be read by a person: are they people, are they places?),
then counts accusations with no claimant, open accusations with a later denial by the accused in
the same article, open accusations whose own evidence says "tuduhan itu dibantah", and "denied"
accusations with no denial in their article.
"""

from __future__ import annotations

import sqlite3
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    db = sqlite3.connect(argv[0])
    print("top 25 persons (canonical, articles):")
    for row in db.execute(
        "SELECT canonical, articles FROM entities WHERE type = 'PER' "
        "ORDER BY articles DESC, canonical LIMIT 25"
    ):
        print("  ", row)
    print("top 30 places (canonical, type, country, articles):")
    for row in db.execute(
        "SELECT canonical, type, country, articles FROM entities WHERE type IN ('GPE', 'LOC') "
        "ORDER BY articles DESC, canonical LIMIT 30"
    ):
        print("  ", row)
    counts = {
        "accusations": "SELECT count(*) FROM claims WHERE type = 'accusation'",
        "no claimant": (
            "SELECT count(*) FROM claims WHERE type = 'accusation' AND coalesce(claimant, '') = ''"
        ),
        "open, later denial by the accused": (
            "SELECT count(*) FROM claims a WHERE a.type = 'accusation' AND a.status = 'open' AND EXISTS "
            "(SELECT 1 FROM claims d WHERE d.type = 'denial' AND d.article_id = a.article_id "
            "AND d.claimant_key = a.target_key AND d.n > a.n)"
        ),
        "open, evidence says 'tuduhan itu dibantah'": (
            "SELECT count(*) FROM claims WHERE type = 'accusation' AND status = 'open' "
            "AND (evidence LIKE '%tuduhan itu dibantah%' OR evidence LIKE '%namun tuduhan%dibantah%')"
        ),
        "denied, no denial in the article": (
            "SELECT count(*) FROM claims a WHERE a.type = 'accusation' AND a.status = 'denied' "
            "AND NOT EXISTS "
            "(SELECT 1 FROM claims d WHERE d.type = 'denial' AND d.article_id = a.article_id)"
        ),
    }
    for label, query in counts.items():
        print(f"{label}: {db.execute(query).fetchone()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
