namespace NegotiationSim.Outcomes;

/// <summary>What the replicates say about one agenda item.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Name">Item name.</param>
/// <param name="LowLabel">What 0 means.</param>
/// <param name="HighLabel">What 1 means.</param>
/// <param name="Agreement">Probability that some meeting agreed a value for the item.</param>
/// <param name="AgreedValue">Distribution of the agreed value, over replicates that agreed.</param>
/// <param name="FinalValue">Distribution of the value in force at the end (agreed, or the status quo).</param>
/// <param name="MeanAgreementRound">Mean round (1-based) of agreement, over replicates that agreed; NaN if none.</param>
/// <param name="AgreedInMeeting">Probability that the item was agreed in each meeting, in sequence order.</param>
/// <param name="CompromisePrediction">The compromise model's forecast (capability × salience weighted mean of ideals), across replicates.</param>
/// <param name="NashValue">The item's value in the Nash bargaining solution of the whole agenda, across replicates.</param>
public sealed record ItemSummary(
    string Id, string Name, string LowLabel, string HighLabel,
    Proportion Agreement, Distribution01 AgreedValue, Distribution01 FinalValue, double MeanAgreementRound,
    IReadOnlyList<Proportion> AgreedInMeeting, Distribution01 CompromisePrediction, Distribution01 NashValue);
