using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>A standing relation between localities: twinning, sister cities, a cooperation agreement.</summary>
public sealed class Partnership : DatasetRecord
{
    /// <summary>Creates a partnership.</summary>
    /// <param name="id">Unique id, e.g. <c>hanoi-toulouse</c>.</param>
    /// <param name="partyIds">Ids of the cities involved: at least two, each once.</param>
    /// <param name="since">Year it began, when known.</param>
    /// <param name="status">How far it has progressed.</param>
    /// <param name="fields">Areas of cooperation, e.g. <c>education</c>.</param>
    /// <param name="sources">The sentences that state it.</param>
    public Partnership(string id, IReadOnlyList<string> partyIds, int? since, PartnershipStatus status,
        IReadOnlyList<string> fields, IReadOnlyList<SourceRef> sources)
        : this(Check.Id(id, nameof(id)), Check.FreezeDistinctIds(partyIds, nameof(partyIds)), since, status,
            Check.Freeze(fields, nameof(fields)), Check.Freeze(sources, nameof(sources)), Trusted.Checked)
    {
        if (PartyIds.Count < 2)
            throw new System.ArgumentException($"Partnership '{id}' needs at least two parties.", nameof(partyIds));
        Check.Defined((int)status, (int)PartnershipStatus.Signed, nameof(status), nameof(PartnershipStatus));
    }

    internal Partnership(string id, IReadOnlyList<string> partyIds, int? since, PartnershipStatus status,
        IReadOnlyList<string> fields, IReadOnlyList<SourceRef> sources, Trusted _)
        : base(id, nameof(Partnership))
    {
        PartyIds = partyIds;
        Since = since;
        Status = status;
        Fields = fields;
        Sources = sources;
    }

    /// <summary>Ids of the cities involved.</summary>
    public IReadOnlyList<string> PartyIds { get; }

    /// <summary>Year it began, when known.</summary>
    public int? Since { get; }

    /// <summary>How far it has progressed.</summary>
    public PartnershipStatus Status { get; }

    /// <summary>Areas of cooperation.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The sentences that state it.</summary>
    public IReadOnlyList<SourceRef> Sources { get; }

    /// <summary>The cities involved, in the order of <see cref="PartyIds"/>.</summary>
    public IReadOnlyList<City> Parties => Links().PartnershipParties[Index];
}
