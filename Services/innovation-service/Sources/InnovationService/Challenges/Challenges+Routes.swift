import Foundation
import ServerKit
import Shared

/// Open challenges: publish, read, list newest first.
extension InnovationAPI {
    func listChallenges(_ input: Operations.ListChallenges.Input) async throws -> Operations.ListChallenges.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await challenges.list(page: page, authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }

    /// Publishes a challenge. Without `status` it is `open` (taking ideas at once); `draft` keeps it unpublished.
    func createChallenge(_ input: Operations.CreateChallenge.Input) async throws -> Operations.CreateChallenge.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the challenge as JSON.") }
        try Self.validate(body)
        let stored = try await challenges.create(body, id: UUID.v7(), authority: identity.authorityID)
        return .created(
            .init(
                headers: .init(eTag: ETag.make(version: stored.version), location: "/v1/innovation/challenges/\(stored.dto.id)"),
                body: .json(stored.dto)
            )
        )
    }

    func getChallenge(_ input: Operations.GetChallenge.Input) async throws -> Operations.GetChallenge.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.challengeId, field: "challengeId")
        guard let stored = try await challenges.get(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The challenge")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    static let maximumBudgetEur = 1_000_000_000

    static func validate(_ body: Components.Schemas.ChallengeCreate) throws {
        var validator = FieldValidator()
        validator.text(body.title, "/title", maxLength: 200)
        validator.text(body.description, "/description", maxLength: 10_000)
        if let opens = body.opensAt, let closes = body.closesAt {
            // A millisecond at least: the database keeps microseconds, so nearer times could round to equal.
            validator.check(closes.timeIntervalSince(opens) >= 0.001, "/closes_at", "must be after opens_at")
        }
        validator.range(body.budgetEur, "/budget_eur", 0...maximumBudgetEur)
        try validator.validate()
    }
}
