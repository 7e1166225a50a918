using System.IO;

namespace CoopData.Extraction.Tests;

/// <summary>The repo's seed articles (copied next to the test assembly at build time).</summary>
internal static class SeedArticles
{
    public static string Folder => Path.Combine(System.AppContext.BaseDirectory, "seeds");

    public static string Read(string stem) => File.ReadAllText(Path.Combine(Folder, stem + ".txt"));
}
