using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using NegotiationSim.Experiments.Results;

namespace NegotiationSim.Experiments.Shards;

/// <summary>
/// A shard's partial results folder (docs/outputs.md, "Partial folders"): shard.json, accumulators.bin, inputs/
/// (the experiment files read) and, with --save-replicates, tables/ with the shard's replicates. It is written through
/// a <see cref="ResultsFolder"/> (staging and rename), so a shard that fails leaves no folder the merge could take
/// for finished.
/// </summary>
public static class PartialFolder
{
    /// <summary>The manifest's file name; a folder holding it is a partial folder.</summary>
    public const string ManifestFile = "shard.json";

    /// <summary>Where the experiment files read are copied.</summary>
    public const string InputsFolder = "inputs";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Serialises a command's options for <see cref="ShardManifest.Options"/>.</summary>
    public static JsonElement OptionsJson<T>(T options) => JsonSerializer.SerializeToElement(options, Json);

    /// <summary>Reads options saved by <see cref="OptionsJson{T}"/>.</summary>
    /// <exception cref="ShardException">They do not fit <typeparamref name="T"/> (a folder from another version would have been refused before).</exception>
    public static T Options<T>(JsonElement options)
    {
        try { return options.Deserialize<T>(Json) ?? throw new JsonException("null options"); }
        catch (JsonException e) { throw new ShardException($"cannot read the command's options from shard.json: {e.Message}"); }
    }

    /// <summary>
    /// The identity of a run (see <see cref="ShardManifest.ExperimentSha256"/>): SHA-256 of the command, the options
    /// JSON with seed, shard, folder, force and threads left out, and the inputs' hashes.
    /// </summary>
    /// <param name="command">"run", "compare" or "sweep".</param>
    /// <param name="identityOptions">The options with everything that does not change the results set to its default.</param>
    /// <param name="inputs">The experiment files read.</param>
    public static string Identity<T>(string command, T identityOptions, IReadOnlyList<ShardInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string text = command + "\n" + JsonSerializer.Serialize(identityOptions, Json) + "\n" + string.Join("\n", inputs.Select(i => i.Path + " " + i.Sha256));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Describes an input file for <see cref="ShardManifest.Inputs"/>; <paramref name="index"/> numbers its copy.</summary>
    public static ShardInput Input(int index, string path, byte[] content) =>
        new(path, $"{index + 1}-{Path.GetFileName(path)}", Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>Writes shard.json, accumulators.bin and inputs/ into the (staging) folder; the caller commits it.</summary>
    /// <param name="folder">The partial folder being written.</param>
    /// <param name="manifest">Its manifest.</param>
    /// <param name="inputs">The input files' bytes, in the order of <see cref="ShardManifest.Inputs"/>.</param>
    /// <param name="accumulators">The shard's raw accumulator arrays.</param>
    public static void Write(ResultsFolder folder, ShardManifest manifest, IReadOnlyList<byte[]> inputs, IReadOnlyList<long[]> accumulators)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(inputs);
        for (int i = 0; i < inputs.Count; i++) File.WriteAllBytes(folder.PathOf(Path.Combine(InputsFolder, manifest.Inputs[i].File)), inputs[i]);
        AccumulatorFile.Write(folder.PathOf(AccumulatorFile.FileName), accumulators);
        // shard.json last: it is what makes the folder a partial folder.
        File.WriteAllText(folder.PathOf(ManifestFile), JsonSerializer.Serialize(manifest, Json) + "\n");
    }

    /// <summary>Reads the partial folder <paramref name="folder"/>'s manifest.</summary>
    /// <exception cref="ShardException">It is not a partial folder or its shard.json cannot be read.</exception>
    public static PartialShard Read(string folder)
    {
        string path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path)) throw new ShardException($"'{folder}' is not a shard's partial folder: it has no {ManifestFile}");
        ShardManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<ShardManifest>(File.ReadAllText(path), Json); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            throw new ShardException($"cannot read '{path}': {e.Message}");
        }
        if (manifest is null || manifest.Format != ShardManifest.CurrentFormat)
            throw new ShardException($"'{path}' is not a negsim shard manifest of format {ShardManifest.CurrentFormat} (it says {manifest?.Format ?? "nothing"})");
        return new PartialShard(folder, manifest);
    }

    /// <summary>
    /// The partial folders named by <paramref name="paths"/>: each is a partial folder itself, or a folder whose
    /// subfolders are (e.g. the --out folder of a job array), taken in name order.
    /// </summary>
    /// <exception cref="ShardException">A path is neither.</exception>
    public static IReadOnlyList<PartialShard> Find(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var shards = new List<PartialShard>();
        foreach (var path in paths)
        {
            if (File.Exists(Path.Combine(path, ManifestFile))) { shards.Add(Read(path)); continue; }
            if (!Directory.Exists(path)) throw new ShardException($"'{path}': no such folder");
            var inside = Directory.GetDirectories(path).Where(d => File.Exists(Path.Combine(d, ManifestFile)))
                .Order(StringComparer.Ordinal).ToList();
            if (inside.Count == 0) throw new ShardException($"'{path}' is not a shard's partial folder and holds none (no {ManifestFile} in it or its subfolders)");
            shards.AddRange(inside.Select(Read));
        }
        return shards;
    }
}
