namespace NewsNlp.Samples.WebApi;

/// <summary>
/// Starts the sample API:
/// <c>dotnet run --project samples/WebApiSample -- --urls http://127.0.0.1:5080</c>, then
/// <c>curl -X POST http://127.0.0.1:5080/extract -H 'Content-Type: application/json' -d '{"text":"Sedikitnya 100 orang tewas."}'</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => ExtractApi.Build(args).Run();
}
