using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CoopData.Benchmarks;

/// <summary>
/// BenchmarkDotNet's defaults plus allocations and the median. The classes choose their job:
/// [ShortRunJob] (3 warm-ups, 3 iterations: the machine is shared and generator runs are long),
/// or a cold-start job for first access. Pass --job to override.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}
/// <summary>An MB/s column for the extraction benchmark, added to <see cref="BenchConfig"/>.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

/// <summary>UTF-8 megabytes (10^6 bytes) per second at the median.</summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, long> Bytes = new();

    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 megabytes of article text per second, at the median";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var input = benchmarkCase.Parameters["Input"] as string;
        if (stats is null || input is null) return "-";
        long bytes = Bytes.GetOrAdd(input, ExtractionBenchmarks.BytesOf);
        return (bytes / 1e6 / (stats.Median / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }
}
