import Foundation
import OpenAPIRuntime
import Testing
@testable import ServerKit
import Shared

/// `StreamingJSONEncoder` must write the same JSON as the generated serializer's `JSONEncoder`
/// (configured as `apiConfiguration` configures it), for the DTOs and for the Codable shapes they
/// are made of; `RFC3339Timestamp` the same text as Foundation's ISO 8601 format.
@Suite struct StreamingJSONEncoderTests {
    /// Foundation's encoder as OpenAPIRuntime sets it up for `apiConfiguration`.
    static func foundation<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = []
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(try apiConfiguration.dateTranscoder.encode(date))
        }
        return try encoder.encode(value)
    }

    /// Both encodings, parsed and written again with sorted keys, so that key order and escaping
    /// choices (Foundation writes `\/`) do not count, only the values.
    func expectSameJSON<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let streamed = try StreamingJSONEncoder().encode(value)
        let reference = try Self.foundation(value)
        func normalised(_ data: Data) throws -> String {
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
        }
        #expect(try normalised(Data(streamed)) == normalised(reference), sourceLocation: sourceLocation)
    }

    static let date = Date(timeIntervalSince1970: 1_795_418_439.123_9)

    static let organisation = Components.Schemas.Organisation(
        id: "01a2012c-ed76-7d19-9b1f-aecab8cc9268", authorityId: "00000000-0000-4000-8000-00000000b001", kind: .sme,
        legalName: "Sklárna \"Crystal\" \\ Nový Bor\n\t\u{1}\u{1F}</b> 🏭", registrationNumber: nil, country: "CZ",
        municipality: "Łódź", address: nil, website: "https://crystal.example/a?b=c&d=e", languages: ["cs", "de"],
        keywords: [], description: "", sizeClass: .micro, sectors: ["23.13"], staffHeadcount: 0,
        annualTurnoverEur: Int64.max, balanceSheetTotalEur: Int64.min, partnerRole: .knowledgePartner, externalRef: nil,
        isPartner: true, createdAt: date, updatedAt: Date(timeIntervalSince1970: 0)
    )

    @Test func theGeneratedDTOsEncodeAsJSONEncoderEncodesThem() throws {
        try expectSameJSON(Self.organisation)
        try expectSameJSON(Components.Schemas.OrganisationPage(items: [Self.organisation, Self.organisation], nextCursor: "abc"))
        try expectSameJSON(Components.Schemas.OrganisationPage(items: []))
    }

    struct Shapes: Encodable {
        struct Nested: Encodable {
            var value: Double
            var flag: Bool?
        }
        var doubles: [Double] = [1, 0.1, -2.5, 1e-7, 1e21, 123_456_789.123]
        var floats: [Float] = [1, 0.25]
        var integers: [Int64] = [0, -1, Int64.max, Int64.min]
        var smallIntegers: [Int8] = [-128, 127]
        var unsigned: [UInt64] = [0, UInt64.max]
        var decimal = Decimal(string: "12345.6789")!
        var url = URL(string: "https://example.org/path?q=a b".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)!
        var data = Data([0, 1, 2, 250, 255])
        var dates = [date, Date(timeIntervalSince1970: -0.5)]
        var optional: String? = nil
        var dictionary: [String: Int] = ["b": 2, "a": 1]
        var nested: [Nested] = [.init(value: 1.5, flag: nil), .init(value: 0, flag: false)]
        var nestedArrays: [[String]] = [[], ["x"], ["y", "z"]]
        var value = try! OpenAPIValueContainer(unvalidatedValue: ["list": [1, "two", true] as [any Sendable], "object": ["k": 1.5]] as [String: any Sendable])

        enum CodingKeys: String, CodingKey {
            case doubles, floats, integers, smallIntegers, unsigned, decimal, url, data, dates, optional, dictionary, nested, nestedArrays, value
            case explicitNull
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(doubles, forKey: .doubles)
            try container.encode(floats, forKey: .floats)
            try container.encode(integers, forKey: .integers)
            try container.encode(smallIntegers, forKey: .smallIntegers)
            try container.encode(unsigned, forKey: .unsigned)
            try container.encode(decimal, forKey: .decimal)
            try container.encode(url, forKey: .url)
            try container.encode(data, forKey: .data)
            try container.encode(dates, forKey: .dates)
            try container.encodeIfPresent(optional, forKey: .optional)
            try container.encodeNil(forKey: .explicitNull)
            try container.encode(dictionary, forKey: .dictionary)
            try container.encode(nested, forKey: .nested)
            // A nested container used before the parent goes on.
            var arrays = container.nestedUnkeyedContainer(forKey: .nestedArrays)
            for array in nestedArrays { try arrays.encode(array) }
            try container.encode(value, forKey: .value)
        }
    }

    @Test func codableShapesEncodeAsJSONEncoderEncodesThem() throws {
        try expectSameJSON(Shapes())
        try expectSameJSON("a \"string\" alone")
        try expectSameJSON(42)
        try expectSameJSON([String: [Int]]())
        struct Empty: Encodable {}
        try expectSameJSON(Empty())
        #expect(try StreamingJSONEncoder().encode(Empty()) == Array("{}".utf8))
    }

    @Test func controlCharactersAndQuotesAreEscaped() throws {
        let text = String(decoding: try StreamingJSONEncoder().encode("a\"b\\c\n\r\t\u{8}\u{C}\u{1}\u{1F} é/"), as: UTF8.self)
        #expect(text == #""a\"b\\c\n\r\t\b\f\u0001\u001f é/""#)
    }

    @Test func whatJSONCannotHoldIsRefused() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode(["x": Double.infinity]) }
    }

    struct UsesSuperEncoder: Encodable {
        enum CodingKeys: CodingKey { case a }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(1, forKey: .a)
            try UsesSuperEncoder.Inner().encode(to: container.superEncoder())
        }
        struct Inner: Encodable {}
    }

    /// A leaf type the writer has no case for, which encodes itself as itself (as the standard
    /// library's primitives do): refused instead of recursing forever.
    struct SelfEncoding: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(self)
        }
    }

    struct WritesAfterClosing: Encodable {
        enum CodingKeys: CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: CodingKeys.self)
            var first = outer.nestedUnkeyedContainer(forKey: .a)
            try first.encode(1)
            try outer.encode(2, forKey: .b)
            try first.encode(3)  // the first array was closed when b was written
        }
    }

    /// A one-pass writer cannot honour these; it says so, and `PreEncodedJSON.answer` then leaves
    /// the value to the generated serializer.
    @Test func whatCannotBeStreamedIsRefused() throws {
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(UsesSuperEncoder()) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(WritesAfterClosing()) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(["x": SelfEncoding()]) }
    }

    @Test func timestampsAreFoundationsISO8601Text() {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var generator = SystemRandomNumberGenerator()
        var intervals: [Double] = [0, -0.5, -1.0001, 0.9995, 1.9999, 951_782_400, 1_795_418_439.123_9, 253_402_300_799.999,
                                   RFC3339Timestamp.gregorianStart, RFC3339Timestamp.gregorianStart - 0.001, -62_135_596_800]
        for _ in 0..<5000 {
            intervals.append(Double.random(in: RFC3339Timestamp.gregorianStart...253_402_300_799, using: &generator))
        }
        for interval in intervals {
            let date = Date(timeIntervalSince1970: interval)
            #expect(RFC3339Timestamp.string(date) == style.format(date), "\(interval)")
        }
    }

    @Test func aHandlerWithoutTheMiddlewareAnswersItsValue() throws {
        let page = Components.Schemas.OrganisationPage(items: [Self.organisation], nextCursor: "c")
        // No request slot: the value itself, or the bytes decoded back into one.
        #expect(PreEncodedJSON.answer(page, placeholder: .init(items: [])) == page)
        let json = try StreamingJSONEncoder().encode(page)
        let decoded: Components.Schemas.OrganisationPage = try PreEncodedJSON.answer(json: json, placeholder: .init(items: []))
        #expect(decoded.items.first?.legalName == Self.organisation.legalName)
        #expect(abs((decoded.items.first?.createdAt.timeIntervalSince1970 ?? 0) - 1_795_418_439.123) < 0.0005)
        #expect(decoded.nextCursor == "c")
    }

    @Test func bearerTokensAreReadFromTheirHeader() {
        typealias Middleware = AuthenticationMiddleware<CivicRequestContext>
        #expect(Middleware.bearerToken("Bearer abc.def") == "abc.def")
        #expect(Middleware.bearerToken("bEARER \t abc \t") == "abc")
        #expect(Middleware.bearerToken("Bearer    ") == nil)
        #expect(Middleware.bearerToken("Bearer") == nil)
        #expect(Middleware.bearerToken("Basic abc") == nil)
        #expect(Middleware.bearerToken("Bearer\u{0}abc") == nil)
        #expect(Middleware.bearerToken("Bearerxabc") == nil)
        #expect(Middleware.bearerToken("Bearer Łódź") == "Łódź")
    }
}
