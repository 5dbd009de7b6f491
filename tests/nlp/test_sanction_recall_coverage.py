"""Probe list of penalties on civil servants the gold counts, fourth round: "sanksi" as a noun whose addressee stands
before it in the sentence or the one before ("Bagi yang melanggar, ada sanksinya", "Sanksinya jelas", "sanksi
menanti", "tidak segan memberikan sanksi"), penalties told as a scale ("mulai dari teguran lisan, tertulis hingga
pemberhentian"), offenders named as "oknum", "yang bersangkutan", "pelanggar", "mereka", penalties reported as
decided ("telah dijatuhi hukuman disiplin", "dikenai sanksi moral", "KASN merekomendasikan sanksi"), in questions and
answers and in spoken forms, a penalty weighed before its rule is cited ("Sanksinya berat dan sudah diatur dalam
undang-undang"), and what the violator bears on a condition ("Jika tidak netral, konsekuensinya pasti akan
kita terima", "risikonya akan ditanggung sendiri"), which the gold counts as a threatened penalty. Each is the gold's
majority reading on the read half where it holds such a form; forms it splits are left out (a scale spelling out a
penalty given just before, a verdict "divonis", a penalty pointed back to "Sanksi itu ..."). A consequence with no
condition or nothing to follow ("tanggung sendiri risikonya"), and consequences for others, stay none. Unseen outlets
bring forms the annotated items lack; each form stays covered here. Sentences are our own; all texts are analysed in
one batch and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

PJ = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
CAMAT = "Seorang camat di Kabupaten Demak ikut deklarasi calon pada Pilkada 2024."
KEJARI = "Kepala Kejaksaan Negeri mengingatkan netralitas pada Pilkada 2024."
CALON = "Calon bupati itu diduga membagikan uang kepada warga pada Pilkada 2024."

# (sentence before, the sentence checked)
PENALTIES: list[tuple[str, str]] = [
    # the noun with its addressee before it
    (PJ, "Bagi yang melanggar, ada sanksinya."),
    (PJ, "Sanksinya jelas."),
    (PJ, "Kalau melanggar, sanksi menanti."),
    (PJ, "Kami tidak segan memberikan sanksi."),
    (PJ, "Ada sanksinya."),
    (PJ, "Tentu ada sanksi bagi yang melanggar."),
    (PJ, "Konsekuensinya akan ada sanksi."),
    (PJ, "Ada sanksi yang akan diberikan jika aturan dilanggar."),
    (PJ, "Yang melanggar akan diancam dengan sanksi."),
    (PJ, "Pelanggaran terhadap aturan ini dapat kena sanksi moral."),
    (PJ, "Sanksi akan diberikan sesuai tingkat pelanggaran."),
    (PJ, "Sanksi tetap dijatuhkan meskipun atasannya enggan."),
    (PJ, "Sanksinya tegas dan diatur dalam PP 94."),
    (PJ, "Tidak ada toleransi, sanksi tegas menunggu."),
    # told as a scale
    (PJ, "Sanksinya mulai dari teguran lisan, tertulis hingga pemberhentian."),
    (PJ, "Mulai dari teguran lisan, teguran tertulis, hingga pemberhentian."),
    (PJ, "Mulai teguran lisan, tertulis sampai pemecatan."),
    (PJ, "Dari teguran ringan sampai pemotongan TPP."),
    (PJ, "Sanksinya berjenjang, dari teguran sampai pemecatan."),
    (PJ, "Ada sanksi ringan, sedang, dan berat."),
    (PJ, "Di sana ada sanksi ringan, sedang, bahkan yang berat bisa sampai diberhentikan."),
    (PJ, "Sanksinya bisa ringan, sedang, atau berat."),
    (PJ, "Sanksi paling ringan adalah teguran tertulis."),
    (PJ, "Untuk sanksi paling ringan berupa teguran lisan."),
    (PJ, "Adapun sanksi pelanggaran disiplin sedang adalah pemotongan tukin 25 persen."),
    (PJ, "Mengenai sanksi, bisa berupa teguran hingga pemecatan."),
    (PJ, "Soal sanksi, bisa berupa teguran sampai pemberhentian."),
    ("Pj Gubernur mengingatkan ASN agar tidak berpihak.",
     "Sanksi bagi ASN yang tidak netral mulai dari teguran lisan hingga pemberhentian."),
    (CAMAT, "Ia bisa kena demosi atau turun jabatan hingga pemecatan."),
    (CAMAT, "Jika pelanggarannya berat, bisa kena demosi hingga pemecatan."),
    # the offender as oknum, yang bersangkutan, pelanggar, mereka
    (PJ, "Sanksi tegas menanti mereka yang melanggar."),
    (PJ, "Sanksi menanti para pelanggar."),
    (PJ, "Pelanggar akan dikenai sanksi tegas."),
    (PJ, "Pelanggarnya bisa dikenai sanksi moral."),
    (PJ, "Oknum yang melanggar akan dijatuhi hukuman disiplin."),
    (PJ, "Yang bersangkutan bisa dipecat."),
    (PJ, "Mereka yang tidak netral akan kami beri sanksi."),
    (CAMAT, "Oknum camat itu sudah dihukum oleh bupati."),
    (CAMAT, "Pelanggar itu dikenai sanksi teguran."),
    (CAMAT, "Yang bersangkutan sudah menerima sanksi teguran tertulis."),
    # reported as decided
    (CAMAT, "Camat itu telah dijatuhi hukuman disiplin."),
    (CAMAT, "Ia dikenai sanksi moral."),
    (CAMAT, "KASN merekomendasikan sanksi untuknya."),
    (CAMAT, "KASN menjatuhkan sanksi moral kepada camat tersebut."),
    (CAMAT, "Sudah ada satu camat yang dihukum oleh pemerintah kabupaten."),
    (CAMAT, "Sanksi akan diberikan dalam tingkat sedang."),
    (CAMAT, "Pemkab akan memberikan sanksi sesuai keputusan Bawaslu."),
    (CAMAT, "Mereka telah dijatuhi sanksi penundaan kenaikan pangkat."),
    (CAMAT, "Camat itu kini dinonaktifkan sementara."),
    # questions and answers, explainers
    ("Lalu apa sanksinya bagi ASN yang tidak netral?", "Sanksinya bisa berupa penurunan pangkat."),
    ("Apa hukuman bagi ASN yang berkampanye?", "Mulai dari teguran hingga pemecatan."),
    ("Sanksi apa yang menanti ASN yang tidak netral?", "Hukuman disiplin berat."),
    ("Bolehkah ASN ikut kampanye?", "Tidak, dan ASN yang melanggar bisa dikenai hukuman disiplin."),
    ("Pj Gubernur mengingatkan ASN agar tidak berpihak.",
     "Bila ada ASN yang melanggar, kami akan memberikan sanksi sesuai aturan."),
    # spoken forms
    (PJ, "Sanksinya nggak main-main."),
    (PJ, "Sanksinya gak main-main, bisa turun pangkat."),
    (PJ, "Pokoknya kalau ketahuan, ya kena sanksi."),
    (PJ, "Sanksinya bisa sampai pemecatan lho."),
    (PJ, "Nanti kami tegur kalau ada yang melanggar."),
    (PJ, "Apabila ada yang bersalah, saya akan ambil tindakan."),
    (PJ, "Jika terbukti melanggar, kami akan langsung menetapkan sanksi."),
    (PJ, "Saya perintahkan beri sanksi kepada yang melanggar."),
    # what the violator bears on a condition
    (PJ, "Ada konsekuensi yang akan diberikan jika aturan dilanggar."),
    (PJ, "Jika tidak netral, konsekuensinya pasti akan kita terima."),
    (PJ, "Kalau sampai terbukti melanggar, risikonya akan ditanggung sendiri."),
    (PJ, "Apabila ketahuan berkampanye, resikonya tentu akan ditanggung yang bersangkutan."),
    (PJ, "Jika ASN tidak netral, konsekuensinya akan berat."),
    # a penalty weighed, then its rule cited as its warrant
    (PJ, "Sanksinya berat dan hal itu sudah diatur dalam undang-undang."),
    (PJ, "Sanksinya keras, sudah diatur dalam PP 94 Tahun 2021."),
    (PJ, "Hukumannya berat dan tercantum dalam UU ASN."),
    # the prosecution service's staff by its corps name
    (KEJARI, "Jaksa Agung akan mengancam sanksi tegas bagi para anggota Korps Adhyaksa yang melanggar."),
    (KEJARI, "Sanksi berat menanti insan Adhyaksa yang terlibat politik praktis."),
    (KEJARI, "Korps Adhyaksa yang berpihak bisa dicopot dari jabatannya."),
]

NO_PENALTY: list[tuple[str, str]] = [
    (PJ, "Jika melanggar, tanggung sendiri risikonya."),
    (PJ, "ASN yang tidak netral akan menghadapi risiko sendiri."),
    (PJ, "Aturan itu memiliki konsekuensi hukum."),
    (CALON, "Jika terbukti, konsekuensinya akan ditanggung pasangan calon."),
    (CALON, "Kalau terbukti, risikonya akan ditanggung tim kampanye."),
    (PJ, "Jika ada pelanggaran, risiko konflik akan meningkat."),
    (PJ, "Sanksi soal netralitas ASN tercantum pada Pasal 12 PP 94."),
    (PJ, "Sanksi berupa hukuman disiplin berat itu tertuang dalam PP 94."),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f"{first} {second}" for first, second in PENALTIES + NO_PENALTY], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[second[:48] for _, second in PENALTIES])
def test_each_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], PENALTIES[k][1]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NO_PENALTY)), ids=[second[:48] for _, second in NO_PENALTY])
def test_no_penalty_on_civil_servants_is_no_sanction(analysed: list, k: int) -> None:
    """A consequence with no condition or nothing to follow, a risk of something else, or one for others."""
    assert sentence_kinds(analysed[len(PENALTIES) + k], NO_PENALTY[k][1]) == set()


# Rules of other kinds for the prosecution service's staff by its corps name.
CORPS: list[tuple[str, str]] = [
    ("Insan Adhyaksa di lingkup Kejari Demak dilarang terlibat politik praktis pada Pilkada 2024.", "prohibition"),
    ("Seluruh anggota Korps Adhyaksa wajib bersikap netral pada Pilkada 2024.", "obligation"),
]


@pytest.mark.parametrize("k", range(len(CORPS)), ids=[text[:48] for text, _ in CORPS])
def test_the_prosecution_corps_is_addressed(analyse_all, k: int) -> None:
    text, kind = CORPS[k]
    assert {d.kind for d in analyse_all([text], published="2024-10-01")[0].directives} == {kind}
