import Crypto
public import Foundation
public import Logging

/// A migration file that failed a check; the service refuses to start with it.
public struct MigrationError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// One SQL file of `Services/<name>/Migrations/`, named `NNNN_what.sql`.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String
    /// SHA-256 of the file's bytes, recorded when it is applied.
    public let checksum: String
}

/// Applies a service's migrations in order, once each, under an advisory lock.
///
/// Every applied file is recorded in `<schema>.schema_migrations` with its checksum; a file edited
/// after it was applied stops the service with a message naming it, because the database no longer
/// matches the file. The advisory lock (per schema) makes replicas that start together take turns:
/// the second sees the first's records and applies nothing.
public struct Migrator: Sendable {
    public let pool: PostgresPool
    public let migrations: [Migration]
    private let logger: Logger

    /// Reads the migration files of `directory`.
    /// - Parameters:
    ///   - directory: the folder holding `NNNN_what.sql` files.
    public init(pool: PostgresPool, directory: URL, logger: Logger) throws {
        self.pool = pool
        self.logger = logger
        self.migrations = try Migrator.load(directory: directory)
    }

    /// Reads and orders the files; a duplicate version or a badly named `.sql` file is an error.
    public static func load(directory: URL) throws -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw MigrationError(description: "cannot read the migrations folder \(directory.path): \(error.localizedDescription)")
        }
        var migrations: [Migration] = []
        for name in names where name.hasSuffix(".sql") {
            let digits = name.prefix { $0.isNumber }
            guard !digits.isEmpty, let version = Int(digits), name.dropFirst(digits.count).first == "_" else {
                throw MigrationError(description: "migration \(name) must be named NNNN_what.sql")
            }
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let checksum = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            if let existing = migrations.first(where: { $0.version == version }) {
                throw MigrationError(description: "migrations \(existing.name) and \(name) share version \(version)")
            }
            migrations.append(Migration(version: version, name: name, sql: String(decoding: data, as: UTF8.self), checksum: checksum))
        }
        return migrations.sorted { $0.version < $1.version }
    }

    /// Applies what is missing and returns the names applied now.
    @discardableResult
    public func migrate() async throws -> [String] {
        let schema = pool.configuration.schema
        let migrations = self.migrations
        let logger = self.logger
        return try await pool.withConnection { connection in
            // Neither the wait for another replica's migrations nor a migration that rewrites data
            // (0013 of contacts-service indexes every organisation) is bound by the requests'
            // statement timeout; RESET returns to the connection's own at the end.
            try connection.execute(script: "SET statement_timeout = 0")
            defer { _ = try? connection.execute(script: "RESET statement_timeout") }
            // hashtext gives a stable 32-bit key per schema; the lock is held for the whole run.
            try connection.query("SELECT pg_advisory_lock(hashtext($1))", ["civiclink.migrations." + schema])
            defer { _ = try? connection.query("SELECT pg_advisory_unlock(hashtext($1))", ["civiclink.migrations." + schema]) }
            try connection.execute(
                script: """
                    CREATE TABLE IF NOT EXISTS \(schema).schema_migrations (
                        version integer PRIMARY KEY,
                        name text NOT NULL,
                        checksum text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """
            )
            let recorded = try connection.query("SELECT version, name, checksum FROM \(schema).schema_migrations").rows
            var applied: [Int: (name: String, checksum: String)] = [:]
            for row in recorded {
                applied[try row.decode(Int.self, "version")] = (try row.decode(String.self, "name"), try row.decode(String.self, "checksum"))
            }
            var appliedNow: [String] = []
            for migration in migrations {
                if let record = applied[migration.version] {
                    guard record.checksum == migration.checksum else {
                        throw MigrationError(
                            description: "migration \(migration.name) was changed after it was applied to schema \(schema) "
                                + "(recorded checksum \(record.checksum.prefix(12)), file \(migration.checksum.prefix(12))). "
                                + "Restore the file and put the change in a new migration."
                        )
                    }
                    continue
                }
                try connection.execute(script: "BEGIN")
                do {
                    try connection.execute(script: migration.sql)
                    try connection.query(
                        "INSERT INTO \(schema).schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                        [migration.version, migration.name, migration.checksum]
                    )
                    try connection.execute(script: "COMMIT")
                } catch {
                    try? connection.execute(script: "ROLLBACK")
                    throw MigrationError(description: "migration \(migration.name) failed: \(error)")
                }
                logger.info("applied migration", metadata: ["migration": "\(migration.name)", "schema": "\(schema)"])
                appliedNow.append(migration.name)
            }
            return appliedNow
        }
    }

    /// True when every migration file is recorded as applied (for `/readyz`).
    public func isUpToDate() async throws -> Bool {
        let schema = pool.configuration.schema
        let expected = Set(migrations.map(\.version))
        let result = try await pool.query(
            "SELECT version FROM \(schema).schema_migrations WHERE version = ANY($1::int[])",
            [migrations.map(\.version)]
        )
        let recorded = Set(try result.rows.map { try $0.decode(Int.self, at: 0) })
        return recorded == expected
    }
}
