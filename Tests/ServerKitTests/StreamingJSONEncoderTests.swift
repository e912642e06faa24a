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

    /// Runs are scanned eight bytes at a time: an escape at any offset of a word, and multi-byte
    /// characters around it, come out as Foundation writes them.
    @Test func escapesAreFoundAtEveryOffset() throws {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
            for offset in 0..<20 {
                let text = String(repeating: "é", count: offset % 3) + String(repeating: "a", count: offset) + special + "ž" + String(repeating: "b", count: 20 - offset)
                try expectSameJSON(text)
                let parsed = try JSONSerialization.jsonObject(with: Data(try StreamingJSONEncoder().encode(text)), options: [.fragmentsAllowed])
                #expect(parsed as? String == text)
            }
        }
        // Bytes just above and below the escaped ones are written as they are.
        let edges = String(decoding: [0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47], as: UTF8.self)
        #expect(String(decoding: try StreamingJSONEncoder().encode(edges), as: UTF8.self) == ##""\u001f !\"#[\\]\##u{7F}ABCDEFG""##)
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

    /// A nested container of a container that was closed already: the protocol's method cannot
    /// throw, so the encoding fails at its end instead of writing `{"a":[],"b":[{"x":1}2]}`.
    struct NestsIntoClosed: Encodable {
        enum CodingKeys: CodingKey { case a, b, x }
        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: CodingKeys.self)
            var a = outer.nestedUnkeyedContainer(forKey: .a)
            var b = outer.nestedUnkeyedContainer(forKey: .b)
            var inner = a.nestedContainer(keyedBy: CodingKeys.self)
            try inner.encode(1, forKey: .x)
            try b.encode(2)
        }
    }

    /// One value asking for a keyed and then an unkeyed container.
    struct TwoContainers: Encodable {
        enum CodingKeys: CodingKey { case a }
        func encode(to encoder: any Encoder) throws {
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(1, forKey: .a)
            var unkeyed = encoder.unkeyedContainer()
            try unkeyed.encode(2)
        }
    }

    /// A one-pass writer cannot honour these; it says so, and `PreEncodedJSON.answer` then leaves
    /// the value to the generated serializer.
    @Test func whatCannotBeStreamedIsRefused() throws {
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(UsesSuperEncoder()) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(WritesAfterClosing()) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(["x": SelfEncoding()]) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode(NestsIntoClosed()) }
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encode([TwoContainers()]) }
    }

    /// The API's date-times: UTC, milliseconds truncated (a stored .123999 is .123, never the
    /// next second), the proleptic Gregorian calendar from 1583 on.
    @Test func timestampsAreWrittenWithTruncatedMilliseconds() {
        let cases: [(Double, String)] = [
            (0, "1970-01-01T00:00:00.000Z"), (-0.5, "1969-12-31T23:59:59.500Z"), (-1.0001, "1969-12-31T23:59:58.999Z"),
            (0.9995, "1970-01-01T00:00:00.999Z"), (1.999_9, "1970-01-01T00:00:01.999Z"), (951_782_400, "2000-02-29T00:00:00.000Z"),
            (1_795_418_439.123_9, "2026-11-23T07:20:39.123Z"), (4_107_542_399.5, "2100-02-28T23:59:59.500Z"),
            (RFC3339Timestamp.gregorianStart, "1583-01-01T00:00:00.000Z"), (253_402_300_799, "9999-12-31T23:59:59.000Z"),
        ]
        for (interval, text) in cases {
            #expect(RFC3339Timestamp.string(Date(timeIntervalSince1970: interval)) == text, "\(interval)")
        }
        // Whole milliseconds (nothing to truncate or round) read as Foundation writes them, across the range.
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let milliseconds = Int64.random(in: Int64(RFC3339Timestamp.gregorianStart) * 1000...253_402_300_799_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000 + 0.000_2)
            #expect(RFC3339Timestamp.string(date) == style.format(date), "\(milliseconds)")
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
