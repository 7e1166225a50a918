using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace CoopData.Package.Tests;

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}

/// <summary>
/// Packs the CoopData package, references it from a fresh console project with a folder of
/// articles, builds and runs a LINQ query over the generated data; then edits an article,
/// rebuilds and checks that the data followed. A private NUGET_PACKAGES folder and a fresh
/// version per run make sure the package under test is the one just packed.
/// </summary>
public sealed class PackageEndToEndTests : IDisposable
{
    private static readonly string Repo = typeof(PackageEndToEndTests).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;
    private readonly string _work = Directory.CreateTempSubdirectory("coopdata-e2e-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void A_new_project_builds_typed_data_from_articles_and_regenerates_when_one_changes()
    {
        string version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        string feed = Path.Combine(_work, "feed");
        string packages = Path.Combine(_work, "packages");
        string app = Path.Combine(_work, "app");

        Dotnet(Repo, packages, "pack", Path.Combine(Repo, "src", "CoopData", "CoopData.csproj"), "-c", "Release", "-o", feed, $"-p:CoopDataVersion={version}");
        var nupkg = Assert.Single(Directory.GetFiles(feed, "CoopData.*.nupkg"));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("lib/netstandard2.0/CoopData.dll", entries);
            Assert.Contains("lib/net10.0/CoopData.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/CoopData.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/CoopData.Extraction.dll", entries);
            Assert.Contains("buildTransitive/CoopData.props", entries);
            Assert.Contains("buildTransitive/CoopData.targets", entries);
        }

        Directory.CreateDirectory(Path.Combine(app, "seeds"));
        foreach (var seed in Directory.GetFiles(Path.Combine(Repo, "seeds"), "*.txt"))
            File.Copy(seed, Path.Combine(app, "seeds", Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CoopData" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System;
            using System.Linq;
            using CoopData.Generated;

            var since = Partnerships.All
                .Where(p => p.Parties.Contains(Cities.Hanoi))
                .Where(p => p.Since is not null)
                .Select(p => $"{string.Join("+", p.Parties.Select(c => c.Name))}:{p.Since}");
            Console.WriteLine("articles=" + Articles.All.Count);
            Console.WriteLine("since=" + string.Join(",", since));
            """);

        string first = Dotnet(app, packages, "run", "-c", "Release");
        Assert.Contains("articles=5", first);
        Assert.Contains("Hanoi+Toulouse:1996", first.Replace("Toulouse+Hanoi", "Hanoi+Toulouse"));

        string article = Directory.GetFiles(Path.Combine(app, "seeds"), "000_*.txt").Single();
        File.WriteAllText(article, File.ReadAllText(article).Replace("established ties in 1996", "established ties in 1994"));

        string second = Dotnet(app, packages, "run", "-c", "Release");
        Assert.Contains("Hanoi+Toulouse:1994", second.Replace("Toulouse+Hanoi", "Hanoi+Toulouse"));

        // A binary file among the articles (the compiler refuses it, CS2015) is a warning; the build and the data stand.
        File.WriteAllBytes(Path.Combine(app, "seeds", "999_binary.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0xFF, 0xFE });
        string third = Dotnet(app, packages, "run", "-c", "Release");
        Assert.Contains("COOP001", third);
        Assert.Contains("999_binary.txt", third);
        Assert.Contains("articles=5", third);
    }

    private static string Dotnet(string workingDirectory, string nugetPackages, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NUGET_PACKAGES"] = nugetPackages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} timed out:\n{output}");
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {process.ExitCode}:\n{output}");
        return output.ToString();
    }
}
