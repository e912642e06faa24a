public import Foundation

/// A Swift value that can be bound as a query parameter. Parameters travel in PostgreSQL's text
/// format and are always bound (`PQexecParams`), never spliced into SQL.
public protocol PostgresEncodable: Sendable {
    /// The value in PostgreSQL's text input format.
    var postgresText: String { get }
}

extension String: PostgresEncodable {
    public var postgresText: String { self }
}

extension Substring: PostgresEncodable {
    public var postgresText: String { String(self) }
}

extension Int: PostgresEncodable {
    public var postgresText: String { String(self) }
}

extension Int32: PostgresEncodable {
    public var postgresText: String { String(self) }
}

extension Int64: PostgresEncodable {
    public var postgresText: String { String(self) }
}

extension Bool: PostgresEncodable {
    public var postgresText: String { self ? "true" : "false" }
}

extension Double: PostgresEncodable {
    public var postgresText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self > 0 ? "Infinity" : "-Infinity" }
        return String(self)
    }
}

extension Decimal: PostgresEncodable {
    public var postgresText: String { description }
}

extension UUID: PostgresEncodable {
    public var postgresText: String { uuidString.lowercased() }
}

extension Date: PostgresEncodable {
    /// RFC 3339 in UTC with microseconds, the precision of `timestamptz`.
    public var postgresText: String { PostgresTimestamp.format(self) }
}

extension Array: PostgresEncodable where Element: PostgresEncodable {
    /// A PostgreSQL array literal; every element is quoted so commas, braces and quotes survive.
    public var postgresText: String { PostgresArrayLiteral.format(map(\.postgresText)) }
}

/// A JSON value for a `json`/`jsonb` parameter or column.
public struct PostgresJSON<Value: Codable & Sendable>: PostgresEncodable, Sendable {
    public var value: Value

    public init(_ value: Value) { self.value = value }

    public var postgresText: String {
        // Encoding a Codable value to JSON only fails for non-finite floats, which our models do not hold.
        guard let data = try? JSONEncoder().encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
