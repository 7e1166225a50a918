using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CoopData.Benchmarks;

/// <summary>
/// The default job for these benchmarks: few iterations (the machine is shared, and the generator
/// runs are long), median reported, allocations measured. Pass --job to override.
/// </summary>
public class DefaultConfig : ManualConfig
{
    public DefaultConfig()
    {
        AddJob(Job.ShortRun.WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        HideColumns(Column.Error, Column.StdDev);
    }
}

/// <summary>An MB/s column for the extraction benchmark, added to <see cref="DefaultConfig"/>.</summary>
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
