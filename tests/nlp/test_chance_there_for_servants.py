"""Probe list of the chance said to be there for civil servants, whom it is for named between ("ada kesempatan bagi
ASN untuk menghadiri kampanye", "terbuka kesempatan bagi para pegawai mendengarkan visi misi"): a permission. Negatives:
the same chance for townspeople, for a career step, and the chance denied. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = True
CONTEXT = "Pilkada 2024 di Kabupaten Lembah Hijau memasuki masa kampanye. "

# (text, whether the analysis must give a permission)
FORMS: list[tuple[str, bool]] = [
    (CONTEXT + "Karena punya hak pilih, ada kesempatan bagi ASN untuk menghadiri kampanye tanpa atribut, ujar Kepala "
     "BKD.", P),
    (CONTEXT + "Menurut ketua Bawaslu setempat, terbuka kesempatan bagi para pegawai mendengarkan visi misi calon.", P),
    (CONTEXT + "Kepala BKPSDM menyebut ada kesempatan kepada PNS untuk hadir di lokasi kampanye sebagai pendengar.", P),
    (CONTEXT + "Kepala BKD menyebut ada kesempatan bagi ASN untuk naik pangkat tahun ini bila kinerjanya baik.",
     False),
    (CONTEXT + "Panitia menyebut ada kesempatan bagi warga untuk hadir di lapangan kota saat kampanye akbar.", False),
    (CONTEXT + "Kepala BKD menegaskan tidak ada kesempatan bagi ASN untuk hadir di panggung kampanye calon.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:60]))
def test_chance_there_for_servants_is_a_permission(analysed: list, k: int, text: str, leave: bool) -> None:
    assert ("permission" in {d.kind for d in analysed[k].directives}) == leave
