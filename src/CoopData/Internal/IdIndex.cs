using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace CoopData.Internal;

/// <summary>
/// Records by a unique key, compared ordinally. The index is built once and read many times,
/// so on .NET 8+ it is a FrozenDictionary, which trades build time for faster lookups.
/// </summary>
internal sealed class IdIndex<T> where T : class
{
#if NET8_0_OR_GREATER
    private readonly FrozenDictionary<string, T> _map;
#else
    private readonly Dictionary<string, T> _map;
#endif

    /// <param name="items">The records.</param>
    /// <param name="key">The key of a record.</param>
    /// <param name="keyName">What the key is, for the duplicate message: "city id".</param>
    /// <param name="paramName">The dataset constructor parameter the records came from.</param>
    public IdIndex(IReadOnlyList<T> items, Func<T, string> key, string keyName, string paramName)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            string k = key(item);
            if (map.ContainsKey(k)) throw new ArgumentException($"Duplicate {keyName} '{k}'.", paramName);
            map.Add(k, item);
        }
#if NET8_0_OR_GREATER
        _map = map.ToFrozenDictionary(StringComparer.Ordinal);
#else
        _map = map;
#endif
    }

    public bool TryGet(string key, [NotNullWhen(true)] out T? value) =>
        _map.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out value);
}
