using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>An event being assembled.</summary>
internal sealed class EventDraft
{
    public EventDraft(string kind, PartialDate start, PartialDate? end) { Kind = kind; Start = start; End = end; }
    public string Kind { get; set; }
    public PartialDate Start { get; set; }
    public PartialDate? End { get; set; }
    public Place? City { get; set; }
    public List<Place> Parties { get; } = new();
    public List<Person> People { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public string Title { get; set; } = "";
    /// <summary>Token index of the trigger in the first sentence.</summary>
    public int TriggerAt { get; set; } = -1;
    /// <summary>When in its day it is told to happen, if at all.</summary>
    public TimeOfDay Time { get; set; }
    /// <summary>Dated "the same day" as something told before ("Chiều cùng ngày, ... đã tiếp đoàn"): another event on that day.</summary>
    public bool AnotherOnItsDay { get; set; }
    /// <summary>An item of a visit's programme ("Tuesday, 9 a.m. – Tour of the harbour"): one occasion of the stay, not the stay.</summary>
    public bool ProgrammeItem { get; set; }
    /// <summary>A stay told as being somewhere ("was in Matsue from Thursday through Sunday"): the days' outings are others.</summary>
    public bool Stay { get; set; }
    /// <summary>A later day of a stay told before, the travelling party's outing that day ("The following day, the delegation visited ..."): not the stay.</summary>
    public bool DayOfAStay { get; set; }
    /// <summary>
    /// A journey of days to a country or to several places ("thăm và làm việc tại Canada và Hoa Kỳ"), or a meeting over a screen:
    /// in no one city, whatever its days' outings are or the places its sentences name.
    /// </summary>
    public bool NoOneCity { get; set; }
    /// <summary>The travelling party's arrival ("arrives at", "đã đến"): a stay's first day.</summary>
    public bool Arrival { get; set; }
    /// <summary>An opening or closing ceremony whose sentence names no occasion: a part of the event of its day, if the article tells one.</summary>
    public bool PartOfAnOccasion { get; set; }
    /// <summary>"The conference closed on November 24": a gathering its sentence opens with, the one of its kind told before, if any.</summary>
    public bool ToldBefore { get; set; }
    /// <summary>The travelling party's sightseeing ("đoàn đi thăm mô hình trồng cà phê tại huyện Mai Sơn"): their hosts' place, no partner.</summary>
    public bool Outing { get; set; }
    /// <summary>Dated only by "last week" (its month): the Monday of that week.</summary>
    public PartialDate? WeekOf { get; set; }

    public void AddParty(Place? p) { if (p is not null && !Parties.HasKey(p.Key)) Parties.Add(p); }
    public void AddPerson(Person p) { if (!People.Contains(p)) People.Add(p); }
}

/// <summary>
/// Stage 7. An event is a trigger word (meeting, received, working session, visit, chuyến thăm, conference,
/// hội nghị, signed, inked, ký kết) with a date of at least month precision in the same sentence; each date
/// goes to the nearest trigger before it, else after it. Triggers inside "within the framework of the visit",
/// "nhân dịp ..." are background. A one-day "visit and work with" is a meeting. The place is "in/at/tại X",
/// "visiting X", "fly to X"; else the host: the subject of "received/tiếp", or whom a delegation meets "with".
/// "At the meeting, ..." sentences add their people (and dated-less triggers) to the last meeting.
/// Captions only add to events stated elsewhere.
/// </summary>
internal sealed class EventFinder
{
    private readonly BySentence<List<PlaceMention>> _places;
    private readonly BySentence<List<DateMention>> _dates;
    private readonly BySentence<List<PersonMention>> _people;
    private readonly (Place, Place)? _mainPair;
    private readonly List<PlaceMention> _allPlaces;
    private readonly PartialDate? _published;

    public EventFinder(List<PlaceMention> places, BySentence<List<PlaceMention>> placesBySentence, BySentence<List<DateMention>> dates,
        List<PersonMention> people, List<CountryMention> countries, (Place, Place)? mainPair, PartialDate? published, string? wirePlace)
    {
        _wirePlace = wirePlace;
        _countries = countries;
        _allPlaces = places;
        _published = published;
        _places = placesBySentence;
        _people = BySentence.Group(people, p => p.Sentence);
        _dates = dates;
        _mainPair = mainPair;
    }

    // An article names a few countries: a list scanned per venue costs less than a table grouped per article.
    private readonly List<CountryMention> _countries;

    /// <summary>The sentence before the one being read (captions skipped).</summary>
    private Sentence? _previous;

    /// <summary>Where the report was filed ("SEOUL (Yonhap) --"), if its first lines say and the story names it again.</summary>
    private Place? _dateline;

    /// <summary>The place of a wire dateline the reader cut off the body, spelled (<see cref="TokenList.Spelled"/>).</summary>
    private readonly string? _wirePlace;

    /// <summary>
    /// "TAIPEI (Taiwan News) — Kaohsiung Mayor Chen signed ...": a place named only in the dateline is where the agency
    /// sits, not where the story happens (the locality stage made it a locator). A dated wire dateline cut off the body
    /// ("Xơ-un, ngày 12/10 (TTXVN) -") is a place the story names again, or none.
    /// </summary>
    private Place? DatelinePlace(List<PlaceMention> places)
    {
        foreach (var m in places)
            if (!m.Sentence.IsTitle && LocalityResolver.IsDateline(m)) return m.Locator ? null : m.Place;
        if (_wirePlace is not { Length: > 0 } wire) return null;
        // "GENERAL SANTOS CITY, July 23, 2023" under the text: another name of a place the story names ("General Santos").
        foreach (var m in places)
            if (!m.Sentence.IsTitle && !m.Locator && (m.Sentence.Tokens.Spelled(m.First, m.Last) == wire || SpelledAsOneOfItsNames(m.Place, wire)))
                return m.Place;
        return null;
    }

    /// <summary>Whether one of the place's names, its words run together as <see cref="TokenList.Spelled"/> writes them, is <paramref name="spelled"/>.</summary>
    private static bool SpelledAsOneOfItsNames(Place place, string spelled)
    {
        foreach (var name in place.FoldedNames())
            if (name.Length >= spelled.Length && string.Equals(name.Replace(" ", ""), spelled, StringComparison.Ordinal)) return true;
        return false;
    }

    public List<EventDraft> Find(IReadOnlyList<Sentence> sentences, System.Threading.CancellationToken ct)
    {
        _dateline = DatelinePlace(_allPlaces);
        var events = new List<EventDraft>();
        var captionEvents = new List<EventDraft>();
        var signedInCaptions = new List<EventDraft>();
        EventDraft? lastMeeting = null, lastVisit = null, lastConference = null;
        var recent = new List<(EventDraft E, int Paragraph)>();
        (PartialDate Day, int Paragraph)? programme = null;
        (PartialDate Day, int Paragraph, bool MetThere)? dayJustTold = null;
        // The day of a stay an event was told on last, counted by the stay's days ("On the first day"), not by a date.
        PartialDate? stayDayTold = null;
        Sentence? before = null;
        bool lead = true;
        EventDraft? leadEvent = null;
        PartialDate? leadDay = null;
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (s.IsTitle && !IsLeadAsTitle(s)) continue;
            // "Monday, 10 a.m. – Official welcome at City Hall", "Wednesday, 18 June": a programme's line is the article's own
            // text, though short and without a full stop, as a photo's caption is.
            int itemStart = ProgrammeLine.ItemStart(s.Tokens);
            bool dayHeading = ProgrammeLine.IsDayHeading(s.Tokens);
            bool caption = s.IsCaption && itemStart < 0 && !dayHeading;
            _previous = before;
            if (!caption) before = s;
            // The lead is the first sentence of the body, past a dateline cut off as a sentence of its own ("ASTANA.").
            bool isLead = lead && !caption && WordCount(s.Tokens) >= 5;
            if (isLead) lead = false;
            var triggers = Triggers(s);
            _dates.TryGetValue(s, out var ds);
            // "The fair, held from May 20 to 23 on Klauzál Square, ... alongside a rice-paper workshop": the days of the occasion
            // told just before, and what it offers, no event of its own.
            if (!caption && ds is not null && OccasionSpanTold(s, ds, events) is { } span)
            {
                span.Occasion.Start = span.Start;
                span.Occasion.End = span.End;
                span.Occasion.Sentences.Add(s);
                triggers.Clear();
            }
            bool continuation = Phrases.MeetingContinuations.MatchAny(s.Tokens, 0, out _) > 0;
            var dated = new List<DateMention>();
            if (ds is not null)
                foreach (var d in ds)
                    if (d.Start.Precision != DatePrecision.Year && !d.Commemorated && (!d.StartsPeriod || WhenClauseFollows(d)) && !d.EndsStay) dated.Add(d);
            // "Today, ... are expected to sign a renewed MoU, approved by the council last week": "last week" is a rough date
            // that yields to any other of its sentence ("Tuần trước, từ ngày 7 đến 11/4") dating an event; not to one dating
            // no trigger ("traveled to Chitose last week ..., which were linked as sister cities in October 1993").
            if (RoughWeekYields(dated, triggers)) dated.RemoveAll(d => d.WeekOf is not null);
            var created = new List<EventDraft>();
            foreach (var d in dated)
            {
                var trig = Assign(triggers, d);
                if (trig is null) continue;
                // "have signed a sister city agreement. The brief ceremony took place in Kumasi on June 26": a ceremony is the
                // signing's where one is told, else no occasion of its own ("Tea Ceremony at the Woman's Club").
                if (trig.Value.Phrase == "ceremony" && !CeremonyIsASigning(s, trig.Value.First, sentences)) continue;
                var e = Build(s, trig.Value, d.Start, d.End, triggers);
                e.Time = TimeOfDay.Around(s.Tokens, d.First, d.Last);
                e.AnotherOnItsDay = d.SameDayAsEarlier || AlsoOnItsDay(s.Tokens, d.First);
                e.WeekOf = d.WeekOf;
                // "Hainan and the Grodno region signed an agreement ... The ceremony took place on December 21": the signing's
                // parties are the sentence's before.
                if (trig.Value.Phrase == "ceremony" && e.Parties.Count == 0 && _previous is { } signedBefore && Phrases.SigningVerbs.AnyIn(signedBefore))
                {
                    AddPeopleAndParties(e, signedBefore);
                    e.Sentences.Add(signedBefore);
                }
                created.Add(e);
                // "X and Y formally signed a sister cities agreement on Friday, May 26, 2017. (Photographer, site)": a caption
                // stating a signing in the past tense with its full date reports it.
                if (caption && e.Kind == EventKinds.Signing && d.ExplicitYear && d.Start.Precision == DatePrecision.Day
                    && Phrases.PastTenseVerbs.AnyIn(s))
                    signedInCaptions.Add(e);
            }
            // "Monday, 10 a.m. – Official welcome in the City Council chambers": an item of a visit's programme is an occasion of
            // that visit, on the day its head gives (or the item's before: "Afternoon: visit to the peninsula").
            if (!caption && ProgrammeItemAt(s, sentences, dated, itemStart, dayHeading, ref programme) is { } item)
            {
                if (created.Count == 0 && ItemEvent(s, item.Start, item.Day, triggers, sentences) is { } itemEvent)
                {
                    itemEvent.Time = item.Time;
                    created.Add(itemEvent);
                }
                foreach (var e in created) JoinTheProgramme(e, events, s, item.Start);
            }
            // "Davao City and Hamamatsu City strengthened their bond through a sister city agreement on Tuesday. Mayor X and
            // Mayor Y signed a memorandum ...": the lead's day, naming no event, is the day of the signing told right after it.
            // "X and Y on Monday pledged to deepen cooperation. The pledge was made at talks between ...": or of the meeting.
            if (isLead && created.Count == 0 && dated.Count == 1 && dated[0].Start.Precision == DatePrecision.Day) leadDay = dated[0].Start;
            else if (leadDay is { } day0 && !caption && !isLead)
            {
                if (created.Count == 0 && (ds is null || ds.Count == 0))
                    foreach (var tr in triggers)
                        if ((tr.Kind == EventKinds.Signing && tr.Phrase == "signed") || (tr.Kind == EventKinds.Meeting && !tr.Background && !Phrases.FutureMarkers.AnyIn(s)))
                        {
                            created.Add(Build(s, tr, day0, null, triggers));
                            break;
                        }
                leadDay = null;
            }
            // "ASTANA. KAZINFORM - The Mayor of Astana met with ...": a news lead reporting in the past tense what happened,
            // with no date of its own, reports the day it was published (a temporal tagger's "document creation time"),
            // unless the article dates an event of that kind, or any event in the lead's paragraph (then the lead sums that up),
            // or the lead says only roughly when ("last week").
            if (created.Count == 0 && isLead && _published is { Precision: DatePrecision.Day } day && OnlyTermsDated(ds, day)
                && Phrases.PastTenseVerbs.AnyIn(s) && !Phrases.VagueTimeCues.AnyIn(s) && ReportedTrigger(s, triggers) is { } reported
                && !(reported.First > 0 && Lexicon.FutureOrInfinitiveMarkers.Contains(s.Tokens[reported.First - 1].Form))
                && !RepeatedLater(s, sentences))
                leadEvent = Build(s, reported, day, null, triggers);
            // "traveled to Chitose last week ... The delegation left Yangyang on Thursday and returned on Sunday": the days of a
            // visit told roughly before.
            if (created.Count == 0 && !caption && lastVisit is { End: null } && lastVisit.Start.Precision != DatePrecision.Day && ds is not null
                && TripBetween(s, ds) is { } trip && trip.Start.Month == lastVisit.Start.Month)
            {
                (lastVisit.Start, lastVisit.End, lastVisit.WeekOf) = (trip.Start, trip.End, null);
                lastVisit.Sentences.Add(s);
            }
            // "The delegation, led by ..., left Vietnam on September 13 and returned on September 20", no visit told before: a
            // journey of those days, in no one city (its stops are told after).
            else if (created.Count == 0 && !caption && lastVisit is null && ds is not null && TripBetween(s, ds) is { } journey)
            {
                var e = new EventDraft(EventKinds.Visit, journey.Start, journey.End) { Title = Truncate(s.Text, 140), NoOneCity = true };
                e.Sentences.Add(s);
                AddPeopleAndParties(e, s);
                created.Add(e);
            }
            // "arrived on Tuesday for a five-day trip. On its first day, the delegation called on ...": a day of the stay
            // counted from the visit's start.
            bool undatedText = created.Count == 0 && (ds is null || ds.Count == 0) && !caption;
            var stayDay = undatedText && lastVisit is not null ? DayOfTheStay(s.Tokens, lastVisit) : null;
            // "On the first day, ... The next day, the delegation travelled to Fuefuki, where it was received by ...": counted on
            // from a day of the stay, which no date in the text gave the date finder to count from.
            if (stayDay is null && undatedText && stayDayTold is { } toldBefore)
                stayDay = DaysOnFromTheDayTold(s.Tokens, toldBefore);
            if (ds is not null && ds.Exists(d => d.Start.Precision == DatePrecision.Day)) stayDayTold = null;
            if (stayDay is { } dayOfStay)
                foreach (var tr in triggers)
                    if (tr.Kind != EventKinds.Visit && !tr.Background)
                    {
                        created.Add(Build(s, tr, dayOfStay, null, triggers));
                        stayDayTold = dayOfStay;
                        break;
                    }
            // "Bên lề diễn đàn, UBND TP Tuy Hòa và ... đã ký kết thỏa thuận": an undated signing or meeting on the sidelines of
            // the conference told before is on its day, where it is held.
            if (created.Count == 0 && (ds is null || ds.Count == 0) && !caption && lastConference is not null
                && triggers.Exists(tr => tr.Background && tr.Kind == EventKinds.Conference))
                foreach (var tr in triggers)
                    if (!tr.Background && tr.Kind is EventKinds.Signing or EventKinds.Meeting && !Phrases.FutureMarkers.StartsWithin(s.Tokens, 0, tr.First))
                    {
                        var aside = Build(s, tr, lastConference.Start, null, triggers);
                        aside.City ??= lastConference.City;
                        created.Add(aside);
                        break;
                    }
            // "The next morning, September 15, the delegation travelled to Debrecen. Mayor of Debrecen Gabor Nemeth received the
            // delegation at the city hall": a reception told right after a dated sentence of its paragraph is on that day, unless
            // that sentence told the talks already ("đã thăm và hội đàm với lãnh đạo tỉnh Takeo. Tiếp đoàn có ông ...").
            // "Hôm sau, đoàn ... sang thành phố Nakhon Phanom. Tại buổi hội đàm với ông ...": talks the sentence opens at, none told
            // that day yet, are that day's, even if it recalls a year ("kể từ khi ký bản ghi nhớ năm 2014").
            // "Phuc held a working session with Mayor ... The two sides signed a memorandum ...": the pair that met signed there.
            bool undated = ds is null || ds.Count == 0, noDayOfItsOwn = ds is null || ds.TrueForAll(d => d.YearOnly);
            bool pairSigns = noDayOfItsOwn && !continuation && Phrases.PairAnaphors.MatchAny(s.Tokens, 0, out _) > 0;
            // "The main celebration will be held on Saturday, October 14 ... Mayor Fujii and Cr Morgan will sign a renewed
            // declaration": a signing to come, told right after a day still to come, is on that day.
            if (created.Count == 0 && noDayOfItsOwn && !caption && dayJustTold is { } told && (!told.MetThere || pairSigns) && told.Paragraph == s.Paragraph)
                foreach (var tr in triggers)
                    if (!tr.Background && (told.MetThere ? SignedInThePast(s.Tokens, tr)
                            : OpensAt(s.Tokens, tr) || (!continuation && undated && (Lexicon.ReceiveTriggers.Contains(tr.Phrase) || SignedInThePast(s.Tokens, tr)
                                || SignatoriesToCome(s, tr, told.Day))))
                        && (!Phrases.FutureMarkers.StartsWithin(s.Tokens, 0, tr.First) || SignatoriesToCome(s, tr, told.Day)))
                    {
                        var e = Build(s, tr, told.Day, null, triggers);
                        if (told.MetThere && lastMeeting is { } met && met.Start == told.Day) e.City ??= met.City;
                        // "Ngày 10/8, đoàn di chuyển đến tỉnh Tyumen ... Tại buổi làm việc với ...": talks opened at are where the
                        // travellers went, whatever place the rest of the sentence names.
                        if (OpensAt(s.Tokens, tr) && PlaceGoneToBefore() is { } went)
                        {
                            e.City = went;
                            e.AddParty(went);
                        }
                        created.Add(e);
                        break;
                    }
            if (!caption)
            {
                if (created.Count > 0 && created[0].Start.Precision == DatePrecision.Day)
                    dayJustTold = (created[0].Start, s.Paragraph, triggers.Exists(tr => tr.Kind == EventKinds.Meeting));
                // "On October 18, the delegation moved to Gimhae": the travellers' day told with no event of its own.
                else if (created.Count == 0 && dated.Count == 1 && dated[0].Start.Precision == DatePrecision.Day && Lexicon.TravellingPartyNouns.AnyIn(s.Tokens, 0, s.Tokens.Count))
                    dayJustTold = (dated[0].Start, s.Paragraph, false);
                // "On the third day (12th), the delegation traveled to Thai Nguyen Province.": likewise, a day of the stay.
                else if (created.Count == 0 && stayDay is { Precision: DatePrecision.Day } toldStayDay && Lexicon.TravellingPartyNouns.AnyIn(s.Tokens, 0, s.Tokens.Count))
                    dayJustTold = (toldStayDay, s.Paragraph, false);
                else dayJustTold = null;
            }
            if (created.Count == 0 && !caption && ds is not null && OccasionLastsUntil(s, ds, events) is { } lasting)
            {
                lasting.Occasion.End = lasting.Until;
                lasting.Occasion.Sentences.Add(s);
            }
            if (created.Count == 0 && continuation && lastMeeting is not null)
            {
                // "During the working session, the two leaders also witnessed the signing of ...".
                // Only a signing witnessed there; a conference "to be held" is a later event with its own date, and "Tại hội
                // đàm, bà X nhắc lại năm 1997, hai thành phố đã ký ..." recalls a signing of that year. A future after the
                // signing is what it provides for ("signed a memorandum on a centre, which will open ...").
                // "Kết thúc hội đàm, hai bên đã ký Chương trình hợp tác giai đoạn 2024-2026": the years of a term to come are no
                // date of its own.
                bool ownDate = ds is not null && ds.Exists(d => !(d.YearOnly && _published?.Year is int year && d.Start.Year >= year));
                foreach (var tr in triggers)
                    if (tr.Kind == EventKinds.Signing && !ownDate && !Phrases.FutureMarkers.StartsWithin(s.Tokens, 0, tr.First))
                    {
                        var signing = Build(s, tr, lastMeeting.Start, null, triggers);
                        signing.City ??= lastMeeting.City; // signed where they met
                        created.Add(signing);
                    }
                AddPeopleAndParties(lastMeeting, s);
                lastMeeting.Sentences.Add(s);
            }
            // "Before the signing, Bao received the delegation": with no day of its own, on the day of the event it names.
            if (created.Count == 0 && noDayOfItsOwn && !caption && !continuation && EventNamedAtStart(s.Tokens, events, out int openerEnd) is { } named)
                foreach (var tr in triggers)
                    if (tr.First >= openerEnd && !tr.Background && !Phrases.FutureMarkers.StartsWithin(s.Tokens, 0, tr.First))
                    {
                        var e = Build(s, tr, named.Start, null, triggers);
                        e.City ??= named.City;
                        // "Kết thúc hội nghị, hai bên đã ký ...": the two sides are the named event's.
                        if (Phrases.PairAnaphors.AnyIn(s))
                        {
                            e.Parties.Clear();
                            foreach (var p in named.Parties) e.AddParty(p);
                        }
                        created.Add(e);
                        break;
                    }
            if (ds is not null)
            {
                EventDraft? firstVisit = null;
                foreach (var e in created)
                {
                    // "Lễ hội ... sẽ khai mạc vào tối mai (9/3) ... và kéo dài đến ngày 13/3": an occasion lasts as a stay does.
                    if (e.Kind is not (EventKinds.Visit or EventKinds.Other)) continue;
                    e.End ??= StayEnd(ds, e.Start);
                    if (e.Kind != EventKinds.Visit) continue;
                    if (firstVisit is null || e.Start < firstVisit.Start) firstVisit = e;
                }
                // Counted from the stay's first day only: "arrive Feb. 22 for a five-day visit ending Feb. 26".
                if (firstVisit is { End: null } && StayLength(s.Tokens) is int days)
                {
                    // "wrapped up a five-day working visit to Thanh Hoa on Saturday": counted back from its last day.
                    if (!Phrases.StayEndVerbs.EarlierInClause(s.Tokens, firstVisit.TriggerAt, 8)) firstVisit.End = DayArithmetic.AddDays(firstVisit.Start, days - 1);
                    else if (DayArithmetic.ShiftDay(firstVisit.Start, 1 - days) is { } first) (firstVisit.Start, firstVisit.End) = (first, firstVisit.Start);
                }
            }
            foreach (var e in created) JoinTheStay(e, lastVisit, events.Count > 0 ? events[events.Count - 1] : null, s.Tokens);
            // "met X on April 13, who is visiting to attend the conference (April 13-16)": an event named in a relative
            // clause after the sentence's main event is mentioned in passing; its people are the main event's.
            for (int k = 1; k < created.Count; k++)
                if (Subordinate(s.Tokens, created[0], created[k])) created[k].People.Clear();
            foreach (var e in created)
            {
                if (caption) captionEvents.Add(e);
                else
                {
                    events.Add(e);
                    if (e.Kind == EventKinds.Meeting) lastMeeting = e;
                    // A day's outing of a longer stay leaves the stay the one its later days join.
                    if (e.Kind == EventKinds.Visit && !e.DayOfAStay) lastVisit = e;
                    if (e.Kind == EventKinds.Conference) lastConference = e;
                }
            }
            if (!caption && created.Count > 0)
            {
                // "Thỏa thuận đã được ký kết giữa X và Y nhân dịp chuyến thăm ... (6 – 9/4)": the sentence dates a visit and
                // names who signed the agreement of the sentence before.
                if (recent.Count > 0) AttachPresent(recent, s, s_noDates, created);
                foreach (var e in created) if (!IsRecent(recent, e)) recent.Add((e, s.Paragraph));
            }
            else if (created.Count == 0 && !continuation && !caption)
            {
                // Those more than three paragraphs back are dropped (a loop: no closure over the sentence).
                int kept = 0;
                for (int k = 0; k < recent.Count; k++) if (s.Paragraph - recent[k].Paragraph <= 3) recent[kept++] = recent[k];
                recent.RemoveRange(kept, recent.Count - kept);
                if (recent.Count > 0) AttachPresent(recent, s, dated);
            }
        }
        if (leadEvent is not null && !events.Exists(e => e.Kind == leadEvent.Kind || e.Sentences[0].Paragraph == leadEvent.Sentences[0].Paragraph))
            events.Add(leadEvent);
        var merged = Merge(events, null);
        MergeWeeksIntoTheirDays(merged);
        StartMonthsOnTheirArrivals(merged);
        MergePartsIntoTheirOccasions(merged);
        Merge(captionEvents, merged);
        // A signing only a caption states, the body dating none, is the article's.
        foreach (var c in signedInCaptions)
            if (!merged.Exists(e => e.Kind == EventKinds.Signing)) merged.Add(c);
        // "X and her counterpart Y at the December 12 meeting" under a signing of December 12: the caption's people were there.
        foreach (var c in captionEvents)
        {
            EventDraft? only = null;
            int n = 0;
            foreach (var e in merged) if (e.Start == c.Start) { only = e; n++; }
            if (n == 1 && only!.Kind != c.Kind) foreach (var p in c.People) only.AddPerson(p);
        }
        FillConferenceVenue(merged, sentences);
        FillVenueOfSetting(merged);
        FillVenueFromNextSentences(merged, sentences);
        FillVenueOfTheVisited(merged);
        FillVenueFromDateline(merged);
        FillVenueOfNamedBuilding(merged);
        FillVenueAtHome(merged);
        // The fillers above place events the text leaves unplaced; a journey of several places stays in none.
        foreach (var e in merged) if (e.NoOneCity) e.City = null;
        // "Earlier today, the Seattle Public Library and the Haiphong Public Library signed ...", placed by a filler: its venue
        // takes part, as a venue the sentence names does; so it does beside only its own region ("The first direct flight
        // between central Vietnam and Gujarat touched down ..." in Ahmedabad).
        foreach (var e in merged)
            if (e.City is { } venue && (e.Parties.Count == 0 || OnlyRegionOf(e.Parties, venue))) e.AddParty(venue);
        // An event no locality takes part in is not a cooperation fact.
        merged.RemoveAll(e => e.City is null && e.Parties.Count == 0);
        return merged;
    }

    /// <summary>Whether every party is the region <paramref name="venue"/> lies in.</summary>
    private static bool OnlyRegionOf(List<Place> parties, Place venue)
    {
        foreach (var p in parties) if (p.Key != venue.ParentKey) return false;
        return true;
    }

    /// <summary>A signing of officials the sentence names before it ("Mayor Fujii and Cr Morgan will sign"), on a day after publication.</summary>
    private bool SignatoriesToCome(Sentence s, Trigger tr, PartialDate day) =>
        tr.Kind == EventKinds.Signing && _published is { Precision: DatePrecision.Day } published && day.Precision == DatePrecision.Day && day > published
        && _people.TryGetValue(s, out var people) && people.Exists(p => p.Last < tr.First);

    /// <summary>
    /// "A Cuban Culture and Film Week opened in Dong Ha on July 25 ... The week, running until July 31, features ...": a sentence
    /// opening with the occasion told just before (its paragraph or the next) gives the day it lasts until, within a month.
    /// </summary>
    private static (EventDraft Occasion, PartialDate Until)? OccasionLastsUntil(Sentence s, List<DateMention> dates, List<EventDraft> events)
    {
        if (!(dates.Count == 1 && dates[0].EndsStay) || OccasionToldBefore(s, dates, events) is not { } occasion) return null;
        var until = dates[0].Start;
        return DayArithmetic.DaysBetweenDays(occasion.Start, until) is > 0 and <= 31 ? (occasion, until) : null;
    }

    /// <summary>
    /// "... during the four-day Tien Giang Goods Week, which closed in Szeged on Thursday evening. The fair, held from May 20 to
    /// 23, ...": a sentence opening with the occasion told just before (its paragraph or the next) gives its days, when they
    /// hold the day it was told on.
    /// </summary>
    private static (EventDraft Occasion, PartialDate Start, PartialDate End)? OccasionSpanTold(Sentence s, List<DateMention> dates, List<EventDraft> events)
    {
        if (!(dates.Count == 1 && dates[0].End is { } end) || OccasionToldBefore(s, dates, events) is not { } occasion) return null;
        var start = dates[0].Start;
        return DayArithmetic.DaysBetweenDays(start, occasion.Start) is >= 0 and <= 31 && DayArithmetic.DaysBetweenDays(occasion.Start, end) is >= 0
            ? (occasion, start, end) : null;
    }

    /// <summary>
    /// The occasion of no end yet, told last in the paragraph before or this one, that a sentence opening with it refers back to
    /// ("The week, ...", "The fair, ...") when its one date is a day; else null.
    /// </summary>
    private static EventDraft? OccasionToldBefore(Sentence s, List<DateMention> dates, List<EventDraft> events)
    {
        if (Phrases.OccasionsToldBefore.MatchAny(s.Tokens, 0, out _) == 0 || dates.Count != 1
            || dates[0].Start.Precision is not (DatePrecision.Day or DatePrecision.MonthDay)) return null;
        var occasion = events.FindLast(e => e.Kind == EventKinds.Other);
        return occasion is { End: null } && s.Paragraph - occasion.Sentences[occasion.Sentences.Count - 1].Paragraph <= 1 ? occasion : null;
    }

    /// <summary>
    /// The event of the latest day among those of the kinds the sentence's opening names (<see cref="Lexicon.ToldEventOpeners"/>),
    /// else null; the opening's length in <paramref name="openerEnd"/>.
    /// </summary>
    private static EventDraft? EventNamedAtStart(TokenList t, List<EventDraft> events, out int openerEnd)
    {
        openerEnd = Phrases.ToldEventOpeners.MatchAny(t, 0, out var opener);
        if (openerEnd == 0 || (opener is "on the sidelines" or "ben le" && !(openerEnd < t.Count && t[openerEnd].IsPunct(',')))) return null;
        // The latest day of those kinds: "Kết thúc hội nghị" is the conference's end, though a preparatory session the day
        // before ("Trước đó, ...") was told after it.
        var kinds = Lexicon.ToldEventOpeners[opener!];
        EventDraft? named = null;
        foreach (var e in events)
            if (Array.IndexOf(kinds, e.Kind) >= 0 && e.Start.Precision is DatePrecision.Day or DatePrecision.MonthDay
                && (named is null || !(e.Start < named.Start))) named = e;
        return named;
    }

    /// <summary>A meeting the sentence opens at ("At the talks with Governor X, ...", "Tại buổi hội đàm với ông ...").</summary>
    private static bool OpensAt(TokenList t, Trigger tr) =>
        tr.Kind == EventKinds.Meeting && tr.First is > 0 and <= 3 && t[0].Fold is "at" or "tai" or "during" or "trong";

    private static bool IsRecent(List<(EventDraft E, int Paragraph)> recent, EventDraft e)
    {
        foreach (var r in recent) if (r.E == e) return true;
        return false;
    }

    private void AttachPresent(List<(EventDraft E, int Paragraph)> recent, Sentence s, List<DateMention> dated, List<EventDraft>? createdHere = null)
    {
        if (!_people.TryGetValue(s, out var people) || people.Count == 0) return;
        var t = s.Tokens;
        // The latest event the sentence names by its kind ("during a nine-day visit"), else the latest one if it says who was there;
        // when the sentence has events of its own, only one of a kind none of them is.
        EventDraft? e = null;
        for (int k = recent.Count - 1; k >= 0 && e is null; k--)
            if (Lexicon.EventReferences.TryGetValue(recent[k].E.Kind, out var refs) && PartnershipFinder.HasAny(s, refs) && !HasKind(createdHere, recent[k].E.Kind)) e = recent[k].E;
        if (e is null && createdHere is null && Phrases.PresenceCues.AnyIn(s)) e = recent[recent.Count - 1].E;
        if (e is null) return;
        foreach (var d in dated) if (d.Start != e.Start) return;
        bool added = false;
        foreach (var pm in people)
        {
            if (Invited(t, pm.First)) continue;
            if (!e.People.Contains(pm.Person)) { e.AddPerson(pm.Person); added = true; }
        }
        if (added && !e.Sentences.Contains(s)) e.Sentences.Add(s);
    }

    private static readonly List<DateMention> s_noDates = new();

    private static bool HasKind(List<EventDraft>? events, string kind)
    {
        if (events is null) return false;
        foreach (var e in events) if (e.Kind == kind) return true;
        return false;
    }

    /// <summary>"at the invitation of [comrade] X": the host who invited is not thereby present.</summary>
    private static bool Invited(TokenList t, int first)
    {
        for (int k = Math.Max(0, first - 4); k < first; k++)
            if (Phrases.InvitationCues.MatchAny(t, k, out var cue) > 0 && k + cue!.Split(' ').Length >= first - 2) return true;
        return false;
    }

    private static bool Subordinate(TokenList t, EventDraft main, EventDraft other)
    {
        if (main.TriggerAt < 0 || other.TriggerAt <= main.TriggerAt) return false;
        for (int k = main.TriggerAt + 1; k < other.TriggerAt && k < t.Count; k++)
            if (t[k].Fold is "who" or "which" && t[k - 1].IsPunct(',')) return true;
        return false;
    }

    /// <summary>
    /// Whether a ceremony is a signing: its sentence or the one before tells one, it is an agreement's ("the MoU renewal
    /// ceremony"), or the next sentence tells who signed ("... here last night. The MoU was signed by ...").
    /// </summary>
    private bool CeremonyIsASigning(Sentence s, int ceremony, IReadOnlyList<Sentence> sentences)
    {
        if (Phrases.SigningVerbs.AnyIn(s) || (_previous is { } p && Phrases.SigningVerbs.AnyIn(p))) return true;
        var t = s.Tokens;
        for (int k = Math.Max(0, ceremony - 4); k < ceremony; k++) if (Lexicon.AgreementNouns.Contains(t[k].Form)) return true;
        for (int k = s.Index + 1; k < sentences.Count; k++)
            if (!sentences[k].IsCaption) return Phrases.SigningVerbs.AnyIn(sentences[k]);
        return false;
    }

    private readonly struct Trigger
    {
        public Trigger(int first, int last, string kind, string phrase, bool background) { First = first; Last = last; Kind = kind; Phrase = phrase; Background = background; }
        public int First { get; }
        public int Last { get; }
        public string Kind { get; }
        public string Phrase { get; }
        public bool Background { get; }
    }

    // Each trigger's kind (the first listed, as a scan finds it); the triggers are indexed in Phrases.EventTriggers.
    private static readonly Dictionary<string, string> s_triggerKinds = KindsOf(Lexicon.EventTriggers);

    /// <summary>A phrase's event kind, the first pair of the list giving it.</summary>
    private static Dictionary<string, string> KindsOf(KeyValuePair<string, string>[] pairs)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kv in pairs) if (!kinds.ContainsKey(kv.Key)) kinds.Add(kv.Key, kv.Value);
        return kinds;
    }

    private readonly BySentence<List<Trigger>> _triggers = new();

    /// <summary>The triggers of a sentence, found once (the venue pass asks again for every conference).</summary>
    private List<Trigger> Triggers(Sentence s)
    {
        if (!_triggers.TryGetValue(s, out var found)) _triggers[s] = found = FindTriggers(s);
        return found;
    }

    private static List<Trigger> FindTriggers(Sentence s)
    {
        var t = s.Tokens;
        var result = new List<Trigger>();
        if (!Phrases.EventTriggers.MayStartIn(s)) return result;
        for (int i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            int n = Phrases.EventTriggers.MatchAny(t, i, out var phrase);
            if (n == 0 || phrase is null) continue;
            // "đoàn tỉnh Vân Nam sẽ tham quan thị xã Sa Pa": the delegation's sightseeing told with "sẽ" or "đã", the delegation a
            // few words before, is the outing "đoàn tham quan" names.
            if (phrase is "se tham" or "da tham" && i + n < t.Count && t[i + n].Is("quan") && !WrittenAsMeant(t[i + n - 1])
                && Lexicon.TravellingPartyNouns.AnyIn(t, Math.Max(0, i - 6), i))
            {
                result.Add(new Trigger(i, i + n, EventKinds.Visit, "doan tham quan", Backgrounded(t, i)));
                i += n;
                continue;
            }
            // "đoàn công tác châu Hồng Hà đã khảo sát khu vực cửa khẩu": a survey told with "đã" or "sẽ" is the party's outing.
            if (phrase is "da khao sat" or "se khao sat" && !Lexicon.TravellingPartyNouns.AnyIn(t, Math.Max(0, i - 6), i)) continue;
            // "đã thăm" is a visit, "đã tham gia", "đến tham dự" are not: a trigger ending in "tham" needs "thăm" as written.
            if (!WrittenAsMeant(t[i + n - 1])) continue;
            // "travel between Gangneung and Chitose as if visiting neighbors": a comparison, not a happening.
            if (i >= 2 && t[i - 2].Is("as") && (t[i - 1].Is("if") || t[i - 1].Is("though"))) continue;
            // "National Assembly", "Quốc hội" are institutions, not gatherings.
            if (phrase == "assembly" && i > 0 && t[i - 1].Is("national")) continue;
            // "the International Conference Hall": an event word in a venue's name.
            if (t[i].Cap && i + n < t.Count && t[i + n].Cap && Lexicon.VenueHeads.Contains(t[i + n].Form)) continue;
            // "conclude the sister-city agreement" is a signing; "the visit concluded" is not.
            if (phrase.StartsWith("conclud", StringComparison.Ordinal) && !AgreementNear(t, i + n)) continue;
            if (Lexicon.CouncilDecisionTriggers.Contains(phrase) && !Phrases.CouncilWords.EarlierInClause(t, i, 8)) continue;
            if (phrase is "welcomed" or "welcomes" && !GuestsAfter(t, i + 1)) continue;
            // "Nine pairs of companies signed commercial contracts", "9 bản ghi nhớ giữa doanh nghiệp được ký kết": businesses' deals.
            if (s_triggerKinds[phrase] == EventKinds.Signing && Lexicon.BusinessSignatories.AnyIn(t, Math.Max(0, i - 6), i)) continue;
            // "Cebu City received P3.4 million in cash, 20 water purification units": a donation received, not guests.
            if (phrase is "received" or "receives" && GoodsAfter(t, i + 1)) continue;
            // "the memorandum that Lam Dong and Yamanashi signed in 2019", "bản ghi nhớ hai tỉnh đã ký vào năm 2019": a signing
            // its year dates is recalled, no happening of the day the sentence tells.
            if (s_triggerKinds[phrase] == EventKinds.Signing && SignedInAYear(t, i, i + n)) continue;
            if (phrase is "called on" or "calls on" or "da gap" or "se gap" && !CallsOnAnOfficial(t, i + n)) continue;
            if (Lexicon.GuestSubjectTriggers.Contains(phrase) && !TravellingPartyArrives(t, i)) continue;
            // "Đoàn tỉnh Attapeu (Lào) do Phó Tỉnh trưởng ... dẫn đầu cũng đã đến Đắk Lắk": the party may open the sentence far before.
            if (Lexicon.ArrivalTriggers.Contains(phrase) && !((t[0].Is("doan") || t[i].Is("doan") || TravellingPartyArrives(t, i)) && PlaceNamedAt(t, i + n))) continue;
            if (Lexicon.StayTriggers.Contains(phrase) && !(Lexicon.TravellingPartyNouns.AnyIn(t, 0, i) && PlaceNamedAt(t, i + n))) continue;
            if (Lexicon.TimeSpentTriggers.Contains(phrase) && !(Lexicon.TravellingPartyNouns.AnyIn(t, 0, i) && InPlaceWithin(t, i + n, 4))) continue;
            // "The 50th anniversary of this friendship will be celebrated in Aberystwyth", "on Monday marked the 15th anniversary
            // of their twinning": celebrating or marking is an event only of an anniversary.
            if (Celebrates(phrase) && !AnniversaryIn(t)) continue;
            // "a fair price", "this week": occasions that are one only in a name ("the Christmas Fair", "Tien Giang Goods Week").
            if (Lexicon.OccasionsOnlyInAName.Contains(phrase) && !(t[i].Cap && (phrase != "week" || (i > 0 && t[i - 1].IsWord && t[i - 1].Cap)))) continue;
            if (phrase == "tiep" && ((i > 0 && Lexicon.TiepCompoundsBefore.Contains(t[i - 1].Form)) || (i + 1 < t.Count && !t[i + 1].Cap && Lexicon.TiepCompoundsAfter.Contains(t[i + 1].Form)))) continue;
            string kind = s_triggerKinds[phrase];
            result.Add(new Trigger(i, i + n - 1, kind, phrase, Backgrounded(t, i)));
            i += n - 1;
        }
        // "A conference ... was held ... to celebrate the anniversary": the celebration is that event's purpose.
        // "marked the anniversary with a ceremony": a ceremony that is no signing is the celebration itself.
        if (result.Count > 1 && result.Exists(r => !Celebrates(r.Phrase) && r.Phrase != "ceremony")) result.RemoveAll(r => Celebrates(r.Phrase));
        // "đoàn ... sẽ sang Khâm Châu tham dự Diễn đàn ...", "đoàn đến thành phố Kazan, ..., hội đàm với ông X": a journey to
        // attend a conference or to hold talks is that event. (A loop: a lambda capturing the list would allocate for every sentence.)
        int attended = result.FindLastIndex(r => r.Kind is EventKinds.Conference or EventKinds.Meeting && !r.Background);
        if (attended >= 0)
            for (int k = attended - 1; k >= 0; k--)
                if (Lexicon.ArrivalTriggers.Contains(result[k].Phrase)) result.RemoveAt(k);
        // "đoàn tham quan làng gốm và dự Hội thảo ...": the delegation's sightseeing is the other event's day.
        // "Ngày 10/6, đoàn làm việc với ...; ngày 11/6, đoàn thăm huyện Cần Giờ": not past a semicolon.
        for (int k = result.Count - 1; k >= 0; k--)
            if (Lexicon.OutingTriggers.Contains(result[k].Phrase) && OtherEventInClause(t, result, k)) result.RemoveAt(k);
        // "Lễ khai mạc Festival Hoa Đà Lạt": the opening of an occasion its sentence names is that occasion.
        if (result.Exists(r => Lexicon.OccasionTriggers.Contains(r.Phrase) && !Lexicon.OccasionPartTriggers.Contains(r.Phrase)))
            result.RemoveAll(r => Lexicon.OccasionPartTriggers.Contains(r.Phrase));
        // An occasion in the background ("Trong khuôn khổ lễ hội") stays, as the setting of the event told.
        if (result.Exists(r => !Lexicon.OccasionTriggers.Contains(r.Phrase))) result.RemoveAll(r => Lexicon.OccasionTriggers.Contains(r.Phrase) && !r.Background);
        return result;
    }

    /// <summary>Whether a trigger that is no outing shares the clause (no semicolon between) of the outing at <paramref name="outing"/>.</summary>
    private static bool OtherEventInClause(TokenList t, List<Trigger> triggers, int outing)
    {
        var o = triggers[outing];
        foreach (var r in triggers)
            if (!Lexicon.OutingTriggers.Contains(r.Phrase) && !t.SemicolonBetween(Math.Min(r.Last, o.Last), Math.Max(r.First, o.First))) return true;
        return false;
    }

    /// <summary>
    /// Whether a background marker opens the event named at <paramref name="trigger"/> ("within the framework of the visit",
    /// "On the sidelines of the 2023 Maritime Silk Road International Cities Forum"): only an article, a number, a
    /// capitalised name or a few other words between them.
    /// </summary>
    private static bool Backgrounded(TokenList t, int trigger)
    {
        int named = trigger;
        while (named > 0 && trigger - named < 10 && (t[named - 1].Is("the") || t[named - 1].IsNumber || (t[named - 1].IsWord && t[named - 1].Cap))) named--;
        for (int k = Math.Max(0, Math.Min(named, trigger - 4) - 4); k < trigger; k++)
        {
            int n = Phrases.BackgroundMarkers.MatchAny(t, k, out _);
            if (n > 0 && (k >= trigger - 4 || k + n == named)) return true;
        }
        return false;
    }

    /// <summary>Whether a phrase's last word means what the phrase needs: "thăm" (visit), not "tham" of "tham dự"; "Dự", not "Du khách".</summary>
    private static bool WrittenAsMeant(in Token last) =>
        !Lexicon.MeantOnlyAsWritten.TryGetValue(last.Fold, out var written) || string.Equals(last.Text, written, StringComparison.OrdinalIgnoreCase);

    /// <summary>The triggers of an anniversary only (<see cref="Lexicon.AnniversaryTriggers"/>).</summary>
    private static bool Celebrates(string phrase) => Lexicon.AnniversaryTriggers.Contains(phrase);

    private static bool AnniversaryIn(TokenList t)
    {
        foreach (var tok in t) if (tok.Is("anniversary")) return true;
        return false;
    }

    private static bool GuestsAfter(TokenList t, int from)
    {
        for (int k = from; k < t.Count && k < from + 4; k++)
            if (Lexicon.GuestNouns.Contains(t[k].Form)) return true;
        // "welcomed Chairman Tran Van Son of Dong Nai": an official by title.
        int title = from < t.Count && t[from].Is("the") ? from + 1 : from;
        return title < t.Count && t[title].Cap && Phrases.Titles.Matches(t, title);
    }

    /// <summary>
    /// "called on North Jeolla Vice Governor Kim", "calls on the mayor", "đã gặp Phó Chủ tịch vùng Liguria": a visit to an
    /// official by title a few words on; "called on the mayor to resign" urges, and "đã gặp khó khăn" meets no one.
    /// </summary>
    private static bool CallsOnAnOfficial(TokenList t, int from)
    {
        bool official = false;
        for (int k = from; k < t.Count && k < from + 8; k++)
        {
            if (t[k].Is("to") || t[k].IsPunct(';')) return false;
            if (Lexicon.TitleWords.Contains(t[k].Form) || t[k].Cap && Phrases.Titles.Matches(t, k)) official = true;
        }
        return official;
    }

    /// <summary>
    /// "the group lands Thursday", "the delegation is due to land on Friday": a travelling party earlier in the sentence
    /// arrives; "land" is the verb only after "to" or "will".
    /// </summary>
    private static bool TravellingPartyArrives(TokenList t, int trigger)
    {
        if (t[trigger].Is("land") && !(trigger > 0 && (t[trigger - 1].Is("to") || t[trigger - 1].Is("will")))) return false;
        for (int k = Math.Max(0, trigger - 14); k < trigger; k++)
            if (Lexicon.TravellingPartyNouns.Contains(t[k].Form)) return true;
        // "who flew in with a six-member delegation": the party the subject came with.
        int with = trigger + 2;
        if (with < t.Count && t[with].Is("with"))
            for (int k = with + 1; k < t.Count && k <= with + 7 && (t[k].IsWord || t[k].IsPunct('-')); k++)
                if (Lexicon.TravellingPartyNouns.Contains(t[k].Form)) return true;
        return false;
    }

    /// <summary>An amount or goods at <paramref name="k"/> ("P3.4 million", "20 units", "aid", "a donation"): what was received is no guest.</summary>
    private static bool GoodsAfter(TokenList t, int k)
    {
        if (k < t.Count && (t[k].Is("a") || t[k].Is("an"))) k++;
        // A currency's sign or code before the amount: "P3.4 million", "$20,000", "US$ 5,000".
        if (k + 1 < t.Count && t[k + 1].IsNumber && !t[k].IsNumber && t[k].Text.Length <= 3) k++;
        if (k >= t.Count) return false;
        // "received 24 delegates", "received the 24-member delegation": a number of guests.
        return (t[k].IsNumber && !Lexicon.TravellingPartyNouns.AnyIn(t, k + 1, Math.Min(t.Count, k + 6))) || Lexicon.GoodsNouns.Contains(t[k].Form);
    }

    /// <summary>"đã đến Đắk Lắk", "đến tỉnh Đắk Lắk": a name, or a locality word and a name, at <paramref name="k"/>.</summary>
    private static bool PlaceNamedAt(TokenList t, int k)
    {
        // "đến thị xã Ninh Hòa", "to the town of X": up to two locality words before the name.
        for (int words = 0; words < 2 && k < t.Count && t[k].IsWord && !t[k].Cap && Lexicon.LocalityWordsAfterVenue.Contains(t[k].Form); words++) k++;
        return k < t.Count && t[k].IsWord && t[k].Cap;
    }

    /// <summary>"four days in Sligo", "a term in Stavanger": "in" and a place within <paramref name="span"/> words, no punctuation between.</summary>
    private static bool InPlaceWithin(TokenList t, int from, int span)
    {
        for (int k = from; k < t.Count && k <= from + span && t[k].IsWord; k++)
            if (t[k].Is("in") && PlaceNamedAt(t, k + 1)) return true;
        return false;
    }

    private static bool AgreementNear(TokenList t, int from) => Lexicon.AgreementNouns.AnyIn(t, from, from + 6);

    /// <summary>
    /// Whether the sentence has a rough week and another date that dates one of the triggers (loops: no closure per sentence,
    /// and no trigger assigned in the many sentences without a week).
    /// </summary>
    private static bool RoughWeekYields(List<DateMention> dated, List<Trigger> triggers)
    {
        bool week = false;
        foreach (var d in dated) week |= d.WeekOf is not null;
        if (!week) return false;
        foreach (var d in dated) if (d.WeekOf is null && Assign(triggers, d) is not null) return true;
        return false;
    }

    private static Trigger? Assign(List<Trigger> triggers, DateMention d)
    {
        Trigger? left = null, right = null, backgroundLeft = null;
        foreach (var tr in triggers)
        {
            if (tr.Background) { if (tr.Last < d.First) backgroundLeft = tr; continue; }
            if (tr.Last < d.First) left = tr;
            else if (tr.First > d.Last && right is null) right = tr;
        }
        // "ký kết ... nhân dịp chuyến thăm Lào ... trong thời gian 6 – 9/4/2015": a date right after a background event
        // (nearer than any trigger before it) dates that event, not the one before it.
        if (left is { } l && backgroundLeft is { } b && b.Last > l.Last && right is null) return b;
        // "Trong khuôn khổ chuyến công tác tại Nhật Bản từ ngày 18 đến 24/11, ngày 20/11, ... đã ký kết": a span soon after a
        // background trip is the trip's, the day after it the trigger's.
        if (d.End is not null && backgroundLeft is { } trip && (left is not { } nearer || trip.Last > nearer.Last) && d.First - trip.Last <= 8) return trip;
        // "Đây là một hoạt động nằm trong khuôn khổ chuyến thăm ... bắt đầu từ ngày 13/8": with no event of its own in the
        // sentence, the background event is the one dated.
        if (left is null && right is null && backgroundLeft is { } only) return only;
        // "traveled to Chitose last week to celebrate three decades of ties, which were linked as sister cities in October 1993":
        // a date in a relative clause after the trigger dates that clause's past.
        var t = d.Sentence.Tokens;
        if (left is { } before && RelativeClauseBetween(t, before.Last, d.First)) left = null;
        // "đoàn sẽ chào xã giao lãnh đạo tỉnh ...; hôm sau, đoàn trở lại đảo khảo sát ...": a date past a semicolon opens
        // another clause, which tells of no trigger before it.
        if (left is { } beforeSemicolon && t.SemicolonBetween(beforeSemicolon.Last, d.First)) left = null;
        if (left is { } l2 && d.First - l2.Last <= 15) return l2;
        // "At talks with Chairman of the ... Committee Tran Duc Quang in Thanh Hoa city on November 6, the two sides ... when
        // Gimhae first sent a business delegation to ...": past a long title, still the trigger of the date's clause.
        if (left is { } far && right is { } r && !t.CommaOrSemicolonBetween(far.Last, d.First) && t.CommaOrSemicolonBetween(d.Last, r.First)) return far;
        return right ?? left;
    }

    /// <summary>
    /// Whether a relative clause (", which", ", who", ", whose") opens between the trigger ending at <paramref name="from"/> and
    /// <paramref name="to"/>, not right after the trigger ("the Haeundae Sand Festival, which will take place on ..." tells of
    /// the festival).
    /// </summary>
    private static bool RelativeClauseBetween(TokenList t, int from, int to)
    {
        for (int k = from + 2; k + 1 < to; k++)
            if (t[k].IsPunct(',') && Lexicon.RelativePronouns.Contains(t[k + 1].Form)) return true;
        return false;
    }

    private EventDraft Build(Sentence s, Trigger tr, PartialDate start, PartialDate? end, List<Trigger> all)
    {
        var t = s.Tokens;
        string kind = tr.Kind;
        // A one-day "visit and work with" is a meeting; a visit spans days ("chuyến thăm và làm việc 5 ngày").
        if (kind == EventKinds.Visit && end is null && PartnershipFinder.HasAny(s, Lexicon.WorkingSessionCues) && StayLength(t) is null)
            kind = EventKinds.Meeting;
        var e = new EventDraft(kind, start, end)
        {
            Stay = Lexicon.StayTriggers.Contains(tr.Phrase),
            Arrival = Lexicon.ArrivalTriggers.Contains(tr.Phrase) || Lexicon.LandingTriggers.Contains(tr.Phrase),
            PartOfAnOccasion = Lexicon.OccasionPartTriggers.Contains(tr.Phrase),
            Outing = Lexicon.OutingTriggers.Contains(tr.Phrase),
        };
        e.Title = Truncate(s.Text, 140);
        e.TriggerAt = tr.First;
        e.Sentences.Add(s);
        if (Lexicon.OnlineMeetingTriggers.Contains(tr.Phrase)) e.NoOneCity = true;
        else e.City = (e.Arrival ? OnwardDestination(s, tr) : null) ?? WhereThereIs(s) ?? Venue(s, tr);
        // A visit to a country and no city named is a journey before its days are told ("wrapped up a working trip to the
        // Republic of Korea on October 19 ... The trip, which ran from October 15 to 19").
        if (kind == EventKinds.Visit && (end is not null || e.City is null) && JourneyOfSeveralPlaces(s, tr, e.City)) (e.City, e.NoOneCity) = (null, true);
        e.ToldBefore = TheOccasionOpens(t, e);
        AddPeopleAndParties(e, s);
        e.AddParty(e.City);
        // "Biên bản hội đàm ký ngày 19/6/2022 tại thành phố Đồng Hới, tỉnh Quảng Bình": an event whose only locality is its
        // venue, a place of the article's pair, is the pair's.
        if (_mainPair is { } pair && e.Parties.Count == 1 && e.City is { } venue && (OfPlace(venue, pair.Item1) || OfPlace(venue, pair.Item2)))
        {
            e.AddParty(pair.Item1);
            e.AddParty(pair.Item2);
        }
        return e;
    }

    /// <summary>
    /// The item <paramref name="s"/> opens, if it is a programme line (<see cref="ProgrammeLine"/>: the item at
    /// <paramref name="itemStart"/>, or a <paramref name="dayHeading"/>) starting its line, or follows an item on its line:
    /// where the item starts and its day, the one its head gives, else the day of the item just before ("Monday morning:
    /// Signing ceremony. Afternoon: visit to ..."; "Evening: reception").
    /// </summary>
    private static (int Start, PartialDate Day, TimeOfDay Time)? ProgrammeItemAt(Sentence s, IReadOnlyList<Sentence> sentences, List<DateMention> dated,
        int itemStart, bool dayHeading, ref (PartialDate Day, int Paragraph)? programme)
    {
        bool opensLine = s.Index == 0 || sentences[s.Index - 1].Paragraph != s.Paragraph;
        if (!opensLine && programme?.Paragraph != s.Paragraph) return null;
        // "Wednesday, 18 June" over "19:00  Welcome dinner ...": the day of the items under it.
        if (opensLine && dayHeading)
        {
            foreach (var d in dated)
                if (d.Start.Precision is DatePrecision.Day or DatePrecision.MonthDay) { programme = (d.Start, s.Paragraph); break; }
            return null;
        }
        int start = itemStart;
        // "Monday, 10 a.m. – Official welcome at City Hall. At 3 p.m. the guests will visit the museum.": a sentence after an
        // item on its line, with no date of its own, tells more of that day.
        if (start < 0 && !opensLine && dated.Count == 0) start = 0;
        if (start < 0) return null;
        PartialDate? day = null;
        // The separator stands for the date when the head has none ("Evening: reception"): the part of the day before it.
        var time = TimeOfDay.Around(s.Tokens, start - 1, start - 1);
        foreach (var d in dated)
            if (d.Last < start && d.Start.Precision is DatePrecision.Day or DatePrecision.MonthDay)
            {
                day = d.Start;
                time = TimeOfDay.Around(s.Tokens, d.First, d.Last);
                break;
            }
        // A head of a time or a part of the day only: the day of the item on this line or the line before.
        if (day is null && programme is { } before && s.Paragraph - before.Paragraph <= 1) day = before.Day;
        if (day is not { } itemDay) return null;
        programme = (itemDay, s.Paragraph);
        return (start, itemDay, time);
    }

    /// <summary>
    /// The occasion of an item no date of its own gave an event: the first trigger in the item ("Evening: reception hosted by
    /// the mayor"; a ceremony only if a signing), else the words it opens with (<see cref="Lexicon.ProgrammeItemKinds"/>: "Official welcome", "Thăm ...").
    /// A place heading it is visited. "Delegation departs by train" names none.
    /// </summary>
    private EventDraft? ItemEvent(Sentence s, int start, PartialDate day, List<Trigger> triggers, IReadOnlyList<Sentence> sentences)
    {
        // "an official welcome ceremony ..., followed by a meeting between the two mayors": a ceremony no signing is told of
        // yields to the next trigger, as in a dated sentence.
        foreach (var tr in triggers)
            if (tr.First >= start && !tr.Background && !(tr.Phrase == "ceremony" && !CeremonyIsASigning(s, tr.First, sentences)))
                return Build(s, tr, day, null, triggers);
        var t = s.Tokens;
        for (int k = start; k < t.Count && k < start + 3; k++)
        {
            int n = Phrases.ProgrammeItemKinds.MatchAny(t, k, out var phrase);
            if (n == 0 || phrase is null) continue;
            if (!WrittenAsMeant(t[k + n - 1])) continue;
            return Build(s, new Trigger(k, k + n - 1, s_itemKinds[phrase], phrase, false), day, null, triggers);
        }
        // "16:00  Rășinari: ethnographic museum and shepherds' cooperative": a place heading the item is visited.
        if (PlaceHeading(s, start) is not null) return Build(s, new Trigger(start, start, EventKinds.Visit, "", false), day, null, triggers);
        return null;
    }

    /// <summary>
    /// The place an item opens with before a colon or a dash ("Postojna: talks with ...", "Temuka — visit to ..."), or its line
    /// with before the day ("Mishima, May 29 (Thu): ..."), if any.
    /// </summary>
    private Place? PlaceHeading(Sentence s, int start)
    {
        if (!_places.TryGetValue(s, out var named)) return null;
        var t = s.Tokens;
        var placeFirst = ProgrammeLine.PlaceFirst(t);
        foreach (var m in named)
        {
            if (m.Locator) continue;
            if (m.First == start && m.Last + 1 < t.Count && (t[m.Last + 1].IsPunct(':') || t[m.Last + 1].IsPunct('—') || t[m.Last + 1].IsPunct('–')))
                return m.Place;
            // "Nagaizumi, May 27 (Tue): talks ...": the place before the item's day.
            if (placeFirst is { } lead && m.First == lead.First && m.Last + 1 == lead.Comma) return m.Place;
        }
        return null;
    }

    private static readonly Dictionary<string, string> s_itemKinds = KindsOf(Lexicon.ProgrammeItemKinds);

    /// <summary>
    /// An item's parties are those of the visit whose days it falls in, and it is where the visit is unless it says (a tour
    /// or visit is where the first place it names is: "Tour of Squalicum Harbor and the Port of Bellingham"); with no such
    /// visit told, the article's pair's, where the story last placed either that week, else where the report was filed if
    /// that is either, else at the one of them the article names most, by a clear lead (the host).
    /// </summary>
    private void JoinTheProgramme(EventDraft item, List<EventDraft> events, Sentence s, int start)
    {
        item.ProgrammeItem = true;
        _places.TryGetValue(s, out var named);
        // "Tuesday – Postojna: talks with Mayor Kovačič": a place heading the item is where it happens.
        if (PlaceHeading(s, start) is { } heading)
        {
            item.City = heading;
            item.AddParty(heading);
        }
        if (item.Kind == EventKinds.Visit && item.City is null && named is not null)
            foreach (var m in named)
                if (m.First >= start && !m.Locator) { item.City = m.Place; break; }
        EventDraft? stay = null;
        for (int k = events.Count - 1; k >= 0 && stay is null; k--)
            if (events[k].Kind == EventKinds.Visit && !events[k].ProgrammeItem && DuringTheStay(events[k], item)) stay = events[k];
        if (stay is not null)
        {
            foreach (var p in stay.Parties) item.AddParty(p);
            // A stay placed nowhere but between two sides or more ("đoàn quận Seodaemun ... thăm quận Thanh Xuân") is at the host.
            item.City ??= stay.City ?? (stay.Parties.Count >= 2 ? MostNamedParty(stay.Parties) : null);
            return;
        }
        if (_mainPair is not { } pair) return;
        item.AddParty(pair.Item1);
        item.AddParty(pair.Item2);
        item.City ??= LastPlacedAtEither(pair, events, item) ?? (_dateline is { } filed && (OfPlace(filed, pair.Item1) || OfPlace(filed, pair.Item2)) ? filed : null)
            ?? MostNamedParty(new List<Place> { pair.Item1, pair.Item2 });
    }

    /// <summary>
    /// Where the story last placed an event at either side of the pair within a week of <paramref name="item"/> ("Chiều nay
    /// (14/11), tại trụ sở UBND TP Hòa Bình, ..."), if anywhere: not a visit of years before to the other side.
    /// </summary>
    private static Place? LastPlacedAtEither((Place, Place) pair, List<EventDraft> events, EventDraft item)
    {
        for (int k = events.Count - 1; k >= 0; k--)
            if (events[k].City is { } c && (OfPlace(c, pair.Item1) || OfPlace(c, pair.Item2)) && WithinAWeek(events[k].Start, item.Start)) return c;
        return null;
    }

    private static bool WithinAWeek(PartialDate a, PartialDate b) =>
        a.Precision == b.Precision && a.Precision is DatePrecision.Day or DatePrecision.MonthDay
        && (a.Precision == DatePrecision.MonthDay ? a.Month == b.Month && Math.Abs(a.Day!.Value - b.Day!.Value) <= 7 : Math.Abs(DayArithmetic.DaysBetween(a, b)) <= 7);

    /// <summary>
    /// Whether <paramref name="item"/>'s day falls within the visit's days, from the day before it to the day after (a week when
    /// its end is not told); days of no known year are counted within one year.
    /// </summary>
    private static bool DuringTheStay(EventDraft visit, EventDraft item)
    {
        if (DayArithmetic.DaysBetweenDays(visit.Start, item.Start) is not int days) return false;
        int last = visit.End is { } end && DayArithmetic.DaysBetweenDays(visit.Start, end) is int length ? length : 7;
        return days >= -1 && days <= last + 1;
    }

    /// <summary>
    /// "The following day, the delegation visited the Nghi Son Economic Zone", "Chiều 7/11, đoàn đã thăm ...": an event of the
    /// travelling party on a day of the visit told before is a day of that stay, its own event after the stay's first day;
    /// naming no locality, it has the visit's parties, where the visit is. With no such visit, the stay is where the event
    /// told last, of both sides, took place up to three days before ("on Monday marked the anniversary in Siem Reap ...
    /// Yesterday, the delegation attended a workshop"). Naming a locality, it has the travellers' own as well.
    /// </summary>
    private void JoinTheStay(EventDraft e, EventDraft? visit, EventDraft? last, TokenList t)
    {
        if (e.TriggerAt < 0 || !Lexicon.TravellingPartyOnAStay.AnyIn(t, Math.Max(0, e.TriggerAt - 6), e.TriggerAt)) return;
        var stay = visit is { Parties.Count: > 0 } && DuringTheStay(visit, e) ? visit
            : last is { Parties.Count: >= 2 } && DayArithmetic.DaysBetweenDays(last.Start, e.Start) is >= -1 and <= 3 ? last : null;
        if (stay is null) return;
        e.DayOfAStay = e.Start != stay.Start;
        // "toured the Colorado State University campus", on a stay in Fort Collins: the region of the stay's city, named for
        // where the day is, is that city.
        if (e.City is { Kind: LocalityKinds.Province } region && stay.City is { } stayCity && stayCity.ParentKey == region.Key)
        {
            e.City = stayCity;
            e.AddParty(stayCity);
        }
        if (e.Parties.Count > 0)
        {
            e.AddParty(TravellersHome(stay));
            return;
        }
        foreach (var p in stay.Parties) e.AddParty(p);
        e.City ??= stay.City;
    }

    /// <summary>
    /// The locality a stay's travellers come from, as its first sentence names them ("đoàn công tác của tỉnh Lâm Đồng", "a
    /// delegation from Binh Dinh province", "the Dong Nai delegation") or their leader's, if one of its parties; else null.
    /// </summary>
    private Place? TravellersHome(EventDraft stay)
    {
        var s = stay.Sentences[0];
        var t = s.Tokens;
        if (!_places.TryGetValue(s, out var mentions)) return null;
        foreach (var m in mentions)
        {
            if (m.Locator || !stay.Parties.HasKey(m.Place.Key)) continue;
            int before = m.First;
            while (before > 0 && Lexicon.LocalityWordsAfterVenue.Contains(t[before - 1].Form) && !t[before - 1].Is("of")) before--;
            if (before > 0 && (t[before - 1].Is("from") || t[before - 1].Is("of") || t[before - 1].Is("cua"))) before--;
            if (Phrases.DelegationWords.EndingBefore(t, before) is not null) return m.Place;
            int after = m.Last + 1;
            while (after < t.Count && after - m.Last <= 2 && Lexicon.LocalityWordsAfterVenue.Contains(t[after].Form)) after++;
            if (after < t.Count && Phrases.DelegationWords.Matches(t, after)) return m.Place;
        }
        // "The delegation, led by Vice Chairman of the Ninh Binh provincial People's Committee Tong Quang Minh": its leader's.
        if (_people.TryGetValue(s, out var people))
            foreach (var pm in people)
                if (pm.Person.City is { } home && stay.Parties.HasKey(home.Key) && pm.LeadsDelegation()) return home;
        return null;
    }

    /// <summary>
    /// "Delhi and Fukuoka have had a Friendship Agreement since March 5, 2007", "the relationship, which began on Nov. 6,
    /// 2003": the day a relation began, given in full, is an event of the pair (a signing when the sentence names an
    /// agreement), unless an event of that day is already known.
    /// </summary>
    public static void AddRelationStarts(IEnumerable<PartnershipDraft> partnerships, List<EventDraft> events)
    {
        foreach (var d in partnerships)
        {
            if (d.StartedOn is not { } started || events.Exists(e => e.Start == started.Day)) continue;
            bool agreement = false;
            if (Lexicon.AgreementNouns.MayBeIn(started.Sentence))
                foreach (var t in started.Sentence.Tokens) agreement |= t.IsWord && Lexicon.AgreementNouns.Contains(t.Form);
            var e = new EventDraft(agreement ? EventKinds.Signing : EventKinds.Other, started.Day, null) { Title = Truncate(started.Sentence.Text, 140) };
            e.Sentences.Add(started.Sentence);
            e.AddParty(d.A);
            e.AddParty(d.B);
            events.Add(e);
        }
    }

    /// <summary>Whether the signing verb from <paramref name="verb"/> is past and a year follows it in its clause ("signed ... in 2019", "đã ký vào năm 2019").</summary>
    private static bool SignedInAYear(TokenList t, int verb, int after)
    {
        bool past = false;
        for (int k = verb; k < after; k++) past |= PastSigningVerbAt(t, k);
        if (!past) return false;
        for (int k = after; k + 1 < t.Count && k < after + 8; k++)
        {
            if (t[k].Kind == TokenKind.Punct && t[k].Text is "," or ";" or "." or ":") return false;
            bool lead = t[k].Is("in") || (t[k].Is("nam") && !t[k].Cap && (k == after || t[k - 1].Is("vao") || t[k - 1].Is("tu")));
            if (!lead || Reading.DatelineParser.Year(t[k + 1]) is null) continue;
            // "signed a programme in 2024-2026": a term to come, not the signing's year.
            return !(k + 2 < t.Count && (t[k + 2].Text is "-" or "–" || t[k + 2].Is("to")));
        }
        return false;
    }

    /// <summary>"The two mayors signed", "đã ký kết": a signing told as done; not "agreed to sign".</summary>
    private static bool SignedInThePast(TokenList t, Trigger tr) => tr.Kind == EventKinds.Signing && PastSigningVerbAt(t, tr.First);

    /// <summary>"signed", "inked", or "ký" after "đã" at <paramref name="k"/>.</summary>
    private static bool PastSigningVerbAt(TokenList t, int k) =>
        t[k].Is("signed") || t[k].Is("inked") || (k > 0 && t[k - 1].Is("da") && t[k].Is("ky"));

    /// <summary>
    /// "The delegation left Yangyang International Airport on Thursday and returned on Sunday": the travellers' setting off on
    /// a day and their return on a later one, else null.
    /// </summary>
    private static (PartialDate Start, PartialDate End)? TripBetween(Sentence s, List<DateMention> dates)
    {
        var t = s.Tokens;
        if (dates.Count != 2 || !Lexicon.TravellingPartyNouns.AnyIn(t, 0, dates[0].First)) return null;
        var (leave, back) = (dates[0], dates[1]);
        if (leave.Start.Precision != DatePrecision.Day || back.Start.Precision != DatePrecision.Day || !back.EndsStay || leave.EndsStay
            || DayArithmetic.DaysBetween(leave.Start, back.Start) is not (> 0 and <= 31))
            return null;
        for (int k = Math.Max(0, leave.First - 8); k < leave.First; k++)
            if (Phrases.TripDepartures.Matches(t, k)) return (leave.Start, back.Start);
        return null;
    }

    /// <summary>
    /// "On its first day", "Ngày thứ hai", "On the last day of the trip": the day of <paramref name="visit"/> which the
    /// sentence's first words name, else null. A count "of" something else ("the first day of the forum") is that thing's.
    /// </summary>
    private static PartialDate? DayOfTheStay(TokenList t, EventDraft visit)
    {
        for (int k = 0; k < t.Count && k <= 3; k++)
        {
            int n = Phrases.DaysOfAStay.MatchAny(t, k, out var phrase);
            if (n == 0) continue;
            // "the last day of the trip" is the stay's.
            int of = k + n;
            if (of < t.Count && (t[of].Is("of") || t[of].Is("cua")) && !StayNamedAt(t, of + 1)) return null;
            int offset = Lexicon.DaysOfAStay[phrase!];
            return offset == Lexicon.LastDayOfAStay ? visit.End : DayArithmetic.AddDays(visit.Start, offset);
        }
        return null;
    }

    private static bool StayNamedAt(TokenList t, int k)
    {
        while (k < t.Count && (t[k].Is("the") || t[k].Is("its") || t[k].Is("their"))) k++;
        return k < t.Count && Lexicon.StayNouns.Contains(t[k].Form);
    }

    /// <summary>"The next day", "Two days later", "Hôm sau" opening a sentence: that many days after <paramref name="told"/>, else null.</summary>
    private static PartialDate? DaysOnFromTheDayTold(TokenList t, PartialDate told)
    {
        for (int k = 0; k < t.Count && k <= 3; k++)
            if (DateFinder.DaysAfterToldDay(t, k, out _) is int days) return DayArithmetic.ShiftDay(told, days);
        return null;
    }

    /// <summary>
    /// "lands on Thursday and will stay until Monday": the day a stay that began on <paramref name="start"/> ends, told
    /// apart from its start in the same sentence (at most a month on), else null.
    /// </summary>
    private static PartialDate? StayEnd(List<DateMention> dates, PartialDate start)
    {
        if (start.Precision != DatePrecision.Day) return null;
        foreach (var d in dates)
            if (d.EndsStay && d.Start.Precision == DatePrecision.Day && d.Start > start && DayArithmetic.DaysBetween(start, d.Start) <= 31) return d.Start;
        return null;
    }

    /// <summary>
    /// How many days a stay told in days or weeks lasts ("arrived on Tuesday for a four-day working visit", "a two-week homestay",
    /// "chuyến thăm 3 ngày"), else null.
    /// </summary>
    private static int? StayLength(TokenList t)
    {
        for (int k = 0; k + 1 < t.Count; k++)
        {
            int? n = Reading.DatelineParser.Num(t[k]) ?? (Lexicon.NumberWords.TryGetValue(t[k].Fold, out int word) ? word : null);
            if (n is not (>= 2 and <= 31)) continue;
            int unit = t[k + 1].IsPunct('-') && !t[k + 1].SpaceBefore ? k + 2 : k + 1;
            if (unit >= t.Count) break;
            int days = t[unit].Fold switch { "day" => n.Value, "week" => 7 * n.Value, "ngay" => n.Value, _ => 0 };
            if (days == 0) continue;
            // English: the stay's noun a few words on; Vietnamese: "chuyến thăm ... 3 ngày", no date ("ngày 25") after it.
            bool stay = t[unit].Fold == "ngay"
                ? PrecededBy(t, k, 6, "chuyen") && !(unit + 1 < t.Count && t[unit + 1].IsNumber)
                : Lexicon.StayNouns.AnyIn(t, unit + 1, unit + 4);
            if (stay) return days;
        }
        return null;

        static bool PrecededBy(TokenList t, int at, int words, string fold)
        {
            for (int k = Math.Max(0, at - words); k < at; k++) if (t[k].Fold == fold) return true;
            return false;
        }
    }

    /// <summary>A lead written again further down ("At the conference, Sun Yong ... signed") is a photo caption of that sentence.</summary>
    private static bool RepeatedLater(Sentence s, IReadOnlyList<Sentence> sentences)
    {
        for (int k = s.Index + 1; k < sentences.Count; k++)
            if (sentences[k].Text.IndexOf(s.Text, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Whether a sentence's dates, if any, are only the years of a term to come ("a programme for 2016-2018").</summary>
    private static bool OnlyTermsDated(List<DateMention>? dates, PartialDate published)
    {
        if (dates is null) return true;
        foreach (var d in dates) if (!((d.StartsPeriod && !WhenClauseFollows(d)) || (d.YearOnly && d.Start.Year >= published.Year))) return false;
        return true;
    }

    /// <summary>"sister cities since April 1974, when the agreement was signed": the period's start dates what the clause tells.</summary>
    private static bool WhenClauseFollows(DateMention d)
    {
        var t = d.Sentence.Tokens;
        int k = d.Last + 1;
        if (k < t.Count && t[k].IsPunct(',')) k++;
        return k < t.Count && (t[k].Is("when") || t[k].Is("khi"));
    }

    /// <summary>The trigger a lead reports: one written as a past-tense verb ("were signed"), else its first in the foreground.</summary>
    private static Trigger? ReportedTrigger(Sentence s, List<Trigger> triggers)
    {
        Trigger? first = null;
        foreach (var tr in triggers)
        {
            if (Phrases.PastTenseVerbs.Matches(s.Tokens, tr.First)) return tr;
            if (!tr.Background) first ??= tr;
        }
        return first;
    }

    /// <summary>
    /// "A cultural delegation from Dongying city visited Yangju city, South Korea, on Nov 18.": a page with no headline
    /// takes its lead sentence as the title; a headline has no full stop.
    /// </summary>
    private static bool IsLeadAsTitle(Sentence s) => s.Tokens.Count > 0 && s.Tokens[s.Tokens.Count - 1].IsPunct('.') && WordCount(s.Tokens) >= 10;

    private static int WordCount(TokenList t)
    {
        int words = 0;
        foreach (var tok in t) if (tok.IsWord) words++;
        return words;
    }

    /// <summary>
    /// "arrived in the Idaho capital", "the Bavarian state capital": a region named before "capital" stands for its capital, the
    /// seat (PPLA) the article names among that region's places; null when it names none.
    /// </summary>
    private Place? CapitalNamedAfter(TokenList t, PlaceMention m)
    {
        int k = m.Last + 1;
        if (k < t.Count && t[k].Is("state")) k++;
        if (k >= t.Count || !t[k].Is("capital") || !LocalityResolver.IsRegion(m.Place)) return null;
        foreach (var other in _allPlaces)
            if (other.Place.FeatureCode == "PPLA" && other.Place.ParentKey == m.Place.Key) return other.Place;
        return null;
    }

    private static bool OfPlace(Place venue, Place place) => venue.Key == place.Key || venue.ParentKey == place.Key;

    private void AddPeopleAndParties(EventDraft e, Sentence s)
    {
        if (_places.TryGetValue(s, out var ps))
            foreach (var m in ps)
                // "after a 30-hour journey via Paris": a place passed through takes no part.
                if (!m.Locator && !(m.First > 0 && s.Tokens[m.First - 1].Is("via"))) e.AddParty(m.Place);
        if (_people.TryGetValue(s, out var people))
            foreach (var pm in people)
            {
                if (Invited(s.Tokens, pm.First)) continue;
                e.AddPerson(pm.Person);
                e.AddParty(pm.Person.City);
            }
        if (_mainPair is { } mp && (Phrases.PairAnaphors.AnyIn(s) || (e.Parties.Count == 0 && (TheAgreementOpens(s.Tokens) || e.ToldBefore || NamedGathering(s.Tokens, e)))
            || VisitsTheCountryOf(e, s, mp)))
        { e.AddParty(mp.Item1); e.AddParty(mp.Item2); }
        // "Local officials in the southeastern Polish town welcomed a delegation": a town named by its country's adjective
        // is the article's most named locality of that country.
        foreach (var c in _countries)
            if (c.Sentence == s && c.Last + 1 < s.Tokens.Count && Lexicon.TownNouns.Contains(s.Tokens[c.Last + 1].Form) && c.First > 0
                && s.Tokens[c.First - 1].IsWord && !s.Tokens[c.First - 1].Cap && PlaceMention.MostNamed(_allPlaces, country: c.Code) is { } town)
                e.AddParty(town);
    }

    /// <summary>
    /// "The delegation arrived in Korea on Tuesday", no locality named but the article's pair: a visit to the country of
    /// one of the pair is the other's visit to it.
    /// </summary>
    private bool VisitsTheCountryOf(EventDraft e, Sentence s, (Place, Place) pair)
    {
        if (e.Kind != EventKinds.Visit) return false;
        foreach (var p in e.Parties) if (p.Key != pair.Item1.Key && p.Key != pair.Item2.Key) return false;
        foreach (var c in _countries)
            if (c.Sentence == s && c.First > 0 && (s.Tokens[c.First - 1].Is("in") || s.Tokens[c.First - 1].Is("to"))
                && (c.Code == pair.Item1.Country) != (c.Code == pair.Item2.Country)) return true;
        return false;
    }

    /// <summary>"The agreement signed on Sept. 7 involved ...": the article's agreement, named before, between its pair.</summary>
    private static bool TheAgreementOpens(TokenList t) =>
        t.Count > 1 && t[0].Is("the") && Lexicon.AgreementNouns.Contains(t[1].Form);

    /// <summary>
    /// "landed in Brisbane on Sunday 12 May and travelled by coach to Toowoomba the same afternoon": the place the travellers went
    /// on to after landing, later in the sentence ("to", at most three words after the verb, then the place's name); or null.
    /// </summary>
    private Place? OnwardDestination(Sentence s, Trigger landing)
    {
        if (!_places.TryGetValue(s, out var mentions)) return null;
        var t = s.Tokens;
        for (int k = landing.Last + 1; k < t.Count; k++)
        {
            if (!Lexicon.OnwardTravelVerbs.Contains(t[k].Form)) continue;
            for (int to = k + 1; to < t.Count && to <= k + 4; to++)
                if (t[to].Is("to"))
                    foreach (var m in mentions)
                        if (!m.Locator && m.First > to && m.First - to <= 3) return m.Place;
        }
        return null;
    }

    /// <summary>"sáng 25/11 sẽ diễn ra Hội thảo "Kết nối di sản Tràng An - Angkor" ...": a gathering by its name, in an article of a pair, is the pair's.</summary>
    private static bool NamedGathering(TokenList t, EventDraft e) =>
        e.Kind is EventKinds.Conference or EventKinds.Other && e.TriggerAt > 0 && t[e.TriggerAt].Cap;

    /// <summary>"Hội thảo khai mạc sáng 25/8 ...", "The workshop opened on March 3": the article's gathering, named before, of its pair.</summary>
    private static bool TheOccasionOpens(TokenList t, EventDraft e) =>
        e.Kind is EventKinds.Conference or EventKinds.Other && (e.TriggerAt == 0 || (e.TriggerAt == 1 && t[0].Is("the")));

    /// <summary>The locality of a council the sentence names: "Lüneburg City Council", "the City Council of (the city of) Lüneburg".</summary>
    private static Place? CouncilsPlace(TokenList t, List<PlaceMention>? mentions)
    {
        if (mentions is null) return null;
        foreach (var m in mentions)
        {
            if (m.Locator) continue;
            for (int k = m.Last + 1; k < t.Count && k <= m.Last + 2; k++) if (t[k].Is("council") && t[k].Cap) return m.Place;
            for (int k = m.First - 1; k >= 1 && k >= m.First - 6; k--)
                if (t[k].Is("of") && t[k - 1].Is("council") && t[k - 1].Cap) return m.Place;
        }
        return null;
    }

    /// <summary>"the conference hosted by Taipei City": the place right after a passive's "by".</summary>
    private static Place? HostAfterBy(Trigger tr, List<PlaceMention> mentions)
    {
        foreach (var m in mentions) if (m.First > tr.Last + 1 && m.First <= tr.Last + 3 && !m.Locator) return m.Place;
        return null;
    }

    /// <summary>The city of the official named last and shortly before the trigger, when named after <paramref name="subject"/>.</summary>
    private Place? NearestOfficialsCity(Sentence s, Trigger tr, PlaceMention? subject)
    {
        if (!_people.TryGetValue(s, out var ppl)) return null;
        int nearest = -1;
        for (int k = 0; k < ppl.Count; k++) if (ppl[k].Last < tr.First && (nearest < 0 || ppl[k].Last > ppl[nearest].Last)) nearest = k;
        return nearest >= 0 && tr.First - ppl[nearest].Last <= 20 && ppl[nearest].Person.City is { } city && (subject is null || ppl[nearest].First > subject.Last) ? city : null;
    }

    /// <summary>
    /// "thăm và làm việc tại Canada và Hoa Kỳ", "thăm, làm việc tại tỉnh Luông Pha Băng và tỉnh U Đôm Xay": a journey of days
    /// to a country, or to two places or more, is in no one city.
    /// </summary>
    private bool JourneyOfSeveralPlaces(Sentence s, Trigger tr, Place? venue)
    {
        var t = s.Tokens;
        if (CountryVisitedAfter(s, tr, 6)) return true;
        if (venue is null || !_places.TryGetValue(s, out var mentions)) return false;
        foreach (var m in mentions)
        {
            if (m.Place.Key != venue.Key || m.First <= tr.Last) continue;
            int k = m.Last + 1;
            if (k >= t.Count || !(t[k].Is("and") || t[k].Is("va"))) return false;
            k++;
            while (k < t.Count && Lexicon.LocalityWordsAfterVenue.Contains(t[k].Form)) k++;
            foreach (var other in mentions) if (other.First == k && other.Place.Key != venue.Key && !other.Locator) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// "On October 18, the delegation moved to Gimhae, a city west of Busan. There, ... signed": "There," ("Tại đây,") opening a
    /// sentence is the place the sentence before names after a venue word.
    /// </summary>
    private Place? WhereThereIs(Sentence s)
    {
        var t = s.Tokens;
        bool there = t.Count > 2 && ((t[0].Is("there") && t[1].IsPunct(',')) || (t[0].Is("tai") && t[1].Is("day") && t[2].IsPunct(',')));
        return there ? PlaceGoneToBefore() : null;
    }

    /// <summary>The place the sentence before names after a venue or travel word ("the delegation moved to Gimhae"), if any.</summary>
    private Place? PlaceGoneToBefore()
    {
        if (_previous is not { } before || !_places.TryGetValue(before, out var mentions)) return null;
        foreach (var m in mentions)
            if (!m.Locator && VenueBefore(before.Tokens, m.First)) return m.Place;
        return null;
    }

    /// <summary>A country named within <paramref name="span"/> tokens after the trigger, after a venue word ("thăm làm việc tại Hà Lan", "visit to Japan").</summary>
    private bool CountryVisitedAfter(Sentence s, Trigger tr, int span)
    {
        foreach (var c in _countries)
            if (c.Sentence == s && c.First > tr.Last && c.First - tr.Last <= span && VenueBefore(s.Tokens, c.First)) return true;
        return false;
    }

    /// <summary>Where it happened: "in/at/tại X", "visiting X"; else the host side.</summary>
    private Place? Venue(Sentence s, Trigger tr)
    {
        var t = s.Tokens;
        _places.TryGetValue(s, out var mentions);
        mentions ??= new List<PlaceMention>();
        // "thăm làm việc tại Hà Lan", "visit to Japan": a country right after the trigger and a venue word is where the event
        // is, and it is no locality.
        if (CountryVisitedAfter(s, tr, 3)) return null;
        if (FrontedVenue(s, mentions) is { } fronted) return fronted;
        Place? best = null;
        int bestDistance = int.MaxValue;
        bool bestWhereHeld = false, bestSameClause = false, bestHeldThere = false;
        // "Từ chuyến thăm tỉnh Gunma và tham dự Diễn đàn ... tại thành phố Maebashi": a forum is where it is held, not where
        // the journey went; for a visit the nearest destination stands.
        bool heldFirst = tr.Kind != EventKinds.Visit;
        foreach (var m in mentions)
        {
            // "with Taishan, in Guangdong province": an address after "in" is no venue; nor, for a signing or a meeting, is a
            // place in an occasion's quoted name after it ("ký Kế hoạch ... tổ chức \"Ngày văn hóa Vitebsk tại Thanh Hóa\""),
            // which an occasion's own trigger may open ("khai mạc \"Những ngày văn hóa Toledo tại Hội An\"").
            if (m.Locator || DiplomaticPost(t, m.First) || (tr.Kind != EventKinds.Other && m.First > tr.Last && t.InsideQuotes(m.First))) continue;
            bool whereHeld;
            if (VenueMarkerBefore(t, m.First) is { } marker) whereHeld = !TravelMarker(marker);
            else if (HallOf(t, m) || InstitutionNamedWith(t, m) || SeatOf(t, m) || (m.Last < tr.First && WhereClauseAfter(t, m))
                || (tr.Kind == EventKinds.Visit && InstitutionVisited(t, tr, m))) whereHeld = true;
            else continue;
            // "sẽ sang thành phố Khâm Châu dự Diễn đàn ...; các bên sẽ ... tổ chức hội đàm tại thành phố Bắc Hải": a clause past a
            // semicolon tells of something else; an earlier one ("Monday – arrival in Ljubljana; meeting with ...") may set the
            // scene, when the trigger's own clause names no place.
            if (m.First > tr.Last && t.SemicolonBetween(tr.Last, m.First)) continue;
            bool sameClause = !t.SemicolonBetween(m.Last, tr.First);
            // "a seminar on investment in Lam Dong held in Kofu": where the event is said to be held, after it, beats a nearer "in".
            bool heldThere = m.First > tr.Last && HeldThere(t, m.First);
            int distance = Math.Abs(m.First - tr.Last);
            if (best is not null && sameClause != bestSameClause ? !sameClause
                : heldThere != bestHeldThere ? !heldThere
                : heldFirst && whereHeld != bestWhereHeld ? !whereHeld : distance >= bestDistance) continue;
            best = CapitalNamedAfter(t, m) ?? m.Place;
            bestDistance = distance;
            bestWhereHeld = whereHeld;
            bestSameClause = sameClause;
            bestHeldThere = heldThere;
        }
        if (best is not null) return best;
        if (TownBodyAfterVenueWord(t) is { } townBody) return townBody;
        // "PUERTO PRINCESA CITY, Palawan (PIA) -- ... signed ... at the New Green City Hall": a hall named by no locality is
        // the one where the report was filed.
        if (_dateline is { } filed && UnnamedHallAfterVenueWord(t, mentions)) return filed;
        if (Namesake(t, tr, mentions) is { } namesake) return namesake;
        PlaceMention? subject = null;
        foreach (var m in mentions) if (m.Last < tr.First && !m.Locator) { subject = m; break; }
        Place? subjectPlace = subject?.Place;
        if (subjectPlace is null && _people.TryGetValue(s, out var ppl))
            foreach (var pm in ppl) if (pm.Last < tr.First && pm.Person.City is not null) { subjectPlace = pm.Person.City; break; }
        bool receives = Lexicon.ReceiveTriggers.Contains(tr.Phrase) || tr.Phrase.StartsWith("tiep", StringComparison.Ordinal);
        // "Chủ tịch UBND TP.HCM tiếp ông Kwon ... đang có chuyến thăm tại Thành phố": whoever receives is at home; "Trong
        // chuyến thăm của Đoàn Quảng Tây ..., đồng chí Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh đã đón tiếp": the receiver is
        // the official named nearest before the verb, not a place of an earlier clause.
        // "hosted by Taipei City": a passive names the host after the verb.
        // "welcomed Chairman Tran and his delegation to Gyeonggi": where guests are welcomed to.
        if (tr.Phrase is "welcomed" or "welcomes")
            foreach (var m in mentions)
                if (m.First > tr.Last && m.First - tr.Last <= 15 && !m.Locator && t[m.First - 1].Is("to")) return m.Place;
        bool passive = tr.Last + 1 < t.Count && t[tr.Last + 1].Is("by");
        if (receives && passive && HostAfterBy(tr, mentions) is { } passiveHost) return passiveHost;
        if (receives && !passive && NearestOfficialsCity(s, tr, subject) is { } receiver) return receiver;
        if (receives && subjectPlace is not null) return subjectPlace;
        // "paid a courtesy call on X, Chairman of the Y People's Committee", "chào xã giao lãnh đạo tỉnh Y": whom a guest
        // calls on is at home.
        if (Lexicon.CallTriggers.Contains(tr.Phrase))
            foreach (var m in mentions)
                if (m.First > tr.Last && m.First - tr.Last <= 12 && !m.Locator) return m.Place;
        // "đã đến thăm và làm việc tại tỉnh.": the article's locality of that kind, the one it names most.
        if (Phrases.BareLocalityVenues.AnyIn(s))
            for (int i = 1; i < t.Count; i++)
            {
                int n = Phrases.BareLocalityVenues.MatchAny(t, i, out var word);
                if (n == 0 || (i + n < t.Count && t[i + n].IsWord && t[i + n].Cap)) continue;
                int seat = i;
                while (seat > 0 && i - seat < 4 && Lexicon.AuthoritySeatWords.Contains(t[seat - 1].Form)) seat--;
                if (Phrases.VenueMarkers.EndingBefore(t, seat) is null) continue;
                bool vietnameseAuthority = seat < i || word!.EndsWith(" uy", StringComparison.Ordinal);
                string kind = Lexicon.BareLocalityVenues[word!];
                // "arrived in the city on March 3" in a report filed from a city: that city.
                if (!vietnameseAuthority && _dateline is { } home && home.Kind == kind) return home;
                if (PlaceMention.MostNamed(_allPlaces, kind, vietnameseAuthority ? "VN" : null) is { } own) return own;
            }
        // "visiting the capital"
        for (int i = 0; i + 2 < t.Count; i++)
            if (Lexicon.WordsBeforeTheCapital.Contains(t[i].Form) && t[i + 1].Is("the") && t[i + 2].Is("capital"))
                foreach (var m in _allPlaces) if (m.Place.Kind == LocalityKinds.Capital) return m.Place;

        // "The Brooklyn Park City Council approved": a council meets in its own locality.
        if (receives || Lexicon.CouncilDecisionTriggers.Contains(tr.Phrase))
            return subjectPlace;
        // "The City of Duluth will welcome a plane ... for a weeklong visit": the locality welcoming the visit hosts it.
        if (subject is { } host && Lexicon.HostVerbs.MayBeIn(s))
            for (int k = host.Last + 1; k < tr.First; k++)
                if (Lexicon.HostVerbs.Contains(t[k].Form) && (!t[k].Is("chuc") || t[k - 1].Is("to"))) return host.Place;
        // "At its meeting on Wednesday, the City Council of the Hanseatic City of Lüneburg took two decisions": a council meets
        // in its own locality.
        if (tr.Kind == EventKinds.Meeting && CouncilsPlace(t, mentions) is { } council) return council;
        // "the Indonesia-Korea Port Cities Forum, which Surabaya will host on Tuesday": the place hosting it in a clause after it.
        foreach (var m in mentions)
            if (m.First > tr.Last && m.First - tr.Last <= 4 && !m.Locator && (t[m.First - 1].Is("which") || t[m.First - 1].Is("that")))
                for (int k = m.Last + 1; k < t.Count && k <= m.Last + 3; k++)
                    if (Lexicon.HostVerbs.Contains(t[k].Form)) return m.Place;
        if (OrganisedBy(t, tr, mentions) is { } organiser) return organiser;
        // "Chủ tịch Hội đồng tỉnh Gyeong Gi ... đã gặp gỡ đoàn đại biểu tỉnh Hà Nam", "met with a delegation from Hanoi":
        // whoever meets a delegation, its verb's object, is its host.
        if (subjectPlace is not null && tr.Kind == EventKinds.Meeting && DelegationAsObject(t, tr.Last + 1)) return subjectPlace;
        bool guest = false;
        for (int k = 0; k < tr.First; k++)
            if (Phrases.DelegationWords.MatchAny(t, k, out _) > 0) guest = true;
        if (!guest && subjectPlace is not null) return null;
        // "SEOUL -- Mayor Oh met with Governor Tran of Binh Duong": an official of no named locality (an envoy aside) in a
        // report filed from a place is at home there (FillVenueFromDateline), not the guest of whom they meet.
        if (!guest && _dateline is not null && OfficialBefore(s, tr) is { City: null, Role: { } role } && !Lexicon.IsDiplomatRole(role)) return null;
        // A delegation (or an envoy with no locality of their own) works "with" the host; "met with Jeollabuk-do
        // delegation": the delegation itself is the guest.
        for (int i = tr.First; i < t.Count; i++)
        {
            // "Speaking at the courtesy meeting ..., Chairman Dat said the friendship with Andong had been built ...": what
            // is said is no host.
            if (Lexicon.ReportingVerbs.Contains(t[i].Form)) break;
            if (!(t[i].Is("with") || t[i].Is("voi"))) continue;
            // "with mayors from 12 cities, including Ho Chi Minh City, ...": guests of many places, none of them the host; nor is
            // where guests come from ("with the participation of experts from Gyeongju").
            foreach (var m in mentions)
                if (m.First > i && m.First - i <= 12 && !m.Locator)
                    return Phrases.DelegationWords.MatchAny(t, m.Last + 1, out _) > 0 || PartnershipFinder.IntroducedAsIncluded(t, m.First) || ComesFrom(t, m.First) ? null : m.Place;
            break;
        }
        return null;
    }

    /// <summary>
    /// "dự Lễ hội thả thuyền lửa ... do tỉnh Nakhon Phanom tổ chức", "a festival organised by Gyeongju": the place organising the
    /// occasion after it hosts it.
    /// </summary>
    private static Place? OrganisedBy(TokenList t, Trigger tr, List<PlaceMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.First <= tr.Last || m.Locator) continue;
            // "do tỉnh X", "by the city of X": "by" and the locality's words before it.
            for (int by = m.First - 1; by > tr.Last && by >= m.First - 4; by--)
            {
                // "do" as written: folded it is also "đó" (that) and "độ" (degree).
                if (t[by].Text is "do" && Phrases.OrganiserVerbs.Matches(t, m.Last + 1)) return m.Place;
                if (t[by].Is("by") && Phrases.OrganiserVerbs.EndingBefore(t, by) is not null) return m.Place;
                if (!Lexicon.LocalityWordsAfterVenue.Contains(t[by].Form)) break;
            }
        }
        return null;
    }

    /// <summary>The first person named before the trigger.</summary>
    private Person? OfficialBefore(Sentence s, Trigger tr)
    {
        if (_people.TryGetValue(s, out var people))
            foreach (var pm in people) if (pm.Last < tr.First) return pm.Person;
        return null;
    }

    /// <summary>
    /// "The 2024 Busan Sister Cities Forum opened": the place an occasion's capitalised name opens with holds it; in Vietnamese
    /// the name ends with it ("Lễ hội Cà phê Buôn Ma Thuột").
    /// </summary>
    private static Place? Namesake(TokenList t, Trigger tr, List<PlaceMention> mentions)
    {
        if (!t[tr.First].Cap) return null;
        bool headLast = Lexicon.OccasionHeads.Contains(t[tr.Last].Form), headFirst = Lexicon.OccasionHeadsFirst.Contains(tr.Phrase);
        foreach (var m in mentions)
            if (!m.Locator && ((headLast && NameWords(t, m.Last + 1, tr.First, allCapitalised: true)) || (headFirst && NameWords(t, tr.Last + 1, m.First, allCapitalised: false))))
                return m.Place;
        return null;
    }

    /// <summary>
    /// Whether tokens <paramref name="from"/> up to <paramref name="to"/> are at most three words of a name: all capitalised
    /// in English, the first in Vietnamese ("Cà phê").
    /// </summary>
    private static bool NameWords(TokenList t, int from, int to, bool allCapitalised)
    {
        if (to < from || to - from > 3) return false;
        for (int k = from; k < to; k++) if (!(t[k].IsWord && (t[k].Cap || (!allCapitalised && k > from)))) return false;
        return true;
    }

    /// <summary>"ông X, Tổng Lãnh sự Lào tại Đà Nẵng", "the Consul General of Laos in Da Nang": the place is a diplomat's post.</summary>
    private static bool DiplomaticPost(TokenList t, int place)
    {
        // Back from the venue word over the title's own words: capitalised ones (a country, "General"), "of", "the".
        for (int k = place - 2; k >= 0 && k >= place - 6 && t[k].IsWord; k--)
        {
            if (Lexicon.DiplomatTitleWords.Contains(t[k].Form) || Lexicon.DiplomaticMissionWords.Contains(t[k].Form)
                || (k > 0 && Lexicon.DiplomatTitleWords.Contains(t[k - 1].Fold + " " + t[k].Fold)))
                return true;
            if (!(t[k].Cap || t[k].Fold is "of" or "the" or "general")) break;
        }
        return false;
    }

    private static bool DelegationAsObject(TokenList t, int k)
    {
        while (k < t.Count && t[k].IsWord && Lexicon.DelegationObjectLeads.Contains(t[k].Form)) k++;
        return Phrases.DelegationWords.Matches(t, k);
    }

    /// <summary>
    /// "Ngày 12-2-1961, tại thị xã Thanh Hóa, ... Hội đồng hương Hội An tại Hà Nội đã tổ chức lễ kết nghĩa": a venue set off by
    /// commas right after the date that opens the sentence is where the sentence's event was, whatever venue comes nearer.
    /// </summary>
    private Place? FrontedVenue(Sentence s, List<PlaceMention> mentions)
    {
        var t = s.Tokens;
        if (!_dates.TryGetValue(s, out var dates) || dates[0].First > 1 || dates[0].Last + 2 >= t.Count || !t[dates[0].Last + 1].IsPunct(',')) return null;
        int afterDate = dates[0].Last + 2;
        foreach (var m in mentions)
        {
            if (m.First < afterDate) continue;
            if (m.First - afterDate > 4 || m.Locator || !VenueBefore(t, m.First)) return null;
            return m.Last + 1 < t.Count && t[m.Last + 1].IsPunct(',') ? m.Place : null;
        }
        return null;
    }

    private static bool VenueBefore(TokenList t, int first) => VenueMarkerBefore(t, first) is not null;

    /// <summary>A journey's word ("visited", "travelled to", "thăm") rather than one saying where something is held ("in", "tại").</summary>
    private static bool TravelMarker(string marker) => !(Lexicon.VenueWords.Contains(marker) || marker == "held in");

    /// <summary>
    /// Whether "from" introduces the place at <paramref name="first"/>, past a unit phrase ("from Gyeongju", "from the French
    /// department of Val-de-Marne"): where guests come from.
    /// </summary>
    private static bool ComesFrom(TokenList t, int first)
    {
        int k = first - 1;
        // Past "the French department of": capitalised words, "the" and unit words, at most five tokens back.
        if (k >= 0 && t[k].Is("of"))
        {
            k--;
            while (k >= 0 && first - k <= 5 && t[k].IsWord && !t[k].Is("from")
                && (t[k].Is("the") || t[k].Cap || Lexicon.UnitWordsBeforeOf.Contains(t[k].Form))) k--;
        }
        return k >= 0 && t[k].Is("from");
    }

    /// <summary>Whether "held in", "took place in", "diễn ra tại" (<see cref="Lexicon.HeldCues"/>) comes right before the place at <paramref name="first"/> (locality words between).</summary>
    private static bool HeldThere(TokenList t, int first)
    {
        int k = first - 1;
        while (k >= 0 && Lexicon.LocalityWordsAfterVenue.Contains(t[k].Form)) k--;
        if (k < 1 || !(t[k].Is("in") || t[k].Is("tai"))) return false;
        return t[k - 1].Is("held") || Phrases.HeldCues.EndingBefore(t, k) is not null;
    }

    /// <summary>
    /// The venue marker (one of <see cref="Lexicon.VenueMarkers"/>) that makes the place at <paramref name="first"/> where
    /// something is, "in" for a venue's address; null when there is none.
    /// </summary>
    private static string? VenueMarkerBefore(TokenList t, int first)
    {
        int k = first - 1;
        // Skip locality words: "tại thành phố Wernigerode", "in the city of Kinshasa", "tại TP. Buôn Ma Thuột".
        while (k >= 0 && (Lexicon.LocalityWordsAfterVenue.Contains(t[k].Form) || (t[k].IsPunct('.') && k > 0 && t[k - 1].Is("tp"))
            || CountrysUnit(t, k, first))) k--;
        if (k < 0) return null;
        if ((t[k].IsPunct(',') || t[k].IsPunct('(')) && k + 1 < first && Lexicon.AddressUnitWords.Contains(t[k + 1].Form))
            return VenueNamedBefore(t, k) ? "in" : null;
        // The first of Lexicon.VenueMarkers ending at k (looked up by first word).
        if (Phrases.VenueMarkers.EndingBefore(t, k + 1) is not { } marker)
            return VisitPastWordsOfThePlace(t, k, first) ? "visited" : null;
        if (marker.Phrase == "den" && k + 1 < t.Count && t[k + 1].Is("tham")) return null;
        // "thành phố Đông Hưng (thuộc thành phố Phòng Thành Cảng)": a bracketed address of a name, not where a site lies.
        if (marker.Phrase == "thuoc" && k > 0 && t[k - 1].IsPunct('(')) return null;
        // "A visiting Shandong government delegation" (a delegation word within three words after the name): the guests'
        // locality, not where they are.
        return marker.Phrase == "visiting" && Phrases.DelegationWords.StartsWithin(t, first + 1, first + 5) ? null : marker.Phrase;
    }

    /// <summary>
    /// "at the Kolkata Municipal Corporation headquarters": a town's own government, named after a place the article names,
    /// sits there (the locality stage reads the chain as an institution, not a mention).
    /// </summary>
    private Place? TownBodyAfterVenueWord(TokenList t)
    {
        for (int k = 0; k + 2 < t.Count; k++)
        {
            if (!(t[k].Is("at") || t[k].Is("in"))) continue;
            int name = t[k + 1].Is("the") ? k + 2 : k + 1;
            for (int last = name; last < t.Count - 1 && last < name + 3 && t[last].IsWord && t[last].Cap; last++)
                if (Lexicon.TownBodyWords.Contains(t[last + 1].Form) && PlaceSpelled(t.Spelled(name, last)) is { } town) return town;
        }
        return null;
    }

    /// <summary>The one place the article names with that spelling (<see cref="TokenList.Spelled"/>), else null.</summary>
    private Place? PlaceSpelled(string spelled)
    {
        Place? found = null;
        foreach (var m in _allPlaces)
        {
            if (m.Locator || m.Sentence.Tokens.Spelled(m.First, m.Last) != spelled) continue;
            if (found is not null && found.Key != m.Place.Key) return null;
            found = m.Place;
        }
        return found;
    }

    /// <summary>"in the Indian city of Kolkata", "the central Cuban province of": a capitalised word between locality words and a unit word.</summary>
    private static bool CountrysUnit(TokenList t, int k, int first) =>
        t[k].IsWord && t[k].Cap && k > 0 && k + 1 < first && Lexicon.UnitWordsBeforeOf.Contains(t[k + 1].Form)
        && Lexicon.LocalityWordsAfterVenue.Contains(t[k - 1].Form);

    /// <summary>
    /// "đã đến thăm làng gốm Bát Tràng", "thăm Trường THCS Cầu Giấy", "visited the historic port town Hoi An": a visit to the
    /// place whose site or school a few words name; not across "of", "by" or a delegation ("the visit of the Gimhae delegation").
    /// </summary>
    private static bool VisitPastWordsOfThePlace(TokenList t, int last, int first)
    {
        for (int k = last; k >= 0 && last - k < 3; k--)
        {
            if (!t[k].IsWord || Lexicon.WordsAVisitDoesNotReachPast.Contains(t[k].Form) || Phrases.DelegationWords.Matches(t, k)) return false;
            if (k > 0 && Phrases.VisitMarkers.EndingBefore(t, k) is not null) return !Phrases.DelegationWords.StartsWithin(t, first + 1, first + 5);
        }
        return false;
    }

    /// <summary>"The first stop was Budapest, where on September 14 the delegation met ...": the place a "where" clause opens after.</summary>
    private static bool WhereClauseAfter(TokenList t, PlaceMention m) =>
        m.Last + 2 < t.Count && t[m.Last + 1].IsPunct(',') && t[m.Last + 2].Is("where");

    /// <summary>"at the headquarters of the Camaguey provincial government": the place whose seat, after a venue word, it is.</summary>
    private static bool SeatOf(TokenList t, PlaceMention m)
    {
        int k = m.First - 1;
        if (k >= 0 && t[k].Is("the")) k--;
        if (k < 1 || !t[k].Is("of") || !Lexicon.BodySeatWords.Contains(t[k - 1].Form)) return false;
        k -= 2;
        if (k >= 0 && t[k].Is("the")) k--;
        return k >= 0 && (t[k].Is("at") || t[k].Is("in"));
    }

    /// <summary>"in the Kaisersaal of Hamburg City Hall": a place whose hall a venue word names a few words before.</summary>
    private static bool HallOf(TokenList t, PlaceMention m) =>
        LocalityResolver.HallNameFrom(t, m.Last + 1) && AtNameEndingBefore(t, m.First, 6);

    /// <summary>
    /// "at the New Green City Hall", "at City Hall": a hall after a venue word, of no locality named in it or right after it
    /// ("at City Hall in Pendleton", "at Ueda City Hall" are those places').
    /// </summary>
    private static bool UnnamedHallAfterVenueWord(TokenList t, List<PlaceMention>? mentions)
    {
        for (int k = 0; k + 1 < t.Count; k++)
        {
            if (!(t[k].Is("at") || t[k].Is("tai"))) continue;
            int j = t[k + 1].Is("the") ? k + 2 : k + 1;
            int first = j;
            while (j < t.Count && j - first < 5 && t[j].IsWord && t[j].Cap && !Lexicon.VenueHeads.Contains(t[j].Form)) j++;
            if (j >= t.Count || j == first || !t[j].Is("hall") || !t[j].Cap) continue;
            bool named = false;
            if (mentions is not null)
                foreach (var m in mentions) named |= m.First >= first && m.First <= j + 2;
            if (!named) return true;
        }
        return false;
    }

    /// <summary>"at the University of Melbourne's Parkville campus", "tại Viện Nghiên cứu phát triển TP.HCM": the place is in the name of an institution after "at" or "tại".</summary>
    private static bool InstitutionNamedWith(TokenList t, PlaceMention m)
    {
        int name = NameAfterVenueWord(t, m.First, 6);
        if (name < 0) return false;
        int head = t[name].Is("the") ? name + 1 : name;
        return head < m.First && t[head].Cap && Phrases.InstitutionVenueOpeners.Matches(t, head);
    }

    /// <summary>"đoàn thăm Trường Đại học Liên bang Kazan", "visited the University of Szeged": the institution visited is in the place that ends its name.</summary>
    private static bool InstitutionVisited(TokenList t, Trigger tr, PlaceMention m)
    {
        int head = tr.Last + 1 < t.Count && t[tr.Last + 1].Is("the") ? tr.Last + 2 : tr.Last + 1;
        if (head >= m.First || m.First - head > 6 || !t[head].Cap || !Phrases.InstitutionVenueOpeners.Matches(t, head)) return false;
        for (int k = head; k < m.First; k++) if (!(t[k].IsWord || t[k].IsPunct('-'))) return false;
        return true;
    }

    /// <summary>
    /// "tại Trung tâm Hội nghị Quốc gia (quận Nam Từ Liêm)", "tại Trung tâm hội nghị Songdo Convensia, thành phố Incheon": a
    /// venue's name, after a venue word and ending at <paramref name="separator"/>, then its address.
    /// </summary>
    private static bool VenueNamedBefore(TokenList t, int separator) => AtNameEndingBefore(t, separator, 10);

    /// <summary>"at", "in" or "tại" then a name of at most <paramref name="span"/> tokens (words, numbers, hyphens, a day's slash: "Quảng trường 7/5") ending before <paramref name="end"/>.</summary>
    private static bool AtNameEndingBefore(TokenList t, int end, int span) => NameAfterVenueWord(t, end, span) >= 0;

    /// <summary>Where the name of <see cref="AtNameEndingBefore"/> starts (the token after "at", "in" or "tại"), else -1.</summary>
    private static int NameAfterVenueWord(TokenList t, int end, int span)
    {
        for (int k = end - 1; k >= 0 && k >= end - span && (t[k].IsWord || t[k].IsNumber || t[k].IsPunct('-') || t[k].IsPunct('/')); k--)
            if (k < end - 1 && Phrases.VenueMarkers.EndingBefore(t, k + 1) is { Phrase: "at" or "in" or "tai" }) return k + 1;
        return -1;
    }

    /// <summary>
    /// One event per kind and date: overlapping dates of the same kind are the same event, unless told at different times of
    /// the day or as another thing on "the same day".
    /// </summary>
    private static List<EventDraft> Merge(List<EventDraft> events, List<EventDraft>? into)
    {
        var result = into ?? new List<EventDraft>();
        foreach (var e in events)
        {
            EventDraft? same = null;
            if (!e.AnotherOnItsDay)
                foreach (var r in result)
                    if (r.Kind == e.Kind && Overlaps(r, e) && !SignedWithOthers(r, e) && !r.Time.Differs(e.Time) && !OneDayOfAStay(r, e)
                        && !OccasionsApart(r, e)) { same = r; break; }
            if (same is null)
            {
                if (into is null) result.Add(e);
                continue;
            }
            if (e.Start < same.Start && e.Start.Precision == same.Start.Precision) same.Start = e.Start;
            if (e.End is { } end && (same.End is null || end > same.End.Value)) same.End = end;
            same.Time = same.Time.Or(e.Time);
            Absorb(same, e);
        }
        return result;
    }

    /// <summary>
    /// "The festival (August 16-19, Phonsavan) coincides with the youth camp, held from August 12 to 20 in Nong Het": two
    /// occasions of overlapping days held in two places are two.
    /// </summary>
    private static bool OccasionsApart(EventDraft a, EventDraft b) =>
        a.Kind == EventKinds.Other && (a.City is { } here && b.City is { } there && !OfPlace(here, there) && !OfPlace(there, here)
            || ADayOfAnother(a, b) || ADayOfAnother(b, a));

    /// <summary>
    /// "The Auckland Lantern Festival runs from 22 to 25 February ... On Saturday 24 February, youth crews will race in a
    /// friendship regatta": a one-day occasion on a later day of a longer one, not its opening, is one of its own.
    /// </summary>
    private static bool ADayOfAnother(EventDraft day, EventDraft span) =>
        day.End is null && span.End is not null && day.Start != span.Start && !day.PartOfAnOccasion;

    /// <summary>The place, parties, people and sentences of <paramref name="e"/>, told of the same happening as <paramref name="same"/>.</summary>
    private static void Absorb(EventDraft same, EventDraft e)
    {
        same.City ??= e.City;
        same.NoOneCity |= e.NoOneCity;
        foreach (var p in e.Parties) same.AddParty(p);
        TakePeopleAndSentences(same, e);
    }

    /// <summary>The people and sentences of <paramref name="e"/>, told of <paramref name="same"/>, without its places.</summary>
    private static void TakePeopleAndSentences(EventDraft same, EventDraft e)
    {
        foreach (var p in e.People) same.AddPerson(p);
        foreach (var s in e.Sentences) if (!same.Sentences.Contains(s)) same.Sentences.Add(s);
    }

    /// <summary>
    /// "spent four days in Mareeba last week" beside "arrived on Monday, May 12": an event dated only by last week is the
    /// one of its kind the article dates on a day of that week (an arrival first).
    /// </summary>
    private static void MergeWeeksIntoTheirDays(List<EventDraft> events)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            if (events[i].WeekOf is not { } monday) continue;
            var week = events[i];
            // "paid a working visit to Cuba last week ... landed in Havana on Sunday, March 9": the arrival, even on the Sunday
            // before, else the first of its days that is no outing of a stay.
            var day = events.Find(r => r.Kind == week.Kind && r.Arrival && r.Start.Precision == DatePrecision.Day
                    && DayArithmetic.DaysBetween(monday, r.Start) is >= -1 and <= 6)
                ?? events.Find(r => r.Kind == week.Kind && !r.DayOfAStay && r.Start.Precision == DatePrecision.Day
                    && DayArithmetic.DaysBetween(monday, r.Start) is >= 0 and <= 6);
            if (day is null) continue;
            Absorb(day, week);
            events.RemoveAt(i);
        }
    }

    /// <summary>
    /// "the Da Nang Festival in Sakai on October 21 and 22 ... Tham dự lễ khai mạc sáng 21-10 có ...": an opening or closing
    /// ceremony on a day of another event is that event's. "The 13th Joint Coordination Conference ... opened on November 23 ...
    /// The conference closed on November 24": a gathering told again goes on to that day.
    /// </summary>
    private static void MergePartsIntoTheirOccasions(List<EventDraft> events)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var part = events[i];
            if (!(part.PartOfAnOccasion || part.ToldBefore) || part.Start.Precision is not (DatePrecision.Day or DatePrecision.MonthDay)) continue;
            var occasion = part.PartOfAnOccasion
                ? events.Find(e => !e.PartOfAnOccasion && e.Start.Precision == part.Start.Precision && e.Start <= part.Start && part.Start <= (e.End ?? e.Start))
                : events.Find(e => e != part && e.Kind == part.Kind && DayArithmetic.DaysBetweenDays(e.Start, part.Start) is >= 0 and <= MaxDaysOfAGathering);
            if (occasion is null) continue;
            if (part.Start > (occasion.End ?? occasion.Start)) occasion.End = part.Start;
            if (part.PartOfAnOccasion) Absorb(occasion, part);
            else
            {
                // Not Absorb: a gathering told again took the article's pair for its parties only for want of its own.
                occasion.City ??= part.City;
                TakePeopleAndSentences(occasion, part);
            }
            events.RemoveAt(i);
        }
    }

    /// <summary>The most days a conference or festival told again is counted on from its first ("The conference closed on ...").</summary>
    private const int MaxDaysOfAGathering = 10;

    /// <summary>
    /// "will visit Tacoma later this month ... Thursday, September 26 – The delegation arrives at ...": a visit dated only by its
    /// month starts on the day the travelling party arrives that month, told after it; the arrival is that visit's.
    /// </summary>
    private static void StartMonthsOnTheirArrivals(List<EventDraft> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var month = events[i];
            if (month.Kind != EventKinds.Visit || month.Start.Precision != DatePrecision.Month || month.End is not null || month.NoOneCity) continue;
            int at = events.FindIndex(i + 1, a => a.Arrival && a.Kind == EventKinds.Visit && a.Start.Precision == DatePrecision.Day
                && a.Start.Year == month.Start.Year && a.Start.Month == month.Start.Month);
            if (at < 0) continue;
            var arrival = events[at];
            // Not Absorb: the arrival's own place ("arrives at Seattle-Tacoma International Airport") is no party of the visit.
            month.Start = arrival.Start;
            TakePeopleAndSentences(month, arrival);
            events.RemoveAt(at);
        }
    }

    /// <summary>"Also on Tuesday", "Cũng trong chiều qua": the date at <paramref name="first"/> tells of another thing on a day already told.</summary>
    private static bool AlsoOnItsDay(TokenList t, int first)
    {
        int k = first - 1;
        if (k >= 0 && Lexicon.VietnameseWordsBeforeNay.Contains(t[k].Form)) k--; // "chiều" of "chiều qua"
        if (k >= 0 && (t[k].Is("on") || t[k].Is("in") || t[k].Is("trong") || t[k].Is("vao"))) k--;
        return k >= 0 && Lexicon.AlsoWords.Contains(t[k].Form);
    }

    /// <summary>
    /// A programme's item of one day and a stay of several, a stay told as being somewhere and a day's outing after its
    /// first, or a day elsewhere than the stay's place and its region: the tour on Tuesday is not the week's visit, the
    /// arrival on its first day is; "thăm Lâm Đồng từ ngày 8 đến 12/5 ... Ngày 10/5, đoàn đến huyện Lạc Dương" are two visits.
    /// </summary>
    private static bool OneDayOfAStay(EventDraft a, EventDraft b) => OneDayOf(a, b) || OneDayOf(b, a);

    private static bool OneDayOf(EventDraft day, EventDraft stay) =>
        day.End is null && stay.End is not null
        && (day.ProgrammeItem || day.DayOfAStay || (stay.Stay && day.Start != stay.Start) || (day.City is not null && stay.NoOneCity && day.Start != stay.Start)
            || (day.City is { } place && stay.City is { } stayPlace && ElsewhereThan(place, stayPlace)));

    /// <summary>Another locality than <paramref name="stayPlace"/>, not a region and not its region ("in Boise ... welcomed to Idaho" is one visit).</summary>
    private static bool ElsewhereThan(Place place, Place stayPlace) =>
        place.Key != stayPlace.Key && stayPlace.ParentKey != place.Key && place.Kind != LocalityKinds.Province;

    /// <summary>
    /// "Fuzhou and Sihanoukville on Monday signed an agreement ... On the sidelines of the forum on Monday, Fuzhou also signed
    /// a letter of intent with Mombasa": signings of a day between two sides each, whose parties include one each in two
    /// countries the other lacks, are two signings.
    /// </summary>
    private static bool SignedWithOthers(EventDraft a, EventDraft b)
    {
        if (a.Kind != EventKinds.Signing || a.Parties.Count < 2 || b.Parties.Count < 2) return false;
        foreach (var p in a.Parties)
            if (!b.Parties.HasKey(p.Key))
                foreach (var q in b.Parties)
                    if (!a.Parties.HasKey(q.Key) && q.Country != p.Country) return true;
        return false;
    }

    /// <summary>Whether <paramref name="e"/> falls within <paramref name="setting"/>'s days, or a few days after its start when its end is not told.</summary>
    private static bool DuringTheSetting(EventDraft setting, EventDraft e) =>
        Overlaps(setting, e) || (setting.End is null && setting.Start.Precision == DatePrecision.Day && e.Start.Precision == DatePrecision.Day
            && DayArithmetic.DaysBetween(setting.Start, e.Start) is >= 0 and <= 3);

    private static bool Overlaps(EventDraft a, EventDraft b)
    {
        var aEnd = a.End ?? a.Start;
        var bEnd = b.End ?? b.Start;
        if (a.Start.Precision != b.Start.Precision) return a.Start == b.Start;
        return !(aEnd < b.Start || bEnd < a.Start);
    }

    /// <summary>A conference placed elsewhere in the article ("conference held in Chicago") lends its venue.</summary>
    private void FillConferenceVenue(List<EventDraft> events, IReadOnlyList<Sentence> sentences)
    {
        foreach (var e in events)
        {
            if (e.Kind != EventKinds.Conference || e.City is not null) continue;
            foreach (var s in sentences)
            {
                foreach (var tr in Triggers(s))
                {
                    if (tr.Kind != EventKinds.Conference) continue;
                    if (!_places.TryGetValue(s, out var ms)) continue;
                    foreach (var m in ms)
                        if (m.First > tr.Last && m.First - tr.Last <= 3 && VenueBefore(s.Tokens, m.First)) { e.City = m.Place; e.AddParty(m.Place); break; }
                    if (e.City is not null) break;
                }
                if (e.City is not null) break;
            }
        }
    }

    /// <summary>
    /// "On the sidelines of the forum on Monday, Fuzhou also signed ...": an event set in the background of another takes
    /// its place from that event of the same days, where the article placed it.
    /// </summary>
    private void FillVenueOfSetting(List<EventDraft> events)
    {
        foreach (var e in events)
        {
            if (e.City is not null) continue;
            foreach (var tr in Triggers(e.Sentences[0]))
            {
                if (!tr.Background) continue;
                foreach (var setting in events)
                    if (setting != e && setting.Kind == tr.Kind && setting.City is not null && DuringTheSetting(setting, e)) { e.City = setting.City; break; }
                if (e.City is not null) break;
            }
        }
    }

    /// <summary>
    /// "Moriyama arrived Wednesday for a four-day visit": a visit naming only one side of the article's pair, and no place
    /// it goes to, is to the other side; "On Thursday, the delegation paid a courtesy call on Kowalchuk": an event of its
    /// days among its parties, placed nowhere, is where the visit is.
    /// </summary>
    private void FillVenueOfTheVisited(List<EventDraft> events)
    {
        if (_mainPair is not { } pair) return;
        foreach (var e in events)
        {
            if (e.Kind != EventKinds.Visit || e.City is not null || e.Parties.Count == 0) continue;
            bool first = e.Parties.TrueForAll(p => OfPlace(p, pair.Item1)), second = e.Parties.TrueForAll(p => OfPlace(p, pair.Item2));
            var visited = first ? pair.Item2 : pair.Item1;
            // "Chuyến công tác ... theo lời mời của chính quyền bang Tây Úc": the side named as inviting is the host, not the guests.
            if (first == second || NamesAnotherDestination(e.Sentences[0]) || Phrases.InvitationCues.AnyIn(e.Sentences[0])) continue;
            e.City = visited;
            e.AddParty(visited);
        }
        foreach (var e in events)
        {
            if (e.Kind == EventKinds.Visit || e.City is not null || e.Start.Precision != DatePrecision.Day) continue;
            // "Từ ngày 18 - 20/9, tỉnh Hà Tĩnh tổ chức Ngày hội ... tại tỉnh Nakhon Phanom ... Tối cùng ngày, ngày hội bế mạc":
            // an occasion of several days holds the events of its days as a visit does.
            foreach (var visit in events)
                if (visit.Kind is EventKinds.Visit or EventKinds.Other && visit != e && visit.City is not null && visit.End is not null && Overlaps(visit, e)
                    && e.Parties.TrueForAll(p => visit.Parties.HasKey(p.Key) || (p.ParentKey is { } parent && visit.Parties.HasKey(parent))))
                {
                    e.City = visit.City;
                    if (e.Parties.Count == 0) foreach (var p in visit.Parties) e.AddParty(p);
                    break;
                }
        }
    }

    /// <summary>
    /// Whether the sentence names a country ("đã có chuyến thăm và làm việc tại Hàn Quốc": a journey through it, no one
    /// city's visit), or, after a preposition and a few lower-case words, another destination ("travel to Ejisu", "tới
    /// thành phố Łódź", "the plant in the north of Leipzig").
    /// </summary>
    private bool NamesAnotherDestination(Sentence s)
    {
        if (_countries.Exists(c => c.Sentence == s)) return true;
        var t = s.Tokens;
        for (int k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord || t[k].Cap || !Lexicon.DestinationPrepositions.Contains(t[k].Form)) continue;
            int j = k + 1;
            while (j < t.Count && j <= k + 3 && t[j].IsWord && !t[j].Cap) j++;
            if (j < t.Count && t[j].IsWord && t[j].Cap) return true;
        }
        return false;
    }

    /// <summary>
    /// "… đã chính thức ký kết … Buổi lễ ký kết diễn ra tại Dodamso, Suwon": an event whose sentence names no place takes
    /// the place one of the next two sentences says an undated occasion was held at.
    /// </summary>
    private void FillVenueFromNextSentences(List<EventDraft> events, IReadOnlyList<Sentence> sentences)
    {
        foreach (var e in events)
        {
            if (e.City is not null || e.Sentences.Count == 0) continue;
            int first = e.Sentences[0].Index;
            for (int n = first + 1; n < sentences.Count && n <= first + 2 && e.City is null; n++)
            {
                var s = sentences[n];
                if (s.IsCaption || _dates.TryGetValue(s, out _) || !_places.TryGetValue(s, out var ms)) continue;
                var t = s.Tokens;
                for (int k = 0; k < t.Count && e.City is null; k++)
                {
                    int held = Phrases.HeldCues.MatchAny(t, k, out _);
                    if (held == 0) continue;
                    // The first place after it and a venue word ("diễn ra tại Dodamso, Suwon"; "took place at City Hall in Suwon").
                    foreach (var m in ms)
                        if (m.First >= k + held && m.First - (k + held) <= 6 && !m.Locator && VenueWordBetween(t, k + held, m.First)) { e.City = m.Place; break; }
                }
            }
        }
    }

    /// <summary>
    /// "SEOUL (Yonhap) -- Mayor Oh met with Governor Tran of Binh Duong province on Monday": an event of the days around
    /// publication whose text names no venue happened where the report was filed.
    /// </summary>
    private void FillVenueFromDateline(List<EventDraft> events)
    {
        if (_published is not { Precision: DatePrecision.Day } published || _dateline is not { } dateline) return;
        foreach (var e in events)
        {
            if (e.City is not null || e.Start.Precision != DatePrecision.Day) continue;
            if (Math.Abs(DayArithmetic.DaysBetween(published, e.Start)) > RecentDays) continue;
            e.City = dateline;
        }
    }

    /// <summary>
    /// "signed a protocol on Friday at the Paços do Concelho", "Sáng nay, tại Khu du lịch sinh thái Tràng An, UBND huyện Hoa Lư
    /// và chính quyền huyện Vang Vieng ... đã ký": a signing or meeting held in a named building or site, and nowhere the
    /// article names, is at the host's: in a Vietnamese sentence the one Vietnamese party, else the party the article names
    /// most, by a clear lead.
    /// </summary>
    private void FillVenueOfNamedBuilding(List<EventDraft> events)
    {
        foreach (var e in events)
        {
            if (e.City is not null || e.Parties.Count < 2 || e.Kind is not (EventKinds.Signing or EventKinds.Meeting)) continue;
            var s = e.Sentences[0];
            if (NamedBuildingAfter(s) is not { } marker) continue;
            e.City = marker == "tai" ? OnlyPartyIn(e, "VN") : MostNamedParty(e.Parties);
        }
    }

    /// <summary>The venue word ("at", "tại") before a capitalised name that is no locality the article knows, else null.</summary>
    private string? NamedBuildingAfter(Sentence s)
    {
        var t = s.Tokens;
        _places.TryGetValue(s, out var mentions);
        for (int k = 0; k + 1 < t.Count; k++)
        {
            if (!(t[k].Is("at") || t[k].Is("tai"))) continue;
            int name = t[k + 1].Is("the") ? k + 2 : k + 1;
            if (name >= t.Count || !t[name].IsWord || !t[name].Cap || Lexicon.Months.ContainsKey(t[name].Fold) || Lexicon.Weekdays.ContainsKey(t[name].Fold)) continue;
            if (mentions is not null && PlaceMention.StartingAt(mentions, name) is not null) continue;
            return t[k].Fold;
        }
        return null;
    }

    /// <summary>
    /// "Lublin signed a cooperation agreement with Kamianets-Podilskyi on Thursday": a signing, meeting or other occasion
    /// of the days around publication that the article places nowhere is at the party it names most, by a clear lead (the
    /// newsroom's own town), unless that party is away those days: placed elsewhere, or on a journey to no one city.
    /// </summary>
    private void FillVenueAtHome(List<EventDraft> events)
    {
        if (_published is not { Precision: DatePrecision.Day } published) return;
        foreach (var e in events)
        {
            if (e.City is not null || e.Parties.Count < 2 || e.Kind == EventKinds.Visit || e.Start.Precision != DatePrecision.Day) continue;
            if (Math.Abs(DayArithmetic.DaysBetween(published, e.Start)) > RecentDays) continue;
            if (MostNamedParty(e.Parties) is { } home && !AwayThatWeek(home, e, events)) e.City = home;
        }
    }

    /// <summary>
    /// Whether another event within a week of <paramref name="e"/> has <paramref name="home"/> take part somewhere else: placed
    /// in another locality, or a visit of its own to no locality (a journey through a country).
    /// </summary>
    private static bool AwayThatWeek(Place home, EventDraft e, List<EventDraft> events) =>
        events.Exists(o => o != e && o.Parties.HasKey(home.Key) && o.Start.Precision == DatePrecision.Day
            && Math.Abs(DayArithmetic.DaysBetween(o.Start, e.Start)) <= 7
            && (o.City is { } away ? !OfPlace(away, home) : o.Kind == EventKinds.Visit && o.Parties.Count == 1));

    private static Place? OnlyPartyIn(EventDraft e, string country)
    {
        Place? only = null;
        foreach (var p in e.Parties)
            if (p.Country == country) { if (only is not null) return null; only = p; }
        return only;
    }

    /// <summary>The one of <paramref name="parties"/> the article names most, by a clear lead; else null.</summary>
    private Place? MostNamedParty(List<Place> parties)
    {
        Place? best = null;
        int bestCount = 0, second = 0;
        foreach (var p in parties)
        {
            int n = 0;
            foreach (var m in _allPlaces) if (!m.Locator && m.Place.Key == p.Key) n++;
            if (n > bestCount) { second = bestCount; best = p; bestCount = n; }
            else if (n > second) second = n;
        }
        return bestCount > second ? best : null;
    }

    /// <summary>How far from the day of publication a dateline still places an event.</summary>
    private const int RecentDays = 14;

    private static bool VenueWordBetween(TokenList t, int from, int to) => Lexicon.VenueWords.AnyIn(t, from, to);

    private static string Truncate(string s, int n) => s.Length <= n ? s : s.Substring(0, n).TrimEnd() + "…";
}
