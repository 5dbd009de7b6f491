"""Probe list of penalties on civil servants the gold counts, fifth round: what the violator bears spelt with a w, as
quotes write it ("akan menerima konsekwensinya", "konsekwensinya bisa berat"), read as the word spelt with a u; "won't
doubt" to act after a condition ("jika ada ASN yang berpolitik, dewan tidak akan ragu melaporkannya ke KASN"), as "tidak
segan" threatens, where a reporting or penalty verb follows (doubting no help threatens no one); without a condition it
is a duty done and the bare "tidak ragu" a call to report; "siap-siap" (get ready) after a condition as a word of what
will follow ("kalau masih berpihak, siap-siap nanti diproses"); the processing threatened on a condition with no civil
servant named in its sentence ("Apabila terbukti melanggar, akan diproses sesuai ketentuan"), as the read gold gives
most such sentences a sanction, where a case or a file processed (before the passive, right after the active) stays
none; suspension in the bare stem after its doer ("akan langsung kita nonaktifkan", "kami nonjobkan"), where a prop or
an account named before the bare stem, as before the passive, is a thing removed ("Baliho itu sudah kami copot", "Akun
itu sudah kami nonaktifkan"); a warning recommended as the penalty ("KASN mengeluarkan rekomendasi peringatan kepada 12
ASN"). Each is the gold's majority reading on the read half where it holds such a form. Unseen outlets bring forms the
annotated items lack; each form stays covered here. Sentences are our own; all texts are analysed in one batch after a
sentence naming the civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # what the violator bears, spelt with a w
    ("ASN yang terbukti berpihak akan menerima konsekwensinya sesuai aturan.", S),
    ("Pegawai yang tidak netral siap-siap menerima konsekwensinya.", S),
    ("Kalau terbukti berkampanye, konsekwensinya bisa berat.", S),
    ("Camat yang tidak netral harus siap menanggung konsekwensi.", S),
    # "won't doubt" to act, after a condition
    ("Jika ada ASN yang berpolitik, dewan tidak akan ragu melaporkannya ke KASN.", S),
    ("Bila terbukti, bupati tak akan ragu-ragu memberikan sanksi.", S),
    ("Kalau ada lurah yang memihak, kami tak akan ragu membawanya ke Bawaslu.", S),
    ("Apabila ada pegawai yang berpihak, pemkot tidak akan ragu untuk memprosesnya.", S),
    # "siap-siap" after a condition, as what will follow
    ("Kalau masih berpihak, siap-siap nanti diproses oleh Bawaslu.", S),
    ("Jika ketahuan memasang foto calon, siap-siap ditindaklanjuti ke KASN.", S),
    ("Kalau ada yang coba-coba berkampanye, siap-siap kami proses.", S),
    # the processing threatened on a condition, whom it strikes not named
    ("Apabila terbukti melanggar, akan diproses sesuai ketentuan.", S),
    ("Jika terbukti, yang bersangkutan akan diproses sesuai ketentuan disiplin pegawai.", S),
    ("Bila didapati bukti, maka akan diproses sesuai PP 94 Tahun 2021.", S),
    # suspension in the bare stem after its doer
    ("Jika kedapatan berkampanye, camat itu akan langsung kita nonaktifkan.", S),
    ("Kalau terbukti, kepala sekolah itu kami nonjobkan.", S),
    ("Bila ada lurah yang memihak, akan saya bebastugaskan.", S),
    ("ASN yang memasang baliho calon akan kami copot dari jabatannya.", S),
    ("Camat yang ikut kampanye sudah dinonaktifkan.", S),
    # a warning recommended as the penalty
    ("KASN mengeluarkan rekomendasi peringatan kepada 12 ASN.", S),
    ("Komisi ASN memberikan rekomendasi peringatan keras kepada camat itu.", S),
    ("Bawaslu menerbitkan rekomendasi peringatan bagi dua lurah yang hadir di kampanye.", S),
    # stay as they were
    ("Akun media sosial itu sudah kami nonaktifkan.", ()),
    ("Akun media sosial itu sudah dinonaktifkan.", ()),
    ("Baliho calon itu sudah kami copot.", ()),
    ("Kami mencopot baliho calon yang dipasang di kantor desa.", ()),
    ("Jika sudah lengkap, laporan akan diproses sesuai aturan.", ()),
    ("Jika syarat formal terpenuhi, temuan itu akan diproses sesuai ketentuan.", ()),
    ("Kalau pendaftaran sudah ditutup, berkas calon akan diproses sesuai jadwal.", ()),
    ("Kalau syaratnya sudah lengkap, BKD akan memproses berkasnya.", ()),
    ("Jika dokumen sudah masuk, panitia akan memproses laporan dana kampanye calon.", ()),
    ("Jika terbukti melanggar, kami akan memproses ASN tersebut.", S),
    ("Jika sudah terdaftar, siap-siap mengikuti tahapan berikutnya.", ()),
    ("Bawaslu akan mengambil tindakan pencegahan sebelum masa kampanye.", ()),
    ("Saya tidak akan ragu menjalankan amanat ini.", ()),
    ("Jika ada ASN yang butuh pendampingan hukum, kami tidak akan ragu membantu.", ()),
    ("Kalau ada pegawai yang kesulitan mengurus berkas, kami tak akan ragu untuk turun tangan.", ()),
    ("Warga tidak akan ragu melapor jika melihat ASN berkampanye.", ()),
    ("Bupati meminta ASN tidak ragu melaporkan atasan yang mengarahkan dukungan.", ("appeal",)),
    ("Kalau semua pihak menahan diri, konsekwensinya pilkada berjalan damai.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_in_other_words_is_threatened(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
