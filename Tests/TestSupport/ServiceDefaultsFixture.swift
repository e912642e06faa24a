import Foundation
import ServerKit

/// Service defaults for tests of the shared layers, which do not link the services themselves.
public enum ServiceDefaultsFixture {
    public static let contacts = ServiceDefaults(
        name: "contacts-service", port: 8081, schema: "contacts", databaseRole: "contacts_service",
        migrationsDirectory: TestEnvironment.repositoryRoot.appendingPathComponent("Services/contacts-service/Migrations")
    )
}
