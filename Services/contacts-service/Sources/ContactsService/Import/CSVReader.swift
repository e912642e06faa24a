/// RFC 4180 CSV: fields separated by `;` or `,`, quoted with `"` (a doubled quote inside a quoted
/// field is one quote; quoted fields may hold separators and line breaks), lines ended by LF or
/// CRLF, an optional UTF-8 byte-order mark.
struct CSVReader {
    struct Record {
        /// The line of the file where the record starts (the header is line 1).
        let line: Int
        let fields: [String]
    }

    enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case textAfterClosingQuote(line: Int)
    }

    /// The separator the header uses: the one of `;` and `,` it holds more often (outside quotes).
    static func separator(ofHeader text: Substring) -> Character {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let semicolons = header.filter { $0 == ";" }.count
        let commas = header.filter { $0 == "," }.count
        return semicolons >= commas ? ";" : ","
    }

    static func records(_ input: String) throws(Failure) -> [Record] {
        var text = Substring(input)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        let separator = separator(ofHeader: text)
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var index = text.startIndex
        var quoted = false
        var fieldWasQuoted = false
        func endField() {
            fields.append(field)
            field = ""
            fieldWasQuoted = false
        }
        while index < text.endIndex {
            let character = text[index]
            if quoted {
                if character == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" {
                        field.append("\"")
                        index = text.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                index = text.index(after: index)
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
            case "\"":
                throw .textAfterClosingQuote(line: line)
            case separator:
                endField()
            case "\n", "\r\n", "\r":
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
                fields = []
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted { throw .textAfterClosingQuote(line: line) }
                field.append(character)
            }
            index = text.index(after: index)
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || fieldWasQuoted || !fields.isEmpty {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
