public import Foundation

/// A Swift value that can be read from a column in PostgreSQL's text output format.
public protocol PostgresDecodable: Sendable {
    /// Reads the value; `text` is nil for SQL NULL.
    /// - Parameters:
    ///   - text: the column's text, or nil when `PQgetisnull` says the value is NULL.
    ///   - column: the column name, for error messages.
    static func decode(postgresText text: String?, column: String) throws -> Self
}

/// A type whose values are never NULL and parse from text.
public protocol PostgresTextDecodable: PostgresDecodable {
    init?(postgresText: String)
}

extension PostgresTextDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> Self {
        guard let text else {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) is NULL but \(Self.self) was expected")
        }
        guard let value = Self(postgresText: text) else {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) holds a value that is not a \(Self.self)")
        }
        return value
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> Self {
        guard let text else { return nil }
        return try Wrapped.decode(postgresText: text, column: column)
    }
}

extension String: PostgresTextDecodable {
    public init?(postgresText: String) { self = postgresText }
}

extension Int: PostgresTextDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int32: PostgresTextDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int64: PostgresTextDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Bool: PostgresTextDecodable {
    public init?(postgresText: String) {
        switch postgresText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: return nil
        }
    }
}

extension Double: PostgresTextDecodable {
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Decimal: PostgresTextDecodable {
    /// `numeric` text is always in plain (POSIX) notation, whatever the server locale.
    public init?(postgresText: String) { self.init(string: postgresText, locale: Locale(identifier: "en_US_POSIX")) }
}

extension UUID: PostgresTextDecodable {
    public init?(postgresText: String) { self.init(uuidString: postgresText) }
}

extension Date: PostgresTextDecodable {
    /// Parses `timestamptz` text as the session prints it (`DateStyle=ISO`, `TimeZone=UTC`).
    public init?(postgresText: String) {
        guard let date = PostgresTimestamp.parse(postgresText) else { return nil }
        self = date
    }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    /// Reads a one-dimensional array literal such as `{a,"b c",NULL}`.
    public static func decode(postgresText text: String?, column: String) throws -> [Element] {
        guard let text else {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) is NULL but an array was expected")
        }
        guard let elements = PostgresArrayLiteral.parse(text) else {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) is not a one-dimensional array")
        }
        return try elements.map { try Element.decode(postgresText: $0, column: column) }
    }
}

extension PostgresJSON: PostgresDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> PostgresJSON<Value> {
        guard let text else {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) is NULL but JSON was expected")
        }
        do {
            return PostgresJSON(try JSONDecoder().decode(Value.self, from: Data(text.utf8)))
        } catch {
            throw PostgresError(kind: .decodingFailed, message: "column \(column) does not hold a \(Value.self): \(error)")
        }
    }
}
