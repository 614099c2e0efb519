using GraphQL;
using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A source document the dataset is built from.";
        this.AddNodeFields();
        Field<NonNullGraphType<StringGraphType>>("title").Argument<LangType>("lang").Resolve(c => c.Source.Title.In(c.Lang()));
        Field<NonNullGraphType<StringGraphType>>("file").Description("File name of the extracted text.").Resolve(c => c.Source.File);
        Field<StringGraphType>("publisher").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("date").Description("As precise as the document shows: 2007, 2007-10-25.").Resolve(c => c.Source.Date);
    }
}
