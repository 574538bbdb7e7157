using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli;

/// <summary>Reading a text file whole: a file whose length changes while it is read still gives what it held, up to the limit.</summary>
public class ReadAtMostTests
{
    private static byte[] Bytes(int n) => [.. Enumerable.Range(0, n).Select(i => (byte)('a' + i % 26))];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(5000)]
    [TestCase(200_000)]
    public void ReadsASeekableStreamWhole(int length)
    {
        var content = Bytes(length);
        Assert.That(InputReader.ReadAtMost(new MemoryStream(content), 1_000_000), Is.EqualTo(content));
    }

    [TestCase(10, 100)]
    [TestCase(100, 200_000)]
    public void AFileThatGrewWhileReadGivesAllItHeld(int saidLength, int length)
    {
        var content = Bytes(length);
        Assert.That(InputReader.ReadAtMost(new LyingLengthStream(content, saidLength), 1_000_000), Is.EqualTo(content));
    }

    [Test]
    public void AFileThatGrewStopsAtTheLimit()
    {
        var content = Bytes(50_000);
        Assert.That(InputReader.ReadAtMost(new LyingLengthStream(content, 10), 20_001), Is.EqualTo(content[..20_001]));
    }

    [Test]
    public void AFileThatShrankWhileReadGivesWhatWasLeft()
    {
        var content = Bytes(100);
        Assert.That(InputReader.ReadAtMost(new LyingLengthStream(content, 5000), 1_000_000), Is.EqualTo(content));
    }

    [Test]
    public void AStreamThatCannotSeekIsReadInChunks()
    {
        var content = Bytes(300_000);
        Assert.That(InputReader.ReadAtMost(new LyingLengthStream(content, -1), 1_000_000), Is.EqualTo(content));
    }

    /// <summary>A readable stream whose Length says <c>saidLength</c> (or which cannot seek when it is negative), as a file changing under the reader does.</summary>
    private sealed class LyingLengthStream(byte[] content, long saidLength) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;
        public override bool CanSeek => saidLength >= 0;
        public override bool CanWrite => false;
        public override long Length => saidLength >= 0 ? saidLength : throw new NotSupportedException();
        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
