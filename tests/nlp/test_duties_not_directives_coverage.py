"""Modals of duty (wajib, harus, mesti, perlu, seharusnya) that the read half's gold does not count as directives to
civil servants, after a sentence that does address them, and the forms it does count. Forms the gold splits (the
speakers' own work after "kami harus", a passive of handling a case, a thing as subject) are left out.
"""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# Duties of others: election bodies (also by the short name of the ad hoc supervisors), voters, candidates, soldiers.
OTHERS: list[str] = [
    "Panwaslu kecamatan wajib melaporkan temuan ke Bawaslu kabupaten.",
    "Panwaslu harus menyampaikan hasil pengawasannya setiap pekan.",
    "Panwaslih wajib hadir dalam rapat pleno di kabupaten.",
    "Panwas desa perlu dibekali cara menulis laporan.",
    "TNI dan Polri wajib bersikap netral dalam pilkada.",
    "Pemilih wajib membawa KTP elektronik ke TPS.",
    "Setiap paslon wajib menaati jadwal kampanye yang ditetapkan.",
    "Penyelenggara harus lebih dulu netral sebelum meminta ASN netral.",
    "Universitas juga harus berperan meningkatkan partisipasi pemilih.",
    "Anggota DPRD wajib menyerap aspirasi warga di daerah pemilihannya.",
    "Para caleg mesti melaporkan sumbangan dana kampanyenya.",
    "Tim pemenangan wajib mendaftarkan akun media sosialnya ke KPU.",
]

# What should have happened, purpose and condition clauses, definitions, a law's content told as background,
# questions, a handled case with its doer, a state of things required.
NOT_ASKED: list[str] = [
    "Semestinya kasus itu sudah selesai bulan lalu.",
    "Harusnya laporan itu diproses sejak awal pekan.",
    "Kejadian itu seharusnya tidak perlu terjadi kalau pengawasan berjalan.",
    "Imbauan bupati soal netralitas itu harus diterapkan di semua dinas.",
    "Surat edaran tersebut perlu disosialisasikan lebih luas.",
    "Kita perlu menyosialisasikan aturan ini kepada pemerintah daerah.",
    "Untuk itu harus ada pengawasan yang ketat dari semua pihak.",
    "Karena itu perlu ada sosialisasi yang lebih masif.",
    "Jika terbukti, pelanggaran itu perlu disampaikan ke Komisi ASN.",
    "Netralitas berarti tidak memihak kepada siapa pun.",
    "Dalam undang-undang disebutkan bahwa pejabat negara wajib cuti saat berkampanye.",
    "Haruskah ASN melapor kepada atasan sebelum menghadiri kampanye?",
    "Perlukah pegawai mengundurkan diri jika mencalonkan diri?",
    "Apakah pegawai wajib melapor bila diundang ke acara partai?",
    "Temuan itu perlu diusut tuntas oleh pengawas.",
    "Mestinya ada aturan turunan yang lebih rinci.",
]

# Duties of civil servants, and a duty pointed back to with "ini"/"hal itu" right after them, which the gold counts.
DUTIES: list[str] = [
    "ASN harus bersikap netral selama masa kampanye.",
    "Pegawai negeri sipil diwajibkan menjaga netralitas.",
    "Setiap ASN mesti menjaga jarak dari politik praktis.",
    "Para kepala OPD wajib memastikan pegawainya netral.",
    "ASN berkewajiban menjaga netralitas dalam pilkada.",
    "Pegawai harus menahan diri dari unggahan yang mendukung calon.",
    "ASN perlu menjaga sikap di media sosial selama pilkada.",
    "Guru yang berstatus ASN juga wajib netral.",
    "Camat dan lurah harus menjadi contoh netralitas bagi warganya.",
    "Kepala desa wajib bersikap netral dalam pilkada.",
    "Netralitas ASN wajib dijaga sampai pelantikan kepala daerah terpilih.",
    "Aparatur sipil negara diharuskan bersikap netral.",
    "Hal itu harus dipatuhi oleh semua pegawai.",
    "Ini harus dihindari oleh setiap ASN.",
    "Pegawai kontrak pun mesti menjaga sikap netral.",
    "Pejabat struktural perlu memberi contoh sikap netral.",
]

PROBES = OTHERS + NOT_ASKED


def _own(run, text: str) -> set[str]:
    """Kinds of the directives found in the probe sentence itself, after the context that addresses ASN."""
    return {d.kind for d in run(CONTEXT + text).directives if not d.sentence.startswith("Bupati mengimbau")}


@pytest.mark.parametrize("text", PROBES, ids=[t[:56] for t in PROBES])
def test_a_duty_not_laid_on_civil_servants_gives_none(run, text: str) -> None:
    assert _own(run, text) == set()


@pytest.mark.parametrize("text", DUTIES, ids=[t[:56] for t in DUTIES])
def test_a_duty_of_civil_servants_is_an_obligation(run, text: str) -> None:
    assert _own(run, text) == {"obligation"}
