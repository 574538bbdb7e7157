using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>A sentence to learn from: its text, token ranges in it, and gold tag indexes.</summary>
/// <param name="Text">The sentence text the ranges point into.</param>
/// <param name="Tokens">Token ranges.</param>
/// <param name="Tags">One gold tag index (of the trainer's tag set) per token.</param>
internal sealed record TrainingSentence(string Text, TextRange[] Tokens, int[] Tags);

/// <summary>Training settings.</summary>
/// <param name="Epochs">Passes over the data (the most, when a dev scorer picks the best).</param>
/// <param name="Seed">Seed of the per-epoch shuffle.</param>
/// <param name="MinWeight">Features whose averaged weights are all below this (absolute) are left out of the model.</param>
/// <param name="Runs">Perceptrons trained side by side on differently shuffled data (seeds <c>Seed</c>, <c>Seed + 1</c>, ...), whose averaged weights are averaged again.</param>
internal sealed record TrainingOptions(int Epochs = 10, int Seed = 1, float MinWeight = 0f, int Runs = 1);

/// <summary>What training produced.</summary>
/// <param name="Model">The model (of the best epoch when a dev scorer was given).</param>
/// <param name="Epoch">The epoch the model comes from (1-based).</param>
/// <param name="DevScore">Its dev score, or NaN without a dev scorer.</param>
internal sealed record TrainingResult(NerModel Model, int Epoch, double DevScore);

/// <summary>
/// Averaged structured perceptron (Collins 2002) over BIO tags with Viterbi decoding.
/// Single-threaded and deterministic: the same sentences, options and seed give the same model, bit for bit.
/// </summary>
internal sealed class PerceptronTrainer(NerTagSet tagSet, TitleWords titles)
{
    /// <summary>Trains; after each epoch <paramref name="devScore"/> (if any) scores the averaged model and the best epoch wins.</summary>
    public TrainingResult Train(IReadOnlyList<TrainingSentence> sentences, TrainingOptions options, Func<NerModel, double>? devScore = null, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        var t = tagSet.Count;
        var index = new Dictionary<uint, int>();
        var keys = new List<uint>();
        var rows = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var features = new uint[sentence.Tokens.Length * NerFeatures.PerToken];
            NerFeatures.Extract(sentence.Text, sentence.Tokens, features, titles);
            var ids = new int[features.Length];
            for (var i = 0; i < features.Length; i++)
            {
                if (!index.TryGetValue(features[i], out var id))
                {
                    id = keys.Count;
                    index.Add(features[i], id);
                    keys.Add(features[i]);
                }
                ids[i] = id;
            }
            rows[s] = ids;
        }
        log?.Invoke($"{sentences.Count} sentences, {keys.Count} features, {t} tags");

        var runs = Enumerable.Range(0, Math.Max(1, options.Runs))
            .Select(r => new Run(new Averaged(keys.Count * t), new Averaged((t + 1) * t), Enumerable.Range(0, sentences.Count).ToArray(), new XorShift((ulong)(options.Seed + r))))
            .ToArray();
        TrainingResult? best = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var mistakes = 0;
            foreach (var run in runs)
                mistakes += Pass(sentences, rows, run);
            if (devScore is null && epoch < options.Epochs)
            {
                log?.Invoke($"epoch {epoch}: {mistakes} token errors");
                continue;
            }
            var model = Build(keys, runs, options.MinWeight);
            var score = devScore?.Invoke(model) ?? double.NaN;
            log?.Invoke($"epoch {epoch}: {mistakes} token errors" + (double.IsNaN(score) ? "" : $", dev {score:F4}"));
            if (best is null || double.IsNaN(score) || score > best.DevScore)
                best = new TrainingResult(model, epoch, score);
        }
        return best!;
    }

    private int Pass(IReadOnlyList<TrainingSentence> sentences, int[][] rows, Run run)
    {
        var t = tagSet.Count;
        var (weights, transitions, order) = (run.Weights, run.Transitions, run.Order);
        run.Random.Shuffle(order);
        var mistakes = 0;
        foreach (var s in order)
        {
            var gold = sentences[s].Tags;
            var n = gold.Length;
            if (n == 0)
                continue;
            var emissions = new float[n * t];
            for (var i = 0; i < n; i++)
                foreach (var id in rows[s].AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                    for (var k = 0; k < t; k++)
                        emissions[i * t + k] += weights.Current[id * t + k];
            var predicted = new int[n];
            Viterbi.Decode(tagSet, emissions, transitions.Current, predicted);
            for (var i = 0; i < n; i++)
            {
                var goldFrom = i == 0 ? tagSet.Start : gold[i - 1];
                var predFrom = i == 0 ? tagSet.Start : predicted[i - 1];
                if (gold[i] == predicted[i] && goldFrom == predFrom)
                    continue;
                transitions.Update(goldFrom * t + gold[i], 1f);
                transitions.Update(predFrom * t + predicted[i], -1f);
                if (gold[i] == predicted[i])
                    continue;
                mistakes++;
                foreach (var id in rows[s].AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                {
                    weights.Update(id * t + gold[i], 1f);
                    weights.Update(id * t + predicted[i], -1f);
                }
            }
            weights.Tick();
            transitions.Tick();
        }
        return mistakes;
    }

    private NerModel Build(List<uint> keys, Run[] runs, float minWeight)
    {
        var t = tagSet.Count;
        var averaged = Mean(runs.Select(r => r.Weights.Average()));
        var transitions = Mean(runs.Select(r => r.Transitions.Average()));
        var features = new List<KeyValuePair<uint, float[]>>(keys.Count);
        for (var f = 0; f < keys.Count; f++)
        {
            var row = averaged.AsSpan(f * t, t);
            var keep = false;
            foreach (var w in row)
                keep |= MathF.Abs(w) >= minWeight && w != 0f;
            if (keep)
                features.Add(new(keys[f], row.ToArray()));
        }
        return new NerModel(tagSet, NerFeatures.Version, transitions, features);
    }

    private static float[] Mean(IEnumerable<float[]> arrays)
    {
        float[]? sum = null;
        var count = 0;
        foreach (var a in arrays)
        {
            sum ??= new float[a.Length];
            for (var i = 0; i < a.Length; i++)
                sum[i] += a[i];
            count++;
        }
        for (var i = 0; i < sum!.Length; i++)
            sum[i] /= count;
        return sum;
    }

    /// <summary>One perceptron: its weights, its sentence order and its shuffler.</summary>
    private sealed class Run(Averaged weights, Averaged transitions, int[] order, XorShift random)
    {
        public Averaged Weights { get; } = weights;
        public Averaged Transitions { get; } = transitions;
        public int[] Order { get; } = order;
        public XorShift Random { get; } = random;
    }

    /// <summary>Weights with the running sums that averaging needs (Daumé's trick).</summary>
    private sealed class Averaged(int size)
    {
        private readonly double[] _total = new double[size];
        private long _step = 1;

        public float[] Current { get; } = new float[size];

        public void Update(int at, float delta)
        {
            Current[at] += delta;
            _total[at] += _step * delta;
        }

        public void Tick() => _step++;

        public float[] Average()
        {
            var result = new float[Current.Length];
            for (var i = 0; i < result.Length; i++)
                result[i] = (float)(Current[i] - _total[i] / _step);
            return result;
        }
    }

    /// <summary>A small deterministic generator, so that shuffles do not depend on the runtime's Random.</summary>
    private sealed class XorShift(ulong seed)
    {
        private ulong _state = seed * 0x9E3779B97F4A7C15ul + 0x632BE59BD9B4E019ul;

        public int Next(int bound)
        {
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            return (int)(_state % (ulong)bound);
        }

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
