import Foundation
import Testing
@testable import ServerKit

/// `Base64URL` against Foundation's base64 with the URL alphabet swapped in and the padding cut,
/// and the spellings it must refuse, because cursors and JWT headers are read with it.
@Suite struct Base64URLTests {
    static func reference(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    @Test func everyLengthAndByteRoundTripsAsFoundationWritesIt() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...70 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let text = Base64URL.encode(bytes)
                #expect(text == Self.reference(bytes), "length \(length)")
                #expect(Base64URL.decode(text) == bytes, "length \(length)")
            }
        }
        // Every byte value in every position of a group.
        let all = (0...255).map(UInt8.init)
        for shift in 0..<3 {
            let bytes = Array(all.dropFirst(shift))
            #expect(Base64URL.encode(bytes) == Self.reference(bytes))
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
    }

    @Test func knownValues() {
        #expect(Base64URL.encode(Array("".utf8)) == "")
        #expect(Base64URL.encode(Array("f".utf8)) == "Zg")
        #expect(Base64URL.encode(Array("fo".utf8)) == "Zm8")
        #expect(Base64URL.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xFB, 0xFF])
        #expect(Base64URL.decode("") == [])
    }

    @Test func otherSpellingsAreRefused() {
        // Padding, the standard alphabet, impossible lengths, foreign bytes, and "Zh", "Zm9", "Zm-":
        // non-zero unused bits, other spellings of "Zg" and "Zm8".
        for text in ["Zg==", "Zm8=", "+/8", "Z", "Zm9vY", "Zm 9v", "Zm9v\n", "Zh", "Zm9", "Zm-", "ü", "Zm9v."] {
            #expect(Base64URL.decode(text) == nil, "\(text)")
        }
    }

    @Test func cursorsRoundTripAndForgeriesAreRefused() {
        let keys = ["2026-11-22 08:03:30.123+00", "0194e2a4-8c1e-7b3a-9d2f-3c4b5a6d7e8f", "Łódź \"quoted\" / slash"]
        #expect(Cursor.decode(Cursor.encode(keys)) == keys)
        #expect(Cursor.decode(Cursor.encode([])) == [])
        #expect(Cursor.decode("not a cursor") == nil)
        #expect(Cursor.decode(Base64URL.encode(Array("{\"a\":1}".utf8))) == nil)
        #expect(Cursor.decode(String(repeating: "A", count: 516)) == nil)
    }
}
