namespace NewsNlp.Tests.Cli;

/// <summary>A write-only stream that keeps what was written; subclasses decide what happens on each write.</summary>
internal abstract class RecordingStream : Stream
{
    public MemoryStream Written { get; } = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Written.Length;
    public override long Position { get => Written.Length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>An output that fails like a full disk after some bytes.</summary>
internal sealed class FailingStream(long failAfterBytes) : RecordingStream
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Written.Length + buffer.Length > failAfterBytes)
            throw new IOException("No space left on device");
        Written.Write(buffer);
    }
}

/// <summary>An output that presses "Ctrl+C" (cancels) after some flushed writes.</summary>
internal sealed class CancellingStream(CancellationTokenSource cancel, int cancelAfterWrites) : RecordingStream
{
    private int _writes;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Written.Write(buffer);
        if (++_writes == cancelAfterWrites)
            cancel.Cancel();
    }
}
