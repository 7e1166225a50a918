namespace CoopData;

/// <summary>What kind of locality a <see cref="City"/> is.</summary>
public enum CityKind
{
    /// <summary>A city or town.</summary>
    City,
    /// <summary>A national capital.</summary>
    Capital,
    /// <summary>A district or borough inside a city.</summary>
    District,
    /// <summary>A province, prefecture or region.</summary>
    Province,
    /// <summary>A commune or ward.</summary>
    Commune,
}

/// <summary>How far a <see cref="Partnership"/> has progressed.</summary>
public enum PartnershipStatus
{
    /// <summary>In force and reported as working.</summary>
    Active,
    /// <summary>The parties are negotiating an agreement.</summary>
    Negotiating,
    /// <summary>One party has proposed it.</summary>
    Proposed,
    /// <summary>An agreement has been signed.</summary>
    Signed,
}

/// <summary>What kind of thing an <see cref="Event"/> is.</summary>
public enum EventKind
{
    /// <summary>A meeting or reception.</summary>
    Meeting,
    /// <summary>A delegation's visit.</summary>
    Visit,
    /// <summary>A conference, forum or festival.</summary>
    Conference,
    /// <summary>The signing of an agreement.</summary>
    Signing,
    /// <summary>Anything else.</summary>
    Other,
}
