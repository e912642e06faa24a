import Foundation
import Logging
import PostgresDatabase
import Testing
import TestSupport

/// The libpq pool against the real PostgreSQL of `make test`.
@Suite struct PostgresPoolTests {
    static let contacts = ServiceDefaultsFixture.contacts

    func pool(size: Int = 4, acquireTimeout: Duration = .seconds(5)) -> PostgresPool {
        var configuration = TestEnvironment.database(for: Self.contacts, poolSize: size)
        configuration.acquireTimeout = acquireTimeout
        return PostgresPool(configuration: configuration, logger: Logger(label: "test.pool"))
    }

    @Test func sixtyFourConcurrentQueriesOnAPoolOfFourAllSucceed() async throws {
        let pool = pool(size: 4, acquireTimeout: .seconds(30))
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask {
                    // Each query holds its connection a little, so callers really queue.
                    let row = try await pool.query("SELECT $1::int + 0 AS n, pg_sleep(0.02)", [index]).first
                    return try #require(row).decode(Int.self, "n")
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<64))
        #expect(pool.statistics.open <= 4)
        await pool.close()
    }

    @Test func aCallerThatCannotGetAConnectionTimesOut() async throws {
        let pool = pool(size: 1, acquireTimeout: .milliseconds(200))
        async let holder: QueryResult = pool.query("SELECT pg_sleep(1.5)")
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now
        await #expect(throws: PostgresError.self) { _ = try await pool.query("SELECT 1") }
        do {
            _ = try await pool.query("SELECT 1")
            Issue.record("expected a pool timeout")
        } catch let error as PostgresError {
            #expect(error.kind == .poolTimeout)
        }
        #expect(ContinuousClock.now - started < .seconds(1.4))
        _ = try await holder
        await pool.close()
    }

    @Test func aTerminatedBackendIsReplacedAndTheNextRequestSucceeds() async throws {
        let pool = pool(size: 1)
        let admin = PostgresPool(configuration: TestEnvironment.admin(), logger: Logger(label: "test.admin"))
        let before = try await pool.query("SELECT pg_backend_pid() AS pid").first!.decode(Int32.self, "pid")
        let killed = try await admin.query("SELECT pg_terminate_backend($1) AS ok", [before]).first!.decode(Bool.self, "ok")
        #expect(killed)
        try await Task.sleep(for: .milliseconds(100))
        let after = try await pool.query("SELECT pg_backend_pid() AS pid").first!.decode(Int32.self, "pid")
        #expect(after != before)
        await pool.close()
        await admin.close()
    }

    @Test func aServiceRoleCannotReadAnotherServicesSchema() async throws {
        let admin = PostgresPool(configuration: TestEnvironment.admin(), logger: Logger(label: "test.admin"))
        try await admin.query("CREATE TABLE IF NOT EXISTS networking.permission_probe (id int)")
        let pool = pool(size: 1)
        do {
            _ = try await pool.query("SELECT * FROM networking.permission_probe")
            Issue.record("contacts_service read networking's table")
        } catch let error as PostgresError {
            #expect(error.kind == .permissionDenied)
            #expect(error.sqlState == "42501")
        }
        do {
            _ = try await pool.query("CREATE TABLE public.sneaky (id int)")
            Issue.record("contacts_service created a table in public")
        } catch let error as PostgresError {
            #expect(error.sqlState == "42501")
        }
        try await admin.query("DROP TABLE networking.permission_probe")
        await pool.close()
        await admin.close()
    }

    @Test func transactionsRollBackOnAnyError() async throws {
        let admin = PostgresPool(configuration: TestEnvironment.admin(), logger: Logger(label: "test.admin"))
        let table = "rollback_probe_\(UInt32.random(in: 0...UInt32.max))"
        try await admin.query("CREATE TABLE public.\(table) (id int PRIMARY KEY)")
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await admin.transaction { connection in
                try connection.query("INSERT INTO public.\(table) VALUES (1)")
                throw Boom()
            }
        }
        let count = try await admin.query("SELECT count(*) AS n FROM public.\(table)").first!.decode(Int.self, "n")
        #expect(count == 0)
        // A unique violation is typed, and the transaction leaves nothing behind.
        try await admin.query("INSERT INTO public.\(table) VALUES (1)")
        do {
            try await admin.transaction { connection in
                try connection.query("INSERT INTO public.\(table) VALUES (2)")
                try connection.query("INSERT INTO public.\(table) VALUES (1)")
            }
            Issue.record("expected a unique violation")
        } catch let error as PostgresError {
            #expect(error.kind == .uniqueViolation)
        }
        #expect(try await admin.query("SELECT count(*) AS n FROM public.\(table)").first!.decode(Int.self, "n") == 1)
        try await admin.query("DROP TABLE public.\(table)")
        await admin.close()
    }

    @Test func serializationFailuresAreRetried() async throws {
        let admin = PostgresPool(configuration: TestEnvironment.admin(poolSize: 4), logger: Logger(label: "test.admin"))
        let table = "retry_probe_\(UInt32.random(in: 0...UInt32.max))"
        try await admin.query("CREATE TABLE public.\(table) (id int PRIMARY KEY, n int NOT NULL)")
        try await admin.query("INSERT INTO public.\(table) VALUES (1, 0)")
        // Twenty serializable read-modify-write transactions on one row: they conflict (40001) and are
        // retried, so every increment lands.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await admin.transaction(isolation: .serializable, attempts: 50) { connection in
                        let n = try connection.query("SELECT n FROM public.\(table) WHERE id = 1").first!.decode(Int.self, "n")
                        try connection.query("UPDATE public.\(table) SET n = $1 WHERE id = 1", [n + 1])
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await admin.query("SELECT n FROM public.\(table)").first!.decode(Int.self, "n") == 20)
        try await admin.query("DROP TABLE public.\(table)")
        await admin.close()
    }

    @Test func typedValuesRoundTrip() async throws {
        let pool = pool(size: 1)
        let id = UUID()
        let now = Date(timeIntervalSince1970: 1_790_000_000.123456)
        let row = try #require(
            try await pool.query(
                """
                SELECT $1::text AS text, $2::int8 AS big, $3::bool AS flag, $4::float8 AS double, $5::numeric AS amount,
                       $6::uuid AS id, $7::timestamptz AS at, $8::jsonb AS document, $9::text[] AS words, NULL::text AS nothing,
                       ARRAY[1, 2, 3] AS numbers
                """,
                ["Łódź \"quoted\", {braced}", Int64.max, true, 0.25, Decimal(string: "12345.678")!, id, now,
                 PostgresJSON(["city": "Kraków"]), ["a,b", "c\"d", "ě š"]]
            ).first
        )
        #expect(try row.decode(String.self, "text") == "Łódź \"quoted\", {braced}")
        #expect(try row.decode(Int64.self, "big") == Int64.max)
        #expect(try row.decode(Bool.self, "flag"))
        #expect(try row.decode(Double.self, "double") == 0.25)
        #expect(try row.decode(Decimal.self, "amount") == Decimal(string: "12345.678")!)
        #expect(try row.decode(UUID.self, "id") == id)
        #expect(abs(try row.decode(Date.self, "at").timeIntervalSince(now)) < 0.000_001)
        #expect(try row.decode(PostgresJSON<[String: String]>.self, "document").value == ["city": "Kraków"])
        #expect(try row.decode([String].self, "words") == ["a,b", "c\"d", "ě š"])
        #expect(try row.decode(String?.self, "nothing") == nil)
        #expect(try row.decode([Int].self, "numbers") == [1, 2, 3])
        #expect(throws: PostgresError.self) { try row.decode(String.self, "nothing") }
        #expect(throws: PostgresError.self) { try row.decode(Int.self, "text") }
        await pool.close()
    }

    /// Columns looked up once per result are read by position, as by name; a missing name is named.
    @Test func columnsAreReadByPositionAsByName() async throws {
        let pool = pool(size: 1)
        let rows = try await pool.query("SELECT n, 'row ' || n AS label, NULL::text AS nothing FROM generate_series(1, 3) n").rows
        let positions = try rows[0].positions(of: ["label", "nothing", "n"])
        #expect(positions == [1, 2, 0])
        for row in rows {
            #expect(try row.withBytes(at: positions[0]) { String(decoding: $0!, as: UTF8.self) } == (try row.decode(String.self, "label")))
            #expect(row.withBytes(at: positions[1]) { $0 == nil })
            #expect(row.withBytes(at: positions[2]) { String(decoding: $0!, as: UTF8.self) } == String(try row.decode(Int.self, "n")))
        }
        #expect(throws: PostgresError.self) { _ = try rows[0].positions(of: ["label", "missing"]) }
        await pool.close()
    }

    /// The byte-level readers of the text format (arrays, timestamps) agree with PostgreSQL's own
    /// reading of the same values: elements as `unnest` gives them, instants as `extract(epoch)`.
    @Test func textFormatReadersAgreeWithPostgreSQL() async throws {
        let pool = pool(size: 1)
        let elements: [String?] = ["plain", "with space", "quo\"te", "back\\slash", "comma,brace}{", nil, "NULL", "", "Łódź 🏭", "tab\tline\n"]
        let row = try #require(try await pool.query("SELECT $1::text[] AS a, ARRAY[]::text[] AS empty", [elements.map { $0 ?? "" }]).first)
        #expect(try row.decode([String].self, "a") == elements.map { $0 ?? "" })
        #expect(try row.decode([String].self, "empty") == [])
        // NULL elements and the unquoted word NULL are told apart.
        let withNull = try #require(try await pool.query("SELECT ARRAY['NULL', NULL, 'x']::text[] AS a").first)
        #expect(try withNull.decode([String?].self, "a") == ["NULL", nil, "x"])
        var seen: [String?] = []
        #expect(try withNull.withBytes("a") { bytes in
            PostgresText.forEachArrayElement(bytes!) { seen.append($0.map { String(decoding: $0, as: UTF8.self) }) }
        })
        #expect(seen == ["NULL", nil, "x"])
        #expect(!PostgresText.forEachArrayElement(UnsafeBufferPointer(start: nil, count: 0)) { _ in })

        // Instants across eras, leap days and fractions, printed by sessions in UTC and in zones with
        // offsets of minutes (+05:30, where the last second of 9999 is in year 10000), negative
        // ones (-03) and seconds (local mean time, +00:19:32 in Amsterdam in 1900).
        let instants = ["1970-01-01 00:00:00+00", "2000-02-29 23:59:59.999999+00", "1969-12-31 23:59:59.5+00",
                        "2026-11-22 07:20:39.123456+01:30", "1600-03-01 12:00:00-05", "2100-02-28 00:00:00.000001+00",
                        "9999-12-31 23:59:59+00", "0001-01-02 00:00:00+00", "1900-06-01 12:00:00+00"]
        for zone in ["UTC", "Asia/Kolkata", "America/Sao_Paulo", "Europe/Amsterdam"] {
            let rows = try await pool.transaction { connection in
                try connection.execute(script: "SET LOCAL TimeZone = '\(zone)'")
                return try connection.query(
                    "SELECT t::timestamptz AS at, t::timestamptz::text AS printed, extract(epoch FROM t::timestamptz)::float8 AS epoch FROM unnest($1::text[]) AS t",
                    [instants]
                ).rows
            }
            #expect(rows.count == instants.count)
            for row in rows {
                let printed = try row.decode(String.self, "printed")
                let epoch = try row.decode(Double.self, "epoch")
                #expect(abs(try row.decode(Date.self, "at").timeIntervalSince1970 - epoch) < 0.000_001, "\(zone): \(printed)")
                let read = try row.withBytes("at") { PostgresText.timestamp($0!) }
                #expect(abs((read?.timeIntervalSince1970 ?? .nan) - epoch) < 0.000_001, "\(zone): \(printed)")
            }
            if zone == "Europe/Amsterdam" {
                #expect(try rows.map { try $0.decode(String.self, "printed") }.contains { $0.hasSuffix("+00:19:32") })
            }
        }
        // What PostgreSQL prints for years before Christ, or anything after the offset, is refused.
        for text in ["0044-03-15 12:00:00+00 BC", "2026-11-22 07:20:39+00x", "2026-11-22 07:20:39+0", "2026-13-01 00:00:00+00"] {
            #expect(Date(postgresText: text) == nil, "\(text)")
        }
        await pool.close()
    }

    @Test func aSlowStatementIsCancelledByStatementTimeout() async throws {
        var configuration = TestEnvironment.database(for: Self.contacts, poolSize: 1)
        configuration.statementTimeout = .milliseconds(200)
        let pool = PostgresPool(configuration: configuration, logger: Logger(label: "test.timeout"))
        do {
            _ = try await pool.query("SELECT pg_sleep(2)")
            Issue.record("expected statement_timeout")
        } catch let error as PostgresError {
            #expect(error.kind == .statementTimeout)
        }
        // The connection survives a cancelled statement.
        #expect(try await pool.query("SELECT 1 AS one").first!.decode(Int.self, "one") == 1)
        await pool.close()
    }

    @Test func wrongCredentialsFailToConnect() async throws {
        var configuration = TestEnvironment.database(for: Self.contacts, poolSize: 1)
        configuration.password = "not-the-password"
        let pool = PostgresPool(configuration: configuration, logger: Logger(label: "test.credentials"))
        do {
            _ = try await pool.query("SELECT 1")
            Issue.record("expected a connection failure")
        } catch let error as PostgresError {
            #expect(error.kind == .connectionFailed)
        }
        #expect(pool.statistics.open == 0)
        await pool.close()
    }
}
