"""An invitation to report, with an adverb or a split prefix before the verb (permission precision).

"Kalau ada pegawai berpihak, silakan langsung laporkan ke Panwascam" asks whoever sees it to report, as "silakan
laporkan" does: an adverb of haste ("langsung", "segera") or the prefix written apart ("silakan di laporkan") between
the invitation and the reporting verb gives no leave to the civil servants named in the condition. Leave to civil
servants past the same adverb ("silakan langsung datang ke TPS") stays leave. The stories are ours; all are analysed
in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Pemerintah daerah meminta pegawai menjaga netralitas dalam Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the case left to whoever sees it: no leave
    (LEAD + "Wali Kota menyebut, apabila ada ASN yang memihak calon, silakan langsung laporkan ke Panwascam.",
     NO_LEAVE),
    (LEAD + "Menurut Sekda, jika ada PNS ikut berkampanye, silahkan langsung adukan kepada pengawas pemilu.", NO_LEAVE),
    (LEAD + "Camat mengatakan, kalau ada aparatur desa yang tidak netral, silakan di laporkan ke Bawaslu.", NO_LEAVE),
    (LEAD + "Kepala BKPSDM menegaskan, bila terbukti ada pegawai berpihak, silakan langsung diproses sesuai aturan.",
     NO_LEAVE),
    # leave to civil servants past the same adverb: stays
    (LEAD + "Bupati mengatakan ASN boleh memilih, jadi kalau hendak mencoblos silakan langsung datang ke TPS.", {P}),
    (LEAD + "Kepala dinas menyebut pegawai silakan langsung hadir di kampanye sebagai pendengar, tanpa atribut.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_an_invitation_to_report_past_an_adverb_gives_no_leave(analysed: list, k: int, text: str,
                                                               kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
