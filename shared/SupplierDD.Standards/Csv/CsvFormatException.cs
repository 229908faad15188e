namespace SupplierDD.Standards.Csv;

/// <summary>A CSV file could not be read; the message names the row and line so a supplier can fix the file.</summary>
public class CsvFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message that already names the row.</param>
    /// <param name="rowNumber">The spreadsheet row (header = 1) where the problem is.</param>
    /// <param name="lineNumber">The physical line where the problem is.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CsvFormatException(string message, int rowNumber, long lineNumber, Exception? innerException = null)
        : base(message, innerException)
    {
        RowNumber = rowNumber;
        LineNumber = lineNumber;
    }

    /// <summary>The spreadsheet row (header = 1) where the problem is, as a spreadsheet program would number it.</summary>
    public int RowNumber { get; }

    /// <summary>The physical line of the file where the problem is; for an unterminated quote, the line where it opened.</summary>
    public long LineNumber { get; }
}
