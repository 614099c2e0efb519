using System.Diagnostics;
using System.Reflection;
using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Lineage.Core.Telemetry;

namespace Lineage.Server.Observability;

/// <summary>
/// One span per call of the store port and its capability ports, whatever the store: each registration is wrapped in
/// a proxy that starts a span named after the method (store QueryLineageAsync) and ends it with the call's task.
/// A proxy rather than a hand-written decorator, so a method added to a port is traced without another line here.
/// </summary>
internal static class StoreTracing
{
    private static readonly Type[] Ports = [typeof(ILineageStore), typeof(IEntityQueries), typeof(IFlowQueries), typeof(ISearchQueries), typeof(ILineageBatchQueries)];

    public static IServiceCollection AddStoreTracing(this IServiceCollection services)
    {
        foreach (var port in Ports)
        {
            var registration = services.LastOrDefault(d => d.ServiceType == port);
            if (registration is null) continue;
            services.Remove(registration);
            var create = typeof(StoreTracing).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(port);
            services.Add(new ServiceDescriptor(port, sp => create.Invoke(null, [Resolve(sp, registration), StoreName(sp)])!, registration.Lifetime));
        }
        return services;
    }

    private static object Resolve(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!);

    private static string StoreName(IServiceProvider sp) =>
        sp.GetService<IConfiguration>()?["Lineage:Store"]?.Trim().ToLowerInvariant() ?? "sqlite";

    private static T Wrap<T>(T inner, string store) where T : class
    {
        var proxy = DispatchProxy.Create<T, TracingProxy>();
        var tracing = (TracingProxy)(object)proxy;
        tracing.Inner = inner;
        tracing.Store = store;
        return proxy;
    }
}

/// <summary>The proxy behind <see cref="StoreTracing"/>; public and unsealed because DispatchProxy derives from it.</summary>
public class TracingProxy : DispatchProxy
{
    internal object Inner { get; set; } = null!;
    internal string Store { get; set; } = "";

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var previous = Activity.Current;
        var started = Stopwatch.GetTimestamp();
        // Without a listener there is no span, and the name would be built for nothing on every call.
        var span = LineageTelemetry.Source.HasListeners() ? LineageTelemetry.Source.StartActivity($"store {targetMethod.Name}", ActivityKind.Client) : null;
        span?.SetTag("db.system.name", Store);
        span?.SetTag("db.operation.name", targetMethod.Name);
        object? result;
        try
        {
            result = targetMethod.Invoke(Inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            End(span, started, targetMethod.Name, e.InnerException);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            // The call's own async work keeps the span as its parent; the caller goes on with its own.
            if (span is not null) Activity.Current = previous;
        }
        if (result is Task { IsCompleted: false } task)
            task.ContinueWith(t => End(span, started, targetMethod.Name, t.Exception?.GetBaseException()), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        else
            End(span, started, targetMethod.Name, (result as Task)?.Exception?.GetBaseException()); // done already (a kept version, a cached node): no continuation to allocate
        return result;
    }

    private void End(Activity? span, long started, string operation, Exception? error)
    {
        if (error is not null) span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        span?.SetTag("error.type", error?.GetType().FullName);
        span?.Dispose();
        LineageTelemetry.StoreCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("db.system.name", Store), new KeyValuePair<string, object?>("db.operation.name", operation));
    }
}
