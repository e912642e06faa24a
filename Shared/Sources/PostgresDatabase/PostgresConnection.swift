import CLibPQ
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection. It is used by one thread at a time (the pool guarantees it) and every call
/// on it blocks, so it must only be called from the pool's own threads, never from the Swift
/// cooperative pool.
public final class PostgresConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    /// Statements prepared on this connection, by SQL text. The server parses and plans each once
    /// per connection instead of once per call; bounded so generated SQL cannot grow it forever.
    private var prepared: [String: String] = [:]
    private static let maximumPrepared = 256

    /// Opens a connection with `PQconnectdbParams`; the handle is freed even when the connect fails.
    /// - Parameters:
    ///   - configuration: the server, credentials, schema and timeouts.
    init(configuration: PostgresConfiguration) throws {
        let parameters = configuration.connectionParameters
        let keywords = parameters.map { strdup($0.0) } + [nil]
        let values = parameters.map { strdup($0.1) } + [nil]
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let connection = keywords.map { UnsafePointer($0) }.withUnsafeBufferPointer { keywordBuffer in
            values.map { UnsafePointer($0) }.withUnsafeBufferPointer { valueBuffer in
                PQconnectdbParams(keywordBuffer.baseAddress, valueBuffer.baseAddress, 0)
            }
        }
        guard let connection else {
            throw PostgresError(kind: .connectionFailed, message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(connection)
            throw PostgresError(kind: .connectionFailed, message: message)
        }
        self.handle = connection
    }

    deinit {
        PQfinish(handle)
    }

    /// The authority the session's `app.authority_id` holds (nil: none), the key of the row-level
    /// security policies.
    private var sessionAuthority: UUID?

    /// Makes the session act for `authority`, or for none (row-level security then shows no
    /// tenant's rows). Set at session level and remembered, so it costs a round trip only when the
    /// connection changes tenant. The pool calls it before every call, outside any transaction
    /// (a rollback would undo a `set_config` made inside one).
    func useAuthority(_ authority: UUID?) throws {
        guard sessionAuthority != authority else { return }
        sessionAuthority = nil
        try query("SELECT set_config('app.authority_id', $1, false)", [authority?.postgresText ?? ""])
        sessionAuthority = authority
    }

    /// False once libpq has seen the connection break; such a connection is closed, never reused.
    public var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server process id, for `pg_terminate_backend` in tests and for logs.
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// Checks an idle connection before it is handed out. An idle connection should have nothing to
    /// read (CivicLink does not LISTEN); if its socket is readable the server has sent something,
    /// typically a FATAL message before closing it (`pg_terminate_backend`, a restart, an idle
    /// timeout). Such a connection is not worth trusting: the pool replaces it. Costs one `poll`
    /// with a zero timeout.
    func isUsableAfterIdle() -> Bool {
        guard isHealthy else { return false }
        let socket = PQsocket(handle)
        guard socket >= 0 else { return false }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 0
    }

    /// Runs one statement with bound parameters and returns its rows.
    /// - Parameters:
    ///   - sql: one SQL statement with `$1`, `$2`... placeholders.
    ///   - parameters: the values; nil binds SQL NULL.
    @discardableResult
    public func query(_ sql: String, _ parameters: [(any PostgresEncodable)?] = []) throws -> QueryResult {
        let name = try preparedName(for: sql, parameterCount: parameters.count)
        let texts = parameters.map { $0.map { strdup($0.postgresText) } ?? nil }
        defer { texts.forEach { free($0) } }
        let result = texts.map { UnsafePointer($0) }.withUnsafeBufferPointer { buffer in
            if let name {
                return PQexecPrepared(handle, name, Int32(texts.count), buffer.baseAddress, nil, nil, 0)
            }
            return PQexecParams(handle, sql, Int32(texts.count), nil, buffer.baseAddress, nil, nil, 0)
        }
        return try check(result)
    }

    /// The name of `sql`'s prepared statement, preparing it on first use; nil once the cache is full
    /// (the statement then runs unprepared). Types are inferred by the server, as with `PQexecParams`.
    private func preparedName(for sql: String, parameterCount: Int) throws -> String? {
        if let name = prepared[sql] { return name }
        guard prepared.count < Self.maximumPrepared else { return nil }
        let name = "civiclink_\(prepared.count)"
        _ = try check(PQprepare(handle, name, sql, Int32(parameterCount), nil))
        prepared[sql] = name
        return name
    }

    /// Runs a script of one or more statements without parameters (migrations, `BEGIN`, `COMMIT`).
    public func execute(script: String) throws {
        _ = try check(PQexec(handle, script))
    }

    private func check(_ result: OpaquePointer?) throws -> QueryResult {
        guard let result else {
            throw PostgresError(kind: .connectionFailed, message: connectionErrorMessage)
        }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return QueryResult(result)
        default:
            let sqlState = field(result, PostgresConnection.diagnosticSQLState)
            let primary = field(result, PostgresConnection.diagnosticMessagePrimary)
            let constraint = field(result, PostgresConnection.diagnosticConstraint)
            let message = primary ?? connectionErrorMessage
            PQclear(result)
            if sqlState == nil && !isHealthy {
                throw PostgresError(kind: .connectionFailed, message: message)
            }
            throw PostgresError(sqlState: sqlState, message: message, constraint: constraint)
        }
    }

    // libpq's PG_DIAG_* macros are character literals, which Swift does not import.
    private static let diagnosticSQLState = Int32(UInt8(ascii: "C"))
    private static let diagnosticMessagePrimary = Int32(UInt8(ascii: "M"))
    private static let diagnosticConstraint = Int32(UInt8(ascii: "n"))

    private func field(_ result: OpaquePointer, _ code: Int32) -> String? {
        guard let value = PQresultErrorField(result, code) else { return nil }
        return String(cString: value)
    }

    private var connectionErrorMessage: String {
        String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The rows of one statement. It owns the libpq result and frees it when released; values are
/// read lazily, so a row costs nothing until a column is decoded.
public final class QueryResult: @unchecked Sendable {
    private let result: OpaquePointer
    /// The number of rows.
    public let count: Int
    /// Column names, in order.
    public let columns: [String]

    init(_ result: OpaquePointer) {
        self.result = result
        self.count = Int(PQntuples(result))
        self.columns = (0..<PQnfields(result)).map { String(cString: PQfname(result, $0)) }
    }

    deinit {
        PQclear(result)
    }

    /// The number of rows a command changed (`UPDATE`, `DELETE`, `INSERT`).
    public var affectedRows: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    /// The rows, in order.
    public var rows: [PostgresRow] { (0..<count).map { PostgresRow(result: self, index: $0) } }

    /// The first row, if any.
    public var first: PostgresRow? { count > 0 ? PostgresRow(result: self, index: 0) : nil }

    func withBytes<Result>(row: Int, column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> Result) rethrows -> Result {
        if PQgetisnull(result, Int32(row), Int32(column)) == 1 { return try body(nil) }
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        return try PQgetvalue(result, Int32(row), Int32(column)).withMemoryRebound(to: UInt8.self, capacity: length) {
            try body(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    func text(row: Int, column: Int) -> String? {
        if PQgetisnull(result, Int32(row), Int32(column)) == 1 { return nil }
        return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    /// Where the next lookup by name starts: decoders read a row's columns mostly in the order of
    /// the select list, so the column after the previous one is usually the one asked for.
    private let nextColumn = Atomic<Int>(0)

    func columnIndex(_ name: String) -> Int? {
        let guess = nextColumn.load(ordering: .relaxed)
        if guess < columns.count, columns[guess] == name {
            nextColumn.store(guess + 1, ordering: .relaxed)
            return guess
        }
        guard let index = columns.firstIndex(of: name) else { return nil }
        nextColumn.store(index + 1, ordering: .relaxed)
        return index
    }
}

/// One row of a `QueryResult`, decoded column by column into typed Swift values.
public struct PostgresRow: Sendable {
    let result: QueryResult
    let index: Int

    /// Decodes the column at `column` (0-based).
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, at column: Int) throws -> Value {
        guard column < result.columns.count else {
            throw PostgresError(kind: .decodingFailed, message: "no column at index \(column)")
        }
        return try Value.decode(postgresText: result.text(row: index, column: column), column: result.columns[column])
    }

    /// Lends `body` the bytes of the column named `column` in PostgreSQL's text format, nil for
    /// NULL; they are valid only during the call. For writers that copy values without decoding them.
    public func withBytes<Result>(_ column: String, _ body: (UnsafeBufferPointer<UInt8>?) throws -> Result) throws -> Result {
        guard let position = result.columnIndex(column) else {
            throw PostgresError(kind: .decodingFailed, message: "no column named \(column)")
        }
        return try result.withBytes(row: index, column: position, body)
    }

    /// The positions of the columns named `names`, in that order, for `withBytes(at:_:)`: writers
    /// that read the same columns of many rows look them up once per result, not once per row.
    public func positions(of names: [String]) throws -> [Int] {
        try names.map { name in
            guard let position = result.columns.firstIndex(of: name) else {
                throw PostgresError(kind: .decodingFailed, message: "no column named \(name)")
            }
            return position
        }
    }

    /// `withBytes(_:_:)` for the column at `position`, one that `positions(of:)` gave for this result.
    public func withBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> Result) rethrows -> Result {
        precondition(position >= 0 && position < result.columns.count, "column position \(position) out of range")
        return try result.withBytes(row: index, column: position, body)
    }

    /// Decodes the column named `column`.
    public func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, _ column: String) throws -> Value {
        guard let position = result.columnIndex(column) else {
            throw PostgresError(kind: .decodingFailed, message: "no column named \(column)")
        }
        return try Value.decode(postgresText: result.text(row: index, column: position), column: column)
    }
}
