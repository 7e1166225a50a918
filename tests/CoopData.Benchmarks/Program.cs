using BenchmarkDotNet.Running;

namespace CoopData.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--sizes") return SizeReport.Run();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchConfig());
        return 0;
    }
}
