"""The article text: boilerplate blocks out, trafilatura once per page, boilerplate
lines out, then the pages joined in order."""

from __future__ import annotations

from configparser import ConfigParser
from functools import lru_cache

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from pipeline.extract.boilerplate import (drop_boilerplate_blocks, is_boilerplate_line, is_date_line,
                                          strip_trailing_credit, unwrap_layout_tables)
from pipeline.extract.dom import norm_key, norm_ws

_MIN_EXTRACTED = 80  # below this trafilatura tries its fallbacks


@lru_cache(maxsize=1)
def _trafilatura_config() -> ConfigParser:
    """Short news items are real articles: below the default 250 characters trafilatura
    falls back to a whole-page text dump that glues headline, byline and body together."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED))
    return config


def body_lines(tree: lxml.html.HtmlElement, headline: etree._Element | None, title: str | None
               ) -> list[str]:
    """Paragraphs of one page: boilerplate blocks out, trafilatura, boilerplate lines out."""
    unwrap_layout_tables(tree.find("body"))
    drop_boilerplate_blocks(tree, headline)
    doc = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True,
                                      with_metadata=False, config=_trafilatura_config())
    title_key = norm_key(title) if title else None
    lines = []
    for raw in (doc.text or "").split("\n") if doc is not None else []:
        line = norm_ws(raw)
        if not line or is_boilerplate_line(line) or norm_key(line) == title_key or is_date_line(line):
            continue
        line = strip_trailing_credit(line)
        if line:
            lines.append(line)
    return lines


def join_pages(lines: list[str]) -> list[str]:
    """The lines of all pages in order, each text once."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        key = norm_key(line)
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept
