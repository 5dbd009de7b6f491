"""The article's headline: the <h1> that agrees with the page's own metadata titles,
never the outlet's logo, else a metadata title without the outlet's name."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from lxml import etree

from pipeline.extract.dom import classes, norm_key, norm_ws, text_of

_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " •  ")
_TITLE_PAGE = re.compile(r"\s*[(\[]\s*(?:halaman|hal\.?|page)\s*\d+[^)\]]*[)\]]"
                         r"|\s+[-|–]\s*(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of)\s*\d+)?\s*$", re.I)
_LOGO_CLASS = re.compile(r"logo|brand|site-?title|site-?name|masthead", re.I)


def clean_title(title: str, site_names: set[str], *, strip_unknown_suffix: bool = False) -> str:
    """Drop "(Halaman 2)" and the outlet's name before/after a separator."""
    title = _TITLE_PAGE.sub("", norm_ws(html.unescape(title))).strip()
    keys = {norm_key(n) for n in site_names if n}
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        parts = [p.strip() for p in title.split(sep)]
        while len(parts) > 1 and is_site_name(parts[-1], keys):
            parts.pop()
        while len(parts) > 1 and is_site_name(parts[0], keys):
            parts.pop(0)
        if strip_unknown_suffix and len(parts) > 1:
            parts = [max(parts, key=len)]
        title = sep.join(parts)
    return title


def is_site_name(part: str, site_keys: set[str]) -> bool:
    """"SuaraJatim.id", "detikNews" name the outlet "suarajatim" / "detik": the same
    key give or take a short suffix."""
    key = norm_key(part)
    return bool(key) and any(
        s and (key.startswith(s) or s.startswith(key)) and abs(len(key) - len(s)) <= 6
        for s in site_keys)


def pick_headline(tree: etree._Element, refs: list[str], site_names: set[str]
                  ) -> tuple[str | None, etree._Element | None]:
    """The <h1> that is the article headline, else the best metadata title.

    ``refs`` are the JSON-LD headline, og:title, twitter:title and <title>, in that
    order. A logo <h1> (the outlet's name) is never the headline."""
    h1s: list[tuple[etree._Element, str]] = []
    for el in tree.iter("h1"):
        for br in el.iter("br"):  # "Baris satu<br>baris dua" reads with a space
            br.tail = " " + (br.tail or "")
        text = text_of(el)
        if text and _is_logo(el):
            site_names = site_names | {text}
        elif text:
            h1s.append((el, text))
    site_keys = {norm_key(n) for n in site_names if n}
    h1s = [(el, t) for el, t in h1s if norm_key(t) not in site_keys]
    ref_keys = [norm_key(r) for r in refs if r]
    for el, text in h1s:
        key = norm_key(text)
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
            return clean_title(ref, site_names), first
    if h1s:
        return h1s[0][1], first
    if refs and refs[-1]:
        return clean_title(refs[-1], site_names, strip_unknown_suffix=True), None
    return None, None


def _is_logo(el: etree._Element) -> bool:
    """An <h1> that holds the outlet's logo or name: logo-ish class, or a link home."""
    if any(_LOGO_CLASS.search(classes(a)) for a in (el, *el.iterancestors())):
        return True
    links = [a for a in (*el.iterancestors("a"), *el.iterdescendants("a"))]
    return any(urlsplit(a.get("href") or "").path in ("", "/") and not urlsplit(a.get("href") or "").query
               for a in links)
