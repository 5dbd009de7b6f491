"""The headline repeated as a whole line lower down the page, past the front matter (a caption restating it after a
few paragraphs, its credit dropped; the page's own lists naming the story again), is no prose of the story: a
directive it words is not counted again. A line that only opens with the headline's words and goes on, or one that
differs from it, is read as prose. Texts in our own words."""

from __future__ import annotations

TITLE = "Sekda Wonosari Minta ASN Harus Netral Saat Pilkada"
BODY = [
    "WONOSARI - Sekretaris Daerah Kabupaten Wonosari Budi Santoso meminta seluruh ASN menjaga netralitas pada "
    "Pilkada 2024.",
    "Permintaan itu disampaikan dalam apel pagi di halaman kantor bupati, Senin (2/9/2024).",
    "Menurut Budi, tahapan pencalonan sudah dimulai sehingga ASN perlu berhati-hati di media sosial.",
    "Apel diikuti para kepala OPD, camat dan lurah se-Kabupaten Wonosari.",
    "Budi juga menyampaikan terima kasih kepada peserta apel yang hadir tepat waktu.",
    "Kegiatan ditutup dengan doa bersama para peserta.",
    "Selain itu, pemkab menyiapkan posko pengaduan di setiap kecamatan.",
    "Posko itu akan dibuka hingga hari pemungutan suara.",
    "Warga dapat menyampaikan aduan melalui nomor yang disediakan.",
    "Pemkab juga menggandeng Bawaslu dalam sosialisasi ke desa-desa.",
]


def kinds_of(run, text: str, line: str) -> set[str]:
    low = line.lower()
    return {d.kind for d in run(text, title=TITLE).directives if d.sentence.lower().startswith(low[:40])}


def test_the_headline_again_lower_down_gives_nothing(run):
    line = "Sekda Wonosari minta ASN harus netral saat Pilkada."
    text = "\n".join([*BODY, line, "Ia berharap pilkada berjalan damai."])
    assert kinds_of(run, text, line) == set()


def test_a_line_going_on_past_the_headline_words_is_prose(run):
    line = "Sekda Wonosari minta ASN harus netral saat Pilkada dan tidak memasang foto calon di media sosial."
    text = "\n".join([*BODY, line])
    assert kinds_of(run, text, line)


def test_a_line_unlike_the_headline_is_prose(run):
    line = "Sekda juga meminta ASN harus netral saat Pilkada 2024 di Wonosari."
    text = "\n".join([*BODY, line])
    assert kinds_of(run, text, line)
