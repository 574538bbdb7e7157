using System.Threading.Channels;
using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Pipeline;

/// <summary>What became of one input item: a processed document, or an error naming the input.</summary>
/// <typeparam name="T">The processed form of a document.</typeparam>
internal readonly record struct Outcome<T>(InputDocument? Document, T? Value, InputError? Error, long Bytes);

/// <summary>Counters a run exposes (tests use them to check that memory stays bounded).</summary>
internal sealed class PipelineStats
{
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>The most documents ever held at once between reading and writing.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>The bound the pipeline promises for <see cref="MaxInFlight"/>.</summary>
    public int Window { get; internal set; }

    /// <summary>Items handed to the consumer so far.</summary>
    public long Consumed { get; private set; }

    /// <summary>Test hook: called on the consumer's thread after each item, with <see cref="Consumed"/>.</summary>
    internal Action<long>? OnConsumed { get; init; }

    internal void Done()
    {
        Consumed++;
        OnConsumed?.Invoke(Consumed);
    }

    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }
    }

    internal void Leave() => Interlocked.Decrement(ref _inFlight);
}

/// <summary>
/// Runs a function over a stream of input items on several threads and hands the outcomes to a
/// single consumer in input order. Memory is bounded: a reader thread pulls items lazily and may run
/// at most <see cref="PipelineStats.Window"/> items ahead of the consumer (a bounded channel of
/// ordered slots), so a 10 GB input streams through a few documents at a time.
/// </summary>
internal static class OrderedPipeline
{
    private sealed class Slot<T>(InputItem item)
    {
        public InputItem Item { get; } = item;

        public TaskCompletionSource<Outcome<T>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Processes <paramref name="items"/> with <paramref name="process"/> on <paramref name="threads"/> workers and
    /// calls <paramref name="consume"/> in input order. Returns when everything is consumed; throws
    /// <see cref="OperationCanceledException"/> when cancelled, and rethrows what <paramref name="consume"/> throws
    /// (the workers and reader are then stopped).
    /// </summary>
    public static async Task RunAsync<T>(
        IEnumerable<InputItem> items,
        Func<InputDocument, CancellationToken, T> process,
        Func<Outcome<T>, ValueTask> consume,
        int threads,
        PipelineStats stats,
        CancellationToken cancellationToken)
    {
        threads = Math.Max(1, threads);
        stats.Window = Math.Max(8, threads * 4);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var ordered = Channel.CreateBounded<Slot<T>>(new BoundedChannelOptions(stats.Window) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<Slot<T>>(new BoundedChannelOptions(stats.Window) { SingleWriter = true });

        var reader = Task.Factory.StartNew(() => Produce(items, ordered.Writer, work.Writer, stats, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
            workers[i] = Task.Run(() => WorkAsync(work.Reader, process, token), token);

        var completed = false;
        try
        {
            await foreach (var slot in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                var outcome = await slot.Done.Task.WaitAsync(token).ConfigureAwait(false);
                stats.Leave();
                await consume(outcome).ConfigureAwait(false);
                stats.Done();
            }
            token.ThrowIfCancellationRequested();
            completed = true;
        }
        finally
        {
            if (!completed)
                stop.Cancel();
        }
        // Normal end: the reader has completed both channels and the workers drain out.
        await reader.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private static void Produce<T>(IEnumerable<InputItem> items, ChannelWriter<Slot<T>> ordered, ChannelWriter<Slot<T>> work, PipelineStats stats, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            using var enumerator = items.GetEnumerator();
            while (true)
            {
                token.ThrowIfCancellationRequested();
                InputItem item;
                try
                {
                    if (!enumerator.MoveNext())
                        break;
                    item = enumerator.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An input failed in a way the reader did not foresee: report it and stop reading.
                    item = InputItem.Fail("input", null, "reading stopped: " + e.Message);
                    failure = e;
                }
                var slot = new Slot<T>(item);
                WriteBlocking(ordered, slot, token);
                stats.Enter();
                if (item.Document is not null)
                    WriteBlocking(work, slot, token);
                else
                    slot.Done.SetResult(new Outcome<T>(null, default, item.Error, item.Bytes));
                if (failure is not null)
                    break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            work.TryComplete();
            ordered.TryComplete();
        }
    }

    private static void WriteBlocking<T>(ChannelWriter<T> writer, T value, CancellationToken token)
    {
        while (!writer.TryWrite(value))
        {
            if (!writer.WaitToWriteAsync(token).AsTask().GetAwaiter().GetResult())
                throw new OperationCanceledException(token);
        }
    }

    private static async Task WorkAsync<T>(ChannelReader<Slot<T>> work, Func<InputDocument, CancellationToken, T> process, CancellationToken token)
    {
        try
        {
            await foreach (var slot in work.ReadAllAsync(token).ConfigureAwait(false))
            {
                var document = slot.Item.Document!;
                try
                {
                    var value = process(document, token);
                    slot.Done.TrySetResult(new Outcome<T>(document, value, null, slot.Item.Bytes));
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    slot.Done.TrySetCanceled(token);
                    return;
                }
                catch (Exception e)
                {
                    slot.Done.TrySetResult(new Outcome<T>(document, default, new InputError(document.Id, null, ExplainFailure(e)), slot.Item.Bytes));
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private static string ExplainFailure(Exception e) => e switch
    {
        DocumentTooLargeException => "document is over the --max-doc-size limit",
        _ => $"extraction failed ({e.GetType().Name}: {e.Message})",
    };
}
