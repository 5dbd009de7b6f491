"""The page-kind gate: is page 1 one news article, judged on the page's own signals?"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from pipeline.extract.dom import norm_key, text_of
from pipeline.extract.errors import NotAnArticle
from pipeline.extract.metadata import Meta
from pipeline.extract.rules import rules

_ARTICLE_OG = re.compile(r"article|news|blog|post", re.I)
# schema.org types that say "this page is not one article".
_NON_ARTICLE_TYPES = frozenset({
    "CollectionPage", "AboutPage", "ContactPage", "SearchResultsPage", "ProfilePage",
    "ItemList", "FAQPage", "CheckoutPage", "MediaGallery",
})
_MIN_TEXT = 200  # characters of body text for a page without article metadata


def _teaser_listing(tree: etree._Element, lines: list[str]) -> bool:
    """A listing of teasers: most paragraphs sit in an item box next to a headline
    link, or most extracted lines are truncated excerpts ("...")."""
    long_lines = [ln for ln in lines if len(ln) >= 40]
    truncated = [ln for ln in long_lines if ln.endswith(("...", "…", "[...]"))]
    if len(truncated) >= 2 and len(truncated) >= 0.3 * len(long_lines):
        return True
    paragraphs = teasers = 0
    boxes: dict[etree._Element, bool] = {}
    for p in tree.find("body").iter("p"):
        box = p.getparent()
        if box is None or len(text_of(p)) < 40 or next(p.iterancestors("a"), None) is not None:
            continue
        paragraphs += 1
        if box not in boxes:  # a small item box: one excerpt and a headline link beside it
            boxes[box] = (len(box.findall(".//p")) <= 2 and len(text_of(box)) <= 800 and any(
                next(a.iterancestors("p"), None) is None and len(text_of(a).split()) >= 4
                for a in box.iter("a")))
        teasers += boxes[box]
    # one lone teaser is still a listing when it is all the page has (a last listing page)
    return teasers >= 0.5 * paragraphs and (teasers >= 2 or teasers == paragraphs == 1)


def check_is_article(meta: Meta, tree: etree._Element, lines: list[str], url: str) -> None:
    """Raise NotAnArticle unless the page's own signals say it is a news article."""
    cues = rules()
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/" and not parts.query:
        raise NotAnArticle(f"homepage: {url}")
    if meta.title and norm_key(meta.title) in cues.static_titles:
        raise NotAnArticle(f"static page {meta.title!r}: {url}")
    article_og = meta.og_type is None or bool(_ARTICLE_OG.search(meta.og_type))
    strong = meta.has_article_ld or (meta.published_in_metadata and article_og)
    if not strong:
        # some CMSs say og:type=website on every page: a publication date in the
        # metadata outweighs it, the other checks below still apply
        if not article_og and not meta.published_in_metadata:
            raise NotAnArticle(f"og:type {meta.og_type}: {url}")
        if meta.ld_types & _NON_ARTICLE_TYPES:
            raise NotAnArticle(f"JSON-LD {sorted(meta.ld_types & _NON_ARTICLE_TYPES)}: {url}")
        if any(p.search(path) for p in cues.listing_paths):
            raise NotAnArticle(f"listing URL: {url}")
        if meta.published is None:
            raise NotAnArticle(f"no publication date: {url}")
    if not meta.has_article_ld and _teaser_listing(tree, lines):
        raise NotAnArticle(f"listing of teasers: {url}")
    if not strong and sum(len(ln) for ln in lines) < _MIN_TEXT:
        raise NotAnArticle(f"too little text for an article: {url}")
