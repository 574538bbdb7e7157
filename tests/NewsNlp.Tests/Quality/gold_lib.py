#!/usr/bin/env python3
"""The machinery the gold scripts of the held-out and blind article sets share (heldout_gold.py, blind_gold.py,
blind2_gold.py): each script names its folder under Golden/, writes its annotations with GoldSet.art(...), and
calls write().

Offsets are computed here, never by hand: entities and dates mark every whole-word occurrence of the
given surface (longest surfaces first, no overlaps; `only` picks occurrence numbers); claims name their
surface and occurrence number. The texts are ASCII, so Python indices equal UTF-16 indices.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
NONE = object()

def bounds(value, bound, low, high):
    if low is NONE:
        low = None if bound in ("less_than", "at_most") else value
    if high is NONE:
        high = None if bound in ("more_than", "at_least") else value
    return low, high

class Article:
    def __init__(self, folder, id, date):
        self.id, self.date = id, date
        self.text = open(os.path.join(folder, id + ".txt"), encoding="utf-8").read()
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


class GoldSet:
    """The articles of one folder under Golden/ and their annotations."""

    def __init__(self, name):
        self.folder = os.path.join(HERE, "..", "Golden", name)
        self.articles = []

    def art(self, id, date):
        a = Article(self.folder, id, date)
        self.articles.append(a)
        return a

    def write(self):
        """Writes gold.jsonl beside the articles and prints what it holds."""
        with open(os.path.join(self.folder, "gold.jsonl"), "w", encoding="utf-8") as f:
            for a in self.articles:
                f.write(json.dumps(a.json(), ensure_ascii=False) + "\n")
        entities = [e for a in self.articles for e in a.resolve()]
        print(len(self.articles), "articles,", sum(len(a.claims) for a in self.articles), "claims,",
              sum(e["type"] != "Date" for e in entities), "name entities,", sum(e["type"] == "Date" for e in entities), "dates")
