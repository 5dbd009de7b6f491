"""Probe list of leave to accompany the spouse's campaign named by the campaign itself ("PNS bisa mendampingi kegiatan
kampanye suaminya", "dapat mendampingi kegiatan kampanyenya"): a permission, as the spouse named is. Negatives: the
leave refused, the same accompanying done by election staff or a candidate's team, and the campaign reported as a
case. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
CONTEXT = "Pilkada 2024 di Kabupaten Lembah Hijau memasuki masa kampanye. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Menurut Kepala BKPSDM, pegawai negeri yang istrinya maju bisa mendampingi kegiatan kampanye istrinya "
     "asalkan mengambil cuti.", P),
    (CONTEXT + "Ketua Bawaslu setempat menyebut ASN yang suaminya calon bupati dapat mendampingi kegiatan kampanyenya "
     "tanpa atribut.", P),
    (CONTEXT + "Sesuai surat edaran itu, PNS dapat mendampingi kegiatan kampanye suaminya selama bersikap pasif, "
     "ujarnya.", P),
    (CONTEXT + "Kepala BKD menegaskan ASN tidak bisa mendampingi kegiatan kampanye calon mana pun selama jam "
     "kerja.", set()),
    (CONTEXT + "Petugas pengawas kecamatan dapat mendampingi kegiatan kampanye untuk mencatat pelanggaran, kata "
     "ketua panwascam.", set()),
    (CONTEXT + "Tim pemenangan bisa mendampingi kegiatan kampanye pasangan calon di setiap desa, kata ketua tim.",
     set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][66:126]))
def test_accompanying_the_spouse_campaign_is_a_permission(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
