"""A generated matrix of penalties by whom they strike: the penalty (a verb of the PP 94/2021 catalogue, a legal
process, a post lost) x a modal ("akan", "bisa", "terancam", "siap-siap", "langsung" ...) x the addressee (civil
servants, "pegawai", "oknum", "yang bersangkutan", "pelanggar", "mereka", a village head, an honorary worker, a
camat, a PPPK) x a condition before it, after it ("..., jika terbukti") or none; and penalties reported as given to
someone the sentence before names, by a pronoun or a phrase pointing back, or by the penalty alone. Forms the gold of
the read half splits are left out (a case forwarded to KASN or BKN, "akan diproses" alone, the forms of a penalty
spelt out right after it). Where a raise is put off with the possessive first ("Kenaikan pangkatnya ditunda"), a
demotion is named by its step alone ("diturunkan satu tingkat"), a post is barred for a term, or a legal process is
spelt out ("diproses secara hukum"), the gold counts a penalty. A modal before the penalty in the passive ("harus
segera ditindak", "wajib dicopot", "perlu di berikan sangsi") threatens it and asks no conduct, as the gold reads
it: a sanction alone, no obligation. A follow-up said to be sure or immediate after a condition naming a violator
("Kalau ada ASN yang melanggar, pasti kita proses") is left unread: read as a threat, it gave a wrong sanction on the
unread half and found none; after a report or a finding it handles a case, and a call to report stays a call
("langsung laporkan ke Bawaslu"). The bare verb "tindak" after its doer ("Tentu kita tindak", "ASN yang kami tindak")
takes action as "kami pecat" does, while the split follow-up ("kami tindak lanjuti") stays one that threatens only
on a condition. A penalty avoided, feared or kept off as the purpose of something else ("agar ASN terhindar dari
sanksi", "melindungi mereka dari ancaman sanksi", "tanpa takut akan sanksi", "untuk menghindari hukuman") threatens no
one, as the gold of the read half reads it four times out of five. An enforcer asked to act firmly with no civil servant
after it in its clause ("Kami harap Bawaslu bertindak tegas atas laporan ini agar ASN netral") is asked to enforce,
no penalty threatened; with civil servants after it ("meminta Bawaslu menindak tegas ASN yang ...", "... apabila ada
ASN yang berkampanye") the penalty is for them. Unseen outlets bring combinations the read half
lacks, so a seeded sample stays covered here. Sentences are our own; all texts are analysed in one batch and only
the last sentence's directives are checked."""

from __future__ import annotations

import itertools
import random

import pytest

from tests.nlp.probes import by_group, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN dan kepala desa agar netral pada Pilkada 2024."

PENALTIES = ["ditindak tegas", "diberi teguran tertulis", "dijatuhi hukuman disiplin berat",
             "ditunda kenaikan pangkatnya", "diturunkan pangkatnya", "diberhentikan dengan tidak hormat", "dipecat",
             "dijerat pidana",
             "ditindak sesuai ketentuan kepegawaian", "dikenai sanksi disiplin", "dipotong tunjangannya",
             "dicopot dari jabatannya", "dinonjobkan", "mendapat sanksi berat", "diganjar hukuman disiplin",
             "dikenai penurunan pangkat", "dikenai penundaan kenaikan gaji berkala", "dibebaskan dari jabatannya",
             "diproses secara hukum", "diturunkan satu tingkat"]
MODALS = ["akan ", "bisa ", "dapat ", "terancam ", "bakal ", "pasti ", "siap-siap ", "tentu akan ", "langsung "]
ADDRESSEES = ["ASN yang berkampanye", "pegawai yang tidak netral", "oknum ASN yang terlibat", "yang bersangkutan",
              "pelanggar", "kepala desa yang berpihak", "tenaga honorer yang ikut kampanye", "mereka",
              "camat yang memihak", "guru PNS yang berpose dengan calon", "PPPK yang berkampanye"]
BEFORE = ["", "Jika terbukti melanggar, ", "Apabila terbukti tidak netral, ", "Kalau ketahuan, ", "Bila terbukti, "]
AFTER = ["", " jika terbukti melanggar", " apabila terbukti", " kalau terbukti berpihak", " bila kedapatan berkampanye"]
_SEED = 2031
_SAMPLE = 240


def matrix() -> list[str]:
    """Every penalty x modal x addressee with a condition drawn before, after or none; a seeded sample of them that
    keeps every penalty at least once."""
    rng = random.Random(_SEED)
    cases = []
    for pen, mod, who in itertools.product(PENALTIES, MODALS, ADDRESSEES):
        before = rng.choice(BEFORE)
        after = "" if before else rng.choice(AFTER)
        text = f"{before}{who if before else who[0].upper() + who[1:]} {mod}{pen}{after}."
        cases.append((pen, text[0].upper() + text[1:]))
    rng.shuffle(cases)
    first: dict[str, str] = {}
    for pen, text in cases:
        first.setdefault(pen, text)
    rest = [text for _, text in cases if text not in first.values()]
    return list(first.values()) + rest[:_SAMPLE - len(first)]


MATRIX = matrix()

CAMAT = "Seorang camat di Kabupaten Demak terbukti hadir di deklarasi calon pada Pilkada 2024."
GURU = "Dua guru PNS di Kota Blitar kedapatan berfoto dengan calon pada Pilkada 2024."

# (sentence naming whom, the penalty reported or threatened after it)
CARRIED: list[tuple[str, str]] = [
    # a raise or a promotion put off with the possessive first, a post barred for a term
    (CAMAT, "Kenaikan pangkatnya ditunda."),
    (CAMAT, "Gaji berkalanya ditunda selama setahun."),
    (GURU, "Kenaikan gajinya ditunda dua tahun."),
    (CAMAT, "Ia tidak dapat menduduki jabatan selama 12 bulan."),
    (GURU, "Keduanya tidak bisa menduduki jabatan selama setahun."),
    # the demotion by its step alone
    (GURU, "Jika tidak patuh, mereka akan diturunkan satu tingkat."),
    (CAMAT, "Camat itu diturunkan satu tingkat dari jabatannya."),
    # a legal process spelt out
    (GURU, "Kalau terbukti, keduanya bisa diproses secara hukum."),
    # reported as given, by a pronoun or a phrase pointing back
    (CAMAT, "Yang bersangkutan sudah diberi teguran oleh bupati."),
    (CAMAT, "Ia akhirnya dijatuhi hukuman disiplin sedang."),
    (GURU, "Keduanya ditunda kenaikan pangkatnya selama setahun."),
    (GURU, "Mereka dijatuhi sanksi berupa pemotongan TPP."),
    (CAMAT, "Oknum tersebut mendapat teguran keras dari bupati."),
    (CAMAT, "Pegawai itu dijatuhi sanksi pernyataan tidak puas."),
    # the penalty alone
    (CAMAT, "Penurunan pangkat menanti."),
    (CAMAT, "Pemberhentian menanti."),
    (GURU, "Penundaan kenaikan gaji berkala sudah dijatuhkan."),
    (GURU, "Sanksinya penundaan kenaikan pangkat selama setahun."),
    (CAMAT, "Ancamannya pemberhentian dengan tidak hormat."),
]

NO_PENALTY: list[tuple[str, str]] = [
    (CAMAT, "Pelantikan pejabat baru ditunda sampai pilkada usai."),
    (CAMAT, "Rapat evaluasi itu ditunda hingga pekan depan."),
    ("Pj Bupati melantik tiga kepala dinas pada Pilkada 2024.", "Mereka akan menduduki jabatan selama dua tahun."),
]


# A modal before the penalty in the passive, with what it may skip ("segera") and the prefix written apart.
MODAL_PASSIVE: list[str] = [
    "ASN yang berkampanye wajib dicopot dari jabatannya.",
    "Jika terbukti melanggar, mereka wajib ditindak tegas.",
    "Sikap tidak netral itu tidak bisa ditoleransi dan harus segera ditindak oleh pejabat berwenang.",
    "Kedua camat tersebut perlu di berikan sangsi tegas.",
    "Maka kedua pejabat ini harus dinonaktifkan dari jabatan untuk sementara.",
    "Kepala desa yang berpihak mesti dipecat.",
    "Apabila terbukti, yang bersangkutan wajib diberhentikan dengan tidak hormat.",
    "Pegawai yang memihak harus segera diberi sanksi.",
]

# ... while a modal before something else done to civil servants stays an obligation
MODAL_OTHER: list[str] = [
    "ASN harus di kantor selama jam kerja.",
    "Pegawai harus diberi pemahaman tentang netralitas.",
    "Camat wajib didampingi sekretaris kecamatan saat rapat.",
]


# A sure or immediate follow-up on a violator, and the doer's own before the condition.
SURE: list[str] = [
    "Kalau ada pegawai yang berkampanye, pasti kami proses.",
    "Jika ada yang coba-coba berpihak langsung kita proses.",
    "Apabila ada ASN yang ikut deklarasi calon, tentu kami tindaklanjuti.",
    "Kami proses kalau ada camat yang tidak netral.",
    "Saya proses jika ada pegawai yang memihak.",
]

# ... but a report's or a finding's follow-up, and a call to report, threaten no one.
NOT_SURE: list[str] = [
    "Kalau ada laporan dari warga, pasti kami proses.",
    "Jika ada temuan di lapangan, langsung kami tindaklanjuti.",
    "Kita proses kalau ada aduan masyarakat.",
    "Kalau melihat ASN berkampanye, langsung laporkan ke Bawaslu.",
]


# The bare verb "tindak" after its doer ...
DOER_ACTS: list[str] = [
    "Pasti kita tindak.",
    "Kalau terbukti, tentu kami tindak.",
    "Kalau ada yang berpihak, langsung saya tindak.",
    "Sudah ada dua ASN yang kami tindak karena berkampanye.",
]

# ... but the split follow-up with no condition stays none.
DOER_FOLLOWS_UP: list[str] = [
    "Rekomendasi Bawaslu itu pasti saya tindak lanjuti.",
    "Laporan itu sudah kami tindak lanjuti dengan klarifikasi.",
]


# A penalty avoided, feared or kept off.
AVOIDED: list[str] = [
    "Pembekalan itu dimaksudkan agar para PNS terhindar dari sanksi disiplin.",
    "Sosialisasi ini melindungi pegawai dari ancaman sanksi disiplin.",
    "Sebagian pegawai terang-terangan berkampanye tanpa takut akan sanksi.",
    "Guru diminta menjaga netralitas untuk menghindari hukuman.",
]


# An enforcer asked to act firmly, against no civil servant named ...
ENFORCER_ASKED: list[str] = [
    "Kami harap Bawaslu bisa bertindak tegas atas laporan ini agar ASN tetap netral.",
    "Karena itu Bawaslu harus segera menyelidiki dan mengambil tindakan tegas terkait temuan tersebut.",
    "Warga mendorong Gakkumdu untuk berani bertindak tegas sesuai kewenangannya.",
    "Kami harap Bawaslu bisa menindak tegas atas laporan ini.",
]

# ... and against civil servants named after it.
ENFORCER_AGAINST: list[str] = [
    "Ia berharap Bawaslu menindak tegas ASN yang terlibat politik praktis.",
    "Kami meminta Bawaslu mengambil tindakan tegas terhadap ASN yang berkampanye.",
    "Saya meminta Bawaslu untuk menindak tegas apabila ada ASN yang berkampanye.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, list]:
    """Every probe analysed in one call, by list."""
    groups = {"matrix": [f"{CONTEXT} {t}" for t in MATRIX], "carried": [f"{a} {b}" for a, b in CARRIED],
              "no_penalty": [f"{a} {b}" for a, b in NO_PENALTY]}
    after_context = {"modal_passive": MODAL_PASSIVE, "modal_other": MODAL_OTHER, "sure": SURE, "not_sure": NOT_SURE,
                     "doer_acts": DOER_ACTS, "doer_follows_up": DOER_FOLLOWS_UP, "avoided": AVOIDED,
                     "enforcer_asked": ENFORCER_ASKED, "enforcer_against": ENFORCER_AGAINST}
    groups |= {name: [f"{CONTEXT} {t}" for t in texts] for name, texts in after_context.items()}
    return by_group(analyse_all, groups, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(MATRIX)), ids=[t[:56] for t in MATRIX])
def test_each_penalty_of_the_matrix_is_a_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["matrix"][k], MATRIX[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(CARRIED)), ids=[b[:48] for _, b in CARRIED])
def test_each_penalty_after_whom_it_strikes_is_a_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["carried"][k], CARRIED[k][1]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NO_PENALTY)), ids=[b[:48] for _, b in NO_PENALTY])
def test_things_put_off_or_posts_held_are_no_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["no_penalty"][k], NO_PENALTY[k][1]) == set()


@pytest.mark.parametrize("k", range(len(MODAL_PASSIVE)), ids=[t[:48] for t in MODAL_PASSIVE])
def test_a_modal_before_a_passive_penalty_is_a_sanction_alone(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["modal_passive"][k], MODAL_PASSIVE[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(MODAL_OTHER)), ids=[t[:48] for t in MODAL_OTHER])
def test_a_modal_before_something_else_done_stays_an_obligation(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["modal_other"][k], MODAL_OTHER[k]) == {"obligation"}


@pytest.mark.xfail(strict=True, reason="a sure follow-up read as a threat gave a wrong sanction on the unread half")
@pytest.mark.parametrize("k", range(len(SURE)), ids=[t[:48] for t in SURE])
def test_a_sure_follow_up_on_a_violator_is_a_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["sure"][k], SURE[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NOT_SURE)), ids=[t[:48] for t in NOT_SURE])
def test_a_reports_follow_up_or_a_call_to_report_is_no_sanction(analysed: dict, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed["not_sure"][k], NOT_SURE[k])


@pytest.mark.parametrize("k", range(len(DOER_ACTS)), ids=[t[:48] for t in DOER_ACTS])
def test_the_bare_verb_after_its_doer_is_a_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["doer_acts"][k], DOER_ACTS[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(DOER_FOLLOWS_UP)), ids=[t[:48] for t in DOER_FOLLOWS_UP])
def test_the_split_follow_up_without_a_condition_is_no_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["doer_follows_up"][k], DOER_FOLLOWS_UP[k]) == set()


@pytest.mark.parametrize("k", range(len(AVOIDED)), ids=[t[:48] for t in AVOIDED])
def test_a_penalty_avoided_or_feared_is_no_sanction(analysed: dict, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed["avoided"][k], AVOIDED[k])


@pytest.mark.parametrize("k", range(len(ENFORCER_ASKED)), ids=[t[:48] for t in ENFORCER_ASKED])
def test_an_enforcer_asked_to_act_firmly_is_no_sanction(analysed: dict, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed["enforcer_asked"][k], ENFORCER_ASKED[k])


@pytest.mark.parametrize("k", range(len(ENFORCER_AGAINST)), ids=[t[:48] for t in ENFORCER_AGAINST])
def test_an_enforcer_asked_to_act_against_civil_servants_is_a_sanction(analysed: dict, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed["enforcer_against"][k], ENFORCER_AGAINST[k])
