using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore : ISearchQueries
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var result = await _client.RunAsync(Statements.Search.Text,
            Params(
                ("text", query.Normalized),
                ("terms", query.Terms),
                ("prefixes", (query.Kinds ?? []).Distinct().Select(k => NodeKinds.Prefix(k) + ":").ToList()),
                ("limit", query.First)),
            AccessMode.Read, cancellationToken);
        return result.Records
            .Select(r => new SearchHit(
                ReadNode(r.GetString("id"), r.GetString("json")),
                (SearchMatch)r.GetInt64("rank"),
                r.GetString("name") ?? ""))
            .ToList();
    }
}
