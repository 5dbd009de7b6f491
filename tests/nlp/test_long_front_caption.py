"""A line crediting a photo above the dateline lead is a caption however long: the front matter holds no paragraph of
the story a caption was run into, so a long caption listing who signed or spoke at the story's event names them and
their institutions ("Sekda X Budi bersama Kepala Dinas Y dan Kepala Z saat ..., Senin (14/10/2024). (Foto: Ist)")."""

from __future__ import annotations

LEAD = ("GROBOGAN, Warta Kita - Ratusan aparatur sipil negara mengikuti apel ikrar netralitas di halaman kantor "
        "bupati, Senin (14/10/2024). Mereka diminta tidak memihak salah satu pasangan calon selama tahapan pemilihan.")

LONG_CAPTION = ("Sekda Kabupaten Grobogan Budi Santoso bersama Kepala Dinas Pendidikan Kabupaten Grobogan dan Kepala "
                "Kesbangpol Kabupaten Grobogan saat menandatangani pakta integritas netralitas aparatur sipil negara "
                "dalam apel gabungan di halaman kantor bupati, Senin (14/10/2024). {credit}")


def agencies(analysis) -> set[str]:
    """The names of the institutions the analysis lists."""
    return {a.agency for a in analysis.agencies}


def test_a_long_caption_above_the_lead_names_the_story_institutions(analyse_all):
    found = analyse_all([f"{LONG_CAPTION.format(credit='(Foto: Ist)')}\n{LEAD}"])[0]
    assert {"Dinas Pendidikan Kabupaten Grobogan", "Badan Kesatuan Bangsa dan Politik Kabupaten Grobogan"} <= \
        agencies(found)
    assert "Budi Santoso" in {o.name for o in found.officials}


def test_the_long_captions_credit_names_no_institution(analyse_all):
    found = analyse_all([f"{LONG_CAPTION.format(credit='(Foto: Diskominfo Kabupaten Demak)')}\n{LEAD}"])[0]
    assert not any("Demak" in a for a in agencies(found))
