"""An invitation to tell a case to the body that handles it (permission precision).

"Kalau ada pegawai memihak, silakan sampaikan ke kami" leaves the case to whoever sees it, as "silakan laporkan"
does; so does the passive ("silahkan disampaikan kepada Panwaslu"): no leave to the civil servants named in the
condition. Leave to voice a view ("silakan menyampaikan pilihannya") and leave to the civil servants themselves stay.
The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Pengawas pemilu kota mengajak warga ikut memantau netralitas ASN pada Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the case told to the handling body by whoever sees it: no leave
    (LEAD + "Ketua Panwaslu mengatakan, bila menemukan PNS yang memihak, silakan sampaikan ke kami.", NO_LEAVE),
    (LEAD + "Menurut anggota Bawaslu, kalau ada aparatur ikut kampanye, silahkan disampaikan kepada Panwascam.",
     NO_LEAVE),
    (LEAD + "Kepala Inspektorat menyebut, jika ada ASN berpihak, silakan langsung sampaikan buktinya ke kantor kami.",
     NO_LEAVE),
    # leave to voice a view, or to the civil servants themselves: stays
    (LEAD + "Sekda menyebut ASN silakan menyampaikan pilihannya di bilik suara pada hari pemungutan.", {P}),
    (LEAD + "Bupati mengatakan pegawai silakan hadir di kampanye untuk mendengar visi misi, asal tanpa atribut.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_an_invitation_to_tell_a_case_gives_no_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
