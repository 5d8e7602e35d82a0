using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>Templates and materials, implemented by the host over its catalogue.</summary>
public interface ICatalogueTools
{
    /// <summary>The published templates.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    Task<IReadOnlyList<TemplateSummary>> ListTemplatesAsync(CopilotUser user, CancellationToken cancellationToken);

    /// <summary>One template with its routing at the default parameters; null when unknown.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="templateId">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template, or null.</returns>
    Task<TemplateDetails?> GetTemplateAsync(CopilotUser user, string templateId, CancellationToken cancellationToken);

    /// <summary>The factory's materials.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The materials.</returns>
    Task<IReadOnlyList<MaterialInfo>> ListMaterialsAsync(CopilotUser user, CancellationToken cancellationToken);
}
