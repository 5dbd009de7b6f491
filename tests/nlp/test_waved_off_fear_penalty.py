"""A penalty borne after a fear waved off earlier in its clause ("tidak perlu khawatir kena sanksi", "jangan cemas bila
... akan dicopot") reassures servants: no sanction. The penalty past a comma or a clause word ("karena", "maka"), one
the speaker does not fear to impose ("tidak takut menjatuhkan sanksi"), and a plain threat still threaten. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"

# (text, whether it must give a sanction)
FORMS: list[tuple[str, bool]] = [
    ("Kepala BKD bilang pegawai tak usah takut terkena sanksi selama tetap netral di Pilkada 2024.", False),
    ("Jangan cemas bila tidak ikut mendukung petahana akan dicopot, kata Pj Wali Kota kepada ASN jelang Pilkada 2024.",
     False),
    ("Menurut Sekda, guru PNS tidak perlu khawatir dimutasi hanya karena memilih calon lain di Pilkada 2024.", False),
    # look-alikes: threats
    ("Warga jangan takut melaporkan ASN yang tidak netral pada Pilkada 2024 karena akan ditindak.", True),
    ("Jangan takut melapor, ASN yang terbukti tidak netral pada Pilkada 2024 akan disanksi.", True),
    ("Wali Kota tidak takut menjatuhkan sanksi kepada ASN yang berpihak pada Pilkada 2024.", True),
    ("ASN yang terbukti berkampanye pada Pilkada 2024 akan terkena sanksi disiplin.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(FORMS, lambda v: v[0][:64]))
def test_waved_off_fear_penalty(analysed: list, k: int, text: str, threat: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (S in got) == threat
