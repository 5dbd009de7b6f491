"""A generated matrix of directive cues x the civil servants addressed x mood markers x where the speaker stands.

The read half's directives that the rules find were taken one by one and their cue swapped for the other words of its
kind and register (the verbs of appeal active and passive, their bare stems after a speaker in the first person, the
words of ban, of duty, and the penalties named by their verb or by what is done), a marker of tense or mood put before
the cue ("akan", "kembali", "sekali lagi", "tetap", "juga"), the link to the conduct changed ("agar", "supaya",
"untuk") and the speaker moved (before the cue, after a quote with "kata", in front with "mengatakan," or "Menurut").
The sentences below are those structures in our own words. Unseen outlets bring combinations the read half lacks, so
a seeded sample (at most 400 cases, the same from run to run) stays covered here; all are analysed in one batch.
The same sentences about voters or candidates give no directive. Combinations the rules leave are strict xfails
naming their cause."""

from __future__ import annotations

import random

import pytest

# (kind, sentence with "{m}" for a marker before the cue, "{c}" for the cue and "{a}" for the addressee)
FORMS: list[tuple[str, str, list[str], list[str]]] = [
    ("appeal", "Bupati {m}{c} {a} agar menjaga netralitas selama Pilkada 2024.",
     ["mengimbau", "menghimbau", "meminta", "mengajak", "mengingatkan", "menginstruksikan", "berpesan kepada",
      "mewanti-wanti", "menganjurkan", "menekankan kepada", "menegaskan kepada"],
     ["", "kembali ", "sekali lagi ", "juga ", "akan "]),
    ("appeal", "Sekda {m}{c} {a} supaya tidak memihak pasangan calon pada Pemilu 2024.",
     ["mengimbau", "meminta", "mengingatkan", "mengajak"], ["", "kembali ", "terus "]),
    ("appeal", "{a} {m}{c} untuk tidak ikut berkampanye pada Pilkada 2024.",
     ["diimbau", "dihimbau", "diminta", "diajak", "diingatkan", "diinstruksikan", "dianjurkan"],
     ["", "kembali ", "juga ", "sekali lagi "]),
    ("appeal", "“Saya {c} {a} untuk tetap netral pada Pilkada 2024,” kata Bupati.",
     ["ajak", "imbau", "himbau", "minta", "ingatkan", "tekankan", "instruksikan", "tegaskan kepada"], [""]),
    ("appeal", "“Kami {c} {a} agar tidak terlibat politik praktis pada Pemilu 2024,” ujar Kepala BKPSDM.",
     ["ajak", "imbau", "minta", "ingatkan", "tegaskan kepada"], [""]),
    ("prohibition", "{a} {m}{c} ikut berkampanye untuk pasangan calon pada Pilkada 2024.",
     ["dilarang", "tidak boleh", "tak boleh", "jangan", "tidak diperkenankan", "tak diperkenankan",
      "tidak diperbolehkan", "haram", "dilarang keras", "tidak dibenarkan", "pantang"],
     ["", "tetap ", "juga ", "jelas ", "sangat "]),
    ("obligation", "{a} {m}{c} bersikap netral selama Pemilu 2024.",
     ["wajib", "harus", "mesti", "diwajibkan", "dituntut untuk", "berkewajiban", "diharuskan"],
     ["", "tetap ", "juga ", "tentu "]),
    ("sanction", "{a} yang terbukti tidak netral pada Pilkada 2024 {m}{c}.",
     ["dijatuhi sanksi", "dikenai sanksi", "diberi sanksi", "dijatuhi hukuman disiplin", "diberhentikan",
      "dicopot dari jabatannya", "ditunda kenaikan pangkatnya", "dibebastugaskan", "ditindak tegas"],
     ["akan ", "bisa ", "dapat ", "terancam ", "bakal "]),
]
ADDRESSEES = ["ASN", "PNS", "PPPK", "aparatur", "pegawai", "tenaga honorer", "seluruh jajaran",
              "para camat dan lurah", "ASN di lingkungan Pemkab Sleman", "seluruh aparatur sipil negara"]
NOT_ADDRESSED = ["masyarakat", "pemilih", "tim kampanye"]
FRAMES = ["plain", "kata", "mengatakan", "menurut"]
_SEED = 2027
_POSITIVE, _NEGATIVE = 340, 60


def framed(sentence: str, frame: str) -> str:
    """The sentence with its speaker moved: after a quote, in front with a speech verb or with 'Menurut'."""
    if "”" in sentence or frame == "plain":
        return sentence
    body = sentence.rstrip(".")
    low = body[0].lower() + body[1:]
    return {"kata": f"“{body},” kata Wali Kota.", "mengatakan": f"Wali Kota mengatakan, {low}.",
            "menurut": f"Menurut Wali Kota, {low}."}[frame]


def filled(form: str, cue: str, marker: str, who: str) -> str:
    """The form with its cue, marker and addressee, capitalised where it opens the sentence."""
    text = form.format(m=marker, c=cue, a=who)
    return text[0].upper() + text[1:]


def matrix() -> list[tuple[str, str, str, str, str, str]]:
    """The seeded sample: (kind or "none", cue, marker, addressee, frame, sentence)."""
    rng = random.Random(_SEED)
    positives = [(kind, form, c, m, a, f) for kind, form, cues, marks in FORMS for c in cues for m in marks
                 for a in ADDRESSEES for f in FRAMES]
    negatives = [("none", form, c, m, a, f) for kind, form, cues, marks in FORMS for c in cues for m in marks[:1]
                 for a in NOT_ADDRESSED for f in FRAMES]
    # one case of each cue first, so that every cue stays covered, then a sample of the rest
    first = {}
    for case in rng.sample(positives, len(positives)):
        first.setdefault((case[1], case[2]), case)
    rest = [c for c in positives if c not in first.values()]
    cases = list(first.values()) + rng.sample(rest, _POSITIVE - len(first)) + rng.sample(negatives, _NEGATIVE)
    return [(kind, c, m, a, f, framed(filled(form, c, m, a), f)) for kind, form, c, m, a, f in cases]


CASES = matrix()


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([c[5] for c in CASES])]


def _param(k: int, case: tuple[str, str, str, str, str, str]):
    kind, cue, marker, who, frame, text = case
    return pytest.param(k, kind, text, id=f"{kind}-{cue}-{marker.strip() or '0'}-{who}-{frame}")


@pytest.mark.parametrize(("k", "kind", "text"), [_param(k, c) for k, c in enumerate(CASES)])
def test_each_cue_with_each_marker_and_speaker_keeps_the_kind(analysed, k: int, kind: str, text: str) -> None:
    if kind == "none":
        assert not analysed[k]
    else:
        assert kind in analysed[k]


def test_matrix_stays_small_and_covers_every_cue() -> None:
    assert len(CASES) <= 400
    assert {c[1] for c in CASES if c[0] != "none"} == {c for _, _, cues, _ in FORMS for c in cues}


# The bare stem of inviting after a speaker in the first person, stressing told to whom it addresses (after
# "kepada" or as its object), and the religious word of ban alone, with conduct that holds no cue of its own (our own
# sentences); the same words about others, a fatwa on money politics, and a stem of stressing that only stresses what
# follows give no directive
FIXED: list[tuple[str, str]] = [
    ("appeal", "“Saya ajak seluruh ASN menjauhi politik praktis selama Pilkada 2024,” kata Bupati."),
    ("appeal", "“Kami ajak para PNS menolak ajakan berkampanye pada Pemilu 2024,” ujar Sekda."),
    ("appeal", "Saya ajak kepada pegawai pemkab untuk menghormati pilihan masing-masing pada Pilkada 2024."),
    ("appeal", "“Kami ajak rekan-rekan ASN fokus melayani warga selama Pilkada 2024,” tutur Camat."),
    ("appeal", "“Saya tegaskan kepada seluruh ASN untuk menjauhi kegiatan paslon pada Pilkada 2024,” kata Bupati."),
    ("appeal", "Kami tegaskan kepada para kepala OPD agar mengawasi bawahannya selama Pemilu 2024."),
    ("appeal", "Wali kota kembali menegaskan kepada PPPK untuk fokus bekerja pada Pilkada 2024."),
    ("prohibition", "ASN haram terlibat dalam tim sukses calon pada Pilkada 2024."),
    ("prohibition", "Bagi PNS, haram hukumnya dan juga haram mengunggah dukungan kepada calon pada Pemilu 2024."),
    ("prohibition", "Pegawai pemkab haram memakai mobil dinas untuk kampanye pada Pilkada 2024."),
    ("prohibition", "“Tenaga honorer juga haram berpose dengan simbol jari calon pada Pilkada 2024,” ujar Sekda."),
    # the bare stem of stressing with the civil servants as its object, then what they are to do
    ("appeal", "“Kami tegaskan ASN untuk menjauhi kegiatan kampanye pada Pilkada 2024,” ujar Sekda."),
    ("appeal", "Saya tegaskan PNS di lingkungan Pemkab Sleman agar menolak ajakan tim sukses pada Pemilu 2024."),
    ("appeal", "“Kami tegaskan kembali pegawai kecamatan supaya fokus melayani warga pada Pilkada 2024,” kata Camat."),
    ("appeal", "“Saya tegaskan jajaran pemkab untuk menghindari foto bersama calon pada Pilkada 2024,” tutur Bupati."),
    ("none", "“Saya tegaskan masyarakat untuk datang ke TPS pada Pilkada 2024,” kata Bupati."),
    ("none", "“Saya ajak masyarakat datang ke TPS pada Pilkada 2024,” kata Bupati."),
    ("none", "Kami ajak para pemilih menolak politik uang pada Pemilu 2024."),
    ("none", "Menurut ulama, politik uang haram pada Pilkada 2024."),
    ("none", "“Saya tegaskan kepada tim kampanye untuk menaati jadwal pada Pilkada 2024,” kata Ketua KPU."),
    ("none", "“Saya tegaskan kembali, pelaksanaan Pilkada 2024 di daerah ini harus aman,” kata Kapolres."),
]


@pytest.fixture(scope="module")
def fixed_found(analyse_all) -> dict[str, set[str]]:
    texts = [t for _, t in FIXED]
    return {t: {d.kind for d in a.directives} for t, a in zip(texts, analyse_all(texts))}


@pytest.mark.parametrize(("kind", "text"), FIXED, ids=[t[:50] for _, t in FIXED])
def test_bare_stems_after_the_speaker_and_the_word_of_ban(fixed_found, kind: str, text: str) -> None:
    assert fixed_found[text] == (set() if kind == "none" else {kind})


# Forms the cue swaps lose that stay left, each a strict xfail with its cause (our own sentences)
_LEFT = {
    "fronted": "a fronted adverbial without its comma before a weak cue: the civil servants read as the object of "
               "its preposition, which without the comma they may be ('di lingkungan ASN')",
    "mendesak": "'mendesak' (to urge) as a request: in the read half it is mostly said to supervisors and boards "
                "(8 none, 5 counted); as a cue it added 3 wrong directives for 2 right",
}
LEFT: list = [
    pytest.param("obligation", "Selama tahapan Pilkada 2024 ASN musti menjaga jarak dengan calon.",
                 marks=pytest.mark.xfail(strict=True, reason=_LEFT["fronted"])),
    pytest.param("prohibition", "Di dunia maya ASN tidak seharusnya menyukai unggahan calon pada Pilkada 2024.",
                 marks=pytest.mark.xfail(strict=True, reason=_LEFT["fronted"])),
    pytest.param("appeal", "Bupati mendesak ASN untuk menjauhi politik praktis pada Pilkada 2024.",
                 marks=pytest.mark.xfail(strict=True, reason=_LEFT["mendesak"])),
]


@pytest.fixture(scope="module")
def left_found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([p.values[1] for p in LEFT])]


@pytest.mark.parametrize(("k", "kind"), [pytest.param(k, p.values[0], marks=p.marks, id=p.values[1][:50])
                                         for k, p in enumerate(LEFT)])
def test_cue_swaps_left_for_now(left_found, k: int, kind: str) -> None:
    assert kind in left_found[k]
