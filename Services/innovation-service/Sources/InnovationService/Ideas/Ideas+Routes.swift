import Foundation
import ServerKit
import Shared

/// Ideas: submit (on their own or to a challenge), read, list most supported first, support once per caller.
extension InnovationAPI {
    func listIdeas(_ input: Operations.ListIdeas.Input) async throws -> Operations.ListIdeas.Output {
        let identity = try RequestScope.requireIdentity()
        let challenge = try input.query.challengeId.map { try PathID.parse($0, field: "challenge_id") }
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.integer, .uuid])
        let result = try await ideas.list(IdeaQuery(challenge: challenge, page: page), authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items.map { $0.visible(to: identity) }, nextCursor: result.nextCursor))))
    }

    /// Submits an idea as the caller (`submitted_by` is the token's `sub`). A `challenge_id` must name a
    /// challenge of the caller's authority (else 422), and that challenge must take ideas now (else 409).
    func submitIdea(_ input: Operations.SubmitIdea.Input) async throws -> Operations.SubmitIdea.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the idea as JSON.") }
        let challenge = try Self.validate(body)
        let outcome = try await ideas.submit(
            body, challenge: challenge, id: UUID.v7(), authority: identity.authorityID, submittedBy: identity.subject
        )
        switch outcome {
        case .submitted(let idea):
            return .created(.init(headers: .init(location: "/v1/innovation/ideas/\(idea.id)"), body: .json(idea)))
        case .unknownChallenge:
            throw Problem.validation([.init(field: "/challenge_id", message: "must be a challenge of your authority")])
        case .challengeNotAccepting(let reason):
            let detail =
                switch reason {
                case .closed: "The challenge is closed and takes no more ideas."
                case .draft: "The challenge is a draft and takes no ideas until it is opened."
                case .notOpenYet: "The challenge does not take ideas before its opens_at."
                case .deadlinePassed: "The challenge's closes_at has passed; it takes no more ideas."
                }
            throw Problem.conflict(detail)
        }
    }

    func getIdea(_ input: Operations.GetIdea.Input) async throws -> Operations.GetIdea.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.ideaId, field: "ideaId")
        guard let idea = try await ideas.get(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The idea")
        }
        return .ok(.init(body: .json(idea.visible(to: identity))))
    }

    /// Counts the caller's support (one per `sub` and idea) and answers the idea with its new count.
    func supportIdea(_ input: Operations.SupportIdea.Input) async throws -> Operations.SupportIdea.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.ideaId, field: "ideaId")
        switch try await ideas.support(id: id, authority: identity.authorityID, supporter: identity.subject) {
        case .counted(let idea):
            return .created(.init(body: .json(idea.visible(to: identity))))
        case .alreadySupported:
            throw Problem.conflict("You have already supported this idea.")
        case .ideaNotFound:
            throw Problem.notFound("The idea")
        }
    }

    /// Checks the fields and returns the challenge the idea answers, if any.
    static func validate(_ body: Components.Schemas.IdeaCreate) throws -> UUID? {
        var validator = FieldValidator()
        validator.text(body.title, "/title", maxLength: 200)
        validator.text(body.description, "/description", maxLength: 10_000)
        let challenge = body.challengeId.flatMap(UUID.init(uuidString:))
        validator.check(body.challengeId == nil || challenge != nil, "/challenge_id", "must be a UUID")
        try validator.validate()
        return challenge
    }
}

/// Read-side field rule: who submitted an idea is personal data of a resident or an employee.
/// The submitter sees it, and so does the authority's staff that handles ideas; other residents,
/// companies, juries (who evaluate without knowing the author) and feeds do not.
extension Components.Schemas.Idea {
    static let rolesSeeingSubmitter: Set<String> = [Role.authorityAdmin.rawValue, Role.partnershipOfficer.rawValue]

    func visible(to identity: Identity) -> Self {
        if submittedBy == identity.subject || !identity.roles.isDisjoint(with: Self.rolesSeeingSubmitter) { return self }
        var redacted = self
        redacted.submittedBy = nil
        return redacted
    }
}
