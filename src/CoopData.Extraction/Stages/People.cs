using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Stages;

/// <summary>An official found in the article.</summary>
internal sealed class Person
{
    public Person(string name) { Name = name; Fold = Folding.Fold(name); Tokens = new List<string>(Fold.Split(' ')); }

    public string Name { get => _name; set { _name = value; _key = null; } }
    private string _name = "";
    public List<string> Tokens { get; private set; }
    /// <summary>The folded name, whose words are <see cref="Tokens"/>.</summary>
    public string Fold { get; private set; }
    /// <summary>The slug of <see cref="Name"/> (made once per name: rules ask for it often).</summary>
    public string Key => _key ??= Folding.Slug(_name);
    private string? _key;
    public string? Role { get; set; }
    public Place? City { get; set; }
    /// <summary>"provincial", "municipal", "quận" without a name: the kind of the person's own locality.</summary>
    public string? CityKindHint { get; set; }
    /// <summary>The sentence whose title gave <see cref="CityKindHint"/>.</summary>
    public Sentence? HintSentence { get; set; }
    /// <summary>"VN" when the unnamed locality's body is Vietnamese (UBND, Thành ủy, People's Committee): it is a Vietnamese locality.</summary>
    public string? HintCountry { get; set; }
    public List<Sentence> Sentences { get; } = new();

    public void Rename(string name) { Name = name; Fold = Folding.Fold(name); Tokens = new List<string>(Fold.Split(' ')); }
}

/// <summary>A place in a sentence where a person is named (in full or by part of the name).</summary>
internal readonly struct PersonMention
{
    public PersonMention(Sentence s, int first, int last, Person p) { Sentence = s; First = first; Last = last; Person = p; }
    public Sentence Sentence { get; }
    public int First { get; }
    public int Last { get; }
    public Person Person { get; }

    /// <summary>Whether the name is the one a delegation is "led by" or "do ... dẫn đầu".</summary>
    public bool LeadsDelegation()
    {
        var t = Sentence.Tokens;
        // "led by (the) Vice Chairman of the Ninh Binh provincial People's Committee Tong Quang Minh": only title and
        // organisation words between.
        for (int k = First - 1; k >= 1 && First - k <= 14; k--)
        {
            if (t[k].Is("by")) return Lexicon.MatchAny(t, k - 1, Lexicon.LeaderBeforeName, out _) == 2;
            if (!(t[k].IsPunct(',') || (t[k].IsWord && (t[k].Cap || Lexicon.OrgWords.Contains(t[k].Form))))) break;
        }
        // "do ông/đồng chí <title> <name> (làm trưởng đoàn | dẫn đầu)": "do" (by) opens the leader's words.
        bool opened = false;
        for (int k = Math.Max(0, First - 10); k < First; k++) if (t[k].Is("do") && !t[k].Cap) opened = true;
        if (!opened) return false;
        for (int k = Last + 1; k < t.Count && k <= Last + 10; k++)
            if (Lexicon.MatchAny(t, k, Lexicon.LeaderAfterName, out _) > 0) return true;
        return false;
    }
}

/// <summary>
/// Stage 5. Officials are people named next to a title: "Title [of Org] Name" (Chairman of the Hanoi
/// People's Committee Tran Sy Thanh; Phó Chủ tịch UBND thành phố Huế Nguyễn Thanh Bình), "X Title Name"
/// (Toulouse Deputy Mayor Jean-Claude Dardelet), "Name, Title of X" (Guo Yonghang, Secretary of ...),
/// "Title, Name" (Utilities director, Marina Hollands) and honorifics (Mr, ông, đồng chí). A name is 2-5
/// capitalised words; bylines and credits have no title and so never qualify. Later mentions by one part of
/// the name ("Thanh said", "Guo affirmed", "Mayor Saito") link to the full name.
/// </summary>
internal sealed class PersonFinder
{
    private readonly BySentence<List<PlaceCandidate>> _placesBySentence;
    private readonly BySentence<List<CountryMention>> _countriesBySentence;
    private readonly List<Person> _people = new();
    private readonly List<(Sentence S, int First, int Last, string Fold, string? Role, Place? City)> _shortMentions = new();

    public PersonFinder(List<PlaceCandidate> places, List<CountryMention> countries)
    {
        _placesBySentence = BySentence.Group(places, p => p.Sentence);
        _countriesBySentence = BySentence.Group(countries, c => c.Sentence);
    }

    public List<Person> People => _people;

    /// <summary>Full-name spans found by <see cref="FindTitled"/>; they are never places.</summary>
    public HashSet<(Sentence, int)> NameTokens { get; } = new();

    /// <summary>Finds titled officials in one sentence.</summary>
    public void FindTitled(Sentence s)
    {
        // Both passes below need a title or an honorific (MatchTitle): a sentence none of whose words starts one has no titled official.
        if (!Phrases.Titles.MayStartIn(s) && !Phrases.Honorifics.MayStartIn(s)) return;
        var t = s.Tokens;
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            int titleLen = MatchTitle(t, i, out string? title, out bool honorific, out int titleAt);
            if (titleLen == 0) continue;
            // "Khu lưu niệm Chủ tịch Hồ Chí Minh", "the statue of President X": a memorial's namesake took part in nothing.
            if (Phrases.MemorialWords.EndingBefore(t, i) is not null || (i >= 2 && t[i - 1].Is("of") && Phrases.MemorialWords.EndingBefore(t, i - 1) is not null)) continue;
            // Title followed by its organisation and the name: "Chairman of the Hanoi People's Committee Tran Sy Thanh".
            int j = i + titleLen;
            Place? city = PlaceEndingAt(s, i - 1);
            if (city is null && i >= 2) city = PlaceBeforeOrg(s, i - 1);
            string? hint = null;
            // "Đinh Tiến Dũng, Bí thư Thành ủy, Trưởng đoàn ..., đồng chí Anouphap": a title after a comma describes the
            // name before it, so the name after the next comma is somebody else.
            bool appositive = i > 0 && t[i - 1].IsPunct(',');
            // "his Helsinki counterpart, Juhana Vartiainen": of the honorifics, "counterpart" is a noun the name may follow after a comma.
            bool counterpart = honorific && title == "counterpart";
            j = SkipOrganisation(s, j, ref city, ref hint, allowComma: (!honorific || counterpart) && !appositive, allowDash: !honorific,
                nameNext: honorific && title is not null && Lexicon.LeadingHonorifics.Contains(title));
            if (j < t.Count && t[j].IsPunct('.') && (honorific || title is not null && Lexicon.AbbreviatedTitles.Contains(title))) j++; // "Mr.Lee", "Supt. Rita Riddle"
            int nameEnd = NameRun(s, j, ref city);
            if (nameEnd < 0) continue;
            // "Tổng Lãnh sự Việt Nam tại Nam Ninh, Trung Quốc; ...": a country after the organisation is no name.
            if (CountryAt(s, j) >= nameEnd) continue;
            // "led by Mayor Lee Jang-woo", "đồng chí Bí thư ...": the honorific before the title is no part of the role.
            int roleStart = titleAt > i ? titleAt : RoleStart(s, i);
            int roleEnd = ClosingParenthesis(t, roleStart, Math.Max(roleStart, LastNonComma(t, i + titleLen, j)));
            string? role = honorific ? null : s.Text.Substring(t[roleStart].Start, t[roleEnd].End - t[roleStart].Start).Trim().TrimEnd(',');
            var (nameFirst, nameLast) = SplitPlaceFromName(s, j, nameEnd, ref city);
            if (HasNotNameWord(t, nameFirst, nameLast)) continue;
            // "Thị trưởng thành phố Stung Sen": two words right after a locality word name the locality, not its mayor.
            if (nameFirst == j && AfterLocalityWord(t, nameFirst) && PlaceEndingAt(s, nameFirst - 1) is null && CountWords(t, nameFirst, nameLast) <= 2) continue;
            // "Phó Bí thư Thành ủy thành phố Phòng Thành Cảng, Quảng Tây, Trung Quốc": what follows the organisation is its address, nobody's name.
            // A name only small towns have is a surname there ("Mayor Moriarty said").
            if (!honorific && PlaceAt(s, nameFirst) is { Places.Count: > 0 } whole && whole.Last >= nameLast && !Lexicon.VietnameseSurnames.Contains(t[nameFirst].Form)
                && !LocalityResolver.AllSmallTowns(whole.Places)) continue;
            int words = CountWords(t, nameFirst, nameLast);
            if (words == 1)
            {
                // "Mr. Oda, Superintendent of Schools": the title written after a surname an honorific introduced; "Alderman
                // Hill-Lewis, the Mayor of Cape Town": the place of a second title.
                int after = nameLast + 2;
                if (after < t.Count && t[nameLast + 1].IsPunct(',') && AppositiveTitle(s, ref after, out var titleCity, out _, out _) is { } titleAfter)
                {
                    if (honorific) role = titleAfter;
                    city ??= titleCity;
                }
                _shortMentions.Add((s, nameFirst, nameLast, t[nameFirst].Fold, role, city));
                i = nameLast;
                continue;
            }
            if (words < 2 || words > 5) continue;
            // "Mayor Jean-Luc Moudenc of Toulouse": the title's place written after the name.
            int afterName = nameLast + 1;
            if (PlaceOfAfter(s, nameLast) is { } placeAfter)
            {
                city ??= placeAfter.Places[0];
                afterName = placeAfter.Last + 1;
            }
            var person = Add(s, nameFirst, nameLast, role, city, hint);
            NoteHint(person, s, hint, city, i, nameFirst);
            // "Crs Jason Shepherd and Carol James", "both mayors, Kirk Watson of Austin and John Moran of Limerick": a plural
            // title names everyone coordinated with it.
            // "Deputy Mayors of Karasu Sabri Aslanbay, Hüdaver Ağun and İsmail Karakaş": a list, its last item after "and".
            while (title is not null && Lexicon.PluralTitles.Contains(title) && afterName + 1 < t.Count && (t[afterName].Is("and") || t[afterName].IsPunct(',')))
            {
                Place? c2 = city;
                int e2 = NameRun(s, afterName + 1, ref c2);
                if (e2 < 0 || CountWords(t, afterName + 1, e2) < 2 || HasNotNameWord(t, afterName + 1, e2) || MatchTitle(t, afterName + 1, out _, out _) > 0) break;
                var placeOf = PlaceOfAfter(s, e2);
                Add(s, afterName + 1, e2, role, placeOf?.Places[0] ?? city, hint);
                bool lastItem = t[afterName].Is("and");
                afterName = placeOf is not null ? placeOf.Last + 1 : e2 + 1;
                if (lastItem) break;
            }
            i = nameLast;
        }
        // "Name, Title of X" and "Name - Title" (after the title-first pass so spans are not counted twice).
        for (int i = 0; i < t.Count; i++)
        {
            // "S.M. Tanvir": initials open a name, whatever word their letter folds to.
            bool initial = t[i].IsWord && t[i].Text.Length == 1 && t[i].Cap && i + 2 < t.Count && t[i + 1].IsPunct('.') && !t[i + 1].SpaceBefore && t[i + 2].Cap && !t[i + 2].SpaceBefore
                && !(i > 0 && t[i - 1].IsPunct('.') && !t[i].SpaceBefore);
            if (!(IsNameWord(t[i]) || initial || OpensNameInCapitals(s, i))
                || (i > 0 && IsNameWord(t[i - 1]) && !IsLeadingHonorific(t[i - 1]) && t[i].SpaceBefore)) continue;
            // "the wali of the region Laayoune-Sakia El Hamra, governor of ...": after a lower-case unit word (not one ending a
            // place's name: "Envoy to Osh region Amankan Kenzhebaev"), a place's name; nor does a name start inside a hyphened word.
            if (i > 0 && ((!t[i - 1].Cap && (Lexicon.UnitWordsBeforeOf.Contains(t[i - 1].Form) || Lexicon.RegionWordsAfterName.Contains(t[i - 1].Form))
                    && !(i >= 2 && t[i - 2].IsWord && t[i - 2].Cap))
                || (t[i - 1].IsPunct('-') && !t[i - 1].SpaceBefore && !t[i].SpaceBefore))) continue;
            Place? city = null;
            int end = NameRun(s, i, ref city);
            if (end < 0 || city is not null) continue;
            // "tỉnh Vĩnh Long Lữ Quang Ngời, Phó Bí thư ...": the locality opening the run is not part of the name.
            Place? opening = null;
            // "tại thành phố La Hay, Đại sứ ...": two words after a unit word name the place itself (a place and a name are more).
            if (AfterLocalityWord(t, i) && CountWords(t, i, end) <= 2) continue;
            if (AfterLocalityWord(t, i)) (i, end) = SplitPlaceFromName(s, i, end, ref opening);
            // "Đại sứ Belarus Uladzimir Baravikou, ...": nor is a country opening it.
            if (CountryAt(s, i) is int countryEnd && countryEnd >= i && countryEnd < end) i = countryEnd + 1;
            int words = CountWords(t, i, end);
            if (words < 2 || words > 5) continue;
            int k = end + 1;
            // "Jim Kelly of the Carrigaline Twinning Association": a member named by the association he speaks for.
            if (AssociationAfter(s, k) is int associationEnd && !IsPlaceOrCountry(s, i, end) && !HasNotNameWord(t, i, end) && !NameTokens.Contains((s, i)))
            {
                Place? association = null;
                for (int a = k + 2; a <= associationEnd && association is null; a++) association = PlaceAt(s, a)?.Places[0];
                Add(s, i, end, s.Span(k + 2, associationEnd), association, null);
                i = end;
                continue;
            }
            // "Zhou Yihe Deputy Mayor of Wuzhong City and Kang Jun Jie Deputy Mayor of Zhongwei": a capitalised title of more
            // than a common noun right after a name opening its clause, with no separator.
            bool joined = k < t.Count && t[k].Cap && (i == 0 || !t[i - 1].IsWord || t[i - 1].Is("and")) && TitleOfItsOwn(t, k);
            if (!joined && (k >= t.Count || !(t[k].IsPunct(',') || t[k].IsPunct('(') || (t[k].IsPunct('-') && t[k].SpaceBefore) || t[k].IsPunct('–')))) continue;
            // "ông Cheon Daesik, Phó Thị trưởng": a name found after an honorific still takes the title written after it.
            // (After the cheaper tests above: this one makes the name's key.)
            if (NameTokens.Contains((s, i)) && PersonWithKey(Folding.Slug(s.Span(i, end))) is not { Role: null }) continue;
            if (!joined) k++;
            if (AppositiveTitle(s, ref k, out var c, out var hint, out int orgEnd) is not { } role) continue;
            if (IsPlaceOrCountry(s, i, end) || HasNotNameWord(t, i, end)) continue;
            NoteHint(Add(s, i, end, role, c, hint), s, hint, c, k, orgEnd);
            i = end;
        }
    }

    /// <summary>
    /// The title written after a name and its separator, from token <paramref name="k"/> ("Phó Thị trưởng", "chairman of
    /// the Hanoi People's Committee"): the role's text, its organisation's place and kind; null when no title is there.
    /// <paramref name="k"/> ends at the title's first word.
    /// </summary>
    private string? AppositiveTitle(Sentence s, ref int k, out Place? city, out string? hint, out int orgEnd)
    {
        var t = s.Tokens;
        city = null;
        hint = null;
        orgEnd = k;
        if (k < t.Count && Lexicon.WordsBeforeAppositiveTitle.Contains(t[k].Form)) k++;
        // "Zhao Bentang, Chinese ambassador to Portugal": a country's adjective opens the role.
        int roleStart = k;
        if (CountryAt(s, k) is int countryEnd && countryEnd >= k && t[k].Cap && MatchTitle(t, countryEnd + 1, out _, out bool afterCountry, afterName: true) > 0
            && !afterCountry)
            k = countryEnd + 1;
        int titleLen = MatchTitle(t, k, out _, out bool honorific, afterName: true);
        if (titleLen == 0 || honorific) return null;
        orgEnd = SkipOrganisation(s, k + titleLen, ref city, ref hint, allowComma: false, allowDash: false);
        int roleEnd = Math.Max(k, LastNonComma(t, k + titleLen, orgEnd));
        // "do ông X, Phó Chủ tịch Hội đồng thành phố dẫn đầu": the verb closing "do ... dẫn đầu" is not the title's.
        while (roleEnd > k + titleLen - 1 && Lexicon.VietnameseLeadingVerbWords.Contains(t[roleEnd].Text)) roleEnd--;
        // "Superintendent of Schools": an organisation the gazetteer cannot read ends the role before its "of".
        // "Phó Thị trưởng thành phố Vitebsk (Belarus) và bà ...": nor does a conjunction end it. Not a syllable of a hyphenated
        // name ("thành phố U-lan Ba-to").
        while (roleEnd > k + titleLen - 1 && (Lexicon.OrgFunctionWords.Contains(t[roleEnd].Form) || Lexicon.ListConjunctions.Contains(t[roleEnd].Form))
            && t[roleEnd].SpaceBefore) roleEnd--;
        roleEnd = ClosingParenthesis(t, roleStart, roleEnd);
        return s.Text.Substring(t[roleStart].Start, t[roleEnd].End - t[roleStart].Start).Trim().TrimEnd(',');
    }

    /// <summary>Links one-word mentions and later references by part of the name; merges near-duplicate names.</summary>
    public List<PersonMention> LinkMentions(IReadOnlyList<Sentence> sentences)
    {
        MergeDuplicates();
        var mentions = new List<PersonMention>();
        // Every word of every name: a run with none of them links to nobody, so Match need not be asked.
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _people) foreach (var w in p.Tokens) nameWords.Add(w);
        foreach (var s in sentences)
        {
            var t = s.Tokens;
            int i = 0;
            while (i < t.Count)
            {
                if (!IsNameWord(t[i])) { i++; continue; }
                // Tight hyphens: "Jean-Claude" is one run.
                int j = i;
                int words = 0;
                int last = i;
                bool named = false;
                while (j < t.Count && words < 6)
                {
                    if (IsNameWord(t[j])) { named = named || nameWords.Contains(t[j].Fold); words++; last = j; j++; continue; }
                    if (t[j].IsPunct('-') && !t[j].SpaceBefore && j + 1 < t.Count && IsNameWord(t[j + 1]) && !t[j + 1].SpaceBefore) { j++; continue; }
                    break;
                }
                // "Trung Quốc" (China) is no mention of Đỗ Nam Trung.
                if (!named || CountryAt(s, i) >= last) { i = last + 1; continue; }
                // The run's words: its name words (the rest are the hyphens joining them).
                var folds = new List<string>(words);
                for (int k = i; k <= last; k++) if (IsNameWord(t[k])) folds.Add(t[k].Fold);
                var person = Match(folds);
                // "Welcoming Dardelet's visit": a capitalised word before the name is not part of it.
                for (int k = 0; person is null && folds.Count > 1 && k < folds.Count; k++)
                    person = Match(new List<string> { folds[k] });
                if (person is not null)
                {
                    mentions.Add(new PersonMention(s, i, last, person));
                    if (!person.Sentences.Contains(s)) person.Sentences.Add(s);
                }
                i = last + 1;
            }
        }
        var unmatched = new List<(Sentence S, int First, int Last, string Fold, string? Role, Place? City)>();
        foreach (var sm in _shortMentions)
        {
            var p = Match(new List<string> { sm.Fold });
            if (p is null) { unmatched.Add(sm); continue; }
            p.Role ??= sm.Role;
            p.City ??= sm.City;
        }
        // "Mayor Moriarty said": an official named by surname alone, a word no name in the article has, is a person of
        // that one name. Not a Vietnamese word: articles shorten Vietnamese names to the given name ("ông Sơn").
        foreach (var sm in unmatched)
        {
            var t = sm.S.Tokens;
            // Straight after the title ("Mayor Moriarty", not "Mayor of Washington, D.C." or "Mayor of Hong Kong Yuki Johnson"),
            // a whole word ("Seo-yeon" is cut; "T" is an initial).
            // An honorific's surname has a role only from the title written after it ("Mr. Oda, Superintendent of Schools"),
            // and is a person even where a town has that name.
            bool honorific = Phrases.Honorifics.EndsBeforeAbbreviated(t, sm.First);
            if (sm.Role is null || (Phrases.Titles.EndingBefore(t, sm.First) is null && !honorific) || sm.Fold.Length < 3 || t[sm.First].AllCaps
                || (sm.Last + 1 < t.Count && !t[sm.Last + 1].SpaceBefore && t[sm.Last + 1].Kind == TokenKind.Punct && !t[sm.Last + 1].IsPunct(',') && !t[sm.Last + 1].IsPunct('.')))
                continue;
            // "Alderman Hill-Lewis" again: a person this loop has made already.
            if (PersonWithKey(Folding.Slug(sm.S.Span(sm.First, sm.Last))) is not null) { Add(sm.S, sm.First, sm.Last, sm.Role, sm.City, null); continue; }
            // Not after a locality word: "Phó Thị trưởng thành phố Wénju" names an unknown city.
            if (AfterLocalityWord(t, sm.First) || Lexicon.VietnameseSurnames.Contains(sm.Fold) || Lexicon.VietnameseGivenNames.Contains(sm.Fold)
                || Lexicon.CommonWords.Contains(sm.Fold) || AnyNameHas(sm.Fold) || (!honorific && IsPlaceOrCountry(sm.S, sm.First, sm.Last, smallTownsCount: false))) continue;
            Add(sm.S, sm.First, sm.Last, sm.Role, sm.City, null);
        }
        return mentions;
    }

    private bool AnyNameHas(string fold)
    {
        foreach (var p in _people) if (p.Tokens.Contains(fold)) return true;
        return false;
    }

    private Person? Match(List<string> folds)
    {
        if (folds.Count == 0) return null;
        Person? found = null;
        foreach (var p in _people)
        {
            bool hit;
            if (folds.Count >= 2)
                hit = IsSubsequence(folds, p.Tokens);
            else
                // One word: the family name (first in Vietnamese/Chinese names) or the given name/surname written last.
                hit = folds[0].Length >= 2 && (p.Tokens[p.Tokens.Count - 1] == folds[0]
                    || (p.Tokens[0] == folds[0] && !Lexicon.VietnameseSurnames.Contains(folds[0])));
            if (!hit) continue;
            if (found is not null && found != p) return null; // two people share the word: no link
            found = p;
        }
        return found;
    }

    private static bool IsSubsequence(List<string> part, List<string> whole)
    {
        if (part.Count > whole.Count) return false;
        for (int start = 0; start + part.Count <= whole.Count; start++)
        {
            bool ok = true;
            for (int k = 0; k < part.Count && ok; k++) ok = whole[start + k] == part[k];
            if (ok) return true;
        }
        return false;
    }

    private void MergeDuplicates()
    {
        // "Lee Taek" and "Lee Taek Ku", "Paul Krekoria" and "Paul Krekorian": one person, the fuller name.
        for (int a = 0; a < _people.Count; a++)
        for (int b = 0; b < _people.Count; b++)
        {
            if (a == b) continue;
            var pa = _people[a];
            var pb = _people[b];
            bool sub = pa.Tokens.Count < pb.Tokens.Count && IsSubsequence(pa.Tokens, pb.Tokens) && pa.Tokens[0] == pb.Tokens[0];
            bool typo = pa.Tokens.Count == pb.Tokens.Count && pa.Tokens[0] == pb.Tokens[0] && pa.Name.Length < pb.Name.Length
                && PlaceIndex.BoundedDistance(Folding.Fold(pa.Name), Folding.Fold(pb.Name), 1) <= 1;
            // "ông Song Ha Chin" and "Ha Chin" (its first word read as a place): the fuller name.
            bool tail = pa.Tokens.Count >= 2 && pb.Tokens.Count == pa.Tokens.Count + 1 && IsSubsequence(pa.Tokens, pb.Tokens)
                && pa.Tokens[0] == pb.Tokens[1];
            if (!sub && !typo && !tail) continue;
            foreach (var s in pa.Sentences) if (!pb.Sentences.Contains(s)) pb.Sentences.Add(s);
            pb.Role ??= pa.Role;
            pb.City ??= pa.City;
            pb.CityKindHint ??= pa.CityKindHint;
            _people.RemoveAt(a);
            a = -1;
            break;
        }
    }

    private Person Add(Sentence s, int first, int last, string? role, Place? city, string? hint)
    {
        string name = WithoutNickname(s, first, last);
        for (int k = first; k <= last; k++) NameTokens.Add((s, k));
        string key = Folding.Slug(name);
        foreach (var p in _people)
        {
            if (p.Key != key) continue;
            p.Role ??= role;
            p.City ??= city;
            p.CityKindHint ??= hint;
            if (!p.Sentences.Contains(s)) p.Sentences.Add(s);
            return p;
        }
        var person = new Person(name) { Role = role, City = city, CityKindHint = city is null ? hint : null };
        person.Sentences.Add(s);
        _people.Add(person);
        return person;
    }

    /// <summary>"Sebastian “Baste” Z. Duterte" is named "Sebastian Z. Duterte": a nickname is how he is called, not his name.</summary>
    private static string WithoutNickname(Sentence s, int first, int last)
    {
        var t = s.Tokens;
        for (int k = first + 1; k < last; k++)
            if (NicknameEnd(t, k) is int close && close < last)
                return s.Span(first, k - 1) + " " + s.Span(close + 1, last);
        return s.Span(first, last);
    }

    /// <summary>
    /// "Consul Zhou Youbin Attends the Signing Ceremony": in a headline's capitalised words a name runs on into the next
    /// word. A name found only in title lines that starts with another person's whole name is that person.
    /// </summary>
    public void MergeHeadlineOverruns()
    {
        for (int i = _people.Count - 1; i >= 0; i--)
        {
            var overrun = _people[i];
            if (!overrun.Sentences.TrueForAll(s => s.IsTitle)) continue;
            foreach (var person in _people)
            {
                if (person == overrun || person.Tokens.Count >= overrun.Tokens.Count || !StartsWithName(overrun.Tokens, person.Tokens)) continue;
                person.Role ??= overrun.Role;
                person.City ??= overrun.City;
                foreach (var s in overrun.Sentences) if (!person.Sentences.Contains(s)) person.Sentences.Add(s);
                _people.RemoveAt(i);
                break;
            }
        }
    }

    private static bool StartsWithName(List<string> tokens, List<string> name)
    {
        for (int k = 0; k < name.Count; k++)
            if (tokens[k] != name[k]) return false;
        return true;
    }

    /// <summary>Remembers where an unnamed locality ("the city council", "UBND thành phố") was written, and whose it is.</summary>
    private static void NoteHint(Person p, Sentence s, string? hint, Place? city, int from, int to)
    {
        if (hint is null || city is not null || p.HintSentence is not null) return;
        p.HintSentence = s;
        var t = s.Tokens;
        for (int k = Math.Max(0, from); k < to && k < t.Count; k++)
        {
            if (Lexicon.VietnameseGovernmentWords.Contains(t[k].Form) || LocalityResolver.VietnameseBodyAt(t, k))
                p.HintCountry = "VN";
        }
    }

    private static bool HasNotNameWord(TokenList t, int first, int last)
    {
        for (int k = first; k <= last; k++)
            // An institution's head word ends its name; first it is a surname ("Mayor Park Heong-joon").
            if (t[k].IsWord && (Lexicon.NotNameWords.Contains(t[k].Form) || (k > first && Lexicon.InstitutionHeads.Contains(t[k].Form))
                || Lexicon.VietnameseUnitWordsAsWritten.Contains(t[k].Text))) return true;
        return false;
    }

    /// <summary>
    /// "Ủy viên Ban Thường vụ Thành ủy Hà Nội, Bí thư Huyện ủy Gia Lâm", "Deputy Director of the Ha Nam Department of Labour":
    /// a "person" named as a locality the article names, or a city of a hundred thousand people or more, whose title is not
    /// written straight before the name (it follows after a comma, or dangles on "of the"), is that locality's body, not a
    /// person. "President Ho Chi Minh" stays.
    /// </summary>
    public void DropLocalitiesReadAsPeople(List<PlaceMention> accepted, IPlaceLookup places)
    {
        for (int i = _people.Count - 1; i >= 0; i--)
        {
            var p = _people[i];
            if (!(PlaceMention.AnyWritten(accepted, p.Fold) || LargeCityNamed(places.FindByName(p.Fold))) || TitledBeforeName(p)) continue;
            _people.RemoveAt(i);
        }
    }

    private static bool LargeCityNamed(IReadOnlyList<Place> places)
    {
        for (int k = 0; k < places.Count; k++) if (places[k].Population >= 100_000) return true;
        return false;
    }

    private static bool TitledBeforeName(Person p)
    {
        if (p.Role is not { Length: > 0 } role) return false;
        int space = role.LastIndexOf(' ');
        if (Lexicon.DanglingRoleEnds.Contains(Folding.Fold(space < 0 ? role : role.Substring(space + 1)))) return false;
        string written = role + " " + p.Name;
        return p.Sentences.Exists(s => s.Text.IndexOf(written, StringComparison.Ordinal) >= 0);
    }

    /// <summary>Drops cities taken from spans the locality stage rejected ("Council" in "People's Council").</summary>
    public void KeepCitiesIn(HashSet<string> acceptedKeys, List<PlaceMention> accepted)
    {
        foreach (var p in _people)
        {
            if (p.City is null) continue;
            if (acceptedKeys.Contains(p.City.Key))
            {
                p.City = StatedInRole(p, accepted);
                continue;
            }
            // "Sơn La" (the seat) in a role, "tỉnh Sơn La" elsewhere: the place the article settled on for that name.
            string fold = p.City.FoldedName();
            Place? same = null;
            foreach (var m in accepted)
                if (m.Place.Country == p.City.Country && (m.Place.FoldedName() == fold || m.Place.Key == p.City.ParentKey && m.Place.FoldedName().StartsWith(fold, StringComparison.Ordinal)))
                { same = m.Place; break; }
            // "Santa Fe Mayor ..." read alone as Argentina's, in an article about "Santa Fe, New Mexico": the one the article means.
            if (same is null)
                foreach (var m in accepted)
                    if (m.Place.FoldedName() == fold) { same = m.Place; break; }
            // "Chairman of the Thai Nguyen People's Committee": read as Taiyuan, whose Sino-Vietnamese name it also is, where the
            // article settled on the Vietnamese city: the place named so in the person's sentences.
            same ??= NamedAlsoAs(p.City, p.Sentences, accepted);
            p.City = same;
        }
    }

    private static Place? NamedAlsoAs(Place city, List<Sentence> sentences, List<PlaceMention> accepted)
    {
        foreach (var m in accepted)
        {
            if (!sentences.Contains(m.Sentence)) continue;
            foreach (var name in city.FoldedNames())
                if (name == m.Fold) return m.Place;
        }
        return null;
    }

    /// <summary>
    /// "Chủ tịch UBND tỉnh Sơn La" in an article that tells the province from its seat ("tại thành phố Sơn La"): of the two
    /// places of the person's city's name, the one the unit word in the role names, else the one the bare name is.
    /// </summary>
    private static Place StatedInRole(Person p, List<PlaceMention> accepted)
    {
        var city = p.City!;
        string fold = city.FoldedName();
        Place? namesake = null;
        foreach (var m in accepted)
            if (m.Place.Key != city.Key && m.Place.FoldedName() == fold) { namesake = m.Place; break; }
        if (namesake is null) return city;
        string role = p.Role is null ? "" : Folding.Fold(p.Role);
        string? stated = null;
        foreach (var unit in Lexicon.PlacePrefixes)
            if (unit.Value is { } kind && role.IndexOf(unit.Key + " " + fold, StringComparison.Ordinal) >= 0) { stated = kind; break; }
        // "Chairman of the Ninh Binh City People's Committee", "the Ha Tinh provincial People's Committee": a unit word after the name.
        foreach (var unit in Lexicon.PlaceSuffixKinds)
            if (stated is null && role.IndexOf(fold + " " + unit.Key, StringComparison.Ordinal) >= 0) stated = unit.Value;
        if (stated is not null)
        {
            bool province = stated == LocalityKinds.Province;
            if ((city.Kind == LocalityKinds.Province) != province && (namesake.Kind == LocalityKinds.Province) == province) return namesake;
            return city;
        }
        // No role, or one that names neither ("Tỉnh trưởng"): the place the bare name is.
        return namesake.Kind == LocalityKinds.Province && Lexicon.CountriesNamingProvincesBare.Contains(namesake.Country) ? namesake : city;
    }

    private static int CountWords(TokenList t, int first, int last)
    {
        int n = 0;
        // An initial written tight against the next word ("E.Bat-Uul") counts as a word of its own.
        for (int k = first; k <= last; k++)
            if (t[k].IsWord && (k == first || t[k].SpaceBefore || (k >= 2 && t[k - 1].IsPunct('.') && t[k - 2].Text.Length == 1 && t[k - 2].Cap))) n++;
        return n;
    }

    /// <summary>"Thị trưởng thành phố Cheongju (Hàn Quốc)": a role keeps the parenthesis that closes one it opens.</summary>
    private static int ClosingParenthesis(TokenList t, int first, int last)
    {
        int open = 0;
        for (int k = first; k <= last; k++)
            if (t[k].IsPunct('(')) open++;
            else if (t[k].IsPunct(')')) open--;
        return open > 0 && last + 1 < t.Count && t[last + 1].IsPunct(')') ? last + 1 : last;
    }

    private static int LastNonComma(TokenList t, int min, int end)
    {
        int k = end - 1;
        while (k >= min && (t[k].Kind == TokenKind.Punct || Array.IndexOf(Lexicon.Honorifics, t[k].Fold) >= 0
            || (t[k - 1].IsPunct(',') && Lexicon.AbbreviatedTitles.Contains(t[k].Form)))) k--;
        return Math.Max(k, min - 1);
    }

    private Person? PersonWithKey(string key)
    {
        foreach (var p in _people) if (p.Key == key) return p;
        return null;
    }

    /// <summary>"Ông", "Mr" opening a sentence: capitalised, but an honorific, not part of the name.</summary>
    private static bool IsLeadingHonorific(Token t) => t.Cap && Lexicon.LeadingHonorifics.Contains(t.Form);

    // Asked of most tokens, often several times: it depends on the form alone, so each form is judged once.
    private static bool IsNameWord(Token t)
    {
        var form = t.Form;
        if (form.NameWord == 0) form.NameWord = IsNameWord(form) ? (byte)2 : (byte)1;
        return form.NameWord == 2;
    }

    private static bool IsNameWord(WordForm form) =>
        form.Kind == TokenKind.Word && form.Cap && !form.AllCaps && form.Fold.Length > 0
        && !IsOrgWord(form) && !IsTitleWord(form);

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="to"/> (excluded) are all lower-case organisation words ("province", "city executive committee").</summary>
    private static bool LowerCaseOrgWords(TokenList t, int from, int to)
    {
        for (int k = from; k < to; k++) if (!t[k].IsWord || t[k].Cap || !IsOrgWord(t[k])) return false;
        return true;
    }

    /// <summary>An English organisation word as written: "Thế", "Tô", "Ân" fold to "the", "to", "an" but are name syllables.</summary>
    private static bool IsOrgWord(Token t) => IsOrgWord(t.Form);

    private static bool IsOrgWord(WordForm form) => Lexicon.OrgWords.Contains(form) && !HasMarkedLetter(form.Text);

    private static bool HasMarkedLetter(string text)
    {
        foreach (char c in text) if (c > '\u007f' && char.IsLetter(c)) return true;
        return false;
    }

    private static bool IsTitleWord(WordForm form) => Lexicon.TitleWords.Contains(form);

    /// <summary>
    /// An English title at <paramref name="i"/> that is no honorific, more than one word used as a common noun ("Deputy
    /// Mayor", "Governor"; not "Head"), and not followed by a name: "Bayan Ulgii Mayor Bakhitkhumar Khakhan" is a place's.
    /// </summary>
    private static bool TitleOfItsOwn(TokenList t, int i)
    {
        int n = MatchTitle(t, i, out _, out bool honorific, afterName: true);
        return n > 0 && !honorific && !(n == 1 && Lexicon.WeakTitles.Contains(t[i].Form)) && Folding.IsAscii(t[i].Text)
            && !(i + n < t.Count && IsNameWord(t[i + n]));
    }

    /// <summary>A title or honorific at <paramref name="i"/>; length in tokens or 0.</summary>
    private static int MatchTitle(TokenList t, int i, out string? title, out bool honorific, bool afterName = false)
        => MatchTitle(t, i, out title, out honorific, out _, afterName);

    /// <param name="titleAt">Where the title itself starts: after an honorific that introduces it ("led by Mayor X").</param>
    private static int MatchTitle(TokenList t, int i, out string? title, out bool honorific, out int titleAt, bool afterName = false)
    {
        honorific = false;
        titleAt = i;
        int n = Phrases.Titles.MatchAny(t, i, out title);
        if (n > 0)
        {
            // A lower-case common noun ("head", "member") is a title only when a name, "of" or ", Name" follows
            // (after "Name," any title word is one: "Mary Kane, president and CEO").
            if (!afterName && !t[i].Cap && Lexicon.WeakTitles.Contains(t[i].Form)
                && !(i + n < t.Count && (t[i + n].Is("of") || t[i + n].Cap || (t[i + n].IsPunct(',') && i + n + 1 < t.Count && t[i + n + 1].Cap)))) return 0;
            return n;
        }
        n = Phrases.Honorifics.MatchAny(t, i, out title);
        // "Ba Ria-Vung Tau", "Ong Ich Khiem": "bà" and "ông" written without their marks are name syllables, not honorifics.
        if (n > 0 && t[i + n - 1].Fold is "ba" or "ong" && string.Equals(t[i + n - 1].Text, t[i + n - 1].Fold, StringComparison.OrdinalIgnoreCase)) return 0;
        if (n > 0)
        {
            // "ông", "bà" are ordinary words in lower case ("ông bà"); as honorifics a capitalised name follows.
            int k = i + n;
            if (k < t.Count && t[k].IsPunct('.')) k++;
            // "his Helsinki counterpart, Juhana Vartiainen".
            if (title == "counterpart" && k + 1 < t.Count && t[k].IsPunct(',') && t[k + 1].Cap) { honorific = true; return n; }
            if (k >= t.Count || !t[k].Cap) return 0;
            // "đồng chí Bí thư Thành ủy ...": the honorific introduces a title.
            int m = Phrases.Titles.MatchAny(t, k, out var t2);
            if (m > 0) { title = t2; titleAt = k; return k - i + m; }
            honorific = true;
        }
        return n;
    }

    /// <summary>Consumes "of the Hanoi People's Committee", "UBND thành phố Huế", "Việt Nam tại Pháp", "(HEZA)".</summary>
    /// <param name="nameNext">After "Mr", "bà": the name comes next, even when it is also a place's ("bà Claire Fontaine").</param>
    private int SkipOrganisation(Sentence s, int j, ref Place? city, ref string? hint, bool allowComma, bool allowDash, bool nameNext = false)
    {
        if (nameNext) return j;
        var t = s.Tokens;
        int start = j;
        PlaceCandidate? previous = null;
        int afterCountry = -1; // the token after a country the title names ("Đại sứ Belarus")
        while (j < t.Count && j - start < 16)
        {
            var tok = t[j];
            if (OpensNameInCapitals(s, j)) break;
            // "Giám đốc Sở Du lịch", "Cục Lãnh sự", "Sở Kế hoạch và Đầu tư": a Vietnamese department, each word capitalised
            // on its first syllable; it ends before a name ("Nguyễn ...") or a second lower-case syllable (a verb).
            // "Trưởng Ban Xúc tiến đầu tư và Quản lý kinh tế Thủ đô Vientiane Thanongxay ...": a title ending in a department
            // word ("Trưởng Ban") goes on with the department's name, a capital then lower-case syllables.
            if (j == start && j > 0 && Lexicon.VietnameseDepartmentWords.ContainsIgnoringCase(t[j - 1].Text) && tok.IsWord && tok.Cap
                && j + 1 < t.Count && t[j + 1].IsWord && !t[j + 1].Cap && t[j + 1].SpaceBefore)
            {
                // Up to a capital not followed by a lower-case syllable (a place's or the person's name), a surname, a
                // locality's unit word ("Trưởng Ban Tổ chức Tỉnh ủy": the province's committee, read as such after it), or
                // the verb closing "do ... làm trưởng đoàn".
                int k = j;
                while (k < t.Count && k - j < 14 && t[k].IsWord && !Lexicon.VietnameseLeadingVerbOpeners.Contains(t[k].Text) && (!t[k].Cap || (k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].Cap
                    && !Lexicon.VietnameseSurnames.Contains(t[k].Form) && !Lexicon.VietnameseUnitWordsAsWritten.Contains(t[k].Text) && t[k].Text != "Thành"))) k++;
                j = k;
                continue;
            }
            if (tok.Cap && Lexicon.VietnameseDepartmentWords.Contains(tok.Text) && j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].Cap)
            {
                int k = j + 1;
                while (k < t.Count && t[k].IsWord && t[k].Cap && !(Lexicon.VietnameseSurnames.Contains(t[k].Form) && k + 1 < t.Count && t[k + 1].Cap && !t[k + 1].AllCaps))
                {
                    // "Sở Công Thương An Giang Nguyễn Thanh Nhàn": the department's place ends it, though its last word is a surname too.
                    if (PlaceAt(s, k) is { } placeOfDepartment && placeOfDepartment.Last + 1 < t.Count && IsNameWord(t[placeOfDepartment.Last + 1])
                        && Lexicon.VietnameseSurnames.Contains(t[placeOfDepartment.Last + 1].Form))
                    {
                        city ??= placeOfDepartment.Places.Count > 0 ? placeOfDepartment.Places[0] : null;
                        k = placeOfDepartment.Last + 1;
                        break;
                    }
                    k++;
                    if (k < t.Count && t[k].IsWord && !t[k].Cap && !(t[k].Is("va") && k + 1 < t.Count && t[k + 1].Cap)) k++;
                    if (k + 1 < t.Count && t[k].Is("va") && t[k + 1].Cap) k++;
                }
                j = k;
                continue;
            }
            if (NamesakeInstitutionEnd(s, j) is int afterNamesake) { j = afterNamesake; continue; }
            var place = PlaceAt(s, j);
            // "Deputy Mayor Paris Hilton": a place straight after the title followed by one more word is a first name.
            if (place is not null && j == start && place.Last + 1 < t.Count && IsNameWord(t[place.Last + 1])
                && !(place.Last + 2 < t.Count && IsNameWord(t[place.Last + 2])))
                place = null;
            // "Mayor Sebastian “Baste” Duterte": so is one before a nickname.
            if (place is not null && j == start && NicknameEnd(t, place.Last + 1) is not null) place = null;
            // "Interim Mayor Alexandra Daniela Cid Gonzalez": one capitalised word straight after the title and followed by
            // a name that does not open with a Vietnamese surname ("Huế Nguyễn Thanh Bình") is the first name.
            if (place is not null && j == start && place.First == place.Last && place.Last + 1 < t.Count && IsNameWord(t[place.Last + 1])
                && t[place.Last + 1].SpaceBefore && !Lexicon.VietnameseSurnames.Contains(t[place.Last + 1].Form)
                && (PlaceAt(s, place.Last + 1) is null || ((KnownOnlyByOtherNames(place) || TwoNameWordsAt(t, place.Last + 1)) && !AfterLocalityWord(t, j)))
                && !OnlyProvinces(place))
                place = null;
            // A name only small towns have is a person's: "Mayor Moriarty said" (straight after the title), "Deputy Mayor of
            // Panamá Olga Schmidt" (before another name word).
            if (place is not null && place.First == place.Last && LocalityResolver.AllSmallTowns(place.Places))
            {
                bool nameWordNext = place.Last + 1 < t.Count && IsNameWord(t[place.Last + 1]) && t[place.Last + 1].SpaceBefore;
                if (nameWordNext) break;
                if (j == start) place = null;
            }
            // "Mayor of Qionghai Anna Tanaka": a one-word place straight after the organisation's place and followed by a
            // name word opens the name, unless it is that place's region ("Inagawa Hyogo").
            // So does one after the organisation's lower-case words: "governor of Hainan province Feng Fei", "chairman of the
            // Grodno city executive committee Vladimir Karanik".
            if (place is not null && previous is not null && (j == previous.Last + 1 || LowerCaseOrgWords(t, previous.Last + 1, j)) && place.First == place.Last && t[j].SpaceBefore
                && place.Last + 1 < t.Count && IsNameWord(t[place.Last + 1]) && t[place.Last + 1].SpaceBefore && !place.MayBeRegionOf(previous))
                break;
            // "Đại sứ Belarus Uladzimir Baravikou", "Đại sứ Argentina tại Việt Nam Marcos A. Bednarski": so does one straight
            // after the country of the title ("Uladzimir" is Vladimir), before a name word or an initial.
            if (place is not null && j == afterCountry && place.First == place.Last && t[j].SpaceBefore
                && place.Last + 1 < t.Count && (IsNameWord(t[place.Last + 1]) || IsInitial(t, place.Last + 1)) && t[place.Last + 1].SpaceBefore
                && (PlaceAt(s, place.Last + 1) is not { } next || LocalityResolver.AllSmallTowns(next.Places)))
                break;
            if (place is not null)
            {
                // A place whose words run on into a name ("Long Biên Vũ Thu Hà") is handled by the name split.
                city ??= place.Places.Count > 0 ? place.Places[0] : null;
                j = place.Last + 1;
                previous = place;
                continue;
            }
            int countryEnd = CountryAt(s, j);
            if (countryEnd >= 0) { j = afterCountry = countryEnd + 1; continue; }
            if (tok.IsPunct('(') )
            {
                int close = j + 1;
                // "(HEZA)", "(Sở Ngoại vụ)" belong to the organisation, and "the Akim (governor) of" glosses the title; "(trái)",
                // "(left)" tell where the person stands in a photo.
                bool named = true;
                while (close < t.Count && close - j < 6 && !t[close].IsPunct(')'))
                {
                    if (t[close].IsWord && !t[close].Cap && close == j + 1 && MatchTitle(t, close, out _, out _) == 0) named = false;
                    close++;
                }
                if (named && close < t.Count && t[close].IsPunct(')')) { j = close + 1; continue; }
                break;
            }
            if (tok.IsPunct('\'') || tok.IsPunct('’') || (tok.IsPunct('-') && !tok.SpaceBefore)) { j++; continue; }
            if (tok.IsWord && tok.AllCaps) { j++; continue; }
            // "TP.HCM", "BS.CKII": a full stop inside an abbreviation.
            if (tok.IsPunct('.') && !tok.SpaceBefore && j > start && t[j - 1].AllCaps && j + 1 < t.Count && t[j + 1].AllCaps && !t[j + 1].SpaceBefore) { j++; continue; }
            // "the Municipal Assembly of People's Power Maylin Perez": the word after "People's" ends the body's name; the person's follows.
            if (tok.IsWord && tok.Cap && j >= start + 2 && t[j - 1].Is("s") && t[j - 2].Is("people") && j + 1 < t.Count && IsNameWord(t[j + 1])) { j++; break; }
            // As written: "Tô", "Thế" fold to "to", "the" but are names ("Tổng Bí thư Tô Lâm").
            if (tok.IsWord && IsOrgWord(tok))
            {
                if (Lexicon.ProvinceOrgWords.Contains(tok.Form)) hint ??= LocalityKinds.Province;
                else if (Lexicon.CityOrgWords.Contains(tok.Form)) hint ??= LocalityKinds.City;
                else if (tok.Fold is "district") hint ??= LocalityKinds.District;
                j++;
                continue;
            }
            // "Thống đốc tỉnh Yamaguchi và chính quyền tỉnh": "và" after the locality joins another body, not this title's.
            if (tok.Is("va") && !tok.Cap && j > start && PlaceEndingAt(s, j - 1) is not null) break;
            if (tok.IsWord && Lexicon.VietnameseOrgWords.Contains(tok.Form)
                && (!tok.Cap || (j + 1 < t.Count && t[j + 1].IsWord && Lexicon.VietnameseOrgWords.Contains(t[j + 1].Form)
                    && (!t[j + 1].Cap || (j + 2 < t.Count && !t[j + 2].Cap && t[j + 2].IsWord)))
                    || (tok.Cap && Lexicon.VietnameseUnitWords.Contains(tok.Form) && (j + 1 >= t.Count || !t[j + 1].Cap))))
            {
                if (tok.Fold is "tinh") hint ??= LocalityKinds.Province;
                else if (tok.Fold is "quan" or "huyen") hint ??= LocalityKinds.District;
                else if (tok.Fold is "pho" || tok.Fold is "thu") hint ??= LocalityKinds.City;
                else if (tok.Fold is "uy" && j > 0 && t[j - 1].Is("thanh")) hint ??= LocalityKinds.City; // Thành ủy: the city's party committee
                j++;
                continue;
            }
            // "president of Sister Cities of Newport News Inc, Frederick J Kohlman Jr": an organisation the gazetteer and the
            // word lists cannot read, after "of" and up to a comma before a name.
            // ("of the" too: "Director of the Tourism Authority of Thailand's Chiang Mai office".)
            bool afterOf = j > start && (t[j - 1].Is("of") || (t[j - 1].Is("the") && j - 2 >= start && t[j - 2].Is("of")));
            if (allowComma && tok.IsWord && tok.Cap && afterOf && NamedOrganisationEnd(s, j) is int comma) { j = comma + 1; break; }
            // "Minister for Local Government, Housing and Transport Parveen Kumar": a ministry's portfolio, up to its last word;
            // so after the organisation's place or word ("the Tottori Prefectural Agriculture, Forestry and Fisheries Department").
            if (tok.IsWord && tok.Cap && j > start && (t[j - 1].Is("for") || afterOf || previous?.Last == j - 1 || IsOrgWord(t[j - 1])) && PortfolioEnd(t, j) is int portfolioEnd)
            {
                j = portfolioEnd + 1;
                continue;
            }
            // "Minister of Culture of Uzbekistan", "Minister of Culture and Sports of the Republic of Korea": capitalised words
            // between two "of"s name the organisation.
            if (tok.IsWord && tok.Cap && afterOf && CapitalisedRunBeforeOf(t, j) is int nextOf) { j = nextOf; continue; }
            // "Chủ tịch HĐND huyện - Dương Văn Út": a spaced dash between the title and the name.
            if (allowDash && (tok.IsPunct('-') || tok.IsPunct('–')) && tok.SpaceBefore && j > start && j + 1 < t.Count && IsNameWord(t[j + 1]) && MatchTitle(t, j + 1, out _, out _) == 0)
            { j++; break; }
            if (allowComma && tok.IsPunct(',') && j + 1 < t.Count)
            {
                // "Mayor of Choisy-le-Roi, ông Tonino Panetta"; "Former Goulburn City mayor, Margaret O'Neill"; "The Lord Mayor of
                // Cork, Cllr Kieran McCarthy": an abbreviated title there introduces the name as an honorific does.
                int k = j + 1;
                int h = Phrases.Honorifics.MatchAny(t, k, out _);
                if (h == 0 && k < t.Count && t[k].IsWord && Lexicon.AbbreviatedTitles.Contains(t[k].Form)) h = k + 1 < t.Count && t[k + 1].IsPunct('.') ? 2 : 1;
                k += h;
                if (k < t.Count && IsNameWord(t[k]) && MatchTitle(t, k, out _, out _) == 0) { j = k; break; }
                break;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// "Trường THPT chuyên Lê Khiết Trần Thị Ngọc Hân", "Bệnh viện Nguyễn Đình Chiểu BS.CKII Võ Thị Thanh Nga": a school or
    /// hospital named after someone (a Vietnamese name of two words or more). Returns where the organisation ends, at the
    /// next surname that opens a name, else after its namesake, else after the institution's kind; null when no such
    /// institution opens at <paramref name="j"/>.
    /// </summary>
    private static int? NamesakeInstitutionEnd(Sentence s, int j)
    {
        var t = s.Tokens;
        if (!t[j].Cap || OpenerLength(t, j) is not int opener) return null;
        // What kind of institution it is: capitals ("THPT"), a lower-case word after them or the opener ("chuyên"), and words
        // written as a department's ("Tiểu học", "Sư phạm") when a name or a locality goes on after them ("Ural cho biết" is a verb's).
        int r = j + opener;
        while (r < t.Count && t[r].IsWord)
        {
            if (t[r].AllCaps || (!t[r].Cap && (r == j + opener || t[r - 1].AllCaps))) r++;
            else if (t[r].Cap && r + 2 < t.Count && t[r + 1].IsWord && !t[r + 1].Cap && t[r + 1].SpaceBefore && t[r + 2].IsWord
                && (t[r + 2].Cap || Lexicon.VietnameseOrgWords.Contains(t[r + 2].Form))) r += 2;
            else break;
        }
        int e = r;
        while (e + 1 < t.Count && IsNameWord(t[e + 1]) && t[e + 1].SpaceBefore) e++;
        if (r >= t.Count || !IsNameWord(t[r]) || e - r < 1) return r;
        bool namesake = Lexicon.VietnameseSurnames.Contains(t[r].Form);
        if (namesake)
            for (int p = r + 2; p < e; p++)
                if (Lexicon.VietnameseSurnames.Contains(t[p].Form)) return p;
        // "Bệnh viện Trưng Vương BS.CKII Phạm Thị Thu Hà": a degree in capitals comes between the institution and the name.
        if (e + 1 < t.Count && t[e + 1].IsWord && t[e + 1].AllCaps) return e + 1;
        // Any other name after the institution's kind is read as any organisation's is ("Đại học Liên bang Ural").
        return namesake ? e + 1 : r;
    }

    // Lexicon.NamesakeInstitutions split into their words once.
    private static readonly string[][] s_namesakeInstitutions = System.Array.ConvertAll(Lexicon.NamesakeInstitutions, p => p.Split(' '));

    /// <summary>The number of words of the <see cref="Lexicon.NamesakeInstitutions"/> phrase (as written) at <paramref name="j"/>, or null.</summary>
    private static int? OpenerLength(TokenList t, int j)
    {
        foreach (var words in s_namesakeInstitutions)
        {
            int k = 0;
            while (k < words.Length && j + k < t.Count && t[j + k].Text == words[k]) k++;
            if (k == words.Length) return k;
        }
        return null;
    }

    /// <summary>
    /// The last word of a run of capitalised portfolio words (<see cref="Lexicon.NotNameWords"/>), commas and "and" from
    /// <paramref name="j"/>, when a name word follows it; or null.
    /// </summary>
    private static int? PortfolioEnd(TokenList t, int j)
    {
        int last = -1;
        for (int k = j; k < t.Count && k - j < 14; k++)
        {
            if (t[k].IsWord && t[k].Cap && Lexicon.NotNameWords.Contains(t[k].Form)) last = k;
            else if (!(t[k].IsPunct(',') || t[k].IsPunct('&') || t[k].Is("and"))) break;
        }
        return last >= 0 && last + 1 < t.Count && IsNameWord(t[last + 1]) && t[last + 1].SpaceBefore ? last : null;
    }

    /// <summary>The "of" closing a run of capitalised words (and "and", "&amp;") from <paramref name="j"/>, or null.</summary>
    private static int? CapitalisedRunBeforeOf(TokenList t, int j)
    {
        int k = j;
        while (k < t.Count && k - j < 8 && ((t[k].IsWord && (t[k].Cap || t[k].Is("and"))) || t[k].IsPunct('&'))) k++;
        return k < t.Count && k > j && t[k].Is("of") && t[k - 1].IsWord && t[k - 1].Cap ? k : null;
    }

    /// <summary>The last word of "of the Carrigaline Twinning Association" opening at <paramref name="k"/>: capitalised words ending with an association's head word; or null.</summary>
    private static int? AssociationAfter(Sentence s, int k)
    {
        var t = s.Tokens;
        if (k + 3 >= t.Count || !t[k].Is("of") || !t[k + 1].Is("the")) return null;
        int last = k + 2;
        while (last + 1 < t.Count && last - k < 8 && t[last + 1].IsWord && t[last + 1].Cap) last++;
        return t[last].Cap && Lexicon.AssociationHeads.Contains(t[last].Form) && last > k + 2 ? last : null;
    }

    /// <summary>The comma closing a run of capitalised words (and "of", "the", "and") from <paramref name="j"/> that a name of two words or more follows, or null.</summary>
    private int? NamedOrganisationEnd(Sentence s, int j)
    {
        var t = s.Tokens;
        int k = j;
        while (k < t.Count && k - j < 10 && t[k].IsWord && (t[k].Cap || t[k].Is("of") || t[k].Is("the") || t[k].Is("and"))) k++;
        if (k + 1 >= t.Count || !t[k].IsPunct(',') || !IsNameWord(t[k + 1]) || MatchTitle(t, k + 1, out _, out _) > 0) return null;
        Place? ignored = null;
        int end = NameRun(s, k + 1, ref ignored);
        // ("the Department of Labour, War Invalids and Social Affairs": no name goes on with a portfolio's words.)
        return end >= 0 && CountWords(t, k + 1, end) >= 2 && !HasNotNameWord(t, k + 1, end) ? k : null;
    }

    /// <summary>"A." in "Marcos A. Bednarski": one capital letter and a full stop.</summary>
    private static bool IsInitial(TokenList t, int k) =>
        char.IsUpper(t[k].Text[0]) && (t[k].Text.Length == 1 ? k + 1 < t.Count && t[k + 1].IsPunct('.') && !t[k + 1].SpaceBefore
            : t[k].Text.Length == 2 && t[k].Text[1] == '.');

    /// <summary>Whether a hyphenated syllable or a capitalised name word follows at <paramref name="k"/>.</summary>
    private static bool NameGoesOn(TokenList t, int k) =>
        k + 1 < t.Count && ((t[k].IsPunct('-') && !t[k].SpaceBefore && t[k + 1].IsWord && !t[k + 1].SpaceBefore)
            || (t[k].IsWord && t[k].Cap && t[k].SpaceBefore && t[k + 1].IsPunct('-') && !t[k + 1].SpaceBefore));

    /// <summary>The end of a 1-5 word capitalised name starting at <paramref name="j"/>, or -1.</summary>
    private int NameRun(Sentence s, int j, ref Place? city)
    {
        var t = s.Tokens;
        // "E.Bat-Uul", "M.A.Grekhov" (Mongolian and Russian style): initials written tight against the surname.
        int initials = j;
        while (initials + 2 < t.Count && t[initials].IsWord && t[initials].Text.Length == 1 && t[initials].Cap && t[initials + 1].IsPunct('.')
            && !t[initials + 1].SpaceBefore && t[initials + 2].IsWord && t[initials + 2].Cap && !t[initials + 2].SpaceBefore)
            initials += 2;
        bool tightInitials = initials > j && t[initials].Text.Length > 1 && IsNameWord(t[initials]);
        // "S.M. Tanvir": the last initial with its full stop, then the surname after a space.
        if (!tightInitials && initials + 2 < t.Count && t[initials].IsWord && t[initials].Text.Length == 1 && t[initials].Cap && t[initials + 1].IsPunct('.')
            && !t[initials + 1].SpaceBefore && initials > j && IsNameWord(t[initials + 2]) && t[initials + 2].SpaceBefore && t[initials + 2].Text.Length > 1
            // One surname only, no place's part: "H.E. Zeng Zanrong" (His Excellency), "Washington, D.C. Min-jun Sato" hold abbreviations before a name.
            && !(initials + 3 < t.Count && IsNameWord(t[initials + 3]) && t[initials + 3].SpaceBefore) && !(j > 0 && t[j - 1].IsWord && t[j - 1].Cap)
            && !(j >= 2 && t[j - 1].IsPunct(',') && PlaceEndingAt(s, j - 2) is not null))
        {
            initials += 2;
            tightInitials = true;
        }
        // "T.J Vinod": the last initial without its full stop, then the surname.
        bool spacedInitials = !tightInitials && initials > j && t[initials].Text.Length == 1 && char.IsUpper(t[initials].Text[0]) && initials + 1 < t.Count
            && IsNameWord(t[initials + 1]) && t[initials + 1].SpaceBefore && t[initials + 1].Text.Length > 1;
        bool familyNameFirst = !tightInitials && !spacedInitials && FamilyNameInCapitals(s, j);
        bool surnameInCapitals = !tightInitials && !spacedInitials && !familyNameFirst && VietnameseSurnameInCapitals(t, j);
        if (j >= t.Count || !(tightInitials || spacedInitials || familyNameFirst || surnameInCapitals || IsNameWord(t[j])) || IsLeadingHonorific(t[j])) return -1;
        // "H.E. Zeng Zanrong": the last letter of an abbreviation ("His Excellency") opens no name.
        if (t[j].Text.Length == 1 && j + 1 < t.Count && t[j + 1].IsPunct('.') && j >= 2 && t[j - 1].IsPunct('.') && !t[j].SpaceBefore && t[j - 2].Text.Length == 1)
            return -1;
        // "Sở Du lịch", "Cục Lãnh sự": a Vietnamese department, never a surname.
        if (Lexicon.VietnameseOrganisationWords.Contains(t[j].Text)) return -1;
        int last = j, words = 1;
        int k = j + 1;
        if (tightInitials) { last = initials; words = 2; k = initials + 1; }
        if (spacedInitials) { last = initials + 1; words = 2; k = initials + 2; }
        if (familyNameFirst) { last = j + 1; words = 2; k = j + 2; }
        while (k < t.Count && words < 7)
        {
            // "Martin Hamilton-Smith and Rajasthan Chief Minister Vasundhara Raje" (written "Smithand"): a place before a
            // capitalised title opens the next person's title.
            if (words >= 2 && PlaceAt(s, k) is { } titlePlace && titlePlace.Last + 1 < t.Count && t[titlePlace.Last + 1].Cap
                && Phrases.Titles.Matches(t, titlePlace.Last + 1)) break;
            // "Ông Sherin Valery Vitalevich Chủ tịch chính phủ tỉnh Tula": a title of several words ends the name.
            if (IsNameWord(t[k]) && t[k].SpaceBefore && !(k + 1 < t.Count && !t[k + 1].Cap && Phrases.Titles.MatchAny(t, k, out _) > 1)) { last = k; words++; k++; continue; }
            // "Phon Súc In Thạ Vông" (a Lao name in Vietnamese text): a capitalised English function word between name words.
            if (words >= 2 && t[k].IsWord && t[k].Cap && t[k].SpaceBefore && Lexicon.EnglishFunctionWords.Contains(t[k].Form) && k + 1 < t.Count
                && IsNameWord(t[k + 1]) && t[k + 1].SpaceBefore && !Folding.IsAscii(s.Text)) { last = k + 1; words += 2; k += 2; continue; }
            // "Cao Thị Hòa An", "Nguyen Van An": a Vietnamese given name that is an English organisation word ("An") still ends a Vietnamese name.
            if (t[k].IsWord && t[k].Cap && t[k].SpaceBefore && words >= 2 && Lexicon.VietnameseSurnames.Contains(t[j].Form)
                && Lexicon.VietnameseGivenNames.Contains(t[k].Form)) { last = k; words++; k++; continue; }
            // "Jean-Claude", "O'Neill"; not "Thong Savoun-Tỉnh trưởng", a title joined to the name by a hyphen.
            if ((t[k].IsPunct('-') || t[k].IsPunct('\'')) && !t[k].SpaceBefore && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].SpaceBefore && t[k + 1].Cap
                && !Phrases.Titles.Matches(t, k + 1)) { last = k + 1; k += 2; continue; }
            // "Kim Jung-taek", "Kim Jong-un", "Hyun-jae Lee": a Korean given name's second syllable in lower case after a hyphen,
            // after the surname or before it.
            if (t[k].IsPunct('-') && !t[k].SpaceBefore && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].SpaceBefore && !t[k + 1].Cap
                && t[k + 1].Fold.Length <= 4 && (words >= 2 || (k + 2 < t.Count && IsNameWord(t[k + 2]) && t[k + 2].SpaceBefore))
                && (k + 2 >= t.Count || !t[k + 2].IsPunct('-'))
                && !Lexicon.EnglishWordsAfterHyphen.Contains(t[k + 1].Form)) { last = k + 1; k += 2; continue; }
            // "Lếch-lay Sỉ-vi-lay", "Xay-sổm-phon": a Lao name in Vietnamese transliteration, lower-case syllables joined by hyphens.
            // A common word's syllable ("da", "thong", "luổng") only where the name goes on after it ("Sải-thong Xay-da-vong") or
            // ends a chain of syllables ("Đen-phu-luổng").
            if (t[k].IsPunct('-') && !t[k].SpaceBefore && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].SpaceBefore && !t[k + 1].Cap
                && t[k + 1].Fold.Length <= 6 && !Folding.IsAscii(s.Text)
                && (!Lexicon.CommonWords.Contains(t[k + 1].Form) || NameGoesOn(t, k + 2) || (k >= 2 && !t[k - 1].Cap && t[k - 2].IsPunct('-'))))
            { last = k + 1; k += 2; continue; }
            // "ông Bun Chăn - Sí Vông Phăn": a Lao name in Vietnamese text, its parts set apart by a spaced hyphen (not
            // "Nguyễn Văn A - Chủ tịch", a title; not "Viêng Chăn - Hà Nội", places).
            // A capitalised function word opens such a part too when a name word follows ("Vông Sỏn - In Pan Phim").
            if (t[k].IsPunct('-') && t[k].SpaceBefore && k + 1 < t.Count && t[k + 1].SpaceBefore && words <= 3
                && (IsNameWord(t[k + 1]) || (t[k + 1].IsWord && t[k + 1].Cap && k + 2 < t.Count && IsNameWord(t[k + 2]) && t[k + 2].SpaceBefore))
                && !Lexicon.VietnameseSurnames.Contains(t[j].Form) && !Folding.IsAscii(s.Text) && !Phrases.Titles.Matches(t, k + 1)
                && PlaceAt(s, k + 1) is null && CountryAt(s, k + 1) < 0) { last = k + 1; words++; k += 2; continue; }
            // "Phoxay XAYYASON": a surname in capitals (French style) after a name word.
            if (t[k].IsWord && t[k].AllCaps && t[k].SpaceBefore && t[k].Text.Length >= 4 && words >= 1 && t[k - 1].IsWord && !t[k - 1].AllCaps
                && !Lexicon.OrgWords.Contains(t[k].Form) && !Lexicon.VietnameseOrgWords.Contains(t[k].Form) && HasVowel(t[k].Text)) { last = k; words++; k++; continue; }
            // "Thomas Mark “Mix” Durano": a nickname in quotes inside the name (left out of it by Add).
            if (NicknameEnd(t, k) is int close && close + 1 < t.Count && t[close + 1].SpaceBefore && (IsNameWord(t[close + 1]) || IsInitial(t, close + 1)))
            { k = close + 1; continue; }
            // "Roel de Guzman", "Joost van der Berg": one or two lower-case particles between two words of the name.
            if (Lexicon.NameParticles.Contains(t[k].Text) && t[k].SpaceBefore)
            {
                int surname = k + 1 < t.Count && Lexicon.NameParticles.Contains(t[k + 1].Text) && t[k + 1].SpaceBefore ? k + 2 : k + 1;
                if (surname < t.Count && IsNameWord(t[surname]) && t[surname].SpaceBefore) { last = surname; words++; k = surname + 1; continue; }
            }
            // "Marcos A. Bednarski" (an initial that is also a word: "A", "I"), "Patricia P Woodbury" (no full stop): a middle
            // initial before the surname.
            if (t[k].IsWord && t[k].SpaceBefore && t[k].Text.Length == 1 && char.IsUpper(t[k].Text[0]))
            {
                int surname = IsInitial(t, k) ? k + 2 : k + 1;
                if (surname < t.Count && IsNameWord(t[surname]) && t[surname].SpaceBefore && t[surname].Text.Length > 1) { last = surname; words++; k = surname + 1; continue; }
            }
            // "Martin J. Walsh", "David M. Apatang": a middle initial.
            if (t[k].IsPunct('.') && !t[k].SpaceBefore && t[k - 1].Text.Length == 1 && k + 1 < t.Count && IsNameWord(t[k + 1]) && t[k + 1].SpaceBefore
                && t[k + 1].Text.Length > 1) { last = k + 1; words++; k += 2; continue; }
            break;
        }
        // "Seine-Saint-Denis provincial council": a capitalised run followed by organisation words names the organisation.
        if (k < t.Count && t[k].IsWord && Lexicon.OrgWordsAfterName.Contains(t[k].Form))
            return -1;
        return last;
    }

    /// <summary>
    /// "Mayor KUBOTA Shinji", "ông SUZUKI Masahiro": a family name in capitals (the Japanese order as printed in English and
    /// Vietnamese) before one given name, which ends the name. Not an acronym before a whole name ("JICA Tanaka Akihiko").
    /// </summary>
    private bool FamilyNameInCapitals(Sentence s, int j)
    {
        var t = s.Tokens;
        return j + 1 < t.Count && t[j].IsWord && t[j].AllCaps && t[j].Text.Length >= 3 && Pronounceable(t[j].Text)
            && !Lexicon.OrgWords.Contains(t[j].Form) && !Lexicon.VietnameseOrgWords.Contains(t[j].Form)
            && IsNameWord(t[j + 1]) && t[j + 1].SpaceBefore && !(j + 2 < t.Count && t[j + 2].IsWord && t[j + 2].Cap && t[j + 2].SpaceBefore)
            && PlaceAt(s, j + 1) is null && CountryAt(s, j + 1) < 0; // "JICA Nagano Director", "KOICA Vietnam"
    }

    /// <summary>A name printed with its family name in capitals opens at <paramref name="j"/>.</summary>
    private bool OpensNameInCapitals(Sentence s, int j) => FamilyNameInCapitals(s, j) || VietnameseSurnameInCapitals(s.Tokens, j);

    /// <summary>"Ms. PHAM Thi Hong Van": a Vietnamese surname in capitals, as Japanese and Korean sites print it, before the given names.</summary>
    private static bool VietnameseSurnameInCapitals(TokenList t, int j) =>
        j + 1 < t.Count && t[j].IsWord && t[j].AllCaps && t[j].Text.Length >= 2 && Lexicon.VietnameseSurnames.Contains(t[j].Form)
        && IsNameWord(t[j + 1]) && t[j + 1].SpaceBefore;

    /// <summary>No three consonants in a row, as in a name ("MATSUMOTO", "ZHANG"), not an acronym ("UCLG Africa").</summary>
    private static bool Pronounceable(string text)
    {
        int consonants = 0;
        foreach (char c in text)
        {
            consonants = "AEIOUY".IndexOf(c) >= 0 ? 0 : consonants + 1;
            if (consonants == 3) return false;
        }
        return true;
    }

    private static bool HasVowel(string text)
    {
        foreach (char c in text) if ("AEIOUY".IndexOf(c) >= 0) return true;
        return false;
    }

    /// <summary>The place in "of Toulouse" right after the name ending at <paramref name="nameLast"/>.</summary>
    private PlaceCandidate? PlaceOfAfter(Sentence s, int nameLast) =>
        nameLast + 2 < s.Tokens.Count && s.Tokens[nameLast + 1].Is("of") && PlaceAt(s, nameLast + 2) is { Places.Count: > 0 } place ? place : null;

    /// <summary>The closing quote of a one- or two-word capitalised nickname opening at <paramref name="k"/>, or null.</summary>
    private static int? NicknameEnd(TokenList t, int k)
    {
        if (k >= t.Count || !t[k].SpaceBefore || !(t[k].IsPunct('“') || t[k].IsPunct('"'))) return null;
        int close = k + 1;
        while (close < t.Count && close - k <= 3 && t[close].IsWord && t[close].Cap) close++;
        return close > k + 1 && close < t.Count && (t[close].IsPunct('”') || t[close].IsPunct('"')) ? close : null;
    }

    /// <summary>
    /// "Councillor Ben Dalton O'Sullivan": a word that is only another name of its places ("Ben" for Bern) is a first
    /// name before a name, even one whose next word is a place too.
    /// </summary>
    private static bool KnownOnlyByOtherNames(PlaceCandidate place)
    {
        for (int k = 0; k < place.Places.Count; k++) if (place.Places[k].FoldedName() == place.Fold) return false;
        return place.Places.Count > 0;
    }

    private static bool TwoNameWordsAt(TokenList t, int k) =>
        k + 1 < t.Count && IsNameWord(t[k]) && t[k].SpaceBefore && IsNameWord(t[k + 1]) && t[k + 1].SpaceBefore;

    /// <summary>"Tỉnh trưởng Chungcheongnam Kim Tae Heum": a province is nobody's first name.</summary>
    private static bool OnlyProvinces(PlaceCandidate place)
    {
        if (place.Places.Count == 0) return false;
        for (int k = 0; k < place.Places.Count; k++) if (place.Places[k].Kind != LocalityKinds.Province) return false;
        return true;
    }

    /// <summary>Separates a place from a name written straight after it: "Huế Nguyễn Thanh Bình", "Nam Ninh Trần Hồng".</summary>
    /// <summary>"Thống đốc Tokyo Koike Yuriko": Vietnamese writes the title, its place, then the name.</summary>
    private static bool AfterVietnameseTitle(Sentence s, int first) =>
        first > 0 && s.Tokens[first - 1].Form.VietnameseLetters > 0 && Phrases.Titles.EndingBefore(s.Tokens, first) is not null;

    private (int, int) SplitPlaceFromName(Sentence s, int first, int last, ref Place? city)
    {
        var t = s.Tokens;
        var words = new List<int>();
        for (int k = first; k <= last; k++) if (t[k].IsWord && (k == first || t[k].SpaceBefore)) words.Add(k);
        var place = PlaceAt(s, first);
        // "Martin J. Walsh": a first name followed by a middle initial is not a place.
        bool initialNext = place is not null && place.Last + 1 <= last && t[place.Last + 1].Text.Length == 1 && place.Last + 2 <= last && t[place.Last + 2].IsPunct('.');
        // "Alexandra Daniela Cid Gonzalez": a one-word place opening a name that does not go on with a Vietnamese surname is a first name.
        // Not after a locality word: "Thị trưởng thành phố Harare Min-jun Garcia" names the city first.
        // "Mr Chui Sai On", "Francisco Perez Tejeda": a word only small towns bear is a first name even before another place's word.
        bool firstName = place is not null && place.First == place.Last && place.Last + 1 <= last && !Lexicon.VietnameseSurnames.Contains(t[place.Last + 1].Form)
            && (PlaceAt(s, place.Last + 1) is null || LocalityResolver.AllSmallTowns(place.Places) || KnownOnlyByOtherNames(place) || TwoNameWordsAt(t, place.Last + 1))
            && !OnlyProvinces(place) && !AfterLocalityWord(t, first) && !AfterVietnameseTitle(s, first);
        if (place is not null && place.Last < last && !initialNext && !firstName
            && (!Lexicon.VietnameseSurnames.Contains(t[first].Form) || PlaceScanner.PlaceBeforeName(t, first, place.Last, PlaceScanner.CapRun(t, first))))
        {
            int rest = 0;
            foreach (var w in words) if (w > place.Last) rest++;
            if (rest >= 2) { city ??= place.Places[0]; return (place.Last + 1, last); }
        }
        for (int w = 1; w < words.Count; w++)
        {
            int rest = words.Count - w;
            if (rest < 2 || rest > 4) continue;
            if (!Lexicon.VietnameseSurnames.Contains(t[words[w]].Form)) continue;
            // "Nguyễn Thị Hà Tân": no name ends with its middle name; the surname after it is a given name. Nor is "Ta Văn"
            // (in the Lao "Ling Thong Sẻng Ta Văn") a Vietnamese name of its own.
            if (Lexicon.VietnameseMiddleNames.Contains(t[words[w - 1]].Text) || Lexicon.VietnameseMiddleNames.Contains(t[last].Text)) continue;
            // "thành phố Vinh Bùi Thu Tuấn": after a locality word, the word before a Vietnamese name is the locality's name
            // (not in "thành phố Hoàng Thạch Yuki Lopez", whose name is foreign).
            if (w >= 2 || words.Count > 4 || (AfterLocalityWord(t, first) && !Folding.IsAscii(t[last].Text))) return (words[w], last);
        }
        return (first, last);
    }

    private static bool AfterLocalityWord(TokenList t, int first)
    {
        LocalityResolver.PrefixKind(t, first, out bool prefixed);
        return prefixed;
    }

    /// <param name="smallTownsCount">False where a name only small towns have reads as a surname ("Mayor Moriarty said").</param>
    private bool IsPlaceOrCountry(Sentence s, int first, int last, bool smallTownsCount = true)
    {
        // "TP Đà Nẵng": a place whose name opens with its unit word covers the run too.
        var p = PlaceAt(s, first) ?? (first > 0 ? PlaceAt(s, first - 1) : null);
        // A run opening with a surname ("Thái Nguyên") is a place only where a place is expected: "tại Thái Nguyên, Bí thư",
        // "huyện Vũ Quang, Bí thư".
        if (p is not null && p.Last >= last
            && (!Lexicon.VietnameseSurnames.Contains(s.Tokens[first].Form) || Phrases.VenueMarkers.EndingBefore(s.Tokens, first, oneWordInLowerCase: true) is not null
                || AfterLocalityWord(s.Tokens, first))
            && (smallTownsCount || !LocalityResolver.AllSmallTowns(p.Places))) return true;
        return CountryAt(s, first) >= last;
    }

    private PlaceCandidate? PlaceAt(Sentence s, int j)
    {
        if (!_placesBySentence.TryGetValue(s, out var list)) return null;
        foreach (var p in list) if (p.First == j && !CommonWordSpan(p)) return p;
        return null;
    }

    private Place? PlaceEndingAt(Sentence s, int j)
    {
        if (j < 0 || !_placesBySentence.TryGetValue(s, out var list)) return null;
        foreach (var p in list) if (p.Last == j && !CommonWordSpan(p)) return p.Places[0];
        return null;
    }

    /// <summary>"Council", "People": gazetteer hits that are words of an organisation's name.</summary>
    private static bool CommonWordSpan(PlaceCandidate p)
    {
        if (p.Words != 1) return false;
        var f = p.Sentence.Tokens[p.First].Form;
        return Lexicon.CommonWords.Contains(f) || Lexicon.OrgWords.Contains(f);
    }

    /// <summary>"Hanoi People's Council Vice Chairwoman": the place before the organisation words before a title.</summary>
    private Place? PlaceBeforeOrg(Sentence s, int j)
    {
        var t = s.Tokens;
        int k = j;
        while (k >= 0 && (Lexicon.OrgWords.Contains(t[k].Form) && !Lexicon.OrgFunctionWords.Contains(t[k].Form) || t[k].Fold == "s" || t[k].IsPunct('\'') || t[k].IsPunct('’'))) k--;
        return k < j ? PlaceEndingAt(s, k) : null;
    }

    private static int RoleStart(Sentence s, int i)
    {
        // Include "Toulouse Deputy Mayor" / "Hanoi People's Council Vice Chairwoman" / "Former Goulburn City mayor".
        var t = s.Tokens;
        int k = i - 1;
        int start = i;
        // A sentence's opening "The" is no part of the role ("The Lord Mayor of Cork").
        while (k >= 0 && i - k <= 6 && t[k].IsWord && (t[k].Cap || t[k].Fold == "s") && !IsTitleWord(t[k].Form) && !t[k].Is("the")) { start = k; k--; }
        while (k >= 0 && (t[k].IsPunct('\'') || t[k].IsPunct('’'))) k--;
        return start;
    }

    private int CountryAt(Sentence s, int j)
    {
        if (!_countriesBySentence.TryGetValue(s, out var list)) return -1;
        foreach (var c in list)
            if (c.First == j)
            {
                // "Bí thư Tỉnh ủy Thái Đại Ngọc": a surname that is also a country's word ("Thái", Thai) opens a name of three words.
                var t = s.Tokens;
                if (c.Last == j && Lexicon.VietnameseSurnames.Contains(t[j].Form) && j + 2 < t.Count && IsNameWord(t[j + 1]) && IsNameWord(t[j + 2])
                    && t[j + 1].SpaceBefore && t[j + 2].SpaceBefore && !(Folding.IsAscii(t[j + 1].Text) && Folding.IsAscii(t[j + 2].Text))) return -1;
                return c.Last;
            }
        return -1;
    }
}
