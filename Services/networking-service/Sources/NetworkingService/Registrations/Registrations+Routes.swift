import Foundation
import ServerKit
import Shared

/// Registrations of organisations for a meeting: register (checked with contacts-service) and list.
extension NetworkingAPI {
    func registerForMeeting(_ input: Operations.RegisterForMeeting.Input) async throws -> Operations.RegisterForMeeting.Output {
        let identity = try RequestScope.requireIdentity()
        let meetingID = try PathID.parse(input.path.meetingId, field: "meetingId")
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the registration as JSON.") }
        let (organisationID, attendees) = try Self.validate(body)
        // Field-level rule (docs/security.md): an SME registers only the organisation it acts for.
        guard identity.mayActFor(organisation: organisationID, staff: [.authorityAdmin, .broker]) else {
            throw Problem.forbidden("An SME registers only its own organisation (the token's org_id).")
        }
        guard try await meetings.get(id: meetingID, authority: identity.authorityID) != nil else {
            throw Problem.notFound("The meeting")
        }
        // Outside the transaction: no row lock is held while another service is asked.
        guard let organisationName = try await directory.organisation(id: organisationID)?.legalName else {
            throw Problem.validation([.init(field: "/organisation_id", message: "is not an organisation in the authority's directory")])
        }
        let registration = NewRegistration(
            id: UUID.v7(), meetingID: meetingID, organisationID: organisationID, organisationName: organisationName,
            attendees: attendees, registeredBy: identity.subject
        )
        switch try await registrations.register(registration, authority: identity.authorityID) {
        case .registered(let registered):
            // No Location: openapi.yaml has no operation that reads one registration, so there is no path to name.
            return .created(.init(headers: .init(), body: .json(registered)))
        case .meetingNotFound:
            throw Problem.notFound("The meeting")
        case .alreadyRegistered:
            throw Problem.conflict("The organisation is already registered for this meeting.")
        case .full(let remaining):
            let seats = remaining == 1 ? "1 seat is" : "\(remaining) seats are"
            throw Problem.conflict("The meeting is full: \(seats) left, \(attendees) requested.")
        }
    }

    func listRegistrations(_ input: Operations.ListRegistrations.Input) async throws -> Operations.ListRegistrations.Output {
        let identity = try RequestScope.requireIdentity()
        let meetingID = try PathID.parse(input.path.meetingId, field: "meetingId")
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        guard try await meetings.get(id: meetingID, authority: identity.authorityID) != nil else {
            throw Problem.notFound("The meeting")
        }
        let result = try await registrations.list(meeting: meetingID, authority: identity.authorityID, page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    /// Checks the body and returns the organisation's id and the number of attendees (1 when absent).
    static func validate(_ body: Components.Schemas.RegistrationCreate) throws -> (organisation: UUID, attendees: Int) {
        var validator = FieldValidator()
        let organisation = UUID(uuidString: body.organisationId)
        validator.check(organisation != nil, "/organisation_id", "must be a UUID")
        validator.range(body.attendees, "/attendees", 1...10)
        try validator.validate()
        guard let organisation else { throw Problem.validation(validator.errors) }
        return (organisation, body.attendees ?? 1)
    }
}
