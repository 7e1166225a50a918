using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Stages;

/// <summary>
/// Stage 3c: villages, communes and districts no gazetteer has. Border cooperation is often between villages
/// ("bản X kết nghĩa với bản Y (Lào)", "the village of X"): a capitalised name right after a unit word
/// (<see cref="Lexicon.VillageUnits"/>), or before "village"/"commune", is a locality of the unit's kind. Its country
/// comes from its address (a known unit or a country written after it), else from the partner country the sentence
/// or article states, else from the article's home country; its key is <c>loc:&lt;country&gt;-&lt;slug&gt;</c>. A region
/// before "province" is one too when its country follows ("TUV province of Mongolia").
/// </summary>
internal static class Villages
{
    /// <summary>How sure a village's country is: a later rule decides only when no earlier one did.</summary>
    private enum Evidence { Home, ArticlePartner, SentencePartner, KnownAddress, CountryAddress }

    private sealed class Found
    {
        public Found(Sentence s, int first, int last, string kind) { Sentence = s; First = first; Last = last; Kind = kind; }
        public Sentence Sentence { get; }
        public int First { get; }
        public int Last { get; }
        public string Kind { get; }
        /// <summary>The folded name, made once (rules ask for it often).</summary>
        public string Fold => _fold ??= Folding.Fold(Sentence.Span(First, Last));
        private string? _fold;
        public string? Country { get; set; }
        public Evidence Level { get; set; }
        /// <summary>Named by its council ("Ahsa Municipality in Saudi Arabia"): a town only where a country is written as its address.</summary>
        public bool ByCouncil { get; init; }
        /// <summary>Named by its "Municipal Council" or "Municipal Corporation": a town's, wherever its country is written.</summary>
        public bool ByMunicipalBody { get; init; }
        /// <summary>The locality its address names first: a known place's key or another village's fold.</summary>
        public string? ParentKey { get; set; }
        public string? ParentFold { get; set; }
        /// <summary>Named before its unit word ("Y commune"): after a comma it is an address part, not a list item.</summary>
        public bool Suffixed { get; init; }
        /// <summary>Written as another village's address.</summary>
        public bool Locator { get; set; }
        /// <summary>The next item of the list it opens ("ba bản X, Y"), which shares its address when it has none.</summary>
        public Found? NextInList { get; set; }
    }

    /// <summary>Adds the mentions of villages the gazetteer lacks to <paramref name="mentions"/> (kept in text order).</summary>
    public static void Find(List<Sentence> sentences, List<PlaceMention> mentions, List<CountryMention> countries,
        Func<Sentence, int, bool> isPersonToken, string language, System.Threading.CancellationToken ct)
    {
        var mentionsBySentence = BySentence.Group(mentions, m => m.Sentence);
        var countriesBySentence = BySentence.Group(countries, c => c.Sentence);
        var found = new List<Found>();
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (!Phrases.VillageUnits.MayStartIn(s) && !Lexicon.VillageSuffixes.MayBeIn(s) && !Lexicon.RegionSuffixes.MayBeIn(s) && !Lexicon.CouncilUnitWords.MayBeIn(s)
                && !(language == "en" && Phrases.CooperationCues.AnyIn(s))) continue;
            // Most unit words are in other words ("xã hội", "văn bản"): the sentence's tokens are marked only when a unit
            // word is next to a capitalised one.
            if (!HasCandidate(s.Tokens, language)) continue;
            mentionsBySentence.TryGetValue(s, out var sm);
            countriesBySentence.TryGetValue(s, out var sc);
            var covered = Covered(s, sm, sc, isPersonToken);
            FindIn(s, covered, sc, language, found);
        }
        if (found.Count == 0) return;
        // A country's word that opens a village's name ("xã Mỹ Lý") names no country.
        if (Consume(countries, found) > 0) countriesBySentence = BySentence.Group(countries, c => c.Sentence);

        string? home = language == "vi" ? "VN" : PlaceMention.MostNamed(mentions)?.Country;
        string? articlePartner = OnlyForeignCountry(countries, home, times: 2);
        // Later names first: an address written after a village may itself be a village whose country is settled.
        for (int k = found.Count - 1; k >= 0; k--)
        {
            var f = found[k];
            mentionsBySentence.TryGetValue(f.Sentence, out var sm);
            countriesBySentence.TryGetValue(f.Sentence, out var sc);
            Address(f, sm, sc, found);
        }
        // A list's items without an address share the next item's ("Thẩm X, Huội Y (thuộc ...)").
        for (int k = found.Count - 1; k >= 0; k--)
        {
            var f = found[k];
            if (f.Country is null && f.NextInList is { Country: not null } next) { f.Country = next.Country; f.Level = next.Level; f.ParentKey = next.ParentKey; f.ParentFold = next.ParentFold; }
        }
        // "Nagpur Municipal Corporation": the council of a place the article names is that place's, no new one.
        found.RemoveAll(f => f.ByMunicipalBody && NamedElsewhere(f, mentions));
        foreach (var f in found)
        {
            if (f.Country is not null) continue;
            // "KUCHING (Sept 10): The Padawan Municipal Council ...": a council is in the country of the place its sentence
            // opens with (the dateline's), not in the partner's.
            if (f.ByMunicipalBody && mentionsBySentence.TryGetValue(f.Sentence, out var before) && before.Count > 0 && before[0].Last < f.First)
            {
                f.Country = before[0].Place.Country;
                f.Level = Evidence.KnownAddress;
                continue;
            }
            countriesBySentence.TryGetValue(f.Sentence, out var sc);
            bool partnerSide = PartnerSide(f);
            if (partnerSide && OnlyForeignCountry(sc, home, times: 1) is { } c) { f.Country = c; f.Level = Evidence.SentencePartner; }
            else if (partnerSide && articlePartner is not null && Phrases.CooperationCues.AnyIn(f.Sentence)) { f.Country = articlePartner; f.Level = Evidence.ArticlePartner; }
            // "đoàn làm việc với chính quyền huyện Xaychămphon", "Governor of Memot district": the gazetteer knows most of
            // Vietnam's districts, so a district it lacks, in an article at home in Vietnam about one foreign country, is likelier
            // that country's.
            else if (home == "VN" && f.Kind == LocalityKinds.District && (OnlyForeignCountry(sc, home, times: 1) ?? articlePartner) is { } abroad)
            {
                f.Country = abroad;
                f.Level = Evidence.ArticlePartner;
            }
            else if (home is not null) { f.Country = home; f.Level = Evidence.Home; }
        }

        // One place per name: the best-attested country, first on a tie.
        var best = new Dictionary<string, Found>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var f in found)
        {
            if (f.Country is null || (f.ByCouncil && f.Level < Evidence.CountryAddress)) continue;
            string fold = f.Fold;
            if (!best.TryGetValue(fold, out var b)) { best[fold] = f; order.Add(fold); }
            else if (f.Level > b.Level) best[fold] = f;
        }
        if (best.Count == 0) return;
        // "Chantabuly" beside "Chanthabuly (Viêng Chăn, Lào)": a spelling one letter off a better-attested name is that place.
        foreach (var fold in order)
            foreach (var other in order)
                if (other != fold && fold.Length >= 7 && best[other].Level > best[fold].Level && best[other].Kind == best[fold].Kind
                    && PlaceIndex.BoundedDistance(fold, other, 1) <= 1)
                { best[fold] = best[other]; break; }
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var fold in order) places[fold] = MakePlace(best[fold], null);
        // A parent village's key is known once every village has its place.
        foreach (var fold in order)
        {
            var f = best[fold];
            if (f.ParentFold is { } pf && places.TryGetValue(pf, out var parent) && parent.Country == f.Country)
                places[fold] = MakePlace(f, parent.Key);
        }
        var added = new List<PlaceMention>();
        var taken = new HashSet<(Sentence, int)>();
        foreach (var f in found)
        {
            if (!places.TryGetValue(f.Fold, out var p)) continue;
            added.Add(new PlaceMention(f.Sentence, f.First, f.Last, p, f.Sentence.Span(f.First, f.Last)) { Decided = true, Locator = f.Locator });
            for (int k = f.First; k <= f.Last; k++) taken.Add((f.Sentence, k));
        }
        Rementions(sentences, mentionsBySentence, countriesBySentence, places, taken, isPersonToken, added);
        var named = new List<Found>();
        foreach (var m in added) named.Add(new Found(m.Sentence, m.First, m.Last, m.Place.Kind));
        Consume(countries, named);
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index) : a.First.CompareTo(b.First));
    }

    /// <summary>Removes the country mentions written as the first word of a found name; returns how many.</summary>
    private static int Consume(List<CountryMention> countries, List<Found> found)
    {
        var starts = new HashSet<(Sentence, int)>();
        foreach (var f in found) starts.Add((f.Sentence, f.First));
        return countries.RemoveAll(c => c.First == c.Last && starts.Contains((c.Sentence, c.First)));
    }

    private static Place MakePlace(Found f, string? parentKey) =>
        Unlisted(f.Sentence.Span(f.First, f.Last), f.Country!, f.Kind, parentKey ?? f.ParentKey);

    /// <summary>A locality the gazetteer lacks, as the text names it: key <c>loc:&lt;country&gt;-&lt;slug&gt;</c>, no coordinates.</summary>
    internal static Place Unlisted(string name, string country, string kind, string? parentKey) =>
        new("loc:" + country.ToLowerInvariant() + "-" + Folding.Slug(name), name, country, kind, "", 0, parentKey, double.NaN, double.NaN,
            new EquatableArray<string>(new[] { name }));

    private const byte Free = 0, Taken = 1, CountryWord = 2;

    /// <summary>
    /// Tokens of known places and people (<see cref="Taken"/>): never part of a new name; of countries (<see cref="CountryWord"/>):
    /// part of one only as its first word ("xã Mỹ Lý", "Lao Kha": "Mỹ" and "Lao" name countries alone).
    /// </summary>
    private static byte[] Covered(Sentence s, List<PlaceMention>? sm, List<CountryMention>? sc, Func<Sentence, int, bool> isPersonToken)
    {
        var covered = new byte[s.Tokens.Count];
        if (sc is not null) foreach (var c in sc) for (int k = c.First; k <= c.Last; k++) covered[k] = c.First == c.Last ? CountryWord : Taken;
        if (sm is not null) foreach (var m in sm) for (int k = m.First; k <= m.Last; k++) covered[k] = Taken;
        for (int k = 0; k < covered.Length; k++) if (isPersonToken(s, k)) covered[k] = Taken;
        return covered;
    }

    /// <summary>"province of Mongolia", "province (Mongolia)": a country written right after the unit word at <paramref name="unit"/>.</summary>
    private static bool CountryAfterUnit(TokenList t, int unit, List<CountryMention>? sc) =>
        unit + 1 < t.Count && (t[unit + 1].Is("of") || t[unit + 1].IsPunct('(')) && CountryAfter(unit + 1, sc);

    /// <summary>Whether a country mention starts right after token <paramref name="k"/>.</summary>
    private static bool CountryAfter(int k, List<CountryMention>? sc) => sc is not null && CountryAt(sc, k + 1) is not null;

    private static void FindIn(Sentence s, byte[] covered, List<CountryMention>? sc, string language, List<Found> found)
    {
        var t = s.Tokens;
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || covered[i] != Free) continue;
            int n = Phrases.VillageUnits.MatchAny(t, i, out string? unit);
            if (n > 0)
            {
                if (!SpeltAsUnit(t, i, n)) continue;
                // "Văn miếu Trấn Biên": a Chinese town's "trấn" alone is a unit only in lower case.
                if (unit == "tran" && t[i].Cap) continue;
                // "văn bản Hiệp định", "hợp tác xã Tân Phú": the unit word ends another word.
                if (i > 0 && Lexicon.VillageUnitCompounds.Contains(t[i - 1].Fold + " " + t[i].Fold)) continue;
                int j = i + n;
                int last = NameEnd(t, j, covered);
                if (last < j) continue;
                if (Lexicon.VillageUnitNonNames.Contains(t[i + n - 1].Fold + " " + t[j].Fold)) continue;
                if (!NameLike(t, j, last, language)) continue;
                if (Lexicon.VillageUnits[unit!] == LocalityKinds.City && !CityNameAlone(t, i, last)) continue;
                var f = new Found(s, j, last, Lexicon.VillageUnits[unit!]);
                // "the French town of Chinon": the country's word before the unit is the locality's country.
                if (i > 0 && covered[i - 1] == CountryWord && sc is not null && CountryEndingAt(sc, i - 1) is { } adjective)
                {
                    f.Country = adjective.Code;
                    f.Level = Evidence.CountryAddress;
                }
                found.Add(f);
                bool plural = i > 0 && (t[i - 1].IsNumber || Lexicon.VillageListMarkers.Contains(t[i - 1].Form));
                ListItems(s, f, covered, plural, language, found);
                i = f.Last;
                continue;
            }
            // "Polanica-Zdrój in Poland and Polyanytsya in Ukraine are deepening their partnership": an unknown capitalised
            // name opening a list item or a clause, before "in" and a country, in a sentence about cooperation.
            if (language == "en" && t[i].Is("in") && !t[i].Cap && i > 0 && CountryAfter(i, sc) && Phrases.CooperationCues.AnyIn(s))
            {
                int last = i - 1, first = last;
                while (first - 1 >= 0 && first > i - 4 && t[first - 1].IsWord && t[first - 1].Cap && covered[first - 1] == Free && t[first].SpaceBefore) first--;
                bool opens = first == 0 || t[first - 1].IsPunct(',') || Lexicon.ListConjunctions.Contains(t[first - 1].Form) || t[first - 1].Is("between");
                if (t[last].IsWord && t[last].Cap && covered[last] == Free && covered[first] == Free && opens && NameLike(t, first, last, language))
                    found.Add(new Found(s, first, last, LocalityKinds.City));
                continue;
            }
            // "the Samoan village Poutasi": a name right after a country's word and a lower-case unit word is a locality of that country.
            if (language == "en" && !t[i].Cap && Lexicon.VillageSuffixes.Contains(t[i].Form) && i > 0 && covered[i - 1] == CountryWord
                && sc is not null && CountryEndingAt(sc, i - 1) is { } demonym && i + 1 < t.Count && covered[i + 1] == Free)
            {
                int last = NameEnd(t, i + 1, covered);
                if (last > i && NameLike(t, i + 1, last, language))
                {
                    found.Add(new Found(s, i + 1, last, LocalityKinds.Commune) { Country = demonym.Code, Level = Evidence.CountryAddress });
                    i = last;
                    continue;
                }
            }
            // "Bat Trang village", "Tan Phu Commune": the capitalised name before an English unit word ("Village" is a name's own
            // word); "TUV province of Mongolia": a region's.
            bool region = Lexicon.RegionSuffixes.Contains(t[i].Form) && CountryAfterUnit(t, i, sc);
            // "Ahsa Municipality in Saudi Arabia": a town named by its council (capitalised, as the press writes it); not one
            // explained by a known place in brackets ("e-Thekwini Metropolitan Municipality (Durban)").
            bool municipality = t[i].Cap && Lexicon.CouncilUnitWords.Contains(t[i].Form)
                && !(i + 2 < t.Count && t[i + 1].IsPunct('(') && covered[i + 2] == Taken);
            // "The Padawan Municipal Council (MPP)": the council's two capitalised words say it is a town's, wherever its
            // country is written; "Municipality" alone also ends organisations' names, so it needs its country beside it.
            bool municipalBody = municipality && t[i].Is("municipal");
            if (municipalBody && !(i + 1 < t.Count && t[i + 1].Cap && Lexicon.MunicipalBodies.Contains(t[i + 1].Form))) municipality = municipalBody = false;
            if (language == "en" && (Lexicon.VillageSuffixes.Contains(t[i].Form) || region || municipality) && (!t[i].Cap || t[i].Is("commune") || municipality) && i > 0)
            {
                int last = i - 1, first = i;
                while (first - 1 >= 0 && first > i - 5 && t[first - 1].IsWord && t[first - 1].Cap && covered[first - 1] == Free && (first == i || t[first].SpaceBefore)) first--;
                // "In Tan Phu commune": a function word at the sentence's start is not the name's.
                int run = first;
                while (first <= last && (Lexicon.EnglishFunctionWords.Contains(t[first].Form) || Lexicon.BesidesWordsAsWritten.ContainsIgnoringCase(t[first].Text)
                    || (first == 0 && Lexicon.CommonWords.Contains(t[first].Form) && first < last))) first++;
                // "My Chau commune": a country's word ("My", Mỹ written without marks) opens the name.
                if (first <= last && first == run && first - 1 >= 0 && covered[first - 1] == CountryWord && t[first - 1].Cap && t[first].SpaceBefore) first--;
                if (first > last || covered[last] != Free || !NameLike(t, first, last, language)) continue;
                found.Add(new Found(s, first, last, region ? LocalityKinds.Province : municipality ? LocalityKinds.City : t[i].Is("district") ? LocalityKinds.District : LocalityKinds.Commune) { Suffixed = true, ByCouncil = municipality && !municipalBody, ByMunicipalBody = municipalBody });
            }
        }
    }

    private static bool HasCandidate(TokenList t, string language)
    {
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            int n = Phrases.VillageUnits.MatchAny(t, i, out _);
            if (n > 0 && i + n < t.Count && t[i + n].Cap) return true;
            if (language == "en" && i > 0 && t[i - 1].Cap && (Lexicon.VillageSuffixes.Contains(t[i].Form) || Lexicon.RegionSuffixes.Contains(t[i].Form)
                || Lexicon.CouncilUnitWords.Contains(t[i].Form) || t[i].Is("in"))) return true;
        }
        return false;
    }

    private static bool SpeltAsUnit(TokenList t, int i, int n)
    {
        for (int k = i; k < i + n; k++) if (!Lexicon.VillageUnitSpellings.ContainsIgnoringCase(t[k].Text)) return false;
        return true;
    }

    /// <summary>The last token of the capitalised name starting at <paramref name="j"/>, or j - 1 when there is none.</summary>
    private static int NameEnd(TokenList t, int j, byte[] covered)
    {
        int k = j;
        // "Mỹ Lý", "Lao Kha": a country's one word opens a longer name.
        if (j + 1 < t.Count && covered[j] == CountryWord && t[j + 1].IsWord && t[j + 1].Cap && t[j + 1].SpaceBefore && covered[j + 1] == Free) k++;
        while (k < t.Count && k < j + 5 && t[k].IsWord && t[k].Cap && covered[k] == Free && (k == j || t[k].SpaceBefore)
            && (!t[k].AllCaps || t[k].Text.Length == 1)
            && (k == j || (Phrases.VillageUnits.MatchAny(t, k, out _) == 0 && !Phrases.Titles.Matches(t, k) && !Lexicon.VillageNameEnders.Contains(t[k].Form))))
            k++;
        // "Montval-sur-Loir": words joined by tight hyphens are one name, particles included.
        while (k > j && k + 1 < t.Count && t[k].IsPunct('-') && !t[k].SpaceBefore && t[k + 1].IsWord && !t[k + 1].SpaceBefore && covered[k + 1] == Free)
            k += 2;
        // "xã Sơn Kim 2": a short number ends the name.
        if (k > j && k < t.Count && t[k].IsNumber && t[k].SpaceBefore && t[k].Text.Length <= 2) k++;
        return k - 1;
    }

    /// <summary>
    /// "the cities of Arkadag, Kazan and Telavi": after "city of" written in lower case, a whole name the gazetteer lacks,
    /// ended by punctuation or a function word. "the City of Xaimen" is an official name (here a typo of a known city) and
    /// "city of Oromia region", "city of San Francis codmacolis" name more than the capitalised words.
    /// </summary>
    private static bool CityNameAlone(TokenList t, int unit, int last) =>
        !t[unit].Cap && (last + 1 >= t.Count || !t[last + 1].IsWord || Lexicon.EnglishFunctionWords.Contains(t[last + 1].Form));

    /// <summary>Words that read as a name: not a title, an organisation or a common word alone.</summary>
    private static bool NameLike(TokenList t, int first, int last, string language)
    {
        var f = t[first].Form;
        if (Phrases.Titles.Matches(t, first) || Lexicon.GovernmentHeads.Contains(f) || Lexicon.InstitutionHeads.Contains(f) || Lexicon.Months.ContainsKey(t[first].Fold)) return false;
        // One word alone must not be an organisation's word either ("xã Đoàn", "village of Union"); in a longer name "Ban", "Lao" are name syllables.
        if (first == last && (Lexicon.CommonWords.Contains(f) || Lexicon.OrgWords.Contains(f) || Lexicon.VietnameseOrgWords.Contains(f) || t[first].Text.Length < 2)) return false;
        if (language == "en" && first == last && Lexicon.EnglishFunctionWords.Contains(f)) return false;
        if (last - first < 2 && Lexicon.VillageNonNames.Contains(first == last ? t[first].Fold : t[first].Fold + " " + t[last].Fold)) return false;
        return !(first < last && Lexicon.NamedDayWords.Contains(t[last].Form));
    }

    /// <summary>"ba bản X, Y và Z", "Thôn X (Việt Nam) và Y (Trung Quốc)": the names listed after a village's.</summary>
    private static void ListItems(Sentence s, Found f, byte[] covered, bool plural, string language, List<Found> found)
    {
        var t = s.Tokens;
        var prev = f;
        while (true)
        {
            int k = SkipBracket(t, prev.Last + 1);
            if (k >= t.Count || !(t[k].IsPunct(',') || Lexicon.ListConjunctions.Contains(t[k].Form))) return;
            int j = k + 1;
            int last = NameEnd(t, j, covered);
            if (last < j || !NameLike(t, j, last, language)) return;
            bool bracketed = last + 1 < t.Count && t[last + 1].IsPunct('(');
            if (!plural && !bracketed) return;
            var item = new Found(s, j, last, f.Kind);
            found.Add(item);
            prev.NextInList = item;
            prev = item;
        }
    }

    /// <summary>The token after a bracketed group opening at <paramref name="k"/> (k itself when none opens there).</summary>
    private static int SkipBracket(TokenList t, int k)
    {
        if (k >= t.Count || !t[k].IsPunct('(')) return k;
        for (int j = k + 1; j < t.Count; j++) if (t[j].IsPunct(')')) return j + 1;
        return t.Count;
    }

    /// <summary>
    /// "bản X (thuộc cụm bản Y, huyện Z)", "thôn X, xã Y (Trung Quốc)", "bản X huyện Y, tỉnh Salavan, nước CHDCND Lào": the
    /// address written after the name gives its parent (the first locality named) and its country (the first country,
    /// known place or settled village). A bare name after a comma is the next list item, not an address.
    /// </summary>
    private static void Address(Found f, List<PlaceMention>? sm, List<CountryMention>? sc, List<Found> found)
    {
        var t = f.Sentence.Tokens;
        // "ngoài quận Frunzensky, huyện Gia Lâm hiện có ...": after "besides" and its place, the clause's subject, not an address.
        for (int k = Math.Max(0, f.First - 3); k < f.First; k++) if (Lexicon.BesidesWordsAsWritten.ContainsIgnoringCase(t[k].Text)) return;
        int depth = 0;
        bool afterGlue = true; // the first name after the village's may be its address without a comma ("bản X xã Y")
        for (int k = f.Last + 1; k < t.Count && k <= f.Last + 25; k++)
        {
            var x = t[k];
            if (x.IsPunct('(')) { depth++; afterGlue = true; continue; }
            if (x.IsPunct(')')) { if (--depth < 0) return; continue; }
            if (x.IsPunct(',') || x.IsPunct('-')) { afterGlue = false; continue; }
            if (x.IsWord && Lexicon.VillageAddressGlue.Contains(x.Form) && !x.Cap) { afterGlue = true; continue; }
            if (FoundAt(found, f.Sentence, k) is { } v)
            {
                // "X village, Y commune, Z district": a name with its unit word after it is an address part.
                if (!afterGlue && !v.Suffixed) return;
                v.Locator = true;
                if (f.ParentKey is null && f.ParentFold is null) f.ParentFold = v.Fold;
                if (f.Country is null && v.Country is not null && v.Level >= Evidence.KnownAddress) { f.Country = v.Country; f.Level = v.Level; }
                k = v.Last;
                afterGlue = v.Suffixed && k + 1 < t.Count && Lexicon.VillageSuffixes.Contains(t[k + 1].Form);
                if (afterGlue) k++;
                continue;
            }
            if (sc is not null && CountryAt(sc, k) is { } cm)
            {
                if (f.Country is null || f.Level < Evidence.CountryAddress) { f.Country = cm.Code; f.Level = Evidence.CountryAddress; }
                return;
            }
            if (sm is not null && PlaceMention.StartingAt(sm, k) is { } m)
            {
                if (!afterGlue && m.Place.Kind != LocalityKinds.District && !LocalityResolver.IsRegion(m.Place)) return;
                m.Locator = true;
                if (f.ParentKey is null && f.ParentFold is null) f.ParentKey = m.Place.Key;
                if (f.Country is null) { f.Country = m.Place.Country; f.Level = Evidence.KnownAddress; }
                k = m.Last;
                afterGlue = false;
                continue;
            }
            // A capitalised word the rules above did not take: "Huyện" in a title, an unknown name after a unit word.
            if (x.IsWord && x.Cap && afterGlue) continue;
            return;
        }
    }

    private static CountryMention? CountryEndingAt(List<CountryMention> sc, int k)
    {
        foreach (var c in sc) if (c.Last == k) return c;
        return null;
    }

    private static CountryMention? CountryAt(List<CountryMention> sc, int k)
    {
        foreach (var c in sc) if (c.First == k) return c;
        return null;
    }

    private static Found? FoundAt(List<Found> found, Sentence s, int k)
    {
        foreach (var f in found) if (f.Sentence == s && f.First == k) return f;
        return null;
    }

    /// <summary>Whether the article names a known place as <paramref name="f"/> is written.</summary>
    private static bool NamedElsewhere(Found f, List<PlaceMention> mentions) => PlaceMention.AnyWritten(mentions, f.Fold);

    /// <summary>Whether the name is written after "với"/"with": the partner side of a relation the sentence states.</summary>

    private static bool PartnerSide(Found f)
    {
        var t = f.Sentence.Tokens;
        // The "with" of its own phrase ("kết nghĩa với bản X", "twinned with X village"), not of another clause ("will hold talks
        // with Andong officials Monday ... and will tour Hahoe village").
        for (int k = f.First - 1; k >= 0; k--)
        {
            if (Lexicon.PartnerSideWords.Contains(t[k].Form)) return true;
            // A clause joined by a comma and a conjunction, or a semicolon, tells of something else.
            if (t[k].IsPunct(';') || (k > 0 && t[k - 1].IsPunct(',') && Lexicon.ListConjunctions.Contains(t[k].Form))) return false;
        }
        return false;
    }

    /// <summary>
    /// The one foreign country <paramref name="countries"/> name, when they name it at least <paramref name="times"/> times
    /// (the article's partner, not a passing mention), else null.
    /// </summary>
    private static string? OnlyForeignCountry(List<CountryMention>? countries, string? home, int times)
    {
        if (countries is null) return null;
        string? only = null;
        int n = 0;
        foreach (var c in countries)
        {
            if (c.Code == home) continue;
            if (only is not null && only != c.Code) return null;
            only = c.Code;
            n++;
        }
        return n >= times ? only : null;
    }

    /// <summary>"Lồ Cô Chin - Lao Kha": a later capitalised run written exactly as a village found above names it again.</summary>
    private static void Rementions(List<Sentence> sentences, BySentence<List<PlaceMention>> mentionsBySentence, BySentence<List<CountryMention>> countriesBySentence,
        Dictionary<string, Place> places, HashSet<(Sentence, int)> taken, Func<Sentence, int, bool> isPersonToken, List<PlaceMention> added)
    {
        int longest = 0;
        foreach (var p in places.Values) longest = Math.Max(longest, p.Name.Split(' ').Length);
        foreach (var s in sentences)
        {
            var t = s.Tokens;
            byte[]? covered = null;
            for (int i = 0; i < t.Count; i++)
            {
                if (!t[i].IsWord || !t[i].Cap || (i > 0 && t[i - 1].IsWord && t[i - 1].Cap && t[i].SpaceBefore)) continue;
                int run = PlaceScanner.CapRun(t, i);
                if (run == 0) continue;
                if (run > longest || taken.Contains((s, i))) { i += run - 1; continue; }
                if (!places.TryGetValue(Folding.Fold(s.Span(i, i + run - 1)), out var p)) continue;
                if (covered is null)
                {
                    mentionsBySentence.TryGetValue(s, out var sm);
                    countriesBySentence.TryGetValue(s, out var sc);
                    covered = Covered(s, sm, sc, isPersonToken);
                }
                bool free = true;
                for (int k = i; k < i + run; k++) if (covered[k] != Free && !(k == i && run > 1 && covered[k] == CountryWord)) free = false;
                if (free) added.Add(new PlaceMention(s, i, i + run - 1, p, s.Span(i, i + run - 1)));
                i += run - 1;
            }
        }
    }
}
