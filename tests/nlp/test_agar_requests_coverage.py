"""Probe list of requests carried by "agar" and "supaya": after a speech or stance verb with and without a comma, after
a noun of request or hope ("permintaan agar", "harapan kami agar", "pesan saya, agar"), after a connective ("Untuk itu,
agar ...", "Olehnya, supaya ..."), with the civil servants before it ("ASN agar ...", "Bagi ASN, agar ...",
"menjelaskan, PNS supaya ..."), opening the sentence, and after "diharapkan"/"dihimbau"; and negatives where "agar"
gives a purpose ("... dijaga agar pilkada berjalan damai", "pelatihan agar ASN memahami aturan"), where a rule keeps
its own kind ("ASN harus netral agar ..."), or where the public is asked. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

# (sentence, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Untuk itu, agar seluruh ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Dengan harapan agar ASN tidak ikut kampanye.", {"appeal"}),
    ("Camat menjelaskan, ASN agar tidak ikut kampanye.", {"appeal"}),
    ("Bupati menegaskan agar seluruh pegawai tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Bupati menegaskan, agar seluruh pegawai tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Sekda menyampaikan agar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Sekda menyampaikan, agar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Kepala BKD mengatakan agar PNS tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Kepala BKD mengatakan, agar PNS tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Camat menjelaskan agar ASN di kecamatan tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Camat menjelaskan, agar ASN di kecamatan tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Ia menambahkan agar ASN tidak mengunggah dukungan di media sosial selama Pilkada 2024.", {"appeal"}),
    ("Ia menambahkan, agar ASN tidak mengunggah dukungan di media sosial selama Pilkada 2024.", {"appeal"}),
    ("Wali kota berpesan, agar pegawai tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Wali kota menitipkan pesan agar pegawai tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Wali kota menitipkan pesan, agar pegawai tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengungkapkan agar ASN menjaga netralitas selama Pilkada 2024.", {"appeal"}),
    ("Sekda menuturkan, agar ASN menjaga netralitas selama Pilkada 2024.", {"appeal"}),
    ("Ia menyebutkan agar ASN menjaga jarak dari calon pada Pilkada 2024.", {"appeal"}),
    ("Bupati menyatakan, agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Harapan kami agar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Harapannya agar seluruh ASN tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Harapan saya, agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Pesan saya agar ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Pesannya, agar ASN tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Imbauan agar ASN tidak ikut kampanye disampaikan Bupati pada Pilkada 2024.", {"appeal"}),
    ("Bupati juga mengeluarkan instruksi agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Arahan Bupati agar ASN netral disampaikan dalam apel menjelang Pilkada 2024.", {"appeal"}),
    ("Permintaan agar ASN netral disampaikan Bupati jelang Pilkada 2024.", {"appeal"}),
    ("Bupati menyampaikan permintaan agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Penegasan agar ASN netral disampaikan Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Sekda memberikan penegasan agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Oleh karena itu, agar ASN tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Oleh karena itu, ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Maka dari itu, agar seluruh ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Untuk itu, ASN agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Dengan demikian, agar ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Olehnya, agar ASN tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Olehnya itu, ASN agar tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Karena itu, agar ASN tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("ASN agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Seluruh ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Para PNS agar tidak menghadiri kampanye calon pada Pilkada 2024.", {"appeal"}),
    ("Kepada seluruh ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Kepada seluruh ASN, agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bagi ASN, agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bagi para pegawai, supaya tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Kepada para PNS supaya tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Agar ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Agar seluruh ASN tidak terlibat politik praktis pada Pilkada 2024.", {"appeal"}),
    ("Supaya ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan agar ASN tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Diharapkan, agar seluruh ASN tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Dihimbau agar ASN tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Diimbau agar seluruh ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("ASN diharapkan agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("ASN dihimbau agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("ASN dihimbau supaya tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Sekda menjelaskan, PNS supaya tidak terlibat kampanye pada Pilkada 2024.", {"appeal"}),
    ("Bupati mengatakan, seluruh ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Ia menambahkan, para ASN agar tidak memihak pada Pilkada 2024.", {"appeal"}),
    ('"ASN agar tetap netral," kata Bupati jelang Pilkada 2024.', {"appeal"}),
    ('"Agar ASN tidak ikut kampanye," ujar Bupati jelang Pilkada 2024.', {"appeal"}),
    ("Sehingga ASN diharapkan agar tetap netral pada Pilkada 2024.", {"appeal"}),
    ("Bupati berpesan kepada ASN supaya menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Bupati menyampaikan kepada seluruh ASN supaya tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Dalam kesempatan itu, Bupati menegaskan agar ASN menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Ia menjelaskan bahwa ASN agar tidak ikut kampanye pada Pilkada 2024.", {"appeal"}),
    ("Ia mengatakan bahwa seluruh ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Keamanan harus dijaga agar Pilkada 2024 berjalan damai.", set()),
    ("Bawaslu menggelar pelatihan agar ASN memahami aturan netralitas pada Pilkada 2024.", set()),
    ("ASN harus netral agar pelayanan publik tidak terganggu selama Pilkada 2024.", {"obligation"}),
    ("Sosialisasi digelar agar ASN mengetahui aturan pada Pilkada 2024.", set()),
    ("Bupati menjelaskan, agar pilkada berjalan damai, semua pihak harus bekerja sama.", set()),
    ("Koordinasi dilakukan agar Pilkada 2024 berlangsung aman.", set()),
    ("Pemkab menyiapkan anggaran agar Pilkada 2024 lancar.", set()),
    ("Pengawasan diperketat supaya Pilkada 2024 berjalan jujur dan adil.", set()),
    ("Bupati mengatakan, agar Pilkada 2024 berjalan lancar dibutuhkan dukungan warga.", set()),
    ("Sehingga Pilkada 2024 berjalan damai.", set()),
    ("Bupati berharap agar Pilkada 2024 berlangsung damai.", set()),
    ("Kepada masyarakat, agar menggunakan hak pilihnya pada Pilkada 2024.", set()),
    ("Untuk itu, agar masyarakat datang ke TPS pada Pilkada 2024.", set()),
    ("Warga agar tidak golput pada Pilkada 2024.", set()),
    ("ASN wajib netral supaya kepercayaan masyarakat terjaga pada Pilkada 2024.", {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(nlp) -> list:
    """Every probe analysed in one call."""
    arts = [Article(article_id=str(k), url=f"https://example.test/{k}", source_id="test", title=None,
                    published_at=None, published_date=date(2024, 1, 10), author=None, text=text,
                    source_province=None) for k, (text, _) in enumerate(FORMS)]
    return list(analyse(arts))


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_carried_by_agar_is_an_appeal_and_a_purpose_is_none(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
