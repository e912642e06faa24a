import Foundation
import Logging
import PostgresDatabase
import Testing
import TestSupport

/// Migrations in a scratch schema: order, exactly-once under concurrency, checksum guard.
@Suite struct MigratorTests {
    let schema = "migration_probe_\(UInt32.random(in: 0...UInt32.max))"
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("migrations-\(UUID().uuidString)")

    func write(_ name: String, _ sql: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try sql.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func pool() -> PostgresPool {
        PostgresPool(configuration: TestEnvironment.admin(schema: schema, poolSize: 1), logger: Logger(label: "test.migrations"))
    }

    func withScratchSchema(_ body: () async throws -> Void) async throws {
        let admin = PostgresPool(configuration: TestEnvironment.admin(), logger: Logger(label: "test.admin"))
        try await admin.query("CREATE SCHEMA \(schema)")
        do {
            try await body()
        } catch {
            try await admin.query("DROP SCHEMA \(schema) CASCADE")
            await admin.close()
            throw error
        }
        try await admin.query("DROP SCHEMA \(schema) CASCADE")
        await admin.close()
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func twoReplicasMigratingAtOnceApplyEachMigrationExactlyOnce() async throws {
        try write("0001_log.sql", "CREATE TABLE applied_log (id serial PRIMARY KEY, migration text NOT NULL);\nINSERT INTO applied_log (migration) VALUES ('0001');")
        // The sleep keeps the first replica inside its migration while the second one arrives.
        try write("0002_more.sql", "SELECT pg_sleep(0.3);\nINSERT INTO applied_log (migration) VALUES ('0002');")
        try write("0003_index.sql", "CREATE INDEX applied_log_migration ON applied_log (migration);")
        try await withScratchSchema {
            let first = pool()
            let second = pool()
            async let a = Migrator(pool: first, directory: directory, logger: Logger(label: "a")).migrate()
            async let b = Migrator(pool: second, directory: directory, logger: Logger(label: "b")).migrate()
            let (appliedByA, appliedByB) = try await (a, b)
            #expect(Set(appliedByA).isDisjoint(with: appliedByB))
            #expect((appliedByA + appliedByB).sorted() == ["0001_log.sql", "0002_more.sql", "0003_index.sql"])
            let log = try await first.query("SELECT migration FROM applied_log ORDER BY id").rows.map { try $0.decode(String.self, "migration") }
            #expect(log == ["0001", "0002"])
            let recorded = try await first.query("SELECT count(*) AS n FROM schema_migrations").first!.decode(Int.self, "n")
            #expect(recorded == 3)
            #expect(try await Migrator(pool: first, directory: directory, logger: Logger(label: "c")).isUpToDate())
            await first.close()
            await second.close()
        }
    }

    @Test func anEditedAppliedMigrationStopsWithAMessageNamingIt() async throws {
        try write("0001_table.sql", "CREATE TABLE things (id int);")
        try await withScratchSchema {
            let pool = pool()
            try await Migrator(pool: pool, directory: directory, logger: Logger(label: "m")).migrate()
            try write("0001_table.sql", "CREATE TABLE things (id int, name text);")
            do {
                try await Migrator(pool: pool, directory: directory, logger: Logger(label: "m")).migrate()
                Issue.record("an edited migration was accepted")
            } catch let error as MigrationError {
                #expect(error.description.contains("0001_table.sql"))
                #expect(error.description.contains("changed after it was applied"))
            }
            await pool.close()
        }
    }

    @Test func aFailingMigrationLeavesNothingHalfApplied() async throws {
        try write("0001_ok.sql", "CREATE TABLE kept (id int);")
        try write("0002_broken.sql", "CREATE TABLE dropped_with_rollback (id int);\nSELECT no_such_function();")
        try await withScratchSchema {
            let pool = pool()
            await #expect(throws: MigrationError.self) {
                try await Migrator(pool: pool, directory: directory, logger: Logger(label: "m")).migrate()
            }
            let tables = try await pool.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1", [schema]
            ).rows.map { try $0.decode(String.self, "table_name") }
            #expect(tables == ["kept", "schema_migrations"])
            #expect(try await !Migrator(pool: pool, directory: directory, logger: Logger(label: "m")).isUpToDate())
            await pool.close()
        }
    }

    @Test func badlyNamedFilesAreRefused() throws {
        try write("create_things.sql", "SELECT 1;")
        #expect(throws: MigrationError.self) { try Migrator.load(directory: directory) }
        try? FileManager.default.removeItem(at: directory)
    }
}
