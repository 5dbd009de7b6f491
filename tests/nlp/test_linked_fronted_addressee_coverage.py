"""Probe list of a fronted addressee after a linking word: "Khusus untuk ASN, diharapkan ...", "Terutama bagi para
guru, dilarang ...", "Sementara kepada camat, diminta ...". A sentence opening with "untuk/bagi/kepada" and those it
asks, closed by a comma, names whom the passive cue after it addresses; a linking word before the preposition
("khusus", "terutama", "sementara", "adapun") changes nothing, as it changes nothing before an active request ("Khusus
untuk ASN, saya minta ..."). Outsiders so fronted, a topic that is no one, or the same preposition inside the sentence
still ask no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

GATHERED = "Bupati mengumpulkan para pegawai Pemkab di pendopo jelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (f"{GATHERED} Khusus untuk ASN, diharapkan tetap bersikap netral selama masa kampanye.", {"appeal"}),
    (f"{GATHERED} Terutama bagi para guru, diminta tidak membahas pasangan calon di kelas.", {"appeal"}),
    (f"{GATHERED} Sementara kepada seluruh camat, diimbau agar tidak memihak salah satu calon.", {"appeal"}),
    (f"{GATHERED} Adapun bagi PPPK, dilarang memasang alat peraga kampanye di kantor.", {"prohibition"}),
    (f"{GATHERED} Untuk ASN, diharapkan tetap bersikap netral selama masa kampanye.", {"appeal"}),
    # outsiders or a topic fronted so; the preposition inside the sentence
    (f"{GATHERED} Khusus untuk warga, diharapkan datang ke TPS lebih pagi.", set()),
    (f"{GATHERED} Terutama untuk pilkada tahun ini, diharapkan berjalan aman dan lancar.", set()),
    (f"{GATHERED} Sementara bagi para relawan, dilarang membawa anak kecil ke lokasi kampanye.", set()),
    (f"{GATHERED} Anggaran khusus untuk ASN, diharapkan cair sebelum akhir bulan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(GATHERED) + 1:][:64]))
def test_a_fronted_addressee_after_a_linking_word(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
