"""Leave to vote named by the right in law: "bisa menggunakan hak politiknya" (permission recall).

Outlets name the vote civil servants keep by its legal names as well as "hak pilih": the political or constitutional
right, and the vote given ("memberikan hak pilihnya"). With "bisa"/"dapat" these allow it as "bisa menggunakan hak
pilih" does; asked of them ("meminta ASN dapat ...") or said of voters at large they allow nothing. The stories are
ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Bupati mengumpulkan kepala dinas menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Menurut Bupati, ASN tetap dapat menggunakan hak politiknya di TPS, tetapi dilarang berkampanye.", True),
    (f"{LEAD}Pegawai negeri sipil bisa menggunakan hak konstitusionalnya pada hari pencoblosan.", True),
    (f"{LEAD}PPPK juga bisa memberikan hak pilihnya di TPS tempat mereka terdaftar.", True),
    # asked of them, or voters at large: nothing allowed
    (f"{LEAD}Ia meminta ASN dapat menggunakan hak politiknya dengan bijak.", False),
    (f"{LEAD}Warga pendatang bisa memberikan hak pilihnya dengan membawa formulir pindah memilih.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_vote_in_law_words(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "hak" in d.sentence}
    assert (LEAVE in got) is allowed, (text, got)
