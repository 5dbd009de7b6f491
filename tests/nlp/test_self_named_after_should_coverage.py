"""A "should" followed by the speakers naming themselves as civil servants ("Sudah seharusnya kita sebagai ASN ...")
(obligation recall).

"kita"/"kami" right after a modal usually makes the speakers the agents of a fronted object ("Politik uang harus
kita lawan"); named as civil servants by "sebagai"/"selaku", they are the subject the duty binds, as "Kita sebagai
ASN harus ..." already is. Named as anyone else, or with no such name, nothing changes. The stories are ours; all
are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = "obligation"
LEAD = "Sekda memimpin apel pagi para pegawai pemkab menjelang Pilkada 2024. "

# (text, whether an obligation is expected in the sentence after the lead)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Karena itu, sudah seharusnya kita sebagai ASN menjauhi urusan tim sukses.", True),
    (f"{LEAD}Semestinya kami selaku aparatur sipil negara tidak ikut berkumpul di posko calon.", True),
    (f"{LEAD}\"Sepatutnya kita sebagai abdi negara bersikap netral sampai hari pencoblosan,\" ujarnya.", True),
    # named as someone else, or no one named: the speakers' own task or nobody's
    (f"{LEAD}Sudah seharusnya kita sebagai warga menjaga kebersihan lingkungan saat kampanye.", False),
    (f"{LEAD}Hoaks menjelang pencoblosan harus kita lawan bersama.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "bound"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_self_named_after_should(analysed: list, k: int, text: str, bound: bool) -> None:
    sentence = text[len(LEAD):]
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() in sentence or sentence in d.sentence}
    assert (DUTY in got) is bound, (text, got)
