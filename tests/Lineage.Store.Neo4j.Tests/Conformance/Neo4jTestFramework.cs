using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Lineage.Store.Neo4j.Tests.Conformance.Neo4jTestFramework", "Lineage.Store.Neo4j.Tests")]

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// xunit 2 decides skipping at discovery, from attributes; the conformance tests are inherited from
/// StoreConformance, whose [Fact]s and [Theory]s know nothing of Neo4j. This discoverer reports each test of a
/// [RequiresNeo4j] class as skipped, with the reason, when no Neo4j is configured; everything else is discovered as usual.
/// </summary>
public sealed class Neo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sources, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, sources, sink)
    {
        private int _announced;

        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var reason = RequiresNeo4jAttribute.SkipReason;
            if (reason is null
                || !testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any()
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);

            // The console logger shows no skip reasons at normal verbosity; the diagnostic line puts it in CI's output.
            if (Interlocked.Exchange(ref _announced, 1) == 0)
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"Neo4j conformance suites skipped: {reason}"));
            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
