"""A civil-servant word inside an institution's name ("Komisi ASN", "Komisi Aparatur Sipil Negara", "Kementerian
Pendayagunaan Aparatur Negara ...") names the body, not the civil servants addressed: the commission's own duty or
its request to others gives no directive to civil servants. The body after a preposition ("disanksi oleh Komisi ASN")
keeps its word, the civil servants' own corps (Korpri) addresses its members, and civil servants named beside the body
stay addressed. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu Sleman mencatat dugaan pelanggaran netralitas ASN menjelang Pilkada 2024. "

# (text, kind, whether a directive of that kind is given)
FORMS: list[tuple[str, str, bool]] = [
    (LEAD + "Komisi ASN wajib menindaklanjuti setiap laporan yang masuk dari pengawas.", "obligation", False),
    (LEAD + "Komisi Aparatur Sipil Negara wajib memeriksa setiap laporan yang diteruskan.", "obligation", False),
    (LEAD + "Menurut dia, Komisi ASN harus berani memeriksa kepala daerah yang terlibat.", "obligation", False),
    (LEAD + "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi harus segera mengevaluasi aturan itu.",
     "obligation", False),
    # look-alikes: civil servants named beside the body, the body after a preposition, the corps of civil servants
    (LEAD + "Komisi ASN meminta seluruh ASN di Sleman menjaga netralitas.", "appeal", True),
    (LEAD + "Komisi ASN menegaskan ASN wajib netral selama tahapan berlangsung.", "obligation", True),
    (LEAD + "Di daerah lain ada pegawai yang sampai disanksi oleh Komisi Aparatur Sipil Negara.", "sanction", True),
    (LEAD + "Korps Pegawai Republik Indonesia (Korpri) mengimbau kepada seluruh anggotanya agar tidak berpihak.",
     "appeal", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, *_ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kind", "given"), indexed(FORMS, lambda v: v[0][84:150]))
def test_civil_servants_in_body_name(analysed: list, k: int, text: str, kind: str, given: bool) -> None:
    assert any(d.kind == kind for d in analysed[k].directives) is given, analysed[k].directives
