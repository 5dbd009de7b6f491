"""`pantau sources`: every configured source beside its crawl health from the warehouse."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from crawlers.sources import Source
from warehouse.db import connect

COLUMNS = ("id", "kind", "province", "runs", "success_rate", "last_success", "consecutive_failures", "last_error")


def health_rows(sources: list[Source], db: str | Path) -> list[dict[str, object]]:
    """One row per source; sources never crawled into this database show no figures."""
    figures: dict[str, dict[str, object]] = {}
    if Path(db).exists():
        con = connect(db, read_only=True)
        try:
            exists = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'source_health'"
            ).fetchone()[0]
            if exists:
                cursor = con.execute("SELECT * FROM source_health")
                names = [c[0] for c in cursor.description]
                figures = {row[0]: dict(zip(names, row)) for row in cursor.fetchall()}
        finally:
            con.close()
    rows = []
    for source in sources:
        f = figures.get(source.id, {})
        rows.append({
            "id": source.id, "kind": source.kind or ("regional" if source.province else "national"),
            "province": source.province or "", "runs": f.get("runs", 0),
            "success_rate": f.get("success_rate", ""), "last_success": _short(f.get("last_success")),
            "consecutive_failures": f.get("consecutive_failures", ""), "last_error": f.get("last_error") or "",
        })
    return rows


def _short(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else ""


def print_table(rows: list[dict[str, object]], stream: IO[str] = sys.stdout, width: int = 60) -> None:
    cells = [[str(r[c])[:width] for c in COLUMNS] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(COLUMNS)]
    print("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths)).rstrip(), file=stream)
    print("  ".join("-" * w for w in widths), file=stream)
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip(), file=stream)
