using System.Collections.Generic;

namespace CoopData.Generator.Helpers;

/// <summary>
/// Value equality that first compares references. Roslyn compares every entry of a node's table with the previous
/// run's on each run, cached or not: with the default comparer each comparison is a virtual call on the item, a cache
/// miss per article in a large corpus (about 0.1 µs each, several nodes of thousands of articles). Cached entries are
/// the very same instances, so the reference test settles them without touching the objects.
/// </summary>
internal sealed class ReferenceFirstComparer<T> : IEqualityComparer<T> where T : class?
{
    public static readonly ReferenceFirstComparer<T> Instance = new();
    public bool Equals(T x, T y) => ReferenceEquals(x, y) || (x is not null && y is not null && EqualityComparer<T>.Default.Equals(x, y));
    public int GetHashCode(T obj) => obj is null ? 0 : EqualityComparer<T>.Default.GetHashCode(obj);
}

/// <summary>Element-wise reference comparison: whether two lists hold the very same instances in the same order.</summary>
internal static class References
{
    public static bool Same<T>(IReadOnlyList<T> x, IReadOnlyList<T> y) where T : class
    {
        if (x.Count != y.Count) return false;
        for (int i = 0; i < x.Count; i++)
            if (!ReferenceEquals(x[i], y[i])) return false;
        return true;
    }
}
