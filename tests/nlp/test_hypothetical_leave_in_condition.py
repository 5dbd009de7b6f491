"""Leave inside a condition whose subject is the civil servants it would be for ("Jika ASN dibolehkan berpolitik,
birokrasi akan terpecah") is supposed so as to weigh it: no leave given (permission precision).

The condition said after a speech verb ("menyebut kalau ASN boleh ..."), leave with its limit after it ("..., asal
..."), leave presupposed by a duty that follows ("..., mereka harus pasif"), and leave in the main clause after a
condition keep the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda kabupaten meminta seluruh aparatur sipil negara menjaga netralitas menjelang Pilkada 2024. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Jika PNS dibolehkan ikut berkampanye, pelayanan di kantor kelurahan akan kacau.", False),
    ("Kalau para ASN boleh berpolitik praktis, birokrasi kita bakal terbelah.", False),
    ("Ia khawatir apabila pegawai diperbolehkan menjadi tim sukses, warga tidak lagi percaya pada pemerintah.", False),
    # said, bounded, presupposed, or given in the main clause: leave
    ("Kepala BKD menyebut kalau ASN boleh menghadiri kampanye sebagai pendengar.", True),
    ("Kalau ASN boleh datang ke kampanye, asalkan tidak mengenakan seragam dinas.", True),
    ("Jika PNS boleh hadir di kampanye, mereka harus tetap pasif.", True),
    ("Jika mendapat surat tugas, ASN boleh hadir di lokasi kampanye.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_hypothetical_leave_in_condition(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
