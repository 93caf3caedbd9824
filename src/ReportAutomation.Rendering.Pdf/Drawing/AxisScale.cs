namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>A value axis with round ticks (1, 2, 2.5 or 5 × a power of ten) covering the data and zero.</summary>
internal sealed record AxisScale(double Min, double Max, double Step)
{
    /// <summary>A scale for values between <paramref name="low"/> and <paramref name="high"/> with about <paramref name="ticks"/> steps.</summary>
    public static AxisScale For(double low, double high, int ticks = 5)
    {
        low = Math.Min(low, 0);
        high = Math.Max(high, 0);
        if (high - low < 1e-12)
        {
            high = low + 1;
        }

        var raw = (high - low) / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        return new AxisScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Min + (i * Step);
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="bottom"/> and <paramref name="top"/>.</summary>
    public float Y(double value, float bottom, float top) => (float)(bottom - ((value - Min) / (Max - Min) * (bottom - top)));
}
