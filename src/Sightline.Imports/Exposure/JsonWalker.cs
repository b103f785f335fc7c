using System.Text;
using System.Text.Json;

namespace Sightline.Imports.Exposure;

/// <summary>Receives the values of a JSON document by path: <c>location.city</c>, <c>hostnames[]</c>, <c>services[].port</c>.</summary>
internal interface IJsonVisitor
{
    void Value(ReadOnlySpan<char> path, ref Utf8JsonReader reader);

    void StartObject(ReadOnlySpan<char> path);

    void EndObject(ReadOnlySpan<char> path);
}

/// <summary>Walks one JSON document with <see cref="Utf8JsonReader"/> (no DOM), handing each value to a visitor with its path.
/// Property names longer than 128 characters appear as <c>?</c>; nesting deeper than 64 is an error.</summary>
internal sealed class JsonWalker
{
    public const int MaxDepth = 64;
    private const int MaxName = 128;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    private readonly char[] _path = new char[(MaxDepth + 1) * (MaxName + 3)];
    private readonly int[] _bases = new int[MaxDepth + 2];
    private readonly bool[] _arrays = new bool[MaxDepth + 2];

    /// <summary>Walks <paramref name="json"/>, which must hold exactly one JSON object.</summary>
    /// <exception cref="JsonException">The text is not valid JSON or not an object.</exception>
    public void Walk<TVisitor>(ReadOnlySpan<byte> json, TVisitor visitor)
        where TVisitor : IJsonVisitor
    {
        var reader = new Utf8JsonReader(json, Options);
        int depth = 0, length = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the record is not a JSON object");
        }

        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    length = _bases[depth];
                    if (length > 0)
                    {
                        _path[length++] = '.';
                    }

                    if (reader.HasValueSequence || reader.ValueSpan.Length > MaxName)
                    {
                        _path[length++] = '?';
                    }
                    else
                    {
                        length += reader.CopyString(_path.AsSpan(length, MaxName));
                    }

                    break;

                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    if (depth > 0 && _arrays[depth])
                    {
                        length = Element(depth);
                    }

                    if (reader.TokenType == JsonTokenType.StartObject && depth > 0)
                    {
                        visitor.StartObject(_path.AsSpan(0, length));
                    }

                    depth++;
                    _bases[depth] = length;
                    _arrays[depth] = reader.TokenType == JsonTokenType.StartArray;
                    break;

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    length = _bases[depth];
                    depth--;
                    if (reader.TokenType == JsonTokenType.EndObject && depth > 0)
                    {
                        visitor.EndObject(_path.AsSpan(0, length));
                    }

                    break;

                default:
                    if (_arrays[depth])
                    {
                        length = Element(depth);
                    }

                    visitor.Value(_path.AsSpan(0, length), ref reader);
                    break;
            }
        }
        while (depth > 0 && reader.Read());

        if (reader.Read())
        {
            throw new JsonException("text follows the JSON object");
        }
    }

    /// <summary>A string, number or boolean value as text, cut to <paramref name="max"/> characters; null for JSON null,
    /// objects and arrays.</summary>
    public static string? Text(ref Utf8JsonReader reader, int max, ref long truncated)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                string value = reader.GetString()!;
                if (value.Length > max)
                {
                    truncated++;
                    return value[..max];
                }

                return value;
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                return null;
        }
    }

    private int Element(int depth)
    {
        int length = _bases[depth];
        _path[length] = '[';
        _path[length + 1] = ']';
        return length + 2;
    }
}
