import Foundation
import ServerKit
import Shared

/// The audit log of administrative and security events, for the authority's administrators.
extension ContactsAPI {
    func listAuditEvents(_ input: Operations.ListAuditEvents.Input) async throws -> Operations.ListAuditEvents.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        if let action = input.query.action, !Self.isAuditAction(action) {
            throw Problem.badRequest("action is not an audit action.", errors: [.init(field: "action", message: "must look like client.created")])
        }
        let result = try await auditEvents.list(action: input.query.action, page: page, authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    /// `<object>.<verb>`: lower-case letters and `_`, one dot (the table's CHECK).
    static func isAuditAction(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return text.utf8.count <= 100 && parts.count == 2
            && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x5F } }
    }
}
