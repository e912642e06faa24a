import Foundation
import Shared

/// Who may apply for cooperation with a partner city: a company or an SME of size micro, small or
/// medium (EU SME definition, Recommendation 2003/361/EC), and a partnership that is active.
enum EligibilityRules {
    static let eligibleKinds: Set<Shared.Components.Schemas.OrganisationKind> = [.company, .sme]
    static let eligibleSizes: Set<Shared.Components.Schemas.SizeClass> = [.micro, .small, .medium]

    /// Every rule with whether it is met and why; the organisation is eligible when all are met.
    static func evaluate(
        organisation: Shared.Components.Schemas.Organisation, partnerCity: Components.Schemas.PartnerCity
    ) -> [Components.Schemas.EligibilityReason] {
        let kind = organisation.kind
        let kindMet = eligibleKinds.contains(kind)
        let kindReason = Components.Schemas.EligibilityReason(
            code: .organisationKind, met: kindMet,
            message: kindMet
                ? "The organisation is \(withArticle(kind))."
                : "The organisation is \(withArticle(kind)); only companies and SMEs may apply."
        )

        let sizeReason: Components.Schemas.EligibilityReason
        if let size = organisation.sizeClass {
            let sizeMet = eligibleSizes.contains(size)
            sizeReason = .init(
                code: .organisationSize, met: sizeMet,
                message: sizeMet
                    ? "The organisation is a \(size.rawValue) enterprise."
                    : "The organisation is a \(size.rawValue) enterprise; only micro, small and medium enterprises may apply."
            )
        } else {
            sizeReason = .init(
                code: .organisationSize, met: false,
                message: "The organisation's size class is not recorded; it must be micro, small or medium."
            )
        }

        let active = partnerCity.status == .active
        let cityReason = Components.Schemas.EligibilityReason(
            code: .partnerCityActive, met: active,
            message: active
                ? "The partnership with \(partnerCity.name) is active."
                : "The partnership with \(partnerCity.name) is \(partnerCity.status.rawValue); it must be active."
        )
        return [kindReason, sizeReason, cityReason]
    }

    private static func withArticle(_ kind: Shared.Components.Schemas.OrganisationKind) -> String {
        switch kind {
        case .company: "a company"
        case .sme: "an SME"
        case .institution: "an institution"
        case .university: "a university"
        case .chamber: "a chamber"
        case .businessSupportOrganisation: "a business support organisation"
        case .publicAuthority: "a public authority"
        case .other: "an organisation of another kind"
        }
    }
}
