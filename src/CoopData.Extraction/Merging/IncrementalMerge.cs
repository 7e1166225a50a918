using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CoopData.Extraction.Merging;

/// <summary>
/// A merge's result plus what <see cref="DatasetMerger.MergeIncrementally"/> needs to redo only what an edit
/// touches: every key's group of facts and its record's position. Opaque; owned by one caller at a time.
/// </summary>
public sealed class MergeSnapshot
{
    internal MergeSnapshot(MergedDataset result) => Result = result;

    /// <summary>The merged dataset, equal to <see cref="DatasetMerger.Merge"/> of the same inputs.</summary>
    public MergedDataset Result { get; internal set; }

    /// <summary>
    /// Whether <paramref name="inputs"/> look like the ones this snapshot merged (as many, and most of a sample
    /// the very same): a cheap test to pick, among snapshots of several projects, the one worth updating.
    /// </summary>
    public bool Resembles(IReadOnlyList<MergeInput> inputs)
    {
        if (Slots is null || inputs.Count != InputCount || inputs.Count == 0) return false;
        int samples = Math.Min(8, inputs.Count), known = 0;
        for (int i = 0; i < samples; i++)
            if (inputs[(int)((long)i * inputs.Count / samples)] is { } input && Slots.ContainsKey(input)) known++;
        return 2 * known >= samples;
    }

    // Null when the snapshot cannot be updated (made without state, or from inputs it cannot tell apart).
    internal Dictionary<MergeInput, Slot>? Slots { get; set; }
    internal int InputCount;
    // The inputs of the last call in the caller's order (none null), kept in step with each update: the caller's next
    // inputs differ from them at the edited positions only, found by a pass over references (no input read).
    internal MergeInput[]? LastInputs;
    internal readonly Dictionary<string, int> FileCounts = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, int> FingerprintCounts = new(StringComparer.Ordinal);
    internal List<ArticleFacts> Articles = new();
    internal MergeDiagnostic[] Duplicates = Array.Empty<MergeDiagnostic>();
    internal Dictionary<string, string> CityIds = new(), PersonIds = new();
    internal Dictionary<string, Entry<CityFact>> Cities = new();
    internal Dictionary<string, Entry<PersonFact>> People = new();
    internal Dictionary<string, Entry<PartnershipFact>> Partnerships = new();
    internal readonly List<Entry<PartnershipFact>> PartnershipOrder = new();
    internal Dictionary<string, Entry<EventFact>> Events = new();

    /// <summary>Where an input went: its position among the kept articles, or -1 when dropped as a duplicate.</summary>
    internal sealed class Slot(int position)
    {
        public int Position = position;
        public int Stamp;
    }

    /// <summary>One key's facts (article order) and the position of its record in the result.</summary>
    internal sealed class Entry<T>(List<DatasetMerger.Member<T>> members, int position)
    {
        public List<DatasetMerger.Member<T>> Members = members;
        public readonly int Position = position;
        public MergeDiagnostic[] Diagnostics = Array.Empty<MergeDiagnostic>();
    }

    internal int Stamp;
}

public static partial class DatasetMerger
{
    /// <summary>
    /// Merges <paramref name="inputs"/> as <see cref="Merge"/> does, byte for byte, reusing <paramref name="previous"/>
    /// (a snapshot of an earlier call) when the inputs differ from its own by a few articles edited in place:
    /// only the records those articles' facts touch are merged again, and every other record is the previous
    /// instance. Anything else (articles added, removed or renamed, a city or person appearing or disappearing,
    /// changed ids or order, duplicates involved) is merged in full. <paramref name="previous"/> is consumed:
    /// it may be updated in place and must not be used again.
    /// </summary>
    public static MergeSnapshot MergeIncrementally(IReadOnlyList<MergeInput> inputs, MergeSnapshot? previous, CancellationToken cancellationToken = default)
    {
        if (previous?.Slots is not null)
        {
            try
            {
                if (Update(previous, inputs, cancellationToken) is { } updated) return updated;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A flaw of the shortcut costs time, never correctness: the full merge decides.
            }
        }
        return Full(inputs, keepState: true, cancellationToken);
    }

    // The shortcut: null whenever the edit is not one it can merge exactly.
    private static MergeSnapshot? Update(MergeSnapshot s, IReadOnlyList<MergeInput> inputs, CancellationToken cancellationToken)
    {
        int stamp = ++s.Stamp;
        var edits = s.LastInputs is { } last && last.Length == inputs.Count
            ? EditsInPlace(s, last, inputs, stamp)
            : null;
        edits ??= Edits(s, inputs, stamp, cancellationToken);
        if (edits is null) return null;
        if (edits.Count == 0) return s;
        return Apply(s, edits, stamp, cancellationToken);
    }

    // The edits when the inputs are the last call's in the same order, a few replaced: each replacement is a new input of
    // the same file name as the one it replaces (kept, unique in name and text) and of a text no other input has. The
    // conditions are Edits', checked for the replaced positions only; null when they do not hold.
    private static List<(int Position, MergeInput Old, MergeInput New)>? EditsInPlace(MergeSnapshot s, MergeInput[] last, IReadOnlyList<MergeInput> inputs, int stamp)
    {
        var slots = s.Slots!;
        var replaced = new List<int>();
        for (int i = 0; i < last.Length; i++)
        {
            if (ReferenceEquals(inputs[i], last[i])) continue;
            if (inputs[i] is null || replaced.Count >= Math.Max(8, last.Length / 8)) return null;
            replaced.Add(i);
        }
        var edits = new List<(int Position, MergeInput Old, MergeInput New)>(replaced.Count);
        var newPrints = new HashSet<string>(StringComparer.Ordinal);
        var newInputs = new HashSet<MergeInput>(ReferenceComparer<MergeInput>.Instance);
        foreach (int i in replaced)
        {
            MergeInput old = last[i], input = inputs[i];
            if (slots.ContainsKey(input) || !newInputs.Add(input)) return null;
            if (input.Facts.FileName != old.Facts.FileName) return null;
            var slot = slots[old];
            if (slot.Position < 0 || s.FileCounts[old.Facts.FileName] != 1) return null;
            if (old.Fingerprint.Length > 0 && s.FingerprintCounts[old.Fingerprint] != 1) return null;
            if (input.Fingerprint.Length > 0 && (!newPrints.Add(input.Fingerprint)
                || input.Fingerprint != old.Fingerprint && s.FingerprintCounts.ContainsKey(input.Fingerprint))) return null;
            edits.Add((slot.Position, old, input));
        }
        foreach (int i in replaced) last[i] = inputs[i];
        return edits;
    }

    // The edits found by looking every input up: any order, a few inputs replaced (see EditsInPlace); null when not that.
    private static List<(int Position, MergeInput Old, MergeInput New)>? Edits(MergeSnapshot s, IReadOnlyList<MergeInput> inputs, int stamp, CancellationToken cancellationToken)
    {
        var slots = s.Slots!;
        int count = 0;
        var added = new List<MergeInput>();
        bool nulls = false;
        foreach (var input in inputs)
        {
            if (input is null) { nulls = true; continue; }
            count++;
            if (!slots.TryGetValue(input, out var slot)) added.Add(input);
            else if (slot.Stamp == stamp) return null; // the same input twice
            else slot.Stamp = stamp;
        }
        if (count != s.InputCount) return null;
        if (added.Count > Math.Max(8, count / 8)) return null; // a full merge is as cheap
        s.LastInputs = nulls ? null : inputs.ToArray();
        if (added.Count == 0) return new List<(int Position, MergeInput Old, MergeInput New)>();

        // Each new input replaces the input of the same file name, which was kept and unique in name and text.
        var removed = new Dictionary<string, (MergeInput Input, int Position)>(StringComparer.Ordinal);
        foreach (var pair in slots)
        {
            if (pair.Value.Stamp == stamp) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var old = pair.Key;
            if (pair.Value.Position < 0 || s.FileCounts[old.Facts.FileName] != 1) return null;
            if (old.Fingerprint.Length > 0 && s.FingerprintCounts[old.Fingerprint] != 1) return null;
            removed.Add(old.Facts.FileName, (old, pair.Value.Position));
        }
        var edits = new List<(int Position, MergeInput Old, MergeInput New)>(added.Count);
        var newPrints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in added)
        {
            if (!removed.TryGetValue(input.Facts.FileName, out var old)) return null;
            removed.Remove(input.Facts.FileName);
            if (input.Fingerprint.Length > 0 && (!newPrints.Add(input.Fingerprint)
                || input.Fingerprint != old.Input.Fingerprint && s.FingerprintCounts.ContainsKey(input.Fingerprint))) return null;
            edits.Add((old.Position, old.Input, input));
        }
        return edits;
    }

    // Merges the groups the edits touch again, or null when the edit is not one the shortcut can merge exactly.
    private static MergeSnapshot? Apply(MergeSnapshot s, List<(int Position, MergeInput Old, MergeInput New)> edits, int stamp, CancellationToken cancellationToken)
    {
        var slots = s.Slots!;
        var articles = s.Articles;
        var changed = new HashSet<int>();
        foreach (var e in edits)
        {
            articles[e.Position] = e.New.Facts;
            changed.Add(e.Position);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var cities = Touched(s.Cities, edits, a => a.Cities, c => c.Key, null, changed, cancellationToken);
        var people = Touched(s.People, edits, a => a.People, p => p.Key, null, changed, cancellationToken);
        var partnerships = Touched(s.Partnerships, edits, a => a.Partnerships, p => PartyKey(p.PartyKeys), KeepPartnership(s.CityIds), changed, cancellationToken);
        var events = Touched(s.Events, edits, a => a.Events, EventKey, null, changed, cancellationToken);
        if (cities is null || people is null || partnerships is null || events is null) return null;

        // A city keeps its id, parent and location while its first fact says the same: the rest of it is its group's.
        var cityRecords = new List<(int, MergedCity)>(cities.Count);
        foreach (var (entry, members) in cities)
        {
            var was = entry.Members[0].Fact;
            var first = members[0].Fact;
            if (first.Name != was.Name || first.Country != was.Country || first.Kind != was.Kind || first.ParentKey != was.ParentKey
                || !Equals(first.Latitude, was.Latitude) || !Equals(first.Longitude, was.Longitude)) return null;
            var old = s.Result.Cities[entry.Position];
            var fresh = CityRecord(members, articles, s.CityIds);
            cityRecords.Add((entry.Position, Reuse(old, fresh with
            {
                ParentId = old.ParentId, Latitude = old.Latitude, Longitude = old.Longitude, ApproximateLocation = old.ApproximateLocation,
            })));
        }
        var personRecords = new List<(int, MergedPerson)>(people.Count);
        foreach (var (entry, members) in people)
        {
            if (members[0].Fact.Name != entry.Members[0].Fact.Name) return null;
            personRecords.Add((entry.Position, Reuse(s.Result.People[entry.Position], PersonRecord(members, articles, s.CityIds, s.PersonIds))));
        }
        // Partnerships and events keep their ids and order while each group is first seen where it was and keeps its natural id.
        var partnershipRecords = new List<(int, MergedPartnership)>(partnerships.Count);
        var partnershipDiagnostics = new List<MergeDiagnostic[]>(partnerships.Count);
        bool diagnosticsChanged = false;
        foreach (var (entry, members) in partnerships)
        {
            if (!SameFirst(entry.Members, members)) return null;
            var old = s.Result.Partnerships[entry.Position];
            var found = new List<MergeDiagnostic>();
            var record = PartnershipRecord(members, articles, s.CityIds, found, _ => old.Id);
            partnershipRecords.Add((entry.Position, Reuse(old, record)));
            partnershipDiagnostics.Add(found.ToArray());
            diagnosticsChanged |= !entry.Diagnostics.SequenceEqual(found);
        }
        var eventRecords = new List<(int, MergedEvent)>(events.Count);
        foreach (var (entry, members) in events)
        {
            if (!SameFirst(entry.Members, members) || EventId(members[0].Fact, s.CityIds) != EventId(entry.Members[0].Fact, s.CityIds)) return null;
            var old = s.Result.Events[entry.Position];
            eventRecords.Add((entry.Position, Reuse(old, EventRecord(members, articles, s.CityIds, s.PersonIds, old.Id))));
        }

        // Commit: from here on nothing can fail.
        foreach (var e in edits)
        {
            slots.Remove(e.Old);
            slots.Add(e.New, new MergeSnapshot.Slot(e.Position) { Stamp = stamp });
            if (e.Old.Fingerprint.Length > 0) s.FingerprintCounts.Remove(e.Old.Fingerprint);
            if (e.New.Fingerprint.Length > 0) s.FingerprintCounts.Add(e.New.Fingerprint, 1);
        }
        foreach (var (entry, members) in cities) entry.Members = members;
        foreach (var (entry, members) in people) entry.Members = members;
        for (int i = 0; i < partnerships.Count; i++)
        {
            partnerships[i].Entry.Members = partnerships[i].Members;
            partnerships[i].Entry.Diagnostics = partnershipDiagnostics[i];
        }
        foreach (var (entry, members) in events) entry.Members = members;

        var result = s.Result;
        var articleRecords = edits.ConvertAll(e =>
        {
            var old = result.Articles[e.Position];
            var f = e.New.Facts;
            return (e.Position, Reuse(old, new MergedArticle(old.Id, f.FileName, f.Title, f.Language, f.Published)));
        });
        s.Result = new MergedDataset(
            Replace(result.Articles, articleRecords), Replace(result.Cities, cityRecords), Replace(result.Partnerships, partnershipRecords),
            Replace(result.Events, eventRecords), Replace(result.People, personRecords),
            diagnosticsChanged
                ? s.Duplicates.Concat(s.PartnershipOrder.SelectMany(e => e.Diagnostics)).ToEquatableArray()
                : result.Diagnostics);
        return s;
    }

    // The groups the edited articles' facts (before and after) belong to, each with its new members;
    // null when a key appears or disappears (ids, references and order may then change anywhere).
    private static List<(MergeSnapshot.Entry<T> Entry, List<Member<T>> Members)>? Touched<T>(Dictionary<string, MergeSnapshot.Entry<T>> entries,
        List<(int Position, MergeInput Old, MergeInput New)> edits, Func<ArticleFacts, EquatableArray<T>> facts, Func<T, string> key,
        Func<T, bool>? keep, HashSet<int> changed, CancellationToken cancellationToken) where T : IEquatable<T>
    {
        var keys = new List<string>();
        var fresh = new Dictionary<string, List<Member<T>>>(StringComparer.Ordinal);
        foreach (var e in edits)
        {
            foreach (var fact in facts(e.Old.Facts))
            {
                if (keep is not null && !keep(fact)) continue;
                string k = key(fact);
                if (!fresh.ContainsKey(k)) { fresh.Add(k, new List<Member<T>>()); keys.Add(k); }
            }
            var list = facts(e.New.Facts);
            for (int i = 0; i < list.Count; i++)
            {
                if (keep is not null && !keep(list[i])) continue;
                string k = key(list[i]);
                if (!entries.ContainsKey(k)) return null;
                if (!fresh.TryGetValue(k, out var members)) { fresh.Add(k, members = new List<Member<T>>()); keys.Add(k); }
                members.Add(new Member<T>(e.Position, i, list[i]));
            }
        }
        var touched = new List<(MergeSnapshot.Entry<T>, List<Member<T>>)>(keys.Count);
        foreach (string k in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = entries[k];
            var added = fresh[k];
            var members = new List<Member<T>>(entry.Members.Count + added.Count);
            foreach (var m in entry.Members)
                if (!changed.Contains(m.Article)) members.Add(m);
            if (members.Count == 0 && added.Count == 0) return null;
            members.AddRange(added);
            members.Sort(static (x, y) => x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Index.CompareTo(y.Index));
            touched.Add((entry, members));
        }
        return touched;
    }

    // Whether a group is still first seen at the same fact: then its place among the groups is unchanged.
    private static bool SameFirst<T>(List<Member<T>> was, List<Member<T>> now) =>
        was[0].Article == now[0].Article && was[0].Index == now[0].Index;

    // The previous instance when equal, so that later equality checks stop at the reference.
    private static T Reuse<T>(T old, T fresh) where T : IEquatable<T> => old.Equals(fresh) ? old : fresh;

    private static EquatableArray<T> Replace<T>(EquatableArray<T> items, List<(int Position, T Record)> records) where T : IEquatable<T>
    {
        bool any = false;
        foreach (var (position, record) in records) any |= !ReferenceEquals(items[position], record);
        if (!any) return items;
        var copy = items.AsSpan().ToArray();
        foreach (var (position, record) in records) copy[position] = record;
        return new EquatableArray<T>(copy);
    }
}
