"""The passive of "mendorong" with its link ("didorong untuk", "didorong agar"): civil servants encouraged to do
something are asked it, as "diminta" or "diimbau" would ask them (appeal recall).

Reporters write the encouragement as a passive with the civil servants as its subject ("PNS didorong untuk tetap
memakai hak pilihnya", "para guru didorong agar ..."), the speaker named before or after. Like "mendorong", it asks
only civil servants the sentence names: a body encouraged to watch the contest, or "kita" in a sermon, is no
addressee; a topic pushed ("isu netralitas terus didorong") asks no one. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, sentence, whether an appeal is expected in that sentence)
CASES: list[tuple[str, str, bool]] = [
    ("Menjelang pemungutan suara Pilkada 2024, para PNS didorong untuk tetap memakai hak pilihnya di TPS.",
     "Menjelang pemungutan suara Pilkada 2024, para PNS didorong untuk tetap memakai hak pilihnya di TPS.",
     True),
    ("Bupati menyebut ASN wajib netral pada Pilkada 2024. Daripada ikut berkampanye, pegawai didorong agar ikut "
     "menangkal kabar bohong di grup percakapan.",
     "Daripada ikut berkampanye, pegawai didorong agar ikut menangkal kabar bohong di grup percakapan.", True),
    ("Guru dan tenaga kependidikan didorong supaya menjauhi kegiatan kampanye selama Pemilu 2024, kata kepala dinas.",
     "Guru dan tenaga kependidikan didorong supaya menjauhi kegiatan kampanye selama Pemilu 2024, kata kepala dinas.",
     True),
    # a body that is not the civil servants, and the speaker's "kita" in a sermon, are encouraged: no appeal to ASN
    ("Kejaksaan negeri didorong untuk ikut mengawal Pilkada 2024 agar berjalan sesuai aturan.",
     "Kejaksaan negeri didorong untuk ikut mengawal Pilkada 2024 agar berjalan sesuai aturan.", False),
    ("Menjelang Pilkada 2024, kita didorong untuk memperbanyak doa di bulan suci, kata ustaz itu.",
     "Menjelang Pilkada 2024, kita didorong untuk memperbanyak doa di bulan suci, kata ustaz itu.", False),
    # a topic pushed, with no link, asks no one
    ("Isu netralitas ASN terus didorong oleh pemerintah menjelang Pilkada 2024.",
     "Isu netralitas ASN terus didorong oleh pemerintah menjelang Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "text", "sentence", "expected"), indexed(CASES, lambda v: v[1][:72]))
def test_encouraged_passive_appeal(analysed: list, k: int, text: str, sentence: str, expected: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("appeal" in got) is expected, (sentence, got)
