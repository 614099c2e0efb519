using Lineage.Rendering.Loading;
using Lineage.Rendering.Text;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Scenes;

/// <summary>The one way from an answer to a scene.</summary>
public static class Pictures
{
    /// <param name="maxPrograms">Past this many programs the picture groups them by ministry.</param>
    public static Scene Scene(PictureAnswer answer, int maxPrograms = DiagramBuilder.MaxPrograms) =>
        SceneComposer.Compose(DiagramBuilder.Build(answer, maxPrograms), answer, Theme.For(answer.Question.Theme), TextMeasure.Shared);
}
