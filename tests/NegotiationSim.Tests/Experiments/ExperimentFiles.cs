using NegotiationSim.Diagnostics;
using NegotiationSim.Experiments;

namespace NegotiationSim.Tests.Experiments;

/// <summary>Small experiment files for the reader tests, and helpers to break them one mistake at a time.</summary>
internal static class ExperimentFiles
{
    public const string Source = "experiments/test.json";

    /// <summary>Only the required keys: everything else takes the documented default.</summary>
    public const string Minimal = """
        {
          "name": "minimal",
          "items": [ { "id": "ukraine", "statusQuo": 0.3 }, { "id": "nato", "statusQuo": 0.5 } ],
          "parties": [
            { "id": "russia", "positions": { "ukraine": { "ideal": 0.9, "salience": 1 } } },
            { "id": "usa", "positions": { "ukraine": { "ideal": 0.1, "salience": 0.5 }, "nato": { "ideal": 0.2, "salience": 2 } } }
          ],
          "meetings": [ { "id": "geneva", "participants": ["russia", "usa"], "items": ["ukraine", "nato"] } ]
        }
        """;

    /// <summary>Every key of docs/configuration.md set to a non-default value, with comments and rationales.</summary>
    public const string Full = """
        // A made-up scenario that sets every key, so the mapping of each one is checked.
        {
          "$schema": "../docs/experiment.schema.json",
          "name": "full",
          "description": "Every setting written out.",
          "why": "tests",
          "seed": 42,
          "runs": 5000,
          "lossExponent": 2,
          "items": [
            { "id": "ukraine", "name": "Ukraine's alignment", "low": "Russian sphere", "high": "Western integration",
              "statusQuo": { "uniform": [0.4, 0.6], "why": "contested" } },
            { "id": "nato", "statusQuo": 0.5 } /* enlargement */
          ],
          "parties": [
            {
              "id": "russia", "name": "Russia",
              "capability": 2.5,
              "reservationUtility": { "beta": [2, 5] },
              "concession": { "exponent": { "triangular": [0.2, 0.5, 1] }, "initial": 0.05, "why": "Boulware" },
              "acceptanceTemperature": 0.02,
              "walkoutHazard": 0.01,
              "attendance": 0.9,
              "trustSensitivity": 3,
              "hardening": -0.05,
              "outsideOption": { "pert": [0.2, 0.35, 0.6] },
              "linkage": [ { "items": ["nato"], "on": ["ukraine"], "holds": { "beta": [8, 2] }, "why": "not a menu" } ],
              "walkoutRate": 0.02,
              "positions": {
                "why": "Kremlin statements",
                "ukraine": { "ideal": 0.05, "salience": 1, "redLine": [0, 0.4], "tradeable": true },
                "nato": { "ideal": { "truncatedNormal": [0.1, 0.1, 0, 1] }, "salience": { "choice": [0.5, 1], "weights": [1, 3] } }
              }
            },
            { "id": "usa", "positions": { "ukraine": { "ideal": 0.8, "salience": 0.7 } } },
            { "id": "uk", "positions": { "nato": { "ideal": 0.9, "salience": 0.3 } } },
            { "id": "france", "name": "France", "like": "uk", "capability": 1.5, "positions": { "nato": { "ideal": 0.7 } } },
            { "id": "germany", "like": "uk", "why": "a member defined by its template" },
            { "id": "poland", "consent": ["nato"], "positions": { "nato": { "ideal": 1, "salience": 0.5 } } },
            { "id": "turkey", "mediator": true, "attendance": 0.8 }
          ],
          "blocs": [
            { "id": "west", "members": ["usa", "uk"], "cohesion": 0.8, "rule": "leader" },
            { "id": "europe", "members": ["france", "germany"], "rule": "weighted", "threshold": 0.6, "offer": "common" }
          ],
          "meetings": [
            { "id": "geneva", "name": "Geneva talks", "participants": ["usa", "russia"], "items": ["ukraine"],
              "rounds": 12, "settlement": "itemByItem", "protocol": "alternatingOffers",
              "date": "2022-01-10", "hours": 8, "format": "talks" },
            { "id": "brussels", "participants": ["russia", "usa", "uk"], "items": ["nato", "ukraine"] }
          ],
          "trust": { "initial": 0.3, "gainOnAgreement": 0.05, "lossOnFailure": 0.15, "lossOnWalkout": 0.25 },
          "escalation": { "temperature": 0.1, "date": "2022-02-24" },
          "war": {
            "initiators": ["russia"],
            "prevails": { "start": 0.4, "end": { "pert": [0.5, 0.6, 0.7] }, "from": "2021-12-15", "to": "2022-02-20" },
            "ifPrevails": { "ukraine": 0.1 },
            "ifFails": { "ukraine": { "uniform": [0.8, 1] }, "why": "judgement" },
            "costs": { "russia": 0.1, "usa": { "pert": [0.02, 0.05, 0.1] } },
            "types": {
              "russia": { "priorResolute": 0.5, "extraCost": { "uniform": [0.1, 0.3] },
                "mobilises": { "resolute": 0.9, "irresolute": 0.5 }, "beliefs": { "usa": 0.3, "why": "misperception" },
                "beliefsFromTrust": true, "known": false }
            }
          },
          "bargaining": { "proposer": "random", "acceptance": "perNegotiation", "shadowOfWar": true, "offersStopAtStatusQuo": true },
          "sequence": { "endOnDecline": false, "endOnWalkout": false }
        }
        """;

    /// <summary><paramref name="json"/> with the single occurrence of <paramref name="old"/> replaced; fails the test if it is not unique.</summary>
    public static string With(this string json, string old, string replacement)
    {
        int at = json.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the file");
        Assert.True(json.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' is in the file more than once");
        return string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + old.Length));
    }

    /// <summary>All errors of <paramref name="json"/> (asserting the reader also refuses it by exception).</summary>
    public static IReadOnlyList<UserError> Errors(string json)
    {
        var errors = ExperimentReader.Validate(json, Source);
        var thrown = Assert.Throws<ExperimentException>(() => ExperimentReader.Read(json, Source));
        Assert.Equal(errors, thrown.Errors);
        Assert.NotEmpty(errors);
        return errors;
    }

    /// <summary>The one error of <paramref name="json"/> at <paramref name="path"/>.</summary>
    public static UserError ErrorAt(string json, string path)
    {
        var errors = Errors(json);
        var matching = errors.Where(e => e.Path == path).ToList();
        Assert.True(matching.Count == 1, $"expected one error at '{path}', got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        return matching[0];
    }

    /// <summary>The only error of <paramref name="json"/>; fails if there are others.</summary>
    public static UserError OnlyError(string json)
    {
        var errors = Errors(json);
        Assert.True(errors.Count == 1, $"expected exactly one error, got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        return errors[0];
    }

    /// <summary>
    /// 1-based line and column of the <paramref name="nth"/> occurrence of <paramref name="needle"/>, counted
    /// independently of the reader so location asserts check it.
    /// </summary>
    public static (int Line, int Column) Where(string json, string needle, int nth = 0)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = json.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' occurrence {nth} is not in the file");
        }
        int lineStart = at == 0 ? 0 : json.LastIndexOf('\n', at - 1) + 1;
        int line = json[..at].Count(c => c == '\n') + 1;
        return (line, at - lineStart + 1);
    }

    /// <summary>Asserts that <paramref name="error"/> is located at the <paramref name="nth"/> occurrence of <paramref name="needle"/>.</summary>
    public static void AssertAt(this UserError error, string json, string needle, int nth = 0)
    {
        var (line, column) = Where(json, needle, nth);
        Assert.True(error.Line == line && error.Column == column,
            $"expected {line}:{column} (at '{needle}'), got {error.Line}:{error.Column} for: {error}");
    }
}
