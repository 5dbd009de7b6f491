"""A penalty borne by the public or a campaign that a relative clause singles out (sanction precision).

Stories on neutrality quote the election laws' penalties for voters and campaigners beside those for civil servants
("Pemilih yang mencoblos dua kali diancam pidana", "Peserta kampanye yang mengganggu ketertiban dipidana"): a penalty
borne by those outsiders, in a sentence naming no civil servant, is theirs, no sanction for the civil servants the
story names. A penalty for using civil servants ("Tim kampanye yang melibatkan ASN bisa dikenai sanksi"), one for
civil servants, village heads or interim heads, and one an outsider imposes ("Bawaslu yang ...") keep theirs. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"
LEAD = "Ketua Bawaslu mengingatkan seluruh ASN agar menjaga netralitas pada Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the public's or a campaign's penalty: none
    (LEAD + "Pemilih yang sengaja mencoblos di dua TPS diancam pidana penjara.", set()),
    (LEAD + "Warga yang merobek spanduk calon bisa dipidana.", set()),
    (LEAD + "Peserta kampanye yang membawa anak kecil ke lapangan dikenai sanksi teguran.", set()),
    (LEAD + "Tim pemenangan yang menyebar hoaks terancam hukuman kurungan dan denda.", set()),
    (LEAD + "Relawan yang membagikan uang kepada pemilih dapat dijerat pidana.", set()),
    # ... but a penalty for using civil servants, or for those the rules bind, keeps its sanction
    (LEAD + "Tim kampanye yang mengajak ASN ke panggung bisa dikenai sanksi.", {S}),
    (LEAD + "Kepala desa yang ikut berkampanye diancam pidana penjara.", {S}),
    (LEAD + "Pegawai yang memasang stiker calon di mobil dinas akan dikenai sanksi.", {S}),
    (LEAD + "Penjabat kepala daerah yang tidak netral akan dicopot.", {S}),
    # ... and so does one the story's civil servants are threatened with by whoever imposes it
    (LEAD + "Pemerintah yang akan menjatuhkan sanksi kepada ASN yang melanggar.", {S}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_outsider_penalty_relative(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} & {S} == kinds
