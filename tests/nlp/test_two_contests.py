"""Stories of 2024 that name both contests: each gets the key of the contest its time is about.

A story of the general election's campaign (November 2023 - February 2024) that looks ahead to the regional
elections, one of the regional campaign (September - November 2024) that recalls the general election ('pada
Pemilu lalu'), the two named as one ('Pemilu dan Pilkada Serentak 2024'), a regional candidates' story that
says 'Pemilu 2024' loosely, a day written with its weekday beside a contest looked back on, and a headline
naming the other contest than the body. The stories were written for this list, not taken from any article;
a date in the URL is never read.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

_CS = "ASN dilarang ikut kampanye dan wajib menjaga netralitas."

# (publication date or None, title or None, text, expected election key)
PROBES: list[tuple[str | None, str | None, str, str]] = [
    # the general election's campaign, looking ahead to the regional elections
    ("2023-11-28", None, "Bupati meminta ASN netral dalam Pemilu 2024. Setelah itu menyusul Pilkada serentak "
     f"November 2024. {_CS}", "pemilu-2024"),
    ("2023-12-05", None, "Kepala BKD mengingatkan PNS agar netral pada Pemilu 14 Februari 2024 dan Pilkada yang "
     f"digelar akhir tahun. {_CS}", "pemilu-2024"),
    ("2024-01-10", None, f"Jelang pencoblosan Pemilu 2024, Sekda mengumpulkan camat. {_CS} Netralitas juga "
     "diminta pada Pilkada 2024 nanti.", "pemilu-2024"),
    ("2024-01-22", None, "Bawaslu mengawasi media sosial ASN selama kampanye Pilpres dan Pileg. Pengawasan "
     f"berlanjut hingga Pilkada. {_CS}", "pemilu-2024"),
    ("2023-11-15", None, "ASN diingatkan netral pada pemilu. Tahun depan juga ada pemilihan kepala daerah. "
     f"{_CS}", "pemilu-2024"),
    ("2024-02-05", None, "Sepekan sebelum pemungutan suara Pemilu, Pj Wali Kota meminta ASN tidak berpihak "
     f"kepada caleg. Pilkada serentak juga menanti akhir tahun. {_CS}", "pemilu-2024"),
    ("2023-12-18", None, "Pj Gubernur menegaskan ASN harus netral pada pemilihan presiden dan pemilihan "
     f"legislatif, juga pada pemilihan gubernur tahun depan. {_CS}", "pemilu-2024"),
    ("2024-01-30", None, "Camat dilarang mengarahkan warga memilih capres tertentu. Aturan yang sama berlaku "
     f"pada Pilkada November mendatang. {_CS}", "pemilu-2024"),
    # the regional campaign, recalling the general election
    ("2024-09-25", None, "Pj Bupati meminta ASN netral pada Pilkada 2024. Pada Pemilu lalu ada tiga ASN yang "
     f"dilaporkan ke Bawaslu. {_CS}", "pilkada-2024"),
    ("2024-10-08", None, f"Bawaslu kembali mengingatkan ASN menjelang Pilkada. {_CS} Pada Pemilu 2024 lalu "
     "pelanggaran netralitas cukup banyak.", "pilkada-2024"),
    ("2024-10-15", None, "Belajar dari Pemilu Februari lalu, Sekda meminta ASN netral dalam Pilbup. "
     f"{_CS}", "pilkada-2024"),
    ("2024-11-04", None, "ASN yang tidak netral pada Pemilu 2024 sudah diberi sanksi. Menjelang Pilgub, "
     f"Pj Gubernur mengingatkan hal yang sama. {_CS}", "pilkada-2024"),
    ("2024-09-30", None, "Evaluasi Pemilu 2024 menunjukkan ASN rawan dimobilisasi. Karena itu pada pemilihan "
     f"kepala daerah ini pengawasan diperketat. {_CS}", "pilkada-2024"),
    ("2024-10-21", None, "Seperti pada Pemilu 2024 silam, Bawaslu membuka posko pengaduan ASN untuk Pilwalkot. "
     f"{_CS}", "pilkada-2024"),
    ("2024-11-12", None, "Kasus kepala desa berkampanye pada pemilu kemarin tidak boleh terulang di Pilkada. "
     f"{_CS}", "pilkada-2024"),
    ("2024-09-12", None, "Pemilu 2024 sudah usai. Kini ASN diminta netral dalam pemilihan gubernur dan "
     f"pemilihan bupati. {_CS}", "pilkada-2024"),
    # the two named as one: the story's time tells them apart
    ("2023-10-30", None, f"ASN wajib netral dalam Pemilu dan Pilkada Serentak 2024. {_CS}", "pemilu-2024"),
    ("2024-09-16", None, f"ASN wajib netral dalam Pemilu dan Pilkada Serentak 2024. {_CS}", "pilkada-2024"),
    ("2023-12-01", None, f"Surat edaran tentang netralitas ASN pada Pemilu dan Pemilihan Tahun 2024 terbit. {_CS}",
     "pemilu-2024"),
    ("2024-10-01", None, f"Surat edaran tentang netralitas ASN pada Pemilu dan Pemilihan Tahun 2024 disosialisasikan "
     f"lagi menjelang Pilkada. {_CS}", "pilkada-2024"),
    ("2023-08-14", None, f"Pemkab menggelar apel netralitas ASN menghadapi Pemilu serta Pilkada 2024. {_CS}",
     "pemilu-2024"),
    ("2024-08-27", None, f"Pemkab menggelar apel netralitas ASN menghadapi Pilkada serta Pemilu 2024. {_CS}",
     "pilkada-2024"),
    ("2024-10-10", None, "Pakta integritas netralitas ASN pada Pemilu dan Pilkada Tahun 2024 ditandatangani "
     f"ulang jelang pencoblosan Pilkada 27 November. {_CS}", "pilkada-2024"),
    ("2023-06-05", None, f"Tahun politik: Pileg, Pilpres dan Pilkada 2024 menuntut ASN netral. {_CS}",
     "pemilu-2024"),
    # a regional candidates' story that says 'Pemilu 2024' loosely
    ("2024-08-28", None, "Menjelang pendaftaran calon bupati pada Pemilu 2024, Bawaslu mengingatkan ASN tidak "
     f"mendukung bakal calon. {_CS}", "pilkada-2024"),
    ("2024-09-23", None, "Penetapan pasangan calon gubernur Pemilu 2024 digelar hari ini. Pj Gubernur meminta "
     f"ASN tidak berfoto dengan calon. {_CS}", "pilkada-2024"),
    ("2024-10-03", None, "ASN diminta netral selama kampanye calon wali kota di Pemilu 2024. Bawaslu akan "
     f"menindak. {_CS}", "pilkada-2024"),
    ("2024-11-20", None, "Sepekan jelang pencoblosan, ASN diminta tidak memihak cabup dalam Pemilu 2024 di "
     f"kabupaten ini. {_CS}", "pilkada-2024"),
    ("2024-09-05", "Bawaslu Ingatkan ASN Netral di Pemilu 2024", "Bawaslu kabupaten meminta ASN tidak mendukung "
     f"pasangan calon bupati dan wakil bupati. {_CS}", "pilkada-2024"),
    # the headline names the other contest than the body
    ("2024-10-14", "ASN Diminta Netral Jelang Pilkada", f"Seperti saat Pemilu 2024, ASN diminta menjaga netralitas. "
     f"{_CS}", "pilkada-2024"),
    ("2023-12-11", "ASN Diminta Netral pada Pemilu 2024", "Pj Bupati juga menyinggung Pilkada serentak November "
     f"2024. {_CS}", "pemilu-2024"),
    ("2024-01-17", "Pilkada Masih Jauh, ASN Diminta Fokus Netral di Pemilu", f"Sekda meminta ASN netral. {_CS}",
     "pemilu-2024"),
    ("2024-10-28", "Evaluasi Pemilu 2024, ASN Diminta Netral", f"ASN diminta netral dalam pemilihan bupati bulan "
     f"depan. {_CS}", "pilkada-2024"),
    # the weekday rule with a contest looked back on (no printed date)
    (None, None, "Pj Bupati mengumpulkan ASN, Selasa (27/8/2024). Ia meminta ASN netral dalam Pilkada. Pada "
     f"Pemilu lalu ada ASN yang dilaporkan. {_CS}", "pilkada-2024"),
    (None, None, "Bawaslu menggelar sosialisasi, Senin (8/1/2024). ASN diminta netral dalam Pemilu 2024. "
     f"Pilkada menyusul November. {_CS}", "pemilu-2024"),
    (None, None, "Sekda memimpin apel, Kamis (10/10/2024). Pelanggaran netralitas pada Pemilu 2024 silam jadi "
     f"pelajaran untuk Pilkada serentak. {_CS}", "pilkada-2024"),
    (None, None, "Rapat koordinasi digelar Rabu (6/11/2024). Sekda meminta ASN netral pada pemilihan gubernur. "
     f"Pada Pemilu Februari lalu ada ASN yang diberi sanksi. {_CS}", "pilkada-2024"),
    (None, None, "Bawaslu menggelar rapat, Jumat (12/1/2024). ASN diminta netral di Pemilu 2024 dan Pilkada "
     f"2024. {_CS}", "pemilu-2024"),
    # undated: the weekday's year from the contest named most
    (None, None, "Pj Bupati menggelar apel, Selasa (1/10). ASN diminta netral dalam Pilkada 2024. Pada Pemilu "
     f"2024 lalu ada pelanggaran. {_CS}", "pilkada-2024"),
    # between the two contests, and both written with their years
    ("2024-05-20", None, f"Pemilu 2024 lalu menyisakan catatan. Menuju Pilkada 2024, ASN diminta netral. {_CS}",
     "pilkada-2024"),
    ("2024-09-09", None, "Pada Pemilu 2024 lalu dan Pilkada 2024 mendatang, ASN tetap diminta netral. "
     f"{_CS}", "pilkada-2024"),
    ("2023-12-12", None, "ASN diminta netral pada Pemilu 14 Februari 2024, disusul Pilkada serentak 27 November "
     f"2024. {_CS}", "pemilu-2024"),
    (None, None, f"Bawaslu menggelar apel, Rabu (27/11). ASN diminta netral pada Pilkada. Pemilu lalu jadi pelajaran. "
     f"{_CS}", "pilkada-2024"),
    (None, None, f"Pj Bupati memimpin apel, Kamis (8/2/2024). ASN diminta netral pada Pemilu. Pilkada menyusul. "
     f"{_CS}", "pemilu-2024"),
    # the regional elections alone, after the general one
    ("2024-07-15", None, f"Bawaslu menerima laporan netralitas ASN. {_CS}", "pilkada-2024"),
    ("2024-06-03", None, f"Tahapan pemilihan kepala daerah dimulai. {_CS}", "pilkada-2024"),
    # the general election alone, in its campaign
    ("2023-12-20", None, f"ASN dilarang hadir di kampanye caleg. {_CS}", "pemilu-2024"),
    ("2024-02-10", None, f"Masa tenang Pemilu, ASN diminta tetap netral. {_CS}", "pemilu-2024"),
]

# a date in the URL that says the other contest's day is never read
URL_PROBES: list[tuple[str, str, str, str]] = [
    ("2024-09-18", "https://example.test/2019/04/17/asn-netral",
     f"ASN diminta netral pada Pilkada 2024. Pemilu Februari lalu jadi pelajaran. {_CS}", "pilkada-2024"),
    ("2023-11-20", "https://example.test/2024/11/27/asn-netral",
     f"ASN diminta netral pada Pemilu 2024. Pilkada menyusul tahun depan. {_CS}", "pemilu-2024"),
]


def _election(published: str | None, title: str | None, text: str, url: str = "http://example.test/a") -> str | None:
    art = Article(article_id="t", url=url, source_id="test", title=title, published_at=None,
                  published_date=date.fromisoformat(published) if published else None, author=None, text=text,
                  source_province=None)
    return next(analyse([art])).election


@pytest.mark.parametrize(("published", "title", "text", "key"), PROBES, ids=[p[2][:48] for p in PROBES])
def test_story_naming_two_contests_gets_the_one_its_time_is_about(nlp, published: str | None, title: str | None,
                                                                 text: str, key: str) -> None:
    assert _election(published, title, text) == key


@pytest.mark.parametrize(("published", "url", "text", "key"), URL_PROBES, ids=[p[1] for p in URL_PROBES])
def test_date_in_url_is_not_read(nlp, published: str, url: str, text: str, key: str) -> None:
    assert _election(published, None, text, url) == key
