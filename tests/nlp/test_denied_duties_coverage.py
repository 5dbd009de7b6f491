"""Probe list of a duty or ban said not to exist or not to be written: a duty in the relative clause of a rule whose
existence is denied ("Tidak ada ketentuan yang mengharuskan penyuluh mundur"), the duty noun itself denied ("tidak ada
kewajiban bagi ...") and a rule or leave in the clause a negated verb of stating opens ("peraturan itu tidak menjelaskan
bahwa ...", "... tidak menyebutkan bahwa pegawai boleh ..."): none. A rule stated, a verb of stating past another word
after the negator ("tidak lupa menegaskan bahwa") and a comma between keep it. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = {"obligation"}
BAN = {"prohibition"}
LEAVE = {"permission"}
LEAD = "Camat mengumpulkan para pegawai kecamatan jelang pilkada. "

# (text, the conduct kinds it must give)
FORMS: list[tuple[str, set[str]]] = [
    (LEAD + "Tidak ada ketentuan yang mengharuskan penyuluh ASN mundur bila istrinya menjadi calon.", set()),
    (LEAD + "Belum ada aturan tertulis yang menyebutkan pegawai wajib melapor sebelum menonton debat.", set()),
    (LEAD + "Menurutnya tidak ada kewajiban bagi PNS untuk datang ke acara deklarasi itu.", set()),
    (LEAD + "Surat edaran bupati tidak menjelaskan bahwa guru honorer mesti berhenti kalau ikut relawan.", set()),
    (LEAD + "Dalam petunjuk teknis itu memang tak disebutkan kapan pegawai harus mengajukan cuti.", set()),
    (LEAD + "Peraturan daerah itu tidak secara tegas menyebutkan bahwa PNS dilarang menghadiri pawai calon.", set()),
    (LEAD + "Edaran camat tidak menyebutkan bahwa pegawai boleh menonton debat calon di kantor.", set()),
    (LEAD + "Dalam juknis itu tidak dijelaskan apakah honorer diperbolehkan menjadi saksi di TPS.", set()),
    # look-alikes: rules stated
    (LEAD + "Dalam surat edaran itu disebutkan bahwa pegawai kecamatan wajib bersikap netral.", DUTY),
    (LEAD + "Camat tidak lupa menegaskan bahwa seluruh pegawai harus netral.", DUTY),
    (LEAD + "Camat tidak hanya mengatakan bahwa pegawai dilarang berkampanye.", BAN),
    (LEAD + "Tidak ada lagi alasan, semua pegawai kecamatan harus netral.", DUTY),
    (LEAD + "Dalam juknis itu dijelaskan bahwa honorer boleh menjadi saksi di TPS asal sudah izin.", LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 64]))
def test_denied_duties(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} & (DUTY | BAN | LEAVE) == kinds
