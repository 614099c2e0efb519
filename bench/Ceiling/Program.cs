// The headline answer as fixed bytes: what Kestrel + routing cost with no GraphQL and no store.
var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "headline-answer.json"));
var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapPost("/graphql", () => Results.Bytes(body, "application/json"));
app.Run();
