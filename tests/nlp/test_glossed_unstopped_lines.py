"""Lines of prose cut before their full stop that spell out a body's name and give its acronym in brackets
("... dari Badan Pengawas Pemilu (Bawaslu) Kabupaten X" on a line of its own): an acronym explained so is prose, not a
headline, so the bodies the line names are the story's. Headlines in title case that write the acronyms alone ("Bawaslu
X Minta ASN Netral"), with no explanation in brackets, still name no body of their own. Texts in our own words; all
are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sosialisasi netralitas ASN jelang Pilkada 2024 digelar di aula kantor bupati, Kamis (3/10/2024).\n"
TAIL = "\nPara peserta diminta tidak terlibat kampanye pasangan calon."

# (text, a body the story must name, a body it must not name; None: not checked)
FORMS = [
    # a line cut before its stop, the body spelt out and explained in brackets
    (LEAD + "Materi disampaikan narasumber dari Badan Pengawas Pemilu (Bawaslu) Kabupaten Klaten" + TAIL,
     "Bawaslu Kabupaten Klaten", None),
    (LEAD + "Acara menghadirkan pemateri dari Badan Kepegawaian Daerah (BKD) Kabupaten Sragen dan dari Inspektorat"
     + TAIL, "Badan Kepegawaian Daerah Kabupaten Sragen", None),
    (LEAD + "Laporan warga itu kemudian diteruskan ke Badan Pengawas Pemilu (BAWASLU) Kabupaten Boyolali, Budi"
     + TAIL, "Bawaslu Kabupaten Boyolali", None),
    (LEAD + "Hadir pula perwakilan Komisi Pemilihan Umum (KPU) Kabupaten Wonogiri serta camat se-kabupaten" + TAIL,
     "Komisi Pemilihan Umum Kabupaten Wonogiri", None),
    # headlines in the body, acronyms alone: no body of their own
    (LEAD + "Bawaslu Kabupaten Klaten Minta ASN Jaga Netralitas" + TAIL, None, "Bawaslu Kabupaten Klaten"),
    (LEAD + "Kepala BKD Kabupaten Sragen Ingatkan Sanksi Bagi Pegawai" + TAIL, None,
     "Badan Kepegawaian Daerah Kabupaten Sragen"),
    # a position in brackets after a name in a title-case line is no acronym of it: still a headline
    (LEAD + "Bawaslu Kabupaten Klaten Bersama Camat Pedan (Kanan) Ajak Pegawai Netral" + TAIL, None,
     "Bawaslu Kabupaten Klaten"),
    (LEAD + "Kepala BKD Kabupaten Sragen Sutrisno (Tengah) Pimpin Ikrar Pegawai" + TAIL, None,
     "Badan Kepegawaian Daerah Kabupaten Sragen"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _, _ in FORMS])


@pytest.mark.parametrize(("k", "named", "unnamed"), indexed(FORMS, lambda p: p[0].split("\n")[1][:60], 1))
def test_glossed_unstopped_lines(analyses, k: int, named: str | None, unnamed: str | None) -> None:
    agencies = {a.agency for a in analyses[k].agencies}
    if named is not None:
        assert named in agencies
    if unnamed is not None:
        assert unnamed not in agencies
