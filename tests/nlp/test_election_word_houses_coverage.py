"""Probe list of the houses named as what an election fills, right after the election's own word or a senator's
('Pemilu DPR, DPD dan DPRD', 'pemilu anggota DPR RI, DPD RI dan DPRD'): seats of the contest,
no mention of the institution, as 'pemilihan DPD RI' already is. Further back the word only dates what follows, so a
house acting after it ('Jelang pemilu, anggota DPRD Kabupaten X Budi ...', 'Setelah Pemilu 2024, DPR RI memanggil
...') and a senator holding the seat keep their institution and holder. Sentences in our own words, analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
DPD = "Dewan Perwakilan Daerah Republik Indonesia"
SLEMAN = "Dewan Perwakilan Rakyat Daerah Kabupaten Sleman"

# (sentence, houses that must be listed, houses that must not, holder who must be read or None)
FORMS = [
    ("Menjelang Pemilu DPR, DPD dan DPRD tahun depan, pegawai negeri diminta tidak berpihak.", (), (DPR, DPD), None),
    ("Pada pemilu anggota DPR RI, DPD RI dan DPRD, ASN wajib menjaga netralitas.", (), (DPR, DPD), None),
    ("Pemilu DPD RI dan DPR RI tinggal sebulan lagi, sehingga ASN diminta netral.", (), (DPR, DPD), None),
    pytest.param("ASN dilarang memberi dukungan kepada calon senator DPD pada pemilu mendatang.", (), (DPD,), None,
                 marks=pytest.mark.xfail(strict=True, reason="form not covered yet: 'senator' also opens a holder's "
                                                             "title ('Senator DPD RI asal X, Budi')")),
    ("Sekda mengingatkan, selama Pemilu Presiden, DPR, DPD dan DPRD, ASN tidak boleh berkampanye.", (),
     (DPR, DPD), None),
    # look-alikes: the house acting after the election's word, or a senator in office
    ("Jelang pemilu, anggota DPRD Kabupaten Sleman Budi Santoso meminta ASN netral.", (SLEMAN,), (), "Budi Santoso"),
    ("Usai pemilu, DPRD Kabupaten Sleman memanggil Sekda soal ASN yang tidak netral.", (SLEMAN,), (), None),
    ("Setelah Pemilu 2024, DPR RI memanggil Menteri PANRB soal netralitas ASN.", (DPR,), (), None),
    ("Senator DPD RI asal Jawa Tengah, Budi Santoso, meminta ASN netral.", (DPD,), (), "Budi Santoso"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted", "holder"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_house_after_the_election_word_is_a_seat(analysed: list, k: int, text: str, listed: tuple[str, ...],
                                                   unlisted: tuple[str, ...], holder: str | None) -> None:
    analysis = analysed[k]
    agencies = {m.agency for m in analysis.agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
    if holder:
        assert holder in {o.name for o in analysis.officials}
