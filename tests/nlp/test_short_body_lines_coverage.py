"""Probe list of officials named in short lines of a story's body that pantau sets aside as headlines, links or
captions: interview labels, a quote's speaker on a line of his own, those present listed one per line (the name
first, after a comma or a hyphen), a circular's signature (with "ttd" between office and name), sub-headings, a
kicker above the lead, captions with a credit; beside lines that stay set aside (links, tags, reporters' credits,
the headline repeated). Officials are named public office holders wherever the story names them, photo captions
and lists included; reporters and editors are not."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

B = ("Rapat koordinasi pengawasan netralitas aparatur sipil negara menjelang Pilkada 2024 berlangsung di aula "
     "kantor bupati, Selasa (8/10/2024).\n")
E = "\nKegiatan berakhir menjelang sore hari."

FORMS = [
    # interview labels
    (B + "Haryono Wibisono (Ketua Bawaslu Kabupaten Banyumas):\n"
     "Pegawai harus menjaga sikap selama tahapan berjalan." + E, ["Haryono Wibisono"]),
    (B + "Tanya: Bagaimana pengawasan pegawai?\n"
     "Jawab (Kepala BKPSDM Banyumas Sutrisno Hadi): Kami memantau media sosial mereka." + E, ["Sutrisno Hadi"]),
    (B + "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono:\nKami sudah menyebar pengawas di tiap kecamatan." + E,
     ["Haryono Wibisono"]),
    (B + "Sekda Banyumas Agus Nur Hadie:\nSemua pegawai sudah kami ingatkan lewat surat." + E, ["Agus Nur Hadie"]),
    (B + "T: Apa sanksinya?\nJ (Kepala BKPSDM Banyumas, Sutrisno Hadi): Sanksinya mulai teguran tertulis." + E,
     ["Sutrisno Hadi"]),
    # attribution on its own line
    (B + "\"Netral itu kewajiban, bukan pilihan.\"\n— Ketua Bawaslu Kabupaten Banyumas, Haryono Wibisono" + E,
     ["Haryono Wibisono"]),
    (B + "\"Kami tidak segan memberi sanksi.\"\n- Kepala BKPSDM Banyumas Sutrisno Hadi" + E, ["Sutrisno Hadi"]),
    (B + "\"Pegawai jangan ikut kampanye.\"\n(Bupati Banyumas Achmad Husein)" + E, ["Achmad Husein"]),
    (B + "\"Pegawai jangan ikut kampanye.\"\n– Sekda Banyumas, Agus Nur Hadie" + E, ["Agus Nur Hadie"]),
    # byline with an office
    (B + "Oleh: Sutrisno Hadi, Kepala BKPSDM Banyumas" + E, ["Sutrisno Hadi"]),
    (B + "Penulis adalah Ketua Bawaslu Kabupaten Banyumas" + E, []),
    # list of those present
    (B + "Hadir dalam rapat tersebut:\nSekda Banyumas Agus Nur Hadie\nKapolresta Banyumas Kombes Pol Ari Wibowo\n"
     "Ketua KPU Kabupaten Banyumas Imam Arif Fauzan" + E, ["Agus Nur Hadie", "Ari Wibowo", "Imam Arif Fauzan"]),
    (B + "Peserta rapat:\nAgus Nur Hadie, Sekda Banyumas\nImam Arif Fauzan, Ketua KPU Kabupaten Banyumas" + E,
     ["Agus Nur Hadie", "Imam Arif Fauzan"]),
    (B + "Narasumber\n1. Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono\n"
     "2. Kepala BKPSDM Banyumas Sutrisno Hadi" + E, ["Haryono Wibisono", "Sutrisno Hadi"]),
    (B + "Hadir:\n- Agus Nur Hadie (Sekda Banyumas)\n- Imam Arif Fauzan (Ketua KPU Kabupaten Banyumas)" + E,
     ["Agus Nur Hadie", "Imam Arif Fauzan"]),
    (B + "Hadir\nAgus Nur Hadie - Sekda Banyumas\nSutrisno Hadi - Kepala BKPSDM Banyumas" + E,
     ["Agus Nur Hadie", "Sutrisno Hadi"]),
    # signatures under a circular
    (B + "Demikian surat edaran ini untuk dilaksanakan.\nBupati Banyumas,\nAchmad Husein", ["Achmad Husein"]),
    (B + "Ditetapkan di Purwokerto\nBupati Banyumas\nttd\nAchmad Husein", ["Achmad Husein"]),
    (B + "Demikian untuk menjadi perhatian.\nPj Bupati Banyumas,\nttd.\nHanung Cahyo Saputro",
     ["Hanung Cahyo Saputro"]),
    (B + "Demikian untuk menjadi perhatian.\nKepala BKPSDM Banyumas\nSutrisno Hadi, S.Sos., M.Si" + E,
     ["Sutrisno Hadi"]),
    # sub-headings inside the story
    (B + "Pesan Bupati\nBupati Banyumas Achmad Husein meminta pegawai tidak memihak." + E, ["Achmad Husein"]),
    (B + "Peran Bawaslu Banyumas\n"
     "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono menyebut pengawasan diperketat." + E, ["Haryono Wibisono"]),
    (B + "Sanksi Tegas Menanti\nSekda Banyumas Agus Nur Hadie menegaskan sanksi bagi pelanggar." + E,
     ["Agus Nur Hadie"]),
    # kicker first line
    ("NETRALITAS ASN\n"
     "PURWOKERTO - Bupati Banyumas Achmad Husein meminta pegawai menjaga netralitas selama Pilkada 2024 berlangsung.",
     ["Achmad Husein"]),
    ("PILKADA 2024\n"
     "Bupati Banyumas Achmad Husein meminta pegawai menjaga netralitas selama Pilkada 2024 berlangsung.",
     ["Achmad Husein"]),
    ("Netralitas ASN\n"
     "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono mengingatkan pegawai agar tidak ikut kampanye di Pilkada 2024.",
     ["Haryono Wibisono"]),
    ("Pilkada Banyumas\nSekda Banyumas Agus Nur Hadie\n"
     "PURWOKERTO - Sekda Banyumas Agus Nur Hadie meminta pegawai menjaga netralitas selama Pilkada 2024 berlangsung.",
     ["Agus Nur Hadie"]),
    # short first line that names
    ("Bupati Banyumas Achmad Husein (kanan). Foto: Humas\n"
     "PURWOKERTO - Pegawai diminta menjaga netralitas selama tahapan Pilkada 2024 berlangsung di seluruh wilayah.",
     ["Achmad Husein"]),
    # captions with a credit
    (B + "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono. (Foto: Dok. Bawaslu)" + E, ["Haryono Wibisono"]),
    (B + "Sekda Banyumas Agus Nur Hadie memberi arahan. Foto: Humas Pemkab" + E, ["Agus Nur Hadie"]),
    (B + "Bupati Banyumas Achmad Husein saat apel (Antara/Idhad Zakaria)" + E, ["Achmad Husein"]),
    (B + "Kepala BKPSDM Banyumas Sutrisno Hadi. (ist)" + E, ["Sutrisno Hadi"]),
    (B + "Kepala BKPSDM Banyumas Sutrisno Hadi/Foto: Dok" + E, ["Sutrisno Hadi"]),
    (B + "Kapolresta Banyumas Kombes Pol Ari Wibowo (foto: tribun/ari)" + E, ["Ari Wibowo"]),
    (B + "Ketua KPU Kabupaten Banyumas Imam Arif Fauzan. Dok. pribadi" + E, ["Imam Arif Fauzan"]),
    # title line with a name in the body (other forms)
    (B + "Sambutan Bupati Banyumas Achmad Husein" + E, ["Achmad Husein"]),
    (B + "Wakil Bupati Banyumas Sadewo Tri Lastiono saat memberikan pengarahan" + E, ["Sadewo Tri Lastiono"]),
    (B + "Bupati Banyumas, Achmad Husein" + E, ["Achmad Husein"]),
    (B + "Achmad Husein, Bupati Banyumas" + E, ["Achmad Husein"]),
    (B + "Ketua Bawaslu Kabupaten Banyumas\nHaryono Wibisono" + E, ["Haryono Wibisono"]),
    (B + "Kepala Kesbangpol Banyumas Setia Rahendra di ruang kerjanya" + E, ["Setia Rahendra"]),
    (B + "Kapolresta Banyumas Kombes Pol Ari Wibowo saat dikonfirmasi" + E, ["Ari Wibowo"]),
    (B + "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono saat diwawancarai wartawan" + E, ["Haryono Wibisono"]),
    (B + "Ketua Bawaslu Kabupaten Banyumas Haryono Wibisono Saat Diwawancarai" + E, ["Haryono Wibisono"]),
    (B + "Sekda Banyumas Agus Nur Hadie Usai Rapat Koordinasi" + E, ["Agus Nur Hadie"]),
    (B + "Pj Bupati Banyumas Hanung Cahyo Saputro memimpin apel" + E, ["Hanung Cahyo Saputro"]),
    # lines to stay aside
    (B + "Baca Juga: Bupati Banyumas Achmad Husein Lantik Pejabat" + E, []),
    (B + "Tags: Bupati Banyumas, Achmad Husein, netralitas ASN" + E, []),
    (B + "Penulis: Haryono Wibisono\nEditor: Agus Nur Hadie", []),
    (B + "Reporter: Sutrisno Hadi | Editor: Imam Arif Fauzan" + E, []),
    (B + "Pewarta: Haryono Wibisono\nEditor: Sutrisno Hadi" + E, []),
    (B + "Artikel Terkait\nKetua Bawaslu Banyumas Haryono Wibisono Lantik Panwascam\n"
     "Bupati Banyumas Achmad Husein Resmikan Pasar" + E, []),
    ("Bupati Banyumas Minta ASN Netral\n" + B + "Bupati Banyumas Minta ASN Netral" + E, []),
    (B + "Bupati Banyumas Achmad Husein Minta ASN Netral" + E, []),
    (B + "Editor: Haryono Wibisono" + E, []),
    (B + "Laporan wartawan: Sutrisno Hadi" + E, []),
    (B + "Sumber: Humas Pemkab Banyumas" + E, []),
    (B + "Kepala BKPSDM Banyumas Sutrisno Hadi Pimpin Rapat Netralitas" + E, []),
    (B + "Bupati Banyumas Minta ASN Netral Saat Kampanye" + E, []),
    (B + "Ketua Bawaslu Banyumas Turun Langsung Saat Apel" + E, []),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-08")


@pytest.mark.parametrize(("k", "text", "names"),
                         indexed(FORMS, lambda v: v[0].replace(B, "").replace(E, "")[:40]))
def test_officials_of_short_body_lines(analysed: list, k: int, text: str, names: list[str]) -> None:
    found = sorted(o.name for o in analysed[k].officials)
    assert found == sorted(names)
