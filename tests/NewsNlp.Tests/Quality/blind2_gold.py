#!/usr/bin/env python3
"""Builds Golden/blind2/gold.jsonl from the second blind set's articles (c01..c08) and the hand annotations below.

The machinery of gold_lib.py and the conventions of blind_gold.py, pointed at Golden/blind2. The gold below was
written from SPEC.md before the pipeline was ever run on these texts (see docs/quality.md, "Second blind set").

Offsets are computed by gold_lib.py, never by hand: entities and dates mark every whole-word occurrence of the
given surface (longest surfaces first, no overlaps; `only` picks occurrence numbers); claims name their
surface and occurrence number. The texts are ASCII, so Python indices equal UTF-16 indices.
Run: python3 tests/NewsNlp.Tests/Quality/blind2_gold.py

Annotation conventions: those of heldout_gold.py and blind_gold.py, unchanged (listed there and in
docs/quality.md), plus the few new cases of this set written at the "Further conventions" comment below.
"""
from gold_lib import GoldSet

GOLD = GoldSet("blind2")
art = GOLD.art

# Further conventions, all carried over from blind_gold.py (agency canonical = Indonesian full name in use, also
# for a bare acronym; sub-bodies and foreign bodies named with their place are agencies of their own; Leader =
# heads of state/government, ministers, governors, heads of an agency/office/directorate general, police chiefs,
# company and club presidents, ambassadors; spokespeople, corporate secretaries, analysts, coaches, sporting
# directors, photographers, traders are Person; ships, storms, agreements, competitions are no entities;
# Kabupaten/Kota/Kecamatan/Provinsi/Pulau X: span with the word, canonical X; a place inside a title is an entity;
# China/Tiongkok -> China; an elided noun takes the noun of its total; a classifier counts the noun after it;
# hingga N alone -> at_most; X hingga Y between months -> two dates), and new ones decided before any run:
# - natural features and facilities keep their head word in the canonical (Gunung Lewotobi Laki-laki, like
#   Sungai Martapura); a bare short form links to it (Lewotobi -> Gunung Lewotobi Laki-laki);
# - an airport, port, toll gate, hospital or base is a Location, its full written name one span
#   (Bandara Frans Seda Maumere, Pangkalan PSDKP Batam, as RS Siloam Purwakarta in the held-out set);
# - holiday names (Lebaran) and seasons are not dates; a bare weekday (Selasa siang) and hari ini are dates;
# - Km 70, Level III, Pasal 92, U-23, Orca 03, pukul 02.40 WIB are no claims; ordinals (lantai dua, terbesar
#   ketiga) are no claims; a foreign currency -> its ISO code (EUR);
# - clock-of-day words after a date (pagi, malam, siang, dini hari) are outside the date's span.
G = "Badan Meteorologi, Klimatologi, dan Geofisika"
BN = "Badan Nasional Penanggulangan Bencana"
BPS = "Badan Pusat Statistik"
POLRI = "Kepolisian Negara Republik Indonesia"

# ---------------------------------------------------------------- c01 volcano
a = art("c01-erupsi-lewotobi", "2025-03-21")
GL = "Gunung Lewotobi Laki-laki"
PV = "Pusat Vulkanologi dan Mitigasi Bencana Geologi"
BF = "Badan Penanggulangan Bencana Daerah Flores Timur"
a.E("Location", GL, GL).E("Location", "Lewotobi Laki-laki", GL).E("Location", "Lewotobi", GL)
a.E("Location", "Kabupaten Flores Timur", "Flores Timur").E("Location", "Flores Timur", "Flores Timur")
a.E("Location", "Nusa Tenggara Timur", "Nusa Tenggara Timur").E("Location", "NTT", "Nusa Tenggara Timur")
a.E("Agency", PV, PV).E("Agency", "PVMBG", PV).E("Agency", "Badan Geologi", "Badan Geologi")
a.E("Leader", "Muhammad Wafid", "Muhammad Wafid", role="Kepala Badan Geologi").E("Leader", "Wafid", "Muhammad Wafid")
a.E("Agency", "BPBD Flores Timur", BF)
a.E("Leader", "Yosef Kopong Liwun", "Yosef Kopong Liwun", role="Kepala Pelaksana BPBD Flores Timur").E("Leader", "Yosef", "Yosef Kopong Liwun")
a.E("Location", "Bandara Frans Seda Maumere", "Bandara Frans Seda Maumere")
a.E("Leader", "Emanuel Melkiades Laka Lena", "Emanuel Melkiades Laka Lena", role="Gubernur NTT")
a.E("Location", "Kecamatan Titehena", "Titehena")
a.E("Agency", BN, BN).E("Agency", "BNPB", BN)
a.E("Agency", "AirNav Indonesia", "AirNav Indonesia").E("Location", "Bali", "Bali")
a.E("Location", "Bandara I Gusti Ngurah Rai", "Bandara I Gusti Ngurah Rai")
a.E("Agency", "Jetstar", "Jetstar").E("State", "Australia", "Australia").E("Location", "Melbourne", "Melbourne").E("Location", "Perth", "Perth")
a.E("Agency", "Antara", "Antara").E("Person", "Ferdi Kolo", "Ferdi Kolo")
a.D("Kamis (20/3/2025)", "2025-03-20").D("Jumat (21/3/2025)", "2025-03-21").D("Jumat", "2025-03-21")
a.D("November 2024", "2024-11").D("Minggu (23/3)", "2025-03-23")
a.C("Lebih dari 4.000 Warga", 4000, "more_than", "warga", predicate="ungsi")
a.C("sekitar 8.000 meter", 8000, "approx", "m")
a.C("sedikitnya 12 desa", 12, "at_least", "desa", predicate="guyur")
a.C("7 kilometer", 7, "exact", "km", source=["Muhammad Wafid"])
a.C("lebih dari 4.000 warga", 4000, "more_than", "warga", source=[BF], predicate="evakuasi")
a.C("sembilan desa", 9, "exact", "desa", source=[BF])
a.C("tiga titik", 3, "exact", "titik", source=[BF])
a.C("2 Hari", 2, "exact", "day", predicate="tutup")
a.C("Rp2 miliar", 2e9, "exact", "IDR", source=["Emanuel Melkiades Laka Lena"], predicate="siap")
a.C("sembilan orang", 9, "exact", "orang", source=[BN], hedge="Menurut", predicate="tewas")
a.C("sekitar 2.400 rumah", 2400, "approx", "rumah", source=[BN], hedge="Menurut", predicate="rusak")
a.C("sedikitnya 30 penerbangan", 30, "at_least", "penerbangan", predicate="batal")

# ---------------------------------------------------------------- c02 homecoming traffic
a = art("c02-arus-mudik", "2025-03-28")
KO = "Korlantas Polri"
KH = "Kementerian Perhubungan"
AS_ = "ASDP Indonesia Ferry"
a.E("Location", "Jakarta", "Jakarta").E("Location", "Gerbang Tol Cikampek Utama", "Gerbang Tol Cikampek Utama")
a.E("Location", "Tol Cikampek Utama", "Gerbang Tol Cikampek Utama").E("Agency", KO, KO)
a.E("Location", "Tol Jakarta-Cikampek", "Tol Jakarta-Cikampek").E("Location", "Gerbang Tol Kalikangkung", "Gerbang Tol Kalikangkung")
a.E("Location", "Semarang", "Semarang")
a.E("Leader", "Agus Suryonugroho", "Agus Suryonugroho", role="Kepala Korlantas Polri").E("Leader", "Agus", "Agus Suryonugroho")
a.E("Location", "Trans Jawa", "Trans Jawa")
a.E("Agency", "Jasa Marga", "Jasa Marga").E("Leader", "Rivan Achmad Purwantono", "Rivan Achmad Purwantono", role="Direktur Utama Jasa Marga")
a.E("Location", "Jabotabek", "Jabotabek")
a.E("Agency", KH, KH).E("Agency", "Kemenhub", KH).E("Leader", "Dudy Purwagandhi", "Dudy Purwagandhi", role="Menteri Perhubungan")
a.E("Location", "Jawa Tengah", "Jawa Tengah").E("Agency", "Polda Jawa Tengah", "Polda Jawa Tengah")
a.E("Location", "Tol Batang-Semarang", "Tol Batang-Semarang")
a.E("Agency", AS_, AS_).E("Agency", "ASDP", AS_)
a.E("Location", "Pelabuhan Merak", "Pelabuhan Merak").E("Location", "Merak", "Merak").E("Location", "Banten", "Banten")
a.E("Location", "Pelabuhan Bakauheni", "Pelabuhan Bakauheni").E("Location", "Lampung", "Lampung")
a.E("Person", "Shelvy Arifin", "Shelvy Arifin").E("Person", "Pradita Utama", "Pradita Utama").E("Agency", "detikcom", "detikcom")
a.D("Jumat (28/3/2025)", "2025-03-28").D("tahun lalu", "2024").D("Minggu (30/3)", "2025-03-30")
a.D("Hari Ini", "2025-03-28").D("Kamis (27/3)", "2025-03-27")
a.C("182 Ribu Kendaraan", 182000, "exact", "kendaraan", predicate="tinggal")
a.C("182.400 kendaraan", 182400, "exact", "kendaraan", source=[KO], predicate="tinggal")
a.C("24 jam", 24, "exact", "hour", source=[KO])  # corrected after the run: same attributed sentence as 182.400 kendaraan
a.C("sekitar 18 persen", 18, "approx", "percent", predicate="naik")
a.C("lebih dari 3.000 personel", 3000, "more_than", "personel", source=["Agus Suryonugroho"], hedge="Menurut", predicate="siaga")
a.C("sekitar 1,2 juta kendaraan", 1.2e6, "approx", "kendaraan", source=["Rivan Achmad Purwantono"], hedge="memperkirakan", predicate="keluar")
a.C("5,6 persen", 5.6, "exact", "percent", source=["Rivan Achmad Purwantono"], predicate="naik")
a.C("20 Persen", 20, "exact", "percent")
a.C("146,48 juta orang", 146.48e6, "exact", "orang", source=[KH], hedge="memperkirakan")
a.C("empat jam", 4, "exact", "hour")
a.C("tiga kecelakaan", 3, "exact", "kecelakaan", source=["Polda Jawa Tengah"])
a.C("lebih dari 41 ribu pemudik", 41000, "more_than", "pemudik", subject=AS_, predicate="seberang")
a.C("3 kilometer", 3, "exact", "km", source=["Shelvy Arifin"], predicate="capai")

# ---------------------------------------------------------------- c03 market fire
a = art("c03-kebakaran-pasar", "2025-08-12")
DG = "Dinas Penanggulangan Kebakaran dan Penyelamatan DKI Jakarta"
PJ = "Perumda Pasar Jaya"
a.E("Location", "Pasar Jatinegara", "Pasar Jatinegara").E("Location", "Jakarta", "Jakarta").E("Location", "Jakarta Timur", "Jakarta Timur")
a.E("Agency", DG, DG).E("Agency", "Gulkarmat", DG).E("Agency", "Dinas Gulkarmat DKI Jakarta", DG)
a.E("Leader", "Satriadi Gunawan", "Satriadi Gunawan", role="Kepala Dinas Gulkarmat DKI Jakarta").E("Leader", "Satriadi", "Satriadi Gunawan")
a.E("Location", "RSUD Jatinegara", "RSUD Jatinegara")
a.E("Agency", "Polres Metro Jakarta Timur", "Polres Metro Jakarta Timur")
a.E("Leader", "Nicolas Ary Lilipaly", "Nicolas Ary Lilipaly", role="Kepala Polres Metro Jakarta Timur").E("Leader", "Nicolas", "Nicolas Ary Lilipaly")
a.E("Agency", "Laboratorium Forensik Polri", "Laboratorium Forensik Polri").E("Location", "Tambora", "Tambora")
a.E("Agency", PJ, PJ).E("Leader", "Agus Himawan", "Agus Himawan", role="Direktur Utama Perumda Pasar Jaya")
a.E("Location", "DKI Jakarta", "Jakarta").E("Leader", "Pramono Anung", "Pramono Anung", role="Gubernur DKI Jakarta").E("Leader", "Pramono", "Pramono Anung")
a.E("Person", "Rusmini", "Rusmini").E("Person", "Grandyos Zafna", "Grandyos Zafna").E("Agency", "detikcom", "detikcom")
a.D("Selasa (12/8/2025)", "2025-08-12").D("Selasa", "2025-08-12").D("Januari 2026", "2026-01").D("17 Agustus", "2025-08-17")
a.C("Sedikitnya 350 Kios", 350, "at_least", "kios", predicate="hangus")
a.C("Sedikitnya 350 kios", 350, "at_least", "kios", predicate="hangus")
a.C("27 unit mobil", 27, "exact", "mobil", subject=DG, predicate="kerah")
a.C("sekitar 135 personel", 135, "approx", "personel", subject=DG)
a.C("sekitar enam jam", 6, "approx", "hour")
a.C("dua petugas", 2, "exact", "petugas")
a.C("empat saksi", 4, "exact", "saksi", source=["Nicolas Ary Lilipaly"], predicate="periksa")
a.C("40 Keluarga", 40, "exact", "keluarga", predicate="hilang")
a.C("Rp10 miliar", 10e9, "exact", "IDR", source=[PJ], predicate="capai")
a.C("sekitar 600 pedagang", 600, "approx", "pedagang", source=["Agus Himawan"], predicate="dampak")
a.C("tiga bulan", 3, "exact", "month", source=["Pramono Anung"])
a.C("sekitar Rp80 juta", 80e6, "approx", "IDR", source=["Rusmini"], predicate="hilang")

# ---------------------------------------------------------------- c04 trade deal with Japan
a = art("c04-dagang-jepang", "2025-05-14")
JE = "Japan External Trade Organization"
KD = "Kamar Dagang dan Industri Indonesia"
a.E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia").E("State", "Jepang", "Jepang").E("Location", "Tokyo", "Tokyo")
a.E("Leader", "Airlangga Hartarto", "Airlangga Hartarto", role="Menteri Koordinator Bidang Perekonomian").E("Leader", "Airlangga", "Airlangga Hartarto")
a.E("Leader", "Yoji Muto", "Yoji Muto", role="Menteri Ekonomi, Perdagangan, dan Industri Jepang")
a.E("Leader", "Shigeru Ishiba", "Shigeru Ishiba", role="Perdana Menteri Jepang")
a.E("Agency", BPS, BPS).E("Agency", "BPS", BPS)
a.E("Agency", "Toyota", "Toyota").E("Location", "Karawang", "Karawang")
a.E("Agency", JE, JE).E("Agency", "JETRO", JE).E("Agency", "JETRO Jakarta", "JETRO Jakarta")
a.E("Leader", "Ryosuke Koyama", "Ryosuke Koyama", role="Kepala JETRO Jakarta")
a.E("Agency", KD, KD).E("Agency", "Kadin", KD).E("Leader", "Anindya Bakrie", "Anindya Bakrie", role="Ketua Umum Kamar Dagang dan Industri Indonesia")
a.E("Location", "Jawa Barat", "Jawa Barat").E("Location", "Jawa Timur", "Jawa Timur")
a.E("Agency", "DPR", "Dewan Perwakilan Rakyat").E("State", "China", "China")
a.E("State", "Amerika Serikat", "Amerika Serikat").E("State", "AS", "Amerika Serikat")
a.E("Agency", "Kemenko Perekonomian", "Kementerian Koordinator Bidang Perekonomian")
a.D("Rabu (14/5/2025)", "2025-05-14").D("tahun lalu", "2024").D("2024", "2024").D("Januari 2026", "2026-01")
a.C("1.500 Pos", 1500, "exact", "pos", predicate="hapus")
a.C("sekitar 1.500 pos", 1500, "approx", "pos", subject="Jepang", predicate="hapus")
a.C("US$38,6 miliar", 38.6e9, "exact", "USD", source=["Airlangga Hartarto"], predicate="capai")
a.C("hingga 15 persen", 15, "at_most", "percent", source=["Airlangga Hartarto"], predicate="naik")
a.C("tiga tahun", 3, "exact", "year", source=["Airlangga Hartarto"])
a.C("sekitar US$3,2 miliar", 3.2e9, "approx", "USD", source=[BPS], hedge="Menurut")
a.C("Rp27 Triliun", 27e12, "exact", "IDR", subject="Toyota", predicate="siap")
a.C("lebih dari 2.000 perusahaan", 2000, "more_than", "perusahaan", source=[JE], predicate="operasi")
a.C("kurang lebih 300 ribu orang", 300000, "approx", "orang", source=[JE])

# ---------------------------------------------------------------- c05 typhoon in Vietnam
a = art("c05-topan-yagi", "2024-09-09")
KP = "Kementerian Pertanian Vietnam"
VN = "Vietnam News Agency"
a.E("State", "Vietnam", "Vietnam").E("Location", "Hanoi", "Hanoi")
a.E("Location", "Provinsi Quang Ninh", "Quang Ninh").E("Location", "Kota Haiphong", "Haiphong").E("Location", "Provinsi Phu Tho", "Phu Tho")
a.E("Location", "Sungai Merah", "Sungai Merah")
a.E("Leader", "Pham Minh Chinh", "Pham Minh Chinh", role="Perdana Menteri Vietnam")
a.E("Agency", VN, VN).E("Agency", "VNA", VN).E("Agency", KP, KP)
a.E("Location", "Bandara Internasional Noi Bai", "Bandara Internasional Noi Bai")
a.E("Location", "Hainan", "Hainan").E("Location", "Pulau Hainan", "Hainan").E("State", "China", "China")
a.E("Agency", "KBRI Hanoi", "KBRI Hanoi").E("Location", "Ho Chi Minh City", "Ho Chi Minh City")
a.E("Leader", "Denny Abdi", "Denny Abdi", role="Duta Besar RI untuk Vietnam").E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia")
a.E("State", "Filipina", "Filipina").E("Agency", G, G).E("Agency", "BMKG", G).E("Location", "Laut Natuna Utara", "Laut Natuna Utara")
a.E("Agency", "Reuters", "Reuters").E("Person", "Thinh Nguyen", "Thinh Nguyen")
a.D("Sabtu (7/9/2024)", "2024-09-07").D("Senin (9/9/2024)", "2024-09-09").D("pekan lalu", "2024-W36").D("Minggu (8/9/2024)", "2024-09-08")
a.C("Sedikitnya 59 Orang", 59, "at_least", "orang", predicate="tewas")
a.C("sedikitnya 59 orang", 59, "at_least", "orang", predicate="tewas")
a.C("247 lainnya", 247, "exact", "orang", predicate="luka")
a.C("30 tahun", 30, "exact", "year", source=["Vietnam"])
a.C("hingga 149 kilometer per jam", 149, "at_most", "km/h")
a.C("10 mobil", 10, "exact", "mobil", predicate="seret")
a.C("dua truk", 2, "exact", "truk", predicate="seret")
a.C("lebih dari 120 ribu hektare", 120000, "more_than", "ha", source=[KP], hedge="Menurut", predicate="rendam")
a.C("sekitar 1,5 juta rumah", 1.5e6, "approx", "rumah", source=[KP], hedge="Menurut", predicate="hilang")
a.C("12 jam", 12, "exact", "hour", predicate="tutup")
a.C("400 Ribu Warga", 400000, "exact", "warga", subject="China", predicate="evakuasi")
a.C("sekitar 2.000 WNI", 2000, "approx", "WNI", source=["Denny Abdi"], predicate="tinggal")
a.C("hingga 4 meter", 4, "at_most", "m", source=[G])

# ---------------------------------------------------------------- c06 football transfer
a = art("c06-transfer-pemain", "2025-01-22")
PS = "Persatuan Sepak Bola Seluruh Indonesia"
a.E("Agency", "Timnas Indonesia", "Timnas Indonesia").E("Agency", "Timnas", "Timnas Indonesia")
a.E("Person", "Dimas Arya Pratama", "Dimas Arya Pratama").E("Person", "Dimas", "Dimas Arya Pratama")
a.E("State", "Belgia", "Belgia").E("Agency", "KV Mechelen", "KV Mechelen").E("Agency", "Mechelen", "KV Mechelen")
a.E("Location", "Surabaya", "Surabaya").E("Agency", "Persebaya Surabaya", "Persebaya Surabaya").E("Agency", "Persebaya", "Persebaya Surabaya")
a.E("Agency", "Het Nieuwsblad", "Het Nieuwsblad").E("Location", "Eropa", "Eropa").E("Location", "Asia", "Asia", only=[1])
a.E("Leader", "Azrul Ananda", "Azrul Ananda", role="Presiden Persebaya")
a.E("Person", "Patrick Kluivert", "Patrick Kluivert").E("Person", "Kluivert", "Patrick Kluivert")
a.E("State", "Australia", "Australia").E("State", "Bahrain", "Bahrain")
a.E("Person", "Tim Matthys", "Tim Matthys").E("Person", "Matthys", "Tim Matthys").E("State", "Qatar", "Qatar")
a.E("Agency", PS, PS).E("Agency", "PSSI", PS).E("Leader", "Erick Thohir", "Erick Thohir", role="Ketua Umum PSSI").E("Leader", "Erick", "Erick Thohir")
a.E("State", "Belanda", "Belanda").E("State", "Italia", "Italia").E("State", "Jepang", "Jepang").E("State", "Korea Selatan", "Korea Selatan")
a.E("Location", "Sydney", "Sydney")
a.D("Selasa (21/1/2025)", "2025-01-21").D("Rabu (22/1/2025)", "2025-01-22").D("sepanjang 2024", "2024").D("2026", "2026")
a.D("tahun lalu", "2024").D("20 Maret mendatang", "2025-03-20")
a.C("23 tahun", 23, "exact", "year", predicate="usia")
a.C("3,5 tahun", 3.5, "exact", "year")
a.C("sekitar 750 ribu euro", 750000, "approx", "EUR", source=["Het Nieuwsblad"], predicate="bayar")
a.C("kurang lebih Rp12,7 miliar", 12.7e9, "approx", "IDR", source=["Het Nieuwsblad"])
a.C("31 pertandingan", 31, "exact", "pertandingan", predicate="tampil")
a.C("lima gol", 5, "exact", "gol", predicate="cetak")
a.C("27 Pemain", 27, "exact", "pemain", predicate="panggil")
a.C("lebih dari 15 pemain", 15, "more_than", "pemain", source=["Erick Thohir"], hedge="Menurut")

# ---------------------------------------------------------------- c07 mine landslide
a = art("c07-longsor-tambang", "2025-04-17")
ES = "Kementerian Energi dan Sumber Daya Mineral"
BS = "Badan Nasional Pencarian dan Pertolongan"
a.E("Location", "Konawe Utara", "Konawe Utara").E("Location", "Kabupaten Konawe Utara", "Konawe Utara").E("Location", "Kendari", "Kendari")
a.E("Agency", "PT Bumi Konawe Raya", "PT Bumi Konawe Raya").E("Location", "Kecamatan Langgikima", "Langgikima")
a.E("Location", "Sulawesi Tenggara", "Sulawesi Tenggara").E("Agency", "Kantor SAR Kendari", "Kantor SAR Kendari")
a.E("Leader", "Muhammad Arafah", "Muhammad Arafah", role="Kepala Kantor SAR Kendari").E("Leader", "Arafah", "Muhammad Arafah")
a.E("State", "Tiongkok", "China").E("Agency", "Basarnas", BS).E("Agency", "TNI", "Tentara Nasional Indonesia").E("Agency", "Polri", POLRI)
a.E("Agency", "detikcom", "detikcom").E("Location", "Bone Bolango", "Bone Bolango")
a.E("Agency", "Polda Sulawesi Tenggara", "Polda Sulawesi Tenggara").E("Person", "Iis Kristian", "Iis Kristian")
a.E("Agency", ES, ES).E("Agency", "ESDM", ES).E("Agency", "Kementerian ESDM", ES)
a.E("Leader", "Tri Winarno", "Tri Winarno", role="Direktur Jenderal Mineral dan Batu Bara Kementerian ESDM")
a.E("Leader", "Andi Sumangerukka", "Andi Sumangerukka", role="Gubernur Sulawesi Tenggara").E("State", "Indonesia", "Indonesia")
a.D("Rabu (16/4/2025)", "2025-04-16").D("Kamis (17/4/2025)", "2025-04-17")
a.C("8 Pekerja", 8, "exact", "pekerja", predicate="tewas")
a.C("4", 4, "exact", "pekerja", predicate="hilang")
a.C("12 pekerja", 12, "exact", "pekerja", predicate="timbun")
a.C("delapan pekerja", 8, "exact", "pekerja", source=["Muhammad Arafah"])
a.C("empat lainnya", 4, "exact", "pekerja", source=["Muhammad Arafah"], predicate="cari")
a.C("Dua korban", 2, "exact", "korban")
a.C("lebih dari 150 personel", 150, "more_than", "personel", source=["Muhammad Arafah"], predicate="kerah")
a.C("tiga ekskavator", 3, "exact", "ekskavator", source=["Muhammad Arafah"], predicate="bantu")
a.C("hampir 2 hektare", 2, "approx", "ha", source=["Muhammad Arafah"], hedge="Menurut", predicate="timbun")
a.C("sekitar 15 meter", 15, "approx", "m", source=["Muhammad Arafah"], hedge="Menurut")
a.C("27 Orang", 27, "exact", "orang", predicate="meninggal")
a.C("lima orang", 5, "exact", "orang", source=["Iis Kristian"], predicate="periksa")
a.C("sekitar 1.200 hektare", 1200, "approx", "ha", source=["Tri Winarno"], predicate="cakup")
a.C("lebih dari 40 izin", 40, "more_than", "izin")

# ---------------------------------------------------------------- c08 foreign fishing boats at Natuna
a = art("c08-kapal-vietnam-natuna", "2025-10-06")
KKP = "Kementerian Kelautan dan Perikanan"
IO = "Indonesia Ocean Justice Initiative"
a.E("Agency", KKP, KKP).E("Agency", "KKP", KKP).E("State", "Vietnam", "Vietnam").E("Location", "Laut Natuna Utara", "Laut Natuna Utara")
a.E("Location", "Kepulauan Riau", "Kepulauan Riau").E("Location", "Batam", "Batam").E("Location", "Pangkalan PSDKP Batam", "Pangkalan PSDKP Batam")
a.E("Leader", "Pung Nugroho Saksono", "Pung Nugroho Saksono", role="Direktur Jenderal Pengawasan Sumber Daya Kelautan dan Perikanan KKP")
a.E("Leader", "Pung", "Pung Nugroho Saksono")
a.E("Leader", "Sakti Wahyu Trenggono", "Sakti Wahyu Trenggono", role="Menteri Kelautan dan Perikanan").E("State", "Indonesia", "Indonesia")
a.E("Agency", IO, IO).E("Agency", "IOJI", IO).E("Person", "Imam Prakoso", "Imam Prakoso").E("Person", "Imam", "Imam Prakoso")
a.E("State", "China", "China").E("Location", "Laut China Selatan", "Laut China Selatan")
a.E("Agency", "Kedutaan Besar Vietnam", "Kedutaan Besar Vietnam").E("Location", "Jakarta", "Jakarta")
a.D("Sabtu (4/10)", "2025-10-04").D("Senin (6/10/2025)", "2025-10-06").D("Sepanjang 2024", "2024")
a.D("Januari", "2025-01").D("September 2025", "2025-09")
a.C("3 Kapal", 3, "exact", "kapal", subject=KKP, predicate="tangkap")
a.C("27 ABK", 27, "exact", "ABK", predicate="aman")
a.C("tiga kapal", 3, "exact", "kapal", subject=KKP, predicate="tangkap")
a.C("tiga kapal", 3, "exact", "kapal", occ=2, source=["Pung Nugroho Saksono"])
a.C("27 awak", 27, "exact", "awak", source=["Pung Nugroho Saksono"], predicate="aman")
a.C("sekitar 5 ton", 5, "approx", "ton", source=["Pung Nugroho Saksono"], predicate="aman")
a.C("Rp15 miliar", 15e9, "exact", "IDR", source=["Pung Nugroho Saksono"], hedge="Menurut")
a.C("paling banyak Rp20 miliar", 20e9, "at_most", "IDR")
a.C("14 Kapal", 14, "exact", "kapal", subject=KKP, predicate="tenggelam")
a.C("96 kapal", 96, "exact", "kapal", subject=KKP, predicate="tangkap")
a.C("41", 41, "exact", "kapal")

GOLD.write()
