/// Reads what `ArchiveWriter` wrote; every read checks bounds and returns nil past the end or on malformed data.
public struct ArchiveReader {
    private let bytes: UnsafeRawBufferPointer
    /// The offset of the next read.
    public private(set) var offset: Int

    /// Reads `bytes` from `offset`; the buffer must outlive the reader.
    public init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var atEnd: Bool { offset == bytes.count }

    /// Reads an integer written by `ArchiveWriter.int`.
    @inline(__always)
    public mutating func int() -> Int? {
        // Most integers in an archive (tags, counts, lines, small figures) fit one byte.
        if offset < bytes.count, bytes[offset] < 0x80 {
            let v = Int(bytes[offset])
            offset += 1
            return (v >> 1) ^ -(v & 1)
        }
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let b = bytes[offset]
            offset += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)) }
            shift += 7
        }
        return nil
    }

    /// Reads a count: an integer from 0 up to the bytes left, so a corrupt length cannot ask for a huge allocation.
    @inline(__always)
    public mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= bytes.count - offset else { return nil }
        return n
    }

    /// Reads a boolean.
    @inline(__always)
    public mutating func bool() -> Bool? {
        guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// Reads a string.
    public mutating func string() -> String? {
        guard let n = count() else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
        offset += n
        return text
    }

    /// Reads an optional string: `.some(nil)` when none was written, nil when the data is malformed.
    public mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return string().map { .some($0) }
    }

    /// Reads raw bytes written by `ArchiveWriter.blob`, as a range of the buffer.
    public mutating func blob() -> Range<Int>? {
        guard let n = count() else { return nil }
        defer { offset += n }
        return offset..<offset + n
    }
}
