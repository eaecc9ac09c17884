using NegotiationSim.Diagnostics;

namespace NegotiationSim.Experiments.Results;

/// <summary>The results folder cannot be written where the user asked, or a folder given as one is not one: a user error, not a bug.</summary>
public sealed class ResultsFolderException(string message) : UserErrorException(message);
