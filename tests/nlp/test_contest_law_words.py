"""Contests named by their law words, re-votes and rounds, by the office alone or the national contest by its parts.

Forms not in test_contests.py, test_two_contests.py or test_weekday_contest_years.py: the regional contests by the
words of UU 10/2016 ('Pemilihan Tahun 2020', 'Pemilihan Serentak Nasional'), repeat votes and continuations
('Pilkada ulang', 'PSU Pilwalkot X', 'putaran kedua'), contests named by the office with the year elsewhere, and the
general election by its parts ('Pemilu Anggota DPR, DPD dan DPRD 2014'). Stories written for this list; all are
analysed in one call.
"""

from __future__ import annotations

import pytest

_S = "Pegawai dilarang ikut kampanye."

# (publication date or None, text, expected election key)
PROBES: list[tuple[str | None, str, str | None]] = [
    # UU 10/2016 wording: 'Pemilihan' alone is the regional contest; the general and regional contests joined
    (None, f'ASN wajib netral dalam Pemilihan Tahun 2020. {_S}', 'pilkada-2020'),
    (None, f'Bawaslu mengingatkan ASN netral menjelang Pemilihan 2020 di daerah ini. {_S}', 'pilkada-2020'),
    (None, 'Surat edaran netralitas ASN pada Pemilihan Gubernur dan Wakil Gubernur, Bupati '
     'dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2020 sudah terbit. '
     f'{_S}', 'pilkada-2020'),
    ('2024-08-01', 'ASN wajib netral dalam Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil '
     f'Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024. {_S}', 'pilkada-2024'),
    (None, f'ASN diminta netral pada Pemilihan Serentak Nasional 2020. {_S}', 'pilkada-2020'),
    ('2024-09-10', f'ASN diminta netral pada Pemilihan Serentak Nasional 2024. {_S}', 'pilkada-2024'),
    (None, f'Pilkada Serentak Nasional 2020 menuntut ASN netral. {_S}', 'pilkada-2020'),
    (None, f'Menjelang Pemilihan Serentak Nasional Tahun 2020, ASN diminta netral. {_S}', 'pilkada-2020'),
    (None, f'ASN diminta netral dalam Pemilihan Bupati dan Wakil Bupati Sleman Tahun 2020. {_S}', 'pilkada-2020'),
    (None, f'ASN diminta netral dalam Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah 2018. {_S}', 'pilkada-2018'),
    ('2023-10-01', f'ASN diminta netral pada Pemilu dan Pemilihan 2024. {_S}', 'pemilu-2024'),
    (None, f'Netralitas ASN pada Pemilu dan Pemilihan 2024 dibahas dalam rapat koordinasi. {_S}', 'pemilu-2024'),
    (None, f'ASN diminta netral pada Pemilihan Kepala Daerah Serentak Lanjutan Tahun 2020. {_S}', 'pilkada-2020'),
    # repeat votes and continuations: PSU, 'Pilkada ulang' (rerun in 2025), 'lanjutan', a run-off ('putaran kedua')
    ('2025-04-10', 'Bawaslu mengingatkan ASN netral dalam pemungutan suara ulang (PSU) Pilkada '
     f'Kabupaten Serang 2024. {_S}', 'pilkada-2025'),
    ('2025-03-20', f'ASN diminta netral menghadapi PSU Pilkada 2024 di Kota Banjarbaru. {_S}', 'pilkada-2025'),
    ('2025-03-20', f'Jelang PSU Pilwalkot Palopo, ASN diingatkan netral. {_S}', 'pilkada-2025'),
    ('2025-03-20', f'Jelang pemungutan suara ulang Pilbup Bengkulu Selatan, ASN diminta netral. {_S}', 'pilkada-2025'),
    ('2021-04-05', f'ASN diminta netral pada PSU Pilkada 2020 di Kabupaten Labuhanbatu. {_S}', 'pilkada-2020'),
    ('2021-04-05', 'Bawaslu mengawasi netralitas ASN dalam pemungutan suara ulang Pilgub Kalsel. '
     f'{_S}', 'pilkada-2020'),
    ('2025-07-10', f'ASN diminta netral pada Pilkada ulang Kota Pangkalpinang. {_S}', 'pilkada-2025'),
    # a repeat vote named alone, no contest word after it: the last contest held before the story, by its repeat's key
    ('2025-03-07', f'Sekda mengingatkan ASN netral menjelang Pemungutan Suara Ulang (PSU) 19 April mendatang. {_S}',
     'pilkada-2025'),
    ('2025-04-02', f'Pjs Bupati meminta ASN tidak berpihak selama masa tenang PSU. {_S}', 'pilkada-2025'),
    ('2024-02-22', f'Bawaslu meminta ASN netral menjelang PSU di 12 TPS pekan ini. {_S}', 'pemilu-2024'),
    (None, f'ASN diminta netral pada Pilkada ulang Kota Pangkalpinang 2025. {_S}', 'pilkada-2025'),
    ('2025-07-10', f'Menjelang Pilkada ulang Kabupaten Bangka, ASN diminta netral. {_S}', 'pilkada-2025'),
    (None, f'ASN diminta netral pada Pilkada lanjutan 2020. {_S}', 'pilkada-2020'),
    ('2020-07-01', f'ASN diminta netral pada Pilkada lanjutan. {_S}', 'pilkada-2020'),
    (None, f'Tahapan Pilkada Serentak Lanjutan Tahun 2020 dimulai, ASN diingatkan netral. {_S}', 'pilkada-2020'),
    ('2017-04-10', f'ASN diminta netral pada putaran kedua Pilgub DKI 2017. {_S}', 'pilkada-2017'),
    (None, f'ASN diminta netral pada putaran kedua Pilgub DKI 2017. {_S}', 'pilkada-2017'),
    (None, f'Menjelang Pilgub DKI putaran kedua 19 April 2017, ASN diminta netral. {_S}', 'pilkada-2017'),
    ('2012-09-10', f'PNS diminta netral pada putaran kedua Pilkada DKI 2012. {_S}', 'pilkada-2012'),
    # contests named by the office only, the year elsewhere in the story, in its dateline or only its publication date
    (None, f'ASN diminta netral pada Pilwalkot Makassar. Pemungutan suara digelar 27 Juni 2018. {_S}', 'pilkada-2018'),
    (None, f'MAKASSAR - ASN diminta netral pada Pilwalkot Makassar, Senin (5/3/2018). {_S}', 'pilkada-2018'),
    (None, f'SLEMAN, Kamis (8/10/2020) - Bupati meminta ASN netral dalam Pilbup Sleman. {_S}', 'pilkada-2020'),
    ('2020-10-08', f'Bupati meminta ASN netral dalam Pilbup Sleman. {_S}', 'pilkada-2020'),
    (None, 'Pj Gubernur meminta ASN netral dalam Pilgub Jatim. Tahapan pilgub dimulai pada '
     f'Januari 2018. {_S}', 'pilkada-2018'),
    ('2018-05-02', f'Pj Gubernur meminta ASN netral dalam Pilgub Jatim. {_S}', 'pilkada-2018'),
    (None, f'BANTUL - Sekda meminta ASN netral dalam Pemilihan Bupati Bantul, Rabu (14/10/2020). {_S}', 'pilkada-2020'),
    ('2020-10-14', f'Sekda meminta ASN netral dalam Pemilihan Bupati Bantul. {_S}', 'pilkada-2020'),
    (None, 'Sekda meminta ASN netral dalam Pemilihan Bupati Bantul. Pencoblosan dilakukan 9 '
     f'Desember 2020. {_S}', 'pilkada-2020'),
    (None, f'Kepala BKD meminta ASN netral pada Pilwako Padang. Rapat digelar pada tahun 2018. {_S}', 'pilkada-2018'),
    ('2015-10-20', f'PNS diminta netral dalam Pilbup Gunungkidul. {_S}', 'pilkada-2015'),
    ('2015-12-20', f'PNS yang tidak netral dalam Pilbup Gunungkidul diperiksa. {_S}', 'pilkada-2015'),
    # the national contest by its parts, and its bodies listed in capitals
    (None, f'ASN diminta netral dalam Pileg 2019. {_S}', 'pemilu-2019'),
    (None, f'ASN diminta netral dalam Pilpres 2019. {_S}', 'pemilu-2019'),
    (None, f'PNS diminta netral dalam Pemilu Presiden dan Wakil Presiden 2014. {_S}', 'pemilu-2014'),
    (None, f'PNS diminta netral dalam Pemilu Legislatif 2014. {_S}', 'pemilu-2014'),
    ('2014-03-10', f'PNS diminta netral dalam Pemilu Legislatif. {_S}', 'pemilu-2014'),
    (None, f'PNS diminta netral dalam Pilpres 9 Juli 2014. {_S}', 'pemilu-2014'),
    (None, f'PNS diminta netral dalam Pemilihan Umum Presiden dan Wakil Presiden Tahun 2014. {_S}', 'pemilu-2014'),
    (None, f'PNS diminta netral dalam Pemilu Anggota DPR, DPD dan DPRD 2014. {_S}', 'pemilu-2014'),
    (None, 'ASN diminta netral dalam Pemilihan Umum Anggota DPR, DPD, DPRD Provinsi dan DPRD '
     f'Kabupaten/Kota Tahun 2019. {_S}', 'pemilu-2019'),
    (None, f'ASN diminta netral dalam Pemilu Legislatif dan Pemilu Presiden 2019. {_S}', 'pemilu-2019'),
    ('2019-03-01', f'ASN diminta netral dalam Pileg dan Pilpres serentak. {_S}', 'pemilu-2019'),
    (None, f'ASN diminta netral dalam Pilpres dan Pileg 17 April 2019. {_S}', 'pemilu-2019'),
    (None, f'ASN diminta netral dalam Pemilihan Umum Legislatif Tahun 2009. {_S}', 'pemilu-2009'),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for _, text, _ in PROBES], published=[published for published, _, _ in PROBES])


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[1][:48] for p in PROBES])
def test_each_contest_form_gives_its_key(analysed: list, k: int) -> None:
    assert analysed[k].election == PROBES[k][2]
