import CurlHTTPClient
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The entry point of every service executable: `<service> [serve|migrate]`.
///
/// `serve` (the default) applies pending migrations unless `MIGRATE_ON_START=false`, then serves
/// until SIGTERM or SIGINT, letting in-flight requests finish. `migrate` applies migrations and exits,
/// for deployments that migrate in a separate step.
public enum ServiceMain {
    public static func run<Service: CivicService>(_ service: Service.Type, arguments: [String] = CommandLine.arguments) async {
        let name = Service.defaults.name
        let command = arguments.dropFirst().first ?? "serve"
        if command == "--help" || command == "-h" || command == "help" {
            print(
                """
                USAGE: \(name) [serve|migrate]

                  serve    apply pending migrations (unless MIGRATE_ON_START=false), then serve HTTP (default)
                  migrate  apply pending migrations and exit

                Configuration comes from environment variables; see README.md.
                """
            )
            return
        }
        guard command == "serve" || command == "migrate" else {
            FileHandle.standardError.write(Data("\(name): unknown command '\(command)'; try --help\n".utf8))
            exit(64)
        }
        // libcurl must be initialised once, before any thread that might use it starts.
        CurlHTTPClient.globalInit()
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration.fromEnvironment(service: Service.defaults)
        } catch {
            FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
            exit(78)
        }
        bootstrapLogging(configuration)
        var logger = Logger(label: name, metadataProvider: RequestScope.metadataProvider)
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        do {
            let runtime = try await ServiceRuntime<Service>(configuration: configuration, logger: logger)
            if command == "migrate" || configuration.migrateOnStart {
                let applied = try await runtime.migrator.migrate()
                logger.info("migrations up to date", metadata: ["applied_now": "\(applied.count)", "total": "\(runtime.migrator.migrations.count)"])
            }
            if command == "migrate" {
                await runtime.pool.close()
                return
            }
            let application = try await runtime.buildApplication()
            let group = ServiceGroup(
                configuration: .init(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            )
            try await group.run()
        } catch {
            logger.critical("\(name) stopped", metadata: ["error": "\(error)"])
            exit(1)
        }
    }

    private static func bootstrapLogging(_ configuration: ServiceConfiguration) {
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        switch configuration.logFormat {
        case .json:
            LoggingSystem.bootstrap({ label, provider in
                var handler = JSONLogHandler(label: label, metadataProvider: provider)
                handler.logLevel = level
                return handler
            }, metadataProvider: RequestScope.metadataProvider)
        case .text:
            LoggingSystem.bootstrap({ label, provider in
                var handler = TextLogHandler(label: label, metadataProvider: provider)
                handler.logLevel = level
                return handler
            }, metadataProvider: RequestScope.metadataProvider)
        }
    }
}
