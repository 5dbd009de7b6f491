"""Probe list of a passive request whose asker stands right after it, set off by a comma before those asked:
"Diharapkan Bupati, seluruh ASN tetap netral", "Diminta Bupati Sleman Budi Santoso, para camat ...". The official
named by title (also a bare regional one in its short form, "Wagub", "Wabup", or of several words, "Wakil Bupati")
or name, also two joined by "dan", is the agent of the passive (as in "Ditegaskan Bupati, ..."), and the civil
servants after the comma are whom it asks. Without the comma the head is asked ("Diharapkan Bupati tetap netral"), a
list of heads stays a list, and a hope about an event or the public asks no civil servant. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

GATHERED = "Para pegawai Pemkab Sleman mengikuti apel pagi jelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (f"{GATHERED} Diharapkan Bupati, seluruh ASN tetap bersikap netral selama masa kampanye.", {"appeal"}),
    (f"{GATHERED} Diharapkan Gubernur, para guru tidak membahas pasangan calon di kelas.", {"appeal"}),
    (f"{GATHERED} Diharapkan Bupati Sleman Budi Santoso, semua pegawai menjaga netralitas.", {"appeal"}),
    (f"{GATHERED} Diimbau Sekda Kabupaten Sleman, seluruh ASN tidak memasang atribut calon.", {"appeal"}),
    # ... or by a bare regional title in its short form
    (f"{GATHERED} Diharapkan Wabup, para pegawai tidak hadir di posko pemenangan.", {"appeal"}),
    (f"{GATHERED} Diimbau Wawali, semua ASN tidak memakai atribut pasangan calon.", {"appeal"}),
    # ... or by a bare regional title of several words, no region named
    (f"{GATHERED} Diharapkan Wakil Bupati, para pegawai tidak mengunggah foto pasangan calon.", {"appeal"}),
    (f"{GATHERED} Diimbau Sekretaris Daerah, seluruh ASN tidak hadir di posko pemenangan.", {"appeal"}),
    (f"{GATHERED} Diharapkan Wakil Bupati tetap bersikap netral selama masa kampanye.", set()),
    (f"{GATHERED} Diharapkan Wakil Bupati, pemungutan suara berjalan tertib.", set()),
    # ... or by two askers joined by "dan"
    (f"{GATHERED} Diharapkan Bupati dan Wakil Bupati Sleman, para pegawai tidak ikut deklarasi calon.", {"appeal"}),
    (f"{GATHERED} Diharapkan Bupati dan Wakil Bupati tetap bersikap netral selama masa kampanye.", set()),
    (f"{GATHERED} Diharapkan Bupati dan Sekda, pemungutan suara berjalan tertib.", set()),
    # the head asked, a list of heads, an event or the public
    (f"{GATHERED} Diharapkan Wabup, warga menjaga kebersihan lokasi kampanye.", set()),
    (f"{GATHERED} Diharapkan Bupati tetap bersikap netral selama masa kampanye.", set()),
    (f"{GATHERED} Diharapkan Bupati, Wakil Bupati dan Sekda tetap bersikap netral.", set()),
    (f"{GATHERED} Diharapkan Bupati, pilkada tahun ini berjalan aman dan damai.", set()),
    (f"{GATHERED} Diharapkan Bupati, warga datang ke TPS lebih pagi.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(GATHERED) + 1:][:64]))
def test_a_passive_request_past_its_asker(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
