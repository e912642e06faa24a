import Foundation
import Logging
import PostgresDatabase
import ServerKit
import Shared

/// `contacts-service authority ...`: the operators' commands for the registry of authorities.
/// Registering a tenant is an operator's act (like creating its identity-provider realm), so it
/// is not an API operation.
public enum AuthorityCommand {
    public static let usage = """
        USAGE: contacts-service authority <command>

          add --name NAME --country CC --municipality-code CODE --languages cs,en [--id UUID]
                         register an authority (active); prints its id
          suspend ID     refuse the authority's callers from now on (within 30 s on running replicas)
          activate ID    let a suspended authority's callers in again
          list           print the registry as JSON lines

        Database settings come from the same environment variables as `serve`.
        """

    /// Runs the command and returns the process exit status.
    public static func run(_ arguments: [String]) async -> Int32 {
        guard let command = arguments.first, command != "--help", command != "-h" else {
            print(usage)
            return arguments.isEmpty ? 64 : 0
        }
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration.fromEnvironment(service: ContactsService.defaults)
        } catch {
            return fail("\(error)", status: 78)
        }
        var logger = Logger(label: "contacts-service.authority")
        logger.logLevel = .warning
        let pool = PostgresPool(configuration: configuration.database, logger: logger)
        let status = await run(command, arguments, configuration: configuration, pool: pool, logger: logger)
        await pool.close()
        return status
    }

    private static func run(
        _ command: String, _ arguments: [String], configuration: ServiceConfiguration, pool: PostgresPool, logger: Logger
    ) async -> Int32 {
        let registry = PostgresAuthorityRegistry(pool: pool)
        do {
            try await Migrator(pool: pool, directory: configuration.migrationsDirectory, logger: logger).migrate()
            switch command {
            case "add":
                let new = try parseAdd(Array(arguments.dropFirst()))
                let stored = try await registry.add(new)
                print(stored.dto.id)
            case "suspend", "activate":
                guard arguments.count == 2, let id = UUID(uuidString: arguments[1]) else {
                    return fail("\(command) takes one authority id (a UUID)", status: 64)
                }
                guard try await registry.setStatus(id: id, active: command == "activate") != nil else {
                    return fail("no authority \(arguments[1]) is registered", status: 1)
                }
            case "list":
                var cursor: String?
                repeat {
                    let page = try PageRequest(limit: 100, cursor: cursor, keys: [.text, .uuid])
                    let result = try await registry.list(country: nil, page: page, caller: UUID())
                    let encoder = JSONEncoder()
                    encoder.dateEncodingStrategy = .iso8601
                    for item in result.items { print(String(decoding: try encoder.encode(item.dto), as: UTF8.self)) }
                    cursor = result.nextCursor
                } while cursor != nil
            default:
                return fail("unknown command '\(command)'\n\n\(usage)", status: 64)
            }
            return 0
        } catch let error as UsageError {
            return fail(error.message, status: 64)
        } catch let error as PostgresError where error.kind == .uniqueViolation {
            return fail("an authority with this id, or this country and municipality code, is already registered", status: 1)
        } catch {
            return fail("\(error)", status: 1)
        }
    }

    struct UsageError: Error {
        let message: String
    }

    static func parseAdd(_ arguments: [String]) throws -> NewAuthority {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else { throw UsageError(message: "expected --option value at '\(name)'") }
            options[String(name.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        let known: Set<String> = ["name", "country", "municipality-code", "languages", "id"]
        if let unknown = options.keys.first(where: { !known.contains($0) }) { throw UsageError(message: "unknown option --\(unknown)") }
        var problems: [String] = []
        let name = options["name"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if name.isEmpty || name.count > 300 { problems.append("--name: 1 to 300 characters") }
        let country = options["country"] ?? ""
        if !CountryCodes.isAssigned(country) { problems.append("--country: an ISO 3166-1 alpha-2 code such as CZ") }
        let code = options["municipality-code"] ?? ""
        if code.isEmpty || code.count > 32 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) {
            problems.append("--municipality-code: 1 to 32 letters, digits, '.', '_' or '-'")
        }
        let languages = (options["languages"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        if languages.isEmpty || languages.count > 10 || !languages.allSatisfy(LanguageCodes.isAssigned) || Set(languages).count != languages.count {
            problems.append("--languages: 1 to 10 distinct ISO 639-1 codes separated by commas, such as cs,en")
        }
        var id = UUID.v7()
        if let text = options["id"] {
            if let parsed = UUID(uuidString: text) { id = parsed } else { problems.append("--id: a UUID") }
        }
        if !problems.isEmpty { throw UsageError(message: problems.joined(separator: "\n")) }
        return NewAuthority(id: id, name: name, country: country, municipalityCode: code, languages: languages)
    }

    private static func fail(_ message: String, status: Int32) -> Int32 {
        FileHandle.standardError.write(Data("contacts-service authority: \(message)\n".utf8))
        return status
    }
}
