"""A generated matrix of prohibitions for civil servants: speakers x ban cues x addressees x conducts x frames.

Officials forbid civil servants with many cues ("dilarang", "tidak boleh", "jangan", "tidak diperkenankan", "haram",
"pantang", "tidak dibenarkan", "tidak usah", a refused "bisa" or "dapat" before a conduct of the campaign: "ASN tidak
dapat menghadiri deklarasi calon"), name them by group or by title, and the story may quote them, report them after
"X menegaskan,", add "apalagi ...", a penalty, or a list after a colon; a reminder "agar jangan ..." forbids, as the
read half's gold reads it. Look-alikes give no prohibition: bans for candidates, parties or the public, bans about
the event or the weather, questions, someone else's inability ("Ketua Bawaslu tidak bisa menghadiri rapat"), a
reminder "agar tidak ..." (an appeal, as the gold reads it) and "menghindari" (none or an obligation in the gold).
Left out, as the read half's gold splits them: "tidak perlu", "tak perlu", "yang tidak bisa dilakukan ASN: ...",
and "bukan berarti ... dilarang" (a permission in the gold). The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed

P = "prohibition"
TAIL = " pada Pilkada 2024."
CONTEXT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024."

SPEAKERS: list[str] = ["Bupati Sleman Kustini Sri Purnomo", "Pj Gubernur Jawa Tengah Nana Sudjana",
                       "Sekda Bantul Agus Budiraharja", "Ketua Bawaslu Kabupaten Klaten Arif Fatkhurrohman",
                       "Kepala BKPSDM Klaten Sri Nugroho"]
CUES: list[str] = ["dilarang", "tidak boleh", "tak boleh", "jangan", "tidak diperbolehkan", "tidak diperkenankan",
                   "dilarang keras", "haram", "pantang", "tidak dibenarkan", "tidak dapat", "tak dapat", "tidak bisa",
                   "tak bisa", "tidak usah"]
ADDRESSEES: list[str] = ["ASN", "PNS", "PPPK", "tenaga honorer", "pegawai", "guru", "kepala sekolah",
                         "camat dan lurah", "seluruh jajaran", "ASN di lingkungan Pemkab Sleman", "para ASN"]
CONDUCTS: list[str] = ["ikut kampanye", "memasang alat peraga kampanye", "berfoto dengan pose jari",
                       "memberi like atau komentar pada unggahan calon", "menjadi tim sukses",
                       "mengunggah dukungan kepada calon", "menghadiri deklarasi calon", "memakai atribut partai",
                       "menggunakan fasilitas negara untuk kampanye", "menjadi pengurus partai politik",
                       "mengenakan kaos bergambar calon", "ikut serta dalam konvoi pendukung calon"]


def _cap(text: str) -> str:
    """The sentence with its first letter raised."""
    return text[0].upper() + text[1:]


def _framed(frame: str, speaker: str, whom: str, cue: str, conduct: str) -> tuple[str, bool]:
    """One ban as a story writes it, and whether it is a prohibition."""
    core = f"{whom} {cue} {conduct}"
    return {
        "plain": (_cap(core) + TAIL, True),
        "quoted": (f"\"{_cap(core)},\" kata {speaker}{TAIL}", True),
        "stressed": (f"{speaker} menegaskan, {core}{TAIL}", True),
        "even less": (f"{_cap(core)}, apalagi menjadi tim sukses{TAIL}", True),
        "penalty": (f"{speaker} mengatakan, {core}, jika melanggar akan dikenai sanksi disiplin{TAIL}", True),
        "reminded jangan": (f"{speaker} mengingatkan {whom} agar jangan {conduct}{TAIL}", True),
    }[frame]


FRAMES: list[str] = ["plain", "quoted", "stressed", "even less", "penalty", "reminded jangan"]

CASES: list[tuple[str, bool]] = (
    # every cue with every addressee, the conduct turning
    [(_cap(f"{a} {c} {CONDUCTS[k % 12]}") + TAIL, True) for k, (c, a) in enumerate(product(CUES, ADDRESSEES[1:]))]
    # every cue with every conduct
    + [(f"ASN {c} {d}{TAIL}", True) for c, d in product(CUES, CONDUCTS)]
    # every cue in every frame, speaker, addressee and conduct turning
    + [_framed(f, SPEAKERS[k % 5], ADDRESSEES[k % 11], c, CONDUCTS[k % 12])
       for k, (c, f) in enumerate(product(CUES, FRAMES))]
    # the speaker's own voice, and a list after a colon
    + [(f"Kami tegaskan, ASN {c} ikut kampanye{TAIL}", True) for c in CUES]
    + [(f"Ada beberapa hal yang {c} dilakukan ASN: ikut kampanye, memasang alat peraga, dan menjadi tim "
        f"sukses{TAIL}", True) for c in ["tidak boleh", "tak boleh", "dilarang", "tidak diperbolehkan"]]
    + [(f"Larangan bagi {a} untuk ikut kampanye calon{TAIL}", True) for a in ADDRESSEES]
    + [
        # an inability of anyone but civil servants, a reminder "agar tidak" (an appeal), avoiding (none or an
        # obligation), bans for candidates, parties, the public or the event, and questions: no prohibition
        (f"{CONTEXT} Ketua Bawaslu tidak bisa menghadiri rapat itu.", False),
        (f"{CONTEXT} Kami tidak dapat menghadiri undangan tersebut.", False),
        (f"{CONTEXT} Warga tidak bisa menggunakan fasilitas umum itu.", False),
        (f"{CONTEXT} Sekda tidak dapat memasang target karena anggaran terbatas.", False),
        (f"Bupati mengingatkan ASN agar tidak ikut kampanye{TAIL}", False),
        (f"Sekda mengingatkan para guru agar tidak memasang alat peraga kampanye{TAIL}", False),
        (f"ASN menghindari kegiatan kampanye calon{TAIL}", False),
        (f"ASN harus menghindari kegiatan kampanye calon{TAIL}", False),
        (f"Pasangan calon dilarang berkampanye di tempat ibadah{TAIL}", False),
        (f"Partai politik tidak boleh memasang alat peraga di pohon{TAIL}", False),
        (f"Masyarakat jangan mudah terprovokasi hoaks{TAIL}", False),
        (f"Tim kampanye dilarang melibatkan anak-anak{TAIL}", False),
        (f"Peserta pemilu dilarang menjanjikan uang kepada pemilih{TAIL}", False),
        (f"Kampanye tidak boleh dilakukan saat hujan deras{TAIL}", False),
        (f"Pemungutan suara tidak boleh ditunda{TAIL}", False),
        (f"Cuaca buruk tidak boleh menghalangi distribusi logistik{TAIL}", False),
        (f"Kotak suara tidak boleh dibuka sebelum waktunya{TAIL}", False),
        (f"Pemilih tidak usah khawatir soal keamanan{TAIL}", False),
        (f"Jangan lupa datang ke TPS{TAIL}", False),
        (f"Bawaslu tidak dapat memproses laporan itu karena kurang bukti{TAIL}", False),
        ("Apakah ASN boleh ikut kampanye pada Pilkada 2024?", False),
        ("Apakah ASN dilarang menghadiri kampanye pada Pilkada 2024?", False),
    ]
)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the matrix analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "banned"), indexed(CASES, lambda v: v[0][:64]))
def test_prohibition_matrix_follows_the_gold(analysed: list, k: int, text: str, banned: bool) -> None:
    assert (P in {d.kind for d in analysed[k].directives}) is banned
