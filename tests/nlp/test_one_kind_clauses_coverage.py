"""Several cues of one kind in one sentence. Each clause whose cue has a subject of its own (civil servants or a
pronoun named again after a comma, a semicolon or a conjunction: "PNS dilarang A, PNS dilarang B", the items of a list
run into one sentence: "1) ASN dilarang A; 2) ASN dilarang B") or, for requests, an active verb asking anew after a
request said ("meminta ASN untuk A, serta mengajak kepala dinas untuk B") is a directive of its own, its sentence
narrowed to that clause; bare cues listed under one subject ("ASN dilarang A, dilarang B", "PNS dilarang: 1) A; 2)
B"), a request's own "agar" after a list of addressees, a verb pair sharing its object and a clause that restates the
rule ("..., sehingga ASN wajib ...") stay one, as the read half's gold counts them. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, kind, the clauses each directive of that kind must hold, one per directive)
PROBES: list = [
    ("Menurut Kepala BKD, PNS dilarang menghadiri deklarasi bakal calon bupati, PNS dilarang memasang baliho bakal "
     "calon, dan PNS dilarang mengunggah foto bakal calon di media sosial.", "prohibition",
     ("PNS dilarang menghadiri deklarasi", "PNS dilarang memasang baliho", "PNS dilarang mengunggah foto")),
    ("Guru dilarang berkampanye di lingkungan sekolah; pegawai dilarang mengarahkan murid memilih calon tertentu.",
     "prohibition", ("Guru dilarang berkampanye", "pegawai dilarang mengarahkan murid")),
    ("Selain netral, ASN juga harus profesional, untuk itu setiap pegawai negeri wajib taat pada aturan disiplin.",
     "obligation", ("ASN juga harus profesional", "setiap pegawai negeri wajib taat")),
    ("Pegawai honorer wajib menjaga netralitas selama Pilkada 2024, dan kami wajib memberi contoh kepada mereka.",
     "obligation", ("Pegawai honorer wajib menjaga netralitas", "kami wajib memberi contoh")),
    ("Sekda meminta seluruh ASN untuk menjaga netralitas dalam Pilkada 2024, serta mengajak para kepala dinas untuk "
     "mengawasi bawahannya.", "appeal",
     ("meminta seluruh ASN untuk menjaga netralitas", "mengajak para kepala dinas untuk mengawasi")),
    ("Bupati mengimbau pegawai agar tidak memihak salah satu pasangan calon, dan mengingatkan para camat supaya "
     "menjauhi politik praktis.", "appeal",
     ("mengimbau pegawai agar tidak memihak", "mengingatkan para camat supaya menjauhi")),
    ("Ada tiga larangan bagi ASN di Kota Bima: 1) ASN dilarang menjadi juru kampanye; 2) ASN dilarang memakai "
     "atribut partai; 3) ASN dilarang membagikan bahan kampanye.", "prohibition",
     ("ASN dilarang menjadi juru kampanye", "ASN dilarang memakai atribut", "ASN dilarang membagikan bahan")),
    ("Surat edaran itu memuat dua hal: a. pegawai wajib menjaga netralitas; b. pegawai wajib melapor kepada atasan "
     "bila diajak berkampanye.", "obligation", ("pegawai wajib menjaga netralitas", "pegawai wajib melapor")),
    # one directive: bare cues listed, a request's own "agar", a verb pair, a restated rule, a request with no content
    ("ASN dilarang memasang alat peraga kampanye, dilarang hadir dalam deklarasi calon, serta dilarang mengunggah "
     "foto calon.", "prohibition", ("ASN dilarang memasang alat peraga kampanye",)),
    ("Pegawai negeri dilarang: 1) menjadi anggota tim sukses; 2) memasang spanduk calon; 3) menghadiri deklarasi "
     "calon.", "prohibition", ("Pegawai negeri dilarang: 1) menjadi anggota tim sukses",)),
    ("Wali kota mengimbau kepada seluruh ASN, camat, lurah dan kepala sekolah agar tetap netral dalam Pilkada 2024.",
     "appeal", ("mengimbau kepada seluruh ASN",)),
    ("Kami terus mengingatkan dan mengimbau seluruh pegawai agar bersikap netral dalam Pilkada 2024.", "appeal",
     ("mengimbau seluruh pegawai agar bersikap netral",)),
    ("Netralitas adalah kewajiban ASN, sehingga setiap ASN wajib menjauhi politik praktis.", "obligation",
     ("setiap ASN wajib menjauhi",)),
    ("KPU meminta Pj Bupati, menegaskan kepada seluruh ASN agar tidak mengintervensi petugas pemungutan suara.",
     "appeal", ("menegaskan kepada seluruh ASN agar",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kind", "clauses"), indexed(PROBES, lambda v: v[0][:60]))
def test_each_clause_with_a_cue_of_its_own_is_a_directive(analysed: list, k: int, text: str, kind: str,
                                                          clauses: tuple[str, ...]) -> None:
    given = [d.sentence for d in analysed[k].directives if d.kind == kind]
    assert len(given) == len(clauses) and all(c in s for c, s in zip(clauses, given)), given
