"""Undated stories that write a day with its weekday ('Rabu (28/8)') and the years of their contests.

A story that prints no publication date and no year beside its day is dated by the weekday's calendar: several
years fit (28 August was a Wednesday in 2013, 2019 and 2024). The contest years the story writes ('Pilkada
Serentak 2024', 'Pemilu 2019') tell which: the fitting day nearest their polling days; a contest looked back
on ('Pemilu 2019 lalu') only says the story came after it, and a law's year ('UU Nomor 7 Tahun 2017') says
nothing. The weekday's day itself is no event date (the year is not written, and the gold of the real-text
yardstick dates such days in 8 stories of 146); a polling day written with its year is. No story's URL holds a
date (one would date the story: tests/nlp/test_url_dates.py). The stories were written for this list, not taken
from any article; all are analysed in one batch.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

_CS = "Pegawai yang terbukti berpihak akan dijatuhi sanksi disiplin."

# (text, expected election key, expected event dates)
PROBES: list[tuple[str, str, list[str]]] = [
    # a regional contest of 2024 written, undated 'pemilu' named more often
    ("Bupati memimpin apel ASN, Rabu (28/8). Ia meminta ASN netral dalam pemilu. Netralitas pada pemilu jadi "
     "sorotan menjelang Pilkada Serentak 2024.", "pilkada-2024", []),
    ("Rapat koordinasi digelar Rabu (28/8). Pemilu harus bersih. Pemilu jangan dinodai ASN. Pilkada 2024 juga "
     "harus netral.", "pilkada-2024", []),
    ("Pj Wali Kota memimpin apel, Senin (26/8). ASN wajib netral dalam pemilihan. Pemilu dan pemilihan kepala "
     "daerah serentak tahun 2024 menuntut netralitas.", "pilkada-2024", []),
    ("Apel netralitas digelar Kamis (5/9). Pemilu ini penting. ASN diminta menjaga netralitas di pemilu dan pada "
     "Pilkada 2024.", "pilkada-2024", []),
    ("Bawaslu menggelar sosialisasi Selasa (3/9). Pemilu yang jujur butuh ASN netral. Pilgub 2024 tinggal hitungan "
     "bulan.", "pilkada-2024", []),
    ("Sosialisasi netralitas ASN digelar Senin (16/9). Pemilu bersih tanggung jawab bersama. Pemilu tanpa politik "
     "uang. Menjelang Pilkada Serentak 2024, ASN dilarang berpihak.", "pilkada-2024", []),
    ("Bupati mengingatkan ASN, Jumat (6/9), agar tidak terlibat kampanye. Pemilu dan Pilkada 2024 menuntut ASN "
     "netral. Pemilu juga diawasi.", "pilkada-2024", []),
    ("Rakor digelar Kamis (29/8). Sekda menegaskan pemilu harus bebas dari keterlibatan ASN. Pilbup 2024 diikuti "
     "tiga pasangan calon.", "pilkada-2024", []),
    ("Camat mengumpulkan kepala desa, Senin (23/9). Pemilu sudah usai, kini Pilkada 2024. ASN dan kepala desa "
     "wajib netral pada pemilu.", "pilkada-2024", []),
    # the general election of 2024 written, in its run-up
    ("Sekda mengumpulkan pegawai, Rabu (28/8). ASN diminta netral pada Pemilu 2024 dan pemilu berikutnya.",
     "pemilu-2024", []),
    ("Sekda memimpin apel, Senin (11/12). ASN diminta netral dalam Pemilu 2024. Pilkada juga menyusul.",
     "pemilu-2024", []),
    ("Bawaslu mengumpulkan camat, Rabu (22/11). Pilkada nanti juga diawasi. Pilkada harus netral. ASN wajib "
     "netral pada Pemilu 2024.", "pemilu-2024", []),
    ("Rapat digelar Selasa (9/1). Pilkada akan menyusul, namun ASN kini diminta netral pada Pemilu 2024. Pilkada "
     "tetap diawasi.", "pemilu-2024", []),
    ("Pj Bupati menggelar apel, Kamis (7/12). Pilkada serentak tahun depan juga jadi perhatian. Pilkada harus "
     "damai. Pemilu 2024 menuntut ASN netral.", "pemilu-2024", []),
    ("Bawaslu menggelar rapat, Jumat (17/11). ASN diminta netral dalam Pileg dan Pilpres 2024. Pilkada juga "
     "disinggung. Pilkada diawasi ketat.", "pemilu-2024", []),
    # the 2019 cycle written, undated 'pilkada' named more often
    ("Bupati memimpin apel, Senin (25/3). Pilkada sudah lewat. Pilkada lalu berjalan baik. Kini ASN diminta "
     "netral pada Pemilu 2019.", "pemilu-2019", []),
    ("Sekda mengumpulkan ASN, Kamis (14/3). ASN dilarang berkampanye pada Pilpres 2019. Pilkada harus dijadikan "
     "pelajaran. Pilkada serentak sudah lewat.", "pemilu-2019", []),
    ("Rakor digelar Rabu (6/2). Pilkada sudah usai. Pilkada lalu aman. ASN wajib netral pada Pemilu serentak "
     "2019.", "pemilu-2019", []),
    ("Apel digelar Selasa (5/3). ASN diminta netral pada pemilu. Pemilu 2019 tinggal sebulan lagi.",
     "pemilu-2019", []),
    # the regional elections of 2020 and 2018 written
    ("Bupati memimpin rapat, Senin (31/8). ASN dilarang berpihak pada Pilkada 2020. Pemilu juga pernah diwarnai "
     "pelanggaran. Pemilu itu jadi pelajaran.", "pilkada-2020", []),
    ("Sekda menggelar apel, Rabu (7/10). Pemilu yang lalu jadi pelajaran. Pemilu itu banyak laporan. ASN wajib "
     "netral dalam Pilkada Serentak 2020.", "pilkada-2020", []),
    ("Bawaslu mengumpulkan ASN, Selasa (13/10). Pilkada 9 Desember 2020 menuntut ASN netral. Pemilu bukan alasan. "
     "Pemilu juga diawasi.", "pilkada-2020", ["2020-12-09"]),
    ("Bupati memimpin apel, Senin (19/2). ASN wajib netral pada Pilkada 2018. Pemilu tahun depan juga diawasi. "
     "Pemilu akan serentak.", "pilkada-2018", []),
    ("Rakor digelar Rabu (14/3). Pemilu mendatang juga penting. Pemilu itu serentak. ASN dilarang berpihak pada "
     "Pilgub 2018.", "pilkada-2018", []),
    # a day that fits only a year before the contest written
    ("Rapat digelar Kamis (12/10). ASN diminta netral dalam Pemilu 2024. Pemilu itu penting.", "pemilu-2024", []),
    ("Apel digelar Senin (9/10). Pemilu tahun depan butuh ASN netral. Pemilu 2024 juga diawasi. Pilkada 2024 "
     "menyusul.", "pemilu-2024", []),
    ("Sekda memimpin apel, Selasa (17/10). Pemilu harus jujur. Pemilu butuh ASN netral. Menuju Pilkada 2024, ASN "
     "dilarang berpihak. Pilkada 2024 penting.", "pilkada-2024", []),
    ("Camat mengumpulkan ASN, Jumat (3/11). Pemilu harus damai. Pemilu tanpa ASN berpihak. Pilkada 2024 menyusul. "
     "Pilkada 2024 juga diawasi.", "pilkada-2024", []),
    # two contest years written
    ("Bupati memimpin apel, Rabu (28/8). ASN diminta netral di Pemilu 2024 lalu dan kini di Pilkada 2024. Pemilu "
     "itu diawasi. Pemilu harus jadi pelajaran.", "pilkada-2024", []),
    ("Sekda mengumpulkan ASN, Senin (2/9). Pemilu 2019 dan Pemilu 2024 sudah dilewati. Pemilu itu pelajaran. ASN "
     "kini wajib netral di Pilkada 2024.", "pilkada-2024", []),
    ("Bawaslu menggelar rapat, Selasa (24/9). Pilkada 2020 dan Pilkada 2024 sama pentingnya. Pemilu juga. Pemilu "
     "lain lagi. ASN diminta netral.", "pilkada-2024", []),
    ("Rakor digelar Kamis (26/9). Pemilu 2024 dan Pilkada Serentak 2024 menuntut ASN netral. Pemilu paling rawan. "
     "Pemilu juga berat.", "pilkada-2024", []),
    # a law's year written too
    ("Apel digelar Rabu (28/8). Sesuai UU Nomor 7 Tahun 2017 tentang Pemilu, ASN wajib netral. Pemilu jujur. "
     "Pemilu adil. Pilkada 2024 juga.", "pilkada-2024", []),
    ("Bupati memimpin rapat, Senin (19/8). Undang-Undang Nomor 10 Tahun 2016 mengatur pilkada. Pemilu harus "
     "netral. Pemilu berintegritas. ASN netral di Pilkada Serentak 2024.", "pilkada-2024", []),
    ("Sekda mengumpulkan ASN, Kamis (22/8). PP Nomor 94 Tahun 2021 mengatur sanksi. Pemilu harus bersih. Pemilu "
     "wajib netral. Pilkada 2024 sebentar lagi.", "pilkada-2024", []),
    ("Rapat digelar Selasa (10/9). SKB Nomor 2 Tahun 2022 mengatur netralitas. Pemilu penting. Pemilu pula. ASN "
     "wajib netral di Pilkada 2024.", "pilkada-2024", []),
    # a contest looked back on, beside the one ahead
    ("Bupati memimpin apel, Rabu (28/8). Pada Pemilu 2019 lalu ada ASN yang dilaporkan. Pemilu itu jadi "
     "pelajaran. Pemilu berikutnya juga. Kini ASN wajib netral di Pilkada 2024.", "pilkada-2024", []),
    ("Sekda mengumpulkan ASN, Senin (9/9). Pemilu 2019 silam banyak pelanggaran. Pemilu kini diawasi. Pemilu "
     "ketat. Pilkada Serentak 2024 menuntut ASN netral.", "pilkada-2024", []),
    ("Bawaslu menggelar rapat, Jumat (20/9). Pilkada 2018 lalu menyisakan catatan. Pemilu lancar. Pemilu aman. ASN "
     "diminta netral pada Pilkada 2024.", "pilkada-2024", []),
    ("Apel digelar Kamis (10/10). Pemilu 2024 lalu berjalan aman. Pemilu itu diawasi. Pemilu lain juga. ASN "
     "diminta netral pada Pilkada 2024.", "pilkada-2024", []),
    # a contest looked back on alone: the story comes after it (8 January and 8 February fit 2018 and 2024)
    ("Bupati mengumpulkan ASN, Senin (8/1). Pemilu 2019 lalu jadi pelajaran. ASN diminta netral dalam pilkada.",
     "pilkada-2024", []),
    ("Sekda memimpin apel, Kamis (8/2). Pilkada 2018 lalu banyak laporan. ASN diminta netral dalam pemilu.",
     "pemilu-2024", []),
]


@pytest.fixture(scope="module")
def analysed(nlp) -> list:
    """All probes in one call, each with a URL that holds no date."""
    arts = [Article(article_id=str(k), url=f"https://example.test/berita/asn-netral-{k}",
                    source_id="test", title=None, published_at=None, published_date=None, author=None,
                    text=f"{text} {_CS}", source_province=None) for k, (text, _, _) in enumerate(PROBES)]
    return list(analyse(arts))


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_weekday_takes_the_year_of_the_contests_written(analysed: list, k: int) -> None:
    _, key, dates = PROBES[k]
    assert (analysed[k].election, analysed[k].event_dates) == (key, [date.fromisoformat(d) for d in dates])
