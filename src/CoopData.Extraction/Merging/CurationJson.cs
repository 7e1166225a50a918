using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace CoopData.Extraction.Merging;

// Why not System.Text.Json: the compiler loads analyzers into its own host, and on netstandard2.0
// Microsoft.CodeAnalysis.Common 4.14.0 does not depend on System.Text.Json (its nuspec lists
// Collections.Immutable, Reflection.Metadata, Memory, CompilerServices.Unsafe, Text.Encoding.CodePages,
// Threading.Tasks.Extensions, Buffers and Numerics.Vectors only). Whether a given csc / VS / OmniSharp
// host happens to have some version of it loaded is not guaranteed, and shipping our own copy beside
// the generator risks a version clash with the host's. The curation file is small, so this strict
// reader (JSON plus // and /* */ comments and trailing commas, line/column errors, bounded nesting,
// linear time, no exceptions escaping) is the dependable choice.

/// <summary>A parsed JSON value with the 1-based line and column where it starts.</summary>
internal abstract class JsonNode
{
    protected JsonNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }

    /// <summary>How the value is called in messages: "an object", "a string", ...</summary>
    public abstract string Kind { get; }
}

internal sealed class JsonObject(int line, int column, List<JsonProperty> properties) : JsonNode(line, column)
{
    public List<JsonProperty> Properties { get; } = properties;
    public override string Kind => "an object";
}

/// <summary>A key and its value; the position is the key's.</summary>
internal sealed record JsonProperty(string Key, int Line, int Column, JsonNode Value);

internal sealed class JsonArray(int line, int column, List<JsonNode> items) : JsonNode(line, column)
{
    public List<JsonNode> Items { get; } = items;
    public override string Kind => "an array";
}

internal sealed class JsonString(int line, int column, string value) : JsonNode(line, column)
{
    public string Value { get; } = value;
    public override string Kind => "a string";
}

internal sealed class JsonNumber(int line, int column, string text) : JsonNode(line, column)
{
    public string Text { get; } = text;
    public override string Kind => "a number";

    public bool TryInt(out int value) => int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryDouble(out double value) =>
        double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value) && !double.IsNaN(value);
}

internal sealed class JsonLiteral(int line, int column, bool? value) : JsonNode(line, column)
{
    /// <summary>True, false, or null for the JSON null.</summary>
    public bool? Value { get; } = value;
    public override string Kind => Value is null ? "null" : "a boolean";
}

/// <summary>A JSON syntax error with its 1-based position.</summary>
internal sealed class JsonError(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}

/// <summary>
/// Strict JSON with two relaxations people expect in a hand-edited file: comments (<c>//</c> and
/// <c>/* */</c>) and trailing commas. Positions count UTF-16 code units from 1; CR, LF and CRLF end lines.
/// </summary>
internal sealed class CurationJson
{
    /// <summary>Deeper nesting is rejected, so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private CurationJson(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and the error.</summary>
    public static JsonNode? Parse(string text, out JsonError? error, CancellationToken cancellationToken = default)
    {
        var reader = new CurationJson(text, cancellationToken);
        try
        {
            if (text.Length > 0 && text[0] == '\uFEFF') reader._pos = 1;
            reader.SkipTrivia();
            if (reader._pos >= text.Length) throw reader.Error("the file is empty; expected an object");
            var value = reader.Value(0);
            reader.SkipTrivia();
            if (reader._pos < text.Length) throw reader.Error($"unexpected '{Show(text[reader._pos])}' after the end of the document");
            error = null;
            return value;
        }
        catch (JsonError e)
        {
            error = e;
            return null;
        }
    }

    private int Column => _pos - _lineStart + 1;

    private JsonError Error(string message) => new(_line, Column, message);

    private static string Show(char c) => c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
        ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
        : c.ToString();

    private void NewLine(int next)
    {
        _line++;
        _lineStart = next;
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            if ((_pos & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            char c = _text[_pos];
            if (c == '\n') { _pos++; NewLine(_pos); }
            else if (c == '\r') { _pos++; if (_pos < _text.Length && _text[_pos] == '\n') _pos++; NewLine(_pos); }
            else if (c == ' ' || c == '\t') _pos++;
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                int line = _line, column = Column;
                _pos += 2;
                while (true)
                {
                    if (_pos >= _text.Length) throw new JsonError(line, column, "the comment is never closed with */");
                    char d = _text[_pos];
                    if (d == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/') { _pos += 2; break; }
                    _pos++;
                    if (d == '\n') NewLine(_pos);
                    else if (d == '\r') { if (_pos < _text.Length && _text[_pos] == '\n') _pos++; NewLine(_pos); }
                }
            }
            else return;
        }
    }

    private JsonNode Value(int depth)
    {
        if (depth > MaxDepth) throw Error($"values are nested more than {MaxDepth} deep");
        if (_pos >= _text.Length) throw Error("unexpected end of the file; expected a value");
        int line = _line, column = Column;
        char c = _text[_pos];
        switch (c)
        {
            case '{': return Object(depth);
            case '[': return Array(depth);
            case '"': return new JsonString(line, column, String());
            case 't': Word("true"); return new JsonLiteral(line, column, true);
            case 'f': Word("false"); return new JsonLiteral(line, column, false);
            case 'n': Word("null"); return new JsonLiteral(line, column, null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return Number();
                throw Error(c == '\'' ? "strings must be in double quotes" : $"unexpected '{Show(c)}'; expected a value");
        }
    }

    private void Word(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0 || (_pos + word.Length < _text.Length && char.IsLetterOrDigit(_text[_pos + word.Length])))
            throw Error("unexpected word; expected a value (true, false, null, a number, a string, an object or an array)");
        _pos += word.Length;
    }

    private JsonNode Number()
    {
        int line = _line, column = Column, start = _pos;
        if (_text[_pos] == '-') _pos++;
        if (_pos < _text.Length && _text[_pos] == '0') _pos++;
        else if (!Digits()) throw Error("a number needs digits");
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            if (!Digits()) throw Error("a number needs digits after its decimal point");
        }
        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-')) _pos++;
            if (!Digits()) throw Error("a number needs digits in its exponent");
        }
        if (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.')) throw Error($"unexpected '{Show(_text[_pos])}' in a number");
        return new JsonNumber(line, column, _text.Substring(start, _pos - start));
    }

    private bool Digits()
    {
        int start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9') _pos++;
        return _pos > start;
    }

    private string String()
    {
        int line = _line, column = Column;
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw new JsonError(line, column, "the string is never closed");
            char c = _text[_pos];
            if (c == '"') { _pos++; return sb.ToString(); }
            if (c == '\\')
            {
                if (_pos + 1 >= _text.Length) throw new JsonError(line, column, "the string is never closed");
                char e = _text[_pos + 1];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 6 > _text.Length || !ushort.TryParse(_text.Substring(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                            throw Error("\\u must be followed by four hexadecimal digits");
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw Error($"unknown escape '\\{Show(e)}'");
                }
                _pos += 2;
                continue;
            }
            if (c < 0x20) throw Error(c == '\n' || c == '\r' ? "the string is never closed on its line" : $"control character {Show(c)} in a string; write it as an escape");
            sb.Append(c);
            _pos++;
        }
    }

    private JsonNode Object(int depth)
    {
        int line = _line, column = Column;
        _pos++;
        var properties = new List<JsonProperty>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length) throw new JsonError(line, column, "the object is never closed with }");
            if (_text[_pos] == '}') { _pos++; return new JsonObject(line, column, properties); }
            if (_text[_pos] != '"') throw Error($"unexpected '{Show(_text[_pos])}'; expected a key in double quotes or }}");
            int keyLine = _line, keyColumn = Column;
            string key = String();
            if (!seen.Add(key)) throw new JsonError(keyLine, keyColumn, $"the key \"{key}\" appears twice in this object");
            SkipTrivia();
            if (_pos >= _text.Length || _text[_pos] != ':') throw Error($"expected ':' after the key \"{key}\"");
            _pos++;
            SkipTrivia();
            properties.Add(new JsonProperty(key, keyLine, keyColumn, Value(depth + 1)));
            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == ',') { _pos++; continue; }
            if (_pos < _text.Length && _text[_pos] == '}') continue;
            throw _pos >= _text.Length ? new JsonError(line, column, "the object is never closed with }") : Error($"unexpected '{Show(_text[_pos])}'; expected ',' or }}");
        }
    }

    private JsonNode Array(int depth)
    {
        int line = _line, column = Column;
        _pos++;
        var items = new List<JsonNode>();
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length) throw new JsonError(line, column, "the array is never closed with ]");
            if (_text[_pos] == ']') { _pos++; return new JsonArray(line, column, items); }
            items.Add(Value(depth + 1));
            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == ',') { _pos++; continue; }
            if (_pos < _text.Length && _text[_pos] == ']') continue;
            throw _pos >= _text.Length ? new JsonError(line, column, "the array is never closed with ]") : Error($"unexpected '{Show(_text[_pos])}'; expected ',' or ]");
        }
    }
}
