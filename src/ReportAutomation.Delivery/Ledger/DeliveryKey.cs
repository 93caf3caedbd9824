using System.Security.Cryptography;
using System.Text;

namespace ReportAutomation.Delivery.Ledger;

/// <summary>The ledger key of one delivery: pack, week, generation (0, then +1 for each <c>--resend</c>) and address.</summary>
/// <param name="Pack">Pack name.</param>
/// <param name="Week">ISO week label.</param>
/// <param name="Generation">0 for the first sending, n for the n-th forced resend.</param>
/// <param name="Address">The recipient's address, lower-cased.</param>
public sealed record DeliveryKey(string Pack, string Week, int Generation, string Address)
{
    /// <summary>The stable Message-Id: the same key always gives the same id, so a client or relay can spot a repeat.</summary>
    public string MessageId(string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Pack}\n{Week}\n{Generation}\n{Address}"));
        var suffix = Generation == 0 ? string.Empty : $".r{Generation}";
        return $"{Pack}.{Week}.{Convert.ToHexStringLower(hash.AsSpan(0, 12))}{suffix}@{domain}";
    }
}
