/// A failure of the database layer, classified so that callers can react (retry, 409, 503) without parsing messages.
///
/// `message` may hold server text (table names, values): log it, never send it to an API caller.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as far as a caller needs to know.
    public enum Kind: Sendable, Equatable {
        /// Could not connect, or the connection broke during the call.
        case connectionFailed
        /// No connection became free within the pool's acquire timeout.
        case poolTimeout
        /// SQLSTATE 23505.
        case uniqueViolation
        /// SQLSTATE 23503.
        case foreignKeyViolation
        /// SQLSTATE 23514 and 23502.
        case constraintViolation
        /// SQLSTATE 40001; the transaction may be retried.
        case serializationFailure
        /// SQLSTATE 40P01; the transaction may be retried.
        case deadlock
        /// SQLSTATE 57014 (statement_timeout or cancel).
        case statementTimeout
        /// SQLSTATE 42501.
        case permissionDenied
        /// Any other server error.
        case queryFailed
        /// A value could not be read as the requested Swift type.
        case decodingFailed
    }

    public let kind: Kind
    public let sqlState: String?
    public let message: String
    public let constraint: String?

    public init(kind: Kind, sqlState: String? = nil, message: String, constraint: String? = nil) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.constraint = constraint
    }

    /// Builds the error for a server-reported SQLSTATE.
    public init(sqlState: String?, message: String, constraint: String?) {
        let kind: Kind =
            switch sqlState {
            case "23505": .uniqueViolation
            case "23503": .foreignKeyViolation
            case "23514", "23502": .constraintViolation
            case "40001": .serializationFailure
            case "40P01": .deadlock
            case "57014": .statementTimeout
            case "42501": .permissionDenied
            // Class 08 is connection exception; 57P01-57P03 are shutdown / cannot connect now.
            case let state? where state.hasPrefix("08") || state.hasPrefix("57P"): .connectionFailed
            default: .queryFailed
            }
        self.init(kind: kind, sqlState: sqlState, message: message, constraint: constraint)
    }

    /// Serialization failures and deadlocks succeed when the whole transaction runs again.
    public var isRetryable: Bool { kind == .serializationFailure || kind == .deadlock }

    public var description: String {
        "PostgresError(\(kind), sqlState: \(sqlState ?? "-"), constraint: \(constraint ?? "-")): \(message)"
    }
}
