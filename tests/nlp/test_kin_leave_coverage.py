"""Probe list of leave given to the family of civil servants ("istri ASN boleh menjadi tim sukses", "tidak ada larangan
bagi suami PNS untuk ..."): the kin noun before the servants heads the subject, so the leave is the family's, not the
servants'; no permission. So is the family of someone outside the civil service after an adjunct ("Dalam hal itu,
istri polisi boleh ..."), the kin noun naming people, not a thing they own. Negatives: servants whose kin only stand
in a relative clause or are listed after them, a friendly address before them, and the corps named as a family, keep
their leave. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
CONTEXT = "Bupati Tanjung Permai mengingatkan seluruh ASN agar menjaga netralitas pada pilkada tahun ini. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Menurut Ketua Bawaslu, istri ASN boleh ikut menjadi relawan salah satu calon.", set()),
    (CONTEXT + "Suami PNS diperbolehkan menjadi anggota tim pemenangan, kata dia.", set()),
    (CONTEXT + "Dia menyebut anak dan istri pegawai negeri bisa ikut berkampanye.", set()),
    (CONTEXT + "Ia menegaskan tidak ada larangan bagi keluarga ASN untuk mendukung calon tertentu.", set()),
    (CONTEXT + "Dalam hal itu, istri polisi diperbolehkan mendukung suaminya yang maju sebagai caleg.", set()),
    (CONTEXT + "Untuk pilkada ini, suami anggota TNI boleh menjadi relawan calon.", set()),
    (CONTEXT + "Menurut dia, ASN yang istrinya maju dalam pilkada boleh mendampingi istrinya.", P),
    (CONTEXT + "Dia menyebut ASN dan keluarganya boleh menggunakan hak pilih di TPS.", P),
    (CONTEXT + "Bapak Ibu ASN boleh hadir di kampanye sebagai pendengar, katanya.", P),
    (CONTEXT + "Ia menegaskan tidak ada larangan bagi ASN untuk mendengarkan visi misi calon.", P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][95:150]))
def test_kin_leave_is_the_familys(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
