using System;
using System.Collections.Generic;
using System.Threading;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Reading;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction;

/// <summary>The engine's entry point: one article's text in, its facts out.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts every city, partnership, event and official the article states.
    /// Never throws for any text; problems come back as <see cref="ArticleFacts.Diagnostics"/>.
    /// </summary>
    /// <param name="fileName">The article's file name without folder; becomes <see cref="ArticleFacts.FileName"/>.</param>
    public static ArticleFacts Extract(string fileName, string text, CancellationToken cancellationToken = default)
        => Extract(fileName, text, s_defaultPlaces ??= new PlaceIndexLookup(PlaceIndex.Default), cancellationToken);

    // One lookup for every article: word forms keep the gazetteer's answers per lookup (OneWordPlaces), across articles.
    private static PlaceIndexLookup? s_defaultPlaces;

    /// <summary>The pipeline on a given gazetteer (tests use a small one).</summary>
    internal static ArticleFacts Extract(string fileName, string text, IPlaceLookup places, CancellationToken ct)
    {
        // Sentences and their tokens live only during this call: the next article reuses the tokens' space.
        using var tokenScope = Tokenizer.BeginArticle();
        fileName ??= "";
        text = ArticleReader.Normalize(text ?? "");
        var diagnostics = new List<ExtractionDiagnostic>();

        // 1. Article reading
        bool monthFirst = NumericDateOrder.IsMonthFirst(text);
        var read = ArticleReader.Read(text, monthFirst, ct);

        // 2. Sentences and tokens
        var sentences = new List<Sentence>(read.Lines.Count); // at least a sentence a line
        var languageDetector = new LanguageDetector();
        var spans = new List<(int Start, int Length)>();
        int paragraph = 0;
        foreach (var line in read.Lines)
        {
            ct.ThrowIfCancellationRequested();
            paragraph++;
            SentenceSplitter.Split(line.Text, spans);
            foreach (var (start, length) in spans)
            {
                string st = line.Text.Substring(start, length);
                var tokens = Tokenizer.Tokenize(st);
                var (lineNumber, column) = line.Locate(start);
                sentences.Add(new Sentence(sentences.Count, lineNumber, column, st, paragraph, line.IsTitle, line.IsCaption, tokens));
                languageDetector.Add(tokens);
            }
        }
        foreach (var s in sentences) s.ArticleSentences = sentences.Count;
        string language = languageDetector.Detect();
        if (language != "en" && language != "vi")
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.UnsupportedLanguage, Math.Max(1, read.TitleLine), 1,
                language == "und" ? "The article's language could not be recognised; only English and Vietnamese are supported."
                                  : $"The article is in '{language}'; only English and Vietnamese are supported."));
            return Facts(fileName, read, language, new List<CityFact>(), new List<PartnershipFact>(), new List<EventFact>(), new List<PersonFact>(), diagnostics);
        }
        if (read.Published is null)
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NoPublicationDate, 1, 1,
                "No publication date found; dates without a year keep no year (--MM-DD)."));

        // 4. Dates (needed by partnerships and events)
        var dateFinder = new DateFinder(read.Published, monthFirst, read.PublishedWeekday ?? DatelineParser.DatelineWeekdayFromStory(read.Published, sentences));
        var dates = new BySentence<List<DateMention>>();
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            var found = dateFinder.Find(s);
            if (found.Count > 0) dates[s] = found;
        }

        // 3a. Place candidates and countries
        var scanner = new PlaceScanner(places);
        var candidates = new List<PlaceCandidate>();
        var countries = new List<CountryMention>();
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            scanner.Scan(s, candidates, countries);
        }
        // 3a'. Vietnamese renderings of foreign names the gazetteer lacks ("tỉnh Vi-tép-xcơ")
        if (language == "vi") Renderings.Find(sentences, candidates, countries, places, "VN", ct);
        // 3a''. Capitals named by their country ("the Thai capital")
        CountryCapitals.Find(candidates, countries, places);

        // 5a. Titled people (their names are never places)
        var personFinder = new PersonFinder(candidates, countries);
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            personFinder.FindTitled(s);
        }
        personFinder.MergeHeadlineOverruns();
        var nameTokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in personFinder.People) foreach (var tok in p.Tokens) nameTokens.Add(tok);

        // 3b. Localities judged in context
        var resolver = new LocalityResolver(places, countries, language, languageDetector.WithoutMarks);
        var mentions = resolver.Resolve(candidates, countries, (s, i) => personFinder.NameTokens.Contains((s, i)), nameTokens, ct);
        diagnostics.AddRange(resolver.Diagnostics);
        // 3b'. Two known places joined by a hyphen into one the gazetteer lacks ("quận Marzahn-Hellersdorf")
        JoinedNames.Join(mentions, candidates);
        // 3c. Villages and communes the gazetteer lacks, named after a unit word ("bản X", "X commune")
        Villages.Find(sentences, mentions, countries, (s, i) => personFinder.NameTokens.Contains((s, i)), language, ct);
        NearMisses(sentences, mentions, places, personFinder, countries, ct);

        // 5b. People: cities from "provincial"/"municipal", later mentions
        var acceptedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions) acceptedKeys.Add(m.Place.Key);
        personFinder.DropLocalitiesReadAsPeople(mentions, places);
        var personMentions = personFinder.LinkMentions(sentences);
        personFinder.KeepCitiesIn(acceptedKeys, mentions);
        DelegationLeaders(personMentions, mentions);
        ResolveCityHints(personFinder.People, mentions);

        // 6. Partnerships (the place mentions of each sentence, grouped once for them and the events)
        var mentionsBySentence = BySentence.Group(mentions, m => m.Sentence);
        var partnerships = new PartnershipFinder(mentions, mentionsBySentence, dates, read.Published, countries);
        partnerships.Find(sentences, ct);

        // 7. Events
        var events = new EventFinder(mentions, mentionsBySentence, dates, personMentions, countries, partnerships.MainPair, read.Published, read.WirePlace).Find(sentences, ct);
        EventFinder.AddRelationStarts(partnerships.Drafts, events);
        partnerships.AddFromEvents(events);
        partnerships.DateSignedRelations(events);

        // 8. Facts with evidence
        var cityFacts = CityFacts(mentions);
        var partnershipFacts = new List<PartnershipFact>();
        foreach (var d in partnerships.Drafts)
            partnershipFacts.Add(new PartnershipFact(new EquatableArray<string>(new[] { d.A.Key, d.B.Key }), d.Since, d.Status,
                d.Fields.ToEquatableArray(), Evidence(d.Sentences)));
        var eventFacts = new List<EventFact>();
        events.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var e in events)
        {
            var partyKeys = new List<string>();
            foreach (var p in e.Parties) partyKeys.Add(p.Key);
            partyKeys.Sort(StringComparer.Ordinal);
            var personKeys = new List<string>();
            foreach (var p in e.People) personKeys.Add(p.Key);
            eventFacts.Add(new EventFact(e.Kind, e.Title, e.Start, e.End, e.City?.Key, partyKeys.ToEquatableArray(), personKeys.ToEquatableArray(), Evidence(e.Sentences)));
        }
        var personFacts = new List<PersonFact>();
        foreach (var p in personFinder.People)
        {
            p.Sentences.Sort((a, b) => a.Index.CompareTo(b.Index));
            personFacts.Add(new PersonFact(p.Key, p.Name, p.Role, p.City?.Key, Evidence(p.Sentences)));
        }
        if (partnershipFacts.Count == 0 && eventFacts.Count == 0)
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticIds.NoFacts, Math.Max(1, read.TitleLine), 1,
                "The article states no partnership between localities and no dated event."));
        return Facts(fileName, read, language, cityFacts, partnershipFacts, eventFacts, personFacts, diagnostics);
    }

    private static ArticleFacts Facts(string fileName, ReadArticle read, string language, List<CityFact> cities,
        List<PartnershipFact> partnerships, List<EventFact> events, List<PersonFact> people, List<ExtractionDiagnostic> diagnostics) =>
        new(fileName, read.Title, read.TitleLine, language, read.Published, cities.ToEquatableArray(), partnerships.ToEquatableArray(),
            events.ToEquatableArray(), people.ToEquatableArray(), diagnostics.ToEquatableArray());

    private static EquatableArray<Evidence> Evidence(List<Sentence> sentences)
    {
        var sorted = sentences.ToArray();
        Array.Sort(sorted, s_byIndex);
        // Sorted by index, a sentence listed twice is next to itself: each is kept once, at the front.
        int distinct = 0;
        foreach (var s in sorted)
            if (distinct == 0 || s.Index != sorted[distinct - 1].Index) sorted[distinct++] = s;
        var evidence = new Evidence[distinct];
        for (int k = 0; k < distinct; k++) evidence[k] = sorted[k].ToEvidence();
        return new EquatableArray<Evidence>(evidence);
    }

    private static readonly Comparison<Sentence> s_byIndex = (a, b) => a.Index.CompareTo(b.Index);

    private static List<CityFact> CityFacts(List<PlaceMention> mentions)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, List<PlaceMention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!byKey.TryGetValue(m.Place.Key, out var l)) { byKey[m.Place.Key] = l = new List<PlaceMention>(); order.Add(m.Place.Key); }
            l.Add(m);
        }
        var result = new List<CityFact>();
        foreach (var key in order)
        {
            var ms = byKey[key];
            var place = ms[0].Place;
            string name = place.Name;
            var aliases = new List<string>();
            // A handful of folds per city: a list searched in place costs less than a set made per city.
            var folded = new List<string> { place.FoldedName() };
            // "Tuyen Quang" the city beside "Tuyen Quang" its province: the city is "Tuyen Quang City" ("Quebec City" when the
            // gazetteer has that name), so each record's name says which it is. The name both share is the province's alone
            // unless the article writes it bare for the city ("Cienfuegos" in English beside "Cienfuegos province"), so that a
            // search by it finds the record the article meant.
            var region = NamesakeRegion(place, byKey);
            if (region is not null)
            {
                string cityName = region.FoldedName() + " city";
                name = place.Name + " City";
                var all = place.FoldedNames();
                for (int k = 0; k < all.Length; k++)
                    if (all[k] == cityName) { name = place.Names[k]; break; }
                folded.Add(cityName);
            }
            // The article's own spellings first, then a few canonical names (English/Vietnamese) of the place.
            foreach (var m in ms)
            {
                if (!folded.Contains(m.Fold)) folded.Add(m.Fold);
                if (m.Surface != name && !aliases.Contains(m.Surface)) aliases.Add(m.Surface);
                // ... and as the article writes the city apart: "TP Tuyên Quang", "thị xã Kratie".
                if (name != place.Name && m.StatedKind == LocalityKinds.City)
                {
                    int from = LocalityResolver.UnitWordStart(m.Sentence.Tokens, m.First);
                    if (from < m.First && m.Sentence.Span(from, m.Last) is var written && !aliases.Contains(written)) aliases.Add(written);
                }
            }
            int extra = 0;
            var names = place.FoldedNames();
            for (int k = 0; k < names.Length && extra < 4; k++)
                if (!folded.Contains(names[k]) && !NamesAnotherCity(names[k], place, byKey)) { folded.Add(names[k]); aliases.Add(place.Names[k]); extra++; }
            if (region is not null && !ms.Exists(m => m.StatedKind is null && NameOf(region, m.Fold)))
                aliases.RemoveAll(a => NameOf(region, Folding.Fold(a)));
            var sentences = new List<Sentence>();
            foreach (var m in ms) sentences.Add(m.Sentence);
            result.Add(new CityFact(place.Key, name, place.Country, place.Kind, aliases.ToEquatableArray(), place.ParentKey,
                // A village the gazetteer lacks has no coordinates (NaN).
                double.IsNaN(place.Latitude) ? null : place.Latitude, double.IsNaN(place.Longitude) ? null : place.Longitude, Evidence(sentences)));
        }
        return result;
    }

    /// <summary>
    /// Whether a gazetteer name of <paramref name="place"/> is, spaces and hyphens aside, the name of another city of the
    /// article: GeoNames gives Chau Doc the old name "Angiang", which would make a search for An Giang find it.
    /// </summary>
    private static bool NamesAnotherCity(string fold, Place place, Dictionary<string, List<PlaceMention>> byKey)
    {
        // A spelling of the place's own name ("Kontum" for Kon Tum province) is its own, whatever namesake the article has.
        if (SameIgnoringSpacesAndHyphens(fold, place.FoldedName())) return false;
        foreach (var other in byKey)
            if (other.Key != place.Key && SameIgnoringSpacesAndHyphens(fold, other.Value[0].Place.FoldedName())) return true;
        return false;
    }

    /// <summary>Whether two folds are the same once spaces and hyphens are left out ("angiang", "an giang"); allocates nothing.</summary>
    private static bool SameIgnoringSpacesAndHyphens(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] is ' ' or '-') i++;
            while (j < b.Length && b[j] is ' ' or '-') j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i++] != b[j++]) return false;
        }
    }

    private static bool NameOf(Place place, string fold) => fold == place.FoldedName() || Array.IndexOf(place.FoldedNames(), fold) >= 0;

    /// <summary>The province named in the article that holds <paramref name="place"/>, a city of the same name; else null.</summary>
    private static Place? NamesakeRegion(Place place, Dictionary<string, List<PlaceMention>> byKey)
    {
        if (place.Kind is not (LocalityKinds.City or LocalityKinds.Capital) || place.ParentKey is not { } parentKey
            || !byKey.TryGetValue(parentKey, out var parentMentions)) return null;
        var parent = parentMentions[0].Place;
        return parent.Kind == LocalityKinds.Province && parent.FoldedName() == place.FoldedName() ? parent : null;
    }

    /// <summary>
    /// "provincial People's Committee", "deputy mayor of the city", "UBND thành phố" without a name: the locality of
    /// that kind the sentence names (a delegation's locality is the guest's, not the official's); for a Vietnamese
    /// body, the article's Vietnamese locality of that kind; for "the city", the one named just before. When several
    /// fit, the city stays unknown rather than guessed.
    /// </summary>
    private static void ResolveCityHints(List<Person> people, List<PlaceMention> mentions)
    {
        foreach (var p in people)
        {
            if (p.City is not null || p.CityKindHint is null) continue;
            bool Fits(PlaceMention m) =>
                !m.Locator && (m.Place.Kind == p.CityKindHint || (p.CityKindHint == LocalityKinds.City && m.Place.Kind == LocalityKinds.Capital))
                && (p.HintCountry is null || m.Place.Country == p.HintCountry) && !DelegationPlace(m);
            var hs = p.HintSentence ?? (p.Sentences.Count > 0 ? p.Sentences[0] : null);
            // 1. The sentence's own locality.
            var inSentence = new List<Gazetteer.Place>();
            foreach (var m in mentions)
                if (m.Sentence == hs && Fits(m) && !inSentence.HasKey(m.Place.Key)) inSentence.Add(m.Place);
            if (inSentence.Count == 1) { p.City = inSentence[0]; continue; }
            if (inSentence.Count > 1 || hs is null) continue;
            // 2. English "the city": the locality named just before (same paragraph or the two sentences before).
            if (p.HintCountry is null)
            {
                PlaceMention? before = null;
                foreach (var m in mentions)
                    if (m.Sentence.Index < hs.Index && (m.Sentence.Paragraph == hs.Paragraph || hs.Index - m.Sentence.Index <= 2) && !m.Sentence.IsTitle && Fits(m))
                        before = m;
                if (before is not null)
                {
                    // Two localities in that sentence: unsure.
                    bool other = false;
                    foreach (var m in mentions) if (m.Sentence == before.Sentence && Fits(m) && m.Place.Key != before.Place.Key) other = true;
                    if (!other) p.City = before.Place;
                    continue;
                }
            }
            // 3. The article's locality of that kind, when one clearly dominates.
            var counts = new Dictionary<string, (Gazetteer.Place P, int N)>(StringComparer.Ordinal);
            foreach (var m in mentions)
            {
                if (!Fits(m)) continue;
                counts[m.Place.Key] = counts.TryGetValue(m.Place.Key, out var c) ? (c.P, c.N + 1) : (m.Place, 1);
            }
            Gazetteer.Place? best = null;
            int bestN = 0, secondN = 0;
            foreach (var kv in counts)
            {
                if (kv.Value.N > bestN) { secondN = bestN; best = kv.Value.P; bestN = kv.Value.N; }
                else if (kv.Value.N > secondN) secondN = kv.Value.N;
            }
            if (best is not null && (secondN == 0 || (p.HintCountry is not null && bestN >= 2 * secondN))) p.City = best;
        }
    }

    /// <summary>
    /// "A delegation of Daejeon, led by Mayor Lee Jang-woo", "đoàn công tác tỉnh Quảng Ninh do Bí thư Tỉnh ủy Nguyễn Xuân Ký dẫn
    /// đầu": an official with no city of his own who leads a delegation is of the one locality the delegation comes from
    /// (a diplomat leading one is not).
    /// </summary>
    private static void DelegationLeaders(List<PersonMention> personMentions, List<PlaceMention> mentions)
    {
        foreach (var pm in personMentions)
        {
            var p = pm.Person;
            // The role's fold (IsDiplomat) only for the few who lead a delegation.
            if (p.City is not null || p.Role is null || !pm.LeadsDelegation() || Lexicon.IsDiplomatRole(p.Role)) continue;
            Gazetteer.Place? from = null;
            bool several = false;
            foreach (var m in mentions)
            {
                if (m.Sentence != pm.Sentence || m.Locator || !DelegationPlace(m)) continue;
                if (from is null) from = m.Place;
                else if (from.Key != m.Place.Key) several = true;
            }
            if (from is not null && !several) p.City = from;
        }
    }

    /// <summary>"the Hanoi city delegation", "Đoàn công tác thành phố Nam Ninh", "delegation from X": the guest's locality.</summary>
    private static bool DelegationPlace(PlaceMention m)
    {
        var t = m.Sentence.Tokens;
        for (int k = Math.Max(0, m.First - 5); k < m.First; k++)
            if (t[k].Is("delegation") || t[k].Is("delegates") || (t[k].Is("doan") && (!t[k].Cap || (k + 1 < t.Count && t[k + 1].Fold is "cong" or "dai")))) return true;
        int j = m.Last + 1;
        while (j < t.Count && Lexicon.WordsBeforeDelegation.Contains(t[j].Form) || (j < t.Count && (t[j].IsPunct('\'') || t[j].IsPunct('’')))) j++;
        return j < t.Count && (t[j].Is("delegation") || t[j].Is("delegates"));
    }

    private static void Cover(BySentence<bool[]> covered, Sentence s, int first, int last)
    {
        if (!covered.TryGetValue(s, out var tokens)) covered[s] = tokens = new bool[s.Tokens.Count];
        for (int k = first; k <= last; k++) tokens[k] = true;
    }

    /// <summary>
    /// Misspellings ("Quangzhou", "Toulois"): a capitalised word within two edits of a locality the article
    /// already names, or followed by "relations"/"city" and near a notable place in the gazetteer.
    /// </summary>
    private static void NearMisses(List<Sentence> sentences, List<PlaceMention> mentions, IPlaceLookup places, PersonFinder people,
        List<CountryMention> countries, CancellationToken ct)
    {
        var known = new List<(string Fold, Gazetteer.Place Place)>();
        var knownFolds = new HashSet<string>(StringComparer.Ordinal);
        // A place seen before adds no new fold of its name.
        var placesSeen = new HashSet<Gazetteer.Place>(ReferenceComparer<Gazetteer.Place>.Instance);
        foreach (var m in mentions)
        {
            if (placesSeen.Add(m.Place))
            {
                var f = m.Place.FoldedName();
                if (knownFolds.Add(f)) known.Add((f, m.Place));
            }
            if (knownFolds.Add(m.Fold)) known.Add((m.Fold, m.Place));
        }
        // The tokens of places and countries, per sentence.
        var covered = new BySentence<bool[]>();
        foreach (var m in mentions) Cover(covered, m.Sentence, m.First, m.Last);
        foreach (var c in countries) Cover(covered, c.Sentence, c.First, c.Last);
        var added = new List<PlaceMention>();
        // One set of rows for every distance computed below (each row as long as the longest known fold needs).
        int longestKnown = 0;
        foreach (var (fold, _) in known) longestKnown = Math.Max(longestKnown, fold.Length);
        // Only a fold of one word can be a misspelt word's.
        var oneWordKnown = known.FindAll(k => k.Fold.IndexOf(' ') < 0);
        var rows = new[] { new int[longestKnown + 1], new int[longestKnown + 1], new int[longestKnown + 1] };
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            var t = s.Tokens;
            for (int i = 0; i < t.Count; i++)
            {
                var tok = t[i];
                // "Pu-san", a Vietnamese rendering whose syllables, written solid, are a notable place's name ("Pusan").
                if (tok.IsWord && tok.Cap && SolidRendering(t, i, out int renderingEnd) is { } solidName
                    && !(covered.TryGetValue(s, out var coveredHere) && coveredHere[i]) && !people.NameTokens.Contains((s, i)))
                {
                    foreach (var p in places.FindByName(solidName))
                        if (PlaceIndex.IsNearMissCandidate(p))
                        {
                            added.Add(new PlaceMention(s, i, renderingEnd, p, s.Span(i, renderingEnd)));
                            break;
                        }
                    i = renderingEnd;
                    continue;
                }
                // The tests without lookups first (each only rules the word out).
                if (!tok.IsWord || !tok.Cap || tok.AllCaps || tok.Fold.Length < 5) continue;
                // Not a word of a longer capitalised name, unless the next word is a cue ("Shizouka Prefecture").
                if ((i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].Cap && t[i + 1].SpaceBefore && !Lexicon.MisspeltPlaceCues.Contains(t[i + 1].Form))
                    || (i > 0 && t[i - 1].IsWord && t[i - 1].Cap && tok.SpaceBefore)) continue;
                if ((covered.TryGetValue(s, out var cov) && cov[i]) || people.NameTokens.Contains((s, i)) || Lexicon.CommonWords.Contains(tok.Form)) continue;
                var gazetteer = OneWordPlaces.Of(tok.Form, places);
                if (gazetteer.Places.Count > 0 || gazetteer.Country is not null) continue;
                Gazetteer.Place? hit = null;
                int max = tok.Fold.Length >= 7 ? 2 : 1;
                foreach (var (fold, place) in oneWordKnown)
                {
                    // A length further than the distance allowed rules the fold out before the comparisons.
                    if (Math.Abs(fold.Length - tok.Fold.Length) > max
                        || tok.Fold.StartsWith(fold, StringComparison.Ordinal) || fold.StartsWith(tok.Fold, StringComparison.Ordinal)) continue;
                    if (PlaceIndex.BoundedDistance(tok.Fold, fold, max, rows) <= max) { hit = place; break; }
                }
                // "Nursultan": a notable place's name of several words written as one.
                if (hit is null && places.FindWrittenSolid(tok.Fold) is { Count: > 0 } solid) hit = solid[0];
                if (hit is null && i + 1 < t.Count && Lexicon.MisspeltPlaceCues.Contains(t[i + 1].Form))
                {
                    // "Nijgata prefecture": a region, named with its unit word ("Niigata Prefecture") or without.
                    bool region = Lexicon.RegionWordsAfterName.Contains(t[i + 1].Form);
                    var near = region ? places.FindNear(tok.Fold + " " + t[i + 1].Fold) : places.FindNear(tok.Fold);
                    if (region && near.Count == 0) near = places.FindNear(tok.Fold);
                    foreach (var p in near) if (!region || p.Kind == LocalityKinds.Province) { hit = p; break; }
                }
                if (hit is not null) added.Add(new PlaceMention(s, i, i, hit, tok.Text) { Locator = AddressOfPlaceBefore(mentions, s, i, hit) });
            }
        }
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index) : a.First.CompareTo(b.First));
    }

    /// <summary>
    /// "Pu-san": syllables joined by hyphens with no spaces, all but the first lower case, folded and written solid ("pusan"),
    /// and the last syllable's index in <paramref name="end"/>; else null.
    /// </summary>
    private static string? SolidRendering(TokenList t, int i, out int end)
    {
        end = i;
        while (end + 2 < t.Count && t[end + 1].IsPunct('-') && !t[end + 1].SpaceBefore && !t[end + 2].SpaceBefore && t[end + 2].IsWord && !t[end + 2].Cap)
            end += 2;
        return end == i ? null : t.Spelled(i, end);
    }

    /// <summary>"Sanjo city, Nijgata prefecture": a region written just after a place of its own is that place's address.</summary>
    private static bool AddressOfPlaceBefore(List<PlaceMention> mentions, Sentence s, int at, Gazetteer.Place region)
    {
        foreach (var m in mentions)
            if (m.Sentence == s && m.Last < at && at - m.Last <= 3 && m.Place.ParentKey == region.Key) return true;
        return false;
    }
}
