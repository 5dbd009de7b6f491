"""Leave handed by an invitation to someone outside the civil service (permission precision).

An invitation ("silakan", "silahkan", "monggo") with the public or an enforcing body right after it ("kalau ada
temuan pegawai berpihak, silakan Panwaslu memprosesnya", "monggo warga melapor") leaves the case to them: no leave to
the civil servants named before it, in the condition. Leave said of civil servants ("pegawai silakan hadir",
"silakan ASN datang"), or of them named with the public ("silakan warga maupun PNS hadir"), stays leave. The stories
are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN menjadi sorotan menjelang Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the case left to an enforcing body or the public: no leave
    (LEAD + "Wakil Bupati menyebut, bila ada temuan pegawai yang berpihak, monggo Bawaslu berkoordinasi dengan "
     "Inspektorat.", NO_LEAVE),
    (LEAD + "Sekda menegaskan, apabila ada PNS terbukti memihak, silakan Panwaslu memeriksa sesuai aturan.", NO_LEAVE),
    (LEAD + "Menurut Camat, kalau ada aparatur yang ikut kampanye, silahkan masyarakat berkoordinasi dengan "
     "pengawas desa.", NO_LEAVE),
    (LEAD + "Bupati mengatakan, jika ada ASN yang tidak netral, silakan saja Bawaslu menindaknya.", NO_LEAVE),
    # leave said of civil servants, alone or with the public: stays
    (LEAD + "Kepala BKPSDM mengatakan pegawai silakan hadir di kampanye asalkan tidak memakai seragam dinas.", {P}),
    (LEAD + "Bupati menyebut ASN silakan datang ke lokasi kampanye sebagai pendengar, asal tanpa atribut.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_invited_outsider_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
