"""Probe list of appeals told without the common cue words: advice ("hendaknya", "sebaiknya", "seyogianya"), begging
("mohon", "dimohon", "mohon dengan sangat"), a message passed on ("menyampaikan kepada para ASN untuk ..."), calls and
pushes ("menyerukan", "mendorong", "mewanti-wanti", a message left), hopes in their stressed and bare-stem forms
("berharap besar", "kami harapkan", "harapan kami", "diharapkan dapat"), invitations ("ayo", "mari kita") and
imperatives in "-lah" ("Bekerjalah ...", "Fokuslah ..."), also in a quote after the story has named the civil servants.
Where such a cue meets "harus" or "perlu" the rule keeps its own kind, as the annotated items have it. Pledges read out
or signed, a commitment stressed and headline-style lines give no directive, as in the annotated items. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # advice
    ("Para ASN hendaknya menjauhi kegiatan kampanye selama Pilkada 2024.", {"appeal"}),
    ("Hendaknya seluruh pegawai tidak mengunggah dukungan ke calon pada Pemilu 2024.", {"appeal"}),
    ("Sebaiknya para PNS tidak berfoto bersama calon dalam Pilkada 2024.", {"appeal"}),
    ("Pegawai pemkab sebaiknya menahan diri dari politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Seyogianya para guru ASN fokus mengajar dan netral pada Pemilu 2024.", {"appeal"}),
    # begging, also with stress before whom it begs
    ("Dimohon kepada seluruh ASN agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Seluruh pegawai dimohon menjaga netralitas selama Pemilu 2024.", {"appeal"}),
    ("Sekda memohon para pegawai untuk tidak terlibat kampanye pada Pemilu 2024.", {"appeal"}),
    ("Mohon para ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Kami mohon dengan sangat agar para ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("\"Saya mohon dengan sangat kepada seluruh ASN untuk tidak berpolitik,\" kata Sekda jelang Pemilu 2024.",
     {"appeal"}),
    ("Bupati memohon dengan sangat kepada para pegawai agar netral pada Pilkada 2024.", {"appeal"}),
    # calls, pushes, warnings, a message left
    ("Bupati menyerukan kepada seluruh ASN untuk menjauhi politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Sekda menyerukan agar pegawai tidak memihak calon mana pun pada Pemilu 2024.", {"appeal"}),
    ("Kepala BKPSDM mendorong seluruh ASN agar bersikap netral pada Pilkada 2024.", {"appeal"}),
    ("Gubernur mendorong para pegawai untuk tidak terlibat kampanye pada Pemilu 2024.", {"appeal"}),
    ("Wali kota menitipkan pesan agar para pegawai tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Ia juga menitipkan pesan kepada para camat untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Kepala BKD mewanti-wanti para PNS untuk tidak mengunggah foto calon pada Pemilu 2024.", {"appeal"}),
    ("Pj Gubernur mewanti-wanti seluruh pegawai agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati juga menyampaikan pesan moral agar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Pesan moral Sekda kepada ASN: tetap netral pada Pemilu 2024.", {"appeal"}),
    # hopes: stressed, the bare stem after its speaker, a noun, "diharapkan dapat"
    ("Bupati berharap besar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Ia berharap besar agar seluruh pegawai tidak terlibat politik praktis pada Pemilu 2024.", {"appeal"}),
    ("Kami berharap besar seluruh ASN netral pada Pilkada 2024.", {"appeal"}),
    ("\"Kami harapkan seluruh ASN menjaga netralitas,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("\"Yang kami harapkan, ASN tetap netral,\" ujar Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Saya harapkan para guru berstatus PNS tidak ikut kampanye pada Pemilu 2024.", {"appeal"}),
    ("Harapan kami, seluruh ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("\"Harapan kami ASN tidak ikut kampanye,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Para pegawai diharapkan dapat bersikap netral selama Pemilu 2024.", {"appeal"}),
    ("Seluruh ASN diharapkan dapat menahan diri di media sosial selama Pilkada 2024.", {"appeal"}),
    ("Bupati mengharapkan seluruh ASN untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Ia mengharapkan para pegawai dapat bersikap netral pada Pemilu 2024.", {"appeal"}),
    # importance stressed to whom it names
    ("Bupati menekankan pentingnya ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Kepala BKD menekankan kepada para pegawai pentingnya bersikap netral pada Pilkada 2024.", {"appeal"}),
    # invitations
    ("Ayo para ASN, jaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("\"Ayo kita jaga netralitas ASN,\" kata Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Mari kita para ASN menjaga netralitas pada Pemilu 2024.", {"appeal"}),
    ("\"Mari kita tunjukkan bahwa ASN netral,\" ujar Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Bupati mengajak ASN menjaga netralitas dan profesionalitas pada Pilkada 2024.", {"appeal"}),
    # imperatives in "-lah", opening the sentence or a quote said to civil servants
    ("Tetaplah netral, para ASN, selama Pilkada 2024.", {"appeal"}),
    ("\"Tetaplah bekerja profesional dan netral,\" kata Bupati kepada ASN jelang Pilkada 2024.", {"appeal"}),
    ("\"Jagalah netralitas,\" pesan Bupati kepada ASN jelang Pilkada 2024.", {"appeal"}),
    ("\"Jauhilah politik praktis,\" kata Sekda kepada para pegawai jelang Pemilu 2024.", {"appeal"}),
    ("\"Bersikaplah netral,\" ujar Bupati kepada ASN jelang Pilkada 2024.", {"appeal"}),
    ("\"Fokuslah melayani masyarakat,\" kata Bupati kepada ASN jelang Pilkada 2024.", {"appeal"}),
    ("\"Bekerjalah sesuai aturan,\" pesan Sekda kepada para pegawai jelang Pemilu 2024.", {"appeal"}),
    ("Sekda mengumpulkan ASN jelang Pilkada 2024. \"Bekerjalah dengan profesional, layani warga,\" ujarnya.",
     {"appeal"}),
    ("Bupati menyinggung netralitas ASN jelang Pemilu 2024. \"Fokuslah pada pelayanan,\" katanya.", {"appeal"}),
    # a quote continuing an appeal the story has reported
    ("Sekda menyoroti netralitas ASN jelang Pemilu 2024. \"Jaga netralitas. Layani masyarakat dengan baik,\" ujarnya.",
     {"appeal"}),
    ("Bupati meminta ASN netral jelang Pilkada 2024. \"Jaga netralitas,\" tegasnya.", {"appeal"}),
    ("Bupati meminta ASN netral jelang Pilkada 2024. \"Tetap profesional,\" tambahnya.", {"appeal"}),
    # a message passed on to the civil servants, then what they are to do
    ("Bupati juga menyampaikan kepada para ASN khususnya pejabat eselon untuk selalu netral pada Pilkada 2024.",
     {"appeal"}),
    ("Sudah kami sampaikan kepada seluruh pegawai untuk bertindak netral pada Pemilu 2024.", {"appeal"}),
    ("Kepala BKD menyampaikan kepada ASN untuk tidak mengunggah foto calon pada Pilkada 2024.", {"appeal"}),
    ("\"Kami sampaikan kepada semua ASN untuk menjauhi politik praktis,\" ujar Sekda jelang Pemilu 2024.", {"appeal"}),
    ("Bupati menyampaikan kepada ASN terima kasih untuk kerja kerasnya selama Pilkada 2024.", set()),
    ("Bupati menyampaikan kepada seluruh ASN ucapan selamat untuk hari jadi Korpri jelang Pilkada 2024.", set()),
    ("Sekda menyampaikan kepada wartawan untuk menunggu hasil Pilkada 2024.", set()),
    ("Sekda menyampaikan kepada ASN bahwa aturan untuk netral sudah jelas pada Pilkada 2024.", set()),
    # the cue meets a rule: the rule's kind, as the annotated items give it
    ("Sebaiknya ASN harus netral pada Pilkada 2024.", {"obligation"}),
    ("ASN hendaknya wajib menjaga netralitas pada Pilkada 2024.", {"obligation"}),
    ("Bupati menegaskan ASN harus netral pada Pilkada 2024.", {"obligation"}),
    ("Bupati berharap ASN harus netral pada Pilkada 2024.", {"obligation"}),
    ("Bupati menitip pesan, ASN harus netral pada Pilkada 2024.", {"obligation"}),
    ("Bupati menekankan ASN dilarang ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Bupati mengimbau ASN bahwa dilarang ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Seluruh ASN perlu menjaga jarak dari calon pada Pilkada 2024.", {"obligation"}),
    # pledges, a commitment stressed, headline-style lines: none in the annotated items
    ("Ratusan ASN mengucapkan ikrar netralitas jelang Pilkada 2024.", set()),
    ("Seluruh ASN Pemkab membacakan ikrar netralitas pada Pilkada 2024.", set()),
    ("Para ASN berkomitmen menjaga netralitas pada Pilkada 2024.", set()),
    ("ASN Pemkot menandatangani pakta integritas netralitas jelang Pemilu 2024.", set()),
    ("Bupati menegaskan komitmen ASN untuk netral pada Pilkada 2024.", set()),
    ("Bupati Minta ASN Netral pada Pilkada 2024", set()),
    ("Sekda Ingatkan ASN Tak Ikut Kampanye Pilkada 2024", set()),
    ("Jelang Pilkada 2024, ASN Diimbau Netral", set()),
    # the same cues said of others or of the event
    ("Kami harapkan Pilkada 2024 berjalan aman dan damai.", set()),
    ("Kami harapkan kerja sama bapak dan ibu sekalian selama Pilkada 2024.", set()),
    ("Bupati berharap besar partisipasi pemilih naik pada Pilkada 2024.", set()),
    ("Saya mohon dengan sangat kepada warga untuk datang ke TPS pada Pilkada 2024.", set()),
    ("Tanggapilah isu politik dengan bijak, kata kades kepada warga jelang Pilkada 2024.", set()),
    # a speech verb that ends the text, with nothing after it to pass on
    ("Soal netralitas ASN pada Pilkada 2024, itulah yang ingin ia sampaikan", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_an_appeal_without_a_common_cue_gives_its_kind(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
