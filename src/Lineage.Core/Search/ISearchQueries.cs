namespace Lineage.Core.Search;

/// <summary>Store capability: find nodes by part of a name, in Japanese or English.</summary>
public interface ISearchQueries
{
    /// <summary>The best matches first (see <see cref="SearchMatch"/>), then shorter names, then by id.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
