#!/usr/bin/env python3
"""Builds Golden/articles/gold.jsonl from the held-out articles and the hand annotations below.

Offsets are computed here, never by hand: entities and dates mark every whole-word occurrence of the
given surface (longest surfaces first, no overlaps); claims name their surface and occurrence number.
The texts have no astral characters, so Python indices equal UTF-16 indices.
Run: python3 tests/NewsNlp.Tests/Quality/heldout_gold.py

Annotation conventions (SPEC leaves these open; see docs/quality.md):
- range claims and approximate plurals: value = low (puluhan 20..99, ratusan 200..999);
- source only from an attribution in the claim's own sentence (a quote counts as one sentence);
- agency canonical = the full name the article gives (BNPB -> Badan Nasional Penanggulangan Bencana);
- a Leader's span is the name only, the title goes to role; a Date's span includes weekday and (dd/mm);
- years inside event and budget names (Piala Dunia 2026, APBN 2025) are dates, years in law numbers
  (UU Nomor 35 Tahun 2009) are not; claims in "Baca juga:" headlines are claims, match scores (2-0) are not;
- subject/predicate only where the annotator was sure; unsure fields are left out (not scored).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "..", "Golden", "articles")
NONE = object()

def bounds(value, bound, low, high):
    if low is NONE:
        low = None if bound in ("less_than", "at_most") else value
    if high is NONE:
        high = None if bound in ("more_than", "at_least") else value
    return low, high

class Article:
    def __init__(self, id, date):
        self.id, self.date = id, date
        self.text = open(os.path.join(ART, id + ".txt"), encoding="utf-8").read()
        self.ents, self.claims = [], []

    def find(self, surface, occ=1):
        pos = -1
        for _ in range(occ):
            m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(self.text, pos + 1)
            if not m:
                raise SystemExit(f"{self.id}: '{surface}' occurrence {occ} not found")
            pos = m.start()
        return pos

    def E(self, type, surface, canonical, role=None, value=None, only=None):
        """Every whole-word occurrence (or only the listed occurrence numbers)."""
        self.ents.append((type, surface, canonical, role, value, only))
        return self

    def D(self, surface, value, only=None):
        return self.E("Date", surface, surface, value=value, only=only)

    def C(self, surface, value, bound, unit, low=NONE, high=NONE, occ=1, **fields):
        start = self.find(surface, occ)
        lo, hi = bounds(value, bound, low, high)
        c = {"text": surface, "start": start, "end": start + len(surface), "value": value, "bound": bound,
             "low": lo, "high": hi, "unit": unit}
        for k in ("predicate", "subject", "source", "hedge"):
            if k in fields:
                c[k] = fields[k]
        c.setdefault("source", [])
        self.claims.append(c)
        return self

    def resolve(self):
        taken, out = [], []
        for (type, surface, canonical, role, value, only) in sorted(self.ents, key=lambda e: -len(e[1])):
            rx = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            for n, m in enumerate(rx.finditer(self.text), 1):
                if only and n not in only:
                    continue
                s, e = m.start(), m.end()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                ent = {"type": type, "text": surface, "start": s, "end": e,
                       "canonical": value and canonical or canonical}
                if type == "Date":
                    ent["canonical"] = surface
                    ent["value"] = value
                if role:
                    ent["role"] = role
                out.append(ent)
        if not out and self.ents:
            raise SystemExit(self.id + ": no entities")
        for (type, surface, *_rest) in self.ents:
            if not any(x["text"] == surface for x in out):
                raise SystemExit(f"{self.id}: entity '{surface}' never placed")
        out.sort(key=lambda x: (x["start"], -x["end"]))
        return out

    def json(self):
        for c in self.claims:
            assert self.text[c["start"]:c["end"]] == c["text"]
        ents = self.resolve()
        for x in ents:
            assert self.text[x["start"]:x["end"]] == x["text"]
        return {"id": self.id, "date": self.date, "text": self.text, "entities": ents,
                "claims": sorted(self.claims, key=lambda c: c["start"])}

A = []
def art(id, date):
    a = Article(id, date); A.append(a); return a

# ---------------------------------------------------------------- a01 disaster
a = art("a01-longsor-sukabumi", "2024-11-18")
a.E("Location", "Sukabumi", "Sukabumi").E("Location", "Kabupaten Sukabumi", "Sukabumi").E("Location", "Jawa Barat", "Jawa Barat")
a.E("Agency", "Badan Nasional Penanggulangan Bencana", "Badan Nasional Penanggulangan Bencana").E("Agency", "BNPB", "Badan Nasional Penanggulangan Bencana")
a.E("Location", "Desa Cibitung", "Cibitung").E("Location", "Cibitung", "Cibitung")
a.E("Person", "Abdul Muhari", "Abdul Muhari").E("Person", "Abdul", "Abdul Muhari")
a.E("Agency", "BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika").E("Agency", "Badan Meteorologi, Klimatologi, dan Geofisika", "Badan Meteorologi, Klimatologi, dan Geofisika")
a.E("Leader", "Marwan Hamami", "Marwan Hamami", role="Bupati Sukabumi")
a.E("Agency", "Antara", "Antara").E("Person", "Ahmad Fauzi", "Ahmad Fauzi")
a.E("Leader", "Dwikorita Karnawati", "Dwikorita Karnawati", role="Kepala BMKG")
a.E("Leader", "Prabowo Subianto", "Prabowo Subianto", role="Presiden")
a.D("Jumat (15/11)", "2024-11-15").D("Senin (18/11/2024)", "2024-11-18").D("akhir November", "2024-11").D("Rabu (20/11)", "2024-11-20")
a.C("12 Orang", 12, "exact", "orang", predicate="tewas")
a.C("sedikitnya 14 kecamatan", 14, "at_least", "kecamatan", predicate="landa")
a.C("12 orang", 12, "exact", "orang", occ=1, source=["Badan Nasional Penanggulangan Bencana"], predicate="meninggal")
a.C("7 orang", 7, "exact", "orang", source=["Badan Nasional Penanggulangan Bencana"], predicate="hilang")
a.C("tujuh korban", 7, "exact", "korban", source=["Abdul Muhari"], predicate="cari")
a.C("lebih dari 3.200 warga", 3200, "more_than", "warga", source=["Abdul Muhari"], hedge="Menurut", predicate="ungsi")
a.C("21 titik", 21, "exact", "titik", source=["Abdul Muhari"])
a.C("sekitar 850 rumah", 850, "approx", "rumah", source=[], predicate="rusak")
a.C("hampir 120 hektare", 120, "approx", "ha", source=[], predicate="rusak")
a.C("14 hari", 14, "exact", "day")
a.C("Rp5 miliar", 5e9, "exact", "IDR", predicate="siap")
a.C("150 milimeter", 150, "exact", "mm", source=["Dwikorita Karnawati"], predicate="capai")

# ---------------------------------------------------------------- a02 economy
a = art("a02-rupiah-inflasi", "2025-02-05")
a.E("State", "Amerika Serikat", "Amerika Serikat").E("State", "AS", "Amerika Serikat")
a.E("Agency", "Badan Pusat Statistik", "Badan Pusat Statistik").E("Agency", "BPS", "Badan Pusat Statistik")
a.E("Leader", "Amalia Adininggar Widyasanti", "Amalia Adininggar Widyasanti", role="Kepala BPS").E("Leader", "Amalia", "Amalia Adininggar Widyasanti")
a.E("Location", "Jakarta", "Jakarta")
a.E("Agency", "Universitas Indonesia", "Universitas Indonesia").E("Person", "Fithra Faisal", "Fithra Faisal")
a.E("Agency", "Bank Indonesia", "Bank Indonesia").E("Agency", "BI", "Bank Indonesia")
a.E("Leader", "Perry Warjiyo", "Perry Warjiyo", role="Gubernur BI")
a.E("Leader", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati", role="Menteri Keuangan")
a.D("Rabu (5/2/2025)", "2025-02-05").D("sepanjang 2024", "2024").D("pekan ini", "2025-W06").D("Januari 2025", "2025-01").D("bulan lalu", "2025-01").D("tahun ini", "2025")
a.C("45 poin", 45, "exact", "poin", predicate="lemah")
a.C("Rp15.890", 15890, "exact", "IDR")
a.C("5,02 persen", 5.02, "exact", "percent", source=["Badan Pusat Statistik"])
a.C("53,7%", 53.7, "exact", "percent", source=["Amalia Adininggar Widyasanti"])
a.C("7,6 persen", 7.6, "exact", "percent", source=["Amalia Adininggar Widyasanti"], predicate="tumbuh")
a.C("sekitar Rp1,2 triliun", 1.2e12, "approx", "IDR", source=["Fithra Faisal"], hedge="Menurut")
a.C("0,8%", 0.8, "exact", "percent", predicate="turun")
a.C("5,75 Persen", 5.75, "exact", "percent")
a.C("US$156,1 miliar", 156.1e9, "exact", "USD", source=["Bank Indonesia"], predicate="capai")
a.C("6,7 bulan", 6.7, "exact", "month", source=["Bank Indonesia"])
a.C("kurang dari Rp10 triliun", 10e12, "less_than", "IDR", source=["Perry Warjiyo"], predicate="gelontor")
a.C("1,5 hingga 3,5 persen", 1.5, "range", "percent", low=1.5, high=3.5, source=["Sri Mulyani Indrawati"], hedge="memperkirakan")
a.C("Rp203 triliun", 203e12, "exact", "IDR", source=["Sri Mulyani Indrawati"], predicate="siap")

# ---------------------------------------------------------------- a03 election
a = art("a03-pilkada-quick-count", "2024-11-28")
a.E("Person", "Pramono Anung", "Pramono Anung").E("Person", "Rano Karno", "Rano Karno")
a.E("Location", "Jakarta", "Jakarta").E("Location", "DKI Jakarta", "Jakarta").E("Location", "Jakarta Pusat", "Jakarta Pusat")
a.E("Agency", "Litbang Kompas", "Litbang Kompas")
a.E("Person", "Ridwan Kamil", "Ridwan Kamil").E("Person", "Suswono", "Suswono")
a.E("Person", "Dharma Pongrekun", "Dharma Pongrekun").E("Person", "Kun Wardana", "Kun Wardana")
a.E("Agency", "Komisi Pemilihan Umum", "Komisi Pemilihan Umum").E("Agency", "KPU", "Komisi Pemilihan Umum").E("Agency", "KPU DKI Jakarta", "KPU DKI Jakarta")
a.E("Leader", "Wahyu Dinata", "Wahyu Dinata", role="Ketua KPU DKI Jakarta")
a.E("Agency", "Badan Pengawas Pemilu", "Badan Pengawas Pemilu").E("Agency", "Bawaslu", "Badan Pengawas Pemilu")
a.E("Person", "Grandyos Zafna", "Grandyos Zafna").E("Agency", "detikcom", "detikcom")
a.D("Kamis (28/11/2024)", "2024-11-28").D("2024", "2024", only=[1]).D("Februari lalu", "2024-02")
a.C("99,5 persen", 99.5, "exact", "percent", source=["Litbang Kompas"])
a.C("50,07 persen", 50.07, "exact", "percent", subject="Pramono Anung", source=["Litbang Kompas"], predicate="raih")
a.C("39,25 persen", 39.25, "exact", "percent", subject="Ridwan Kamil", predicate="peroleh")
a.C("10,68 persen", 10.68, "exact", "percent", subject="Dharma Pongrekun", predicate="dapat")
a.C("sekitar 58 persen", 58, "approx", "percent")
a.C("8.214.007 orang", 8214007, "exact", "orang", source=["Komisi Pemilihan Umum"])
a.C("14.835 TPS", 14835, "exact", "TPS", source=["Komisi Pemilihan Umum"])
a.C("lebih dari 500 TPS", 500, "more_than", "TPS", hedge="mengklaim", predicate="temu")
a.C("puluhan laporan", 20, "approx", "laporan", low=20, high=99, source=["Badan Pengawas Pemilu"], predicate="terima")
a.C("lebih dari 50 persen", 50, "more_than", "percent", predicate="raih")

# ---------------------------------------------------------------- a04 crime
a = art("a04-sabu-polda", "2025-01-14")
a.E("Location", "Jakarta", "Jakarta").E("Agency", "Polda Metro Jaya", "Polda Metro Jaya").E("State", "Malaysia", "Malaysia")
a.E("Leader", "Karyoto", "Karyoto", role="Kapolda Metro Jaya")
a.E("Location", "Johor", "Johor").E("Location", "Riau", "Riau").E("Location", "Kampung Bahari", "Kampung Bahari")
a.E("Agency", "Badan Narkotika Nasional", "Badan Narkotika Nasional").E("Agency", "BNN", "Badan Narkotika Nasional").E("State", "Indonesia", "Indonesia")
a.D("Selasa (14/1/2025)", "2025-01-14").D("2019", "2019")
a.C("45 kg", 45, "exact", "kg", subject="Polda Metro Jaya", predicate="gagal")
a.C("lima orang", 5, "exact", "orang", predicate="tetap")
a.C("antara 23 dan 41 tahun", 23, "range", "year", low=23, high=41, source=["Karyoto"], predicate="usia")
a.C("tiga lokasi", 3, "exact", "lokasi", source=["Karyoto"], predicate="tangkap")
a.C("Rp67,5 miliar", 67.5e9, "exact", "IDR", hedge="ditaksir", predicate="nilai")
a.C("sekitar 225 ribu jiwa", 225000, "approx", "jiwa", hedge="diperkirakan", predicate="rusak")
a.C("2 Kg", 2, "exact", "kg", predicate="sita")
a.C("1.200 butir ekstasi", 1200, "exact", "ekstasi", predicate="sita")
a.C("Rp340 juta", 340e6, "exact", "IDR", predicate="sita")
a.C("35", 35, "exact", "year")
a.C("7 tahun", 7, "exact", "year", predicate="hukum")
a.C("maksimal 20 tahun", 20, "at_most", "year")
a.C("hampir satu ton", 1, "approx", "ton", source=["Badan Narkotika Nasional"], hedge="diduga", predicate="masuk")
a.C("dua tahun", 2, "exact", "year", source=["Badan Narkotika Nasional"])

# ---------------------------------------------------------------- a05 conflict
a = art("a05-gaza-ukraina", "2025-03-22")
a.E("Location", "Jakarta", "Jakarta").E("State", "Israel", "Israel").E("Location", "Jalur Gaza", "Gaza").E("Location", "Gaza", "Gaza")
a.E("Agency", "Kementerian Kesehatan Gaza", "Kementerian Kesehatan Gaza").E("Agency", "Al Jazeera", "Al Jazeera").E("Agency", "Reuters", "Reuters")
a.E("Agency", "Hamas", "Hamas").E("Location", "Khan Younis", "Khan Younis").E("Location", "Rafah", "Rafah")
a.E("Agency", "PBB", "Perserikatan Bangsa-Bangsa")
a.E("Leader", "Antonio Guterres", "Antonio Guterres", role="Sekretaris Jenderal PBB").E("Leader", "Guterres", "Antonio Guterres")
a.E("Location", "New York", "New York").E("Location", "Eropa", "Eropa")
a.E("Leader", "Sugiono", "Sugiono", role="Menlu").E("State", "Yordania", "Yordania")
a.E("State", "Ukraina", "Ukraina").E("Leader", "Volodymyr Zelensky", "Volodymyr Zelensky", role="Presiden Ukraina")
a.E("State", "Rusia", "Rusia").E("Agency", "Angkatan Udara Ukraina", "Angkatan Udara Ukraina")
a.E("State", "Amerika Serikat", "Amerika Serikat").E("Leader", "Donald Trump", "Donald Trump", role="Presiden Amerika Serikat")
a.E("Leader", "Vladimir Putin", "Vladimir Putin", role="Presiden Rusia")
a.E("Location", "Washington", "Washington").E("Location", "Moskow", "Moskow")
a.E("State", "RI", "Indonesia").E("State", "Indonesia", "Indonesia").E("Agency", "TNI", "Tentara Nasional Indonesia")
a.D("Sabtu (22/3/2025)", "2025-03-22").D("Oktober 2023", "2023-10").D("Jumat (21/3)", "2025-03-21")
a.C("sedikitnya 85 orang", 85, "at_least", "orang", source=[], predicate="tewas")
a.C("24 jam", 24, "exact", "hour", source=[])
a.C("puluhan anak-anak", 20, "approx", "anak", low=20, high=99, source=[])
a.C("melampaui 49.000 orang", 49000, "more_than", "orang", source=["Kementerian Kesehatan Gaza"], predicate="tewas")
a.C("lebih dari 112.000 orang", 112000, "more_than", "orang", source=["Kementerian Kesehatan Gaza"], predicate="luka")
a.C("Hampir dua juta warga", 2e6, "approx", "warga", source=["Antonio Guterres"], predicate="jebak")
a.C("179 drone", 179, "exact", "drone", subject="Rusia", source=["Volodymyr Zelensky"], predicate="luncur")
a.C("12 rudal", 12, "exact", "rudal", subject="Rusia", source=["Volodymyr Zelensky"], predicate="luncur")
a.C("131 drone", 131, "exact", "drone", source=["Angkatan Udara Ukraina"], hedge="mengklaim", predicate="tembak")
a.C("sekitar dua jam", 2, "approx", "hour")
a.C("30 hari", 30, "exact", "day")
a.C("hingga 1.000 personel", 1000, "at_most", "personel", source=["Sugiono"], predicate="kirim")

# ---------------------------------------------------------------- a06 health
a = art("a06-dbd-kemenkes", "2025-03-07")
a.E("Agency", "Kementerian Kesehatan", "Kementerian Kesehatan").E("Agency", "Kemenkes", "Kementerian Kesehatan")
a.E("State", "Indonesia", "Indonesia").E("Location", "Jakarta", "Jakarta")
a.E("Leader", "Budi Gunadi Sadikin", "Budi Gunadi Sadikin", role="Menteri Kesehatan").E("Leader", "Budi", "Budi Gunadi Sadikin")
a.E("Location", "Gedung DPR", "Gedung DPR").E("Location", "Senayan", "Senayan")
a.E("Location", "Jawa Barat", "Jawa Barat").E("Location", "Jawa Timur", "Jawa Timur").E("Location", "Jawa Tengah", "Jawa Tengah")
a.E("Agency", "WHO", "Organisasi Kesehatan Dunia").E("Agency", "Organisasi Kesehatan Dunia", "Organisasi Kesehatan Dunia")
a.E("Location", "Asia Tenggara", "Asia Tenggara").E("State", "Brasil", "Brasil")
a.E("Agency", "Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat")
a.E("Leader", "Vini Adiani Dewi", "Vini Adiani Dewi", role="Kepala Dinas Kesehatan Jawa Barat")
a.E("Location", "Bandung", "Bandung").E("Location", "Bekasi", "Bekasi")
a.D("Januari", "2025-01").D("awal Maret 2025", "2025-03").D("tahun lalu", "2024").D("Jumat (7/3/2025)", "2025-03-07").D("2024", "2024").D("2023", "2023")
a.C("31.500 kasus", 31500, "exact", "kasus", source=["Kementerian Kesehatan"], predicate="catat")
a.C("hampir 40 persen", 40, "approx", "percent", predicate="naik")
a.C("213 pasien", 213, "exact", "pasien", source=["Budi Gunadi Sadikin"], predicate="meninggal")
a.C("di bawah 14 tahun", 14, "less_than", "year", source=["Budi Gunadi Sadikin"], predicate="usia")
a.C("lebih dari 7.000 kasus", 7000, "more_than", "kasus", subject="Jawa Barat", source=["Budi Gunadi Sadikin"])
a.C("2,5 juta dosis", 2.5e6, "exact", "dosis", subject="Kementerian Kesehatan", predicate="distribusi")
a.C("120 kabupaten", 120, "exact", "kabupaten", subject="Kementerian Kesehatan")
a.C("14 juta", 14e6, "exact", "kasus", source=["Organisasi Kesehatan Dunia"], hedge="memperkirakan", predicate="capai")
a.C("lebih dari 6,5 juta kasus", 6.5e6, "more_than", "kasus", subject="Brasil")
a.C("ratusan pasien", 200, "approx", "pasien", low=200, high=999, source=["Vini Adiani Dewi"], predicate="rawat")
a.C("Rp25 miliar", 25e9, "exact", "IDR", predicate="siap")
a.C("kurang dari 50 kasus", 50, "less_than", "kasus", hedge="dilaporkan")

# ---------------------------------------------------------------- a07 traffic accident
a = art("a07-kecelakaan-tol", "2024-12-26")
a.E("Location", "Tol Cipularang", "Tol Cipularang").E("Location", "Purwakarta", "Purwakarta").E("Location", "Jakarta", "Jakarta")
a.E("Agency", "Polres Purwakarta", "Polres Purwakarta")
a.E("Leader", "Rizal Firmansyah", "Rizal Firmansyah", role="Kasat Lantas Polres Purwakarta").E("Leader", "Rizal", "Rizal Firmansyah")
a.E("Location", "Kota Serang", "Serang").E("Location", "Banten", "Banten").E("Location", "Bandung", "Bandung")
a.E("Location", "Tol Cikampek", "Tol Cikampek")
a.E("Agency", "Jasa Marga", "Jasa Marga").E("Leader", "Subakti Syukur", "Subakti Syukur", role="Direktur Utama Jasa Marga")
a.E("Location", "RSUD Bayu Asih", "RSUD Bayu Asih").E("Location", "RS Siloam Purwakarta", "RS Siloam Purwakarta")
a.E("Agency", "Korlantas Polri", "Korlantas Polri")
a.D("Kamis (26/12/2024)", "2024-12-26").D("sepanjang 2024", "2024").D("bulan ini", "2024-12")
a.C("9 Penumpang", 9, "exact", "penumpang", predicate="tewas")
a.C("42 penumpang", 42, "exact", "penumpang", predicate="bawa")
a.C("Sembilan penumpang", 9, "exact", "penumpang", predicate="tewas")
a.C("28 lainnya", 28, "exact", "penumpang", predicate="luka")
a.C("lebih dari 100 km per jam", 100, "more_than", "km/h", source=["Rizal Firmansyah"])
a.C("52 tahun", 52, "exact", "year", source=["Rizal Firmansyah"], hedge="Menurut", predicate="usia")
a.C("5 km", 5, "exact", "km", source=["Subakti Syukur"])
a.C("kurang lebih tiga jam", 3, "approx", "hour", source=["Subakti Syukur"])
a.C("sekitar 1,1 juta kecelakaan", 1.1e6, "approx", "kecelakaan", source=["Korlantas Polri"], predicate="jadi")
a.C("lebih dari 26 ribu orang", 26000, "more_than", "orang", source=["Korlantas Polri"])

# ---------------------------------------------------------------- a08 sports
a = art("a08-timnas-bulu-tangkis", "2024-11-19")
a.E("Agency", "Timnas Indonesia", "Timnas Indonesia").E("State", "Indonesia", "Indonesia").E("State", "Arab Saudi", "Arab Saudi")
a.E("Location", "Asia", "Asia").E("Location", "Stadion Utama Gelora Bung Karno", "Stadion Utama Gelora Bung Karno").E("Location", "Jakarta", "Jakarta")
a.E("Person", "Marselino Ferdinan", "Marselino Ferdinan")
a.E("Agency", "PSSI", "PSSI").E("Leader", "Erick Thohir", "Erick Thohir", role="Ketua Umum PSSI")
a.E("Person", "Shin Tae-yong", "Shin Tae-yong").E("State", "Korea Selatan", "Korea Selatan").E("State", "Jepang", "Jepang")
a.E("Agency", "FIFA", "FIFA")
a.E("Person", "Fajar Alfian", "Fajar Alfian").E("Person", "Muhammad Rian Ardianto", "Muhammad Rian Ardianto")
a.E("Location", "Shenzhen", "Shenzhen").E("State", "China", "China", only=[2])
a.E("Agency", "Federasi Bulu Tangkis Dunia", "Federasi Bulu Tangkis Dunia").E("Agency", "BWF", "Federasi Bulu Tangkis Dunia")
a.D("Selasa (19/11/2024)", "2024-11-19").D("2026", "2026").D("2024", "2024").D("tahun depan", "2025")
a.C("sekitar 68.000 penonton", 68000, "approx", "penonton", predicate="saksi")
a.C("hampir 70 ribu tiket", 70000, "approx", "tiket", subject="PSSI", source=["Erick Thohir"], predicate="jual")
a.C("kurang dari dua jam", 2, "less_than", "hour", source=["Erick Thohir"])
a.C("lima tahun", 5, "exact", "year", subject="Shin Tae-yong", predicate="tangan")
a.C("6 poin", 6, "exact", "poin", subject="Indonesia")
a.C("6 pertandingan", 6, "exact", "pertandingan", subject="Indonesia")
a.C("16 poin", 16, "exact", "poin", subject="Jepang", predicate="pimpin")
a.C("US$2 juta", 2e6, "exact", "USD", subject="Federasi Bulu Tangkis Dunia", predicate="sedia")
a.C("Rp150 miliar hingga Rp200 miliar", 150e9, "range", "IDR", low=150e9, high=200e9, subject="PSSI", predicate="capai")

# ---------------------------------------------------------------- a09 budget
a = art("a09-apbn-dpr", "2024-09-19")
a.E("Agency", "DPR", "Dewan Perwakilan Rakyat").E("Agency", "Badan Anggaran DPR", "Badan Anggaran DPR")
a.E("Leader", "Said Abdullah", "Said Abdullah", role="Ketua Badan Anggaran DPR").E("Leader", "Said", "Said Abdullah")
a.E("Leader", "Sri Mulyani", "Sri Mulyani Indrawati").E("Leader", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati", role="Menteri Keuangan")
a.E("State", "AS", "Amerika Serikat").E("State", "Indonesia", "Indonesia")
a.E("Agency", "Fraksi PKS", "Partai Keadilan Sejahtera").E("Location", "Senayan", "Senayan").E("Location", "Jakarta", "Jakarta")
a.E("Person", "Rifkianto Nugroho", "Rifkianto Nugroho").E("Agency", "detikcom", "detikcom")
a.D("Kamis (19/9/2024)", "2024-09-19").D("2025", "2025").D("tahun depan", "2025")
a.C("Rp3.621,3 triliun", 3621.3e12, "exact", "IDR", predicate="tetap")
a.C("Rp3.005,1 triliun", 3005.1e12, "exact", "IDR", source=["Said Abdullah"], predicate="target")
a.C("2,53 persen", 2.53, "exact", "percent", source=["Said Abdullah"], hedge="diperkirakan", predicate="capai")
a.C("di bawah 3 persen", 3, "less_than", "percent", source=["Said Abdullah"])
a.C("Rp71 triliun", 71e12, "exact", "IDR", predicate="dapat")
a.C("15 juta hingga 19,5 juta penerima", 15e6, "range", "penerima", low=15e6, high=19.5e6, predicate="jangkau")
a.C("20 persen", 20, "exact", "percent", predicate="patok")
a.C("sekitar Rp724 triliun", 724e12, "approx", "IDR")
a.C("Rp800 Triliun", 800e12, "exact", "IDR", source=["Sri Mulyani Indrawati"], predicate="capai")
a.C("Rp16.000", 16000, "exact", "IDR", source=["Sri Mulyani Indrawati"])
a.C("US$82", 82, "exact", "USD", source=["Sri Mulyani Indrawati"])
a.C("5,2 persen", 5.2, "exact", "percent", predicate="target")
a.C("Rp775,9 triliun", 775.9e12, "exact", "IDR", predicate="capai")
a.C("delapan dari sembilan fraksi", 8, "exact", "fraksi", predicate="tuju")

with open(os.path.join(ART, "gold.jsonl"), "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a.json(), ensure_ascii=False) + "\n")
print(len(A), "articles,", sum(len(a.claims) for a in A), "claims,",
      sum(len(a.resolve()) for a in A), "entities (incl. dates)")
