namespace SupplierDD.Standards.Csv;

/// <summary>The header row is missing, lacks required columns or names a column twice.</summary>
public sealed class CsvHeaderException : CsvFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message listing what is wrong with the header.</param>
    /// <param name="missingColumns">Every required column that is absent; empty when the problem is something else.</param>
    /// <param name="rowNumber">The row that should hold the header.</param>
    /// <param name="lineNumber">The physical line that should hold the header.</param>
    public CsvHeaderException(string message, IReadOnlyList<string> missingColumns, int rowNumber, long lineNumber)
        : base(message, rowNumber, lineNumber)
    {
        ArgumentNullException.ThrowIfNull(missingColumns);
        MissingColumns = missingColumns;
    }

    /// <summary>Every required column absent from the header, in the order they were required.</summary>
    public IReadOnlyList<string> MissingColumns { get; }
}
