using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Compare;

/// <summary>A small experiment with variants, and helpers to read and run it.</summary>
internal static class CompareFiles
{
    public const string Source = "experiments/compare-test.json";

    /// <summary>Three parties (a bloc of two and one with an outside option), two items, two meetings; one variant of every kind.</summary>
    public const string WithVariants = """
        {
          "name": "toy",
          "description": "a three-party toy with an outside option",
          "seed": 5,
          "runs": 4000,
          "items": [ { "id": "x", "statusQuo": 0.5 }, { "id": "y", "statusQuo": { "uniform": [0.4, 0.6] } } ],
          "parties": [
            { "id": "a", "capability": 1, "concession": { "exponent": { "pert": [0.3, 0.8, 2] } }, "acceptanceTemperature": 0.02,
              "positions": { "x": { "ideal": { "pert": [0.05, 0.1, 0.2] }, "salience": 1 }, "y": { "ideal": 0.2, "salience": 0.5 } } },
            { "id": "b", "capability": 1, "positions": { "x": { "ideal": 0.3, "salience": 0.5 }, "y": { "ideal": 0.3, "salience": 1 } } },
            { "id": "c", "capability": 1.5, "concession": { "exponent": { "uniform": [0.2, 1.5] } }, "walkoutHazard": 0.05,
              "attendance": { "beta": [8, 2] }, "outsideOption": { "pert": [0.3, 0.5, 0.7] },
              "positions": { "x": { "ideal": 0.9, "salience": 0.5 }, "y": { "ideal": { "pert": [0.7, 0.8, 0.9] }, "salience": 1 } } }
          ],
          "blocs": [ { "id": "ab", "members": ["a", "b"], "cohesion": 0.8 } ],
          "meetings": [
            { "id": "m1", "participants": ["a", "b", "c"], "items": ["x"], "rounds": 10 },
            { "id": "m2", "participants": ["a", "b", "c"], "items": ["y"], "rounds": 10 }
          ],
          "escalation": { "temperature": 0.05 },
          "variants": [
            { "name": "same", "description": "sets a value to what it already is", "set": { "parties.a.capability": 1 } },
            { "name": "tempting", "description": "a better outside option for c", "set": { "parties.c.outsideOption": { "pert": [0.5, 0.65, 0.8] } } },
            { "name": "apart", "description": "no bloc", "set": { "blocs.ab": null } },
            { "name": "prelude", "description": "a bilateral meeting first",
              "insert": [ { "into": "meetings", "before": "m1", "value": { "id": "m0", "participants": ["a", "c"], "items": ["x", "y"], "settlement": "itemByItem" } } ] }
          ]
        }
        """;

    public static Experiment Read(string json = WithVariants) => ExperimentReader.Read(json, Source);

    /// <summary>Writes <paramref name="json"/> to a file in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string json = WithVariants, string name = "toy.json")
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
