"""National office holders named without a title: the gazetteer's terms decide their office."""

from __future__ import annotations


def officials(run, text, **kw):
    return {o.name: o for o in run(text, **kw).officials}


QUOTE = "“Pegawai yang tidak netral akan ditindak,” kata Tjahjo Kumolo di Jakarta."


def test_the_article_date_picks_the_office_held_then(run):
    assert officials(run, QUOTE, published="2017-03-01")["Tjahjo Kumolo"].agency == "Kementerian Dalam Negeri"
    assert officials(run, QUOTE, published="2021-03-01")["Tjahjo Kumolo"].agency == \
        "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


def test_undated_the_office_named_in_the_article_decides(run):
    text = "Menteri Dalam Negeri mendukung aturan itu. " + QUOTE
    assert officials(run, text, published=None)["Tjahjo Kumolo"].role == "Menteri Dalam Negeri"


def test_outside_every_term_the_name_is_no_official(run):
    assert officials(run, QUOTE, published="2010-03-01") == {}


def test_a_short_form_followed_by_a_verb(run):
    found = officials(run, "Jokowi meminta seluruh ASN menjaga netralitas.", published="2023-06-01")
    assert found["Jokowi"].agency == "Presiden Republik Indonesia"


def test_a_name_in_a_list_of_candidates_is_no_official(run):
    text = "Pasangan nomor urut 2 adalah Prabowo Subianto-Gibran Rakabuming Raka."
    assert officials(run, text, published="2023-12-01") == {}


def test_a_holder_introduced_with_a_title_keeps_the_written_title(run):
    found = officials(run, "Mendagri Tito Karnavian hadir. “ASN harus netral,” kata Tito Karnavian.")
    assert found["Tito Karnavian"].role == "Mendagri"


def test_a_short_form_after_the_titled_full_name_is_the_same_person(run):
    text = ("Presiden Joko Widodo (Jokowi) meminta ASN menjaga netralitas pada Pemilu 2024. "
            "\"Semua harus netral,\" kata Jokowi.")
    found = run(text, published="2023-11-02")
    assert [o.name for o in found.officials] == ["Joko Widodo"]
    assert "Presiden Republik Indonesia" in {a.agency for a in found.agencies}


def test_earlier_election_commissioners_are_known_with_their_terms(run):
    found = run("\"ASN jangan ikut kampanye,\" kata Husni Kamil Manik di Jakarta.", published="2015-10-01")
    assert [(o.name, o.agency) for o in found.officials] == [("Husni Kamil Manik", "Komisi Pemilihan Umum")]
    # after his term the bare name is no office holder
    assert not run("\"ASN jangan ikut kampanye,\" kata Husni Kamil Manik.", published="2019-10-01").officials


def test_a_bare_name_after_menurut_speaks(run):
    found = run("Menurut Tito Karnavian, ASN wajib netral dalam pilkada.", published="2024-06-01")
    assert [(o.name, o.agency) for o in found.officials] == [("Tito Karnavian", "Kementerian Dalam Negeri")]


def _quoted(name: str) -> str:
    return f"“Aparatur sipil negara tidak boleh berpihak kepada calon mana pun,” kata {name} di Jakarta."


def test_ministers_quoted_by_name_in_their_terms(run):
    for name, day, agency in [
        ("Muhadjir Effendy", "2018-03-01", "Kementerian Pendidikan dan Kebudayaan"),
        ("Nadiem Makarim", "2023-11-01", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"),
        ("Yaqut Cholil Qoumas", "2023-11-01", "Kementerian Agama"),
        ("Nasaruddin Umar", "2024-11-01", "Kementerian Agama"),
        ("Bahtiar Baharuddin", "2022-06-01", "Kementerian Dalam Negeri"),
        ("Mokhammad Najih", "2024-06-01", "Ombudsman Republik Indonesia"),
    ]:
        found = officials(run, _quoted(name), published=day)
        assert found[name].agency == agency, name
    # out of the term the bare name is no office holder
    assert officials(run, _quoted("Yaqut Cholil Qoumas"), published="2019-06-01") == {}
    assert officials(run, _quoted("Muhadjir Effendy"), published="2021-06-01") == {}


def test_election_commissioners_of_every_period(run):
    for name, day, agency in [
        ("Hadar Nafis Gumay", "2015-10-01", "Komisi Pemilihan Umum"),
        ("Ida Budhiati", "2015-10-01", "Komisi Pemilihan Umum"),
        ("Ida Budhiati", "2019-03-01", "Dewan Kehormatan Penyelenggara Pemilu"),
        ("Raka Sandi", "2020-11-01", "Komisi Pemilihan Umum"),
        ("Jimly Asshiddiqie", "2015-10-01", "Dewan Kehormatan Penyelenggara Pemilu"),
    ]:
        found = officials(run, _quoted(name), published=day)
        assert found[name].agency == agency, (name, day)
    assert officials(run, _quoted("Raka Sandi"), published="2018-06-01") == {}
    assert officials(run, _quoted("Jimly Asshiddiqie"), published="2022-06-01") == {}


def test_a_chair_removed_by_the_ethics_council_stays_a_member(run):
    found = officials(run, _quoted("Arief Budiman"), published="2021-06-01")
    assert found["Arief Budiman"].role == "Anggota KPU"
    assert officials(run, _quoted("Ilham Saputra"), published="2021-06-01")["Ilham Saputra"].role == "Ketua KPU"


def test_cabinet_and_law_officers_quoted_by_name_in_their_terms(run):
    for name, day, agency in [
        ("Lukman Hakim Saifuddin", "2018-03-01", "Kementerian Agama"),
        ("HM Prasetyo", "2018-03-01", "Kejaksaan Agung Republik Indonesia"),
        ("Andi Widjajanto", "2015-03-01", "Sekretariat Kabinet"),
        ("Teddy Indra Wijaya", "2025-03-01", "Sekretariat Kabinet"),
        ("Teguh Setyabudi", "2024-06-01", "Kementerian Dalam Negeri"),
        ("Djamari Chaniago", "2025-11-01", "Kementerian Koordinator Bidang Politik dan Keamanan"),
    ]:
        found = officials(run, _quoted(name), published=day)
        assert found[name].agency == agency, name
    assert officials(run, _quoted("HM Prasetyo"), published="2021-03-01") == {}
    # a coordinating minister dismissed in a reshuffle no longer speaks for his office
    assert officials(run, _quoted("Budi Gunawan"), published="2025-10-01") == {}


def test_a_civil_service_commissioner_of_the_first_period(run):
    found = officials(run, _quoted("I Made Suwandi"), published="2017-05-01")
    assert found["I Made Suwandi"].agency == "Komisi Aparatur Sipil Negara"
    assert officials(run, _quoted("Irham Dilmy"), published="2017-05-01")["Irham Dilmy"].role == "Wakil Ketua KASN"
