"""URL rules: canonical forms, AMP variants, and which links can be articles.

The knowledge is data (url_rules.yaml and the sources file); this module only applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import yaml

from crawlers.sources import Source

RULES_FILE = Path(__file__).with_name("url_rules.yaml")


@dataclass(frozen=True)
class UrlRules:
    tracking: tuple[re.Pattern[str], ...]
    amp_suffixes: tuple[str, ...]
    amp_prefixes: tuple[str, ...]
    non_article: tuple[re.Pattern[str], ...]
    article_heuristics: tuple[re.Pattern[str], ...]
    next_words: frozenset[str]
    page_params: tuple[str, ...]


@lru_cache(maxsize=1)
def rules() -> UrlRules:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    return UrlRules(
        tracking=tuple(re.compile(p, re.I) for p in data["tracking_params"]),
        amp_suffixes=tuple(data["amp_path_suffixes"]),
        amp_prefixes=tuple(data["amp_path_prefixes"]),
        non_article=tuple(re.compile(p, re.I) for p in data["non_article_paths"]),
        article_heuristics=tuple(re.compile(p, re.I) for p in data["article_path_heuristics"]),
        next_words=frozenset(w.lower() for w in data["next_page_words"]),
        page_params=tuple(data["article_page_params"]),
    )


def canonicalize(url: str) -> str:
    """Drop the fragment, tracking parameters, default ports and AMP forms; keep the rest as written."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    r = rules()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not any(t.search(k) for t in r.tracking)]
    path = parts.path or "/"
    for suffix in r.amp_suffixes:
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)] or "/"
            break
    for prefix in r.amp_prefixes:
        if path.startswith(prefix):
            path = "/" + path[len(prefix):]
            break
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def same_site(url: str, source: Source) -> bool:
    """The link stays on the outlet (its host, a www. twin, or a subdomain such as regional editions)."""
    host = (urlsplit(url).hostname or "").lower()
    base = (urlsplit(source.base_url).hostname or "").lower()
    strip = lambda h: h[4:] if h.startswith("www.") else h
    return strip(host) == strip(base) or host.endswith("." + strip(base))


def is_article_candidate(url: str, source: Source, *, from_listing: bool) -> bool:
    """Whether a discovered link may be an article worth fetching.

    Sitemaps and feeds list articles on purpose, so only the exclusions apply to them;
    a listing page links everything, so its links must also look like articles.
    """
    if urlsplit(url).scheme not in ("http", "https") or not same_site(url, source):
        return False
    target = path_and_query(url)
    if any(re.search(p, target) for p in source.exclude_patterns):
        return False
    if any(p.search(target) for p in rules().non_article):
        return False
    if source.article_pattern:
        return re.search(source.article_pattern, target) is not None
    if from_listing:
        return any(p.search(urlsplit(url).path) for p in rules().article_heuristics)
    return True


def absolute(base: str, href: str) -> str | None:
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:")):
        return None
    return urljoin(base, href)


def continuation_urls(url: str, page_no: int) -> set[str]:
    """The URL forms page `page_no` of the article at `url` commonly takes."""
    parts = urlsplit(url)
    forms = set()
    for param in rules().page_params:
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != param]
        query.append((param, str(page_no)))
        forms.add(urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), "")))
    base_path = parts.path.rstrip("/")
    if page_no > 2:
        base_path = re.sub(rf"/{page_no - 1}$", "", base_path)
    for path in (f"{base_path}/{page_no}", f"{base_path}/{page_no}/"):
        forms.add(urlunsplit((parts.scheme, parts.netloc, path, parts.query, "")))
    return forms
