"""Requests that a violation be reported, next to requests that civil servants report one.

A request whose own clause puts the reporting in the passive ("meminta agar ... segera dilaporkan") or in the bare
imperative ("saya minta langsung laporkan") asks whoever sees the violation to report it: the civil servants it names
are the ones reported, not the ones asked. The annotated items count none of these as an appeal. Civil servants asked
to report (an active verb with them as its subject) stay an appeal, and so does a request to them whose report
stands past a comma. Sentences are our own; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

# A story about civil servants, for requests that name only village heads
CONTEXT = "Sosialisasi netralitas ASN digelar menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # the reporting in the passive: whoever sees it reports
    ("Kepala BKD meminta agar setiap kegiatan politik yang melibatkan pegawai segera dilaporkan kepada inspektorat "
     "selama Pilkada 2024.", set()),
    (CONTEXT + "Camat mengimbau agar setiap kepala desa yang ikut berkampanye dilaporkan ke panitia pengawas.", set()),
    ("Bawaslu berharap setiap dukungan ASN kepada pasangan calon dilaporkannya lewat aplikasi pengaduan pada "
     "Pemilu 2024.", set()),
    ("Wakil bupati mendorong agar pelanggaran-pelanggaran netralitas pegawai pada Pilkada 2024 dapat dilaporkan ke "
     "Bawaslu.", set()),
    # ... in the bare imperative
    ('"Bila masih ada pegawai yang memihak pada Pilkada 2024, saya minta langsung laporkan kepada kami," kata Sekda.',
     set()),
    # look-alikes that stay appeals: civil servants asked to report, a report past a comma (which threatens those
    # found guilty: a sanction besides)
    ("Sekda mengimbau ASN yang mengetahui atasannya berkampanye agar berani melaporkan kepada Bawaslu pada "
     "Pilkada 2024.", {"appeal"}),
    ("Wali kota meminta para camat melaporkan setiap kegiatan kampanye yang melibatkan pegawai pada Pilkada 2024.",
     {"appeal"}),
    ("Bupati meminta seluruh ASN tetap netral pada Pilkada 2024, dan yang melanggar akan dilaporkan ke BKN.",
     {"appeal", "sanction"}),
    ("Pegawai honorer diminta segera melapor kepada inspektorat bila diarahkan atasannya mendukung calon pada "
     "Pilkada 2024.", {"appeal"}),
    # a report in the request's purpose or result, past its link word
    ("Bupati meminta ASN tetap netral pada Pilkada 2024 agar tidak dilaporkan ke Bawaslu.", {"appeal"}),
    ("Sekda mengimbau ASN tidak ikut kampanye Pilkada 2024 sehingga tidak dilaporkan masyarakat.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_that_a_case_be_reported_asks_no_civil_servant(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
