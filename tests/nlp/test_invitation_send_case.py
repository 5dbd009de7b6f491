"""An invitation to send a case on, in the verb's other voices (permission precision).

"Kalau ada pegawai memihak, silakan kirim ke KASN" already leaves the case to whoever sees it; so do the passive and
the suffixed forms of sending ("silahkan dikirim ke Bawaslu", "silakan kirimkan buktinya", "silakan dikirimkan"):
no leave to the civil servants named in the condition. Leave to the civil servants themselves stays. The stories are
ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Pemerintah kabupaten mengingatkan pegawai agar netral dalam Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the case sent on by whoever sees it: no leave
    (LEAD + "Kepala BKD mengatakan, jika ada ASN yang berpihak pada calon, silahkan dikirim ke KASN.", NO_LEAVE),
    (LEAD + "Menurut Asisten I, kalau ada PNS ikut kampanye, silakan kirimkan buktinya ke Bawaslu.", NO_LEAVE),
    (LEAD + "Inspektur menyebut, bila ditemukan aparatur yang memihak, silakan dikirimkan ke kantor kami.", NO_LEAVE),
    # leave to the civil servants themselves: stays
    (LEAD + "Bupati menyebut ASN silakan hadir di kampanye untuk mendengar visi misi, asal tanpa atribut.", {P}),
    (LEAD + "Sekda mengatakan pegawai boleh memilih siapa pun di bilik suara, silakan gunakan hak pilihnya.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_an_invitation_to_send_a_case_on_gives_no_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
