namespace NegotiationSim.Experiments.Results;

/// <summary>The results folder cannot be written where the user asked: a user-facing error, not a bug.</summary>
public sealed class ResultsFolderException(string message) : Exception(message);
