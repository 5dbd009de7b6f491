"""Religious and customary leaders, broadcasters, influencers, the organisers' temporary bodies and houses of worship
are addressees or places of their own (obligation and prohibition precision).

Speakers ask clerics and customary leaders to calm their flocks and keep their pulpits out of the contest, the
broadcasting rules bind stations to fair air time, and the law keeps houses of worship free of campaigns ("Para kiai
harus meneduhkan umat", "Lembaga penyiaran wajib adil", "Rumah ibadah dilarang dipakai berkampanye"). None of it is a
rule for the civil servants the story speaks of. Civil servants named in the clause keep their rule, also where the
house of worship is where they must not campaign. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

B, D = "prohibition", "obligation"
LEAD = "Bupati kembali mengingatkan seluruh ASN agar netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # leaders, broadcasters, influencers, temporary bodies and houses of worship head the clause: none
    (LEAD + "Para kiai harus meneduhkan umat selama masa kampanye.", set()),
    (LEAD + "Tokoh adat jangan ikut memanaskan persaingan antarcalon.", set()),
    (LEAD + "Pemuka agama tidak boleh memakai khotbah untuk mengarahkan pilihan jemaah.", set()),
    (LEAD + "Lembaga penyiaran wajib memberi jatah tayang yang setara bagi semua pasangan.", set()),
    (LEAD + "Influencer yang dibayar tim calon harus mencantumkan label iklan.", set()),
    (LEAD + "Petugas ad hoc dilarang mengunggah dukungan kepada calon mana pun.", set()),
    (LEAD + "Rumah ibadah dilarang dipakai sebagai panggung kampanye.", set()),
    # ... civil servants named in the clause keep their rule
    (LEAD + "ASN tidak boleh ikut berkampanye di tempat ibadah.", {B}),
    (LEAD + "Pegawai yang juga pengurus masjid wajib menjaga jarak dari tim sukses.", {D}),
    (LEAD + "ASN dilarang menjadi influencer bagi salah satu pasangan calon.", {B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_faith_leaders_broadcasters(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
