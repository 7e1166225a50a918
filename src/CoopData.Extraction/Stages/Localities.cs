using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Stages;

/// <summary>A capitalised span the gazetteer knows as a locality (before context has judged it).</summary>
internal sealed class PlaceCandidate
{
    /// <param name="surface">The name it stands for when the text describes the place instead ("the Thai capital": "Bangkok"); else the text.</param>
    public PlaceCandidate(Sentence s, int first, int last, IReadOnlyList<Place> places, string? surface = null)
    {
        Sentence = s; First = first; Last = last; Places = places; _surface = surface;
    }

    public Sentence Sentence { get; }
    public int First { get; }
    public int Last { get; }
    /// <summary>Read by index in loops: a foreach over the interface would make an enumerator object each time.</summary>
    public IReadOnlyList<Place> Places { get; }
    /// <summary>The country every one of its places is in, or null when they differ or there is none (computed once).</summary>
    public string? SingleCountry
    {
        get
        {
            if (_singleCountryKnown) return _singleCountry;
            string? country = Places.Count > 0 ? Places[0].Country : null;
            for (int k = 1; k < Places.Count && country is not null; k++)
                if (Places[k].Country != country) country = null;
            _singleCountry = country;
            _singleCountryKnown = true;
            return country;
        }
    }
    private string? _singleCountry;
    private bool _singleCountryKnown;

    /// <summary>Whether a place this may be is the parent of one <paramref name="other"/> may be ("Inagawa Hyogo").</summary>
    public bool MayBeRegionOf(PlaceCandidate other)
    {
        for (int i = 0; i < other.Places.Count; i++)
            for (int o = 0; o < Places.Count; o++)
                if (other.Places[i].ParentKey == Places[o].Key) return true;
        return false;
    }

    /// <summary>Orders candidates as their text runs (sentence, then first token), after a stage added some out of order.</summary>
    public static void SortInTextOrder(List<PlaceCandidate> candidates) =>
        candidates.Sort((a, b) => a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index) : a.First.CompareTo(b.First));

    /// <summary>The text as written, or the name a description stands for (made once: the resolver asks for it several times).</summary>
    public string Surface => _surface ??= Sentence.Span(First, Last);
    private string? _surface;
    public int Words => Last - First + 1;

    /// <summary>The folded text (one token's text folds to the token's fold, which is already made).</summary>
    public string Fold => _fold ??= First == Last ? Sentence.Tokens[First].Fold : Folding.Fold(Surface);
    private string? _fold;

    /// <summary>
    /// A common word alone ("City", "Delta") with no locality word before it: rarely a place, so it is no evidence of
    /// a country or place for its neighbours ("Sister City of Takikawa" does not make Springfield Australian).
    /// </summary>
    public bool CommonWordAlone
    {
        get
        {
            if (_commonWordAlone is { } known) return known;
            bool alone = Words == 1 && Lexicon.CommonWords.Contains(Sentence.Tokens[First].Form);
            if (alone)
            {
                LocalityResolver.PrefixKind(Sentence.Tokens, First, out bool prefixed);
                alone = !prefixed;
            }
            _commonWordAlone = alone;
            return alone;
        }
    }
    private bool? _commonWordAlone;
}

/// <summary>A country (or demonym) named in a sentence.</summary>
internal sealed class CountryMention
{
    public CountryMention(Sentence s, int first, int last, string code) { Sentence = s; First = first; Last = last; Code = code; }
    public Sentence Sentence { get; }
    public int First { get; }
    public int Last { get; }
    public string Code { get; }
}

/// <summary>An accepted mention of a locality.</summary>
internal sealed class PlaceMention
{
    public PlaceMention(Sentence s, int first, int last, Place place, string surface)
    {
        Sentence = s; First = first; Last = last; Place = place; Surface = surface;
    }

    public Sentence Sentence { get; }
    public int First { get; }
    public int Last { get; }
    public Place Place { get; }
    public string Surface { get; }
    /// <summary>The folded text, made once (one token's text folds to the token's fold, which is already made).</summary>
    public string Fold => _fold ??= First == Last ? Sentence.Tokens[First].Fold : Folding.Fold(Surface);
    private string? _fold;
    /// <summary>Only locates another place ("Tustin, California", "Đống Đa (Hà Nội)"): not a party.</summary>
    public bool Locator { get; set; }
    /// <summary>Chosen with locality context around it ("X provincial", "city of X", "X, Country").</summary>
    public bool Decided { get; set; }
    /// <summary>The kind its own unit word states ("tỉnh X", "X province": province; "TP X", "city of X": city), or null.</summary>
    public string? StatedKind { get; set; }

    /// <summary>Whether <paramref name="next"/> follows this mention in its sentence with only the punctuation <paramref name="mark"/> between.</summary>
    public bool JoinedTo(PlaceMention next, char mark) =>
        next.Sentence == Sentence && next.First == Last + 2 && Sentence.Tokens[Last + 1].IsPunct(mark);

    /// <summary>Whether <paramref name="next"/> follows this mention with only a dash between ("Hải Dương - Phú Yên").</summary>
    public bool DashedTo(PlaceMention next) => JoinedTo(next, '-') || JoinedTo(next, '–');

    /// <summary>The mention in <paramref name="mentions"/> (of one sentence) whose first token is <paramref name="first"/>, else null.</summary>
    public static PlaceMention? StartingAt(List<PlaceMention> mentions, int first)
    {
        foreach (var m in mentions) if (m.First == first) return m;
        return null;
    }

    /// <summary>Whether any of <paramref name="mentions"/> is written as <paramref name="fold"/> (folded).</summary>
    public static bool AnyWritten(List<PlaceMention> mentions, string fold)
    {
        foreach (var m in mentions) if (m.Fold == fold) return true;
        return false;
    }

    /// <summary>
    /// The place (of <paramref name="kind"/> and in <paramref name="country"/>, when given) named most often among <paramref name="mentions"/>, locators left
    /// out; on a tie the first to reach that count; null when there is none.
    /// </summary>
    public static Place? MostNamed(List<PlaceMention> mentions, string? kind = null, string? country = null)
    {
        Place? best = null;
        int bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Locator || (kind is not null && m.Place.Kind != kind) || (country is not null && m.Place.Country != country)) continue;
            counts.TryGetValue(m.Place.Key, out int c);
            counts[m.Place.Key] = ++c;
            if (c > bestCount) { best = m.Place; bestCount = c; }
        }
        return best;
    }
}

/// <summary>
/// Stage 3, first half: capitalised n-grams looked up in the gazetteer (longest first), countries
/// set aside, and capitalised runs that start with a Vietnamese surname kept as people.
/// </summary>
internal sealed class PlaceScanner
{
    private readonly IPlaceLookup _places;
    private readonly int _maxWords;

    public PlaceScanner(IPlaceLookup places)
    {
        _places = places;
        _maxWords = Math.Max(1, Math.Min(6, places.LongestNameInWords));
        _hashes = new ulong[_maxWords + 1];
        _filter = places as PlaceIndexLookup;
    }

    public void Scan(Sentence s, List<PlaceCandidate> candidates, List<CountryMention> countries)
    {
        var t = s.Tokens;
        int i = 0;
        int stateFormAt = -1, stateFormEnd = -1;
        while (i < t.Count)
        {
            if (NumberedDistrictAt(t, i) is { } district) { candidates.Add(new PlaceCandidate(s, i, i + 1, district)); i += 2; continue; }
            if (!t[i].IsWord || !t[i].Cap || t[i].Fold.Length == 0) { i++; continue; }
            // "Vương quốc Campuchia": a form of state, in lower case after its first syllable, before the country's name.
            int stateForm = Phrases.StateForms.MatchAny(t, i, out _);
            if (stateForm > 1 && !t[i + 1].Cap && i + stateForm < t.Count && t[i + stateForm].Cap)
            {
                // "Cộng hòa Liên bang Đức": forms in a row open one name.
                if (stateFormEnd != i) stateFormAt = i;
                i += stateForm;
                stateFormEnd = i;
                continue;
            }
            int runLength = CapRun(t, i);
            int matched = 0;
            IReadOnlyList<Place>? places = null;
            Country? country = null;
            // Longest n-gram first; a span is name-shaped: capitalised words joined by spaces or tight hyphens.
            var words = _words;
            words.Clear();
            int j = i;
            while (j < t.Count && words.Count < _maxWords)
            {
                if (t[j].IsWord && (t[j].Cap || (words.Count > 0 && !t[j].SpaceBefore) || (words.Count > 0 && ParticleGoesOn(t, j))
                    || (words.Count > 0 && Lexicon.NameJoiningWords.Contains(t[j].Form) && j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].Cap
                        && !(t[j].Is("of") && Lexicon.UnitWordsBeforeOf.Contains(t[words[0]].Form))))) // "City of Austin" is read by its unit word
                {
                    words.Add(j);
                    j++;
                    continue;
                }
                if (t[j].IsPunct('-') && !t[j].SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore && t[j + 1].IsWord) { j++; continue; }
                // "Quận 12", "District 1": a short number ends a name after a capitalised word.
                if (t[j].IsNumber && words.Count > 0 && t[j].SpaceBefore && t[j].Text.Length <= 2 && t[words[words.Count - 1]].Cap)
                {
                    words.Add(j);
                    break;
                }
                // "TP.HCM": an abbreviation joined to a capitalised word by a dot with no space reads as "TP HCM".
                if (t[j].IsPunct('.') && words.Count > 0 && !t[j].SpaceBefore && j + 1 < t.Count && !t[j + 1].SpaceBefore && t[j + 1].IsWord && t[j + 1].Cap) { j++; continue; }
                // "St. Petersburg", "Mt. Vernon": an abbreviated first word keeps its dot and the name goes on.
                if (t[j].IsPunct('.') && words.Count == 1 && !t[j].SpaceBefore && Lexicon.AbbreviatedNameWords.Contains(t[words[0]].Form)
                    && j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].Cap) { j++; continue; }
                break;
            }
            // The hash of each n-gram's text, so the gazetteer can rule most of them out before they are built.
            var hashes = _hashes;
            if (_filter is not null)
            {
                ulong h = 0;
                for (int k = 0; k < words.Count; k++)
                {
                    var form = t[words[k]].Form;
                    h = k == 0 ? form.NameHash : PlaceIndex.JoinNames(h, form.NameHash, form.NamePower);
                    hashes[k + 1] = h;
                }
            }
            // Only a word some longer name starts with opens an n-gram worth looking up.
            int longest = OneWordPlaces.Of(t[i].Form, _places).MayStartLongerName ? words.Count : 1;
            for (int n = longest; n >= 1 && matched == 0; n--)
            {
                // "Gyeongsangbuk-do", "Yongin-si": a lower-case administrative suffix joined by a hyphen may end the name.
                if (!t[words[n - 1]].Cap && !t[words[n - 1]].IsNumber && (t[words[n - 1]].SpaceBefore || !t[words[n - 1] - 1].IsPunct('-'))) continue;
                if (n == 1)
                {
                    var known = OneWordPlaces.Of(t[i].Form, _places);
                    country = known.Country;
                    // "Ý" (Italy) is that country only written with its mark: "xã Bờ Y" names a commune.
                    if (country is not null && t[i].Text.Length == 1 && t[i].Text[0] < 128) country = null;
                    if (country is not null) { matched = 1; break; }
                    if (known.Places.Count > 0) { matched = 1; places = known.Places; }
                    continue;
                }
                // "St Brieuc" for GeoNames' "Saint-Brieuc": an abbreviated saint's name is looked up written out too, for towns
                // named in the French way (not "St. Mary's Feast Society" for Saint Marys, Georgia).
                string? saint = n >= 2 && t[words[0]].Fold is "st" or "ste" ? (t[words[0]].Fold == "st" ? "saint" : "sainte") : null;
                if (_filter is not null && !_filter.MayBeName(hashes[n]) && saint is null) continue;
                string folded = NGram(t, words, n);
                country = _places.FindCountry(folded);
                if (country is not null) { matched = n; break; }
                var found = _places.FindByName(folded);
                if (found.Count == 0 && saint is not null) found = FrenchSaintsTowns(_places.FindByName(saint + folded.Substring(folded.IndexOf(' '))));
                if (found.Count > 0) { matched = n; places = found; }
            }
            // "Vũ Thu Hà", "Nguyễn Thanh Bình": a run opening with a Vietnamese surname is a person unless
            // a longer place name ("Hà Nội", "Hồ Chí Minh City") covers it, or one of two words or more is followed by its
            // body ("Ho Chi Minh City People's Committee") or by a word no name has ("the Thai Nguyen Department of Health").
            bool surname = runLength >= 2 && runLength <= 5 && Lexicon.VietnameseSurnames.Contains(t[i].Form);
            if (surname && (matched < runLength || PersonPrefixBefore(t, i)) && country is null
                && !(matched > 0 && PlaceBeforeName(t, i, words[matched - 1], runLength))
                && !(matched >= 2 && (Phrases.PlaceSuffixes.Matches(t, words[matched - 1] + 1) || NoNameWordAt(t, words[matched - 1] + 1))))
            {
                i += runLength;
                continue;
            }
            // "Y" (a French village) is never meant alone: in "Y Biêr Niê" it opens an Ede name.
            if (matched == 1 && country is null && t[i].Fold.Length == 1) matched = 0;
            // "Nov. 16", "16 Nov": a month beside a day is a date ("Nov" is also a town in Tajikistan).
            if (matched == 1 && country is null && IsMonthBesideNumber(t, i)) matched = 0;
            // "the Mayor of City of Windhoek": the unit word of a formal name is no place ("City", a suburb of Canberra).
            if (matched == 1 && country is null && i + 1 < t.Count && t[i + 1].Is("of") && Lexicon.UnitWordsBeforeOf.Contains(t[i].Form)) matched = 0;
            // "Bun-lay", "Sải-thong" (Lao names in Vietnamese text), "Ca-dan" of "Ca-dan-lắc": a word cut from a hyphenated one
            // is no place.
            if (matched >= 1 && country is null && CutFromHyphenatedWord(s, t, words[matched - 1])) matched = 0;
            if (matched == 0) { i++; continue; }
            int last = words[matched - 1];
            // "Macao and Phuket", "Singapore's": a city-state named is its city too (the country's capital by that name).
            if (country is not null && Lexicon.CityStates.Contains(country.Code) && CityOfState(country.Code, t, words, matched) is { } city)
            {
                candidates.Add(new PlaceCandidate(s, i, last, new[] { city }));
                i = last + 1;
                continue;
            }
            // "Cộng hòa Bolivar Vê-nê-xu-ê-la": a name between a form of state and the country is a word of the state's name.
            if (country is not null && stateFormEnd >= 0 && stateFormEnd < i && candidates.Count > 0 && candidates[candidates.Count - 1] is { } qualifier
                && qualifier.Sentence == s && qualifier.First == stateFormEnd && qualifier.Last + 1 == i)
            {
                candidates.RemoveAt(candidates.Count - 1);
                stateFormEnd = i;
            }
            // "tại Liên bang Nga": the country's mention opens with its form of state, so what precedes the form precedes the country.
            if (country is not null) countries.Add(new CountryMention(s, stateFormEnd == i ? stateFormAt : i, last, country.Code));
            else if (places is not null) candidates.Add(new PlaceCandidate(s, i, last, places));
            i = last + 1;
        }
    }

    /// <summary>"tại quận 1": a district named by its number after a unit word in lower case, when the gazetteer has it; else null.</summary>
    private IReadOnlyList<Place>? NumberedDistrictAt(TokenList t, int i)
    {
        if (!t[i].IsWord || t[i].Cap || i + 1 >= t.Count || !Lexicon.NumberedUnitWords.Contains(t[i].Form)) return null;
        var number = t[i + 1];
        if (!number.IsNumber || !number.SpaceBefore || number.Text.Length > 2) return null;
        var found = _places.FindByName(t[i].Fold + " " + number.Fold);
        return found.Count > 0 ? found : null;
    }

    private Place? CityOfState(string code, TokenList t, List<int> words, int n)
    {
        foreach (var p in _places.FindByName(NGram(t, words, n)))
            if (p.Country == code && p.FeatureCode == "PPLC") return p;
        return null;
    }

    /// <summary>
    /// Whether a lower-case syllable that is no unit word ("-si", "-gu") is joined to token <paramref name="i"/> by a hyphen, in
    /// Vietnamese text ("Hanoi-based" in English keeps its place).
    /// </summary>
    private static bool CutFromHyphenatedWord(Sentence s, TokenList t, int i) =>
        i + 2 < t.Count && t[i + 1].IsPunct('-') && !t[i + 1].SpaceBefore && t[i + 2].IsWord && !t[i + 2].SpaceBefore && !t[i + 2].Cap
        && !Lexicon.PlaceSuffixes.Contains(t[i + 2].Form) && !Folding.IsAscii(s.Text);

    private readonly List<int> _words = new();
    private readonly ulong[] _hashes;
    private readonly PlaceIndexLookup? _filter;
    private readonly System.Text.StringBuilder _ngram = new();

    /// <summary>The folds of the first <paramref name="n"/> of <paramref name="words"/> joined by spaces.</summary>
    private string NGram(TokenList t, List<int> words, int n)
    {
        if (n == 1) return t[words[0]].Fold;
        var sb = _ngram.Clear();
        for (int k = 0; k < n; k++) { if (k > 0) sb.Append(' '); sb.Append(t[words[k]].Fold); }
        return sb.ToString();
    }

    /// <summary>
    /// "UBND tỉnh Hà Giang Nguyễn Văn Sơn", "tỉnh Lai Châu Hà Trọng Hải": a place of two or more words (tokens
    /// <paramref name="first"/> to <paramref name="last"/>) opening a run of capitalised words is followed by a whole
    /// Vietnamese name (a surname and one to three more words): the run is the place, then the person.
    /// </summary>
    internal static bool PlaceBeforeName(TokenList t, int first, int last, int runLength)
    {
        int placeWords = last - first + 1, rest = runLength - placeWords;
        return placeWords >= 2 && rest >= 2 && rest <= 4 && Lexicon.VietnameseSurnames.Contains(t[last + 1].Form) && !PersonPrefixBefore(t, first);
    }

    private static bool NoNameWordAt(TokenList t, int k) => k < t.Count && t[k].IsWord && t[k].Cap && Lexicon.NotNameWords.Contains(t[k].Form);

    private static bool IsMonthBesideNumber(TokenList t, int i)
    {
        if (!Lexicon.Months.ContainsKey(t[i].Fold)) return false;
        int next = i + 1 < t.Count && t[i + 1].IsPunct('.') ? i + 2 : i + 1;
        return (next < t.Count && t[next].IsNumber) || (i > 0 && t[i - 1].IsNumber);
    }

    private static bool IsParticle(Token t) => Lexicon.PlaceNameParticles.Contains(t.Form);

    /// <summary>A particle at <paramref name="j"/> that goes on with the name: tight before its next word ("Choisy-le-Roi") or before a capitalised one, maybe past a second particle ("Rio de Janeiro", "Isla de la Juventud").</summary>
    private static bool ParticleGoesOn(TokenList t, int j) =>
        IsParticle(t[j]) && j + 1 < t.Count && (!t[j + 1].SpaceBefore || (t[j + 1].IsWord && t[j + 1].Cap)
            || (IsParticle(t[j + 1]) && j + 2 < t.Count && t[j + 2].IsWord && t[j + 2].Cap));

    /// <summary>The places named "Saint-X" or "Sainte-X" among <paramref name="places"/>.</summary>
    private static IReadOnlyList<Place> FrenchSaintsTowns(IReadOnlyList<Place> places)
    {
        List<Place>? kept = null;
        foreach (var p in places)
            if (p.Name.StartsWith("Saint-", StringComparison.Ordinal) || p.Name.StartsWith("Sainte-", StringComparison.Ordinal)) (kept ??= new()).Add(p);
        return kept is null ? Array.Empty<Place>() : kept;
    }

    /// <summary>Number of capitalised words from <paramref name="i"/> separated only by spaces.</summary>
    internal static int CapRun(TokenList t, int i)
    {
        int n = 0;
        while (i + n < t.Count && t[i + n].IsWord && t[i + n].Cap && !t[i + n].AllCaps && (n == 0 || t[i + n].SpaceBefore)) n++;
        return n;
    }

    internal static bool PersonPrefixBefore(TokenList t, int i)
    {
        // One of Lexicon.PersonPrefixes written right before the name (looked up by first word), "Mr." with its dot.
        return Phrases.PersonPrefixes.EndsBeforeAbbreviated(t, i);
    }
}

/// <summary>
/// What a gazetteer answers for one word's fold, kept on the word's <see cref="WordForm"/>: forms are shared by every token
/// of their text and outlive the article, so a word is looked up once, not at every capitalised occurrence.
/// </summary>
internal sealed class OneWordPlaces
{
    private OneWordPlaces(IPlaceLookup lookup, Country? country, IReadOnlyList<Place> places, bool mayStartLongerName)
    {
        Lookup = lookup; Country = country; Places = places; MayStartLongerName = mayStartLongerName;
    }

    /// <summary>The gazetteer that answered (tests run others than the default).</summary>
    public IPlaceLookup Lookup { get; }
    public Country? Country { get; }
    public IReadOnlyList<Place> Places { get; }
    /// <summary>False when no name of several words starts with the word: the n-grams it opens need no lookup.</summary>
    public bool MayStartLongerName { get; }

    public static OneWordPlaces Of(WordForm form, IPlaceLookup lookup)
    {
        // Replaced whole, never changed: a thread sharing the form reads one complete answer or another.
        var known = form.Places;
        if (known is not null && ReferenceEquals(known.Lookup, lookup)) return known;
        // The gazetteer's filters rule most words out before its dictionaries are asked.
        var index = lookup as PlaceIndexLookup;
        bool mayBeName = index is null || index.MayBeName(form.NameHash);
        bool mayStartLongerName = index is null || index.MayStartLongerName(form.NameHash);
        return form.Places = mayBeName
            ? new OneWordPlaces(lookup, lookup.FindCountry(form.Fold), lookup.FindByName(form.Fold), mayStartLongerName)
            : new OneWordPlaces(lookup, null, Array.Empty<Place>(), mayStartLongerName);
    }
}

/// <summary>
/// Stage 3, second half: judges each candidate by its context and picks one place per name.
/// A candidate counts when locality words surround it ("city of X", "thành phố X", "X province",
/// "X People's Committee"), a country next to it agrees, or the place is notable (a capital, an
/// administrative seat, a large city) and the word is not a common word or somebody's name.
/// </summary>
internal sealed class LocalityResolver
{
    private readonly IPlaceLookup _places;
    private readonly HashSet<string> _articleCountries;
    private readonly string _language;
    // Vietnamese typed without its marks: a Vietnamese place's plain spelling is then no sign of a foreign text.
    private readonly bool _withoutMarks;
    // "nghiêng", "nghiệp": the longest Vietnamese syllables have seven letters.
    private const int LongestSyllable = 7;

    /// <summary>Whether one or two lower-case particles after a capitalised word stand right before token <paramref name="first"/> ("Nicolás de los").</summary>
    private static bool EndOfNameAfterParticles(TokenList t, int first)
    {
        int k = first - 1;
        int particles = 0;
        while (k >= 0 && particles < 2 && t[k].SpaceBefore && Lexicon.NameTailParticles.Contains(t[k].Text)) { k--; particles++; }
        return particles > 0 && k >= 0 && t[k].IsWord && t[k].Cap;
    }

    /// <summary>
    /// Whether a fold could be one Vietnamese syllable: at most <see cref="LongestSyllable"/> letters around a single group of
    /// vowels ("nghieng", "quy"), not "champasak".
    /// </summary>
    private static bool MayBeOneSyllable(string fold)
    {
        if (fold.Length > LongestSyllable) return false;
        int groups = 0;
        for (int i = 0; i < fold.Length; i++)
            if (SoundKey.IsVowel(fold[i]) && (i == 0 || !SoundKey.IsVowel(fold[i - 1]))) groups++;
        return groups <= 1;
    }

    public LocalityResolver(IPlaceLookup places, IEnumerable<CountryMention> countries, string language, bool withoutMarks)
    {
        _places = places;
        _language = language;
        _withoutMarks = withoutMarks;
        _articleCountries = new HashSet<string>(StringComparer.Ordinal);
    }

    public List<ExtractionDiagnostic> Diagnostics { get; } = new();

    public List<PlaceMention> Resolve(List<PlaceCandidate> candidates, List<CountryMention> countries,
        Func<Sentence, int, bool> isPersonToken, HashSet<string> personNameTokens, System.Threading.CancellationToken ct)
    {
        _allCandidates = candidates;
        _bySentence = null;
        _articlePlaces = null;
        _longerNamesListed = false;
        // "Udu, Nigeria", "Maitland, Australia": a country written only as a place's address says where that place is,
        // not where the article is, so it does not favour the article's other places ("Brooklyn Park" stays American).
        _articleCountries.Clear();
        _addressed.Clear();
        foreach (var cm in countries)
        {
            if (AddressedBy(cm) is { } addressed) _addressed.Add((cm.Code, addressed.Fold));
            else _articleCountries.Add(cm.Code);
        }
        var accepted = new List<PlaceMention>();
        var pending = new List<(PlaceCandidate C, Place P)>();
        var byAlternateName = new List<(PlaceCandidate C, Place P)>();
        var acceptedKeys = new HashSet<string>(StringComparer.Ordinal);
        var elsewhere = new HashSet<string>(StringComparer.Ordinal);
        // Each candidate asks only for its sentence's countries: grouped once, not the article's list scanned per candidate.
        var countriesBySentence = BySentence.Group(countries, cm => cm.Sentence);
        List<CountryMention> CountriesOf(Sentence s) => countriesBySentence.TryGetValue(s, out var l) ? l : s_noCountries;
        foreach (var c in candidates)
            if ((BracketedCountryAfter(c, CountriesOf(c.Sentence)) ?? CountryOfTownNoun(c, CountriesOf(c.Sentence)) ?? CountryRightBefore(c, CountriesOf(c.Sentence))) is { } stated
                && !InCountry(c.Places, stated)
                && !DashedToPlaceIn(c, stated))
                elsewhere.Add(c.Surface);
        // "the thousand-year capital of the Silla kingdom": a name the article gives a kingdom or a dynasty is that state's
        // wherever it is written ("the Silla Culture Festival"), not a town's of that name.
        var historicalStates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Last + 1 < c.Sentence.Tokens.Count && Lexicon.HistoricalStateWords.Contains(c.Sentence.Tokens[c.Last + 1].Form)) historicalStates.Add(c.Fold);
        foreach (var c in candidates)
        {
            ct.ThrowIfCancellationRequested();
            var t = c.Sentence.Tokens;
            bool personSpan = false;
            for (int k = c.First; k <= c.Last; k++) if (isPersonToken(c.Sentence, k)) personSpan = true;
            if (personSpan) continue;
            // "the New City Hall": an age and a locality word before "Hall" name the building (HallAges).
            if (c.Words == 2 && Lexicon.HallAges.Contains(t[c.First].Form) && c.Last + 1 < t.Count && t[c.Last + 1].Is("hall")) continue;
            // "at the Hanoi Convention Center", "at the Hanoi Opera House" ("Opera" is also a town): a place opening a hall's
            // name where something happens is named.
            // "will tour the Port of Tacoma", "at the University of Melbourne": the place an institution where something happens
            // is of is named too.
            bool opensVenue = NamesAVenue(t, c.First, c.Last + 1) || EndsAVenue(t, c.First, c.Last);
            if (!opensVenue && InsideInstitution(t, c.First, c.Last) && !RegionWithItsWord(c)) continue;
            // "Tasi Tours", "Saigon Travel": a place named like an organisation word after a capitalised name is that organisation;
            // so after a place's name ("Ha Tinh University", though "tinh" is a common word).
            if (c.Words == 1 && c.First > 0 && Lexicon.InstitutionHeads.Contains(t[c.First].Form) && t[c.First - 1].IsWord && t[c.First - 1].Cap
                && t[c.First].SpaceBefore && (!Lexicon.CommonWords.Contains(t[c.First - 1].Form) || CandidateEndsAt(c.Sentence, c.First - 1))) continue;
            if (NonPlacePrefix(t, c.First) || PlaceScanner.PersonPrefixBefore(t, c.First)) continue;
            // "Phó Thống đốc" (vice governor) opens with "Phó Thống", a Thai district: a title running past the name is no place.
            if (Phrases.Titles.MatchAny(t, c.First, out _) > c.Words) continue;
            string? kindHint = PrefixKind(t, c.First, out bool prefix);
            bool suffix = HasPlaceSuffix(t, c.Last);
            // "Yamaguchi Prefectural Assembly", "Hai Duong province": the province, not its seat; "in Bac Ninh City": the seat.
            if (kindHint is null && c.Last + 1 < t.Count && Lexicon.PlaceSuffixKinds.TryGetValue(t[c.Last + 1].Fold, out var suffixKind)) kindHint = suffixKind;
            // "the Zlín Region": a region word written as part of the name (not "the Hanoi region").
            if (kindHint is null && RegionWithItsWord(c) && t[c.Last + 1].Cap) kindHint = LocalityKinds.Province;
            string? nearCountry = CountryNear(c, CountriesOf(c.Sentence));
            // "the Thai Nguyen People's Committee", "Ha Nam Provincial People's Council": a body only Vietnamese localities have
            // (not Taiyuan, not Henan, whose Sino-Vietnamese names these are too).
            if (nearCountry is null && VietnameseBodyAfter(t, c.Last) && InCountry(c.Places, "VN")) nearCountry = "VN";
            // "Đông Hưng (Trung Quốc)": the text puts the name in a country none of its places is in (anywhere in the
            // article): the gazetteer lacks the place meant.
            if (elsewhere.Contains(c.Surface)) continue;
            // The rules below look only at the candidate's own sentence: its candidates, in article order, not the article's.
            var inSentence = InSentence(c.Sentence);
            var addressParents = AddressParents(c, inSentence);
            bool parentNamed = false;
            if (addressParents is not null)
                for (int k = 0; k < c.Places.Count; k++) if (c.Places[k].ParentKey is { } pk && addressParents.Contains(pk)) parentNamed = true;
            bool context = prefix || suffix || nearCountry is not null || parentNamed;
            string fold = c.Fold;
            bool single = c.Words == 1 || fold.IndexOf(' ') < 0;
            // A common word ("Council", "Delta") is a place only after "city of", "thành phố" ...; a suffix is not enough.
            // In English text a Vietnamese given name that no person here bears is a city when a place suffix follows it
            // ("Vinh People's Committee") or it is listed with another place ("Vinh and Saltillo").
            bool givenNameCity = _language == "en" && single && Lexicon.VietnameseGivenNames.Contains(fold) && !personNameTokens.Contains(fold)
                && (suffix || ListedWithPlace(c, inSentence));
            if (single && !prefix && !givenNameCity && Lexicon.CommonWords.Contains(fold) && !OwnsPartners(t, c.Last, Math.Min(t.Count, c.Last + 5))) continue;
            if (single && !context && personNameTokens.Contains(fold)) continue;
            if (!prefix && historicalStates.Contains(fold)) continue;
            // "Prestbury Sports Bar": a venue's head word after a capitalised word ends the venue's name, not a place's.
            if (single && !prefix && Lexicon.VenueHeads.Contains(t[c.First].Form) && c.First > 0 && t[c.First - 1].IsWord && t[c.First - 1].Cap) continue;
            // An acronym is a place only as the gazetteer writes it ("HCMC"), not as any short capitalised fold ("LAO").
            if (single && !context && t[c.First].AllCaps && c.Surface.Length <= 4 && !WrittenAsNamed(c)) continue;
            // "San Nicolás de los Garza": the end of a longer name after its lower-case particles is no place of its own.
            if (single && EndOfNameAfterParticles(t, c.First)) continue;
            // "Wa", "Ba": a name of two letters alone is too often something else.
            if (single && !context && c.Surface.Length <= 2) continue;
            // "a David Bowie tribute": two one-word places side by side, neither the other's region, are a person's name.
            if (single && !context && !opensVenue && !c.Sentence.IsTitle && SideBySidePlace(c, inSentence)) continue;
            // "Khue Van Cac", "Google Translate": one word of a longer capitalised name the gazetteer does not know.
            if (single && !opensVenue && !c.Sentence.IsTitle && UnknownCapitalisedNeighbour(c, inSentence, CountriesOf(c.Sentence), isPersonToken)) continue;
            // "the Jardin du Luxembourg": nor before a particle and a capitalised word.
            if (c.Words == 1 && c.Last + 2 < t.Count && Lexicon.RomanceNameParticles.Contains(t[c.Last + 1].Text)
                && t[c.Last + 2].IsWord && t[c.Last + 2].Cap) continue;

            // "Corona 19", "the Corona-19 outbreak": a disease, not the town.
            if (single && DiseaseNamed(t, c)) continue;
            bool ambiguous = false;
            // "tỉnh Moscow", "Moscow province": the region written with its unit word, not the city.
            var place = (kindHint == LocalityKinds.Province && !AnyOfKind(c.Places, LocalityKinds.Province) ? RegionNamed(fold) : null)
                ?? LongerNameInArticle(c, fold)
                ?? Choose(c, kindHint, nearCountry, addressParents, fold, context, out ambiguous);
            if (place is null) continue;
            // "Radiant Cordero and Val Aquino-Okimoto", "Comandante Faustino Perez hospital": a town's one-word name after a
            // capitalised word that is no common word, title, organisation word or place ends a person's name.
            if (single && _language == "en" && !c.Sentence.IsTitle && place.Kind == LocalityKinds.City && place.Population < SurnameTownPopulation
                && UnknownCapitalisedBefore(c, inSentence, CountriesOf(c.Sentence))) continue;
            // In Vietnamese, one syllable written with other marks is another word: "Viễn Đông" (the Far East) is not "Viên"
            // (Vienna). Longer renderings of foreign names vary in their marks ("Phônsavẳn", "Phônsavan") and keep their place.
            if (_language == "vi" && !_withoutMarks && (place.Country == "VN" || (c.Words == 1 && fold.Length <= LongestSyllable && !Folding.IsAscii(c.Surface)))
                && !WrittenWithItsMarks(c, place)) continue;
            // "Vice Mayor Angelique Ashby of District 1": a numbered district is a city's only in an article naming that city.
            if (t[c.Last].IsNumber && place.ParentKey is { } numberedIn && !ArticleNames(numberedIn, c)) continue;
            // "The Common Council": an alternate name opening with an article ("The Common" for Wakefield) is a phrase.
            if (t[c.First].Fold is "the" && !MainName(place, fold, c.Surface)) continue;
            // Matched only through an alternate name ("Kane" for Kanye, "Thương" for Bắc Giang): needs context, or the place
            // named already ("Hualien" after "Hualien City").
            // A long alternate name of a large city is its own ("Ulaanbaatar" for GeoNames' "Ulan Bator").
            if (single && !context && !MainName(place, fold, c.Surface) && !acceptedKeys.Contains(place.Key)
                && !(place.Population >= 500000 && fold.Length >= 7) && !Lexicon.CityStates.Contains(place.Country))
            {
                byAlternateName.Add((c, place));
                continue;
            }
            // "the Central Highlands province": a compass word before a name written otherwise than the place's, or before a
            // region word, makes a region the gazetteer lacks ("Western Sydney" stays Sydney).
            if (single && c.First > 0 && t[c.First - 1].Cap && Lexicon.RegionQualifiers.Contains(t[c.First - 1].Form) && t[c.First].SpaceBefore
                && (!MainName(place, fold, c.Surface) || (c.Last + 1 < t.Count && Lexicon.RegionWordsAfterName.Contains(t[c.Last + 1].Form)))) continue;
            // "Tan Cuong commune of Thai Nguyen city": a province's name before a village's unit word is a village the gazetteer
            // lacks ("Tân Cương" is also Xinjiang), left to the villages' stage; not before "district", which a province's
            // seat district often shares its name with.
            if (AllOfKind(c.Places, LocalityKinds.Province) && c.Last + 1 < t.Count && !t[c.Last + 1].Cap
                && Lexicon.VillageSuffixes.Contains(t[c.Last + 1].Form) && !t[c.Last + 1].Is("district")) continue;
            bool notable = IsNotable(place);
            // "bang Sachsen-Anhalt", "Franco-German": half of a hyphenated name the gazetteer lacks is no small town.
            if (!notable && HyphenedToUnknownName(c, inSentence)) continue;
            // "Brécy-sur-Marne", "Vallée-sur-Isère": the end of a name after a hyphened lower-case particle is no place of its own.
            if (AfterHyphenedParticle(t, c.First)) continue;
            // "Guadalcanal Province", "bang Sachsen": a region is meant, not a small town of that name.
            if (IsSmallTown(place) && (kindHint == LocalityKinds.Province
                || (c.Last + 1 < t.Count && Lexicon.RegionWordsAfterName.Contains(t[c.Last + 1].Form)))) continue;
            // In Vietnamese text a short capitalised syllable is far more often a word than a foreign town.
            // Not a name no syllable could be ("Champasak", "Attapeu": several vowel groups).
            if (single && !context && _language == "vi" && place.Country != "VN" && MayBeOneSyllable(fold)) { pending.Add((c, place)); continue; }
            // "25 years of being joined with Choisy-au-Bac" in a sentence about twinning, "Tetbury is twinned with": a partner
            // town is named.
            bool partnerTown = IsSmallTown(place)
                && ((c.First > 0 && Lexicon.PartnerIntroducers.Contains(t[c.First - 1].Form) && Phrases.StrongCooperationCues.AnyIn(c.Sentence))
                    || Phrases.TwinnedAfterName.Matches(t, c.Last + 1));
            if (context || notable || partnerTown || JoinedByParticle(c))
            {
                Accept(c, place, accepted, acceptedKeys);
                // Context that agrees with the choice: a country next to the name that is not the place's own decides nothing.
                // A locality word decides only between places of different kinds: "the City of Monrovia" is either Monrovia.
                bool kindDecides = (prefix || suffix || kindHint is not null) && !AllOfKind(c.Places, place.Kind);
                accepted[accepted.Count - 1].Decided = kindDecides || parentNamed || nearCountry == place.Country;
                accepted[accepted.Count - 1].StatedKind = kindHint;
                if (ambiguous) Report(c);
            }
            else pending.Add((c, place));
        }
        // "moved to Gimhae, a city west of Busan ... Gimhae Mayor Jo Min-seok": the place named with context later is the one
        // its alternate name meant before.
        foreach (var (c, p) in byAlternateName) if (acceptedKeys.Contains(p.Key)) Accept(c, p, accepted, acceptedKeys);
        // Less notable places count when their country is named in the article or they recur with context; a small town
        // only with context of its own.
        var stillPending = new List<(PlaceCandidate C, Place P)>();
        var pendingSentences = SentencesNaming(pending);
        foreach (var (c, p) in pending)
        {
            // "in Cranston" in an article naming Rhode Island: the region the article names holds it; a small town needs more,
            // to recur ("Stonehaven" in five sentences of an article naming Scotland). In English text a town that recurs is
            // the article's subject whatever its country ("Like Aberystwyth, ...", "celebrated in Aberystwyth").
            if (acceptedKeys.Contains(p.Key) || (_articleCountries.Contains(p.Country) && p.Population >= SmallTownPopulation)
                || (p.ParentKey is { } parent && acceptedKeys.Contains(parent)
                    && (p.Population >= SmallTownPopulation || pendingSentences[p.Key] >= 2))
                || (_language == "en" && p.Population >= SmallTownPopulation && pendingSentences[p.Key] >= 2)
                // A county seat below the small-town floor ("Iron Mountain", Michigan) that the article keeps naming is its subject;
                // not the last word of a longer name ("Shusha State Historical-Architectural Reserve").
                || (_language == "en" && !IsSmallTown(p) && pendingSentences[p.Key] >= 3
                    && !(c.First > 0 && c.Sentence.Tokens[c.First - 1].IsWord && c.Sentence.Tokens[c.First - 1].Cap)))
                Accept(c, p, accepted, acceptedKeys);
            else stillPending.Add((c, p));
        }
        AcceptListMates(stillPending, accepted, acceptedKeys);
        accepted.Sort((a, b) => a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index) : a.First.CompareTo(b.First));
        OneNameOnePlace(accepted, acceptedKeys);
        MarkLocators(accepted);
        return accepted;
    }

    /// <summary>
    /// "Tokyo's Minato Ward" ... "Minato Ward": one name written twice in an article is one place, the one whose
    /// parent the article names, else the one chosen most often (first on a tie).
    /// </summary>
    private static void OneNameOnePlace(List<PlaceMention> accepted, HashSet<string> acceptedKeys)
    {
        // Most articles write no name for two places: then there is nothing to group (nor a table per repeated name to make).
        var firstPlaces = new Dictionary<string, Place>(StringComparer.Ordinal);
        bool twoPlaces = false;
        foreach (var m in accepted)
        {
            if (!firstPlaces.TryGetValue(m.Fold, out var first)) firstPlaces.Add(m.Fold, m.Place);
            else if (first.Key != m.Place.Key) { twoPlaces = true; break; }
        }
        if (!twoPlaces) return;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int k = 0; k < accepted.Count; k++)
        {
            var m = accepted[k];
            string f = m.Fold;
            if (!groups.TryGetValue(f, out var l)) groups[f] = l = new List<int>();
            l.Add(k);
        }
        foreach (var l in groups.Values)
        {
            if (l.Count < 2) continue;
            var counts = new Dictionary<string, (Place P, int N, int First, int D)>(StringComparer.Ordinal);
            foreach (var k in l)
            {
                var p = accepted[k].Place;
                int d = accepted[k].Decided ? 1 : 0;
                counts[p.Key] = counts.TryGetValue(p.Key, out var c) ? (c.P, c.N + 1, c.First, c.D + d) : (p, 1, k, d);
            }
            if (counts.Count < 2) continue;
            if (ProvinceAndItsNamesake(accepted, l) is ({ } province, { } seat))
            {
                // Vietnamese news names the provinces of Vietnam, Laos and Cambodia bare and writes their seats "TP X"; elsewhere
                // a bare name is the city ("Thị trưởng Osaka" is the city's mayor).
                var bare = Lexicon.CountriesNamingProvincesBare.Contains(province.Country) ? province : seat;
                foreach (var k in l)
                {
                    var m = accepted[k];
                    var place = m.StatedKind == LocalityKinds.City ? seat : m.StatedKind == LocalityKinds.Province ? province : bare;
                    if (m.Place.Key != place.Key) accepted[k] = new PlaceMention(m.Sentence, m.First, m.Last, place, m.Surface) { StatedKind = m.StatedKind };
                }
                continue;
            }
            // "Thai Nguyen provincial People's Committee" ... "Thai Nguyen and X": when only one of the places was
            // chosen with locality context, that one is the name's place, however often bare mentions chose another.
            int decidedPlaces = 0;
            foreach (var c in counts.Values) if (c.D > 0) decidedPlaces++;
            Place? best = null;
            int bestN = -1, bestFirst = int.MaxValue;
            bool bestParent = false, bestDecided = false;
            foreach (var c in counts.Values)
            {
                // "tỉnh Yamaguchi" and "Yamaguchi" (its seat) share the name: the parent being one of them decides nothing.
                bool parent = c.P.ParentKey is { } pk && acceptedKeys.Contains(pk) && !counts.ContainsKey(pk);
                bool decided = decidedPlaces == 1 && c.D > 0;
                bool better = decided != bestDecided ? decided : parent != bestParent ? parent : c.N != bestN ? c.N > bestN : c.First < bestFirst;
                if (best is null || better) { best = c.P; bestN = c.N; bestFirst = c.First; bestParent = parent; bestDecided = decided; }
            }
            foreach (var k in l)
            {
                var m = accepted[k];
                if (m.Place.Key != best!.Key) accepted[k] = new PlaceMention(m.Sentence, m.First, m.Last, best, m.Surface);
            }
        }
    }

    /// <summary>
    /// "UBND tỉnh Tuyên Quang" ... "tại TP Tuyên Quang": when the unit words of <paramref name="group"/>'s mentions (indices
    /// into <paramref name="accepted"/>) name both a province and its seat of the same name, the article tells the two apart,
    /// and so they stay: the province and the seat it names; else two nulls.
    /// </summary>
    private static (Place? Province, Place? Seat) ProvinceAndItsNamesake(List<PlaceMention> accepted, List<int> group)
    {
        Place? province = null, seat = null;
        foreach (var k in group)
            if (accepted[k].StatedKind == LocalityKinds.Province && accepted[k].Place.Kind == LocalityKinds.Province) province = accepted[k].Place;
        if (province is null) return (null, null);
        foreach (var k in group)
            if (accepted[k].StatedKind == LocalityKinds.City && accepted[k].Place.ParentKey == province.Key) seat = accepted[k].Place;
        return seat is null ? (null, null) : (province, seat);
    }

    private static bool DiseaseNamed(TokenList t, PlaceCandidate c)
    {
        if (!Lexicon.DiseaseNames.Contains(t[c.First].Form)) return false;
        int next = c.Last + 1;
        if (next < t.Count && t[next].IsPunct('-') && !t[next].SpaceBefore) next++;
        return next < t.Count && (t[next].IsNumber || Lexicon.DiseaseNouns.Contains(t[next].Form));
    }

    /// <summary>The fold is the place's main name, or that name without an administrative suffix ("Tongchuan" for GeoNames' "Tongchuanshi").</summary>
    private static bool NamedByMainName(Place p, string fold)
    {
        string main = p.FoldedName();
        if (main.StartsWith(fold, StringComparison.Ordinal) && main.Length - fold.Length <= 3) return true;
        foreach (var kv in Lexicon.AbbreviatedNameWordsInFull)
            if (fold.Length > kv.Key.Length + 1 && fold[kv.Key.Length] == ' ' && fold.StartsWith(kv.Key, StringComparison.Ordinal)
                && main.Length > kv.Value.Length + 1 && main[kv.Value.Length] == ' ' && main.StartsWith(kv.Value, StringComparison.Ordinal))
                return string.CompareOrdinal(main, kv.Value.Length, fold, kv.Key.Length, int.MaxValue) == 0;
        return false;
    }

    private static bool MainName(Place p, string fold, string surface)
    {
        if (NamedByMainName(p, fold)) return true;
        // Names carrying Vietnamese or local diacritics ("Huế", "Hà Nội") are the place's own spellings too, written
        // without diacritics or with the same ones: "Đối" (partner) is not "Doï" (Douai).
        bool plain = Folding.IsAscii(surface);
        var folds = p.FoldedNames();
        for (int k = 0; k < folds.Length; k++)
        {
            string n = p.Names[k];
            if (n.Length > 0 && folds[k] == fold && (IsAcronym(n) || (!Folding.IsAscii(n) && (plain || string.Equals(n, surface, StringComparison.OrdinalIgnoreCase)))))
                return true;
        }
        return false;
    }

    /// <summary>"TPHCM", "HCMC": an upper-case short form the gazetteer lists (GeoNames' short codes are not kept).</summary>
    private static bool IsAcronym(string n)
    {
        if (n.Length < 4) return false;
        foreach (char ch in n) if (ch < 'A' || ch > 'Z') return false;
        return true;
    }

    private static bool UnknownCapitalisedNeighbour(PlaceCandidate c, List<PlaceCandidate> all, List<CountryMention> countries,
        Func<Sentence, int, bool> isPersonToken)
    {
        var t = c.Sentence.Tokens;
        int j = c.Last + 1;
        if (j >= t.Count || !t[j].IsWord || !t[j].Cap || !t[j].SpaceBefore || t[j].AllCaps) return false;
        var f = t[j].Form;
        if (Lexicon.OrgWords.Contains(f) || Lexicon.VietnameseOrgWords.Contains(f) || Lexicon.GovernmentHeads.Contains(f) || isPersonToken(c.Sentence, j)) return false;
        // "visited Portland Oct. 3-6": a date.
        if (Lexicon.Months.ContainsKey(t[j].Fold) && j + 1 < t.Count && (t[j + 1].IsNumber || t[j + 1].IsPunct('.'))) return false;
        if (Phrases.PlaceSuffixes.Matches(t, j)) return false;
        if (Phrases.Titles.Matches(t, j)) return false;
        if (NamesAnOccasion(t, j)) return false;
        // A neighbour only small towns have is as unknown as any ("San Francis c", cut off: "Francis" is a small town).
        foreach (var other in all) if (other.Sentence == c.Sentence && other.First == j && !AllSmallTowns(other.Places)) return false;
        // "thành phố Oss Hà Lan": the country written right after the name is its address.
        foreach (var cm in countries) if (cm.First == j) return false;
        return true;
    }

    /// <summary>
    /// "Reading's twin towns include ...", "Sacramento (now) has three sister cities": the name ending at <paramref name="last"/>
    /// owns partners, a possessive or "has"/"có" then a partner noun starting before <paramref name="to"/>. A common word
    /// that owns partners is a town.
    /// </summary>
    internal static bool OwnsPartners(TokenList t, int last, int to) =>
        OwnershipVerbAfter(t, last) is int verb && Phrases.PartnerListNouns.StartsWithin(t, verb + 1, to);

    /// <summary>
    /// "Ulsan, for its part, lists Hagi and Changchun among its partners": the name ending at <paramref name="last"/> owns the
    /// list from <paramref name="listStart"/> to <paramref name="listEnd"/>, its verb right before the list and its partner
    /// noun after it.
    /// </summary>
    internal static bool OwnsListedPartners(TokenList t, int last, int listStart, int listEnd)
    {
        if (OwnershipVerbAfter(t, last) is not int verb || verb != listStart - 1 || t[verb].Is("s")) return false;
        int k = listEnd + 1;
        // "... and Changchun in China among its sister cities": past the last item's country.
        if (k < t.Count && t[k].Is("in")) for (k++; k < t.Count && k <= listEnd + 4 && t[k].IsWord && t[k].Cap; k++) { }
        if (k + 2 >= t.Count || !(t[k].Is("among") || t[k].Is("as")) || !(t[k + 1].Is("its") || t[k + 1].Is("their"))) return false;
        return Phrases.PartnerListNouns.StartsWithin(t, k + 2, Math.Min(t.Count, k + 4));
    }

    /// <summary>
    /// The owner's verb or possessive after the name ending at <paramref name="last"/>, past ", which", ", for its part," and
    /// adverbs ("now", "đã"); else null.
    /// </summary>
    private static int? OwnershipVerbAfter(TokenList t, int last)
    {
        int verb = last + 1;
        // "Würzburg, which also has partner cities including ...".
        if (verb + 1 < t.Count && t[verb].IsPunct(',') && t[verb + 1].Is("which")) verb += 2;
        // "Klaipėda, for its part, lists ...": an aside of a few lower-case words.
        else if (verb < t.Count && t[verb].IsPunct(','))
            for (int k = verb + 1; k < t.Count && k <= verb + 4 && t[k].IsWord && !t[k].Cap; k++)
                if (k + 1 < t.Count && t[k + 1].IsPunct(',')) { verb = k + 2; break; }
        int adverbsEnd = verb + 1;
        while (verb < t.Count && verb <= adverbsEnd && t[verb].IsWord && !t[verb].Cap && Lexicon.OwnershipAdverbs.Contains(t[verb].Form)) verb++;
        if (verb + 1 >= t.Count || !(verb == last + 1 && t[verb].Is("s") && !t[verb].SpaceBefore || Lexicon.OwnershipVerbs.Contains(t[verb].Form))) return null;
        return verb;
    }

    /// <summary>"at the Hanoi Opera House": after a venue word, a place opening a hall's name (<see cref="HallNameFrom"/>).</summary>
    private static bool NamesAVenue(TokenList t, int place, int next)
    {
        int k = place > 0 && t[place - 1].Is("the") ? place - 1 : place;
        return Phrases.VenueMarkers.EndingBefore(t, k) is not null && HallNameFrom(t, next);
    }

    /// <summary>
    /// A place ending an institution's name of <see cref="Lexicon.InstitutionVenueOpeners"/> after a venue word ("tour the Port
    /// of Tacoma", "at the University of Melbourne"), the name's last word.
    /// </summary>
    private static bool EndsAVenue(TokenList t, int place, int last)
    {
        if (place < 2 || !t[place - 1].Is("of") || (last + 1 < t.Count && t[last + 1].IsWord && t[last + 1].Cap)) return false;
        int opener = place - 2;
        if (!t[opener].Cap || !Phrases.InstitutionVenueOpeners.Matches(t, opener)) return false;
        int k = opener > 0 && t[opener - 1].Is("the") ? opener - 1 : opener;
        return Phrases.VenueMarkers.EndingBefore(t, k) is not null;
    }

    /// <summary>"Opera House", "City Hall": a capitalised run of at most four words from <paramref name="first"/> that ends in a hall's head.</summary>
    internal static bool HallNameFrom(TokenList t, int first) => HeadInCapitalisedRun(t, first, 4, Lexicon.VenueBuildingHeads, headEndsRun: true);

    /// <summary>Whether the capitalised run from <paramref name="first"/> holds one of <paramref name="heads"/> within <paramref name="span"/> words (as its last word if <paramref name="headEndsRun"/>).</summary>
    private static bool HeadInCapitalisedRun(TokenList t, int first, int span, WordSet heads, bool headEndsRun)
    {
        for (int j = first; j < t.Count && j < first + span && t[j].IsWord && t[j].Cap; j++)
            if (heads.Contains(t[j].Form) && !(headEndsRun && j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].Cap)) return true;
        return false;
    }

    /// <summary>"Busan Sister Cities Forum": a capitalised run from <paramref name="first"/> that ends in an occasion's head.</summary>
    private static bool NamesAnOccasion(TokenList t, int first) => HeadInCapitalisedRun(t, first, 5, Lexicon.OccasionHeads, headEndsRun: false);

    private static bool UnknownCapitalisedBefore(PlaceCandidate c, List<PlaceCandidate> all, List<CountryMention> countries)
    {
        var t = c.Sentence.Tokens;
        int k = c.First - 1;
        // The sentence's first word is capitalised whatever it is; "Co Wexford", "St Helens": an abbreviation is no given name.
        if (k < 1 || !t[k].IsWord || !t[k].Cap || t[k].AllCaps || t[k].Text.Length <= 2 || !t[c.First].SpaceBefore) return false;
        var f = t[k].Form;
        // "West Superior Street Duluth, MN": nor is an address's last word.
        if (Lexicon.CommonWords.Contains(f) || Lexicon.EnglishFunctionWords.Contains(f) || Lexicon.OrgWords.Contains(f)
            || Lexicon.InstitutionHeads.Contains(f) || Lexicon.GovernmentHeads.Contains(f) || Lexicon.Months.ContainsKey(t[k].Fold) || Phrases.PlaceSuffixes.Matches(t, k)) return false;
        // "World Municipalities Karatay (Konya) Municipality": a plural of such a word, or a place in brackets after the
        // name (its address; not an acronym: "Aundh Vikas Mandal (AVM)"), says a body's or a place's name is written.
        if (OrganisationPlural(t[k].Fold)) return false;
        bool bracketed = c.Last + 2 < t.Count && t[c.Last + 1].IsPunct('(');
        foreach (var other in all)
            if (other.Sentence == c.Sentence && (other.Last == k || (bracketed && other.First == c.Last + 2))) return false;
        foreach (var cm in countries) if (cm.Last == k || (bracketed && cm.First == c.Last + 2)) return false;
        return true;

        static bool OrganisationPlural(string fold)
        {
            if (fold.Length < 4 || fold[^1] != 's') return false;
            string singular = fold.EndsWith("ies", StringComparison.Ordinal) ? fold[..^3] + "y" : fold[..^1];
            return Lexicon.OrgWords.Contains(singular) || Lexicon.UnitWordsBeforeOf.Contains(singular) || Lexicon.InstitutionHeads.Contains(singular);
        }
    }

    /// <summary>Whether a capitalised word no candidate starts is joined to the name by a hyphen without spaces.</summary>
    private static bool HyphenedToUnknownName(PlaceCandidate c, List<PlaceCandidate> all)
    {
        var t = c.Sentence.Tokens;
        int after = c.Last + 2, before = c.First - 2;
        bool joinedAfter = after < t.Count && Tight(t, c.Last + 1) && t[after].IsWord && t[after].Cap && !t[after].SpaceBefore;
        bool joinedBefore = before >= 0 && Tight(t, c.First - 1) && t[before].IsWord && t[before].Cap && !t[c.First].SpaceBefore;
        if (!joinedAfter && !joinedBefore) return false;
        foreach (var other in all)
        {
            if (other.Sentence != c.Sentence) continue;
            if (other.First == after) joinedAfter = false;
            if (other.Last == before) joinedBefore = false;
        }
        return joinedAfter || joinedBefore;

        static bool Tight(TokenList t, int k) => t[k].IsPunct('-') && !t[k].SpaceBefore;
    }

    private static bool AfterHyphenedParticle(TokenList t, int first) =>
        first >= 4 && !t[first].SpaceBefore && t[first - 1].IsPunct('-') && !t[first - 1].SpaceBefore
        && t[first - 2].IsWord && !t[first - 2].Cap && !t[first - 2].SpaceBefore
        && t[first - 3].IsPunct('-') && !t[first - 3].SpaceBefore && t[first - 4].IsWord && t[first - 4].Cap;

    private static bool ListedWithPlace(PlaceCandidate c, List<PlaceCandidate> all)
    {
        var t = c.Sentence.Tokens;
        foreach (var o in all)
            if (o != c && o.Sentence == c.Sentence && ListNeighbours(t, c.First, c.Last, o.First, o.Last)) return true;
        return false;
    }

    private static bool SideBySidePlace(PlaceCandidate c, List<PlaceCandidate> all)
    {
        var t = c.Sentence.Tokens;
        foreach (var o in all)
        {
            if (o.Sentence != c.Sentence || o.Words != 1) continue;
            bool after = o.First == c.Last + 1, before = o.Last == c.First - 1;
            if (!after && !before) continue;
            var (left, right) = after ? (c, o) : (o, c);
            if (!t[right.First].SpaceBefore || !t[left.First].Cap || !t[right.First].Cap || t[left.First].AllCaps || t[right.First].AllCaps) continue;
            if (!right.MayBeRegionOf(left)) return true;
        }
        return false;
    }

    private void Report(PlaceCandidate c)
    {
        int col = c.Sentence.Column + c.Sentence.Tokens[c.First].Start;
        Diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.AmbiguousPlace, c.Sentence.Line, col,
            $"'{c.Surface}' names several localities; chose the most likely by context and population."));
    }

    /// <summary>How many sentences name each pending place.</summary>
    private static Dictionary<string, int> SentencesNaming(List<(PlaceCandidate C, Place P)> pending)
    {
        var seen = new HashSet<(Sentence, string)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (c, p) in pending)
            if (seen.Add((c.Sentence, p.Key))) counts[p.Key] = counts.TryGetValue(p.Key, out int n) ? n + 1 : 1;
        return counts;
    }

    /// <summary>
    /// "4 tỉnh Nam Lào (Attapu, Champasak, Salavan, Sekong)", "Salavan, Sekong and Attapeu": a list names places of one
    /// kind, so a pending place written in a list next to an accepted place of the same country is accepted too
    /// (repeated, so the whole list follows its first known item).
    /// </summary>
    private static void AcceptListMates(List<(PlaceCandidate C, Place P)> pending, List<PlaceMention> accepted, HashSet<string> acceptedKeys)
    {
        bool added = true;
        while (added && pending.Count > 0)
        {
            added = false;
            for (int k = 0; k < pending.Count; k++)
            {
                var (c, p) = pending[k];
                // Only a name that means places of one country: a list says nothing about which of two Monrovias is meant.
                if (c.SingleCountry != p.Country) continue;
                foreach (var m in accepted)
                {
                    if (m.Sentence != c.Sentence) continue;
                    // "all 5 Twin Towns (Huntingdon, Szentendre, Salon-de-Provence, Gubbio and Wertheim)": a list of partners
                    // names places of several countries.
                    if (m.Place.Country != p.Country && !Phrases.PartnerListNouns.StartsWithin(c.Sentence.Tokens, Math.Min(c.First, m.First) - 12, Math.Min(c.First, m.First))) continue;
                    if (!ListNeighbours(c.Sentence.Tokens, c.First, c.Last, m.First, m.Last)) continue;
                    Accept(c, p, accepted, acceptedKeys);
                    pending.RemoveAt(k--);
                    added = true;
                    break;
                }
            }
        }
    }

    /// <summary>Whether two spans of one sentence are items next to each other in a list, in either order.</summary>
    private static bool ListNeighbours(TokenList t, int firstA, int lastA, int firstB, int lastB) =>
        ListSeparated(t, lastA + 1, firstB) || ListSeparated(t, lastB + 1, firstA);

    /// <summary>
    /// Whether tokens <paramref name="from"/> to <paramref name="to"/> (exclusive) only separate list items: ", ", "và",
    /// "and", with at most one other item between (a capitalised name the gazetteer does not know: "Attapu, Champasak, Salavan").
    /// </summary>
    private static bool ListSeparated(TokenList t, int from, int to)
    {
        if (from >= to || to - from > 5) return false;
        int separators = 0, words = 0;
        for (int k = from; k < to; k++)
        {
            if (t[k].IsPunct(',') || Lexicon.ListConjunctions.Contains(t[k].Form)) { separators++; continue; }
            // "tỉnh Sơn Đông, TP Thanh Đảo, TP Côn Minh": an item's unit word is neither item nor separator.
            if (t[k].IsWord && Lexicon.PairGlueWords.Contains(t[k].Form) && k + 1 == to) continue;
            if (!(t[k].IsWord && t[k].Cap) || (k > from && t[k - 1].IsWord)) return false; // one word per item between
            words++;
        }
        return separators > words;
    }

    private static void Accept(PlaceCandidate c, Place p, List<PlaceMention> accepted, HashSet<string> keys)
    {
        accepted.Add(new PlaceMention(c.Sentence, c.First, c.Last, p, c.Surface));
        keys.Add(p.Key);
    }

    /// <summary>The population below which the gazetteer keeps a town with its own names only (tools/gazetteer/build.py).</summary>
    internal const int SmallTownPopulation = 15000;

    /// <summary>Below this a town's name right after an unknown capitalised word is read as a surname ("Radiant Cordero").</summary>
    private const int SurnameTownPopulation = 100000;

    /// <summary>A town of the gazetteer's smallest tier (below <see cref="SmallTownPopulation"/>, no seat): named only with context.</summary>
    internal static bool IsSmallTown(Place p) =>
        p.Population < SmallTownPopulation && p.Country != "VN" && p.Key.StartsWith("gn:", StringComparison.Ordinal) && p.FeatureCode is not ("PPLC" or "PPLA" or "PPLA2");

    /// <summary>
    /// "Sully-sur-Loire", "Bradford on Avon", "Boulogne-sur-Mer": a name of three words or more joined by a lower-case
    /// particle is too particular to be anything but that town, whatever its size.
    /// </summary>
    private static bool JoinedByParticle(PlaceCandidate c)
    {
        var t = c.Sentence.Tokens;
        int words = 0;
        bool particle = false;
        for (int k = c.First; k <= c.Last; k++)
        {
            if (!t[k].IsWord) continue;
            words++;
            if (k > c.First && k < c.Last && !t[k].Cap) particle = true;
        }
        return particle && words >= 3 && t[c.First].Cap && t[c.Last].Cap;
    }

    /// <summary>Whether one of the candidate's places has a name written exactly as the text writes it.</summary>
    private static bool WrittenAsNamed(PlaceCandidate c)
    {
        foreach (var p in c.Places)
            foreach (var n in p.Names) if (string.Equals(n, c.Surface, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// In Vietnamese text a Vietnamese place is written with its own marks: "Cho đến nay" (until now) is not the town of Chờ,
    /// "đồi Sơn Tinh" (a hill named for a god) not Sơn Tịnh district. A name written in marks (or one syllable alone) must
    /// agree with a marked name of the place whose letters it shares; other spellings ("TP.HCM", "Ha Noi") are not judged.
    /// </summary>
    private static bool WrittenWithItsMarks(PlaceCandidate c, Place p)
    {
        if (Folding.IsAscii(c.Surface) && c.Words > 1) return true;
        bool sameLetters = false;
        // The place's folds and marks keys are made once per process, the surface's once per call: asked of every
        // Vietnamese candidate, folding each of a place's many names again cost more than the rest of the test.
        var folds = p.FoldedNames();
        string? surfaceKey = null;
        for (int k = 0; k < folds.Length; k++)
        {
            if (!string.Equals(folds[k], c.Fold, StringComparison.Ordinal) || Folding.IsAscii(p.Names[k])) continue;
            surfaceKey ??= Folding.VietnameseMarksKey(c.Surface);
            if (string.Equals(p.VietnameseMarksKey(k), surfaceKey, StringComparison.Ordinal)) return true;
            sameLetters = true;
        }
        return !sameLetters;
    }

    internal static bool AllSmallTowns(IReadOnlyList<Place> places)
    {
        foreach (var p in places) if (!IsSmallTown(p)) return false;
        return true;
    }

    // A second-order seat counts only from the small-town floor up (or unknown): a US county seat of 4,000 people is
    // not more notable than an English town of 24,000 (Huntingdon).
    internal static bool IsNotable(Place p) =>
        p.FeatureCode is "PPLC" or "PPLA" or "ADM1" or "ADM2" or "ADM3" || p.Population >= 100000
        || (p.FeatureCode == "PPLA2" && (p.Population >= SmallTownPopulation || p.Population == 0))
        || (p.Key.StartsWith("cur:", StringComparison.Ordinal) && p.FeatureCode != "PPLX"); // curated wards and council areas need context

    /// <summary>
    /// "Edogawa-ku, Tokyo", "Long Biên (Hà Nội)": the keys of the places a candidate written right after this one
    /// (past a comma or bracket and locality words) may be; a place whose parent is among them is written with its address.
    /// </summary>
    private static HashSet<string>? AddressParents(PlaceCandidate c, List<PlaceCandidate> all)
    {
        var t = c.Sentence.Tokens;
        int j = c.Last + 1;
        bool join = false;
        while (j < t.Count && j <= c.Last + 4)
        {
            if (t[j].IsPunct(',') || t[j].IsPunct('(')) { join = true; j++; continue; }
            if (t[j].IsPunct('-') || Lexicon.UnitWordsBeforeAddress.Contains(t[j].Form)) { j++; continue; }
            break;
        }
        if (!join || j >= t.Count) return null;
        foreach (var other in all)
        {
            if (other.Sentence != c.Sentence || other.First != j) continue;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 0; k < other.Places.Count; k++) keys.Add(other.Places[k].Key);
            return keys;
        }
        return null;
    }

    /// <summary>The region the gazetteer names with a unit word after <paramref name="fold"/> ("Moscow Oblast", "Moscow Province"), else null.</summary>
    private Place? RegionNamed(string fold)
    {
        foreach (var unit in Lexicon.RegionWordsAfterName)
            foreach (var p in _places.FindByName(fold + " " + unit))
                if (p.Kind == LocalityKinds.Province) return p;
        return null;
    }

    private static bool AnyOfKind(IReadOnlyList<Place> places, string kind)
    {
        foreach (var p in places) if (p.Kind == kind) return true;
        return false;
    }

    private Place? Choose(PlaceCandidate c, string? kindHint, string? nearCountry, HashSet<string>? addressParents, string fold, bool context, out bool ambiguous)
    {
        ambiguous = false;
        // A name of one place is that place whatever it scores.
        var best = c.Places.Count == 1 ? c.Places[0] : BestScored(c, kindHint, nearCountry, addressParents, fold, context, out ambiguous);
        // "tỉnh Yamaguchi", "province of Akita": the prefecture named after its seat, listed as "X Prefecture".
        if (best is not null && kindHint == LocalityKinds.Province && best.Kind != LocalityKinds.Province && best.ParentKey is { } pk2
            && _places.FindByKey(pk2) is { Kind: LocalityKinds.Province } province
            && province.FoldedName().StartsWith(fold + " ", StringComparison.Ordinal))
            return province;
        return best;
    }

    // The article's names of one place and several words, listed on first need (kept for the next article: no allocation).
    private readonly List<PlaceCandidate> _longerNames = new();
    private bool _longerNamesListed;

    /// <summary>
    /// "San Miguel" in an article naming "San Miguel de Allende": a name the article also writes in full, as the first words
    /// of a longer name of one place, is that place. Not a region's name ("Kansas" beside "Kansas City"), nor when the rest
    /// opens with a locality word.
    /// </summary>
    private Place? LongerNameInArticle(PlaceCandidate c, string fold)
    {
        if (!_longerNamesListed)
        {
            _longerNamesListed = true;
            _longerNames.Clear();
            foreach (var other in _allCandidates) if (other.Words >= 2 && other.Places.Count == 1) _longerNames.Add(other);
        }
        foreach (var longer in _longerNames)
        {
            // Its fold opens with the candidate's and a space (compared in place: no string per candidate).
            if (longer.Fold.Length <= fold.Length + 1 || longer.Fold[fold.Length] != ' ' || !longer.Fold.StartsWith(fold, StringComparison.Ordinal)) continue;
            // "Denver City Council": a longer name read through a locality word is the short name with its unit word, not another place.
            if (AnyOfKind(c.Places, LocalityKinds.Province) || longer.Places[0].Kind == LocalityKinds.Province
                || HasPlaceSuffix(longer.Sentence.Tokens, longer.First + (c.Last - c.First))) return null;
            return longer.Places[0];
        }
        return null;
    }

    /// <summary>The candidate's place that its context and size favour most; <paramref name="ambiguous"/> when a namesake abroad comes close.</summary>
    private Place? BestScored(PlaceCandidate c, string? kindHint, string? nearCountry, HashSet<string>? addressParents, string fold, bool context, out bool ambiguous)
    {
        var sentenceCountries = SentenceCountries(c);
        var sentencePlaces = SentencePlaces(c);
        ambiguous = false;
        Place? best = null, second = null;
        double bestScore = double.MinValue, secondScore = double.MinValue;
        long largest = 0, largestOwnName = 0;
        bool vietnameseNamesake = false;
        for (int k = 0; k < c.Places.Count; k++)
        {
            largest = Math.Max(largest, c.Places[k].Population);
            if (NamedByMainName(c.Places[k], fold)) largestOwnName = Math.Max(largestOwnName, c.Places[k].Population);
            vietnameseNamesake |= c.Places[k].Country == "VN" && Folding.IsAscii(c.Surface) && MainName(c.Places[k], fold, c.Surface);
        }
        for (int k = 0; k < c.Places.Count; k++)
        {
            var p = c.Places[k];
            double score = 0;
            // "Rosario" is Rosario (Argentina, 1.2 million) by its main name and Rosário do Sul (Brazil, 37,000) by a short form:
            // a place ten times larger whose main name it is wins over the country's pull.
            if (!NamedByMainName(p, fold) && largestOwnName >= 10L * Math.Max(1, p.Population)) score -= 2;
            if (nearCountry is not null && p.Country == nearCountry) score += 4;
            if (sentenceCountries.Contains(p.Country)) score += 1.5;
            // "Sacramento's first Mexican sister city": the partner's country, named all through the article, does not make a
            // village of 2,000 the state capital of 490,000 its namesake is.
            bool village = p.Population > 0 && p.Population < SmallTownPopulation && largest >= 100000;
            if (_articleCountries.Contains(p.Country) || (_addressed.Count > 0 && _addressed.Contains((p.Country, fold)))) score += village ? 0.5 : 2;
            if (kindHint is not null && (p.Kind == kindHint || (kindHint == "city" && p.Kind == LocalityKinds.Capital))) score += 2;
            if (IsNotable(p)) score += 1;
            if (_language == "vi" && p.Country == "VN") score += 1;
            if (addressParents is not null && p.ParentKey is { } pk && addressParents.Contains(pk)) score += 3;
            // "Hai Phong ... Do Son and An Duong": a district of a city named in the same sentence.
            else if (p.ParentKey is { } parent && sentencePlaces.Contains(parent)) score += 2;
            // "Phu My district" in an article about Binh Dinh, "Minato Ward" in one naming Tokyo: the one whose parent the article names.
            else if (p.ParentKey is { } parent2 && ArticleNames(parent2, c)) score += 1.5;
            // "An Duong" is a Vietnamese district's own name but only a transliteration listed for Anyang.
            // "Ha Nam" is also the Vietnamese press's name of Henan, "Thai Nguyen" of Taiyuan: written plain, a foreign place's
            // Vietnamese exonym is not its own spelling beside the Vietnamese place of that name ("Đông Hưng" still is Dongxing's).
            if (NamedByMainName(p, fold) || ((p.Country == "VN" || !vietnameseNamesake) && MainName(p, fold, c.Surface))) score += 0.75;
            score += Math.Log10(Math.Max(1, p.Population)) / 10.0;
            if (score > bestScore) { second = best; secondScore = bestScore; best = p; bestScore = score; }
            else if (score > secondScore) { second = p; secondScore = score; }
        }
        if (best is not null && second is not null && second.Country != best.Country && bestScore - secondScore < 1.0
            && second.Population * 3 >= best.Population && !context)
            ambiguous = true;
        return best;
    }

    private HashSet<string>? _articlePlaces;

    /// <summary>Another name of the article (not the candidate's own) may be the place <paramref name="key"/>.</summary>
    private bool ArticleNames(string key, PlaceCandidate c)
    {
        if (_articlePlaces is null)
        {
            _articlePlaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in _allCandidates)
                for (int k = 0; k < other.Places.Count; k++) _articlePlaces.Add(other.Places[k].Key);
        }
        if (!_articlePlaces.Contains(key)) return false;
        for (int k = 0; k < c.Places.Count; k++) if (c.Places[k].Key == key) return false;
        return true;
    }

    private BySentence<List<PlaceCandidate>>? _bySentence;
    private static readonly List<PlaceCandidate> s_noCandidates = new();
    private static readonly List<CountryMention> s_noCountries = new();

    private bool CandidateEndsAt(Sentence s, int last)
    {
        foreach (var other in InSentence(s)) if (other.Last == last) return true;
        return false;
    }

    private List<PlaceCandidate> InSentence(Sentence s)
    {
        _bySentence ??= BySentence.Group(_allCandidates, c => c.Sentence);
        return _bySentence.TryGetValue(s, out var list) ? list : s_noCandidates;
    }

    // A sentence names a few places: a list answers Contains as fast as a set. One list each, refilled for every candidate.
    private readonly List<string> _sentenceCountries = new();
    private readonly List<string> _sentencePlaces = new();

    /// <summary>Countries of the unambiguous places of the candidate's sentence, the candidate itself left out.</summary>
    private List<string> SentenceCountries(PlaceCandidate c)
    {
        var set = _sentenceCountries;
        set.Clear();
        // "San Antonio City Council approved a Sister City agreement with Baguio, Philippines": partners lie in other countries.
        if (Phrases.StrongCooperationCues.AnyIn(c.Sentence)) return set;
        foreach (var other in InSentence(c.Sentence))
        {
            if (other == c || other.Places.Count == 0 || other.CommonWordAlone) continue;
            if (other.SingleCountry is { } country) set.Add(country);
        }
        return set;
    }

    private List<PlaceCandidate> _allCandidates = new();

    /// <summary>Keys of the places the sentence's other candidates unambiguously name.</summary>
    private List<string> SentencePlaces(PlaceCandidate c)
    {
        var set = _sentencePlaces;
        set.Clear();
        foreach (var other in InSentence(c.Sentence))
            if (other != c && other.Places.Count == 1 && !other.CommonWordAlone) set.Add(other.Places[0].Key);
        return set;
    }

    /// <summary>"city of", "thành phố", "quận", "tỉnh" right before the name; returns the kind it implies.</summary>
    internal static string? PrefixKind(TokenList t, int first, out bool found)
    {
        var prefix = PrefixBefore(t, first, out _);
        found = prefix is not null;
        return prefix is null ? null : Lexicon.PlacePrefixes[prefix.Phrase];
    }

    /// <summary>Where the unit word written before the name at <paramref name="first"/> starts ("TP" in "TP Tuyên Quang"); <paramref name="first"/> when there is none.</summary>
    internal static int UnitWordStart(TokenList t, int first)
    {
        PrefixBefore(t, first, out int start);
        return start;
    }

    // The first of Lexicon.PlacePrefixes written right before the name (looked up by first word), and where it starts.
    private static PhraseIndex.Entry? PrefixBefore(TokenList t, int first, out int start)
    {
        int end = first;
        if (end > 0 && t[end - 1].IsPunct('.')) end--; // "TP. Hồ Chí Minh"
        var prefix = s_placePrefixes.EndingBefore(t, end);
        start = prefix is null ? first : end - prefix.Words;
        return prefix;
    }

    private static readonly PhraseIndex s_placePrefixes = new(Lexicon.PlacePrefixes.Keys);

    internal static bool HasPlaceSuffix(TokenList t, int last)
    {
        int j = last + 1;
        if (j < t.Count && t[j].Fold == "s") j++; // "Hanoi's" is not context, but "Hanoi People's" is
        if (j != last + 1) return false;
        if (j < t.Count && t[j].IsPunct('-') && !t[j].SpaceBefore)
        {
            j++; // "Edogawa-ku"
            if (j < t.Count && !t[j].SpaceBefore && Lexicon.HyphenedUnitWords.Contains(t[j].Form)) return true;
        }
        // "Westbury & District Twinning Association": the town and its surroundings.
        else if (j + 1 < t.Count && (t[j].IsPunct('&') || t[j].Is("and")) && t[j + 1].Is("district")) j += 2;
        // "the Lot department", but not "Tay Ninh Department of Foreign Affairs": a government's department.
        if (j + 1 < t.Count && t[j].Is("department") && t[j + 1].Is("of")) return false;
        return Phrases.PlaceSuffixes.Matches(t, j);
    }

    private static bool NonPlacePrefix(TokenList t, int first)
    {
        // One of Lexicon.NonPlacePrefixes right before the name; a one-word prefix only in lower case. "Mount Panorama", "Lake
        // Biwa": a landform's English name (a town named so, "Mount Isa", is the gazetteer's longer name).
        // "huyện đảo Lý Sơn": a unit word before the landform's makes it a locality's ("đảo" alone is an island).
        return (Phrases.NonPlacePrefixes.EndingBefore(t, first, oneWordInLowerCase: true) is not null && PrefixBefore(t, first, out _) is null)
            || (first > 0 && t[first - 1].Cap && Lexicon.LandformWords.Contains(t[first - 1].Form));
    }

    /// <summary>"People's Committee" or "People's Council" after the name, with "City", "Provincial" or the like between.</summary>
    private static bool VietnameseBodyAfter(TokenList t, int last)
    {
        int j = last + 1;
        if (j < t.Count && Lexicon.VietnameseBodyLevels.Contains(t[j].Form)) j++;
        return VietnameseBodyAt(t, j);
    }

    /// <summary>"People's Committee" or "People's Council" at <paramref name="j"/>: a body only Vietnamese localities have.</summary>
    internal static bool VietnameseBodyAt(TokenList t, int j) =>
        j + 2 < t.Count && t[j].Is("people") && t[j + 1].Fold == "s" && t[j + 2].Fold is "committee" or "council";

    /// <summary>
    /// "the Zlín Region", "Dak Lak Province": a region the gazetteer knows by the name, written with a region word that ends
    /// the capitalised chain (not "Moscow State University").
    /// </summary>
    private static bool RegionWithItsWord(PlaceCandidate c)
    {
        var t = c.Sentence.Tokens;
        int unit = c.Last + 1;
        return unit < t.Count && Lexicon.RegionWordsAfterName.Contains(t[unit].Form)
            && !(unit + 1 < t.Count && t[unit + 1].IsWord && t[unit + 1].Cap && t[unit + 1].SpaceBefore)
            && AnyOfKind(c.Places, LocalityKinds.Province);
    }

    /// <summary>"South China University of Technology", "The Hanoi Times": the place is part of an institution's name.</summary>
    private static bool InsideInstitution(TokenList t, int first, int last)
    {
        for (int j = last + 1; j < t.Count && j <= last + 5; j++)
        {
            var tok = t[j];
            if (tok.Fold == "s" && j == last + 1) return false; // possessive: "Hanoi's Old Quarter" names Hanoi
            // "a hotel on An Duong Vuong street": a street named after someone, one more capitalised word than the place.
            if (tok.IsWord && !tok.Cap && j > last + 1 && Lexicon.StreetWords.Contains(tok.Form)) return true;
            if (!tok.IsWord || !(tok.Cap || tok.Fold is "of")) break;
            // "Da Lat City Hall" is the city's own hall: the place is named.
            // "Hanoi City Hall", its place matched as "Hanoi City": the same.
            if (Lexicon.GovernmentHeads.Contains(tok.Form) || (j + 1 < t.Count && Lexicon.GovernmentHeads.Contains(tok.Fold + " " + t[j + 1].Fold))
                || (j == last + 1 && Lexicon.GovernmentHeads.Contains(t[last].Fold + " " + tok.Fold))) return false;
            if (Lexicon.OccasionHeads.Contains(tok.Form)) return false;
            if (Lexicon.InstitutionHeads.Contains(tok.Form)) return true;
        }
        // "University of Toulouse": an institution head right before "of X".
        if (first >= 2 && t[first - 1].Is("of") && Lexicon.InstitutionHeads.Contains(t[first - 2].Form) && t[first - 2].Cap) return true;
        return false;
    }

    /// <summary>A country written next to the name: "X, Country", "X (Country)", "X in Country", "Country's X".</summary>
    private static string? CountryNear(PlaceCandidate c, List<CountryMention> countries)
    {
        // A country written after the name first: in "Atlanta in Georgia, USA, Kingston in Jamaica", USA is Atlanta's.
        foreach (var cm in countries)
        {
            if (cm.Sentence != c.Sentence) continue;
            int gapAfter = cm.First - c.Last - 1;
            if (gapAfter >= 0 && gapAfter <= 4 && OnlyGlue(c.Sentence.Tokens, c.Last + 1, cm.First)) return cm.Code;
        }
        foreach (var cm in countries)
        {
            if (cm.Sentence != c.Sentence) continue;
            // "Japan's Nara"; not "the Consul General of Mexico in Sacramento", "Tổng lãnh sự Trung Quốc tại Đà Nẵng": a
            // country's office in a place abroad; nor "Vietnam's Doi Moi reforms": a name of the country no place of which
            // the gazetteer knows by it.
            int gapBefore = c.First - cm.Last - 1;
            if (gapBefore >= 0 && gapBefore <= 3 && OnlyGlue(c.Sentence.Tokens, cm.Last + 1, c.First)
                && !Phrases.VenueMarkers.StartsWithin(c.Sentence.Tokens, cm.Last + 1, c.First) && InCountry(c.Places, cm.Code)) return cm.Code;
        }
        return null;
    }

    /// <summary>The name the country is written right after and may locate ("Udu, Nigeria", "Đông Hưng (Trung Quốc)"), else null.</summary>
    private PlaceCandidate? AddressedBy(CountryMention cm)
    {
        foreach (var c in InSentence(cm.Sentence))
            if (c.Last < cm.First && cm.First - c.Last - 1 <= 4 && OnlyGlue(cm.Sentence.Tokens, c.Last + 1, cm.First) && InCountry(c.Places, cm.Code))
                return c;
        return null;
    }

    /// <summary>Countries written only as addresses, with the (folded) name each locates: they favour that name's places anywhere.</summary>
    private readonly HashSet<(string Country, string Name)> _addressed = new();

    /// <summary>The country written in brackets right after the name ("Móng Cái (Việt Nam)"), else null.</summary>
    /// <summary>
    /// "Hiệp hội Thành phố kết nghĩa Seattle - Hải Phòng (Hoa Kỳ)": a name dashed to one before it in the bracketed country
    /// ends the pair's name, which the country locates; it is no namesake abroad.
    /// </summary>
    private bool DashedToPlaceIn(PlaceCandidate c, string country)
    {
        var t = c.Sentence.Tokens;
        if (c.First < 2 || !t[c.First - 1].IsPunct('-') || !t[c.First - 1].SpaceBefore) return false;
        foreach (var before in InSentence(c.Sentence))
            if (before.Last == c.First - 2 && InCountry(before.Places, country)) return true;
        return false;
    }

    private static string? BracketedCountryAfter(PlaceCandidate c, List<CountryMention> countries) => BracketedCountryAfter(c.Sentence, c.Last, countries);

    /// <summary>The country written in brackets right after token <paramref name="last"/> ("Vi-tép-xcơ (Cộng hòa Belarus)"), else null.</summary>
    internal static string? BracketedCountryAfter(Sentence s, int last, List<CountryMention> countries)
    {
        var t = s.Tokens;
        foreach (var cm in countries)
            if (cm.Sentence == s && cm.First == last + 2 && t[last + 1].IsPunct('(') && cm.Last + 1 < t.Count && t[cm.Last + 1].IsPunct(')'))
                return cm.Code;
        return null;
    }

    /// <summary>The country whose name or adjective is written right before the name ("the Italian Riviera town"), else null.</summary>
    private static string? CountryRightBefore(PlaceCandidate c, List<CountryMention> countries)
    {
        foreach (var cm in countries)
            if (cm.Last == c.First - 1 && c.Sentence.Tokens[c.First].SpaceBefore) return cm.Code;
        return null;
    }

    /// <summary>The country whose adjective opens "the French town of Chinon", "the Japanese city of Sakai" before the name, else null.</summary>
    private static string? CountryOfTownNoun(PlaceCandidate c, List<CountryMention> countries)
    {
        var t = c.Sentence.Tokens;
        if (c.First < 3 || !t[c.First - 1].Is("of") || !Lexicon.TownNouns.Contains(t[c.First - 2].Form)) return null;
        foreach (var cm in countries)
            if (cm.Sentence == c.Sentence && cm.Last == c.First - 3) return cm.Code;
        return null;
    }

    /// <summary>Whether every place is of <paramref name="kind"/>, a capital counting as a city.</summary>
    private static bool AllOfKind(IReadOnlyList<Place> places, string kind)
    {
        static string CityOrOther(string k) => k == LocalityKinds.Capital ? LocalityKinds.City : k;
        for (int k = 0; k < places.Count; k++) if (CityOrOther(places[k].Kind) != CityOrOther(kind)) return false;
        return true;
    }

    private static bool InCountry(IReadOnlyList<Place> places, string country)
    {
        for (int k = 0; k < places.Count; k++) if (places[k].Country == country) return true;
        return false;
    }

    /// <summary>Whether a bracket opens at <paramref name="open"/> and closes soon after <paramref name="last"/>, no list conjunction between.</summary>
    private static bool AddressInBrackets(TokenList t, int open, int last)
    {
        if (!t[open].IsPunct('(')) return false;
        for (int k = last + 1; k < t.Count && k <= last + 8; k++)
        {
            if (t[k].IsPunct(')')) return true;
            if (t[k].IsPunct('(') || Lexicon.ListConjunctions.Contains(t[k].Form)) return false;
        }
        return false;
    }

    private static bool OnlyGlue(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var x = t[k];
            if (x.Kind == TokenKind.Punct && x.Text is "," or "(" or "-" or "'" or "’") continue;
            // "Guro, TP. Seoul": an abbreviated glue word's dot.
            if (x.IsPunct('.') && k > from && Lexicon.AddressGlueWords.Contains(t[k - 1].Form)) continue;
            if (Lexicon.AddressGlueWords.Contains(x.Form)) continue;
            return false;
        }
        return true;
    }

    /// <summary>"in" right after a place, or after its unit word ("Fuzhou in", "Xiangyang city in").</summary>
    private static bool InRightAfter(TokenList t, int k)
    {
        if (k < t.Count && Lexicon.UnitWordsBeforeAddress.Contains(t[k].Form)) k++;
        if (k < t.Count && t[k].IsPunct(',')) k++; // "with Taishan, in Guangdong province"
        return k < t.Count && t[k].Is("in");
    }

    private static bool JoinedByIn(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++) if (Lexicon.AddressJoinWords.Contains(t[k].Form)) return true;
        return false;
    }

    /// <summary>A province or an administrative unit: a place that can be another's address.</summary>
    internal static bool IsRegion(Place p) => p.Kind == LocalityKinds.Province || p.FeatureCode.StartsWith("ADM", StringComparison.Ordinal);

    /// <summary>Whether mention <paramref name="k"/> is an item of a list opened by a plural locality noun ("các tỉnh A, B, C").</summary>
    private static bool InGroupList(List<PlaceMention> mentions, int k)
    {
        var t = mentions[k].Sentence.Tokens;
        while (k > 0 && mentions[k - 1].Sentence == mentions[k].Sentence && ListSeparated(t, mentions[k - 1].Last + 1, mentions[k].First)) k--;
        return Phrases.LocalityGroupNouns.EndingBefore(t, mentions[k].First) is not null;
    }

    /// <summary>"'s capital of", "state's capital city of" between a region and a place.</summary>
    private static bool CapitalOfBetween(TokenList t, int from, int to)
    {
        bool possessive = false, capital = false;
        for (int k = from; k < to; k++)
        {
            if (t[k].Is("s") && !t[k].SpaceBefore) possessive = true;
            else if (possessive && Lexicon.SeatWords.Contains(t[k].Form)) capital = true;
        }
        return capital && to > 0 && t[to - 1].Is("of");
    }

    /// <summary>
    /// "TAIPEI (Taiwan News) —", "Accra, May 11, GNA –": the city a report was filed from, opening a sentence in capitals
    /// or before its date.
    /// </summary>
    internal static bool IsDateline(PlaceMention m)
    {
        var t = m.Sentence.Tokens;
        if (m.First != 0 || m.Last + 1 >= t.Count) return false;
        var next = t[m.Last + 1];
        if (next.IsPunct(',') && m.Last + 3 < t.Count && Lexicon.Months.ContainsKey(t[m.Last + 2].Fold) && t[m.Last + 3].IsNumber) return true;
        // "Mát-xcơ-va, ngày 5/10 (Nhân Dân) -": the Vietnamese agencies' dateline.
        if (next.IsPunct(',') && m.Last + 3 < t.Count && t[m.Last + 2].Is("ngay") && t[m.Last + 3].IsNumber) return true;
        for (int k = 0; k <= m.Last; k++) if (t[k].IsWord && !t[k].AllCaps) return false;
        // "PUERTO PRINCESA CITY, Palawan (PIA) --", "CHUNCHEON, Gangwon —": its region after a comma.
        if (next.IsPunct(','))
        {
            int k = m.Last + 2;
            while (k < t.Count && k - m.Last <= 4 && t[k].IsWord && t[k].Cap) k++;
            if (k > m.Last + 2 && k < t.Count) next = t[k];
        }
        return next.IsPunct('(') || next.IsPunct('—') || next.IsPunct('–') || (next.IsPunct('-') && next.SpaceBefore);
    }

    /// <summary>"this city", "this western Cuban province": a unit word at most four words after "this", from <paramref name="from"/> on.</summary>
    private static bool SpokenOfAsThisPlace(TokenList t, int from)
    {
        for (int k = from; k < t.Count; k++)
        {
            if (!t[k].Is("this")) continue;
            for (int j = k + 1; j < t.Count && j <= k + 4; j++)
            {
                if (!t[j].IsWord) break;
                if (Lexicon.UnitWordsBeforeOf.Contains(t[j].Form)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="to"/> are "city of", "'s town of".</summary>
    private static bool UnitOfBetween(TokenList t, int from, int to)
    {
        int k = from;
        if (k + 1 < to && (t[k].IsPunct('\'') || t[k].IsPunct('’')) && t[k + 1].Is("s")) k += 2;
        return k + 2 == to && Lexicon.UnitWordsBeforeOf.Contains(t[k].Form) && t[k + 1].Is("of");
    }

    /// <summary>
    /// "Tustin, California", "quận Thạch Cảnh Sơn, Bắc Kinh", "Đống Đa (Hà Nội)", "Shangyu district of Shaoxing
    /// city": a same-country place right after another, joined only by a comma, bracket or "of", is its address.
    /// </summary>
    private static void MarkLocators(List<PlaceMention> mentions)
    {
        // "TAIPEI (Taiwan News) —": where the report was filed, named nowhere else, is not a party; unless its sentence
        // speaks of it as "this province" ("Matanzas, June 19 (ACN) Authorities in this western Cuban province and ...").
        foreach (var m in mentions)
            if (IsDateline(m) && !mentions.Exists(o => o.Place.Key == m.Place.Key && !IsDateline(o)) && !SpokenOfAsThisPlace(m.Sentence.Tokens, m.Last + 1))
                m.Locator = true;
        // "Rossland, British Columbia": a region after a comma and a name the gazetteer does not know is that place's address.
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var tt = m.Sentence.Tokens;
            if (!IsRegion(m.Place)) continue;
            if (m.First < 2 || !tt[m.First - 1].IsPunct(',') || !tt[m.First - 2].IsWord || !tt[m.First - 2].Cap || tt[m.First - 2].Text.Length < 3) continue;
            // "With the new MoU, Gujarat now has ...": an agreement is no place.
            if (Lexicon.AgreementNouns.Contains(tt[m.First - 2].Form)) continue;
            bool known = k > 0 && mentions[k - 1].Sentence == m.Sentence && mentions[k - 1].Last == m.First - 2;
            // Not a list's item: "các tỉnh Phongsaly, Luangprabang, Udomxay".
            bool listed = m.First >= 3 && tt[m.First - 3].IsPunct(',') || InGroupList(mentions, k);
            if (!known && !listed) m.Locator = true;
        }
        for (int k = 1; k < mentions.Count; k++)
        {
            var a = mentions[k - 1];
            var b = mentions[k];
            if (a.Sentence != b.Sentence || a.Place.Key == b.Place.Key || a.Place.Country != b.Place.Country) continue;
            // "the Kayah state's capital of Loikaw": the region whose capital a place is, written before it, is its address.
            if (IsRegion(a.Place) && !IsRegion(b.Place) && b.First - a.Last <= 6 && CapitalOfBetween(a.Sentence.Tokens, a.Last + 1, b.First)) { a.Locator = true; continue; }
            // "the Queensland city of Ipswich", "Osh Province Kara-Suu": a region written straight before its own place, or
            // before a unit word ending in "of" and the place, is that place's address.
            if (b.Place.ParentKey == a.Place.Key && IsRegion(a.Place) && (b.First == a.Last + 1 || UnitOfBetween(a.Sentence.Tokens, a.Last + 1, b.First))) { a.Locator = true; continue; }
            // "Xiangyang city in Central China's Hubei province": the place's own province, soon after it and joined by
            // "in" or "of", is its address whatever else is written between.
            if (a.Place.ParentKey == b.Place.Key && b.First - a.Last <= 10 && JoinedByIn(a.Sentence.Tokens, a.Last + 1, b.First)) { b.Locator = true; continue; }
            // "The city of Fuzhou in China's Jiangxi Province": a province right after "in" is the address, even when the
            // gazetteer's place of that name lies elsewhere (a namesake: its Fuzhou is Fujian's).
            if (IsRegion(b.Place) && !IsRegion(a.Place) && b.First - a.Last <= 6 && InRightAfter(a.Sentence.Tokens, a.Last + 1)) { b.Locator = true; continue; }
            // "TP Phòng Thành Cảng, Khu tự trị dân tộc Choang Quảng Tây": an autonomous unit's words open the address.
            int bFirst = b.First - (Phrases.AutonomousUnitWords.EndingBefore(a.Sentence.Tokens, b.First)?.Words ?? 0);
            if (!OnlyGlue(a.Sentence.Tokens, a.Last + 1, bFirst) || bFirst - a.Last > 5) continue;
            // "các tỉnh Phongsaly, Udomxay": after a plural locality noun the names are a list, none the other's address.
            if (InGroupList(mentions, k - 1)) continue;
            // "Haizhou District of Lianyungang, Jiangsu Province": "of" after a place's lower unit word names its address, though
            // a list of places goes on after it.
            if (b.First == a.Last + 3 && Lexicon.LowerUnitWordsBeforeOf.Contains(a.Sentence.Tokens[a.Last + 1].Form) && a.Sentence.Tokens[a.Last + 2].Is("of")) { b.Locator = true; continue; }
            // "huyện Kim Bình (châu Hồng Hà)", "huyện Hà Khẩu (châu Hồng Hà, tỉnh Vân Nam)": a bracket opening right after a place
            // holds its address, whatever hierarchy the gazetteer knows.
            if (AddressInBrackets(a.Sentence.Tokens, a.Last + 1, b.Last)) { b.Locator = true; continue; }
            // "Inagawa Hyogo Prefecture": the region a place belongs to, written straight after it, is its address.
            if (b.First == a.Last + 1) { if (a.Place.ParentKey == b.Place.Key) b.Locator = true; continue; }
            // "(Attapu, Champasak, Salavan, Sekong)": after list items of one country, the next is one more item, not an address.
            var before = k >= 2 ? mentions[k - 2] : null;
            // Not "TP Thanh Đảo (tỉnh Giang Tô)": a bracket after an item holds its address.
            if (before is not null && before.Sentence == a.Sentence && before.Place.Country == a.Place.Country
                && ListSeparated(a.Sentence.Tokens, before.Last + 1, a.First) && a.Place.ParentKey != b.Place.Key
                && !a.Sentence.Tokens[a.Last + 1].IsPunct('(')) continue;
            // "Hải Dương - Phú Yên, Nam Định - Mỹ Tho": items of a list of dashed pairs, neither the other's address.
            if (before is not null && before.DashedTo(a) && k + 1 < mentions.Count && b.DashedTo(mentions[k + 1])) continue;
            // "tỉnh Sê Kông, tỉnh Champasak (Lào) và tỉnh Ratanakiri": a province is no other province's address.
            if (a.Place.Kind == LocalityKinds.Province && b.Place.Kind == LocalityKinds.Province && a.Place.ParentKey != b.Place.Key) continue;
            bool hasJoin = false;
            for (int j = a.Last + 1; j < b.First; j++)
                if (a.Sentence.Tokens[j].Text is "," or "(" || Lexicon.AddressJoinWords.Contains(a.Sentence.Tokens[j].Form)) hasJoin = true;
            if (!hasJoin) continue;
            var t = b.Sentence.Tokens;
            int after = b.Last + 1;
            while (after < t.Count && (Lexicon.UnitWordsAfterAddress.Contains(t[after].Form) || t[after].IsPunct(')'))) after++;
            // "Cheongdo county, Mungyeong city, and Chilgok county": the serial comma before "and".
            if (after + 1 < t.Count && t[after].IsPunct(',') && t[after + 1].Fold is "and" or "or") after++;
            // "Dakar, Kinshasa and Brazzaville" is a list, not an address; a state or province still is one.
            bool region = IsRegion(b.Place);
            // A list continues with another place of the same country ("Hanoi, Hai Phong and Da Nang");
            // "Tustin, California and Heyuan" continues abroad, so California is Tustin's address.
            bool nextSameCountry = k + 1 < mentions.Count && mentions[k + 1].Sentence == b.Sentence && mentions[k + 1].Place.Country == b.Place.Country;
            // "Attapu, Champasak, Salavan": even a province is one more item when the list goes on past it.
            bool list = nextSameCountry && ((!region && after < t.Count && Lexicon.ListConjunctions.Contains(t[after].Form))
                || (ListSeparated(t, b.Last + 1, mentions[k + 1].First) && a.Place.ParentKey != b.Place.Key));
            if (list) continue;
            // "tỉnh Sơn Đông, TP Thanh Đảo", "tỉnh Quảng Tây, TP Côn Minh": a city after a province is no address of it.
            bool contains = !(a.Place.Kind == LocalityKinds.Province && b.Place.Kind != LocalityKinds.Province) && (region
                || a.Place.ParentKey == b.Place.Key || b.Place.Population > a.Place.Population);
            // "Albuquerque in the U.S. state of New Mexico, Bellevue City ...": what follows an address is the list going on,
            // unless it contains the address.
            if (a.Locator && !contains) continue;
            bool commaOnly = true;
            for (int j = a.Last + 1; j < b.First; j++) if (!a.Sentence.Tokens[j].IsPunct(',')) commaOnly = false;
            if (contains || (commaOnly && !list)) b.Locator = true;
        }
    }
}
