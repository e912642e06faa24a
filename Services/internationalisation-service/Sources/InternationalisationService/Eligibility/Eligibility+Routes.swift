import ContactsClient
import Foundation
import ServerKit
import Shared

/// Eligibility checks: may an organisation of the authority's directory apply for cooperation with a partner city?
extension InternationalisationAPI {
    func checkEligibility(_ input: Operations.CheckEligibility.Input) async throws -> Operations.CheckEligibility.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the eligibility check as JSON.") }
        var validator = FieldValidator()
        let organisationID = UUID(uuidString: body.organisationId)
        let partnerCityID = UUID(uuidString: body.partnerCityId)
        validator.check(organisationID != nil, "/organisation_id", "must be a UUID")
        validator.check(partnerCityID != nil, "/partner_city_id", "must be a UUID")
        try validator.validate()
        guard let organisationID, let partnerCityID else { throw Problem.internalError }

        // The local read first: an unknown partner city needs no call to contacts-service.
        guard let partnerCity = try await partnerCities.get(id: partnerCityID, authority: identity.authorityID) else {
            throw Problem.notFound("The partner city")
        }
        guard let organisation = try await organisations.organisation(id: organisationID) else {
            throw Problem.validation([.init(field: "/organisation_id", message: "no such organisation in the authority's directory")])
        }
        let reasons = EligibilityRules.evaluate(organisation: organisation, partnerCity: partnerCity.dto)
        return .ok(
            .init(
                body: .json(
                    .init(
                        organisationId: organisationID.uuidString.lowercased(),
                        partnerCityId: partnerCity.dto.id,
                        eligible: reasons.allSatisfy(\.met),
                        reasons: reasons,
                        checkedAt: Date()
                    )
                )
            )
        )
    }
}
