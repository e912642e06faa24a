import Foundation

/// One operation of openapi.yaml, read with a small line parser (the document's layout is fixed:
/// two-space path keys, four-space method keys, six-space `operationId` and `tags`).
public struct SpecOperation: Sendable, Hashable {
    public let method: String
    public let path: String
    public let operationID: String
    public let tag: String

    /// The path with each `{parameter}` replaced by a fresh UUID.
    public var samplePath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") ? UUID().uuidString.lowercased() : String(segment)
        }.joined(separator: "/")
    }

    /// Every operation of the repository's openapi.yaml.
    public static func all() throws -> [SpecOperation] {
        let text = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        var operations: [SpecOperation] = []
        var path: String?
        var method: String?
        var operationID: String?
        var tag: String?
        var inPaths = false
        func flush() {
            if let path, let method, let operationID, let tag {
                operations.append(SpecOperation(method: method.uppercased(), path: path, operationID: operationID, tag: tag))
            }
            method = nil
            operationID = nil
            tag = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            if inPaths, !line.isEmpty, !line.hasPrefix(" ") { flush(); inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                flush()
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let key = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(String(key)) {
                    flush()
                    method = String(key)
                }
            } else if line.hasPrefix("      operationId: ") {
                operationID = line.replacingOccurrences(of: "      operationId: ", with: "")
            } else if line.hasPrefix("      tags: [") {
                tag = line.replacingOccurrences(of: "      tags: [", with: "").replacingOccurrences(of: "]", with: "")
            }
        }
        flush()
        return operations
    }
}
