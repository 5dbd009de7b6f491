"""Probe list of state commissions and agencies outside the ministries, the coordinating ministries of the 2024
cabinet and the ministries' other short names, named in full with the acronym glossed or by the acronym alone: each is
its national institution. Stories in our own words (agencies.yaml, non-ministerial bodies); negatives: a prosecutor's
office after the prosecutors' commission's name, and words that only contain an acronym's letters, stay as they
were."""

from __future__ import annotations

import pytest

STORY = "JAKARTA - Menjelang Pilkada 2024 sejumlah lembaga negara menyoroti netralitas ASN. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Lembaga Perlindungan Saksi dan Korban (LPSK) siap melindungi ASN yang melapor.",
     ["Lembaga Perlindungan Saksi dan Korban"], []),
    (STORY + "Wakil Ketua LPSK, Budi Santoso, menyebut pelapor dijamin aman.",
     ["Lembaga Perlindungan Saksi dan Korban"], []),
    (STORY + "Komisioner KPAI mengingatkan guru agar tidak membawa murid ke kampanye.",
     ["Komisi Perlindungan Anak Indonesia"], []),
    (STORY + "Komnas Perempuan ikut memantau kampanye di daerah.",
     ["Komisi Nasional Anti Kekerasan terhadap Perempuan"], []),
    (STORY + "Badan Pangan Nasional dan Badan Karantina Indonesia (Barantin) menggelar apel netralitas pegawai.",
     ["Badan Pangan Nasional", "Badan Karantina Indonesia"], []),
    (STORY + "Apel jajaran Kemenko Kumham Imipas dipimpin Menko Kumham Imipas di Jakarta.",
     ["Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan"], []),
    (STORY + "Data itu pernah dirilis LIPI beberapa tahun lalu.", ["Lembaga Ilmu Pengetahuan Indonesia"], []),
    (STORY + "Komisi Kejaksaan meminta jaksa di daerah menjaga sikap.", ["Komisi Kejaksaan Republik Indonesia"],
     ["Kejaksaan Republik Indonesia"]),
    (STORY + "Anggota Dewan GTK, Rahmat Hidayat, ikut hadir di Istana.",
     ["Dewan Gelar, Tanda Jasa, dan Tanda Kehormatan"], []),
    (STORY + "Ketua Dewan Gelar Tanda Kehormatan (GTK) memimpin sidang calon pahlawan.",
     ["Dewan Gelar, Tanda Jasa, dan Tanda Kehormatan"], []),
    # the ministries' other short names and their ministers' short titles
    (STORY + "Juru bicara Kemlu dan pejabat Kemhan ikut hadir.", ["Kementerian Luar Negeri", "Kementerian Pertahanan"],
     []),
    (STORY + "Menimipas dan Menbud hadir bersama Menkop UKM.",
     ["Kementerian Imigrasi dan Pemasyarakatan", "Kementerian Kebudayaan",
      "Kementerian Koperasi dan Usaha Kecil dan Menengah"], []),
    (STORY + "Surat edaran Kemdiktisaintek dan KemenP2MI dibacakan.",
     ["Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Kementerian Pelindungan Pekerja Migran Indonesia"], []),
    (STORY + "Kepala BP Haji meminta pegawainya menjaga sikap.", ["Badan Penyelenggara Haji"], []),
    # negatives: the teachers' directorate, whose short name holds the same letters
    (STORY + "Dirjen GTK Kemendikbud meminta guru tidak berpihak.", [],
     ["Dewan Gelar, Tanda Jasa, dan Tanda Kehormatan"]),
    # the prosecution service itself, and a word that only holds an acronym's letters
    (STORY + "Kejaksaan Agung meminta jaksa di daerah menjaga sikap.", [],
     ["Komisi Kejaksaan Republik Indonesia"]),
    (STORY + "Massa berkumpul di lapangan kota sebelum kampanye dimulai.", [],
     ["Lembaga Penerbangan dan Antariksa Nasional"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_national_commission_is_named(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
