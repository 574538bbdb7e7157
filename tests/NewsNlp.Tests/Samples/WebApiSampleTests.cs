using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using NewsNlp.Samples.WebApi;

namespace NewsNlp.Tests.Samples;

/// <summary>The minimal API sample, started on a free loopback port and called over real HTTP.</summary>
[NonParallelizable]
public class WebApiSampleTests
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = ExtractApi.Build(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task ExtractReturnsTheSpecJson()
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = "a1",
            ["text"] = "Sebanyak 25 relawan dikirim ke Palu, Senin (1/10/2018).",
            ["date"] = "2018-10-01",
        });
        using var response = await _client.PostAsync("/extract", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("a1"));
        Assert.That(root.GetProperty("date").GetString(), Is.EqualTo("2018-10-01"));
        Assert.That(root.GetProperty("entities").ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(root.GetProperty("claims").ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public async Task PlainTextBodyIsAccepted()
    {
        using var content = new StringContent("Harga cabai naik 20 persen.", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await _client.PostAsync("/extract", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("{\"text\": ")]
    [TestCase("[1, 2, 3]")]
    [TestCase("{\"txt\": \"tanpa teks\"}")]
    [TestCase("{\"text\": \"ok\", \"date\": \"31/12/2024\"}")]
    public async Task MalformedRequestGetsAClear400(string body)
    {
        using var response = await _client.PostAsync("/extract", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("error").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task OversizedRequestGets413()
    {
        var big = new string('a', (int)ExtractApi.MaxBodyBytes + 10);
        using var content = new StringContent(big, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        // Expect: 100-continue, as a client sending a large body should: the server refuses before the body is sent. Without
        // it the client may still be uploading when the server answers and closes, and a loaded machine then sees the
        // connection reset instead of the 413.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/extract") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await _client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }
}
