"""Quality of the analysis stage on a corpus with gold annotations.

    uv run python benchmarks/nlp_quality.py [CORPUS_DIR] [-v]

Reads each gold page's HTML straight from ``CORPUS_DIR/sites/<outlet>/`` (the serving rules of
shared/eval/README.md, following ``rel=next`` for page 2), extracts it with
``pipeline.extract.extract_article`` (falling back to trafilatura and the gold date if that
fails), runs ``pipeline.nlp.analyse`` and scores the result with shared/eval/score.py itself,
so the figures are the ones the evaluation computes.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.nlp import analyse  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
NLP_METRICS = ("relevance F1", "officials F1 (name)", "officials F1 (name+agency)", "agencies F1",
               "event dates F1", "directives F1", "province accuracy", "election accuracy")
NEXT = re.compile(r"<link[^>]+rel=[\"']next[\"'][^>]*href=[\"']([^\"']+)|"
                  r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']next[\"']", re.I)


def load_scorer(corpus: Path):
    spec = importlib.util.spec_from_file_location("score", corpus.parents[1] / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_file(site: Path, path: str) -> Path:
    """The file the corpus server would serve for ``path``."""
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return site / rel.replace("?", "__").replace("=", "_").replace("&", "_")


def fetch_pages(site: Path, base: str, path: str) -> list[RawPage]:
    pages = []
    while path and len(pages) < 5:
        f = site_file(site, path)
        if not f.exists():
            break
        html = f.read_bytes().replace(b"{{base_url}}", base.encode())
        pages.append(RawPage(url=base + path, html=html, page_no=len(pages) + 1))
        m = NEXT.search(html.decode("utf-8", "replace"))
        nxt = (m.group(1) or m.group(2)) if m else None
        path = nxt[len(base):] if nxt and nxt.startswith(base) else (nxt if nxt and nxt.startswith("/") else None)
    return pages


def to_article(gold: dict, site: Path, base: str, province: str | None) -> Article:
    pages = fetch_pages(site, base, gold["path"])
    url = base + gold["path"]
    try:
        from pipeline.extract import extract_article
        return extract_article(pages, article_id=gold["key"], url=url, source_id=gold["outlet"],
                               source_province=province)
    except Exception as e:  # extraction is another stage: measure the NLP on a plain fallback
        print(f"extract_article failed for {gold['key']}: {e!r}; using trafilatura", file=sys.stderr)
        import trafilatura
        text = "\n".join(trafilatura.extract(p.html.decode("utf-8", "replace")) or "" for p in pages)
        return Article(article_id=gold["key"], url=url, source_id=gold["outlet"], title=gold.get("title"),
                       published_at=None, published_date=date.fromisoformat(gold["published"]),
                       author=None, text=text, source_province=province)


def views(articles: list[Article], analyses: list) -> dict[str, list[dict]]:
    data = {v: [] for v in ("articles", "official_mentions", "agency_mentions", "event_dates", "directives")}
    for art, an in zip(articles, analyses):
        data["articles"].append(dict(article_id=art.article_id, url=art.url, source_id=art.source_id,
                                     title=art.title, published_date=art.published_date, text=art.text,
                                     is_relevant=an.is_relevant, province=an.province, election=an.election,
                                     duplicate_of=None))
        for o in an.officials:
            data["official_mentions"].append(dict(article_id=art.article_id, name=o.name, role=o.role, agency=o.agency))
        for a in an.agencies:
            data["agency_mentions"].append(dict(article_id=art.article_id, agency=a.agency, acronym=a.acronym))
        for d in an.event_dates:
            data["event_dates"].append(dict(article_id=art.article_id, event_date=d))
        for d in an.directives:
            data["directives"].append(dict(article_id=art.article_id, kind=d.kind, sentence=d.sentence, actor=d.actor))
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article problems (as score.py -v)")
    ap.add_argument("--all", action="store_true", help="also print extraction metrics")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus).resolve()
    score = load_scorer(corpus)
    gold = score.load_gold(str(corpus))
    outlets = {o["id"]: o for o in yaml.safe_load((corpus / "outlets.yaml").read_text())["outlets"]}
    bases = [(f"http://{oid.replace('_', '-')}.test", oid) for oid in outlets]
    base_of = dict((oid, b) for b, oid in bases)
    articles = [to_article(g, corpus / "sites" / g["outlet"], base_of[g["outlet"]], outlets[g["outlet"]].get("province"))
                for g in gold]
    t0 = time.perf_counter()
    analyses = list(analyse(articles))
    elapsed = time.perf_counter() - t0
    M, overall, diag, per_outlet, wrong = score.score(gold, views(articles, analyses), bases, [], [], args.verbose)
    if not args.all:
        M = {k: v for k, v in M.items() if k in NLP_METRICS}
    score.print_report(M, sum(v["value"] for v in M.values()) / len(M), [], [], per_outlet, diag, wrong, args.verbose)
    print(f"analysed {len(articles)} articles in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
