"""Leave in the main clause after a condition, opened by "maka", is its own subject's (permission precision).

"Bila ASN diminta netral, maka warga boleh memilih calonnya": the voters' leave, as after "namun"/"sedangkan"
(`leave_contrasts`); civil servants or a pronoun for them after "maka" keep it theirs. The stories are ours; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Bupati mengumpulkan kepala dinas menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Jika ASN hanya ingin mendengar visi misi, maka mereka boleh datang ke lokasi kampanye.", True),
    (f"{LEAD}Kalau sekadar menyimak, maka pegawai diperbolehkan menonton debat calon.", True),
    # the clause after "maka" names voters at large
    (f"{LEAD}Apabila pegawai tetap netral, maka masyarakat bebas menentukan pilihannya tanpa tekanan.", False),
    (f"{LEAD}Jika ASN tidak berpihak, maka pemilih boleh datang ke TPS dengan tenang.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_after_maka(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "maka" in d.sentence}
    assert (LEAVE in got) is allowed, (text, got)
