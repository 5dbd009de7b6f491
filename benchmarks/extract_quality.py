"""Extraction quality on an offline corpus (format: shared/corpus/FORMAT.md).

    uv run python benchmarks/extract_quality.py [CORPUS_DIR] [-v] [--rounds N]

Reads every gold file, loads its page(s) from sites/ as the corpus server would
serve them (following rel=next for multi-page articles), runs extract_article and
prints title accuracy, published-date accuracy, body recall, boilerplate leakage,
and whether every other HTML page of the sites (homepages, listings, static pages)
raises NotAnArticle. Normalisation mirrors shared/eval/score.py. Ends with pages/s.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.extract import ExtractionError, NotAnArticle, extract_article
from pipeline.records import Article, RawPage

BASE_URL = "http://127.0.0.1:1"
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
                         "\u00a0": " ", "\u200b": "", "\ufeff": ""})


def norm_text(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_title(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES).casefold()
    return " ".join(re.findall(r"\w+", s))


def path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def page_file(site: Path, target: str) -> Path:
    """The serving rules: trailing '/' -> index.html; '?' -> '__', '=' and '&' -> '_'."""
    parts = urlsplit(target)
    rel = parts.path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    if parts.query:
        rel += "__" + parts.query.replace("=", "_").replace("&", "_")
    return site / rel


def load_page(site: Path, target: str) -> RawPage:
    data = page_file(site, target).read_bytes().replace(b"{{base_url}}", BASE_URL.encode())
    return RawPage(url=BASE_URL + target, html=data)


def article_pages(site: Path, path: str, limit: int = 10) -> list[RawPage]:
    """Page 1 and its continuations (rel=next pointing at the same path)."""
    pages = [load_page(site, path)]
    while len(pages) < limit:
        tree = lxml_html.document_fromstring(pages[-1].html)
        nexts = tree.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href')
        if not nexts:
            break
        target = urljoin(pages[-1].url, nexts[0])
        if urlsplit(target).path != urlsplit(path).path:
            break
        nxt = path_and_query(target)
        if not page_file(site, nxt).is_file() or any(p.url == BASE_URL + nxt for p in pages):
            break
        pages.append(load_page(site, nxt))
    return pages


def is_html(path: Path) -> bool:
    if path.suffix in {".xml", ".txt", ".css", ".js", ".json", ".png", ".jpg"}:
        return False
    head = path.read_bytes()[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def served_path(site: Path, file: Path) -> str:
    rel = file.relative_to(site).as_posix()
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    if "__" in rel:
        stem, query = rel.split("__", 1)
        key, _, value = query.partition("_")
        rel = f"{stem}?{key}={value}"
    return "/" + rel


@dataclass
class Tally:
    title_ok: int = 0
    date_ok: int = 0
    n: int = 0
    frag_hit: int = 0
    frag_total: int = 0
    leaked: int = 0
    excl_total: int = 0
    problems: list[str] = field(default_factory=list)


def score_article(gold: dict, article: Article | None, tally: Tally, key: str) -> None:
    tally.n += 1
    tally.frag_total += len(gold["body_contains"])
    tally.excl_total += len(gold["body_excludes"])
    if article is None:
        return
    if norm_title(article.title) == norm_title(gold["title"]):
        tally.title_ok += 1
    else:
        tally.problems.append(f"{key}: title {article.title!r} != {gold['title']!r}")
    got = article.published_date.isoformat() if article.published_date else None
    if got == gold["published"]:
        tally.date_ok += 1
    else:
        tally.problems.append(f"{key}: date {got} != {gold['published']}")
    text = norm_text(article.text)
    for frag in gold["body_contains"]:
        if norm_text(frag) in text:
            tally.frag_hit += 1
        else:
            tally.problems.append(f"{key}: missing {frag!r}")
    for excl in gold["body_excludes"]:
        if text and norm_text(excl) in text:
            tally.leaked += 1
            tally.problems.append(f"{key}: leaked {excl!r}")


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(here.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every problem")
    ap.add_argument("--rounds", type=int, default=5, help="repetitions for the speed figure")
    ap.add_argument("--dump", metavar="FILE", help="write the extracted articles as JSON lines")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    outlets = {o["id"]: o for o in yaml.safe_load((corpus / "outlets.yaml").read_text())["outlets"]}

    tally_all, tally_rel = Tally(), Tally()
    jobs: list[tuple[list[RawPage], str, str | None]] = []
    article_files: set[Path] = set()
    dump = []
    for gold_file in sorted(corpus.glob("gold/*/*.json")):
        gold = json.loads(gold_file.read_text())
        outlet = gold_file.parent.name
        site = corpus / "sites" / outlet
        pages = article_pages(site, gold["path"])
        article_files.update(page_file(site, path_and_query(p.url)) for p in pages)
        province = outlets.get(outlet, {}).get("province")
        jobs.append((pages, pages[0].url, province))
        key = f"{outlet}{gold['path']}"
        try:
            article = extract_article(pages, article_id=key, url=pages[0].url, source_id=outlet,
                                      source_province=province)
        except (NotAnArticle, ExtractionError) as exc:
            article = None
            tally_all.problems.append(f"{key}: {type(exc).__name__}: {exc}")
        if article is not None:
            dump.append({"key": key, "title": article.title, "published_at": str(article.published_at),
                         "published_date": str(article.published_date), "author": article.author,
                         "text": article.text})
        score_article(gold, article, tally_all, key)
        if gold.get("relevant"):
            score_article(gold, article, tally_rel, key)

    non_articles = ok_non = 0
    non_problems = []
    for site in sorted(p for p in (corpus / "sites").iterdir() if p.is_dir()):
        for file in sorted(f for f in site.rglob("*") if f.is_file()):
            if file in article_files or not is_html(file):
                continue
            path = served_path(site, file)
            page = load_page(site, path)
            jobs.append(([page], page.url, outlets.get(site.name, {}).get("province")))
            non_articles += 1
            try:
                got = extract_article([page], article_id=path, url=page.url, source_id=site.name)
                non_problems.append(f"{site.name}{path}: extracted as article {got.title!r}")
            except NotAnArticle:
                ok_non += 1
            except ExtractionError as exc:
                non_problems.append(f"{site.name}{path}: ExtractionError {exc}")

    n_pages = sum(len(p) for p, _, _ in jobs) * args.rounds
    start = time.perf_counter()
    for _ in range(args.rounds):
        for pages, url, province in jobs:
            try:
                extract_article(pages, article_id=url, url=url, source_id="bench", source_province=province)
            except (NotAnArticle, ExtractionError):
                pass
    elapsed = time.perf_counter() - start

    for label, t in (("all gold pages", tally_all), ("relevant gold pages", tally_rel)):
        print(f"== {label} ({t.n})")
        print(f"title accuracy       {t.title_ok / t.n:.3f}  ({t.title_ok}/{t.n})")
        print(f"published date acc.  {t.date_ok / t.n:.3f}  ({t.date_ok}/{t.n})")
        print(f"body recall          {t.frag_hit / t.frag_total:.3f}  ({t.frag_hit}/{t.frag_total} fragments)")
        print(f"boilerplate leakage  {t.leaked / t.excl_total:.3f}  ({t.leaked}/{t.excl_total} strings)")
    print(f"non-articles refused {ok_non / non_articles:.3f}  ({ok_non}/{non_articles} pages)")
    print(f"speed                {n_pages / elapsed:.0f} pages/s  ({n_pages} pages, one core)")
    if args.verbose:
        for line in tally_all.problems + non_problems:
            print("  -", line)
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
