"""Probe list of leave that opens its clause with no conduct of its own ("Boleh saja", "Sah-sah saja", "Tidak
masalah", "Tidak ada larangan") and someone outside the civil service right after it: the leave is theirs, as after
a condition ("Sah-sah saja jika warga ..."), not the civil servants' the story is about. The same leave said of civil
servants stays a permission, a regional head's leave to campaign on furlough stays the permission the gold counts,
and a cue that ends in its own conduct ("cukup coblos calon ...") has the candidate for its object. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = {"permission"}
LEAD = "Sekda mengingatkan seluruh ASN agar netral pada Pilkada 2024. "

# (text, the directive kinds the analysis must give to its second sentence)
FORMS: list[tuple[str, set[str]]] = [
    (LEAD + "Boleh saja masyarakat datang ke kampanye akbar di alun-alun.", set()),
    (LEAD + "Sah-sah saja partai politik mengusung tokoh dari luar daerah.", set()),
    (LEAD + "Tidak masalah warga berbeda pilihan dengan tetangganya.", set()),
    (LEAD + "Tidak ada larangan paslon berkampanye di pasar tradisional.", set()),
    # look-alikes: the leave said of civil servants, a head on furlough, a cue ending in its conduct
    (LEAD + "Boleh saja pegawai datang ke kampanye akbar, asal tanpa seragam.", LEAVE),
    (LEAD + "Sah-sah saja kepala daerah ikut berkampanye asalkan sudah cuti.", LEAVE),
    (LEAD + "Kalau ingin mendukung, cukup coblos calon pilihan di bilik suara.", LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 60]))
def test_fronted_leave_belongs_to_whom_follows(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
