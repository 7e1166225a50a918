using System.Text;

namespace CoopData.Generator.Helpers;

/// <summary>A small writer for generated source: indentation by blocks, '\n' line endings on every machine.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _sb = new();
    private int _depth;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _depth * 4).Append(text);
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
