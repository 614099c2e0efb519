namespace Lineage.Server.Security;

public static class SecurityExtensions
{
    /// <summary>First in the pipeline: security headers on every response, and no unhandled exception reaching the client.</summary>
    public static WebApplication UseLineageSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorShield>();
        return app;
    }
}
