"""Probe list of the local short forms of regencies and cities in Kalimantan, Sulawesi, Maluku, Maluku Utara and the
Papua provinces written right after a regional head's or secretary's title, with the holder's name after it
("Bupati Pultab, X, ..."; "Pj Bupati Matra X mengatakan ..."). The form is the regency, never the holder's name: an
unknown short form after a title would be read as a one-word name. Forms already probed after a title elsewhere
(Gumas, Mura, Mahulu, Sitaro, Sidrap, Bintuni, Pegubin, Mamteng) are left out. Each sentence is our own words;
the new forms (Pultab, Mambra, Lany Jaya, Tambraw, Matra, Tojo Una Una, Tojo Unauna, Kabgor, Tikep) were each found
after such words or as the place's name in local outlets. All are analysed in one batch."""

from __future__ import annotations

import pytest

# (short form, title before it, canonical government)
FORMS: list[tuple[str, str, str]] = [
    # Kalimantan
    ("KKU", "Bupati", "Pemerintah Kabupaten Kayong Utara"),
    ("Kobar", "Wakil Bupati", "Pemerintah Kabupaten Kotawaringin Barat"),
    ("Kotim", "Sekda", "Pemerintah Kabupaten Kotawaringin Timur"),
    ("Barsel", "Pj Bupati", "Pemerintah Kabupaten Barito Selatan"),
    ("Barut", "Bupati", "Pemerintah Kabupaten Barito Utara"),
    ("Pulpis", "Bupati", "Pemerintah Kabupaten Pulang Pisau"),
    ("Bartim", "Plt Bupati", "Pemerintah Kabupaten Barito Timur"),
    ("Palangkaraya", "Wali Kota", "Pemerintah Kota Palangka Raya"),
    ("Tala", "Bupati", "Pemerintah Kabupaten Tanah Laut"),
    ("Batola", "Bupati", "Pemerintah Kabupaten Barito Kuala"),
    ("HST", "Wakil Bupati", "Pemerintah Kabupaten Hulu Sungai Tengah"),
    ("HSU", "Bupati", "Pemerintah Kabupaten Hulu Sungai Utara"),
    ("HSS", "Sekda", "Pemerintah Kabupaten Hulu Sungai Selatan"),
    ("Tanbu", "Bupati", "Pemerintah Kabupaten Tanah Bumbu"),
    ("Kukar", "Bupati", "Pemerintah Kabupaten Kutai Kartanegara"),
    ("Kubar", "Pj Bupati", "Pemerintah Kabupaten Kutai Barat"),
    ("Kutim", "Bupati", "Pemerintah Kabupaten Kutai Timur"),
    ("PPU", "Pj Bupati", "Pemerintah Kabupaten Penajam Paser Utara"),
    ("KTT", "Bupati", "Pemerintah Kabupaten Tana Tidung"),
    # Sulawesi
    ("Bolmong", "Pj Bupati", "Pemerintah Kabupaten Bolaang Mongondow"),
    ("Bolmut", "Bupati", "Pemerintah Kabupaten Bolaang Mongondow Utara"),
    ("Boltim", "Wakil Bupati", "Pemerintah Kabupaten Bolaang Mongondow Timur"),
    ("Bolsel", "Bupati", "Pemerintah Kabupaten Bolaang Mongondow Selatan"),
    ("Minsel", "Bupati", "Pemerintah Kabupaten Minahasa Selatan"),
    ("Minut", "Sekda", "Pemerintah Kabupaten Minahasa Utara"),
    ("Mitra", "Bupati", "Pemerintah Kabupaten Minahasa Tenggara"),
    ("Sangihe", "Bupati", "Pemerintah Kabupaten Kepulauan Sangihe"),
    ("Talaud", "Pj Bupati", "Pemerintah Kabupaten Kepulauan Talaud"),
    ("Parimo", "Bupati", "Pemerintah Kabupaten Parigi Moutong"),
    ("Touna", "Wakil Bupati", "Pemerintah Kabupaten Tojo Una-Una"),
    ("Tojo Una Una", "Bupati", "Pemerintah Kabupaten Tojo Una-Una"),
    ("Tojo Unauna", "Bupati", "Pemerintah Kabupaten Tojo Una-Una"),
    ("Bangkep", "Sekda", "Pemerintah Kabupaten Banggai Kepulauan"),
    ("Balut", "Bupati", "Pemerintah Kabupaten Banggai Laut"),
    ("Morut", "Bupati", "Pemerintah Kabupaten Morowali Utara"),
    ("Toli-Toli", "Bupati", "Pemerintah Kabupaten Tolitoli"),
    ("Pangkep", "Bupati", "Pemerintah Kabupaten Pangkajene dan Kepulauan"),
    ("Selayar", "Wakil Bupati", "Pemerintah Kabupaten Kepulauan Selayar"),
    ("Tator", "Pj Bupati", "Pemerintah Kabupaten Tana Toraja"),
    ("Torut", "Bupati", "Pemerintah Kabupaten Toraja Utara"),
    ("Lutra", "Bupati", "Pemerintah Kabupaten Luwu Utara"),
    ("Lutim", "Sekda", "Pemerintah Kabupaten Luwu Timur"),
    ("Pare-Pare", "Wali Kota", "Pemerintah Kota Parepare"),
    ("Konsel", "Bupati", "Pemerintah Kabupaten Konawe Selatan"),
    ("Konut", "Pj Bupati", "Pemerintah Kabupaten Konawe Utara"),
    ("Kolut", "Bupati", "Pemerintah Kabupaten Kolaka Utara"),
    ("Koltim", "Bupati", "Pemerintah Kabupaten Kolaka Timur"),
    ("Konkep", "Wakil Bupati", "Pemerintah Kabupaten Konawe Kepulauan"),
    ("Mubar", "Pj Bupati", "Pemerintah Kabupaten Muna Barat"),
    ("Buteng", "Bupati", "Pemerintah Kabupaten Buton Tengah"),
    ("Busel", "Bupati", "Pemerintah Kabupaten Buton Selatan"),
    ("Butur", "Sekda", "Pemerintah Kabupaten Buton Utara"),
    ("Bau-Bau", "Wali Kota", "Pemerintah Kota Baubau"),
    ("Kabgor", "Bupati", "Pemerintah Kabupaten Gorontalo"),
    ("Gorut", "Bupati", "Pemerintah Kabupaten Gorontalo Utara"),
    ("Bonebol", "Wakil Bupati", "Pemerintah Kabupaten Bone Bolango"),
    ("Polman", "Bupati", "Pemerintah Kabupaten Polewali Mandar"),
    ("Mateng", "Bupati", "Pemerintah Kabupaten Mamuju Tengah"),
    ("Matra", "Bupati", "Pemerintah Kabupaten Pasangkayu"),
    ("Matra", "Pj Bupati", "Pemerintah Kabupaten Pasangkayu"),
    # Maluku and Maluku Utara
    ("Malteng", "Bupati", "Pemerintah Kabupaten Maluku Tengah"),
    ("Malra", "Pj Bupati", "Pemerintah Kabupaten Maluku Tenggara"),
    ("KKT", "Bupati", "Pemerintah Kabupaten Kepulauan Tanimbar"),
    ("MTB", "Bupati", "Pemerintah Kabupaten Kepulauan Tanimbar"),
    ("SBT", "Wakil Bupati", "Pemerintah Kabupaten Seram Bagian Timur"),
    ("SBB", "Bupati", "Pemerintah Kabupaten Seram Bagian Barat"),
    ("MBD", "Sekda", "Pemerintah Kabupaten Maluku Barat Daya"),
    ("Bursel", "Bupati", "Pemerintah Kabupaten Buru Selatan"),
    ("Aru", "Bupati", "Pemerintah Kabupaten Kepulauan Aru"),
    ("Halbar", "Bupati", "Pemerintah Kabupaten Halmahera Barat"),
    ("Halteng", "Pj Bupati", "Pemerintah Kabupaten Halmahera Tengah"),
    ("Halut", "Bupati", "Pemerintah Kabupaten Halmahera Utara"),
    ("Halsel", "Wakil Bupati", "Pemerintah Kabupaten Halmahera Selatan"),
    ("Haltim", "Bupati", "Pemerintah Kabupaten Halmahera Timur"),
    ("Kepsul", "Bupati", "Pemerintah Kabupaten Kepulauan Sula"),
    ("Morotai", "Sekda", "Pemerintah Kabupaten Pulau Morotai"),
    ("Taliabu", "Bupati", "Pemerintah Kabupaten Pulau Taliabu"),
    ("Pultab", "Bupati", "Pemerintah Kabupaten Pulau Taliabu"),
    ("Pultab", "Sekda", "Pemerintah Kabupaten Pulau Taliabu"),
    ("Tidore", "Wali Kota", "Pemerintah Kota Tidore Kepulauan"),
    ("Tikep", "Wali Kota", "Pemerintah Kota Tidore Kepulauan"),
    ("Tikep", "Sekda", "Pemerintah Kota Tidore Kepulauan"),
    # the Papua provinces
    ("Yapen", "Bupati", "Pemerintah Kabupaten Kepulauan Yapen"),
    ("Biak", "Pj Bupati", "Pemerintah Kabupaten Biak Numfor"),
    ("Mambra", "Bupati", "Pemerintah Kabupaten Mamberamo Raya"),
    ("Wondama", "Bupati", "Pemerintah Kabupaten Teluk Wondama"),
    ("Mansel", "Wakil Bupati", "Pemerintah Kabupaten Manokwari Selatan"),
    ("Pegaf", "Bupati", "Pemerintah Kabupaten Pegunungan Arfak"),
    ("Fak-Fak", "Bupati", "Pemerintah Kabupaten Fakfak"),
    ("Timika", "Pj Bupati", "Pemerintah Kabupaten Mimika"),
    ("Wamena", "Bupati", "Pemerintah Kabupaten Jayawijaya"),
    ("Jayawijaya", "Bupati", "Pemerintah Kabupaten Jayawijaya"),
    ("Nduga", "Pj Bupati", "Pemerintah Kabupaten Nduga"),
    ("Lany Jaya", "Bupati", "Pemerintah Kabupaten Lanny Jaya"),
    ("Sorsel", "Bupati", "Pemerintah Kabupaten Sorong Selatan"),
    ("Tambraw", "Pj Bupati", "Pemerintah Kabupaten Tambrauw"),
]

HOLDERS = ["Rahmat Hidayat", "Yohanis Wenda", "Andi Baso Amir", "Markus Kambu", "Siti Rahmawati",
           "La Ode Haris", "Frans Manery", "Hendrik Sumual", "Nurlela Daeng", "Agustinus Lokobal"]

# sentence shapes of a title, the short form and its holder
SHAPES = ["{title} {form}, {name}, meminta ASN netral pada Pilkada 2024.",
          "{title} {form} {name} mengatakan ASN wajib netral pada Pilkada 2024.",
          "ASN dilarang berkampanye, tegas {title} {form}, {name}, pada apel Senin pagi.",
          "Menurut {title} {form} {name}, ASN tidak boleh memihak pada Pilkada 2024."]


def _text(i: int) -> str:
    form, title, _ = FORMS[i]
    return SHAPES[i % len(SHAPES)].format(title=title, form=form, name=HOLDERS[i % len(HOLDERS)])


# the word 'matra' (a branch of the armed forces) names no regency where no regional title stands before it
NONE = ["Prajurit dari tiga matra TNI diminta netral pada Pilkada 2024.",
        "Matra Laut dan Matra Udara ikut menjaga Pilkada 2024 agar ASN tetap netral."]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[list[tuple[str, str]]]:
    """Each probe's officials (name, agency), from one batch analysis."""
    return [[(o.name or "", o.agency or "") for o in result.officials]
            for result in analyse_all([_text(i) for i in range(len(FORMS))], published="2024-05-10")]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[f"{t} {f}" for f, t, _ in FORMS])
def test_short_form_is_the_regency_not_a_name(officials, index):
    form, _, government = FORMS[index]
    found = officials[index]
    assert (HOLDERS[index % len(HOLDERS)], government) in found, (_text(index), found)
    assert not any(form.split()[0].lower() in name.lower().split() for name, _ in found), (_text(index), found)


@pytest.mark.parametrize("text", NONE)
def test_the_word_names_no_regency(run, text):
    found = {a.agency for a in run(text).agencies}
    assert "Pemerintah Kabupaten Pasangkayu" not in found, found
