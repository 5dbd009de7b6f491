"""Whole articles written for these tests: what the analysis must and must not find.

Each ``tests/fixtures/nlp/<name>.txt`` has a ``<name>.expect.json`` beside it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures" / "nlp"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


@pytest.fixture(scope="module", params=CASES)
def case(request, run):
    expect = json.loads((FIXTURES / f"{request.param}.expect.json").read_text(encoding="utf-8"))
    text = (FIXTURES / f"{request.param}.txt").read_text(encoding="utf-8")
    result = run(text, published=expect["published"], title=expect.get("title"),
                 source_province=expect.get("source_province"))
    return expect, result


def test_relevance_province_and_election(case):
    expect, got = case
    assert got.is_relevant is expect["relevant"]
    assert got.province == expect["province"]
    assert got.election == expect["election"]


def test_officials_are_named_with_their_institution(case):
    expect, got = case
    found = {o.name: o.agency for o in got.officials}
    for o in expect["officials"]:
        assert found.get(o["name"]) == o["agency"], (o, found)
    for name in expect["not_officials"]:
        assert name not in found


def test_every_official_is_named_once(case):
    _, got = case
    names = [o.name for o in got.officials]
    assert len(names) == len(set(names))


def test_agencies_have_canonical_names(case):
    expect, got = case
    names = {a.agency for a in got.agencies}
    assert set(expect["agencies"]) <= names
    assert not set(expect["not_agencies"]) & names


def test_event_dates(case):
    expect, got = case
    assert sorted(got.event_dates) == sorted(date.fromisoformat(d) for d in expect["event_dates"])


def test_directives_found_with_kind_and_details(case):
    expect, got = case
    for d in expect["directives"]:
        hits = [x for x in got.directives if x.kind == d["kind"] and _norm(d["fragment"]) in _norm(x.sentence)]
        assert hits, (d, [(x.kind, x.sentence) for x in got.directives])
        for field in ("actor",):
            if field in d:
                assert hits[0].actor == d[field]
        for field in ("behaviours", "legal_bases"):
            if field in d:
                assert set(d[field]) <= set(getattr(hits[0], field))


def test_no_directive_where_civil_servants_are_not_addressed(case):
    expect, got = case
    for fragment in expect["not_directives"]:
        assert not [x for x in got.directives if _norm(fragment) in _norm(x.sentence)], fragment


def test_non_relevant_articles_carry_no_directive_kinds_beyond_expected(case):
    expect, got = case
    if not expect["relevant"] and not expect["directives"]:
        assert [d for d in got.directives if d.kind in ("prohibition", "appeal", "sanction")] == []
