import unicodedata, re
K = {}
base = {
 'ア':'a','イ':'i','ウ':'u','エ':'e','オ':'o','カ':'ka','キ':'ki','ク':'ku','ケ':'ke','コ':'ko','サ':'sa','シ':'shi','ス':'su','セ':'se','ソ':'so',
 'タ':'ta','チ':'chi','ツ':'tsu','テ':'te','ト':'to','ナ':'na','ニ':'ni','ヌ':'nu','ネ':'ne','ノ':'no','ハ':'ha','ヒ':'hi','フ':'fu','ヘ':'he','ホ':'ho',
 'マ':'ma','ミ':'mi','ム':'mu','メ':'me','モ':'mo','ヤ':'ya','ユ':'yu','ヨ':'yo','ラ':'ra','リ':'ri','ル':'ru','レ':'re','ロ':'ro','ワ':'wa','ヲ':'o','ン':'n',
 'ガ':'ga','ギ':'gi','グ':'gu','ゲ':'ge','ゴ':'go','ザ':'za','ジ':'ji','ズ':'zu','ゼ':'ze','ゾ':'zo','ダ':'da','ヂ':'ji','ヅ':'zu','デ':'de','ド':'do',
 'バ':'ba','ビ':'bi','ブ':'bu','ベ':'be','ボ':'bo','パ':'pa','ピ':'pi','プ':'pu','ペ':'pe','ポ':'po','ヴ':'vu','ヰ':'i','ヱ':'e'}
small = {'ャ':'ya','ュ':'yu','ョ':'yo'}

# kanji whose reading opens with a vowel: after a mora ending in o/u that vowel starts a new word part, no long vowel
# (豊岡 Toyooka, 滝上 Takinoue, 瀬戸内 Setouchi, 松浦 Matsuura, 西之表 Nishinoomote, 広尾 Hiroo, 曽於 Soo)
VOWEL_KANJI = {'岡': 'オカ', '上': 'ウエ', '内': 'ウチ', '浦': 'ウラ', '海': 'ウミ', '牛': 'ウシ', '臼': 'ウス', '魚': 'ウオ',
               '梅': 'ウメ', '歌': 'ウタ', '表': 'オモテ', '尾': 'オ', '於': 'オ', '奥': 'オク', '沖': 'オキ', '音': 'オト',
               '乙': 'オト', '織': 'オリ', '植': 'ウエ', '潮': 'ウシオ', '折': 'オリ', '温': 'オン', '小': 'オ', '大': 'オオ'}
def kana_to_romaji(s, m_before_bmp=False, long_vowels=True, kanji=''):
    s = unicodedata.normalize('NFKC', s)
    protect = set()
    for k, r in VOWEL_KANJI.items():
        if kanji.find(k) > 0:  # a word's first kanji opens the reading anyway (小郡 Ogori: its later オ is no boundary)
            i = s.find(r, 1)
            while i > 0:
                if s[i - 1] not in 'ャュョ':  # after a contracted sound ウ is a long vowel (上越 ジョウエツ Joetsu)
                    protect.add(i)
                i = s.find(r, i + 1)
    moras = []; i = 0; dbl = False
    while i < len(s):
        c = s[i]; at = i
        if c == 'ッ': dbl = True; i += 1; continue
        if c == 'ー': i += 1; continue
        r = base.get(c)
        if r is None: raise ValueError(f'kana {c!r} in {s!r}')
        if i + 1 < len(s) and s[i+1] in small:
            y = small[s[i+1]]
            r = (r[:-1] + y[1:]) if r in ('shi', 'chi', 'ji') else r[:-1] + y
            i += 1
        if i + 1 < len(s) and s[i+1] in 'ァィゥェォ':
            r = r[:-1] + {'ァ':'a','ィ':'i','ゥ':'u','ェ':'e','ォ':'o'}[s[i+1]]; i += 1
        if dbl:
            r = ('t' + r) if r.startswith('ch') else r[0] + r
            dbl = False
        # long vowels as English texts write them: ou, oo -> o; uu -> u (not where a vowel-initial kanji reading starts)
        if long_vowels and moras and r in ('u', 'o') and at not in protect and (moras[-1].endswith('o') or (r == 'u' and moras[-1].endswith('u'))):
            i += 1; continue
        moras.append(r); i += 1
    t = ''.join(moras)
    # n before a vowel or y stays n (no apostrophe); traditional Hepburn m before b, m, p only on request
    if m_before_bmp: t = re.sub(r'n(?=[bmp])', 'm', t)
    return t
