"""Extraction stage: the fetched pages of one article -> one Article.

Each page is decoded, parsed once with lxml and run through trafilatura once.
Metadata (headline, publication date, author) is read from the page itself in the
order sites are most reliable: JSON-LD, OpenGraph/meta tags, then the visible date
line nearest the headline (so a site-wide "today" bar is not taken for the date).
Boilerplate is removed twice: blocks before trafilatura (by class word and by their
label, e.g. "Baca Juga"), lines after it (promo prompts, credits, comment forms).
All cue words live in patterns/boilerplate.yaml; nothing here knows a site.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections.abc import Iterable, Iterator
from configparser import ConfigParser
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import trafilatura
import yaml
from lxml import etree
from trafilatura.settings import use_config

from pipeline.dates import find_dates, jakarta_date, parse_date, timezone_for_province
from pipeline.records import Article, RawPage

PATTERNS_FILE = Path(__file__).parent / "patterns" / "boilerplate.yaml"

# schema.org vocabulary: types that say "this page is one article" / "this page is not".
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")
_ARTICLE_OG = re.compile(r"article|news|blog|post", re.I)
_NON_ARTICLE_TYPES = frozenset({
    "CollectionPage", "AboutPage", "ContactPage", "SearchResultsPage", "ProfilePage",
    "ItemList", "FAQPage", "CheckoutPage", "MediaGallery",
})
# <meta name|property|itemprop> holding the publication date, most specific first;
# then any other key that says "publish date" (e.g. a CMS prefix "dtk:publishdate").
_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "og:published_time", "datepublished", "date_published", "publishdate", "publish-date",
    "publish_date", "published_date", "pubdate", "article.published", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created", "sailthru.date",
    "parsely-pub-date", "content_publisheddate", "publication_date", "date",
)
_DATE_META_KEY = re.compile(r"publish(?:ed)?[_:.-]?(?:date|time)|pubdate|datepublished", re.I)
_AUTHOR_META = ("author", "article:author", "og:article:author", "dc.creator", "parsely-author",
                "sailthru.author", "content_author")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "option",
                        "select", "textarea", "svg"})
_LOOSE_BOXES = frozenset({"div", "aside", "section"})  # link-only boxes of these go only when small
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_BLOCK_TAGS = frozenset({"p", "div", "aside", "section", "li", "ul", "ol", "figure", "blockquote",
                         "table", "tr", "td", "dl", "dd", "center", "header", "footer", "nav",
                         "h2", "h3", "h4", "h5", "h6", "form"})
_DATE_CLASS = re.compile(r"date|time|tanggal|tgl|waktu|publish|posted|meta", re.I)
_MODIFIED = re.compile(r"diperbarui|diperbaharui|update|diubah|modified|revisi", re.I)
_PUBLISHED_CLASS = re.compile(r"publish|posted|terbit", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " •  ")
_TITLE_PAGE = re.compile(r"\s*[(\[]\s*(?:halaman|hal\.?|page)\s*\d+[^)\]]*[)\]]"
                         r"|\s+[-|–]\s*(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of)\s*\d+)?\s*$", re.I)
_NAME_CUT = re.compile(r"\s*(?:\||•|·|/|,|;|\s[-–—]\s|\b(?:Editor|Penyunting|Redaktur|Foto|Fotografer)\b)")
_LOGO_CLASS = re.compile(r"logo|brand|site-?title|site-?name|masthead", re.I)
_WS = re.compile(r"\s+")
_MAX_DATE_DISTANCE = 150  # elements between headline and a visible date line
_MAX_DATE_LINE_EXTRA = 60  # characters besides the date in a date line ("Oleh X | ..."), not a sentence
_MIN_TEXT = 200  # characters of body text for a page without article metadata
_MIN_ARTICLE_TEXT = 40  # below this an article page is unreadable
_MIN_EXTRACTED = 80  # below this trafilatura tries its fallbacks


class NotAnArticle(Exception):
    """The page is a homepage, listing, tag or static page, not a news article."""


class ExtractionError(Exception):
    """The page cannot be read (empty, not HTML, no body text)."""


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Rules:
    """boilerplate.yaml, compiled once."""

    block_class: re.Pattern[str]
    block_cue: re.Pattern[str]
    block_cue_max: int
    line_start: re.Pattern[str]
    line_start_max: int
    credit: re.Pattern[str]
    credit_max: int
    line_equals: frozenset[str]
    promo_channel: re.Pattern[str]
    promo_always: re.Pattern[str]
    promo_marker: re.Pattern[str]
    promo_max: int
    notice: re.Pattern[str]
    notice_max: int
    trailing: tuple[re.Pattern[str], ...]
    author_cue: re.Pattern[str]
    author_class: re.Pattern[str]
    static_titles: frozenset[str]
    listing_paths: tuple[re.Pattern[str], ...]


def _any(patterns: Iterable[str], *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + suffix, re.I)


def _class_words(words: Iterable[str]) -> re.Pattern[str]:
    alts = [re.escape(w).replace(r"\-", "[-_]?") for w in words]
    return _any(alts, prefix=r"(?<![a-z0-9])", suffix=r"(?![a-z0-9])")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    with PATTERNS_FILE.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    credit_words = sorted(spec["credit_words"], key=len, reverse=True)
    return _Rules(
        block_class=_class_words(spec["block_class_words"]),
        block_cue=_any(spec["block_text_cues"]["patterns"], prefix=r"\s*"),
        block_cue_max=spec["block_text_cues"]["max_chars"],
        line_start=_any(spec["line_starts"]["patterns"], prefix=r"\s*"),
        line_start_max=spec["line_starts"]["max_chars"],
        credit=_any([re.escape(w) for w in credit_words], prefix=r"[\s(\[]*", suffix=r"\s*:"),
        credit_max=spec["credit_max_chars"],
        line_equals=frozenset(_norm_ws(s).lower() for s in spec["line_equals"]),
        promo_channel=_any(spec["promo"]["channels"], prefix=r"\b"),
        promo_always=_any(spec["promo"]["always"], prefix=r"\b"),
        promo_marker=_any(spec["promo"]["markers"], prefix=r"\b"),
        promo_max=spec["promo"]["max_chars"],
        notice=_any(spec["notice"]["patterns"]),
        notice_max=spec["notice"]["max_chars"],
        trailing=tuple(re.compile(p, re.I) for p in spec["trailing_credits"]),
        author_cue=_any([re.escape(w) for w in sorted(spec["author_cues"], key=len, reverse=True)],
                        prefix=r"^\s*", suffix=r"\b\s*(?P<colon>:)?\s*(?P<name>.*)$"),
        author_class=_class_words(spec["author_class_words"]),
        static_titles=frozenset(_norm_key(t) for t in spec["static_titles"]),
        listing_paths=tuple(re.compile(p, re.I) for p in spec["listing_paths"]),
    )


# --------------------------------------------------------------------------- small helpers


def _norm_ws(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00a0", " ")).strip()


def _norm_key(text: str) -> str:
    """Lower-case letters and digits only: for comparing titles and names."""
    return re.sub(r"[\W_]+", "", text.lower())


def _text(el: etree._Element) -> str:
    return _norm_ws(el.text_content())


def _classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _link_density(el: etree._Element, text_len: int) -> float:
    if not text_len:
        return 0.0
    return sum(len(_text(a)) for a in el.iter("a")) / text_len


# --------------------------------------------------------------------------- decoding


_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|h1)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _codec(name: str | None) -> str | None:
    """Python codec for a declared charset; latin-1/ascii read as windows-1252, as browsers do."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def decode_html(page: RawPage) -> str:
    """Page bytes -> text. UTF-8 when the bytes are (mostly) UTF-8, whatever the header
    says; else the meta or header charset; else windows-1252. Never fails."""
    data = page.html
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    high = len(data) - len(data.decode("ascii", errors="ignore"))
    if text.count("\ufffd") * 10 < high:
        return text  # UTF-8 with a few stray bytes: valid multi-byte sequences dominate
    meta = _META_CHARSET.search(data[:4096])
    for codec in (_codec(meta.group(1).decode("ascii", "replace")) if meta else None, _codec(page.encoding)):
        if codec and codec != "utf-8":
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return data.decode("cp1252", errors="replace")


def _parse(page: RawPage) -> lxml.html.HtmlElement:
    if not page.html or not page.html.strip():
        raise ExtractionError(f"empty page: {page.url}")
    text = decode_html(page).replace("\x00", "")
    if not _HTML_TAG.search(text, 0, 65536):
        raise ExtractionError(f"not an HTML document: {page.url}")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparsable HTML ({exc}): {page.url}") from exc
    if tree.find("body") is None:
        raise ExtractionError(f"HTML without body: {page.url}")
    return tree


# --------------------------------------------------------------------------- metadata


@dataclass
class _Meta:
    """What page 1 says about itself."""

    title: str | None = None
    headline_el: etree._Element | None = None
    published: datetime | date | None = None
    published_in_metadata: bool = False
    author: str | None = None
    og_type: str | None = None
    ld_types: set[str] = field(default_factory=set)
    has_article_ld: bool = False


def _jsonld_objects(tree: etree._Element) -> Iterator[dict]:
    """Every JSON object in the page's JSON-LD blocks, @graph and nested lists flattened."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        raw = script.text.strip().removeprefix("<!--").removesuffix("-->")
        raw = re.sub(r"^\s*//\s*<!\[CDATA\[|//\s*\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                # only containers that hold the page's own entity: an ItemList of
                # NewsArticles on a listing page must not make it an article
                for key in ("@graph", "mainEntity"):
                    inner = item.get(key)
                    if isinstance(inner, (list, dict)):
                        stack[:0] = inner if isinstance(inner, list) else [inner]


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return [n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)]


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list of them)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            out.append(html.unescape(name).strip())
    return out


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    """<meta> name/property/itemprop (lower-cased) -> first non-empty content."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content
    return tags


def _clean_title(title: str, site_names: set[str], *, strip_unknown_suffix: bool = False) -> str:
    """Drop "(Halaman 2)" and the outlet's name before/after a separator."""
    title = _TITLE_PAGE.sub("", _norm_ws(html.unescape(title))).strip()
    keys = {_norm_key(n) for n in site_names if n}
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        parts = [p.strip() for p in title.split(sep)]
        while len(parts) > 1 and _is_site_name(parts[-1], keys):
            parts.pop()
        while len(parts) > 1 and _is_site_name(parts[0], keys):
            parts.pop(0)
        if strip_unknown_suffix and len(parts) > 1:
            parts = [max(parts, key=len)]
        title = sep.join(parts)
    return title


def _is_site_name(part: str, site_keys: set[str]) -> bool:
    """"SuaraJatim.id", "detikNews" name the outlet "suarajatim" / "detik": the same
    key give or take a short suffix."""
    key = _norm_key(part)
    return bool(key) and any(
        s and (key.startswith(s) or s.startswith(key)) and abs(len(key) - len(s)) <= 6
        for s in site_keys)


def _pick_headline(tree: etree._Element, refs: list[str], site_names: set[str]
                   ) -> tuple[str | None, etree._Element | None]:
    """The <h1> that is the article headline, else the best metadata title.

    ``refs`` are the JSON-LD headline, og:title, twitter:title and <title>, in that
    order. A logo <h1> (the outlet's name) is never the headline."""
    h1s: list[tuple[etree._Element, str]] = []
    for el in tree.iter("h1"):
        for br in el.iter("br"):  # "Baris satu<br>baris dua" reads with a space
            br.tail = " " + (br.tail or "")
        text = _text(el)
        if text and _is_logo(el):
            site_names = site_names | {text}
        elif text:
            h1s.append((el, text))
    site_keys = {_norm_key(n) for n in site_names if n}
    h1s = [(el, t) for el, t in h1s if _norm_key(t) not in site_keys]
    ref_keys = [_norm_key(r) for r in refs if r]
    for el, text in h1s:
        key = _norm_key(text)
        if any(key == r or (len(key) >= 15 and key in r) or (len(key) >= 5 and (
                r.startswith(key) or r.endswith(key))) for r in ref_keys):
            return text, el
    for el, text in h1s:
        words = set(text.lower().split())
        for ref in refs:
            ref_words = set(ref.lower().split()) if ref else set()
            if ref_words and len(words & ref_words) / len(words | ref_words) >= 0.6:
                return text, el
    long_h1s = [(el, t) for el, t in h1s if len(t.split()) >= 3]
    inside = [(el, t) for el, t in long_h1s
              if any(a.tag in ("article", "main") for a in el.iterancestors())]
    if inside or long_h1s:
        el, text = (inside or long_h1s)[0]
        return text, el
    first = h1s[0][0] if h1s else None
    for ref in refs[:-1]:
        if ref:
            return _clean_title(ref, site_names), first
    if h1s:
        return h1s[0][1], first
    if refs and refs[-1]:
        return _clean_title(refs[-1], site_names, strip_unknown_suffix=True), None
    return None, None


def _is_logo(el: etree._Element) -> bool:
    """An <h1> that holds the outlet's logo or name: logo-ish class, or a link home."""
    if any(_LOGO_CLASS.search(_classes(a)) for a in (el, *el.iterancestors())):
        return True
    links = [a for a in (*el.iterancestors("a"), *el.iterdescendants("a"))]
    return any(urlsplit(a.get("href") or "").path in ("", "/") and not urlsplit(a.get("href") or "").query
               for a in links)


@dataclass
class _DateCandidate:
    value: datetime | date
    score: float


def _own_chunks(tree: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(owning element, text) for every text node under <body>, in document order."""
    body = tree.find("body")
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS and el.text:
            yield el, el.text
        if el.tail and el is not body:
            parent = el.getparent()
            if parent is not None:
                yield parent, el.tail


def _visible_date(tree: etree._Element, anchor: int, tz: tzinfo) -> datetime | date | None:
    """The date line nearest the headline: after it beats before it, a time and a
    date-ish class help, an "updated" label or class hurts."""
    best: _DateCandidate | None = None
    body = tree.find("body")
    for pos, el in enumerate(body.iter()):
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        values: list[tuple[datetime | date, str]] = []
        if el.tag == "time" and el.get("datetime"):
            value = parse_date(el.get("datetime"), default_tz=tz)
            if value is not None:
                values.append((value, ""))
        for text in (el.text, el.tail):
            if not text or not 6 <= len(text.strip()) <= 150 or not any(c.isdigit() for c in text):
                continue
            for m in find_dates(text, default_tz=tz):
                if len(text.strip()) - (m.end - m.start) <= _MAX_DATE_LINE_EXTRA:
                    values.append((m.value, text[:m.start]))
        if not values:
            continue
        offset = pos - anchor
        distance = offset if offset >= 0 else -2 * offset
        if distance > _MAX_DATE_DISTANCE:
            continue
        hint = " ".join(_classes(a) for a in (el, *list(el.iterancestors())[:2]))
        for value, before in values:
            score = distance - (15 if isinstance(value, datetime) else 0)
            score -= 10 if _DATE_CLASS.search(hint) else 0
            if _MODIFIED.search(before) or (_MODIFIED.search(hint) and not _PUBLISHED_CLASS.search(hint)):
                score += 200
            if best is None or score < best.score:
                best = _DateCandidate(value, score)
    return best.value if best else None


def _valid_name(name: str, site_keys: set[str]) -> str | None:
    name = _NAME_CUT.split(_norm_ws(name), maxsplit=1)[0].strip(" :-–—.")
    words = name.split()
    if not 2 <= len(name) <= 60 or len(words) > 6 or any(c.isdigit() for c in name):
        return None
    if not name[0].isupper() or _norm_key(name) in site_keys or "@" in name or "://" in name:
        return None
    if not all(w[0].isupper() or w.lower() in {"bin", "binti", "al", "el", "van", "de", "dan"}
               or not w[0].isalpha() for w in words):
        return None
    return name


def _visible_author(tree: etree._Element, site_keys: set[str]) -> str | None:
    """A labelled author line ("Penulis: X", "Oleh X"), else a byline element."""
    rules = _rules()
    for owner, text in _own_chunks(tree):
        if len(text) > 150:
            continue
        m = rules.author_cue.match(text)
        if not m:
            continue
        full = _text(owner)
        if not m.group("colon") and (len(full) > 60 or full.endswith((".", "!", "?"))):
            continue  # "Oleh Bawaslu, temuan itu ..." opens a sentence, not a byline
        name = m.group("name").strip()
        if not name:
            m = rules.author_cue.match(full) if len(full) <= 150 else None
            name = m.group("name") if m else ""
        valid = _valid_name(name, site_keys)
        if valid:
            return valid
    body = tree.find("body")
    for el in body.iter():
        if isinstance(el.tag, str) and rules.author_class.search(_classes(el)):
            text = _text(el)
            if len(text) <= 80:
                m = rules.author_cue.match(text)
                valid = _valid_name(m.group("name") if m else text, site_keys)
                if valid:
                    return valid
    return None


def _host_name(url: str) -> str:
    """The outlet's name as its host spells it: "www.kabarlembah.co.id" -> "kabarlembah"."""
    labels = (urlsplit(url).hostname or "").split(".")[:-1]  # without the top-level domain
    while len(labels) > 1 and len(labels[-1]) <= 3:  # "co" of .co.id, "go" of .go.id
        labels.pop()
    name = labels[-1] if labels else ""
    return name if len(name) >= 4 and not name.isdigit() else ""


def _read_metadata(tree: etree._Element, url: str, tz: tzinfo) -> _Meta:
    meta = _Meta()
    tags = _meta_tags(tree)
    objects = list(_jsonld_objects(tree))
    article_ld: dict | None = None
    site_names = {tags.get("og:site_name", ""), tags.get("application-name", "")}
    for obj in objects:
        types = _types(obj)
        meta.ld_types.update(types)
        if any(_ARTICLE_TYPE.search(t) for t in types) and article_ld is None:
            article_ld = obj
        if any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in types):
            site_names.update(_names(obj.get("name")))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            site_names.update(_names(publisher.get("name")))
    meta.has_article_ld = article_ld is not None
    meta.og_type = (tags.get("og:type") or "").lower() or None
    site_names.add(_host_name(url))
    site_names.discard("")
    site_keys = {_norm_key(n) for n in site_names}

    ld_headline = ""
    if article_ld is not None:
        headline = article_ld.get("headline") or article_ld.get("name")
        ld_headline = html.unescape(headline) if isinstance(headline, str) else ""
    doc_title = tree.findtext(".//title") or ""
    meta.title, meta.headline_el = _pick_headline(
        tree, [ld_headline, tags.get("og:title", ""), tags.get("twitter:title", ""), doc_title], site_names)

    raw_dates = []
    if article_ld is not None and isinstance(article_ld.get("datePublished"), str):
        raw_dates.append(article_ld["datePublished"])
    raw_dates += [tags[k] for k in _DATE_META if k in tags]
    raw_dates += [v for k, v in tags.items() if _DATE_META_KEY.search(k) and not _MODIFIED.search(k)]
    raw_dates += [el.get("content") or el.get("datetime") or ""
                  for el in tree.xpath('//*[@itemprop="datePublished"]')]
    for raw in raw_dates:
        value = parse_date(raw, default_tz=tz)
        if value is not None:
            meta.published, meta.published_in_metadata = value, True
            break
    if meta.published is None:
        anchor = _element_position(tree, meta.headline_el)
        meta.published = _visible_date(tree, anchor, tz)
    if meta.published is None:
        m = _URL_DATE.search(urlsplit(url).path)
        if m:
            try:
                meta.published = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass

    names = _names(article_ld.get("author")) if article_ld is not None else []
    names += [tags[k] for k in _AUTHOR_META if k in tags]
    for name in names:
        valid = _valid_name(name, site_keys)
        if valid:
            meta.author = valid
            break
    else:
        meta.author = _visible_author(tree, site_keys)
    return meta


def _element_position(tree: etree._Element, target: etree._Element | None) -> int:
    """Pre-order index of the headline under <body> (or of <article>/<main>), else 0."""
    body = tree.find("body")
    if target is None:
        target = next(iter(body.iter("article")), None)
    if target is None:
        target = next(iter(body.iter("main")), None)
    if target is None:
        return 0
    for pos, el in enumerate(body.iter()):
        if el is target:
            return pos
    return 0


# --------------------------------------------------------------------------- body text


def _unwrap_layout_tables(body: etree._Element) -> None:
    """Old CMSs lay whole pages out in tables; trafilatura would render such a cell
    as one table row. A table whose cells hold headings or several blocks is layout:
    its rows and cells become plain divs."""
    for table in list(body.iter("table")):
        cells = table.xpath("./tr/td | ./tbody/tr/td | ./tr/th | ./tbody/tr/th")
        if not any(cell.find(".//h1") is not None or cell.find(".//h2") is not None
                   or len(cell.xpath("./p | ./div | ./ul | ./table")) >= 2 for cell in cells):
            continue
        for el in (table, *table.xpath("./tbody | ./thead | ./tfoot | ./tbody/tr | ./tr"), *cells):
            el.tag = "div"


def _drop_boilerplate_blocks(tree: etree._Element, headline: etree._Element | None) -> None:
    """Remove share bars, related-link boxes, ad slots ... before trafilatura sees the page."""
    rules = _rules()
    body = tree.find("body")
    p_total = sum(len(_text(p)) for p in body.iter("p"))
    body_total = len(_text(body))
    protected = set(headline.iterancestors()) | {headline} if headline is not None else set()

    def removable(el: etree._Element, length: int) -> bool:
        if el in protected or el.tag in _KEEP_TAGS or el.getparent() is None:
            return False
        big = (p_total > 200 and length > 0.5 * p_total) or length > 0.5 * body_total
        return not big or _link_density(el, length) >= 0.5

    doomed: list[etree._Element] = []  # document order; ancestors before descendants
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if rules.block_class.search(_classes(el)):
            if removable(el, len(_text(el))):
                doomed.append(el)
                continue
        if el.text and rules.block_cue.match(el.text) and el.text.strip():
            block = None
            node: etree._Element | None = el
            while node is not None and node.tag not in _KEEP_TAGS:
                length = len(_text(node))
                if length > rules.block_cue_max or not removable(node, length):
                    break
                if node.tag in _BLOCK_TAGS or block is None:
                    block = node
                node = node.getparent()
            if block is not None:
                doomed.append(block)
                if block.tag not in _BLOCK_TAGS:
                    doomed.extend(_links_after(block))
    for el in body.iter("ul", "ol", "table", "p", "div", "aside", "section"):
        text_len = len(_text(el))
        if not text_len or el.find(".//a") is None or (el.tag in _LOOSE_BOXES and text_len > 300):
            continue
        threshold = 0.8 if el.tag in ("ul", "ol", "table") else 0.9
        if _link_density(el, text_len) >= threshold and removable(el, text_len):
            doomed.append(el)
    doomed_set = set(doomed)
    for el in doomed:
        if el.getparent() is not None and not any(a in doomed_set for a in el.iterancestors()):
            el.drop_tree()


@lru_cache(maxsize=1)
def _trafilatura_config() -> ConfigParser:
    """Short news items are real articles: below the default 250 characters trafilatura
    falls back to a whole-page text dump that glues headline, byline and body together."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED))
    return config


def _links_after(label: etree._Element) -> list[etree._Element]:
    """The links that directly follow a bare "Baca juga:" label inside running text."""
    links = []
    node = label
    while (not node.tail or not node.tail.strip(" \t\n:>»-–|")) and node.getnext() is not None:
        node = node.getnext()
        if node.tag != "a" and not (node.tag in ("strong", "b", "em", "span") and node.find("a") is not None):
            break
        links.append(node)
    return links


def _is_boilerplate_line(line: str) -> bool:
    rules = _rules()
    probe = line.lstrip("-•*· ").strip()
    low = probe.lower()
    n = len(probe)
    if low in rules.line_equals or not any(c.isalnum() for c in probe):
        return True
    if n <= rules.line_start_max and rules.line_start.match(probe):
        return True
    if n <= rules.credit_max and rules.credit.match(probe):
        return True
    if n <= rules.promo_max and (rules.promo_always.search(probe) or (
            rules.promo_channel.search(probe) and rules.promo_marker.search(probe))):
        return True
    return n <= rules.notice_max and bool(rules.notice.search(probe))


def _is_date_line(line: str) -> bool:
    """A line that is only a timestamp (a page header repeated in the body)."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    return any(len(line) - (m.end - m.start) <= 15 for m in find_dates(line))


def _strip_trailing_credit(line: str) -> str:
    for pattern in _rules().trailing:
        line = pattern.sub("", line)
    return line.strip()


def _body_lines(tree: lxml.html.HtmlElement, headline: etree._Element | None, title: str | None
                ) -> list[str]:
    """Paragraphs of one page: boilerplate blocks out, trafilatura, boilerplate lines out."""
    _unwrap_layout_tables(tree.find("body"))
    _drop_boilerplate_blocks(tree, headline)
    doc = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True,
                                      with_metadata=False, config=_trafilatura_config())
    title_key = _norm_key(title) if title else None
    lines = []
    for raw in (doc.text or "").split("\n") if doc is not None else []:
        line = _norm_ws(raw)
        if not line or _is_boilerplate_line(line) or _norm_key(line) == title_key or _is_date_line(line):
            continue
        line = _strip_trailing_credit(line)
        if line:
            lines.append(line)
    return lines


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
        if box is None or len(_text(p)) < 40 or next(p.iterancestors("a"), None) is not None:
            continue
        paragraphs += 1
        if box not in boxes:  # a small item box: one excerpt and a headline link beside it
            boxes[box] = (len(box.findall(".//p")) <= 2 and len(_text(box)) <= 800 and any(
                next(a.iterancestors("p"), None) is None and len(_text(a).split()) >= 4
                for a in box.iter("a")))
        teasers += boxes[box]
    # one lone teaser is still a listing when it is all the page has (a last listing page)
    return teasers >= 0.5 * paragraphs and (teasers >= 2 or teasers == paragraphs == 1)


# --------------------------------------------------------------------------- decision


def _check_is_article(meta: _Meta, tree: etree._Element, lines: list[str], url: str) -> None:
    """Raise NotAnArticle unless the page's own signals say it is a news article."""
    rules = _rules()
    parts = urlsplit(url)
    path = parts.path or "/"
    if path == "/" and not parts.query:
        raise NotAnArticle(f"homepage: {url}")
    if meta.title and _norm_key(meta.title) in rules.static_titles:
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
        if any(p.search(path) for p in rules.listing_paths):
            raise NotAnArticle(f"listing URL: {url}")
        if meta.published is None:
            raise NotAnArticle(f"no publication date: {url}")
    if not meta.has_article_ld and _teaser_listing(tree, lines):
        raise NotAnArticle(f"listing of teasers: {url}")
    if not strong and sum(len(ln) for ln in lines) < _MIN_TEXT:
        raise NotAnArticle(f"too little text for an article: {url}")


# --------------------------------------------------------------------------- entry point


def extract_article(
    pages: list[RawPage], *, article_id: str, url: str, source_id: str,
    source_province: str | None = None,
) -> Article:
    """Turn the pages of one article (page 1 first) into one Article.

    Raises NotAnArticle for homepages, listings and static pages (judged on page 1),
    ExtractionError when page 1 cannot be read or yields no text. An unreadable
    continuation page is skipped.
    """
    if not pages:
        raise ExtractionError(f"no pages for {url}")
    tz = timezone_for_province(source_province)
    first = _parse(pages[0])
    meta = _read_metadata(first, url, tz)
    lines = _body_lines(first, meta.headline_el, meta.title)
    _check_is_article(meta, first, lines, url)
    for page in pages[1:]:
        try:
            tree = _parse(page)
        except ExtractionError:
            continue  # a broken continuation page costs its paragraphs, not the article
        h1 = next(iter(tree.iter("h1")), None)
        lines += _body_lines(tree, h1, meta.title)

    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        key = _norm_key(line)
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    if sum(len(line) for line in kept) < _MIN_ARTICLE_TEXT:
        raise ExtractionError(f"no article text found: {url}")

    published = meta.published
    return Article(
        article_id=article_id,
        url=url,
        source_id=source_id,
        title=meta.title,
        published_at=published if isinstance(published, datetime) else None,
        published_date=jakarta_date(published) if published is not None else None,
        author=meta.author,
        text="\n".join(kept),
        source_province=source_province,
    )
