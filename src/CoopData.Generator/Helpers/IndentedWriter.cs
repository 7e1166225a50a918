using System.Text;

namespace CoopData.Generator.Helpers;

/// <summary>A small writer for generated source: indentation by blocks, '\n' line endings on every machine.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _sb;
    private int _depth;

    /// <param name="header">Text the file starts with, unindented.</param>
    /// <param name="capacity">The expected length: a large chunk then grows its buffer once instead of doubling through copies.</param>
    public IndentedWriter(string header = "", int capacity = 256) => _sb = new StringBuilder(header, System.Math.Max(capacity, header.Length));

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _depth * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    /// <summary>Starts a line at the current indentation; write it on the builder returned (a long literal goes in without a copy of its own), then <see cref="EndLine"/>.</summary>
    public StringBuilder StartLine() => _sb.Append(' ', _depth * 4);

    public IndentedWriter EndLine()
    {
        _sb.Append('\n');
        return this;
    }

    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _sb.ToString();
}
