"""Probe list of civil servants put first before the speaker's pronoun and a bare request verb, set off by a comma:
"Seluruh ASN, kami harapkan tetap netral", "Netralitas para guru, sangat kita harapkan". The object put first (the
passive of the first person) is whom the verb asks with or without the comma, so long as it (or their conduct) opens
the sentence, and whatever follows the verb ("kami harapkan selama masa kampanye ..."); a topic or a preposition
holding them ("Terkait ASN, kami harapkan pilkada damai"), or outsiders put first, ask no civil servant. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

GATHERED = "Kepala dinas menemui para guru di aula sekolah jelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (f"{GATHERED} \"Netralitas para guru, sangat kita harapkan, agar tak ada yang disanksi,\" ujarnya.", {"appeal"}),
    (f"{GATHERED} Seluruh ASN, kami harapkan tidak mengunggah dukungan kepada calon.", {"appeal"}),
    (f"{GATHERED} \"Para pegawai, juga kami minta tidak hadir di posko pemenangan,\" katanya.", {"appeal"}),
    (f"{GATHERED} Seluruh ASN kami harapkan tetap netral selama masa kampanye.", {"appeal"}),
    # ... whatever follows the verb, a time of the contest too
    (f"{GATHERED} Seluruh guru kami harapkan selama masa kampanye tidak memihak.", {"appeal"}),
    (f"{GATHERED} \"Netralitas para guru sangat kita harapkan selama masa kampanye,\" ujarnya.", {"appeal"}),
    # a topic or outsiders put first
    (f"{GATHERED} Kegiatan kampanye kami harapkan berjalan tertib selama masa tenang.", set()),
    (f"{GATHERED} Terkait ASN, kami harapkan pilkada berjalan aman dan damai.", set()),
    (f"{GATHERED} Masyarakat, kami harapkan datang ke TPS lebih pagi.", set()),
    (f"{GATHERED} Soal tunjangan para guru, kami harapkan cair bulan depan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(GATHERED) + 1:][:64]))
def test_an_object_put_first_past_its_comma(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
