"""A page's link to its collection of one topic's stories, alone on its line above the lead ('Kumpulan Berita DPR
RI'): the institution it names is none of the story's, while the lead below it stays read. A sentence of the story
that opens with the same words ('Kumpulan berita DPR RI menunjukkan ...') stays prose. Each text is our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

LEAD = ("PELANGGARAN netralitas ASN kembali disorot menjelang Pilkada 2024, kata Ketua Bawaslu Kota Magelang, Senin "
        "(14/10/2024).")
TEXTS = [
    # (text, agency, listed)
    (f"Harga cabai turun di pasar induk.\nKumpulan Berita DPR RI\n{LEAD}", "Dewan Perwakilan Rakyat Republik Indonesia",
     False),
    (f"Harga cabai turun di pasar induk.\nKumpulan Berita DPR RI\n{LEAD}", "Bawaslu Kota Magelang", True),
    (f"Kumpulan Berita KPK\n{LEAD}", "Komisi Pemberantasan Korupsi", False),
    # negatives: the words within the story's prose
    ("Kumpulan berita DPR RI pekan ini menunjukkan ASN kembali diminta netral pada Pilkada 2024, kata Ketua Bawaslu "
     "Kota Magelang.", "Dewan Perwakilan Rakyat Republik Indonesia", True),
    (f"{LEAD} Ia menyebut kumpulan berita dari Komisi II DPR RI menjadi bahan evaluasi.",
     "Dewan Perwakilan Rakyat Republik Indonesia", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text analysed in one call."""
    return analyse_all([t[0] for t in TEXTS], published="2024-10-14")


@pytest.mark.parametrize(("k", "text", "agency", "listed"),
                         [pytest.param(k, *t, id=f"{k}-{t[0][:40]}|{t[1]}") for k, t in enumerate(TEXTS)])
def test_a_topic_collection_link_names_no_institution(analysed: list, k: int, text: str, agency: str,
                                                      listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names
