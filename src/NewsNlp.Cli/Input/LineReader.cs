namespace NewsNlp.Cli.Input;

/// <summary>
/// Reads a byte stream line by line without ever holding more than one line (and never more than
/// <c>maxLineBytes</c> of it): a longer line is skipped up to its end and reported as too long.
/// Handles <c>\n</c> and <c>\r\n</c>, and drops a UTF-8 byte-order mark at the very start.
/// </summary>
internal sealed class LineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private byte[] _line = new byte[4096];
    private int _lineLength;
    private bool _atStart = true;
    private bool _eof;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes of the last line, including the ones skipped and the newline.</summary>
    public long LineBytes { get; private set; }

    /// <summary>
    /// Reads the next line into <paramref name="line"/> (valid until the next call). Returns false at the end.
    /// <paramref name="tooLong"/> is true (and <paramref name="line"/> empty) when the line exceeded the limit.
    /// </summary>
    public bool Next(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        _lineLength = 0;
        long total = 0;
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                if (_eof || !Fill())
                {
                    if (!sawAny)
                        return false;
                    break;
                }
            }
            sawAny = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? span[..newline] : span;
            total += chunk.Length;
            if (!tooLong)
            {
                if (total > maxLineBytes)
                {
                    tooLong = true;
                    _lineLength = 0;
                }
                else
                    Append(chunk);
            }
            _position += chunk.Length;
            if (newline >= 0)
            {
                _position++;
                total++;
                break;
            }
        }
        LineNumber++;
        LineBytes = total;
        var length = _lineLength;
        if (!tooLong && length > 0 && _line[length - 1] == (byte)'\r')
            length--;
        line = tooLong ? ReadOnlyMemory<byte>.Empty : _line.AsMemory(0, length);
        return true;
    }

    private bool Fill()
    {
        _position = 0;
        _length = stream.Read(_buffer, 0, _buffer.Length);
        if (_length == 0)
        {
            _eof = true;
            return false;
        }
        if (_atStart)
        {
            _atStart = false;
            if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
                _position = 3;
        }
        return _position < _length || Fill();
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        if (_lineLength + chunk.Length > _line.Length)
            Array.Resize(ref _line, (int)Math.Min(Math.Max(_line.Length * 2L, _lineLength + (long)chunk.Length), Array.MaxLength));
        chunk.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chunk.Length;
    }
}
