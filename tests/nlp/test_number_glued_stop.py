"""A full stop glued between a number and a capitalised word ends the sentence closed by the number ("dalam Pilkada
2024.Bupati juga ...") or closes a list's number ("1.Dilarang ..."): a space parts them, so the two sentences and
the word after the stop are read. A number glued to a word or a stop before it (a name, a code) and a web address's
ending after a number keep their stop. The stories are ours."""

from __future__ import annotations

import pytest

from pipeline.nlp import _parted_numbers

# (story, the sentences that must each carry a directive)
SPLIT = [
    ("Wali Kota Pariaman Budi Santoso mengimbau ASN menjaga netralitas dalam Pilkada 2024.ASN juga dilarang "
     "menghadiri kampanye pasangan calon.",
     ["Wali Kota Pariaman Budi Santoso mengimbau", "ASN juga dilarang"]),
    ("Sekda Kabupaten Sleman Budi Santoso meminta ASN netral selama Pemilu 2019.Menurut dia, ASN yang terbukti "
     "berpihak akan dijatuhi sanksi disiplin.",
     ["Sekda Kabupaten Sleman Budi Santoso meminta", "Menurut dia"]),
    ("Bupati Sleman Budi Santoso menyampaikan larangan bagi ASN menjelang Pilkada 2024 sebagai berikut.\n"
     "1.Dilarang menghadiri deklarasi pasangan calon.\n2.Dilarang memasang baliho calon di kantor.",
     ["1. Dilarang menghadiri", "2. Dilarang memasang"]),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([t for t, _ in SPLIT], published="2024-10-07")


@pytest.mark.parametrize(("k", "openings"), [(k, o) for k, (_, o) in enumerate(SPLIT)], ids=[o[-1] for _, o in SPLIT])
def test_number_glued_stop_parts_sentences(analysed: list, k: int, openings: list[str]) -> None:
    sentences = [d.sentence.strip() for d in analysed[k].directives]
    for opening in openings:
        assert any(s.startswith(opening) for s in sentences), (opening, sentences)


@pytest.mark.parametrize(("text", "parted"), [
    ("dalam Pemilu 2024.Menurut dia", "dalam Pemilu 2024. Menurut dia"),
    ("pandemi Covid 19.Setiap kantor", "pandemi Covid 19. Setiap kantor"),
    ("berikut:\n3.Kepada seluruh ASN", "berikut:\n3. Kepada seluruh ASN"),
    ("Pilkada 2024.ASN juga", "Pilkada 2024. ASN juga"),
])
def test_stop_after_number_parted(text: str, parted: str) -> None:
    assert _parted_numbers(text) == parted


@pytest.mark.parametrize("text", [
    "RIAU24.COM - Bawaslu meminta ASN netral",  # the number glued to the outlet's name
    "Kendal, Update 87.Com - Bupati meminta ASN netral",  # a web address's ending
    "Surat Nomor 800.1.Kepegawaian",  # a code's parts
    "Keputusan No.01.Tahun 2024",
    "pukul 10.30 WIB, nilai 2.5 persen",  # decimals and times: no capital after the stop
    "Tahun 2024. Bupati juga",  # already parted
    "Pasal 2.A ayat",  # a letter alone is a sub-item's label
])
def test_stop_after_number_kept(text: str) -> None:
    assert _parted_numbers(text) == text
