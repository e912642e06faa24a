import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Array literals (`{a,"b c",NULL}`) in both directions.
enum PostgresArrayLiteral {
    /// Quotes every element, escaping `"` and `\`, so no element can break the literal.
    static func format(_ elements: [String]) -> String {
        var out = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(",") }
            out.append("\"")
            for character in element.unicodeScalars {
                if character == "\"" || character == "\\" { out.append("\\") }
                out.unicodeScalars.append(character)
            }
            out.append("\"")
        }
        out.append("}")
        return out
    }

    /// Parses a one-dimensional literal; unquoted `NULL` becomes nil. Returns nil for anything else.
    static func parse(_ text: String) -> [String?]? {
        var text = text
        return text.withUTF8 { bytes -> [String?]? in
            var result: [String?] = []
            let wellFormed = PostgresText.forEachArrayElement(bytes) { element in
                result.append(element.map { String(decoding: $0, as: UTF8.self) })
            }
            return wellFormed ? result : nil
        }
    }
}

/// `timestamptz` text in the session's fixed format (`2026-11-21 23:51:58.123456+00`) and RFC 3339 output.
enum PostgresTimestamp {
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        // Years have four digits, or more after 9999 (PostgreSQL goes to 294276); `y` shifts the rest.
        var y = 0
        while y < bytes.count, y < 7, bytes[y] >= 48, bytes[y] <= 57 { y += 1 }
        guard y >= 4, bytes.count >= y + 15, let year = number(0, y), bytes[y] == UInt8(ascii: "-"), let month = number(y + 1, 2),
            let day = number(y + 4, 2), bytes[y + 6] == UInt8(ascii: " ") || bytes[y + 6] == UInt8(ascii: "T"),
            let hour = number(y + 7, 2), let minute = number(y + 10, 2), let second = number(y + 13, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var index = y + 15
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        // The offset: `Z`, or `+HH`, `+HH:MM` or `+HH:MM:SS` (local mean time before time zones,
        // `+00:19:32` for Amsterdam in 1900), and nothing after it (` BC` is refused, not misread).
        var offsetSeconds = 0
        if index < bytes.count {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z") {
                index += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let hours = number(index + 1, 2) else { return nil }
                index += 3
                var parts = [hours]
                while parts.count < 3, index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                    guard let part = number(index + 1, 2), part < 60 else { return nil }
                    parts.append(part)
                    index += 3
                }
                parts += [0, 0]
                offsetSeconds = (parts[0] * 3600 + parts[1] * 60 + parts[2]) * (sign == UInt8(ascii: "-") ? -1 : 1)
            } else {
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds - offsetSeconds) + fraction)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "days_from_civil"), the
    /// arithmetic `timegm` does without its locking and normalisation.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// RFC 3339 in UTC with microseconds.
    static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var whole = time_t(interval.rounded(.down))
        var micros = Int(((interval - Double(whole)) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            whole += 1
            micros -= 1_000_000
        }
        var components = tm()
        gmtime_r(&whole, &components)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let microDigits = String(micros)
        return "\(pad(components.tm_year + 1900, 4))-\(pad(components.tm_mon + 1, 2))-\(pad(components.tm_mday, 2))T"
            + "\(pad(components.tm_hour, 2)):\(pad(components.tm_min, 2)):\(pad(components.tm_sec, 2))."
            + String(repeating: "0", count: 6 - microDigits.count) + microDigits + "Z"
    }
}

/// Readers of PostgreSQL's text format that work on a column's bytes (`PostgresRow.withBytes`),
/// for writers that turn rows into another format without building Swift values first.
public enum PostgresText {
    /// A `timestamptz` as the session prints it.
    public static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        PostgresTimestamp.parse(bytes: bytes)
    }

    /// Calls `body` with each element of a one-dimensional array literal, unquoted and unescaped
    /// (nil for `NULL`), in order. Returns false, having called `body` for a prefix at most, when
    /// the literal is not one PostgreSQL prints.
    public static func forEachArrayElement(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) throws -> Void
    ) rethrows -> Bool {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "{"), bytes[bytes.count - 1] == UInt8(ascii: "}") else { return false }
        var index = 1
        let end = bytes.count - 1
        var unescaped: [UInt8] = []
        while index < end {
            if bytes[index] == quote {
                index += 1
                let start = index
                var escaped = false
                while index < end, bytes[index] != quote {
                    if bytes[index] == backslash {
                        escaped = true
                        index += 1
                    }
                    index += 1
                }
                guard index < end else { return false }
                if escaped {
                    unescaped.removeAll(keepingCapacity: true)
                    var position = start
                    while position < index {
                        if bytes[position] == backslash { position += 1 }
                        unescaped.append(bytes[position])
                        position += 1
                    }
                    try unescaped.withUnsafeBufferPointer { try body($0) }
                } else {
                    try body(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                }
                index += 1  // closing quote
            } else {
                let start = index
                while index < end, bytes[index] != comma {
                    if bytes[index] == UInt8(ascii: "{") { return false }  // nested arrays are not supported
                    index += 1
                }
                let element = UnsafeBufferPointer(rebasing: bytes[start..<index])
                try body(element.elementsEqual("NULL".utf8) ? nil : element)
            }
            if index < end {
                guard bytes[index] == comma else { return false }
                index += 1
            }
        }
        return true
    }
}
