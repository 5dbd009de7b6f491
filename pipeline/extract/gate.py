"""The page-kind gate: is page 1 one news article, judged on the page's own signals?

Two errors are weighed: refusing a real article, and storing a section, category or
index page as one. The URL and the page's declarations (JSON-LD types, og:type) settle
the plain cases; the rest is decided by the page's prose. An article has a body: prose
paragraphs that stand on their own. A listing has teasers: each excerpt sits in a small
item box beside a link to another page's headline. A missing date, an og:type or a
missing <h1> never refuses a page that has an article body.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.extract.dom import norm_key
from pipeline.extract.errors import NotAnArticle
from pipeline.extract.metadata import Meta
from pipeline.extract.prose import Prose
from pipeline.extract.rules import rules

# schema.org types that say "this page is not one article".
_NON_ARTICLE_TYPES = frozenset({
    "CollectionPage", "AboutPage", "ContactPage", "SearchResultsPage", "ProfilePage",
    "ItemList", "FAQPage", "CheckoutPage",
})
_MIN_BODY = 200  # characters of article prose a page without article metadata needs


@dataclass(frozen=True)
class PageKind:
    """Why the page was taken for an article."""

    reason: str


def _truncated_excerpts(lines: list[str]) -> bool:
    """Most of the extracted text is excerpts cut short ("...")."""
    long_lines = [ln for ln in lines if len(ln) >= 40]
    truncated = [ln for ln in long_lines if ln.endswith(("...", "…", "[...]"))]
    return len(truncated) >= 2 and sum(map(len, truncated)) >= 0.5 * sum(map(len, long_lines))


def check_is_article(meta: Meta, prose: Prose, lines: list[str], url: str) -> PageKind:
    """Raise NotAnArticle unless the page's own signals say it is one news article."""
    cues = rules()
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/" and not parts.query:
        raise NotAnArticle(f"homepage: {url}")
    if meta.title and norm_key(meta.title) in cues.static_titles:
        raise NotAnArticle(f"static page {meta.title!r}: {url}")
    declared = meta.has_article_ld or (meta.og_type is not None and "article" in meta.og_type)
    if not meta.has_article_ld and meta.ld_types & _NON_ARTICLE_TYPES:
        raise NotAnArticle(f"JSON-LD {sorted(meta.ld_types & _NON_ARTICLE_TYPES)}: {url}")
    if not declared and any(p.search(path) for p in cues.listing_paths):
        raise NotAnArticle(f"listing URL: {url}")
    listing = prose.teasers >= 2 and prose.teaser_chars > (2 if declared else 1) * prose.body_chars
    if not meta.has_article_ld and (listing or (not declared and _truncated_excerpts(lines))):
        raise NotAnArticle(f"listing of teasers ({prose.teasers} teasers, {prose.body_chars} characters "
                           f"of article prose): {url}")
    text_chars = sum(len(ln) for ln in lines)
    prose_chars = prose.body_chars + prose.teaser_chars
    if not declared and (prose_chars == 0 or max(prose_chars, text_chars) < _MIN_BODY):
        raise NotAnArticle(f"no article body ({prose.body_chars} characters of prose): {url}")
    why = "article JSON-LD" if meta.has_article_ld else f"og:type {meta.og_type}" if declared else "article body"
    return PageKind(f"{why}; {prose.body_paragraphs} paragraphs, {prose.body_chars} characters of prose")
