"""An adverb of speech between a verb of telling and whom it tells ("menyampaikan kembali kepada seluruh pegawai untuk
...", "saya sampaikan lagi kepada ASN agar ...", "kami surati dulu para camat untuk ..."), tells them as the verb alone
does; whom it tells must still be civil servants or those who lead them, with what they are to do after the link
("menyampaikan juga kepada wartawan untuk ..." asks no civil servant). Sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.records import Analysis

FORMS: list[tuple[str, list[str]]] = [
    ("Menjelang Pilkada 2024, Sekda menyampaikan kembali kepada seluruh pegawai untuk bersikap netral dan "
     "profesional.", ["appeal"]),
    ("\"Saya sampaikan lagi kepada semua ASN agar tidak memasang foto bakal calon,\" kata Bupati jelang Pilkada 2024.",
     ["appeal"]),
    ("\"Besok kami surati dulu para camat dan lurah untuk tidak menghadiri deklarasi calon,\" kata Ketua Bawaslu soal "
     "Pilkada 2024.", ["appeal"]),
    # whom it tells is no civil servant
    ("Soal netralitas ASN di Pilkada 2024, Sekda menyampaikan juga kepada wartawan untuk ikut mengawasi.", []),
    # what it passes on is a thing, no conduct
    ("Pada apel netralitas ASN jelang Pilkada 2024, Sekda menyampaikan kembali kepada para pegawai terima kasih atas "
     "kerja kerasnya.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list[Analysis]:
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_verb_of_telling_reads_past_an_adverb_of_speech_to_whom_it_tells(analyses: list[Analysis], k: int) -> None:
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
