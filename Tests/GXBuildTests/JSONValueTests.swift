import Testing
@testable import GXBuild

/// Open data is written by `JSONValue`: the exact bytes, pretty and compact, with the escapes HTML-safe JSON needs.
struct JSONValueTests {
    static let nested = JSONValue.object([
        ("name", .string("某局")), ("year", .int(2024)), ("figures", .array([.int(0), .null, .int(-3), .int(1_234_567)])),
        ("groups", .array([.object([("ok", .bool(true))]), .object([])])), ("none", .array([])),
    ])

    @Test(arguments: [
        (JSONValue.null, "null"),
        (.bool(false), "false"),
        (.int(7), "7"),
        (.int(10), "10"),
        (.int(-12), "-12"),
        (.int(Int.min), "-9223372036854775808"),
        (.string("政府信息"), "\"政府信息\""),
        (.string("a\"b\\c\nd\re\tf"), "\"a\\\"b\\\\c\\nd\\re\\tf\""),
        (.string("<b>&</b>"), "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\""),
        (.string("\u{1}\u{1f}"), "\"\\u0001\\u001f\""),
        (.string("行\u{2028}段\u{2029}—"), "\"行\\u2028段\\u2029—\""),
        (.array([]), "[]"),
        (.object([]), "{}"),
        (nested, #"{"name":"某局","year":2024,"figures":[0,null,-3,1234567],"groups":[{"ok":true},{}],"none":[]}"#),
    ])
    func compactForm(_ value: JSONValue, _ expected: String) {
        #expect(value.serialized(pretty: false) == expected)
        #expect(value.serializedBytes(pretty: false) == Array(expected.utf8))
    }

    @Test func prettyFormIndentsContainersAndKeepsScalarArraysOnOneLine() {
        let expected = """
        {
          "name": "某局",
          "year": 2024,
          "figures": [0, null, -3, 1234567],
          "groups": [
            {
              "ok": true
            },
            {}
          ],
          "none": []
        }

        """
        #expect(Self.nested.serialized() == expected)
        #expect(Self.nested.serializedBytes() == Array(expected.utf8))
    }

    @Test func stringsEscapeTheSameIntoBytesAndIntoText() {
        for text in ["", "plain", "引号\"与\\反斜杠", "<script>", "\u{2028}", "a\u{0}b", "—", "é\u{301}"] {
            var bytes: [UInt8] = []
            var string = ""
            JSONValue.writeString(text, into: &bytes)
            JSONValue.writeString(text, into: &string)
            #expect(bytes == Array(string.utf8), "\(text)")
        }
    }
}
