"""Quality of the analysis stage on a corpus with gold annotations.

    uv run python benchmarks/nlp_quality.py [CORPUS_DIR] [-v]

Reads each gold page's HTML straight from ``CORPUS_DIR/sites/<outlet>/`` (the serving rules of
shared/eval/README.md, following ``rel=next`` for page 2), extracts it with
``pipeline.extract.extract_article``, runs ``pipeline.nlp.analyse`` and scores the result with
shared/eval/score.py itself, so the figures are the ones the evaluation computes. A page whose
extraction fails is missing from the views, as it would be in the warehouse: it scores 0.
The last line averages the analysis metrics; with --all every metric is shown, with the
evaluation's own overall over all of them.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import re
import sys
import time
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


def to_article(gold: dict, site: Path, base: str, province: str | None) -> Article | None:
    """The pipeline's Article for a gold page, or None (reported) when extraction fails."""
    from pipeline.extract import extract_article

    pages = fetch_pages(site, base, gold["path"])
    try:
        return extract_article(pages, article_id=gold["key"], url=base + gold["path"], source_id=gold["outlet"],
                               source_province=province)
    except Exception as e:
        print(f"extraction failed for {gold['key']}: {e!r}: it scores as a missing article", file=sys.stderr)
        return None


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
    extracted = [to_article(g, corpus / "sites" / g["outlet"], base_of[g["outlet"]],
                            outlets[g["outlet"]].get("province")) for g in gold]
    articles = [a for a in extracted if a is not None]
    t0 = time.perf_counter()
    analyses = list(analyse(articles))
    elapsed = time.perf_counter() - t0
    M, overall, diag, per_outlet, wrong = score.score(gold, views(articles, analyses), bases, [], [], args.verbose)
    analysis_mean = sum(M[k]["value"] for k in NLP_METRICS) / len(NLP_METRICS)
    if not args.all:
        M = {k: v for k, v in M.items() if k in NLP_METRICS}
    report = io.StringIO()
    score.print_report(M, overall, [], [], per_outlet, diag, wrong, args.verbose, out=report)
    lines = report.getvalue().splitlines()
    print("\n".join(lines if args.all else lines[:-1]))  # the evaluation's overall needs every metric: --all
    print(f"analysed {len(articles)} articles in {elapsed:.2f}s ({len(gold) - len(articles)} failed extraction)")
    print(f"mean of the {len(NLP_METRICS)} analysis metrics: {analysis_mean:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
