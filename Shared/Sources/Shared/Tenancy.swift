/// Who CivicLink serves, in the words of its domain. The DTOs generated from openapi.yaml
/// (`Components.Schemas.*`) live beside these in this module.
///
/// Roles a JWT may carry (`roles` claim). The full role x operation matrix is enforced by the
/// authorization layer; this list is the vocabulary every service shares.
public enum Role: String, CaseIterable, Sendable {
    case authorityAdmin = "authority_admin"
    case partnershipOfficer = "partnership_officer"
    case broker
    case sme
    case partnerCity = "partner_city"
    case feedConsumer = "feed_consumer"
    case juryMember = "jury_member"
    case resident
    /// The authority's data protection officer (GDPR Art. 37-39): the access log of personal data,
    /// the records of processing and data-subject requests.
    case dataProtectionOfficer = "data_protection_officer"
    /// Another CivicLink service calling with a short-lived service token.
    case service
}
