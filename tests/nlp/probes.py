"""What the probe lists share: a probe is a plain tuple or a ``pytest.param`` of one (a form not covered yet,
marked xfail), and all of a list's probes are analysed in one batch, each test picking its analysis by index."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest


def values(probe) -> tuple:
    """A probe's values, whether written as a plain tuple or as a ``pytest.param`` with marks."""
    return probe.values if hasattr(probe, "values") else probe


def indexed(probes: Iterable, ident: Callable[[tuple], str], first: int = 0) -> list:
    """The probes as parameters (index, *values[first:]), each keeping its marks and named by ``ident``."""
    return [pytest.param(k, *values(p)[first:], marks=getattr(p, "marks", ()), id=ident(values(p)))
            for k, p in enumerate(probes)]


def by_group(analyse_all: Callable, groups: dict[str, list[str]], published: str) -> dict[str, list]:
    """Every group's texts analysed in one batch, the analyses handed back by group, in the group's order."""
    flat = iter(analyse_all([t for texts in groups.values() for t in texts], published=published))
    return {name: [next(flat) for _ in texts] for name, texts in groups.items()}


def sentence_kinds(analysis, sentence: str) -> set[str]:
    """The kinds of the directives the analysis gives in ``sentence``, one of the probe text's sentences. An opening
    quote is not compared: whether it starts the sentence or stands apart is the segmenter's concern, not the rule's."""
    bare = sentence.lstrip('"')
    return {d.kind for d in analysis.directives if d.sentence.strip().lstrip('"') == bare}


def after_context(sentence: str, context: str) -> str:
    """A sentence about village heads after ``context``, one addressing civil servants, as in the stories that name
    them (village heads are addressed only where civil servants are); any other sentence alone."""
    low = sentence.lower()
    return f"{context} {sentence}" if "desa" in low or "kades" in low else sentence


def assert_official(analysis, name: str, agency: str | None) -> None:
    """The analysis reads the official ``name`` with ``agency`` among its officials; with ``agency`` None, reads no
    official of that name."""
    found = [(o.name, o.agency) for o in analysis.officials]
    if agency is None:
        assert name not in [n for n, _ in found], found
    else:
        assert (name, agency) in found, found
