import Foundation
import PostgresDatabase

/// The type of one sort key a cursor carries; each key is checked before it reaches a SQL cast, so
/// a forged cursor is a 400 naming `cursor`, never a failed cast (500).
public enum CursorKey: Sendable {
    /// `timestamptz` text as the database prints it.
    case timestamp
    case uuid
    /// A value of an SQL `integer` column (32 bits): a larger one would fail its cast.
    case integer
    /// An integer within `range` (the search's tier and score).
    case integerIn(ClosedRange<Int64>)
    /// Any text (names).
    case text
    /// A calendar day, `YYYY-MM-DD`.
    case date

    func accepts(_ value: String) -> Bool {
        switch self {
        case .timestamp: Date(postgresText: value) != nil
        case .uuid: UUID(uuidString: value) != nil
        case .integer: Int32(value) != nil
        case .integerIn(let range): Int64(value).map(range.contains) ?? false
        case .text: true
        case .date: CalendarDay.parse(value) != nil
        }
    }
}

/// A validated page request: `limit` (1-100, default 20) and the decoded `cursor`.
public struct PageRequest: Sendable {
    public static let defaultLimit = 20
    public static let maximumLimit = 100

    public let limit: Int
    /// The keys of the last row of the previous page, or nil for the first page.
    public let after: [String]?

    /// Validates the parameters; a bad limit or a cursor that was not made by us is a 400 naming the parameter.
    /// - Parameters:
    ///   - keys: the types of this list's sort keys, in order (the cursor holds one value each).
    public init(limit: Int?, cursor: String?, keys: [CursorKey]) throws {
        let limit = limit ?? PageRequest.defaultLimit
        guard (1...PageRequest.maximumLimit).contains(limit) else {
            throw Problem.badRequest("limit is out of range.", errors: [.init(field: "limit", message: "must be between 1 and \(PageRequest.maximumLimit)")])
        }
        self.limit = limit
        if let cursor {
            guard let values = Cursor.decode(cursor), values.count == keys.count,
                zip(keys, values).allSatisfy({ key, value in key.accepts(value) })
            else {
                throw Problem.badRequest("The cursor is malformed.", errors: [.init(field: "cursor", message: "is not a cursor returned by this list")])
            }
            self.after = values
        } else {
            self.after = nil
        }
    }
}

/// Opaque cursors: the sort keys of the last row, as base64url JSON. Tampering can at most move
/// within the caller's own authority's rows, since every list query filters by authority.
public enum Cursor {
    public static func encode(_ keys: [String]) -> String {
        Base64URL.encode((try? StreamingJSONEncoder().encode(keys)) ?? [])
    }

    public static func decode(_ text: String) -> [String]? {
        guard text.utf8.count <= 512, let json = Base64URL.decode(text) else { return nil }
        return try? JSONDecoder().decode([String].self, from: Data(json))
    }
}

/// Splits `limit + 1` fetched rows into a page and the cursor of the next one.
public func page<Row>(_ rows: [Row], limit: Int, keys: (Row) -> [String]) -> (items: [Row], nextCursor: String?) {
    guard rows.count > limit else { return (rows, nil) }
    let items = Array(rows.prefix(limit))
    return (items, items.last.map { Cursor.encode(keys($0)) })
}

/// A calendar day as the API writes it (`YYYY-MM-DD`, years 1-9999), checked strictly so that
/// nothing PostgreSQL would refuse (year 0, negative years, 31 April) reaches a `::date` cast.
public enum CalendarDay {
    /// Midnight UTC of the day, or nil when `text` is not a real calendar day.
    public static func parse(_ text: String) -> Date? {
        let characters = Array(text)
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
            characters.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ($0.element.isASCII && $0.element.isNumber) }),
            let year = Int(String(characters[0..<4])), let month = Int(String(characters[5..<7])), let day = Int(String(characters[8..<10])),
            year >= 1
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.year, from: date) == year, calendar.component(.month, from: date) == month,
            calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }
}
