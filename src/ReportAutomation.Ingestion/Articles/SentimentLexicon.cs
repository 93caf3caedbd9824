namespace ReportAutomation.Ingestion.Articles;

/// <summary>The word lists of the <c>lexicon-v1</c> method: finance-aware positive and negative words, negators, intensifiers.</summary>
internal static class SentimentLexicon
{
    /// <summary>Words that read as good news for a company.</summary>
    public static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
    {
        "gain", "gains", "gained", "growth", "grow", "grows", "grew", "growing", "surge", "surged", "surges", "soar", "soared",
        "jump", "jumped", "rally", "rallied", "rise", "rises", "rose", "rising", "climb", "climbed", "beat", "beats", "record",
        "strong", "stronger", "strongest", "strength", "profit", "profits", "profitable", "profitability", "upgrade",
        "upgraded", "outperform", "outperformed", "bullish", "boost", "boosted", "boosts", "expand", "expanded", "expansion",
        "success", "successful", "succeed", "advantage", "advantages", "leader", "leading", "lead", "innovative", "innovation",
        "breakthrough", "opportunity", "opportunities", "optimistic", "optimism", "robust", "improve", "improved",
        "improvement", "improving", "win", "wins", "won", "momentum", "exceed", "exceeded", "exceeds", "positive",
        "accelerate", "accelerating", "efficient", "efficiency", "resilient", "upside", "confident", "confidence",
        "dominance", "dominant", "powerful", "attractive", "benefit", "benefits", "reward", "rewarding", "recovery",
        "recovered", "rebound", "rebounded", "favorable", "favourable", "impressive", "solid", "healthy", "winner", "winners",
        "adoption", "loyalty", "moat",
    };

    /// <summary>Words that read as bad news for a company.</summary>
    public static readonly HashSet<string> Negative = new(StringComparer.OrdinalIgnoreCase)
    {
        "loss", "losses", "lose", "losing", "lost", "decline", "declined", "declines", "declining", "fall", "falls", "fell",
        "falling", "drop", "dropped", "drops", "plunge", "plunged", "slump", "slumped", "tumble", "tumbled", "sink", "sank",
        "miss", "missed", "misses", "weak", "weaker", "weakness", "downgrade", "downgraded", "underperform", "underperformed",
        "bearish", "risk", "risks", "risky", "lawsuit", "lawsuits", "sued", "fined", "fines", "probe", "investigation",
        "layoff", "layoffs", "cut", "cuts", "cutting", "concern", "concerns", "concerned", "warning", "warn", "warned",
        "warns", "volatile", "volatility", "crash", "crashed", "debt", "default", "fraud", "scandal", "behind", "lag",
        "lags", "lagging", "struggle", "struggles", "struggling", "uncertain", "uncertainty", "pressure", "pressures",
        "negative", "costly", "delay", "delayed", "delays", "recall", "penalty", "penalties", "shortfall", "headwind",
        "headwinds", "slowdown", "slow", "slowing", "disappoint", "disappointed", "disappointing", "disappointment",
        "fail", "failed", "failure", "failing", "threat", "threats", "threaten", "challenge", "challenges", "problem",
        "problems", "controversy", "criticism", "criticized", "criticised", "breach", "outage", "deficit", "downturn",
        "recession", "bankruptcy", "selloff", "sell-off", "worse", "worst", "hurt", "hurts", "damage", "damaged",
    };

    /// <summary>Words that flip the polarity of a sentiment word within the next three words.</summary>
    public static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "no", "never", "without", "hardly", "barely", "neither", "nor", "cannot", "isn't", "wasn't", "aren't",
        "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "lack", "lacks",
    };

    /// <summary>Words that make the next sentiment word count one and a half times.</summary>
    public static readonly HashSet<string> Intensifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "very", "highly", "sharply", "significantly", "strongly", "substantially", "deeply", "extremely", "massively",
        "hugely", "dramatically", "heavily",
    };
}
