using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CoopData.Extraction;

/// <summary>Compares by reference: the same list, or the very input an earlier run merged.</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T> where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();
    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);
    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
