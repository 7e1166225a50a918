using BenchmarkDotNet.Running;

namespace CoopData.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "--dump-facts") return FactsDump.Run(args);
        if (args.Length > 0 && args[0] == "--stages") return StageProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
        if (args.Length > 0 && args[0] == "--sizes") return SizeReport.Run();
        if (args.Length > 0 && args[0] == "--profile-files") return ProfileFiles.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 0 && args[0] == "--profile-steps") return ProfileSteps.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000, args.Length > 2 && args[2] == "csharp");
        if (args.Length > 0 && args[0] == "--profile-weights") return ProfileWeights.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 0 && args[0] == "--profile-cpu") return ProfileCpu.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 0 && args[0] == "--profile-edits") return ProfileEdits.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
        if (args.Length > 0 && args[0] == "--profile-merge") return ProfileMerge.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 0 && args[0] == "--compile-split") return CompileSplit.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
        if (args.Length > 0 && args[0] == "--first-access") return FirstAccessProbe.Run();
        if (args.Length > 0 && args[0] == "--profile") return Profile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchConfig());
        return 0;
    }
}
