using Lineage.Server.Widgets;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Hosting;

/// <summary>The widget settings' own rules (<see cref="WidgetOptions.Problems"/>), checked at start like every setting.</summary>
internal sealed class WidgetOptionsValidator : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
