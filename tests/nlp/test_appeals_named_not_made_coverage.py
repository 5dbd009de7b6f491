"""Probe list of appeal words that name a request without making one to civil servants: a request to an
authority to remove or suspend an official ("meminta Mendagri mencopot Pj Bupati"), a request word tagging a quote
with its speaker ('"...," harap Marasa'), and a fact recalled to those it names after a comma ("mengingatkan kepada
ASN, akan adanya sanksi ..."); and, in a story that addresses civil servants, a request to the election's own
officers named by their short names (Aceh's KIP, the village, field and polling-station supervisors PKD, PPL and
PTPS, the voter-list officers), or an invitation to pray or to read on ("Mari kita doakan ...", "Mari kita bahas lebih
lanjut"), or a hope of what an activity should achieve past a discourse opener ("Adapun kegiatan ini diharapkan dapat
..."). Beside them, plain appeals: an appeal noun with whom it asks and what ("imbauan kepada seluruh ASN agar ..."),
a request to civil servants themselves. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    # plain appeals: an appeal noun with whom it asks and what, and what is sent asking it
    ("Bawaslu mengeluarkan imbauan kepada seluruh ASN agar menjaga netralitas selama Pilkada 2024.", True),
    ("Wali kota memberikan himbauan kepada para ASN untuk tidak memihak dalam Pilkada 2024.", True),
    ("Bawaslu mengirim surat imbauan yang mengajak seluruh ASN untuk tetap netral pada Pilkada 2024.", True),
    ("Panwaslu mengirim surat imbauan kepada camat agar ASN di kecamatan itu netral pada Pilkada 2024.", True),
    # a request word tagging a quote with its speaker, after the closing quote and its mark
    ("\"Kita berharap Pilkada 2024 berjalan sesuai harapan bersama,\" harap birokrat senior itu.", False),
    ("\"Saya yakin ASN mampu meredam gesekan kecil pada Pilkada 2024,\" imbau Syarif, tokoh pemuda setempat.", False),
    ("\"Semua akan menjadi pantauan pada Pilkada 2024\", imbau Meurah kepada wartawan.", False),
    # ... but a quote with a request of its own asks
    ("\"Saya harap ASN tetap netral pada Pilkada 2024,\" harap Bupati.", True),
    ("\"ASN sebaiknya menghindari unggahan politik jelang Pilkada 2024,\" pesan Kepala BKD.", True),
    # a request to an authority to remove or suspend an official, in the active voice
    ("Ketua LSM meminta Mendagri untuk segera mencopot Pj Bupati yang tidak netral pada Pilkada 2024.", False),
    ("Anggota DPRD meminta pemkot agar menonaktifkan dua pejabat yang berkampanye pada Pilkada 2024.", False),
    ("Warga mendesak gubernur memberhentikan kepala dinas yang ikut kampanye pada Pilkada 2024.", False),
    ("Fraksi meminta bupati memberhentikan kepala dinas yang memihak pada Pilkada 2024.", False),
    # ... but a request to the civil servants or their heads about their own conduct or their staff's asks
    ("Bupati meminta ASN tetap netral pada Pilkada 2024.", True),
    ("Bupati meminta seluruh kepala dinas mengawasi bawahannya agar netral pada Pilkada 2024.", True),
    ("Bupati meminta ASN mencopot stiker paslon dari kendaraan dinasnya selama Pilkada 2024.", True),
    ("Kepala BKD meminta PNS menonaktifkan akun media sosial yang mendukung calon pada Pilkada 2024.", True),
    # a fact recalled past whom the verb tells and a comma: a penalty, a risk, a threat
    ("Narasumber mengingatkan kepada ASN dan aparatur negara, akan adanya sanksi bila terbukti berkampanye pada "
     "Pilkada 2024.", False),
    ("Wali kota berpesan kepada ASN di lingkungan pemkot, tentang resiko jika ASN melanggar netralitas Pilkada 2024.",
     False),
    ("Sekda mengingatkan kepada seluruh pegawai, soal ancaman pidana bagi yang terlibat kampanye Pilkada 2024.", False),
    # ... but a link or a conduct after the comma, or a link before it, asks
    ("Bupati mengingatkan kepada seluruh ASN, agar tetap netral pada Pilkada 2024.", True),
    ("Bupati mengingatkan kepada seluruh ASN untuk menjaga netralitas, sanksi menanti pelanggar pada Pilkada 2024.",
     True),
    ("Bupati berpesan kepada seluruh ASN, tetap jaga netralitas pada Pilkada 2024.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_an_appeal_is_given_only_where_one_is_made(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]


# A story's first sentence addresses the civil servants; the second asks the election's officers or everyone who hears,
# or still them.
CONTEXT = "Bupati mengingatkan seluruh ASN agar netral dalam Pilkada 2024."
OFFICERS: list[tuple[str, bool]] = [
    ("Panwaslih meminta kepada Komisi Independen Pemilihan (KIP) agar segera menetapkan lokasi kampanye.", False),
    ("Panwaslih juga meminta KIP Aceh Besar segera menggelar rapat koordinasi dengan pemkab.", False),
    ("Bawaslu meminta seluruh PKD untuk memetakan kerawanan di desa masing-masing.", False),
    ("Bawaslu mengimbau PTPS agar teliti mengawasi pemungutan suara.", False),
    ("Ketua KPU meminta pantarlih mendata pemilih dengan cermat.", False),
    ("Ketua Panwascam meminta kepada semua PPL agar rajin turun ke lapangan selama masa kampanye.", False),
    ("Panwaslu berharap para pengawas pemilu lapangan segera menyusun laporan mingguan.", False),
    # an invitation to pray or to read on, shared with all who hear
    ("Mari kita bersama-sama mendoakan agar almarhum diterima di sisi-Nya.", False),
    ("Mari kita bahas lebih lanjut dalam tulisan berikut.", False),
    ("Marilah kita berdoa agar pilkada berjalan lancar.", False),
    ("Mari kita simak penjelasan lengkapnya di bawah ini.", False),
    # ... but one to keep their own conduct, the civil servants named or not, asks them
    ("Mari kita jaga netralitas sebagai ASN.", True),
    ("Ayo kita patuhi aturan netralitas ASN.", True),
    # a hope about what an activity should achieve, past a discourse opener
    ("Adapun kegiatan ini diharapkan dapat dipahami oleh para PNS dan PPPK di seluruh kecamatan.", False),
    ("Sedangkan sosialisasi tersebut diharapkan mampu mencegah pelanggaran netralitas ASN.", False),
    # ... but the civil servants hoped for past it are asked
    ("Adapun para ASN diharapkan dapat menjaga netralitas selama pilkada.", True),
    # ... but those officers' chairs asking the civil servants ask them
    ("Ketua KIP meminta seluruh ASN tidak ikut berkampanye.", True),
    ("Koordinator PKD mengimbau para ASN di desa itu agar tetap netral.", True),
    ("Koordinator PPL meminta para ASN di kelurahan itu tidak ikut berkampanye.", True),
]


@pytest.fixture(scope="module")
def officers(analyse_all) -> list:
    """Every officers' probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in OFFICERS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(OFFICERS)), ids=[text[:50] for text, _ in OFFICERS])
def test_a_request_to_the_officers_or_to_all_is_no_appeal(officers: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(officers[k], OFFICERS[k][0])) == OFFICERS[k][1]
