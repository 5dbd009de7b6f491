"""An enforcement unit named in a post by its other names ("Komisioner Bawaslu Bidang Penindakan", "Bagian Penindakan
dan Pelanggaran", "Kabid Penindakan") says whose work it is, no penalty: the sentence that names the post gives no
sanction. A penalty noun after a verb of bearing ("akan mendapat penindakan tegas") still threatens. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"

# (text, whether it must give a sanction)
FORMS: list[tuple[str, bool]] = [
    ("Komisioner Bawaslu Bidang Penindakan, Yusuf Hamdani, mengatakan laporan soal ASN yang hadir di deklarasi "
     "calon Pilkada 2024 sudah diterima.", False),
    ("Keterangan itu disampaikan Bagian Penindakan dan Pelanggaran Bawaslu Kalbar, Rina Susanti, soal ASN di "
     "Pilkada 2024.", False),
    ("Kabid Penindakan Bawaslu kota itu, Dedi Kurnia, menyebut ASN yang ikut kampanye Pilkada 2024 sedang didata.",
     False),
    # look-alikes: threats
    ("ASN yang tidak netral pada Pilkada 2024 akan mendapat penindakan tegas, kata Wali Kota.", True),
    ("Bawaslu menegaskan penindakan terhadap ASN yang berkampanye pada Pilkada 2024 akan dilakukan tanpa pandang "
     "bulu.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(FORMS, lambda v: v[0][:64]))
def test_enforcement_unit_post(analysed: list, k: int, text: str, threat: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (S in got) == threat
