namespace SupplierDD.Standards.Csv;

/// <summary>
/// OWASP CSV-injection guard: cells that a spreadsheet program would run as a formula when an export is opened.
/// </summary>
public static class SpreadsheetFormula
{
    /// <summary>
    /// Whether the first non-space character is = + - or @, or the cell starts with a tab or carriage return.
    /// </summary>
    /// <param name="cell">The cell text; null and "" are not formulas.</param>
    /// <remarks>Negative numbers such as "-1" count too: OWASP accepts that to close the "-cmd|..." family of payloads.</remarks>
    public static bool LooksLikeFormula(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
            return false;
        if (cell[0] is '\t' or '\r')
            return true;

        // Excel ignores leading spaces before deciding a cell is a formula.
        var firstVisible = cell.AsSpan().TrimStart(' ');
        return !firstVisible.IsEmpty && firstVisible[0] is '=' or '+' or '-' or '@';
    }

    /// <summary>
    /// Prefixes a formula-looking cell with a single quote, as OWASP recommends, so it is shown as text; other cells are returned as they are.
    /// </summary>
    /// <param name="cell">The cell text about to be written to an export.</param>
    /// <returns>The cell, made inert.</returns>
    public static string Neutralize(string? cell) =>
        LooksLikeFormula(cell) ? "'" + cell : cell ?? "";
}
