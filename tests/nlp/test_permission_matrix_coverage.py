"""A generated matrix of leave given to civil servants: addressees x modals and cues x conducts x sentence frames.

Unseen outlets write what civil servants may do around a campaign (join it as listeners, vote, accompany a regional
head or a minister on duty, take leave to stand, like a post, befriend a candidate, watch a debate) with the plain
modals "bisa" and "dapat" as often as with "boleh"; the read half's gold gives each such leave a permission, in every
frame (plain, conditional "kalau ... silakan", bounded "asalkan", quoted, reported with "bahwa", "hanya sebagai
pendengar"). The refused, denied, asked and conditional forms stay no permission, and "bisa"/"dapat" in what a request
reports is what it asks ("meminta ASN dapat hadir"): an appeal. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed

P, B, S, A = "permission", "prohibition", "sanction", "appeal"
TAIL = " pada Pilkada 2024."

CUES: list[str] = ["boleh", "bisa", "dapat", "diperbolehkan", "diizinkan", "masih boleh", "tetap bisa", "hanya boleh",
                   "silakan", "dipersilakan", "tidak dilarang"]
CONDUCTS: list[str] = [
    "ikut kampanye", "hadir di kampanye", "datang ke kampanye", "mendengarkan visi misi calon",
    "menggunakan hak pilih", "memberikan suara di TPS", "mendampingi bupati yang berkampanye sesuai tugasnya",
    "mendampingi menteri yang berkampanye dalam tugas kedinasan", "berfoto dengan pasangan calon di acara keluarga",
    "cuti untuk mencalonkan diri", "menyukai unggahan netral", "berteman dengan calon di media sosial",
    "ikut kampanye, tetapi hanya sebagai pendengar", "hadir di kampanye hanya sebagai pendengar",
]
ADDRESSEES: list[str] = ["ASN", "PNS", "PPPK", "Pegawai", "Aparatur", "Tenaga honorer", "Pegawai pemerintah",
                         "ASN Pemkab Sleman"]

# (text, kinds the gold convention expects)
CASES: list[tuple[str, set[str]]] = (
    [(f"ASN {cue} {conduct}{TAIL}", {P}) for cue, conduct in product(CUES, CONDUCTS)]
    + [(f"{who} {cue} ikut kampanye sebagai pendengar{TAIL}", {P})
       for who, cue in product(ADDRESSEES, ["boleh", "bisa", "diperbolehkan"])]
    + [
        # frames
        (f"Kalau ASN ingin mendengarkan visi misi calon, silakan{TAIL}", {P}),
        (f"Jika pegawai mau hadir di kampanye, silakan saja, asal tanpa atribut{TAIL}", {P}),
        (f"ASN boleh hadir di kampanye asalkan tidak memakai atribut dinas{TAIL}", {P}),
        (f"ASN dilarang berkampanye, namun boleh hadir asalkan tidak memakai atribut{TAIL}", {P, B}),
        (f"\"PNS bisa ikut kampanye, tetapi hanya sebagai pendengar,\" kata Kepala BKD{TAIL}", {P}),
        (f"\"Pegawai boleh datang ke kampanye,\" kata Ketua Bawaslu{TAIL}", {P}),
        (f"Kepala BKD menjelaskan bahwa ASN boleh menghadiri kampanye sebagai pendengar{TAIL}", {P}),
        (f"Ia menjelaskan bahwa PNS bisa ikut kampanye hanya sebagai pendengar{TAIL}", {P}),
        (f"Pegawai negeri bisa ikut kampanye, tetapi hanya sebagai pendengar{TAIL}", {P}),
        (f"Menurut aturan, ASN bisa ikut kampanye kalau hanya mendengarkan{TAIL}", {P}),
        (f"ASN tetap bisa memberikan suaranya di TPS{TAIL}", {P}),
        (f"ASN bisa ikut hadir di kampanye sebagai pendengar{TAIL}", {P}),
        (f"Kalau ASN hadir di kampanye sebagai pendengar, itu boleh{TAIL}", {P}),
        (f"ASN datang ke kampanye sebagai pendengar itu tidak dilarang{TAIL}", {P}),
        (f"ASN dapat mendampingi istrinya yang maju sebagai calon bupati{TAIL}", {P}),
        (f"ASN bisa mengambil cuti di luar tanggungan negara untuk maju sebagai calon{TAIL}", {P}),
        # joining, attending, voting and watching in other words
        (f"ASN bisa ikut serta dalam kampanye sebagai pendengar{TAIL}", {P}),
        (f"PPPK dapat ikut serta dalam kampanye tanpa atribut{TAIL}", {P}),
        (f"Pegawai bisa ikut menghadiri kampanye sebagai pendengar{TAIL}", {P}),
        (f"ASN dapat turut hadir di kampanye sebagai pendengar{TAIL}", {P}),
        (f"PNS bisa turut mendengarkan visi misi para calon{TAIL}", {P}),
        (f"ASN tetap bisa ikut mencoblos di TPS{TAIL}", {P}),
        (f"Aparatur dapat ikut memilih di TPS sesuai hati nurani{TAIL}", {P}),
        (f"ASN bisa ikut memberikan suara di TPS{TAIL}", {P}),
        (f"ASN bisa menonton kampanye sebagai pendengar{TAIL}", {P}),
        (f"ASN dapat menonton debat para kandidat{TAIL}", {P}),
        (f"Pegawai bisa menyimak visi misi calon{TAIL}", {P}),
        (f"ASN hanya bisa menjadi pendengar di kampanye{TAIL}", {P}),
        (f"ASN bisa menjadi pendengar dalam kampanye calon{TAIL}", {P}),
        # the conduct put first, its event joined, the civil servants named in the sentence before
        (f"Netralitas ASN dibahas dalam rapat{TAIL} Ikut kampanye sebagai pendengar tetap boleh saja, asal tanpa "
         "atribut.", {P}),
        (f"Netralitas ASN dibahas dalam rapat{TAIL} Mengikuti kampanye itu diperbolehkan.", {P}),
        (f"Netralitas ASN dibahas dalam rapat{TAIL} Menghadiri kampanye sebagai pendengar sah-sah saja.", {P}),
        (f"Netralitas ASN dibahas dalam rapat{TAIL} Ikut kampanye itu dilarang.", {B}),
        ("Warga antusias menyambut Pilkada 2024. Ikut kampanye itu boleh saja.", set()),
        # an exception to the ban, made or denied
        (f"Ada pengecualian bagi ASN yang mendampingi kepala daerah berkampanye sesuai tugasnya{TAIL}", {P}),
        (f"Namun ada pengecualian untuk PNS yang bertugas mengawal menteri saat kampanye{TAIL}", {P}),
        (f"Pengecualian diberikan kepada pegawai yang mendampingi bupati dalam tugas kedinasan{TAIL}", {P}),
        (f"Tidak ada pengecualian bagi ASN yang melanggar netralitas{TAIL}", set()),
        (f"Bupati menegaskan tidak akan ada pengecualian bagi ASN yang terbukti berkampanye{TAIL}", set()),
        ("Apakah ada pengecualian bagi ASN yang mendampingi kepala daerah berkampanye pada Pilkada 2024?", set()),
        # refused, denied, asked, or about someone else: no leave
        (f"ASN tidak boleh ikut kampanye{TAIL}", {B}),
        (f"ASN tidak bisa ikut kampanye{TAIL}", {B}),
        (f"Pegawai tak boleh mendampingi calon berkampanye{TAIL}", {B}),
        (f"ASN tidak diperbolehkan berfoto dengan pasangan calon{TAIL}", {B}),
        (f"Bukan berarti ASN boleh ikut kampanye{TAIL}", set()),
        # a leave only believed forbids nothing either, and a ban denied ("tidak haram") gives leave
        (f"Jangan mengira pegawai boleh ikut kampanye{TAIL}", set()),
        (f"Jangan dikira PPPK boleh hadir di kampanye{TAIL}", set()),
        (f"ASN tidak haram hadir di kampanye sebagai pendengar{TAIL}", {P}),
        # the speaker's own invitation after a ban in the same sentence is an appeal of its own
        (f"ASN tidak boleh berpolitik praktis, karena itu saya ajak seluruh ASN menjaga netralitas{TAIL}", {B, A}),
        (f"ASN boleh memilih, tetapi dilarang ikut kampanye{TAIL}", {P, B}),
        ("Apakah ASN bisa ikut kampanye pada Pilkada 2024?", set()),
        ("Bisakah PNS hadir di kampanye pada Pilkada 2024?", set()),
        (f"Jika ASN ikut kampanye, mereka bisa dipecat{TAIL}", {S}),
        (f"Masyarakat bisa ikut kampanye{TAIL}", set()),
        (f"Pemilih yang sakit bisa memberikan suaranya di rumah sakit{TAIL}", set()),
        (f"ASN bisa terseret politik praktis{TAIL}", set()),
        # leave that does not follow, said to be untrue, or only believed
        (f"ASN tidak serta-merta boleh ikut kampanye{TAIL}", set()),
        (f"Pegawai tidak lantas boleh hadir di kampanye{TAIL}", set()),
        (f"Tidak benar ASN boleh ikut kampanye{TAIL}", set()),
        (f"Siapa bilang PNS boleh datang ke kampanye{TAIL}", set()),
        (f"Masih ada ASN yang mengira boleh ikut kampanye{TAIL}", set()),
        (f"Pegawai keliru jika merasa boleh memakai atribut calon{TAIL}", set()),
        # help given to civil servants, or leave of another kind: no leave of theirs in an election
        (f"Tim hukum BKD dapat mendampingi ASN yang diperiksa Bawaslu{TAIL}", set()),
        (f"ASN yang hamil bisa cuti melahirkan{TAIL}", set()),
        (f"Masyarakat dapat menyimak debat calon di televisi{TAIL}", set()),
        (f"Pemilih bisa ikut mencoblos di TPS mana saja{TAIL}", set()),
        (f"Kepala BKD bisa menjadi pendengar yang baik bagi ASN{TAIL}", set()),
        # what a request asks: an appeal ("boleh" reported stays leave)
        (f"Bupati meminta ASN dapat hadir dalam upacara hari jadi kabupaten{TAIL}", {A}),
        (f"ASN diharapkan dapat turut hadir dalam apel netralitas{TAIL}", {A}),
        (f"Kami berharap ASN bisa ikut memilih di TPS agar partisipasi tinggi{TAIL}", {A}),
        (f"Sekda mengimbau pegawai dapat menggunakan hak pilihnya dengan bijak{TAIL}", {A}),
        (f"Bupati mengingatkan ASN boleh memilih tetapi dilarang berkampanye{TAIL}", {P, B}),
    ]
)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the matrix analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][:64]))
def test_leave_matrix_gives_the_gold_kinds(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
