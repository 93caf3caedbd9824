using MailKit;

namespace ReportAutomation.Delivery.Mail;

/// <summary>Watches MailKit's DATA progress, to tell "lost before the whole message went out" from "lost after".</summary>
internal sealed class TransferTracker : ITransferProgress
{
    private long _sent;
    private long _total = -1;

    /// <summary>True once every byte of the message was written to the connection.</summary>
    public bool WholeMessageSent => _total >= 0 && _sent >= _total;

    /// <inheritdoc />
    public void Report(long bytesTransferred, long totalSize)
    {
        _sent = bytesTransferred;
        _total = totalSize;
    }

    /// <inheritdoc />
    public void Report(long bytesTransferred) => _sent = bytesTransferred;
}
