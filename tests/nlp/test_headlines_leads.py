"""Headlines, datelines and leads: the headline's officials, datelines of many outlets, restated directives.

Forms not in test_layout.py, test_capitals_and_abbreviations.py or test_holders.py: datelines of many shapes (the
place in capitals, the outlet in brackets, the date in brackets, an em dash, a pipe, a colon) before a titled
official, which must give no official, agency or province of their own; an official the headline names with the
office and the body only by bare name as a speaker ("Menurut X, ...", "X mengatakan ..."); a lead whose subject is
the headline's office ("Orang nomor satu di Pemkab X itu ..."); a headline or standfirst restating the lead's
directive (one directive per statement); the headline repeated at the text's start with the lead run on after it.
Stories written for this list; all are analysed in one call.
"""

from __future__ import annotations

import pytest

B = "Kepala BKD Sleman Budi Rahardjo mengatakan ASN dilarang ikut kampanye."
B2 = ("Kepala BKD Sleman Budi Rahardjo mengatakan ASN dilarang ikut kampanye pasangan calon pada Pilkada 2024 "
      "mendatang.")
DIY = "Daerah Istimewa Yogyakarta"
JATENG = "Jawa Tengah"

# (headline, text, official names expected, number of directives, province; None: not checked)
PROBES: list[tuple[str, str, set[str] | None, int | None, str | None]] = []


def add(title: str, text: str, names: set[str] | None, directives: int | None, province: str | None) -> None:
    PROBES.append((title, text, names, directives, province))


# datelines in many shapes before a titled official: no official, agency or province of their own
DATELINES = [
 "SLEMAN, KOMPAS.com - ", "Bandung (ANTARA) - ", "JAKARTA | Suara.com — ", "SEMARANG, Jawapos.com — ",
 "Yogyakarta, Rabu (12/6/2024) - ", "MEDAN (Waspada): ", "SURABAYA - ", "PALEMBANG, SUMSELNEWS – ",
 "Makassar, TRIBUN-TIMUR.COM - ", "BANDA ACEH (RA) - ", "Denpasar, Rabu (12/6/2024) — ",
 "KUPANG | Pos Kupang — ", "PONTIANAK, INSIDEPONTIANAK.COM – ", "Jakarta, CNN Indonesia -- ",
 "BATAM (HK) – ", "Padang, Senin (3/6/2024) | ", "SLEMAN (KR) - ", "MATARAM, Lombok Post-",
 "Mamuju (Sulbar Express) — ", "AMBON, SIWALIMA - ",
]
for d in DATELINES:
    add("Kepala BKD Sleman Ingatkan ASN Netral", d + B, {"Budi Rahardjo"}, 1, DIY)

# the office only in the headline, the bare name in the body as a speaker or an actor
add("Bupati Sleman Kustini Minta ASN Netral di Pilkada 2024",
    "SLEMAN - Kustini mengatakan ASN harus menjaga netralitas selama tahapan Pilkada 2024.",
    {"Kustini"}, 1, DIY)
add("Mendagri Tito Ingatkan ASN Jaga Netralitas",
    "JAKARTA - Menurut Tito, ASN wajib netral dalam Pemilu 2024.", {"Tito"}, 1, None)
add("Wali Kota Semarang Hevearita Imbau ASN Tak Berpolitik Praktis",
    "SEMARANG - Hevearita menegaskan bahwa ASN dilarang terlibat politik praktis.", {"Hevearita"}, 1, JATENG)
add("Pj Gubernur Jateng Nana Sudjana: ASN Jangan Ikut Kampanye",
    "Nana Sudjana mengingatkan para pegawai agar tidak ikut kampanye pasangan calon.", {"Nana Sudjana"}, 1, JATENG)
add("Sekda Bantul Agus Budiraharja Tegaskan Sanksi bagi ASN Tak Netral",
    "BANTUL - Agus Budiraharja menyebut ASN yang terbukti tidak netral akan dijatuhi sanksi disiplin.",
    {"Agus Budiraharja"}, 1, DIY)
add("Ketua Bawaslu Jember Imbau ASN Netral",
    "JEMBER - Ketua Bawaslu Jember Sanda Aditya Pradana meminta ASN menjaga netralitas.",
    {"Sanda Aditya Pradana"}, 1, "Jawa Timur")
add("Bupati Kudus Hartopo Larang ASN Unggah Dukungan",
    "KUDUS - ASN dilarang mengunggah dukungan kepada calon di media sosial, kata Hartopo.", {"Hartopo"}, 1, JATENG)
add("Wakil Wali Kota Bima Feri Sofiyan Ingatkan ASN",
    "KOTA BIMA - Feri Sofiyan meminta ASN tidak terlibat politik praktis.", {"Feri Sofiyan"}, 1, "Nusa Tenggara Barat")
# the office only in a standfirst above the dateline (front matter, skipped), the bare name in the lead
add("ASN Diminta Netral",
    "Bupati Sleman Kustini meminta ASN tetap netral menjelang pilkada.\n\nSLEMAN - Kustini mengatakan seluruh ASN di "
    "lingkungan Pemkab Sleman harus menjaga netralitas pada Pilkada 2024.", {"Kustini"}, 1, DIY)
add("ASN Diminta Netral",
    "Pj Wali Kota Yogyakarta Sugeng Purwanto mengingatkan ASN.\nYOGYAKARTA, KOMPAS.com - Menurut Sugeng Purwanto, "
    "seluruh ASN di lingkungan Pemkot Yogyakarta wajib menjaga netralitas selama Pilkada 2024.",
    {"Sugeng Purwanto"}, 1, DIY)
# a holder's short name in the standfirst and the lead is the holder the lead titles, not a second official
add("Jokowi Ingatkan ASN Netral",
    "Presiden Jokowi mengingatkan ASN netral.\n\nJakarta - Presiden Joko Widodo kembali mengingatkan seluruh "
    "Aparatur Sipil Negara untuk bersikap netral dalam Pemilu 2024. Jokowi mengingatkan agar mereka bekerja "
    "sesuai tugas.", {"Joko Widodo"}, None, None)
# the lead's subject is the headline's office
add("Bupati Sleman Minta ASN Netral",
    "SLEMAN - Orang nomor satu di Pemkab Sleman itu meminta ASN menjaga netralitas. Kustini Sri Purnomo "
    "menyampaikan hal itu saat apel pagi.", None, 1, DIY)
add("Gubernur Kalbar Larang ASN Ikut Kampanye",
    "PONTIANAK - Orang nomor satu di Kalimantan Barat itu melarang ASN ikut kampanye.", set(), 1, "Kalimantan Barat")
add("Wali Kota Bogor Ingatkan ASN",
    "BOGOR - Orang nomor satu di Kota Bogor itu mengingatkan ASN untuk netral pada Pilkada 2024.",
    set(), 1, "Jawa Barat")
# a headline or standfirst restating the lead's directive: one directive
add("ASN Dilarang Ikut Kampanye",
    "ASN Dilarang Ikut Kampanye\nKENDAL - Bupati Kendal Dico Ganinduto melarang ASN ikut kampanye pasangan calon.",
    {"Dico Ganinduto"}, 1, JATENG)
add("Bawaslu Minta ASN Netral",
    "Bawaslu meminta ASN menjaga netralitas pada pilkada.\n\nGARUT - Bawaslu Garut meminta seluruh ASN di "
    "lingkungan pemerintah daerah menjaga netralitas "
    "pada Pilkada 2024.", None, 1, "Jawa Barat")
add("ASN Wajib Netral, Pelanggar Kena Sanksi",
    "Pelanggar netralitas akan dikenai sanksi.\nCIREBON - Sekda Cirebon Hilmy Riva'i menegaskan ASN wajib netral.",
    {"Hilmy Riva'i"}, 1, "Jawa Barat")
add("ASN Diimbau Tak Unggah Foto Bersama Calon",
    "ASN Diimbau Tak Unggah Foto Bersama Calon\n\nSOLO, KOMPAS.com - Inspektorat Kota Solo mengimbau ASN tidak "
    "mengunggah foto bersama calon kepala daerah.", None, 1, JATENG)
add("Pegawai Honorer Juga Dilarang Berkampanye",
    "BLITAR (ANTARA) - Pemkab Blitar melarang pegawai honorer berkampanye untuk calon bupati.", None, 1, "Jawa Timur")
add("Pj Bupati Pati: ASN Harus Netral",
    "PATI, Selasa (14/5/2024) - Pj Bupati Pati Henggar Budi Anggoro menegaskan ASN harus netral.",
    {"Henggar Budi Anggoro"}, 1, JATENG)
# the headline repeated in capitals, bylines, and more datelines
add("BUPATI KLATEN SRI MULYANI MINTA ASN NETRAL",
    "BUPATI KLATEN SRI MULYANI MINTA ASN NETRAL\nKLATEN - Sri Mulyani meminta ASN menjaga netralitas.", None, 1, JATENG)
add("Kapolres Tegal Ingatkan Netralitas",
    "TEGAL | Radar Tegal — Kepala BKPSDM Kabupaten Tegal Agus Setiawan mengingatkan ASN netral.",
    {"Agus Setiawan"}, 1, JATENG)
add("Netralitas ASN Jelang Pilkada",
    "Netralitas ASN Jelang Pilkada\nOleh: Redaksi\nMAGELANG - Kepala BKPSDM Kota Magelang Hamzah Rusdi menyatakan ASN "
    "wajib netral.", {"Hamzah Rusdi"}, 1, JATENG)
add("Sekda Lampung Ingatkan ASN",
    "Bandar Lampung (ANTARA) - Sekda Provinsi Lampung Fahrizal Darminto meminta ASN tidak ikut kampanye.",
    {"Fahrizal Darminto"}, 1, "Lampung")
add("Inspektur Banyumas Minta ASN Netral",
    "PURWOKERTO, Radarmas - Inspektur Kabupaten Banyumas Joko Wiyono meminta ASN netral.", {"Joko Wiyono"}, 1, JATENG)
add("ASN Diingatkan Netral",
    "Jayapura, Jubi – Kepala BKD Provinsi Papua Nicolaus Wenda mengingatkan ASN netral.",
    {"Nicolaus Wenda"}, 1, "Papua")
add("ASN Diminta Netral",
    "KOTA BEKASI, Beritasatu.com - Pj Wali Kota Bekasi Raden Gani Muhamad meminta ASN netral.",
    {"Raden Gani Muhamad"}, 1, "Jawa Barat")
add("ASN Diminta Netral",
    "TANJUNGPINANG (Kepri) - Sekda Kepri Adi Prihantara meminta ASN netral.", {"Adi Prihantara"}, 1, "Kepulauan Riau")
add("ASN Diminta Netral",
    "Bengkulu, Kamis (4/7/2024) — Pj Sekda Provinsi Bengkulu Isnan Fajri meminta ASN netral.",
    {"Isnan Fajri"}, 1, "Bengkulu")
add("ASN Diminta Netral",
    "GORONTALO, Hulondalo.id | Sekda Gorontalo Sofian Ibrahim meminta ASN netral.", {"Sofian Ibrahim"}, 1, "Gorontalo")
add("ASN Diminta Netral",
    "Kendari, Sultrakini.com: Sekda Kota Kendari Ridwansyah Taridala meminta ASN netral.",
    {"Ridwansyah Taridala"}, 1, "Sulawesi Tenggara")
add("ASN Diminta Netral",
    "BALIKPAPAN, KALTIMPOST.ID—Sekda Balikpapan Muhaimin meminta ASN netral.", {"Muhaimin"}, 1, "Kalimantan Timur")
add("ASN Diminta Netral",
    "Jakarta, 12 Juni 2024 - Kepala BKN Haryomo Dwi Putranto meminta ASN netral.", {"Haryomo Dwi Putranto"}, 1, None)
add("ASN Diminta Netral",
    "JAKARTA, (Suara Karya) - Kepala BKN Haryomo Dwi Putranto meminta ASN netral.", {"Haryomo Dwi Putranto"}, 1, None)
add("ASN Diminta Netral",
    "Manado - KabarManado.com: Sekda Sulut Steve Kepel meminta ASN netral.", {"Steve Kepel"}, 1, "Sulawesi Utara")

# the outlet before the place, a byline or an editor line above the dateline, the date in the dateline
for d in ["Liputan6.com, Sleman - ", "TEMPO.CO, Yogyakarta - ", "REPUBLIKA.CO.ID, SLEMAN -- ", "Merdeka.com - ",
          "SLEMAN, iNews.id - ", "Sleman, Beritasatu.com - ", "VIVA – ", "SINDOnews - ", "Tribunnews.com, Sleman - ",
          "TRIBUNJOGJA.COM, SLEMAN - ", "HARIANJOGJA.COM, SLEMAN—", "Sleman (KR) | ", "SLEMAN, (detikJogja) - ",
          "Sleman - Detik.com, ", "RMOLJOGJA. ", "Yogyakarta, IDN Times - ", "Sleman, 12/6 (ANTARA) - ",
          "SLEMAN, Selasa (11/6/2024) - ", "SLEMAN, 11 Juni 2024 - ", "Sleman (Jogjapolitan) – ",
          "Laporan Wartawan Tribunjogja.com, Ahmad Syarifudin\n\nTRIBUNJOGJA.COM, SLEMAN - ",
          "Penulis: Rina Wati | Editor: Agus Salim\n\nSLEMAN - ", "Oleh Redaksi\nSLEMAN - ",
          "Sleman, Kabarjogja.id — ", "SLEMAN, SuaraJogja.id - "]:
    add("Kepala BKD Sleman Ingatkan ASN Netral", d + B2, {"Budi Rahardjo"}, 1, DIY)
# the office only in the headline, the name before a colon
add("Ketua KPU Bantul Didik Joko Nugroho: ASN Wajib Netral",
    "BANTUL - Didik Joko Nugroho menegaskan ASN wajib netral.", {"Didik Joko Nugroho"}, 1, DIY)
# a name the body already gives with its office; a resident and a candidate named in the headline are no officials
add("Kapolres Sleman Minta ASN Netral",
    "SLEMAN - Kepala BKD Sleman Budi Rahardjo hadir. Budi meminta seluruh ASN netral dalam Pilkada 2024.",
    {"Budi Rahardjo"}, 1, DIY)
add("Bupati Sleman Kustini Minta ASN Netral",
    "SLEMAN - Bupati Sleman Kustini Sri Purnomo meminta ASN netral. Kustini mengatakan ASN harus netral.",
    {"Kustini Sri Purnomo"}, 2, DIY)
add("Warga Ngaglik Minta ASN Netral",
    "SLEMAN - Budi Santoso, warga Ngaglik, meminta ASN netral pada Pilkada 2024 di Kabupaten Sleman.", set(), 1, DIY)
add("Cabup Sleman Harda Kiswaya Janji Tak Libatkan ASN",
    "SLEMAN - Harda Kiswaya mengatakan ASN dilarang ikut kampanye pada Pilkada 2024 di Kabupaten Sleman.",
    set(), 1, DIY)
# the headline repeated at the start of the text with the lead run on after it, no line break between: the lead's
# official and directive are the story's; the headline's words alone stay set aside
add("Kepala BKD Sleman Ingatkan ASN Netral",
    "Kepala BKD Sleman Ingatkan ASN Netral SLEMAN - " + B2, {"Budi Rahardjo"}, 1, DIY)
add("Kepala BKD Sleman Ingatkan ASN Netral",
    "KEPALA BKD SLEMAN INGATKAN ASN NETRAL Kepala BKD Sleman Budi Rahardjo mengingatkan seluruh ASN di Kabupaten "
    "Sleman agar tidak ikut kampanye pada Pilkada 2024.", {"Budi Rahardjo"}, 1, DIY)
add("Kepala BKD Sleman Ingatkan ASN Netral", "Kepala BKD Sleman Ingatkan ASN Netral\n" + B2, {"Budi Rahardjo"}, 1,
    DIY)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for _, text, *_ in PROBES], published=None,
                       titles=[title for title, *_ in PROBES])


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[f"{p[0][:24]}|{p[1][:32]}" for p in PROBES])
def test_each_headline_and_lead_form(analysed: list, k: int) -> None:
    _, _, names, directives, province = PROBES[k]
    got = analysed[k]
    if names is not None:
        assert {o.name for o in got.officials} == names
    if directives is not None:
        assert len(got.directives) == directives
        assert got.province == province
