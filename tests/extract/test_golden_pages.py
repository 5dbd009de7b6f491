"""Golden extraction cases: each fixture page says what the article is.

A case is ``tests/fixtures/pages/<name>.expect.json`` next to its page(s)
(``<name>.html``, further pages listed in ``pages``). Its ``why`` field says what
the case is about. Text checks ignore runs of whitespace; everything else is exact.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.extract import NotAnArticle, extract_article
from pipeline.records import Article, RawPage

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.expect.json"))


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _load(case: Path) -> tuple[dict, list[RawPage]]:
    expect = json.loads(case.read_text(encoding="utf-8"))
    name = case.name.removesuffix(".expect.json")
    files = expect.get("pages", [f"{name}.html"])
    pages = [
        RawPage(url=expect["url"] if n == 1 else f"{expect['url']}?page={n}",
                html=(PAGES / f).read_bytes(), encoding=expect.get("http_encoding"), page_no=n)
        for n, f in enumerate(files, start=1)
    ]
    return expect, pages


def _extract(expect: dict, pages: list[RawPage]) -> Article:
    return extract_article(pages, article_id="case", url=expect["url"], source_id="fixture",
                           source_province=expect.get("source_province"))


def test_there_are_cases_of_every_kind() -> None:
    kinds = [json.loads(c.read_text(encoding="utf-8")).get("not_an_article", False) for c in CASES]
    assert kinds.count(True) >= 3 and kinds.count(False) >= 5


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.removesuffix(".expect.json"))
def test_golden_page(case: Path) -> None:
    expect, pages = _load(case)
    if expect.get("not_an_article"):
        with pytest.raises(NotAnArticle):
            _extract(expect, pages)
        return

    article = _extract(expect, pages)

    assert article.title == expect["title"]
    assert article.published_date == date.fromisoformat(expect["published_date"])
    if "published_at" in expect:
        assert article.published_at == datetime.fromisoformat(expect["published_at"])
        assert article.published_at.utcoffset() == datetime.fromisoformat(expect["published_at"]).utcoffset()
    assert article.author == expect["author"]
    assert (article.url, article.source_id, article.source_province) == (
        expect["url"], "fixture", expect.get("source_province"))

    text = _ws(article.text)
    for fragment in expect["must_contain"]:
        assert _ws(fragment) in text, f"missing: {fragment!r}"
    for fragment in expect["must_not_contain"]:
        assert fragment.casefold() not in text.casefold(), f"boilerplate left in: {fragment!r}"
    positions = [text.find(_ws(f)) for f in expect.get("paragraph_order", [])]
    assert -1 not in positions, "a paragraph of the expected order is missing"
    assert positions == sorted(positions), "pages or paragraphs out of order"


@pytest.mark.parametrize("case", [c for c in CASES if "not_an_article" not in c.read_text(encoding="utf-8")],
                         ids=lambda c: c.name.removesuffix(".expect.json"))
def test_text_is_one_paragraph_per_line_without_the_headline(case: Path) -> None:
    expect, pages = _load(case)
    article = _extract(expect, pages)
    lines = article.text.split("\n")
    assert all(line.strip() == line and line for line in lines)
    assert len(lines) == len(set(lines)), "a paragraph is repeated"
    assert expect["title"] not in lines
