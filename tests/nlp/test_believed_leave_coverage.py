"""Leave only believed, however far the belief stands from the word of leave (permission precision).

A belief named as such ("persepsi", "anggapan") before a word of leave in its sentence gives no leave, also where the
belief's subject and conduct stand between and the leave closes the clause ("jangan sampai ada persepsi pegawai yang
melanggar itu tidak apa-apa"): the read half's gold gives such sentences no permission. The ban that often opens them
("jangan sampai") keeps its kind; leave granted in a sentence that names no belief stays leave. The stories are ours;
all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # a belief far before leave that closes its clause: none
    (LEAD + "Jangan sampai ada persepsi pegawai yang melanggar netralitas itu tidak apa-apa.", NO_LEAVE),
    (LEAD + "Jangan sampai muncul anggapan bahwa PNS yang datang ke kampanye itu tidak masalah.", NO_LEAVE),
    (LEAD + "Jangan sampai ada persepsi di tengah warga kalau ASN memihak calon itu sah-sah saja.", NO_LEAVE),
    (LEAD + "Masih ada anggapan di kalangan guru honorer bahwa memasang stiker calon di rumah itu boleh saja.",
     NO_LEAVE),
    (LEAD + "Persepsi sebagian pegawai selama ini, menyukai unggahan calon di media sosial tidak dilarang.", NO_LEAVE),
    (LEAD + "Anggapan bahwa aparatur yang hanya menonton deklarasi calon diperbolehkan perlu diluruskan.", NO_LEAVE),
    # ... and leave with no belief named stays leave
    (LEAD + "Pegawai yang datang ke kampanye sebagai pendengar itu tidak masalah.", {P}),
    (LEAD + "Bagi PNS, menonton debat para calon di rumah sah-sah saja.", {P}),
    (LEAD + "Jangan sampai ada ASN yang berpihak, tetapi memilih di TPS tetap boleh.", {B, P}),
    # ... nor does a belief named in another clause of its sentence
    (LEAD + "Untuk meluruskan persepsi publik, Bawaslu menegaskan bahwa ASN boleh hadir dalam kampanye sebagai "
     "pendengar tanpa atribut.", {P}),
    (LEAD + "Guna menepis anggapan yang beredar, Bupati mengatakan pegawai boleh menonton debat calon di rumah.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_believed_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
