using System.Runtime.CompilerServices;

// The widget tests call the renderer and the pages' helpers directly.
[assembly: InternalsVisibleTo("Lineage.Widgets.Tests")]
