"""The fixture newsroom: a few weeks of ASN-neutrality stories around 2023-W45 (6-12 Nov 2023).

W45 holds five counted stories (one more is a syndicated copy, one is off-topic); the four
weeks before hold 1, 2, 0 and 1 stories, so every headline figure has a known baseline.
"""

from __future__ import annotations

from datetime import date

from tests.warehouse.builder import Story

BAGJA = ("Rahmat Bagja", "Ketua Bawaslu RI", "Badan Pengawas Pemilihan Umum")
AZWAR = ("Abdullah Azwar Anas", "Menteri PANRB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
SEKDA = ("Yudi Prasetyo", "Sekretaris Daerah Provinsi Kalimantan Timur", "Pemerintah Provinsi Kalimantan Timur")
BAWASLU = ("Badan Pengawas Pemilihan Umum", "Bawaslu")
KASN = ("Komisi Aparatur Sipil Negara", "KASN")
PANRB = ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "KemenPANRB")

LIKE = "ASN dilarang memberikan tanda suka atau mengomentari unggahan peserta pemilu di media sosial."
SANCTION = "ASN yang terbukti tidak netral akan dijatuhi sanksi disiplin sesuai PP 94/2021."


def stories() -> list[Story]:
    return [
        # --- 2023-W45 ------------------------------------------------------------------------
        Story("w45-bawaslu", date(2023, 11, 6), "Bawaslu ingatkan ASN jaga netralitas di media sosial",
              officials=[BAGJA], agencies=[BAWASLU, KASN],
              directives=[
                  {"kind": "prohibition", "sentence": LIKE, "actor": "Rahmat Bagja",
                   "behaviours": ["social_media_liking"]},
                  {"kind": "appeal", "sentence": "Kami mengimbau ASN melaporkan pelanggaran netralitas.",
                   "actor": "Rahmat Bagja"},
              ]),
        # a syndicated copy of the story above: must be counted once
        Story("w45-bawaslu-copy", date(2023, 11, 7), "Bawaslu ingatkan ASN jaga netralitas di media sosial",
              source_id="harian_sulsel", province="Sulawesi Selatan", duplicate_of="w45-bawaslu",
              officials=[BAGJA], agencies=[BAWASLU],
              directives=[{"kind": "prohibition", "sentence": LIKE, "actor": "Rahmat Bagja",
                           "behaviours": ["social_media_liking"]}]),
        Story("w45-panrb", date(2023, 11, 8), "Menteri PANRB: ASN wajib netral, sanksi menanti",
              officials=[AZWAR], agencies=[PANRB, KASN],
              directives=[
                  {"kind": "obligation", "sentence": "Seluruh ASN wajib menjaga netralitas selama tahapan pemilu.",
                   "actor": "Abdullah Azwar Anas"},
                  {"kind": "sanction", "sentence": SANCTION, "actor": "Abdullah Azwar Anas"},
              ]),
        Story("w45-kaltim", date(2023, 11, 9), "Sekda Kaltim larang ASN ikut kampanye", source_id="warta_kaltim",
              province="Kalimantan Timur", officials=[SEKDA], agencies=[BAWASLU],
              directives=[
                  {"kind": "prohibition", "sentence": "ASN dilarang menghadiri kampanye peserta pemilu.",
                   "actor": "Yudi Prasetyo", "behaviours": ["attending_campaign"]},
                  {"kind": "prohibition", "sentence": LIKE, "actor": "Yudi Prasetyo",
                   "behaviours": ["social_media_liking"]},
              ]),
        Story("w45-kasn", date(2023, 11, 10), "KASN: [Rilis] ASN boleh hadir di debat | tanpa atribut",
              agencies=[KASN],
              directives=[
                  {"kind": "permission", "sentence": "ASN boleh menghadiri debat terbuka tanpa atribut partai.",
                   "actor": "Komisi Aparatur Sipil Negara"},
                  {"kind": "sanction", "sentence": SANCTION, "actor": None},
              ]),
        Story("w45-jatim", date(2023, 11, 12), "Pemprov Jatim gelar apel netralitas ASN", source_id="suara_jatim",
              province="Jawa Timur", agencies=[BAWASLU]),
        # not about ASN neutrality: never counted
        Story("w45-casn", date(2023, 11, 8), "Pendaftaran CASN dibuka", relevant=False, election=None,
              agencies=[PANRB]),
        # --- the four weeks before (W41-W44): 1, 2, 0, 1 stories --------------------------------
        Story("w41-a", date(2023, 10, 11), "ASN diminta netral", agencies=[BAWASLU],
              directives=[{"kind": "appeal", "sentence": "ASN diminta tetap netral.", "actor": "Rahmat Bagja"}],
              officials=[BAGJA]),
        Story("w42-a", date(2023, 10, 16), "Netralitas ASN di Kaltim", province="Kalimantan Timur",
              source_id="warta_kaltim", agencies=[KASN]),
        Story("w42-b", date(2023, 10, 22), "KASN terima aduan", agencies=[KASN]),
        Story("w44-a", date(2023, 11, 1), "Bawaslu awasi ASN", agencies=[BAWASLU],
              directives=[{"kind": "sanction", "sentence": SANCTION, "actor": "Badan Pengawas Pemilihan Umum"}]),
        # undated: cannot be placed in a week
        Story("undated", None, "Tanpa tanggal", agencies=[BAWASLU]),
    ]
