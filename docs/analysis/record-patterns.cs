#:project ../../src/NegotiationSim.Experiments/NegotiationSim.Experiments.csproj
// The model's probability of each pattern of the public record of December 2021 – February 2022 that the default
// scenario can express (docs/experiments.md, "What the January 2022 record shows"), with 95% Wilson intervals.
// Usage: dotnet run docs/analysis/record-patterns.cs [EXPERIMENT.json] [REPLICATES] [SEED]
// A stopgap until patterns files and `negsim score` exist: the patterns are written here in code.
using NegotiationSim.Engine;
using NegotiationSim.Experiments;
using NegotiationSim.Outcomes;

var experiment = args.Length > 0 ? ExperimentReader.ReadFile(args[0]) : ExperimentReader.ReadDefault();
long n = args.Length > 1 ? long.Parse(args[1]) : 20_000;
ulong seed = args.Length > 2 ? ulong.Parse(args[2]) : 20220120;
var scenario = experiment.Scenario;
var model = new CompiledModel(scenario);
int Item(string id) => scenario.Items.ToList().FindIndex(i => i.Id == id);
int Meeting(string id) => scenario.Meetings.ToList().FindIndex(m => m.Id == id);
string[] technical = ["channels", "missiles", "nuclear", "transparency"];
string[] core = ["ukraine", "posture"];
int january = Meeting("osce");             // geneva, nrc, osce: the three held meetings of 10-13 January
int invitation = Meeting("m1");             // NATO's first proposed meeting, never answered
int dialogue = Item("dialogue");

var patterns = new (string Name, Func<ReplicateRecord, bool> Holds)[]
{
    ("the three January meetings held, none agreed anything", r => january >= 0 && r.MeetingsHeld > january
        && Enumerable.Range(0, scenario.Items.Count).All(i => !r.Agreed[i] || r.Meeting[i] > january)),
    ("nobody walked out", r => !r.WalkedOut.Any(w => w)),
    ("core demands never agreed", r => core.All(id => !r.Agreed[Item(id)])),
    ("technical items left open", r => technical.All(id => !r.Agreed[Item(id)])),
    ("Blinken-Lavrov agreed to keep talking", r => dialogue >= 0 && r.Agreed[dialogue]),
    ("Russia did not answer NATO's invitation (m1 declined)", r => invitation >= 0 && r.Ending == Ending.Declined && r.MeetingsHeld == invitation),
    ("war by 24 February", r => r.Escalated.Any(e => e)),
};
var counts = new long[patterns.Length + 1];
for (long rep = 0; rep < n; rep++)
{
    var record = ReplicateKernel.Inspect(model, seed, rep);
    bool all = true;
    for (int p = 0; p < patterns.Length; p++)
    {
        bool holds = patterns[p].Holds(record);
        if (holds) counts[p]++;
        all &= holds;
    }
    if (all) counts[^1]++;
}
Console.WriteLine($"{scenario.Name}: {n:N0} replicates, seed {seed}");
for (int p = 0; p <= patterns.Length; p++)
{
    var prop = Proportion.Of(counts[p], n);
    string name = p < patterns.Length ? patterns[p].Name : "ALL OF THE ABOVE (the record as one joint outcome)";
    Console.WriteLine($"  {name,-58} {prop.Estimate,7:F4}  [{prop.Lower:F4}, {prop.Upper:F4}]");
}
