/// Appends values to a compact byte buffer: variable-length integers, length-prefixed UTF-8 strings, optionals as a flag.
public struct ArchiveWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Appends a signed integer, zigzag-encoded so small negative numbers stay short.
    public mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Appends a boolean as one byte.
    public mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Appends a string as its UTF-8 length and bytes.
    public mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// Appends an optional string: a flag, then the string when there is one.
    public mutating func string(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// Appends raw bytes with their length.
    public mutating func blob(_ value: some Collection<UInt8>) {
        int(value.count)
        bytes.append(contentsOf: value)
    }
}
