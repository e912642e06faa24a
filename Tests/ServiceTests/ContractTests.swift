import ContactsService
import Foundation
import InnovationService
import InternationalisationService
import NetworkingService
import ServerKit
import Testing
import TestSupport

/// openapi.yaml is the single source of truth: every route served is in it, every route in it is served,
/// and the generator configs that tie the services to Shared's DTOs are up to date.
@Suite struct ContractTests {
    /// `METHOD /path/{}` for every operation in openapi.yaml.
    static func specifiedRoutes() throws -> Set<String> {
        let text = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        var routes = Set<String>()
        var currentPath: String?
        var inPaths = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            if inPaths, !line.isEmpty, !line.hasPrefix(" ") { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                currentPath = String(line.dropFirst(2).dropLast())
            } else if let path = currentPath, line.hasPrefix("    "), !line.hasPrefix("     ") {
                let key = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(String(key)) {
                    routes.insert("\(key.uppercased()) \(normalise(path))")
                }
            }
        }
        return routes
    }

    static func normalise(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") || segment.hasPrefix(":") ? "{}" : String(segment)
        }.joined(separator: "/")
    }

    static func servedRoutes<Service: CivicService>(_ service: Service.Type) async throws -> [ServedRoute] {
        let (_, runtime) = try await TestEnvironment.application(service)
        return try await runtime.buildRouter().routes
    }

    @Test func everyServedRouteIsSpecifiedAndEveryOperationIsServed() async throws {
        let operational: Set<String> = ["GET /healthz", "GET /readyz", "GET /metrics"]
        var served = Set<String>()
        var perService: [[ServedRoute]] = []
        perService.append(try await Self.servedRoutes(ContactsService.self))
        perService.append(try await Self.servedRoutes(InternationalisationService.self))
        perService.append(try await Self.servedRoutes(NetworkingService.self))
        perService.append(try await Self.servedRoutes(InnovationService.self))
        for routes in perService {
            let names = routes.map { "\($0.method) \(Self.normalise($0.path))" }
            #expect(operational.isSubset(of: Set(names)), "every service serves /healthz, /readyz and /metrics")
            served.formUnion(names)
        }
        let specified = try Self.specifiedRoutes()
        #expect(specified.count >= 21)
        let unspecified = served.subtracting(specified).subtracting(operational)
        let unserved = specified.subtracting(served)
        #expect(unspecified.isEmpty, "served but not in openapi.yaml: \(unspecified.sorted())")
        #expect(unserved.isEmpty, "in openapi.yaml but served by no service: \(unserved.sorted())")
    }

    @Test func eachServiceServesOnlyItsOwnPrefix() async throws {
        let prefixes: [(routes: [ServedRoute], prefix: String)] = [
            (try await Self.servedRoutes(ContactsService.self), "/v1/contacts/"),
            (try await Self.servedRoutes(InternationalisationService.self), "/v1/internationalisation/"),
            (try await Self.servedRoutes(NetworkingService.self), "/v1/networking/"),
            (try await Self.servedRoutes(InnovationService.self), "/v1/innovation/"),
        ]
        for (routes, prefix) in prefixes {
            for route in routes where route.path.hasPrefix("/v1/") {
                #expect(route.path.hasPrefix(prefix), "\(route.path) is outside \(prefix)")
            }
        }
    }

    @Test func generatorConfigsMatchTheSpec() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestEnvironment.repositoryRoot.appendingPathComponent("deploy/generate-openapi-configs.py").path, "--check"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
