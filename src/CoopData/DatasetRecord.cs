using CoopData.Internal;

namespace CoopData;

/// <summary>
/// What every record shares: its id, and its place in the dataset that owns it, through which its
/// navigation properties resolve.
/// </summary>
public abstract class DatasetRecord
{
    private readonly string _kind;
    private CoopDataset? _dataset;
    private int _index;

    private protected DatasetRecord(string id, string kind)
    {
        Id = id;
        _kind = kind;
    }

    /// <summary>Unique id among the records of its type.</summary>
    public string Id { get; }

    internal CoopDataset? Dataset => _dataset;

    internal int Index => _index;

    internal void Attach(CoopDataset dataset, int index)
    {
        _dataset = dataset;
        _index = index;
    }

    private protected Links Links()
    {
        Attachment.EnsureAttached(_dataset, Describe());
        return _dataset!.Links;
    }

    internal string Describe() => $"{_kind} '{Id}'";

    /// <summary>The record's id.</summary>
    public override string ToString() => Id;
}

/// <summary>
/// Selects a record's internal constructor, which stores its arguments as they are: values already checked (by the
/// public constructor, or by the generator for generated data) and lists already read-only, owned by the record.
/// </summary>
internal enum Trusted { Checked }
