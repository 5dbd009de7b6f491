"""Probe list of requests about the other programmes heads press on their staff at the roll calls where they also
speak of neutrality: community work and cohesion, public-health drives, food supply, the fasting month and the
region's festivities, digital government, forest fires ("mengajak pegawai bergotong royong", "aktif di posyandu",
"selama Ramadhan", "menyemarakkan MTQ", "menerapkan SPBE", "mengantisipasi karhutla"). In a sentence naming nothing
of the election they are a government's other business, no appeal. Negatives: the same programmes joined with the
election in the clause ("tidak membawa urusan pilkada ke posyandu", "tidak membawa atribut paslon ke gotong
royong") stay appeals, and so does self-esteem ("harga diri"), which names conduct. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota memimpin apel gabungan bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia mengajak seluruh pegawai bergotong royong membersihkan halaman kantor setiap Jumat.", set()),
    ("Ia meminta para lurah aktif mendampingi posyandu dan ikut memerangi narkoba.", set()),
    ("Sekda berharap pegawai tetap semangat melayani warga selama Ramadhan.", set()),
    ("Ia mengimbau ASN ikut menyemarakkan MTQ dan HUT kota bulan depan.", set()),
    ("Kepala dinas diminta segera menerapkan SPBE dan aplikasi Srikandi.", set()),
    ("Camat diminta mengantisipasi karhutla dan menjaga ketersediaan pangan.", set()),
    ("Ia meminta para lurah tidak membawa urusan pilkada ke kegiatan posyandu.", {"appeal"}),
    ("Ia mengingatkan pegawai agar tidak membawa atribut paslon ke kegiatan gotong royong.", {"appeal"}),
    ("Ia meminta ASN menjaga harga diri dan martabat korps.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_roll_call_programmes_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
