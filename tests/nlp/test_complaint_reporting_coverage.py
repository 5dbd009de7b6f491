"""A complaint is a report (permission precision).

"Mengadukan" (and its passive and "-nya" forms) tells of a violation as "melaporkan" does: leave or an invitation to
complain ("warga boleh mengadukannya ke Bawaslu", "silakan adukan ke Panwaslu") goes to whoever sees the case, no
leave to civil servants, and a request to complain asks the public. The bare "mengadu" counts only right after an
invitation ("silakan mengadu ke Bawaslu"): elsewhere it is also a venture ("mengadu nasib sebagai caleg"), where the
leave stays. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, A = "permission", "appeal"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN menjadi sorotan menjelang Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # leave or an invitation to complain: none
    (LEAD + "Penduduk yang memergoki pegawai memasang stiker calon boleh mengadukannya ke Panwascam.", NO_LEAVE),
    (LEAD + "Bila ada PNS terlihat di panggung kampanye, silakan adukan ke Bawaslu kabupaten.", NO_LEAVE),
    (LEAD + "Kalau ada guru honorer yang menggiring murid memilih calon, silahkan diadukan ke pengawas.", NO_LEAVE),
    (LEAD + "Apabila ada lurah yang berpihak, warga dipersilakan mengadukan hal itu ke Bawaslu.", NO_LEAVE),
    (LEAD + "Jika ada aparatur yang memakai mobil dinas untuk kampanye, silakan mengadu ke posko pengawasan.",
     NO_LEAVE),
    # a request to complain asks the public: no appeal to civil servants
    (LEAD + "Ketua Bawaslu meminta warga mengadukan setiap pegawai yang ikut menjadi tim sukses.", NO_LEAVE),
    # ... and the bare "mengadu" of a venture, or leave with no complaint, stays leave
    (LEAD + "PNS boleh mengadu nasib di pemilihan legislatif asalkan mengundurkan diri lebih dulu.", {P}),
    (LEAD + "Pegawai boleh datang ke lokasi kampanye sebagai pendengar, asalkan tanpa seragam dinas.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_complaint_reporting(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got and (A not in got or "meminta" not in text)
    else:
        assert P in got
