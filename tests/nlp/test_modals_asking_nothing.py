"""Modals that ask nothing of civil servants, after a sentence that addresses them: the election itself as subject,
another body or group as subject, a remark of the speaker's ("Harus diakui, ..."), and the speakers' own task with
the object put first ("Politik uang harus kita lawan bersama"). Such sentences would otherwise inherit the civil
servants addressed before. On the read half the gold gives none to modal + "kita"/"kami" + bare verb in 11 sentences
of 10 outlets, an obligation in 2 (both with "netralitas" as the object, kept here as positives).
"""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# The election, its stages or its mood as the subject of the modal.
ELECTION: list[str] = [
    "Pilkada di kabupaten ini harus berlangsung aman dan damai.",
    "Pemilu tahun depan harus berjalan jujur dan adil.",
    "Pesta demokrasi lima tahunan ini harus dirayakan dengan gembira.",
    "Pilkada harus menjadi ajang adu gagasan yang sehat.",
    "Penyelenggaraan pemilu wajib dilaksanakan secara transparan.",
    "Pilkada adalah pesta rakyat yang harus disambut dengan suka cita.",
    "Pemungutan suara harus berlangsung tertib di semua TPS.",
    "Tahapan pilkada perlu dikawal bersama agar tidak ada kecurangan.",
    "Kampanye harus dilakukan dengan santun tanpa saling menghujat.",
    "Pesta demokrasi mesti berjalan tanpa gesekan antarpendukung.",
    "Pemilihan kali ini harus menghasilkan pemimpin yang amanah.",
    "Proses pilkada harus tetap berjalan meski cuaca sedang buruk.",
    "Pilkada tahun ini harus lebih baik dari sebelumnya.",
    "Pemilu memang harus dijaga dengan baik agar bermartabat.",
]

# Another body or group as the subject of the modal.
OTHERS: list[str] = [
    "KPU harus bekerja profesional dalam setiap tahapan.",
    "Bawaslu perlu memperketat pengawasan di lapangan.",
    "Penyelenggara pemilu wajib menjaga integritas lembaganya.",
    "Masyarakat harus cerdas memilih pemimpin.",
    "Partai politik wajib menyerahkan laporan dana kampanye tepat waktu.",
    "Calon kepala daerah mesti menaati aturan kampanye.",
    "Media harus menyajikan berita yang berimbang.",
    "Peserta pemilu perlu menjaga ketertiban selama kampanye.",
    "Semua elemen masyarakat harus waspada terhadap kabar bohong.",
    "Aparat keamanan wajib menjaga situasi tetap kondusif.",
    "Tim sukses harus menahan diri dari kampanye hitam.",
    "Perguruan tinggi harus berperan meningkatkan partisipasi pemilih.",
    "Pengawas TPS wajib hadir sejak pagi.",
    "Para pemilih harus datang membawa surat undangan.",
    "Pasangan calon wajib melaporkan dana kampanyenya kepada KPU.",
    "Pemerintah daerah harus mendukung anggaran penyelenggara pilkada.",
    "Relawan calon perlu memahami batas-batas kampanye.",
    "Warga harus berani menolak politik uang.",
    "Kontestan harus siap menang dan siap kalah.",
]

# The speakers, right after the modal, as the agent of an object put first; and remarks of their own.
SPEAKERS: list[str] = [
    "Ini yang harus kita waspadai bersama.",
    "Itu catatan buruk yang harus kita perbaiki bersama.",
    "Tantangan ini harus kita hadapi dengan kepala dingin.",
    "Hal itu setiap saat harus kami ingatkan kembali.",
    "Anggaran pilkada sudah ada, jadi harus kita laksanakan dengan baik.",
    "Politik uang harus kita lawan bersama-sama.",
    "Program ini perlu kami evaluasi setiap bulan.",
    "Kabar bohong menjelang pencoblosan harus kita tangkal bersama.",
    "Kondusivitas daerah wajib kita pertahankan hingga akhir.",
    "Target partisipasi itu mesti kita capai bersama.",
    "Kerawanan di daerah perbatasan perlu kita petakan sejak awal.",
    "Semua masukan warga harus kami tampung dan tindak lanjuti.",
    "Masalah logistik ini wajib kita selesaikan sebelum hari pencoblosan.",
    "Harus diakui, partisipasi pemilih di desa masih rendah.",
    "Perlu dicatat, jumlah pemilih tahun ini bertambah.",
    "Perlu diingat, anggaran pilkada sangat terbatas.",
    "Mesti diakui, sosialisasi tahun lalu belum merata.",
    "Potensi konflik antarpendukung ini perlu kita redam sejak dini.",
]

# Duties of civil servants that must stay: named as subject, or their conduct as the object put first.
DUTIES: list[str] = [
    "ASN harus netral.",
    "Seluruh pegawai wajib menjaga netralitas.",
    "Netralitas ASN harus kita jaga bersama.",
    "Spirit netralitas wajib kita junjung tinggi.",
    "ASN wajib menjaga jarak dengan semua calon.",
    "Para pegawai mesti bersikap netral selama pilkada.",
    "PNS perlu menahan diri dari unggahan politik.",
    "Kita semua sebagai ASN harus netral.",
    "Integritas sebagai abdi negara harus kita pegang teguh.",
    "Pegawai honorer juga harus netral dalam pilkada.",
]

PROBES = ELECTION + OTHERS + SPEAKERS


def _own(run, text: str) -> set[str]:
    """Kinds of the directives found in the probe sentence itself, after the context that addresses ASN."""
    return {d.kind for d in run(CONTEXT + text).directives if not d.sentence.startswith("Bupati mengimbau")}


@pytest.mark.parametrize("text", PROBES, ids=[t[:56] for t in PROBES])
def test_a_modal_that_asks_nothing_of_civil_servants_gives_none(run, text: str) -> None:
    assert _own(run, text) == set()


@pytest.mark.parametrize("text", DUTIES, ids=[t[:56] for t in DUTIES])
def test_a_duty_of_civil_servants_stays_an_obligation(run, text: str) -> None:
    assert _own(run, text) == {"obligation"}
