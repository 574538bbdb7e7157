using NewsNlp.Samples.WebApi;

// dotnet run --project samples/WebApiSample -- --urls http://127.0.0.1:5080
// curl -X POST http://127.0.0.1:5080/extract -H 'Content-Type: application/json' -d '{"text":"Sedikitnya 100 orang tewas."}'
ExtractApi.Build(args).Run();
