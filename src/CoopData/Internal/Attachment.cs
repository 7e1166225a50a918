using System;

namespace CoopData.Internal;

/// <summary>The messages for records used outside, or across, datasets.</summary>
internal static class Attachment
{
    public static void EnsureFree(CoopDataset? owner, string what)
    {
        if (owner is not null)
            throw new InvalidOperationException(
                $"{what} already belongs to another CoopDataset; a record can be part of only one dataset.");
    }

    public static void EnsureAttached(CoopDataset? owner, string what)
    {
        if (owner is null)
            throw new InvalidOperationException(
                $"{what} is not part of a CoopDataset; navigation properties are resolved when the record is passed to one.");
    }
}
