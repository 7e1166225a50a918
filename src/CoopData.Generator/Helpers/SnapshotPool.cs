using System;
using System.Threading;

namespace CoopData.Generator.Helpers;

/// <summary>
/// The state a few earlier runs left to speed up the next (one generator instance may serve several
/// projects, and runs may overlap). A snapshot is taken out while in use, so it has one user at a time
/// and may be updated in place; a run that finds none suitable starts from scratch.
/// </summary>
internal sealed class SnapshotPool<T> where T : class
{
    private readonly T?[] _slots = new T?[4];
    private int _next;

    /// <summary>The first snapshot that <paramref name="fits"/>, taken out of the pool; null when none does.</summary>
    public T? Take(Func<T, bool> fits)
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            var snapshot = Interlocked.Exchange(ref _slots[i], null);
            if (snapshot is null) continue;
            if (fits(snapshot)) return snapshot;
            // Not this project's: back in its slot, unless another run filled it meanwhile.
            Interlocked.CompareExchange(ref _slots[i], snapshot, null);
        }
        return null;
    }

    /// <summary>Keeps <paramref name="snapshot"/> for a later run: in a free slot, else in place of another (round robin).</summary>
    public void Return(T snapshot)
    {
        for (int i = 0; i < _slots.Length; i++)
            if (Interlocked.CompareExchange(ref _slots[i], snapshot, null) is null) return;
        int victim = (Interlocked.Increment(ref _next) & int.MaxValue) % _slots.Length;
        Volatile.Write(ref _slots[victim], snapshot);
    }
}
