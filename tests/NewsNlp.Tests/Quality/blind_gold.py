#!/usr/bin/env python3
"""Builds Golden/blind/gold.jsonl from the blind articles (third session) and the hand annotations below.

The machinery of gold_lib.py and the conventions of heldout_gold.py, pointed at Golden/blind. The gold below was
written from SPEC.md before the pipeline was ever run on these texts (see docs/quality.md, "Blind set").

Offsets are computed by gold_lib.py, never by hand: entities and dates mark every whole-word occurrence of the
given surface (longest surfaces first, no overlaps); claims name their surface and occurrence number.
The texts have no astral characters, so Python indices equal UTF-16 indices.
Run: python3 tests/NewsNlp.Tests/Quality/blind_gold.py

Annotation conventions (SPEC leaves these open; see docs/quality.md):
- range claims and approximate plurals: value = low (puluhan 20..99, ratusan 200..999);
- source only from an attribution in the claim's own sentence (a quote counts as one sentence);
- agency canonical = the full name the article gives (BNPB -> Badan Nasional Penanggulangan Bencana);
- a Leader's span is the name only, the title goes to role; a Date's span includes weekday and (dd/mm);
- years inside event and budget names (Piala Dunia 2026, APBN 2025) are dates, years in law numbers
  (UU Nomor 35 Tahun 2009) are not; claims in "Baca juga:" headlines are claims, match scores (2-0) are not;
- subject/predicate only where the annotator was sure; unsure fields are left out (not scored).
"""
from gold_lib import GoldSet

GOLD = GoldSet("blind")
art = GOLD.art

# Further conventions for this set, decided from SPEC before any run:
# - agency canonical = the Indonesian full name in use, also when the article gives only the acronym
#   (Bakamla -> Badan Keamanan Laut), as the held-out set did for PBB and TNI; a sub-body or foreign body
#   named with its place is its own agency (KJRI Davao, Komisi VIII DPR, Kementerian Haji dan Umrah Arab Saudi);
# - Leader = head of state/government, minister, governor/regent, head of an agency or directorate general,
#   police/military chief, company president director, ambassador; spokespeople, prosecutors, judges,
#   lawyers, analysts, traders, photographers are Person;
# - ships, aircraft types, exercises and programmes (KRI ..., USS ..., CARAT, SPHP) are no entities;
# - a place or agency inside a title is an entity (Gubernur Kalsel -> Kalsel, Kepala BNPB -> BNPB);
# - Kabupaten/Kota/Pulau X: span with the word, canonical X; China/Tiongkok/RRT -> China;
# - earthquake magnitude is a measure: unit "magnitudo"; metres -> "m"; a foreign currency -> its ISO code (PHP);
# - a classifier counts the noun after it (dua bidang tanah -> tanah); an elided noun takes the noun of the
#   total (17.680 [kuota], 187 [titik], 300 lainnya [orang]);
# - a price "Rp14.500 per kg" is a claim in IDR with the span of the amount only.
G = "Badan Meteorologi, Klimatologi, dan Geofisika"

# ---------------------------------------------------------------- b01 flood
a = art("b01-banjir-kalsel", "2025-01-13")
BP = "Badan Penanggulangan Bencana Daerah Kalimantan Selatan"
BN = "Badan Nasional Penanggulangan Bencana"
a.E("Location", "Kalsel", "Kalimantan Selatan").E("Location", "Kalimantan Selatan", "Kalimantan Selatan").E("Location", "Kalimantan", "Kalimantan")
a.E("Location", "Banjarmasin", "Banjarmasin")
a.E("Agency", BP, BP).E("Agency", "BPBD Kalsel", BP)
a.E("Location", "Kabupaten Banjar", "Banjar").E("Location", "Sungai Martapura", "Sungai Martapura").E("Location", "Martapura", "Martapura")
a.E("Leader", "Raden Suryadi", "Raden Suryadi", role="Kepala Pelaksana BPBD Kalsel").E("Leader", "Raden", "Raden Suryadi")
a.E("Leader", "Muhidin", "Muhidin", role="Gubernur Kalsel")
a.E("Agency", BN, BN).E("Agency", "BNPB", BN)
a.E("Location", "Kabupaten Hulu Sungai Tengah", "Hulu Sungai Tengah")
a.E("Leader", "Suharyanto", "Suharyanto", role="Kepala BNPB")
a.E("Agency", "Antara", "Antara").E("Person", "Bayu Pratama", "Bayu Pratama")
a.E("Agency", G, G).E("Agency", "BMKG", G)
a.D("Kamis (9/1)", "2025-01-09").D("Senin (13/1/2025)", "2025-01-13").D("Akhir Januari", "2025-01").D("pekan depan", "2025-W04").D("awal 2021", "2021")
a.C("7 Kabupaten", 7, "exact", "kabupaten", predicate="rendam")
a.C("Lebih dari 21 Ribu Warga", 21000, "more_than", "warga", predicate="ungsi")
a.C("tujuh kabupaten", 7, "exact", "kabupaten", predicate="rendam")
a.C("lebih dari 21 ribu warga", 21000, "more_than", "warga", source=[BP], predicate="ungsi")
a.C("1,5 meter", 1.5, "exact", "m", source=["Raden Suryadi"], predicate="capai")
a.C("64 posko", 64, "exact", "posko", source=["Raden Suryadi"], predicate="diri")
a.C("dua warga", 2, "exact", "warga", source=["Raden Suryadi"], hedge="Menurut", predicate="meninggal")
a.C("9 tahun", 9, "exact", "year", source=["Raden Suryadi"], predicate="usia")
a.C("14 hari", 14, "exact", "day")
a.C("50 ton", 50, "exact", "ton", predicate="siap")
a.C("Rp3,5 miliar", 3.5e9, "exact", "IDR", predicate="siap")
a.C("dua helikopter", 2, "exact", "helikopter", subject=BN, predicate="kirim")
a.C("sekitar 3.400 rumah", 3400, "approx", "rumah", source=["Suharyanto"], predicate="rendam")
a.C("hampir 12 kilometer", 12, "approx", "km", source=["Suharyanto"])
a.C("11 kabupaten", 11, "exact", "kabupaten", predicate="rendam")

# ---------------------------------------------------------------- b02 state visit
a = art("b02-prabowo-beijing", "2024-11-09")
a.E("Leader", "Prabowo Subianto", "Prabowo Subianto", role="Presiden").E("Leader", "Prabowo", "Prabowo Subianto")
a.E("Leader", "Xi Jinping", "Xi Jinping", role="Presiden Republik Rakyat Tiongkok").E("Leader", "Xi", "Xi Jinping")
a.E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia")
a.E("State", "Tiongkok", "China").E("State", "Republik Rakyat Tiongkok", "China").E("State", "RRT", "China").E("State", "China", "China")
a.E("Location", "Balai Agung Rakyat", "Balai Agung Rakyat").E("Location", "Beijing", "Beijing").E("Location", "Jakarta", "Jakarta")
a.E("Leader", "Sugiono", "Sugiono", role="Menteri Luar Negeri")
a.E("State", "AS", "Amerika Serikat").E("State", "Amerika Serikat", "Amerika Serikat")
a.E("Leader", "Joe Biden", "Joe Biden", role="Presiden Amerika Serikat")
a.E("Agency", "Xinhua", "Xinhua").E("Location", "Laut China Selatan", "Laut China Selatan").E("Agency", "ASEAN", "ASEAN")
a.E("Location", "Washington", "Washington")
a.E("Agency", "Kerja Sama Ekonomi Asia Pasifik", "Kerja Sama Ekonomi Asia Pasifik").E("Agency", "APEC", "Kerja Sama Ekonomi Asia Pasifik")
a.E("Location", "Lima", "Lima").E("State", "Peru", "Peru")
a.E("Agency", "Antara", "Antara").E("Person", "Hafidz Mubarak", "Hafidz Mubarak")
a.E("Agency", "Universitas Gadjah Mada", "Universitas Gadjah Mada").E("Agency", "UGM", "Universitas Gadjah Mada")
a.E("Person", "Dafri Agussalim", "Dafri Agussalim").E("Person", "Dafri", "Dafri Agussalim")
a.D("Sabtu (9/11/2024)", "2024-11-09").D("tahun lalu", "2023").D("Selasa (12/11)", "2024-11-12").D("20 Oktober lalu", "2024-10-20")
a.C("US$10 Miliar", 1e10, "exact", "USD", predicate="teken")
a.C("tujuh dokumen", 7, "exact", "dokumen")
a.C("US$10 miliar", 1e10, "exact", "USD", source=["Sugiono"], predicate="capai")
a.C("lebih dari US$127 miliar", 127e9, "more_than", "USD", source=["Sugiono"])
a.C("sekitar 90 menit", 90, "approx", "minute")
a.C("sekitar 40 orang", 40, "approx", "orang", predicate="jumlah")
a.C("lima menteri", 5, "exact", "menteri")

# ---------------------------------------------------------------- b03 earthquake abroad
a = art("b03-gempa-mindanao", "2025-03-19")
US = "Survei Geologi Amerika Serikat"
KL = "Kementerian Luar Negeri"
a.E("Location", "Mindanao", "Mindanao").E("Location", "Pulau Mindanao", "Mindanao")
a.E("Agency", "KBRI Manila", "KBRI Manila").E("State", "Filipina", "Filipina").E("Location", "Jakarta", "Jakarta")
a.E("Agency", US, US).E("Agency", "USGS", US)
a.E("Location", "Kota Davao", "Davao").E("Location", "Davao", "Davao").E("Agency", "KJRI Davao", "KJRI Davao").E("Agency", "KJRI", "KJRI Davao")
a.E("Location", "Sulawesi Utara", "Sulawesi Utara").E("Location", "Maluku Utara", "Maluku Utara")
a.E("Agency", KL, KL).E("Agency", "Kemlu", KL).E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia")
a.E("Person", "Rolliansyah Soemirat", "Rolliansyah Soemirat").E("Person", "Rolliansyah", "Rolliansyah Soemirat")
a.E("Agency", G, G).E("Agency", "BMKG", G).E("Leader", "Dwikorita Karnawati", "Dwikorita Karnawati", role="Kepala BMKG")
a.E("Location", "General Santos", "General Santos")
a.E("Leader", "Ferdinand Marcos Jr", "Ferdinand Marcos Jr", role="Presiden Filipina")
a.E("Agency", "AFP", "AFP").E("Agency", "Reuters", "Reuters").E("Person", "Ronald Santos", "Ronald Santos")
a.D("Rabu (19/3/2025)", "2025-03-19")
a.C("7,1", 7.1, "exact", "magnitudo", occ=1)
a.C("7,1", 7.1, "exact", "magnitudo", occ=2)
a.C("Sedikitnya 27 orang", 27, "at_least", "orang", hedge="menurut", predicate="tewas")
a.C("lebih dari 300 lainnya", 300, "more_than", "orang", hedge="menurut", predicate="luka")
a.C("sekitar 40 kilometer", 40, "approx", "km", source=[US])
a.C("58 km", 58, "exact", "km", source=[US])
a.C("sekitar 1.800 WNI", 1800, "approx", "WNI", source=["Rolliansyah Soemirat"], predicate="tinggal")
a.C("dua kawasan", 2, "exact", "kawasan", source=["Rolliansyah Soemirat"], predicate="kunjung")
a.C("7,3", 7.3, "exact", "magnitudo", source=[G])
a.C("2 miliar peso", 2e9, "exact", "PHP", source=["Ferdinand Marcos Jr"], predicate="siap")
a.C("lebih dari 4.000 rumah", 4000, "more_than", "rumah", source=["AFP"], hedge="Menurut", predicate="rusak")

# ---------------------------------------------------------------- b04 corruption trial
a = art("b04-sidang-tipikor", "2025-02-06")
K = "Komisi Pemberantasan Korupsi"
a.E("Location", "Jakarta", "Jakarta").E("Location", "Lampung Tengah", "Lampung Tengah")
a.E("Leader", "Hendra Saputra", "Hendra Saputra", role="Mantan Bupati Lampung Tengah").E("Leader", "Hendra", "Hendra Saputra")
a.E("Agency", "Pengadilan Tipikor Jakarta", "Pengadilan Tipikor Jakarta")
a.E("Agency", K, K).E("Agency", "KPK", K).E("Location", "Gedung Merah Putih KPK", "Gedung Merah Putih KPK")
a.E("Person", "Wawan Setiadi", "Wawan Setiadi")
a.E("Location", "Bandar Lampung", "Bandar Lampung").E("Location", "Jakarta Selatan", "Jakarta Selatan")
a.E("Person", "Arief Rahmadi", "Arief Rahmadi")
a.E("Person", "Tessa Mahardhika", "Tessa Mahardhika").E("Person", "Tessa", "Tessa Mahardhika")
a.E("Person", "Ari Saputra", "Ari Saputra").E("Agency", "detikcom", "detikcom")
a.E("Person", "Eko Wahyudi", "Eko Wahyudi")
a.D("Kamis (6/2/2025)", "2025-02-06").D("2019", "2019").D("2021", "2021").D("pekan depan", "2025-W07").D("Kamis (13/2)", "2025-02-13")
a.C("Rp48 Miliar", 48e9, "exact", "IDR", predicate="rugi")
a.C("sekitar Rp48 miliar", 48e9, "approx", "IDR", source=[K], predicate="rugi")
a.C("sedikitnya enam kontraktor", 6, "at_least", "kontraktor", source=["Wawan Setiadi"], predicate="terima")
a.C("Rp12,3 miliar", 12.3e9, "exact", "IDR", source=["Wawan Setiadi"])
a.C("23 paket", 23, "exact", "paket", hedge="Menurut", predicate="menang")
a.C("dua bidang tanah", 2, "exact", "tanah", predicate="beli")
a.C("3 Mobil", 3, "exact", "mobil", subject=K, predicate="sita")
a.C("maksimal 20 tahun", 20, "at_most", "year")
a.C("54 saksi", 54, "exact", "saksi", source=["Tessa Mahardhika"], predicate="periksa")
a.C("kurang lebih Rp9 miliar", 9e9, "approx", "IDR", source=["Tessa Mahardhika"], predicate="sita")

# ---------------------------------------------------------------- b05 rice prices
a = art("b05-harga-beras", "2025-03-03")
BA = "Badan Pangan Nasional"
a.E("Agency", "Bapanas", BA).E("Agency", BA, BA)
a.E("Location", "Jakarta", "Jakarta").E("Location", "Pasar Induk Beras Cipinang", "Pasar Induk Beras Cipinang").E("Location", "Jakarta Timur", "Jakarta Timur")
a.E("Location", "Jawa Tengah", "Jawa Tengah").E("Location", "Jawa Timur", "Jawa Timur").E("Location", "Jawa", "Jawa")
a.E("Person", "Zulkifli", "Zulkifli")
a.E("Leader", "Arief Prasetyo Adi", "Arief Prasetyo Adi", role="Kepala Bapanas")
a.E("Location", "Surabaya", "Surabaya")
a.E("Agency", "Perum Bulog", "Perum Bulog").E("Leader", "Novi Helmy Prasetya", "Novi Helmy Prasetya", role="Direktur Utama Perum Bulog")
a.E("Person", "Agung Pambudhy", "Agung Pambudhy").E("Agency", "detikcom", "detikcom")
a.E("Agency", "Badan Pusat Statistik", "Badan Pusat Statistik").E("Agency", "BPS", "Badan Pusat Statistik")
a.E("Leader", "Andi Amran Sulaiman", "Andi Amran Sulaiman", role="Menteri Pertanian")
a.D("Senin (3/3/2025)", "2025-03-03").D("awal Februari", "2025-02").D("akhir Maret", "2025-03").D("April mendatang", "2025-04")
a.D("Januari", "2025-01").D("April 2025", "2025-04").D("tahun lalu", "2024")
a.C("Rp14.500", 14500, "exact", "IDR", occ=1, predicate="tembus")
a.C("Rp14.500", 14500, "exact", "IDR", occ=2, predicate="capai")
a.C("sekitar 6 persen", 6, "approx", "percent", predicate="naik")
a.C("3.000 ton", 3000, "exact", "ton", source=["Zulkifli"], predicate="masuk")
a.C("sekitar 2.200 ton", 2200, "approx", "ton", source=["Zulkifli"])
a.C("Rp13.900", 13900, "exact", "IDR", source=[BA], predicate="catat")
a.C("Rp12.500", 12500, "exact", "IDR", source=[BA])
a.C("150.000 ton", 150000, "exact", "ton", source=["Arief Prasetyo Adi"], predicate="gelontor")
a.C("20%", 20, "exact", "percent", predicate="naik")
a.C("38 provinsi", 38, "exact", "provinsi")
a.C("sekitar 2 juta ton", 2e6, "approx", "ton", source=["Novi Helmy Prasetya"])
a.C("13,9 juta ton", 13.9e6, "exact", "ton", source=["Badan Pusat Statistik"], hedge="memperkirakan", predicate="capai")

# ---------------------------------------------------------------- b06 hajj quota
a = art("b06-kuota-haji", "2025-01-10")
KA = "Kementerian Agama"
KH = "Kementerian Haji dan Umrah Arab Saudi"
a.E("Agency", "Kemenag", KA).E("Agency", KA, KA).E("State", "Arab Saudi", "Arab Saudi").E("State", "Indonesia", "Indonesia")
a.E("Location", "Jakarta", "Jakarta").E("Location", "Jakarta Pusat", "Jakarta Pusat")
a.E("Leader", "Nasaruddin Umar", "Nasaruddin Umar", role="Menteri Agama").E("Leader", "Nasaruddin", "Nasaruddin Umar")
a.E("Agency", "Badan Pengelola Keuangan Haji", "Badan Pengelola Keuangan Haji").E("Agency", "BPKH", "Badan Pengelola Keuangan Haji")
a.E("Location", "Sulawesi Selatan", "Sulawesi Selatan").E("Location", "Makkah", "Makkah").E("Location", "Madinah", "Madinah")
a.E("Leader", "Hilman Latief", "Hilman Latief", role="Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag")
a.E("Location", "Masjidil Haram", "Masjidil Haram").E("Agency", KH, KH).E("Agency", "Komisi VIII DPR", "Komisi VIII DPR")
a.D("2025", "2025").D("tahun 2025", "2025").D("tahun lalu", "2024").D("14 Februari", "2025-02-14").D("Jumat (10/1/2025)", "2025-01-10")
a.D("tahun ini", "2025").D("2024", "2024").D("Mei mendatang", "2025-05")
a.C("221 Ribu", 221000, "exact", "kuota", predicate="tetap")
a.C("221.000 jemaah", 221000, "exact", "jemaah", predicate="tetap")
a.C("203.320 kuota", 203320, "exact", "kuota")
a.C("17.680", 17680, "exact", "kuota")
a.C("sekitar Rp55,4 juta", 55.4e6, "approx", "IDR", source=["Nasaruddin Umar"], hedge="Menurut")
a.C("47 Tahun", 47, "exact", "year", predicate="capai")
a.C("lebih dari 4.000 petugas", 4000, "more_than", "petugas", subject=KA, predicate="siap")
a.C("sekitar 45 ribu jemaah", 45000, "approx", "jemaah", source=["Hilman Latief"])
a.C("di atas 65 tahun", 65, "more_than", "year", source=["Hilman Latief"], predicate="usia")
a.C("461 jemaah", 461, "exact", "jemaah", source=[KH], predicate="wafat")

# ---------------------------------------------------------------- b07 haze
a = art("b07-kabut-asap-riau", "2024-09-10")
KLHK = "Kementerian Lingkungan Hidup dan Kehutanan"
NEA = "Badan Lingkungan Nasional Singapura"
a.E("Location", "Riau", "Riau").E("State", "Malaysia", "Malaysia").E("State", "Singapura", "Singapura")
a.E("State", "Negeri Jiran", "Malaysia")  # added in the fifth session (docs/quality.md): an epithet of Malaysia, a State by SPEC.md
a.E("Agency", "KLHK", KLHK).E("Agency", KLHK, KLHK)
a.E("Location", "Pekanbaru", "Pekanbaru").E("Location", "Sumatera", "Sumatera").E("Location", "Dumai", "Dumai")
a.E("Agency", G, G).E("Agency", "BMKG", G)
a.E("Person", "Ramlan Siregar", "Ramlan Siregar").E("Agency", "detikcom", "detikcom")
a.E("Agency", "Departemen Lingkungan Hidup", "Departemen Lingkungan Hidup")
a.E("Location", "Kuala Lumpur", "Kuala Lumpur").E("Location", "Selangor", "Selangor")
a.E("Agency", NEA, NEA).E("Agency", "NEA", NEA).E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia")
a.E("Leader", "Siti Nurbaya Bakar", "Siti Nurbaya Bakar", role="Menteri Lingkungan Hidup dan Kehutanan").E("Leader", "Siti Nurbaya", "Siti Nurbaya Bakar")
a.E("Location", "Kabupaten Pelalawan", "Pelalawan").E("Location", "Pelalawan", "Pelalawan").E("Location", "Indragiri Hilir", "Indragiri Hilir")
a.E("Location", "Jakarta", "Jakarta").E("Agency", "Manggala Agni", "Manggala Agni")
a.E("Agency", "Antara", "Antara").E("Person", "Fachri Hidayat", "Fachri Hidayat")
a.E("Leader", "Mohammad Iqbal", "Mohammad Iqbal", role="Kapolda Riau")
a.D("Selasa (10/9/2024)", "2024-09-10").D("Senin (9/9)", "2024-09-09").D("Januari", "2024-01").D("2019", "2019")
a.C("12 Helikopter", 12, "exact", "helikopter", subject=KLHK, predicate="kerah")
a.C("312 titik", 312, "exact", "titik", source=[G], predicate="deteksi")
a.C("187", 187, "exact", "titik", source=[G])
a.C("tiga hari", 3, "exact", "day", source=["Ramlan Siregar"])
a.C("sekitar 800 meter", 800, "approx", "m", source=["Ramlan Siregar"])
a.C("12 helikopter", 12, "exact", "helikopter", subject=KLHK, predicate="kerah")
a.C("2.700 hektare", 2700, "exact", "ha", source=["Siti Nurbaya Bakar"], predicate="capai")
a.C("empat perusahaan", 4, "exact", "perusahaan", source=["Siti Nurbaya Bakar"])
a.C("28 tersangka", 28, "exact", "tersangka", source=["Mohammad Iqbal"], predicate="tetap")

# ---------------------------------------------------------------- b08 naval exercise
a = art("b08-latihan-tni-al", "2025-06-02")
AL = "TNI Angkatan Laut"
US = "Angkatan Laut Amerika Serikat"
a.E("Agency", "TNI AL", AL).E("Agency", AL, AL)
a.E("Agency", "Angkatan Laut AS", US).E("Agency", US, US).E("Agency", "US Navy", US)
a.E("Location", "Laut Natuna Utara", "Laut Natuna Utara").E("Location", "Natuna", "Natuna").E("Location", "Jakarta", "Jakarta")
a.E("Leader", "Muhammad Ali", "Muhammad Ali", role="Kepala Staf TNI AL").E("Leader", "Ali", "Muhammad Ali")
a.E("State", "AS", "Amerika Serikat").E("State", "Indonesia", "Indonesia").E("State", "Tiongkok", "China")
a.E("Leader", "Kamala Shirin Lakhdhir", "Kamala Shirin Lakhdhir", role="Duta Besar AS untuk Indonesia")
a.E("Agency", "Bakamla", "Badan Keamanan Laut").E("Location", "Laut China Selatan", "Laut China Selatan")
a.E("Agency", "Institute for Security and Strategic Studies", "Institute for Security and Strategic Studies").E("Agency", "ISESS", "Institute for Security and Strategic Studies")
a.E("Person", "Khairul Fahmi", "Khairul Fahmi").E("Person", "Khairul", "Khairul Fahmi")
a.E("Agency", "Dispenal", "Dinas Penerangan Angkatan Laut")
a.E("Agency", "Angkatan Laut Korea Selatan", "Angkatan Laut Korea Selatan").E("State", "Korsel", "Korea Selatan").E("Location", "Laut Jawa", "Laut Jawa")
a.D("Senin (2/6/2025)", "2025-06-02").D("November 2024", "2024-11")
a.C("10 hari", 10, "exact", "day")
a.C("sekitar 1.200 personel", 1200, "approx", "personel", predicate="libat")
a.C("lima kapal", 5, "exact", "kapal", source=["Muhammad Ali"], predicate="kerah")
a.C("dua pesawat", 2, "exact", "pesawat", source=["Muhammad Ali"])
a.C("30 tahun", 30, "exact", "year", source=["Kamala Shirin Lakhdhir"], predicate="tanda")
a.C("tiga kapal", 3, "exact", "kapal", predicate="ikut")

GOLD.write()
