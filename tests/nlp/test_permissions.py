"""Permission coverage: the conducts the joint decree on ASN neutrality (SKB 2022) and regional circulars let
civil servants do in an election, one sentence per form reporters write them in.

Unseen outlets paraphrase the same leave in many ways (voting, attending a campaign as a listener, family events,
official duties, standing for office on resigning, a ban denied); each form stays covered here, and the forms that
forbid or ask stay no permission.
"""

from __future__ import annotations

import pytest

PERMITTED: list[str] = [
    "ASN tetap boleh menggunakan hak pilihnya pada Pilkada 2024.",
    "ASN tetap dapat menggunakan hak pilihnya di TPS pada Pemilu 2024.",
    "ASN tetap bisa menggunakan hak pilih pada Pilkada 2024.",
    "Bagi ASN, silakan mencoblos di TPS pada Pilkada 2024.",
    "ASN silakan mencoblos calon pilihannya di bilik suara pada Pilkada 2024.",
    "ASN boleh menyalurkan hak pilihnya di TPS pada Pemilu 2024.",
    "ASN boleh mencoblos sesuai hati nurani pada Pilkada 2024.",
    "ASN dipersilakan mencoblos di TPS masing-masing pada Pilkada 2024.",
    "ASN boleh hadir dalam kampanye asal tidak memakai atribut pada Pilkada 2024.",
    "ASN boleh menghadiri kampanye asalkan tidak mengenakan atribut partai dalam Pemilu 2024.",
    "ASN diperkenankan mengikuti kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN diperbolehkan menghadiri kampanye sebagai peserta pasif pada Pilkada 2024.",
    "ASN dapat hadir dalam kampanye sebagai pendengar tanpa atribut pada Pemilu 2024.",
    "ASN bisa datang ke kampanye untuk mendengarkan visi misi calon pada Pilkada 2024.",
    "ASN diizinkan mendengarkan kampanye calon tanpa memakai atribut pada Pilkada 2024.",
    "ASN boleh ikut kampanye sebagai pendengar dalam Pilkada 2024.",
    "ASN boleh berfoto bersama calon bupati dalam acara keluarga pada Pilkada 2024.",
    "ASN boleh menghadiri pernikahan kerabat yang menjadi calon bupati pada Pilkada 2024.",
    "ASN diperbolehkan hadir di acara keluarga calon kepala daerah selama Pilkada 2024.",
    "ASN boleh difoto bersama calon selama tidak menunjukkan simbol keberpihakan pada Pemilu 2024.",
    "ASN boleh menerima informasi tentang visi misi calon pada Pilkada 2024.",
    "ASN diperbolehkan menerima pesan kampanye di media sosial tanpa menanggapinya pada Pemilu 2024.",
    "ASN boleh menyukai unggahan yang netral di media sosial pada Pilkada 2024.",
    "ASN boleh memberi tanda suka pada unggahan informasi pemilu yang netral dalam Pemilu 2024.",
    "ASN boleh bertemu calon dalam rangka tugas kedinasan pada Pilkada 2024.",
    "ASN diperbolehkan menghadiri acara yang dihadiri calon dalam rangka tugas resmi pada Pilkada 2024.",
    "Pegawai honorer boleh ikut kampanye karena bukan ASN dalam Pilkada 2024.",
    "ASN boleh mencalonkan diri asal mengundurkan diri dari ASN pada Pilkada 2024.",
    "ASN diperbolehkan maju sebagai calon bupati setelah mengundurkan diri dalam Pilkada 2024.",
    "ASN boleh mendaftar sebagai calon legislatif asalkan mundur dari jabatannya pada Pemilu 2024.",
    "ASN dapat mencalonkan diri dengan syarat mengundurkan diri pada Pilkada 2024.",
    "ASN tidak dilarang menggunakan hak pilihnya pada Pilkada 2024.",
    "Tidak ada larangan bagi ASN untuk menggunakan hak pilih dalam Pemilu 2024.",
    "Tidak ada larangan bagi ASN untuk menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN tak dilarang mendengarkan debat calon pada Pilkada 2024.",
    "ASN tidak dilarang berfoto dengan calon asal tanpa gaya jari pada Pemilu 2024.",
    "Tak ada larangan bagi ASN untuk hadir di kampanye tanpa atribut pada Pilkada 2024.",
    "ASN tetap diperbolehkan memilih calon sesuai hati nurani pada Pilkada 2024.",
    "ASN dibolehkan menonton debat kandidat pada Pilkada 2024.",
    "ASN diijinkan menghadiri kampanye sebagai pendengar pada Pemilu 2024.",
    "ASN masih boleh menghadiri kampanye tanpa atribut pada Pilkada 2024.",
    "ASN boleh-boleh saja datang ke kampanye sebagai pendengar pada Pilkada 2024.",
    "Bagi ASN, hadir di kampanye sebagai pendengar sah-sah saja dalam Pemilu 2024.",
    "ASN tidak apa-apa menghadiri kampanye tanpa atribut pada Pilkada 2024.",
    "ASN tidak masalah berfoto dengan calon dalam acara keluarga pada Pilkada 2024.",
    "Mendagri memperbolehkan ASN menghadiri kampanye pada Pemilu 2024.",
    "KASN membolehkan ASN hadir dalam kampanye sebagai pendengar pada Pilkada 2024.",
    "Bupati mengizinkan ASN menghadiri kampanye tanpa atribut pada Pilkada 2024.",
    "Bupati mempersilakan ASN menggunakan hak pilihnya pada Pilkada 2024.",
    "ASN bebas menentukan pilihannya di bilik suara pada Pilkada 2024.",
    "ASN diberi kebebasan untuk memilih calon sesuai hati nurani pada Pemilu 2024.",
    "ASN bisa menyalurkan aspirasi politiknya di bilik suara pada Pilkada 2024.",
    "ASN dapat menggunakan hak pilihnya di TPS pada Pilkada 2024.",
    "ASN dapat mengikuti kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN bisa menghadiri kampanye tanpa memakai atribut pada Pilkada 2024.",
    "ASN silahkan menggunakan hak pilih di TPS pada Pilkada 2024.",
    "ASN tidak dilarang menghadiri acara keluarga calon pada Pilkada 2024.",
    "ASN diperbolehkan mengambil cuti untuk maju sebagai calon kepala daerah pada Pilkada 2024.",
    "ASN boleh saja menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN boleh kok datang ke kampanye asal tanpa atribut pada Pilkada 2024.",
    "ASN boleh aja mendengarkan visi misi calon pada Pilkada 2024.",
    "ASN nggak apa-apa hadir di kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN dipersilakan hadir di kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN dipersilahkan datang ke kampanye tanpa atribut pada Pilkada 2024.",
    "ASN silakan hadir di kampanye asal tidak memakai atribut pada Pilkada 2024.",
    "ASN silahkan datang ke kampanye untuk mendengarkan visi misi pada Pilkada 2024.",
    "ASN tetap diizinkan menggunakan hak pilihnya pada Pilkada 2024.",
    "ASN tetap dipersilakan memilih di TPS pada Pilkada 2024.",
    "ASN hanya boleh menyalurkan pilihan politiknya di bilik suara pada Pilkada 2024.",
    "ASN hanya diperbolehkan hadir sebagai pendengar dalam kampanye Pilkada 2024.",
    "ASN hanya diperkenankan mendengarkan visi misi calon pada Pilkada 2024.",
    "ASN diperbolehkan saja menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN dibolehkan mengikuti kampanye asalkan tidak memakai seragam dinas pada Pilkada 2024.",
    "ASN diperkenankan untuk hadir dalam kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN diizinkan untuk mengikuti kampanye tanpa atribut pada Pilkada 2024.",
    "ASN diperbolehkan untuk menggunakan hak pilihnya di TPS pada Pilkada 2024.",
    "ASN dapat menyaksikan debat calon di televisi pada Pilkada 2024.",
    "ASN bisa mendengarkan visi misi calon tanpa memakai atribut pada Pilkada 2024.",
    "Para pegawai boleh menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "PNS diperbolehkan menghadiri kampanye tanpa atribut pada Pilkada 2024.",
    "Aparatur sipil negara boleh menggunakan hak pilihnya di TPS pada Pilkada 2024.",
    "Pegawai negeri sipil diperkenankan hadir di kampanye sebagai pendengar pada Pemilu 2024.",
    "PPPK boleh menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "Tidak ada larangan bagi PNS untuk hadir dalam kampanye sebagai pendengar pada Pilkada 2024.",
    "ASN tidak pernah dilarang menggunakan hak pilihnya pada Pilkada 2024.",
    "ASN tak dilarang menghadiri acara keluarga calon bupati pada Pilkada 2024.",
    "Tidak ada aturan yang melarang ASN menghadiri kampanye sebagai pendengar pada Pilkada 2024.",
    "Tak ada aturan yang melarang ASN mendengarkan visi misi calon pada Pilkada 2024.",
    "Tidak ada larangan ASN hadir di kampanye sebagai pendengar pada Pilkada 2024.",
    "Aturan tidak melarang ASN menghadiri kampanye tanpa atribut pada Pilkada 2024.",
    "Undang-undang tidak melarang ASN mendengarkan visi misi calon pada Pilkada 2024.",
    "ASN yang mencalonkan diri boleh berkampanye setelah resmi mengundurkan diri dalam Pilkada 2024.",
    "ASN sah-sah saja berfoto dengan calon di acara keluarga pada Pilkada 2024.",
    "ASN boleh menonton kampanye dari jauh pada Pilkada 2024.",
    "ASN boleh berkomunikasi dengan calon dalam urusan dinas selama Pilkada 2024.",
    "ASN tidak apa-apa menerima kalender calon asal tidak menyebarkannya pada Pilkada 2024.",
    "Kalau hanya mendengarkan visi misi, ASN boleh hadir di kampanye Pilkada 2024.",
    "Sekadar hadir sebagai pendengar, ASN diperbolehkan dalam kampanye Pilkada 2024.",
    "Menurut Bawaslu, ASN boleh menghadiri kampanye asal tidak berseragam pada Pilkada 2024.",
    "ASN dipersilakan menentukan pilihannya secara rahasia di bilik suara pada Pilkada 2024.",
]

NOT_PERMITTED: list[tuple[set[str], str]] = [
    ({"prohibition"}, "ASN tidak boleh menghadiri kampanye pada Pilkada 2024."),
    ({"prohibition"}, "Tidak ada ASN yang boleh ikut kampanye pada Pilkada 2024."),
    ({"prohibition"}, "Di kantor tidak ada pegawai yang boleh memakai atribut calon selama Pilkada 2024."),
    (set(), "Bukan berarti ASN boleh berkampanye dalam Pilkada 2024."),
    (set(), "Apakah ASN boleh menghadiri kampanye pada Pilkada 2024?"),
    (set(), "Apakah ASN boleh berfoto dengan calon pada Pemilu 2024?"),
    ({"prohibition"}, "ASN tak diperbolehkan menghadiri kampanye pada Pilkada 2024."),
    ({"prohibition"}, "ASN tidak diperkenankan mengikuti kampanye pada Pemilu 2024."),
    (set(), "Bukan berarti ASN diperbolehkan ikut kampanye dalam Pilkada 2024."),
    ({"prohibition"}, "ASN tidak diizinkan ikut kampanye dalam Pilkada 2024."),
    (set(), "Bolehkah ASN hadir dalam kampanye pada Pilkada 2024?"),
]


@pytest.mark.parametrize("text", PERMITTED, ids=[t[:56] for t in PERMITTED])
def test_each_permitted_conduct_is_a_permission(run, text: str) -> None:
    assert {d.kind for d in run(text).directives} == {"permission"}


@pytest.mark.parametrize(("kinds", "text"), NOT_PERMITTED, ids=[t[:56] for _, t in NOT_PERMITTED])
def test_refused_denied_or_asked_leave_is_no_permission(run, kinds: set[str], text: str) -> None:
    """'tidak boleh', 'tidak ada yang boleh' forbid; 'bukan berarti boleh' and a question give no leave."""
    assert {d.kind for d in run(text).directives} == kinds
