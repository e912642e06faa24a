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
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "{", scalars.last == "}" else { return nil }
        if scalars.count == 2 { return [] }
        var result: [String?] = []
        var index = 1
        let end = scalars.count - 1
        while index < end {
            var element = String.UnicodeScalarView()
            var quoted = false
            if scalars[index] == "\"" {
                quoted = true
                index += 1
                while index < end, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < end { index += 1 }
                    element.append(scalars[index])
                    index += 1
                }
                guard index < end else { return nil }
                index += 1  // closing quote
            } else {
                while index < end, scalars[index] != "," {
                    if scalars[index] == "{" { return nil }  // nested arrays are not supported
                    element.append(scalars[index])
                    index += 1
                }
            }
            let value = String(element)
            result.append(!quoted && value == "NULL" ? nil : value)
            if index < end {
                guard scalars[index] == "," else { return nil }
                index += 1
            }
        }
        return result
    }
}

/// `timestamptz` text in the session's fixed format (`2026-11-21 23:51:58.123456+00`) and RFC 3339 output.
enum PostgresTimestamp {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 19, let year = number(0, 4), bytes[4] == UInt8(ascii: "-"), let month = number(5, 2),
            let day = number(8, 2), bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var index = 19
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
        var offsetSeconds = 0
        if index < bytes.count {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z") {
                offsetSeconds = 0
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let hours = number(index + 1, 2) else { return nil }
                var minutes = 0
                if index + 3 < bytes.count {
                    let minuteStart = bytes[index + 3] == UInt8(ascii: ":") ? index + 4 : index + 3
                    minutes = number(minuteStart, 2) ?? 0
                }
                offsetSeconds = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
            } else {
                return nil
            }
        }
        var components = tm()
        components.tm_year = Int32(year - 1900)
        components.tm_mon = Int32(month - 1)
        components.tm_mday = Int32(day)
        components.tm_hour = Int32(hour)
        components.tm_min = Int32(minute)
        components.tm_sec = Int32(second)
        let seconds = timegm(&components)
        return Date(timeIntervalSince1970: Double(seconds - offsetSeconds) + fraction)
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
