"""A negated feeling is reassurance, not a ban (prohibition precision).

"Jangan khawatir", "tidak usah bingung", "tak perlu cemas" calm the listeners ("Jangan khawatir, pegawai yang netral
akan dilindungi"): no conduct is forbidden. A real ban in the same sentence stays ("jangan ikut kampanye dan jangan
khawatir ..."), and the verbs of daring are left, which ask the act after them. The stories are ours; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

P = "prohibition"
LEAD = "Bupati Sleman mengumpulkan seluruh ASN menjelang Pilkada 2024. "

# (text, whether the text's second sentence gives a prohibition)
CASES: list[tuple[str, bool]] = [
    # a feeling negated: reassurance, no ban
    (LEAD + "Jangan khawatir, pegawai yang netral akan dilindungi pemerintah daerah.", False),
    (LEAD + "Menurutnya, ASN tidak usah bingung menentukan pilihan di bilik suara.", False),
    (LEAD + "ASN tak perlu cemas soal mutasi setelah pilkada selama bekerja profesional.", False),
    (LEAD + "Janganlah panik menghadapi tekanan dari tim sukses, laporkan saja kepada atasan.", False),
    # ... but a ban beside it, or a ban on an act, stays
    (LEAD + "Ia meminta ASN jangan ikut kampanye dan jangan khawatir soal mutasi.", True),
    (LEAD + "ASN jangan mengunggah foto bersama calon di media sosial.", True),
    (LEAD + "Pegawai tidak boleh hadir dalam deklarasi pasangan calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "ban"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_a_negated_feeling_is_reassurance_not_a_ban(analysed: list, k: int, text: str, ban: bool) -> None:
    second = text[len(LEAD):]
    assert (P in sentence_kinds(analysed[k], second)) == ban
