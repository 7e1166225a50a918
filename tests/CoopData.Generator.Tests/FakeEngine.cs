using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CoopData.Extraction;

namespace CoopData.Generator.Tests;

/// <summary>
/// A stand-in for the extraction engine with a trivial line format, so generator tests control
/// exactly which facts (and which hostile strings) flow into the generated code:
/// <code>
/// line 1                          the title
/// date: 2023-04-13                publication date
/// city: KEY | NAME | CC | ALIAS   a city (KEY is made unique per article unless it starts with '=')
/// person: KEY | NAME | ROLE | CITYKEY
/// ties: KEY1 | KEY2 | YEAR | FIELD
/// event: KIND | TITLE | CITYKEY | PERSONKEY
/// throw                           the engine throws
/// hang                            the engine spins until cancelled
/// </code>
/// Every fact's evidence is its whole line.
/// </summary>
internal static class FakeEngine
{
    public static readonly CoopDataGenerator.Extractor Extract = Run;

    public static CoopDataGenerator Generator() => new(Extract);

    private static ArticleFacts Run(string fileName, string text, CancellationToken cancellationToken)
    {
        var lines = text.Split('\n');
        var cities = new List<CityFact>();
        var people = new List<PersonFact>();
        var ties = new List<PartnershipFact>();
        var events = new List<EventFact>();
        CoopData.Extraction.PartialDate? published = null;
        string Key(string k) => k.StartsWith('=') ? k.Substring(1) : fileName + "#" + k;
        for (int i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string line = lines[i];
            var evidence = new[] { new Evidence(i + 1, line) }.ToEquatableArray();
            string[] f = line.Contains(':') ? line.Substring(line.IndexOf(':') + 1).Split('|').Select(p => p.Trim(' ')).ToArray() : Array.Empty<string>();
            string At(int n) => n < f.Length ? f[n] : "";
            if (line == "throw") throw new InvalidOperationException("engine bug on purpose");
            if (line == "hang")
            {
                var until = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < until) cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException("the test's cancellation never came");
            }
            if (line.StartsWith("date:", StringComparison.Ordinal) && CoopData.Extraction.PartialDate.TryParse(At(0), out var d)) published = d;
            else if (line.StartsWith("city:", StringComparison.Ordinal))
                cities.Add(new CityFact(Key(At(0)), At(1), At(2), LocalityKinds.City,
                    At(3).Length > 0 ? new[] { At(3) }.ToEquatableArray() : EquatableArray<string>.Empty, null, null, null, evidence));
            else if (line.StartsWith("person:", StringComparison.Ordinal))
                people.Add(new PersonFact(Key(At(0)), At(1), At(2).Length > 0 ? At(2) : null, At(3).Length > 0 ? Key(At(3)) : null, evidence));
            else if (line.StartsWith("ties:", StringComparison.Ordinal))
                ties.Add(new PartnershipFact(new[] { Key(At(0)), Key(At(1)) }.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(),
                    int.TryParse(At(2), out int y) ? y : null, PartnershipStatuses.Active,
                    At(3).Length > 0 ? new[] { At(3) }.ToEquatableArray() : EquatableArray<string>.Empty, evidence));
            else if (line.StartsWith("event:", StringComparison.Ordinal))
                events.Add(new EventFact(At(0), At(1), published, null, At(2).Length > 0 ? Key(At(2)) : null,
                    EquatableArray<string>.Empty, At(3).Length > 0 ? new[] { Key(At(3)) }.ToEquatableArray() : EquatableArray<string>.Empty, evidence));
        }
        return new ArticleFacts(fileName, lines[0], 1, "en", published,
            cities.ToEquatableArray(), ties.ToEquatableArray(), events.ToEquatableArray(), people.ToEquatableArray(),
            published is null ? new[] { new ExtractionDiagnostic(DiagnosticIds.NoPublicationDate, 1, 1, "no date") }.ToEquatableArray() : EquatableArray<ExtractionDiagnostic>.Empty);
    }
}
