#!/usr/bin/env python3
"""Builds Golden/blind3/gold.jsonl from the third blind set's articles (d01..d08) and the hand annotations below.

The machinery of gold_lib.py and the conventions of blind_gold.py and blind2_gold.py, pointed at Golden/blind3. The gold
below was written from SPEC.md before the pipeline was ever run on these texts (see docs/quality.md, "Third blind set
(fourth session)").

Offsets are computed by gold_lib.py, never by hand: entities and dates mark every whole-word occurrence of the
given surface (longest surfaces first, no overlaps; `only` picks occurrence numbers); claims name their
surface and occurrence number. The texts are ASCII, so Python indices equal UTF-16 indices.
Run: python3 tests/NewsNlp.Tests/Quality/blind3_gold.py

Annotation conventions: those of heldout_gold.py, blind_gold.py and blind2_gold.py, unchanged (listed there and in
docs/quality.md), plus the new cases of this set written at the "Further conventions" comment below.
"""
from gold_lib import GoldSet

GOLD = GoldSet("blind3")
art = GOLD.art

# Carried over unchanged: range/approximate plural value = low end (ratusan 200..999); source only from the claim's own
# sentence (a quote is one sentence; a pronoun speaker, "Menurut dia", "Ia menyinggung", is the person it refers to);
# agency canonical = the Indonesian full name in use, also for a bare acronym; sub-bodies and foreign bodies named
# with their place are agencies of their own; a Leader's span is the name only; Leader = heads of state/government,
# ministers, governors, heads of an agency/office/directorate general, police and military chiefs, company and club
# presidents; spokespeople, judges, lawyers, analysts, coaches, referees, players, photographers are Person;
# Kabupaten/Kecamatan/Desa X: span with the word, canonical X; a place or agency inside a title is an entity; a
# classifier counts the noun after it (347 unit rumah -> rumah); an elided noun takes the noun of its total
# (198 [saham], 17 [anak] di antaranya, lima lainnya [laporan]); a data verb with an agency as its subject makes the
# agency the source (Kemenkes mencatat, Data BEI menunjukkan); claims in "Baca juga:" lines are claims; years in event
# and budget names are dates; match scores, ordinals, identifiers (nomor urut 2, U-23, menit ke-23), clock times
# are no claims; competitions, programmes and ships are no entities; hari ini is a date.
#
# Further conventions, decided before any run:
# - kemarin is a Date one day before the reference date; awal tahun ini -> the year;
# - page furniture (ADVERTISEMENT, SCROLL TO CONTINUE WITH CONTENT, [Gambas:Video 20detik], Halaman 2 dari 2) holds
#   no entity, date or claim;
# - a stock index level, its change and a range of levels count points: unit "poin"; a ticker in brackets after a
#   company (BBCA) is another mention of the company (Agency, the company's written name PT ... Tbk as canonical);
#   indices and reference rates (IHSG, Jisdor), statuses (KLB), programmes (MBG, SPPG, Sekolah Rakyat) name nothing;
# - a candidate pair "A-B" is two Persons; votes count "suara"; a regional election office by its full name
#   (KPU Kabupaten Sumbawa -> Komisi Pemilihan Umum Kabupaten Sumbawa, Bawaslu Kabupaten X -> Badan Pengawas Pemilu
#   Kabupaten X, following the held-out gold's Badan Pengawas Pemilu); a bare acronym that refers back to a regional
#   office of the article takes that office's canonical (KPU, BPBD), a bare acronym in a "Baca juga:" line with no
#   place the national body;
# - a court's sentence "9 tahun penjara" is a claim in years; "subsider 6 bulan kurungan", "dalam waktu satu bulan"
#   are claims in months; a judge, the AGO's head of legal information (a spokesperson) and a member of parliament
#   are Person; a company director other than the president director is Person; the commanders of warring forces
#   (al-Burhan, Dagalo) are Leaders;
# - ratios (empat kali lipat), ranks (10 besar, peringkat kelima) are no claims; an age range "usia 9 bulan hingga
#   59 bulan" is a range claim in months;
# - a classifier after its noun ("tiket sebanyak 28.000 lembar"): span the number and classifier, unit the noun;
# - a national or club team is an Agency (Timnas U-23, Persib Bandung, Bali United), a club's company its own Agency
#   (PT Persib Bandung Bermartabat, also PT PBB / PBB); "Rakyat Sudan" is the State.
G = "Badan Meteorologi, Klimatologi, dan Geofisika"
BN = "Badan Nasional Penanggulangan Bencana"
POLRI = "Kepolisian Negara Republik Indonesia"

# ---------------------------------------------------------------- d01 court verdict
a = art("d01-vonis-korupsi", "2025-05-14")
KJ = "Kejaksaan Agung"
PS = "PT Pelabuhan Samudra Nusantara"
a.E("Location", "Jakarta", "Jakarta").E("Agency", PS, PS)
a.E("Leader", "Bambang Hermawan", "Bambang Hermawan", role="Mantan Direktur Utama PT Pelabuhan Samudra Nusantara").E("Leader", "Bambang", "Bambang Hermawan")
a.E("Agency", "Pengadilan Tipikor Jakarta Pusat", "Pengadilan Tipikor Jakarta Pusat")
a.E("Person", "Purwanto Wibisono", "Purwanto Wibisono")
a.E("Agency", KJ, KJ).E("Agency", "Kejagung", KJ)
a.E("Person", "Lestari Andayani", "Lestari Andayani").E("Person", "Hendro Kusumo", "Hendro Kusumo")
a.E("Person", "Harli Siregar", "Harli Siregar").E("Person", "Harli", "Harli Siregar").E("Agency", "detikcom", "detikcom")
a.E("Person", "Sahat Marpaung", "Sahat Marpaung")
a.E("Agency", "Badan Pemeriksa Keuangan", "Badan Pemeriksa Keuangan").E("Agency", "BPK", "Badan Pemeriksa Keuangan")
a.E("Location", "Jakarta Selatan", "Jakarta Selatan").E("Location", "Surabaya", "Surabaya")
a.D("Rabu (14/5/2025)", "2025-05-14").D("2019", "2019").D("kemarin", "2025-05-13").D("Juni 2023", "2023-06").D("2021", "2021")
a.C("9 Tahun", 9, "exact", "year", predicate="vonis")
a.C("Rp23 Miliar", 23e9, "exact", "IDR", predicate="bayar")
a.C("9 tahun", 9, "exact", "year", predicate="vonis")
a.C("Rp750 juta", 750e6, "exact", "IDR")
a.C("6 bulan", 6, "exact", "month")
a.C("Rp23,4 miliar", 23.4e9, "exact", "IDR", predicate="bayar")
a.C("satu bulan", 1, "exact", "month")
a.C("4 tahun", 4, "exact", "year")
a.C("12 tahun", 12, "exact", "year", predicate="hukum")
a.C("dua direktur", 2, "exact", "direktur", hedge="Menurut")
a.C("Rp187,6 miliar", 187.6e9, "exact", "IDR", hedge="Menurut", predicate="capai")
a.C("empat kapal", 4, "exact", "kapal")
a.C("Rp412 miliar", 412e9, "exact", "IDR")
a.C("dua kapal", 2, "exact", "kapal", predicate="serah")
a.C("3 Tersangka", 3, "exact", "tersangka", subject=KJ, predicate="tetap")
a.C("Rp187 Miliar", 187e9, "exact", "IDR", hedge="Ditaksir")
a.C("7 tahun", 7, "exact", "year", predicate="vonis")
a.C("6 tahun", 6, "exact", "year", predicate="vonis")
a.C("tujuh hari", 7, "exact", "day", source=["Harli Siregar"])
a.C("Rp5 miliar", 5e9, "exact", "IDR", source=["Sahat Marpaung"], hedge="Menurut", predicate="kembali")
a.C("sedikitnya 65 saksi", 65, "at_least", "saksi", subject=KJ, predicate="periksa")
a.C("sekitar Rp31 miliar", 31e9, "approx", "IDR", predicate="sita")
a.C("tiga rumah", 3, "exact", "rumah")

# ---------------------------------------------------------------- d02 regional election count
a = art("d02-rekapitulasi-pilkada", "2024-12-05")
KS = "Komisi Pemilihan Umum Kabupaten Sumbawa"
BW = "Badan Pengawas Pemilu Kabupaten Sumbawa"
MK = "Mahkamah Konstitusi"
a.E("Agency", "KPU Sumbawa", KS).E("Agency", "KPU Kabupaten Sumbawa", KS).E("Agency", "KPU", KS)
a.E("Location", "Sumbawa Besar", "Sumbawa Besar").E("Location", "Sumbawa", "Sumbawa")
a.E("Person", "Arif Rahman", "Arif Rahman").E("Person", "Wulan Septiani", "Wulan Septiani")
a.E("Person", "Syamsul Bahri", "Syamsul Bahri").E("Person", "Ketut Wirawan", "Ketut Wirawan")
a.E("Person", "Zainal Abidin", "Zainal Abidin").E("Person", "Nurhayati", "Nurhayati")
a.E("Leader", "Rahmat Hidayat", "Rahmat Hidayat", role="Ketua KPU Kabupaten Sumbawa").E("Leader", "Rahmat", "Rahmat Hidayat")
a.E("Agency", "Bawaslu", "Badan Pengawas Pemilu").E("Agency", "Bawaslu Kabupaten Sumbawa", BW)
a.E("Location", "Kecamatan Empang", "Empang").E("Location", "Kecamatan Plampang", "Plampang")
a.E("Leader", "Dedi Kurniawan", "Dedi Kurniawan", role="Ketua Bawaslu Kabupaten Sumbawa")
a.E("Agency", "Universitas Mataram", "Universitas Mataram").E("Person", "Lalu Ahmad Fauzan", "Lalu Ahmad Fauzan")
a.E("Agency", MK, MK).E("Agency", "MK", MK)
a.E("Person", "Yusuf Maulana", "Yusuf Maulana").E("Agency", "detikcom", "detikcom")
a.D("Kamis (5/12/2024)", "2024-12-05").D("27 November 2024", "2024-11-27").D("2024", "2024").D("tahun ini", "2024")
a.D("2020", "2020").D("Februari 2025", "2025-02")
a.C("46,8 Persen", 46.8, "exact", "percent", predicate="raih")
a.C("112.406 suara", 112406, "exact", "suara", predicate="unggul")
a.C("46,8 persen", 46.8, "exact", "percent")
a.C("89.735 suara", 89735, "exact", "suara")
a.C("37,4 persen", 37.4, "exact", "percent")
a.C("37.981 suara", 37981, "exact", "suara", predicate="peroleh")
a.C("sekitar 15,8 persen", 15.8, "approx", "percent")
a.C("240.122 suara", 240122, "exact", "suara", source=["Rahmat Hidayat"], predicate="capai")
a.C("6.317", 6317, "exact", "suara", source=["Rahmat Hidayat"])
a.C("sekitar 71 persen", 71, "approx", "percent", source=["Rahmat Hidayat"])
a.C("351.880 pemilih", 351880, "exact", "pemilih", source=["Rahmat Hidayat"])
a.C("hampir 78 persen", 78, "approx", "percent", predicate="capai")
a.C("3 Kecamatan", 3, "exact", "kecamatan", subject="Badan Pengawas Pemilu", predicate="temu")
a.C("27 TPS", 27, "exact", "TPS")
a.C("14 laporan", 14, "exact", "laporan", source=["Dedi Kurniawan"], predicate="terima")
a.C("sembilan laporan", 9, "exact", "laporan", predicate="henti")
a.C("lima lainnya", 5, "exact", "laporan", predicate="proses")
a.C("lebih dari 22 ribu", 22000, "more_than", "suara", source=["Lalu Ahmad Fauzan"])
a.C("tiga hari", 3, "exact", "day")
a.C("ratusan bupati", 200, "approx", "bupati", low=200, high=999)

# ---------------------------------------------------------------- d03 flood in Sumatra
a = art("d03-banjir-madina", "2025-03-11")
BM = "Badan Penanggulangan Bencana Daerah Mandailing Natal"
MN = "Mukhsin Nasution"
a.E("Location", "Mandailing Natal", "Mandailing Natal").E("Location", "Kabupaten Mandailing Natal", "Mandailing Natal")
a.E("Location", "Medan", "Medan").E("Location", "Sumatera Utara", "Sumatera Utara")
a.E("Agency", "BPBD Mandailing Natal", BM).E("Agency", "BPBD", BM)
a.E("Leader", MN, MN, role="Kepala Pelaksana BPBD Mandailing Natal").E("Leader", "Mukhsin", MN)
a.E("Location", "Desa Huta Godang", "Huta Godang").E("Location", "Desa Simpang Gambir", "Simpang Gambir")
a.E("Location", "Desa Tabuyung", "Tabuyung").E("Location", "Desa Lubuk Kapundung", "Lubuk Kapundung")
a.E("Agency", "detikcom", "detikcom")
a.E("Agency", "Basarnas", "Badan Nasional Pencarian dan Pertolongan").E("Agency", "TNI", "Tentara Nasional Indonesia").E("Agency", "Polri", POLRI)
a.E("Location", "Jalan Lintas Sumatera", "Jalan Lintas Sumatera").E("Location", "Tapanuli Selatan", "Tapanuli Selatan")
a.E("Leader", "Bobby Nasution", "Bobby Nasution", role="Gubernur Sumatera Utara").E("Leader", "Bobby", "Bobby Nasution")
a.E("Agency", "BNPB", BN).E("Person", "Abdul Muhari", "Abdul Muhari")
a.E("Agency", G, G).E("Agency", "BMKG", G).E("Location", "Sumatera", "Sumatera")
a.D("Minggu (9/3)", "2025-03-09").D("Selasa (11/3/2025)", "2025-03-11").D("Senin (10/3)", "2025-03-10")
a.D("pekan depan", "2025-W12").D("pertengahan Maret", "2025-03")
a.C("2.130 Warga", 2130, "exact", "warga", predicate="ungsi")
a.C("sedikitnya enam desa", 6, "at_least", "desa", predicate="terjang")
a.C("2.130 warga", 2130, "exact", "warga", predicate="ungsi")
a.C("612 jiwa", 612, "exact", "jiwa", source=[MN])
a.C("488 jiwa", 488, "exact", "jiwa")
a.C("395 jiwa", 395, "exact", "jiwa")
a.C("sekitar tiga ratus jiwa", 300, "approx", "jiwa")
a.C("antara 1 hingga 2,5 meter", 1, "range", "m", low=1, high=2.5, source=[MN])
a.C("dua warga", 2, "exact", "warga", source=[MN], hedge="Menurut", predicate="meninggal")
a.C("satu orang", 1, "exact", "orang", source=[MN], hedge="Menurut")
a.C("lebih dari 200 personel", 200, "more_than", "personel", predicate="kerah")
a.C("enam perahu", 6, "exact", "perahu", predicate="kerah")
a.C("347 unit rumah", 347, "exact", "rumah", predicate="rendam")
a.C("41 rumah", 41, "exact", "rumah")
a.C("dua jembatan", 2, "exact", "jembatan", predicate="putus")
a.C("hampir 900 hektare", 900, "approx", "ha", predicate="rendam")
a.C("sedikitnya 150 ekor ternak", 150, "at_least", "ternak", predicate="hanyut")
a.C("5 ton", 5, "exact", "ton", predicate="serah")
a.C("1.000 paket", 1000, "exact", "paket")
a.C("500 lembar selimut", 500, "exact", "selimut")
a.C("14 hari", 14, "exact", "day", source=["Bobby Nasution"])
a.C("Rp2,5 miliar", 2.5e9, "exact", "IDR", source=["Bobby Nasution"], predicate="siap")
a.C("180 milimeter", 180, "exact", "mm", source=["Abdul Muhari"], predicate="capai")

# ---------------------------------------------------------------- d04 stock market and rupiah
a = art("d04-ihsg-rupiah", "2025-07-23")
BE = "Bursa Efek Indonesia"
BC = "PT Bank Central Asia Tbk"
ID = "Institute for Development of Economics and Finance"
a.E("Location", "Jakarta", "Jakarta", only=[1])
a.E("Agency", BE, BE).E("Agency", "BEI", BE).E("Agency", BC, BC).E("Agency", "BBCA", BC)
a.E("State", "Amerika Serikat", "Amerika Serikat").E("State", "AS", "Amerika Serikat")
a.E("Agency", "Bank Indonesia", "Bank Indonesia").E("Agency", "BI", "Bank Indonesia")
a.E("Agency", "Phintraco Sekuritas", "Phintraco Sekuritas").E("Person", "Ratna Lim", "Ratna Lim").E("Person", "Ratna", "Ratna Lim")
a.E("State", "Indonesia", "Indonesia")
a.E("Leader", "Perry Warjiyo", "Perry Warjiyo", role="Gubernur Bank Indonesia").E("Leader", "Perry", "Perry Warjiyo")
a.E("Agency", ID, ID).E("Agency", "Indef", ID).E("Person", "Wahyu Prasetyo", "Wahyu Prasetyo")
a.D("Rabu (23/7/2025)", "2025-07-23").D("Hari Ini", "2025-07-23").D("1 Agustus", "2025-08-01").D("kemarin", "2025-07-22")
a.D("akhir Juni", "2025-06").D("tahun ini", "2025")
a.C("1,2%", 1.2, "exact", "percent", predicate="anjlok")
a.C("7.052", 7052, "exact", "poin")
a.C("Rp1,1 Triliun", 1.1e12, "exact", "IDR", predicate="lepas")
a.C("85,36 poin", 85.36, "exact", "poin", predicate="turun")
a.C("1,2 persen", 1.2, "exact", "percent", predicate="turun")
a.C("7.052,41", 7052.41, "exact", "poin")
a.C("7.018", 7018, "exact", "poin", predicate="sentuh")
a.C("412 saham", 412, "exact", "saham", source=[BE], predicate="lemah")
a.C("198", 198, "exact", "saham", source=[BE], predicate="kuat")
a.C("201", 201, "exact", "saham", source=[BE])
a.C("Rp11,8 triliun", 11.8e12, "exact", "IDR", predicate="capai")
a.C("21,3 miliar saham", 21.3e9, "exact", "saham")
a.C("sekitar Rp1,1 triliun", 1.1e12, "approx", "IDR")
a.C("lebih dari Rp380 miliar", 380e9, "more_than", "IDR")
a.C("65 poin", 65, "exact", "poin", predicate="lemah")
a.C("Rp16.395", 16395, "exact", "IDR")
a.C("Rp16.378", 16378, "exact", "IDR", source=["Bank Indonesia"])
a.C("Rp12.000", 12000, "exact", "IDR", predicate="naik")
a.C("Rp1.934.000", 1934000, "exact", "IDR")
a.C("32 persen", 32, "exact", "percent", source=["Ratna Lim"])
a.C("7.000 hingga 7.150", 7000, "range", "poin", low=7000, high=7150, source=["Ratna Lim"], hedge="memperkirakan", predicate="gerak")
a.C("kurang dari 2 persen", 2, "less_than", "percent", source=["Ratna Lim"], predicate="turun")
a.C("0,4 persen", 0.4, "exact", "percent", source=["Ratna Lim"], predicate="naik")
a.C("5,25 persen", 5.25, "exact", "percent", source=["Perry Warjiyo"], predicate="pertahan")
a.C("US$152,6 miliar", 152.6e9, "exact", "USD", source=["Perry Warjiyo"], hedge="Menurut", predicate="catat")
a.C("6,4 bulan", 6.4, "exact", "month", source=["Perry Warjiyo"], hedge="Menurut")
a.C("sekitar 4,9 persen", 4.9, "approx", "percent", source=["Wahyu Prasetyo"], hedge="Menurut")

# ---------------------------------------------------------------- d05 measles outbreak
a = art("d05-campak", "2025-08-29")
KK = "Kementerian Kesehatan"
IA = "Ikatan Dokter Anak Indonesia"
W = "Organisasi Kesehatan Dunia"
MU = "Murti Utami"
a.E("Agency", KK, KK).E("Agency", "Kemenkes", KK).E("Location", "Jakarta", "Jakarta")
a.E("Leader", MU, MU, role="Direktur Jenderal Penanggulangan Penyakit Kemenkes").E("Leader", "Murti", MU)
a.E("Location", "Jawa Timur", "Jawa Timur").E("Location", "Jawa Barat", "Jawa Barat").E("Location", "Banten", "Banten")
a.E("Location", "Sumatera Selatan", "Sumatera Selatan").E("Location", "Kabupaten Sumenep", "Sumenep").E("Location", "Sumenep", "Sumenep")
a.E("Location", "Gedung Kemenkes", "Gedung Kemenkes").E("Location", "Jakarta Selatan", "Jakarta Selatan")
a.E("Leader", "Budi Gunadi Sadikin", "Budi Gunadi Sadikin", role="Menteri Kesehatan").E("Leader", "Budi", "Budi Gunadi Sadikin")
a.E("Agency", "WHO", W).E("Agency", W, W).E("Location", "Asia Tenggara", "Asia Tenggara")
a.E("Agency", IA, IA).E("Agency", "IDAI", IA)
a.E("Leader", "Piprim Basarah Yanuarso", "Piprim Basarah Yanuarso", role="Ketua Umum IDAI").E("Leader", "Piprim", "Piprim Basarah Yanuarso")
a.E("State", "Indonesia", "Indonesia").E("Person", "Ahmad Faisol", "Ahmad Faisol").E("Agency", "detikJatim", "detikJatim")
a.D("awal tahun ini", "2025").D("Jumat (29/8/2025)", "2025-08-29").D("akhir September", "2025-09").D("pekan lalu", "2025-W34").D("2024", "2024")
a.C("3.961 Kasus", 3961, "exact", "kasus", source=[KK], predicate="catat")
a.C("8 Provinsi", 8, "exact", "provinsi", source=[KK])
a.C("3.961 kasus", 3961, "exact", "kasus", source=[KK], predicate="catat")
a.C("delapan provinsi", 8, "exact", "provinsi", source=[KK])
a.C("Sedikitnya 23 anak", 23, "at_least", "anak", predicate="meninggal")
a.C("1.284 kasus", 1284, "exact", "kasus", source=[MU])
a.C("912 kasus", 912, "exact", "kasus")
a.C("604 kasus", 604, "exact", "kasus")
a.C("377 kasus", 377, "exact", "kasus")
a.C("lebih dari 900 anak", 900, "more_than", "anak", source=[MU], predicate="infeksi")
a.C("17", 17, "exact", "anak", source=[MU], predicate="meninggal")
a.C("kurang dari 70 persen", 70, "less_than", "percent", source=[MU], hedge="Menurut")
a.C("95 persen", 95, "exact", "percent", source=[MU], hedge="Menurut")
a.C("1,2 juta dosis", 1.2e6, "exact", "dosis", subject=KK, predicate="kirim")
a.C("lima provinsi", 5, "exact", "provinsi", subject=KK, predicate="kirim")
a.C("sekitar 400 ribu anak", 4e5, "approx", "anak", source=["Budi Gunadi Sadikin"], predicate="vaksin")
a.C("9 bulan hingga 59 bulan", 9, "range", "month", low=9, high=59, source=["Budi Gunadi Sadikin"], predicate="usia")
a.C("12 hingga 18 orang", 12, "range", "orang", low=12, high=18, source=["Piprim Basarah Yanuarso"], predicate="tular")
a.C("lebih dari 100 negara", 100, "more_than", "negara", source=["Piprim Basarah Yanuarso"], predicate="pakai")
a.C("Sekitar 1,4 juta anak", 1.4e6, "approx", "anak", hedge="diperkirakan")

# ---------------------------------------------------------------- d06 conflict in Sudan
a = art("d06-konflik-sudan", "2025-06-16")
RSF = "Pasukan Dukungan Cepat"
SAF = "Angkatan Bersenjata Sudan"
OC = "Kantor Koordinasi Urusan Kemanusiaan PBB"
IOM = "Organisasi Internasional untuk Migrasi"
KL = "Kementerian Luar Negeri"
a.E("Location", "El Fasher", "El Fasher").E("State", "Sudan", "Sudan").E("Location", "Darfur Utara", "Darfur Utara").E("Location", "Jakarta", "Jakarta")
a.E("Agency", "Kementerian Kesehatan Sudan", "Kementerian Kesehatan Sudan")
a.E("Agency", RSF, RSF).E("Agency", "RSF", RSF).E("Agency", "AFP", "AFP").E("Agency", SAF, SAF).E("Agency", "SAF", SAF)
a.E("Person", "Khalid Osman", "Khalid Osman")
a.E("Agency", OC, OC).E("Agency", "OCHA", OC).E("Agency", "PBB", "Perserikatan Bangsa-Bangsa")
a.E("Leader", "Antonio Guterres", "Antonio Guterres", role="Sekretaris Jenderal PBB").E("Leader", "Guterres", "Antonio Guterres")
a.E("Location", "New York", "New York")
a.E("Leader", "Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan").E("Leader", "Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo")
a.E("Agency", IOM, IOM).E("Agency", "IOM", IOM)
a.E("State", "Chad", "Chad").E("State", "Mesir", "Mesir").E("State", "Sudan Selatan", "Sudan Selatan").E("Location", "Port Sudan", "Port Sudan")
a.E("Agency", KL, KL).E("Agency", "Kemlu", KL).E("Person", "Rolliansyah Soemirat", "Rolliansyah Soemirat").E("Agency", "KBRI Khartoum", "KBRI Khartoum")
a.D("Sabtu (14/6)", "2025-06-14").D("Minggu (15/6)", "2025-06-15").D("April", "2025-04").D("Senin (16/6/2025)", "2025-06-16").D("April 2023", "2023-04")
a.C("Sedikitnya 62 Warga", 62, "at_least", "warga", predicate="tewas")
a.C("Sedikitnya 62 warga", 62, "at_least", "warga", predicate="tewas")
a.C("lebih dari 140 orang", 140, "more_than", "orang", source=["Kementerian Kesehatan Sudan"], predicate="luka")
a.C("lebih dari 300 tentara", 300, "more_than", "tentara", source=[RSF], hedge="mengklaim", predicate="tewas")
a.C("dua pangkalan", 2, "exact", "pangkalan", source=[RSF], hedge="mengklaim", predicate="rebut")
a.C("ratusan anggota", 200, "approx", "anggota", low=200, high=999, source=["Khalid Osman"], predicate="tewas")
a.C("sekitar 40 kendaraan", 40, "approx", "kendaraan", source=["Khalid Osman"], predicate="hancur")
a.C("hampir 400 ribu orang", 4e5, "approx", "orang", source=[OC], hedge="memperkirakan", predicate="jebak")
a.C("lebih dari 12 juta orang", 12e6, "more_than", "orang", source=[IOM], hedge="Menurut")
a.C("sekitar 4 juta", 4e6, "approx", "orang", source=[IOM], hedge="Menurut", predicate="ungsi")
a.C("1.500 Ton", 1500, "exact", "ton", predicate="salur")
a.C("37 WNI", 37, "exact", "WNI", source=["Rolliansyah Soemirat"])

# ---------------------------------------------------------------- d07 football result
a = art("d07-persib-persija", "2025-05-11")
PB = "Persib Bandung"
PJ = "Persija Jakarta"
PT = "PT Persib Bandung Bermartabat"
SG = "Stadion Gelora Bandung Lautan Api"
a.E("Agency", PB, PB).E("Agency", "Persib", PB).E("Agency", PJ, PJ).E("Agency", "Persija", PJ).E("Location", "Bandung", "Bandung")
a.E("Location", SG, SG).E("Location", "GBLA", SG)
a.E("Person", "Rendra Wiguna", "Rendra Wiguna").E("Person", "Marcelo Aguiar", "Marcelo Aguiar").E("Person", "Yudha Permana", "Yudha Permana")
a.E("Person", "Agus Salim", "Agus Salim").E("Person", "Fikri Maulana", "Fikri Maulana")
a.E("Person", "Bojan Hodak", "Bojan Hodak").E("Person", "Hodak", "Bojan Hodak").E("Agency", "Dewa United", "Dewa United")
a.E("Person", "Carlos Pena", "Carlos Pena").E("Agency", "Timnas U-23", "Timnas U-23")
a.E("Agency", "Bali United", "Bali United").E("Location", "Stadion Kapten I Wayan Dipta", "Stadion Kapten I Wayan Dipta").E("Location", "Gianyar", "Gianyar")
a.E("Agency", PT, PT).E("Agency", "PT PBB", PT).E("Agency", "PBB", PT)
a.E("Leader", "Glenn Sugita", "Glenn Sugita", role="Direktur Utama PT PBB").E("Leader", "Glenn", "Glenn Sugita")
a.D("Minggu (11/5/2025)", "2025-05-11").D("Sabtu (17/5)", "2025-05-17")
a.C("68 poin", 68, "exact", "poin", subject=PB, predicate="koleksi")
a.C("31 pertandingan", 31, "exact", "pertandingan", subject=PB)
a.C("sekitar 27.500 penonton", 27500, "approx", "penonton", predicate="saksi")
a.C("tujuh kartu", 7, "exact", "kartu", predicate="keluar")
a.C("satu kartu", 1, "exact", "kartu", predicate="keluar")
a.C("90 menit", 90, "exact", "minute", source=["Bojan Hodak"])
a.C("sembilan poin", 9, "exact", "poin", source=["Bojan Hodak"], predicate="unggul")
a.C("lebih dari 10 peluang", 10, "more_than", "peluang", source=["Carlos Pena"], hedge="Menurut", predicate="cipta")
a.C("satu gol", 1, "exact", "gol", source=["Carlos Pena"], hedge="Menurut", predicate="cetak")
a.C("51 poin", 51, "exact", "poin", subject=PJ)
a.C("30 Pemain", 30, "exact", "pemain", predicate="panggil")
a.C("tiga laga", 3, "exact", "laga")
a.C("satu kemenangan", 1, "exact", "kemenangan", predicate="butuh")
a.C("Rp4,2 miliar", 4.2e9, "exact", "IDR", source=[PT], predicate="capai")
a.C("28.000 lembar", 28000, "exact", "tiket", source=["Glenn Sugita"], predicate="jual")
a.C("kurang dari tiga jam", 3, "less_than", "hour", source=["Glenn Sugita"])

# ---------------------------------------------------------------- d08 programme budget
a = art("d08-anggaran-mbg", "2025-08-19")
BG = "Badan Gizi Nasional"
DH = "Dadan Hindayana"
SM = "Sri Mulyani Indrawati"
a.E("Location", "Jakarta", "Jakarta").E("Agency", BG, BG).E("Agency", "BGN", BG)
a.E("Leader", DH, DH, role="Kepala Badan Gizi Nasional").E("Leader", "Dadan", DH)
a.E("State", "Indonesia", "Indonesia").E("Agency", "Komisi IX DPR", "Komisi IX DPR")
a.E("Location", "Kompleks Parlemen", "Kompleks Parlemen").E("Location", "Senayan", "Senayan")
a.E("Leader", SM, SM, role="Menteri Keuangan").E("Leader", "Sri Mulyani", SM)
a.E("Leader", "Prabowo", "Prabowo Subianto").E("Person", "Charles Honoris", "Charles Honoris").E("Person", "Charles", "Charles Honoris")
a.D("akhir 2026", "2026").D("2026", "2026").D("tahun ini", "2025").D("Tahun Ini", "2025").D("Selasa (19/8/2025)", "2025-08-19").D("Januari", "2025-01")
a.C("Rp335 Triliun", 335e12, "exact", "IDR", predicate="naik")
a.C("82,9 Juta Penerima", 82.9e6, "exact", "penerima", predicate="sasar")
a.C("Rp335 triliun", 335e12, "exact", "IDR", predicate="alokasi")
a.C("Rp71 triliun", 71e12, "exact", "IDR")
a.C("82,9 juta penerima", 82.9e6, "exact", "penerima", source=[DH], predicate="jangkau")
a.C("sekitar 20 juta penerima", 20e6, "approx", "penerima", predicate="jangkau")
a.C("sedikitnya 30.000 dapur", 30000, "at_least", "dapur", source=[DH], predicate="bangun")
a.C("antara 3.000 hingga 3.500 porsi", 3000, "range", "porsi", low=3000, high=3500, source=[DH], predicate="layan")
a.C("Rp10.000", 10000, "exact", "IDR", source=[DH], hedge="Menurut", predicate="patok")
a.C("sekitar Rp1 miliar", 1e9, "approx", "IDR", source=[DH], hedge="Menurut", predicate="capai")
a.C("hampir 290 ribu pekerja", 290000, "approx", "pekerja", hedge="diklaim", predicate="serap")
a.C("Rp757,8 triliun", 757.8e12, "exact", "IDR", source=[SM], predicate="capai")
a.C("20 persen", 20, "exact", "percent", source=[SM])
a.C("2,48 persen", 2.48, "exact", "percent", source=[SM])
a.C("di bawah 3 persen", 3, "less_than", "percent", source=[SM])
a.C("100 Sekolah", 100, "exact", "sekolah")
a.C("lebih dari 1.000 siswa", 1000, "more_than", "siswa", source=["Charles Honoris"], predicate="timpa")
a.C("14 dapur", 14, "exact", "dapur", source=[DH], predicate="nonaktif")
a.C("tiga bulan", 3, "exact", "month", source=[DH])

GOLD.write()
