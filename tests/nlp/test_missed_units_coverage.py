"""Probe list of regional units the registry had missed, generated as unit spellings x places x sentences.

A women's prison, whose word 'Perempuan' stands between the head and its class ('Lapas Perempuan Kelas IIA
Semarang'), and a store of seized goods ('Rupbasan Kelas I Mataram') are units of the corrections service as its other
prisons, which the gold lists in all 10 stories that name one; a court's class between its head and its seat ('Ketua
Pengadilan Negeri Kelas IA Padang', 'Ketua PN Kelas IB Sleman') leaves the court of that seat and names no holder
'Kelas'. Where a city and a regency share a name, a prosecutor's office written with its level keeps it ('Kejaksaan
Negeri Kota Probolinggo', 'Kejaksaan Negeri Kabupaten Pasuruan'), as the gold names both; written without it ('Kejari
Bekasi'), and elsewhere ('Kejari Depok'), it stays as written. The regional government's board of postings
('Baperjakat Lampura', 'Badan Pertimbangan Jabatan dan Kepangkatan') is listed as the gold lists it (2 of 2), and the
communications office with statistics by its head's short title ('Kadis Kominfotik Kota Bima'). Each sentence is our
own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

PRISON_SENTENCES = [
    "Seluruh pegawai {x} membacakan ikrar netralitas ASN menjelang Pemilu 2024.",
    "Kepala {x} mengingatkan jajarannya agar tidak berpihak pada Pilkada 2024.",
]
PRISONS = [  # (as written, the canonical name)
    ("Lapas Perempuan Kelas IIA {p}", "Lembaga Pemasyarakatan Perempuan Kelas IIA {p}"),
    ("Lembaga Pemasyarakatan Perempuan Kelas III {p}", "Lembaga Pemasyarakatan Perempuan Kelas III {p}"),
    ("Lapas Perempuan {p}", "Lembaga Pemasyarakatan Perempuan {p}"),
    ("Rupbasan Kelas I {p}", "Rumah Penyimpanan Benda Sitaan Negara Kelas I {p}"),
    ("Rumah Penyimpanan Benda Sitaan Negara (Rupbasan) Kelas II {p}",
     "Rumah Penyimpanan Benda Sitaan Negara Kelas II {p}"),
    ("Rupbasan {p}", "Rumah Penyimpanan Benda Sitaan Negara {p}"),
]


def _units(sentences: list[str], forms: list[tuple[str, str]], places: list[str]) -> list[tuple[str, str, bool]]:
    """Every form of a unit, as written and by its canonical name, at each place in each sentence: all listed."""
    return [(s.format(x=written.format(p=place)), name.format(p=place), True)
            for s, (written, name), place in product(sentences, forms, places)]


PRISON_UNITS = _units(PRISON_SENTENCES, PRISONS, ["Mataram", "Semarang", "Pati"])

COURT_SENTENCES = [
    "Ketua {x} meminta seluruh pegawai menjaga netralitas pada Pemilu 2024.",
    "Hakim dan pegawai {x} menandatangani pakta integritas netralitas ASN menjelang Pilkada 2024.",
]
COURTS = [  # (as written, the canonical name)
    ("Pengadilan Negeri Kelas IA {p}", "Pengadilan Negeri {p}"),
    ("Pengadilan Negeri Kelas IA Khusus {p}", "Pengadilan Negeri {p}"),
    ("Pengadilan Negeri Kelas II {p}", "Pengadilan Negeri {p}"),
    ("PN Kelas IB {p}", "Pengadilan Negeri {p}"),
    ("Pengadilan Agama Kelas IA {p}", "Pengadilan Agama {p}"),
    ("PA Kelas IB {p}", "Pengadilan Agama {p}"),
]
COURT_UNITS = _units(COURT_SENTENCES, COURTS, ["Padang", "Sleman", "Kebumen"])

PROSECUTOR_SENTENCES = [
    "{x} mengingatkan seluruh ASN agar tidak berpihak pada Pilkada 2024.",
    "Bawaslu berkoordinasi dengan {x} soal dugaan pelanggaran netralitas ASN pada Pilkada 2024.",
]
TWINS = ["Probolinggo", "Pasuruan", "Bekasi", "Malang", "Tasikmalaya", "Kupang"]
PROSECUTOR_FORMS = ["Kejari {lvl} {p}", "Kejaksaan Negeri {lvl} {p}", "Kepala Kejari {lvl} {p}"]
PROSECUTORS = (
    [(s.format(x=written.format(lvl=lvl, p=place)), f"Kejaksaan Negeri {lvl} {place}", True)
     for s, written, lvl, place in product(PROSECUTOR_SENTENCES, PROSECUTOR_FORMS, ["Kota", "Kabupaten"], TWINS)]
    + [(s.format(x=f"{head} {place}"), f"Kejaksaan Negeri {place}", True)
       for s, head, place in product(PROSECUTOR_SENTENCES, ["Kejari", "Kepala Kejari"],
                                     ["Depok", "Badung", "Bitung", "Musi Banyuasin", *TWINS])]
)

BOARD_SENTENCES = [
    "{x} menunda pelantikan sejumlah pejabat menjelang Pilkada 2024 agar ASN tetap netral.",
    "Ketua {x} mengingatkan pejabat yang tidak netral pada Pilkada 2024 bisa dimutasi.",
]
BOARDS = (
    [(s.format(x=f"{head} {written}"), f"Badan Pertimbangan Jabatan dan Kepangkatan {name}", True)
     for s, head, (written, name) in product(
         BOARD_SENTENCES, ["Baperjakat", "Badan Pertimbangan Jabatan dan Kepangkatan"],
         [("Lampura", "Kabupaten Lampung Utara"), ("Kabupaten Bone", "Kabupaten Bone"), ("Kota Bima", "Kota Bima"),
          ("Provinsi Jambi", "Provinsi Jambi")])]
    + [(s.format(x="Badan Pertimbangan Jabatan dan Kepangkatan (Baperjakat)"),
        "Badan Pertimbangan Jabatan dan Kepangkatan", True) for s in BOARD_SENTENCES]
)
KOMINFOTIK = [(s.format(x=f"{title} {written}"), f"Dinas Komunikasi, Informatika dan Statistik {name}", True)
              for s, title, (written, name) in product(
                  ["{x} mengingatkan ASN agar netral pada Pemilu 2024.",
                   "Rapat netralitas ASN dihadiri {x} dan Kepala BKPSDM menjelang Pilkada 2024."],
                  ["Kadis Kominfotik", "Kadiskominfotik", "Kepala Dinas Kominfotik"],
                  [("Kota Bima", "Kota Bima"), ("NTB", "Provinsi Nusa Tenggara Barat")])]

FORMS = PRISON_UNITS + COURT_UNITS + PROSECUTORS + BOARDS + KOMINFOTIK


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_a_unit_is_listed_as_the_gold_lists_it(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed, {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text"), [pytest.param(j, p[0], id=p[0][:60])
                                         for j, p in enumerate(PRISON_UNITS + COURT_UNITS)])
def test_a_units_class_is_no_holders_name(analysed: list, k: int, text: str) -> None:
    assert not [o.name for o in analysed[k].officials if o.name.split()[0] in {"Kelas", "IA", "IB", "II", "IIA"}]
