using ReportAutomation.Core.Charts;
using ReportAutomation.Rendering.Pdf.Text;
using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>
/// Draws one of Core's chart descriptions as vector paths (no bitmap): value axis with gridlines and labels, category
/// labels, axis title, legend, data labels; bars for a single series, lines with markers for a series per entity.
/// </summary>
internal static class ChartPainter
{
    /// <summary>Draws <paramref name="data"/> into <paramref name="area"/>.</summary>
    public static void Draw(SKCanvas canvas, DeckContext deck, ChartData data, string currency, SKRect area)
    {
        if (data.IsEmpty)
        {
            var style = deck.Muted(16);
            deck.Text.Draw(canvas, "No data to chart this week.", area.Left, area.Top + 40, style);
            return;
        }

        var d = data.Description;
        var values = data.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var scale = AxisScale.For(values.Min(), values.Max());
        var axisStyle = deck.Muted(10);
        var legend = d.Kind == ChartKind.Line || data.Series.Count > 1;
        var legendHeight = legend ? LegendHeight(deck, data, area.Width) : 0;
        // Ticks carry the currency symbol only when every bar is in one currency; each bar's label is in its own.
        var tickCurrency = data.MixesCurrencies ? string.Empty : data.Currencies?.FirstOrDefault() ?? currency;
        var labels = scale.Ticks().Select(t => ChartValueText.Format(t, d.ValueKind, tickCurrency, deck.Culture)).ToList();
        var left = area.Left + labels.Max(l => deck.Text.Width(l, axisStyle)) + 10;
        var plot = new SKRect(left, area.Top + 16, area.Right - 10, area.Bottom - legendHeight - 50);

        foreach (var (tick, label) in scale.Ticks().Zip(labels))
        {
            var y = scale.Y(tick, plot.Bottom, plot.Top);
            Paints.Line(canvas, plot.Left, y, plot.Right, y, tick == 0 ? deck.Theme.Muted : deck.Theme.Rule, tick == 0 ? 1 : 0.5f);
            deck.Text.Draw(canvas, label, plot.Left - 8 - deck.Text.Width(label, axisStyle), y + 3.5f, axisStyle);
        }

        var slot = plot.Width / data.Categories.Count;
        var categoryStyle = deck.Style(data.Categories.Count > 12 ? 8.5f : 10);
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var block = TextWrapper.Wrap(deck.Text, data.Categories[c], categoryStyle, slot - 6, 2);
            var y = plot.Bottom + 4;
            foreach (var line in block.Lines)
            {
                y += categoryStyle.LineHeight;
                var x = plot.Left + (c * slot) + ((slot - deck.Text.Width(line, categoryStyle)) / 2);
                deck.Text.Draw(canvas, line, x, y, categoryStyle);
            }
        }

        var titleStyle = deck.Muted(10.5f, bold: true);
        deck.Text.Draw(canvas, d.CategoryTitle, plot.MidX - (deck.Text.Width(d.CategoryTitle, titleStyle) / 2), plot.Bottom + 44, titleStyle);

        if (d.Kind == ChartKind.Bar)
        {
            DrawBars(canvas, deck, data, currency, scale, plot, slot);
        }
        else
        {
            DrawLines(canvas, deck, data, currency, scale, plot, slot);
        }

        if (legend)
        {
            DrawLegend(canvas, deck, data, new SKRect(area.Left, area.Bottom - legendHeight, area.Right, area.Bottom));
        }
    }

    private static void DrawBars(SKCanvas canvas, DeckContext deck, ChartData data, string currency, AxisScale scale, SKRect plot, float slot)
    {
        var labelStyle = deck.Style(data.Categories.Count > 10 ? 8 : 10, bold: true);
        var groupWidth = Math.Min(slot * 0.7f, 90);
        var barWidth = groupWidth / data.Series.Count;
        var zero = scale.Y(0, plot.Bottom, plot.Top);
        for (var s = 0; s < data.Series.Count; s++)
        {
            var colour = data.Series.Count == 1 && data.Description.ColorHex is { } hex ? SKColor.Parse(hex) : DeckThemeColours.Series(deck.Theme, s);
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (data.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var x = plot.Left + (c * slot) + ((slot - groupWidth) / 2) + (s * barWidth);
                var y = scale.Y(value, plot.Bottom, plot.Top);
                Paints.Fill(canvas, new SKRect(x, Math.Min(y, zero), x + barWidth - 2, Math.Max(y, zero)), colour, 1.5f);
                var label = ChartValueText.Format(value, data.Description.ValueKind, data.Currencies?[c] ?? currency, deck.Culture);
                var width = deck.Text.Width(label, labelStyle);
                deck.Text.Draw(canvas, label, x + ((barWidth - 2 - width) / 2), value >= 0 ? y - 5 : y + labelStyle.Size + 3, labelStyle);
            }
        }
    }

    private static void DrawLines(SKCanvas canvas, DeckContext deck, ChartData data, string currency, AxisScale scale, SKRect plot, float slot)
    {
        var labelStyle = deck.Style(9, bold: true);
        for (var s = 0; s < data.Series.Count; s++)
        {
            var colour = DeckThemeColours.Series(deck.Theme, s);
            using var stroke = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.25f, StrokeJoin = SKStrokeJoin.Round };
            using var dot = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
            using var path = new SKPath();
            var open = false;
            SKPoint? last = null;
            double lastValue = 0;
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (data.Series[s].Values[c] is not { } value)
                {
                    open = false;
                    continue;
                }

                var point = new SKPoint(plot.Left + (c * slot) + (slot / 2), scale.Y(value, plot.Bottom, plot.Top));
                if (open)
                {
                    path.LineTo(point);
                }
                else
                {
                    path.MoveTo(point);
                    open = true;
                }

                canvas.DrawCircle(point, 3.5f, dot);
                last = point;
                lastValue = value;
            }

            canvas.DrawPath(path, stroke);
            if (last is { } end)
            {
                var label = ChartValueText.Format(lastValue, data.Description.ValueKind, currency, deck.Culture);
                deck.Text.Draw(canvas, label, end.X + 6, end.Y - 5, labelStyle.In(colour));
            }
        }
    }

    private static float LegendHeight(DeckContext deck, ChartData data, float width)
    {
        var rows = 1;
        var x = 0f;
        foreach (var series in data.Series)
        {
            var item = 22 + deck.Text.Width(series.Name, deck.Style(10)) + 18;
            if (x + item > width && x > 0)
            {
                rows++;
                x = 0;
            }

            x += item;
        }

        return Math.Min(rows, 3) * 16;
    }

    private static void DrawLegend(SKCanvas canvas, DeckContext deck, ChartData data, SKRect box)
    {
        var style = deck.Style(10);
        var x = box.Left;
        var y = box.Top + 11;
        for (var s = 0; s < data.Series.Count; s++)
        {
            var name = TextWrapper.Fit(deck.Text, data.Series[s].Name, style, 200);
            var item = 22 + deck.Text.Width(name, style) + 18;
            if (x + item > box.Right && x > box.Left)
            {
                x = box.Left;
                y += 16;
                if (y > box.Bottom)
                {
                    break;
                }
            }

            Paints.Fill(canvas, new SKRect(x, y - 8, x + 16, y), DeckThemeColours.Series(deck.Theme, s), 2);
            deck.Text.Draw(canvas, name, x + 22, y, style);
            x += item;
        }
    }
}
