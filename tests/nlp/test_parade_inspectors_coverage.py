"""Probe list of the parade's inspector ('Inspektur Upacara', 'Inspektur Apel'), the person who takes a ceremony or a
morning assembly: a role of the day, not the head of an inspectorate, so the ceremony's word is no holder's name and
the story's inspectorate is not named by it. The inspectorate's head with his region and name stays read. Sentences
in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, names that must be read, inspectorate named or None)
FORMS = [
    ("Sekda Kota Palu yang menjadi Inspektur Upacara HUT Korpri meminta ASN netral pada pilkada.", (), None),
    ("Menteri itu bertindak sebagai Inspektur Upacara Hari Kesadaran Nasional di Bandung dan mengingatkan ASN agar "
     "netral.", (), None),
    ("Dalam apel pagi di Kabupaten Kendal, Inspektur Apel mengingatkan pegawai agar tidak ikut kampanye.", (), None),
    ("Bertindak selaku Inspektur Upacara, Asisten I Setda Kabupaten Garut meminta ASN menjaga netralitas.", (), None),
    ("Inspektur Kabupaten Kendal Budi Santoso meminta ASN menjaga netralitas pada pilkada.", ("Budi Santoso",),
     "Inspektorat Kabupaten Kendal"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names", "inspectorate"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_parade_inspector_heads_no_inspectorate(analysed: list, k: int, text: str, names: tuple[str, ...],
                                                  inspectorate: str | None) -> None:
    analysis = analysed[k]
    assert {o.name for o in analysis.officials} >= set(names)
    assert not any(o.name.startswith(("Upacara", "Apel")) for o in analysis.officials)
    found = {m.agency for m in analysis.agencies if m.agency.startswith("Inspektorat")}
    assert found == ({inspectorate} if inspectorate else set())
