"""A civil servant said to campaign by the plain verb makes the story one about neutrality.

Reporters write a civil servant's campaigning as 'melakukan kampanye' as often as 'berkampanye' ("oknum camat
diduga melakukan kampanye di kantor kecamatan", "guru PNS yang lakukan kampanye capres di media sosial"): with a
civil-servant word in the same sentence, the story is about their neutrality. Candidates campaigning, or village
officials alone, make no such story. The stories were written for this list, not taken from any article; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

# (text, expected relevance)
PROBES: list[tuple[str, bool]] = [
    ("Seorang camat di Kabupaten Klaten diduga telah melakukan kampanye di kantor kecamatan. Bawaslu Klaten masih "
     "menelusuri rekaman yang beredar.", True),
    ("Bawaslu memanggil seorang guru PNS yang lakukan kampanye untuk caleg lewat akun Facebook miliknya.", True),
    ("Dua ASN Pemkot diduga melakukan kampanye bagi pasangan calon wali kota saat jam kerja.", True),
    # no civil servant: candidates, a campaign team, village officials alone
    ("Pasangan calon bupati melakukan kampanye di lapangan desa. Ribuan warga hadir dalam kampanye itu.", False),
    ("Tim pemenangan caleg itu lakukan kampanye dari rumah ke rumah menjelang Pemilu 2024.", False),
    ("Aparatur desa di Kecamatan Sukamaju diduga melakukan kampanye untuk salah satu calon bupati.", False),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in PROBES])


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, e) in enumerate(PROBES)],
                         ids=[t[:40] for t, _ in PROBES])
def test_campaigning_by_the_plain_verb_is_relevant_only_beside_a_civil_servant(analyses, k: int,
                                                                               expected: bool) -> None:
    assert analyses[k].is_relevant is expected
