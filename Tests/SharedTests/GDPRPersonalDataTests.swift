import Shared
import Testing

@Suite("GDPR personal data classification")
struct GDPRPersonalDataTests {
    @Test func personalFieldsUseContactPersonJSONNames() {
        #expect(PersonalField.allCases.map(\.rawValue) == [
            "given_name", "family_name", "email", "phone", "languages", "notes",
        ])
    }

    @Test(arguments: [
        ("id", false),
        ("organisation_id", false),
        ("given_name", true),
        ("family_name", true),
        ("position", false),
        ("email", true),
        ("phone", true),
        ("languages", true),
        ("notes", true),
        ("created_at", false),
        ("updated_at", false),
    ])
    func classifiesEveryContactPersonField(name: String, personal: Bool) {
        #expect(isPersonal(fieldName: name) == personal)
        let field = ContactPersonField(rawValue: name)
        #expect(field != nil)
        #expect(field?.isPersonal == personal)
        #expect(field?.personalField == PersonalField(rawValue: name))
    }

    @Test func contactPersonFieldsAreExactlyTheResourceFields() {
        #expect(ContactPersonField.allCases.count == 11)
        #expect(ContactPersonField.allCases.filter(\.isPersonal).count == PersonalField.allCases.count)
    }

    @Test(arguments: ["birth_date", "", "Email", "home_address"])
    func unknownFieldNamesFailClosed(name: String) {
        #expect(isPersonal(fieldName: name))
    }
}
