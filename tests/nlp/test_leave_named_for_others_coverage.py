"""Leave that names whom it is for after the word of leave, someone outside the civil service (permission precision).

A sentence whose subject is a thing, not a person ("Dukungan KTP untuk calon perseorangan hanya boleh diberikan oleh
warga biasa"), takes the civil servants of the story as whom it binds unless it names someone after the cue; where it
names the public, a candidate or a party there ("boleh dilakukan oleh warga", "diperbolehkan bagi partai politik"),
the leave is theirs, none of the civil servants', as the read half's gold reads it. Leave that names civil servants
there stays leave. An institution's own freedom ("perguruan tinggi diberi kebebasan menentukan sikapnya", "kampus
dipersilakan ...") is none of its civil-servant staff's either. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # a thing as subject, someone else named after the cue: theirs
    (LEAD + "Dukungan KTP untuk calon perseorangan hanya boleh diberikan oleh warga biasa.", NO_LEAVE),
    (LEAD + "Penggalangan dukungan hanya boleh dilakukan oleh tim pemenangan resmi.", NO_LEAVE),
    (LEAD + "Pemasangan baliho di lahan pribadi diperbolehkan bagi partai politik.", NO_LEAVE),
    (LEAD + "Rapat umum di lapangan terbuka dapat digelar oleh pasangan calon.", NO_LEAVE),
    (LEAD + "Penyebaran bahan kampanye hanya diizinkan untuk peserta pemilihan.", NO_LEAVE),
    # an institution's own freedom or rule, not its civil-servant staff's
    (LEAD + "Perguruan tinggi diberi kebebasan untuk menyampaikan sikap politiknya.", NO_LEAVE),
    (LEAD + "Kampus dipersilakan menyampaikan kritik kepada pemerintah.", NO_LEAVE),
    (LEAD + "Menurut rektor, perguruan tinggi bebas menentukan sikapnya terhadap petisi itu.", NO_LEAVE),
    (LEAD + "Dosen yang berstatus ASN di kampus itu tetap boleh memilih di TPS.", {P}),
    # ... civil servants named there: leave
    (LEAD + "Memilih sesuai hati nurani di bilik suara boleh dilakukan oleh seluruh PNS.", {P}),
    (LEAD + "Kehadiran di kampanye sebagai pendengar diperbolehkan bagi pegawai.", {P}),
    (LEAD + "Menonton debat calon di rumah boleh dilakukan oleh ASN.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_named_for_others(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
