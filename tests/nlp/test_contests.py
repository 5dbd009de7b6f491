"""Contests named the ways reporters write them: each story gets the key the evaluation gives it.

Short forms (Pilbup, Pilwako, Pilbub), legal names, the press's names for an election season, repeat votes,
years after 'tahun', misspellings, capitals, a weekday without a year; a date in the URL is never read. The
stories were written for this list, not taken from any article.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

# (publication date or None, text, expected election key, url or None)
PROBES: list[tuple[str | None, str, str | None, str | None]] = [
    # short forms of the regional contests
    ("2024-09-20", "Bupati meminta ASN tetap netral dalam Pilbup Sleman. Pegawai dilarang ikut kampanye.",
     "pilkada-2024", None),
    ("2024-09-20", "Sekda mengingatkan PNS agar netral pada Pilwalkot Bandung. Pelanggar akan dikenai sanksi.",
     "pilkada-2024", None),
    ("2024-10-02", "Jelang Pilwako Padang, ASN diimbau menjaga netralitas. Mereka tidak boleh berfoto dengan calon.",
     "pilkada-2024", None),
    ("2024-10-02", "Pj Gubernur meminta ASN netral selama Pilgub Jateng. ASN dilarang mengunggah dukungan.",
     "pilkada-2024", None),
    ("2020-10-12", "Bawaslu meminta ASN netral dalam Pilbub Blitar. Pegawai harus menjaga sikap di media sosial.",
     "pilkada-2020", None),
    ("2024-08-15", "ASN diingatkan soal netralitas pada Pilwali Surabaya. Camat dilarang mengarahkan warga.",
     "pilkada-2024", None),
    ("2018-03-01", "Kepala BKD meminta PNS netral dalam Pemilukada Kota Malang. Pegawai dilarang ikut kampanye.",
     "pilkada-2018", None),
    # the regional contests' legal names
    ("2024-09-01", "ASN wajib netral dalam Pemilihan Bupati dan Wakil Bupati Tahun 2024. "
     "Pegawai dilarang menghadiri kampanye.", "pilkada-2024", None),
    ("2024-09-01", "Gubernur meminta ASN netral pada Pemilihan Gubernur dan Wakil Gubernur 2024. "
     "Sanksi menanti pegawai yang melanggar.", "pilkada-2024", None),
    ("2020-09-01", "ASN dilarang berpihak dalam Pemilihan Wali Kota dan Wakil Wali Kota Medan. "
     "Bawaslu mengawasi media sosial pegawai.", "pilkada-2020", None),
    ("2024-09-01", "Bawaslu meminta ASN netral pada Pilkada serentak 2024. Pegawai tidak boleh ikut kampanye.",
     "pilkada-2024", None),
    ("2020-11-01", "Menjelang Pilkada Serentak Lanjutan 2020, ASN diminta netral. Kampanye digelar di tengah "
     "pandemi.", "pilkada-2020", None),
    ("2024-09-01", "ASN wajib netral dalam Pemilihan Serentak Tahun 2024. Pelanggar dilaporkan ke KASN.",
     "pilkada-2024", None),
    ("2020-08-01", "ASN diminta netral dalam Pemilihan 2020. Pegawai dilarang mendukung pasangan calon.",
     "pilkada-2020", None),
    ("2018-04-01", "Bawaslu menemukan PNS tidak netral pada Pilkada Kota Makassar 2018. Kasusnya diteruskan ke "
     "KASN.", "pilkada-2018", None),
    ("2017-01-10", "ASN di Jakarta diminta netral pada Pilgub DKI 2017. Pegawai dilarang memakai atribut calon.",
     "pilkada-2017", None),
    ("2015-10-10", "PNS diminta netral dalam Pilkada serentak 2015. Pelanggar diancam sanksi disiplin.",
     "pilkada-2015", None),
    ("2024-09-01", "ASN wajib netral pada pemilihan kepala daerah tahun 2024. Pegawai dilarang ikut kampanye.",
     "pilkada-2024", None),
    # the general election
    ("2019-03-01", "KASN meminta PNS netral dalam Pemilu Legislatif 2019. Pegawai dilarang menjadi tim sukses caleg.",
     "pemilu-2019", None),
    ("2023-12-01", "ASN diminta netral dalam Pileg 2024. Mereka tidak boleh berfoto dengan caleg.",
     "pemilu-2024", None),
    ("2019-03-01", "ASN dilarang memihak pada Pilpres 2019. Pegawai harus menjaga netralitas di media sosial.",
     "pemilu-2019", None),
    ("2023-11-01", "Menteri meminta ASN netral pada Pemilu Presiden mendatang. Pegawai dilarang berkampanye.",
     "pemilu-2024", None),
    ("2023-11-01", "ASN wajib netral pada Pemilihan Umum 2024. Pegawai dilarang ikut kampanye.",
     "pemilu-2024", None),
    ("2019-02-01", "ASN diminta netral dalam Pemilu Serentak 2019. Pelanggar akan dikenai sanksi.",
     "pemilu-2019", None),
    ("2023-12-01", "ASN wajib netral pada Pemilihan Presiden dan Wakil Presiden 2024. Mereka dilarang berkampanye.",
     "pemilu-2024", None),
    ("2014-03-01", "PNS dilarang berpihak pada Pemilu 2014. Bawaslu mengawasi kegiatan pegawai.",
     "pemilu-2014", None),
    ("2023-12-01", "ASN dilarang berpihak dalam Pemilihan Legislatif 2024. Bawaslu mengawasi kampanye.",
     "pemilu-2024", None),
    # the press's names for an election season
    ("2023-11-20", "Menyambut pesta demokrasi 2024, ASN diminta netral. Pegawai dilarang berkampanye.",
     "pemilu-2024", None),
    ("2023-06-20", "Memasuki tahun politik 2024, ASN diingatkan untuk netral. Pegawai dilarang berpihak.",
     "pemilu-2024", None),
    ("2024-09-20", "Jelang pesta demokrasi November 2024, ASN diminta netral. Pegawai dilarang berpihak.",
     "pilkada-2024", None),
    # repeat votes
    ("2025-03-10", "ASN diminta netral dalam PSU Pilkada 2024 di Kabupaten Serang. Pegawai dilarang berpihak.",
     "pilkada-2025", None),
    ("2025-03-10", "Bawaslu mengingatkan ASN netral pada pemungutan suara ulang Pilkada Barito Utara. "
     "Pegawai dilarang mengarahkan warga.", "pilkada-2025", None),
    ("2021-03-10", "Jelang PSU Pilkada Labuhanbatu, ASN diingatkan netral. Camat dilarang berpihak.",
     "pilkada-2020", None),
    # years after 'tahun', two-digit years and the year first
    ("2024-09-01", "ASN wajib netral dalam Pilkada tahun 2024. Pegawai dilarang berkampanye.", "pilkada-2024", None),
    ("2020-09-01", "Bawaslu meminta ASN netral pada Pilkada 2020. Pegawai dilarang ikut kampanye.",
     "pilkada-2020", None),
    ("2023-12-01", "ASN diminta netral pada Pemilu Tahun 2024 mendatang. Pegawai dilarang berkampanye.",
     "pemilu-2024", None),
    ("2024-09-01", "ASN wajib netral dalam Pilkada Serentak Tahun 2024 di Jawa Timur. Pegawai dilarang berpihak.",
     "pilkada-2024", None),
    # misspelt contests
    ("2024-09-01", "ASN wajib netral dalam Pilakada 2024. Pegawai dilarang mendukung calon.", "pilkada-2024", None),
    ("2023-12-01", "ASN wajib netral dalam Pemiliu 2024. Pegawai dilarang mendukung caleg.", "pemilu-2024", None),
    ("2024-09-01", "ASN wajib netral dalam Pikada 2024. Pegawai dilarang mendukung calon.", "pilkada-2024", None),
    ("2023-12-01", "ASN wajib netral dalam Pemilu 2024. Pegawai dilarang mendukung caleg.", "pemilu-2024", None),
    # written in capitals
    ("2024-09-01", "PILKADA SERENTAK 2024: ASN WAJIB NETRAL. Pegawai dilarang ikut kampanye.", "pilkada-2024", None),
    ("2023-12-01", "PEMILU 2024, ASN DILARANG BERPIHAK. Bawaslu mengawasi pegawai.", "pemilu-2024", None),
    ("2024-09-01", "ASN wajib netral dalam Pemilihan Kepala Daerah Serentak 2024. Pegawai dilarang berkampanye.",
     "pilkada-2024", None),
    ("2019-03-01", "ASN wajib netral dalam Pemilihan Umum Serentak Tahun 2019. Pegawai dilarang berkampanye.",
     "pemilu-2019", None),
    # undated contests: the next one after the story
    ("2024-07-01", "ASN diingatkan untuk netral dalam pilkada. Pegawai dilarang berfoto dengan calon.",
     "pilkada-2024", None),
    ("2023-10-01", "ASN diingatkan untuk netral dalam pemilu. Pegawai dilarang berfoto dengan caleg.",
     "pemilu-2024", None),
    ("2020-07-01", "ASN diminta netral dalam pilkada di tengah pandemi. Pegawai dilarang ikut kampanye.",
     "pilkada-2020", None),
    ("2018-05-01", "ASN diminta netral dalam pilgub mendatang. Pegawai dilarang ikut kampanye.",
     "pilkada-2018", None),
    ("2019-01-15", "ASN dilarang ikut kampanye pilpres. Pegawai yang melanggar dikenai sanksi.",
     "pemilu-2019", None),
    # a day and month without year: the weekday rule
    (None, "Bawaslu mengumpulkan ASN pada Selasa (6/2) dan meminta mereka netral dalam pemilu. Pegawai dilarang "
     "berkampanye.", "pemilu-2024", None),
    (None, "Rapat netralitas ASN jelang pilkada digelar Rabu (27/6). Pegawai dilarang berpihak.",
     "pilkada-2018", None),
    (None, "Sekda mengumpulkan ASN pada Senin (16/9) dan meminta mereka netral dalam pilkada. Pegawai dilarang "
     "berpihak.", "pilkada-2024", None),
    # dates in the url are not read
    (None, "ASN diminta netral dalam Pilkada 2020. Pegawai dilarang ikut kampanye.", "pilkada-2020",
     "https://x.id/2024/09/01/asn-netral"),
    (None, "ASN wajib netral dalam Pemilu 2019. Pegawai dilarang berkampanye.", "pemilu-2019",
     "https://x.id/read/2023/12/01/asn"),
    # contests at the village are not tracked
    ("2023-05-01", "Camat meminta ASN netral dalam Pilkades serentak di kecamatannya. Pegawai dilarang berpihak.",
     None, None),
    # both contests named: the regional one dated, the general one in passing
    ("2024-09-01", "Pengalaman Pemilu Februari lalu jadi pelajaran. ASN wajib netral pada Pilkada 2024.",
     "pilkada-2024", None),
    ("2023-06-01", "ASN wajib netral pada Pemilu dan Pemilihan Serentak Tahun 2024. Pegawai dilarang berpihak.",
     "pemilu-2024", None),
    ("2018-02-01", "ASN wajib netral pada Pilkada serentak 2018 dan Pemilu 2019. Pelanggar akan dikenai sanksi.",
     "pilkada-2018", None),
    # a term of office dates the contest
    ("2020-09-01", "ASN wajib netral pada Pemilihan Wali Kota Denpasar periode 2021-2026. Pegawai dilarang berpihak.",
     "pilkada-2020", None),
    # a law's year is not a contest's
    ("2023-11-01", "Undang-Undang Pemilu Nomor 7 Tahun 2017 melarang ASN ikut kampanye. ASN wajib netral dalam "
     "pemilu mendatang.", "pemilu-2024", None),
    # regional contests in English-style title case
    ("2024-09-01", "ASN Wajib Netral Dalam Pilkada Serentak 2024. Pegawai Dilarang Ikut Kampanye.",
     "pilkada-2024", None),
    ("2024-09-01", "ASN Dilarang Berpihak Pada Pemilihan Gubernur Jawa Barat 2024. Bawaslu Mengawasi.",
     "pilkada-2024", None),
    ("2024-10-01", "ASN diminta netral pada Pilgub Sumut 27 November 2024. Pegawai dilarang berkampanye.",
     "pilkada-2024", None),
    ("2020-10-01", "ASN diminta netral pada Pilkada 9 Desember 2020. Pegawai dilarang berkampanye.",
     "pilkada-2020", None),
    ("2023-12-01", "ASN diminta netral pada pemilu 14 Februari 2024. Pegawai dilarang berkampanye.",
     "pemilu-2024", None),
    # a region between the contest and its year, short forms of two contests, the legal names
    ("2020-09-01", "ASN diminta netral pada Pilbup Sleman 2020. Pegawai dilarang berpihak.", "pilkada-2020", None),
    ("2020-09-01", "ASN diminta netral pada Pilwakot Medan 2020. Pegawai dilarang berpihak.", "pilkada-2020", None),
    ("2024-09-01", "ASN diminta netral pada Pilbub 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2024-09-01", "ASN diminta netral pada Pilgub dan Pilbup 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2019-03-01", "ASN diminta netral pada Pileg dan Pilpres 2019. Pegawai dilarang berpihak.", "pemilu-2019", None),
    ("2018-09-01", "ASN diminta netral pada Pemilihan Anggota Legislatif 2019. Pegawai dilarang berpihak.",
     "pemilu-2019", None),
    ("2018-09-01", "ASN diminta netral pada Pemilihan Presiden dan Wakil Presiden 2019. Pegawai dilarang berpihak.",
     "pemilu-2019", None),
    ("2020-09-01", "ASN diminta netral pada Pemilihan Kepala Daerah Tahun 2020. Pegawai dilarang berpihak.",
     "pilkada-2020", None),
    ("2016-12-01", "ASN diminta netral pada Pilkada Kabupaten Bekasi Tahun 2017. Pegawai dilarang berpihak.",
     "pilkada-2017", None),
    ("2018-04-01", "ASN diminta netral pada Pemilihan Walikota Makassar 2018. Pegawai dilarang berpihak.",
     "pilkada-2018", None),
    ("2024-09-01", "ASN diminta netral pada Pemilukada 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2024-09-01", "ASN diminta netral pada Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024. Pegawai dilarang "
     "berpihak.", "pilkada-2024", None),
    ("2024-09-01", "ASN diminta netral pada Pemilihan Kepala Daerah (Pilkada) Serentak 2024. Pegawai dilarang "
     "berpihak.", "pilkada-2024", None),
    ("2018-04-01", "ASN diminta netral pada Pilkada thn 2018. Pegawai dilarang berpihak.", "pilkada-2018", None),
    ("2024-09-01", "ASN diminta netral pada Pilkada-2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    # more misspellings, and capitals
    ("2024-09-01", "ASN diminta netral pada Pilkda 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2023-12-01", "ASN diminta netral pada Pemillu 2024. Pegawai dilarang berpihak.", "pemilu-2024", None),
    ("2019-03-01", "ASN wajib netral dalam Pemiliu 2019. Pegawai dilarang berpihak.", "pemilu-2019", None),
    ("2019-03-01", "ASN diminta netral pada Pilpers 2019. Pegawai dilarang berpihak.", "pemilu-2019", None),
    ("2019-03-01", "ASN diminta netral pada Pilres 2019. Pegawai dilarang berpihak.", "pemilu-2019", None),
    ("2024-09-01", "ASN diminta netral pada Pemlukada 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2024-09-01", "ASN diminta netral pada Pilwalkt Bogor 2024. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2018-04-01", "ASN DIMINTA NETRAL PADA PILGUB JABAR 2018. Pegawai dilarang berpihak.", "pilkada-2018", None),
    ("2019-03-01", "ASN DIMINTA NETRAL PADA PEMILIHAN UMUM TAHUN 2019. Pegawai dilarang berpihak.", "pemilu-2019",
     None),
    # repeat votes of 2024's regional contests, held in 2025
    ("2025-05-01", "ASN diminta netral dalam Pemungutan Suara Ulang (PSU) Pilgub Papua. Pegawai dilarang berpihak.",
     "pilkada-2025", None),
    ("2025-05-01", "ASN diminta netral dalam PSU Pilbup Pesawaran. Pegawai dilarang berpihak.", "pilkada-2025", None),
    # a day and month alone, and the contest's own polling day
    ("2024-09-01", "ASN diminta netral pada Pilkada 27 November. Pegawai dilarang berpihak.", "pilkada-2024", None),
    ("2019-03-01", "ASN diminta netral pada Pemilu 17 April 2019. Pegawai dilarang berpihak.", "pemilu-2019", None),
]


@pytest.mark.parametrize(("published", "text", "key", "url"), PROBES, ids=[p[1][:48] for p in PROBES])
def test_each_contest_form_gives_its_key(nlp, published: str | None, text: str, key: str | None,
                                         url: str | None) -> None:
    art = Article(article_id="t", url=url or "http://example.test/a", source_id="test", title=None,
                  published_at=None, published_date=date.fromisoformat(published) if published else None,
                  author=None, text=text, source_province=None)
    assert next(analyse([art])).election == key
