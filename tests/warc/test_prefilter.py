"""The pre-filter drops no page the analysis calls relevant, however its words are written in HTML."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from crawlers.warc.prefilter import may_be_relevant
from pipeline import nlp
from pipeline.extract import NotAnArticle, extract_article
from pipeline.nlp.resources import load
from pipeline.records import RawPage
from tests.support import sitegen

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pages"
ELECTION = load("classify")["relevance"]["election"]


def _relevant(pages: list[RawPage]) -> bool:
    try:
        article = extract_article(pages, article_id="x", url=pages[0].url, source_id="t")
    except NotAnArticle:
        return False
    return next(iter(nlp.analyse([article]))).is_relevant


def _test_web() -> list[list[RawPage]]:
    articles = []
    for outlet, stories in sitegen.STORIES.items():
        for story in stories:
            pages = [RawPage("https://t.test" + story.path, sitegen._article_html(story, outlet, style).encode())
                     for style in ("og", "visible", "jsonld")]
            articles += [[p] for p in pages]
    for html in sorted(FIXTURES.glob("*.html")):
        if html.name.endswith(".p2.html"):
            continue
        url = json.loads(html.with_suffix(".expect.json").read_text())["url"]
        pages = [RawPage(url, html.read_bytes())]
        if (second := html.with_suffix(".p2.html")).exists():
            pages.append(RawPage(url + "?page=2", second.read_bytes(), page_no=2))
        articles.append(pages)
    return articles


def _disguised(html: str, how: str) -> str:
    """Every election word of the page written another way that a browser shows the same
    (in the head, where tags cannot go, as entities)."""
    def rewrite(how: str) -> Callable[[re.Match[str]], str]:
        def one(match: re.Match[str]) -> str:
            word = match.group(0)
            if how == "entities":
                return "".join(f"&#{ord(c)};" if i % 2 else c for i, c in enumerate(word))
            if how == "inline tags":
                return f"{word[:2]}<b>{word[2:]}</b>"
            return word.upper()
        return one
    words = sorted({w for p in ELECTION for w in p.split()}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    body = html.index("<body")
    head = pattern.sub(rewrite("capitals" if how == "capitals" else "entities"), html[:body])
    return head + pattern.sub(rewrite(how), html[body:])


@pytest.mark.parametrize("phrase", ELECTION)
def test_every_election_phrase_lets_a_page_through_however_it_is_spaced_or_cased(phrase: str):
    for written in (phrase, phrase.upper(), phrase.replace(" ", "&nbsp;"), phrase.replace(" ", "\n  "),
                    phrase.replace(" ", "</b> <b>")):
        html = f"<html><body><p>Kabar <b>{written}</b> hari ini.</p></body></html>"
        page = RawPage("https://t.test/a", html.encode())
        assert may_be_relevant([page]), written


def test_a_word_of_a_phrase_alone_is_not_enough():
    page = RawPage("https://t.test/a", b"<html><body><nav><a href='/politik'>Politik</a></nav>"
                                       b"<p>Tahun ini panen raya.</p></body></html>")
    assert not may_be_relevant([page])


def test_no_relevant_page_of_the_test_web_or_the_golden_pages_is_dropped():
    relevant = [pages for pages in _test_web() if _relevant(pages)]
    assert len(relevant) >= 15
    assert all(may_be_relevant(pages) for pages in relevant)


@pytest.mark.parametrize("how", ["entities", "inline tags", "capitals"])
def test_election_words_written_otherwise_in_html_still_pass(how: str):
    kept = 0
    for stories in sitegen.STORIES.values():
        for story in stories:
            html = _disguised(sitegen._article_html(story, "Contoh", "og").replace("Pemilu 2024</a>", "</a>"), how)
            page = [RawPage("https://t.test" + story.path, html.encode())]
            if _relevant(page):
                kept += 1
                assert may_be_relevant(page), story.title
                if how != "capitals":
                    assert not re.search(rb"pemilu|pilkada|kampanye", page[0].html, re.I)  # truly disguised
    assert kept >= 3


def test_a_page_without_any_election_word_is_dropped():
    page = RawPage("https://t.test/ekonomi/cabai", b"<html><body><p>Harga cabai rawit turun.</p></body></html>")
    assert not may_be_relevant([page])
