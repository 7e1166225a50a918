using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CoopData.Internal;

/// <summary>Argument checks shared by the record constructors (netstandard2.0 lacks the ThrowIf helpers).</summary>
internal static class Check
{
    public static string NotNull(string? value, string paramName) =>
        value ?? throw new ArgumentNullException(paramName);

    public static string Id(string? id, string paramName)
    {
        if (id is null) throw new ArgumentNullException(paramName);
        if (id.Length == 0) throw new ArgumentException("An id must not be empty.", paramName);
        return id;
    }

    /// <summary>Rejects values outside an enum whose members run densely from 0 to <paramref name="last"/>.</summary>
    public static void Defined(int value, int last, string paramName, string enumName)
    {
        if ((uint)value > (uint)last)
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {enumName}.");
    }

    /// <summary>Copies a list into read-only storage the caller cannot mutate afterwards.</summary>
    public static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T>? items, string paramName) where T : class => ReadOnly(Copy(items, paramName));

    /// <summary>Copies a list whose elements must not be null into an array the caller cannot reach.</summary>
    public static T[] Copy<T>(IReadOnlyList<T>? items, string paramName) where T : class
    {
        if (items is null) throw new ArgumentNullException(paramName);
        if (items.Count == 0) return Array.Empty<T>();
        var copy = new T[items.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = items[i] ?? throw new ArgumentException($"Element {i} is null.", paramName);
        return copy;
    }

    /// <summary>A read-only view of an array no one else mutates.</summary>
    public static IReadOnlyList<T> ReadOnly<T>(T[] items) => items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

    /// <summary>Like <see cref="Freeze{T}"/>, and rejects repeated ids.</summary>
    public static IReadOnlyList<string> FreezeDistinctIds(IReadOnlyList<string>? ids, string paramName)
    {
        var frozen = Freeze(ids, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in frozen)
            if (!seen.Add(id)) throw new ArgumentException($"The id '{id}' is listed twice.", paramName);
        return frozen;
    }
}

/// <summary>One shared empty read-only list per element type.</summary>
internal static class Empty<T>
{
    public static readonly IReadOnlyList<T> List = new ReadOnlyCollection<T>(Array.Empty<T>());
}
