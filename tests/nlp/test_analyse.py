"""The public entry point and the shape of the pipeline."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from pipeline.nlp import analyse, get_nlp
from pipeline.records import Article


def article(i: int, text: str) -> Article:
    return Article(article_id=f"a{i}", url=f"http://example.test/{i}", source_id="test", title=None,
                   published_at=None, published_date=date(2024, 1, 10), author=None, text=text)


def test_one_analysis_per_article_in_order_across_batches():
    texts = ["ASN dilarang berkampanye dalam Pemilu 2024, demi netralitas.", "", "Harga cabai naik.",
             "Pegawai wajib netral saat pilkada.", "Menteri PANRB Abdullah Azwar Anas hadir."]
    results = list(analyse((article(i, t) for i, t in enumerate(texts)), batch_size=2))
    assert [r.article_id for r in results] == [f"a{i}" for i in range(len(texts))]
    assert results[0].is_relevant and not results[2].is_relevant


def test_an_empty_article_is_analysed_without_error():
    (result,) = analyse([article(0, "")])
    assert not result.is_relevant and result.officials == [] and result.directives == []


def test_the_pipeline_is_built_once():
    assert get_nlp() is get_nlp()


def test_components_are_registered_pantau_factories():
    nlp = get_nlp()
    factories = [nlp.get_pipe_meta(name).factory for name in nlp.pipe_names]
    assert all(f.startswith("pantau_") and f.endswith("_v1") for f in factories)
    assert all(nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)


def test_directive_sentences_are_kept_as_spans(nlp):
    doc = nlp("ASN dilarang memasang spanduk calon. Harga beras stabil.")
    assert [s.text for s in doc.spans["directives"]] == ["ASN dilarang memasang spanduk calon."]
    assert doc.spans["directives"][0].label_ == "prohibition"


def test_agency_entities_carry_the_canonical_key(nlp):
    doc = nlp("Kemendagri dan Bawaslu Jatim bertemu.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Kemendagri", "kemendagri"),
                                                        ("Bawaslu Jatim", "bawaslu@provinsi:Jawa Timur")]


def test_odd_input_never_breaks_the_pipeline():
    import random

    words = ["Senin", "(", "9/11", ")", "9/11/2023", "12", "Desember", ",", ".", "“", "”", "ASN", "dilarang",
             "tidak", "boleh", "sanksi", "Kepala", "BKD", "Kaltim", "Bawaslu", "Kabupaten", "Kota", "Malang",
             "Pj", "kata", "ujarnya", "Nomor", "94", "Tahun", "PP", "kemarin", "Selasa", "lalu", "–", "\n",
             "Baca juga:", "Mereka", "diminta", "masyarakat", "Ketua", "KPU", "RI", "Pilkada", "2024", "netral",
             "Irjen", "Pol", "Moch.", "A.", "Sekda", "Pangdam", "V/Brawijaya", "selaku", ":", "31", "Februari"]
    rng = random.Random(3)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 50))) for _ in range(300)]
    results = list(analyse(article(i, t) for i, t in enumerate(texts)))
    assert len(results) == len(texts)


def test_a_failing_rule_raises_instead_of_passing_for_not_relevant(monkeypatch):
    """Processing retries the batch article by article and marks only that one failed (tests/flows)."""
    component = type(get_nlp().get_pipe("event_dates"))
    original = component.__call__

    def broken(self, doc):
        if "rusak" in doc.text:
            raise RuntimeError("broken rule")
        return original(self, doc)

    monkeypatch.setattr(component, "__call__", broken)
    with pytest.raises(RuntimeError, match="broken rule"):
        list(analyse([article(0, "ASN wajib netral saat Pemilu 2024."), article(1, "teks rusak")]))


def test_the_collector_runs_rarely_only_while_a_batch_is_analysed(monkeypatch):
    """The raised threshold is the analysis's own: between analyses, after them and after a failing rule the
    process's setting is back."""
    component = type(get_nlp().get_pipe("event_dates"))
    original = component.__call__
    seen: list[int] = []

    def watched(self, doc):
        seen.append(gc.get_threshold()[0])
        if "rusak" in doc.text:
            raise RuntimeError("broken rule")
        return original(self, doc)

    monkeypatch.setattr(component, "__call__", watched)
    before = gc.get_threshold()
    results = analyse([article(0, "ASN wajib netral."), article(1, "Pegawai dilarang berkampanye.")], batch_size=1)
    next(results)
    assert gc.get_threshold() == before
    list(results)
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        list(analyse([article(2, "teks rusak")]))
    assert gc.get_threshold() == before
    assert len(seen) == 3 and min(seen) > before[0]


def test_lines_linking_to_other_stories_name_nothing():
    text = ("Harga cabai di pasar induk naik dua kali lipat.\n"
            "Kepala BKD Jatim Tegaskan Netralitas ASN Selama Pemilu 2024 Senin (4/12/2023)\n"
            "Pedagang berharap pasokan segera normal.")
    (result,) = analyse([article(0, text)])
    assert not result.is_relevant
    assert result.agencies == [] and result.officials == [] and result.event_dates == []
