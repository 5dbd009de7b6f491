"""A warning written with its bare stem after its speaker ('saya peringatkan', 'sudah peringatkan'), as reporters
already write 'ingatkan', 'imbau' and 'tekankan', asks civil servants what the warning names, as 'memperingatkan'
does; addressed to voters or candidates it asks civil servants nothing. Sentences are our own, analysed in one
batch."""

from __future__ import annotations

import pytest

# (sentence, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Saya peringatkan kepada seluruh ASN dan kepala desa untuk menjaga netralitas,\" kata Bupati, Pilkada 2024.",
     {"appeal"}),
    ("Kami sudah peringatkan agar tidak ada lagi pegawai yang ikut berkampanye menjelang Pilkada 2024.", {"appeal"}),
    ("Sekda kembali peringatkan para PNS supaya tidak memasang foto calon di media sosial jelang Pemilu 2024.",
     {"appeal"}),
    ("\"Berkali-kali saya peringatkan jajaran ASN untuk tidak memihak,\" ujarnya menjelang Pilkada 2024.", {"appeal"}),
    ("Kami peringatkan warga untuk datang ke TPS lebih pagi pada Pilkada 2024.", set()),
    ("KPU peringatkan pasangan calon agar mematuhi jadwal kampanye Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_warning_by_its_bare_stem_gives_its_kind(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
