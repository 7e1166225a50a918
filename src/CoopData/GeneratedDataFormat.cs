namespace CoopData;

/// <summary>
/// The layout of a generated chunk's data constant, shared by the generator's writer and the runtime's reader
/// (this file is compiled into both).
/// </summary>
internal static class GeneratedDataFormat
{
    /// <summary>Bumped whenever the layout changes: generated code and runtime come from one package, but a stale build may mix them.</summary>
    public const int Version = 1;

    /// <summary>Each byte is written as this char plus the byte (Braille patterns: visible, never escaped, never a surrogate).</summary>
    public const char ByteBase = '\u2800';
}
