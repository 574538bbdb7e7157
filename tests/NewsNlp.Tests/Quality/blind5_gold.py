#!/usr/bin/env python3
"""Builds Golden/blind5/gold.jsonl from the fifth blind set's articles (f01..f08) and the hand annotations below.

The machinery of gold_lib.py and the conventions of the earlier gold scripts (heldout_gold.py, blind_gold.py ..
blind4_gold.py), pointed at Golden/blind5. The gold below was written from SPEC.md before the pipeline was ever run on
these texts (see docs/quality.md, "Fifth blind set (fifth session)").

Offsets are computed by gold_lib.py, never by hand. The texts are ASCII, so Python indices equal UTF-16 indices.
Run: python3 tests/NewsNlp.Tests/Quality/blind5_gold.py

Annotation conventions: those of the five earlier sets, unchanged (restated in blind4_gold.py and docs/quality.md),
plus the new cases of this set written at the "Further conventions" comment below.
"""
from gold_lib import GoldSet

GOLD = GoldSet("blind5")
art = GOLD.art

# Further conventions, decided before any run:
# - "paling lama 20 tahun" and "paling lambat 45 hari" (a duration) are at_most, by the meaning of "paling banyak";
# - "Kota X" as a place: span with the word, canonical X, like Kabupaten X (so city and regency share a canonical);
#   "Wali Kota Tasikmalaya" holds the place Tasikmalaya, not "Kota Tasikmalaya";
# - a headline's office title without a name ("Mentan Sebut ...") attributes to the office-holder the body names;
# - a pair that "mendalilkan" (alleges) a number is its source; an election office that sets a result the source of it;
# - "The Federal Reserve" / "The Fed" keep "The" (the name as written); the state named by an epithet (Negeri Paman
#   Sam, Negeri Jiran, Negeri Gajah Putih) is the State; "pagi ini" (a time of day) is no date [corrected after the
#   first run: "pagi ini" is today, a relative calendar expression as "hari ini" is, and the earlier sets already
#   date a weekday with a time word ("Selasa pagi"); SPEC's Date is any calendar expression, relative ones included];
# - a compound counted noun counts its head: "11 nota kesepahaman" -> nota; a length in metres -> "m".
BNN = "Badan Narkotika Nasional"
BC = "Direktorat Jenderal Bea dan Cukai"
G = "Badan Meteorologi, Klimatologi, dan Geofisika"
BPS = "Badan Pusat Statistik"
KK = "Kementerian Kesehatan"

# ---------------------------------------------------------------- f01 market fire
a = art("f01-kebakaran-pasar", "2024-11-21")
DM = "Dinas Pemadam Kebakaran dan Penyelamatan Kota Tasikmalaya"
AG = "Ade Gunawan"
CV = "Cheka Virgowansyah"
JS = "Joko Sulistiyo"
a.E("Location", "Pasar Cikurubuk", "Pasar Cikurubuk").E("Location", "Tasikmalaya", "Tasikmalaya")
a.E("Location", "Kota Tasikmalaya", "Tasikmalaya", only=[1, 3]).E("Location", "Kabupaten Tasikmalaya", "Tasikmalaya")
a.E("Location", "Kabupaten Ciamis", "Ciamis").E("Location", "Jawa Barat", "Jawa Barat")
a.E("Agency", DM, DM).E("Leader", AG, AG, role="Kepala " + DM).E("Leader", "Ade", AG)
a.E("Location", "Bekasi", "Bekasi").E("Leader", CV, CV, role="Penjabat Wali Kota Tasikmalaya")
a.E("Agency", "Polres Tasikmalaya Kota", "Polres Tasikmalaya Kota")
a.E("Leader", JS, JS, role="Kepala Polres Tasikmalaya Kota")
a.E("Person", "Enok Sumiati", "Enok Sumiati").E("Person", "Enok", "Enok Sumiati")
a.E("Person", "Hendra Saputra", "Hendra Saputra").E("Agency", "detikJabar", "detikJabar")
a.D("Rabu (20/11/2024)", "2024-11-20").D("Kamis (21/11/2024)", "2024-11-21").D("2015", "2015")
a.C("Ratusan Kios", 200, "approx", "kios", low=200, high=999, predicate="ludes")
a.C("Sedikitnya 320 kios", 320, "at_least", "kios", source=[AG])
a.C("Rp15 miliar", 15e9, "exact", "IDR", source=[AG], predicate="capai", hedge="perkirakan")
a.C("18 unit mobil", 18, "exact", "mobil", source=[AG], predicate="kerah")
a.C("sekitar enam jam", 6, "approx", "hour")
a.C("tiga petugas", 3, "exact", "petugas", predicate="alami")
a.C("25 Mobil", 25, "exact", "mobil", predicate="kerah")
a.C("lebih dari 1.000 pedagang", 1000, "more_than", "pedagang", source=[CV])
a.C("14 hari", 14, "exact", "day", source=[CV])
a.C("tujuh saksi", 7, "exact", "saksi", source=[JS], predicate="periksa")
a.C("52", 52, "exact", "year")
a.C("hampir Rp200 juta", 200e6, "approx", "IDR", source=["Enok Sumiati"])

# ---------------------------------------------------------------- f02 drug haul at a port
a = art("f02-sabu-pelabuhan", "2024-12-03")
MH = "Marthinus Hukom"
RH = "Rudi Hartono"
a.E("Agency", "BNN", BNN).E("Agency", BNN, BNN).E("Agency", BC, BC).E("Agency", "Ditjen Bea dan Cukai", BC)
a.E("Location", "Pelabuhan Tanjung Priok", "Pelabuhan Tanjung Priok").E("Location", "Jakarta Utara", "Jakarta Utara")
a.E("Location", "Jakarta", "Jakarta").E("State", "Malaysia", "Malaysia").E("State", "Negeri Jiran", "Malaysia")
a.E("State", "Indonesia", "Indonesia").E("Leader", MH, MH, role="Kepala BNN").E("Leader", "Marthinus", MH)
a.E("Location", "Medan", "Medan")
a.E("Leader", RH, RH, role="Direktur Penindakan dan Penyidikan Ditjen Bea dan Cukai").E("Leader", "Rudi", RH)
a.E("Person", "Rian Kurniawan", "Rian Kurniawan").E("Agency", "detikcom", "detikcom")
a.D("Senin lalu", "2024-12-02").D("Selasa (3/12/2024)", "2024-12-03").D("Agustus lalu", "2024-08")
a.C("75 Kg", 75, "exact", "kg", subject=BNN)
a.C("75 kilogram", 75, "exact", "kg", subject=BNN)
a.C("40 karung", 40, "exact", "karung")
a.C("75 kilogram", 75, "exact", "kg", occ=2, source=[MH])
a.C("sekitar 375 ribu orang", 375000, "approx", "orang", source=[MH], predicate="konsumsi")
a.C("empat tersangka", 4, "exact", "tersangka", source=[MH], predicate="tangkap")
a.C("dua", 2, "exact", "tersangka", source=[MH])
a.C("lebih dari 200 kilogram", 200, "more_than", "kg", source=[MH])
a.C("Rp112,5 miliar", 112.5e9, "exact", "IDR", predicate="capai", hedge="ditaksir")
a.C("12 Ribu Butir Ekstasi", 12000, "exact", "ekstasi", predicate="sita")
a.C("antara 30 dan 40 kontainer", 30, "range", "kontainer", low=30, high=40, source=[RH], predicate="periksa")
a.C("paling lama 20 tahun", 20, "at_most", "year")

# ---------------------------------------------------------------- f03 election dispute at the Constitutional Court
a = art("f03-sengketa-pilkada-mk", "2025-01-08")
MK = "Mahkamah Konstitusi"
KB = "Komisi Pemilihan Umum Kabupaten Banggai"
AR = "Arif Rahman Hakim"
a.E("Agency", "MK", MK).E("Agency", MK, MK).E("Location", "Gedung MK", "Gedung MK")
a.E("Location", "Jakarta", "Jakarta").E("Location", "Jakarta Pusat", "Jakarta Pusat")
a.E("Leader", "Suhartoyo", "Suhartoyo", role="Ketua MK")
a.E("Location", "Kabupaten Banggai", "Banggai").E("Location", "Sulawesi Tengah", "Sulawesi Tengah")
a.E("Person", "Ridwan Lamato", "Ridwan Lamato").E("Person", "Sutrisno Abdullah", "Sutrisno Abdullah")
a.E("Person", AR, AR).E("Agency", "KPU Kabupaten Banggai", KB)
a.E("Leader", "Samsul Arifin", "Samsul Arifin", role="Ketua KPU Kabupaten Banggai")
a.E("Agency", "Bawaslu", "Badan Pengawas Pemilu").E("Person", "Arief Hidayat", "Arief Hidayat")
a.E("Person", "Galih Pratama", "Galih Pratama").E("Agency", "detikcom", "detikcom")
a.D("2024", "2024").D("Rabu (8/1/2025)", "2025-01-08").D("kemarin", "2025-01-07").D("4 Februari 2025", "2025-02-04")
a.C("309 Gugatan", 309, "exact", "gugatan", predicate="sidang")
a.C("52 perkara", 52, "exact", "perkara", predicate="periksa")
a.C("tiga panel", 3, "exact", "panel")
a.C("309 permohonan", 309, "exact", "permohonan", source=["Suhartoyo"], predicate="registrasi")
a.C("23 perkara", 23, "exact", "perkara", source=["Suhartoyo"])
a.C("237", 237, "exact", "perkara", source=["Suhartoyo"])
a.C("49", 49, "exact", "perkara", source=["Suhartoyo"])
a.C("paling lambat 45 hari", 45, "at_most", "day", source=["Suhartoyo"])
a.C("puluhan pendukung", 20, "approx", "pendukung", low=20, high=99)
a.C("14 kecamatan", 14, "exact", "kecamatan", source=["Ridwan Lamato", "Sutrisno Abdullah"])
a.C("1.872 suara", 1872, "exact", "suara", source=[AR])
a.C("sekitar 0,9 persen", 0.9, "approx", "percent", source=[AR])
a.C("98.560 suara", 98560, "exact", "suara", source=[KB])
a.C("Ratusan Laporan", 200, "approx", "laporan", low=200, high=999, source=["Badan Pengawas Pemilu"], predicate="terima")

# ---------------------------------------------------------------- f04 rice harvest and imports
a = art("f04-panen-beras", "2025-03-17")
AA = "Andi Amran Sulaiman"
NH = "Novi Helmy Prasetya"
a.E("Location", "Sragen", "Sragen").E("Location", "Kabupaten Sragen", "Sragen").E("Location", "Kecamatan Gesi", "Gesi")
a.E("Location", "Jawa Tengah", "Jawa Tengah").E("Leader", AA, AA, role="Menteri Pertanian").E("Leader", "Amran", AA)
a.E("Agency", "Bulog", "Perum Bulog").E("Agency", "Perum Bulog", "Perum Bulog")
a.E("Leader", "Prabowo Subianto", "Prabowo Subianto", role="Presiden").E("Agency", "Kementan", "Kementerian Pertanian")
a.E("Leader", NH, NH, role="Direktur Utama Perum Bulog").E("State", "Indonesia", "Indonesia")
a.E("State", "Thailand", "Thailand").E("State", "Vietnam", "Vietnam").E("State", "Myanmar", "Myanmar")
a.E("State", "Negeri Gajah Putih", "Thailand").E("Agency", BPS, BPS).E("Agency", "BPS", BPS)
a.E("Person", "Wagiman", "Wagiman").E("Person", "Agil Trisetiawan", "Agil Trisetiawan").E("Agency", "detikJateng", "detikJateng")
a.D("Maret 2025", "2025-03").D("tahun lalu", "2024").D("tahun ini", "2025").D("sepanjang 2025", "2025")
a.D("Senin (17/3/2025)", "2025-03-17").D("2019", "2019").D("Pekan lalu", "2025-W11").D("Juni", "2025-06").D("Tahun lalu", "2024")
a.C("52 Persen", 52, "exact", "percent", source=[AA], predicate="naik")
a.C("13,9 juta ton", 13.9e6, "exact", "ton", source=[AA], predicate="capai", hedge="memperkirakan")
a.C("sekitar 52 persen", 52, "approx", "percent", predicate="naik")
a.C("kurang lebih 2,8 juta hektare", 2.8e6, "approx", "ha", source=[AA])
a.C("hampir 2 juta ton", 2e6, "approx", "ton", source=[AA])
a.C("sedikitnya 3 juta ton", 3e6, "at_least", "ton", source=[NH], predicate="serap")
a.C("Rp6.500", 6500, "exact", "IDR", predicate="tetap")
a.C("sekitar 4,5 juta ton", 4.5e6, "approx", "ton", source=[BPS], subject="Indonesia", predicate="impor")
a.C("1,36 juta ton", 1.36e6, "exact", "ton", predicate="capai")
a.C("Rp12.500", 12500, "exact", "IDR")
a.C("61", 61, "exact", "year")
a.C("7 ton", 7, "exact", "ton", source=["Wagiman"], predicate="capai")

# ---------------------------------------------------------------- f05 ferry accident
a = art("f05-kapal-tenggelam", "2025-07-10")
LW = "Lalu Wahyu Hidayat"
DP = "Dudy Purwagandhi"
a.E("Location", "Selat Lombok", "Selat Lombok").E("Location", "Nusa Tenggara Barat", "Nusa Tenggara Barat")
a.E("Location", "NTB", "Nusa Tenggara Barat").E("Location", "Mataram", "Mataram").E("Agency", "Kantor SAR Mataram", "Kantor SAR Mataram")
a.E("Location", "Pelabuhan Padangbai", "Pelabuhan Padangbai").E("Location", "Bali", "Bali")
a.E("Location", "Pelabuhan Lembar", "Pelabuhan Lembar")
a.E("Leader", LW, LW, role="Kepala Kantor SAR Mataram").E("Leader", "Wahyu", LW)
a.E("Agency", "Basarnas", "Badan Nasional Pencarian dan Pertolongan").E("Agency", "TNI AL", "TNI Angkatan Laut")
a.E("Agency", "Polri", "Kepolisian Negara Republik Indonesia").E("Agency", G, G).E("Agency", "BMKG", G)
a.E("Leader", DP, DP, role="Menteri Perhubungan").E("Leader", "Dudy", DP)
a.E("Agency", "Kementerian Perhubungan", "Kementerian Perhubungan")
a.E("Agency", "KNKT", "Komite Nasional Keselamatan Transportasi").E("Location", "Bitung", "Bitung")
a.E("Person", "Ketut Ariawan", "Ketut Ariawan").E("Person", "Made Wiranata", "Made Wiranata").E("Agency", "detikBali", "detikBali")
a.D("Rabu (9/7/2025)", "2025-07-09").D("Kamis (10/7/2025)", "2025-07-10").D("Selasa", "2025-07-08").D("pagi ini", "2025-07-10")
a.C("4 Penumpang", 4, "exact", "penumpang", predicate="hilang")
a.C("87 penumpang", 87, "exact", "penumpang", predicate="angkut")
a.C("16 awak", 16, "exact", "awak", predicate="angkut")
a.C("96 orang", 96, "exact", "orang", source=[LW], predicate="evakuasi")
a.C("tiga orang", 3, "exact", "orang", source=[LW], predicate="meninggal")
a.C("Empat penumpang", 4, "exact", "penumpang", source=[LW])
a.C("lebih dari 150 personel", 150, "more_than", "personel", source=[LW], predicate="libat")
a.C("15 km", 15, "exact", "km")
a.C("2,5 meter", 2.5, "exact", "m", hedge="Menurut")
a.C("antara 2,5 hingga 4 meter", 2.5, "range", "m", low=2.5, high=4, source=[G])
a.C("maksimal 120 penumpang", 120, "at_most", "penumpang")
a.C("12 ABK", 12, "exact", "ABK", predicate="selamat")
a.C("34", 34, "exact", "year")
a.C("hampir tiga jam", 3, "approx", "hour", source=["Ketut Ariawan"])

# ---------------------------------------------------------------- f06 state visit
a = art("f06-kunjungan-presiden-korsel", "2025-11-12")
PS = "Prabowo Subianto"
LJ = "Lee Jae-myung"
a.E("Leader", PS, PS, role="Presiden").E("Leader", "Prabowo", PS)
a.E("State", "Korsel", "Korea Selatan").E("State", "Korea Selatan", "Korea Selatan")
a.E("Leader", LJ, LJ, role="Presiden Korea Selatan").E("Leader", "Lee", LJ)
a.E("Location", "Istana Merdeka", "Istana Merdeka").E("Location", "Jakarta", "Jakarta")
a.E("Location", "Bandara Halim Perdanakusuma", "Bandara Halim Perdanakusuma").E("Location", "Seoul", "Seoul")
a.E("State", "Indonesia", "Indonesia").E("Location", "Asia Tenggara", "Asia Tenggara")
a.E("State", "Amerika Serikat", "Amerika Serikat").E("State", "AS", "Amerika Serikat").E("State", "Negeri Paman Sam", "Amerika Serikat")
a.E("Leader", "Sugiono", "Sugiono", role="Menteri Luar Negeri").E("Agency", "Hyundai Motor Group", "Hyundai Motor Group")
a.E("Location", "Cikarang", "Cikarang").E("Location", "Jawa Barat", "Jawa Barat").E("State", "Jepang", "Jepang")
a.E("State", "RI", "Indonesia").E("Location", "Semenanjung Korea", "Semenanjung Korea").E("State", "Korut", "Korea Utara")
a.E("Leader", "Puan Maharani", "Puan Maharani", role="Ketua DPR").E("Agency", "DPR", "Dewan Perwakilan Rakyat")
a.E("Agency", "Biro Pers Sekretariat Presiden", "Biro Pers Sekretariat Presiden")
a.D("Rabu (12/11/2025)", "2025-11-12").D("hari ini", "2025-11-12").D("Selasa", "2025-11-11").D("tahun lalu", "2024")
a.D("2030", "2030").D("pekan lalu", "2025-W45").D("Kamis (13/11)", "2025-11-13")
a.C("11 Kesepakatan", 11, "exact", "kesepakatan", predicate="teken")
a.C("11 nota", 11, "exact", "nota")
a.C("US$8,5 miliar", 8.5e9, "exact", "USD", source=[PS], predicate="capai")
a.C("sekitar US$20 miliar", 20e9, "approx", "USD", source=[LJ])
a.C("US$30 miliar", 30e9, "exact", "USD", source=[LJ])
a.C("19 persen", 19, "exact", "percent", predicate="kena")
a.C("15 persen", 15, "exact", "percent")
a.C("sedikitnya 500 perusahaan", 500, "at_least", "perusahaan", source=["Sugiono"], predicate="operasi")
a.C("lebih dari 1 juta pekerja", 1e6, "more_than", "pekerja", source=["Sugiono"], predicate="serap")
a.C("Rp160 Triliun", 160e12, "exact", "IDR")

# ---------------------------------------------------------------- f07 polio vaccination
a = art("f07-imunisasi-polio", "2024-07-22")
DJ = "Dinas Kesehatan Jawa Timur"
RW = "Retno Wulandari"
BGS = "Budi Gunadi Sadikin"
a.E("Location", "Jatim", "Jawa Timur").E("Location", "Surabaya", "Surabaya")
a.E("Agency", "Dinas Kesehatan (Dinkes) Jawa Timur", DJ).E("Agency", "Dinkes Jawa Timur", DJ)
a.E("Leader", RW, RW, role="Kepala Dinkes Jawa Timur").E("Leader", "Retno", RW)
a.E("Location", "Kecamatan Genteng", "Genteng").E("Leader", BGS, BGS, role="Menteri Kesehatan")
a.E("Agency", "Kemenkes", KK).E("Agency", "Organisasi Kesehatan Dunia", "Organisasi Kesehatan Dunia")
a.E("Agency", "WHO", "Organisasi Kesehatan Dunia").E("State", "Indonesia", "Indonesia").E("Location", "Jember", "Jember")
a.E("Person", "Siti Khoiriyah", "Siti Khoiriyah").E("Person", "Aprilia Dewi", "Aprilia Dewi").E("Agency", "detikJatim", "detikJatim")
a.D("Senin (22/7/2024)", "2024-07-22").D("5 Agustus", "2024-08-05").D("bulan lalu", "2024-06").D("tahun lalu", "2023")
a.C("8,4 Juta Anak", 8.4e6, "exact", "anak")
a.C("8,4 juta anak", 8.4e6, "exact", "anak")
a.C("0 hingga 7 tahun", 0, "range", "year", low=0, high=7, predicate="usia")
a.C("minimal 95 persen", 95, "at_least", "percent", source=[RW])
a.C("91,3 persen", 91.3, "exact", "percent", source=[RW], predicate="capai")
a.C("12 daerah", 12, "exact", "daerah")
a.C("di bawah 90 persen", 90, "less_than", "percent")
a.C("ratusan keluarga", 200, "approx", "keluarga", low=200, high=999, source=[RW], hedge="Menurut", predicate="tolak")
a.C("8 provinsi", 8, "exact", "provinsi", source=[BGS], predicate="temu")
a.C("sekitar 17 juta dosis", 17e6, "approx", "dosis", subject=KK, predicate="distribusi")
a.C("150 Anak", 150, "exact", "anak", predicate="tembus")
a.C("29", 29, "exact", "year")
a.C("dua anaknya", 2, "exact", "anak", predicate="bawa")

# ---------------------------------------------------------------- f08 rupiah and stock market
a = art("f08-rupiah-ihsg", "2024-11-08")
FR = "The Federal Reserve"
BCA = "Bank Central Asia"
BEI = "Bursa Efek Indonesia"
a.E("State", "AS", "Amerika Serikat").E("State", "Amerika Serikat", "Amerika Serikat").E("State", "Negeri Paman Sam", "Amerika Serikat")
a.E("Location", "Jakarta", "Jakarta").E("Agency", FR, FR).E("Agency", "The Fed", FR)
a.E("Agency", BCA, BCA).E("Agency", "BCA", BCA).E("Person", "David Sumual", "David Sumual").E("Person", "David", "David Sumual")
a.E("Agency", BEI, BEI).E("Agency", "BEI", BEI).E("Agency", "Antam", "Antam")
a.E("Leader", "Perry Warjiyo", "Perry Warjiyo", role="Gubernur Bank Indonesia")
a.E("Agency", "Bank Indonesia", "Bank Indonesia").E("Agency", "BI", "Bank Indonesia").E("State", "Indonesia", "Indonesia")
a.E("Location", "Asia", "Asia").E("State", "Jepang", "Jepang").E("State", "Korsel", "Korea Selatan")
a.E("Person", "Dika Ramadhan", "Dika Ramadhan").E("Agency", "detikcom", "detikcom")
a.D("Jumat (8/11/2024)", "2024-11-08").D("kemarin", "2024-11-07").D("pekan depan", "2024-W46").D("akhir Oktober", "2024-10")
a.C("Rp15.650", 15650, "exact", "IDR")
a.C("0,6%", 0.6, "exact", "percent", predicate="naik")
a.C("85 poin", 85, "exact", "poin", predicate="kuat")
a.C("0,54 persen", 0.54, "exact", "percent")
a.C("Rp15.650", 15650, "exact", "IDR", occ=2)
a.C("0,25 persen", 0.25, "exact", "percent", subject=FR, predicate="pangkas")
a.C("4,5 hingga 4,75 persen", 4.5, "range", "percent", low=4.5, high=4.75)
a.C("Rp15.600 hingga Rp15.800", 15600, "range", "IDR", low=15600, high=15800, source=["David Sumual"], hedge="Menurut")
a.C("43,2 poin", 43.2, "exact", "poin", predicate="naik")
a.C("0,6 persen", 0.6, "exact", "percent")
a.C("7.287", 7287, "exact", "poin")
a.C("sekitar Rp1,2 triliun", 1.2e12, "approx", "IDR", source=[BEI], predicate="catat")
a.C("312 saham", 312, "exact", "saham", predicate="kuat")
a.C("245", 245, "exact", "saham", predicate="lemah")
a.C("218", 218, "exact", "saham")
a.C("Rp11,4 triliun", 11.4e12, "exact", "IDR", predicate="capai")
a.C("Rp10.000", 10000, "exact", "IDR", predicate="turun")
a.C("Rp1.510.000", 1510000, "exact", "IDR")
a.C("US$151,2 miliar", 151.2e9, "exact", "USD", predicate="catat")
a.C("0,3 persen", 0.3, "exact", "percent", predicate="naik")
a.C("0,2 persen", 0.2, "exact", "percent", predicate="lemah")

GOLD.write()
