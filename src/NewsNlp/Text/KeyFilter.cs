using System.Numerics;

namespace NewsNlp.Text;

/// <summary>
/// The 32-bit hashes of a table's keys as a bit set (the phrase tables' <c>NameKey.Hash</c>, the word tables'
/// <see cref="AsciiWordTable"/> hash): a key whose bit is clear is surely not in the table, so most tokens are turned
/// away without building a key or a lookup. Grows as keys are added (build time only); 16 to 32 bits a key, so at
/// most about one miss in 16 passes.
/// </summary>
internal sealed class KeyFilter
{
    private readonly List<uint> _hashes = [];
    private ulong[] _bits = new ulong[16];
    private int _shift = 32 - 10;

    /// <summary>Adds the hash of a key (build time only).</summary>
    public void Add(uint hash)
    {
        _hashes.Add(hash);
        if (_hashes.Count * 16 > _bits.Length * 64)
        {
            var bits = (int)BitOperations.RoundUpToPowerOf2((uint)_hashes.Count * 32);
            _bits = new ulong[bits / 64];
            _shift = 32 - BitOperations.Log2((uint)bits);
            foreach (var h in _hashes) Set(h);
        }
        else
        {
            Set(hash);
        }
    }

    /// <summary>False when no key added has this hash.</summary>
    public bool MayHold(uint hash)
    {
        var bit = hash >> _shift;
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private void Set(uint hash)
    {
        var bit = hash >> _shift;
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }
}
