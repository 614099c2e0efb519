using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Store.Sqlite.Sql;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : ISearchQueries
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        return await ReadAsync(async reader =>
        {
            var cmd = reader.Command(SqlText.Get("search.sql"));
            cmd.Parameters.AddWithValue("$text", query.Normalized);
            cmd.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(query.Terms));
            cmd.Parameters.AddWithValue("$kinds", JsonSerializer.Serialize((query.Kinds ?? []).Select(k => k.ToString())));
            cmd.Parameters.AddWithValue("$limit", query.First);
            var hits = new List<SearchHit>();
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                hits.Add(new SearchHit(NodeReader.ReadStored(Enum.Parse<NodeKind>(r.GetString(0)), r.GetString(1)), (SearchMatch)r.GetInt32(2), r.GetString(3)));
            return (IReadOnlyList<SearchHit>)hits;
        }, cancellationToken);
    }
}
