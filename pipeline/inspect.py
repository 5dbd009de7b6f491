"""One page at a time: what extraction and analysis make of it (``pantau inspect``).

The tool for adding a source, and the stable way for evaluation tools to call the
pipeline on one page: ``inspect(page, url=...)`` returns a plain dict (its keys are the
contract documented in the README, "pantau inspect"), ``render`` the same as text.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx

from crawlers.settings import USER_AGENT
from pipeline.extract import ExtractionError, NotAnArticle, extract_page
from pipeline.records import RawPage

_TIMEOUT = 30  # seconds for fetching one page
_MAX_BYTES = 20 * 1024 * 1024


class InspectError(Exception):
    """The page could not be read at all (no such file, a failed fetch)."""


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def load_page(page: str, url: str | None = None) -> RawPage:
    """A saved file (its address given by ``url``, else its file: URL) or a fetched URL."""
    if page.startswith(("http://", "https://")):
        try:
            with (httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=_TIMEOUT, follow_redirects=True) as client,
                  client.stream("GET", page) as response):
                if response.is_error:
                    raise InspectError(f"cannot fetch {page}: HTTP {response.status_code} {response.reason_phrase}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > _MAX_BYTES:
                        raise InspectError(f"{page} is larger than {_MAX_BYTES // 2**20} MB")
                final, charset = str(response.url), response.charset_encoding
        except httpx.HTTPError as exc:
            raise InspectError(f"cannot fetch {page}: {exc}") from exc
        return RawPage(url=url or final, html=bytes(body), encoding=charset)
    path = Path(page)
    if not path.is_file():
        raise InspectError(f"no such file: {page}")
    return RawPage(url=url or path.resolve().as_uri(), html=path.read_bytes())


def inspect(page: str, *, url: str | None = None, source_province: str | None = None,
            analyse: bool = True) -> dict[str, Any]:
    """Extraction and analysis of one page, as a plain dict (see the README contract)."""
    raw = load_page(page, url)
    report: dict[str, Any] = {"url": raw.url, "page_kind": None, "reason": None, "title": None,
                              "published_at": None, "published_date": None, "date_source": None,
                              "date_readings": [], "author": None, "text": None, "paragraphs": 0,
                              "analysis": None}
    try:
        result = extract_page([raw], article_id="inspect", url=raw.url, source_id="inspect",
                              source_province=source_province)
    except NotAnArticle as exc:
        return {**report, "page_kind": "not_article", "reason": str(exc).removesuffix(f": {raw.url}")}
    except ExtractionError as exc:
        return {**report, "page_kind": "unreadable", "reason": str(exc).removesuffix(f": {raw.url}")}
    article = result.article
    report.update(
        page_kind="article", reason=result.kind.reason if result.kind else None, title=article.title,
        published_at=_iso(article.published_at), published_date=_iso(article.published_date),
        date_source=article.date_source, author=article.author, text=article.text,
        paragraphs=len(article.text.split("\n")),
        date_readings=[{"source": r.source, "value": _iso(r.value), "zone_written": r.zone_written,
                        "distance": r.distance, "updated": r.updated} for r in result.meta.date_readings],
    )
    if analyse:
        from pipeline import nlp

        found = next(nlp.analyse([article]))
        report["analysis"] = {
            "is_relevant": found.is_relevant, "province": found.province, "election": found.election,
            "officials": [asdict(o) for o in found.officials], "agencies": [asdict(a) for a in found.agencies],
            "event_dates": [_iso(d) for d in found.event_dates],
            "directives": [{**asdict(d), "behaviours": list(d.behaviours), "legal_bases": list(d.legal_bases)}
                           for d in found.directives],
        }
    return report


def render(report: dict[str, Any]) -> str:
    """The report as text for a person adding a source."""
    lines = [f"url          {report['url']}", f"page kind    {report['page_kind']}: {report['reason']}"]
    if report["page_kind"] != "article":
        return "\n".join(lines)
    lines += [
        f"title        {report['title']}",
        f"published    {report['published_at'] or report['published_date'] or '-'}"
        f"  (day in Jakarta {report['published_date'] or '-'}; source {report['date_source']})",
    ]
    for reading in report["date_readings"]:
        notes = [n for n, on in (("zone written", reading["zone_written"]), ("updated", reading["updated"])) if on]
        if reading["distance"] is not None:
            notes.append(f"{reading['distance']} element(s) from the headline")
        lines.append(f"  reading    {reading['source']:<9} {reading['value']}"
                     + (f"  ({', '.join(notes)})" if notes else ""))
    lines += [f"author       {report['author'] or '-'}", f"text         {report['paragraphs']} paragraphs", ""]
    lines += [f"  {paragraph}" for paragraph in report["text"].split("\n")]
    analysis = report["analysis"]
    if analysis is not None:
        lines += ["", f"relevant     {analysis['is_relevant']}", f"province     {analysis['province'] or '-'}",
                  f"election     {analysis['election'] or '-'}",
                  f"event dates  {', '.join(analysis['event_dates']) or '-'}"]
        lines += [f"agency       {a['agency']}"
                  + (f" ({a['acronym']})" if a["acronym"] not in (None, a["agency"]) else "")
                  for a in analysis["agencies"]]
        lines += [f"official     {o['name']}" + "".join(f", {x}" for x in (o["role"], o["agency"]) if x)
                  for o in analysis["officials"]]
        lines += [f"directive    {d['kind']}: {d['sentence']} [actor {d['actor'] or '-'}; target {d['target'] or '-'}]"
                  for d in analysis["directives"]]
    return "\n".join(lines)
