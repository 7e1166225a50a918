using System;
using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Generator.Helpers;
using CoopData.Generator.Models;
using static CoopData.Generator.Helpers.CSharpLiteral;

namespace CoopData.Generator.Emit;

/// <summary>A generated file: its hint name and text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

internal enum FileKind { Head, DatasetClass, Store, Chunk }

/// <summary>
/// What one generated file is made from, value-equal so the generator caches it: a chunk holds its records
/// (of the one type the index <c>Type</c> names), their member names and their position in the dataset;
/// the store holds each type's number of records (<c>Counts</c>) and of chunks (<c>ChunkCounts</c>).
/// </summary>
internal sealed record FileModel(
    FileKind Kind, string Namespace, bool Utf8Strings, int Type, int Chunk, int Start, EquatableArray<int> Counts, EquatableArray<string> Members,
    EquatableArray<MergedArticle> Articles, EquatableArray<MergedCity> Cities, EquatableArray<MergedPartnership> Partnerships,
    EquatableArray<MergedEvent> Events, EquatableArray<MergedPerson> People, EquatableArray<int> ChunkCounts = default);

/// <summary>
/// Writes the C# for a merged dataset: one static class per record type with a named member per
/// record (docs carry the facts and evidence), and an internal store that builds the records from
/// literals on first access. Pure: same dataset and namespace, same bytes.
/// </summary>
internal static class SourceEmitter
{
    // Most records per builder method: keeps every method small for the JIT and the compiler at scale.
    // Small enough that an edit re-renders and re-parses little; large enough to keep the file count low.
    private const int ChunkSize = 100;
    // Past ChunkSize records, chunks end where a record's id says so (one in BoundaryEvery, on average): a chunk's
    // records then do not depend on records far away. A record with HeavySources sources or more (a city every
    // article names) is a chunk of its own, so that an edit touching it does not re-render its neighbours too.
    private const int BoundaryEvery = 256;
    private const int HeavySources = 48;
    // One sentence (with article and line) is what a hover needs; the rest are counted. Docs are most of the generated text.
    private const int EvidenceInDocs = 1;
    private const string Rt = "global::CoopData.";
    private const string Store = "CoopDataStore";

    /// <summary>Plans and renders every file (what the generator's steps do piecewise, with caching in between).</summary>
    /// <param name="utf8Strings">Whether the consumer's C# has UTF-8 literals (C# 11), which a very large dataset's chunks then use; without them every chunk is plain string constants.</param>
    public static IReadOnlyList<GeneratedFile> Emit(MergedDataset data, string ns, List<DiagnosticInfo> diagnostics, IReadOnlyDictionary<string, string> pathsByFile, bool utf8Strings = true) =>
        Plan(data, ns, diagnostics, pathsByFile, utf8Strings).Select(Render).ToList();

    /// <summary>
    /// Splits the dataset into one model per file: the small head files (classes, store) and chunks of at most
    /// <see cref="ChunkSize"/> records of a type, holding those records' members and data. Member names are
    /// settled here, over the whole type, so a chunk's text depends on its own model only: the generator
    /// caches each chunk and renders again only those whose records changed.
    /// </summary>
    /// <param name="memory">What an earlier plan worked out (reused where it cannot have changed); on return, this plan's.</param>
    public static IReadOnlyList<FileModel> Plan(MergedDataset data, string ns, List<DiagnosticInfo> diagnostics, IReadOnlyDictionary<string, string> pathsByFile,
        bool utf8Strings = true, PlanMemory? memory = null)
    {
        memory ??= new PlanMemory();
        var articles = Named(memory, Types[0], data.Articles, a => IdentifierNames.Pascal(a.Id, "Article"),
            a => new RecordTraits(LiteralChars(a), IsBoundary(a.Id), Heavy: false));
        var cities = Named(memory, Types[1], data.Cities, c => IdentifierNames.Pascal(c.Id, "City"),
            c => new RecordTraits(LiteralChars(c), IsBoundary(c.Id), IsHeavy(c.Sources)));
        var partnerships = Named(memory, Types[2], data.Partnerships, p => IdentifierNames.Pascal(p.Id, "Partnership"),
            p => new RecordTraits(LiteralChars(p), IsBoundary(p.Id), IsHeavy(p.Sources)));
        var events = Named(memory, Types[3], data.Events, EventName,
            e => new RecordTraits(LiteralChars(e), IsBoundary(e.Id), IsHeavy(e.Sources)));
        var people = Named(memory, Types[4], data.People, p => IdentifierNames.Pascal(p.Name, "Person"),
            p => new RecordTraits(LiteralChars(p), IsBoundary(p.Id), IsHeavy(p.Sources)));
        // Chunks write their data as string constants unless the dataset could crowd the consumer's #US heap: then as u8 literals.
        long literalChars = 0;
        foreach (var named in memory.Types) literalChars += named!.LiteralChars;
        utf8Strings = utf8Strings && literalChars > LiteralBudget;

        var files = new List<FileModel>();
        var counts = new EquatableArray<int>(new[] { data.Articles.Count, data.Cities.Count, data.Partnerships.Count, data.Events.Count, data.People.Count });
        foreach (var type in Types) files.Add(new FileModel(FileKind.Head, ns, utf8Strings, type.Index, 0, 0, default, default, default, default, default, default, default));
        files.Add(new FileModel(FileKind.DatasetClass, ns, utf8Strings, 0, 0, 0, default, default, default, default, default, default, default));
        int store = files.Count;
        files.Add(null!); // the store's model, once the chunks are counted

        Chunks(files, Types[0], articles, ns, utf8Strings, a => a.Id, _ => null, diagnostics, pathsByFile,
            (c, members, start, items) => new FileModel(FileKind.Chunk, ns, utf8Strings, 0, c, start, default, members, items, default, default, default, default));
        Chunks(files, Types[1], cities, ns, utf8Strings, c => c.Id, c => c.Sources, diagnostics, pathsByFile,
            (c, members, start, items) => new FileModel(FileKind.Chunk, ns, utf8Strings, 1, c, start, default, members, default, items, default, default, default));
        Chunks(files, Types[2], partnerships, ns, utf8Strings, p => p.Id, p => p.Sources, diagnostics, pathsByFile,
            (c, members, start, items) => new FileModel(FileKind.Chunk, ns, utf8Strings, 2, c, start, default, members, default, default, items, default, default));
        Chunks(files, Types[3], events, ns, utf8Strings, e => e.Id, e => e.Sources, diagnostics, pathsByFile,
            (c, members, start, items) => new FileModel(FileKind.Chunk, ns, utf8Strings, 3, c, start, default, members, default, default, default, items, default));
        Chunks(files, Types[4], people, ns, utf8Strings, p => p.Id, p => p.Sources, diagnostics, pathsByFile,
            (c, members, start, items) => new FileModel(FileKind.Chunk, ns, utf8Strings, 4, c, start, default, members, default, default, default, default, items));
        var chunks = new int[Types.Length];
        foreach (var f in files)
            if (f is { Kind: FileKind.Chunk }) chunks[f.Type]++;
        files[store] = new FileModel(FileKind.Store, ns, utf8Strings, 0, 0, 0, counts, default, default, default, default, default, default, new EquatableArray<int>(chunks));
        return files;
    }

    /// <summary>
    /// What a plan worked out per record type, for the next plan to reuse: the member names, with the records and natural
    /// names they came from (names depend on the sequence of natural names only, so they are reused while that is the
    /// same), each record's <see cref="RecordTraits"/>, the chunk models and the name diagnostics. An edit that replaces
    /// a few records (the same array positions, the same natural names and chunk breaks) recomputes those records' traits
    /// and the models of the chunks holding them only: the unchanged models are the very instances of the last plan, which
    /// the generator's cache then compares by reference rather than record by record.
    /// Owned by one plan at a time and updated in place; a plan that throws leaves it to be dropped.
    /// </summary>
    internal sealed class PlanMemory
    {
        internal readonly Named?[] Types = new Named?[SourceEmitter.Types.Length];

        // The generator's diagnostics of the last run (CoopDataGenerator.Emit), and the merge diagnostics they were located from.
        internal EquatableArray<MergeDiagnostic> MergeDiagnosticsFrom;
        internal IReadOnlyDictionary<string, string>? MergeDiagnosticsPaths;
        internal DiagnosticInfo[] MergeDiagnostics = Array.Empty<DiagnosticInfo>();
        internal EquatableArray<DiagnosticInfo> Diagnostics = EquatableArray<DiagnosticInfo>.Empty;

        /// <summary>Whether this memory is likely <paramref name="data"/>'s project's: as many records in most types.</summary>
        public bool Fits(MergedDataset data)
        {
            int[] counts = { data.Articles.Count, data.Cities.Count, data.Partnerships.Count, data.Events.Count, data.People.Count };
            int same = 0;
            for (int t = 0; t < counts.Length; t++)
                if (Types[t]?.Count == counts[t]) same++;
            return same >= counts.Length - 1;
        }

        /// <summary>A type's records as the last plan saw them, and what it made of them.</summary>
        internal abstract class Named
        {
            public abstract int Count { get; }
            /// <summary>The sum of the records' <see cref="RecordTraits.LiteralChars"/>.</summary>
            public long LiteralChars;
            /// <summary>Indices of the records that differ from the plan before, whose names and chunk breaks are unchanged; null when everything is to be redone.</summary>
            public List<int>? Changed;
            /// <summary>Indices of the records whose natural name was taken (each reported), ascending.</summary>
            public int[] Adjusted = Array.Empty<int>();
            public string[] Naturals = Array.Empty<string>(), Members = Array.Empty<string>();
            /// <summary>What the plan needs of each record besides its name, kept so that an edit recomputes them for the records it changed only.</summary>
            public RecordTraits[] Traits = Array.Empty<RecordTraits>();
            /// <summary>The last plan's chunk models of this type, made with <see cref="Namespace"/> and <see cref="Utf8"/>.</summary>
            public FileModel[] Chunks = Array.Empty<FileModel>();
            public string? Namespace;
            public bool Utf8;
            /// <summary>The name diagnostics, located with <see cref="Paths"/>.</summary>
            public DiagnosticInfo[] Diagnostics = Array.Empty<DiagnosticInfo>();
            public IReadOnlyDictionary<string, string>? Paths;
        }

        internal sealed class Named<T> : Named where T : class, IEquatable<T>
        {
            public EquatableArray<T> Records = EquatableArray<T>.Empty;
            public override int Count => Records.Count;
        }
    }

    /// <summary>What the plan reads of a record: its estimated share of the chunks' constants and where chunks break around it.</summary>
    /// <param name="StartsChunk">Past <see cref="ChunkSize"/> records, a chunk starts at this record (<see cref="IsBoundary"/>).</param>
    /// <param name="Heavy">The record has so many sources that it is a chunk of its own.</param>
    internal readonly record struct RecordTraits(int LiteralChars, bool StartsChunk, bool Heavy);

    private static bool IsHeavy(EquatableArray<SourceFact> sources) => sources.Count >= HeavySources;

    // String constants share the assembly's #US heap (16 MB, CS8103) with the consumer's own literals. Past this many
    // chars (8 MB of UTF-16) the chunks carry their data as u8 literals instead: no size limit, but the compiler spends
    // a bound node per byte on them, so a large dataset compiles several times slower.
    private const long LiteralBudget = 4_000_000;

    // An estimate of the chars a record adds to the chunks' constants (strings counted as often as records use them;
    // ~20 chars of encoded fields). Kept per record in PlanMemory, so an edit recounts only the records it changed.
    private const int EncodedFieldChars = 20;
    private static int LiteralChars(MergedArticle a) => EncodedFieldChars + a.Id.Length + a.File.Length + a.Title.Length + a.Language.Length;
    private static int LiteralChars(MergedCity c) =>
        EncodedFieldChars + c.Id.Length + c.Name.Length + c.Country.Length + Strs(c.Aliases) + (c.ParentId?.Length ?? 0) + 16 + Sources(c.Sources);
    private static int LiteralChars(MergedPartnership p) => EncodedFieldChars + p.Id.Length + Strs(p.PartyIds) + Strs(p.Fields) + Sources(p.Sources);
    private static int LiteralChars(MergedEvent e) =>
        EncodedFieldChars + e.Id.Length + e.Title.Length + (e.CityId?.Length ?? 0) + Strs(e.PartyIds) + Strs(e.PersonIds) + Sources(e.Sources);
    private static int LiteralChars(MergedPerson p) =>
        EncodedFieldChars + p.Id.Length + p.Name.Length + Strs(p.Aliases) + (p.Role?.Length ?? 0) + (p.CityId?.Length ?? 0) + Sources(p.Sources);
    private static int Strs(EquatableArray<string> values) { int n = 0; foreach (var v in values) n += v.Length; return n; }
    private static int Sources(EquatableArray<SourceFact> sources) { int n = 0; foreach (var s in sources) n += s.ArticleFile.Length + s.Text.Length + 4; return n; }

    /// <summary>The text of one planned file. Pure: the same model gives the same bytes.</summary>
    public static GeneratedFile Render(FileModel f)
    {
        var type = Types[f.Type];
        switch (f.Kind)
        {
            case FileKind.Head: return Head(type, f.Namespace);
            case FileKind.DatasetClass: return DatasetClass(f.Namespace);
            case FileKind.Store: return StoreFile(f.Namespace, f.Counts, f.ChunkCounts);
            default:
                return f.Type switch
                {
                    0 => Chunk(f, f.Articles.AsArrayOrEmpty(), DocArticle),
                    1 => Chunk(f, f.Cities.AsArrayOrEmpty(), DocCity),
                    2 => Chunk(f, f.Partnerships.AsArrayOrEmpty(), DocPartnership),
                    3 => Chunk(f, f.Events.AsArrayOrEmpty(), DocEvent),
                    _ => Chunk(f, f.People.AsArrayOrEmpty(), DocPerson),
                };
        }
    }

    /// <summary>A record type as the generated code names it: accessor class, runtime type, dataset list.</summary>
    private sealed record TypeInfo(int Index, string ClassName, string TypeName, string ListName);

    private static readonly TypeInfo[] Types =
    {
        new(0, "Articles", "Article", "Articles"),
        new(1, "Cities", "City", "Cities"),
        new(2, "Partnerships", "Partnership", "Partnerships"),
        new(3, "Events", "Event", "Events"),
        new(4, "People", "Person", "People"),
    };

    private static T[] AsArrayOrEmpty<T>(this EquatableArray<T> items) where T : IEquatable<T> => items.AsSpan().ToArray();

    private static string EventName(MergedEvent e)
    {
        string where = e.CityId ?? (e.PartyIds.Count > 0 ? e.PartyIds[0] : "");
        string when = e.Start?.ToString().Replace("-", "") ?? "Undated";
        return IdentifierNames.Pascal(e.Kind + " " + where + " " + when, "Event");
    }

    private static string Header(string ns) =>
        "// <auto-generated/>\n// Generated by CoopData from the project's articles. Do not edit: edit the articles or coopdata.json.\n#nullable enable\n\nnamespace " + ns + ";\n\n";

    // Names a type's records over the whole type (so clashes resolve the same whatever the chunking), reusing the
    // earlier plan's names where the natural names allow and its traits for the very same record instances.
    private static PlanMemory.Named<T> Named<T>(PlanMemory memory, TypeInfo type, EquatableArray<T> records, Func<T, string> name, Func<T, RecordTraits> traitsOf)
        where T : class, IEquatable<T>
    {
        var named = memory.Types[type.Index] as PlanMemory.Named<T>;
        if (named is null || named.Records.Count != records.Count)
            return Claim(memory, type, records, name, traitsOf, named);
        if (named.Records.IsSameArray(records))
        {
            named.Changed = new List<int>();
            return named;
        }
        // The records an edit replaced: a pass over the references, no record read.
        var now = records.AsSpan();
        var before = named.Records.AsSpan();
        var changed = new List<int>();
        for (int i = 0; i < now.Length; i++)
            if (!ReferenceEquals(now[i], before[i])) changed.Add(i);
        foreach (int i in changed)
            if (name(now[i]) != named.Naturals[i]) return Claim(memory, type, records, name, traitsOf, named);
        bool sameBreaks = true;
        foreach (int i in changed)
        {
            var traits = traitsOf(now[i]);
            var old = named.Traits[i];
            named.LiteralChars += traits.LiteralChars - old.LiteralChars;
            sameBreaks &= traits.StartsChunk == old.StartsChunk && traits.Heavy == old.Heavy;
            named.Traits[i] = traits;
        }
        named.Records = records;
        named.Changed = sameBreaks ? changed : null;
        return named;
    }

    // Names every record afresh (traits are still reused for the very same instances at the same index).
    private static PlanMemory.Named<T> Claim<T>(PlanMemory memory, TypeInfo type, EquatableArray<T> records, Func<T, string> name, Func<T, RecordTraits> traitsOf,
        PlanMemory.Named<T>? previous) where T : class, IEquatable<T>
    {
        var now = records.AsSpan();
        var before = previous is null ? default : previous.Records.AsSpan();
        var scope = new IdentifierNames.Scope(type.ClassName);
        var naturals = new string[now.Length];
        var members = new string[now.Length];
        var traits = new RecordTraits[now.Length];
        var adjusted = new List<int>();
        long literalChars = 0;
        for (int i = 0; i < now.Length; i++)
        {
            naturals[i] = name(now[i]);
            members[i] = scope.Claim(naturals[i], out bool wasAdjusted);
            if (wasAdjusted) adjusted.Add(i);
            traits[i] = i < before.Length && ReferenceEquals(before[i], now[i]) ? previous!.Traits[i] : traitsOf(now[i]);
            literalChars += traits[i].LiteralChars;
        }
        var named = new PlanMemory.Named<T>
        {
            Records = records, Naturals = naturals, Members = members, Adjusted = adjusted.ToArray(), Traits = traits, LiteralChars = literalChars,
            Changed = null,
        };
        memory.Types[type.Index] = named;
        return named;
    }

    // Reports the names that had to be adjusted and cuts the named records into chunks. After an edit that kept the
    // names and chunk breaks, only the chunks holding a changed record get a new model (and the diagnostics are
    // the earlier ones unless a changed record is among the renamed).
    private static void Chunks<T>(List<FileModel> files, TypeInfo type, PlanMemory.Named<T> named, string ns, bool utf8, Func<T, string> id,
        Func<T, EquatableArray<SourceFact>?> sources, List<DiagnosticInfo> diagnostics, IReadOnlyDictionary<string, string> pathsByFile,
        Func<int, EquatableArray<string>, int, EquatableArray<T>, FileModel> chunk)
        where T : class, IEquatable<T>
    {
        var records = named.Records.AsSpan();
        var changed = named.Changed;
        if (changed is null || !ReferenceEquals(named.Paths, pathsByFile) || changed.Exists(i => Array.BinarySearch(named.Adjusted, i) >= 0))
        {
            var found = new List<DiagnosticInfo>();
            foreach (int i in named.Adjusted)
            {
                var record = records[i];
                if (sources(record) is { Count: > 0 } s && pathsByFile.TryGetValue(s[0].ArticleFile, out var path))
                {
                    found.Add(new DiagnosticInfo(DiagnosticIds.IdentifierCollision, path, s[0].Line, 1,
                        $"{type.TypeName} '{id(record)}' is generated as {type.ClassName}.{named.Members[i]}: its natural name '{named.Naturals[i]}' is taken or reserved."));
                }
            }
            named.Diagnostics = found.ToArray();
            named.Paths = pathsByFile;
        }
        diagnostics.AddRange(named.Diagnostics);

        var members = named.Members;
        FileModel Model(int c, int start, int end) =>
            chunk(c, new EquatableArray<string>(new ArraySegment<string>(members, start, end - start).ToArray()), start,
                new EquatableArray<T>(named.Records.AsSpan().Slice(start, end - start).ToArray()));

        FileModel[] models;
        if (changed is not null && named.Namespace == ns && named.Utf8 == utf8)
        {
            // The same breaks: the earlier models, but for the chunks holding a changed record.
            models = changed.Count == 0 ? named.Chunks : (FileModel[])named.Chunks.Clone();
            int last = -1;
            foreach (int i in changed)
            {
                int c = ChunkOf(models, i);
                if (c == last) continue;
                last = c;
                models[c] = Model(c, models[c].Start, models[c].Start + models[c].Members.Count);
            }
        }
        else
        {
            var list = new List<FileModel>();
            for (int start = 0, end; start < records.Length; start = end)
            {
                end = ChunkEnd(named.Traits, start);
                list.Add(Model(list.Count, start, end));
            }
            models = list.ToArray();
        }
        named.Chunks = models;
        named.Namespace = ns;
        named.Utf8 = utf8;
        files.AddRange(models);
    }

    // The chunk holding record i: the last whose start is at most i.
    private static int ChunkOf(FileModel[] chunks, int i)
    {
        int lo = 0, hi = chunks.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (chunks[mid].Start <= i) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    // Where the chunk starting at start ends (exclusive). A type of at most ChunkSize records is one chunk.
    private static int ChunkEnd(RecordTraits[] records, int start)
    {
        if (records.Length <= ChunkSize) return records.Length;
        int end = start + 1;
        if (records[start].Heavy) return end;
        while (end < records.Length && end - start < ChunkSize && !records[end].Heavy && !records[end].StartsChunk) end++;
        return end;
    }

    // Whether a chunk starts at the record with this id: a hash of the id (FNV-1a, the same on every machine).
    private static bool IsBoundary(string id)
    {
        uint hash = 2166136261;
        foreach (char ch in id) hash = unchecked((hash ^ ch) * 16777619);
        return hash % BoundaryEvery == 0;
    }

    private static GeneratedFile Head(TypeInfo type, string ns)
    {
        var w = new IndentedWriter();
        w.Line("/// <summary>Every " + type.TypeName.ToLowerInvariant() + " in the articles, one member each. Generated by CoopData.</summary>");
        w.Open("public static partial class " + type.ClassName);
        w.Line("/// <summary>All " + type.ListName.ToLowerInvariant() + ", in the dataset's order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + type.TypeName + "> All => " + Store + ".Dataset." + type.ListName + ";");
        w.Close();
        return new GeneratedFile(type.ClassName + ".g.cs", Header(ns) + w);
    }

    private static GeneratedFile DatasetClass(string ns)
    {
        var w = new IndentedWriter();
        w.Line("/// <summary>The dataset generated from the project's articles.</summary>");
        w.Open("public static partial class Dataset");
        w.Line("/// <summary>Every article, city, partnership, event and person, with lookups, navigation and JSON export.</summary>");
        w.Line("public static " + Rt + "CoopDataset Instance => " + Store + ".Dataset;");
        w.Close();
        return new GeneratedFile("Dataset.g.cs", Header(ns) + w);
    }

    // The store: records are not written as `new City(...)` expressions (one huge method per type costs the
    // compiler and the JIT dearly). Each chunk of records is two plain string constants, its encoded fields and
    // its strings, which the runtime library reads back on first access. Plain string literals are what the compiler
    // handles fastest (a token, a constant, a #US heap entry); u8 literals and int array initialisers cost a bound
    // node per byte or element and made the data compile several times slower than ordinary code.
    // Chunks are separate files, so an edit re-emits only the chunks it touches.
    // The reader has one method per record type, which the runtime calls when the dataset first needs that type: the
    // JIT materialises a method's string constants when it compiles it, so a first access pays for the types it touches.
    // The generator guarantees a consistent dataset (unique ids, resolvable references), so nothing is checked again.
    private static GeneratedFile StoreFile(string ns, EquatableArray<int> counts, EquatableArray<int> chunks)
    {
        var w = new IndentedWriter();
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"CoopData\", null)]");
        w.Open("internal static partial class " + Store);
        w.Line("private static readonly Reader Records = new Reader();");
        w.Line("internal static readonly " + Rt + "CoopDataset Dataset = Records.Dataset;");
        // The generated members index these arrays, the cheapest expression to bind and emit.
        foreach (var type in Types)
            w.Line("internal static " + Rt + type.TypeName + "[] " + type.ListName + " => Records." + type.ListName + ";");
        w.Line();
        w.Line("/// <summary>Builds a new dataset from the generated data, every record type read.</summary>");
        w.Line("internal static " + Rt + "CoopDataset Create() => new Reader().ReadAll();");
        w.Line();
        w.Open("private sealed class Reader : " + Rt + "GeneratedStore");
        foreach (var type in Types)
        {
            if (type.Index > 0) w.Line();
            w.Open("protected override " + Rt + type.TypeName + "[] Read" + type.ListName + "()");
            w.Line("var items = new " + Rt + type.TypeName + "[" + Int(counts[type.Index]) + "];");
            for (int c = 0; c < chunks[type.Index]; c++)
            {
                string name = type.ListName + Int(c);
                w.Line(Rt + "GeneratedData.Read" + type.ListName + "(items, " + name + "Data, " + name + "Text);");
            }
            w.Line("return items;");
            w.Close();
        }
        w.Close();
        w.Close();
        return new GeneratedFile(Store + ".g.cs", Header(ns) + w);
    }

    private static GeneratedFile Chunk(FileModel f, MergedArticle[] records, Func<MergedArticle, IEnumerable<string>> doc) =>
        Chunk(f, records, doc, (a, r) =>
        {
            r.Str(a.Id); r.Str(a.File); r.Str(a.Title); r.Str(a.Language); r.Date(a.Published);
        });

    private static GeneratedFile Chunk(FileModel f, MergedCity[] records, Func<MergedCity, IEnumerable<string>> doc) =>
        Chunk(f, records, doc, (c, r) =>
        {
            r.Str(c.Id); r.Str(c.Name); r.Str(c.Country); r.Int(CityKindIndex(c.Kind)); r.Strs(c.Aliases); r.NStr(c.ParentId);
            r.NDouble(c.Latitude); r.NDouble(c.Longitude); r.Sources(c.Sources); r.Int(c.ApproximateLocation ? 1 : 0);
        });

    private static GeneratedFile Chunk(FileModel f, MergedPartnership[] records, Func<MergedPartnership, IEnumerable<string>> doc) =>
        Chunk(f, records, doc, (p, r) =>
        {
            r.Str(p.Id); r.Strs(p.PartyIds); r.NInt(p.Since); r.Int(StatusIndex(p.Status)); r.Strs(p.Fields); r.Sources(p.Sources);
        });

    private static GeneratedFile Chunk(FileModel f, MergedEvent[] records, Func<MergedEvent, IEnumerable<string>> doc) =>
        Chunk(f, records, doc, (e, r) =>
        {
            r.Str(e.Id); r.Int(EventKindIndex(e.Kind)); r.Str(e.Title); r.Date(e.Start); r.Date(e.End); r.NStr(e.CityId);
            r.Strs(e.PartyIds); r.Strs(e.PersonIds); r.Sources(e.Sources);
        });

    private static GeneratedFile Chunk(FileModel f, MergedPerson[] records, Func<MergedPerson, IEnumerable<string>> doc) =>
        Chunk(f, records, doc, (p, r) =>
        {
            r.Str(p.Id); r.Str(p.Name); r.Strs(p.Aliases); r.NStr(p.Role); r.NStr(p.CityId); r.Sources(p.Sources);
        });

    // One file per chunk of records: their named members (with the docs), and the store's two constants for them.
    private static GeneratedFile Chunk<T>(FileModel f, T[] records, Func<T, IEnumerable<string>> doc, Action<T, ChunkWriter> encode)
    {
        var type = Types[f.Type];
        string name = type.ListName + Int(f.Chunk);
        var data = new ChunkWriter();
        foreach (var record in records) encode(record, data);
        // Docs run about 400 chars a record; the constants are as long as the data and strings they hold, plus escapes.
        var w = new IndentedWriter(Header(f.Namespace), 400 * records.Length + data.Length + data.Length / 8 + 1024);
        w.Open("public static partial class " + type.ClassName);
        for (int i = 0; i < records.Length; i++)
        {
            if (i > 0) w.Line();
            foreach (string docLine in doc(records[i])) w.Line("/// " + docLine);
            w.Line("public static " + Rt + type.TypeName + " " + f.Members[i] + " => " + Store + "." + type.ListName + "[" + Int(f.Start + i) + "];");
        }
        w.Close();
        w.Line();

        w.Open("internal static partial class " + Store);
        // A u8 literal cannot hold an unpaired surrogate: such a chunk keeps its string constants.
        bool utf8 = f.Utf8Strings && AllWellFormed(data.Strings);
        // Article text is escaped like every other literal (AppendString), so it cannot end the literal.
        var line = w.StartLine().Append(utf8 ? "private static global::System.ReadOnlySpan<byte> " : "private const string ").Append(name).Append(utf8 ? "Data => \"" : "Data = \"");
        data.AppendEncoded(line, f.Start, records.Length).Append(utf8 ? "\"u8;" : "\";");
        w.EndLine().Line();
        line = w.StartLine().Append(utf8 ? "private static global::System.ReadOnlySpan<byte> " : "private const string ").Append(name).Append(utf8 ? "Text => " : "Text = ");
        AppendString(line, data.Strings).Append(utf8 ? "u8;" : ";");
        w.EndLine();
        w.Close();
        return new GeneratedFile(type.ClassName + "." + Int(f.Chunk) + ".g.cs", w.ToString());
    }

    // A string UTF-8 can carry: no unpaired surrogates.
    private static bool IsWellFormed(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if ((value[i] & 0xF800) != 0xD800) continue; // not a surrogate: nearly every char
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else return false;
        }
        return true;
    }

    private static bool AllWellFormed(List<string> values)
    {
        foreach (string value in values)
            if (!IsWellFormed(value)) return false;
        return true;
    }

    /// <summary>
    /// Encodes records as the runtime's GeneratedData reads them back: zigzag LEB128 ints and the bits of doubles in a
    /// byte stream written one char per byte (U+2800 + byte: visible, never escaped), strings numbered per chunk.
    /// </summary>
    private sealed class ChunkWriter
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<byte> _bytes = new();
        public List<string> Strings { get; } = new();

        /// <summary>The chars the two constants take so far, before escapes.</summary>
        public int Length => _bytes.Count + _stringChars;
        private int _stringChars;

        /// <summary>Appends the chunk's data constant: a header (format, start, count, string lengths), then the records.</summary>
        public System.Text.StringBuilder AppendEncoded(System.Text.StringBuilder sb, int start, int count)
        {
            var head = new ChunkWriter();
            head.Int(GeneratedDataFormat.Version);
            head.Int(start);
            head.Int(count);
            head.Int(Strings.Count);
            foreach (string s in Strings) head.Int(s.Length);
            var chars = new char[head._bytes.Count + _bytes.Count];
            int n = 0;
            foreach (byte b in head._bytes) chars[n++] = (char)(GeneratedDataFormat.ByteBase + b);
            foreach (byte b in _bytes) chars[n++] = (char)(GeneratedDataFormat.ByteBase + b);
            return sb.Append(chars);
        }

        public void Int(int value)
        {
            uint v = (uint)((value << 1) ^ (value >> 31));
            while (v >= 0x80)
            {
                _bytes.Add((byte)(v | 0x80));
                v >>= 7;
            }
            _bytes.Add((byte)v);
        }

        public void Str(string value)
        {
            if (!_index.TryGetValue(value, out int i))
            {
                i = Strings.Count;
                Strings.Add(value);
                _stringChars += value.Length;
                _index.Add(value, i);
            }
            Int(i);
        }

        public void NStr(string? value)
        {
            if (value is null) Int(-1);
            else Str(value);
        }

        public void NInt(int? value)
        {
            Int(value.HasValue ? 1 : 0);
            if (value is { } v) Int(v);
        }

        public void NDouble(double? value)
        {
            bool has = value is { } d && !double.IsNaN(d) && !double.IsInfinity(d);
            Int(has ? 1 : 0);
            if (!has) return;
            long bits = BitConverter.DoubleToInt64Bits(value!.Value);
            for (int i = 0; i < 8; i++) _bytes.Add((byte)(bits >> (8 * i)));
        }

        public void Strs(EquatableArray<string> values)
        {
            Int(values.Count);
            foreach (var v in values) Str(v);
        }

        public void Sources(EquatableArray<SourceFact> sources)
        {
            Int(sources.Count);
            foreach (var s in sources)
            {
                Str(s.ArticleFile);
                Int(s.Line);
                Str(s.Text);
            }
        }

        public void Date(PartialDate? date)
        {
            if (date is not { } d || !PartialDate.IsValid(d.Year, d.Month, d.Day))
            {
                Int(0);
                return;
            }
            switch (d.Precision)
            {
                case DatePrecision.Year: Int(1); Int(d.Year!.Value); break;
                case DatePrecision.Month: Int(2); Int(d.Year!.Value); Int(d.Month!.Value); break;
                case DatePrecision.Day: Int(3); Int(d.Year!.Value); Int(d.Month!.Value); Int(d.Day!.Value); break;
                default: Int(4); Int(d.Month!.Value); Int(d.Day!.Value); break;
            }
        }
    }

    private static int CityKindIndex(string kind) => kind switch
    {
        LocalityKinds.Capital => 1,
        LocalityKinds.District => 2,
        LocalityKinds.Province => 3,
        LocalityKinds.Commune => 4,
        _ => 0,
    };

    private static int StatusIndex(string status) => status switch
    {
        PartnershipStatuses.Negotiating => 1,
        PartnershipStatuses.Proposed => 2,
        PartnershipStatuses.Signed => 3,
        _ => 0,
    };

    private static int EventKindIndex(string kind) => kind switch
    {
        EventKinds.Meeting => 0,
        EventKinds.Visit => 1,
        EventKinds.Conference => 2,
        EventKinds.Signing => 3,
        _ => 4,
    };

    private static IEnumerable<string> DocArticle(MergedArticle a)
    {
        yield return "<summary>" + DocText(a.Title) + "</summary>";
        yield return "<remarks>File " + DocText(a.File) + ", language " + DocText(a.Language) + ", published " + (a.Published?.ToString() ?? "(no date found)") + ".</remarks>";
    }

    private static IEnumerable<string> DocCity(MergedCity c)
    {
        yield return "<summary>" + DocText(c.Name) + " (" + DocText(c.Country) + "), " + DocText(c.Kind) + ".</summary>";
        yield return "<remarks>";
        if (c.Aliases.Count > 0) yield return "<para>Also written: " + DocText(string.Join(", ", c.Aliases)) + ".</para>";
        foreach (var line in Evidence(c.Sources)) yield return line;
        yield return "</remarks>";
    }

    private static IEnumerable<string> DocPartnership(MergedPartnership p)
    {
        yield return "<summary>Partnership of " + DocText(string.Join(" and ", p.PartyIds)) + ": " + DocText(p.Status)
            + (p.Since is { } y ? ", since " + Int(y) : "") + ".</summary>";
        yield return "<remarks>";
        if (p.Fields.Count > 0) yield return "<para>Fields: " + DocText(string.Join(", ", p.Fields)) + ".</para>";
        foreach (var line in Evidence(p.Sources)) yield return line;
        yield return "</remarks>";
    }

    private static IEnumerable<string> DocEvent(MergedEvent e)
    {
        string when = e.Start is { } s ? " on " + s + (e.End is { } end ? " to " + end : "") : "";
        yield return "<summary>" + DocText(e.Kind) + when + (e.CityId is { } c ? " in " + DocText(c) : "") + ": " + DocText(e.Title) + "</summary>";
        yield return "<remarks>";
        if (e.PartyIds.Count > 0) yield return "<para>Parties: " + DocText(string.Join(", ", e.PartyIds)) + ".</para>";
        if (e.PersonIds.Count > 0) yield return "<para>People: " + DocText(string.Join(", ", e.PersonIds)) + ".</para>";
        foreach (var line in Evidence(e.Sources)) yield return line;
        yield return "</remarks>";
    }

    private static IEnumerable<string> DocPerson(MergedPerson p)
    {
        yield return "<summary>" + DocText(p.Name) + (p.Role is { } r ? ", " + DocText(r) : "") + ".</summary>";
        yield return "<remarks>";
        foreach (var line in Evidence(p.Sources)) yield return line;
        yield return "</remarks>";
    }

    private static IEnumerable<string> Evidence(EquatableArray<SourceFact> sources)
    {
        for (int i = 0; i < Math.Min(EvidenceInDocs, sources.Count); i++)
        {
            var s = sources[i];
            yield return "<para>\u201C" + DocText(s.Text) + "\u201D (" + DocText(s.ArticleFile) + ", line " + Int(s.Line) + ")</para>";
        }
        if (sources.Count > EvidenceInDocs)
            yield return "<para>and " + Int(sources.Count - EvidenceInDocs) + " more source(s).</para>";
    }
}
