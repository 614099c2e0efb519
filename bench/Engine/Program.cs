using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Engine -- --filter '*'    (BenchmarkDotNet's own options: --help)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
