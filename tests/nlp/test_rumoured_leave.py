"""Leave only guessed or rumoured gives no leave (permission precision).

A guess or a rumour named before a word of leave in its clause ("ada spekulasi bahwa ASN boleh ...", "asumsi bahwa
PNS boleh ...", "beredar isu pegawai boleh ...") states what is said about the rules, which the speaker then corrects:
no leave given, as with a belief ("anggapan", "persepsi"). Leave given in a clause of its own after the rumour is named
("Menanggapi isu itu, Bupati menegaskan ASN boleh ...", "Terkait isu netralitas, ASN boleh ...") stays leave. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
LEAD = "Wakil Bupati mengingatkan seluruh ASN menjaga netralitas selama Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    # a guess or a rumour holding the leave: none
    (LEAD + "Penegasan itu disampaikan karena masih ada spekulasi bahwa ASN boleh mendukung calon pada hari libur.",
     False),
    (LEAD + "Ia meluruskan asumsi bahwa PNS boleh hadir di kampanye asalkan sudah mengambil cuti.", False),
    (LEAD + "Belakangan beredar isu pegawai honorer boleh menjadi tim pemenangan calon.", False),
    (LEAD + "Rumor bahwa guru diperbolehkan memasang baliho calon di rumah ternyata keliru.", False),
    # ... leave given in its own clause after the rumour is named: stays
    (LEAD + "Menanggapi isu tersebut, Wakil Bupati menegaskan ASN boleh hadir di kampanye sebagai pendengar.", True),
    (LEAD + "Terkait isu netralitas, pegawai tetap boleh menggunakan hak pilihnya di TPS.", True),
    (LEAD + "ASN boleh datang ke kampanye asal tidak memakai atribut calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_only_rumoured_is_no_leave_but_leave_after_the_rumour_is(analysed: list, k: int, text: str,
                                                                       leave: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (P in got) is leave
