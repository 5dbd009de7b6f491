"""A penalty borne by the one it names, negated past a word of what will come or a hedge ("tidak akan dikenai sanksi",
"tak bakal dicopot", "belum tentu ditegur"), reassures or hedges: no sanction. A penalty threatened with a word of
certainty ("tentu akan dikenakan sanksi"), a hesitation denied ("tidak akan segan memberikan sanksi") and a penalty
escaped denied ("tidak akan luput dari sanksi") still threaten. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"

# (text, whether it must give a sanction)
FORMS: list[tuple[str, bool]] = [
    ("Kepala BKPSDM memastikan pegawai yang tetap netral tidak akan dikenai sanksi apa pun dalam Pilkada 2024.", False),
    ("\"Tenang saja, ASN yang bekerja profesional tak bakal dicopot,\" kata Bupati menjelang Pilkada 2024.", False),
    ("Menurut Ketua Bawaslu, ASN yang sekadar hadir di kampanye belum tentu ditegur pada Pemilu 2024.", False),
    ("Sekda menyebut guru honorer yang netral tidak akan dimutasi ke pelosok setelah Pilkada 2024.", False),
    # look-alikes: threats
    ("ASN yang terbukti tidak netral pada Pilkada 2024 akan dikenai sanksi disiplin.", True),
    ("ASN yang tidak netral pada Pilkada 2024 tentu akan dikenakan sanksi, kata Sekda.", True),
    ("ASN yang ikut berkampanye pada Pilkada 2024 pasti akan dicopot dari jabatannya.", True),
    ("Bupati menegaskan tidak akan segan memberikan sanksi kepada ASN yang berpihak di Pilkada 2024.", True),
    ("ASN yang ikut kampanye Pilkada 2024 tidak akan luput dari sanksi.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_borne_penalty_denied_or_hedged_threatens_no_sanction(analysed: list, k: int, text: str,
                                                                 threat: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (S in got) == threat
