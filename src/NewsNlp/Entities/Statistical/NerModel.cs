using System.IO.Compression;
using System.Text;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// A trained tagger: tag set, BIO transition weights and a table of hashed feature weights.
/// Immutable once built; its binary form is versioned and compact (sparse, half-precision weights, Brotli).
/// </summary>
internal sealed class NerModel
{
    /// <summary>Version of the binary layout this code writes and reads.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "NNLPNER\0"u8;

    private readonly FeatureRows _rows;
    private readonly float[] _transitions;

    /// <summary>Builds a model; weights are rounded to half precision, as the file stores them, and zero rows dropped.</summary>
    public NerModel(NerTagSet tagSet, int featureVersion, ReadOnlySpan<float> transitions, IEnumerable<KeyValuePair<uint, float[]>> features)
    {
        TagSet = tagSet;
        FeatureVersion = featureVersion;
        _transitions = new float[(tagSet.Count + 1) * tagSet.Count];
        for (var i = 0; i < _transitions.Length; i++)
            _transitions[i] = Round(transitions[i]);
        var keys = new List<uint>();
        var weights = new List<float>();
        foreach (var (key, row) in features.OrderBy(f => f.Key))
        {
            var rounded = row.Select(Round).ToArray();
            if (rounded.All(w => w == 0f))
                continue;
            keys.Add(key);
            weights.AddRange(rounded);
        }
        _rows = new FeatureRows([.. keys], [.. weights], tagSet.Count);
    }

    private NerModel(NerTagSet tagSet, int featureVersion, float[] transitions, FeatureRows rows)
    {
        TagSet = tagSet;
        FeatureVersion = featureVersion;
        _transitions = transitions;
        _rows = rows;
    }

    /// <summary>The tags.</summary>
    public NerTagSet TagSet { get; }

    /// <summary>The feature template version the model was trained with.</summary>
    public int FeatureVersion { get; }

    /// <summary>Number of features with a weight.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Transition weights, <c>(T + 1) * T</c>, the last row from the start state.</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The feature weights.</summary>
    public FeatureRows Rows => _rows;

    /// <summary>Adds the weights of <paramref name="features"/> (per token, <see cref="NerFeatures.PerToken"/> each) into <paramref name="emissions"/>.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> emissions) =>
        _rows.Score(features, NerFeatures.PerToken, emissions);

    /// <summary>Writes the model's binary form.</summary>
    public void Write(Stream stream)
    {
        stream.Write(Magic);
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        header.Write(FormatVersion);
        header.Write(FeatureVersion);
        header.Flush();
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8);
        var t = TagSet.Count;
        w.Write((byte)TagSet.Scheme);
        w.Write(TagSet.Labels.Count);
        foreach (var label in TagSet.Labels)
            w.Write(label);
        foreach (var x in _transitions)
            w.Write((Half)x);
        w.Write(_rows.Count);
        var previous = 0u;
        for (var row = 0; row < _rows.Count; row++)
        {
            var key = _rows.Keys[row];
            var weights = _rows.WeightsOf(key);
            w.Write7BitEncodedInt((int)(key - previous));
            previous = key;
            var mask = 0;
            for (var k = 0; k < t; k++)
                if (weights[k] != 0f)
                    mask |= 1 << k;
            w.Write7BitEncodedInt(mask);
            for (var k = 0; k < t; k++)
                if (weights[k] != 0f)
                    w.Write((Half)weights[k]);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model this version reads.</exception>
    public static NerModel Read(Stream stream)
    {
        Span<byte> magic = stackalloc byte[8];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
            throw new InvalidDataException("Not a NewsNlp NER model (bad magic).");
        using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var format = header.ReadInt32();
        if (format != FormatVersion)
            throw new InvalidDataException($"NER model format {format} is not supported (this version reads {FormatVersion}).");
        var featureVersion = header.ReadInt32();
        // Decompressed in one go: reading each small field through the Brotli stream costs more than the decompression.
        var payload = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
            brotli.CopyTo(payload);
        payload.Position = 0;
        using var r = new BinaryReader(payload, Encoding.UTF8);
        var scheme = (TagScheme)r.ReadByte();
        if (scheme is not (TagScheme.Bio or TagScheme.Bilou))
            throw new InvalidDataException($"NER model has an unknown tag scheme {scheme}.");
        var labelCount = r.ReadInt32();
        if (labelCount is < 1 or > 7)
            throw new InvalidDataException($"NER model has {labelCount} labels.");
        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++)
            labels[i] = r.ReadString();
        var tagSet = new NerTagSet(labels, scheme);
        var t = tagSet.Count;
        var transitions = new float[(t + 1) * t];
        for (var i = 0; i < transitions.Length; i++)
            transitions[i] = (float)r.ReadHalf();
        var count = r.ReadInt32();
        if (count < 0)
            throw new InvalidDataException("NER model has a negative feature count.");
        var keys = new uint[count];
        var weights = new float[checked(count * t)];
        var key = 0u;
        for (var i = 0; i < count; i++)
        {
            key += (uint)r.Read7BitEncodedInt();
            var mask = r.Read7BitEncodedInt();
            for (var k = 0; k < t; k++)
                if ((mask & (1 << k)) != 0)
                    weights[i * t + k] = (float)r.ReadHalf();
            if (i > 0 && key <= keys[i - 1])
                throw new InvalidDataException("NER model features are not in ascending order.");
            keys[i] = key;
        }
        return new NerModel(tagSet, featureVersion, transitions, new FeatureRows(keys, weights, t));
    }

    private static float Round(float x) => (float)(Half)x;
}
