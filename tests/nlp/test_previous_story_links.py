"""A line holding only the label of the widget linking the stories before or after this one ("BERITA SEBELUMNYA :",
"Artikel Selanjutnya") opens a block of links: the titles under it, closed by no stop, belong to other stories and
no institution is read from them. The same words opening a sentence of prose are left. The stories are ours."""

from __future__ import annotations

import pytest

LEAD = ("PEKANBARU - Penjabat Bupati Kampar Budi Santoso meminta seluruh ASN di lingkungan Pemkab Kampar menjaga "
        "netralitas dalam Pilkada 2024, Senin (4/11/2024).\n")

# (label line, the other story's title under it, the institution that title names)
BLOCKS = [
    ("BERITA SEBELUMNYA :", "Dinas Pertanian Siak bagikan bibit jagung kepada kelompok tani", "Dinas Pertanian"),
    ("Berita Selanjutnya", "Kapolres Dumai pimpin apel pasukan jelang operasi zebra", "Kepolisian Resor Dumai"),
    ("Artikel Sebelumnya:", "Dinas Kesehatan Bengkalis gelar vaksinasi di sekolah dasar", "Dinas Kesehatan"),
    ("ARTIKEL SELANJUTNYA", "Kejari Pelalawan tahan dua tersangka korupsi dana desa", "Kejaksaan Negeri"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    texts = [LEAD + f"{label}\n{title}" for label, title, _ in BLOCKS]
    texts.append(LEAD + "Berita sebelumnya menyebutkan Dinas Pertanian Siak membagikan bibit jagung kepada petani.")
    return analyse_all(texts, published="2024-11-05")


@pytest.mark.parametrize(("k", "other"), [(k, b[2]) for k, b in enumerate(BLOCKS)], ids=[b[0] for b in BLOCKS])
def test_linked_title_names_nothing(analysed: list, k: int, other: str) -> None:
    names = [m.agency for m in analysed[k].agencies]
    assert "Pemerintah Kabupaten Kampar" in names
    assert not any(other in n for n in names), names


def test_prose_opened_by_the_same_words_is_read(analysed: list) -> None:
    names = [m.agency for m in analysed[-1].agencies]
    assert any("Dinas Pertanian" in n for n in names), names
