using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace CoopData.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated) by type, in process: which types an
/// extraction allocates most (`STAGES_ALLOC=1 --stages`).
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private bool _enabled;

    public void Start() => _enabled = true;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // GC keyword (0x1) at Verbose level carries GCAllocationTick.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_enabled || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int typeIndex = e.PayloadNames!.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0 || amountIndex < 0) return;
        string type = e.Payload[typeIndex] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes) _bytes[type] = _bytes.TryGetValue(type, out var b) ? b + amount : amount;
    }

    public void Print(int top)
    {
        lock (_bytes)
        {
            double all = _bytes.Values.Sum();
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
                Console.WriteLine($"{100 * bytes / all,5:F1}%  {type}");
        }
    }
}
