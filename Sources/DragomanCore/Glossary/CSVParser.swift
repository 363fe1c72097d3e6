/// An RFC 4180 CSV parser that remembers the line each record starts on.
///
/// Quoted fields may hold commas, line breaks and doubled quotes; CRLF and LF both end records; a UTF-8 byte
/// order mark is skipped. Kept to the termbase's needs, so it lives beside the termbase.
struct CSVParser {
    /// One record: its fields and the 1-based line it starts on.
    struct Record: Equatable {
        var fields: [String]
        var line: Int
    }

    /// A syntax error at a line.
    struct Failure: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// Splits `text` into records; blank lines are skipped.
    static func parse(_ text: String) throws(Failure) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    if index < scalars.count, !",\r\n".unicodeScalars.contains(scalars[index]) {
                        throw Failure(line: line, reason: "unexpected text after a closing quote")
                    }
                    continue
                }
                if scalar == "\n" { line += 1 }
                field.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
            case "\"":
                throw Failure(
                    line: line, reason: "a quote inside an unquoted field; quote the whole field and double the quote")
            case ",":
                endField()
            case "\r":
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
            index += 1
        }
        if quoted { throw Failure(line: recordLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// Renders one record, quoting fields that need it.
    static func render(_ fields: [String]) -> String {
        fields.map { field in
            let needsQuotes =
                field.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
                || field.first == " " || field.last == " "
            guard needsQuotes else { return field }
            return "\"" + String(field.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
        }.joined(separator: ",")
    }
}
