/// How a service reaches its PostgreSQL schema and how its connection pool behaves.
public struct PostgresConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: String
    public var user: String
    public var password: String?
    /// The service's own schema; it comes first on the `search_path`, then `extensions` (unaccent, pg_trgm).
    public var schema: String
    /// The largest number of connections the pool opens.
    public var poolSize: Int
    /// How long a caller waits for a free connection before it gets `PostgresError.poolTimeout` (a 503 for HTTP callers).
    public var acquireTimeout: Duration
    /// The server cancels any statement that runs longer (SQLSTATE 57014).
    public var statementTimeout: Duration
    /// libpq's `connect_timeout`, in whole seconds (libpq's unit).
    public var connectTimeoutSeconds: Int
    /// Shown in `pg_stat_activity.application_name`.
    public var applicationName: String

    /// Creates a configuration; every value but the credentials has a production-minded default.
    /// - Parameters:
    ///   - schema: must be a plain SQL identifier, because it is placed in the session options.
    public init(
        host: String = "127.0.0.1",
        port: Int = 5432,
        database: String = "civiclink",
        user: String,
        password: String? = nil,
        schema: String,
        poolSize: Int = 8,
        acquireTimeout: Duration = .seconds(2),
        statementTimeout: Duration = .seconds(5),
        connectTimeoutSeconds: Int = 5,
        applicationName: String = "civiclink"
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
        self.password = password
        self.schema = schema
        self.poolSize = poolSize
        self.acquireTimeout = acquireTimeout
        self.statementTimeout = statementTimeout
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.applicationName = applicationName
    }

    /// True when `name` is a lower-case SQL identifier that needs no quoting.
    public static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || first == UInt8(ascii: "_")
        else { return false }
        return name.utf8.count <= 63
            && name.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || $0 == UInt8(ascii: "_")
            }
    }

    /// The keyword/value pairs handed to `PQconnectdbParams`.
    var connectionParameters: [(String, String)] {
        let milliseconds = statementTimeout.components.seconds * 1000 + statementTimeout.components.attoseconds / 1_000_000_000_000_000
        var parameters: [(String, String)] = [
            ("host", host),
            ("port", String(port)),
            ("dbname", database),
            ("user", user),
            ("connect_timeout", String(max(1, connectTimeoutSeconds))),
            ("application_name", applicationName),
            ("client_encoding", "UTF8"),
            // Text results are parsed by PostgresDecodable: fix the date format and zone so parsing is exact.
            (
                "options",
                "-c search_path=\(schema),extensions -c statement_timeout=\(milliseconds) -c DateStyle=ISO,YMD -c TimeZone=UTC"
                    + " -c idle_in_transaction_session_timeout=60000"
            ),
        ]
        if let password { parameters.append(("password", password)) }
        return parameters
    }
}
