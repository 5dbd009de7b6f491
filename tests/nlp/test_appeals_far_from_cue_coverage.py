"""Probe list of appeals whose request and civil servants stand apart, or are written in forms of speech: hopes for
whole staffs named by their unit or with a long apposition ("berharap seluruh jajaran Pemkab X, mulai dari kepala
OPD hingga staf, ..."), reminders whose content is a conduct noun ("mengingatkan netralitas ASN", "mengingatkan
seluruh ASN akan netralitas"), village heads asked where the story speaks of civil servants, a speaker set off by an
apposition or a long adverbial before the verb ("Bupati X, yang juga ..., mengimbau ..."), misspelt and spoken
request verbs ("menghimbaukan", "himbau", "Saya minta ASN ..."), a hope stressed ("berharap betul ASN ..."),
teaching given to them ("memberikan edukasi kepada ASN untuk ..."), and the civil servants opening a clause before
"untuk" with their short form in brackets or their institution named between ("seluruh Pegawai Negeri Sipil (PNS) di
lingkungan Pemkab Jombang untuk ..."), as the read half's gold gives such clauses an appeal. The same forms about
voters or everyone ask nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import after_context, indexed, values

A = {"appeal"}
CONTEXT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024."

# (text, the directive kinds the analysis must give); a form not covered yet is a pytest.param marked xfail
FORMS: list = [
    # hopes for whole staffs, by unit, quantifier and a long apposition
    ("Bupati berharap seluruh jajaran Pemkab Sleman, mulai dari kepala OPD hingga staf, tetap netral pada Pilkada "
     "2024.", A),
    ("Sekda berharap semua pegawai di lingkungan Pemerintah Kabupaten Bantul tidak terlibat politik praktis pada "
     "Pilkada 2024.", A),
    ("Ia berharap para ASN di seluruh perangkat daerah Kota Malang menjaga netralitas pada Pilkada 2024.", A),
    ("Bupati berharap seluruh aparatur Pemkab Klaten, baik PNS maupun PPPK, bersikap netral pada Pilkada 2024.", A),
    ("Wali kota berharap semua kepala dinas, camat dan lurah tidak memihak pada Pilkada 2024.", A),
    ("Bupati berharap para pejabat eselon II dan III di lingkungan Pemkab tetap netral pada Pilkada 2024.", A),
    ("Bupati berharap seluruh ASN yang bertugas di kantor kecamatan maupun kelurahan tetap netral pada Pilkada 2024.",
     A),
    ("Bupati berharap seluruh masyarakat Sleman datang ke TPS pada Pilkada 2024.", set()),
    # reminders whose content is a conduct noun
    ("Bupati mengingatkan netralitas ASN pada Pilkada 2024.", A),
    ("Sekda mengingatkan soal netralitas seluruh pegawai pada Pilkada 2024.", A),
    ("Bupati mengingatkan ASN tentang netralitas pada Pilkada 2024.", A),
    ("Bupati mengingatkan seluruh ASN akan netralitas pada Pilkada 2024.", A),
    ("Sekda mengingatkan seluruh pegawai soal integritas dan netralitas pada Pilkada 2024.", A),
    ("Bupati mengingatkan pentingnya partisipasi pemilih pada Pilkada 2024.", set()),
    # village heads, where the story speaks of civil servants
    (after_context("Bupati meminta kepala desa dan perangkat desa agar netral pada Pilkada 2024.", CONTEXT), A),
    (after_context("Bupati mengingatkan kepala desa untuk tidak memihak pada Pilkada 2024.", CONTEXT), A),
    (f"{CONTEXT} Bawaslu memperingatkan agar wali nagari bersikap netral pada Pilkada 2024.", A),
    ("Bupati mengimbau ASN, kepala desa dan perangkat desa agar netral pada Pilkada 2024.", A),
    # the speaker set off by an apposition or a long adverbial
    ("Bupati Sleman Kustini, yang juga Pembina Korpri, mengimbau kepada seluruh ASN agar netral pada Pilkada 2024.",
     A),
    ("Sekda Bantul, Agus Budiraharja, saat memimpin apel pagi di halaman kantor bupati, meminta seluruh ASN untuk "
     "netral pada Pilkada 2024.", A),
    ("Bupati, dalam sambutannya pada upacara Hari Kesadaran Nasional, mengingatkan para pegawai agar tidak terlibat "
     "kampanye pada Pilkada 2024.", A),
    ("Pj Bupati yang baru dilantik itu mengimbau seluruh ASN agar netral pada Pilkada 2024.", A),
    ("Bupati mengimbau kepada seluruh ASN, baik yang bertugas di dinas maupun di kecamatan, agar netral pada Pilkada "
     "2024.", A),
    # a request verb and whom it asks split by a quote's attribution: the clause after its comma names them
    ("\"Kami mengimbau,\" kata Bupati, \"seluruh ASN untuk tetap netral pada Pilkada 2024.\"", A),
    # a request verb and whom it asks split by a rule cited between commas
    ("Bupati mengimbau, sebagaimana diatur dalam UU ASN, seluruh pegawai agar netral pada Pilkada 2024.", A),
    # misspelt and spoken request verbs
    ("\"Saya minta ASN netral,\" kata Bupati jelang Pilkada 2024.", A),
    ("\"Saya minta kepada seluruh pegawai untuk menjaga netralitas,\" kata Bupati jelang Pilkada 2024.", A),
    ("Bupati minta ASN netral pada Pilkada 2024.", A),
    ("\"Saya himbau seluruh ASN untuk netral,\" kata Bupati jelang Pilkada 2024.", A),
    ("Bupati mengimbaukan seluruh ASN agar netral pada Pilkada 2024.", A),
    ("Bupati menghimbaukan kepada ASN agar netral pada Pilkada 2024.", A),
    ("Bupati himbau ASN netral pada Pilkada 2024.", A),
    ("Bupati menghimbau ke seluruh ASN agar netral pada Pilkada 2024.", A),
    ("\"Saya minta tolong ASN netral,\" kata Bupati jelang Pilkada 2024.", A),
    ("\"Saya minta masyarakat datang ke TPS,\" kata Bupati jelang Pilkada 2024.", set()),
    ("Bupati memintah ASN netral pada Pilkada 2024.", A),
    ("Kepala Kantor memintan seluruh pegawai agar tidak terlibat politik praktis pada Pilkada 2024.", A),
    ("Seluruh ASN diminnta agar menjaga netralitas pada Pilkada 2024.", A),
    ("Para guru dimintah untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("ASN yang dimintai keterangan oleh Bawaslu tidak hadir pada Pilkada 2024.", set()),
    ("Bawaslu memintai keterangan dua ASN pada Pilkada 2024.", set()),
    # a hope stressed after its verb by "betul" or "benar", as by "sekali"
    ("\"Saya berharap betul ASN netral,\" kata Bupati jelang Pilkada 2024.", A),
    ("\"Kami berharap benar seluruh pegawai tidak memihak,\" ujar Sekda jelang Pilkada 2024.", A),
    ("Bupati berharap betul kepada seluruh ASN agar netral pada Pilkada 2024.", A),
    ("Bupati berharap betul Pilkada 2024 berjalan damai.", set()),
    # teaching given to them with what they are to do; teaching named, or given to voters or about a topic, asks nothing
    ("Kepala BKD terus memberikan edukasi kepada ASN untuk mematuhi aturan netralitas pada Pilkada 2024.", A),
    ("Sosialisasi ini memberi pemahaman semua ASN, baik PNS maupun PPPK, untuk tidak ikut kampanye pada Pilkada 2024.",
     A),
    ("Bawaslu memberikan panduan kepada para pegawai agar tetap netral pada Pilkada 2024.", A),
    ("Kegiatan ini meningkatkan pemahaman ASN tentang aturan netralitas pada Pilkada 2024.", set()),
    ("Bawaslu memberikan edukasi kepada pemilih untuk datang ke TPS pada Pilkada 2024.", set()),
    ("Bawaslu memberikan pemahaman kepada ASN tentang sanksi pada Pilkada 2024.", set()),
    ("Buku panduan bagi ASN untuk Pilkada 2024 dibagikan.", set()),
    ("Pemahaman ASN untuk netral masih rendah menjelang Pilkada 2024.", set()),
    # the civil servants opening a clause before "untuk", their short form or their institution between
    ("Bupati menekankan bahwa seluruh Pegawai Negeri Sipil (PNS) untuk tetap menjaga netralitas pada Pilkada 2024.", A),
    ("Bupati menekankan bahwa seluruh PNS di lingkup Pemkab Jombang untuk tetap menjaga netralitas pada Pilkada 2024.",
     A),
    ("Intinya, seluruh ASN di lingkungan Pemkab Jombang untuk menjaga netralitas pada Pilkada 2024.", A),
    ("Sekda menegaskan, para guru di Kabupaten Kediri untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("Intinya, seluruh ASN setempat untuk menjaga netralitas pada Pilkada 2024.", A),
    ("Bupati menekankan bahwa ASN di Pemkab Jombang tidak sulit untuk netral pada Pilkada 2024.", set()),
    ("Sosialisasi bagi ASN di Pemkab Jombang untuk mencegah pelanggaran digelar jelang Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_appeal_far_from_its_cue_names_its_civil_servants(analysed: list, k: int, text: str,
                                                              kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
