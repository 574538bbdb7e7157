using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsNlp.Cli.Input;

/// <summary>Turns the bytes of a text input into a string, or says plainly why it is not UTF-8 text.</summary>
internal static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/> (a UTF-8 BOM is dropped); returns the error message when it is not UTF-8 text.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return "UTF-16 text is not supported: save it as UTF-8";
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return $"binary file (NUL byte at offset {nul}), not UTF-8 text";
        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidOffset(bytes);
            return $"invalid UTF-8 at byte {offset} (line {LineAt(bytes, offset)})";
        }
        text = Encoding.UTF8.GetString(bytes);
        return null;
    }

    /// <summary>The byte offset of the first invalid UTF-8 sequence.</summary>
    public static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                    return offset;
                if (status == OperationStatus.Done)
                    break;
            }
            return offset;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
