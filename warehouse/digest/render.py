"""A Digest as Markdown and as one self-contained HTML file, in Bahasa Indonesia or English."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from pipeline.nlp.resources import load
from warehouse.digest import charts
from warehouse.digest.data import Digest, Figure

HERE = Path(__file__).parent
LANGUAGES = ("id", "en")


@cache
def strings(lang: str) -> dict[str, Any]:
    """The i18n table of one language (i18n.toml)."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    with (HERE / "i18n.toml").open("rb") as handle:
        return tomllib.load(handle)[lang]


class Text:
    """Number, date and label formatting for one language, handed to the templates as `t`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.s = strings(lang)

    def __call__(self, key: str, **values: Any) -> str:
        return self.s[key].format(**values)

    def n(self, value: int | float) -> str:
        text = f"{round(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
        return text.translate(str.maketrans({",": self.s["thousands"], ".": self.s["decimal"]}))

    def day(self, value: date) -> str:
        return f"{value.day} {self.s['months'][value.month - 1]} {value.year}"

    def kind(self, value: str) -> str:
        return _catalogue_label("directives", "kinds", value, self.lang)

    def change(self, figure: Figure) -> str:
        if figure.change is None:
            return self.s["new_metric"] if figure.value else "–"
        percent = round(figure.change * 100)
        return f"+{percent}%" if percent > 0 else f"−{-percent}%" if percent < 0 else "0%"

    def province(self, value: str | None) -> str:
        return value if value else self.s["national"]

    def institution(self, value: str | None) -> str:
        return value if value else self.s["unattributed"]

    def behaviour(self, value: str | None) -> str:
        return _catalogue_label("behaviours", "behaviours", value or "", self.lang)


def _catalogue_label(catalogue: str, section: str, key: str, lang: str) -> str:
    """A kind's or behaviour's label from the analysis catalogue; a key missing there reads as words."""
    entry = load(catalogue)[section].get(key) or {}
    return (entry.get("label") or {}).get(lang) or key.replace("_", " ")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(value: Any) -> str:
    """Escape text for Markdown (tables included): nothing in a title may become markup."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value if value is not None else "").split()))


def quote(sentence: str) -> str:
    """The sentence in curly quotes, unless it already opens with a quotation mark of its own."""
    text = " ".join(sentence.split())
    return text if text[:1] in "\"“”'‘«" else f"“{text}”"


def md_url(url: str) -> str:
    """A link target that survives Markdown's (...) syntax."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


@cache
def _env(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["md_url"] = md_url
    env.filters["quote"] = quote
    return env


def _charts(digest: Digest, t: Text) -> dict[str, str]:
    first, last = digest.trend[0].week, digest.trend[-1].week
    return {
        "trend": charts.columns(
            "trend", t("trend_caption", from_week=first.label, to_week=last.label),
            [p.week.label for p in digest.trend],
            [charts.Series(t("series_articles"), [p.articles for p in digest.trend]),
             charts.Series(t("series_directives"), [p.directives for p in digest.trend])],
            highlight=len(digest.trend) - 1, number=t.n,
        ),
        "agencies": charts.bars(
            "agencies", t("agencies"), [(r.detail or r.key or "", r.articles) for r in digest.agencies],
            number=t.n, empty=t("chart_empty"),
        ),
        "provinces": charts.bars(
            "provinces", t("provinces"), [(t.province(r.key), r.articles) for r in digest.provinces],
            number=t.n, empty=t("chart_empty"),
        ),
    }


def _context(digest: Digest, lang: str) -> dict[str, Any]:
    t = Text(lang)
    baseline = (digest.week.shift(-4), digest.week.shift(-1))
    return {"d": digest, "t": t, "baseline": baseline}


def markdown(digest: Digest, lang: str = "id") -> str:
    return _env(False).get_template("digest.md.j2").render(_context(digest, lang))


def html(digest: Digest, lang: str = "id") -> str:
    context = _context(digest, lang)
    return _env(True).get_template("digest.html.j2").render(context, charts=_charts(digest, context["t"]))
