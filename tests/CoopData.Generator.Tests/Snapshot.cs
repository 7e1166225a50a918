using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace CoopData.Generator.Tests;

/// <summary>
/// Approval-style snapshots: the text must equal <c>Snapshots/NAME.verified.cs</c>. A mismatch writes
/// <c>NAME.received.cs</c> beside it and fails; set COOPDATA_ACCEPT_SNAPSHOTS=1 to accept the new text.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        string verified = Path.Combine(folder, name + ".verified.cs");
        string received = Path.Combine(folder, name + ".received.cs");
        string expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : "";
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("COOPDATA_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot '{name}' differs from {verified}. Compare it with {received}; to accept, rerun with COOPDATA_ACCEPT_SNAPSHOTS=1.");
    }
}
