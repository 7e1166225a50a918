using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Gazetteer;

/// <summary>A locality from the gazetteer.</summary>
/// <param name="Key">Stable id: <c>gn:&lt;geonameid&gt;</c>, or <c>cur:&lt;slug&gt;</c> for curated entries.</param>
/// <param name="Name">English name (GeoNames' name, or the English alternate name when it has one).</param>
/// <param name="Kind">One of <see cref="LocalityKinds"/>.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC, PPLA, PPLA2, ADM1 ...).</param>
/// <param name="ParentKey">Key of the enclosing locality where the data says (a district's city or province).</param>
/// <param name="Names">Every name it may be written as in English or Vietnamese (alternate names, exonyms), including <see cref="Name"/>.</param>
public sealed record Place(
    string Key, string Name, string Country, string Kind, string FeatureCode, long Population,
    string? ParentKey, double Latitude, double Longitude, EquatableArray<string> Names);

/// <summary>A country with its English and Vietnamese names and demonyms.</summary>
public sealed record Country(
    string Code, string EnglishName, string VietnameseName,
    EquatableArray<string> Names, EquatableArray<string> Demonyms);

/// <summary>
/// The embedded gazetteer: localities and countries, looked up by folded name
/// (<see cref="Text.Folding.Fold"/>). Loaded once per process from the assembly's resource.
/// Every lookup is ordinal and culture-independent; candidate lists are deterministic.
/// </summary>
public sealed partial class PlaceIndex
{
    internal const string ResourceName = "CoopData.Extraction.Gazetteer.gazetteer.tsv.gz";

    // Near-miss spelling lookup only considers places an article is likely to mean, so a typo of a
    // big city is not drowned by thousands of villages one letter away.
    internal const long NearMissMinPopulation = 100_000;

    private static readonly Lazy<PlaceIndex> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly char[] s_tab = { '\t' };
    private static readonly char[] s_bar = { '|' };

    private readonly Dictionary<string, Place[]> _byName;
    private readonly Dictionary<string, Place> _byKey;
    private readonly Dictionary<string, Country> _countryByName;
    private readonly Dictionary<string, Country> _countryByCode;
    private readonly Lazy<Dictionary<int, List<KeyValuePair<string, Place[]>>>> _nearByLength;
    private readonly Lazy<Dictionary<string, Place[]>> _bySolidName;
    private readonly Lazy<Dictionary<string, Place>> _capitals;

    /// <summary>The gazetteer built into this assembly.</summary>
    public static PlaceIndex Default => s_default.Value;

    /// <summary>Every place, in resource order (curated keys, then GeoNames ids ascending).</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every country (ISO 3166-1 alpha-2 as in CLDR), ordered by code.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Places any of whose names folds to <paramref name="foldedName"/>, most populous first.</summary>
    public IReadOnlyList<Place> FindByName(string foldedName) =>
        _byName.TryGetValue(foldedName, out var places) ? places : Array.Empty<Place>();

    /// <summary>The place with this key, or null.</summary>
    public Place? FindByKey(string key) => _byKey.TryGetValue(key, out var place) ? place : null;

    /// <summary>The country one of whose names or demonyms folds to <paramref name="foldedName"/>, or null.</summary>
    public Country? FindCountry(string foldedName) =>
        _countryByName.TryGetValue(foldedName, out var country) ? country : null;

    /// <summary>The country with this ISO 3166-1 alpha-2 code, or null.</summary>
    public Country? FindCountryByCode(string code) =>
        _countryByCode.TryGetValue(code.ToUpperInvariant(), out var country) ? country : null;

    /// <summary>
    /// False when no place or country name folds to a text with this <see cref="HashName(string)"/>: that n-gram need
    /// not be built or looked up. (True may still find nothing: hashes can collide.)
    /// </summary>
    internal bool MayBeName(ulong hash) => MayHold(_nameFilter.Value, hash);

    /// <summary>
    /// False when no name of several words starts with the word whose <see cref="HashName(string)"/> this is (the word
    /// then a space): no n-gram opening with that word need be looked up.
    /// </summary>
    internal bool MayStartLongerName(ulong wordHash) => MayHold(_nameStartFilter.Value, wordHash * NamePrime + ' ');

    private static bool MayHold(ulong[] bits, ulong hash)
    {
        FilterBits(hash, out int a, out int b);
        return (bits[a >> 6] & (1UL << a)) != 0 && (bits[b >> 6] & (1UL << b)) != 0;
    }

    /// <summary>
    /// The hash <see cref="MayBeName"/> takes: a polynomial hash of the characters (h = h * prime + c), so the hash of
    /// "A B" follows from the hashes of "A" and "B" (<see cref="JoinNames"/>). Each word form keeps its fold's
    /// (<see cref="Pipeline.WordForm.NameHash"/>): an n-gram's hash costs a step per word, not per character.
    /// </summary>
    internal static ulong HashName(string folded) => HashName(folded, out _);

    /// <summary><see cref="HashName(string)"/>, and in <paramref name="power"/> the prime to the power of the length.</summary>
    internal static ulong HashName(string folded, out ulong power)
    {
        ulong h = 0;
        power = 1;
        foreach (char c in folded)
        {
            h = h * NamePrime + c;
            power *= NamePrime;
        }
        return h;
    }

    /// <summary>The hash of <c>left + " " + right</c> from the hashes of both and the power of <paramref name="right"/>'s length.</summary>
    internal static ulong JoinNames(ulong left, ulong right, ulong rightPower) => (left * NamePrime + ' ') * rightPower + right;

    private const ulong NamePrime = 0xC2B2AE3D27D4EB4FUL;

    // A Bloom filter (two bits per name) of 2^21 bits, 256 KB: small enough to stay in cache, unlike a set of every
    // name; a few percent of the n-grams that name nothing get through to the real lookup.
    private const int NameFilterBits = 21;
    private readonly Lazy<ulong[]> _nameFilter;
    private readonly Lazy<ulong[]> _nameStartFilter;

    // A name's two bits lie in one 512-bit block (a cache line's worth), so a test costs one cache miss, not two.
    private const int BlockBits = 9;

    private static void FilterBits(ulong hash, out int a, out int b)
    {
        ulong m = hash * 0x9E3779B97F4A7C15UL;
        int block = (int)(m >> (64 - (NameFilterBits - BlockBits))) << BlockBits;
        a = block | (int)((m >> 20) & ((1UL << BlockBits) - 1));
        b = block | (int)((m >> 29) & ((1UL << BlockBits) - 1));
    }

    private ulong[] BuildNameFilter() => BuildFilter(starts: false);

    private ulong[] BuildNameStartFilter() => BuildFilter(starts: true);

    /// <summary>A filter of every name, or (<paramref name="starts"/>) of every start of a name up to and with one of its spaces.</summary>
    private ulong[] BuildFilter(bool starts)
    {
        var bits = new ulong[(1 << NameFilterBits) / 64];
        foreach (var key in _byName.Keys) AddName(key);
        foreach (var key in _countryByName.Keys) AddName(key);
        return bits;

        void AddName(string text)
        {
            if (!starts) { Add(HashName(text)); return; }
            // The hash so far at each space is the hash of the start before it, as HashName would make it.
            ulong h = 0;
            foreach (char c in text)
            {
                if (c == ' ') Add(h * NamePrime + ' ');
                h = h * NamePrime + c;
            }
        }

        void Add(ulong hash)
        {
            FilterBits(hash, out int a, out int b);
            bits[a >> 6] |= 1UL << a;
            bits[b >> 6] |= 1UL << b;
        }
    }

    /// <summary>The most words any indexed name has, to bound n-gram lookups.</summary>
    public int LongestNameInWords { get; }

    /// <summary>The enclosing place (<see cref="Place.ParentKey"/>), or null.</summary>
    public Place? ParentOf(Place place) => place.ParentKey is { } key ? FindByKey(key) : null;

    /// <summary>
    /// The first enclosing place of kind province (Vinh → Nghe An, Toulouse → Haute-Garonne), else the
    /// outermost enclosing place (Dong Da → Hanoi); null when the place has no parent.
    /// </summary>
    public Place? ProvinceOf(Place place)
    {
        Place? top = null;
        for (var p = ParentOf(place); p is not null && !ReferenceEquals(p, place); p = ParentOf(p))
        {
            if (p.Kind == LocalityKinds.Province) return p;
            top = p;
        }
        return top;
    }

    /// <summary>
    /// Places with a name within <paramref name="maxEdits"/> edits (insert, delete, substitute, swap of
    /// neighbours) of <paramref name="foldedName"/>, for misspellings such as "Quangzhou". Only places of
    /// population ≥ 100 000, capitals and provinces are considered; the bound shrinks with the name: under 4
    /// letters only exact matches, under 7 letters at most 1 edit. Ordered by distance, then as <see cref="FindByName"/>.
    /// </summary>
    public IReadOnlyList<Place> FindNear(string foldedName, int maxEdits = 2)
    {
        if (maxEdits < 0) throw new ArgumentOutOfRangeException(nameof(maxEdits));
        int n = foldedName.Length;
        int k = Math.Min(maxEdits, n >= 7 ? 2 : n >= 4 ? 1 : 0);
        var found = new List<(int Distance, Place Place)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var buckets = _nearByLength.Value;
        var rows = new int[3][];
        for (int r = 0; r < 3; r++) rows[r] = new int[n + k + 1];
        for (int len = n - k; len <= n + k; len++)
        {
            if (!buckets.TryGetValue(len, out var bucket)) continue;
            foreach (var entry in bucket)
            {
                int d = BoundedDistance(foldedName, entry.Key, k, rows);
                if (d > k) continue;
                foreach (var p in entry.Value) found.Add((d, p));
            }
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : Compare(a.Place, b.Place));
        var result = new List<Place>();
        foreach (var (_, p) in found)
            if (seen.Add(p.Key)) result.Add(p);
        return result;
    }

    // keys[i] are the folded names of places[i] (countryKeys[i]: of countries[i]'s names, then demonyms),
    // precomputed by the build so loading needs no Unicode normalisation.
    private PlaceIndex(List<Place> places, List<string[]> keys, List<Country> countries, List<(string[] Names, string[] Demonyms)> countryKeys)
    {
        Places = places;
        Countries = countries;
        _byKey = new Dictionary<string, Place>(places.Count, StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Place>>(places.Count * 4, StringComparer.Ordinal);
        int longest = 0;
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            _byKey.Add(place.Key, place);
            foreach (var key in keys[i])
            {
                if (!byName.TryGetValue(key, out var list)) byName.Add(key, list = new List<Place>(1));
                list.Add(place); // keys are distinct per place
                longest = Math.Max(longest, WordCount(key));
            }
        }
        _byName = new Dictionary<string, Place[]>(byName.Count, StringComparer.Ordinal);
        foreach (var pair in byName)
        {
            var array = pair.Value.ToArray();
            if (array.Length > 1) Array.Sort(array, Compare);
            _byName.Add(pair.Key, array);
        }

        _countryByCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        _countryByName = new Dictionary<string, Country>(StringComparer.Ordinal);
        // Names before demonyms and countries in code order: when two countries share a form the first wins, deterministically.
        foreach (var c in countries) _countryByCode.Add(c.Code, c);
        for (int i = 0; i < countries.Count; i++) AddCountryNames(countries[i], countryKeys[i].Names, ref longest);
        for (int i = 0; i < countries.Count; i++) AddCountryNames(countries[i], countryKeys[i].Demonyms, ref longest);
        LongestNameInWords = longest;
        _nearByLength = new Lazy<Dictionary<int, List<KeyValuePair<string, Place[]>>>>(BuildNearIndex, LazyThreadSafetyMode.ExecutionAndPublication);
        _bySolidName = new Lazy<Dictionary<string, Place[]>>(BuildSolidIndex, LazyThreadSafetyMode.ExecutionAndPublication);
        _nameFilter = new Lazy<ulong[]>(BuildNameFilter, LazyThreadSafetyMode.ExecutionAndPublication);
        _nameStartFilter = new Lazy<ulong[]>(BuildNameStartFilter, LazyThreadSafetyMode.ExecutionAndPublication);
        _capitals = new Lazy<Dictionary<string, Place>>(BuildCapitals, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private void AddCountryNames(Country country, string[] keys, ref int longest)
    {
        foreach (var key in keys)
        {
            if (key.Length == 0 || _countryByName.ContainsKey(key)) continue;
            _countryByName.Add(key, country);
            longest = Math.Max(longest, WordCount(key));
        }
    }

    /// <summary>
    /// Notable places (as for <see cref="FindNear"/>) with a name of several words that <paramref name="foldedWord"/> writes
    /// as one ("Nursultan" for Nur-Sultan, "Kualalumpur"), most populous first; empty when none.
    /// </summary>
    public IReadOnlyList<Place> FindWrittenSolid(string foldedWord) =>
        _bySolidName.Value.TryGetValue(foldedWord, out var places) ? places : Array.Empty<Place>();

    private Dictionary<string, Place[]> BuildSolidIndex()
    {
        var solid = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var pair in _byName)
        {
            if (pair.Key.IndexOf(' ') < 0) continue;
            string? joined = null;
            foreach (var p in pair.Value)
            {
                if (!IsNearMissCandidate(p)) continue;
                joined ??= pair.Key.Replace(" ", "");
                if (_byName.ContainsKey(joined)) break;
                if (!solid.TryGetValue(joined, out var places)) solid.Add(joined, places = new List<Place>());
                if (!places.Contains(p)) places.Add(p);
            }
        }
        var result = new Dictionary<string, Place[]>(solid.Count, StringComparer.Ordinal);
        foreach (var pair in solid)
        {
            var places = pair.Value.ToArray();
            Array.Sort(places, Compare);
            result.Add(pair.Key, places);
        }
        return result;
    }

    /// <summary>The capital of <paramref name="country"/> (the most populous, where it has several), or null.</summary>
    internal Place? FindCapital(string country) => _capitals.Value.TryGetValue(country, out var capital) ? capital : null;

    private Dictionary<string, Place> BuildCapitals()
    {
        var capitals = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in Places)
            if (place.Kind == LocalityKinds.Capital && !(capitals.TryGetValue(place.Country, out var other) && Compare(other, place) <= 0))
                capitals[place.Country] = place;
        return capitals;
    }

    /// <summary>A place an article likely means by a spelling the gazetteer does not list: populous, a capital or a province.</summary>
    internal static bool IsNearMissCandidate(Place p) => p.Population >= NearMissMinPopulation || p.Kind == LocalityKinds.Capital || p.Kind == LocalityKinds.Province;

    private Dictionary<int, List<KeyValuePair<string, Place[]>>> BuildNearIndex()
    {
        var buckets = new Dictionary<int, List<KeyValuePair<string, Place[]>>>();
        foreach (var pair in _byName)
        {
            var eligible = Array.FindAll(pair.Value, IsNearMissCandidate);
            if (eligible.Length == 0) continue;
            if (!buckets.TryGetValue(pair.Key.Length, out var list)) buckets.Add(pair.Key.Length, list = new());
            list.Add(new KeyValuePair<string, Place[]>(pair.Key, eligible));
        }
        return buckets;
    }

    /// <summary>Optimal-string-alignment distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    internal static int BoundedDistance(string a, string b, int max, int[][]? rows = null)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (max == 0) return string.Equals(a, b, StringComparison.Ordinal) ? 0 : 1;
        rows ??= new[] { new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1] };
        int[] prev2 = rows[0], prev = rows[1], cur = rows[2];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            (prev2, prev, cur) = (prev, cur, prev2);
        }
        return Math.Min(prev[b.Length], max + 1);
    }

    // Most populous first; key breaks ties so the order never depends on load order.
    private static int Compare(Place a, Place b) =>
        a.Population != b.Population ? b.Population.CompareTo(a.Population) : string.CompareOrdinal(a.Key, b.Key);

    private static int WordCount(string folded)
    {
        int words = 1;
        foreach (char c in folded) if (c == ' ') words++;
        return words;
    }

    private static PlaceIndex LoadEmbedded()
    {
        using var stream = typeof(PlaceIndex).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    /// <summary>Reads a gazetteer in the resource format (gzip'd TSV written by tools/gazetteer/build.py).</summary>
    internal static PlaceIndex Load(Stream gzipped)
    {
        var places = new List<Place>(128_000);
        var keys = new List<string[]>(128_000);
        // Countries, kinds, feature codes and parents repeat on most of the lines: one string each (half the places are
        // small towns, so their record's shared fields are a large part of the index).
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value)
        {
            if (shared.TryGetValue(value, out var same)) return same;
            shared.Add(value, value);
            return value;
        }
        var countries = new List<Country>(260);
        var countryKeys = new List<(string[], string[])>(260);
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, new UTF8Encoding(false), false, 1 << 16);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split(s_tab);
            if (f[0] == "C")
            {
                countries.Add(new Country(f[1], f[2], f[3], Names(f[4]), Names(f[5])));
                countryKeys.Add((Split(f[6]), Split(f[7])));
            }
            else if (f[0] == "P")
            {
                // A small town's one name is its display name: one string for both.
                var names = f[10] == f[2] ? new[] { f[2] } : Split(f[10]);
                places.Add(new Place(
                    f[1], f[2], Shared(f[3]), Shared(f[4]), Shared(f[5]), long.Parse(f[6], NumberStyles.None, CultureInfo.InvariantCulture),
                    f[7].Length == 0 ? null : Shared(f[7]),
                    double.Parse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture),
                    double.Parse(f[9], NumberStyles.Float, CultureInfo.InvariantCulture),
                    new EquatableArray<string>(names)));
                keys.Add(Split(f[11]));
            }
            else
            {
                throw new InvalidDataException($"Unknown gazetteer record '{f[0]}'.");
            }
        }
        return new PlaceIndex(places, keys, countries, countryKeys);
    }

    private static EquatableArray<string> Names(string field) => new(Split(field));

    private static string[] Split(string field) => field.Length == 0 ? Array.Empty<string>() : field.Split(s_bar);
}
