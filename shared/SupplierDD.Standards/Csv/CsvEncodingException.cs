namespace SupplierDD.Standards.Csv;

/// <summary>A CSV file is not UTF-8: it has a UTF-16 byte-order mark or a byte sequence UTF-8 does not allow.</summary>
public sealed class CsvEncodingException : CsvFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message that names the row and says how to re-save the file.</param>
    /// <param name="rowNumber">The spreadsheet row (header = 1) that holds the bad bytes.</param>
    /// <param name="lineNumber">The physical line that holds the bad bytes.</param>
    /// <param name="innerException">The decoder error, if any.</param>
    public CsvEncodingException(string message, int rowNumber, long lineNumber, Exception? innerException = null)
        : base(message, rowNumber, lineNumber, innerException)
    {
    }
}
