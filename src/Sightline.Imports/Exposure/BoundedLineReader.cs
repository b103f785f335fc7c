namespace Sightline.Imports.Exposure;

/// <summary>Reads a stream line by line as UTF-8 bytes, never holding more than one line of at most
/// <see cref="MaxLineBytes"/>: a longer line is skipped by scanning for its end, not read into memory.</summary>
/// <param name="linesBefore">Lines before the stream's start, when it is a part of a file that starts at a line start.</param>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes = BoundedLineReader.DefaultMaxLineBytes, long linesBefore = 0)
{
    public const int DefaultMaxLineBytes = 1 << 20;

    private const int Chunk = 1 << 16;

    private readonly byte[] _buffer = new byte[maxLineBytes + Chunk];
    private int _start;
    private int _end;
    private bool _eof;

    public enum Result
    {
        Line,
        TooLong,
        End,
    }

    public int MaxLineBytes => maxLineBytes;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; } = linesBefore;

    /// <summary>Bytes of the stream consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>The next line without its line break (and without a UTF-8 byte-order mark on the first line).</summary>
    public Result Next(out ReadOnlySpan<byte> line)
    {
        line = default;
        int searched = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(searched, _end - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int at = searched + newline;
                if (at - _start > maxLineBytes)
                {
                    Position += at + 1 - _start;
                    _start = at + 1;
                    LineNumber++;
                    return Result.TooLong;
                }

                line = Trim(_buffer.AsSpan(_start, at - _start));
                Position += at + 1 - _start;
                _start = at + 1;
                LineNumber++;
                return Result.Line;
            }

            if (_end - _start >= maxLineBytes)
            {
                LineNumber++;
                SkipRestOfLine();
                return Result.TooLong;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    Position += _end - _start;
                    _start = _end;
                    LineNumber++;
                    return Result.Line;
                }

                return Result.End;
            }

            searched = _end - Fill();
        }
    }

    /// <returns>How far the unread bytes moved towards the start of the buffer.</returns>
    private int Fill()
    {
        int shift = 0;
        if (_start > 0 && _buffer.Length - _end < Chunk)
        {
            shift = _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        int read = stream.Read(_buffer, _end, Math.Min(Chunk, _buffer.Length - _end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        return shift;
    }

    private void SkipRestOfLine()
    {
        Position += _end - _start;
        _start = _end = 0;
        while (true)
        {
            int read = stream.Read(_buffer, 0, Chunk);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            int newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Position += newline + 1;
                _start = newline + 1;
                _end = read;
                return;
            }

            Position += read;
        }
    }

    private ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        if (LineNumber == 0 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }
}
