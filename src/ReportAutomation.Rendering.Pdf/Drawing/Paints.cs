using SkiaSharp;

namespace ReportAutomation.Rendering.Pdf.Drawing;

/// <summary>Small drawing helpers shared by the painters (fills, strokes, triangles), all vector.</summary>
internal static class Paints
{
    // One paint per thread, reset for each call: creating a native SKPaint per rectangle cost more than drawing it.
    [ThreadStatic]
    private static SKPaint? _paint;

    /// <summary>Fills <paramref name="rect"/> (rounded when <paramref name="radius"/> &gt; 0).</summary>
    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color, float radius = 0)
    {
        var paint = Paint(color, SKPaintStyle.Fill);
        if (radius > 0)
        {
            canvas.DrawRoundRect(rect, radius, radius, paint);
        }
        else
        {
            canvas.DrawRect(rect, paint);
        }
    }

    /// <summary>A straight line.</summary>
    public static void Line(SKCanvas canvas, float x0, float y0, float x1, float y1, SKColor color, float width = 0.75f)
    {
        var paint = Paint(color, SKPaintStyle.Stroke, width);
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    /// <summary>An up (or down) pointing triangle of <paramref name="size"/> whose box starts at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public static void Triangle(SKCanvas canvas, float x, float top, float size, bool up, SKColor color)
    {
        using var path = new SKPath();
        if (up)
        {
            path.MoveTo(x, top + size);
            path.LineTo(x + size, top + size);
            path.LineTo(x + (size / 2), top);
        }
        else
        {
            path.MoveTo(x, top);
            path.LineTo(x + size, top);
            path.LineTo(x + (size / 2), top + size);
        }

        path.Close();
        canvas.DrawPath(path, Paint(color, SKPaintStyle.Fill));
    }

    private static SKPaint Paint(SKColor color, SKPaintStyle style, float strokeWidth = 0)
    {
        _paint ??= new SKPaint { IsAntialias = true };
        _paint.Color = color;
        _paint.Style = style;
        _paint.StrokeWidth = strokeWidth;
        return _paint;
    }
}
