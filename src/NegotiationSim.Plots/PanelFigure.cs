using ScottPlot;
using SkiaSharp;

namespace NegotiationSim.Plots;

/// <summary>
/// A figure of small multiples: a grid of equally sized plots under one title and provenance line, with one axis
/// label per axis for the whole grid and one legend under it. ScottPlot draws each panel; the frame around them (title,
/// axis labels, legend) is drawn here, so that the panels' data areas line up exactly and the legend is not repeated.
/// </summary>
internal sealed class PanelFigure : IDisposable
{
    private const float LeftMargin = 34, RightMargin = 14, LegendRowHeight = 24, LegendGap = 28, SymbolWidth = 30;

    private readonly string _title, _caption;
    private readonly List<Plot> _panels = [];
    private readonly List<LegendItem> _legend = [];

    public PanelFigure(string title, string caption, int panels, int columns, int width, float panelHeight)
    {
        ChartStyle.EnsureFont();
        _title = title;
        _caption = caption;
        Columns = Math.Max(1, columns);
        Rows = Math.Max(1, (int)Math.Ceiling(panels / (double)Columns));
        Width = width;
        PanelWidth = (width - LeftMargin - RightMargin) / Columns;
        // Few panels still make a figure of the usual height (about 400 units of panels in all, 500 or more with the
        // title and legend), like the single-plot charts beside it in a report.
        PanelHeight = Math.Max(panelHeight, 400f / Rows);
        for (int i = 0; i < Math.Max(1, panels); i++) _panels.Add(new Plot());
    }

    public int Columns { get; }

    public int Rows { get; }

    public int Width { get; }

    public float PanelWidth { get; }

    public float PanelHeight { get; }

    public string XLabel { get; set; } = "";

    public string YLabel { get; set; } = "";

    public IReadOnlyList<Plot> Panels => _panels;

    public void AddLegend(IEnumerable<LegendItem> items) => _legend.AddRange(items);

    private float HeaderHeight => ChartStyle.Paper ? 26 : 66;

    /// <summary>Draws the figure and writes it as <see cref="ChartStyle.SaveDrawing"/> does.</summary>
    public ChartFiles Save(string dir, string name)
    {
        using var font = new SKFont(SKTypeface.FromFamilyName(ChartStyle.FontFamily), 12);
        var rows = LegendRows(font);
        float gridBottom = HeaderHeight + Rows * PanelHeight;
        int height = (int)Math.Ceiling(gridBottom + LegendGap + rows.Count * LegendRowHeight + 10);
        return ChartStyle.SaveDrawing(canvas => Render(canvas, rows, gridBottom), dir, name, Width, height);
    }

    private void Render(SKCanvas canvas, IReadOnlyList<List<(LegendItem Item, float Width)>> legendRows, float gridBottom)
    {
        canvas.Clear(SKColors.White);
        using var regular = SKTypeface.FromFamilyName(ChartStyle.FontFamily);
        using var bold = SKTypeface.FromFamilyName(ChartStyle.FontFamily, SKFontStyle.Bold);
        using var paint = new SKPaint { IsAntialias = true };
        float centre = Width / 2f;

        if (!ChartStyle.Paper)
        {
            using var titleFont = new SKFont(bold, 18);
            paint.Color = Sk(ChartStyle.Ink);
            canvas.DrawText(_title, centre, 30, SKTextAlign.Center, titleFont, paint);
        }
        using (var captionFont = new SKFont(regular, ChartStyle.Paper ? 11 : 13))
        {
            paint.Color = Sk(ChartStyle.Muted);
            canvas.DrawText(_caption, centre, ChartStyle.Paper ? 16 : 54, SKTextAlign.Center, captionFont, paint);
        }

        for (int i = 0; i < _panels.Count; i++)
        {
            float left = LeftMargin + i % Columns * PanelWidth, top = HeaderHeight + i / Columns * PanelHeight;
            // ScottPlot clears its figure area first; the clip keeps that to the panel's own cell.
            canvas.Save();
            canvas.ClipRect(new SKRect(left, top, left + PanelWidth, top + PanelHeight));
            _panels[i].Render(canvas, new PixelRect(new Pixel(left, top), new PixelSize(PanelWidth, PanelHeight)));
            canvas.Restore();
        }

        using var labelFont = new SKFont(regular, 14);
        paint.Color = Sk(ChartStyle.Ink);
        canvas.DrawText(XLabel, LeftMargin + Columns * PanelWidth / 2, gridBottom + 18, SKTextAlign.Center, labelFont, paint);
        canvas.Save();
        canvas.RotateDegrees(-90);
        canvas.DrawText(YLabel, -(HeaderHeight + Rows * PanelHeight / 2), 18, SKTextAlign.Center, labelFont, paint);
        canvas.Restore();

        using var legendFont = new SKFont(regular, 12);
        float y = gridBottom + LegendGap + LegendRowHeight / 2;
        foreach (var row in legendRows)
        {
            float x = centre - row.Sum(e => e.Width) / 2;
            foreach (var (item, itemWidth) in row)
            {
                DrawSymbol(canvas, item, x, y);
                paint.Color = Sk(ChartStyle.Ink);
                paint.Style = SKPaintStyle.Fill;
                canvas.DrawText(item.LabelText ?? "", x + SymbolWidth + 6, y + 4.5f, SKTextAlign.Left, legendFont, paint);
                x += itemWidth;
            }
            y += LegendRowHeight;
        }
    }

    // Legend entries flow left to right and wrap to the figure's width.
    private List<List<(LegendItem Item, float Width)>> LegendRows(SKFont font)
    {
        var rows = new List<List<(LegendItem, float)>>();
        var row = new List<(LegendItem, float)>();
        float used = 0, room = Width - 40;
        foreach (var item in _legend)
        {
            float w = SymbolWidth + 6 + font.MeasureText(item.LabelText ?? "") + 22;
            if (row.Count > 0 && used + w > room)
            {
                rows.Add(row);
                row = [];
                used = 0;
            }
            row.Add((item, w));
            used += w;
        }
        if (row.Count > 0) rows.Add(row);
        return rows;
    }

    private static void DrawSymbol(SKCanvas canvas, LegendItem item, float x, float y)
    {
        using var paint = new SKPaint { IsAntialias = true };
        if (item.FillColor.A > 0 && item.LineWidth == 0)
        {
            paint.Color = Sk(item.FillColor);
            canvas.DrawRect(x, y - 6, SymbolWidth, 12, paint);
            return;
        }
        if (item.LineWidth > 0)
        {
            paint.Color = Sk(item.LineColor);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = item.LineWidth;
            // Solid only: Skia's SVG backend cannot write dash patterns (it draws them solid and complains on stderr).
            canvas.DrawLine(x, y, x + SymbolWidth, y, paint);
        }
        if (item.MarkerShape != MarkerShape.None)
        {
            paint.Style = SKPaintStyle.Fill;
            paint.Color = Sk(item.MarkerFillColor);
            float r = item.MarkerSize / 2;
            float cx = x + SymbolWidth / 2;
            switch (item.MarkerShape)
            {
                case MarkerShape.FilledSquare:
                    canvas.DrawRect(cx - r, y - r, 2 * r, 2 * r, paint);
                    break;
                case MarkerShape.FilledTriangleUp:
                    using (var path = new SKPath())
                    {
                        path.MoveTo(cx, y - r);
                        path.LineTo(cx + r, y + r);
                        path.LineTo(cx - r, y + r);
                        path.Close();
                        canvas.DrawPath(path, paint);
                    }
                    break;
                case MarkerShape.FilledDiamond:
                    using (var path = new SKPath())
                    {
                        path.MoveTo(cx, y - r);
                        path.LineTo(cx + r, y);
                        path.LineTo(cx, y + r);
                        path.LineTo(cx - r, y);
                        path.Close();
                        canvas.DrawPath(path, paint);
                    }
                    break;
                default:
                    canvas.DrawCircle(cx, y, r, paint);
                    break;
            }
        }
    }

    private static SKColor Sk(Color c) => new(c.R, c.G, c.B, c.A);

    public void Dispose()
    {
        foreach (var panel in _panels) panel.Dispose();
    }
}
