"""Blog themes label their widgets of other stories in Indonesian or English ("Pos terkait", "Paling Populer",
"Read previous post:") and their list of tags ("TAG TERKAIT :"): a line holding only such a label opens a block of
links, whose titles (closed by no stop) name no institution of the story. The same words inside a sentence of prose
are left. The stories are ours."""

from __future__ import annotations

import pytest

LEAD = ("SAMPIT - Penjabat Bupati Kotawaringin Timur Budi Santoso meminta seluruh ASN di lingkungan Pemkab "
        "Kotawaringin Timur menjaga netralitas dalam Pilkada 2024, Senin (4/11/2024).\n\n")

# (label line, the other story's title under it, the institution that title names)
BLOCKS = [
    ("Pos terkait", "Dinas Pendidikan Seruyan salurkan seragam untuk siswa baru", "Dinas Pendidikan"),
    ("PALING POPULER", "Kejari Katingan tetapkan tersangka korupsi dana hibah", "Kejaksaan Negeri"),
    ("Read previous post:", "Dinas Kesehatan Lamandau buka posyandu keliling di desa", "Dinas Kesehatan"),
    ("TAG TERKAIT :", "Kodim Sampit pilkada damai netralitas", "Komando Distrik Militer"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    texts = [LEAD + f"{label}\n{title}" for label, title, _ in BLOCKS]
    texts.append(LEAD + "Pos terkait pelayanan di Dinas Pendidikan Kabupaten Seruyan juga diawasi agar ASN netral.")
    return analyse_all(texts, published="2024-11-05")


@pytest.mark.parametrize(("k", "other"), [(k, b[2]) for k, b in enumerate(BLOCKS)], ids=[b[0] for b in BLOCKS])
def test_widget_titles_name_nothing(analysed: list, k: int, other: str) -> None:
    names = [m.agency for m in analysed[k].agencies]
    assert any("Kotawaringin Timur" in n for n in names), names
    assert not any(other in n for n in names), names


def test_prose_with_the_same_words_is_read(analysed: list) -> None:
    names = [m.agency for m in analysed[-1].agencies]
    assert any("Dinas Pendidikan" in n for n in names), names
