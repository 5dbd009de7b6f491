"""A modal of knowing or noting that opens a statement, before its comma or 'bahwa' ('Harus diketahui, pilkada digelar
...', 'Wajib diketahui bahwa ...', 'Mesti dicatat, ...'), is the writer's or speaker's remark, as 'perlu diketahui'
and 'harus diakui' are: no duty. What civil servants must know, named in a relative clause ('batasan yang harus
diketahui oleh ASN'), and a duty the remark introduces stay obligations, as in the read gold."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Mesti dicatat, pengawasan dilakukan sejak awal tahapan.", ()),
    ("Harus diketahui, pilkada serentak digelar di 545 daerah.", ()),
    ("Wajib diketahui, kampanye dimulai 25 September.", ()),
    ("Harus diketahui bahwa tahapan kampanye berlangsung dua bulan.", ()),
    ("Mesti diketahui bahwa laporan itu sudah diteruskan ke BKN.", ()),
    # a duty the remark introduces, what they must know: obligations still
    ("Harus diketahui, ASN wajib netral sesuai undang-undang.", ("obligation",)),
    ("Ada beberapa batasan yang harus diketahui oleh ASN selama pilkada.", ("obligation",)),
    ("Itu yang wajib diketahui dan dijalankan oleh seluruh pegawai.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_remark_opening_a_statement_is_no_duty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
