using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Json;

namespace NewsNlp.Samples.WebApi;

/// <summary>A minimal API around one shared <see cref="NewsPipeline"/>: <c>POST /extract</c>.</summary>
public static class ExtractApi
{
    /// <summary>Largest request body accepted, in bytes; larger requests get 413.</summary>
    public const long MaxBodyBytes = 1_000_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the app; <paramref name="args"/> may carry <c>--urls http://127.0.0.1:5000</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        NewsPipeline.Default.WarmUp(); // models load while the host starts, not in the first request
        builder.Services.AddSingleton(NewsPipeline.Default);
        var app = builder.Build();
        app.MapPost("/extract", HandleAsync);
        return app;
    }

    // Body: {"text": "...", "id": "optional", "date": "YYYY-MM-DD optional"} as application/json, or the bare text as text/plain.
    private static async Task HandleAsync(HttpContext context, NewsPipeline pipeline)
    {
        string text;
        string? id = null;
        DateOnly? date = null;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var json = JsonDocument.Parse(body.ToArray());
                if (json.RootElement.ValueKind != JsonValueKind.Object ||
                    !json.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    await Problem(context, 400, "The JSON body must be an object with a string \"text\".");
                    return;
                }
                text = textElement.GetString()!;
                if (json.RootElement.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
                    id = idElement.GetString();
                if (json.RootElement.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
                {
                    if (!DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", out var parsed))
                    {
                        await Problem(context, 400, "\"date\" must be YYYY-MM-DD.");
                        return;
                    }
                    date = parsed;
                }
            }
            else
            {
                text = System.Text.Encoding.UTF8.GetString(body.ToArray());
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Problem(context, 413, $"The request body is larger than {MaxBodyBytes} bytes.");
            return;
        }
        catch (JsonException e)
        {
            await Problem(context, 400, "Malformed JSON: " + e.Message);
            return;
        }

        var result = pipeline.Extract(text, pipeline.Options with { ReferenceDate = date }, context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions);
        SpecJson.WriteResult(writer, id, result);
        await writer.FlushAsync(context.RequestAborted);
    }

    private static async Task Problem(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("status", status);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }
}
