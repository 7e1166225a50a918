using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>A partnership being assembled from the sentences that state it.</summary>
internal sealed class PartnershipDraft
{
    public PartnershipDraft(Place a, Place b)
    {
        if (string.CompareOrdinal(a.Key, b.Key) <= 0) { A = a; B = b; } else { A = b; B = a; }
    }

    public Place A { get; }
    public Place B { get; }
    public string Id => A.Key + "|" + B.Key;
    public List<Sentence> Sentences { get; } = new();
    public int? StrongSince { get; set; }
    public int? WeakSince { get; set; }
    /// <summary>From "the Nth anniversary" of the relation and the publication year.</summary>
    public int? AnniversarySince { get; set; }
    public bool Signed { get; set; }
    public bool Negotiating { get; set; }
    public bool Proposed { get; set; }
    public List<string> Fields { get; } = new();

    public int? Since => StrongSince ?? AnniversarySince ?? WeakSince;

    /// <summary>The day the relation began, when a sentence gives it in full ("since March 5, 2007"), and that sentence.</summary>
    public (PartialDate Day, Sentence Sentence)? StartedOn { get; set; }

    /// <summary>Signed in the article's own event, else an established relation, else how far talks went.</summary>
    public string Status =>
        Signed ? PartnershipStatuses.Signed
        : StrongSince is not null || AnniversarySince is not null ? PartnershipStatuses.Active
        : Negotiating ? PartnershipStatuses.Negotiating
        : Proposed ? PartnershipStatuses.Proposed
        : PartnershipStatuses.Active;
}

/// <summary>
/// Stage 6. Two localities are partners when a sentence with a cooperation word relates them:
/// "between X and Y", "giữa X và/với Y", "X-Y relations", "X and Y signed/cooperate", "X's sister-city
/// relationships with Y and Z", "X kết nghĩa với Y", or a specific cue (sister city, twinning, MoU, kết nghĩa)
/// with exactly two localities of different countries. "The two cities" / "hai bên" refers to the article's
/// main pair. Countries never are parties, nor are places that only locate another ("Tustin, California").
/// </summary>
internal sealed class PartnershipFinder
{
    private readonly Dictionary<string, PartnershipDraft> _drafts = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly List<(Sentence, List<Place>)> _ownerlessLists = new();
    // Pairs from a later clause of their sentence ("... with A and reviewed the relationship with B"): the first pair's index in
    // the sentence's pairs and where that clause starts; a signing or talks told before it are not its own.
    private readonly List<(int FirstPair, int ClauseStart)> _laterClauses = new();
    // The town whose partners the last list gave, and the sentence of that list's last item.
    private (Place Owner, int Sentence)? _lastListItem;
    // Sentences under a partner's heading that tell a tie with one side or none named, and that partner.
    private readonly List<(Sentence, Place)> _headed = new();
    private readonly BySentence<List<PlaceMention>> _places;
    private readonly BySentence<List<DateMention>> _dates;
    private readonly PartialDate? _published;
    private readonly List<PlaceMention> _allPlaces;
    private IReadOnlyList<Sentence> _sentences = Array.Empty<Sentence>();

    private readonly BySentence<List<CountryMention>> _countries;

    public PartnershipFinder(List<PlaceMention> places, BySentence<List<PlaceMention>> placesBySentence, BySentence<List<DateMention>> dates, PartialDate? published,
        List<CountryMention> countries)
    {
        _countries = BySentence.Group(countries, c => c.Sentence);
        _allPlaces = places;
        _places = placesBySentence;
        _dates = dates;
        _published = published;
    }

    public IEnumerable<PartnershipDraft> Drafts { get { foreach (var id in _order) yield return _drafts[id]; } }

    /// <summary>The article's main pair: the most stated partnership, else its two most named localities.</summary>
    public (Place, Place)? MainPair { get; private set; }

    public void Find(IReadOnlyList<Sentence> sentences, System.Threading.CancellationToken ct)
    {
        _sentences = sentences;
        var anaphoric = new List<Sentence>();
        // The one pair each sentence relates, by sentence index: "the two villages" right after it means that pair.
        var onlyPair = new Dictionary<int, (Place, Place)>();
        // The town the last sentence counted the partners of ("Leipzig maintains partnerships with 14 cities").
        (Place Owner, int Sentence)? counted = null;
        // The town whose partners a fact box lists, one per line, and the paragraph of its last line.
        (Place Owner, int Paragraph)? factBox = null;
        // The partner a paragraph opens with as its heading ("Iksan (North Jeolla province, South Korea)."), the heading's
        // sentence and the paragraph it heads: its own, or the next when it stands alone on its line ("Cairns, Australia:").
        (Place Partner, int Sentence, int Paragraph)? heading = null;
        // The town whose partners a list gives one per paragraph, after a sentence that counts them and ends with a colon
        // ("... với 6 địa phương nước ngoài, cụ thể:"), and the paragraph of the list's last item so far.
        (Place Owner, int Paragraph)? partnerList = null;
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (partnerList is { } list && s.Paragraph != list.Paragraph)
            {
                if (s.Paragraph == list.Paragraph + 1 && ListItemPartner(s) is { } item)
                {
                    if (item.Place.Key != list.Owner.Key) Record(list.Owner, item.Place, s, item.Year is int year ? StatementOf(s).WithSince(year) : StatementOf(s));
                    partnerList = (list.Owner, s.Paragraph);
                    _lastListItem = (list.Owner, s.Index);
                    continue;
                }
                partnerList = null;
            }
            if (factBox is { } box)
            {
                if (s.Paragraph == box.Paragraph + 1 && FactBoxItem(s) is { } item)
                {
                    if (item.Place.Key != box.Owner.Key) Record(box.Owner, item.Place, s, item.Year is int year ? StatementOf(s).WithSince(year) : StatementOf(s));
                    factBox = (box.Owner, s.Paragraph);
                    continue;
                }
                factBox = null;
            }
            if (FactBoxHeadingOwner(s) is { } boxOwner)
            {
                factBox = (boxOwner, s.Paragraph);
                continue;
            }
            if (PartnerHeading(s) is { } headed)
            {
                heading = (headed, s.Index, s.Paragraph);
                continue;
            }
            if (heading is { } h && h.Paragraph != s.Paragraph)
                heading = h.Sentence == s.Index - 1 && h.Paragraph == s.Paragraph - 1 ? (h.Partner, h.Sentence, s.Paragraph) : null;
            // "... 14 cities. The oldest is with Brno (since 1973); others include Lyon (1981)": that town's partners.
            if (counted is { } c && c.Sentence == s.Index - 1 && Phrases.PartnerListOpeners.StartsWithin(s.Tokens, 0, 2)
                && Distinct(Parties(s)) is { Count: > 0 } listed)
            {
                RecordListed(c.Owner, s, listed);
                continue;
            }
            if (!Phrases.CooperationCues.AnyIn(s) || (Lexicon.TwinnedInstitutionNouns.MayBeIn(s) && OnlyInstitutionsTwinned(s.Tokens)))
            {
                // "The two cities have cooperated in vocational training", under a partner's heading: that partner's tie.
                if (heading is { } under && Phrases.PairAnaphors.AnyIn(s) && OnlyNamed(Parties(s), under.Partner)) _headed.Add((s, under.Partner));
                // "The two villages have been joined since 1975": no cue, but the relation is dated.
                else if (Phrases.PairAnaphors.AnyIn(s) && DatesTheRelation(s) && Distinct(Parties(s)).Count == 0) anaphoric.Add(s);
                // "The other cities are Charlotte City and Newark, both in the United States, and Almere in Holland": the
                // rest of the article's town's partners.
                else if (Phrases.OtherPartnersOpeners.StartsWithin(s.Tokens, 0, 2) && Distinct(Parties(s)) is { Count: > 0 } others)
                    _ownerlessLists.Add((s, others));
                continue;
            }
            var mentions = Parties(s);
            if (OwnerOfCountedPartners(s, mentions) is { } owner)
            {
                counted = (owner, s.Index);
                if (s.Tokens.Count > 0 && s.Tokens[s.Tokens.Count - 1].IsPunct(':')) partnerList = (owner, s.Paragraph);
            }
            var pairs = new List<(Place, Place)>();
            _laterClauses.Clear();
            PairsFromPatterns(s, mentions, pairs);
            RecordPartnersSetAside(s, mentions);
            // A strong cue, or a cue with a pair anaphor ("... làm việc với chính quyền tỉnh Vân Nam nhằm thúc đẩy hợp tác giữa
            // hai địa phương"): the sentence's two localities in two countries are the pair.
            if (pairs.Count == 0 && (Phrases.StrongCooperationCues.AnyIn(s) || AnaphorOfTwoLocalities(s)))
            {
                var distinct = Distinct(WithoutRelativeLocations(s, WithoutVenues(s, mentions)));
                if (distinct.Count == 2 && distinct[0].Country != distinct[1].Country) pairs.Add((distinct[0], distinct[1]));
                // "was in Surat, where ... of Vung Tau city held talks on a possible twinning between the two cities": the two a
                // pair anaphor names, the venue one of them.
                else if (AnaphorOfTwoLocalities(s) && Distinct(WithoutRelativeLocations(s, mentions)) is { Count: 2 } both && both[0].Country != both[1].Country)
                    pairs.Add((both[0], both[1]));
            }
            if (GroupPartners(s, mentions, sentences) is { } group)
            {
                // The group's items are the subject's partners, not each other's.
                pairs.RemoveAll(p => p.Item1.Country == p.Item2.Country);
                foreach (var (a, b) in group) pairs.Add((a, b));
            }
            // "Friendship relations were set up in 2009.", under a partner's heading: the article's town and that partner.
            if (pairs.Count == 0 && heading is { } partnerHeading && OnlyNamed(mentions, partnerHeading.Partner))
            {
                _headed.Add((s, partnerHeading.Partner));
                continue;
            }
            if (pairs.Count == 0)
            {
                // "the agreement's 20th anniversary", "which they embarked upon in 2003 with X": one side named, the
                // other implied, and when the relation began; "Local leaders recognized Fresno's Sister City": one side
                // named with a partnership noun: the article's main pair.
                int named = Distinct(mentions).Count;
                // "The Sister City relationship was formalised in 2009": the relation named, none of its places, and dated.
                if (named <= 1 && (Phrases.PairAnaphors.AnyIn(s) || (named == 1 && (DatesTheRelation(s) || Phrases.StrongCooperationCues.AnyIn(s)))
                    || (named == 0 && Phrases.RelationAnaphors.Matches(s.Tokens, 0) && DatesTheRelation(s)))) anaphoric.Add(s);
                continue;
            }
            var said = StatementOf(s);
            // "Lyon (1981), Frankfurt am Main (1990)": a listed partner's own year in brackets, or between commas after it,
            // dates that pair and no other ("a sister city in Kawasaki, Japan, a relationship dating back to 1988, and ...").
            var ownYears = new int?[pairs.Count];
            if (pairs.Count > 1)
                for (int p = 0; p < pairs.Count; p++)
                    ownYears[p] = OwnYearOf(s, mentions, pairs[p].Item1) ?? OwnYearOf(s, mentions, pairs[p].Item2);
            // "with Yulin in 2014, Gimcheon in 2016 and Guangxi in 2019": once items carry their years, so does the last.
            if (Array.Exists(ownYears, y => y is not null))
                for (int p = 0; p < pairs.Count; p++)
                    ownYears[p] ??= OwnYearOf(s, mentions, pairs[p].Item1, lastItem: true) ?? OwnYearOf(s, mentions, pairs[p].Item2, lastItem: true);
            for (int p = 0; p < pairs.Count; p++)
            {
                var (a, b) = pairs[p];
                var stated = pairs.Count == 1 ? said
                    : ownYears[p] is int own ? said.WithSince(own)
                    : OutsideTheYearsClause(s, mentions, a, b, said) || (said.Since is int year && Array.IndexOf(ownYears, year) >= 0) ? said.WithoutSince() : said;
                Record(a, b, s, ClauseStartOf(p) is int clause ? ClauseStatement(s, stated, clause, ownYear: ownYears[p] is not null) : stated);
            }
            if (pairs.Count == 1) onlyPair[s.Index] = pairs[0];
        }
        MainPair = ComputeMainPair();
        if (MainPair is { } articlePair)
            foreach (var (s, partner) in _headed)
            {
                // A sentence naming a third place is another matter.
                if (HomeOf(articlePair, partner) is not { } town || !OnlyNamed(Parties(s), partner, town)) continue;
                Record(town, partner, s, StatementOf(s));
            }
        if (MainPair is { } home)
            foreach (var (s, places) in _ownerlessLists)
            {
                // The side of the article's pair whose country none of the listed places is in.
                bool firstAbroad = !places.Exists(p => p.Country == home.Item1.Country), secondAbroad = !places.Exists(p => p.Country == home.Item2.Country);
                if (firstAbroad == secondAbroad) continue;
                RecordListed(firstAbroad ? home.Item1 : home.Item2, s, places);
            }
        if (MainPair is { } articleMain)
            foreach (var s in anaphoric)
            {
                var main = onlyPair.TryGetValue(s.Index - 1, out var previous) && AnaphorFits(s, previous) ? previous : articleMain;
                var single = Distinct(Parties(s));
                if (single.Count == 1 && single[0].Key != main.Item1.Key && single[0].Key != main.Item2.Key)
                {
                    // "Với tỉnh Kandal, hai bên hợp tác ...": the fronted partner and the main pair's side abroad from it.
                    if (FrontedPartner(s, Parties(s)) is { } fronted && fronted.Place.Key == single[0].Key && (main.Item1.Country == fronted.Place.Country) != (main.Item2.Country == fronted.Place.Country))
                        Record(main.Item1.Country == fronted.Place.Country ? main.Item2 : main.Item1, fronted.Place, s, StatementOf(s));
                    continue;
                }
                Record(main.Item1, main.Item2, s, StatementOf(s));
            }
        DropRegionsOfPairedPlaces();
    }

    /// <summary>
    /// "witnessed by the Deputy Premier of Sarawak" in one sentence about the Kuching–Tai'an MoU: a pair told once whose side
    /// is the region of a place paired with the same partner in several sentences is that pair, told of its region; unless
    /// the sentence writes the two side by side ("hai tỉnh Thanh Hóa và Quảng Nam").
    /// </summary>
    private void DropRegionsOfPairedPlaces()
    {
        List<string>? dropped = null;
        foreach (var id in _order)
        {
            var d = _drafts[id];
            if (d.Sentences.Count != 1 || Coordinated(d.Sentences[0], d.A, d.B)) continue;
            foreach (var e in _drafts.Values)
                if (e != d && e.Sentences.Count > 1 && (SameSideWithRegion(d.A, d.B, e) || SameSideWithRegion(d.B, d.A, e)))
                {
                    (dropped ??= new()).Add(id);
                    break;
                }
        }
        if (dropped is null) return;
        foreach (var id in dropped) { _drafts.Remove(id); _order.Remove(id); }

        // "hai tỉnh Thanh Hóa và Quảng Nam", "Bắc Ninh và tỉnh Gyeongsang Bắc": written side by side with a conjunction (and
        // unit words), the two are the pair meant.
        bool Coordinated(Sentence s, Place a, Place b)
        {
            if (!_places.TryGetValue(s, out var mentions)) return false;
            foreach (var x in mentions)
                foreach (var y in mentions)
                    if (x.Place.Key == a.Key && y.Place.Key == b.Key && (Joined(s.Tokens, x.Last, y.First) || Joined(s.Tokens, y.Last, x.First))) return true;
            return false;
        }

        static bool Joined(TokenList t, int last, int first) =>
            first >= last + 2 && first <= last + 4 && Lexicon.ListConjunctions.Contains(t[last + 1].Form) && UnitWordsOnly(t, last + 2, first);

        // Whether e pairs partner with a place whose region is region.
        static bool SameSideWithRegion(Place partner, Place region, PartnershipDraft e) =>
            (e.A.Key == partner.Key && e.B.ParentKey == region.Key) || (e.B.Key == partner.Key && e.A.ParentKey == region.Key);
    }

    /// <summary>
    /// "The Museum of the Rockies in Bozeman is a sister museum to the Mifune Dinosaur Museum in Kumamoto": every cue of the
    /// sentence twins institutions, not the places they are in.
    /// </summary>
    private static bool OnlyInstitutionsTwinned(TokenList t)
    {
        bool institutions = false;
        for (int k = 0; k < t.Count; k++)
        {
            int n = Phrases.CooperationCues.MatchAny(t, k, out var cue);
            if (n == 0) continue;
            if (cue is "sister" or "twin" && k + 1 < t.Count && Lexicon.TwinnedInstitutionNouns.Contains(t[k + 1].Form)) institutions = true;
            else return false;
            k += n - 1;
        }
        return institutions;
    }

    /// <summary>Whether the sentence has a pair anaphor naming localities ("the two cities", "hai địa phương"; not "both sides").</summary>
    private static bool AnaphorOfTwoLocalities(Sentence s)
    {
        if (!Phrases.PairAnaphors.AnyIn(s)) return false;
        var t = s.Tokens;
        for (int k = 0; k < t.Count; k++)
        {
            if (Phrases.PairAnaphors.MatchAny(t, k, out var anaphor) == 0) continue;
            foreach (var noun in Lexicon.PairAnaphorNouns.Keys) if (EndsWithWords(anaphor!, noun)) return true;
            foreach (var noun in Lexicon.LocalityPairNouns) if (EndsWithWords(anaphor!, noun)) return true;
        }
        return false;
    }

    private static bool EndsWithWords(string phrase, string words) =>
        phrase.Length > words.Length && phrase[phrase.Length - words.Length - 1] == ' ' && phrase.EndsWith(words, StringComparison.Ordinal);

    /// <summary>Whether the sentence's pair anaphor can mean <paramref name="pair"/>: "the two provinces" are no two cities.</summary>
    private static bool AnaphorFits(Sentence s, (Place, Place) pair)
    {
        var t = s.Tokens;
        for (int k = 0; k < t.Count; k++)
        {
            if (Phrases.PairAnaphors.MatchAny(t, k, out var anaphor) == 0) continue;
            foreach (var noun in Lexicon.PairAnaphorNouns)
                if (EndsWithWords(anaphor!, noun.Key))
                    return OfKind(pair.Item1, noun.Value) && OfKind(pair.Item2, noun.Value);
            return true;
        }
        return false;

        static bool OfKind(Place p, string kind) =>
            p.Kind == kind || (kind == LocalityKinds.City && p.Kind is LocalityKinds.Capital or LocalityKinds.Commune);
    }

    /// <summary>
    /// "kết quả hợp tác giữa Điện Biên với các tỉnh Bắc Lào", "cooperation results between Cambodian localities and Kien
    /// Giang": a group noun joined to one place (the subject); the group is the last list (two or more places of one other
    /// country) given before the noun, in this sentence or the three before.
    /// </summary>
    private List<(Place, Place)>? GroupPartners(Sentence s, List<PlaceMention> mentions, IReadOnlyList<Sentence> sentences)
    {
        var t = s.Tokens;
        if (mentions.Count == 0 || !Phrases.LocalityGroupNouns.AnyIn(s)) return null;
        // The subject: the place right before the group's "với/with/and" or right after its "and/và".
        int group = -1;
        Place? subject = null;
        for (int k = 0; k < t.Count && subject is null; k++)
        {
            int n = Phrases.LocalityGroupNouns.MatchAny(t, k, out _);
            if (n == 0) continue;
            int end = k + n - 1;
            group = k;
            foreach (var m in mentions)
            {
                if (m.Last < k && k - m.Last <= 3 && Lexicon.PairConnectors.Contains(t[m.Last + 1].Form)) subject = m.Place;
                if (m.First > end && m.First - end <= 3 && Lexicon.PairConnectors.Contains(t[end + 1].Form)) subject ??= m.Place;
            }
            k = end;
        }
        if (subject is null) return null;
        int at = -1;
        for (int k = 0; k < sentences.Count && at < 0; k++) if (sentences[k] == s) at = k;
        for (int back = at; back >= 0 && back >= at - 3; back--)
        {
            var listed = new List<Place>();
            var ms = Parties(sentences[back]);
            var bt = sentences[back].Tokens;
            for (int k = ms.Count - 1; k >= 0; k--)
            {
                var m = ms[k];
                if (back == at && m.First > group) continue; // the list comes before the group noun
                if (m.Place.Country == subject.Country) { if (listed.Count >= 2) break; listed.Clear(); continue; }
                if (listed.Count > 0 && (listed[0].Country != m.Place.Country || !(Coordinated(bt, m.Last + 1, ms[k + 1].First, out _)
                    || ListWithUnknownItems(bt, m.Last + 1, ms[k + 1].First)))) { if (listed.Count >= 2) break; listed.Clear(); }
                if (!listed.HasKey(m.Place.Key)) listed.Add(m.Place);
            }
                if (listed.Count < 2) continue;
            var pairs = new List<(Place, Place)>();
            foreach (var p in listed) pairs.Add((subject, p));
            return pairs;
        }
        return null;
    }

    /// <summary>
    /// "Đoàn công tác của tỉnh Savannakhet ... sang thăm, làm việc tại tỉnh Quảng Nam": two localities of different countries
    /// that meet, visit or sign as the only parties of an event cooperate, whether or not a sentence says so. Each is named in
    /// two sentences at least: a place named once in passing (a railway's name, a leader's) is no partner.
    /// </summary>
    public void AddFromEvents(IReadOnlyList<EventDraft> events)
    {
        var said = new Statement();
        // The ties the text states, each side with the other's country: "Thai Binh ... with the Cuban provinces of Artemisa and
        // Pinar del Rio" leaves the delegation's arrival in Havana no tie of its own.
        var statedWithCountry = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in _drafts.Values)
        {
            statedWithCountry.Add(d.A.Key + "|" + d.B.Country);
            statedWithCountry.Add(d.B.Key + "|" + d.A.Country);
        }
        foreach (var e in events)
        {
            // A programme item's parties are its visit's, not named in its line; so are a day's of a longer stay ("Chiều 25/11,
            // đoàn đến thăm chùa Dâu tại thị xã Thuận Thành": the guests at one more place of their hosts').
            // A fair or festival a delegation attends ("tham dự Hội chợ Du lịch quốc tế Jeju") joins no two localities.
            // Nor does the travellers' sightseeing at a place of their hosts' (OutingTriggers).
            if (e.ProgrammeItem || e.Outing || e.Kind == EventKinds.Other || e.Parties.Count != 2 || e.Parties[0].Country == e.Parties[1].Country || ADayOfAStay(e, events)) continue;
            if (SentencesNaming(e.Parties[0]) < 2 || SentencesNaming(e.Parties[1]) < 2) continue;
            if (statedWithCountry.Contains(e.Parties[0].Key + "|" + e.Parties[1].Country) || statedWithCountry.Contains(e.Parties[1].Key + "|" + e.Parties[0].Country)) continue;
            // A relation a sentence states keeps that sentence as its evidence.
            if (_drafts.ContainsKey(new PartnershipDraft(e.Parties[0], e.Parties[1]).Id)) continue;
            foreach (var s in e.Sentences) Record(e.Parties[0], e.Parties[1], s, said);
        }
    }

    /// <summary>A one-day visit within the days of a longer visit of the article.</summary>
    private static bool ADayOfAStay(EventDraft day, IReadOnlyList<EventDraft> events)
    {
        if (day.Kind != EventKinds.Visit || day.End is not null) return false;
        foreach (var stay in events)
            if (stay.Kind == EventKinds.Visit && stay.End is { } end && stay.Start <= day.Start && day.Start <= end) return true;
        return false;
    }

    /// <summary>
    /// A relation the article signs, with no other start, begins the year of that signing: the dated signing event whose
    /// parties are the pair, or that a sentence of the relation reports.
    /// </summary>
    public void DateSignedRelations(IEnumerable<EventDraft> events)
    {
        foreach (var id in _order)
        {
            var d = _drafts[id];
            // "signed the renewed sister city agreement": the relation is older than this signing.
            if (!d.Signed || d.Since is not null || d.Sentences.Exists(Renews)) continue;
            foreach (var e in events)
            {
                if (e.Kind != EventKinds.Signing || e.Start.Year is not int year) continue;
                bool pair = e.Parties.HasKey(d.A.Key) && e.Parties.HasKey(d.B.Key);
                bool reported = false;
                foreach (var s in e.Sentences) reported |= d.Sentences.Contains(s);
                if (pair || reported) { d.WeakSince = year; break; }
            }
        }
    }

    private int SentencesNaming(Place place)
    {
        int n = 0;
        Sentence? last = null;
        foreach (var m in _allPlaces)
            if (m.Place.Key == place.Key && m.Sentence != last) { n++; last = m.Sentence; }
        return n;
    }

    private void Record(Place a, Place b, Sentence s, Statement said)
    {
        if (a.Key == b.Key || a.ParentKey == b.Key || b.ParentKey == a.Key) return;
        // The draft's id (keys in ordinal order), without making a draft that already exists.
        string id = string.CompareOrdinal(a.Key, b.Key) <= 0 ? a.Key + "|" + b.Key : b.Key + "|" + a.Key;
        if (!_drafts.TryGetValue(id, out var d)) { _drafts[id] = d = new PartnershipDraft(a, b); _order.Add(id); }
        if (!d.Sentences.Contains(s)) d.Sentences.Add(s);
        if (said.Negotiating) d.Negotiating = true;
        else if (said.Proposed) d.Proposed = true;
        else if (said.SignedNow && SignedByThePair(s, a, b)) d.Signed = true;
        d.AnniversarySince = Earliest(d.AnniversarySince, said.AnniversarySince);
        d.StrongSince = Earliest(d.StrongSince, said.StrongSince);
        d.WeakSince = Earliest(d.WeakSince, said.WeakSince);
        if (said.StartedOn is { } day && (d.StartedOn is null || day < d.StartedOn.Value.Day)) d.StartedOn = (day, s);
        if (said.Fields is not null)
            foreach (var field in said.Fields) if (!d.Fields.Contains(field)) d.Fields.Add(field);
    }

    /// <summary>
    /// A paragraph opening with a partner alone, its region or country bracketed or after a comma: "Iksan (North Jeolla
    /// province, South Korea).", "Cairns, Australia:". The sentences after it in its paragraph tell that partner's tie.
    /// </summary>
    private Place? PartnerHeading(Sentence s)
    {
        var t = s.Tokens;
        if (s.IsTitle || s.Column != 1 || t.Count < 2 || t.Count > 16 || !_places.TryGetValue(s, out var mentions)) return null;
        if (PlaceMention.StartingAt(mentions, 0) is not { Locator: false } item) return null;
        int k = item.Last + 1;
        if (k < t.Count && t[k].IsPunct('('))
        {
            while (k < t.Count && !t[k].IsPunct(')')) k++;
            k++;
        }
        else if (k < t.Count && t[k].IsPunct(','))
            // "Cairns, Australia": a country or region only, to the end.
            for (k++; k < t.Count && ((t[k].IsWord && t[k].Cap) || t[k].IsPunct(',')); k++) { }
        if (k == t.Count - 1 && (t[k].IsPunct('.') || t[k].IsPunct(':'))) k++;
        return k == t.Count ? item.Place : null;
    }

    /// <summary>Whether no place but <paramref name="partner"/> and one other is named: <paramref name="other"/>, or any one when null.</summary>
    private static bool OnlyNamed(List<PlaceMention> mentions, Place partner, Place? other = null)
    {
        string? otherKey = other?.Key;
        foreach (var m in mentions)
        {
            if (m.Place.Key == partner.Key || m.Place.Key == otherKey) continue;
            if (otherKey is not null) return false;
            otherKey = m.Place.Key;
        }
        return true;
    }

    /// <summary>The article's own town for a partner under a heading: the side of the article's pair that is not the partner,
    /// else the side named more often in the article; null when neither is more named.</summary>
    private Place? HomeOf((Place, Place) pair, Place partner)
    {
        if (pair.Item1.Key == partner.Key) return pair.Item2;
        if (pair.Item2.Key == partner.Key) return pair.Item1;
        int first = TimesNamed(pair.Item1), second = TimesNamed(pair.Item2);
        return first > second ? pair.Item1 : second > first ? pair.Item2 : null;
    }

    /// <summary>
    /// "BURY'S TWIN TOWNS", "Lüneburg's partner cities", "Thành phố kết nghĩa": a line of its own, short and unpunctuated,
    /// naming partners, that heads a fact box; the town it names, else the article's most named one.
    /// </summary>
    private Place? FactBoxHeadingOwner(Sentence s)
    {
        var t = s.Tokens;
        if (s.IsTitle || s.Column != 1 || t.Count > 8 || t.Count == 0 || t[t.Count - 1].IsPunct('.') || !Phrases.PartnerListNouns.AnyIn(t)) return null;
        var named = Distinct(Parties(s));
        return named.Count switch { 0 => PlaceMention.MostNamed(_allPlaces), 1 => named[0], _ => null };
    }

    /// <summary>
    /// A fact box's line: a place opening it, its country and founding year after it ("Angoulême, France (1959)", "Clamart
    /// (France) – since 1969", "- Ravenna, Italia: 2003").
    /// </summary>
    private (Place Place, int? Year)? FactBoxItem(Sentence s)
    {
        var t = s.Tokens;
        if (s.Column != 1 || t.Count > 16) return null;
        var mentions = Parties(s);
        int first = t.AfterBullets();
        if (PlaceMention.StartingAt(mentions, first) is not { } item) return null;
        // The line is the item's own: its first year, bracketed or not, is the tie's.
        int? year = null;
        for (int k = item.Last + 1; year is null && k < t.Count; k++) year = FoundingYear(t[k]);
        return (item.Place, year);
    }

    /// <summary>
    /// "1. Tỉnh Xê Kông (Lào): ký thỏa thuận hợp tác toàn diện năm 1999, ...", "- The city of Kampong Cham (Cambodia), since
    /// 2010": a list's item, a place opening its paragraph after the item's number or bullet and unit words; that place and
    /// the first year after it.
    /// </summary>
    private (Place Place, int? Year)? ListItemPartner(Sentence s)
    {
        var t = s.Tokens;
        if (s.Column != 1 || s.Index == 0 || _sentences[s.Index - 1].Paragraph == s.Paragraph) return null;
        int k = t.Count > 1 && t[0].IsNumber && (t[1].IsPunct('.') || t[1].IsPunct(')')) ? 2 : t.AfterBullets();
        for (int unitWords = 0; unitWords < 3 && k < t.Count && t[k].IsWord && Lexicon.UnitWordsBeforeName.Contains(t[k].Form); unitWords++) k++;
        if (PlaceMention.StartingAt(Parties(s), k) is not { } item) return null;
        int? year = null;
        for (int y = item.Last + 1; year is null && y < t.Count; y++) year = FoundingYear(t[y]);
        return (item.Place, year);
    }

    /// <summary>Records <paramref name="owner"/>'s partners listed in <paramref name="s"/>, each dated by its own bracketed year ("Lyon (1981)") if any.</summary>
    private void RecordListed(Place owner, Sentence s, List<Place> listed)
    {
        var said = StatementOf(s);
        var mentions = Parties(s);
        var own = listed.ConvertAll(p => OwnYearOf(s, mentions, p));
        // "Lyon (1981), Frankfurt am Main": the year in an item's brackets is that item's alone.
        var undated = said.Since is int year && own.Contains(year) ? said.WithoutSince() : said;
        for (int i = 0; i < listed.Count; i++)
            if (listed[i].Key != owner.Key)
                Record(owner, listed[i], s, own[i] is int itsYear ? said.WithSince(itsYear) : undated);
    }

    /// <summary>
    /// The last place of a sentence that counts its partners after it ("Leipzig maintains partnerships with 14 cities",
    /// "Graz has eight sister cities", "Đà Nẵng có quan hệ hợp tác với 45 địa phương"), naming none of them; else null.
    /// </summary>
    private static Place? OwnerOfCountedPartners(Sentence s, List<PlaceMention> mentions)
    {
        if (mentions.Count == 0) return null;
        var t = s.Tokens;
        var last = mentions[mentions.Count - 1];
        for (int k = last.Last + 1; k < t.Count && k <= last.Last + 16; k++)
            if ((t[k].IsNumber || Lexicon.NumberWords.ContainsKey(t[k].Fold) || Lexicon.VagueCounts.Contains(t[k].Form)) && Phrases.PartnerCountNouns.StartsWithin(t, k + 1, k + 3)) return last.Place;
        return null;
    }

    private static int? Earliest(int? a, int? b) => a is null || b < a ? b : a;

    /// <summary>
    /// "Hoi An and Kanazawa have been friendship cities since 2018, while Quang Nam is also twinned with Fukuoka": the year
    /// a contrasting clause gives dates the pairs named in it, not a pair neither of whose places that clause names.
    /// </summary>
    private bool OutsideTheYearsClause(Sentence s, List<PlaceMention> mentions, Place a, Place b, Statement said)
    {
        if ((said.StrongSince ?? said.WeakSince) is not int since || !_dates.TryGetValue(s, out var ds)) return false;
        var t = s.Tokens;
        int yearAt = -1;
        foreach (var d in ds) if (d.ExplicitYear && d.Start.Year == since) { yearAt = d.First; break; }
        if (yearAt < 0) return false;
        int clauseStart = 0, clauseEnd = t.Count;
        for (int k = 1; k < t.Count; k++)
        {
            if (!ContrastingClauseAt(t, k)) continue;
            if (k <= yearAt) clauseStart = k;
            else { clauseEnd = k; break; }
        }
        if (clauseStart == 0 && clauseEnd == t.Count) return false;
        foreach (var m in mentions)
            if ((m.Place.Key == a.Key || m.Place.Key == b.Key) && m.First >= clauseStart && m.Last < clauseEnd) return false;
        return true;
    }

    /// <summary>
    /// The year a list item gives its own pair: in brackets right after a mention of <paramref name="place"/> ("Lyon (1981)",
    /// "Brno (since 1973)", "Manila (Philippines, năm 1961)"; the bracket's other tokens are words or commas, so that
    /// "(2023-2025)" is no founding year), between commas, or "in" a year after it and its address before the next item
    /// ("Haizhou District of Lianyungang, China in 2011,"); after the last item only when <paramref name="lastItem"/> says
    /// the other items carry theirs ("Yulin and Gimcheon in 2014" dates both). Else null.
    /// </summary>
    private int? OwnYearOf(Sentence s, List<PlaceMention> mentions, Place place, bool lastItem = false)
    {
        var t = s.Tokens;
        foreach (var m in mentions)
        {
            if (m.Place.Key != place.Key || m.Last + 2 >= t.Count) continue;
            int after = PastLocators(t, mentions, m);
            // "Gent in Belgium in 1971, Nancy in France in 1973": the year right after an item's locators is that item's.
            if (after + 1 < t.Count && after > m.Last + 1 && t[after].Is("in") && FoundingYear(t[after + 1]) is int inYear) return inYear;
            int past = PastAddress(s, m.Last + 1);
            if (past + 1 < t.Count && (t[past].Is("in") || t[past].Is("nam")) && FoundingYear(t[past + 1]) is int itemYear
                && (lastItem || ListGoesOnAt(t, past + 2)))
                return itemYear;
            // "Gumi city, North Gyeongsang province, the Republic of Korea (2009)": its asides and brackets come after the address.
            after = Math.Max(after, past);
            if (YearOfAsides(t, ref after) is int year) return year;
            // "Pittsburgh in the United States and Duisburg in Germany, both since 1982": the next item's "both" aside.
            if (after + 1 < t.Count && t[after].IsPunct(',') && Lexicon.ListConjunctions.Contains(t[after + 1].Form)) after++;
            if (after + 1 < t.Count && Lexicon.ListConjunctions.Contains(t[after].Form) && PlaceMention.StartingAt(mentions, after + 1) is { } next)
            {
                int nextAfter = PastLocators(t, mentions, next);
                if (nextAfter + 1 < t.Count && t[nextAfter].IsPunct(',') && t[nextAfter + 1].Is("both") && YearOfAsides(t, ref nextAfter) is int both) return both;
            }
            if (after + 1 >= t.Count || !t[after].IsPunct('(')) continue;
            int? bracketed = null;
            for (int k = after + 1; k < t.Count && k <= after + 8; k++)
            {
                if (t[k].IsPunct(')')) return bracketed;
                if (bracketed is null && FoundingYear(t[k]) is int y) bracketed = y;
                else if (!(t[k].IsWord || t[k].IsPunct(','))) break;
            }
        }
        return null;
    }

    /// <summary>The token after the address parts (places and countries) from <paramref name="from"/>: "of Lianyungang, Jiangsu Province, China".</summary>
    private int PastAddress(Sentence s, int from)
    {
        var t = s.Tokens;
        int k = from;
        // "Yunnan province in 2014", "Haizhou District of ...", "North Gyeongsang province, ...": unit words after names.
        static int PastUnitWord(TokenList t, int k) =>
            k < t.Count && (Lexicon.UnitWordsBeforeOf.Contains(t[k].Form) || Lexicon.RegionWordsAfterName.Contains(t[k].Form)) ? k + 1 : k;
        k = PastUnitWord(t, k);
        while (k < t.Count)
        {
            int next = t[k].IsPunct(',') || t[k].IsPunct('(') || t[k].Is("of") || t[k].Is("in") ? k + 1 : k;
            if (next < t.Count && t[next].Is("the")) next++;
            if (AddressPartEnd(s, next) is not int end) break;
            k = PastUnitWord(t, end + 1);
            // "quận Jongno (Seoul, Hàn Quốc) năm 2015"
            if (k < t.Count && t[k].IsPunct(')')) k++;
        }
        return k;
    }

    /// <summary>Whether a list of places goes on at <paramref name="k"/>: a comma, a semicolon, a conjunction or "followed by".</summary>
    private static bool ListGoesOnAt(TokenList t, int k) =>
        k < t.Count && (t[k].IsPunct(',') || t[k].IsPunct(';') || Lexicon.ListConjunctions.Contains(t[k].Form) || Lexicon.MatchAny(t, k, Lexicon.ListContinuations, out _) > 0);

    /// <summary>The last token of a locator place or a country starting at <paramref name="at"/>, else null.</summary>
    private int? AddressPartEnd(Sentence s, int at)
    {
        if (_places.TryGetValue(s, out var all))
            foreach (var m in all) if (m.Locator && m.First == at) return m.Last;
        if (_countries.TryGetValue(s, out var countries))
            foreach (var c in countries) if (c.First == at) return c.Last;
        return null;
    }

    /// <summary>The token after a place's locators: "Volgograd in Russia", "Punta Arenas, Chile" (then a comma or a bracket).</summary>
    private static int PastLocators(TokenList t, List<PlaceMention> mentions, PlaceMention m)
    {
        int after = m.Last + 1;
        // "Volgograd in Russia, dating back to 1966,", "Kawasaki, Japan, a relationship dating back to 1988,": past the
        // place's locators, its year between commas.
        if (after < t.Count && t[after].Is("in"))
            for (after++; after < t.Count && (t[after].Is("the") || (t[after].IsWord && t[after].Cap)); after++) { }
        // "Punta Arenas, Chile (since 1997)": or past its country, its year in brackets.
        else if (after + 2 < t.Count && t[after].IsPunct(',') && t[after + 1].IsWord && t[after + 1].Cap && (t[after + 2].IsPunct(',') || t[after + 2].IsPunct('('))
            && PlaceMention.StartingAt(mentions, after + 1) is null)
            after += 2;
        return after;
    }

    /// <summary>The year in the asides between commas from <paramref name="after"/> ("Takayama, its oldest, paired in 1960;"), moving past them.</summary>
    private static int? YearOfAsides(TokenList t, ref int after)
    {
        while (after < t.Count && t[after].IsPunct(',') && CommaAsideEnd(t, after, t.Count, lastOfItem: true) is int closing)
        {
            for (int k = after + 1; k < closing; k++)
                if (FoundingYear(t[k]) is int y) return y;
            after = closing;
        }
        return null;
    }

    /// <summary>A semicolon, or a word opening a contrasting clause ("while", "whereas", ", but", ", còn").</summary>
    private static bool ContrastingClauseAt(TokenList t, int k) =>
        t[k].IsPunct(';') || t[k].Is("while") || t[k].Is("whereas") || (t[k - 1].IsPunct(',') && (t[k].Is("but") || t[k].Is("con") || (t[k].Is("trong") && k + 1 < t.Count && t[k + 1].Is("khi"))));

    /// <summary>What a sentence states of any pair it relates: read once however many pairs it names.</summary>
    private sealed class Statement
    {
        public bool Negotiating, Proposed, SignedNow;
        public int? AnniversarySince, StrongSince, WeakSince;
        public PartialDate? StartedOn;
        public int? Since => StrongSince ?? AnniversarySince ?? WeakSince;
        /// <summary>The fields its cues name, in <see cref="Lexicon.Fields"/>' order; null when none.</summary>
        public List<string>? Fields;

        public Statement Copy() => (Statement)MemberwiseClone();

        public Statement WithoutSince()
        {
            var copy = Copy();
            copy.AnniversarySince = copy.StrongSince = copy.WeakSince = null;
            copy.StartedOn = null;
            return copy;
        }

        public Statement WithSince(int year)
        {
            var copy = WithoutSince();
            copy.StrongSince = year;
            return copy;
        }
    }

    /// <summary>Where the later clause of the sentence's pair <paramref name="pair"/> starts; null for a pair of its first clause.</summary>
    private int? ClauseStartOf(int pair)
    {
        int? start = null;
        foreach (var (first, clause) in _laterClauses) if (pair >= first) start = clause;
        return start;
    }

    /// <summary>
    /// "signing a memorandum with Debrecen and opening talks on a friendship relationship with Łódź": what the clause from
    /// <paramref name="clause"/> tells of its pair. The sentence's year dates the signing of an earlier clause, not this pair,
    /// unless it is the pair's <paramref name="ownYear"/>.
    /// </summary>
    private Statement ClauseStatement(Sentence s, Statement said, int clause, bool ownYear)
    {
        var t = s.Tokens;
        bool signedInClause = false;
        for (int k = clause; k < t.Count && !signedInClause; k++) signedInClause = SigningVerbAt(t, k);
        var own = said.SignedNow && !signedInClause && !ownYear ? said.WithoutSince() : said.Copy();
        own.Negotiating = said.Negotiating && Phrases.NegotiatingCues.StartsWithin(t, clause, t.Count);
        own.Proposed = said.Proposed && Phrases.ProposedCues.StartsWithin(t, clause, t.Count);
        own.SignedNow = said.SignedNow && signedInClause;
        return own;
    }

    private Statement StatementOf(Sentence s)
    {
        var t = s.Tokens;
        var said = new Statement
        {
            Negotiating = Phrases.NegotiatingCues.AnyIn(s),
            Proposed = Phrases.ProposedCues.AnyIn(s) && !Phrases.ContinuationCues.AnyIn(s),
            SignedNow = SignedNow(s),
        };
        ReadSince(s, said);
        // Each field cue of Lexicon.Fields written anywhere in the sentence, then the fields in the lexicon's order.
        HashSet<string>? cues = null; // made for the few sentences that have a cue
        for (int i = 0; i < t.Count && Phrases.FieldCues.MayStartIn(s); i++)
        {
            if (!t[i].IsWord || Phrases.FieldCues.StartingWith(t[i].Form) is not { } starting) continue;
            foreach (var e in starting)
            {
                int n = PhraseIndex.MatchAt(t, i, e.Segments);
                // "Nguyen Van Hoa": capitalised syllables after a capitalised word are a name's, not the field "văn hóa".
                if (n > 1 && t[i].Cap && i > 0 && t[i - 1].IsWord && t[i - 1].Cap && t[i + n - 1].Cap) continue;
                if (n > 0) (cues ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Phrase);
            }
        }
        if (cues is not null)
            foreach (var kv in Lexicon.Fields)
                if (cues.Contains(kv.Key)) (said.Fields ??= new List<string>()).Add(kv.Value);
        return said;
    }

    /// <summary>
    /// A signing verb at <paramref name="k"/>: not "ký" of "kỷ niệm" (anniversary), nor a capitalised "Kỳ" inside a sentence,
    /// a name's syllable ("Hoa Kỳ", the United States; "Kỳ Anh").
    /// </summary>
    private static bool SigningVerbAt(TokenList t, int k) =>
        Phrases.SigningVerbs.MatchAny(t, k, out _) > 0
        && !(t[k].Is("ky") && ((k + 1 < t.Count && t[k + 1].Is("niem")) || (t[k].Cap && k > 0)));

    /// <summary>Where the sentence's first signing verb starts, or -1.</summary>
    private static int FirstSigningVerb(Sentence s)
    {
        if (!Phrases.SigningVerbs.MayStartIn(s)) return -1;
        var t = s.Tokens;
        for (int i = 0; i < t.Count; i++)
            // "kỷ niệm" (anniversary) folds to "ky niem": not "ký" (to sign).
            if (SigningVerbAt(t, i)) return i;
        return -1;
    }

    /// <summary>A signing verb, not future or re-signing, and no earlier year given for it.</summary>
    private bool SignedNow(Sentence s)
    {
        var t = s.Tokens;
        int at = FirstSigningVerb(s);
        if (at < 0) return false;
        if (at > 0 && Lexicon.FutureOrInfinitiveMarkers.Contains(t[at - 1].Form)) return false;
        // "sẽ có nhiều biên bản ghi nhớ được ký kết": a signing still to come, its future marker a few words before.
        for (int k = Math.Max(0, at - 8); k < at; k++) if (Lexicon.IsVietnameseWill(t[k])) return false;
        if (at + 1 < t.Count && t[at + 1].Is("lai")) return false;
        // "kỷ niệm 10 năm ký kết", "the 20th anniversary of the signing": an old signing remembered.
        if (Anniversary(t) > 0) return false;
        if (_dates.TryGetValue(s, out var ds))
            foreach (var d in ds)
                // "signed ... in 2004" with no dateline to compare: a year alone dates a past signing, not the article's own.
                if (d.ExplicitYear && d.Start.Year is int y && (_published?.Year is int py ? y < py : d.YearOnly)) return false;
        return true;
    }

    /// <summary>
    /// "witnessed the signing of an agreement between the Hanoi Party Committee and the South China University of
    /// Technology": a signing "between" two sides is the pair's own only when both sides are the pair's localities
    /// (their bodies: "the People's Committees of Hanoi and Vientiane"), not an institution.
    /// </summary>
    private bool SignedByThePair(Sentence s, Place a, Place b)
    {
        var t = s.Tokens;
        int at = FirstSigningVerb(s);
        if (at < 0) return true;
        int between = -1;
        for (int k = at + 1; k < t.Count && k <= at + 14 && between < 0; k++)
            if (t[k].Is("between") || t[k].Is("giua")) between = k;
        if (between < 0) return true;
        int end = t.Count;
        for (int k = between + 1; k < t.Count; k++)
            if (t[k].IsPunct(';') || t[k].IsPunct('.') || (t[k].IsPunct(',') && k + 1 < t.Count && (t[k + 1].Is("which") || t[k + 1].Is("who")))) { end = k; break; }
        for (int k = between + 1; k < end; k++)
            if (t[k].IsWord && t[k].Cap && (Lexicon.InstitutionHeads.Contains(t[k].Form) || t[k].Fold is "dai" && k + 1 < end && t[k + 1].Is("hoc"))) return false;
        bool hasA = false, hasB = false;
        if (_places.TryGetValue(s, out var ms))
            foreach (var m in ms)
            {
                if (m.First <= between || m.First >= end) continue;
                if (m.Place.Key == a.Key) hasA = true;
                if (m.Place.Key == b.Key) hasB = true;
            }
        return hasA && hasB;
    }

    /// <summary>The years the sentence gives for the relation's start, the earliest of each kind into <paramref name="d"/>.</summary>
    private void ReadSince(Sentence s, Statement d)
    {
        var t = s.Tokens;
        // "to celebrate the 35th anniversary of the sister-city relationship": the publication year less that many years.
        _dates.TryGetValue(s, out var ds);
        // "celebrated the 10th anniversary ... on March 26, 2021" with no dateline: the latest year the sentence gives is the
        // anniversary's (not when the states' relations are what is celebrated).
        // "nhân dịp kỷ niệm 30 năm quan hệ hợp tác vào năm 2027": an anniversary to come counts from its own year.
        int? reference = _published?.Year;
        if (ds is not null && !Phrases.StateRelationCues.AnyIn(s))
            foreach (var date in ds) if (date.ExplicitYear && date.Start.Year is int y && (reference is null || y > reference)) reference = y;
        if (Anniversary(t) is int years && years > 0 && reference is int py && (d.AnniversarySince is null || py - years < d.AnniversarySince))
            d.AnniversarySince = py - years;
        if (ds is null)
        {
            // "ký biên bản ghi nhớ chính thức thiết lập quan hệ kết nghĩa", "signed a sister city agreement": a relation the
            // signing reported now establishes starts in the publication year.
            if (_published?.Year is int now && (EstablishedBySigning(t) || FoundedBySigning(s)) && SignedNow(s) && (d.WeakSince is null || now < d.WeakSince))
                d.WeakSince = now;
            return;
        }
        int anniversary = Anniversary(t);
        foreach (var date in ds)
        {
            if (date.Start.Year is not int year) continue;
            // "since the 1990s": a decade is no year the relation began.
            if (date.Last + 1 < t.Count && t[date.Last + 1].Is("s") && !t[date.Last + 1].SpaceBefore) continue;
            bool strong = false, weak = false;
            int from = WindowStart(t, date.First, 8);
            // "(2014 - 2024)": the second year of a range is never a start; the first is, for an anniversary of that many years.
            if (date.First >= 2 && (t[date.First - 1].IsPunct('-') || t[date.First - 1].IsPunct('–')) && t[date.First - 2].IsNumber) continue;
            if (date.Last + 2 < t.Count && (t[date.Last + 1].IsPunct('-') || t[date.Last + 1].IsPunct('–'))
                && Reading.DatelineParser.Year(t[date.Last + 2]) is int y2 && y2 - year == anniversary && date.ExplicitYear)
                strong = true;
            for (int k = from; k < date.First; k++)
            {
                int n = Phrases.SinceCues.MatchAny(t, k, out var cue);
                // "since local government reorganisation in 2009": the year dates another noun, not the relation.
                if (n > 0 && !(cue == "since" && !OnlyRelationWords(t, k + n, date.First))) strong = true;
                if (SigningVerbAt(t, k) && !(k + 1 < t.Count && t[k + 1].Is("lai"))) weak = true;
            }
            // "in 2014, Binh Duong province and Yamaguchi prefecture officially signed ...": a fronted year dates the signing after it;
            // "năm 2022, UBND thành phố Tam Kỳ, tỉnh Quảng Nam (cũ) và chính quyền thành phố Pyeongtaek thiết lập quan hệ": and
            // the establishing after parties written out at length.
            if (date.Last + 1 < t.Count && t[date.Last + 1].IsPunct(','))
                for (int k = date.Last + 2; k < t.Count && k <= date.Last + 24 && !t[k].IsPunct(';'); k++)
                {
                    bool signedThen = k <= date.Last + 16 && ((SigningVerbAt(t, k) && !(k + 1 < t.Count && t[k + 1].Is("lai"))
                        && !Lexicon.FutureOrInfinitiveMarkers.Contains(t[k - 1].Form)) || TwinnedThen(t, k));
                    if (signedThen || (Phrases.SinceCues.MatchAny(t, k, out var established) > 0 && Lexicon.EstablishingSinceCues.Contains(established!))) { weak = true; break; }
                }
            // "adopted a resolution on January 3, 2012 establishing a sister city relationship": the cue right after the date.
            for (int k = date.Last + 1; k < t.Count && k <= date.Last + 2; k++)
                if (Phrases.SinceCues.MatchAny(t, k, out var after) > 0 && Lexicon.EstablishingSinceCues.Contains(after!)) strong = true;
            // "trong giai đoạn từ năm 2024 - 2029", "for the period 2024-2029": a programme's term, not the relation's start;
            // "thiết lập quan hệ ngoại giao (24/6/1967)": the states' relation.
            for (int k = from; k < date.First; k++)
                if (Lexicon.MatchAt(t, k, "giai doan") > 0 || Lexicon.TermNouns.Contains(t[k].Form)
                    || Phrases.StateRelationCues.MatchAny(t, k, out _) > 0) strong = weak = false;
            // "re-signed in 2014" is not a start; "since 1996", "từ năm 1973", "established ties in 1996" are.
            if (strong && date.ExplicitYear)
            {
                if (d.StrongSince is null || year < d.StrongSince) d.StrongSince = year;
                if (date.Start.Precision == DatePrecision.Day && (d.StartedOn is null || date.Start < d.StartedOn.Value)) d.StartedOn = date.Start;
            }
            else if (date.Commemorated) continue;
            // "became sister cities on September 21": a day the article's date gives the year of.
            else if (weak || (date.Start.Precision == DatePrecision.Day && (strong || SignedNow(s))))
            {
                if (d.WeakSince is null || year < d.WeakSince) d.WeakSince = year;
            }
        }
    }

    /// <summary>
    /// "Ngày 24/10, bản X đã chính thức kết nghĩa với ...", "Ngày 5/10/2019, làng A và làng B chính thức kết nghĩa": "kết nghĩa"
    /// (to twin) in the past ("đã" just before) or done officially ("chính thức" right before), after a fronted date.
    /// </summary>
    private static bool TwinnedThen(TokenList t, int k)
    {
        if (Lexicon.MatchAt(t, k, "ket nghia") == 0) return false;
        if (k >= 2 && Lexicon.MatchAt(t, k - 2, "chinh thuc") == 2) return true;
        for (int j = Math.Max(0, k - 3); j < k; j++) if (Lexicon.PastMarkersAsWritten.ContainsIgnoringCase(t[j].Text)) return true;
        return false;
    }

    /// <summary>A founding agreement ("sister city", "twinning") signed, not renewed.</summary>
    private static bool FoundedBySigning(Sentence s) => Phrases.FoundingAgreementCues.AnyIn(s) && !Renews(s);

    private static bool Renews(Sentence s)
    {
        foreach (var tok in s.Tokens) if (Lexicon.RenewalWords.Contains(tok.Form)) return true;
        return false;
    }

    /// <summary>A signing verb followed within eight words by an establishing cue ("signed an MoU establishing", "ký ... thiết lập").</summary>
    private static bool EstablishedBySigning(TokenList t)
    {
        for (int i = 0; i < t.Count; i++)
        {
            if (!SigningVerbAt(t, i)) continue;
            for (int k = i + 1; k < t.Count && k <= i + 8; k++)
                if (Phrases.SinceCues.MatchAny(t, k, out var cue) > 0 && Lexicon.EstablishingSinceCues.Contains(cue!)) return true;
        }
        return false;
    }

    private bool DatesTheRelation(Sentence s)
    {
        if (Anniversary(s.Tokens) > 0) return true;
        if (!_dates.TryGetValue(s, out var ds)) return false;
        var since = new Statement();
        ReadSince(s, since);
        return since.StrongSince is not null;
    }

    /// <summary>The token <paramref name="words"/> words before <paramref name="at"/>, not counting brackets, "năm", "vào", "in".</summary>
    private static int WindowStart(TokenList t, int at, int words)
    {
        int k = at;
        int n = 0;
        while (k > 0 && n < words)
        {
            k--;
            if (t[k].IsWord && !Lexicon.WordsNotCountedBeforeDate.Contains(t[k].Form)) n++;
        }
        return k;
    }

    /// <summary>Between "since" and its year only words about the relation itself ("since the signing in", "since their twinning in").</summary>
    private static bool OnlyRelationWords(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            var x = t[k];
            if (!x.IsWord || x.Cap) continue;
            if (Lexicon.RelationWordsBeforeYear.Contains(x.Form)) continue;
            if (Phrases.CooperationCues.MatchAny(t, k, out _) > 0 || Phrases.SinceCues.MatchAny(t, k, out _) > 0
                || Phrases.SigningVerbs.MatchAny(t, k, out _) > 0) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// "the 20th anniversary of the agreement", "the agreement's 20th anniversary", "15th year anniversary",
    /// "kỷ niệm 10 năm kết nghĩa", "10 năm thiết lập quan hệ": the number of years the relation has lasted, or -1.
    /// The anniversary must be the relation's: a relation word within a few words of it ("the 40th anniversary of X
    /// district" is not).
    /// </summary>
    internal static int Anniversary(TokenList t)
    {
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsNumber || Reading.DatelineParser.Num(t[i]) is not int n || n < 1 || n > 200) continue;
            // "Sau gần 30 năm", "hướng tới 30 năm", "nearly 30 years": a round figure, not a count of years.
            if (i > 0 && Lexicon.ApproximatingWords.Contains(t[i - 1].Form)) continue;
            int j = Reading.DatelineParser.PastOrdinalSuffix(t, i + 1);
            if (j < t.Count && t[j].IsPunct('-')) j++;
            int end;
            if (j < t.Count && t[j].Is("anniversary")) end = j;
            else if (j + 1 < t.Count && t[j].Fold is "year" or "years" && t[j + 1].Is("anniversary")) end = j + 1;
            // "Đã 61 năm trôi qua, nhưng ký ức về ngày kết nghĩa", "20 years have passed since the two towns were twinned":
            // time gone by since the relation began counts as its anniversary.
            else if (j + 2 < t.Count && t[j].Is("nam") && t[j + 1].Is("troi") && t[j + 2].Is("qua")) end = j + 2;
            else if (j + 1 < t.Count && t[j].Is("years") && t[j + 1].Is("ago")) end = j + 1;
            // "celebrated 48 years of friendship", "after 20 years of twinning": the years the relation has lasted.
            else if (j + 1 < t.Count && t[j].Is("years") && t[j + 1].Is("of") && i > 0 && Lexicon.YearsOfTieOpeners.Contains(t[i - 1].Form)) end = j + 1;
            else if (j + 2 < t.Count && t[j].Is("years") && t[j + 1].Fold is "have" or "had" && t[j + 2].Is("passed")) end = j + 2;
            else if (j < t.Count && t[j].Is("nam") && i > 0 && (t[i - 1].Is("niem") || (i > 1 && t[i - 1].Is("tron") && t[i - 2].Is("niem")) || (j + 1 < t.Count && Lexicon.MatchAny(t, j + 1, Lexicon.TieWordsAfterYears, out _) > 0))) end = j;
            else continue;
            // "the agreement's 20th anniversary", "relationship and 35th anniversary".
            for (int k = Math.Max(0, i - 3); k < i; k++)
                if (t[k].IsWord && Phrases.CooperationCues.MatchAny(t, k, out _) > 0) return n;
            // "anniversary of the sister-city relationship", "năm kết nghĩa": the relation before any name; not "50 năm thiết
            // lập quan hệ ngoại giao" (the states' diplomatic relations).
            int windowEnd = end + 1;
            while (windowEnd < t.Count && windowEnd <= end + 8 && !(t[windowEnd].IsWord && t[windowEnd].Cap)) windowEnd++;
            bool relation = false, states = false;
            for (int k = end + 1; k < windowEnd; k++)
            {
                if (!t[k].IsWord) continue;
                if (Phrases.StateRelationCues.MatchAny(t, k, out _) > 0) states = true;
                else if (Phrases.CooperationCues.MatchAny(t, k, out _) > 0 || Lexicon.MatchAny(t, k, Lexicon.EstablishingVerbs, out _) > 0) relation = true;
            }
            if (relation && !states) return n;
        }
        return -1;
    }

    private List<PlaceMention> Parties(Sentence s)
    {
        var result = new List<PlaceMention>();
        if (_places.TryGetValue(s, out var l))
            foreach (var m in l) if (!m.Locator) result.Add(m);
        if (OpensWithVenueOfOthers(s.Tokens, result)) result.RemoveAt(0);
        if (result.Count > 1) WithoutTheBesidesAside(s.Tokens, result);
        return result;
    }

    /// <summary>
    /// "ngoài quận Frunzensky, huyện Gia Lâm hiện có quan hệ hữu nghị với huyện Xaysetha", "Besides Wuxi and Sacramento, Hamilton
    /// also has ...": the places set aside by "besides", up to its comma, are no party of what the sentence tells.
    /// </summary>
    private static void WithoutTheBesidesAside(TokenList t, List<PlaceMention> mentions)
    {
        if (BesidesAside(t, mentions[0].First) is not { } aside) return;
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++) if (mentions[i].First < aside.Besides || mentions[i].Last > aside.Comma) mentions[kept++] = mentions[i];
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>A "besides" before <paramref name="firstMention"/> and the comma that ends what it sets aside.</summary>
    private static (int Besides, int Comma)? BesidesAside(TokenList t, int firstMention)
    {
        for (int k = 0; k < firstMention; k++)
        {
            if (!Lexicon.BesidesWordsAsWritten.ContainsIgnoringCase(t[k].Text)
                && !(Lexicon.BesidesWordsBeforeFrom.Contains(t[k].Form) && k + 1 < t.Count && t[k + 1].Is("from"))) continue;
            for (int comma = k + 1; comma < t.Count; comma++) if (t[comma].IsPunct(',')) return (k, comma);
            return null;
        }
        return null;
    }

    /// <summary>
    /// "Besides Wuxi and Sacramento, Hamilton also has sister city relationships with ...": the places set aside are partners
    /// of the place right after the comma, ties the sentence only recalls (its year, signing and talks are the others').
    /// </summary>
    private void RecordPartnersSetAside(Sentence s, List<PlaceMention> parties)
    {
        if (!_places.TryGetValue(s, out var all) || all.Count < 2 || BesidesAside(s.Tokens, all[0].First) is not { } aside) return;
        PlaceMention? subject = null;
        foreach (var m in parties) if (m.First == aside.Comma + 1 || (m.First > aside.Comma && m.First <= aside.Comma + 3 && UnitWordsOnly(s.Tokens, aside.Comma + 1, m.First))) { subject = m; break; }
        if (subject is null) return;
        var recalled = new Statement();
        foreach (var m in all)
            if (m.First > aside.Besides && m.Last < aside.Comma && !m.Locator && m.Place.Key != subject.Place.Key) Record(subject.Place, m.Place, s, recalled);
    }

    private static bool UnitWordsOnly(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++) if (!Lexicon.UnitWordsBeforeName.Contains(t[k].Form)) return false;
        return true;
    }

    /// <summary>
    /// "an agreement between the Ministry of External Affairs, India and the Ministry of Foreign Affairs, China in
    /// New Delhi": when "between" names the sides (not as localities), a place written after "in" is the venue.
    /// </summary>
    private static List<PlaceMention> WithoutVenues(Sentence s, List<PlaceMention> mentions)
    {
        var t = s.Tokens;
        bool between = false;
        foreach (var tok in t) if (tok.Is("between") || tok.Is("giua")) between = true;
        if (!between) return mentions;
        var kept = new List<PlaceMention>();
        foreach (var m in mentions)
            if (!(m.First > 0 && (t[m.First - 1].Is("in") || t[m.First - 1].Is("tai")))) kept.Add(m);
        return kept;
    }

    /// <summary>
    /// "Hôm qua (4/1), tại thành phố X, UBND tỉnh A và chính quyền tỉnh B tổ chức ...": the first place, set off by a comma
    /// after "in"/"tại" (and the locality words a venue may have, as events read them), where two other places act, is
    /// where they met, not a party of theirs.
    /// </summary>
    private static bool OpensWithVenueOfOthers(TokenList t, List<PlaceMention> mentions)
    {
        if (mentions.Count < 3) return false;
        var m = mentions[0];
        int k = m.First - 1;
        while (k >= 0 && Lexicon.LocalityWordsAfterVenue.Contains(t[k].Form)) k--;
        if (k < 0 || !(t[k].Is("in") || t[k].Is("tai")) || m.Last + 1 >= t.Count || !t[m.Last + 1].IsPunct(',')) return false;
        // Only a venue set off on both sides sets the scene: "Đại sứ ... đã thăm và làm việc tại vùng Karlovy Vary, trao đổi với
        // lãnh đạo các thành phố Karlovy Vary và Cheb" names whom the subject talked to, no pair.
        if (k > 0 && !t[k - 1].IsPunct(',')) return false;
        // Two other places, each counted once.
        string? other = null;
        for (int j = 1; j < mentions.Count; j++)
        {
            var key = mentions[j].Place.Key;
            if (key == m.Place.Key) continue;
            if (other is null) other = key;
            else if (key != other) return true;
        }
        return false;
    }

    /// <summary>
    /// The place whose possessive opens a partner noun before the list from <paramref name="listStart"/> to
    /// <paramref name="listEnd"/> ("Little Rock's other sister cities were"), or right after it ("..., C is Y's third sister city").
    /// </summary>
    private static Place? ListOwner(TokenList t, List<PlaceMention> mentions, int listStart, int listEnd)
    {
        Place? owner = null;
        foreach (var m in mentions)
        {
            if (m.First >= listStart && m.First <= listEnd) continue;
            // "Sacramento has seven sister cities: A, B and C", "Đà Nẵng có 5 thành phố kết nghĩa là A, B, C".
            if (m.Last < listStart && (LocalityResolver.OwnsPartners(t, m.Last, listStart) || LocalityResolver.OwnsListedPartners(t, m.Last, listStart, listEnd)
                || PartnerOfTheList(t, m.Last, listStart)))
            {
                owner = m.Place;
                continue;
            }
            if (m.Last + 1 >= t.Count || !t[m.Last + 1].Is("s") || t[m.Last + 1].SpaceBefore) continue;
            if (m.Last < listStart ? Phrases.PartnerListNouns.StartsWithin(t, m.Last + 2, listStart) : m.First - listEnd <= 3 && Phrases.PartnerListNouns.StartsWithin(t, m.Last + 2, Math.Min(t.Count, m.Last + 5)))
                owner = m.Place;
            if (m.First > listEnd) break;
        }
        return owner;
    }

    /// <summary>
    /// "Pohang, for its part, is also a sister city of Fukuyama in Japan and Yantai in China": the name ending at
    /// <paramref name="last"/> is, with a copula, a partner "of" the list opening at <paramref name="listStart"/>.
    /// </summary>
    private static bool PartnerOfTheList(TokenList t, int last, int listStart)
    {
        if (listStart < 3 || !t[listStart - 1].Is("of")) return false;
        int copula = -1;
        for (int k = last + 1; k < listStart - 1 && k <= last + 6; k++)
            if (t[k].IsWord && Lexicon.Copulas.Contains(t[k].Form)) { copula = k; break; }
        return copula >= 0 && Phrases.PartnerListNouns.EndingBefore(t, listStart - 1) is not null
            && Phrases.PartnerListNouns.StartsWithin(t, copula + 1, Math.Min(listStart - 1, copula + 5));
    }

    /// <summary>
    /// "its domestic sister cities include Cebu City and Davao City", "partners abroad include ...": a list a partner noun
    /// "includes" (right before the verb, or one word before it) holds partners of one owner, not each other's.
    /// </summary>
    private static bool IncludedPartners(TokenList t, int first)
    {
        if (first < 2 || t[first - 1].Fold is not ("include" or "includes" or "including")) return false;
        if (Phrases.PartnerListNouns.EndingBefore(t, first - 1) is not null) return true;
        return first >= 3 && !t[first - 1].Is("including") && Phrases.PartnerListNouns.EndingBefore(t, first - 2) is not null;
    }

    /// <summary>"Wollongong already has a sister city in Kawasaki": the owner of the partner "in" a place at <paramref name="first"/>.</summary>
    private static Place? OwnerOfOneIn(TokenList t, List<PlaceMention> mentions, int first)
    {
        if (first < 3 || !t[first - 1].Is("in") || Phrases.PartnerListNouns.EndingBefore(t, first - 1) is null) return null;
        foreach (var m in mentions)
            if (m.Last < first && !m.Locator && LocalityResolver.OwnsPartners(t, m.Last, first - 1)) return m.Place;
        return null;
    }

    /// <summary>"Hanam City, located to the east of the South Korean capital of Seoul, became ...": a place describing where another lies is no party.</summary>
    private static List<PlaceMention> WithoutRelativeLocations(Sentence s, List<PlaceMention> mentions)
    {
        var t = s.Tokens;
        List<PlaceMention>? kept = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            bool relative = m.First >= 2 && t[m.First - 1].Is("of") && Lexicon.RelativeLocationWords.Contains(t[m.First - 2].Form);
            if (relative && kept is null) { kept = new List<PlaceMention>(); for (int k = 0; k < i; k++) kept.Add(mentions[k]); }
            else if (!relative) kept?.Add(m);
        }
        return kept ?? mentions;
    }

    private static List<Place> Distinct(List<PlaceMention> mentions)
    {
        var result = new List<Place>();
        foreach (var m in mentions)
        {
            bool seen = false;
            foreach (var p in result) if (p.Key == m.Place.Key) seen = true;
            if (!seen) result.Add(m.Place);
        }
        return result;
    }

    /// <summary>Coordinated localities: "between X and Y", "X-Y", "X and Y", "X's ... with Y and Z", lists.</summary>
    private void PairsFromPatterns(Sentence s, List<PlaceMention> mentions, List<(Place, Place)> pairs)
    {
        if (PossessiveAnaphorOwner(s, out int listStart) is { } possessor)
        {
            foreach (var m in mentions)
                if (m.First >= listStart && !m.Locator && m.Place.Key != possessor.Key && !pairs.Contains((possessor, m.Place))) pairs.Add((possessor, m.Place));
            if (pairs.Count > 0) return;
        }
        var t = s.Tokens;
        if (mentions.Count == 0) return;
        if (Respectively(t, mentions, pairs)) return;
        // Address parts ("Tustin, California and Heyuan, Guangdong province") sit between coordinated parties.
        _locatorTokens.Clear();
        if (_places.TryGetValue(s, out var all))
            foreach (var m in all) if (m.Locator) for (int k = m.First; k <= m.Last; k++) _locatorTokens.Add(k);
        // So do countries: "Trùng Khánh (Trung Quốc) và Incheon (Hàn Quốc)".
        if (_countries.TryGetValue(s, out var countries))
            foreach (var c in countries) for (int k = c.First; k <= c.Last; k++) _locatorTokens.Add(k);
        // Group mentions into coordinated lists: only glue (commas, "and", "và", "với", "with", hyphens,
        // locality words, countries, brackets, organisation words) between neighbours.
        var groups = new List<List<PlaceMention>>();
        var current = new List<PlaceMention> { mentions[0] };
        var joinedByConnector = new List<bool>();
        bool connector = false;
        for (int k = 1; k < mentions.Count; k++)
        {
            var prev = mentions[k - 1];
            var m = mentions[k];
            if (Coordinated(t, prev.Last + 1, m.First, out bool hasConnector))
            {
                current.Add(m);
                // "Hai Duong, Vientiane mark 30-year cooperation": in a headline a comma joins partners of two countries.
                connector |= hasConnector || (s.IsTitle && m.First == prev.Last + 2 && t[prev.Last + 1].IsPunct(',') && prev.Place.Country != m.Place.Country);
            }
            else
            {
                groups.Add(current); joinedByConnector.Add(connector);
                current = new List<PlaceMention> { m };
                connector = false;
            }
        }
        groups.Add(current); joinedByConnector.Add(connector);
        for (int g = 0; g < groups.Count; g++)
        {
            var places = new List<Place>();
            foreach (var m in groups[g]) if (!places.HasKey(m.Place.Key)) places.Add(m.Place);
            // "The city later added Dalian in China and Incheon in South Korea as partners", "Perth added Kagoshima as a sister
            // city": the subject's partners.
            int lastTok = groups[g][groups[g].Count - 1].Last;
            while (lastTok + 1 < t.Count && (_locatorTokens.Contains(lastTok + 1) || t[lastTok + 1].Is("in") || t[lastTok + 1].IsPunct(','))) lastTok++;
            if (NamedAsPartners(t, lastTok) && (SubjectBefore(mentions, groups[g][0].First) ?? SentenceInitialCityAnaphor(s)) is { } subjectOfList)
            {
                foreach (var p in places) if (p.Key != subjectOfList.Key) pairs.Add((subjectOfList, p));
                continue;
            }
            // "Wollongong already has a sister city in Kawasaki, Japan, and a friendship-city agreement with Longyan": a partner
            // owned alone, whatever else the sentence pairs.
            if (places.Count == 1 && OwnerOfOneIn(t, mentions, groups[g][0].First) is { } ownerOfOne)
            {
                if (ownerOfOne.Key != places[0].Key) pairs.Add((ownerOfOne, places[0]));
                continue;
            }
            if (places.Count < 2 || !joinedByConnector[g]) continue;
            if (OnRoute(t, groups[g][0].First, groups[g][groups[g].Count - 1].Last) || JourneyEnds(t, groups[g][0].First)) continue;
            // "Huntingdon & Godmanchester Twinning Association": towns that share an association are not each other's partners.
            if (NamesAnAssociation(t, groups[g][groups[g].Count - 1].Last + 1)) continue;
            if (DashedPairs(groups[g], pairs)) continue;
            // "X's relationships with Y and Z": Y and Z are not each other's partners (handled below), wherever the list
            // after "with" goes on.
            if (ObjectsOfWith(t, mentions, groups[g][0].First)) continue;
            // "between A and B and C" / "X's relationships with Y and Z": the first is paired with each of the others.
            int firstTok = groups[g][0].First;
            // "the third relation between Gyeonggi and Vietnamese localities, after Nghệ An and Hồ Chí Minh City": earlier
            // partners of the one named after "between", not each other's.
            if (PrecededBy(t, firstTok, "after", "sau") && mentions[0].First < firstTok && FirstAfterBetween(t, mentions) is { } subject)
            {
                foreach (var p in places) if (p.Key != subject.Key) pairs.Add((subject, p));
                continue;
            }
            bool between = firstTok >= 1 && PrecededBy(t, firstTok, "between", "giua");
            if (between) { for (int k = 1; k < places.Count; k++) pairs.Add((places[0], places[k])); continue; }
            // "Little Rock's other sister cities were A in Brazil, B and C ...", "Joining A and B, C is Y's third sister
            // city": the owner's partners, not each other's.
            if (ListOwner(t, mentions, firstTok, groups[g][groups[g].Count - 1].Last) is { } owner)
            {
                foreach (var p in places) if (p.Key != owner.Key) pairs.Add((owner, p));
                continue;
            }
            if (IncludedPartners(t, firstTok)) continue;
            // "đã ký thỏa thuận hợp tác với quận Jongno (Seoul, Hàn Quốc) năm 2015 và quận Tây Thành (Bắc Kinh) năm 2019": items
            // that carry their own years are someone's partners, each in turn, not each other's.
            if (OwnYearOf(s, mentions, groups[g][0].Place) is not null) continue;
            if (places.Count == 2) { pairs.Add((places[0], places[1])); continue; }
            // "all 5 Twin Towns (Huntingdon, Szentendre, Salon-de-Provence, Gubbio and Wertheim)": a ring of twin towns with no
            // owner says not which of them are each other's partners. "The twin towns of Elzach, Gutach, Simonswald and
            // Waldkirch", all in one country, are the partners of the article's town abroad (paired once the article is read).
            if (Phrases.PartnerListNouns.StartsWithin(t, firstTok - 6, firstTok))
            {
                if (places.TrueForAll(p => p.Country == places[0].Country)) _ownerlessLists.Add((s, places));
                continue;
            }
            // "mayors from 12 cities, including A, B, C and D": members of a group the sentence counts, not each other's partners.
            if (IntroducedAsIncluded(t, firstTok)) continue;
            // "Tustin, California and Heyuan, ..., and Yorba Linda ... and Tongchuan": alternating countries pair in order.
            bool alternating = places.Count % 2 == 0;
            for (int k = 2; k < places.Count && alternating; k++) alternating = places[k].Country == places[k - 2].Country && places[k].Country != places[k - 1].Country;
            if (alternating) { for (int k = 0; k + 1 < places.Count; k += 2) pairs.Add((places[k], places[k + 1])); continue; }
            for (int a = 0; a < places.Count; a++)
                for (int b = a + 1; b < places.Count; b++)
                    if (places[a].Country != places[b].Country) pairs.Add((places[a], places[b]));
        }
        // "X's sister-city relationships with Y and Z", "Thành phố ... kết nghĩa với quận Y": X before the cue, Y after "with".
        // "Với tỉnh Takeo, An Giang hợp tác chặt chẽ ...": a partner fronted with "with" before the comma.
        if (FrontedPartner(s, mentions) is { } fronted)
            foreach (var m in mentions)
                if (m.First > fronted.Last && !m.Locator && m.Place.Country != fronted.Place.Country && CueBetween(t, m.Last + 1, t.Count))
                {
                    pairs.Add((m.Place, fronted.Place));
                    break;
                }
        var subjects = new List<Place>();
        int lastWith = -1;
        for (int i = 0; i < t.Count; i++)
        {
            if (!(t[i].Is("with") || t[i].Is("voi"))) continue;
            int before = -1;
            for (int k = 0; k < mentions.Count; k++) if (mentions[k].Last < i) before = k;
            // The clause goes on with the first "with"'s subject, the object before this one being no partner of the next:
            // "thiết lập quan hệ hợp tác với tỉnh A, ký kết Ý định thư với các tỉnh B và C" (a new cue after a comma), "twinned
            // with Shanghai since 2005 and with Rennes since 1982" ("and with"), "đàm phán ... với tỉnh A và nghiên cứu thiết lập quan hệ
            // với TP B" (a new cue after "và").
            if (lastWith >= 0 && subjects.Count > 0 && before >= 0 && mentions[before].First > lastWith
                && (((ClauseBreakBetween(t, mentions[before].Last, i) || Lexicon.ListConjunctions.AnyIn(t, mentions[before].Last + 1, i))
                    && CueBetween(t, mentions[before].Last, i)) || t[i - 1].Is("and") || t[i - 1].Is("va")))
            {
                lastWith = i;
                _laterClauses.Add((pairs.Count, mentions[before].Last + 1));
                AddObjectsOfWith(t, mentions, i, subjects[0], subjects, pairs);
                continue;
            }
            // "signed ... with Guangzhou and Chengdú; likewise, she signed ... with Xi'an": an earlier object, past a semicolon,
            // is not the next clause's subject.
            if (before >= 0 && FollowsWith(t, mentions[before].First) && t.SemicolonBetween(mentions[before].Last, i)) before = -1;
            // "Hải Phòng và thành phố Thiên Tân ký ..., và thành phố đang đàm phán ... với Antwerp": a clause opening with a
            // locality anaphor goes on with the sentence's subject, not the last object.
            if (before > 0 && AnaphorOpensClause(t, mentions[before].Last + 1, i)) before = 0;
            // "... has a sister city in Kawasaki, Japan, and a friendship-city agreement with Longyan": a second object of the
            // owner's "has", not a relation of the partner before it.
            if (before > 0 && Lexicon.ListConjunctions.AnyIn(t, mentions[before].Last + 1, i))
                for (int j = 0; j < before; j++)
                    if (!mentions[j].Locator && LocalityResolver.OwnsPartners(t, mentions[j].Last, mentions[before].First)) { before = j; break; }
            // "các huyện Mường Lát, Quan Hóa, Lang Chánh... của Thanh Hóa đã kết nghĩa với ...": the list, not its possessor.
            if (before > 0 && PossessorOf(t, mentions[before - 1], mentions[before])) before--;
            var subject = before >= 0 ? mentions[before].Place : SentenceInitialCityAnaphor(s) ?? PronounSubject(s, i) ?? OfficialSubject(s, i);
            if (subject is null || !CueBetween(t, before >= 0 ? mentions[before].Last : 0, i)) continue;
            lastWith = i;
            // "Svay Rieng, Prey Veng và Tboung Khmum ký kết hợp tác với tỉnh Tây Ninh": every item of a list before the cue.
            subjects.Clear();
            subjects.Add(subject);
            for (int q = before; q > 0 && mentions[q - 1].Place.Country == subject.Country
                && Coordinated(t, mentions[q - 1].Last + 1, mentions[q].First, out _) && ListJoined(t, mentions[q - 1].Last + 1, mentions[q].First); q--)
                subjects.Add(mentions[q - 1].Place);
            AddObjectsOfWith(t, mentions, i, subject, subjects, pairs);
        }
    }

    /// <summary>Whether <paramref name="possessor"/> follows <paramref name="owned"/> with only "của" (of) and punctuation between.</summary>
    private static bool PossessorOf(TokenList t, PlaceMention owned, PlaceMention possessor)
    {
        int of = possessor.First - 1;
        if (of <= owned.Last || !t[of].Is("cua") || t[of].Cap) return false;
        for (int k = owned.Last + 1; k < of; k++) if (t[k].Kind != TokenKind.Punct) return false;
        return true;
    }

    /// <summary>The places after "with" at <paramref name="with"/> (the first and those listed with it), each paired with every subject.</summary>
    private void AddObjectsOfWith(TokenList t, List<PlaceMention> mentions, int with, Place subject, List<Place> subjects, List<(Place, Place)> pairs)
    {
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.First <= with || UnpunctuatedBetween(t, InclusionEnd(t, with, m.First), m.First) > 8) continue;
            if (m.Place.Key == subject.Key) continue;
            // "with Shanghai and Shenyang", "with South Korea's Ulsan City, Japan's Yonaguni Town, Albuquerque ..."
            var objects = new List<Place> { m.Place };
            for (int q = k + 1; q < mentions.Count && (Coordinated(t, mentions[q - 1].Last + 1, mentions[q].First, out _)
                || ListWithUnknownItems(t, mentions[q - 1].Last + 1, mentions[q].First)); q++)
                objects.Add(mentions[q].Place);
            // "các huyện Mường Lát, Quan Hóa, Lang Chánh đã kết nghĩa với các huyện Xiềng Kho, Viêng Thoong, Sốp Bâu": a list
            // twinned with a list says not which item with which ("respectively" does, read before).
            if (subjects.Count > 1 && objects.Count > 1) break;
            foreach (var x in subjects)
                foreach (var o in objects)
                    if (o.Key != x.Key) pairs.Add((x, o));
            break;
        }
    }

    private static bool NamesAnAssociation(TokenList t, int from)
    {
        for (int k = from; k < t.Count && k <= from + 1; k++)
        {
            if (!t[k].IsWord || !t[k].Cap) return false;
            if (Lexicon.AssociationHeads.Contains(t[k].Form)) return true;
        }
        return false;
    }

    /// <summary>
    /// "với 43 địa phương của 22 quốc gia, trong đó có thành phố Daegu", "with 15 foreign localities, including X": the last
    /// word of an inclusion phrase a few words after "with" and before <paramref name="to"/>, or <paramref name="with"/>.
    /// </summary>
    private static int InclusionEnd(TokenList t, int with, int to)
    {
        int end = with;
        for (int k = with + 1; k < to && k <= with + 14; k++)
            if (t[k].IsWord && Phrases.InclusionIntroducers.MatchAny(t, k, out _) is int n && n > 0 && k + n <= to) end = k + n - 1;
        return end;
    }

    /// <summary>Tokens strictly between two, punctuation not counted ("với nhiều địa phương của Trung Quốc như: tỉnh X").</summary>
    private static int UnpunctuatedBetween(TokenList t, int from, int to)
    {
        int n = 0;
        for (int k = from + 1; k < to; k++) if (t[k].Kind != TokenKind.Punct) n++;
        return n;
    }

    private static bool ClauseBreakBetween(TokenList t, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (t[k].IsPunct(',') || t[k].IsPunct(';')) return true;
        return false;
    }

    /// <summary>
    /// "X's A, B and C have partnerships with Y's D, E and F, respectively": the lists before and after "with"
    /// pair in order (the possessor before the first list is not a party).
    /// </summary>
    private static bool Respectively(TokenList t, List<PlaceMention> mentions, List<(Place, Place)> pairs)
    {
        int cue = -1;
        for (int i = 0; i < t.Count; i++)
            if (t[i].Is("respectively") || (t[i].Is("luot") && i > 0 && t[i - 1].Is("lan")) || (t[i].Is("ung") && i > 0 && t[i - 1].Is("tuong"))) cue = i;
        if (cue < 0) return false;
        int with = -1;
        for (int i = 0; i < cue; i++)
            if (t[i].Is("with") || t[i].Is("voi")) { with = i; break; }
        if (with < 0) return false;
        var before = new List<Place>();
        var after = new List<Place>();
        foreach (var m in mentions)
        {
            if (m.First > cue) continue;
            var side = m.Last < with ? before : after;
            if (!side.HasKey(m.Place.Key)) side.Add(m.Place);
        }
        if (after.Count < 2) return false;
        // Lists of different lengths cannot be paired in order: better no pair than a wrong one.
        if (before.Count < after.Count || before.Count > after.Count + 1) return true;
        int offset = before.Count - after.Count;
        for (int k = 0; k < after.Count; k++)
            if (before[offset + k].Key != after[k].Key) pairs.Add((before[offset + k], after[k]));
        return true;
    }

    /// <summary>
    /// "Thành phố cũng đã kết nghĩa với ...", "The city ...", "Ngoài ra, tỉnh đang đàm phán ...": the subject of the last sentence
    /// naming a locality.
    /// </summary>
    private Place? SentenceInitialCityAnaphor(Sentence s)
    {
        var t = s.Tokens;
        int at = SubjectStart(t);
        int n = at + Lexicon.MatchAny(t, at, Lexicon.LocalityAnaphors, out var anaphor);
        bool province = anaphor is not null && Array.IndexOf(Lexicon.ProvinceAnaphors, anaphor) >= 0;
        if (n == at && at < t.Count && Lexicon.ProvinceAnaphorAsWritten.ContainsIgnoringCase(t[at].Text)) (n, province) = (at + 1, true);
        if (n == at || (n < t.Count && t[n].Cap && t[n].IsWord)) return null;
        return PreviousSubject(s, province);
    }

    /// <summary>The subject a sentence's locality anaphor stands for: that of the last sentence naming a locality.</summary>
    private Place? PreviousSubject(Sentence s, bool province)
    {
        // Right after a list of a town's partners, the town ("Ngoài ra, tỉnh đang đàm phán ..."), not the last partner listed.
        if (_lastListItem is { } item && item.Sentence == s.Index - 1) return item.Owner;
        // The place opening it ("Colmar was twinned with Schongau in 1963. The town has since ..."), else its last
        // ("Sau khi hiệp định Paris được ký kết, Choisy-le-Roi luôn duy trì ... Thành phố cũng đã kết nghĩa với ...").
        PlaceMention? opening = null, last = null;
        foreach (var m in _allPlaces)
        {
            if (m.Sentence.Index >= s.Index) break;
            if (m.Locator) continue;
            if (last is null || m.Sentence.Index != last.Sentence.Index) opening = m.First <= 3 ? m : null;
            last = m;
        }
        var place = (opening ?? last)?.Place;
        // "Quy Nhon ... Beside Okayama, the province has signed ...": a city's province, when the article names it.
        if (province && place is { Kind: not LocalityKinds.Province, ParentKey: { } parent })
            foreach (var m in _allPlaces) if (m.Place.Key == parent) return m.Place;
        return place;
    }

    /// <summary>
    /// "Its newest partner before Ayutthaya was Trier", "The city's sister cities include Nara and Xi'an": a possessive anaphor
    /// opening the sentence before a partner noun and a copula or "include" owns the places after the verb. Returns the owner
    /// (the last sentence's subject) and, in <paramref name="listStart"/>, where the places start; else null.
    /// </summary>
    private Place? PossessiveAnaphorOwner(Sentence s, out int listStart)
    {
        var t = s.Tokens;
        int nounEnd = -1;
        listStart = -1;
        int at = SubjectStart(t), n;
        if (at < t.Count && Lexicon.PossessiveAnaphors.Contains(t[at].Form)) n = at + 1;
        else if ((n = at + Lexicon.MatchAny(t, at, Lexicon.LocalityAnaphors, out _)) > at && n + 1 < t.Count && t[n].Is("s") && !t[n].SpaceBefore) n++;
        else return null;
        for (int k = n; k < t.Count && k <= n + 3 && nounEnd < 0; k++)
        {
            int len = Math.Max(Phrases.PartnerListNouns.MatchAny(t, k, out _), Phrases.StrongCooperationCues.MatchAny(t, k, out _));
            if (len == 0 && t[k].Is("partner")) len = 1;
            if (len > 0) nounEnd = k + len - 1;
        }
        if (nounEnd < 0) return null;
        // The verb the partners follow, before any other clause ("Its sister city Nara hosted ... in Kyoto" names no list);
        // a place before it is an aside ("before Ayutthaya").
        int verb = -1;
        for (int k = nounEnd + 1; k < t.Count && verb < 0 && !t[k].IsPunct(',') && !t[k].IsPunct('.'); k++)
            if (Lexicon.PartnerListVerbs.Contains(t[k].Form)) verb = k;
        listStart = verb + 1;
        return verb > 0 ? PreviousSubject(s, province: false) : null;
    }

    /// <summary>
    /// Where a sentence's subject starts: after a fronted adverbial and its comma ("Ngoài ra, tỉnh ...") or a "besides" aside
    /// ("Besides Tbong Khmum, the province has ..."), else 0.
    /// </summary>
    private static int SubjectStart(TokenList t)
    {
        int at = Lexicon.MatchAny(t, 0, Lexicon.SentenceAdverbials, out _);
        if (at > 0 && at < t.Count && t[at].IsPunct(',')) return at + 1;
        return BesidesAside(t, 1) is { } aside ? aside.Comma + 1 : 0;
    }

    /// <summary>Whether a clause opening with a locality anaphor (", và thành phố đang ...", "and the city is ...") starts between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool AnaphorOpensClause(TokenList t, int from, int to)
    {
        for (int k = Math.Max(from, 1); k < to; k++)
        {
            if (!(t[k - 1].IsPunct(',') || t[k - 1].Is("and") || t[k - 1].Is("va"))) continue;
            int n = Lexicon.MatchAny(t, k, Lexicon.LocalityAnaphors, out _);
            if (n > 0 && k + n < t.Count && !(t[k + n].Cap && t[k + n].IsWord)) return true;
        }
        return false;
    }

    /// <summary>Whether "as" and a partner noun follow <paramref name="last"/> ("... as partners", "as a sister city", "as its twin town").</summary>
    private static bool NamedAsPartners(TokenList t, int last) =>
        last + 2 < t.Count && t[last + 1].Is("as")
        && (Phrases.PartnerListNouns.StartsWithin(t, last + 2, last + 5) || Phrases.StrongCooperationCues.StartsWithin(t, last + 2, last + 5));

    /// <summary>The last place named before <paramref name="first"/>, else null.</summary>
    private static Place? SubjectBefore(List<PlaceMention> mentions, int first)
    {
        Place? subject = null;
        foreach (var m in mentions) if (m.Last < first) subject = m.Place;
        return subject;
    }

    /// <summary>The place of a sentence opening "With X, ..." / "Với tỉnh X, ...", else null.</summary>
    private static PlaceMention? FrontedPartner(Sentence s, List<PlaceMention> mentions)
    {
        var t = s.Tokens;
        if (t.Count == 0 || !(t[0].Is("with") || t[0].Is("voi"))) return null;
        foreach (var m in mentions)
            if (!m.Locator && m.Last + 1 < t.Count && t[m.Last + 1].IsPunct(',') && m.First <= 4) return m;
        return null;
    }

    private static bool CueBetween(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Phrases.CooperationCues.MatchAny(t, k, out _) > 0 || SigningVerbAt(t, k)) return true;
        return false;
    }

    /// <summary>The place named right after "between"/"giữa", else null.</summary>
    private static Place? FirstAfterBetween(TokenList t, List<PlaceMention> mentions)
    {
        foreach (var m in mentions) if (PrecededBy(t, m.First, "between", "giua")) return m.Place;
        return null;
    }

    /// <summary>Whether an inclusion phrase ("including", "such as", "trong đó có") introduces the list at <paramref name="first"/>.</summary>
    internal static bool IntroducedAsIncluded(TokenList t, int first)
    {
        int k = first;
        while (k > 0 && (t[k - 1].IsPunct(',') || t[k - 1].IsPunct(':') || t[k - 1].Is("the"))) k--;
        return Phrases.InclusionIntroducers.EndingBefore(t, k) is not null;
    }

    private static bool PrecededBy(TokenList t, int first, params string[] words)
    {
        for (int k = first - 1; k >= 0 && k >= first - 6; k--)
        {
            foreach (var w in words) if (t[k].Is(w)) return true;
            if (!IsGlue(t[k])) return false;
        }
        return false;
    }

    private readonly HashSet<int> _locatorTokens = new();

    /// <summary>
    /// "đường bay thẳng Đồng Hới - Chiang Mai", "chuyến bay thẳng đầu tiên Pu-san - Vân Đồn", "the Hanoi-Vientiane route": the
    /// names are a link's ends (a route word up to six lower-case words before them, or right after).
    /// </summary>
    private static bool OnRoute(TokenList t, int first, int last)
    {
        for (int k = first - 1; k >= 0 && k >= first - 6 && t[k].IsWord && (!t[k].Cap || k == 0); k--)
            if (Phrases.RouteWords.MatchAny(t, k, out _) > 0) return true;
        return last + 1 < t.Count && Phrases.RouteWords.MatchAny(t, last + 1, out _) > 0;
    }

    /// <summary>
    /// "kết nối tour du lịch từ Quảng Ngãi qua cửa khẩu Nam Giang đến Xalavan và Chămpasắc", "flights from Busan to Da Nang and
    /// Nha Trang": places after a "to" that a "from" before it opened are a journey's ends, not each other's partners.
    /// </summary>
    private static bool JourneyEnds(TokenList t, int first)
    {
        int to = first - 1;
        while (to > 0 && Lexicon.UnitWordsBeforeName.Contains(t[to].Form)) to--;
        if (to < 1 || !Lexicon.JourneyEndWordsAsWritten.ContainsIgnoringCase(t[to].Text)) return false;
        for (int k = 0; k < to; k++) if (Lexicon.JourneyStartWordsAsWritten.ContainsIgnoringCase(t[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// "Mayor Claudia López signed two MoUs with the Chinese cities of ...", no place named before "with": the official
    /// speaks for the article's own place, the one it names most in its other sentences.
    /// </summary>
    private Place? OfficialSubject(Sentence s, int with)
    {
        if (!TitleWordBefore(s.Tokens, with)) return null;
        // Not a place of this sentence: those are its partners.
        var elsewhere = new List<PlaceMention>();
        foreach (var m in _allPlaces) if (m.Sentence != s) elsewhere.Add(m);
        var home = PlaceMention.MostNamed(elsewhere);
        if (home is null) return null;
        foreach (var m in _allPlaces) if (m.Sentence == s && m.Place.Key == home.Key) return null;
        return home;
    }

    /// <summary>Whether an official's capitalised title word ("Mayor", "Governor") stands before token <paramref name="end"/>.</summary>
    private static bool TitleWordBefore(TokenList t, int end)
    {
        for (int j = 0; j < end; j++) if (t[j].Cap && Lexicon.TitleWords.Contains(t[j].Form)) return true;
        return false;
    }

    private static bool FollowsWith(TokenList t, int at)
    {
        for (int k = at - 1; k >= 0; k--) if (t[k].Is("with") || t[k].Is("voi")) return true;
        return false;
    }

    /// <summary>
    /// "From 2005 to 2007, it established ties with ...", "This is the first agreement ... since the MOU with X": a pronoun
    /// before "with" is the place the sentence before opens with (or means), else the article's most named place.
    /// </summary>
    private Place? PronounSubject(Sentence s, int with)
    {
        var t = s.Tokens;
        bool pronoun = false;
        for (int j = 0; j < with; j++) if (Lexicon.SubjectPronouns.Contains(t[j].Form)) pronoun = true;
        // "The relationship with Rizhao, China, established in 2002, remains active": the relation of the subject before.
        int opener = SubjectStart(t);
        if (!pronoun && !(Phrases.RelationAnaphors.MatchAny(t, opener, out _) is > 0 and int n && opener + n == with)) return null;
        // "The city is twinned with Ghent ... It also has a friendship city agreement with Suzhou".
        if (s.Index > 0 && s.Index - 1 < _sentences.Count && _sentences[s.Index - 1] is { } previous && previous.Index == s.Index - 1 && !previous.IsCaption)
        {
            if (_places.TryGetValue(previous, out var named) && named.Find(m => !m.Locator) is { First: <= 3 } opening) return opening.Place;
            if (SentenceInitialCityAnaphor(previous) is { } meant) return meant;
        }
        return PlaceMention.MostNamed(_allPlaces);
    }

    /// <summary>
    /// Whether a "with"/"với" opens the list holding token <paramref name="first"/> ("it established ties with Japan's
    /// Takachiho Town, Saipan City ... and Santa Maria"): with a place before it, or a pronoun subject.
    /// </summary>
    private static bool ObjectsOfWith(TokenList t, List<PlaceMention> mentions, int first)
    {
        for (int k = first - 1; k >= 0; k--)
        {
            if (t[k].IsPunct(';') || t[k].IsPunct('.')) return false;
            if (!(t[k].Is("with") || t[k].Is("voi"))) continue;
            if (mentions[0].First < k) return true;
            // "The town has since added links with A, B and C".
            if (Lexicon.MatchAny(t, SubjectStart(t), Lexicon.LocalityAnaphors, out _) > 0) return true;
            // "she signed ... with", "Mayor Claudia López signed ... with the Chinese cities of Guangzhou and Chengdú".
            for (int j = 0; j < k; j++) if (Lexicon.SubjectPronouns.Contains(t[j].Form)) return true;
            if (TitleWordBefore(t, k)) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// List items with unknown ones between: "Ulsan City, Japan's Yonaguni Town, Albuquerque" (commas, conjunctions,
    /// organisation words and capitalised names only).
    /// </summary>
    private static bool ListWithUnknownItems(TokenList t, int from, int to)
    {
        if (to - from > 10 || !ListJoined(t, from, to)) return false;
        // "with the deputy mayor of Nanning, Xiao Yingzi, in Kuala Lumpur": a place after "in" is where, not another item.
        if (t[to - 1].Is("in") || t[to - 1].Is("tai")) return false;
        for (int k = from; k < to; k++)
            if (t[k].IsWord && !t[k].Cap && !Lexicon.ListConjunctions.Contains(t[k].Form) && !Lexicon.OrgWords.Contains(t[k].Form)) return false;
        return true;
    }

    /// <summary>A comma or a list conjunction between two names: list items, not "Tokyo's Minato Ward".</summary>
    private static bool ListJoined(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++) if (t[k].IsPunct(',') || Lexicon.ListConjunctions.Contains(t[k].Form)) return true;
        return false;
    }

    private bool Coordinated(TokenList t, int from, int to, out bool hasConnector)
    {
        hasConnector = false;
        // Addresses do not count: "Haizhou District of Lianyungang, Jiangsu Province, China in 2011, the City of Surrey".
        int between = 0;
        for (int k = from; k < to; k++) if (!_locatorTokens.Contains(k)) between++;
        if (between > 12) return false;
        for (int k = from; k < to; k++)
        {
            var x = t[k];
            if (_locatorTokens.Contains(k)) continue;
            if (Lexicon.PairConnectors.Contains(x.Form) || x.IsPunct('-') || x.IsPunct('–') || x.IsPunct('&')) { hasConnector = true; continue; }
            // "Yulin in 2014, Gimcheon in 2016": an item's year.
            if ((x.Is("in") || x.Is("nam")) && k + 1 < to && FoundingYear(t[k + 1]) is not null) { k++; continue; }
            // "with Guangdong in 2014, followed by Hyogo in 2017": the list goes on in time.
            if (k > from && t[k - 1].IsPunct(',') && Lexicon.MatchAny(t, k, Lexicon.ListContinuations, out _) is int n and > 0) { hasConnector = true; k += n - 1; continue; }
            // "thành phố Từ Sơn (trước đây) với huyện Bonghwa": an aside of up to three lower-case words in brackets.
            if (x.IsPunct('(') && LowerCaseAsideEnd(t, k, to) is int close) { k = close; continue; }
            // "Osaka (Nhật Bản, từ năm 1957), Manila (Philippines, năm 1961)", "Lyon (1981)": an item's year in brackets.
            if (x.IsPunct('(') && DatedAsideEnd(t, k, to) is int dated) { k = dated; continue; }
            // "Volgograd in Russia, dating back to 1966, San Antonio": or between commas; "Takayama, its oldest, paired in
            // 1960; Kunming": an aside may close with the semicolon that parts the items.
            if (x.IsPunct(',') && CommaAsideEnd(t, k, to) is int closing)
            {
                if (t[closing].IsPunct(',')) { k = closing - 1; continue; } // the next comma may open one more aside
                if (!LastSeparatorBefore(t, closing, to)) return false;
                k = closing;
                continue;
            }
            // "and the German port of Rostock", "and the Swedish naval town of Karlskrona": a town noun after the item's country.
            if (TownNounBefore(t, k, to)) break;
            if (IsGlue(x)) continue;
            // "giữa tỉnh Quảng Ninh và Khu tự trị dân tộc Choang Quảng Tây": an autonomous unit's words before its name.
            if (Phrases.AutonomousUnitWords.MatchAny(t, k, out _) is int unit and > 0 && k + unit <= to) { k += unit - 1; continue; }
            // "Seinäjoki, Finland; Gifu, Japan; and Duluth, Minnesota": semicolons part items that carry their own addresses.
            // "Punta Arenas, Chile (since 1997); Cheongju": or close an item's aside in brackets.
            if (x.IsPunct(';') && k > from && (_locatorTokens.Contains(k - 1) || t[k - 1].IsPunct(')')) && LastSeparatorBefore(t, k, to)) continue;
            // "between Budapest and Mongolia’s capital Ulaanbaatar": a country's possessive.
            if (x.Is("s") && !x.SpaceBefore && k > from && (t[k - 1].IsPunct('\'') || t[k - 1].IsPunct('’'))) continue;
            // "và Chính quyền 4 tỉnh ...": a capital opens an organisation's name of lower-case organisation words.
            if (x.IsWord && x.Cap && Lexicon.VietnameseOrgWords.Contains(x.Form) && k + 1 < to && t[k + 1].IsWord && !t[k + 1].Cap
                && Lexicon.VietnameseOrgWords.Contains(t[k + 1].Form)) continue;
            // "(Attapu, Champasak, Salavan)": a capitalised word between list commas is one more item the gazetteer does not know.
            if (x.IsWord && x.Cap && k > from && t[k - 1].IsPunct(',') && k + 1 < to && (t[k + 1].IsPunct(',') || Lexicon.ListConjunctions.Contains(t[k + 1].Form))) continue;
            // "4 tỉnh Nam Lào": a compass word placing a group of localities in a country.
            if (x.IsWord && Lexicon.RegionCompassWords.Contains(x.Form) && k + 1 < to && (IsGlue(t[k + 1]) || _locatorTokens.Contains(k + 1))) continue;
            return false;
        }
        if (from == to) hasConnector = true; // "Toulois-Hanoi" split by the tokenizer keeps the hyphen, but be safe
        return true;
    }

    /// <summary>Whether the separator at <paramref name="k"/> is followed only by a list conjunction, if anything, before the item at <paramref name="to"/>.</summary>
    private static bool LastSeparatorBefore(TokenList t, int k, int to) =>
        k + 1 == to || (k + 2 == to && Lexicon.ListConjunctions.Contains(t[k + 1].Form));

    /// <summary>
    /// Whether the tokens from <paramref name="k"/>, after a country's adjective, are a town noun, perhaps after one lower-case
    /// word, and the "of" before the item at <paramref name="to"/> ("German [port of] Rostock", "Swedish [naval town of] Karlskrona").
    /// </summary>
    private bool TownNounBefore(TokenList t, int k, int to)
    {
        int noun = to - 2;
        return k > 0 && _locatorTokens.Contains(k - 1) && t[to - 1].Is("of") && Lexicon.TownNouns.Contains(t[noun].Form)
            && (noun == k || (noun == k + 1 && t[k].IsWord && !t[k].Cap));
    }

    /// <summary>
    /// "Hải Dương - Phú Yên, Nam Định - Mỹ Tho, Hà Tĩnh - Bình Định ... tổ chức lễ kết nghĩa": a list whose items are
    /// two localities joined by a dash pairs each item's two, whatever their countries; at least two such items, read
    /// from the first dash for as long as dashes and commas alternate. Adds the pairs and says whether it found them.
    /// </summary>
    private static bool DashedPairs(List<PlaceMention> list, List<(Place, Place)> pairs)
    {
        int start = 0;
        while (start + 1 < list.Count && !list[start].DashedTo(list[start + 1])) start++;
        int items = 0;
        for (int k = start; k + 1 < list.Count; k += 2)
        {
            if (!list[k].DashedTo(list[k + 1]) || list[k].Place.Key == list[k + 1].Place.Key) break;
            bool listGoesOn = k + 2 < list.Count && list[k + 1].JoinedTo(list[k + 2], ',');
            items++;
            if (!listGoesOn) break;
        }
        if (items < 2) return false;
        for (int k = start; k < start + 2 * items; k += 2) pairs.Add((list[k].Place, list[k + 1].Place));
        return true;
    }

    /// <summary>The ")" closing a bracket opened at <paramref name="open"/> around one to three lower-case words, before <paramref name="to"/>; else null.</summary>
    private static int? LowerCaseAsideEnd(TokenList t, int open, int to)
    {
        for (int k = open + 1; k < to && k <= open + 4; k++)
        {
            if (t[k].IsPunct(')')) return k > open + 1 ? k : null;
            if (!t[k].IsWord || t[k].Cap) return null;
        }
        return null;
    }

    /// <summary>The closing bracket of an aside of at most eight tokens that holds a year and else only lower-case words, commas and countries.</summary>
    private int? DatedAsideEnd(TokenList t, int open, int to)
    {
        bool year = false;
        for (int k = open + 1; k < to && k <= open + 8; k++)
        {
            if (t[k].IsPunct(')')) return year ? k : null;
            if (t[k].IsNumber && t[k].Text.Length == 4) year = true;
            else if (!(_locatorTokens.Contains(k) || t[k].IsPunct(',') || t[k].IsWord && !t[k].Cap)) return null;
        }
        return null;
    }

    /// <summary>A year a relation may have begun in, written as four digits.</summary>
    private static int? FoundingYear(Token t) => t.IsNumber && t.Text.Length == 4 && Reading.DatelineParser.Num(t) is int y && y is >= 1800 and <= 2100 ? y : null;

    /// <summary>
    /// The comma or semicolon closing an aside of at most seven lower-case words, numbers and brackets opened by the comma
    /// at <paramref name="comma"/>, with a year (", dating back to 1966,", ", a relationship dating back to 1988,") or an
    /// opener that describes the item before it (", its oldest (1955),", ", its oldest,", ", paired in 1960;"); else null.
    /// </summary>
    private static int? CommaAsideEnd(TokenList t, int comma, int to, bool lastOfItem = false)
    {
        if (comma + 1 >= to) return null;
        bool year = false, opened = Lexicon.ItemAsideOpeners.Contains(t[comma + 1].Form);
        for (int k = comma + 1; k < to && k <= comma + 8; k++)
        {
            if (k > comma + 1 && (t[k].IsPunct(',') || t[k].IsPunct(';'))) return year || opened ? k : null;
            // "with Ghent, Belgium, since 1971 and with Rouen, France, since 1973.": the item's last aside may end at the
            // conjunction of the next item or at the sentence's end.
            if (lastOfItem && year && (t[k].IsPunct('.') || Lexicon.ListConjunctions.Contains(t[k].Form))) return k;
            if (t[k].IsNumber && t[k].Text.Length == 4) year = true;
            else if (!(t[k].IsWord && !t[k].Cap || t[k].IsPunct('(') || t[k].IsPunct(')'))) return null;
        }
        return null;
    }

    private static bool IsGlue(Token x) =>
        x.Kind == TokenKind.Punct && x.Text is "," or "(" or ")" or "'" or "’"
        || x.IsPunct('.') && !x.SpaceBefore // "TP. Ansan", "TP.Yongin": the dot of an abbreviation
        || x.IsNumber && x.Text.Length == 1
        || x.IsWord && (x.AllCaps || Lexicon.OrgWords.Contains(x.Form) || Lexicon.VietnameseOrgWords.Contains(x.Form) && !x.Cap
            || Lexicon.PairGlueWords.Contains(x.Form)
            || (x.Cap && Lexicon.VietnameseOrgWords.Contains(x.Form) && Lexicon.CapitalisedPairGlueWords.Contains(x.Form)));

    private (Place, Place)? ComputeMainPair()
    {
        PartnershipDraft? best = null;
        foreach (var id in _order)
        {
            var d = _drafts[id];
            if (best is null || d.Sentences.Count > best.Sentences.Count) best = d;
        }
        // A pair stated in several sentences, or whose sides are both named again, is the article's; one stated once with a
        // side named once may be an aside (counted below).
        if (best is not null && (best.Sentences.Count > 1 || (TimesNamed(best.A) > 1 && TimesNamed(best.B) > 1))) return (best.A, best.B);
        var counts = new Dictionary<string, (Place P, int N, int First)>(StringComparer.Ordinal);
        int order = 0;
        foreach (var m in _allPlaces)
        {
            if (m.Locator) continue;
            counts[m.Place.Key] = counts.TryGetValue(m.Place.Key, out var c) ? (c.P, c.N + 1, c.First) : (m.Place, 1, order++);
        }
        var mostNamed = MostNamedPair(counts);
        // "San Miguel de Allende is also twinned with Cuenca" told once, in an article about Santa Fe's delegation in San
        // Miguel: a pair stated once with a side named once is an aside; the two localities the article keeps naming are its pair.
        if (best is not null && mostNamed is { } named && named.Item1.Country != named.Item2.Country
            && counts[named.Item2.Key].N >= MainPairMentions && (counts[best.A.Key].N == 1 || counts[best.B.Key].N == 1))
            return named;
        return best is not null ? (best.A, best.B) : mostNamed;
    }

    private int TimesNamed(Place place)
    {
        int n = 0;
        foreach (var m in _allPlaces) if (!m.Locator && m.Place.Key == place.Key) n++;
        return n;
    }

    /// <summary>How often each of two localities is named, at least, to be an article's pair that no sentence states.</summary>
    private const int MainPairMentions = 3;

    /// <summary>The two most-named localities (of different countries when possible).</summary>
    private static (Place, Place)? MostNamedPair(Dictionary<string, (Place P, int N, int First)> counts)
    {
        var list = new List<(Place P, int N, int First)>(counts.Values);
        list.Sort((a, b) => a.N != b.N ? b.N.CompareTo(a.N) : a.First.CompareTo(b.First));
        if (list.Count < 2) return null;
        var first = list[0].P;
        foreach (var e in list)
            if (e.P.Country != first.Country) return (first, e.P);
        return (first, list[1].P);
    }

    internal static bool HasAny(Sentence s, IEnumerable<string> phrases)
    {
        var t = s.Tokens;
        if (PhraseIndex.Of(phrases) is { } index) return index.AnyIn(s);
        for (int i = 0; i < t.Count; i++)
            if (t[i].IsWord && Lexicon.MatchAny(t, i, phrases, out _) > 0) return true;
        return false;
    }
}
